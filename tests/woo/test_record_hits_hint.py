"""The record page's hint on adding hits points at the request choice by its name and a link, not
by a side (walk32: "Kies rechts een Woo-verzoek" on a phone, where that column stands above the
conversation, not to its right), and only when there is an open request to choose."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_hint_names_and_links_the_request_choice(make_record, woo_client, verzoek):
    chat = make_record(["De storm heeft de boom omgeblazen."])
    html = woo_client.get(reverse("woo:record", args=[chat.pk]), {"zoek": "storm"}).content
    page = html.decode()
    assert "Kies rechts" not in page
    assert 'id="verzoek-keuze"' in page
    assert (
        'Kies bij <a href="#verzoek-keuze">Berichten toevoegen aan</a> een Woo-verzoek om '
        "treffers in één keer toe te voegen." in page
    )


def test_without_an_open_request_there_is_no_choice_to_point_at(make_record, woo_client):
    chat = make_record(["De storm heeft de boom omgeblazen."])
    html = woo_client.get(reverse("woo:record", args=[chat.pk]), {"zoek": "storm"}).content
    page = html.decode()
    assert 'id="verzoek-keuze"' not in page
    assert "een Woo-verzoek om treffers in één keer toe te voegen" not in page
