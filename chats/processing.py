"""Processing a submission: claim it, do the work, record the outcome."""

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .constants import SubmissionStatus
from .models import Submission

logger = logging.getLogger(__name__)


def submission_claim(*, submission_id: int) -> Submission | None:
    """Claim a submission for processing and count the attempt in its own transaction.

    Returns None when there is nothing to do (already final, or being processed elsewhere:
    the row lock with skip_locked makes a second delivery step aside).
    """
    with transaction.atomic():
        submission = (
            Submission.objects.select_for_update(skip_locked=True)
            .filter(
                pk=submission_id,
                status__in=(SubmissionStatus.ONTVANGEN, SubmissionStatus.IN_VERWERKING),
            )
            .first()
        )
        if submission is None:
            return None
        submission.set_status(SubmissionStatus.IN_VERWERKING)
        submission.progress_step = "Bestanden controleren"
        submission.progress_percent = 5
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
    return submission


def submission_process(*, submission_id: int) -> str | None:
    """Process one submission; returns its new status (None if it was not claimable)."""
    submission = submission_claim(submission_id=submission_id)
    if submission is None:
        return None
    originals = list(submission.files.filter(role="origineel").values_list("mime_type", flat=True))
    with transaction.atomic():
        submission.set_status(SubmissionStatus.TE_BEOORDELEN)
        submission.progress_step = "Klaar"
        submission.progress_percent = 100
        submission.processed_at = timezone.now()
        submission.detected_format = {"bestandstypen": sorted(set(originals))}
        submission.save()
    logger.info("submission %s processed: %d originals", submission.pk, len(originals))
    return submission.status
