"""`make run` (SQLite): two requests that each read and then write at the same time both succeed.

Walkthrough: a review page with two screenshots loads both images at once; each request reads,
then writes an audit row, and SQLite refused one ("database is locked": a transaction that
started as a reader cannot become a writer while another one writes), so an image broke.
"""

import contextlib
import threading

import pytest
from django.conf import settings
from django.db.backends.sqlite3.base import DatabaseWrapper

from meppel_archief.settings.base import SQLITE_OPTIONS


def _connection(path) -> DatabaseWrapper:
    """A connection as `make run` configures it (also when the tests run on PostgreSQL)."""
    config = {
        **settings.DATABASES["default"],
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": dict(SQLITE_OPTIONS),
    }
    return DatabaseWrapper(config, alias=f"concurrency-{path.name}")


@pytest.fixture(autouse=True)
def _own_database(django_db_blocker):
    with django_db_blocker.unblock():
        yield


def test_two_reading_then_writing_transactions_on_sqlite_both_commit(tmp_path):
    path = tmp_path / "run.sqlite3"
    setup = _connection(path)
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT)")
    setup.close()

    both_read = threading.Barrier(2)
    errors: list[Exception] = []

    def request(name: str) -> None:
        connection = _connection(path)
        try:
            # What transaction.atomic() does on SQLite: BEGIN at once, before the first read.
            connection.ensure_connection()
            connection.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM audit")
                # Overlap the two: both have read before either writes, unless the
                # configuration makes the second wait for the first (then they take turns).
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_read.wait(timeout=1)
                cursor.execute("INSERT INTO audit (what) VALUES (%s)", [name])
            connection.commit()
        except Exception as exc:  # what a request would turn into a 500
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=request, args=(n,)) for n in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    check = _connection(path)
    with check.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM audit")
        assert cursor.fetchone()[0] == 2
    check.close()
