"""Scheduled e-mails (run by beat through `chats.tasks`): Informatiebeheer's daily digest and the
reminder to an employee who left a question unanswered.

Dutch, and without chat text: the digest gives counts, submission numbers, departments and ages
with links to the queue; the reminder links to the employee's page, where the question is.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .constants import SubmissionStatus
from .models import ReviewQuestion, Submission
from .wording import aantal

logger = logging.getLogger(__name__)

# At most this many submissions are listed per heading; the counts are always complete.
DIGEST_LIST_LIMIT = 20


@dataclass
class DigestSection:
    title: str
    count: int
    url: str
    rows: list[dict] = field(default_factory=list)


def _site(path: str) -> str:
    return f"{settings.ARCHIEF_SITE_URL.rstrip('/')}{path}"


def _rows(queryset, now: datetime) -> list[dict]:
    return [
        {
            "pk": pk,
            "afdeling": afdeling_label,
            "days": (now - created_at).days,
            "url": _site(reverse("admin:chats_submission_review", args=[pk])),
        }
        for pk, afdeling_label, created_at in (
            (s.pk, s.get_afdeling_display(), s.created_at)
            for s in queryset.only("pk", "afdeling", "created_at")[:DIGEST_LIST_LIMIT]
        )
    ]


def digest_sections(*, now: datetime | None = None) -> list[DigestSection]:
    """What Informatiebeheer should know this morning (sections with nothing in them left out)."""
    now = now or timezone.now()
    queue = reverse("admin:chats_submission_changelist")
    waiting_days = settings.ARCHIEF_DIGEST_WAITING_DAYS
    new = Submission.objects.filter(created_at__gte=now - timedelta(days=1)).order_by("created_at")
    failed = Submission.objects.filter(status=SubmissionStatus.MISLUKT).order_by("created_at")
    waiting = Submission.objects.filter(
        status=SubmissionStatus.TE_BEOORDELEN,
        created_at__lt=now - timedelta(days=waiting_days),
    ).order_by("created_at")
    answered = (
        Submission.objects.filter(
            status=SubmissionStatus.TE_BEOORDELEN, questions__answered_at__isnull=False
        )
        .distinct()
        .order_by("created_at")
    )
    sections = [
        DigestSection("Nieuw ingestuurd (afgelopen 24 uur)", new.count(), _site(queue)),
        DigestSection(
            "Verwerking mislukt",
            failed.count(),
            _site(f"{queue}?status={SubmissionStatus.MISLUKT}"),
        ),
        DigestSection(
            f"Wacht al langer dan {aantal(waiting_days, 'dag', 'dagen')} op beoordeling",
            waiting.count(),
            _site(f"{queue}?wacht=7" if waiting_days >= 7 else queue),
        ),
        DigestSection("Antwoord van de indiener ontvangen", answered.count(), _site(queue)),
    ]
    for section, queryset in zip(sections, (new, failed, waiting, answered), strict=True):
        if section.count:
            section.rows = _rows(queryset, now)
    return [section for section in sections if section.count]


def informatiebeheer_digest_send(*, now: datetime | None = None) -> bool:
    """Mail the digest to Informatiebeheer's mailbox; False when there is nothing to report."""
    sections = digest_sections(now=now)
    if not sections:
        return False
    context = {
        "sections": sections,
        "limit": DIGEST_LIST_LIMIT,
        "queue": _site(reverse("admin:chats_submission_changelist")),
        "overview": _site(reverse("admin:chats_submission_overview")),
    }
    subject = render_to_string("emails/di_digest_subject.txt", context).strip()
    body = render_to_string("emails/di_digest_body.txt", context)
    EmailMessage(subject, body, to=[settings.ARCHIEF_INFORMATIEBEHEER_EMAIL]).send()
    logger.info("digest sent: %s", ", ".join(f"{s.count}" for s in sections))
    return True


def question_reminders_send(*, now: datetime | None = None) -> int:
    """Remind each employee once of a question left unanswered; returns how many were sent.

    A question is reminded of when it is ARCHIEF_QUESTION_REMINDER_DAYS old, still open and the
    submission still waits for the employee. `reminded_at` is set first (in the same
    transaction as the pick), so two beats never send the same reminder twice; a failed send
    is logged and not retried.
    """
    now = now or timezone.now()
    due_before = now - timedelta(days=settings.ARCHIEF_QUESTION_REMINDER_DAYS)
    sent = 0
    due = ReviewQuestion.objects.filter(
        answered_at__isnull=True,
        reminded_at__isnull=True,
        asked_at__lt=due_before,
        submission__status=SubmissionStatus.TERUG_NAAR_INDIENER,
    ).values_list("pk", flat=True)
    for question_id in list(due):
        with transaction.atomic():
            question = (
                ReviewQuestion.objects.select_for_update()
                .select_related("submission__submitted_by")
                .filter(pk=question_id, reminded_at__isnull=True)
                .first()
            )
            if question is None:
                continue
            question.reminded_at = now
            question.save(update_fields=["reminded_at"])
        if _send_reminder(question):
            sent += 1
    return sent


def _send_reminder(question: ReviewQuestion) -> bool:
    submission = question.submission
    user = submission.submitted_by
    if not user.email:
        return False
    context = {
        "submission": submission,
        "question": question,
        "user": user,
        "url": _site(reverse("submission_detail", args=[submission.pk])),
        "contact": settings.ARCHIEF_INFORMATIEBEHEER_EMAIL,
    }
    subject = render_to_string("emails/question_reminder_subject.txt", context).strip()
    body = render_to_string("emails/question_reminder_body.txt", context)
    try:
        EmailMessage(
            subject, body, to=[user.email], reply_to=[settings.ARCHIEF_INFORMATIEBEHEER_EMAIL]
        ).send()
    except Exception as exc:
        logger.warning(
            "question reminder for submission %s failed (%s)", submission.pk, type(exc).__name__
        )
        return False
    return True
