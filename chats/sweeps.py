"""Sweeps: queue again what the broker lost, straight against the database.

Redis keeps nothing across a restart, and a queueing can fail while the broker is down. These
functions find submissions still waiting for processing and archives still waiting for their
PDF, and queue them once per ARCHIEF_SWEEP_AFTER.

`Sweeper` runs `sweep_once` on a timer inside every Celery worker (main process) and inside
beat, started by the signals in meppel_archief/celery.py; `manage.py sweep_submissions` runs it
once. It does not depend on the broker to be scheduled: while Redis is down it keeps ticking
(and fails to queue, harmlessly); when Redis comes back — empty, since it keeps nothing on
restart — the next tick queues everything still waiting. Each tick also removes temp
directories that dead attempts left behind.
"""

import logging
import threading

from django.conf import settings
from django.db import connections
from django.db.models import Q
from django.utils import timezone

from .constants import RENDITION_PENDING, SubmissionStatus
from .models import Submission
from .pipeline.workspace import remove_stale
from .tasks import complete_archive, process_submission

logger = logging.getLogger(__name__)

SWEEP_BATCH = 500

_started: "Sweeper | None" = None
_start_lock = threading.Lock()


def sweep_stuck(*, now=None) -> int:
    """Queue submissions that waited longer than ARCHIEF_SWEEP_AFTER; returns how many."""
    now = now or timezone.now()
    waiting = Submission.objects.stuck(older_than=now - settings.ARCHIEF_SWEEP_AFTER)
    queued = _queue_each_once(
        waiting.order_by("status_changed_at"), task=process_submission, now=now
    )
    if queued:
        logger.info("sweep queued %d stuck submissions", queued)
    return queued


def sweep_unfinished_archives(*, now=None) -> int:
    """Queue archive completions pending longer than ARCHIEF_SWEEP_AFTER; returns how many.

    Renditions on hold after a permanent failure (`mislukt`) wait for DI.
    """
    now = now or timezone.now()
    pending = Submission.objects.filter(
        status=SubmissionStatus.GEARCHIVEERD, rendition_state__in=RENDITION_PENDING
    )
    queued = _queue_each_once(pending.order_by("archived_at"), task=complete_archive, now=now)
    if queued:
        logger.info("sweep queued %d unfinished archives", queued)
    return queued


def sweep_once() -> int:
    """One sweep: queue stuck work and clear stale temp dirs; returns how many were queued."""
    try:
        queued = sweep_stuck() + sweep_unfinished_archives()
        remove_stale(older_than_seconds=settings.CELERY_TASK_TIME_LIMIT + 60)
        return queued
    except Exception as exc:
        # Database down or similar: log the kind only and try again on the next tick.
        logger.warning("sweep failed (%s); trying again later", type(exc).__name__)
        return 0


def _queue_each_once(waiting, *, task, now) -> int:
    """Queue `task` for each submission in `waiting` not queued within ARCHIEF_SWEEP_AFTER.

    Each submission is taken with a conditional update of `enqueued_at`, so several sweepers
    never queue it twice per period. Stops at the first broker failure (and gives the taken
    submission back) to try again on the next tick.
    """
    cutoff = now - settings.ARCHIEF_SWEEP_AFTER
    not_recently_queued = Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=cutoff)
    candidates = list(
        waiting.filter(not_recently_queued).values_list("pk", "enqueued_at")[:SWEEP_BATCH]
    )
    queued = 0
    for submission_id, previous in candidates:
        taken = (
            waiting.order_by().filter(not_recently_queued, pk=submission_id).update(enqueued_at=now)
        )
        if not taken:
            continue  # another sweeper queued it just now
        try:
            task.delay(submission_id)
        except Exception as exc:
            Submission.objects.filter(pk=submission_id, enqueued_at=now).update(
                enqueued_at=previous
            )
            logger.warning("sweep: broker unreachable (%s); trying again later", type(exc).__name__)
            break
        queued += 1
    return queued


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
