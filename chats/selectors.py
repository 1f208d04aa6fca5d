"""Reads of the chats app."""

from django.db import connection
from django.db.models import Q
from django.shortcuts import get_object_or_404

from accounts import prepared
from audit.actions import AuditAction
from audit.models import AuditEvent
from chats.redaction import OrganisationContacts

from .constants import (
    MEDIA_RELEASE_SERVABLE,
    REDACTED_KEY_SUFFIX,
    FileRole,
    MediaRelease,
    ServingRole,
    SubmissionStatus,
    UploadKind,
)
from .models import MediaItem, Message, OrganisationContact, StoredFile, Submission


def submissions_for_user(user):
    """The user's own submissions, newest first, with the zaak they were archived to."""
    return Submission.objects.visible_to(user).select_related("zaak").order_by("-created_at", "-pk")


def submission_for_user(user, pk: int) -> Submission:
    """One of the user's own submissions; 404 for anyone else's (no hint that it exists)."""
    return get_object_or_404(Submission.objects.visible_to(user), pk=pk)


def resubmitted_as(user, submission: Submission) -> Submission | None:
    """The user's own latest upload that sent `submission` again, if any."""
    return (
        Submission.objects.visible_to(user)
        .filter(resubmission_of=submission)
        .order_by("-created_at", "-pk")
        .first()
    )


def resubmissions_among(user, submissions) -> dict[int, int]:
    """Of these submissions, those the user sent again: {earlier pk: latest later pk}, in one
    query whatever their number."""
    later = (
        Submission.objects.visible_to(user)
        .filter(resubmission_of__in=[s.pk for s in submissions])
        .order_by("created_at", "pk")
        .values_list("resubmission_of_id", "pk")
    )
    return dict(later)


def withdrawn_by(user, pk: int) -> bool:
    """Whether `user` withdrew their submission `pk` (it is gone; the audit log keeps that)."""
    return AuditEvent.objects.filter(
        action=AuditAction.SUBMISSION_WITHDRAWN,
        object_type=Submission._meta.label_lower,
        object_id=str(pk),
        actor_id=user.pk,
    ).exists()


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


def archived_message_count(submission: Submission) -> int | None:
    """How many of its messages went into the archived record (Informatiebeheer may have left
    some out); None while it is not archived."""
    if submission.status != SubmissionStatus.GEARCHIVEERD:
        return None
    return Message.objects.filter(submission=submission, in_record=True).count()


def screenshot_counts(submission: Submission) -> tuple[int, int, tuple[int, int] | None]:
    """A screenshot upload's screenshots and PDF documents (the intake takes PDFs there too):
    how many processing made of each, and how many of each went into the archived record (all
    but those Informatiebeheer withheld; None while it is not archived). (0, 0, None) for an
    export."""
    if submission.upload_kind != UploadKind.SCREENSHOTS:
        return 0, 0, None
    loose = MediaItem.objects.filter(submission=submission, message__isnull=True)
    is_pdf = Q(mime_type="application/pdf")
    shots, documents = loose.exclude(is_pdf).count(), loose.filter(is_pdf).count()
    if submission.status != SubmissionStatus.GEARCHIVEERD or not (shots or documents):
        return shots, documents, None
    kept = loose.filter(release__in=MEDIA_RELEASE_SERVABLE)
    return shots, documents, (kept.exclude(is_pdf).count(), kept.filter(is_pdf).count())


def resubmittable_for_user(user, pk) -> Submission | None:
    """The user's own rejected, failed or questioned submission to send again; None otherwise."""
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    return Submission.objects.visible_to(user).filter(pk=pk, status__in=RESUBMITTABLE).first()


# --- which file of an attachment may be served, to whom ---------------------------------------
#
# The one rule for every file a record holds: outside the review page (Woo pages, Woo exports,
# the archive PDF) only a redacted derivative or an item Informatiebeheer released is served.
# Informatiebeheer sees the derivative of anything (to judge and release it), never an original.
# Every serving path asks servable_file (one item) or servable_media (a queryset filter).


