"""Walk of stop 44 (Woo pages). The counts around a search hit said "59 treffers" (badge and record page),
"Nog 33 berichten hier tonen (treffers en hun samenhang)" (the fold under the result) and
"gemarkeerd bericht 23 van 88" (the record page's position): three numbers of three different
things, none saying which. Each now says in words what it counts. And the form for a new
Woo request, at its own address, was titled as the list ("Woo-verzoeken")."""

import pytest
from django.urls import reverse

from tests.woo.test_search_relevance import _bomenkap_chat

pytestmark = pytest.mark.django_db


def _fold_summary(html: str) -> str:
    start = html.index("<summary>Nog ")
    return html[start + len("<summary>") : html.index("</summary>", start)]


def test_the_fold_counts_its_hits_and_its_samenhang_apart(woo_client, make_record, monkeypatch):
    from woo import search

    monkeypatch.setattr(search, "HITS_SHOWN", 0)  # everything in the fold
    _bomenkap_chat(make_record)
    html = woo_client.get(reverse("woo:search"), {"q": "bomenkap stationsweg"}).content.decode()
    assert _fold_summary(html) == "Nog 1 treffer en 2 berichten in samenhang hier tonen"


def test_the_fold_of_hits_alone_calls_them_treffers(woo_client, make_record, monkeypatch):
    from woo import search

    monkeypatch.setattr(search, "HITS_SHOWN", 1)
    make_record(["De kastanje is ziek.", "De kastanje gaat eruit.", "Kastanje weg."])
    html = woo_client.get(reverse("woo:search"), {"q": "kastanje"}).content.decode()
    assert _fold_summary(html) == "Nog 2 treffers hier tonen"


def test_the_link_to_all_hits_says_how_many_are_listed_here(woo_client, make_record, monkeypatch):
    """59 treffers, 20 of them listed under the result: the link says so, so the 5 shown and
    the fold's 15 are not taken for all of them."""
    from woo import search

    monkeypatch.setattr(search, "HITS_PER_RECORD", 2)
    make_record(["De kastanje is ziek.", "De kastanje gaat eruit.", "Kastanje weg."])
    html = woo_client.get(reverse("woo:search"), {"q": "kastanje"}).content.decode()
    assert "Alle 3 treffers in het gesprek bekijken</a> (hier staan er 2)" in html


def test_the_hit_bar_says_what_its_marked_messages_are(woo_client, make_record):
    chat = _bomenkap_chat(make_record)
    html = woo_client.get(
        reverse("woo:record", args=[chat.pk]), {"zoek": "bomenkap stationsweg"}
    ).content.decode()
    assert 'data-hits="3"' in html
    assert 'data-detail="1 treffer, 2 in samenhang"' in html


def test_the_new_request_address_is_titled_as_the_form(woo_client):
    html = woo_client.get(reverse("woo:verzoek_new")).content.decode()
    assert "<title>Nieuw Woo-verzoek aanmaken – Woo-verzoeken · Gemeente Meppel</title>" in html


def test_a_refused_new_request_is_titled_as_the_form_with_its_error(woo_client):
    response = woo_client.post(reverse("woo:verzoek_new"), {"nummer": "", "onderwerp": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert (
        "<title>Fout: Nieuw Woo-verzoek aanmaken – Woo-verzoeken · Gemeente Meppel</title>" in html
    )


def test_the_list_keeps_its_own_title(woo_client):
    html = woo_client.get(reverse("woo:verzoek_list")).content.decode()
    assert "<title>Woo-verzoeken · Gemeente Meppel</title>" in html
