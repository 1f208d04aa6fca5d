"""Writes of the review by Informatiebeheer, in the request: redactions, selection, date order
and decisions (archive, reject, return to the submitter).

Every service checks the submission is still under review, does its work inside one
transaction and writes its audit event (ids and counts, never chat text). Views check
permissions; these functions check again that the user may decide on records at all
(separation of duties: Beheer may not, accounts/duties.py). What follows an archive decision in the
worker (PDF/A, checksums, purge, mail) is `chats.archiving`.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from accounts.duties import require_record_decider
from accounts.permissions import REVIEW_SUBMISSION
from audit import events
from zaken.models import SelectielijstResultaat, Zaak
from zaken.services import zaak_set_resultaat

from ..constants import (
    MEDIA_RELEASE_SERVABLE,
    OVERLAP_RETURNED,
    RENDITION_UNFINISHED,
    REVIEWABLE_STATUSES,
    MediaRelease,
    RedactionSource,
    RejectReason,
    RenditionState,
    SelectionSource,
    ServingRole,
    SubmissionStatus,
)
from ..media_lock import hold_for_deletion
from ..models import (
    MediaItem,
    Message,
    Participant,
    RedactionSpan,
    ReviewQuestion,
    StoredFile,
    Submission,
)
from ..pdf_pages import without_redacted_places
from ..pipeline.build import SUBMITTER_PARTICIPANT_ROLE, pseudonymize_with
from ..pipeline.screenshot_overlap import shared_marks, shared_place
from ..pipeline.screenshot_text import CUT_BOXES, blacked_out_beyond_text, blackout_boxes
from ..purge import typed_text_findings, typed_text_redactor, zaak_omschrijving_redacted
from ..redaction import PLACEHOLDERS
from ..redaction.documents import PDF_WORDS, DocumentRejected, paint_spans
from ..redaction.images import (
    AREA_LABEL,
    REDACTED_LENGTH,
    REDACTED_WORDS,
    ImageRejected,
    boxes_covered,
    layout_on_redacted,
    paint_areas,
    passage_place,
    redraw_screenshot,
    spans_without_boxes,
    words_in_area,
)
from ..selection import apply_submitter_period, submitter_period_q
from ..selectors import servable_file
from ..signals import record_redacted
from ..tasks import enqueue_after_decision, enqueue_archive_completion
from ..wording import aantal, shown_number
from . import selectors
from . import text as review_text
from .errors import DateOrderUnconfirmed, ReviewError

DATE_ORDERS = ("DMY", "MDY")


def _lock_reviewable(submission_id: int, *, user, also: tuple[str, ...] = ()) -> Submission:
    """Lock the submission row; refuse unless it is (still) under review (or in `also`).

    Refuses first (DutyRefused, a 403) a user who may not decide on records: Beheer, or anyone
    without the review permission (separation of duties, accounts/duties.py).
    """
    require_record_decider(user)
    submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
    if submission is None:
        raise ReviewError("Deze inzending bestaat niet (meer).")
    if submission.status not in (*REVIEWABLE_STATUSES, *also):
        raise ReviewError(
            f"Deze inzending kan niet meer worden gewijzigd: de status is "
            f"‘{submission.get_status_display()}’."
        )
    return submission


# --- redactions -----------------------------------------------------------------------------------

# "Nader anonimiseren": an archived record may be made stricter (a redaction added, or one
# switched off before archiving switched on again), never looser.
TIGHTEN_REASON = "nader anonimiseren"
ARCHIVED_NO_UNDO = (
    "Dit archiefstuk is gearchiveerd: een weglakking kan niet meer ongedaan worden gemaakt. "
    "U kunt alleen nog meer weglakken (nader anonimiseren), nooit minder: wat Woo en de PDF "
    "van het archiefstuk niet meer tonen, komt niet terug."
)
ARCHIVED_ORIGINALS_GONE = (
    "De originelen van dit archiefstuk zijn intussen verwijderd. Laad de pagina opnieuw: u "
    "lakt dan weg in de geanonimiseerde tekst (nader anonimiseren), zoals die nu in het "
    "archiefstuk staat."
)
PAGE_OUTDATED = (
    "Deze pagina is verouderd. Laad de pagina opnieuw en selecteer nog eens wat weg moet."
)
REDACTED_TEXT_CHANGED = (
    "Deze tekst is intussen gewijzigd (door u of een collega). Laad de pagina opnieuw en "
    "selecteer nog eens wat weg moet."
)


def tightenable(submission: Submission) -> bool:
    """Whether more may be blacked out in this archived record ("nader anonimiseren"): always.
    While its originals are kept a redaction indexes them (`redaction_add`); once they are
    purged, the passage is replaced in the redacted text itself (`redacted_text_tighten`). The
    review page offers it by this rule."""
    return _archived(submission)


def _lock_tightenable(submission_id: int, *, user) -> Submission:
    """_lock_reviewable that also takes an archived record whose originals are still there
    (the redactions index them): redactions may be added to it, none undone."""
    submission = _lock_reviewable(submission_id, user=user, also=(SubmissionStatus.GEARCHIVEERD,))
    if _archived(submission) and submission.originals_purged_at:
        raise ReviewError(ARCHIVED_ORIGINALS_GONE)
    return submission


def _lock_purged_archive(submission_id: int, *, user) -> Submission:
    """_lock_reviewable for an archived record whose originals are purged: more may be blacked
    out in its redacted texts, nothing undone. Any other record was shown with its originals."""
    submission = _lock_reviewable(submission_id, user=user, also=(SubmissionStatus.GEARCHIVEERD,))
    if not (_archived(submission) and submission.originals_purged_at):
        raise ReviewError(PAGE_OUTDATED)
    return submission


def _archived(submission: Submission) -> bool:
    return submission.status == SubmissionStatus.GEARCHIVEERD


def _tighten_reason(submission: Submission) -> str:
    """What the audit row of a redaction change says: why, when the record was archived."""
    return TIGHTEN_REASON if _archived(submission) else ""


Texts = dict[tuple[str, int], str]


def _texts_now(submission: Submission, *, messages=(), media=()) -> Texts:
    """The redacted texts of these messages and attachments (ids) of an archived record as
    stored now, by ("message" or "media", id); {} for a record under review."""
    if not _archived(submission):
        return {}
    texts = {
        ("message", pk): text
        for pk, text in Message.objects.filter(pk__in=list(messages)).values_list(
            "pk", "text_redacted"
        )
    }
    texts.update(
        {
            ("media", pk): text
            for pk, text in MediaItem.objects.filter(pk__in=list(media)).values_list(
                "pk", "ocr_text_redacted"
            )
        }
    )
    return texts


def _after_tightening(submission: Submission, before: Texts) -> None:
    """An archived record made stricter, inside the caller's transaction: the Woo index (and the
    passages Woo requests marked in the redacted texts, `before` -> now) follow at once, by a
    receiver; the record's PDF is made again after commit. Woo exports of requests holding it
    become outdated by themselves: they hash the redacted texts (woo.release_jobs.content_state).
    Nothing touched (every place blacked out already): the PDF stands and the record stays
    searchable."""
    if not _archived(submission) or not before:
        return
    after = _texts_now(
        submission,
        messages=[pk for kind, pk in before if kind == "message"],
        media=[pk for kind, pk in before if kind == "media"],
    )
    changes = [
        (kind, pk, old, after[(kind, pk)])
        for (kind, pk), old in before.items()
        if after.get((kind, pk), old) != old
    ]
    record_redacted.send(sender=Submission, submission_id=submission.pk, changes=changes)
    _rendition_redo(submission.pk)


def record_tightened(submission: Submission, before: Texts) -> None:
    """What follows a record made stricter outside the review page (chats.chat_rules_again):
    as `_after_tightening`, inside the caller's transaction."""
    _after_tightening(submission, before)


def refresh_redacted_messages(messages: Collection[Message], *, submission_id: int) -> None:
    """The messages' redacted texts made again from their originals and every applied span
    (for chats.chat_rules_again, which adds spans outside the review page)."""
    _refresh_messages(messages, submission_id=submission_id)


def _replacements(submission_id: int) -> dict[str, str]:
    return review_text.replacements_for(
        Participant.objects.filter(submission_id=submission_id).values_list("name", "pseudonym")
    )


def _forget_pdf_places(media: MediaItem) -> list[str]:
    """Drop the PDF word places kept on `media`'s redacted text, which is changing (they would
    index the text as it was); the fields to save with it. Only after the purge, which keeps
    them: before it, the redacted text is recomputed from the original (_refresh_redacted) and
    the places index the original."""
    layout = without_redacted_places(media.ocr_boxes)
    if layout is None:
        return []
    media.ocr_boxes = layout
    return ["ocr_boxes"]


def _refresh_redacted(*, message: Message | None = None, media: MediaItem | None = None) -> None:
    """Recompute the redacted text of one message or OCR text from the original + active spans."""
    if message is not None:
        _refresh_messages([message], submission_id=message.submission_id)
        return
    spans = RedactionSpan.objects.filter(active=True, media=media).values_list(
        "start", "end", "label"
    )
    media.ocr_text_redacted = review_text.redacted_text(
        media.ocr_text, spans, replacements=_replacements(media.submission_id)
    )
    media.save(update_fields=["ocr_text_redacted"])


def _refresh_messages(messages: Collection[Message], *, submission_id: int) -> None:
    """_refresh_redacted for many messages of one chat in three queries, not three each."""
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for message_id, start, end, label in RedactionSpan.objects.filter(
        active=True, message__in=[message.pk for message in messages]
    ).values_list("message_id", "start", "end", "label"):
        spans.setdefault(message_id, []).append((start, end, label))
    replacements = _replacements(submission_id)
    changed = []
    for message in messages:
        redacted = review_text.redacted_text(
            message.text, spans.get(message.pk, ()), replacements=replacements
        )
        # A caller that read the message without its redacted text writes it unread.
        if "text_redacted" in message.get_deferred_fields() or redacted != message.text_redacted:
            message.text_redacted = redacted
            changed.append(message)
    Message.objects.bulk_update(changed, ["text_redacted"], batch_size=500)


def _refresh_media(items: Collection[MediaItem], *, submission_id: int) -> None:
    """_refresh_redacted for many attachments of one chat in three queries, not three each."""
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for media_id, start, end, label in RedactionSpan.objects.filter(
        active=True, media__in=[item.pk for item in items]
    ).values_list("media_id", "start", "end", "label"):
        spans.setdefault(media_id, []).append((start, end, label))
    replacements = _replacements(submission_id)
    changed = []
    for item in items:
        redacted = review_text.redacted_text(
            item.ocr_text, spans.get(item.pk, ()), replacements=replacements
        )
        if "ocr_text_redacted" in item.get_deferred_fields() or redacted != item.ocr_text_redacted:
            item.ocr_text_redacted = redacted
            changed.append(item)
    MediaItem.objects.bulk_update(changed, ["ocr_text_redacted"], batch_size=500)


IMAGE_SOURCE_GONE = (
    "De oorspronkelijke afbeelding is er niet meer, dus de zwarte vlakken in de afbeelding "
    "kunnen niet worden aangepast. De weglakking is niet gewijzigd."
)


_FORMAT_OF_SUFFIX = {".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP", ".png": "PNG"}


def _redraw_image(media: MediaItem, *, adding: bool, user=None, request=None) -> bool:
    """Redraw a screenshot's (or photo's) blacked-out derivative from its original and the
    active spans, keeping black what was blacked out over text cut from its OCR text (the
    phone's chrome, messages the screenshot before showed: `_cut_boxes`).

    The derived file keeps its name and derived key and gets the new SHA-256. Only images whose
    word boxes were stored at processing have a layout to redraw; returns whether it did. A
    photo inside an iPhone export has no loose original: a box added (`adding`) is painted on
    its derivative; one switched off stays black in the photo while its text shows again.
    A passage marked by hand that touches no stored word box is not painted: the image is
    redrawn all the same, but this returns False (`media.marks_unplaced` says why), so the
    caller marks and withholds it (`_mark_passage_readable`).
    """
    media.marks_unplaced = False
    media.unpainted_now = None  # the passages it did not paint, for _mark_passages_readable
    layout = media.ocr_boxes or {}
    derived = media.derived
    if layout.get(PDF_WORDS) and derived is not None and derived.file:
        return adding and _paint_pdf(media, layout[PDF_WORDS], user=user, request=request)
    # A layout without words (a photo with no text in it) is redrawn too: its areas
    # (image_areas) and faces. Not here: where its passages stand is not known
    # (_note_unpainted lists them).
    if "words" not in layout or derived is None or not derived.file:
        return False
    hand = list(
        RedactionSpan.objects.filter(
            media=media, active=True, source=RedactionSource.HANDMATIG
        ).only("pk", "start", "end", "label")
    )
    spans = list(
        RedactionSpan.objects.filter(media=media, active=True).values_list("start", "end", "label")
    )
    # A passage marked by hand over no word of the layout gets no box: the image still shows it.
    unplaced = set(spans_without_boxes(layout, [(s.start, s.end, s.label) for s in hand]))
    media.marks_unplaced = bool(unplaced)
    media.unpainted_now = _passages_unpainted(
        media, [s for s in hand if (s.start, s.end, s.label) in unplaced]
    )
    # Screenshots are PNG; a photo's derivative keeps its own format and name.
    out_format = _FORMAT_OF_SUFFIX.get(Path(derived.file.name).suffix.lower(), "PNG")
    source = media.original
    if source is None or not source.file or source.purged_at is not None:
        if not layout.get("photo"):
            media.unpainted_now = _passages_unpainted(media, hand)  # none painted
            raise ReviewError(IMAGE_SOURCE_GONE)
        if not adding:
            return False
        source = derived  # paint the new box over what is already blacked out
    try:
        with default_storage.open(source.file.name, "rb") as fh:
            redrawn = redraw_screenshot(
                fh,
                layout={
                    **layout,
                    "photo": layout.get("photo") and source is not derived,
                    "plates": [*(layout.get("plates") or ()), *_cut_boxes(media)],
                },
                spans=spans,
                max_pixels=settings.ARCHIEF_MAX_IMAGE_PIXELS,
                out_format=out_format,
                areas=image_areas(media),
            )
    except (OSError, ImageRejected):
        media.unpainted_now = _passages_unpainted(media, hand)  # none painted
        raise ReviewError(IMAGE_SOURCE_GONE) from None
    _replace_derived(derived, redrawn.data)
    if media.marks_unplaced:
        return False  # redrawn, but not with every passage marked by hand: still readable
    if source is not derived:
        # Redrawn from the original with every active span.
        _passage_painted(media, user=user, request=request, reason=PASSAGE_REDRAWN)
    return True


