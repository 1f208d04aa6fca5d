"""`manage.py load_demo` is idempotent and gives one user per role."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_it_creates_roles_users_and_zaken_and_can_run_twice(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-wachtwoord-2024")
    for _ in range(2):
        out = io.StringIO()
        call_command("load_demo", stdout=out)
    users = get_user_model().objects.order_by("username")
    assert [u.username for u in users] == ["beheer", "informatiebeheer", "medewerker", "woo"]
    roles = {u.username: set(u.groups.values_list("name", flat=True)) for u in users}
    assert "Informatiebeheer" in roles["informatiebeheer"]
    assert "Woo-behandelaar" in roles["woo"]
    assert "Beheerder" in roles["beheer"]
    assert roles["medewerker"] == {"Medewerker"}
    assert users.get(username="medewerker").check_password("demo-wachtwoord-2024")
    from zaken.models import Zaak

    assert Zaak.objects.count() >= 3


def test_without_demo_password_it_prints_a_generated_one_once(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    first = io.StringIO()
    call_command("load_demo", stdout=first)
    second = io.StringIO()
    call_command("load_demo", stdout=second)
    password = first.getvalue().split("medewerker")[1].split()[0]
    assert get_user_model().objects.get(username="medewerker").check_password(password)
    assert password not in second.getvalue()
