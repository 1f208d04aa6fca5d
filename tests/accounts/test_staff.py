"""Role membership alone gives access to the admin: staff status follows Informatiebeheer and
Beheerder both ways, and the user list shows each user's roles."""

import pytest
from django.contrib.auth.models import Group
from django.core.management.sql import emit_post_migrate_signal
from django.urls import reverse

from accounts.roles import BEHEERDER, INFORMATIEBEHEER, MEDEWERKER, WOO_BEHANDELAAR
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", [INFORMATIEBEHEER, BEHEERDER])
def test_a_user_given_a_staff_role_without_stafstatus_opens_the_admin(client, make_user, role):
    user = make_user("nieuw", role)  # staff=False: only the group
    user.refresh_from_db()
    assert user.is_staff
    client.force_login(user)
    assert client.get(reverse("admin:index")).status_code == 200
    if role == INFORMATIEBEHEER:
        submission = processed_submission()
        assert client.get(reverse("admin:chats_submission_changelist")).status_code == 200
        review = reverse("admin:chats_submission_review", args=[submission.pk])
        assert client.get(review).status_code == 200


def test_removing_the_role_removes_staff_status(make_user, roles):
    user = make_user("weg", MEDEWERKER, INFORMATIEBEHEER)
    user.groups.remove(roles[INFORMATIEBEHEER])
    user.refresh_from_db()
    assert not user.is_staff
    user.groups.add(roles[BEHEERDER])
    user.refresh_from_db()
    assert user.is_staff
    user.groups.clear()
    user.refresh_from_db()
    assert not user.is_staff


def test_staff_follows_changes_from_the_groups_side(make_user, roles):
    user = make_user("via-groep", MEDEWERKER)
    roles[INFORMATIEBEHEER].user_set.add(user)
    user.refresh_from_db()
    assert user.is_staff
    roles[INFORMATIEBEHEER].user_set.clear()
    user.refresh_from_db()
    assert not user.is_staff


def test_other_roles_give_no_staff_status_and_unticking_it_by_hand_does_not_stick(make_user):
    woo = make_user("woo", WOO_BEHANDELAAR, staff=True)
    woo.refresh_from_db()
    assert not woo.is_staff
    ib = make_user("ib", INFORMATIEBEHEER)
    ib.is_staff = False
    ib.save()
    ib.refresh_from_db()
    assert ib.is_staff


def test_superusers_keep_their_staff_status(django_user_model):
    admin = django_user_model.objects.create_superuser("root", password="x-geheim-123")
    admin.groups.add(Group.objects.get_or_create(name=MEDEWERKER)[0])
    admin.refresh_from_db()
    assert admin.is_staff


def test_migrate_brings_existing_users_in_line(make_user, django_user_model):
    ib = make_user("oud", INFORMATIEBEHEER)
    stray = make_user("los", MEDEWERKER)
    # As before this change: a role without staff status, staff status without a role.
    django_user_model.objects.filter(pk=ib.pk).update(is_staff=False)
    django_user_model.objects.filter(pk=stray.pk).update(is_staff=True)
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    ib.refresh_from_db()
    stray.refresh_from_db()
    assert ib.is_staff and not stray.is_staff


def test_the_user_list_shows_and_filters_roles(beheerder_client, make_user):
    make_user("ingrid", MEDEWERKER, INFORMATIEBEHEER)
    make_user("wouter", WOO_BEHANDELAAR)
    make_user("zonder")
    url = reverse("admin:auth_user_changelist")
    html = beheerder_client.get(url).content.decode()
    assert "rollen" in html
    assert "Informatiebeheer, Medewerker" in html
    filtered = beheerder_client.get(url, {"rol": WOO_BEHANDELAAR})
    names = [u.username for u in filtered.context["cl"].result_list]
    assert names == ["wouter"]
    without = beheerder_client.get(url, {"rol": "geen"})
    assert [u.username for u in without.context["cl"].result_list] == ["zonder"]