# The layout's (MediaItem.ocr_boxes) list of the passages blacked out by hand in an image's text
# that could not be painted in it, while it is marked (passage_readable_since): each
# {"id", "label", "span" (its RedactionSpan, or None), "boxes" (where it stands, pixels: its
# word boxes or its line's stretch; None: not known)}. What an area must cover before the image
# is released (_may_release_marked). No text.
UNPAINTED = "unpainted"


def _unpainted(label: str, boxes: list | None, span: int | None = None) -> dict:
    return {"id": uuid.uuid4().hex[:8], "label": label, "span": span, "boxes": boxes}


def _passages_unpainted(media: MediaItem, spans: list[RedactionSpan]) -> list[dict]:
    """UNPAINTED entries for these spans of the image's OCR text (not yet purged): their places
    as the stored layout tells them (`passage_place`)."""
    layout = media.ocr_boxes or {}
    return [
        _unpainted(
            span.label,
            passage_place(layout, media.ocr_text, span.start, span.end)
            if "words" in layout
            else None,
            span.pk,
        )
        for span in spans
    ]


def _cut_boxes(media: MediaItem) -> list[list[int]]:
    """The pixel boxes blacked out at processing over text since cut from the image's OCR text,
    which no span of it stands for: the chrome's (layout) and the messages the duplicate check
    cut (`MediaItem.overlap`, until they are put back; computed from their spans and word
    places for a record processed before the boxes were stored), with the words blacked out by
    hand in the screenshot that kept those messages (`overlap["hand"]`)."""
    layout = media.ocr_boxes or {}
    boxes = list(layout.get(CUT_BOXES) or ())
    overlap = media.overlap or {}
    cut_layout = {"words": overlap.get("words") or (), "size": layout.get("size")}
    if overlap.get("boxes") is not None:
        boxes += overlap["boxes"]
    elif overlap.get("text"):
        boxes += blackout_boxes(
            cut_layout,
            [(int(s), int(e), str(label)) for s, e, label in overlap.get("spans") or ()],
        )
    if overlap.get("text") and overlap.get("hand"):
        boxes += blackout_boxes(
            cut_layout, [(int(s), int(e), str(label)) for s, e, label in overlap["hand"]]
        )
    return boxes


def _paint_pdf(media: MediaItem, words: list, *, user=None, request=None) -> bool:
    """Paint the redactions made by hand in a PDF's text on its redacted pages (what was found
    at processing is black already; one switched off stays black, its text shows again).
    Returns whether every one could be painted: not when one lies where the place of the words
    is not known (a rotated page)."""
    spans = RedactionSpan.objects.filter(
        media=media, active=True, source=RedactionSource.HANDMATIG
    ).values_list("start", "end")
    derived = media.derived
    try:
        with default_storage.open(derived.file.name, "rb") as fh:
            painted = paint_spans(fh.read(), words, spans, text=media.ocr_text)
    except (OSError, DocumentRejected):
        return False
    if painted is None:
        return False
    _replace_derived(derived, painted)
    # Every span made by hand is black in its pages.
    _passage_painted(media, user=user, request=request, reason=PASSAGE_REDRAWN)
    return True


# The files a change wrote inside its transaction (_replace_derived), while one runs in this
# thread (_atomic_with_files): removed again when it rolls back.
_NEW_FILES: ContextVar[list[str] | None] = ContextVar("review_new_files", default=None)


@contextmanager
def _atomic_with_files() -> Iterator[None]:
    """transaction.atomic() for a change that may replace a blacked-out file: when it rolls back,
    the files it wrote go again and the rows name the old files, still on disk."""
    written: list[str] = []
    token = _NEW_FILES.set(written)
    try:
        with transaction.atomic():
            yield
    except BaseException:
        _delete_files(written)
        raise
    finally:
        _NEW_FILES.reset(token)


def _delete_files(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)


def _next_name(name: str) -> str:
    """A new name beside `name` for its next version: same folder, key and extension."""
    path = PurePosixPath(name)
    return f"{path.parent}/{path.stem.split('.')[0]}.{uuid.uuid4().hex[:12]}{path.suffix}"


def _replace_derived(derived: StoredFile, data: bytes) -> None:
    """Point `derived` at a new file holding `data`. The old file goes once the transaction
    commits (holding the media store against a backup, chats.media_lock); until then, and for good when it rolls back (_atomic_with_files), it stays what
    the rows describe: a file is never overwritten inside a transaction that may not commit."""
    old = derived.file.name
    new = default_storage.save(_next_name(old), ContentFile(data))
    written = _NEW_FILES.get()
    if written is not None:
        written.append(new)
    derived.file.name = new
    derived.sha256 = hashlib.sha256(data).hexdigest()
    derived.size = len(data)
    derived.save(update_fields=["file", "sha256", "size"])
    # As the purge: no backup copies the store while this transaction runs, so none lists the
    # old file and then misses it.
    hold_for_deletion()
    transaction.on_commit(lambda: default_storage.delete(old))


def _chat_of_span(span_id: int) -> int:
    return RedactionSpan.objects.values_list("submission_id", flat=True).get(pk=span_id)


def redaction_toggle(*, span_id: int, user, request=None) -> RedactionSpan:
    """Switch one redaction off (the text shows again) or back on; the redacted text follows."""
    with _atomic_with_files():
        submission = _lock_tightenable(_chat_of_span(span_id), user=user)
        # Read under the lock: its state and its attachment's release as the last change left them.
        span = RedactionSpan.objects.select_related("message", "media").get(pk=span_id)
        if _archived(submission) and span.active:
            raise ReviewError(ARCHIVED_NO_UNDO)
        before = _texts_now(
            submission,
            messages=[span.message_id] if span.message_id else [],
            media=[span.media_id] if span.media_id else [],
        )
        span.active = not span.active
        span.changed_by = user
        span.changed_at = timezone.now()
        span.save(update_fields=["active", "changed_by", "changed_at"])
        _refresh_redacted(message=span.message, media=span.media)
        redrawn = span.media is not None and _redraw_image(
            span.media, adding=span.active, user=user, request=request
        )
        events.redaction_toggled(
            span=span,
            actor=user,
            image_redrawn=redrawn,
            request=request,
            reason=_tighten_reason(submission),
        )
        # Only what was found at processing is black in a PDF's pages: one made by hand and
        # switched back on is in its text alone (read by the view, which says so).
        span.text_only = (
            span.active
            and span.source == RedactionSource.HANDMATIG
            and _in_text_only(span.media, redrawn=redrawn)
        )
        span.media_withheld = span.text_only and _mark_passage_readable(
            span.media, user=user, request=request
        )
        if (
            span.media is not None
            and not span.active
            and not RedactionSpan.objects.filter(
                media=span.media, active=True, source=RedactionSource.HANDMATIG
            ).exists()
        ):
            # Nothing blacked out by hand is left to hide.
            _passage_painted(span.media, user=user, request=request, reason=PASSAGE_NONE_BY_HAND)
        span.after_archiving = _archived(submission)  # read by the view, which says so
        _after_tightening(submission, before)
    return span


def redaction_toggle_alike(*, span_id: int, user, request=None) -> AlikeToggled:
    """Switch the chat's other redactions of the same text and label to the state `span_id`
    now has (after it was undone or redone), in its messages and in its attachments' text (an
    image is redrawn; one a passage switched on by hand cannot be painted in is withheld, as
    `redaction_toggle` does). Returns how many changed and how many files it withheld."""
    with _atomic_with_files():
        submission = _lock_tightenable(_chat_of_span(span_id), user=user)
        # Read under the lock: the state the last change left it in.
        span = RedactionSpan.objects.select_related("message", "media").get(pk=span_id)
        if _archived(submission) and not span.active:
            raise ReviewError(ARCHIVED_NO_UNDO)
        others = selectors.alike_spans(span)
        items = {other.media_id: other.media for other in others if other.media_id}
        before = _texts_now(
            submission,
            messages={other.message_id for other in others if other.message_id},
            media=list(items),
        )
        now = timezone.now()
        for other in others:
            other.active, other.changed_by, other.changed_at = span.active, user, now
        RedactionSpan.objects.bulk_update(others, ["active", "changed_by", "changed_at"])
        touched = {other.message_id: other.message for other in others if other.message_id}
        _refresh_messages(list(touched.values()), submission_id=span.submission_id)
        _refresh_media(list(items.values()), submission_id=span.submission_id)
        redrawn, withheld = _toggled_files_follow(
            items, others, active=span.active, user=user, request=request
        )
        with events.batched():
            for other in others:
                other.submission = submission  # the audit event reads it: no query per span
                events.redaction_toggled(
                    span=other,
                    actor=user,
                    image_redrawn=redrawn.get(other.media_id, False),
                    request=request,
                    reason=_tighten_reason(submission),
                )
        _after_tightening(submission, before)
    return AlikeToggled(places=len(others), withheld=withheld)


@dataclass(frozen=True)
class AlikeToggled:
    """What undoing (or redoing) "there too" did: redactions switched (messages and
    attachments' text), and attachments withheld because a passage switched on by hand could
    not be painted in their file."""

    places: int
    withheld: int


def _toggled_files_follow(
    items: dict[int, MediaItem], spans: list[RedactionSpan], *, active: bool, user, request
) -> tuple[dict[int, bool], int]:
    """After redactions in these attachments' text were switched on or off: each image redrawn
    (a PDF's pages keep a box switched off black, as `redaction_toggle`); a passage switched on
    by hand that its file cannot show black marks and withholds it; a file with no passage by
    hand left on loses that mark. Returns whether each was redrawn, and how many it withheld."""
    redrawn: dict[int, bool] = {}
    unchanged = []
    for item in items.values():
        try:
            redrawn[item.pk] = _redraw_image(item, adding=active, user=user, request=request)
        except ReviewError:  # its original is gone or unreadable: the picture stays as it is
            redrawn[item.pk] = False
        by_hand = [
            s for s in spans if s.media_id == item.pk and s.source == RedactionSource.HANDMATIG
        ]
        if active and by_hand and _in_text_only(item, redrawn=redrawn[item.pk]):
            if not getattr(item, "unpainted_now", None):  # its places, as far as known
                item.unpainted_now = _passages_unpainted(item, by_hand)
            unchanged.append(item)
    withheld = _mark_passages_readable(unchanged, user=user, request=request)
    if not active:
        with_hand = set(
            RedactionSpan.objects.filter(
                media__in=list(items), active=True, source=RedactionSource.HANDMATIG
            ).values_list("media_id", flat=True)
        )
        for item in items.values():
            if item.pk not in with_hand:  # nothing blacked out by hand is left to hide
                _passage_painted(item, user=user, request=request, reason=PASSAGE_NONE_BY_HAND)
    return redrawn, withheld


def redaction_add(
    *,
    submission_id: int,
    start: int,
    end: int,
    label: str,
    user,
    message_id: int | None = None,
    media_id: int | None = None,
    request=None,
) -> RedactionSpan:
    """Redact text[start:end] of a message (or a screenshot's OCR text) by hand."""
    if label not in PLACEHOLDERS:
        raise ReviewError("Kies wat voor persoonsgegeven het is.")
    if (message_id is None) == (media_id is None):
        raise ReviewError("Kies een stuk tekst in één bericht of één afbeelding.")
    with _atomic_with_files():
        submission = _lock_tightenable(submission_id, user=user)
        if message_id is not None:
            owner = Message.objects.filter(submission=submission, pk=message_id).first()
            text = owner.text if owner else ""
            existing = RedactionSpan.objects.filter(message_id=message_id)
        else:
            owner = MediaItem.objects.filter(submission=submission, pk=media_id).first()
            text = owner.ocr_text if owner else ""
            existing = RedactionSpan.objects.filter(media_id=media_id)
        if owner is None:
            raise ReviewError("Dit bericht hoort niet bij deze inzending.")
        before = _texts_now(
            submission,
            messages=[message_id] if message_id is not None else [],
            media=[media_id] if media_id is not None else [],
        )
        # An undone redaction gives way to a new one over its text (walk 52: its kind was
        # wrong; switched on again it would bring the wrong kind back): only one that is on
        # blocks the selection, and what is undone under it is replaced below.
        active = existing.filter(active=True)
        # A house number under a redaction the reviewer undid stays theirs to decide.
        end, house_number = _with_house_number(
            text, start, end, label, existing.values_list("start", "end")
        )
        try:
            review_text.check_new_span(text, start, end, active.values_list("start", "end"))
        except review_text.OverlapError as exc:
            raise ReviewError(exc.message) from None
        except ValueError:
            raise ReviewError("Selecteer een stuk tekst in het bericht.") from None
        replaced = list(
            existing.filter(active=False, start__lt=end, end__gt=start).only("pk", "label")
        )
        # Its audit rows stay; the new span's row names it (`replaces`).
        RedactionSpan.objects.filter(pk__in=[old.pk for old in replaced]).delete()
        if media_id is not None:
            _areas_forget_spans(owner, {old.pk for old in replaced})
        span = RedactionSpan.objects.create(
            submission=submission,
            message_id=message_id,
            media_id=media_id,
            start=start,
            end=end,
            label=label,
            source=RedactionSource.HANDMATIG,
            changed_by=user,
            changed_at=timezone.now(),
        )
        if message_id is not None:
            _refresh_redacted(message=owner)
        else:
            _refresh_redacted(media=owner)
        redrawn = media_id is not None and _redraw_image(
            owner, adding=True, user=user, request=request
        )
        events.redaction_added(
            span=span,
            actor=user,
            image_redrawn=redrawn,
            request=request,
            reason=_tighten_reason(submission),
            replaces=[old.pk for old in replaced],
        )
        # The labels of the undone redactions it replaced: read by the view, which says so.
        span.replaced_labels = sorted({old.label for old in replaced})
        # Read by the view, which says so.
        span.text_only = media_id is not None and _in_text_only(owner, redrawn=redrawn)
        span.media_withheld = span.text_only and _mark_passage_readable(
            owner, user=user, request=request
        )
        # The next screenshot shows the message too when it is one they share: read by the view.
        span.follower = (
            _shared_marks_follow(owner, [(start, end, label)], user=user, request=request)
            if media_id is not None
            else None
        )
        span.after_archiving = _archived(submission)  # read by the view, which says so
        span.house_number = house_number  # read by the view, which says so
        _after_tightening(submission, before)
    return span


def _with_house_number(
    text: str, start: int, end: int, label: str, existing: Iterable[tuple[int, int]]
) -> tuple[int, str]:
    """Where a hand mark of `label` on text[start:end] ends, with the house number after the
    street it took ("" if none; the view tells the reviewer): the same before the purge (in
    the original text) and after it (in the redacted text, placeholders as `existing`)."""
    grown = review_text.with_house_number(text, start, end, label, existing)
    return grown, " ".join(text[end:grown].split())


