"""What follows a review decision once it has committed: the purge and the submitter's e-mail.

Run by the worker after a rejection or a question to the submitter (`chats.tasks.
after_review_decision`; in the request itself when the broker is unreachable) and when an archive
is complete (`chats.archiving`). The e-mail is Dutch and holds no chat text.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import Submission
from .purge import originals_purge, typed_text_redactor

logger = logging.getLogger(__name__)


def send_review_outcome(*, submission_id: int) -> bool:
    """Mail the submitter the outcome of the review; False when there is no address or it failed."""
    return _mail_outcome(
        Submission.objects.select_related("submitted_by", "zaak").get(pk=submission_id)
    )


def _mail_outcome(submission: Submission) -> bool:
    submission_id = submission.pk
    address = submission.submitted_by.email
    if not address:
        return False
    base = settings.ARCHIEF_SITE_URL.rstrip("/")
    context = {
        "submission": submission,
        # The onderwerp as the detector left it: a mail leaves the archive, and the question and
        # the rejection are sent while the onderwerp as typed (which can name a resident) is
        # still there.
        "onderwerp": submission.onderwerp_redacted or f"inzending {submission.pk}",
        # The question or the reason as the detector leaves it: Informatiebeheer may have
        # named the resident the chat is about.
        "note": typed_text_redactor(submission, [submission.review_note])(submission.review_note),
        "user": submission.submitted_by,
        "url": f"{base}{reverse('submission_detail', args=[submission.pk])}",
        "contact": settings.ARCHIEF_INFORMATIEBEHEER_EMAIL,
    }
    subject = render_to_string("emails/review_outcome_subject.txt", context).strip()
    body = render_to_string("emails/review_outcome_body.txt", context)
    try:
        # Replies (answers to a question) go to Informatiebeheer, not to the no-reply sender.
        EmailMessage(
            subject, body, to=[address], reply_to=[settings.ARCHIEF_INFORMATIEBEHEER_EMAIL]
        ).send()
    except Exception as exc:
        # The decision stands without the mail; the employee also sees it on "Mijn inzendingen".
        # Only the error type: an SMTP refusal quotes the employee's address.
        logger.warning(
            "review outcome mail for submission %s failed (%s)", submission_id, type(exc).__name__
        )
        return False
    return True


def after_decision(submission_id: int, *, purge: bool) -> None:
    """Purge at once (when there is no purge period) and tell the submitter, once.

    Marks the decision followed up unless the e-mail failed: the sweep then tries again. A
    decision already followed up is not mailed again.
    """
    if purge and settings.ARCHIEF_PURGE_ORIGINALS_AFTER.total_seconds() <= 0:
        try:
            originals_purge(submission_id=submission_id)
        except Exception:
            # The purge_originals command retries what is left; the decision itself succeeded.
            logger.exception("purge after the decision failed for submission %s", submission_id)
    with transaction.atomic():
        # The row stays locked while the e-mail goes: a second task for the same decision (the
        # sweep's, taken by another worker process while this one purged) waits here and then
        # finds it done, so the submitter is mailed once.
        locked = Submission.objects.select_for_update(of=("self",)).filter(pk=submission_id)
        submission = locked.select_related("submitted_by", "zaak").get()
        if submission.decision_followed_up_at is not None:
            return
        if _mail_outcome(submission) or not submission.submitted_by.email:
            locked.update(decision_followed_up_at=timezone.now())
