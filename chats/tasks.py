"""Celery tasks and the helpers that queue them: thin wrappers that take ids and call services.

Only ids travel through the broker; no result is stored. Chat text, file bytes and names never
reach Redis or the task logs.
"""

import logging
import random
import time

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from .archiving import archive_complete, archive_rendition_outage
from .constants import SubmissionStatus
from .fixity import fixity_check
from .models import Submission
from .notifications import informatiebeheer_digest_send, question_reminders_send
from .outcome import after_decision
from .pipeline.errors import TransientFailure
from .processing import ProcessingCrashed, submission_process
from .purge import originals_purge_due

logger = logging.getLogger(__name__)

# A failing service (scanner, storage, database) is retried with exponential backoff up to
# RETRY_BACKOFF_MAX seconds apart; after MAX_RETRIES the submission waits for the sweep, which
# queues it again every ARCHIEF_SWEEP_AFTER. A crash is retried sooner and counts as an attempt.
MAX_RETRIES = 8
# Set by meppel_archief.celery when `make run` (no broker) runs a task in a thread of its own.
IN_BACKGROUND = "archief_in_background"
RETRY_BACKOFF_MAX = 600


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
            if (self.request.headers or {}).get(IN_BACKGROUND):
                _retry_in_this_thread(submission_id, exc)
                return
            # In the caller's thread (tests, load_demo): no broker to retry through; the sweep
            # retries.
            logger.warning("submission %s not processed now (%s)", submission_id, exc)
            return
        if self.request.retries >= MAX_RETRIES:
            logger.warning("submission %s: retries used up, left for the sweep", submission_id)
            return
        raise self.retry(countdown=retry_delay(self.request.retries), exc=exc) from None


def _retry_in_this_thread(submission_id: int, exc: Exception) -> None:
    """`make run`: no worker retries and no sweep runs, so the task's own thread retries with the
    worker's backoff until processing is done or gives up (a crash counts as an attempt and
    ends as `mislukt` after ARCHIEF_MAX_ATTEMPTS, which Informatiebeheer can process again)."""
    for retries in range(MAX_RETRIES):
        logger.warning("submission %s not processed now (%s); retrying", submission_id, exc)
        time.sleep(retry_delay(retries))
        try:
            submission_process(submission_id=submission_id)
            return
        except (TransientFailure, ProcessingCrashed) as again:
            exc = again
    logger.warning("submission %s: retries used up, left waiting (%s)", submission_id, exc)


def enqueue_processing(submission_id: int) -> bool:
    """Queue processing and note when; returns False when the broker is unreachable.

    A submission that could not be queued is not lost: it stays `ontvangen`, is marked
    (`queue_failed_at`: its task never reached the broker) and the sweep queues it on its first
    tick with the broker back, without waiting ARCHIEF_SWEEP_AFTER.
    """
    try:
        process_submission.delay(submission_id)
    except Exception as exc:
        logger.warning(
            "broker unreachable (%s); submission %s waits for the sweep",
            type(exc).__name__,
            submission_id,
        )
        _mark_queue_failed(submission_id)
        return False
    if not settings.CELERY_TASK_ALWAYS_EAGER:
        Submission.objects.filter(pk=submission_id).update(
            enqueued_at=timezone.now(), queue_failed_at=None
        )
    return True


def _mark_queue_failed(submission_id: int) -> None:
    try:
        Submission.objects.filter(pk=submission_id, queue_failed_at__isnull=True).update(
            queue_failed_at=timezone.now()
        )
    except (OperationalError, InterfaceError) as exc:
        # Database gone too: the sweep still finds it after ARCHIEF_SWEEP_AFTER.
        logger.warning("submission %s: could not mark (%s)", submission_id, type(exc).__name__)


# Passing failures of the archive completion: database, storage (OSError) and broker hiccups.
ARCHIVE_TRANSIENT = (OperationalError, InterfaceError, OSError, TransientFailure)


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def complete_archive(self, submission_id: int) -> None:
    """Finish an archive decision by id (see chats.archiving.archive_complete); idempotent."""
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
    """Queue the archive completion; returns False when the broker is unreachable (marked, and
    the sweep queues it on its first tick with the broker back)."""
    try:
        complete_archive.delay(submission_id)
    except Exception as exc:
        logger.warning(
            "broker unreachable (%s); archive of submission %s waits for the sweep",
            type(exc).__name__,
            submission_id,
        )
        _mark_queue_failed(submission_id)
        return False
    return True


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def after_review_decision(submission_id: int, purge: bool | None = None) -> None:
    """After a rejection or a question: the purge (idempotent) and the submitter's e-mail.

    Queued again by the sweep without `purge`: a rejection purges, a question does not.
    """
    status, done = Submission.objects.values_list("status", "decision_followed_up_at").get(
        pk=submission_id
    )
    if done is not None:
        return  # queued twice (the sweep, a slow queue): the e-mail goes once
    if status not in (SubmissionStatus.AFGEWEZEN, SubmissionStatus.TERUG_NAAR_INDIENER):
        return  # a question answered before its task ran: no question mail after the answer
    if purge is None:
        purge = status == SubmissionStatus.AFGEWEZEN
    after_decision(submission_id, purge=purge)


def enqueue_after_decision(submission_id: int, *, purge: bool) -> None:
    """Queue what follows a committed decision, so a large chat's purge does not hold up the
    request; with the broker unreachable it runs here, as the decision must not wait on it."""
    try:
        after_review_decision.delay(submission_id, purge)
    except Exception as exc:
        logger.warning(
            "broker unreachable (%s); decision on submission %s followed up in the request",
            type(exc).__name__,
            submission_id,
        )
        after_decision(submission_id, purge=purge)


@shared_task(ignore_result=True)
def purge_due_originals() -> None:
    """Daily: remove originals of reviewed submissions past ARCHIEF_PURGE_ORIGINALS_AFTER."""
    run = originals_purge_due()
    logger.info(
        "purge: %d submissions, %d files, %d failed", run.submissions, run.files, run.failed
    )


@shared_task(ignore_result=True)
def check_fixity() -> None:
    """Hourly: re-read the next ARCHIEF_FIXITY_BATCH stored files and compare their SHA-256."""
    report = fixity_check(limit=settings.ARCHIEF_FIXITY_BATCH)
    logger.info("fixity: %d files checked, %d failed", report.checked, len(report.failures))


@shared_task(ignore_result=True)
def send_informatiebeheer_digest() -> None:
    """Daily: mail Informatiebeheer what is new, failed, waiting too long or answered."""
    sent = informatiebeheer_digest_send()
    logger.info("digest: %s", "sent" if sent else "nothing to report")


@shared_task(ignore_result=True)
def send_question_reminders() -> None:
    """Daily: remind employees of questions of Informatiebeheer they left unanswered."""
    logger.info("question reminders: %d sent", question_reminders_send())