def _in_text_only(media: MediaItem | None, *, redrawn: bool) -> bool:
    """Whether a redaction in this attachment's text is not in the file itself: a PDF's pages
    not painted, an image not redrawn (its word places unknown)."""
    return media is not None and not redrawn


# Why the review page says an attachment was withheld by the system (audit detail "reden").
PASSAGE_NOT_PAINTED = "passage_niet_weggelakt"


def _mark_passage_readable(media: MediaItem, *, user, request=None) -> bool:
    """A passage blacked out by hand in this attachment's text could not be painted in its file
    (a PDF's page images, an image whose word places are unknown): the file Woo would get still
    shows it. Marks the file so (never served outside the review, not releasable as is) and
    withholds it, audited as done automatically. Returns whether it withheld it now (not when
    it was withheld already or no file of it is kept)."""
    return bool(_mark_passages_readable([media], user=user, request=request))


def _mark_passages_readable(items: list[MediaItem], *, user, request=None) -> int:
    """_mark_passage_readable for many attachments at once (a chat of hundreds of photos of
    the same street sign): two UPDATEs and one batch of audit rows. Returns how many it
    withheld now."""
    kept = [m for m in items if servable_file(m, for_role=ServingRole.REVIEW) is not None]
    if not kept:
        return 0
    now = timezone.now()
    for media in kept:
        media.passage_readable_since = now
    _note_unpainted(kept)
    MediaItem.objects.bulk_update(kept, ["passage_readable_since", "ocr_boxes"], batch_size=500)
    served = [m for m in kept if m.release in MEDIA_RELEASE_SERVABLE]
    if served:
        MediaItem.objects.filter(pk__in=[m.pk for m in served]).update(
            release=MediaRelease.ACHTERGEHOUDEN, released_by=user, released_at=now
        )
    for media in kept:
        media.passage_readable_since = now
    with events.batched():
        for media in served:
            media.release = MediaRelease.ACHTERGEHOUDEN
            media.released_by, media.released_at = user, now
            events.media_withheld(
                media=media, actor=user, request=request, reason=PASSAGE_NOT_PAINTED
            )
    # The messages a withheld screenshot kept the only text of go back into the next one's
    # (only a loose screenshot has a next one: `selectors.overlap_follower`).
    loose = [media for media in served if media.message_id is None]
    if loose:
        with transaction.atomic():
            for media in loose:
                _overlap_to_next(media, user=user, request=request)
    return len(served)


# Why the mark of a passage still readable in a file went (audit detail "reden").
PASSAGE_REDRAWN = "opnieuw_weggelakt"
PASSAGE_NONE_BY_HAND = "geen_handmatige_weglakking"


def _note_unpainted(items: list[MediaItem]) -> None:
    """Keep in each just-marked item's layout the passages it could not paint (UNPAINTED), as
    the change that marked it left them (`unpainted_now`); where it did not say, its active
    redactions by hand, their places not known."""
    # An item whose change did not say: its passages by hand, their places not known.
    unsaid = [m.pk for m in items if not getattr(m, "unpainted_now", None)]
    by_hand: dict[int, list[dict]] = {}
    hand = RedactionSpan.objects.filter(
        media_id__in=unsaid, active=True, source=RedactionSource.HANDMATIG
    ).values_list("media_id", "pk", "label")
    for pk, span_id, label in hand if unsaid else ():
        by_hand.setdefault(pk, []).append(_unpainted(label, None, span_id))
    for media in items:
        entries = (
            getattr(media, "unpainted_now", None) or by_hand.get(media.pk) or [_unpainted("", None)]
        )
        media.unpainted_now = None
        layout = dict(media.ocr_boxes or {})
        again = {entry["span"] for entry in entries if entry["span"] is not None}
        layout[UNPAINTED] = [
            *(e for e in layout.get(UNPAINTED) or () if e.get("span") not in again),
            *entries,
        ]
        media.ocr_boxes = layout  # saved by the caller


def _without_unpainted(media: MediaItem) -> None:
    """The mark went: its list of passages goes too (saved by the caller)."""
    media.ocr_boxes = {k: v for k, v in (media.ocr_boxes or {}).items() if k != UNPAINTED}


def _passage_painted(media: MediaItem, *, user, reason: str, request=None) -> None:
    """Nothing marked is readable in its file any more (made again with every redaction of its
    text, or no redaction by hand left): the mark goes, audited."""
    if media.passage_readable_since is not None:
        media.passage_readable_since = None
        _without_unpainted(media)
        media.save(update_fields=["passage_readable_since", "ocr_boxes"])
        events.media_passage_mark_cleared(media=media, actor=user, request=request, reason=reason)


def _set_withheld(media: MediaItem, *, user, request=None) -> None:
    media.release = MediaRelease.ACHTERGEHOUDEN
    media.released_by = user
    media.released_at = timezone.now()
    media.save(update_fields=["release", "released_by", "released_at"])
    events.media_withheld(media=media, actor=user, request=request)


@dataclass(frozen=True)
class AlikeAdded:
    """What "redact it there too" did: redactions added (messages and attachments' text), and
    attachments withheld because their file still shows the word: a PDF's pages are not redrawn
    from its text, an image whose original is gone cannot be."""

    places: int
    withheld: int


def redaction_add_alike(*, span_id: int, user, request=None) -> AlikeAdded:
    """Redact the text of a redaction added by hand wherever else the chat has it uncovered,
    with the same label: in its messages and in the text of its attachments and screenshots
    (an image is redrawn where its word boxes are stored; a PDF, or an image that cannot be
    redrawn, is withheld)."""
    with _atomic_with_files():
        submission = _lock_tightenable(_chat_of_span(span_id), user=user)
        # Read under the lock: the state the last change left it in.
        span = RedactionSpan.objects.select_related("message").get(pk=span_id)
        now = timezone.now()
        reason = _tighten_reason(submission)
        found = selectors.unredacted_occurrences(span)
        in_media = selectors.unredacted_media_occurrences(span)
        before = _texts_now(
            submission,
            messages=[message.pk for message in found],
            media=[item.pk for item in in_media],
        )

        def alike(**owner) -> RedactionSpan:
            return RedactionSpan(
                submission=submission,  # the audit event reads it: no query per span
                label=span.label,
                source=RedactionSource.HANDMATIG,
                changed_by=user,
                changed_at=now,
                **owner,
            )

        # One INSERT for the spans and one for their audit rows: a common word is hundreds.
        added = RedactionSpan.objects.bulk_create(
            alike(message=message, start=start, end=end)
            for message, stretches in found.items()
            for start, end in stretches
        )
        added_in_media = RedactionSpan.objects.bulk_create(
            alike(media=item, start=start, end=end)
            for item, stretches in in_media.items()
            for start, end in stretches
        )
        _refresh_media(list(in_media), submission_id=span.submission_id)
        redrawn: dict[int, bool] = {}
        unchanged = []
        for item in in_media:
            try:
                redrawn[item.pk] = _redraw_image(item, adding=True, user=user, request=request)
                file_unchanged = _in_text_only(item, redrawn=redrawn[item.pk])
            except ReviewError:  # its original is gone or unreadable: the picture keeps the word
                redrawn[item.pk], file_unchanged = False, True
            if file_unchanged:
                if not getattr(item, "unpainted_now", None):  # its places, as far as known
                    item.unpainted_now = _passages_unpainted(
                        item, [other for other in added_in_media if other.media_id == item.pk]
                    )
                unchanged.append(item)
        withheld = _mark_passages_readable(unchanged, user=user, request=request)
        for item in in_media:
            follower = _shared_marks_follow(
                item,
                [(start, end, span.label) for start, end in in_media[item]],
                user=user,
                request=request,
            )
            withheld += follower is not None and follower.withheld_now
        with events.batched():
            for other in added:
                events.redaction_added(
                    span=other, actor=user, image_redrawn=False, request=request, reason=reason
                )
            for other in added_in_media:
                events.redaction_added(
                    span=other,
                    actor=user,
                    image_redrawn=redrawn[other.media_id],
                    request=request,
                    reason=reason,
                )
        _refresh_messages(list(found), submission_id=span.submission_id)
        _after_tightening(submission, before)
    return AlikeAdded(places=len(added) + len(added_in_media), withheld=withheld)


# --- nader anonimiseren in the redacted text (the originals purged) ------------------------------


@dataclass(frozen=True)
class Place:
    """A stretch of one redacted text as the review page showed it: a message's or an
    attachment's ("message" or "media", its id), offsets into that text and the text's version
    (`text.text_version`), so a page read before another change cannot black out the wrong words."""

    kind: str
    pk: int
    start: int
    end: int
    version: str


# The redacted text of a message and of an attachment.
TEXT_FIELD = {"message": "text_redacted", "media": "ocr_text_redacted"}


def redacted_owner(submission: Submission, kind: str, pk: int) -> Message | MediaItem:
    owners = Message.objects if kind == "message" else MediaItem.objects.select_related("derived")
    owner = owners.filter(submission=submission, pk=pk).first() if kind in TEXT_FIELD else None
    if owner is None:
        raise ReviewError("Dit bericht hoort niet bij deze inzending.")
    return owner


def _kind_of(owner: Message | MediaItem) -> str:
    return "message" if isinstance(owner, Message) else "media"


def _passage_of(submission: Submission, place: Place) -> tuple[Message | MediaItem, str, int, int]:
    """The owner of `place`, its redacted text and the stretch to replace (widened over the
    placeholders it cuts into); refused when the text changed since the page showed it."""
    owner = redacted_owner(submission, place.kind, place.pk)
    text = getattr(owner, TEXT_FIELD[place.kind])
    return (owner, text, *_stretch_of(text, place))


def _stretch_of(text: str, place: Place) -> tuple[int, int]:
    """The stretch of `text` to replace at `place`, widened over the placeholders it cuts into;
    refused when the text changed since the page showed it."""
    if review_text.text_version(text) != place.version:
        raise ReviewError(REDACTED_TEXT_CHANGED)
    try:
        start, end = review_text.redacted_stretch(text, place.start, place.end)
    except review_text.NothingNewError as exc:
        raise ReviewError(exc.message) from None
    except ValueError:
        raise ReviewError("Selecteer een stuk tekst in het bericht.") from None
    return start, end


def redacted_places(
    submission: Submission, passage: str
) -> dict[Message | MediaItem, list[tuple[int, int]]]:
    """Where the record's redacted texts (its messages', its attachments') still hold `passage`
    as a whole word: what "there too" blacks out after the purge."""
    passage = passage.strip()
    if len(passage) < selectors.SEARCH_MIN_LENGTH:
        return {}
    found: dict[Message | MediaItem, list[tuple[int, int]]] = {}
    messages = Message.objects.filter(
        submission=submission, text_redacted__icontains=passage
    ).order_by("seq")
    media = (
        MediaItem.objects.filter(submission=submission, ocr_text_redacted__icontains=passage)
        .select_related("derived")
        .order_by("seq")
    )
    for owner in (*messages, *media):
        if stretches := review_text.passage_places(
            getattr(owner, TEXT_FIELD[_kind_of(owner)]), passage
        ):
            found[owner] = stretches
    return found


def typed_places(submission: Submission, passage: str) -> dict[str, list[tuple[int, int]]]:
    """Where the purged record's typed texts (TYPED_FIELDS: onderwerp, omschrijving, the zaak's
    description) still hold `passage` as a whole word, by target name: "there too" blacks it
    out there as well (walk 53: a word blacked out in the onderwerp stayed readable in the
    omschrijving)."""
    passage = passage.strip()
    if len(passage) < selectors.SEARCH_MIN_LENGTH:
        return {}
    found = {}
    for kind in TYPED_FIELDS:
        text = typed_text(submission, kind)
        if text and (stretches := review_text.passage_places(text, passage)):
            found[kind] = stretches
    return found


def place_text(submission: Submission, place: Place) -> str:
    """The redacted text `place` indexes: a message's, an attachment's, or a typed text of the
    record (its pk the record's). Refused when it is not the record's."""
    if place.kind in TYPED_FIELDS:
        text = typed_text(submission, place.kind) if place.pk == submission.pk else None
        if text is None:
            raise ReviewError(PAGE_OUTDATED)
        return text
    return getattr(redacted_owner(submission, place.kind, place.pk), TEXT_FIELD[place.kind])


def _elsewhere(submission: Submission, passage: str) -> Place | None:
    """A place where the record still holds `passage`: in a message first, then an attachment's
    text, then a typed text. The review page quotes the passage from it when it offers "there
    too" (the passage itself is kept nowhere)."""
    found = redacted_places(submission, passage)
    if found:
        owner = min(found, key=lambda item: _kind_of(item) != "message")
        kind, pk, text = _kind_of(owner), owner.pk, getattr(owner, TEXT_FIELD[_kind_of(owner)])
        start, end = found[owner][0]
    else:
        typed = typed_places(submission, passage)
        if not typed:
            return None
        kind = next(iter(typed))
        pk, text = submission.pk, typed_text(submission, kind)
        start, end = typed[kind][0]
    return Place(kind, pk, start, end, review_text.text_version(text))


def _black_out_redacted(
    submission: Submission,
    owner: Message | MediaItem,
    stretches: list[tuple[int, int]],
    *,
    label: str,
    user,
    now,
) -> list[RedactionSpan]:
    """Replace `stretches` of the owner's redacted text by the label's placeholder and keep a
    span for each (offsets into the text as it stood just before that one was replaced: the
    last stretch first, so the spans replay in the order of their ids). Saves the text."""
    kind = _kind_of(owner)
    text = getattr(owner, TEXT_FIELD[kind])
    ordered = sorted(stretches, reverse=True)
    spans = RedactionSpan.objects.bulk_create(
        RedactionSpan(
            submission=submission,  # the audit event reads it: no query per span
            label=label,
            source=RedactionSource.HANDMATIG,
            on_redacted=True,
            changed_by=user,
            changed_at=now,
            start=start,
            end=end,
            **{kind: owner},
        )
        for start, end in ordered
    )
    setattr(owner, TEXT_FIELD[kind], review_text.replaced(text, ordered, label))
    forget = _forget_pdf_places(owner) if kind == "media" else []
    owner.save(update_fields=[TEXT_FIELD[kind], *forget])
    return spans