def _as_role(for_role: str) -> ServingRole:
    try:
        return ServingRole(for_role)
    except ValueError:
        raise ValueError(f"unknown serving role: {for_role!r}") from None


def servable_media_q(*, for_role: str) -> Q:
    """The filter on MediaItem that servable_file applies to one item, for querysets."""
    role = _as_role(for_role)
    q = Q(
        derived__isnull=False,
        derived__role=FileRole.DERIVED,
        derived__purged_at__isnull=True,
    ) & ~Q(derived__file="")
    if role != ServingRole.REVIEW:
        q &= Q(release__in=MEDIA_RELEASE_SERVABLE, passage_readable_since__isnull=True)
    return q


def servable_media(*, for_role: str):
    """Media items that have a file `for_role` may get (see servable_file), in seq order."""
    return MediaItem.objects.filter(servable_media_q(for_role=for_role)).order_by("seq")


def servable_file(media: MediaItem, *, for_role: str) -> StoredFile | None:
    """The file of `media` that may be served `for_role`, or None when nothing may be.

    Never the original. Woo and the archive PDF get the derivative only when it is redacted
    (`geanonimiseerd`) or Informatiebeheer released it (`vrijgegeven`); withheld items and
    contact cards (`nooit`) get nothing, nor does an item whose file still shows a passage
    blacked out by hand (`passage_readable_since`). Informatiebeheer gets the derivative of any
    item.
    """
    role = _as_role(for_role)
    stored = media.derived
    if (
        stored is None
        or stored.role != FileRole.DERIVED
        or not stored.file
        or stored.purged_at is not None
    ):
        return None
    if role != ServingRole.REVIEW and (
        media.release not in MEDIA_RELEASE_SERVABLE or media.passage_readable_since is not None
    ):
        # Withheld, or its file still shows a passage blacked out by hand in its text.
        return None
    return stored


def pdf_pages_releasable(media: MediaItem) -> bool:
    """Whether the pages of PDF attachment `media` may be shown outside the review: only its
    redacted rebuild that processing checked (never the drawn, unredacted pages of a PDF that
    could not be checked, even when Informatiebeheer released it), and not while its file still
    shows a passage blacked out by hand."""
    stored = servable_file(media, for_role=ServingRole.WOO)
    return (
        stored is not None
        and stored.mime_type == "application/pdf"
        and media.passage_readable_since is None
        and (
            media.release == MediaRelease.GEANONIMISEERD
            or stored.derived_key.endswith(REDACTED_KEY_SUFFIX)
        )
    )


def organisation_keep_values() -> tuple[str, ...]:
    """The active contact values as written, for screenshots (matched on the OCR text)."""
    return tuple(
        OrganisationContact.objects.filter(active=True, nog_te_controleren=False).values_list(
            "value", flat=True
        )
    )


def organisation_contacts() -> OrganisationContacts:
    """The municipality's own contact data Beheer keeps, as the detector's plain data. One plain
    query in the model's order (every search reads it, for the audit log: the ORM's building
    of it cost more than the query itself)."""
    with connection.cursor() as cursor:
        prepared.execute(  # parsed and planned once per connection (accounts.prepared)
            cursor,
            "chats_organisation_contacts",
            f"SELECT kind, value FROM {OrganisationContact._meta.db_table} "
            "WHERE active AND NOT nog_te_controleren ORDER BY kind, value",
        )
        rows = cursor.fetchall()
    by_kind: dict[str, list[str]] = {}
    for kind, value in rows:
        by_kind.setdefault(kind, []).append(value)
    kinds = OrganisationContact.Kind
    return OrganisationContacts.of(
        phones=by_kind.get(kinds.TELEFOON, ()),
        emails=by_kind.get(kinds.EMAIL, ()),
        ibans=by_kind.get(kinds.IBAN, ()),
        names=by_kind.get(kinds.NAAM, ()),
        addresses=by_kind.get(kinds.ADRES, ()),
    )
