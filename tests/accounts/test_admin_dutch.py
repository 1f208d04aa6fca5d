"""The admin reads Dutch throughout: Django 5.2's untranslated admin strings, django-axes, and the
permission names Django stores in English."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from accounts.admin import permission_label

pytestmark = pytest.mark.django_db


def test_the_admin_index_has_no_english_table_headers(client, make_user):
    client.force_login(make_user("bea", "Beheerder", staff=True))
    body = client.get(reverse("admin:index")).content.decode()
    for english in ("Model name", "Add link", "Change or view list link", "Access attempts"):
        assert english not in body
    assert "Wijzigen of bekijken" in body
    assert "Toegangspogingen" in body


def test_the_choose_widget_speaks_dutch(client, make_user):
    client.force_login(make_user("bea", "Beheerder", staff=True))
    catalog = client.get("/admin/jsi18n/").content.decode()
    assert "Alle %s kiezen" in catalog
    assert "Geselecteerde %s verwijderen" in catalog


def test_default_permissions_are_listed_in_dutch(client, make_user):
    permission = Permission.objects.get(codename="add_user")
    assert permission_label(permission).endswith("| mag toevoegen")
    assert "Can " not in permission_label(permission)
    client.force_login(make_user("bea", "Beheerder", staff=True))
    other = make_user("jan", "Medewerker")
    # The user page shows only individual permissions a user has already (walk 46).
    other.user_permissions.add(permission)
    body = client.get(reverse("admin:auth_user_change", args=[other.pk])).content.decode()
    assert "Can add" not in body and "mag toevoegen" in body
