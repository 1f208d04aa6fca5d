"""Issue 17, speed: a results page asks the database a fixed number of questions, however many
conversations and hits it shows (the hits, their exchanges and related messages of a whole
page are read together, never per conversation or per hit)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.woo.small_talk import archive_with_small_talk

pytestmark = pytest.mark.django_db

# Session, user, permissions (two), zaaktypen, synonyms, candidates (with the transaction),
# hits, records, media, subjects, subject words (two) and related messages, the exchange's
# windows, audit (with its lock and the chain's last hash), roles, open requests: 27 (main
# 0390614: 30, the expansion's vocabulary lookups and the exchange's second query included).
MAX_QUERIES = 27


def page_queries(client, q: str) -> int:
    """The queries of one results page, after the same search once (the per-process caches
    filled, as in a running process)."""
    client.get("/woo/zoeken/", {"q": q})
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/woo/zoeken/", {"q": q})
    assert response.status_code == 200
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