def _paint_redacted(media: MediaItem, before: str, stretches: list[tuple[int, int]]) -> bool:
    """Black out `stretches` of an image's redacted OCR text (`before`, offsets into it) on its
    blacked-out file, where the purge kept its words' places indexed into that text; then keep
    those places indexed into the text as it is now. Returns whether the file shows them black:
    not when a stretch touches no kept word, the file is no image of that size, or unreadable."""
    media.unpainted_now = None
    layout = dict(media.ocr_boxes or {})
    words = layout.pop(REDACTED_WORDS, None)
    known = bool(words) and layout.pop(REDACTED_LENGTH, None) == len(before)
    if not known:
        return False
    after = media.ocr_text_redacted
    media.unpainted_now = [
        _unpainted("", passage_place({"words": words}, before, start, end))
        for start, end in stretches
    ]
    media.ocr_boxes = layout_on_redacted({**layout, "words": words}, before, after)
    media.save(update_fields=["ocr_boxes"])
    return _paint_words(media, words, stretches, layout.get("size"))


def _paint_words(
    media: MediaItem, words: list, stretches: list[tuple[int, int]], size: list | None
) -> bool:
    """Paint `stretches` black on the image's blacked-out file where `words` (places indexed
    into the text the stretches index) put them. Returns whether it did: not when a stretch
    touches no word, the file is no image of `size`, or unreadable."""
    derived = media.derived
    touches_a_word = all(
        any(w_start < end and start < w_end for w_start, w_end, *_ in words)
        for start, end in stretches
    )
    if not touches_a_word or derived is None or not derived.file:
        return False
    if not derived.mime_type.startswith("image/"):
        return False
    out_format = _FORMAT_OF_SUFFIX.get(Path(derived.file.name).suffix.lower(), "PNG")
    try:
        with default_storage.open(derived.file.name, "rb") as fh:
            painted = redraw_screenshot(
                fh,
                # Only the new boxes: the header and plates are black in this file already.
                layout={"words": words, "header": None, "plates": []},
                spans=[(start, end, "") for start, end in stretches],
                max_pixels=settings.ARCHIEF_MAX_IMAGE_PIXELS,
                out_format=out_format,
            )
    except (OSError, ImageRejected):
        return False
    if size and [painted.width, painted.height] != [int(v) for v in size]:
        for entry in getattr(media, "unpainted_now", None) or ():
            entry["boxes"] = None  # read on another image: not where they stand in this one
        return False  # the places were read on an image of another size
    _replace_derived(derived, painted.data)
    return True


def _file_follows(
    media: MediaItem, before: str, stretches: list[tuple[int, int]], *, user, request
) -> tuple[bool, bool]:
    """After blacking out in an attachment's redacted text: its image painted where the words
    stand, or else the attachment withheld for Woo (its file still shows them; not when no file
    of it is kept: Woo gets none). Returns (painted, withheld now)."""
    painted = _paint_redacted(media, before, stretches)
    withheld = (
        not painted
        and _file_kept(media)
        and _mark_passage_readable(media, user=user, request=request)
    )
    return painted, withheld


def _file_kept(media: MediaItem) -> bool:
    return servable_file(media, for_role=ServingRole.REVIEW) is not None


# What became of an attachment's file when a passage of its redacted text was blacked out and the
# file could not be painted (`RedactionSpan.file_note`, read by the view, which says so).
FILE_WITHHELD_NOW = "withheld_now"  # served until now: withheld for Woo
FILE_STILL_WITHHELD = "still_withheld"  # withheld already, its file kept: stays so
FILE_NEVER_RELEASED = "never_released"  # a contact card: never released
FILE_NONE_KEPT = "none_kept"  # no file of it is kept: only its text changed


def _unpainted_file(media: MediaItem, *, withheld_now: bool) -> str:
    if withheld_now:
        return FILE_WITHHELD_NOW
    if not _file_kept(media):
        return FILE_NONE_KEPT
    if media.release == MediaRelease.NOOIT:
        return FILE_NEVER_RELEASED
    return FILE_STILL_WITHHELD


def redacted_text_tighten(
    *, submission_id: int, place: Place, label: str, user, request=None
) -> RedactionSpan:
    """Nader anonimiseren once the originals are purged: replace a passage of a message's (or
    an attachment's) redacted text by the label's placeholder, for good. The Woo index, the Woo
    request passages and the record's PDF follow as for a redaction added before the purge
    (`_after_tightening`); an attachment's image is painted, or withheld when it cannot be. The
    audit row names the place and the label, never the text."""
    if label not in PLACEHOLDERS:
        raise ReviewError("Kies wat voor persoonsgegeven het is.")
    with _atomic_with_files():
        submission = _lock_purged_archive(submission_id, user=user)
        owner, text, start, end = _passage_of(submission, place)
        end, house_number = _with_house_number(
            text, start, end, label, review_text.placeholders_in(text)
        )
        passage = text[start:end]  # in memory only: to find the places it still stands
        before = {(place.kind, owner.pk): text}
        [span] = _black_out_redacted(
            submission, owner, [(start, end)], label=label, user=user, now=timezone.now()
        )
        painted = withheld = False
        follower = None
        if place.kind == "media":
            painted, withheld = _file_follows(
                owner, text, [(start, end)], user=user, request=request
            )
            follower = _shared_marks_follow_redacted(
                owner, text, [(start, end)], label=label, user=user, request=request
            )
        events.redaction_added(
            span=span, actor=user, image_redrawn=painted, request=request, reason=TIGHTEN_REASON
        )
        # Read by the view, which says so (and offers the same passage elsewhere).
        span.text_only = place.kind == "media" and not painted
        span.media_withheld = withheld
        span.file_note = _unpainted_file(owner, withheld_now=withheld) if span.text_only else ""
        span.after_archiving = True
        span.follower = follower
        span.house_number = house_number
        span.elsewhere = _elsewhere(submission, passage)
        _after_tightening(submission, before)
    return span


def redacted_text_tighten_alike(
    *, submission_id: int, place: Place, label: str, user, request=None
) -> AlikeAdded:
    """Black out the passage at `place` (one still showing the passage just blacked out) wherever
    the record's redacted texts still hold it, with `label`: "there too" after the purge. Also
    in its typed texts (onderwerp, omschrijving, the zaak's description), as
    `typed_text_tighten` does."""
    if label not in PLACEHOLDERS:
        raise ReviewError("Kies wat voor persoonsgegeven het is.")
    with _atomic_with_files():
        submission = _lock_purged_archive(submission_id, user=user)
        text = place_text(submission, place)
        start, end = _stretch_of(text, place)
        passage = text[start:end]  # in memory only
        found = redacted_places(submission, passage)
        typed = typed_places(submission, passage)
        before = {
            (_kind_of(owner), owner.pk): getattr(owner, TEXT_FIELD[_kind_of(owner)])
            for owner in found
        }
        now = timezone.now()
        added = withheld = 0
        with events.batched():
            for owner, stretches in found.items():
                spans = _black_out_redacted(
                    submission, owner, stretches, label=label, user=user, now=now
                )
                painted = False
                if isinstance(owner, MediaItem):
                    painted, withheld_now = _file_follows(
                        owner, before[("media", owner.pk)], stretches, user=user, request=request
                    )
                    withheld += withheld_now
                    follower = _shared_marks_follow_redacted(
                        owner,
                        before[("media", owner.pk)],
                        stretches,
                        label=label,
                        user=user,
                        request=request,
                    )
                    withheld += follower is not None and follower.withheld_now
                for span in spans:
                    events.redaction_added(
                        span=span,
                        actor=user,
                        image_redrawn=painted,
                        request=request,
                        reason=TIGHTEN_REASON,
                    )
                added += len(spans)
            added += _black_out_typed(submission, typed, label=label, user=user, request=request)
        _after_tightening(submission, before)
        if typed and not before:  # only typed texts changed: the PDF is made again all the same
            _rendition_redo(submission.pk)
    return AlikeAdded(places=added, withheld=withheld)


def _black_out_typed(
    submission: Submission,
    found: dict[str, list[tuple[int, int]]],
    *,
    label: str,
    user,
    request,
) -> int:
    """Replace `found` stretches of the record's typed texts by the label's placeholder, in
    every field holding each (the Woo index follows the onderwerp by a receiver of the save);
    an audit row for each stretch (offsets into the text as it stood just before it was
    replaced: the last first), as `typed_text_tighten`. Returns how many it replaced."""
    for kind, stretches in found.items():
        ordered = sorted(stretches, reverse=True)
        text = typed_text(submission, kind)
        fields = _set_typed(submission, kind, review_text.replaced(text, ordered, label))
        submission.save(update_fields=fields)
        for start, end in ordered:
            events.submission_free_text_changed(
                submission=submission,
                actor=user,
                fields=[kind],
                start=start,
                length=end - start,
                label=label,
                reason=TIGHTEN_REASON,
                request=request,
            )
    return sum(len(stretches) for stretches in found.values())


# --- nader anonimiseren in the typed texts Woo and the PDF show (the originals purged) -----------


# The texts typed around a purged record that Woo or its PDF show, by the review page's target
# name: the record's fields holding that text (the first the one shown; the purge left a copy in
# the second, cut to its length). The zaak's description is the record's redacted copy of it.
TYPED_FIELDS = {
    "onderwerp": ("onderwerp_redacted", "onderwerp"),
    "omschrijving": ("omschrijving_redacted", "omschrijving"),
    "zaak": ("zaak_omschrijving_redacted",),
}


def typed_text(submission: Submission, kind: str) -> str | None:
    """The redacted typed text `kind` of a purged record as Woo and its PDF show it; None when
    there is none to black out in (no zaak description, or the zaak's description changed since
    the purge redacted it: shown then is a fresh redaction of the new one)."""
    if kind == "zaak" and (
        not submission.zaak_omschrijving_redacted
        or zaak_omschrijving_redacted(submission) != submission.zaak_omschrijving_redacted
    ):
        return None
    return getattr(submission, TYPED_FIELDS[kind][0]) if kind in TYPED_FIELDS else None


def _set_typed(submission: Submission, kind: str, text: str) -> list[str]:
    """Set every field holding the typed text `kind`; returns their names."""
    fields = TYPED_FIELDS[kind]
    for name in fields:
        setattr(submission, name, text[: Submission._meta.get_field(name).max_length])
    return list(fields)


@dataclass(frozen=True)
class TypedTightened:
    """What a blackout in a typed text did: the house number a street marked as an address took
    ("" if none), and a place in the record's messages or attachments' text where the passage
    still stands (None if nowhere), for the review page to offer "there too"."""

    house_number: str
    elsewhere: Place | None


def typed_text_tighten(
    *, submission_id: int, place: Place, label: str, user, request=None
) -> TypedTightened:
    """Nader anonimiseren in a typed text of a purged record (its onderwerp, omschrijving or its
    zaak's description, `place.kind`): the passage is replaced by the label's placeholder, for
    good, in every field that holds it. The Woo index follows the onderwerp at once (a receiver
    of the save), the record's PDF is made again after commit, the Woo record page shows the
    text as stored. The audit row names the field, the place and the label, never the text."""
    if label not in PLACEHOLDERS:
        raise ReviewError("Kies wat voor persoonsgegeven het is.")
    with transaction.atomic():
        submission = _lock_purged_archive(submission_id, user=user)
        text = typed_text(submission, place.kind) if place.pk == submission.pk else None
        if text is None:
            raise ReviewError(PAGE_OUTDATED)
        start, end = _stretch_of(text, place)
        end, house_number = _with_house_number(
            text, start, end, label, review_text.placeholders_in(text)
        )
        passage = text[start:end]  # in memory only: to find the places it still stands
        fields = _set_typed(
            submission, place.kind, review_text.replaced(text, [(start, end)], label)
        )
        submission.save(update_fields=fields)
        events.submission_free_text_changed(
            submission=submission,
            actor=user,
            fields=[place.kind],
            start=start,
            length=end - start,
            label=label,
            reason=TIGHTEN_REASON,
            request=request,
        )
        _rendition_redo(submission.pk)
    # Walk 52: as after a blackout in a message, the same passage where the record still holds
    # it (redacted_text_tighten_alike blacks it out there, files and PDF following).
    return TypedTightened(house_number, _elsewhere(submission, passage))


# --- selection and date order ---------------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """The selection after an action: `changed` messages changed state; `selected` of `total`."""

    changed: int
    selected: int
    total: int


def messages_select(*, submission_id: int, message_ids: Collection[int], user, request=None) -> int:
    """Keep exactly `message_ids` in the record; returns how many messages are selected."""
    wanted = {int(pk) for pk in message_ids}
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user)
        messages = Message.objects.filter(submission=submission)
        total = messages.count()
        messages.filter(pk__in=wanted).exclude(in_record=True).update(in_record=True)
        messages.exclude(pk__in=wanted).exclude(in_record=False).update(in_record=False)
        selected = messages.filter(in_record=True).count()
        _mark_chosen(submission)
        events.submission_selection_changed(
            submission=submission, actor=user, selected=selected, total=total, request=request
        )
    return selected


def _mark_chosen(submission: Submission) -> None:
    if submission.selection_source != SelectionSource.INFORMATIEBEHEER:
        submission.selection_source = SelectionSource.INFORMATIEBEHEER
        submission.save(update_fields=["selection_source"])


def _select_where(
    *,
    submission_id: int,
    where: Q,
    include: bool,
    scope: str,
    none_found: str,
    user,
    request,
) -> Selection:
    """Add the messages matching `where` to the record (include) or take them out, in one UPDATE.

    Refused with `none_found` when no message matches: a range, day, period or search that finds
    nothing is a mistake the reviewer should hear about, not a silent no-op.
    """
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user)
        messages = Message.objects.filter(submission=submission)
        matching = messages.filter(where)
        if not matching.exists():
            raise ReviewError(none_found)
        changed = matching.exclude(in_record=include).update(in_record=include)
        selected, total = selectors.selection_counts(submission_id=submission.pk)
        _mark_chosen(submission)
        events.submission_selection_changed(
            submission=submission,
            actor=user,
            selected=selected,
            total=total,
            scope=scope,
            include=include,
            changed=changed,
            request=request,
        )
    return Selection(changed=changed, selected=selected, total=total)


def selection_set_message(
    *, submission_id: int, message_id: int, include: bool, user, request=None
) -> Selection:
    """Put one message in the record or take it out."""
    return _select_where(
        submission_id=submission_id,
        where=Q(pk=message_id),
        include=include,
        scope="message",
        none_found="Dit bericht hoort niet bij deze inzending.",
        user=user,
        request=request,
    )


def selection_set_range(
    *, submission_id: int, first_seq: int, last_seq: int, include: bool, user, request=None
) -> Selection:
    """Messages numbered first_seq..last_seq (inclusive, either order) in or out of the record."""
    low, high = sorted((int(first_seq), int(last_seq)))
    return _select_where(
        submission_id=submission_id,
        where=Q(seq__gte=low, seq__lte=high),
        include=include,
        scope="range",
        none_found=(
            f"Er zijn geen berichten met de nummers {shown_number(low)} "
            f"tot en met {shown_number(high)}."
        ),
        user=user,
        request=request,
    )


