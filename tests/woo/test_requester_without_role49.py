"""Who made a Woo request (verzoeker_naam, verzoeker_organisatie) is the requester's personal
data, seen only by Woo officers (accounts.duties.may_see_requester). A superuser without the
Woo-behandelaar role may register a request, but its form asked for the requester: a name they
type there they may not see afterwards, so the form does not ask it of them, and a hand-made
POST of it is not stored."""

import pytest
from django.contrib.admin import site
from django.urls import reverse

from woo.models import WooVerzoek

pytestmark = pytest.mark.django_db

NAAM = "Henk Verzoekstra"
ORGANISATIE = "Stichting Open Meppel"


@pytest.fixture
def superuser(django_user_model):
    """A superuser with no role group: every permission, not the Woo officer's duty."""
    return django_user_model.objects.create_superuser(
        username="root", password="geheim-wachtwoord-123"
    )


def test_the_new_request_form_does_not_ask_a_superuser_for_the_requester(logged_in, superuser):
    client = logged_in(superuser)
    for url in (reverse("woo:verzoek_list"), reverse("woo:verzoek_new")):
        page = client.get(url).content.decode()
        assert 'name="nummer"' in page  # the form is there
        assert 'name="verzoeker_naam"' not in page
        assert 'name="verzoeker_organisatie"' not in page


def test_a_superuser_posting_the_requester_stores_none_of_it(logged_in, superuser):
    client = logged_in(superuser)
    response = client.post(
        reverse("woo:verzoek_new"),
        {
            "nummer": "WOO-2026-049",
            "onderwerp": "Bomenkap Hoofdstraat",
            "ontvangen_op": "2026-11-02",
            "verzoeker_naam": NAAM,
            "verzoeker_organisatie": ORGANISATIE,
        },
    )
    assert response.status_code == 302
    verzoek = WooVerzoek.objects.get(nummer="WOO-2026-049")
    assert (verzoek.verzoeker_naam, verzoek.verzoeker_organisatie) == ("", "")


def test_a_superuser_sees_the_requester_nowhere(logged_in, superuser, verzoek):
    verzoek.verzoeker_naam, verzoek.verzoeker_organisatie = NAAM, ORGANISATIE
    verzoek.save()
    client = logged_in(superuser)
    for url in (
        reverse("woo:verzoek_detail", args=[verzoek.pk]),
        reverse("woo:verzoek_list"),
        reverse("admin:woo_wooverzoek_change", args=[verzoek.pk]),
        reverse("admin:woo_wooverzoek_changelist"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        assert NAAM not in page and ORGANISATIE not in page, url
        assert 'name="verzoeker_naam"' not in page, url


def test_the_admin_form_leaves_the_requester_out_for_a_superuser(rf, superuser, verzoek):
    request = rf.get("/")
    request.user = superuser
    fields = site._registry[WooVerzoek].get_form(request, verzoek).base_fields
    assert "verzoeker_naam" not in fields and "verzoeker_organisatie" not in fields
