"""Issue 17, round 4: what a search reads again and again is kept, and indexing leaves the
search's GIN indexes merged.

- Vocabulary counts (compound splitting, small talk) are cached per process and forgotten as
  soon as this process changes the vocabulary.
- A newly archived record's entries would sit in the GIN pending list, which every search reads
  row by row; the search's GIN indexes have fastupdate off (migration woo 0010), so none do.
"""

import pytest
from django.db import connection

from woo.expansion import vocabulary_counts
from woo.indexing import index_submission
from woo.query import parse_query
from woo.search import SearchFilters, search

pytestmark = pytest.mark.django_db


def test_vocabulary_counts_are_read_once_and_fresh_after_indexing(
    make_record, django_assert_num_queries
):
    make_record(["Asbest in de kelder van het zwembad"])
    assert vocabulary_counts({"asbest", "kelder", "onbekendwoord"}) == {"asbest": 1, "kelder": 1}
    with django_assert_num_queries(0):
        # Known and unknown words alike come from the cache.
        assert vocabulary_counts({"asbest", "onbekendwoord"}) == {"asbest": 1}
    make_record(["Weer asbest gevonden, nu in het dak"])  # indexing changes the vocabulary
    assert vocabulary_counts({"asbest"}) == {"asbest": 2}


def test_a_search_after_indexing_sees_the_new_words(make_record):
    make_record(["De kapploeg begint maandag"])
    assert search(parse_query("kapploeg"), SearchFilters()).record_count == 1
    make_record(["Kapploeg is klaar aan de Stationsweg"])
    assert search(parse_query("kapploeg"), SearchFilters()).record_count == 2


def _pending_tuples(name: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pending_tuples FROM pgstatginindex(%s::regclass)", [name])
        return cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="GIN-indexen alleen op PostgreSQL")
def test_indexing_merges_the_gin_pending_list(make_record):
    with connection.cursor() as cursor:
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pgstattuple")
        except Exception:  # noqa: BLE001 - the extension is optional on a server
            pytest.skip("pgstattuple is niet beschikbaar")
    record = make_record(
        ["Asbest in de kelder", "De kapploeg begint maandag", "Prima"], index=False
    )
    index_submission(submission_id=record.pk)
    assert _pending_tuples("woo_entry_vector_gin") == 0
    assert _pending_tuples("woo_record_vector_gin") == 0
    assert _pending_tuples("woo_woord_trgm") == 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="tsquery alleen op PostgreSQL")
def test_the_tsquery_text_of_a_search_is_asked_once(make_record, monkeypatch):
    """What PostgreSQL makes of the typed words (stemming, phrases, prefixes) is kept per
    process: searching again, or the next page, asks for it no more; the result is the same."""
    from django.test.utils import CaptureQueriesContext

    from woo import search as search_module

    monkeypatch.setattr(search_module, "_tsquery_cache", {})
    make_record(["De omgewaaide boom ligt op het fietspad", "Bomen kappen aan de Stationsweg"])
    query = parse_query('"omgewaaide boom" fietspad -kappen')

    def run():
        with CaptureQueriesContext(connection) as queries:
            outcome = search(query, SearchFilters())
        sqls = [q["sql"] for q in queries.captured_queries]
        asked = [sql for sql in sqls if "to_tsquery(" in sql and " FROM " not in sql]
        return outcome, len(asked)

    first, asked_first = run()
    again, asked_again = run()
    assert (asked_first, asked_again) == (1, 0)
    assert first == again and first.record_count == 1
    monkeypatch.setattr(search_module, "TSQUERY_CACHE_SIZE", 2)  # full: forgotten, asked anew
    assert run() == (first, 1)
