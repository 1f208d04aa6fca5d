"""A record archived minutes ago is not searchable until its PDF is made (archived() reads the
rendition); the search says so instead of a bare "Niets gevonden" (walk of stop 30: a
5,000-message chat was not found for 4 to 5 minutes after archiving, with no word why)."""

import pytest
from django.urls import reverse

from chats.constants import RenditionState

pytestmark = pytest.mark.django_db


def _page(client, q="wateroverlast"):
    return client.get(reverse("woo:search"), {"q": q}).content.decode()


def test_a_search_names_the_records_whose_pdf_is_still_being_made(woo_client, make_record):
    pending = make_record(["Wateroverlast in de kelder"], index=False)
    pending.rendition_state = RenditionState.BEZIG
    pending.save(update_fields=["rendition_state"])
    page = _page(woo_client)
    assert "Niets gevonden" in page
    assert "1 gesprek is net gearchiveerd" in page
    assert "nog niet doorzoekbaar" in page


def test_two_records_waiting_after_an_outage_are_counted(woo_client, make_record):
    for state in (RenditionState.BEZIG, RenditionState.STORING):
        record = make_record(["Iets anders"], index=False)
        record.rendition_state = state
        record.save(update_fields=["rendition_state"])
    assert "2 gesprekken zijn net gearchiveerd" in _page(woo_client)


def test_no_word_about_it_when_every_archived_record_is_searchable(woo_client, make_record):
    make_record(["Wateroverlast in de kelder"])
    page = _page(woo_client)
    assert "net gearchiveerd" not in page
    assert "nog niet doorzoekbaar" not in page


def test_the_form_without_a_search_says_nothing_of_it(woo_client, make_record):
    pending = make_record(["Wateroverlast"], index=False)
    pending.rendition_state = RenditionState.BEZIG
    pending.save(update_fields=["rendition_state"])
    page = woo_client.get(reverse("woo:search")).content.decode()
    assert "net gearchiveerd" not in page
