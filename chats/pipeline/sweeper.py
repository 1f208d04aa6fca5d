"""A thread that sweeps stuck submissions on a timer, straight against the database.

It runs inside every Celery worker (main process) and inside beat, started by the signals in
meppel_archief/celery.py. It does not depend on the broker to be scheduled: while Redis is down
it keeps ticking (and fails to queue, harmlessly); when Redis comes back — empty, since it keeps
nothing on restart — the next tick queues everything still `ontvangen` or `in_verwerking`.
Each tick also removes temp directories that dead attempts left behind.
"""

import logging
import threading

from django.conf import settings
from django.db import connections

logger = logging.getLogger(__name__)

_started: "Sweeper | None" = None
_start_lock = threading.Lock()


def sweep_once() -> int:
    """One sweep: queue stuck submissions and clear stale temp dirs; returns how many queued."""
    from chats.tasks import sweep_stuck, sweep_unfinished_archives

    from .workspace import remove_stale

    try:
        queued = sweep_stuck() + sweep_unfinished_archives()
        remove_stale(older_than_seconds=settings.CELERY_TASK_TIME_LIMIT + 60)
        return queued
    except Exception as exc:
        # Database down or similar: log the kind only and try again on the next tick.
        logger.warning("sweep failed (%s); trying again later", type(exc).__name__)
        return 0


class Sweeper(threading.Thread):
    """Calls sweep_once every `interval` seconds until stopped."""

    def __init__(self, interval: float) -> None:
        super().__init__(name="archief-sweeper", daemon=True)
        self.interval = interval
        self._stopped = threading.Event()
        self.ticks = 0

    def run(self) -> None:
        while not self._stopped.wait(self.interval):
            try:
                sweep_once()
            finally:
                # This thread's own connections: never keep one open between ticks (a pool
                # child forked meanwhile must not inherit a live connection of this thread).
                connections.close_all()
            self.ticks += 1

    def stop(self) -> None:
        self._stopped.set()


def start_sweeper(interval: float | None = None) -> Sweeper:
    """Start this process's sweeper thread once; later calls return the running one."""
    global _started
    with _start_lock:
        if _started is None or not _started.is_alive():
            _started = Sweeper(
                interval if interval is not None else settings.ARCHIEF_SWEEP_INTERVAL
            )
            _started.start()
            logger.info("sweeper started (every %.0f s)", _started.interval)
        return _started
