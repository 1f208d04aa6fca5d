"""Processing a submission: claim it, do the work, record exactly one outcome.

The database is the source of truth, the broker only a doorbell. Every attempt:

1. takes the per-submission processing lock (PostgreSQL advisory lock, released by PostgreSQL
   itself if the worker dies), then claims the submission and counts the attempt in its own
   committed transaction — so a worker killed mid-task has still used up an attempt and a
   poison upload ends in `mislukt` after ARCHIEF_MAX_ATTEMPTS instead of looping;
2. works in a private temp directory that is always removed (chats/pipeline/workspace.py);
3. stores its result, or its failure, fenced by the attempt number (a stale attempt stores
   nothing) and in one transaction that replaces earlier partial output.

Outcomes: `te_beoordelen`; `mislukt` with a Dutch reason for input that can never be processed;
back to `ontvangen` ("waiting") for a failing service, to be retried with backoff — such an
attempt is given back, because the upload is not to blame.
"""

import contextlib
import logging
import traceback
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, transaction
from django.db.models import F
from django.utils import timezone

from audit import events

from .constants import PROCESSABLE_STATUSES, SubmissionStatus
from .models import Submission
from .pipeline import progress as steps
from .pipeline.build import build_result
from .pipeline.errors import (
    GENERIC_FAILURE,
    TOO_MANY_ATTEMPTS,
    TOOK_TOO_LONG,
    NotClaimed,
    PermanentFailure,
    TransientFailure,
)
from .pipeline.inputs import gather_inputs
from .pipeline.locking import processing_lock
from .pipeline.progress import Progress
from .pipeline.scanning import scan_files
from .pipeline.store import delete_files, discard_output, store_result
from .pipeline.workspace import workspace

logger = logging.getLogger(__name__)


class ProcessingCrashed(Exception):
    """An unexpected error; its text names only the exception type and code location."""


@dataclass(frozen=True)
class Claim:
    submission: Submission
    attempt: int


def _lease_expired(submission: Submission) -> bool:
    # Without an advisory lock (SQLite), an attempt still `in_verwerking` is only taken over
    # once it must have ended: no attempt outlives the hard time limit.
    limit = timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    return submission.status_changed_at < timezone.now() - limit


def submission_claim(*, submission_id: int, locked: bool = False) -> Claim | None:
    """Claim a submission and count the attempt in its own committed transaction.

    Returns None when there is nothing to do: the submission is final or waits for review, or
    (without the advisory lock, `locked=False`) another attempt may still be running.
    """
    with transaction.atomic():
        submission = (
            Submission.objects.select_for_update()
            .filter(pk=submission_id, status__in=PROCESSABLE_STATUSES)
            .first()
        )
        if submission is None:
            return None
        if (
            not locked
            and submission.status == SubmissionStatus.IN_VERWERKING
            and not _lease_expired(submission)
        ):
            return None
        submission.set_status(SubmissionStatus.IN_VERWERKING)
        submission.progress_step, submission.progress_percent = steps.CHECKING
        submission.attempts = F("attempts") + 1
        submission.save(
            update_fields=[
                "status",
                "status_changed_at",
                "progress_step",
                "progress_percent",
                "attempts",
                "failure_reason",
            ]
        )
        submission.refresh_from_db(fields=["attempts"])
    return Claim(submission=submission, attempt=submission.attempts)


def submission_fail(*, submission_id: int, attempt: int, reason: str, code: str) -> bool:
    """Record the final `mislukt` for this attempt with a Dutch reason; discard all output.

    Returns False (and changes nothing) when the attempt no longer owns the submission.
    """
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission_id)
        if submission.status != SubmissionStatus.IN_VERWERKING or submission.attempts != attempt:
            return False
        discarded = discard_output(submission)
        submission.set_status(SubmissionStatus.MISLUKT, reason=reason)
        submission.progress_step = "Verwerking mislukt"
        submission.processed_at = timezone.now()
        submission.message_count = 0
        submission.save()
        events.submission_processing_failed(submission=submission, attempt=attempt, code=code)
    delete_files(submission, discarded)
    logger.info("submission %s failed permanently (%s)", submission_id, code)
    return True