def selection_set_day(
    *, submission_id: int, day: date | None, include: bool, user, request=None
) -> Selection:
    """Every message of one calendar day (None: the messages without a time) in or out."""
    shown = day.strftime("%d-%m-%Y") if day else "zonder datum"
    return _select_where(
        submission_id=submission_id,
        where=selectors.day_filter(day),
        include=include,
        scope="day",
        none_found=f"Er zijn geen berichten op {shown}.",
        user=user,
        request=request,
    )


def selection_set_period(
    *, submission_id: int, start: datetime, end: datetime, include: bool, user, request=None
) -> Selection:
    """Every message sent from `start` up to and including `end` in or out of the record."""
    if end < start:
        raise ReviewError("Het einde van de periode ligt vóór het begin.")
    return _select_where(
        submission_id=submission_id,
        where=Q(sent_at__gte=start, sent_at__lte=end),
        include=include,
        scope="period",
        none_found="In die periode zijn geen berichten verstuurd.",
        user=user,
        request=request,
    )


def selection_set_search(
    *, submission_id: int, query: str, include: bool, user, request=None
) -> Selection:
    """The hits of a search within the chat in or out of the record (only their count is logged)."""
    query = (query or "").strip()
    if len(query) < selectors.SEARCH_MIN_LENGTH:
        raise ReviewError(
            f"Zoek op ten minste {selectors.SEARCH_MIN_LENGTH} tekens om treffers te selecteren."
        )
    return _select_where(
        submission_id=submission_id,
        where=selectors.search_filter(query),
        include=include,
        scope="search",
        none_found=f"Geen berichten gevonden met ‘{query}’.",
        user=user,
        request=request,
    )


def selection_set_all(*, submission_id: int, include: bool, user, request=None) -> Selection:
    """Every message in the record (all) or none."""
    return _select_where(
        submission_id=submission_id,
        where=Q(),
        include=include,
        scope="all",
        none_found="Dit gesprek heeft geen berichten om te selecteren.",
        user=user,
        request=request,
    )


def selection_submitter_period(*, submission_id: int, user, request=None) -> Selection:
    """Select exactly the period the submitter marked as important (again)."""
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user)
        messages = Message.objects.filter(submission=submission)
        if submitter_period_q(submission) is None:
            raise ReviewError("De indiener heeft geen periode opgegeven.")
        before = messages.filter(in_record=True).count()
        selected = apply_submitter_period(submission, messages)
        if selected is None:
            raise ReviewError("In de periode van de indiener zijn geen berichten verstuurd.")
        submission.save(update_fields=["selection_source"])
        total = messages.count()
        events.submission_selection_changed(
            submission=submission,
            actor=user,
            selected=selected,
            total=total,
            scope="submitter_period",
            include=True,
            changed=abs(selected - before),
            request=request,
        )
    return Selection(changed=abs(selected - before), selected=selected, total=total)


class FreeTextPersonalData(ReviewError):
    """The edited onderwerp or omschrijving holds what the detector takes for personal data:
    the reviewer chooses to black it out or to save it as typed (`found`: what, per field)."""

    def __init__(self, found: dict[str, list[str]]) -> None:
        self.found = found
        names = list(dict.fromkeys(item for items in found.values() for item in items))
        quoted = ", ".join(f"‘{name}’" for name in names)
        super().__init__(f"Bevat mogelijk persoonsgegevens: {quoted}. Weglakken of toch opslaan?")


# What the reviewer chose when the edited text holds possible personal data.
FREE_TEXT_REDACT = "weglakken"
FREE_TEXT_KEEP = "toch"


def free_text_update(
    *,
    submission_id: int,
    onderwerp_redacted: str,
    omschrijving_redacted: str,
    user,
    request=None,
    choice: str = "",
) -> Submission:
    """Correct the redacted onderwerp and omschrijving that Woo and the archive PDF show.

    A changed text is read by the detector first, with the chat's persons as context (as
    processing reads the typed texts): what it finds refuses the change (FreeTextPersonalData)
    until the reviewer chooses to black it out (`choice` FREE_TEXT_REDACT: replaced as
    processing would) or to save it as typed (FREE_TEXT_KEEP, said in the audit row)."""
    onderwerp_redacted = onderwerp_redacted.strip()
    omschrijving_redacted = omschrijving_redacted.strip()
    if not onderwerp_redacted:
        raise ReviewError("Het onderwerp mag niet leeg zijn.")
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user)
        if submission.originals_purged_at is not None:
            raise ReviewError("De originelen zijn al verwijderd; de tekst ligt vast.")
        values = {
            "onderwerp_redacted": onderwerp_redacted,
            "omschrijving_redacted": omschrijving_redacted,
        }
        changed = [name for name, value in values.items() if getattr(submission, name) != value]
        if not changed:
            return submission
        texts = [values[name] for name in changed]
        kept = 0
        if choice != FREE_TEXT_KEEP:
            found = {
                name: findings
                for name in changed
                if (findings := typed_text_findings(submission, [values[name]]))
            }
            if found and choice != FREE_TEXT_REDACT:
                raise FreeTextPersonalData(found)
            if found:
                redact = typed_text_redactor(submission, texts)
                values = {name: redact(value) for name, value in values.items()}
        else:
            kept = len(typed_text_findings(submission, texts))
        submission.onderwerp_redacted = values["onderwerp_redacted"]
        submission.omschrijving_redacted = values["omschrijving_redacted"]
        submission.save(update_fields=changed)
        events.submission_free_text_changed(
            submission=submission,
            actor=user,
            fields=changed,
            request=request,
            possible_personal_data_kept=kept,
        )
    return submission


def submitter_set(*, submission_id: int, participant_id: int, user, request=None) -> Participant:
    """Say which author of the chat is the employee who submitted it, when the pipeline did not
    recognise the name in the export ("Piet (werk)" for Piet Bakker): that author becomes
    "Medewerker", an author taken for the submitter before goes back to the partner's role, the
    pseudonyms are numbered again and every redacted text that names an author follows."""
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user)
        if submission.originals_purged_at is not None:
            raise ReviewError("De originelen zijn al verwijderd; de deelnemers liggen vast.")
        participants = list(Participant.objects.filter(submission=submission).order_by("seq"))
        chosen = next((p for p in participants if p.pk == participant_id), None)
        if chosen is None:
            raise ReviewError("Deze deelnemer hoort niet bij deze inzending.")
        if chosen.role == SUBMITTER_PARTICIPANT_ROLE:
            return chosen
        before = {str(p.seq): p.pseudonym for p in participants}
        outs, _ = pseudonymize_with(
            [p.name for p in participants],
            submitter=chosen.name,
            gesprekspartner=submission.gesprekspartner,
        )
        for participant, out in zip(participants, outs, strict=True):
            participant.pseudonym, participant.role = out.pseudonym, out.role
        Participant.objects.bulk_update(participants, ["pseudonym", "role"])
        # Only texts with an active redaction can name an author by pseudonym.
        redacted = RedactionSpan.objects.filter(active=True)
        _refresh_messages(
            list(
                Message.objects.filter(
                    pk__in=redacted.filter(message__submission=submission).values("message_id")
                ).only("pk", "text", "text_redacted")
            ),
            submission_id=submission.pk,
        )
        _refresh_media(
            list(
                MediaItem.objects.filter(
                    pk__in=redacted.filter(media__submission=submission).values("media_id")
                ).only("pk", "ocr_text", "ocr_text_redacted")
            ),
            submission_id=submission.pk,
        )
        renamed = {
            before[str(p.seq)]: p.pseudonym
            for p in participants
            if before[str(p.seq)] != p.pseudonym
        }
        typed = {
            name: pseudonyms_renamed(getattr(submission, name), renamed)
            for name in ("onderwerp_redacted", "omschrijving_redacted")
        }
        changed = [name for name, text in typed.items() if text != getattr(submission, name)]
        for name in changed:
            setattr(submission, name, typed[name])
        if changed:
            submission.save(update_fields=changed)
        events.submission_submitter_set(
            submission=submission,
            actor=user,
            participant_seq=chosen.seq,
            pseudonyms={
                "before": before,
                "after": {str(p.seq): p.pseudonym for p in participants},
            },
            request=request,
        )
    return chosen


def pseudonyms_renamed(text: str, renamed: dict[str, str]) -> str:
    """`text` with every pseudonym in `renamed` replaced by its new one in one pass ("Inwoner 2"
    → "Medewerker" and "Inwoner 3" → "Inwoner 2" together, not one after the other); "Inwoner 1"
    is not the start of "Inwoner 12"."""
    if not renamed or not text:
        return text
    pattern = re.compile(
        r"(?<![\w])("
        + "|".join(re.escape(old) for old in sorted(renamed, key=len, reverse=True))
        + r")(?![\w])"
    )
    return pattern.sub(lambda match: renamed[match.group(1)], text)


def _swap_day_month(moment: datetime) -> datetime:
    local = timezone.localtime(moment)
    swapped = local.replace(tzinfo=None, day=local.month, month=local.day)
    return timezone.make_aware(swapped)


def date_order_confirm(*, submission_id: int, date_order: str, user, request=None) -> Submission:
    """Settle day-month order: keep the parser's reading or swap day and month of every date."""
    if date_order not in DATE_ORDERS:
        raise ReviewError("Kies dag-maand-jaar of maand-dag-jaar.")
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user)
        detected = dict(submission.detected_format or {})
        current = detected.get("date_order") or "DMY"
        swap = {current[:2], date_order[:2]} == {"DM", "MD"} and current != date_order
        changed = 0
        if swap:
            updated = []
            for message in Message.objects.filter(submission=submission, sent_at__isnull=False):
                try:
                    message.sent_at = _swap_day_month(message.sent_at)
                except ValueError:
                    raise ReviewError(
                        f"Die volgorde kan niet: bericht {shown_number(message.seq)} krijgt dan een datum "
                        "die niet bestaat."
                    ) from None
                updated.append(message)
            Message.objects.bulk_update(updated, ["sent_at"], batch_size=500)
            changed = len(updated)
            if submission.selection_source != SelectionSource.INFORMATIEBEHEER:
                # The pre-selected period was read with the wrong dates: select it again.
                apply_submitter_period(submission, Message.objects.filter(submission=submission))
        detected["date_order"] = date_order
        detected["date_order_confident"] = True
        detected["date_order_confirmed"] = True
        submission.detected_format = detected
        submission.date_order_uncertain = False
        submission.save(
            update_fields=["detected_format", "date_order_uncertain", "selection_source"]
        )
        events.submission_date_order_confirmed(
            submission=submission,
            actor=user,
            date_order=date_order,
            previous=current,
            messages_changed=changed,
            request=request,
        )
    return submission


# --- decisions ------------------------------------------------------------------------------------


# --- releasing attachments for Woo and the archive PDF ----------------------------------------

# Informatiebeheer may release or withhold while reviewing and after archiving (a Woo request
# may come years later); not once a submission is rejected.
RELEASE_STATUSES = (*REVIEWABLE_STATUSES, SubmissionStatus.GEARCHIVEERD)
CONTACT_CARD_NEVER = (
    "Een contactkaart bevat alleen persoonsgegevens en wordt nooit vrijgegeven; het contact "
    "staat als pseudoniem in het gesprek."
)
NOTHING_TO_RELEASE = (
    "Van deze bijlage is geen opgeschoonde versie bewaard; er is niets om vrij te geven."
)


def _lock_media(submission_id: int, media_id: int, *, user) -> MediaItem:
    require_record_decider(user)
    submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
    if submission is None:
        raise ReviewError("Deze inzending bestaat niet (meer).")
    if submission.status not in RELEASE_STATUSES:
        raise ReviewError(
            "Bijlagen van een afgewezen of nog niet verwerkte inzending kunnen niet worden "
            "vrijgegeven."
        )
    media = (
        MediaItem.objects.select_for_update(of=("self",))
        .select_related("derived")
        .filter(pk=media_id, submission=submission)
        .first()
    )
    if media is None:
        raise ReviewError("Deze bijlage hoort niet bij deze inzending.")
    return media


PASSAGE_READABLE = (
    "Deze bijlage kan niet worden vrijgegeven: tekst die met de hand is weggelakt, kon niet "
    "worden weggelakt in de pagina-afbeelding en is daarin nog leesbaar. Woo krijgt het bestand "
    "daarom niet."
)
PASSAGE_READABLE_IMAGE = (
    "Deze afbeelding kan zo niet worden vrijgegeven: tekst die met de hand is weggelakt, kon "
    "niet worden weggelakt in de afbeelding en is daarin nog leesbaar. Lak die plaats eerst weg "
    "met ‘Gebied weglakken’ en bevestig daarna bij het vrijgeven dat het gebied de tekst afdekt."
)
PASSAGE_COVER_CONFIRM = (
    "Bevestig dat het weggelakte gebied de met de hand weggelakte tekst in de afbeelding "
    "afdekt; pas dan wordt de afbeelding vrijgegeven."
)
PASSAGE_NOT_COVERED = (
    "Het weggelakte gebied dekt de met de hand weggelakte tekst in de afbeelding niet af: "
    "{count} op een bekende plaats (deels) buiten elk weggelakt gebied. Lak die plaats weg "
    "met ‘Gebied weglakken’; daarna kunt u de afbeelding vrijgeven."
)
PASSAGE_PLACE_UNKNOWN = (
    "Van {count} met de hand weggelakte tekst is de plaats in de afbeelding niet bekend, dus "
    "het systeem kan niet nagaan of het weggelakte gebied die afdekt. Kijk het zelf na en "
    "bevestig het voor elke genoemde tekst."
)


@dataclass(frozen=True)
class UnpaintedPassage:
    """A passage blacked out by hand in an image's text that its file still shows (UNPAINTED):
    `boxes` where it stands (pixels), None when that is not known; `span_id` its redaction."""

    id: str
    label: str
    span_id: int | None
    boxes: list | None


# A file marked before the passages' places were kept: one passage, its place not known.
PLACE_UNKNOWN_ID = "onbekend"


