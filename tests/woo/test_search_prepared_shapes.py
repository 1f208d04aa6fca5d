"""Issue 17, speed (stop 57): the statements a search builds per query (the hits, their
subjects, the exchange's windows, the related messages) are prepared once per connection and
text on PostgreSQL (accounts.prepared): parsing and planning them was ~0.9 ms of backend CPU a
results page on the 1M-message bench. The page is the same whether they are prepared or sent as
text (past woo.search.PREPARED_SHAPES)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.woo.small_talk import archive_with_small_talk
from woo import search as search_module

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared: PostgreSQL"),
]

_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
# The texts of the statements built per query, as they would be sent unprepared.
_BUILT = ("JOIN LATERAL", "WITH r AS MATERIALIZED", "SELECT x.sid, ts_headline")


def _archive(make_record) -> None:
    archive_with_small_talk(make_record)
    for n in range(4):
        make_record(
            [
                f"De kapvergunning voor boom {n} aan de Stationsweg is verleend.",
                "Wanneer wordt hij gekapt?",
                "Volgende week dinsdag, de aannemer is ingelicht.",
                "Prima",
            ],
            onderwerp="Kapvergunning Stationsweg",
        )


def _page(client, q: str) -> str:
    response = client.get("/woo/zoeken/", {"q": q})
    assert response.status_code == 200
    return _CSRF.sub("", response.content.decode())


def test_the_statements_built_per_query_are_sent_prepared(make_record, woo_client):
    _archive(make_record)
    _page(woo_client, "kapvergunning")
    with CaptureQueriesContext(connection) as queries:
        html = _page(woo_client, "kapvergunning")
    sent = [q["sql"] for q in queries.captured_queries]
    assert "woo-snippet" in html
    assert any(sql.startswith("EXECUTE woo_hits_") for sql in sent)
    assert not [sql for sql in sent if any(text in sql for text in _BUILT)]


def test_the_page_is_the_same_past_the_prepared_shapes(make_record, woo_client, monkeypatch):
    _archive(make_record)
    prepared = [_page(woo_client, "kapvergunning") for _ in range(2)]
    monkeypatch.setattr(search_module, "_prepared_shapes", {})
    monkeypatch.setattr(search_module, "PREPARED_SHAPES", 0)
    with CaptureQueriesContext(connection) as queries:
        as_text = _page(woo_client, "kapvergunning")
    assert any("JOIN LATERAL" in q["sql"] for q in queries.captured_queries)
    assert prepared[0] == prepared[1] == as_text
