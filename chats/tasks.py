"""Celery tasks: thin wrappers that take ids and call services."""

import logging

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from .models import Submission
from .processing import submission_process

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, reject_on_worker_lost=True)
def process_submission(submission_id: int) -> None:
    submission_process(submission_id=submission_id)


def sweep_stuck(*, now=None) -> int:
    """Enqueue submissions that waited longer than ARCHIEF_SWEEP_AFTER; returns how many."""
    from .services import enqueue_processing

    now = now or timezone.now()
    ids = list(
        Submission.objects.stuck(older_than=now - settings.ARCHIEF_SWEEP_AFTER).values_list(
            "pk", flat=True
        )[:500]
    )
    for submission_id in ids:
        enqueue_processing(submission_id)
    if ids:
        logger.info("sweep re-enqueued %d submissions", len(ids))
    return len(ids)


@shared_task
def sweep_stuck_submissions() -> int:
    return sweep_stuck()