def unpainted_passages(media: MediaItem) -> list[UnpaintedPassage]:
    """The passages blacked out by hand that a marked image (passage_readable_since) still
    shows and an area must cover before it is released; [] when it is not marked. A passage
    whose redaction was switched off since is not among them."""
    if media.passage_readable_since is None:
        return []
    layout = media.ocr_boxes or {}
    entries = layout.get(UNPAINTED)
    if not entries:
        return [UnpaintedPassage(PLACE_UNKNOWN_ID, "", None, None)]
    spans = [e["span"] for e in entries if e.get("span") is not None]
    active = set(
        RedactionSpan.objects.filter(pk__in=spans, active=True).values_list("pk", flat=True)
    )
    size = layout.get("size")
    return [
        UnpaintedPassage(
            e["id"], e.get("label", ""), e.get("span"), e.get("boxes") if size else None
        )
        for e in entries
        if e.get("span") is None or e["span"] in active
    ]


def _may_release_marked(
    media: MediaItem, *, covered: bool, confirmed: Collection[str]
) -> tuple[int, int]:
    """Refuses releasing a file that still shows a passage blacked out by hand in its text; an
    image may be released once areas are blacked out over every such passage whose place is
    known, Informatiebeheer confirmed by name each one whose place is not known, and confirmed
    the areas cover them. Returns how many passages (place known, place not known) it checked."""
    is_image = media.derived is not None and media.derived.mime_type.startswith("image/")
    if not is_image:
        raise ReviewError(PASSAGE_READABLE)
    areas = image_areas(media)
    if not areas:
        raise ReviewError(PASSAGE_READABLE_IMAGE)
    passages = unpainted_passages(media)
    known = [p for p in passages if p.boxes is not None]
    size = tuple(int(v) for v in (media.ocr_boxes or {}).get("size") or (0, 0))
    outside = [p for p in known if not boxes_covered(p.boxes, areas, size)]
    if outside:
        count = aantal(len(outside), "passage ligt", "passages liggen")
        raise ReviewError(PASSAGE_NOT_COVERED.format(count=count))
    if not covered:
        raise ReviewError(PASSAGE_COVER_CONFIRM)
    unknown = [p for p in passages if p.boxes is None]
    if not {p.id for p in unknown} <= set(confirmed):
        count = aantal(len(unknown), "stuk", "stukken")
        raise ReviewError(PASSAGE_PLACE_UNKNOWN.format(count=count))
    return len(known), len(unknown)


def media_release(
    *,
    submission_id: int,
    media_id: int,
    user,
    covered: bool = False,
    confirmed: Collection[str] = (),
    request=None,
) -> MediaItem:
    """Release an attachment that is withheld (audio, video, a PDF that could not be checked)
    so Woo may get its cleaned file. Contact cards are never released, nor a file that still
    shows a passage blacked out by hand in its text (an image: once areas cover it and
    Informatiebeheer confirms that, `covered`, and names each passage whose place is not known,
    `confirmed`: the ids of `unpainted_passages`). Releasing the kept copy of overlapping
    screenshots cuts the messages its withholding put back into the next one again
    (`_overlap_from_next`)."""
    with transaction.atomic():
        media = _lock_media(submission_id, media_id, user=user)
        if media.release == MediaRelease.NOOIT:
            raise ReviewError(CONTACT_CARD_NEVER)
        if servable_file(media, for_role=ServingRole.REVIEW) is None:
            raise ReviewError(NOTHING_TO_RELEASE)
        marked = media.passage_readable_since is not None
        checked = (0, 0)
        if marked:
            checked = _may_release_marked(media, covered=covered, confirmed=confirmed)
        if media.release == MediaRelease.VRIJGEGEVEN and not marked:
            return media
        media.release = MediaRelease.VRIJGEGEVEN
        media.released_by = user
        media.released_at = timezone.now()
        media.passage_readable_since = None
        _without_unpainted(media)
        media.save(
            update_fields=[
                "release",
                "released_by",
                "released_at",
                "passage_readable_since",
                "ocr_boxes",
            ]
        )
        events.media_released(
            media=media,
            actor=user,
            request=request,
            covered=marked,
            places_known=checked[0],
            places_unknown=checked[1],
        )
        # A kept copy: the messages its withholding put back into the next screenshot go.
        _overlap_from_next(media, user=user, request=request)
    return media


def media_withhold(*, submission_id: int, media_id: int, user, request=None) -> MediaItem:
    """Withhold an attachment from Woo and the archive PDF (undo a release, or hide a redacted
    photo or PDF that Informatiebeheer does not trust).

    A screenshot whose last messages the next screenshot shows too kept the only copy of their
    text (the next one's was cut, chats.pipeline.screenshot_overlap): withholding the image
    does not withhold those messages, so they go back into the next screenshot's text
    (`_overlap_to_next`). The returned item's `overlap_moved_to` names that screenshot (its
    seq), or is None."""
    with transaction.atomic():
        media = _lock_media(submission_id, media_id, user=user)
        media.overlap_moved_to = None
        if media.release in (MediaRelease.ACHTERGEHOUDEN, MediaRelease.NOOIT):
            # Withheld before without its shared messages going back (by the system, before
            # it put them back): they go back now.
            if selectors.overlap_follower(media) is None:
                return media
        else:
            _set_withheld(media, user=user, request=request)
        moved = _overlap_to_next(media, user=user, request=request)
        media.overlap_moved_to = moved.seq if moved is not None else None
        _rendition_redo(submission_id)
    return media


def _overlap_to_next(media: MediaItem, *, user, request=None) -> MediaItem | None:
    """Put back into the next screenshot the messages cut from its text because `media` (just
    withheld) showed them too, so their text stays in the record for Woo's search and the PDF:
    the next screenshot's image shows them. Nothing once the originals are purged (the cut text
    went with them) or when the next screenshot cut nothing. Inside the caller's transaction;
    an archived record's index and Woo's passages follow (`_after_tightening`)."""
    following = selectors.overlap_follower(media, for_update=True)
    if following is None:
        return None
    submission = Submission.objects.get(pk=media.submission_id)
    overlap = following.overlap
    before = _texts_now(submission, media=[following.pk])
    if overlap.get("text"):
        # The withheld copy's marks by hand go with the messages, as when each was made.
        marks = RedactionSpan.objects.filter(
            media=media, active=True, source=RedactionSource.HANDMATIG
        ).values_list("start", "end", "label")
        taken = [(int(s), int(e)) for s, e, _label in overlap.get("hand") or ()]
        carried, _unplaced = shared_marks(media.ocr_text, list(marks), overlap["text"], taken)
        stretch = _put_back(
            following, {**overlap, "hand": [*(overlap.get("hand") or ()), *carried]}
        )
        _carried_marks_painted(
            following,
            stretch,
            carried,
            user=user,
            request=request,
            reason=_tighten_reason(submission),
        )
        _refresh_redacted(media=following)
        returned = {"start": stretch[0], "end": stretch[1]}
    else:  # the originals are purged: the redacted text kept of the messages goes back
        start, end = _put_back_redacted(following, overlap)
        returned = {"start": start, "end": end, "redacted": True}
    # Where they went back, so releasing `media` again cuts them again (_overlap_from_next).
    following.overlap = {
        OVERLAP_RETURNED: {
            **returned,
            "by": media.pk,
            "notice": overlap.get("notice") or overlap.get("flag") or "",
            "count": int(overlap.get("count", 0)),
        }
    }
    following.save(update_fields=["overlap"])
    _overlap_settled(submission, overlap, user=user, request=request)
    _after_tightening(submission, before)
    return following


def _overlap_selection_audited(submission, user, overlap: dict, *, include: bool, request) -> None:
    """The audit row of messages shared by overlapping screenshots cut from (include False) or
    put back into (True) the next screenshot's text."""
    shots = MediaItem.objects.filter(submission=submission).count()
    events.submission_selection_changed(
        submission=submission,
        actor=user,
        selected=shots,
        total=shots,
        scope="screenshot_overlap",
        include=include,
        changed=int(overlap.get("count", 0)),
        request=request,
    )


def _overlap_from_next(media: MediaItem, *, user, request=None) -> MediaItem | None:
    """`media` (a kept copy) released again: the messages its withholding put back into the
    next screenshot's text (`_overlap_to_next`) are cut from it again, as processing cut them,
    so none stands twice in the record's text, its PDF and Woo's index; the point about them
    is in the submission's flags again. Returns that screenshot, or None when nothing went back
    (or its text changed since, so the messages cannot be told apart: they stay)."""
    following = selectors.overlap_returned_to(media, for_update=True)
    if following is None:
        return None
    submission = Submission.objects.get(pk=media.submission_id)
    before = _texts_now(submission, media=[following.pk])
    returned = following.overlap[OVERLAP_RETURNED]
    if returned.get("redacted"):
        overlap = _cut_again_redacted(following, returned)
    else:
        overlap = _cut_again(following, returned)
        if overlap is not None:
            _refresh_redacted(media=following)
    if overlap is None:
        return None
    notice = overlap.get("notice") or overlap.get("flag")
    if notice:
        submission.flags = [
            *(submission.flags or []),
            {"code": "screenshot_overlap", "message": notice},
        ]
        submission.save(update_fields=["flags"])
    _overlap_selection_audited(submission, user, overlap, include=False, request=request)
    _after_tightening(submission, before)
    return following


