"""Sweeps: queue again what the broker lost, straight against the database.

Redis keeps nothing across a restart, and a queueing can fail while the broker is down. These
functions find submissions still waiting for processing and archives still waiting for their
PDF, and queue them again:

- at once, when queueing them failed (`queue_failed_at`: the task never reached the broker);
- at once, when they were queued before the broker's last start (a restarted Redis without
  persistence lost those tasks; with persistence the extra task finds the work done);
- otherwise once per ARCHIEF_SWEEP_AFTER (a task lost any other way, a web worker killed between
  commit and queueing).

It also queues again what follows a rejection or a question (purge and e-mail) when that was
not done ARCHIEF_SWEEP_AFTER after the decision: the task was lost or the e-mail failed.

`Sweeper` runs `sweep_once` on a timer inside every Celery worker (main process) and inside
beat, started by the signals in meppel_archief/celery.py; `manage.py sweep_submissions` runs it
once. It does not depend on the broker to be scheduled: it asks the broker first (one short
probe) and, while Redis is down, queues nothing and ticks every BROKER_DOWN_INTERVAL seconds
so that it notices the broker's return within seconds. Each tick also removes temp directories
that dead attempts left behind and upload temp files of cut-off uploads.
"""

import logging
import threading
from datetime import timedelta

from django.conf import settings
from django.db import connections
from django.db.models import Q
from django.utils import timezone

from .broker import BrokerState, broker_state
from .constants import PROCESSABLE_STATUSES, RENDITION_PENDING, SubmissionStatus
from .models import Submission
from .pipeline.workspace import remove_stale
from .tasks import after_review_decision, complete_archive, process_submission
from .uploadhandlers import remove_stale_uploads

logger = logging.getLogger(__name__)

SWEEP_BATCH = 500
# How long after a decision the sweep still tries its purge and e-mail again.
DECISION_FOLLOW_UP_FOR = timedelta(days=2)
# Seconds between ticks while the broker does not answer: its return is noticed this fast.
BROKER_DOWN_INTERVAL = 3.0

_started: "Sweeper | None" = None
_start_lock = threading.Lock()


def sweep_unqueued(*, now=None) -> int:
    """Queue at once the submissions whose queueing failed; returns how many."""
    now = now or timezone.now()
    failed = Submission.objects.filter(
        status__in=PROCESSABLE_STATUSES, queue_failed_at__isnull=False
    )
    queued = _queue_each_once(
        failed.order_by("queue_failed_at"),
        task=process_submission,
        now=now,
        due=Q(queue_failed_at__isnull=False),
    )
    if queued:
        logger.info("sweep queued %d submissions whose queueing had failed", queued)
    return queued


def sweep_unqueued_archives(*, now=None) -> int:
    """Queue at once the archive completions whose queueing failed; returns how many."""
    now = now or timezone.now()
    failed = Submission.objects.filter(
        status=SubmissionStatus.GEARCHIVEERD,
        rendition_state__in=RENDITION_PENDING,
        queue_failed_at__isnull=False,
    )
    queued = _queue_each_once(
        failed.order_by("queue_failed_at"),
        task=complete_archive,
        now=now,
        due=Q(queue_failed_at__isnull=False),
    )
    if queued:
        logger.info("sweep queued %d archives whose queueing had failed", queued)
    return queued


def sweep_lost(*, broker_started_at, now=None) -> int:
    """Queue at once the waiting submissions queued before the broker's last start."""
    if broker_started_at is None:
        return 0
    now = now or timezone.now()
    waiting = Submission.objects.filter(status__in=PROCESSABLE_STATUSES)
    queued = _queue_each_once(
        waiting.order_by("enqueued_at"),
        task=process_submission,
        now=now,
        due=Q(enqueued_at__lt=broker_started_at),
    )
    if queued:
        logger.info("sweep queued %d submissions queued before the broker restarted", queued)
    return queued


