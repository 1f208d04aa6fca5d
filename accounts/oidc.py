"""OpenID Connect sign-on (mozilla-django-oidc): the production login through the municipality's
identity provider (Entra ID, ADFS, Keycloak).

Claims become the user: the user name from OIDC_USERNAME_CLAIM (preferred_username), e-mail and
name from the standard claims. Roles follow the provider's groups through OIDC_ROLE_MAP
("GG-Archief-DI=Informatiebeheer,GG-Archief-Woo=Woo-behandelaar"): at every sign-on the user's
role groups are set to Medewerker plus the mapped roles (the change is an audit row, like a change
in the admin). A user the app does not know is refused, or created as Medewerker with
OIDC_CREATE_UNKNOWN_USERS. When the provider says the sign-in used more than a password (its
OIDC_MFA_CLAIM, `amr`, holds one of OIDC_MFA_VALUES) and OIDC_TRUST_MFA_CLAIM is on, the app's own
second step (accounts/twofactor.py) is not asked again. Logging out ends the session at the
provider too (its end_session endpoint).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from audit import events

from .duties import access_of
from .roles import MEDEWERKER, ROLES

OIDC_BACKEND = "accounts.oidc.ArchiefOIDCBackend"
# Session key: whether the provider vouched for a second factor at this sign-on.
MFA_SESSION_KEY = "archief_oidc_mfa"


def oidc_enabled() -> bool:
    return bool(settings.OIDC_RP_CLIENT_ID)


def parse_role_map(text: str) -> dict[str, str]:
    """ "groep=Rol,groep2=Rol2" -> {"groep": "Rol", ...}; unknown roles are a configuration error."""
    mapping = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        group, sep, role = part.partition("=")
        group, role = group.strip(), role.strip()
        if not sep or not group or role not in ROLES:
            raise ValueError(
                f"OIDC_ROLE_MAP: ‘{part.strip()}’ is geen ‘groep=Rol’ met een van de rollen "
                f"{', '.join(ROLES)}."
            )
        mapping[group] = role
    return mapping


def roles_from_claims(claims: dict, role_map: dict[str, str]) -> set[str]:
    """Medewerker plus the roles the provider's groups map to."""
    groups = claims.get(settings.OIDC_GROUPS_CLAIM) or []
    if isinstance(groups, str):
        groups = [groups]
    return {MEDEWERKER, *(role_map[g] for g in groups if g in role_map)}


def claims_show_mfa(claims: dict) -> bool:
    """Whether the provider says this sign-in used a second factor (e.g. amr contains "mfa")."""
    values = claims.get(settings.OIDC_MFA_CLAIM) or []
    if isinstance(values, str):
        values = [values]
    wanted = {v.strip() for v in settings.OIDC_MFA_VALUES if v.strip()}
    return bool(wanted & {str(v) for v in values})


class ArchiefOIDCBackend(OIDCAuthenticationBackend):
    """Users by user name; roles from the group claim; unknown users refused or Medewerker."""

    def get_userinfo(self, access_token, id_token, payload):
        claims = dict(super().get_userinfo(access_token, id_token, payload))
        # amr is an ID-token claim; some providers put it in userinfo as well.
        if settings.OIDC_MFA_CLAIM not in claims and settings.OIDC_MFA_CLAIM in payload:
            claims[settings.OIDC_MFA_CLAIM] = payload[settings.OIDC_MFA_CLAIM]
        return claims

    def _username(self, claims: dict) -> str:
        return str(claims.get(settings.OIDC_USERNAME_CLAIM) or "").strip()[:150]

    def verify_claims(self, claims):
        return bool(self._username(claims))

    def filter_users_by_claims(self, claims):
        username = self._username(claims)
        return self.UserModel.objects.filter(username__iexact=username) if username else []

    def create_user(self, claims):
        if not settings.OIDC_CREATE_UNKNOWN_USERS:
            # Refused: Django then sends user_login_failed, whose audit row names this user.
            if self.request is not None:
                self.request.oidc_refused_username = self._username(claims)
            return None
        with transaction.atomic():
            user = self.UserModel.objects.create_user(username=self._username(claims))
            # Created "as Medewerker" (README), also when no role map gives roles at sign-on,
            # with the mapped roles at once: the creation row says what it may do, and no
            # "roles changed" row precedes it.
            role_map = parse_role_map(settings.OIDC_ROLE_MAP)
            wanted = roles_from_claims(claims, role_map) if role_map else {MEDEWERKER}
            user.groups.add(*Group.objects.filter(name__in=wanted))
            user = self.update_user(user, claims)
            events.user_created_at_sign_on(user=user, access=access_of(user).as_detail())
        return user

    def update_user(self, user, claims):
        with transaction.atomic():
            user.email = claims.get("email", user.email) or user.email
            user.first_name = (claims.get("given_name") or user.first_name)[:150]
            user.last_name = (claims.get("family_name") or user.last_name)[:150]
            user.save(update_fields=["email", "first_name", "last_name"])
            self._sync_roles(user, claims)
        if self.request is not None:
            self.request.session[MFA_SESSION_KEY] = claims_show_mfa(claims)
        return user

    def _sync_roles(self, user, claims) -> None:
        role_map = parse_role_map(settings.OIDC_ROLE_MAP)
        if not role_map:
            return  # no mapping: roles are given in the admin
        before = access_of(user)
        wanted = roles_from_claims(claims, role_map)
        current = set(before.roles)
        if wanted == current:
            return
        groups = {g.name: g for g in Group.objects.filter(name__in=ROLES)}
        user.groups.remove(*(groups[name] for name in current - wanted if name in groups))
        user.groups.add(*(groups[name] for name in wanted - current if name in groups))
        changes = before.changes(access_of(user))
        if changes:
            events.user_access_changed(user=user, actor=None, changes=changes, request=None)


def provider_logout_url(request, id_token: str | None) -> str | None:
    """The provider's end_session URL for this session, or None without one configured."""
    endpoint = settings.OIDC_OP_LOGOUT_ENDPOINT
    if not endpoint:
        return None
    params = {
        "client_id": settings.OIDC_RP_CLIENT_ID,
        "post_logout_redirect_uri": request.build_absolute_uri(reverse("login")),
    }
    if id_token:
        params["id_token_hint"] = id_token
    return f"{endpoint}?{urlencode(params)}"
