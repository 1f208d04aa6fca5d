"""Celery tasks of the Woo app: thin wrappers around services."""

from celery import shared_task

from .indexing import index_submission


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
