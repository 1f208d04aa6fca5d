"""A record archived minutes ago is not searchable until its PDF is made (archived() reads the
rendition); the search says so instead of a bare "Niets gevonden" (walk of stop 30: a
5,000-message chat was not found for 4 to 5 minutes after archiving, with no word why)."""

import pytest
from django.db import connection
from django.urls import reverse

from chats.constants import RENDITION_UNFINISHED, RenditionState, SubmissionStatus
from chats.models import Submission
from woo.records import NotSearchable, records_not_searchable

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


def test_a_record_whose_pdf_failed_is_named_as_not_searchable(woo_client, make_record):
    """A failed PDF keeps a record out of search until Informatiebeheer makes it again; the
    officer answering a request must know a conversation is missing, not get "Niets gevonden"."""
    for _ in range(2):
        failed = make_record(["Wateroverlast in de kelder"], index=False)
        failed.rendition_state = RenditionState.MISLUKT
        failed.save(update_fields=["rendition_state"])
    page = _page(woo_client)
    assert "net gearchiveerd" not in page
    assert "2 gearchiveerde gesprekken zijn niet doorzoekbaar" in page
    assert "kon niet worden gemaakt" in page
    assert "Informatiebeheer" in page


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


def _plan(sql: str, params) -> str:
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE chats_submission")  # as autovacuum would: all archived
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
    return plan


@pytest.mark.skipif(connection.vendor != "postgresql", reason="query plans: PostgreSQL")
def test_the_count_reads_only_the_unfinished_records(make_record):
    """Every search page asks for this count: it reads an index of the records whose PDF is
    not finished (a handful), not every archived record (1M-message bench: a scan of 19,786
    records, 17-22 ms of a search's ~50)."""
    for n in range(20):
        make_record([f"Wateroverlast in kelder {n}"], index=False)
    query = Submission.objects.filter(
        status=SubmissionStatus.GEARCHIVEERD, rendition_state__in=RENDITION_UNFINISHED
    ).order_by()  # as the aggregate asks it
    sql, params = query.query.sql_with_params()
    plan = _plan(f"SELECT count(*) FROM ({sql}) q", params)
    assert "submission_pdf_unfinished" in plan, plan
    assert records_not_searchable() == NotSearchable(being_made=0, failed=0)