def sweep_stuck(*, now=None) -> int:
    """Queue submissions that waited longer than ARCHIEF_SWEEP_AFTER; returns how many."""
    now = now or timezone.now()
    waiting = Submission.objects.stuck(older_than=now - settings.ARCHIEF_SWEEP_AFTER)
    queued = _queue_each_once(
        waiting.order_by("status_changed_at"),
        task=process_submission,
        now=now,
        due=_not_recently_queued(now),
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
    queued = _queue_each_once(
        pending.order_by("archived_at"),
        task=complete_archive,
        now=now,
        due=_not_recently_queued(now),
    )
    if queued:
        logger.info("sweep queued %d unfinished archives", queued)
    return queued


def sweep_unfollowed_decisions(*, now=None) -> int:
    """Queue again the purge and e-mail after a rejection or a question that was not done
    ARCHIEF_SWEEP_AFTER after the decision (task lost, e-mail failed); returns how many.

    Only for DECISION_FOLLOW_UP_FOR: an address refused for good is not mailed every few
    minutes for ever (the employee sees the outcome on "Mijn inzendingen"; the daily purge
    removes what a rejection left)."""
    now = now or timezone.now()
    undone = Submission.objects.filter(
        status__in=(SubmissionStatus.AFGEWEZEN, SubmissionStatus.TERUG_NAAR_INDIENER),
        decision_followed_up_at__isnull=True,
        reviewed_at__lt=now - settings.ARCHIEF_SWEEP_AFTER,
        reviewed_at__gte=now - DECISION_FOLLOW_UP_FOR,
    )
    queued = _queue_each_once(
        undone.order_by("reviewed_at"),
        task=after_review_decision,
        now=now,
        due=_not_recently_queued(now),
    )
    if queued:
        logger.info("sweep queued %d review decisions to follow up", queued)
    return queued


def sweep_temp_files() -> int:
    """Remove dead attempts' temp dirs and cut-off uploads' temp files; returns how many."""
    return remove_stale(
        older_than_seconds=settings.CELERY_TASK_TIME_LIMIT + 60
    ) + remove_stale_uploads(older_than_seconds=settings.ARCHIEF_UPLOAD_STALE_AFTER)


def sweep_once(*, broker: BrokerState | None = None) -> int:
    """One sweep: queue what waits and clear stale temp files; returns how many were queued.

    Queues nothing while the broker does not answer (`broker`: its state if already asked).
    """
    broker = broker if broker is not None else broker_state()
    queued = 0
    try:
        if broker.reachable is not False:
            queued = (
                sweep_unqueued()
                + sweep_unqueued_archives()
                + sweep_lost(broker_started_at=broker.started_at)
                + sweep_stuck()
                + sweep_unfinished_archives()
                + sweep_unfollowed_decisions()
            )
    except Exception as exc:
        # Database down or similar: log the kind only and try again on the next tick.
        logger.warning("sweep failed (%s); trying again later", type(exc).__name__)
    try:
        sweep_temp_files()
    except OSError as exc:
        logger.warning("sweep of temp files failed (%s)", type(exc).__name__)
    return queued


def _not_recently_queued(now) -> Q:
    cutoff = now - settings.ARCHIEF_SWEEP_AFTER
    return Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=cutoff)


def _queue_each_once(waiting, *, task, now, due: Q) -> int:
    """Queue `task` for each submission in `waiting` that matches `due`.

    Each submission is taken with a conditional update (`due` again, setting `enqueued_at` to
    now and clearing `queue_failed_at`), so several sweepers never queue it twice. Stops at the
    first broker failure (and gives the taken submission back) to try again on the next tick.
    """
    candidates = list(
        waiting.filter(due).values_list("pk", "enqueued_at", "queue_failed_at")[:SWEEP_BATCH]
    )
    queued = 0
    for submission_id, previous, previous_failed in candidates:
        taken = (
            waiting.order_by()
            .filter(due, pk=submission_id)
            .update(enqueued_at=now, queue_failed_at=None)
        )
        if not taken:
            continue  # another sweeper queued it just now
        try:
            task.delay(submission_id)
        except Exception as exc:
            Submission.objects.filter(pk=submission_id, enqueued_at=now).update(
                enqueued_at=previous, queue_failed_at=previous_failed
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
        self._broker_was_up = True
        self.ticks = 0

    def run(self) -> None:
        wait = self.interval
        while not self._stopped.wait(wait):
            broker = broker_state()
            self._note(broker)
            if broker.reachable is False:
                # Nothing can be queued; look again soon so its return is noticed at once.
                wait = min(self.interval, BROKER_DOWN_INTERVAL)
            else:
                wait = self.interval
            try:
                sweep_once(broker=broker)
            finally:
                # This thread's own connections: never keep one open between ticks (a pool
                # child forked meanwhile must not inherit a live connection of this thread).
                connections.close_all()
            self.ticks += 1

    def _note(self, broker: BrokerState) -> None:
        """Log the broker going away and coming back once each, not on every tick."""
        if broker.reachable is False and self._broker_was_up:
            logger.warning(
                "sweeper: broker unreachable; checking every %.0f s", BROKER_DOWN_INTERVAL
            )
        elif broker.reachable and not self._broker_was_up:
            logger.info("sweeper: broker reachable again; queueing what waits")
        self._broker_was_up = broker.reachable is not False

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
