"""Issue 17: the record's redacted subject (onderwerp) is searchable, as part of the conversation.

A request often names what only the subject line says ("Stormrooster buitendienst": the messages
speak of "code oranje" and "piketdienst"). Only the redacted subject is indexed and shown.
Each test here failed on main; both databases.
"""

import importlib
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from django.db import connection
from django.urls import reverse

from woo.constants import EntrySource
from woo.indexing import index_submission, kernwoorden_refresh
from woo.models import SearchEntry, SearchRecord
from woo.query import parse_query
from woo.search import SearchFilters, record_hits, search

pytestmark = pytest.mark.django_db


def run(text: str, mode: str = "gesprek", **filters):
    return search(parse_query(text), SearchFilters(**filters), mode=mode)


def ids(outcome) -> list[int]:
    return [r.submission.pk for r in outcome.records]


def test_a_word_only_the_subject_holds_finds_the_conversation(make_record):
    chat = make_record(
        ["KNMI geeft code oranje voor morgen", "Ik zet twee extra ploegen op de piketdienst"],
        onderwerp="Stormrooster buitendienst",
    )
    make_record(["Het schema van de buitendienst is rond"], onderwerp="Planning")
    outcome = run("stormrooster")
    assert ids(outcome) == [chat.pk]
    record = outcome.records[0]
    assert "<mark>" in str(record.subject)
    assert "Stormrooster" in str(record.subject)
    # The subject is not a message: no hit, no snippet without a message.
    assert record.hits == 0
    assert all(snippet.source != EntrySource.ONDERWERP for snippet in record.snippets)


def test_words_spread_over_subject_and_messages_find_the_conversation(make_record):
    chat = make_record(
        ["Kettingzagen en de hoogwerker klaarzetten", "Om 5 uur verzamelen op de werf"],
        onderwerp="Stormrooster buitendienst",
    )
    other = make_record(["De hoogwerker is kapot"], onderwerp="Onderhoud materieel")
    outcome = run("stormrooster hoogwerker")
    assert ids(outcome)[0] == chat.pk
    assert not outcome.records[0].partial
    assert other.pk not in [r.submission.pk for r in outcome.full_records]
    # The message with the other word is a hit; the subject is marked, not listed as a hit.
    record = outcome.records[0]
    assert record.hits == 1
    assert "hoogwerker" in str(record.snippets[0].html)
    assert "<mark>" in str(record.subject)


def test_a_subject_that_does_not_match_is_shown_unmarked(make_record):
    make_record(["De hoogwerker is kapot"], onderwerp="Onderhoud materieel")
    record = run("hoogwerker").records[0]
    assert record.subject is None or "<mark>" not in str(record.subject)


def test_per_message_the_subject_counts_as_one_text(make_record):
    chat = make_record(["Code oranje"], onderwerp="Stormrooster buitendienst")
    assert ids(run("stormrooster buitendienst", mode="bericht")) == [chat.pk]
    assert ids(run("stormrooster oranje", mode="bericht")) == []


def test_only_the_redacted_subject_is_indexed(make_record):
    chat = make_record(["Afspraak over de melding"], onderwerp="Overleg met Jan Hoekstra")
    chat.onderwerp_redacted = "Overleg met [NAAM]"
    chat.save(update_fields=["onderwerp_redacted"])
    index_submission(submission_id=chat.pk)
    assert ids(run("hoekstra")) == []
    assert ids(run("overleg")) == [chat.pk]
    texts = " ".join(
        SearchEntry.objects.filter(submission_id=chat.pk).values_list("text", flat=True)
    )
    assert "Hoekstra" not in texts


def test_the_result_page_marks_the_subject(woo_client, make_record):
    make_record(["Code oranje"], onderwerp="Stormrooster buitendienst")
    html = woo_client.get(reverse("woo:search"), {"q": "stormrooster"}).content.decode()
    assert "<mark>Stormrooster</mark> buitendienst" in html
    assert "woo-subject-match" in html
    assert "gevonden via het onderwerp" in html  # not "0 treffers" on the record


