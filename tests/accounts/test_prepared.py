"""accounts.prepared: the plain queries of every page as server-side prepared statements
(PostgreSQL), with the same rows as the query sent as text."""

import pytest
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext

from accounts import prepared

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="voorbereide opdrachten zijn PostgreSQL"
)

SQL = "SELECT %s::int + n, 'x%%' FROM generate_series(1, %s) AS n ORDER BY n"


def run(name: str, sql: str = SQL, params=(10, 3), **kwargs) -> tuple[list, list[str]]:
    with CaptureQueriesContext(connection) as captured, connection.cursor() as cursor:
        prepared.execute(cursor, name, sql, list(params), **kwargs)
        rows = cursor.fetchall()
    return rows, [query["sql"] for query in captured.captured_queries]


def plain(sql: str = SQL, params=(10, 3)) -> list:
    with connection.cursor() as cursor:
        cursor.execute(sql, list(params))
        return cursor.fetchall()


@postgres_only
def test_prepared_once_then_executed_with_the_same_rows_as_the_text():
    first, sent_first = run("test_prepared_rows")
    again, sent_again = run("test_prepared_rows", params=(20, 2))
    assert first == plain() == [(11, "x%"), (12, "x%"), (13, "x%")]
    assert again == plain(params=(20, 2)) == [(21, "x%"), (22, "x%")]
    # One statement each time: the first prepares and executes in one round trip.
    assert len(sent_first) == 1 and sent_first[0].startswith("PREPARE test_prepared_rows AS")
    assert "$1::int + n" in sent_first[0] and "generate_series(1, $2)" in sent_first[0]
    assert sent_again == ["EXECUTE test_prepared_rows(20, 2)"]


@postgres_only
@pytest.mark.django_db(transaction=True)  # the connection is closed
def test_a_new_connection_prepares_again():
    run("test_prepared_reconnect")
    connection.close()  # the statement went with the connection
    rows, sent = run("test_prepared_reconnect", params=(1, 1))
    assert rows == [(2, "x%")]
    assert sent[0].startswith("PREPARE test_prepared_reconnect AS")


@postgres_only
def test_inline_values_are_written_into_the_prepared_text():
    sql = "SELECT count(*) FROM generate_series(1, 5) AS n WHERE n > %s AND %s = 'ja'"
    rows, sent = run("test_prepared_inline", sql, (2, "ja"), inline=True)
    assert rows == [(3,)]
    assert "n > 2 AND 'ja' = 'ja'" in sent[0]
    rows, sent = run("test_prepared_inline", sql, (2, "ja"), inline=True)
    assert rows == [(3,)] and sent == ["EXECUTE test_prepared_inline"]


@postgres_only
@pytest.mark.django_db(transaction=True)  # the connection is closed
def test_after_a_failed_first_use_another_name_is_prepared():
    sql = "SELECT 10 / %s"
    with pytest.raises(Exception), connection.cursor() as cursor:  # noqa: B017, PT011
        prepared.execute(cursor, "test_prepared_failed", sql, [0])  # prepared, then divides by 0
    connection.close()  # a new connection (the failed statement ended the transaction's use)
    rows, sent = run("test_prepared_failed", sql, (5,))
    assert rows == [(2,)]
    assert sent[0].startswith("PREPARE test_prepared_failed_1 AS")
    rows, sent = run("test_prepared_failed", sql, (2,))
    assert rows == [(5,)] and sent == ["EXECUTE test_prepared_failed_1(2)"]


def test_elsewhere_the_query_is_run_as_given():
    rows, sent = run("test_prepared_plain", "SELECT %s + 1", (1,))
    assert rows == [(2,)]
    if connection.vendor != "postgresql":
        assert sent == ["SELECT 1 + 1"]


@postgres_only
@pytest.mark.django_db(transaction=True)  # the table is altered outside a test's transaction
def test_a_statement_whose_result_type_changed_is_prepared_again():
    """A migration that alters a selected column (a longer max_length) makes PostgreSQL refuse
    the connection's prepared statement ("cached plan must not change result type") for as
    long as the connection lives (CONN_MAX_AGE): every page would fail until it is closed."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE test_prepared_altered (naam varchar(10))")
        cursor.execute("INSERT INTO test_prepared_altered VALUES ('klimbos')")
    sql = "SELECT naam FROM test_prepared_altered WHERE naam = %s"
    try:
        assert run("test_prepared_altered", sql, ("klimbos",))[0] == [("klimbos",)]
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE test_prepared_altered ALTER naam TYPE varchar(20)")
        # Outside a transaction: prepared again at once, under another name.
        rows, sent = run("test_prepared_altered", sql, ("klimbos",))
        assert rows == [("klimbos",)]
        assert sent[-1].startswith("PREPARE test_prepared_altered_")
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE test_prepared_altered ALTER naam TYPE text")
        # Inside one the transaction is lost as with any failed query; the next one works.
        with pytest.raises(DatabaseError), transaction.atomic():
            run("test_prepared_altered", sql, ("klimbos",))
        assert run("test_prepared_altered", sql, ("klimbos",))[0] == [("klimbos",)]
        assert run("test_prepared_altered", sql, ("klimbos",))[1][0].startswith("EXECUTE ")
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE test_prepared_altered")


@postgres_only
def test_a_name_prepared_from_other_values_or_text_is_refused():
    """EXECUTE runs what was prepared first under a name: inline values (or a text) that
    differ would give another query's rows without a word."""
    sql = "SELECT count(*) FROM generate_series(1, 5) AS n WHERE n > %s"
    assert run("test_prepared_other", sql, (2,), inline=True)[0] == [(3,)]
    with pytest.raises(ValueError, match="test_prepared_other"):
        run("test_prepared_other", sql, (4,), inline=True)
    with pytest.raises(ValueError, match="test_prepared_other"):
        run("test_prepared_other", sql.replace(">", "<"), (2,), inline=True)
    assert run("test_prepared_other", sql, (2,), inline=True)[0] == [(3,)]


@postgres_only
def test_an_escaped_percent_is_one_percent_inline_without_values():
    rows, _ = run("test_prepared_percent", "SELECT 'x%%'", (), inline=True)
    assert rows == plain("SELECT 'x%%'", ()) == [("x%",)]
