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
