"""The role groups: synced once per migrate, after every app has created its permissions."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management.sql import emit_post_migrate_signal

from accounts import receivers
from accounts.roles import (
    AXES_PERMISSIONS,
    BEHEERDER,
    BEHEERDER_APPS,
    MEDEWERKER,
    ROLE_PERMISSIONS,
    ROLES,
    WOO_BEHANDELAAR,
    user_roles,
)

pytestmark = pytest.mark.django_db


def group_permissions(role: str) -> set[str]:
    pairs = Group.objects.get(name=role).permissions.values_list(
        "content_type__app_label", "codename"
    )
    return {f"{app_label}.{codename}" for app_label, codename in pairs}


def test_every_permission_in_the_role_table_exists():
    existing = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in Permission.objects.select_related("content_type")
    }
    for role, names in ROLE_PERMISSIONS.items():
        assert set(names) <= existing, role


def test_migrate_syncs_the_roles_when_every_apps_permissions_exist():
    # From nothing: no role groups and none of the project apps' permissions. post_migrate then
    # creates each app's permissions in that app's own signal; the roles must see all of them.
    Group.objects.filter(name__in=ROLES).delete()
    Permission.objects.filter(content_type__app_label__in=BEHEERDER_APPS).delete()

    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")

    for role, names in ROLE_PERMISSIONS.items():
        assert group_permissions(role) == set(names), role
    assert "woo.search_archive" in group_permissions(WOO_BEHANDELAAR)
    beheerder_apps = {name.split(".")[0] for name in group_permissions(BEHEERDER)}
    assert beheerder_apps == {*BEHEERDER_APPS, "auth", "axes"}
    # Of the login lockouts only seeing them and lifting one (deleting the attempts).
    assert {name for name in group_permissions(BEHEERDER) if name.startswith("axes.")} == {
        f"axes.{codename}" for codename in AXES_PERMISSIONS
    }
    assert "audit.view_auditevent" in group_permissions(BEHEERDER)
    assert not any(
        name.startswith(("audit.add_", "audit.change_", "audit.delete_"))
        for name in group_permissions(BEHEERDER)
    )


def test_migrate_syncs_the_roles_once_at_the_last_app(monkeypatch):
    calls = []
    monkeypatch.setattr(receivers, "sync_roles", lambda: calls.append(1))

    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")

    assert calls == [1]


def test_user_roles_names_the_role_groups_only(make_user, django_user_model):
    user = make_user("mila", MEDEWERKER, WOO_BEHANDELAAR)
    user.groups.add(Group.objects.create(name="Koffieclub"))
    fresh = django_user_model.objects.get(pk=user.pk)

    assert user_roles(fresh) == {MEDEWERKER, WOO_BEHANDELAAR}
