"""Reads for the review pages: the transcript by day and by search, message ranges, counts and
the retention an archive would get. Every read is bounded: a chat may have 50,000 messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from accounts.permissions import REVIEW_SUBMISSION
from audit.models import AuditEvent
from zaken.models import SelectielijstResultaat, Zaak
from zaken.retention import Archiefactie

from ..constants import OVERLAP_RETURNED, MediaRelease, RedactionSource, ServingRole
from ..models import MediaItem, Message, OrganisationContact, RedactionSpan, Submission
from ..selection import day_bounds
from ..selectors import organisation_contacts, servable_media_q
from .text import OwnValues

# Messages per page of the transcript: one page of a long day stays well under 200 KB of HTML.
PAGE_SIZE = 200
# Loose screenshots per page (each with its text).
MEDIA_PAGE_SIZE = 40
# A search within the chat needs this many characters (fewer would match nearly everything).
SEARCH_MIN_LENGTH = 2
# Withheld attachments listed by name on the review page; the rest are counted.
WITHHELD_LISTED = 20
# Attachments listed per kind (going to Woo, withheld) on the archive confirmation.
ARCHIVE_MEDIA_LISTED = 50
# The view keys of the two pages that are no calendar day.
UNDATED = "onbekend"
LOOSE_MEDIA = "afbeeldingen"


@dataclass(frozen=True)
class Day:
    """One calendar day of the chat (or its messages without a time) with its counts."""

    day: date | None
    total: int
    selected: int

    @property
    def key(self) -> str:
        return self.day.isoformat() if self.day else UNDATED


@dataclass(frozen=True)
class Overview:
    """The days of a chat with their counts, and the totals the selection bar shows."""

    days: list[Day]
    total: int
    selected: int
    loose_media: int
    loose_withheld: int = 0  # loose media withheld from Woo and the archive PDF
    # Of the loose media, the PDF documents (a screenshots upload takes PDFs too), and of
    # those the withheld ones
    loose_documents: int = 0
    loose_documents_withheld: int = 0

    @property
    def loose_in_record(self) -> int:
        """Loose screenshots that go into the record: the withheld ones do not."""
        return self.loose_media - self.loose_withheld

    @property
    def loose_documents_in_record(self) -> int:
        """Loose PDF documents that go into the record."""
        return self.loose_documents - self.loose_documents_withheld

    @property
    def loose_shots_in_record(self) -> int:
        """Loose media other than PDF documents that go into the record (screenshots)."""
        return self.loose_in_record - self.loose_documents_in_record

    @property
    def screenshots_only(self) -> bool:
        """A record of loose screenshots: nothing to select, each screenshot goes in."""
        return self.total == 0 and self.loose_media > 0

    def find(self, key: str) -> Day | None:
        return next((d for d in self.days if d.key == key), None)

    def neighbours(self, key: str) -> tuple[Day | None, Day | None]:
        keys = [d.key for d in self.days]
        if key not in keys:
            return None, None
        at = keys.index(key)
        return (
            self.days[at - 1] if at > 0 else None,
            self.days[at + 1] if at + 1 < len(self.days) else None,
        )

    def default_key(self) -> str:
        """The first day with a selected message, else the first day; loose media last."""
        for day in self.days:
            if day.selected:
                return day.key
        if self.days:
            return self.days[0].key
        return LOOSE_MEDIA if self.loose_media else ""


# A PDF document among the loose media (a screenshots upload takes PDFs too).
_IS_PDF = Q(mime_type="application/pdf")


def transcript_overview(*, submission_id: int) -> Overview:
    """Days with their message and selection counts (one grouped query) and loose media."""
    rows = (
        Message.objects.filter(submission_id=submission_id)
        .annotate(day=TruncDate("sent_at", tzinfo=timezone.get_current_timezone()))
        .values("day")
        .annotate(total=Count("pk"), selected=Count("pk", filter=Q(in_record=True)))
        .order_by("day")
    )
    days = [Day(day=row["day"], total=row["total"], selected=row["selected"]) for row in rows]
    # Messages without a time come last, after the dated days.
    days.sort(key=lambda d: (d.day is None, d.day or date.min))
    # Withheld as Woo and the PDF see it: the one rule of every serving path (its joins are
    # single-valued, so one aggregate counts both).
    withheld = ~servable_media_q(for_role=ServingRole.WOO)
    loose = MediaItem.objects.filter(submission_id=submission_id, message__isnull=True).aggregate(
        total=Count("pk"),
        withheld=Count("pk", filter=withheld),
        documents=Count("pk", filter=_IS_PDF),
        documents_withheld=Count("pk", filter=_IS_PDF & withheld),
    )
    return Overview(
        days=days,
        total=sum(d.total for d in days),
        selected=sum(d.selected for d in days),
        loose_media=loose["total"],
        loose_withheld=loose["withheld"],
        loose_documents=loose["documents"],
        loose_documents_withheld=loose["documents_withheld"],
    )


def selection_counts(*, submission_id: int) -> tuple[int, int]:
    """(selected, total) messages of the submission, in one query."""
    counts = Message.objects.filter(submission_id=submission_id).aggregate(
        total=Count("pk"), selected=Count("pk", filter=Q(in_record=True))
    )
    return counts["selected"], counts["total"]


def day_filter(day: date | None) -> Q:
    """Messages of one calendar day; None: the messages without a time."""
    if day is None:
        return Q(sent_at__isnull=True)
    start, end = day_bounds(day)
    return Q(sent_at__gte=start, sent_at__lt=end)


def day_messages(*, submission_id: int, day: date | None) -> QuerySet[Message]:
    return Message.objects.filter(day_filter(day), submission_id=submission_id).order_by("seq")


def search_filter(query: str) -> Q:
    """Messages whose (original) text, or the text read from one of their attachments (a PDF's
    text layer, a photo's OCR, shown under the message), contains `query`, case-insensitive."""
    needle = query.strip()
    in_attachment = MediaItem.objects.filter(message_id=OuterRef("pk"), ocr_text__icontains=needle)
    return Q(text__icontains=needle) | Q(Exists(in_attachment))


def messages_matching(*, submission_id: int, query: str) -> QuerySet[Message]:
    """The hits of a search within the chat, in chat order (the review and its selection agree)."""
    return Message.objects.filter(search_filter(query), submission_id=submission_id).order_by("seq")


def loose_media(*, submission_id: int) -> QuerySet[MediaItem]:
    return MediaItem.objects.filter(submission_id=submission_id, message__isnull=True).order_by(
        "seq"
    )


def overlap_follower(media: MediaItem, *, for_update: bool = False) -> MediaItem | None:
    """The screenshot after `media` whose text had the messages both show cut from it
    (chats.pipeline.screenshot_overlap), while that text is kept (`overlap["text"]`; after the
    purge its redacted text, `overlap["redacted"]`, chats.purge.overlap_redacted): where they go
    back when `media`, the copy kept, is withheld. None for anything else."""
    if media.message_id is not None:
        return None
    following = MediaItem.objects.filter(
        submission_id=media.submission_id, message__isnull=True, seq__gt=media.seq
    ).order_by("seq")
    if for_update:
        following = following.select_for_update()
    found = following.first()
    overlap = (found.overlap or {}) if found is not None else {}
    return found if overlap.get("text") or overlap.get("redacted") else None


def overlap_returned_to(media: MediaItem, *, for_update: bool = False) -> MediaItem | None:
    """The screenshot after `media` into whose text the messages both show went back when
    `media`, the copy kept, was withheld (its OVERLAP_RETURNED note names `media`); None for
    anything else."""
    if media.message_id is not None:
        return None
    following = MediaItem.objects.filter(
        submission_id=media.submission_id, message__isnull=True, seq__gt=media.seq
    ).order_by("seq")
    if for_update:
        following = following.select_for_update()
    found = following.first()
    returned = ((found.overlap or {}) if found is not None else {}).get(OVERLAP_RETURNED) or {}
    return found if returned.get("by") == media.pk else None


def message_position(*, submission_id: int, seq: int) -> tuple[str, int] | None:
    """The day page (key, page number) on which message `seq` is shown; None if unknown."""
    message = (
        Message.objects.filter(submission_id=submission_id, seq=seq).only("seq", "sent_at").first()
    )
    if message is None:
        return None
    day = timezone.localdate(message.sent_at) if message.sent_at else None
    before = Message.objects.filter(
        day_filter(day), submission_id=submission_id, seq__lt=seq
    ).count()
    return (day.isoformat() if day else UNDATED), before // PAGE_SIZE + 1


def message_ids_in_range(*, submission_id: int, first_seq: int, last_seq: int) -> list[int]:
    """Ids of the messages numbered first_seq..last_seq (inclusive, either order)."""
    low, high = sorted((first_seq, last_seq))
    return list(
        Message.objects.filter(
            submission_id=submission_id, seq__gte=low, seq__lte=high
        ).values_list("pk", flat=True)
    )


def archive_preview(*, zaak: Zaak, resultaat: SelectielijstResultaat | None) -> Archiefactie:
    """The retention the zaak will have once archived with `resultaat` (nothing is saved)."""
    if resultaat is not None:
        zaak = Zaak(
            pk=zaak.pk,
            einddatum=zaak.einddatum,
            resultaat=resultaat,
            bewaartermijn_afwijkend=zaak.bewaartermijn_afwijkend,
            brondatum_afwijkend=zaak.brondatum_afwijkend,
        )
    return zaak.compute_archiefactie()


def record_period(submission: Submission) -> tuple[date, date] | None:
    """The first and last day of the messages in the record (local time); else the period the
    employee gave (screenshots carry no times); None when neither is known."""
    bounds = Message.objects.filter(
        submission_id=submission.pk, in_record=True, sent_at__isnull=False
    ).aggregate(first=Min("sent_at"), last=Max("sent_at"))
    if bounds["first"] is not None:
        return timezone.localdate(bounds["first"]), timezone.localdate(bounds["last"])
    first = submission.periode_van or submission.periode_tot
    last = submission.periode_tot or submission.periode_van
    return (first, last) if first else None


def period_outside_zaak(submission: Submission, zaak: Zaak) -> str:
    """A Dutch warning when the chat lies (partly) outside the zaak's start and end; else "".

    Not an error: a conversation can go on after a zaak is closed, but a chat of March put
    under a zaak closed in February is more often the wrong zaak.
    """
    period = record_period(submission)
    if period is None:
        return ""
    first, last = period
    shown = first.strftime("%d-%m-%Y")
    if last != first:
        shown += f" t/m {last.strftime('%d-%m-%Y')}"
    if zaak.einddatum and last > zaak.einddatum:
        how = "valt na" if first > zaak.einddatum else "loopt door na"
        return (
            f"Het gesprek ({shown}) {how} de einddatum van de zaak "
            f"({zaak.einddatum.strftime('%d-%m-%Y')})."
        )
    if zaak.startdatum and first < zaak.startdatum:
        how = "valt vóór" if last < zaak.startdatum else "begint vóór"
        return (
            f"Het gesprek ({shown}) {how} de startdatum van de zaak "
            f"({zaak.startdatum.strftime('%d-%m-%Y')})."
        )
    return ""


def reviewers():
    """Active users who may review (Informatiebeheer, Beheerder, superusers), by name."""
    app_label, codename = REVIEW_SUBMISSION.split(".")
    perm = Q(content_type__app_label=app_label, codename=codename)
    permission = Permission.objects.filter(perm).first()
    users = get_user_model().objects.filter(is_active=True)
    return (
        users.filter(
            Q(is_superuser=True)
            | Q(groups__permissions=permission)
            | Q(user_permissions=permission)
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def covered_text(span: RedactionSpan) -> str:
    """The text a redaction covers: of its message, or of its attachment's (screenshot's) text."""
    if span.message_id is not None:
        return span.message.text[span.start : span.end]
    if span.media_id is not None:
        return span.media.ocr_text[span.start : span.end]
    return ""


def _span_text(span: RedactionSpan) -> str:
    """What a redaction covers (in a message, or in an attachment's text), compared without
    case or spacing differences."""
    return " ".join(covered_text(span).split()).casefold()


def _redacted_on_purpose() -> Q:
    """Active redactions a reviewer made: added by hand, or switched (back) on. Only review
    actions set `changed_at`; a detected redaction nobody touched has none."""
    return Q(source=RedactionSource.HANDMATIG) | Q(changed_at__isnull=False)


def alike_spans(span: RedactionSpan) -> list[RedactionSpan]:
    """The other redactions of the span's chat over the same text with the same label, in the
    state the span was in before it was switched: what undoing (or redoing) it "everywhere"
    switches too, in its messages and in the text of its attachments and screenshots (walk 52:
    a name undone in a message stayed redacted in a PDF's text). Undoing leaves a redaction a
    reviewer made on purpose (added by hand, or switched back on). Not after the purge: a
    blackout in the redacted text is never undone."""
    if (span.message_id is None and span.media_id is None) or span.on_redacted:
        return []
    text = _span_text(span)
    candidates = (
        RedactionSpan.objects.filter(
            submission_id=span.submission_id,
            label=span.label,
            active=not span.active,
            on_redacted=False,
        )
        .filter(Q(message__isnull=False) | Q(media__isnull=False))
        .exclude(pk=span.pk)
        .select_related("message", "media")
        .order_by(F("message__seq").asc(nulls_last=True), "media__seq", "start")
    )
    if not span.active:
        candidates = candidates.exclude(_redacted_on_purpose())
    return [other for other in candidates if _span_text(other) == text]


def withheld_media(*, submission_id: int) -> tuple[list[MediaItem], int, int]:
    """The chat's attachments withheld until Informatiebeheer releases them (voice notes,
    videos, documents), the first few with their message, how many there are and how many of
    them are PDF documents."""
    withheld = MediaItem.objects.filter(
        submission_id=submission_id, release=MediaRelease.ACHTERGEHOUDEN
    )
    listed = list(
        withheld.select_related("message")
        .only("pk", "mime_type", "passage_readable_since", "message__seq")
        .order_by("message__seq", "seq")[:WITHHELD_LISTED]
    )
    if len(listed) < WITHHELD_LISTED:
        return listed, len(listed), sum(item.mime_type == "application/pdf" for item in listed)
    counts = withheld.aggregate(total=Count("pk"), documents=Count("pk", filter=_IS_PDF))
    return listed, counts["total"], counts["documents"]


@dataclass(frozen=True)
class ArchiveMedia:
    """The attachments and screenshots an archive takes into the record, as its confirmation
    lists them: the first few of each kind, and how many there are."""

    released: list[MediaItem]
    released_total: int
    withheld: list[MediaItem]
    withheld_total: int

    @property
    def released_rest(self) -> int:
        return self.released_total - len(self.released)

    @property
    def withheld_rest(self) -> int:
        return self.withheld_total - len(self.withheld)


def archive_media(*, submission_id: int) -> ArchiveMedia | None:
    """The media of the messages in the record and the loose ones, split by the one rule of
    every serving path (what Woo and the archive PDF get); None when there are none.

    Attachments of messages left out of the record go nowhere and are not counted."""
    in_record = MediaItem.objects.filter(submission_id=submission_id).filter(
        Q(message__isnull=True) | Q(message__in_record=True)
    )
    servable = servable_media_q(for_role=ServingRole.WOO)
    counts = in_record.aggregate(total=Count("pk"), released=Count("pk", filter=servable))
    if not counts["total"]:
        return None

    def listed(items: QuerySet[MediaItem]) -> list[MediaItem]:
        return list(
            items.select_related("message")
            .only(
                "pk",
                "seq",
                "mime_type",
                "release",
                "passage_readable_since",
                "derived_id",
                "message__seq",
            )
            .order_by(F("message__seq").asc(nulls_last=True), "seq")[:ARCHIVE_MEDIA_LISTED]
        )

    return ArchiveMedia(
        released=listed(in_record.filter(servable)),
        released_total=counts["released"],
        withheld=listed(in_record.filter(~servable)),
        withheld_total=counts["total"] - counts["released"],
    )


def unredacted_occurrences(span: RedactionSpan) -> dict[Message, list[tuple[int, int]]]:
    """Where else the chat has the text of a redaction added by hand, as a whole word and not
    yet covered by any redaction (one the reviewer switched off counts: it was undone on
    purpose): what "redact it there too" adds."""
    return _uncovered(
        span,
        Message.objects.only("pk", "seq", "text", "submission_id"),
        text_field="text",
        owner="message",
    )


def unredacted_media_occurrences(span: RedactionSpan) -> dict[MediaItem, list[tuple[int, int]]]:
    """The same as unredacted_occurrences, in the text of the chat's attachments and
    screenshots (read by OCR or from a PDF): "redact it there too" covers them as well."""
    return _uncovered(
        span,
        MediaItem.objects.select_related("derived", "original"),
        text_field="ocr_text",
        owner="media",
    )


def _uncovered(span: RedactionSpan, candidates: QuerySet, *, text_field: str, owner: str) -> dict:
    """The `candidates` of the span's chat (messages or attachments) whose `text_field` holds
    the span's text as a whole word outside every redaction, each with those stretches."""
    if not span.active:
        return {}
    needle = covered_text(span).strip()
    if len(needle) < SEARCH_MIN_LENGTH:
        return {}
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)", re.IGNORECASE)
    owners = list(
        candidates.filter(
            submission_id=span.submission_id, **{f"{text_field}__icontains": needle}
        ).order_by("seq")
    )
    taken: dict[int, list[tuple[int, int]]] = {}
    for owner_id, start, end in RedactionSpan.objects.filter(
        **{f"{owner}__in": owners}
    ).values_list(f"{owner}_id", "start", "end"):
        taken.setdefault(owner_id, []).append((start, end))
    found = {}
    for item in owners:
        text = getattr(item, text_field)
        if free := _free_matches(pattern, text, taken.get(item.pk, [])):
            found[item] = free
    return found


def _free_matches(
    pattern: re.Pattern[str], text: str, covered: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where `pattern` matches `text` outside every covered stretch."""
    return [
        (match.start(), match.end())
        for match in pattern.finditer(text)
        if not any(match.start() < end and start < match.end() for start, end in covered)
    ]


HISTORY_SHOWN = 100
VIEWED_ACTION = "submission.viewed"


@dataclass(frozen=True)
class RecordHistory:
    """What the audit log says happened to one submission, newest first, for its review page."""

    events: list[AuditEvent]
    total: int  # events besides the views
    views: int


def record_history(submission_id: int) -> RecordHistory:
    """The submission's own audit events (received, processed, decided, changed, archived …) and
    its attachments' (released, withheld, served), without the many rows that only say someone looked at it: those are counted."""
    media = [
        str(pk)
        for pk in MediaItem.objects.filter(submission_id=submission_id).values_list("pk", flat=True)
    ]
    rows = AuditEvent.objects.filter(
        Q(object_type="chats.submission", object_id=str(submission_id))
        # Decisions on its attachments (released, withheld) are logged on the attachment.
        | Q(object_type="chats.mediaitem", object_id__in=media)
    )
    changes = rows.exclude(action=VIEWED_ACTION)
    return RecordHistory(
        events=list(
            changes.order_by("-at", "-pk").only("at", "actor_name", "action", "result")[
                :HISTORY_SHOWN
            ]
        ),
        total=changes.count(),
        views=rows.filter(action=VIEWED_ACTION).count(),
    )


def own_values() -> OwnValues:
    """The municipality's own numbers, mailboxes, accounts and building addresses that
    processing keeps readable (Beheer's list, in use and checked), as the review page marks them;
    names of organisations are left unmarked (they are never a person anyway)."""
    kinds = OrganisationContact.Kind
    values = OrganisationContact.objects.filter(
        active=True,
        nog_te_controleren=False,
        kind__in=(kinds.TELEFOON, kinds.EMAIL, kinds.IBAN),
    ).values_list("value", flat=True)
    return OwnValues(values=tuple(values), organisation=organisation_contacts())
