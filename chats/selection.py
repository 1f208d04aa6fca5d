"""Which messages fall in a calendar day or a period, and the submitter's period as a selection.

A day is a calendar day in the municipality's time zone (settings.TIME_ZONE), as a chat export
shows it. Used on both sides: the worker pre-selects the period the submitter marked as important
when it stores a processing result (`chats.pipeline.store`), and the review (in the request)
pages the transcript by day and selects days and periods (`chats.review`).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from .constants import SelectionSource


def day_start(day: date) -> datetime:
    """The first moment of `day` in the current time zone (aware)."""
    return timezone.make_aware(datetime.combine(day, time.min))


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a calendar day: 23 or 25 hours on the days the clock changes."""
    return day_start(day), day_start(day + timedelta(days=1))


def period_q(first: date | None, last: date | None) -> Q | None:
    """Messages sent on the days first..last (inclusive; either end may be open); None: no period."""
    if first is None and last is None:
        return None
    q = Q(sent_at__isnull=False)
    if first is not None:
        q &= Q(sent_at__gte=day_start(first))
    if last is not None:
        q &= Q(sent_at__lt=day_start(last + timedelta(days=1)))
    return q


def submitter_period_q(submission) -> Q | None:
    """The period the submitter marked as important ("belangrijk vanaf/tot"); None if none."""
    return period_q(submission.periode_van, submission.periode_tot)


def apply_submitter_period(submission, messages: QuerySet) -> int | None:
    """Select exactly the messages of the submitter's period; the caller holds the row lock.

    `messages` are the submission's messages. Returns how many are selected, or None (nothing
    changed) when there is no period or no message falls in it: selecting nothing would hide the
    whole chat behind a typing error in a date.
    """
    q = submitter_period_q(submission)
    if q is None or not messages.filter(q).exists():
        return None
    messages.filter(q).exclude(in_record=True).update(in_record=True)
    messages.exclude(q).exclude(in_record=False).update(in_record=False)
    submission.selection_source = SelectionSource.PERIODE_INDIENER
    return messages.filter(in_record=True).count()
