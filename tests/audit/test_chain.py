"""Tamper evidence: every audit row carries the SHA-256 of its content and of the row before it;
`audit_verify` finds the first broken link; PostgreSQL refuses UPDATE, DELETE and TRUNCATE."""

import threading
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, connections, transaction
from django.test.utils import CaptureQueriesContext

from audit import events
from audit.chain import GENESIS_HASH, row_digest
from audit.integrity import verify_chain
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="de triggers bestaan alleen op PostgreSQL"
)


def write(n: int) -> list[AuditEvent]:
    return [events.backup_restored(name=f"backup-{i}.tar", files=i, records=i) for i in range(n)]


def tamper(sql: str, params: list) -> None:
    """Change the table behind the application's back (on PostgreSQL as a superuser could,
    with the append-only triggers switched off for this session)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = origin")


def test_each_row_carries_its_hash_and_the_previous_one():
    first, second, third = write(3)
    assert first.previous_hash == GENESIS_HASH
    assert second.previous_hash == first.row_hash
    assert third.previous_hash == second.row_hash
    assert len({first.row_hash, second.row_hash, third.row_hash}) == 3
    stored = AuditEvent.objects.get(pk=second.pk)
    assert stored.row_hash == row_digest(stored, stored.previous_hash)


def test_a_clean_chain_verifies():
    write(4)
    report = verify_chain()
    assert report.ok
    assert report.rows == 4


def test_a_batch_appends_its_rows_in_order_in_one_insert_and_the_chain_holds():
    write(2)
    with CaptureQueriesContext(connection) as queries, events.batched():
        batch = write(50)
        assert not AuditEvent.objects.filter(pk__in=[e.pk for e in batch if e.pk]).exists()
    inserts = [q for q in queries.captured_queries if q["sql"].startswith("INSERT")]
    assert len(inserts) == 1
    write(1)
    stored = list(AuditEvent.objects.order_by("pk"))
    assert [e.detail["files"] for e in stored] == [0, 1, *range(50), 0]
    report = verify_chain()
    assert report.ok and report.rows == 53


def test_a_batch_that_fails_writes_nothing():
    with pytest.raises(RuntimeError), events.batched():
        write(3)
        raise RuntimeError
    assert not AuditEvent.objects.exists()


def test_a_row_written_in_a_savepoint_that_rolls_back_inside_a_batch_is_not_kept():
    # Review of stop 27: rows waited for the batch's end, so one logged inside an inner
    # atomic() that rolled back was written all the same, for a change that never happened.
    with events.batched():
        write(1)
        with pytest.raises(RuntimeError), transaction.atomic():
            events.backup_restored(name="teruggedraaid.tar", files=7, records=7)
            raise RuntimeError
        write(2)
    stored = list(AuditEvent.objects.order_by("pk"))
    assert [e.detail["files"] for e in stored] == [0, 0, 1]
    assert verify_chain().ok


def test_an_empty_log_verifies():
    report = verify_chain()
    assert report.ok and report.rows == 0


def test_a_row_changed_in_the_database_is_the_first_broken_link():
    rows = write(4)
    tamper("UPDATE audit_auditevent SET actor_name = %s WHERE id = %s", ["mallory", rows[1].pk])
    report = verify_chain()
    assert not report.ok
    assert report.broken_id == rows[1].pk
    assert report.rows == 1
    assert f"Auditregel {rows[1].pk}" in report.problem
    assert "gewijzigd" in report.problem


def test_a_changed_detail_is_found_too():
    rows = write(3)
    tamper("UPDATE audit_auditevent SET detail = %s WHERE id = %s", ['{"files": 99}', rows[2].pk])
    assert verify_chain().broken_id == rows[2].pk


def test_a_deleted_middle_row_breaks_the_chain_at_the_next_row():
    rows = write(4)
    tamper("DELETE FROM audit_auditevent WHERE id = %s", [rows[1].pk])
    report = verify_chain()
    assert report.broken_id == rows[2].pk
    assert "verwijderd" in report.problem


def test_a_rehashed_row_still_breaks_the_link_of_the_next_one():
    rows = write(3)
    tamper(
        "UPDATE audit_auditevent SET actor_name = %s, row_hash = %s WHERE id = %s",
        ["mallory", "f" * 64, rows[0].pk],
    )
    # The forged row no longer matches its own hash, whatever was written into row_hash.
    assert verify_chain().broken_id == rows[0].pk


def test_audit_verify_reports_the_count_and_exits_zero_on_a_clean_chain():
    write(3)
    out = StringIO()
    call_command("audit_verify", stdout=out)
    assert "Hashketen in orde: 3 auditregels gecontroleerd." in out.getvalue()


def test_audit_verify_names_the_first_broken_link_and_fails():
    rows = write(3)
    tamper("UPDATE audit_auditevent SET result = %s WHERE id = %s", ["geweigerd", rows[1].pk])
    out = StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("audit_verify", stdout=out)
    assert f"Auditregel {rows[1].pk}" in str(refused.value)
    assert "1 auditregel in orde" in out.getvalue()


@on_postgresql
@pytest.mark.django_db(transaction=True)  # committed rows: no pending FK trigger events
@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_auditevent SET actor_name = 'mallory'",
        "DELETE FROM audit_auditevent",
        "TRUNCATE audit_auditevent",
    ],
)
def test_postgresql_refuses_update_delete_and_truncate(sql):
    write(2)
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql)
    assert AuditEvent.objects.count() == 2


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_writers_make_one_unbroken_chain():
    per_writer = 25
    start = threading.Barrier(2)
    errors = []

    def writer(name: str) -> None:
        try:
            start.wait()
            for i in range(per_writer):
                events.backup_restored(name=f"{name}-{i}", files=i, records=i)
        except Exception as exc:  # noqa: BLE001 — reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = verify_chain()
    assert report.ok, report.problem
    assert report.rows == 2 * per_writer
    hashes = list(AuditEvent.objects.values_list("previous_hash", flat=True))
    assert len(set(hashes)) == len(hashes)  # no two rows hang on the same predecessor


@on_postgresql
def test_an_append_locks_the_chain_and_reads_the_last_hash_in_one_round_trip():
    """Every Woo search appends a row: the advisory lock and the read of the last hash go as
    one string (BEGIN, lock and hash, INSERT, COMMIT), and the lock still holds the chain."""
    first = events.backup_restored(name="a", files=1, records=1)
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        second = events.backup_restored(name="b", files=2, records=2)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND pid = pg_backend_pid()"
            )
            held = cursor.fetchone()[0]
    statements = [q["sql"] for q in queries.captured_queries if "SAVEPOINT" not in q["sql"]]
    before_insert = statements[: [s.startswith("INSERT") for s in statements].index(True)]
    assert len(before_insert) == 1
    assert "pg_advisory_xact_lock" in before_insert[0] and "ORDER BY id DESC" in before_insert[0]
    assert held == 1
    assert second.previous_hash == first.row_hash
    assert verify_chain().ok
