"""Reads of the chats app."""

from django.shortcuts import get_object_or_404

from .constants import SubmissionStatus
from .models import Submission


def submissions_for_user(user):
    """The user's own submissions, newest first, with the zaak they were archived to."""
    return Submission.objects.visible_to(user).select_related("zaak").order_by("-created_at", "-pk")


def submission_for_user(user, pk: int) -> Submission:
    """One of the user's own submissions; 404 for anyone else's (no hint that it exists)."""
    return get_object_or_404(Submission.objects.visible_to(user), pk=pk)


def submission_for_token(*, user, form_token) -> Submission | None:
    """The user's submission sent with this one-time form token, if it was sent already."""
    if form_token is None or not user.is_authenticated:
        return None
    return Submission.objects.filter(submitted_by=user, form_token=form_token).first()


RESUBMITTABLE = (
    SubmissionStatus.AFGEWEZEN,
    SubmissionStatus.MISLUKT,
    SubmissionStatus.TERUG_NAAR_INDIENER,
)


def resubmittable_for_user(user, pk) -> Submission | None:
    """The user's own rejected, failed or questioned submission to send again; None otherwise."""
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    return Submission.objects.visible_to(user).filter(pk=pk, status__in=RESUBMITTABLE).first()
