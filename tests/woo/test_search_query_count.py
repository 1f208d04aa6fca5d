"""Issue 17, speed: a results page asks the database a fixed number of questions, however many
conversations and hits it shows (the hits, their exchanges and related messages of a whole
page are read together, never per conversation or per hit), and the ranking's planner settings
cost no round trips of their own."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.woo.small_talk import archive_with_small_talk
from woo.query import parse_query
from woo.search import SearchFilters, search

pytestmark = pytest.mark.django_db

# Session, user (with its permissions and roles in the same query, stop 49), zaaktypen with the
# open requests (one query, stop 49), the vocabulary's version with the synonyms (one query, stop
# 49), candidates (with the reset of its planner settings inside the test's transaction), hits,
# records with their unsearched media, their writers (round 62, stop 48: a chat of two carries its
# exchange over one night) and their stored subject words (both with the records, stop 49),
# subjects, the subject words of the hits and related messages, the exchange's windows, audit (its
# transaction, and the chain's lock with its last hash in one string), the records archived but
# not searchable yet (stop 31; the page says so), the municipality's own contact data (the audit
# row keeps the typed query with personal data redacted, stop 31), the keyed hashes of the
# archive's persons a typed word may be (stop 33: the audit row keeps no surname typed alone or
# named by a record; one indexed `digest IN` lookup): 21.
# Main 0390614 made 30: the expansion's vocabulary lookups, the exchange's second query and a
# savepoint around the ranking; main a81e393 25: the audit's lock and last hash apart; main
# a434c1a 24: the records and their media apart; main ed6d497 27: the writers of the page's
# conversations apart (round 62); main 937212c 26: the stored subject words, the permissions, the
# roles, the vocabulary's version and the open requests each apart. The merged reads are
# PostgreSQL's; the embedded SQLite default makes 26.
MAX_QUERIES = 21 if connection.vendor == "postgresql" else 26


def page_queries(client, q: str) -> int:
    """The queries of one results page, after the same search once (the per-process caches
    filled, as in a running process); none through a server-side cursor (three round trips)."""
    client.get("/woo/zoeken/", {"q": q})
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/woo/zoeken/", {"q": q})
    assert response.status_code == 200
    assert 'id="id_verzoek"' in response.content.decode()  # the open requests are listed
    assert not [x for x in queries.captured_queries if x["sql"].startswith("DECLARE")]
    return len(queries)


def test_a_results_page_makes_as_many_queries_for_one_hit_as_for_hundreds(make_record, woo_client):
    archive_with_small_talk(make_record)
    make_record(["Het asbest in de kelder is gemeld.", "Prima"], onderwerp="Asbest in de kelder")
    make_record(["Waar ligt het asbest?", "Koffie?"])
    for n in range(12):  # more than a page, each with many hits and their exchanges
        make_record(
            [
                text
                for i in range(12)
                for text in (
                    f"De kapvergunning voor boom {n}-{i} aan de Stationsweg is verleend.",
                    f"Bezwaar tegen de kapvergunning van perceel {n}{i} ingediend.",
                    "Prima",
                )
            ],
            onderwerp="Kapvergunning Stationsweg" if n == 0 else None,
        )
    few = page_queries(woo_client, "asbest")
    many = page_queries(woo_client, "kapvergunning")
    html = woo_client.get("/woo/zoeken/", {"q": "kapvergunning"}).content.decode()
    assert html.count("woo-snippet") >= 100  # hundreds of hits and their context on the page
    assert many == few
    assert many <= MAX_QUERIES


def _scan_settings() -> tuple[str, str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), "
            "current_setting('max_parallel_workers_per_gather')"
        )
        return cursor.fetchone()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="planner settings: PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_the_ranking_sets_its_planner_settings_for_its_own_query_only(make_record):
    """Outside a transaction the settings and the ranking query go as one string, one
    implicit transaction (no BEGIN and COMMIT round trips); the settings end with it."""
    make_record(["Asbest in de kelder", "Het asbest is weg"])
    before = _scan_settings()
    with CaptureQueriesContext(connection) as queries:
        outcome = search(parse_query("asbest"), SearchFilters())
    assert outcome.record_count == 1
    assert _scan_settings() == before
    assert not [q for q in queries.captured_queries if q["sql"] in ("BEGIN", "COMMIT")]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="planner settings: PostgreSQL")
def test_inside_a_transaction_the_planner_settings_are_reset_after_the_ranking(make_record):
    make_record(["Asbest in de kelder"])
    before = _scan_settings()
    assert search(parse_query("asbest"), SearchFilters()).record_count == 1
    assert _scan_settings() == before