def test_the_record_page_lists_no_subject_as_a_hit(make_record):
    chat = make_record(["De hoogwerker is kapot"], onderwerp="Hoogwerker keuring")
    hits = record_hits(parse_query("hoogwerker"), chat.pk)
    assert [hit.seq for hit in hits] == [1]


def test_a_period_filter_counts_the_subject_from_the_first_message(make_record):
    chat = make_record(
        ["Code oranje"],
        onderwerp="Stormrooster buitendienst",
        start=datetime(2024, 1, 2, 9, 0, tzinfo=UTC),
    )
    assert ids(run("stormrooster", van=date(2024, 1, 1), tot=date(2024, 1, 31))) == [chat.pk]
    assert ids(run("stormrooster", van=date(2024, 2, 1), tot=date(2024, 2, 28))) == []


def test_the_index_follows_a_corrected_subject_when_indexed_again(make_record):
    chat = make_record(["Code oranje"], onderwerp="Stormrooster buitendienst")
    chat.onderwerp_redacted = "Piketdienst winter"
    chat.save(update_fields=["onderwerp_redacted"])
    index_submission(submission_id=chat.pk)
    assert ids(run("stormrooster")) == []
    assert ids(run("piketdienst")) == [chat.pk]


def test_the_migration_indexes_the_subject_of_existing_archives(make_record):
    """Records archived before: their subject entry is added (and the conversation vector)."""
    chat = make_record(["Code oranje"], onderwerp="Stormrooster buitendienst")
    SearchEntry.objects.filter(submission_id=chat.pk, source=EntrySource.ONDERWERP).delete()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE woo_searchrecord SET vector = strip(to_tsvector('dutch', 'code oranje')) "
                "WHERE submission_id = %s",
                [chat.pk],
            )
    assert ids(run("stormrooster")) == []
    migration = importlib.import_module("woo.migrations.0011_search_subject")
    from django.apps import apps as global_apps

    schema_editor = SimpleNamespace(connection=connection)
    migration.index_subjects(global_apps, schema_editor)
    migration.index_subjects(global_apps, schema_editor)  # twice: still one entry
    assert (
        SearchEntry.objects.filter(submission_id=chat.pk, source=EntrySource.ONDERWERP).count() == 1
    )
    assert ids(run("stormrooster")) == [chat.pk]
    assert ids(run("stormrooster oranje")) == [chat.pk]
    if connection.vendor == "postgresql":
        assert SearchRecord.objects.filter(submission_id=chat.pk).exists()


SMALL_TALK = ["Goedemorgen!", "Koffie?", "Prima", "Ik werk morgen thuis", "Top, dank je"]


def test_a_subject_with_a_word_of_the_query_heads_the_opening_of_the_conversation(make_record):
    """The subject names what the conversation opens with: its first exchange is shown as
    vervolg (small talk skipped), in the list and on the record page."""
    for _ in range(20):  # an archive that knows small talk (see test_search_exchange)
        make_record(SMALL_TALK * 2)
    chat = make_record(
        [
            "KNMI geeft code oranje voor morgen",
            "Koffie?",
            "Ik zet twee extra ploegen op de piketdienst",
        ],
        onderwerp="Stormrooster buitendienst",
    )
    record = run("stormrooster").records[0]
    assert record.submission.pk == chat.pk
    assert [(s.seq, s.exchange) for s in record.snippets] == [(1, True), (3, True)]
    hits = record_hits(parse_query("stormrooster"), chat.pk)
    assert [(h.seq, h.exchange) for h in hits] == [(1, True), (3, True)]


def test_a_rare_word_of_the_subject_that_a_message_uses_is_a_subject_word():
    from woo.relevance import subject_words

    per_text = [{"apv", "wijziging"}, {"koffie"}, {"zones", "dieren"}]
    shares = {"apv": 0.001, "wijziging": 0.001, "koffie": 0.03, "zones": 0.001, "college": 0.01}
    # Once in the conversation: not frequent enough on its own ...
    assert subject_words(per_text, shares) == set()
    # ... but named by the record's subject (and rare in the archive).
    assert subject_words(per_text, shares, {"apv", "koffie", "vuurwerk"}) == {"apv"}
    # A subject word that is common in the archive stays out (under 0.5% of messages only).
    assert subject_words([{"college"}], shares, {"college"}) == set()


