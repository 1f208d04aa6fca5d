"""Celery task: the nightly backup (scheduled by beat when ARCHIEF_BACKUP_NIGHTLY is on)."""

import logging

from celery import shared_task

from .services import backup_create

logger = logging.getLogger(__name__)


@shared_task(ignore_result=True, acks_late=False)
def create_backup() -> None:
    """Write a backup of database and media store to ARCHIEF_BACKUP_DIR and prune old ones."""
    result = backup_create()
    logger.info(
        "backup %s: %d files, %d bytes, %d old backups removed",
        result.path.name,
        result.files,
        result.size,
        len(result.pruned),
    )
