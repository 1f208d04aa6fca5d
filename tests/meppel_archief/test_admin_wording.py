"""The admin index speaks Dutch to every role (walkthrough: "Informatiebeheer" as the title for
Beheer, and django-axes' section as "AXES")."""

import pytest
from django.urls import reverse

from tests.factories import ZaakFactory

pytestmark = pytest.mark.django_db


def test_the_admin_index_has_a_title_for_every_role_and_no_english_section(client, make_user):
    client.force_login(make_user("beheer", "Beheerder", staff=True))
    html = client.get(reverse("admin:index")).content.decode()
    assert "Beoordelen en beheer" in html
    assert ">Axes<" not in html and "AXES" not in html
    assert "Inlogpogingen en blokkades" in html


def test_admin_form_headings_start_with_a_capital(client, make_user):
    # Django's Dutch "%s wijzigen" / "%s toevoegen" put the lowercase verbose name first:
    # "zaak wijzigen", "gebruiker toevoegen" as the page's heading and title.
    client.force_login(make_user("beheer", "Beheerder", staff=True))
    zaak = ZaakFactory()
    change = client.get(reverse("admin:zaken_zaak_change", args=[zaak.pk])).content.decode()
    assert "<h1>Zaak wijzigen</h1>" in change
    assert "| Zaak wijzigen |" in change
    add = client.get(reverse("admin:auth_user_add")).content.decode()
    assert "<h1>Gebruiker toevoegen</h1>" in add
