"""The Woo record page at any size: one page of messages, page navigation, jump to a date or a
message, and anchors from other pages that land on the page holding the message."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from audit.models import AuditEvent
from woo import records

pytestmark = pytest.mark.django_db


@pytest.fixture
def long_record(make_record, monkeypatch):
    """45 messages, one every 6 hours from 12 March 2024, on pages of 10; #7 not in the record."""
    monkeypatch.setattr(records, "RECORD_PAGE_SIZE", 10, raising=False)
    start = datetime(2024, 3, 12, 8, 0, tzinfo=UTC)
    record = make_record(
        [f"Bericht nummer {n} van de lange chat." for n in range(1, 46)],
        excluded_seqs=(7,),
        index=False,
    )
    for message in record.messages.all():
        message.sent_at = start + timedelta(hours=6 * (message.seq - 1))
        message.save(update_fields=["sent_at"])
    return record


def shown_seqs(html: str) -> list[int]:
    return [int(n) - 1 for n in re.findall(r'id="bericht-nr-(\d+)"', html)]


def test_a_long_record_shows_one_page_of_messages_with_navigation(woo_client, long_record):
    url = reverse("woo:record", args=[long_record.pk])
    html = woo_client.get(url).content.decode()
    assert shown_seqs(html) == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11]
    assert "Pagina 1 van 5" in html and "berichten 1–10 van 44" in html
    assert "?pagina=2" in html and "Volgende" in html
    assert 'name="datum"' in html and 'min="2024-03-12"' in html and 'max="2024-03-23"' in html
    assert "Berichten in het archiefstuk</dt><dd>44</dd>" in html

    last = woo_client.get(url, {"pagina": 5}).content.decode()
    assert shown_seqs(last) == [42, 43, 44, 45]
    assert "berichten 41–44 van 44" in last
    # A page past the end shows the last one; rubbish shows the first.
    assert shown_seqs(woo_client.get(url, {"pagina": 99}).content.decode()) == [42, 43, 44, 45]
    assert shown_seqs(woo_client.get(url, {"pagina": "x"}).content.decode())[0] == 1
    event = AuditEvent.objects.filter(action="woo_record.viewed").order_by("pk").first()
    assert event.detail == {"messages": 44, "page": 1}


def test_a_link_to_a_message_lands_on_its_page_with_its_anchor(woo_client, long_record):
    url = reverse("woo:record", args=[long_record.pk])
    response = woo_client.get(url, {"bericht": 25, "verzoek": 3})
    assert response.status_code == 302
    assert response["Location"] == f"{url}?pagina=3&verzoek=3#bericht-nr-26"
    html = woo_client.get(f"{url}?pagina=3&verzoek=3").content.decode()
    assert 25 in shown_seqs(html)
    # A message left out of the record goes to where it would have been.
    assert woo_client.get(url, {"bericht": 7})["Location"] == f"{url}?pagina=1#bericht-nr-8"


def test_a_date_jumps_to_the_page_of_its_first_message(woo_client, long_record):
    url = reverse("woo:record", args=[long_record.pk])
    # 18 March 2024 (Dutch time): the first message that day is #24, at 03:00 (02:00 UTC).
    response = woo_client.get(url, {"datum": "2024-03-18"})
    assert response["Location"] == f"{url}?pagina=3#bericht-nr-25"
    # After the last message: the last one.
    assert woo_client.get(url, {"datum": "2025-01-01"})["Location"].endswith("#bericht-nr-46")
    wrong = woo_client.get(url, {"datum": "18-03-2024"}, follow=True).content.decode()
    assert "Kies een geldige datum" in wrong and shown_seqs(wrong)[0] == 1


def test_days_are_marked_in_the_transcript(woo_client, long_record):
    html = woo_client.get(reverse("woo:record", args=[long_record.pk])).content.decode()
    assert "dinsdag 12 maart 2024" in html and "woensdag 13 maart 2024" in html


def test_the_page_reads_only_its_own_messages(woo_client, long_record, make_media):
    """The queries of a page do not grow with the record: no query returns every message."""
    url = reverse("woo:record", args=[long_record.pk])
    with CaptureQueriesContext(connection) as queries:
        woo_client.get(url, {"pagina": 2})
    message_queries = [q["sql"] for q in queries if 'FROM "chats_message"' in q["sql"]]
    assert all("LIMIT" in sql or "COUNT(" in sql for sql in message_queries), message_queries
