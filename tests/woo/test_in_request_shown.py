"""What is already in the request says so where the officer would add it again.

Walkthrough: after "Bericht toevoegen" or "Alle 69 treffers toevoegen" every message still
offered "Bericht toevoegen aan WOO-…", on the results page and on the record page.
"""

import pytest
from django.urls import reverse

from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def chat(make_record):
    return make_record(
        [
            "De kastanje aan de Kerkstraat wordt gekapt.",
            "Wanneer wordt de kastanje gekapt?",
            "Volgende week, de kastanje is ziek.",
        ]
    )


def test_a_message_already_in_the_request_is_marked_instead_of_offered(
    woo_client, woo_user, verzoek, chat
):
    first = chat.messages.get(seq=1)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk, message_id=first.pk)
    search = woo_client.get(
        reverse("woo:search"), {"q": "kastanje", "verzoek": verzoek.pk, "per": "bericht"}
    ).content.decode()
    assert search.count("woo-in-request") == 1
    assert f"In {verzoek.nummer}" in search
    assert search.count("woo-add-message") == 2
    record = woo_client.get(
        reverse("woo:record", args=[chat.pk]), {"verzoek": verzoek.pk}
    ).content.decode()
    assert record.count("woo-in-request") == 1
    assert record.count('class="btn btn-sm btn-link p-0 woo-add-message"') == 2


def test_a_whole_record_in_the_request_marks_the_record_and_all_its_messages(
    woo_client, woo_user, verzoek, chat
):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk)
    search = woo_client.get(
        reverse("woo:search"), {"q": "kastanje", "verzoek": verzoek.pk}
    ).content.decode()
    assert "woo-add-record" not in search and "woo-add-message" not in search
    assert f"Heel archiefstuk in {verzoek.nummer}" in search
    record = woo_client.get(
        reverse("woo:record", args=[chat.pk]), {"verzoek": verzoek.pk}
    ).content.decode()
    assert 'class="btn btn-sm btn-link p-0 woo-add-message"' not in record


def test_the_record_page_offers_nothing_more_to_add_when_the_whole_record_is_in(
    woo_client, woo_user, verzoek, chat
):
    # Walkthrough: with WA-000002 wholly in WOO-2025-001, its record page still offered
    # "Heel archiefstuk toevoegen", "Alle 2 treffers toevoegen" and, per hit, "Met 3 berichten
    # ervoor en erna" and "Hele dag"; each click only said it was there already.
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk)
    record = woo_client.get(
        reverse("woo:record", args=[chat.pk]),
        {"verzoek": verzoek.pk, "zoek": "kastanje"},
    ).content.decode()
    assert "kastanje" in record and 'id="treffers"' in record
    assert f"Heel archiefstuk in {verzoek.nummer}" in record
    assert f"Heel archiefstuk toevoegen aan {verzoek.nummer}" not in record
    for offer in ("woo-add-hits", "woo-add-context", "woo-add-day"):
        assert offer not in record


def test_the_record_page_still_offers_hits_and_context_when_only_a_message_is_in(
    woo_client, woo_user, verzoek, chat
):
    first = chat.messages.order_by("seq").first()
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk, message_id=first.pk)
    record = woo_client.get(
        reverse("woo:record", args=[chat.pk]),
        {"verzoek": verzoek.pk, "zoek": "kastanje"},
    ).content.decode()
    assert f"Heel archiefstuk toevoegen aan {verzoek.nummer}" in record
    assert "woo-add-hits" in record and "woo-add-context" in record


def test_after_adding_all_hits_the_hit_bar_says_so_instead_of_offering_them_again(
    woo_client, woo_user, verzoek, chat
):
    # Walkthrough: after "Alle 3 treffers toevoegen aan WOO-2026-014" the page came back with
    # the same button; a second click only said they were there already.
    url = reverse("woo:record", args=[chat.pk])
    params = {"verzoek": verzoek.pk, "zoek": "kastanje"}
    assert "woo-add-hits" in woo_client.get(url, params).content.decode()
    woo_client.post(
        reverse("woo:verzoek_add_many", args=[verzoek.pk]),
        {"soort": "treffers", "archiefstuk": chat.pk, "zoek": "kastanje", "per": "gesprek"},
    )
    record = woo_client.get(url, params).content.decode()
    assert "woo-add-hits" not in record
    assert f"Alle treffers in {verzoek.nummer}" in record
