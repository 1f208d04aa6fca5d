"""Deleting from the media store waits while a backup copies it.

A backup lists the files of one database snapshot and then copies them; a purge committed in
between would delete a file the restored database still names. So the backup holds this lock
exclusively while it copies, and every deletion of stored files (the purge; later destruction)
takes it shared for its transaction: deletions run side by side, but not during a backup.
PostgreSQL advisory locks; on SQLite (one process, `make run`) there is nothing to exclude.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection

# "MA" (Meppel Archief) + 2: apart from the processing locks ("MA" + 1).
_LOCK_SPACE = 0x4D41_0002
_MEDIA_STORE = 1


def hold_for_deletion() -> None:
    """Inside a transaction that deletes stored files: wait for a running backup, block the next."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock_shared(%s, %s)", [_LOCK_SPACE, _MEDIA_STORE]
            )


@contextmanager
def deletions_paused() -> Iterator[None]:
    """For a backup: no stored file is deleted until the block ends (waits for running ones)."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s, %s)", [_LOCK_SPACE, _MEDIA_STORE])
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [_LOCK_SPACE, _MEDIA_STORE])
