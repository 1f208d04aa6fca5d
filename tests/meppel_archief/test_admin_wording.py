"""The admin index speaks Dutch to every role (walkthrough: "Informatiebeheer" as the title for
Beheer, and django-axes' section as "AXES")."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_admin_index_has_a_title_for_every_role_and_no_english_section(client, make_user):
    client.force_login(make_user("beheer", "Beheerder", staff=True))
    html = client.get(reverse("admin:index")).content.decode()
    assert "Beoordelen en beheer" in html
    assert ">Axes<" not in html and "AXES" not in html
    assert "Inlogpogingen en blokkades" in html