def _piece_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The stretch of `text` that went in with the lines [start, end) put back: them and the
    newline that joined them (after them, or before when they went last); None when [start,
    end) are not whole lines of `text` (it changed since)."""
    if not 0 <= start < end <= len(text):
        return None
    if start > 0 and text[start - 1] != "\n":
        return None
    if end < len(text):
        return (start, end + 1) if text[end] == "\n" else None
    return (start - 1, end) if start > 0 else (start, end)


def _returned_piece(text: str, returned: dict) -> tuple[int, int, int, int] | None:
    """The lines put back (`returned`'s [start, end)) and the stretch [low, high) of `text` to
    cut with them (`_piece_of`), as (start, end, low, high); None when `text` changed since."""
    start, end = int(returned["start"]), int(returned["end"])
    piece = _piece_of(text, start, end)
    if piece is None:
        return None
    low, high = piece
    return start, end, low, high


def _cut_again(media: MediaItem, returned: dict) -> dict | None:
    """The inverse of `_put_back`: the lines [start, end) of `media`'s OCR text cut again with
    their active spans (by hand apart, as `_shared_marks_follow` keeps them) and word places,
    kept in `media.overlap` as processing keeps a cut (chats.pipeline.screenshot_overlap), the
    blackout over their spans kept in the image's boxes. Returns that overlap, or None."""
    text = media.ocr_text
    piece = _returned_piece(text, returned)
    if piece is None:
        return None
    start, end, low, high = piece
    shift = high - low
    layout = dict(media.ocr_boxes or {})
    spans = list(RedactionSpan.objects.filter(media=media, end__gt=low, start__lt=high))
    inside = [span for span in spans if start <= span.start and span.end <= end]
    if len(inside) != len(spans):
        return None  # a span reaches over the lines' edge: they cannot be cut whole
    found = [
        [s.start - start, s.end - start, s.label]
        for s in inside
        if s.active and s.source != RedactionSource.HANDMATIG
    ]
    hand = [
        [s.start - start, s.end - start, s.label]
        for s in inside
        if s.active and s.source == RedactionSource.HANDMATIG
    ]
    words = layout.get("words")
    overlap = {
        "notice": returned.get("notice", ""),
        "count": int(returned.get("count", 0)),
        "at": low,
        "text": text[start:end],
        "boxes": blackout_boxes(layout, [(s + start, e + start, label) for s, e, label in found]),
        "spans": found,
        "words": [
            [s - start, e - start, *place]
            for s, e, *place in words or ()
            if start <= s and e <= end
        ],
    }
    if hand:
        overlap["hand"] = hand
    RedactionSpan.objects.filter(pk__in=[span.pk for span in inside]).delete()
    # An area over the lines named some of them: they leave its list (walk 53).
    _areas_forget_spans(media, {span.pk for span in inside})
    RedactionSpan.objects.filter(media=media, start__gte=high).update(
        start=F("start") - shift, end=F("end") - shift
    )
    if words is not None:
        layout["words"] = [
            [s - shift, e - shift, *place] if s >= high else [s, e, *place]
            for s, e, *place in words
            if not (low <= s and e <= high)
        ]
    media.ocr_text = text[:low] + text[high:]
    media.ocr_boxes = layout
    media.overlap = overlap
    media.image_blacked_out = image_blacked_out(media)
    media.save(update_fields=["ocr_text", "ocr_boxes", "overlap", "image_blacked_out"])
    return overlap


def _cut_again_redacted(media: MediaItem, returned: dict) -> dict | None:
    """`_cut_again` once the originals are purged: the lines [start, end) of `media`'s redacted
    text cut again with their word places, kept as the purge keeps a cut
    (chats.purge.overlap_redacted). Returns that overlap, or None."""
    text = media.ocr_text_redacted
    piece = _returned_piece(text, returned)
    if piece is None:
        return None
    start, end, low, high = piece
    shift = high - low
    left = text[:low] + text[high:]
    layout = without_redacted_places(media.ocr_boxes) or dict(media.ocr_boxes or {})
    words = layout.get(REDACTED_WORDS)
    known = bool(words) and layout.get(REDACTED_LENGTH) == len(text)
    overlap = {
        "redacted": text[start:end],
        "flag": returned.get("notice", ""),
        "count": int(returned.get("count", 0)),
        "line": left[:low].count("\n"),
        "end": low >= len(left),
        REDACTED_WORDS: [
            [s - start, e - start, *place]
            for s, e, *place in words or ()
            if start <= s and e <= end
        ]
        if known
        else [],
        REDACTED_LENGTH: end - start,
    }
    if known:
        layout[REDACTED_WORDS] = [
            [s - shift, e - shift, *place] if s >= high else [s, e, *place]
            for s, e, *place in words
            if not (low <= s and e <= high)
        ]
        layout[REDACTED_LENGTH] = len(left)
    media.ocr_text_redacted = left
    media.ocr_boxes = layout
    media.overlap = overlap
    media.save(update_fields=["ocr_text_redacted", "ocr_boxes", "overlap"])
    return overlap


def _overlap_settled(submission: Submission, overlap: dict, *, user, request=None) -> None:
    """The messages cut from a screenshot (`overlap`, as it was) are back in its text: the
    point about them goes from the submission's flags, audited as a change of what is kept."""
    notice = overlap.get("notice") or overlap.get("flag")
    submission.flags = [
        f
        for f in (submission.flags or [])
        if not (isinstance(f, dict) and notice and f.get("message") == notice)
    ]
    submission.save(update_fields=["flags"])
    _overlap_selection_audited(submission, user, overlap, include=True, request=request)


# --- areas of an image blacked out by hand -------------------------------------------------------

AREA_NOT_AN_IMAGE = "Alleen in een afbeelding kunt u een gebied weglakken."
AREA_OUTSIDE = "Kies een gebied binnen de afbeelding."
AREA_NO_FILE = (
    "Deze afbeelding heeft geen opgeschoonde versie om in weg te lakken. Mag zij niet naar Woo, "
    "houd haar dan achter."
)
AREA_GONE = "Dit gebied is al ongedaan gemaakt (door u of een collega). Laad de pagina opnieuw."
AREA_KEPT = (
    "Dit gebied kan niet ongedaan worden gemaakt: de afbeelding kan niet opnieuw worden gemaakt "
    "uit het origineel. Het gebied blijft zwart."
)


def image_areas(media: MediaItem) -> list[dict]:
    """The areas blacked out by hand in this image (MediaItem.areas, fractions of its width and
    height): what every redraw of its derivative paints on top of the spans (_redraw_image)."""
    return [
        area
        for area in (media.areas or [])
        if isinstance(area, dict) and all(k in area for k in ("x", "y", "breedte", "hoogte"))
    ]


def image_blacked_out(media: MediaItem) -> bool:
    """MediaItem.image_blacked_out as its stored layout, overlap and areas tell it (told again
    only while the originals are there: the purge empties the overlap, the flag stays)."""
    return blacked_out_beyond_text(media.ocr_boxes, media.overlap, image_areas(media))


def _lock_image(submission: Submission, media_id: int) -> MediaItem:
    media = (
        MediaItem.objects.select_for_update(of=("self",))
        .select_related("derived", "original")
        .filter(pk=media_id, submission=submission)
        .first()
    )
    if media is None:
        raise ReviewError("Deze bijlage hoort niet bij deze inzending.")
    if not media.is_image:
        raise ReviewError(AREA_NOT_AN_IMAGE)
    return media


def _paint_image_areas(media: MediaItem, *, adding: bool, user, request=None) -> bool:
    """Make the derivative show the image's areas (image_areas). Redrawn from the original
    where there is one and a stored layout (an area undone shows again); otherwise the new area
    is painted over the derivative (an area added only). Returns whether it was redrawn."""
    derived = media.derived
    if derived is None or not derived.file:
        raise ReviewError(AREA_NO_FILE)
    layout = media.ocr_boxes or {}
    source = media.original
    if (
        "words" in layout
        and source is not None
        and source.file
        and source.purged_at is None
        # Redrawn with its areas also when a passage marked by hand had no word to paint (the
        # image stays marked for it).
        and (
            _redraw_image(media, adding=adding, user=user, request=request)
            or getattr(media, "marks_unplaced", False)
        )
    ):
        return True
    if not adding:
        raise ReviewError(AREA_KEPT)
    out_format = _FORMAT_OF_SUFFIX.get(Path(derived.file.name).suffix.lower(), "PNG")
    try:
        with default_storage.open(derived.file.name, "rb") as fh:
            painted = paint_areas(
                fh,
                image_areas(media)[-1:],
                out_format=out_format,
                max_pixels=settings.ARCHIEF_MAX_IMAGE_PIXELS,
            )
    except (OSError, ImageRejected):
        raise ReviewError(AREA_NO_FILE) from None
    _replace_derived(derived, painted)
    return False


def _layout_size(media: MediaItem, layout: dict) -> tuple[int, int] | None:
    """The size of the image the layout's words were read from: stored with them, else the
    original's (read from its header)."""
    if layout.get("size"):
        width, height = layout["size"]
        return int(width), int(height)
    source = media.original
    if source is None or not source.file or source.purged_at is not None:
        return None
    # Imported here: only an area over a layout without its size opens the original.
    from PIL import Image

    try:
        with default_storage.open(source.file.name, "rb") as fh, Image.open(fh) as image:
            return image.size
    except OSError:
        return None


def _area_words_redact(media: MediaItem, area: dict, *, user) -> list[RedactionSpan]:
    """Redact the OCR words under a hand-drawn area in the image's text too (label GEBIED,
    shown as [VERWIJDERD]): what is black in the image must not stay readable in the archive
    PDF's "Tekst in de afbeelding", in Woo search or on the Woo record. What is redacted
    already stays as it is and the rest of the stretch is redacted around it; a span switched
    off does not hold the area back (the area says so explicitly). Only while the original OCR
    text and its word places are there."""
    layout = media.ocr_boxes or {}
    text = media.ocr_text or ""
    if not text or not layout.get("words"):
        return []
    size = _layout_size(media, layout)
    if size is None:
        return []
    taken = list(RedactionSpan.objects.filter(media=media, active=True).values_list("start", "end"))
    made = []
    now = timezone.now()
    for stretch in words_in_area(layout, area, size, text):
        for start, end in _untaken(text, stretch, taken):
            made.append(
                RedactionSpan.objects.create(
                    submission_id=media.submission_id,
                    media=media,
                    start=start,
                    end=end,
                    label=AREA_LABEL,
                    source=RedactionSource.HANDMATIG,
                    changed_by=user,
                    changed_at=now,
                )
            )
            taken.append((start, end))
    if made:
        _refresh_redacted(media=media)
    return made


def _untaken(
    text: str, stretch: tuple[int, int], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The parts of `stretch` of `text` that no `taken` interval covers, without the spaces
    at their ends; a part of signs only (a comma left beside a redacted number) is left."""
    parts = [stretch]
    for t_start, t_end in taken:
        parts = [
            piece
            for start, end in parts
            for piece in ((start, min(end, t_start)), (max(start, t_end), end))
            if piece[0] < piece[1]
        ]
    out = []
    for start, end in sorted(parts):
        value = text[start:end]
        start += len(value) - len(value.lstrip())
        end -= len(value) - len(value.rstrip())
        if any(c.isalnum() for c in text[start:end]):
            out.append((start, end))
    return out


def image_area_add(
    *,
    submission_id: int,
    media_id: int,
    x: float,
    y: float,
    breedte: float,
    hoogte: float,
    user,
    request=None,
) -> MediaItem:
    """Black out an area of a screenshot or photo (fractions of its width and height) in its
    derivative, which Woo and the record's PDF get; the original stays as it is until the
    purge. Also after archiving (nader anonimiseren): the PDF is made again."""
    x, y = max(0.0, min(x, 1.0)), max(0.0, min(y, 1.0))
    breedte, hoogte = min(breedte, 1.0 - x), min(hoogte, 1.0 - y)
    if breedte <= 0 or hoogte <= 0:
        raise ReviewError(AREA_OUTSIDE)
    with _atomic_with_files():
        submission = _lock_reviewable(
            submission_id, user=user, also=(SubmissionStatus.GEARCHIVEERD,)
        )
        media = _lock_image(submission, media_id)
        before = _texts_now(submission, media=[media.pk])
        area = {
            "id": uuid.uuid4().hex[:12],
            "x": round(x, 5),
            "y": round(y, 5),
            "breedte": round(breedte, 5),
            "hoogte": round(hoogte, 5),
        }
        spans = _area_words_redact(media, area, user=user)
        if spans:
            area["spans"] = [span.pk for span in spans]  # undone with the area
        media.areas = [*image_areas(media), area]
        media.image_blacked_out = True
        media.save(update_fields=["areas", "image_blacked_out"])
        redrawn = _paint_image_areas(media, adding=True, user=user, request=request)
        events.image_area_added(
            submission=submission,
            media=media,
            area=area,
            actor=user,
            image_redrawn=redrawn,
            request=request,
            reason=_tighten_reason(submission),
        )
        for span in spans:
            events.redaction_added(
                span=span,
                actor=user,
                image_redrawn=redrawn,
                request=request,
                reason=_tighten_reason(submission),
            )
        # Read by the view, which says so: what went from the text too, or that the text could
        # not be checked (its original or its word places are gone: the purge) and may still
        # read what the area hides.
        media.area_words = len(spans)
        media.area_text_unchecked = bool(media.ocr_text_redacted) and not (
            media.ocr_text and (media.ocr_boxes or {}).get("words")
        )
        if _archived(submission):
            if spans:
                _after_tightening(submission, before)  # the Woo index follows; PDF made again
            else:
                _rendition_redo(submission.pk)
    return media


def _areas_forget_spans(media: MediaItem, gone: set[int]) -> None:
    """Drop deleted redactions from the lists of the image's areas (each names the word
    redactions it made, undone with it): one replaced by a new redaction over its text (walk
    53) is gone, and the new one is the reviewer's own, which stays when the area is undone."""
    changed = False
    for area in image_areas(media):
        kept = [pk for pk in area.get("spans", []) if pk not in gone]
        if kept != area.get("spans", []):
            area["spans"] = kept
            changed = True
    if changed:
        media.save(update_fields=["areas"])


def image_area_remove(
    *, submission_id: int, media_id: int, area_id: str, user, request=None
) -> MediaItem:
    """Undo an area blacked out by hand, before archiving: the derivative is redrawn from the
    original without it. After archiving nothing is undone (ARCHIVED_NO_UNDO)."""
    with _atomic_with_files():
        submission = _lock_reviewable(
            submission_id, user=user, also=(SubmissionStatus.GEARCHIVEERD,)
        )
        if _archived(submission):
            raise ReviewError(ARCHIVED_NO_UNDO)
        media = _lock_image(submission, media_id)
        areas = image_areas(media)
        gone = next((area for area in areas if area.get("id") == area_id), None)
        if gone is None:
            raise ReviewError(AREA_GONE)
        media.areas = [area for area in areas if area is not gone]
        # The words of its text it redacted show again (_area_words_redact), unless an area that
        # stays covers them too: those are redacted again, for that area (it made no span of
        # its own where the removed one's were).
        made: list[RedactionSpan] = []
        if gone.get("spans"):
            RedactionSpan.objects.filter(
                media=media, pk__in=gone["spans"], label=AREA_LABEL
            ).delete()
            for area in media.areas:
                spans = _area_words_redact(media, area, user=user)
                if spans:
                    area["spans"] = [*area.get("spans", []), *(span.pk for span in spans)]
                    made.extend(spans)
            if not made:
                _refresh_redacted(media=media)
        # Before archiving only: the overlap and layout it is told from are all still there.
        media.image_blacked_out = image_blacked_out(media)
        media.save(update_fields=["areas", "image_blacked_out"])
        redrawn = _paint_image_areas(media, adding=False, user=user, request=request)
        events.image_area_removed(
            submission=submission, media=media, area=gone, actor=user, request=request
        )
        for span in made:
            events.redaction_added(span=span, actor=user, image_redrawn=redrawn, request=request)
    return media


def _rendition_redo(submission_id: int) -> None:
    """An archived record's PDF (and the Woo index, made after it) hold what was shown when it
    was made: after a withhold it is made again, without the attachment (inside the caller's
    transaction; the worker makes it after commit). A rendition already running may have read
    the text before this change: the raised generation makes it render again before it stores
    (chats.archiving.archive_complete)."""
    archived = Submission.objects.filter(pk=submission_id, status=SubmissionStatus.GEARCHIVEERD)
    archived.update(rendition_generation=F("rendition_generation") + 1)
    redo = archived.filter(rendition_state=RenditionState.KLAAR).update(
        rendition_state=RenditionState.BEZIG,
        rendition_attempts=0,
        rendition_error="",
        enqueued_at=timezone.now(),
    )
    if redo:
        transaction.on_commit(lambda: enqueue_archive_completion(submission_id))


def _has_record_content(submission: Submission) -> bool:
    """Whether the record would hold anything: a selected message or a loose screenshot."""
    return (
        Message.objects.filter(submission=submission, in_record=True).exists()
        or MediaItem.objects.filter(submission=submission, message__isnull=True).exists()
    )


def review_archive(
    *,
    submission_id: int,
    zaak: Zaak,
    user,
    resultaat: SelectielijstResultaat | None = None,
    request=None,
) -> Submission:
    """Decide to archive the selected, redacted conversation to `zaak` (fast, in the request).

    Sets the zaak's selectielijst result when one is given, stamps who and when and marks the
    rendition as pending; after commit `archive_complete` (a task) verifies the checksums,
    stores the PDF/A rendition, purges the originals, tells the submitter and sends
    `submission_archived`. Until then the record does not count as complete.
    """
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user)
        if submission.date_order_uncertain:
            # The dates decide the record's period and the Woo deadlines: settle them first.
            raise DateOrderUnconfirmed()
        zaak = Zaak.objects.select_for_update().get(pk=zaak.pk)
        if resultaat is not None and resultaat.pk != zaak.resultaat_id:
            try:
                zaak = zaak_set_resultaat(
                    zaak=zaak, resultaat=resultaat, user=user, request=request
                )
            except ValidationError as exc:
                raise ReviewError(" ".join(exc.messages)) from None
        if zaak.resultaat_id is None:
            raise ReviewError("Kies het resultaat van de zaak uit de selectielijst.")
        if not _has_record_content(submission):
            raise ReviewError("Selecteer ten minste één bericht dat bij het archiefstuk hoort.")
        archiefactie = zaak.compute_archiefactie()
        now = timezone.now()
        submission.zaak = zaak
        submission.zaaknummer = zaak.zaaknummer
        submission.reviewed_by = user
        submission.reviewed_at = now
        submission.archived_at = now
        submission.review_note = ""
        submission.decision_followed_up_at = None  # the archive's completion mails
        submission.rendition_state = RenditionState.BEZIG
        submission.rendition_done_at = None
        submission.rendition_attempts = 0
        submission.rendition_error = ""
        # The sweep re-queues the rendition when this queueing gets lost (see chats.sweeps).
        submission.enqueued_at = now
        submission.set_status(SubmissionStatus.GEARCHIVEERD)
        submission.save()
        events.submission_archived(
            submission=submission,
            actor=user,
            zaak=zaak,
            archiefactie=archiefactie,
            messages=Message.objects.filter(submission=submission, in_record=True).count(),
            request=request,
        )
        transaction.on_commit(lambda: enqueue_archive_completion(submission.pk))
    return submission


def archive_rendition_retry(*, submission_id: int, user, request=None) -> Submission:
    """Informatiebeheer tries a rendition on hold again (after a failure or an outage)."""
    require_record_decider(user)
    with transaction.atomic():
        submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
        if (
            submission is None
            or submission.status != SubmissionStatus.GEARCHIVEERD
            or submission.rendition_state not in RENDITION_UNFINISHED
        ):
            raise ReviewError(
                "Het archiefstuk van deze inzending hoeft niet opnieuw te worden gemaakt."
            )
        submission.rendition_state = RenditionState.BEZIG
        submission.rendition_error = ""
        submission.rendition_attempts = 0
        submission.enqueued_at = timezone.now()
        submission.save(
            update_fields=[
                "rendition_state",
                "rendition_error",
                "rendition_attempts",
                "enqueued_at",
            ]
        )
        events.rendition_retried(submission=submission, actor=user, request=request)
        transaction.on_commit(lambda: enqueue_archive_completion(submission_id))
    return submission


