"""Reads of the chats app."""

from django.shortcuts import get_object_or_404

from .models import Submission


def submissions_for_user(user):
    """The user's own submissions, newest first, with the zaak they were archived to."""
    return Submission.objects.visible_to(user).select_related("zaak").order_by("-created_at", "-pk")


def submission_for_user(user, pk: int) -> Submission:
    """One of the user's own submissions; 404 for anyone else's (no hint that it exists)."""
    return get_object_or_404(Submission.objects.visible_to(user), pk=pk)
