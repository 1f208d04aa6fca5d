"""The flush that ends a transactional test (tests/conftest.py empties the tables with DELETE on
PostgreSQL): what a live-server request still writes while the flush runs is emptied too, as
TRUNCATE's lock did, and does not leak into the next test."""

import threading
import time

import pytest
from django.core.management import call_command
from django.db import connection, connections

from woo.models import Woord


@pytest.mark.django_db(transaction=True)
def test_a_write_in_flight_during_the_flush_is_emptied_too():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite has one writer at a time")
    # A live-server request's transaction, begun before the flush and committed during it.
    other = connection.get_new_connection(connection.get_connection_params())
    try:
        other.autocommit = False
        with other.cursor() as cursor:
            cursor.execute("INSERT INTO woo_woord (woord, berichten) VALUES ('lek', 1)")
            cursor.execute("SELECT pg_backend_pid()")
            writer = cursor.fetchone()[0]

        def flush():
            try:
                # As TransactionTestCase's teardown calls it.
                call_command(
                    "flush",
                    interactive=False,
                    verbosity=0,
                    reset_sequences=False,
                    inhibit_post_migrate=True,
                )
            finally:
                connections.close_all()

        flushing = threading.Thread(target=flush)
        flushing.start()
        # Until the flush has run or waits for the writer's lock (TRUNCATE's way).
        deadline = time.monotonic() + 30
        waits = False
        while flushing.is_alive() and not waits and time.monotonic() < deadline:
            time.sleep(0.05)
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE %s = ANY(pg_blocking_pids(pid))",
                    [writer],
                )
                waits = cursor.fetchone()[0] > 0
        other.commit()
        flushing.join(30)
        assert not flushing.is_alive()
    finally:
        other.close()

    assert not Woord.objects.exists()
