"""Celery tasks of the Woo app: thin wrappers around services."""

import logging

from celery import shared_task

from .indexing import index_submission
from .release_jobs import (
    ocr_passages_not_read,
    ocr_passages_read,
    ocr_passages_to_read,
    release_make,
    release_not_queued,
)

logger = logging.getLogger(__name__)


@shared_task(
    name="woo.tasks.index_submission",
    autoretry_for=(ConnectionError,),
    retry_backoff=True,
    max_retries=5,
    soft_time_limit=600,
    time_limit=660,
)
def index_submission_task(submission_id: int) -> int:
    """Index one archived record (idempotent: it replaces the record's entries)."""
    return index_submission(submission_id=submission_id)


@shared_task(name="woo.tasks.make_release", acks_late=True, reject_on_worker_lost=True)
def make_release(release_id: int) -> str:
    """Make and store the files of one release of a Woo decision (woo.release_jobs)."""
    return release_make(release_id=release_id)


@shared_task(name="woo.tasks.read_ocr_passages", acks_late=True, reject_on_worker_lost=True)
def read_ocr_passages(verzoek_id: int, media_id: int, passage_ids: list[int]) -> str:
    """Read an image again for the places of passages of its text (woo.release_jobs)."""
    return ocr_passages_read(verzoek_id=verzoek_id, media_id=media_id, passage_ids=passage_ids)


def enqueue_ocr_reading(*, verzoek_id: int, media_id: int) -> bool:
    """Queue reading an image for its passages' places; False when the broker is unreachable
    (the passages stay saved and the release reads the image itself)."""
    ids = ocr_passages_to_read(verzoek_id=verzoek_id, media_id=media_id)
    try:
        read_ocr_passages.delay(verzoek_id, media_id, ids)
    except Exception as exc:  # any broker failure
        logger.warning(
            "broker unreachable (%s); reading image %s not queued", type(exc).__name__, media_id
        )
        ocr_passages_not_read(passage_ids=ids)
        return False
    return True


def enqueue_release(release_id: int) -> bool:
    """Queue making a release; when the broker is unreachable the release is marked failed with a
    Dutch note (the officer starts it again) and False is returned."""
    try:
        make_release.delay(release_id)
    except Exception as exc:  # any broker failure
        logger.warning(
            "broker unreachable (%s); release %s not queued", type(exc).__name__, release_id
        )
        release_not_queued(release_id=release_id)
        return False
    return True
