"""Issue 17, speed: the words of each index entry that the search's context needs are stored
(woo.models.SearchEntryWords) when the conversation's subject words are computed, so that a
search does not split the texts of hundreds of messages around its hits; an entry without them
is judged from its text, with the same outcome."""

from importlib import import_module

import pytest
from django.apps import apps
from django.db import connection

from tests.woo.small_talk import archive_with_small_talk
from woo.indexing import index_submission, kernwoorden_refresh
from woo.models import SearchEntry, SearchEntryWords, SearchRecord
from woo.query import parse_query
from woo.relevance import words_of
from woo.search import SearchFilters, record_hits, search

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="de eenvoudige zoekfunctie (SQLite) berekent de woorden bij het zoeken",
)


@postgres_only
def test_the_words_of_each_entry_are_stored_with_the_subject_words(make_record):
    archive_with_small_talk(make_record)
    chat = make_record(
        [
            "De kapploeg begint morgen aan de Stationsweg met de essen.",
            "Koffie?",
            "2. Begroting essen en kapploeg",
            "Veertien essen, de kapploeg is klaar.",
        ],
        onderwerp="Bomenkap Stationsweg",
    )
    kernwoorden_refresh()
    subject = set(SearchRecord.objects.get(submission_id=chat.pk).kernwoorden.split())
    assert subject  # the test needs subject words
    stored = {row.entry_id: row for row in SearchEntryWords.objects.filter(submission=chat)}
    entries = list(SearchEntry.objects.filter(submission_id=chat.pk))
    assert set(stored) == {entry.pk for entry in entries}  # the subject's entry too
    for entry in entries:
        words = words_of(entry.text)
        row = stored[entry.pk]
        assert row.woorden == " ".join(sorted(words))
        assert row.kernwoorden == " ".join(sorted(words & subject))
        assert row.agenda == entry.text.startswith("2. ")
        assert row.seq == entry.seq  # the context reads them by the entry's place in the chat
    # Indexed again: replaced, not added to.
    index_submission(submission_id=chat.pk)
    entries = set(SearchEntry.objects.filter(submission_id=chat.pk).values_list("pk", flat=True))
    assert set(
        SearchEntryWords.objects.filter(submission=chat).values_list("entry_id", flat=True)
    ) == (entries)


def _snapshot(outcome) -> list:
    return [
        (
            record.submission.pk,
            record.hits,
            record.everyday,
            str(record.subject),
            [(s.entry_id, s.related, s.exchange, str(s.html)) for s in record.snippets],
        )
        for record in outcome.records
    ]


@postgres_only
def test_a_search_shows_the_same_with_and_without_the_stored_words(make_record):
    archive_with_small_talk(make_record)
    chat = make_record(
        [
            "Morgen begint de bomenkap aan de Stationsweg.",
            "Koffie?",
            "Hoeveel essen gaan er om?",
            "Waardoor moeten ze weg?",
            "Ik werk morgen thuis",
            "Veertien essen, allemaal ziek door de essentaksterfte.",
            "Top, dank je",
            "1. Begroting groenonderhoud",
            "De maaiploeg rijdt vrijdag.",
        ],
        onderwerp="Bomenkap Stationsweg",
    )
    make_record(["De Stationsweg is vrijdag dicht.", "Bomenkap in het park.", "Prima"])
    kernwoorden_refresh()
    queries = ["bomenkap stationsweg", "essen", "stationsweg"]
    stored = {q: _snapshot(search(parse_query(q), SearchFilters())) for q in queries}
    hits = record_hits(parse_query("bomenkap stationsweg"), chat.pk)
    assert any(
        s.exchange
        for record in search(parse_query("bomenkap"), SearchFilters()).records
        for s in record.snippets
    )  # the test needs context
    SearchEntryWords.objects.all().delete()
    assert {q: _snapshot(search(parse_query(q), SearchFilters())) for q in queries} == stored
    assert record_hits(parse_query("bomenkap stationsweg"), chat.pk) == hits


@postgres_only
def test_a_search_reads_the_stored_words(make_record):
    """The stored words decide (here made wrong on purpose: no message has a word)."""
    archive_with_small_talk(make_record)
    make_record(
        [
            "De aannemer meldt dat de renovatie van het zwembad duurder wordt.",
            "Koffie?",
            "Waardoor?",
            "Asbest in de kelder en de staalprijzen.",
        ]
    )
    kernwoorden_refresh()
    record = search(parse_query("renovatie zwembad"), SearchFilters()).records[0]
    assert [s.seq for s in record.snippets if s.exchange] == [3, 4]
    SearchEntryWords.objects.update(woorden="")
    record = search(parse_query("renovatie zwembad"), SearchFilters()).records[0]
    assert not [s for s in record.snippets if s.exchange]


@postgres_only
def test_the_migration_fills_the_words_of_records_indexed_before(make_record):
    """Migration woo 0012 stores for existing records what indexing stores for new ones."""
    archive_with_small_talk(make_record)
    make_record(["De kapploeg begint morgen.", "2. Begroting kapploeg", "Veertien essen."])
    kernwoorden_refresh()
    columns = ("entry_id", "submission_id", "woorden", "agenda", "kernwoorden")
    indexed = set(SearchEntryWords.objects.values_list(*columns))
    SearchEntryWords.objects.all().delete()
    migration = import_module("woo.migrations.0012_search_entry_words")  # starts with a digit
    with connection.schema_editor() as editor:
        migration.fill(apps, editor)
    assert set(SearchEntryWords.objects.values_list(*columns)) == indexed


@postgres_only
def test_the_migration_gives_stored_words_the_place_of_their_entry(make_record):
    """Migration woo 0015 copies each entry's seq to its stored words (rows stored before had
    none: the context, which reads them by seq, judged those entries from their text)."""
    archive_with_small_talk(make_record)
    make_record(["De kapploeg begint morgen.", "2. Begroting kapploeg", "Veertien essen."])
    kernwoorden_refresh()
    indexed = set(SearchEntryWords.objects.values_list("entry_id", "seq"))
    assert all(seq is not None for _, seq in indexed)
    SearchEntryWords.objects.update(seq=None)
    migration = import_module("woo.migrations.0015_search_entry_words_seq")
    with connection.schema_editor() as editor:
        migration.fill(apps, editor)
    assert set(SearchEntryWords.objects.values_list("entry_id", "seq")) == indexed
