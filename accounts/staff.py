"""Staff status follows the roles: Informatiebeheer and Beheerder work in the admin.

Django lets only staff users into the admin. Giving someone one of the STAFF_ROLES is all it
takes; taking the last of them away takes staff status away again. Superusers keep what they
have. The receivers in `receivers.py` call these on every change of a user's groups (from either
side) and on every save of a user; `migrate` brings existing users in line.
"""

from django.contrib.auth import get_user_model

from .roles import STAFF_ROLES


def staff_status_sync(*, user) -> bool:
    """Set the user's staff status from their roles; returns whether it changed."""
    if user.pk is None or user.is_superuser:
        return False
    wanted = user.groups.filter(name__in=STAFF_ROLES).exists()
    if user.is_staff == wanted:
        return False
    get_user_model().objects.filter(pk=user.pk).update(is_staff=wanted)
    user.is_staff = wanted
    return True


def staff_status_sync_all() -> int:
    """Bring every user in line with their roles (after migrate); returns how many changed."""
    users = get_user_model().objects.filter(is_superuser=False)
    with_role = users.filter(groups__name__in=STAFF_ROLES).values("pk")
    raised = users.filter(pk__in=with_role, is_staff=False).update(is_staff=True)
    lowered = users.exclude(pk__in=with_role).filter(is_staff=True).update(is_staff=False)
    return raised + lowered
