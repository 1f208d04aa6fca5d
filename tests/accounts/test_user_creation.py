"""Walk of beheer45: a user Beheer creates in the admin is a Medewerker, and that is audited.

Failed on main: the add form (/admin/auth/user/add/) had no roles at all, so a new colleague had
none and could not upload a chat until Beheer opened the account a second time; creating the
account left no audit row (only later role changes did).
"""

import re

import pytest
from django.contrib.auth.models import Group

from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

ADD = "/admin/auth/user/add/"


def _new_user(client, **extra):
    data = {
        "username": "nieuwe.collega",
        "usable_password": "true",
        "password1": "een-lang-wachtwoord-2026",
        "password2": "een-lang-wachtwoord-2026",
        **extra,
    }
    return client.post(ADD, data)


def test_the_add_form_preselects_the_medewerker_role_and_says_so(beheerder_client):
    medewerker = Group.objects.get(name="Medewerker")
    page = beheerder_client.get(ADD).content.decode()
    selected = re.findall(r'<option value="(\d+)"[^>]*selected', page)
    assert selected == [str(medewerker.pk)]
    assert "rol Medewerker" in page


def test_a_created_user_gets_the_chosen_roles_and_an_audit_row(
    beheerder_client, beheerder, django_user_model
):
    medewerker = Group.objects.get(name="Medewerker")
    woo = Group.objects.get(name="Woo-behandelaar")
    response = _new_user(beheerder_client, groups=[medewerker.pk, woo.pk])
    assert response.status_code == 302
    user = django_user_model.objects.get(username="nieuwe.collega")
    assert sorted(user.groups.values_list("name", flat=True)) == ["Medewerker", "Woo-behandelaar"]
    [event] = AuditEvent.objects.filter(action="user.created")
    assert (event.actor, event.object_id) == (beheerder, str(user.pk))
    assert event.detail["user_id"] == user.pk
    assert event.detail["access"]["roles"] == ["Medewerker", "Woo-behandelaar"]
    assert event.detail["access"]["is_superuser"] is False
    assert "password" not in str(event.detail)


def test_a_staff_role_given_at_creation_gives_staff_status(beheerder_client, django_user_model):
    ib = Group.objects.get(name="Informatiebeheer")
    assert _new_user(beheerder_client, groups=[ib.pk]).status_code == 302
    user = django_user_model.objects.get(username="nieuwe.collega")
    assert user.is_staff
    [event] = AuditEvent.objects.filter(action="user.created")
    assert event.detail["access"]["is_staff"] is True


def test_the_change_form_posted_back_as_shown_keeps_the_roles(beheerder_client, make_user):
    colleague = make_user("collega", "Medewerker", "Woo-behandelaar")
    url = f"/admin/auth/user/{colleague.pk}/change/"
    page = beheerder_client.get(url).content.decode()
    groups_select = re.search(r'<select name="groups".*?</select>', page, re.S).group(0)
    shown = re.findall(r'<option value="(\d+)"[^>]*selected', groups_select)
    assert len(shown) == 2
    response = beheerder_client.post(
        url,
        {
            "username": "collega",
            "first_name": "Coby",
            "last_name": "",
            "email": "",
            "is_active": "on",
            "groups": shown,
            "date_joined_0": "01-01-2026",
            "date_joined_1": "09:00:00",
            "initial-date_joined_0": "01-01-2026",
            "initial-date_joined_1": "09:00:00",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    colleague.refresh_from_db()
    assert colleague.first_name == "Coby"
    assert sorted(colleague.groups.values_list("name", flat=True)) == [
        "Medewerker",
        "Woo-behandelaar",
    ]
    assert not AuditEvent.objects.filter(action="user_access.changed").exists()
