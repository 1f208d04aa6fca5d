"""Celery tasks: thin wrappers that take ids and call services.

Only ids travel through the broker; no result is stored. Chat text, file bytes and names never
reach Redis or the task logs.
"""

import logging
import random

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.db.models import Q
from django.utils import timezone

from .constants import SubmissionStatus
from .models import RenditionState, Submission
from .pipeline.errors import TransientFailure
from .processing import ProcessingCrashed, submission_process

logger = logging.getLogger(__name__)

# A failing service (scanner, storage, database) is retried with exponential backoff up to
# RETRY_BACKOFF_MAX seconds apart; after MAX_RETRIES the submission waits for the sweep, which
# queues it again every ARCHIEF_SWEEP_AFTER. A crash is retried sooner and counts as an attempt.
MAX_RETRIES = 8
RETRY_BACKOFF_MAX = 600
SWEEP_BATCH = 500


def retry_delay(retries: int) -> int:
    """Seconds before retry number `retries` + 1: 2, 4, 8, ... up to RETRY_BACKOFF_MAX, jittered."""
    base = min(RETRY_BACKOFF_MAX, 2 ** (retries + 1))
    return max(1, int(base * random.uniform(0.75, 1.0)))


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def process_submission(self, submission_id: int) -> None:
    """Process one submission by id (see chats.processing.submission_process)."""
    try:
        submission_process(submission_id=submission_id)
    except (TransientFailure, ProcessingCrashed) as exc:
        if self.request.is_eager:
            # In-process (embedded default): no broker to retry through; the sweep retries.
            logger.warning("submission %s not processed now (%s)", submission_id, exc)
            return
        if self.request.retries >= MAX_RETRIES:
            logger.warning("submission %s: retries used up, left for the sweep", submission_id)
            return
        raise self.retry(countdown=retry_delay(self.request.retries), exc=exc) from None


def enqueue_processing(submission_id: int) -> bool:
    """Queue processing and note when; returns False when the broker is unreachable.

    A submission that could not be queued is not lost: it stays `ontvangen` and the sweep
    queues it once the broker is back.
    """
    try:
        process_submission.delay(submission_id)
    except Exception as exc:
        logger.warning(
            "broker unreachable (%s); submission %s waits for the sweep",
            type(exc).__name__,
            submission_id,
        )
        return False
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        Submission.objects.filter(pk=submission_id).update(enqueued_at=timezone.now())
    return True


def sweep_stuck(*, now=None) -> int:
    """Queue submissions that waited longer than ARCHIEF_SWEEP_AFTER; returns how many.

    Runs straight against the database (chats/pipeline/sweeper.py calls it from a thread in every
    worker and in beat), so it keeps running while Redis is down.
    """
    now = now or timezone.now()
    waiting = Submission.objects.stuck(older_than=now - settings.ARCHIEF_SWEEP_AFTER)
    queued = _queue_each_once(
        waiting.order_by("status_changed_at"), task=process_submission, now=now
    )
    if queued:
        logger.info("sweep queued %d stuck submissions", queued)
    return queued


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


# Passing failures of the archive completion: database, storage (OSError) and broker hiccups.
ARCHIVE_TRANSIENT = (OperationalError, InterfaceError, OSError, TransientFailure)


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def complete_archive(self, submission_id: int) -> None:
    """Finish an archive decision by id (see chats.review.archive_complete); idempotent."""
    from .review import archive_complete, archive_rendition_outage

    try:
        archive_complete(submission_id=submission_id)
    except ARCHIVE_TRANSIENT as exc:
        if self.request.is_eager or self.request.retries >= MAX_RETRIES:
            # No broker to retry through, or retries used up: DI sees a Dutch note with a retry
            # button, and the sweep tries again.
            logger.warning(
                "archive of submission %s not completed now (%s)",
                submission_id,
                type(exc).__name__,
            )
            archive_rendition_outage(submission_id=submission_id)
            return
        raise self.retry(countdown=retry_delay(self.request.retries), exc=exc) from None


def enqueue_archive_completion(submission_id: int) -> bool:
    """Queue the archive completion; returns False when the broker is unreachable (the sweep
    queues it later)."""
    try:
        complete_archive.delay(submission_id)
    except Exception as exc:
        logger.warning(
            "broker unreachable (%s); archive of submission %s waits for the sweep",
            type(exc).__name__,
            submission_id,
        )
        return False
    return True


def sweep_unfinished_archives(*, now=None) -> int:
    """Queue archive completions pending longer than ARCHIEF_SWEEP_AFTER; returns how many.

    Like `sweep_stuck`, straight against the database. Renditions on hold after a permanent
    failure (`mislukt`) wait for DI.
    """
    now = now or timezone.now()
    pending = Submission.objects.filter(
        status=SubmissionStatus.GEARCHIVEERD,
        rendition_state__in=(RenditionState.BEZIG, RenditionState.STORING),
    )
    queued = _queue_each_once(pending.order_by("archived_at"), task=complete_archive, now=now)
    if queued:
        logger.info("sweep queued %d unfinished archives", queued)
    return queued


@shared_task(ignore_result=True)
def purge_due_originals() -> None:
    """Daily: remove originals of reviewed submissions past ARCHIEF_PURGE_ORIGINALS_AFTER."""
    from .purge import originals_purge_due

    run = originals_purge_due()
    logger.info(
        "purge: %d submissions, %d files, %d failed", run.submissions, run.files, run.failed
    )
