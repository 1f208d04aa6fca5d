"""Separation of duties: who may decide on records, and who may change whose access.

Beheer runs the installation (users, reference data) but takes no decisions on records: archiving,
rejecting and every other review action belong to Informatiebeheer, Woo decisions to the
Woo-behandelaar. A user who holds the Beheerder role decides on nothing, whatever else they hold.
Beheer may give other users their roles, but never changes its own access (roles, permissions,
staff, superuser, active) and never makes anyone superuser: only a superuser can, and only a
superuser may change a superuser's account.

The views hide what a user may not do; the services and the admin check again with these same
functions, so a hand-made POST gets no further than a hidden button.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.core.exceptions import PermissionDenied

from .permissions import CHANGE_WOOVERZOEK, REVIEW_SUBMISSION
from .roles import BEHEERDER, ROLES, WOO_BEHANDELAAR, user_roles

NOT_BEHEER_DECISIONS = "Beheer neemt geen besluiten over archiefstukken (functiescheiding)."
NOT_WOO_DECISIONS = "Beheer neemt geen besluiten over Woo-verzoeken (functiescheiding)."
NO_REVIEW_RIGHTS = "U mag geen besluiten nemen over archiefstukken."
NO_WOO_RIGHTS = "U mag geen besluiten nemen over Woo-verzoeken."
OWN_ACCESS = (
    "U kunt uw eigen rollen en rechten niet wijzigen (functiescheiding); vraag een andere "
    "beheerder."
)
SUPERUSER_ONLY = "Alleen een superuser kan iemand superuser maken of die status afnemen."
SUPERUSER_ACCOUNT = "Alleen een superuser kan het account van een superuser wijzigen."
OWN_GROUP = "U kunt de rechten van een groep waar u zelf in zit niet wijzigen (functiescheiding)."


class DutyRefused(PermissionDenied):
    """An action separation of duties forbids; `message` is Dutch (and the answer is a 403)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _active(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def holds_beheer_role(user) -> bool:
    """Holds the Beheerder role (superusers without it are not Beheer for these rules)."""
    return user is not None and BEHEERDER in user_roles(user)


def may_decide_on_records(user) -> bool:
    """Review actions and decisions (redactions, selection, archive, reject, return)."""
    return _active(user) and user.has_perm(REVIEW_SUBMISSION) and not holds_beheer_role(user)


def may_decide_on_woo(user) -> bool:
    """Woo-verzoeken: register, select, decide, close."""
    return _active(user) and user.has_perm(CHANGE_WOOVERZOEK) and not holds_beheer_role(user)


def may_see_requester(user) -> bool:
    """Who made a Woo request (name, organisation) is the requester's personal data: only the
    Woo officers who handle requests see it, not Beheer nor a superuser without the role."""
    return _active(user) and WOO_BEHANDELAAR in user_roles(user) and not holds_beheer_role(user)


def require_record_decider(user) -> None:
    if holds_beheer_role(user):
        raise DutyRefused(NOT_BEHEER_DECISIONS)
    if not may_decide_on_records(user):
        raise DutyRefused(NO_REVIEW_RIGHTS)


def require_woo_decider(user) -> None:
    if holds_beheer_role(user):
        raise DutyRefused(NOT_WOO_DECISIONS)
    if not may_decide_on_woo(user):
        raise DutyRefused(NO_WOO_RIGHTS)


# --- access to the application: roles, groups, permissions, staff, superuser, active --------------


@dataclass(frozen=True)
class Access:
    """What a user may do, as the audit log records it before and after a change."""

    roles: tuple[str, ...]
    groups: tuple[str, ...]
    permissions: tuple[str, ...]
    is_superuser: bool
    is_staff: bool
    is_active: bool

    def as_detail(self) -> dict:
        """The access as the audit log's detail keeps it (lists, booleans)."""
        return {name: _plain(value) for name, value in asdict(self).items()}

    def changes(self, other: Access) -> dict[str, dict]:
        """{"field": {"before": ..., "after": ...}} for every field that differs."""
        mine, theirs = asdict(self), asdict(other)
        return {
            name: {"before": _plain(mine[name]), "after": _plain(theirs[name])}
            for name in mine
            if mine[name] != theirs[name]
        }


def _plain(value):
    return list(value) if isinstance(value, tuple) else value


def access_build(
    *, groups, permissions, is_superuser: bool, is_staff: bool, is_active: bool
) -> Access:
    """An Access from group names and "app_label.codename" permission names."""
    group_names = tuple(sorted(set(groups)))
    return Access(
        roles=tuple(name for name in group_names if name in ROLES),
        groups=tuple(name for name in group_names if name not in ROLES),
        permissions=tuple(sorted(set(permissions))),
        is_superuser=bool(is_superuser),
        is_staff=bool(is_staff),
        is_active=bool(is_active),
    )


def permission_names(permissions) -> list[str]:
    return [f"{p.content_type.app_label}.{p.codename}" for p in permissions]


def access_of(user) -> Access:
    """The user's access as stored in the database now (the user's own permissions only)."""
    model = type(user)
    fresh = model._default_manager.get(pk=user.pk)
    return access_build(
        groups=fresh.groups.values_list("name", flat=True),
        permissions=permission_names(fresh.user_permissions.select_related("content_type")),
        is_superuser=fresh.is_superuser,
        is_staff=fresh.is_staff,
        is_active=fresh.is_active,
    )


def access_change_refusals(*, actor, target, before: Access, after: Access) -> list[str]:
    """Dutch reasons why `actor` may not turn `target`'s access from `before` into `after`."""
    own = target.pk is not None and target.pk == actor.pk
    # For one's own account what counts is the status before this change, not the object.
    if before.is_superuser if own else actor.is_superuser:
        return []
    changed = before.changes(after)
    if not changed:
        return []
    refusals = []
    if own:
        refusals.append(OWN_ACCESS)
    if before.is_superuser:
        refusals.append(SUPERUSER_ACCOUNT)
    if "is_superuser" in changed:
        refusals.append(SUPERUSER_ONLY)
    return refusals


def access_change_check(*, actor, target, before: Access, after: Access) -> None:
    """Raise DutyRefused when the change is not the actor's to make."""
    refusals = access_change_refusals(actor=actor, target=target, before=before, after=after)
    if refusals:
        raise DutyRefused(refusals[0])


def may_change_account(*, actor, target) -> bool:
    """Whether the actor may edit the target's account at all (superusers: only superusers)."""
    return actor.is_superuser or not target.is_superuser


def group_change_refusal(*, actor, group) -> str | None:
    """Beheer does not change the permissions of a group it is in (that would grant itself)."""
    if actor.is_superuser or group is None or group.pk is None:
        return None
    if actor.groups.filter(pk=group.pk).exists():
        return OWN_GROUP
    return None
