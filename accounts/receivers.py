"""Signal receivers of accounts: keep the role groups in step with the code after `migrate`,
staff status in step with the roles, and write the login trail to the audit log."""

from django.apps import AppConfig, apps
from django.contrib.auth import get_user_model

from audit import events

from .lockout import is_account, typed_names_hashed, unknown_name_digest
from .oidc import OIDC_BACKEND
from .roles import sync_roles
from .staff import staff_status_sync, staff_status_sync_all
from .twofactor import LOGIN_METHOD_KEY, OTP_FAILURE_MARKER


def last_app_with_models() -> AppConfig:
    """The app whose post_migrate `migrate` sends last (it sends one per app that has models)."""
    return [config for config in apps.get_app_configs() if config.models_module is not None][-1]


def sync_roles_after_migrate(sender: AppConfig, **kwargs) -> None:
    """Sync the role groups once per migrate, when every app's permissions exist.

    Django creates an app's permissions in that app's own post_migrate, so the roles are synced at
    the last one: by then the permissions of chats, zaken, woo and audit have all been created.
    (accounts has no models, so Django sends no post_migrate for accounts itself.)
    """
    if sender.label == last_app_with_models().label:
        sync_roles()
        staff_status_sync_all()


def throttle_names_hashed_after_migrate(sender: AppConfig, **kwargs) -> None:
    """Once per migrate, when django-axes' tables exist: the names it kept as typed before it
    kept a name no account has only as its keyed hash are hashed too (accounts.lockout)."""
    if sender.label == last_app_with_models().label:
        typed_names_hashed()


def staff_follows_groups(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    """m2m_changed of User.groups: a user's groups changed, from the user's or the group's side."""
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            staff_status_sync(user=instance)
        return
    # From the group's side (group.user_set.add/remove/clear): every user involved.
    if action == "pre_clear":
        instance._staff_sync_users = list(instance.user_set.values_list("pk", flat=True))
        return
    if action == "post_clear":
        pk_set = getattr(instance, "_staff_sync_users", [])
    elif action not in ("post_add", "post_remove"):
        return
    for user in get_user_model().objects.filter(pk__in=pk_set or []):
        staff_status_sync(user=user)


def staff_follows_groups_on_save(
    sender, instance, created: bool, raw: bool = False, update_fields=None, **kwargs
) -> None:
    """post_save of a user: "Stafstatus" set or unset by hand does not stick against the roles.

    Not for a new user (no groups yet; m2m_changed follows) nor the login's last_login update.
    """
    if raw or created or (update_fields is not None and set(update_fields) == {"last_login"}):
        return
    staff_status_sync(user=instance)


# --- the login trail (audit) --------------------------------------------------------------------

SSO_BACKEND = "accounts.sso.SSOBackend"
LOGIN_METHODS = {SSO_BACKEND: "header", OIDC_BACKEND: "oidc"}


def login_audited(sender, request, user, **kwargs) -> None:
    """user_logged_in: by password (the login form), the proxy's header or OIDC."""
    method = LOGIN_METHODS.get(getattr(user, "backend", ""), "password")
    if request is not None and hasattr(request, "session"):
        # The second step (accounts/twofactor.py) asks it of password logins only.
        request.session[LOGIN_METHOD_KEY] = method
    events.user_logged_in(actor=user, method=method, request=request)


def login_failure_audited(sender, credentials: dict, request=None, **kwargs) -> None:
    """user_login_failed: the name tried (Django has already masked the password), or a wrong
    code at the second step (accounts/twofactor.py)."""
    stage = credentials.get(OTP_FAILURE_MARKER)
    if stage:
        events.otp_failed(actor=getattr(request, "user", None), stage=str(stage), request=request)
        return
    # An OIDC sign-on the app refused (unknown user) carries no user name: the backend left it.
    refused = getattr(request, "oidc_refused_username", "")
    username = credentials.get("username") or refused
    known = bool(refused and not credentials.get("username")) or is_account(username)
    events.user_login_failed(username=str(username or ""), known=known, request=request)


def logout_audited(sender, request, user, **kwargs) -> None:
    """user_logged_out (user is None when nobody was logged in: nothing to record)."""
    if user is not None:
        events.user_logged_out(actor=user, request=request)


def lockout_audited(sender, request, username, **kwargs) -> None:
    """axes' user_locked_out: too many failures for this name or address."""
    digest = unknown_name_digest(str(username or ""))
    if digest:  # a name no account has, as the throttle keeps it (accounts.lockout)
        events.user_locked_out(username="", known=False, digest=digest, request=request)
        return
    events.user_locked_out(
        username=str(username or ""), known=is_account(username), request=request
    )
