"""Reads of the chats app."""

from django.shortcuts import get_object_or_404

from chats.redaction import OrganisationContacts

from .models import OrganisationContact, Submission


def submissions_for_user(user):
    """The user's own submissions, newest first, with the zaak they were archived to."""
    return Submission.objects.visible_to(user).select_related("zaak").order_by("-created_at", "-pk")


def submission_for_user(user, pk: int) -> Submission:
    """One of the user's own submissions; 404 for anyone else's (no hint that it exists)."""
    return get_object_or_404(Submission.objects.visible_to(user), pk=pk)


def organisation_contacts() -> OrganisationContacts:
    """The municipality's own contact data Beheer keeps, as the detector's plain data."""
    rows = OrganisationContact.objects.filter(active=True).values_list("kind", "value")
    by_kind: dict[str, list[str]] = {}
    for kind, value in rows:
        by_kind.setdefault(kind, []).append(value)
    kinds = OrganisationContact.Kind
    return OrganisationContacts.of(
        phones=by_kind.get(kinds.TELEFOON, ()),
        emails=by_kind.get(kinds.EMAIL, ()),
        ibans=by_kind.get(kinds.IBAN, ()),
    )
