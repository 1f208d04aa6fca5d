"""What a new Woo officer stumbled over in a walkthrough: the way to the requests from the
start page, and the Dutch of the request page's confirmation and errors.

The Woo card on the start page offered only 'Zoeken'; the requests, where an officer's work
starts (WOO-2025-001), were one tab further, behind the search page.
"""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_woo_card_links_to_the_requests(woo_client):
    page = woo_client.get(reverse("home")).content.decode()
    assert f'href="{reverse("woo:search")}"' in page
    assert f'href="{reverse("woo:verzoek_list")}"' in page


def test_an_employee_without_woo_rights_sees_no_woo_links(logged_in, medewerker):
    page = logged_in(medewerker).get(reverse("home")).content.decode()
    assert reverse("woo:verzoek_list") not in page


def test_the_decide_confirmation_reads_as_dutch(woo_client, verzoek):
    # Walkthrough: the confirmation of "Verzoek afhandelen" asked "Op verzoek WOO-… besluiten
    # en het afhandelen?", which is no Dutch sentence an officer would write.
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert f"Het besluit op {verzoek.nummer} vastleggen en het verzoek afhandelen?" in page
    assert "besluiten en het afhandelen" not in page


def test_a_request_number_in_use_is_refused_in_plain_dutch(woo_client, verzoek):
    # Walkthrough: "Er bestaat al een Woo-verzoek met eenzelfde Nummer." (Django's default,
    # with a capital N); the service already had the sentence an officer reads at once.
    response = woo_client.post(
        reverse("woo:verzoek_new"),
        {"nummer": verzoek.nummer, "onderwerp": "Nog eens", "ontvangen_op": "2026-11-20"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert f"Er bestaat al een Woo-verzoek met nummer {verzoek.nummer}." in page
    assert "eenzelfde" not in page


def test_a_request_number_in_use_typed_in_small_letters_is_refused(woo_client, verzoek):
    # Walk of stop 57: "woo-2025-001" made a second request next to WOO-2025-001, both then in
    # the search page's list of requests to add to (the zaaknummer is found in any case).
    from woo.models import WooVerzoek

    response = woo_client.post(
        reverse("woo:verzoek_new"),
        {
            "nummer": f" {verzoek.nummer.lower()} ",
            "onderwerp": "Dubbel",
            "ontvangen_op": "2026-11-20",
        },
    )
    assert response.status_code == 400
    assert (
        f"Er bestaat al een Woo-verzoek met nummer {verzoek.nummer}." in response.content.decode()
    )
    assert WooVerzoek.objects.count() == 1


def test_the_admin_form_refuses_a_request_number_in_use_in_small_letters_too(verzoek):
    # Walk of stop 57, the other door: the admin's own request form compared letter by letter.
    from woo.forms import VerzoekAdminForm

    form = VerzoekAdminForm(
        data={"nummer": verzoek.nummer.lower(), "onderwerp": "Dubbel", "ontvangen_op": "2026-11-20"}
    )
    assert not form.is_valid()
    assert form.errors["nummer"] == [f"Er bestaat al een Woo-verzoek met nummer {verzoek.nummer}."]
