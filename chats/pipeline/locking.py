"""One attempt at a time per submission: a PostgreSQL advisory lock held while processing.

The lock belongs to the database session, so PostgreSQL itself releases it when a worker dies
(kill -9, OOM, lost network): a redelivered task can start at once instead of waiting for a
lease to run out. On SQLite (the embedded default) there is no second worker, but tasks may run
in threads of the one process (`make run`, ARCHIEF_EAGER_IN_BACKGROUND): a lock of the process
per submission keeps a second thread out, and a thread that holds it may enter again, as one
PostgreSQL session may.

A lost session also loses the lock while the old attempt may still be running; that is why
every write of an attempt is fenced by its attempt number as well (see chats/processing.py).
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection

# First key of the two-int advisory lock: "MA" (Meppel Archief) + 1, so other code using
# advisory locks on the same database cannot collide with ours.
_LOCK_SPACE = 0x4D41_0001


# SQLite: the submissions being processed in this process, each by one thread.
_process_locks: dict[int, threading.RLock] = {}
_process_locks_guard = threading.Lock()


def _is_postgres() -> bool:
    return connection.vendor == "postgresql"


@contextmanager
def _process_lock(submission_id: int) -> Iterator[bool]:
    with _process_locks_guard:
        lock = _process_locks.setdefault(submission_id, threading.RLock())
    acquired = lock.acquire(blocking=False)
    try:
        yield acquired
    finally:
        if acquired:
            lock.release()


@contextmanager
def processing_lock(submission_id: int) -> Iterator[bool]:
    """Yield True when this process may work on `submission_id`, False when another one does."""
    if not _is_postgres():
        with _process_lock(submission_id) as acquired:
            yield acquired
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [_LOCK_SPACE, submission_id])
        acquired = bool(cursor.fetchone()[0])
    try:
        yield acquired
    finally:
        if acquired:
            _unlock(submission_id)


def _unlock(submission_id: int) -> None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", [_LOCK_SPACE, submission_id])
    except Exception:
        # The session is gone (and with it the lock) or unusable: close it so the lock cannot
        # outlive this attempt in a pooled connection.
        connection.close()
