"""What follows a review decision once it has committed: the purge and the submitter's mail.

Called after commit from the request (reject, return to the submitter) and from the worker when
an archive is complete (`chats.archiving`).
"""

import logging

from django.conf import settings

from ..purge import originals_purge
from .mail import send_review_outcome

logger = logging.getLogger(__name__)


def after_decision(submission_id: int, *, purge: bool) -> None:
    """Purge at once (when there is no purge period) and tell the submitter."""
    if purge and settings.ARCHIEF_PURGE_ORIGINALS_AFTER.total_seconds() <= 0:
        try:
            originals_purge(submission_id=submission_id)
        except Exception:
            # The purge_originals command retries what is left; the decision itself succeeded.
            logger.exception("purge after the decision failed for submission %s", submission_id)
    send_review_outcome(submission_id=submission_id)
