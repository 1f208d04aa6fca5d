"""The login backend's permissions: the same set as Django's ModelBackend gives, from one query."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.db import connection

from accounts.backends import ArchiefModelBackend
from accounts.roles import WOO_BEHANDELAAR, user_roles

pytestmark = pytest.mark.django_db


def fresh(user):
    return get_user_model().objects.get(pk=user.pk)  # no permission cache


def permission(codename: str) -> Permission:
    return Permission.objects.get(codename=codename)


@pytest.fixture
def user():
    person = get_user_model().objects.create_user("medewerker", password="x" * 20)
    first, second = Group.objects.create(name="a"), Group.objects.create(name="b")
    first.permissions.add(permission("view_group"), permission("add_group"))
    second.permissions.add(permission("add_group"), permission("view_permission"))
    person.groups.add(first, second)
    person.user_permissions.add(permission("change_group"), permission("view_group"))
    return person


def test_own_and_group_permissions_as_django_gives_them(user):
    expected = ModelBackend().get_all_permissions(fresh(user))
    assert expected == {
        "auth.view_group",
        "auth.add_group",
        "auth.view_permission",
        "auth.change_group",
    }
    assert ArchiefModelBackend().get_all_permissions(fresh(user)) == expected


def test_one_query_then_the_cache(user, django_assert_num_queries):
    person = fresh(user)
    backend = ArchiefModelBackend()
    with django_assert_num_queries(1):
        assert backend.has_perm(person, "auth.change_group")
        assert backend.has_perm(person, "auth.view_permission")
        assert not backend.has_perm(person, "auth.delete_group")


def test_without_permissions_an_empty_set():
    person = get_user_model().objects.create_user("nieuw", password="x" * 20)
    assert ArchiefModelBackend().get_all_permissions(person) == set()


def test_inactive_user_and_object_permissions_have_none(user):
    assert ArchiefModelBackend().get_all_permissions(fresh(user), obj=user) == set()
    user.is_active = False
    user.save()
    assert ArchiefModelBackend().get_all_permissions(fresh(user)) == set()


def test_superuser_has_every_permission():
    boss = get_user_model().objects.create_superuser("baas", password="x" * 20)
    every = ModelBackend().get_all_permissions(fresh(boss))
    assert ArchiefModelBackend().get_all_permissions(fresh(boss)) == every
    assert len(every) == Permission.objects.count()


def test_the_settings_use_it(settings):
    assert "accounts.backends.ArchiefModelBackend" in settings.AUTHENTICATION_BACKENDS
    assert "django.contrib.auth.backends.ModelBackend" not in settings.AUTHENTICATION_BACKENDS


def test_session_read_back_and_unknown_or_expired_key_empty(settings):
    from datetime import timedelta

    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from accounts.sessions import SessionStore

    assert settings.SESSION_ENGINE == "accounts.sessions"
    store = SessionStore()
    store["notice"] = "Opgeslagen"
    store.save()
    assert SessionStore(store.session_key).load() == {"notice": "Opgeslagen"}
    unknown = SessionStore("x" * 32)
    assert unknown.load() == {}
    assert unknown.session_key is None
    Session.objects.filter(pk=store.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    expired = SessionStore(store.session_key)
    assert expired.load() == {}
    assert expired.session_key is None


def test_sso_backend_reads_them_the_same_way(user, django_assert_num_queries):
    from accounts.sso import SSOBackend

    expected = ModelBackend().get_all_permissions(fresh(user))
    person = fresh(user)
    with django_assert_num_queries(1):
        assert SSOBackend().get_all_permissions(person) == expected


def test_the_session_user_is_the_one_django_reads(user, django_assert_num_queries):
    expected = ModelBackend().get_user(user.pk)
    with django_assert_num_queries(1):
        person = ArchiefModelBackend().get_user(user.pk)
    fields = [field.attname for field in get_user_model()._meta.concrete_fields]
    assert [getattr(person, name) for name in fields] == [
        getattr(expected, name) for name in fields
    ]
    assert (person._state.adding, person._state.db) == (False, expected._state.db)
    assert person.get_session_auth_hash() == expected.get_session_auth_hash()


def test_no_session_user_when_gone_or_inactive(user):
    assert ArchiefModelBackend().get_user(user.pk + 1000) is None
    user.is_active = False
    user.save()
    assert ArchiefModelBackend().get_user(user.pk) is None
    assert ModelBackend().get_user(user.pk) is None


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the session user's query: PostgreSQL"
)
def test_the_session_user_comes_with_their_permissions_and_roles(user, django_assert_num_queries):
    """Issue 17, speed: nearly every page asks the signed-in user's permissions and roles next;
    they come in the same round trip as the user's row (two queries less a request)."""
    woo, _ = Group.objects.get_or_create(name=WOO_BEHANDELAAR)
    user.groups.add(woo)
    expected = ModelBackend().get_all_permissions(fresh(user))
    with django_assert_num_queries(1):
        person = ArchiefModelBackend().get_user(user.pk)
        assert ArchiefModelBackend().get_all_permissions(person) == expected
        assert user_roles(person) == frozenset({WOO_BEHANDELAAR})
    assert user_roles(fresh(user)) == user_roles(person)  # as read apart


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the session user's query: PostgreSQL"
)
def test_a_superuser_read_as_session_user_still_has_every_permission(user):
    user.is_superuser = True
    user.save()
    person = ArchiefModelBackend().get_user(user.pk)
    assert ArchiefModelBackend().get_all_permissions(person) == ModelBackend().get_all_permissions(
        fresh(user)
    )
    assert len(ArchiefModelBackend().get_all_permissions(person)) == Permission.objects.count()
