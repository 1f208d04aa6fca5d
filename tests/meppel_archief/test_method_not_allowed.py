"""An address that only takes a form's POST, opened as a page (a bookmark, the address bar after
a refused form), answers with a Dutch page instead of Django's empty 405 (walk of stop 27:
/accounts/logout/ opened in the browser gave a blank page)."""

import pytest

pytestmark = pytest.mark.django_db


def test_opening_the_logout_address_offers_the_logout_button(client, django_user_model):
    user = django_user_model.objects.create_user("medewerker2", password="x")
    client.force_login(user)
    response = client.get("/accounts/logout/")
    assert response.status_code == 405
    assert response["Allow"] == "POST, OPTIONS"
    page = response.content.decode()
    assert "<h1" in page and "alleen met een knop" in page
    assert 'action="/accounts/logout/"' in page and ">Uitloggen</button>" in page
    assert 'lang="nl"' in page


def test_a_post_only_address_elsewhere_gets_the_same_dutch_page(admin_client):
    from django.urls import reverse

    response = admin_client.get(reverse("woo:verzoek_add_many", args=[1]))
    assert response.status_code == 405
    assert "alleen met een knop" in response.content.decode()
