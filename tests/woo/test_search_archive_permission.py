"""The Woo search permission lives on woo.SearchEntry; existing holders of the old one keep it."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection

from accounts.permissions import SEARCH_ARCHIVE

pytestmark = pytest.mark.django_db

migration = importlib.import_module("woo.migrations.0003_move_search_archive_permission")


class SchemaEditor:
    """The one thing the data migration reads from its schema editor."""

    connection = connection


def search_permission(app_label: str, model: str) -> Permission | None:
    return Permission.objects.filter(
        content_type__app_label=app_label, content_type__model=model, codename="search_archive"
    ).first()


def fresh(user):
    """The user again, without Django's cached permissions."""
    return type(user).objects.get(pk=user.pk)


def test_the_permission_is_declared_on_woo_only():
    assert SEARCH_ARCHIVE == "woo.search_archive"
    assert search_permission("woo", "searchentry") is not None
    assert search_permission("chats", "submission") is None


@pytest.fixture
def old_holders(django_user_model):
    """A database from before the move: the permission on chats.Submission, held two ways."""
    search_permission("woo", "searchentry").delete()
    old = Permission.objects.create(
        content_type=ContentType.objects.get(app_label="chats", model="submission"),
        codename="search_archive",
        name="Gearchiveerde gesprekken doorzoeken (Woo)",
    )
    direct = django_user_model.objects.create_user("direct")
    direct.user_permissions.add(old)
    via_group = django_user_model.objects.create_user("via-groep")
    group = Group.objects.create(name="Woo-team (geen rol)")
    group.permissions.add(old)
    via_group.groups.add(group)
    nobody = django_user_model.objects.create_user("niemand")
    return direct, via_group, nobody


def test_users_who_had_the_old_permission_get_the_woo_one(old_holders):
    direct, via_group, nobody = old_holders

    migration.to_woo(apps, SchemaEditor())

    assert fresh(direct).has_perm(SEARCH_ARCHIVE)
    assert fresh(via_group).has_perm(SEARCH_ARCHIVE)
    assert not fresh(nobody).has_perm(SEARCH_ARCHIVE)
    assert search_permission("chats", "submission") is None


def test_the_move_can_be_reversed(old_holders):
    direct, via_group, nobody = old_holders
    migration.to_woo(apps, SchemaEditor())

    migration.back_to_chats(apps, SchemaEditor())

    assert fresh(direct).has_perm("chats.search_archive")
    assert fresh(via_group).has_perm("chats.search_archive")
    assert not fresh(nobody).has_perm("chats.search_archive")
    assert search_permission("woo", "searchentry") is None


def test_on_a_fresh_database_the_move_does_nothing():
    before = set(Permission.objects.values_list("pk", flat=True))

    migration.to_woo(apps, SchemaEditor())

    assert set(Permission.objects.values_list("pk", flat=True)) == before