def review_reject(
    *, submission_id: int, reason: str, user, note: str = "", request=None
) -> Submission:
    """Reject the submission with a reason (and a note, required for ‘anders’); nothing is kept.

    A submission whose processing failed (`mislukt`) can be rejected too: the employee sees the
    reason, keeps the failure's explanation and can send the conversation again.
    """
    if reason not in RejectReason.values:
        raise ReviewError("Kies een reden voor de afwijzing.")
    note = (note or "").strip()
    if reason == RejectReason.ANDERS and not note:
        raise ReviewError("Licht de reden ‘Anders’ toe.")
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user, also=(SubmissionStatus.MISLUKT,))
        failure = submission.failure_reason
        label = RejectReason(reason).label
        submission.review_note = f"{label}. {note}" if note else f"{label}."
        submission.reviewed_by = user
        submission.reviewed_at = timezone.now()
        submission.set_status(SubmissionStatus.AFGEWEZEN, reason=failure)
        submission.decision_followed_up_at = None  # the worker's, or the sweep's
        submission.save()
        events.submission_rejected(
            submission=submission, actor=user, reason=reason, request=request
        )
        transaction.on_commit(lambda: enqueue_after_decision(submission.pk, purge=True))
    return submission


def review_return_to_submitter(
    *, submission_id: int, question: str, user, request=None
) -> Submission:
    """Send the submission back to its submitter with a question; it stays open for review."""
    question = (question or "").strip()
    if not question:
        raise ReviewError("Schrijf de vraag aan de indiener.")
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user)
        submission.review_note = question
        submission.reviewed_by = user
        submission.reviewed_at = timezone.now()
        submission.set_status(SubmissionStatus.TERUG_NAAR_INDIENER)
        submission.decision_followed_up_at = None  # the worker's, or the sweep's
        submission.save()
        # Kept as a row: the submitter answers it in the app, the queue and reminders read it.
        ReviewQuestion.objects.create(submission=submission, question=question, asked_by=user)
        events.submission_returned(
            submission=submission, actor=user, question=question, request=request
        )
        transaction.on_commit(lambda: enqueue_after_decision(submission.pk, purge=False))
    return submission


def submission_assign(*, submission_id: int, assignee, user, request=None) -> Submission:
    """Give the submission to an Informatiebeheer colleague (`assignee`; None: nobody).

    Only open work can be assigned: under review, returned with a question or failed.
    """
    if assignee is not None and not (assignee.is_active and assignee.has_perm(REVIEW_SUBMISSION)):
        raise ReviewError("Kies een collega van Informatiebeheer.")
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user, also=(SubmissionStatus.MISLUKT,))
        new_id = assignee.pk if assignee is not None else None
        if submission.assigned_to_id != new_id:
            submission.assigned_to = assignee
            submission.save(update_fields=["assigned_to"])
            events.submission_assigned(
                submission=submission, actor=user, assignee_id=new_id, request=request
            )
    return submission


def review_view_log(
    *, submission: Submission, user, request=None, what: str = "beoordeling"
) -> None:
    """Record that Informatiebeheer looked at a record (the page, the PDF, an attachment)."""
    events.submission_viewed(submission=submission, actor=user, view=what, request=request)


def media_download_log(*, media: MediaItem, stored_file, user, request=None) -> None:
    """Record that Informatiebeheer (or Beheer) was served an attachment's file."""
    events.media_downloaded(
        media=media, stored_file=stored_file, actor=user, role=ServingRole.REVIEW, request=request
    )


# --- overlapping screenshots ------------------------------------------------------------------

OVERLAP_NOTHING = "Bij deze schermafbeelding is niets als dubbel overgeslagen."


def _shared_marks_follow(
    kept: MediaItem, stretches: list[tuple[int, int, str]], *, user, request=None
) -> MediaItem | None:
    """Stretches of `kept`'s OCR text just blacked out by hand, in the image of the next
    screenshot too where they lie in the messages both show (cut from its text, so no span of
    its own stands for them): kept with its cut messages (`overlap["hand"]`, offsets into the cut
    text) and painted from their word places when its image is redrawn; put back with them as
    redactions by hand. Where a stretch cannot be placed there (no word places stored for the
    cut messages, OCR read them too differently) or the image cannot be redrawn, that screenshot
    is marked and withheld for Woo like any file a passage could not be painted in
    (`_mark_passage_readable`, audited as done automatically).

    Returns that screenshot with `painted` and `withheld_now` set (read by the view, which says
    so), or None when no stretch lies in messages it shares."""
    following = selectors.overlap_follower(kept, for_update=True)
    if following is None:
        return None
    overlap = dict(following.overlap)
    layout = following.ocr_boxes or {}
    cut_layout = {"words": overlap.get("words") or (), "size": layout.get("size")}
    taken = [(int(s), int(e)) for s, e, _label in overlap.get("hand") or ()]
    placed, unplaced = shared_marks(kept.ocr_text, stretches, overlap["text"], taken)
    # A mark over no word whose place is stored cannot be painted there either.
    unplaced = unplaced or any(not blackout_boxes(cut_layout, [tuple(p)]) for p in placed)
    if not placed and not unplaced:
        return None
    overlap["hand"] = [*(overlap.get("hand") or ()), *placed]
    following.overlap = overlap
    following.image_blacked_out = image_blacked_out(following)
    following.save(update_fields=["overlap", "image_blacked_out"])
    painted = False
    # The marks in the messages it shows, where they stand (known from the cut messages' word
    # places): what an area must cover when it cannot be painted.
    shared_here = [
        _unpainted(label, passage_place(cut_layout, overlap["text"], start, end))
        for start, end, label in placed
    ] + ([_unpainted("", None)] if unplaced else [])
    following.unpainted_now = shared_here
    if not unplaced:
        try:
            painted = _redraw_image(following, adding=True, user=user, request=request)
        except ReviewError:  # its original is gone or unreadable: the picture keeps the words
            following.unpainted_now = shared_here  # its own were painted before
            painted = False
    following.painted = painted
    following.withheld_now = not painted and _mark_passage_readable(
        following, user=user, request=request
    )
    return following


def _carried_marks_painted(
    following: MediaItem,
    stretch: tuple[int, int],
    carried: list[list],
    *,
    user,
    request=None,
    reason: str = "",
) -> None:
    """The marks by hand of a withheld kept copy that its withholding carried into the next
    screenshot (`shared_marks`, put back as its redactions by hand at `stretch`): audited as
    added, and painted in its image by a redraw (withheld when it cannot be)."""
    places = {(s + stretch[0], e + stretch[0]) for s, e, _label in carried}
    added = [
        span
        for span in RedactionSpan.objects.filter(
            media=following, active=True, source=RedactionSource.HANDMATIG
        )
        if (span.start, span.end) in places
    ]
    if not added:
        return
    now = timezone.now()
    RedactionSpan.objects.filter(pk__in=[span.pk for span in added]).update(
        changed_by=user, changed_at=now
    )
    try:
        redrawn = _redraw_image(following, adding=True, user=user, request=request)
    except ReviewError:  # its original is gone or unreadable: the picture keeps the words
        redrawn = False
    if not redrawn:
        _mark_passage_readable(following, user=user, request=request)
    for span in added:
        span.changed_by, span.changed_at = user, now
        events.redaction_added(
            span=span, actor=user, image_redrawn=redrawn, request=request, reason=reason
        )


def _shared_marks_follow_redacted(
    kept: MediaItem,
    before: str,
    stretches: list[tuple[int, int]],
    *,
    label: str,
    user,
    request=None,
) -> MediaItem | None:
    """_shared_marks_follow once the originals are purged: stretches of `kept`'s redacted text
    (`before`, as it stood before they were replaced) just blacked out, in the next screenshot
    too where they lie in the messages both show: replaced in the redacted text the purge kept
    of them (chats.purge.overlap_redacted) and painted on its image where their word places
    were kept; that screenshot withheld for Woo where they cannot be."""
    following = selectors.overlap_follower(kept, for_update=True)
    if following is None or not following.overlap.get("redacted"):
        return None
    overlap = dict(following.overlap)
    cut = overlap["redacted"]
    placed: list[tuple[int, int]] = []
    unplaced = False
    for start, end in stretches:
        shared, place = shared_place(before, cut, start, end)
        if not shared:
            continue
        if place is None:
            unplaced = True
            continue
        try:
            place = review_text.redacted_stretch(cut, *place)
        except ValueError:  # only placeholders there: blacked out already
            continue
        if not any(a < place[1] and place[0] < b for a, b in placed):
            placed.append(place)
    if not placed and not unplaced:
        return None
    words = overlap.get(REDACTED_WORDS) or []
    known = bool(words) and overlap.get(REDACTED_LENGTH) == len(cut)
    layout = following.ocr_boxes or {}
    following.unpainted_now = [
        *([_unpainted(label, None)] if unplaced else []),  # a stretch not found there
        *(
            _unpainted(label, passage_place({"words": words}, cut, *place) if known else None)
            for place in placed
        ),
    ]
    painted = known and not unplaced and _paint_words(following, words, placed, layout.get("size"))
    after = review_text.replaced(cut, placed, label)
    overlap["redacted"] = after
    if known:
        rows = layout_on_redacted({"words": words}, cut, after).get(REDACTED_WORDS) or []
        overlap[REDACTED_WORDS], overlap[REDACTED_LENGTH] = rows, len(after)
    following.overlap = overlap
    # Painted black beyond its own text: the Woo decision gives it a ground (5.1.2e).
    following.image_blacked_out = following.image_blacked_out or painted
    following.save(update_fields=["overlap", "image_blacked_out"])
    following.painted = painted
    following.withheld_now = not painted and _mark_passage_readable(
        following, user=user, request=request
    )
    return following


def _put_back_redacted(media: MediaItem, overlap: dict) -> tuple[int, int]:
    """After the purge: the redacted text kept of the messages cut from `media`'s text
    (chats.purge.overlap_redacted) back into its redacted text, before the line they were cut
    from (or after the last); their word places with them where `media`'s own are kept indexed
    into its redacted text (else a later passage in them withholds the image, as it cannot be
    placed)."""
    text, old = overlap["redacted"], media.ocr_text_redacted
    lines = old.split("\n")
    line = int(overlap.get("line", 0))
    if not old or overlap.get("end") or line >= len(lines):
        at, piece = len(old), (f"\n{text}" if old else text)
    else:
        at, piece = sum(len(part) + 1 for part in lines[:line]), f"{text}\n"
    start, shift = at + piece.startswith("\n"), len(piece)
    new = old[:at] + piece + old[at:]
    layout = without_redacted_places(media.ocr_boxes) or dict(media.ocr_boxes or {})
    words = layout.get(REDACTED_WORDS)
    if (
        words
        and layout.get(REDACTED_LENGTH) == len(old)
        and overlap.get(REDACTED_LENGTH) == len(text)
    ):
        moved = [
            [s + shift, e + shift, *place] if s >= at else [s, e, *place] for s, e, *place in words
        ]
        back = [
            [s + start, e + start, *place] for s, e, *place in overlap.get(REDACTED_WORDS) or ()
        ]
        layout[REDACTED_WORDS] = sorted([*moved, *back], key=lambda row: row[0])
        layout[REDACTED_LENGTH] = len(new)
    media.ocr_text_redacted = new
    media.ocr_boxes = layout
    media.overlap = {}
    media.save(update_fields=["ocr_text_redacted", "ocr_boxes", "overlap"])
    return start, start + len(text)


def overlap_restore(*, submission_id: int, media_id: int, user, request=None) -> MediaItem:
    """Put back the messages processing left out of a screenshot's text because the screenshot
    before it showed them too (chats.pipeline.screenshot_overlap): they were different messages
    after all. Their text goes back in front, with its redactions and word places, and the
    point about it goes from the submission's flags."""
    with transaction.atomic():
        submission = _lock_reviewable(submission_id, user=user)
        media = (
            MediaItem.objects.select_for_update().filter(pk=media_id, submission=submission).first()
        )
        if media is None:
            raise ReviewError("Deze bijlage hoort niet bij deze inzending.")
        overlap = media.overlap or {}
        if not overlap.get("text"):
            raise ReviewError(OVERLAP_NOTHING)
        _put_back(media, overlap)
        _refresh_redacted(media=media)
        _overlap_settled(submission, overlap, user=user, request=request)
    return media


def _put_back(media: MediaItem, overlap: dict) -> tuple[int, int]:
    """`overlap`'s text in front of `media`'s OCR text; its spans and word places shifted.
    Returns where the text put back now stands in the OCR text."""
    text, at, old = overlap["text"], int(overlap.get("at", 0)), media.ocr_text
    at = min(at, len(old))
    # The lines go back whole: before the line at `at`, or after the last one.
    piece = f"{text}\n" if at < len(old) else (f"\n{text}" if old else text)
    start = at + (piece.startswith("\n"))
    shift = len(piece)
    RedactionSpan.objects.filter(media=media, start__gte=at).update(
        start=F("start") + shift, end=F("end") + shift
    )
    RedactionSpan.objects.bulk_create(
        RedactionSpan(
            submission_id=media.submission_id,
            media=media,
            start=s + start,
            end=e + start,
            label=label,
        )
        for s, e, label in overlap.get("spans") or ()
    )
    # Blacked out by hand in the screenshot that kept the messages (_shared_marks_follow).
    taken = [(s + start, e + start) for s, e, _label in overlap.get("spans") or ()]
    by_hand = []
    for s, e, label in overlap.get("hand") or ():
        s, e = s + start, e + start
        if not any(a < e and s < b for a, b in taken):
            taken.append((s, e))
            by_hand.append(
                RedactionSpan(
                    submission_id=media.submission_id,
                    media=media,
                    start=s,
                    end=e,
                    label=label,
                    source=RedactionSource.HANDMATIG,
                    changed_at=timezone.now(),
                )
            )
    RedactionSpan.objects.bulk_create(by_hand)
    layout = dict(media.ocr_boxes or {})
    if "words" in layout:
        moved = [
            [s + shift, e + shift, *place] if s >= at else [s, e, *place]
            for s, e, *place in layout["words"]
        ]
        back = [[s + start, e + start, *place] for s, e, *place in overlap.get("words") or ()]
        layout["words"] = sorted([*moved, *back], key=lambda row: row[0])
    media.ocr_text = old[:at] + piece + old[at:]
    media.ocr_boxes = layout
    media.overlap = {}
    # The messages' personal data is in the text again (placeholders); other blackouts remain.
    media.image_blacked_out = image_blacked_out(media)
    media.save(update_fields=["ocr_text", "ocr_boxes", "overlap", "image_blacked_out"])
    return start, start + len(text)