def _release(*, submission_id: int, attempt: int, waiting: str, give_back: bool) -> None:
    """Put the submission back to `ontvangen` for a later attempt (fenced)."""
    updates = {
        "status": SubmissionStatus.ONTVANGEN,
        "status_changed_at": timezone.now(),
        "progress_step": waiting[:100],
        "progress_percent": 0,
    }
    if give_back:
        updates["attempts"] = F("attempts") - 1
    Submission.objects.filter(
        pk=submission_id, status=SubmissionStatus.IN_VERWERKING, attempts=attempt
    ).update(**updates)


def _where(exc: BaseException) -> str:
    """Exception type and innermost code location: safe to log (never the message text)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return type(exc).__name__
    last = frames[-1]
    return f"{type(exc).__name__} at {Path(last.filename).name}:{last.lineno} in {last.name}"


def submission_process(*, submission_id: int) -> str | None:
    """Process one submission; returns its new status (None if another attempt owns it).

    Raises TransientFailure (after putting the submission back to `ontvangen`) when a service
    failed, and ProcessingCrashed for an unexpected error: the task retries both.
    """
    with processing_lock(submission_id) as locked:
        if not locked:
            logger.info("submission %s is being processed elsewhere", submission_id)
            return None
        return _process_claimed(submission_id, locked=locked)


def _process_claimed(submission_id: int, *, locked: bool) -> str | None:
    claim = submission_claim(submission_id=submission_id, locked=locked)
    if claim is None:
        return None
    attempt = claim.attempt
    if attempt > settings.ARCHIEF_MAX_ATTEMPTS:
        # Earlier attempts died without an outcome (killed, out of memory, time limit).
        submission_fail(
            submission_id=submission_id,
            attempt=attempt,
            reason=TOO_MANY_ATTEMPTS.format(attempts=attempt - 1),
            code="too_many_attempts",
        )
        return SubmissionStatus.MISLUKT
    logger.info("submission %s: attempt %d started", submission_id, attempt)
    try:
        _run(claim)
    except NotClaimed:
        logger.warning("submission %s: attempt %d lost its claim", submission_id, attempt)
        return None
    except PermanentFailure as exc:
        submission_fail(
            submission_id=submission_id, attempt=attempt, reason=exc.message, code=exc.code
        )
        return SubmissionStatus.MISLUKT
    except SoftTimeLimitExceeded:
        submission_fail(
            submission_id=submission_id, attempt=attempt, reason=TOOK_TOO_LONG, code="time_limit"
        )
        return SubmissionStatus.MISLUKT
    except TransientFailure as exc:
        logger.warning("submission %s: attempt %d waits (%s)", submission_id, attempt, exc.cause)
        _release(submission_id=submission_id, attempt=attempt, waiting=exc.waiting, give_back=True)
        raise
    except (OperationalError, InterfaceError) as exc:
        logger.warning("submission %s: database unavailable (%s)", submission_id, _where(exc))
        # Still down: the sweep finds the submission `in_verwerking` later.
        with contextlib.suppress(DatabaseError):
            _release(
                submission_id=submission_id,
                attempt=attempt,
                waiting="Wacht op een nieuwe poging",
                give_back=True,
            )
        raise TransientFailure("database unavailable") from None
    except Exception as exc:
        # Log where, never what: exception messages can quote chat text or file names.
        where = _where(exc)
        logger.error("submission %s: attempt %d crashed: %s", submission_id, attempt, where)
        if attempt >= settings.ARCHIEF_MAX_ATTEMPTS:
            submission_fail(
                submission_id=submission_id, attempt=attempt, reason=GENERIC_FAILURE, code="crash"
            )
            return SubmissionStatus.MISLUKT
        _release(
            submission_id=submission_id,
            attempt=attempt,
            waiting="Wacht op een nieuwe poging",
            give_back=False,
        )
        raise ProcessingCrashed(where) from None
    logger.info("submission %s: attempt %d done", submission_id, attempt)
    return SubmissionStatus.TE_BEOORDELEN


def _run(claim: Claim) -> None:
    submission = claim.submission
    progress = Progress(submission.pk, claim.attempt)
    with workspace(submission.pk) as workdir:
        progress.step(steps.UNPACKING)
        inputs = gather_inputs(submission, workdir)
        progress.step(steps.SCANNING)
        # Unpacked members first, so a finding names the file inside the export.
        scan_files(
            [(f.path, f.display) for f in inputs.files if f.member_name]
            + [(f.path, f.display) for f in inputs.originals],
            submission_id=submission.pk,
        )
        result = build_result(submission, inputs, workdir=workdir, progress=progress)
        progress.step(steps.STORING)
        store_result(submission=submission, attempt=claim.attempt, result=result)
