"""The request page lists its selection a page at a time: a request with hundreds of messages
from a long chat (walk of stop 26: 762 messages made a 530 kB page of 5,475 elements, one
remove form per message) stays light, and every message can still be reached and removed."""

import re

import pytest

from woo.models import WooSelectie

pytestmark = pytest.mark.django_db

PER_PAGE = 100


def _rows(html: str) -> int:
    return html.count('class="d-flex flex-wrap gap-2 align-items-center mb-1 woo-selectie"')


@pytest.fixture
def long_request(make_record, woo_client, verzoek):
    record = make_record([f"Laadpaal {n} aan de Stationsweg is kapot." for n in range(250)])
    woo_client.post(
        f"/woo/verzoeken/{verzoek.pk}/toevoegen/meerdere/",
        {"soort": "treffers", "archiefstuk": record.pk, "zoek": "laadpaal", "per": "gesprek"},
    )
    assert WooSelectie.objects.filter(verzoek=verzoek).count() == 250
    return verzoek


def test_the_selection_of_a_long_request_is_shown_a_page_at_a_time(woo_client, long_request):
    url = f"/woo/verzoeken/{long_request.pk}/"
    first = woo_client.get(url).content.decode()
    assert (
        "<summary>Selectie (250 keuzes: hele archiefstukken en losse berichten)</summary>" in first
    )
    assert _rows(first) == PER_PAGE
    assert "Selectie 1–100 van 250" in first
    assert 'href="?selectie=2#selectie"' in first

    last = woo_client.get(url, {"selectie": "3"}).content.decode()
    assert _rows(last) == 50
    assert "Selectie 201–250 van 250" in last
    # Opened on a later page, the list is open where the officer left it.
    assert re.search(r'<details[^>]*id="selectie"[^>]*\bopen\b', last)
    assert ", bericht 250<" in last


def test_a_page_past_the_end_shows_the_last_page(woo_client, long_request):
    html = woo_client.get(f"/woo/verzoeken/{long_request.pk}/", {"selectie": "99"}).content
    assert _rows(html.decode()) == 50


def test_removing_a_message_returns_to_its_page_of_the_selection(woo_client, long_request):
    selectie = WooSelectie.objects.filter(verzoek=long_request).order_by("message_seq").last()
    response = woo_client.post(
        f"/woo/verzoeken/{long_request.pk}/selecties/{selectie.pk}/verwijderen/", {"selectie": "3"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/woo/verzoeken/{long_request.pk}/?selectie=3#selectie"
