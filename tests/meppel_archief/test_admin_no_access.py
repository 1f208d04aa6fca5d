"""A logged-in user without access to the admin (a Woo officer, an employee) who opens /admin/
gets the app's own Dutch "Geen toegang" page with a way to their start page, not Django's login
form saying "U bent geverifieerd als woo, maar niet bevoegd…" (walk of stop 44). Anonymous
visitors still get the login."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role_names", [("Medewerker",), ("Medewerker", "Woo-behandelaar")])
@pytest.mark.parametrize("address", ["admin:index", "admin:login"])
def test_a_logged_in_user_without_admin_access_gets_geen_toegang(
    client, make_user, role_names, address
):
    client.force_login(make_user("woo", *role_names))
    response = client.get(reverse(address), follow=True)
    assert response.status_code == 403
    page = response.content.decode()
    assert "Geen toegang" in page and "Naar de startpagina" in page
    assert "beheergedeelte" in page
    assert "geverifieerd als" not in page and 'name="password"' not in page


def test_an_anonymous_visitor_still_gets_the_login(client):
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert client.get(response["Location"]).status_code == 200


def test_informatiebeheer_opens_the_admin(ib_client):
    assert ib_client.get(reverse("admin:index")).status_code == 200