def test_a_conversation_found_through_its_subject_shows_its_subject_words(make_record):
    """Issue 17 round 6: found through its subject alone (no message holds a word of the
    query), a conversation still shows the messages with its own subject words, also after its
    opening (here 20 lines of small talk later), on the list and on the record page."""
    for _ in range(20):
        make_record(SMALL_TALK * 2)
    chat = make_record(
        [
            "De podiumwagen staat klaar op het plein",
            *(SMALL_TALK * 4),
            "Geluidsmeting bij de podiumwagen: 96",
            "Prima",
            "Om 23 uur moet de podiumwagen weg",
        ],
        onderwerp="Zomerfeest Havenkwartier",
    )
    kernwoorden_refresh()
    record = run("zomerfeest").records[0]
    assert record.submission.pk == chat.pk and record.hits == 0
    shown = [(s.seq, s.related, s.exchange) for s in record.snippets]
    assert (22, True, False) in shown and (24, True, False) in shown
    hits = record_hits(parse_query("zomerfeest"), chat.pk)
    assert {h.seq for h in hits if h.related and not h.exchange} >= {22, 24}


def test_a_message_repeated_word_for_word_does_not_make_subject_words():
    """Issue 17 round 6: the same stock line sent twice ("Ik heb het telefoonnummer niet bij
    de hand") is no sign of the conversation's subject; two different messages are."""
    from woo.relevance import subject_words

    stock = {"telefoonnummer", "hand"}
    shares = {"telefoonnummer": 0.001, "hand": 0.001, "huisbezoek": 0.001}
    assert subject_words([set(stock), {"koffie"}, set(stock)], shares) == set()
    assert subject_words([{"huisbezoek", "plannen"}, {"huisbezoek", "gedaan"}], shares) == {
        "huisbezoek"
    }


def test_a_subject_with_a_word_of_the_query_heads_the_whole_conversation(make_record):
    """Issue 17 round 6: the subject the employee gave names what the whole conversation is
    about, not only its opening: its content messages far after the start (here a day later)
    are shown as vervolg too, small talk still skipped; on the list and on the record page."""
    for _ in range(20):  # an archive that knows small talk
        make_record(SMALL_TALK * 2)
    chat = make_record(
        [
            "Aannemer begint maandag aan de muur langs het water",
            *(SMALL_TALK * 6),
            "Vandaag drie klachten over trillingen bij de oude panden",
            "Koffie?",
            "Trillingsmeters staan er sinds gisteren",
        ]
    )
    # One message a day later (the make_record messages are a minute apart).
    from chats.models import Message

    late = Message.objects.get(submission=chat, seq=32)
    late.sent_at = late.sent_at + timedelta(days=1)
    late.save(update_fields=["sent_at"])
    chat.onderwerp_redacted = "Herstel kademuur Noordkade"
    chat.save(update_fields=["onderwerp_redacted"])
    index_submission(submission_id=chat.pk)
    record = run("noordkade").records[0]
    assert record.submission.pk == chat.pk
    shown = [(s.seq, s.exchange) for s in record.snippets]
    assert (1, True) in shown and (32, True) in shown and (34, True) in shown
    assert not [seq for seq, _ in shown if 2 <= seq <= 31 or seq == 33]  # small talk
    hits = record_hits(parse_query("noordkade"), chat.pk)
    assert {h.seq for h in hits if h.exchange} >= {1, 32, 34}


def test_a_conversation_found_only_by_its_subject_is_not_counted_as_zero_hits(
    make_record, woo_client
):
    # Walk 28: the summary read "1 gesprek met 0 treffers".
    make_record(
        ["KNMI geeft code oranje voor morgen", "Ik zet twee extra ploegen op de piketdienst"],
        onderwerp="Stormrooster buitendienst",
    )
    html = woo_client.get(reverse("woo:search"), {"q": "stormrooster"}).content.decode()
    summary = html[html.index('id="resultaat-samenvatting"') :]
    summary = " ".join(summary[: summary.index("</p>")].split())
    assert "0 treffers" not in summary
    assert "1 gesprek, gevonden via het onderwerp" in summary
