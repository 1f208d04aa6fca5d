"""The review page and its actions, served inside the admin (wired in `chats/admin.py`).

Thin: read with a few fixed queries, call a service from `chats.review.services`, redirect back with a
Dutch message. Permission checks happen in the admin's URL wrapper before these run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import astuple, dataclass, field
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseNotAllowed,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from accounts.duties import holds_beheer_role, may_decide_on_records
from zaken.models import Zaak
from zaken.retention import format_duration

from ..constants import (
    MEDIA_RELEASE_SERVABLE,
    PROCESSABLE_STATUSES,
    RENDITION_KEY,
    REVIEWABLE_STATUSES,
    MediaRelease,
    MessageKind,
    RejectReason,
    RenditionState,
    SelectionSource,
    ServingRole,
    SubmissionStatus,
    UploadKind,
)
from ..media_labels import download_name, media_label, upload_file_label
from ..models import (
    MediaItem,
    Message,
    Participant,
    RedactionSpan,
    StoredFile,
    Submission,
)
from ..paging import asked_page, tell_page
from ..pipeline.build import SUBMITTER_PARTICIPANT_ROLE
from ..purge import originals_note
from ..redaction import PLACEHOLDERS
from ..selectors import servable_file
from ..signals import notices_for
from ..wording import aantal, getal, loose_files, named_together, shown_number
from . import overview, selectors, services
from .errors import DateOrderUnconfirmed, ReviewError
from .forms import (
    ArchiveForm,
    DateOrderForm,
    FreeTextForm,
    ImageAreaForm,
    RangeForm,
    RedactionAddForm,
    RejectForm,
    ReturnForm,
    SelectionForm,
    ViewStateForm,
    area_clipped_note,
    resultaat_choices,
    zaak_procestype_id,
)
from .text import (
    OwnValues,
    SpanRef,
    placeholders_in,
    replacements_for,
    segments,
    shown_as,
    text_version,
)

IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
# Played in the page (audio and video elements) rather than downloaded.
PLAYABLE_PREFIXES = ("audio/", "video/")


OWN_VALUE = "Gegeven van de gemeente, bewust zichtbaar (lijst van Beheer)"


def _plain_pieces(text: str, start: int, query: str, own: OwnValues | None = None) -> list[str]:
    """Plain text from offset `start` as pieces, each hit of `query` (case-insensitive, as the
    search matches) a piece of its own with its own offset, so a selection across a hit still
    maps to the right characters. Where it writes one of the municipality's own values (`own`),
    those pieces stand in a mark that says so: kept readable on purpose, not missed."""
    places = own.places(text) if own else []
    if not places:
        return _hit_pieces(text, start, query)
    out = []
    position = 0
    for begin, end in places:
        if begin > position:
            out.extend(_hit_pieces(text[position:begin], start + position, query))
        inner = "".join(_hit_pieces(text[begin:end], start + begin, query))
        out.append(
            f'<mark class="rv-own" data-o="{start + begin}" title="{OWN_VALUE}" '
            f'aria-description="{OWN_VALUE}">{inner}</mark>'
        )
        position = end
    if position < len(text):
        out.extend(_hit_pieces(text[position:], start + position, query))
    return out


def _hit_pieces(text: str, start: int, query: str) -> list[str]:
    """`text` from offset `start` as pieces, each hit of `query` one of its own."""
    needle = query.strip()
    pieces = []
    position = 0
    if needle:
        for hit in re.finditer(re.escape(needle), text, re.IGNORECASE):
            if hit.start() > position:
                pieces.append(
                    f'<span data-o="{start + position}">{escape(text[position : hit.start()])}</span>'
                )
            pieces.append(
                f'<mark class="rv-hit" data-o="{start + hit.start()}">{escape(hit.group())}</mark>'
            )
            position = hit.end()
    if position < len(text) or not pieces:
        pieces.append(f'<span data-o="{start + position}">{escape(text[position:])}</span>')
    return pieces


def text_html(
    text: str,
    spans: list[SpanRef],
    replacements: dict[str, str] | None = None,
    query: str = "",
    *,
    undo: bool = True,
    own: OwnValues | None = None,
) -> SafeString:
    """The original text as marked-up segments whose offsets the selection script reads; the
    hits of the chat search `query` marked, and the municipality's own values (`own`). Without
    `undo` (an archived record) an applied redaction is no button: it cannot be undone.

    No whitespace may be added between the pieces: the element's textContent must equal the
    original text exactly, or a selection would map to the wrong characters.
    """
    out = []
    for piece in segments(text, spans):
        if piece.span is None:
            out.extend(_plain_pieces(piece.text, piece.start, query, own))
            continue
        span = piece.span
        # Labelled as it will read in the record: a participant's name becomes the pseudonym.
        placeholder = shown_as(piece.text, span.label, replacements)
        state, hint = (
            ("on", f"Weggelakt als {placeholder}. Klik om de weglakking ongedaan te maken.")
            if span.active
            else ("off", "Weglakking ongedaan gemaakt. Klik om weer weg te lakken.")
        )
        if span.active and not undo:
            hint = f"Weggelakt als {placeholder}. {ARCHIVED_FIXED}"
            out.append(
                f'<mark class="rv-red on rv-fixed" data-o="{piece.start}" data-span="{span.id}" '
                f'data-label="{escape(placeholder)}" title="{escape(hint)}">'
                f"{escape(piece.text)}</mark>"
            )
            continue
        # A toggle button: its name says what it does, aria-pressed whether it is applied now
        # (the colour and the label after it say so to the eye only).
        name = f"{piece.text} weglakken als {placeholder}"
        out.append(
            f'<mark class="rv-red {state}" data-o="{piece.start}" data-span="{span.id}" '
            f'data-label="{escape(placeholder)}" tabindex="0" role="button" '
            f'aria-pressed="{"true" if span.active else "false"}" aria-label="{escape(name)}" '
            f'title="{escape(hint)}">{escape(piece.text)}</mark>'
        )
    return mark_safe("".join(out))  # every piece is escaped above


def redacted_html(text: str, query: str = "", *, own: OwnValues | None = None) -> SafeString:
    """A redacted text (the originals purged) as pieces whose offsets the selection script
    reads, so more can be blacked out in it; each placeholder marked as blacked out for good
    (no button: nothing is undone), the hits of the chat search `query` marked. As in
    text_html, the pieces together are exactly the text."""
    out = []
    position = 0
    for start, end in placeholders_in(text):
        if start > position:
            out.extend(_plain_pieces(text[position:start], position, query, own))
        out.append(
            f'<mark class="rv-red on rv-fixed" data-o="{start}" '
            f'title="{escape(ARCHIVED_FIXED)}">{escape(text[start:end])}</mark>'
        )
        position = end
    if position < len(text) or not out:
        out.extend(_plain_pieces(text[position:], position, query, own))
    return mark_safe("".join(out))  # every piece is escaped


ARCHIVED_FIXED = "In een gearchiveerd archiefstuk kan een weglakking niet ongedaan worden gemaakt."
TIGHTENED = (
    "Weggelakt in het gearchiveerde archiefstuk; de PDF wordt opnieuw gemaakt en Woo vindt het "
    "woord niet meer."
)


@dataclass
class MediaRow:
    item: MediaItem
    is_image: bool
    html: SafeString | str = ""
    player: str = ""  # "audio" or "video" when Informatiebeheer can play it in the page
    releasable: bool = False  # the release and withhold buttons apply
    # Its file still shows a passage blacked out by hand (MediaItem.passage_readable_since):
    # withheld by the system; an image is released only with the confirmation that an area
    # blacked out by hand covers it (cover_confirm), a PDF not at all.
    passage_readable: bool = False
    cover_confirm: bool = False
    # The passages whose place in the image is not known, (id, what it is in Dutch): each
    # confirmed by name before the image is released (services.unpainted_passages).
    places_unknown: list = field(default_factory=list)
    openable: bool = False  # a file is kept that Informatiebeheer may open
    version: str = ""  # its redacted text's, when more is blacked out in that text
    overlap: str = ""  # what processing left out as shown by the screenshot before (Dutch)
    overlap_undo: bool = False  # Informatiebeheer may put it back
    # Areas blacked out by hand (MediaItem.areas, fractions), shown over the image; whether
    # Informatiebeheer may black out another (area_tool) and undo one (area_undo, before archiving).
    areas: list = field(default_factory=list)
    area_tool: bool = False
    area_undo: bool = False


def _places_unknown(item: MediaItem) -> list[tuple[str, str]]:
    """The passages of a marked image whose place in it is not known, each with what it is:
    its words (before the purge) and the kind of personal data."""
    unknown = [p for p in services.unpainted_passages(item) if p.boxes is None]
    spans = RedactionSpan.objects.in_bulk([p.span_id for p in unknown if p.span_id is not None])
    shown = []
    for passage in unknown:
        span = spans.get(passage.span_id)
        words = item.ocr_text[span.start : span.end] if span is not None else ""
        kind = PLACEHOLDERS.get(passage.label, "")
        if words:
            shown.append((passage.id, f"‘{words}’" + (f" ({kind})" if kind else "")))
        elif kind:
            shown.append((passage.id, f"de tekst die nu {kind} is"))
        else:
            shown.append((passage.id, "de met de hand weggelakte tekst"))
    return shown


@dataclass
class MessageRow:
    message: Message
    author: str
    author_seq: int | None
    html: SafeString | str
    media: list[MediaRow] = field(default_factory=list)
    # Worked out here rather than in the template: a page shows 200 of these.
    css: str = ""
    time_iso: str = ""
    time_shown: str = "tijd onbekend"
    version: str = ""  # its redacted text's, when more is blacked out in that text


def _back(
    submission_id: int,
    anchor: str = "",
    state: dict[str, str] | None = None,
    *,
    keep: dict | None = None,
) -> HttpResponse:
    """Back to the review page, at the day, page or search the reviewer came from; `keep` adds
    the zaak and result of a failed archive POST so they stay chosen."""
    return redirect(_review_address(submission_id, anchor, state, keep=keep))


def _review_address(
    submission_id: int,
    anchor: str = "",
    state: dict[str, str] | None = None,
    *,
    keep: dict | None = None,
) -> str:
    """The review page's address, with the view state, the zaak and result kept, an anchor."""
    url = reverse("admin:chats_submission_review", args=[submission_id])
    query = dict(state or {})
    query.update({k: v for k, v in (keep or {}).items() if str(v).isdigit()})
    if query:
        url = f"{url}?{urlencode(query)}"
    return f"{url}#{anchor}" if anchor else url


TYPED = "rv-typed"


def _keep_typed(
    request: HttpRequest,
    pk: int,
    name: str,
    form,
    fields: tuple[str, ...],
    refused: dict[str, str] | None = None,
) -> None:
    """What the reviewer typed in a form the server refused, for the review page to show once
    (not in the address: a note may name people); `refused`: a service's refusal per field."""
    errors = {f: [str(e) for e in form.errors[f]] for f in fields if f in form.errors}
    for key, text in (refused or {}).items():
        errors.setdefault(key, []).append(text)
    request.session[TYPED] = {
        "pk": pk,
        "form": name,
        "data": {f: form.data.get(f, "").replace("\r\n", "\n") for f in fields},
        # The refusal per field, to show next to the field as well as at the top.
        "errors": errors,
    }


def _typed(request: HttpRequest, pk: int) -> tuple[str, dict, dict]:
    """The form name, text and field errors _keep_typed kept for this submission (read once;
    another submission's page, opened first, leaves it for its own)."""
    kept = request.session.get(TYPED)
    if not isinstance(kept, dict) or kept.get("pk") != pk:
        return "", {}, {}
    del request.session[TYPED]
    return kept.get("form", ""), kept.get("data") or {}, kept.get("errors") or {}


def _mark_invalid(form, errors: dict) -> dict[str, str]:
    """Mark the fields of a refused form invalid, described by their error (shown next to
    them, id `<field id>_fout`); returns the errors joined per field name."""
    shown = {}
    for name, texts in errors.items():
        if name not in form.fields:
            continue
        field_id = form[name].auto_id
        helptext = f" {field_id}_helptext" if form.fields[name].help_text else ""
        form.fields[name].widget.attrs.update(
            {"aria-invalid": "true", "aria-describedby": f"{field_id}_fout{helptext}"}
        )
        shown[name] = " ".join(texts)
    return shown


def _chosen(request: HttpRequest) -> dict:
    """The zaak and result of an archive POST, to keep them chosen after an error."""
    return {k: request.POST.get(k, "") for k in ("zaak", "resultaat")}


def _state(request: HttpRequest) -> dict[str, str]:
    """The view state (dag, pagina, zoek) an action's form carried along."""
    return ViewStateForm(request.POST, prefix="terug").state()


def _message_back(request: HttpRequest, pk: int, seq: int | None, anchor: str = "") -> HttpResponse:
    """Back to a message (or to `anchor` within it): where the reviewer was, or else the day
    page the message is on."""
    state = _state(request)
    if not state and seq is not None:
        position = selectors.message_position(submission_id=pk, seq=seq)
        if position is not None:
            key, page = position
            state = {"dag": key, **({"pagina": str(page)} if page > 1 else {})}
    return _back(pk, anchor or (f"m-{seq}" if seq is not None else ""), state)


def _span_refs(spans) -> dict[tuple[str, int], list[SpanRef]]:
    grouped: dict[tuple[str, int], list[SpanRef]] = {}
    for span in spans:
        key = ("message", span.message_id) if span.message_id else ("media", span.media_id)
        grouped.setdefault(key, []).append(
            SpanRef(span.pk, span.start, span.end, span.label, span.active)
        )
    return grouped


def _highlighted(text: str, query: str) -> SafeString | str:
    """A redacted text (shown when nothing can be changed) with the hits of `query` marked."""
    if not query.strip():
        return text
    return mark_safe("".join(_plain_pieces(text, 0, query)))  # every piece is escaped


def _media_row(
    item: MediaItem,
    spans,
    replacements,
    editable: bool,
    release_open: bool,
    query: str = "",
    *,
    undo: bool = True,
    in_redacted: bool = False,
    area_tool: bool = False,
    own: OwnValues | None = None,
) -> MediaRow:
    # Informatiebeheer sees the cleaned derivative of any item, never an original.
    stored = servable_file(item, for_role=ServingRole.REVIEW)
    row = MediaRow(
        item=item,
        is_image=bool(stored and stored.mime_type in IMAGE_TYPES),
        player=stored.mime_type.split("/", 1)[0]
        if stored and stored.mime_type.startswith(PLAYABLE_PREFIXES)
        else "",
        releasable=bool(stored) and release_open and item.release != item.Release.NOOIT,
        openable=bool(stored),
    )
    if item.overlap:
        row.overlap = item.overlap.get("notice", "")
        row.overlap_undo = editable and undo
    if row.is_image:
        row.areas = services.image_areas(item)
        row.area_tool = area_tool
        row.area_undo = area_tool and undo
    if item.passage_readable_since is not None and stored:
        row.passage_readable = True
        row.cover_confirm = row.releasable and row.is_image and bool(row.areas)
        if row.cover_confirm:
            row.places_unknown = _places_unknown(item)
        row.releasable = row.releasable and item.release != item.Release.ACHTERGEHOUDEN
    if (item.ocr_text or item.ocr_text_redacted) and editable:
        row.html = text_html(
            item.ocr_text,
            spans.get(("media", item.pk), []),
            replacements,
            query,
            undo=undo,
            own=own,
        )
    elif item.ocr_text_redacted and in_redacted:
        row.html = redacted_html(item.ocr_text_redacted, query, own=own)
        row.version = text_version(item.ocr_text_redacted)
    elif item.ocr_text or item.ocr_text_redacted:
        row.html = _highlighted(item.ocr_text_redacted, query)
    return row


def conversation(
    submission: Submission,
    messages: Iterable[Message],
    loose: Iterable[MediaItem] = (),
    *,
    decider: bool = True,
    query: str = "",
) -> tuple[list[MessageRow], list[MediaRow]]:
    """One page of the chat: `messages` with their marked-up text and attachments, and the
    loose screenshots `loose` (a fixed number of queries, whatever the page holds). Without
    `decider` (Beheer) the redacted text is shown and nothing offers a change. An archived
    record is marked up too: more may be blacked out, nothing undone; in its originals while
    they are kept, else in its redacted text (`in_redacted`)."""
    reviewable = submission.status in REVIEWABLE_STATUSES
    tighten = decider and services.tightenable(submission)
    editable = (decider and reviewable or tighten) and not submission.originals_purged_at
    in_redacted = tighten and bool(submission.originals_purged_at)
    undo = reviewable
    # An area of an image is blacked out under review and after archiving (also once the
    # originals are purged: it is painted over the derivative).
    area_tool = decider and (reviewable or tighten)
    messages = list(messages)
    loose = list(loose)
    participants = {
        p.pk: p
        for p in Participant.objects.filter(submission=submission).only(
            "pk", "seq", "name", "pseudonym"
        )
    }
    replacements = replacements_for((p.name, p.pseudonym) for p in participants.values())
    message_ids = [m.pk for m in messages]
    attached = list(
        MediaItem.objects.filter(submission=submission, message_id__in=message_ids)
        .select_related("derived", "released_by")
        .order_by("seq")
    )
    media_ids = [item.pk for item in (*attached, *loose)]
    spans = _span_refs(
        RedactionSpan.objects.filter(submission=submission)
        .filter(Q(message_id__in=message_ids) | Q(media_id__in=media_ids))
        .only("pk", "message_id", "media_id", "start", "end", "label", "active")
    )
    release_open = decider and submission.status in services.RELEASE_STATUSES
    # The municipality's own values marked in the texts a decider works in.
    own = selectors.own_values() if editable or in_redacted else None
    media_by_message: dict[int, list[MediaRow]] = {}
    for item in attached:
        media_by_message.setdefault(item.message_id, []).append(
            _media_row(
                item,
                spans,
                replacements,
                editable,
                release_open,
                query,
                undo=undo,
                in_redacted=in_redacted,
                area_tool=area_tool,
                own=own,
            )
        )
    rows = []
    for message in messages:
        participant = participants.get(message.participant_id)
        css = ["rv-msg"]
        if not message.in_record:
            css.append("rv-out")
        if message.kind == MessageKind.SYSTEM:
            css.append("rv-system")
        if participant:
            css.append(f"rv-p{participant.seq % 6}")
        local = timezone.localtime(message.sent_at) if message.sent_at else None
        rows.append(
            MessageRow(
                message=message,
                author=participant.pseudonym if participant else "",
                author_seq=participant.seq % 6 if participant else None,
                html=(
                    text_html(
                        message.text,
                        spans.get(("message", message.pk), []),
                        replacements,
                        query,
                        undo=undo,
                        own=own,
                    )
                    if editable
                    else redacted_html(message.text_redacted, query, own=own)
                    if in_redacted
                    else _highlighted(message.text_redacted, query)
                ),
                version=text_version(message.text_redacted) if in_redacted else "",
                media=media_by_message.get(message.pk, []),
                css=" ".join(css),
                time_iso=local.isoformat() if local else "",
                time_shown=local.strftime("%d-%m-%Y %H:%M") if local else "tijd onbekend",
            )
        )
    return rows, [
        _media_row(
            item,
            spans,
            replacements,
            editable,
            release_open,
            undo=undo,
            in_redacted=in_redacted,
            area_tool=area_tool,
            own=own,
        )
        for item in loose
    ]


def _context(model_admin, request: HttpRequest, submission: Submission, **extra) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": Submission._meta,
        "submission": submission,
        "title": f"Beoordelen: {submission.onderwerp}",
        "subtitle": None,
        **extra,
    }


@dataclass
class Transcript:
    """What the transcript shows now: one day page, search hits, or the loose screenshots."""

    mode: str  # "dag", "zoek" or "afbeeldingen"
    key: str = ""
    day: selectors.Day | None = None
    query: str = ""
    page: object = None  # django.core.paginator.Page
    previous_day: selectors.Day | None = None
    next_day: selectors.Day | None = None
    state: dict[str, str] = field(default_factory=dict)
    query_too_short: bool = False
    # The message the address asked for (?bericht=, from a Woo notice or a search hit): marked.
    asked: int | None = None

    def page_query(self, number: int) -> str:
        params = {k: v for k, v in self.state.items() if k != "pagina"}
        if number > 1:
            params["pagina"] = str(number)
        return urlencode(params)

    @property
    def previous_query(self) -> str:
        return self.page_query(self.page.number - 1) if self.page.has_previous() else ""

    @property
    def next_query(self) -> str:
        return self.page_query(self.page.number + 1) if self.page.has_next() else ""


def _transcript(
    submission: Submission, overview: selectors.Overview, request: HttpRequest
) -> Transcript:
    # The page number apart: a wrong one shows the nearest page and says so (the day or the
    # search it came with stays).
    asked = asked_page(request.GET.get("pagina"))
    params = request.GET.copy()
    params.pop("pagina", None)
    form = ViewStateForm(params)
    data = form.cleaned_data if form.is_valid() else {}
    query = data.get("zoek") or ""
    page_number = asked.number
    position = None
    if data.get("bericht") is not None and not query:
        position = selectors.message_position(submission_id=submission.pk, seq=data["bericht"])
        if position is not None:
            data["dag"], page_number = position
            asked = asked_page(None)  # the message's page, whatever the address said
    transcript = _transcript_at(submission, overview, data, query, page_number)
    if position is not None:
        transcript.asked = data["bericht"]
    tell_page(request, asked, transcript.page)
    return transcript


def _transcript_at(
    submission: Submission, overview: selectors.Overview, data: dict, query: str, page_number: int
) -> Transcript:
    if query:
        short = len(query) < selectors.SEARCH_MIN_LENGTH
        hits = (
            Message.objects.none()
            if short
            else selectors.messages_matching(submission_id=submission.pk, query=query)
        )
        page = Paginator(hits, selectors.PAGE_SIZE).get_page(page_number)
        return Transcript(
            mode="zoek",
            query=query,
            page=page,
            state={"zoek": query, "pagina": str(page.number)},
            query_too_short=short,
        )
    key = data.get("dag") or ""
    if key != selectors.LOOSE_MEDIA and overview.find(key) is None:
        key = overview.default_key()
    if key == selectors.LOOSE_MEDIA or not overview.days:
        items = selectors.loose_media(submission_id=submission.pk).select_related(
            "derived", "released_by"
        )
        page = Paginator(items, selectors.MEDIA_PAGE_SIZE).get_page(page_number)
        return Transcript(
            mode="afbeeldingen",
            key=selectors.LOOSE_MEDIA,
            page=page,
            state={"dag": selectors.LOOSE_MEDIA, "pagina": str(page.number)},
        )
    day = overview.find(key)
    messages = selectors.day_messages(submission_id=submission.pk, day=day.day)
    paginator = Paginator(messages, selectors.PAGE_SIZE)
    paginator.count = day.total  # known from the overview: no second count
    page = paginator.get_page(page_number)
    previous_day, next_day = overview.neighbours(key)
    return Transcript(
        mode="dag",
        key=key,
        day=day,
        page=page,
        previous_day=previous_day,
        next_day=next_day,
        state={"dag": key, "pagina": str(page.number)},
    )


BEHEER_MAY_NOT_DECIDE = (
    "Als Beheerder kunt u niet beoordelen of archiveren (functiescheiding). Dat doet "
    "Informatiebeheer."
)
NO_RIGHT_TO_DECIDE = (
    "U hebt geen recht om inzendingen te beoordelen of te archiveren. Dat doet Informatiebeheer."
)


def no_decision_reason(submission: Submission, user) -> str:
    """Why the page offers no decisions on a submission that is not archived or rejected: its
    processing still runs (status), or this user may not decide (rights), or both."""
    reasons = []
    if submission.status in PROCESSABLE_STATUSES:
        reasons.append(
            f"Deze inzending wordt nog verwerkt ({submission.progress_percent}%). Beoordelen kan "
            "zodra de verwerking klaar is."
        )
    if holds_beheer_role(user):
        reasons.append(BEHEER_MAY_NOT_DECIDE)
    elif not may_decide_on_records(user):
        reasons.append(NO_RIGHT_TO_DECIDE)
    return " ".join(reasons)


# Session keys: the redaction just undone or redone, or just added by hand, whose look-alikes
# the review page offers.
ALIKE_OFFER = "rv-alike-offer"
ALIKE_ADD_OFFER = "rv-alike-add-offer"
# After the purge: a place where the passage just blacked out in the redacted text still stands.
ALIKE_REDACTED_OFFER = "rv-alike-redacted-offer"


# The offers shown on the review page, remembered (kind, span) so the archive confirmation can
# repeat those still open: [[submission pk, kind, span pk], ...], the latest last.
ALIKE_SHOWN = "rv-alike-shown"
ALIKE_SHOWN_KEPT = 20


@dataclass(frozen=True)
class AlikeOffer:
    """ "‘X’ is on N other places still redacted as [LABEL]": undo (or redo) them too."""

    url: str  # where the button posts
    message_id: int | None
    text: str
    placeholder: str
    count: int
    redact: bool  # True: the others are visible and would be redacted (again)
    fields: tuple = ()  # hidden fields the button posts (a place in a purged record's text)
    # Which offer this is (OFFER_KINDS key, span pk), to show it again; and its message's seq.
    ref: tuple[str, int] | None = None
    seq: int | None = None
    media_id: int | None = None  # an offer after a redaction in a screenshot's text
    typed: str = ""  # an offer after a blackout in a typed text (services.TYPED_FIELDS)
    # The typed texts that hold the passage too, as a Dutch list ("het onderwerp en de
    # omschrijving"); `count` is then the places in the chat alone (walk 53).
    also: str = ""


# How an offer "there too" names a purged record's typed texts (services.TYPED_FIELDS).
TYPED_PHRASES = {
    "onderwerp": "het onderwerp",
    "omschrijving": "de omschrijving",
    "zaak": "de omschrijving van de zaak",
}


def _offered_span(request: HttpRequest, key: str, submission: Submission) -> RedactionSpan | None:
    """The message redaction whose look-alikes are offered under session `key` (read once;
    then it is gone)."""
    span_pk = request.session.pop(key, None)
    if not isinstance(span_pk, int):
        return None
    return _message_span(submission, span_pk)


def _message_span(submission: Submission, span_pk) -> RedactionSpan | None:
    """A redaction of the submission in a message's text or in an attachment's (a screenshot's)."""
    return (
        RedactionSpan.objects.filter(pk=span_pk, submission=submission)
        .filter(Q(message__isnull=False) | Q(media__isnull=False))
        .select_related("message", "media")
        .first()
    )


def _offer(
    span: RedactionSpan, url_name: str, kind: str, *, count: int, redact: bool
) -> AlikeOffer:
    return AlikeOffer(
        url=reverse(f"admin:chats_submission_{url_name}", args=[span.submission_id, span.pk]),
        message_id=span.message_id,
        text=selectors.covered_text(span),
        placeholder=PLACEHOLDERS.get(span.label, span.label),
        count=count,
        redact=redact,
        ref=(kind, span.pk),
        seq=span.message.seq if span.message_id else None,
        media_id=span.media_id,
    )


def _toggle_offer(span: RedactionSpan | None) -> AlikeOffer | None:
    """After a redaction was undone or redone: the same change at its look-alikes."""
    others = selectors.alike_spans(span) if span is not None else []
    if not others:
        return None
    return _offer(span, "redaction_toggle_alike", "wisselen", count=len(others), redact=span.active)


def _add_offer(span: RedactionSpan | None) -> AlikeOffer | None:
    """After a redaction was added by hand: the places where its text still stands."""
    found = (
        [*selectors.unredacted_occurrences(span).values()]
        + [*selectors.unredacted_media_occurrences(span).values()]
        if span is not None
        else []
    )
    count = sum(len(stretches) for stretches in found)
    if not count:
        return None
    return _offer(span, "redaction_add_alike", "weglaten", count=count, redact=True)


OFFER_KINDS = {"wisselen": _toggle_offer, "weglaten": _add_offer}


def _alike_offer(request: HttpRequest, submission: Submission) -> AlikeOffer | None:
    """The offer for the redaction switched just before this view (once; then it is gone)."""
    return _toggle_offer(_offered_span(request, ALIKE_OFFER, submission))


def _alike_add_offer(request: HttpRequest, submission: Submission) -> AlikeOffer | None:
    """The offer for the redaction added by hand just before this view (once)."""
    return _add_offer(_offered_span(request, ALIKE_ADD_OFFER, submission))


def _asked_offer(request: HttpRequest, submission: Submission) -> AlikeOffer | None:
    """An offer asked for in the address (`aanbod=weglaten-12`: from the archive confirmation,
    to handle it), worked out afresh: none when nothing is left to do."""
    kind, _, span_pk = request.GET.get("aanbod", "").partition("-")
    if kind not in OFFER_KINDS or not span_pk.isdigit():
        return None
    return OFFER_KINDS[kind](_message_span(submission, int(span_pk)))


def _remember_offer(request: HttpRequest, submission: Submission, offer: AlikeOffer | None):
    """Remember an offer the review page shows, for the archive confirmation."""
    if offer is None or offer.ref is None:
        return
    entry = [submission.pk, *offer.ref]
    shown = [e for e in request.session.get(ALIKE_SHOWN) or [] if e != entry]
    request.session[ALIKE_SHOWN] = [*shown, entry][-ALIKE_SHOWN_KEPT:]


def _offer_address(submission_id: int, offer: AlikeOffer, *, keep: dict) -> str:
    """The review page at the offer's message, showing the offer again."""
    kind, span_pk = offer.ref
    if offer.media_id is not None:
        return _review_address(
            submission_id,
            f"b-{offer.media_id}",
            {**_media_page(submission_id, offer.media_id), "aanbod": f"{kind}-{span_pk}"},
            keep=keep,
        )
    return _review_address(
        submission_id,
        f"m-{offer.seq}",
        {"bericht": str(offer.seq), "aanbod": f"{kind}-{span_pk}"},
        keep=keep,
    )


def _media_page(submission_id: int, media_id: int) -> dict[str, str]:
    """Where the review page shows an attachment: its message's day page, or the page of the
    loose screenshots that holds it."""
    item = MediaItem.objects.filter(pk=media_id).select_related("message").first()
    if item is None:
        return {}
    if item.message is not None:
        return {"bericht": str(item.message.seq)}
    before = selectors.loose_media(submission_id=submission_id).filter(seq__lt=item.seq).count()
    page = before // selectors.MEDIA_PAGE_SIZE + 1
    return {"dag": selectors.LOOSE_MEDIA, **({"pagina": str(page)} if page > 1 else {})}


def open_offers(request: HttpRequest, submission: Submission) -> list[AlikeOffer]:
    """The offers the review page showed for this submission that are still open, worked out
    afresh as the review page does (one handled since, or undone by hand, is left out)."""
    offers = []
    for entry in request.session.get(ALIKE_SHOWN) or []:
        if not (isinstance(entry, list) and len(entry) == 3 and entry[0] == submission.pk):
            continue
        _, kind, span_pk = entry
        if kind in OFFER_KINDS and isinstance(span_pk, int):
            offer = OFFER_KINDS[kind](_message_span(submission, span_pk))
            if offer is not None:
                offers.append(offer)
    return offers


def _alike_redacted_offer(request: HttpRequest, submission: Submission) -> AlikeOffer | None:
    """The offer after a passage was blacked out in a purged record's redacted text (once): the
    same passage where the record still holds it. The session holds only a place where it
    stands (ids, offsets, the text's version), never the passage; it is quoted from that place."""
    kept = request.session.pop(ALIKE_REDACTED_OFFER, None)
    if not isinstance(kept, dict) or kept.get("submission") != submission.pk:
        return None
    try:
        place = services.Place(*kept["place"])
        text = services.place_text(submission, place)
    except (KeyError, TypeError, ValueError, ReviewError):
        return None
    if text_version(text) != place.version:
        return None  # changed since: the next blackout offers it afresh
    passage = text[place.start : place.end]
    count = sum(len(found) for found in services.redacted_places(submission, passage).values())
    typed = services.typed_places(submission, passage)
    if not count and not typed:
        return None
    return AlikeOffer(
        url=reverse("admin:chats_submission_redacted_add_alike", args=[submission.pk]),
        message_id=kept.get("message_id"),
        media_id=kept.get("media_id"),
        typed=kept.get("typed") if kept.get("typed") in services.TYPED_FIELDS else "",
        text=passage,
        placeholder=PLACEHOLDERS.get(kept.get("label"), ""),
        count=count,
        also=named_together([TYPED_PHRASES[kind] for kind in typed]),
        redact=True,
        fields=(
            ("target", place.kind),
            ("target_id", place.pk),
            ("start", place.start),
            ("end", place.end),
            ("versie", place.version),
            ("label", kept.get("label")),
            *((("terug", kept["typed"]),) if kept.get("typed") in services.TYPED_FIELDS else ()),
        ),
    )


def review_page(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """The conversation as a chat, one day (or search) page at a time, with its redactions,
    the selection (kept on the server) and the decisions."""
    submission = get_object_or_404(
        Submission.objects.select_related("submitted_by", "zaak", "reviewed_by"), pk=pk
    )
    overview = selectors.transcript_overview(submission_id=submission.pk)
    transcript = _transcript(submission, overview, request)
    # Beheer sees the record but takes no decisions on it (separation of duties).
    decider = may_decide_on_records(request.user)
    if transcript.mode == "afbeeldingen":
        rows, loose_media = conversation(
            submission, (), transcript.page.object_list, decider=decider
        )
    else:
        # On a search page the hits are marked in the text (the query is "" elsewhere).
        rows, loose_media = conversation(
            submission, transcript.page.object_list, decider=decider, query=transcript.query
        )
    editable = submission.status in REVIEWABLE_STATUSES and decider
    # Archived: Informatiebeheer may still black out more (never less): in the originals while
    # they last, then in the redacted text.
    tighten = decider and services.tightenable(submission)
    # The keys are read (and so forgotten) on every view; at most one was set.
    toggled, added = _alike_offer(request, submission), _alike_add_offer(request, submission)
    alike = (
        toggled
        or added
        or _alike_redacted_offer(request, submission)
        # From the archive confirmation: an offer still open, to handle before archiving.
        or (_asked_offer(request, submission) if editable else None)
    )
    if editable:
        _remember_offer(request, submission, alike)
    listed, total, documents = selectors.withheld_media(submission_id=submission.pk)
    withheld = (
        {
            "listed": listed,
            "total": total,
            "rest": total - len(listed),
            # (a screenshots upload's: "2 schermafbeeldingen en 1 PDF-document achtergehouden")
            "files": loose_files(total - documents, documents),
        }
        if total
        else None
    )
    suggested = (
        Zaak.objects.filter(zaaknummer__iexact=submission.zaaknummer.strip()).first()
        if submission.zaaknummer.strip()
        else None
    )
    # After an error the zaak and result chosen come back in the query string and stay chosen.
    chosen = {k: request.GET[k] for k in ("zaak", "resultaat") if request.GET.get(k, "").isdigit()}
    archive_form = ArchiveForm(initial={"zaak": suggested, **chosen}) if editable else None
    rendition = (
        StoredFile.objects.filter(
            submission=submission, derived_key=RENDITION_KEY, purged_at__isnull=True
        ).first()
        if submission.status == SubmissionStatus.GEARCHIVEERD
        else None
    )
    questions = list(submission.questions.select_related("asked_by"))
    # A question to the submitter is kept as the review note too; it shows once, with its answer,
    # under the questions (as a 'Toelichting beoordeling' it read as the reviewer's verdict).
    asked = any(question.question == submission.review_note for question in questions)
    review_note = "" if asked else submission.review_note
    # A refused reject, return or free-text form comes back with what was typed (read once).
    kept = request.session.get(TYPED)
    # The edited free text held possible personal data: black it out, or save it anyway.
    free_text_confirm = (
        isinstance(kept, dict) and kept.get("pk") == submission.pk and bool(kept.get("confirm"))
    )
    typed_form, typed_data, typed_errors = _typed(request, submission.pk)
    typed = {typed_form: typed_data} if typed_form else {}
    free_text_form = (
        FreeTextForm(
            initial=typed.get("free_text")
            or {
                "onderwerp_redacted": submission.onderwerp_redacted,
                "omschrijving_redacted": submission.omschrijving_redacted,
            }
        )
        if editable and not submission.originals_purged_at
        else None
    )
    free_text_errors = (
        _mark_invalid(free_text_form, typed_errors)
        if free_text_form is not None and typed_form == "free_text"
        else {}
    )
    # A failed submission can be rejected with a reason (then the employee may send it again).
    reject_form = (
        RejectForm(initial={"reason": request.GET.get("reden", ""), **typed.get("reject", {})})
        if editable or (submission.status == SubmissionStatus.MISLUKT and decider)
        else None
    )
    reject_errors = (
        _mark_invalid(reject_form, typed_errors)
        if reject_form is not None and typed_form == "reject"
        else {}
    )
    return_form = ReturnForm(initial=typed.get("return")) if editable else None
    return_errors = (
        _mark_invalid(return_form, typed_errors)
        if return_form is not None and typed_form == "return"
        else {}
    )
    services.review_view_log(submission=submission, user=request.user, request=request)
    context = _context(
        model_admin,
        request,
        submission,
        rows=rows,
        loose_media=loose_media,
        alike=alike if editable or tighten else None,
        tighten=tighten,
        # Purged: its typed texts as Woo and the PDF show them, to black out more in.
        typed_texts=_typed_texts(submission) if tighten and submission.originals_purged_at else {},
        # Archived and purged: more is blacked out in the redacted text itself.
        tighten_redacted=tighten and bool(submission.originals_purged_at),
        overview=overview,
        transcript=transcript,
        state=transcript.state,
        preselected=(
            submission.selection_source == SelectionSource.PERIODE_INDIENER
            and (submission.periode_van or submission.periode_tot)
        ),
        editable=editable and not submission.originals_purged_at,
        decidable=editable,
        decider=decider,
        no_decision_reason="" if editable else no_decision_reason(submission, request.user),
        selected_count=overview.selected,
        archive_form=archive_form,
        reject_form=reject_form,
        reject_errors=reject_errors,
        # Archived, the record is fixed but for its attachments' release (the buttons by them).
        media_still_releasable=decider
        and submission.status == SubmissionStatus.GEARCHIVEERD
        and MediaItem.objects.filter(submission=submission, derived__isnull=False)
        .exclude(release=MediaRelease.NOOIT)
        .exists(),
        questions=questions,
        review_note=review_note,
        # The same files sent by the same employee, earlier or later, with their status: once
        # one of them is archived, the other one alone in the queue must still say so.
        duplicates=list(
            Submission.objects.filter(
                Q(pk=submission.duplicate_of_id) | Q(duplicate_of=submission)
            ).order_by("pk")
        ),
        # What other apps say about the record (a Woo legal hold), without chats importing them.
        notices=notices_for(submission),
        return_form=return_form,
        return_errors=return_errors,
        date_order_form=DateOrderForm(
            initial={"date_order": (submission.detected_format or {}).get("date_order", "DMY")}
        )
        if editable and submission.date_order_uncertain
        else None,
        free_text_form=free_text_form,
        free_text_errors=free_text_errors,
        free_text_open="free_text" in typed,
        free_text_confirm=free_text_confirm,
        range_form=RangeForm(use_required_attribute=False),
        # A refused range or period: its form opened again, with what was typed.
        range_open=typed_form in TYPED_RANGES,
        range_typed=typed_data if typed_form == "bereik" else {},
        period_typed=typed_data if typed_form == "periode" else {},
        period_form=SelectionForm(use_required_attribute=False),
        labels=list(PLACEHOLDERS.items()),
        rendition=rendition,
        # While the PDF is made (again): what became or becomes of the originals, and when.
        originals_note=originals_note(submission)
        if submission.status == SubmissionStatus.GEARCHIVEERD and submission.rendition_unfinished
        else "",
        flags=[
            f
            for f in (submission.flags or [])
            if isinstance(f, dict)
            # Once DI has confirmed the date order, the parser's doubt is no longer a point.
            and not (
                str(f.get("code", "")).startswith("date_order")
                and not submission.date_order_uncertain
            )
        ],
        media=(archive_form.media if archive_form else None),
        kinds=MessageKind,
        withheld=withheld if editable else None,
        authors=_authors(submission),
        history=selectors.record_history(submission.pk),
    )
    return TemplateResponse(request, "admin/chats/submission/review.html", context)


def _authors(submission: Submission) -> dict:
    """The chat's authors with their pseudonyms, and whether the submitter is among them: an
    export whose name for the employee was not recognised shows every author as the partner."""
    authors = list(
        Participant.objects.filter(submission=submission)
        .order_by("seq")
        .only("pk", "seq", "name", "pseudonym", "role", "message_count")
    )
    return {
        "list": authors,
        "submitter_found": any(a.role == SUBMITTER_PARTICIPANT_ROLE for a in authors),
    }


def post_only(view):
    """Refuse anything but POST with 405 (these views change things); opened as a page (a
    reload, a bookmark) the refusal links back to the record's review page."""

    @wraps(view)
    def wrapper(model_admin, request: HttpRequest, *args, **kwargs):
        if request.method != "POST":
            return _button_only(request, kwargs.get("pk"))
        return view(model_admin, request, *args, **kwargs)

    return wrapper


def _button_only(request: HttpRequest, pk: int | None) -> HttpResponse:
    """The Dutch 405 page ("alleen met een knop"), with a way back to the review page."""
    if request.method != "GET" or pk is None:
        return HttpResponseNotAllowed(["POST"])
    response = render(
        request,
        "405.html",
        {"back_url": reverse("admin:chats_submission_review", args=[pk])},
        status=405,
    )
    response["Allow"] = "POST"
    return response


# Said when a redaction reaches a PDF's text but not its pages: it withheld the PDF, or the PDF
# was withheld already (a later release serves pages that still show it).
PDF_WITHHELD_AFTER_EDIT = (
    "De tekst is weggelakt. In het PDF-bestand zelf kan dat niet worden bijgewerkt, dus het "
    "bestand is achtergehouden voor Woo. De tekst is in de pagina-afbeelding nog leesbaar; het "
    "bestand kan daarom niet worden vrijgegeven."
)
PDF_STILL_WITHHELD_AFTER_EDIT = (
    "De tekst is weggelakt. In het PDF-bestand zelf kan dat niet worden bijgewerkt; het bestand "
    "blijft achtergehouden voor Woo. De tekst is in de pagina-afbeelding nog leesbaar; het "
    "bestand kan daarom niet worden vrijgegeven."
)
# The same for an image whose word places are unknown (it cannot be redrawn).
IMAGE_WITHHELD_AFTER_EDIT = (
    "De tekst is weggelakt. In de afbeelding zelf kon dat niet worden bijgewerkt, dus zij is "
    "achtergehouden voor Woo. Lak de plaats weg met ‘Gebied weglakken’; daarna kunt u haar "
    "vrijgeven."
)
IMAGE_STILL_WITHHELD_AFTER_EDIT = (
    "De tekst is weggelakt. In de afbeelding zelf kon dat niet worden bijgewerkt; zij blijft "
    "achtergehouden voor Woo. Lak de plaats weg met ‘Gebied weglakken’; daarna kunt u haar "
    "vrijgeven."
)


def _say_shared_follows(request: HttpRequest, follower) -> None:
    """Where the text blacked out lies in messages the next screenshot shows too
    (services._shared_marks_follow): blacked out in that image as well, or that screenshot
    withheld for Woo because it could not be."""
    if follower is None:
        return
    number = shown_number(follower.seq)
    if follower.painted:
        messages.info(
            request,
            f"Dit bericht staat ook in schermafbeelding {number} (dubbel met deze "
            "schermafbeelding); daar is het ook weggelakt in de afbeelding.",
        )
    elif follower.withheld_now:
        messages.warning(
            request,
            f"Dit bericht staat ook in schermafbeelding {number} (dubbel met deze "
            "schermafbeelding), maar daar kon het niet in de afbeelding worden weggelakt: van "
            "de dubbele berichten zijn geen woordposities bewaard of de afbeelding kan niet "
            f"opnieuw worden gemaakt. Schermafbeelding {number} is daarom achtergehouden voor "
            "Woo. Geef haar pas vrij als er niets meer in staat dat weg moet.",
        )
    else:
        messages.warning(
            request,
            f"Dit bericht staat ook in schermafbeelding {number} (dubbel met deze "
            "schermafbeelding), maar daar kon het niet in de afbeelding worden weggelakt. "
            f"Schermafbeelding {number} blijft achtergehouden voor Woo.",
        )


def _say_pdf_text_only(request: HttpRequest, span) -> None:
    """The warning for a redaction that reached an attachment's text but not its file (a PDF's
    pages, an image that cannot be redrawn), if it did."""
    image = span.media is not None and span.media.is_image
    if span.media_withheld:
        messages.warning(request, IMAGE_WITHHELD_AFTER_EDIT if image else PDF_WITHHELD_AFTER_EDIT)
    elif span.text_only:
        messages.warning(
            request, IMAGE_STILL_WITHHELD_AFTER_EDIT if image else PDF_STILL_WITHHELD_AFTER_EDIT
        )


@post_only
def redaction_toggle_view(model_admin, request: HttpRequest, pk: int, span_pk: int) -> HttpResponse:
    span = get_object_or_404(
        RedactionSpan.objects.select_related("message"), pk=span_pk, submission_id=pk
    )
    try:
        toggled = services.redaction_toggle(span_id=span.pk, user=request.user, request=request)
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        # The next view of the review page offers the same change at the span's look-alikes.
        request.session[ALIKE_OFFER] = span.pk
        if toggled.after_archiving:
            messages.success(request, TIGHTENED)
        _say_pdf_text_only(request, toggled)
    if span.message_id:
        return _message_back(request, pk, span.message.seq)
    return _back(pk, f"b-{span.media_id}", _state(request))


def _chat_span(pk: int, span_pk: int) -> RedactionSpan:
    """A redaction of this chat with its message, or 404."""
    return get_object_or_404(
        RedactionSpan.objects.select_related("message"), pk=span_pk, submission_id=pk
    )


def _covered_text(span: RedactionSpan) -> str:
    """The text a redaction covers (a message's, a screenshot's), as the confirmation quotes it."""
    return selectors.covered_text(span)


@post_only
def redaction_toggle_alike_view(
    model_admin, request: HttpRequest, pk: int, span_pk: int
) -> HttpResponse:
    span = _chat_span(pk, span_pk)
    try:
        changed = services.redaction_toggle_alike(
            span_id=span.pk, user=request.user, request=request
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        shown = _covered_text(span)
        places = aantal(changed.places, "andere plek", "andere plekken")
        if span.active:
            messages.success(request, f"Op {places} ook weggelakt: ‘{shown}’.")
            if span.submission.status == SubmissionStatus.GEARCHIVEERD:
                messages.success(request, TIGHTENED)
        else:
            messages.success(
                request, f"Op {places} ongedaan gemaakt: ‘{shown}’ is daar weer te lezen."
            )
        _say_alike_withheld(request, changed.withheld)
    return _span_back(request, pk, span)


def _say_alike_withheld(request: HttpRequest, withheld: int) -> None:
    """Attachments "there too" withheld because their file still shows the text."""
    if withheld:
        files = aantal(withheld, "bijlage is", "bijlagen zijn")
        messages.warning(
            request,
            f"{files} achtergehouden voor Woo: de tekst staat er ook in, en het bestand "
            "zelf kan niet worden bijgewerkt. Zo'n bijlage kan niet worden vrijgegeven zolang "
            "de tekst erin leesbaar is (een afbeelding wel nadat u de plek met ‘Gebied "
            "weglakken’ hebt afgedekt).",
        )


def _span_back(request: HttpRequest, pk: int, span: RedactionSpan) -> HttpResponse:
    """Back to the message, or the loose screenshot, a redaction is in."""
    if span.media_id is not None and span.message_id is None:
        return _back(pk, f"b-{span.media_id}", _state(request))
    return _message_back(request, pk, span.message.seq if span.message_id else None)


@post_only
def redaction_add_alike_view(
    model_admin, request: HttpRequest, pk: int, span_pk: int
) -> HttpResponse:
    span = _chat_span(pk, span_pk)
    try:
        added = services.redaction_add_alike(span_id=span.pk, user=request.user, request=request)
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        shown = _covered_text(span)
        places = aantal(added.places, "andere plek", "andere plekken")
        messages.success(request, f"Op {places} ook weggelakt: ‘{shown}’.")
        if span.submission.status == SubmissionStatus.GEARCHIVEERD:
            messages.success(request, TIGHTENED)
        _say_alike_withheld(request, added.withheld)
    return _span_back(request, pk, span)


def _place(data: dict) -> services.Place:
    return services.Place(
        data["target"], data["target_id"], data["start"], data["end"], data["versie"]
    )


def _tighten_args(request: HttpRequest, pk: int, data: dict) -> dict:
    """What both blackouts in a purged record's redacted text take: the place, the label and
    who asks (`redacted_text_tighten`, `redacted_text_tighten_alike`)."""
    return {
        "submission_id": pk,
        "place": _place(data),
        "label": data["label"],
        "user": request.user,
        "request": request,
    }


# Said when a passage blacked out in an attachment's redacted text (the originals purged) could
# not be painted in its file, one for each case (services.FILE_*): it withheld the attachment;
# it was withheld already; it is a contact card, never released; no file of it is kept.
FILE_WITHHELD_AFTER_EDIT = (
    "De tekst is weggelakt. In het bestand zelf kon dat niet worden bijgewerkt, dus de bijlage "
    "is achtergehouden voor Woo: de tekst is daarin nog leesbaar en zij kan zo niet worden "
    "vrijgegeven."
)
FILE_STILL_WITHHELD_AFTER_EDIT = (
    "De tekst is weggelakt. In het bestand zelf kon dat niet worden bijgewerkt; de bijlage "
    "blijft achtergehouden voor Woo: de tekst is daarin nog leesbaar en zij kan zo niet worden "
    "vrijgegeven."
)
FILE_NEVER_RELEASED_AFTER_EDIT = (
    "De tekst is weggelakt. In het bestand zelf kon dat niet worden bijgewerkt; dat hoeft ook "
    "niet: deze bijlage wordt nooit vrijgegeven voor Woo."
)
FILE_NONE_KEPT_AFTER_EDIT = (
    "De tekst is weggelakt. Van deze bijlage is geen bestand bewaard; alleen de tekst is "
    "bijgewerkt."
)
FILE_NOTES = {
    services.FILE_WITHHELD_NOW: FILE_WITHHELD_AFTER_EDIT,
    services.FILE_STILL_WITHHELD: FILE_STILL_WITHHELD_AFTER_EDIT,
    services.FILE_NEVER_RELEASED: FILE_NEVER_RELEASED_AFTER_EDIT,
    services.FILE_NONE_KEPT: FILE_NONE_KEPT_AFTER_EDIT,
}


@dataclass(frozen=True)
class TypedText:
    """A typed text of a purged record on its review page: its redacted text as pieces the
    selection script reads, and that text's version."""

    html: SafeString
    version: str


def _typed_texts(submission: Submission) -> dict[str, TypedText]:
    """The purged record's typed texts (onderwerp, omschrijving, the zaak's description) that
    more may be blacked out in, by target name; a text that is empty or not the stored one is
    left out."""
    found = {}
    for kind in services.TYPED_FIELDS:
        text = services.typed_text(submission, kind)
        if text:
            found[kind] = TypedText(redacted_html(text), text_version(text))
    return found


def _typed_add(request: HttpRequest, pk: int, data: dict) -> None:
    """Black out a passage of a purged record's typed text (onderwerp, omschrijving, zaak)."""
    try:
        done = services.typed_text_tighten(**_tighten_args(request, pk, data))
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        if done.elsewhere is not None:
            # The next view offers the same passage where the record still holds it, under
            # the typed text (as after a blackout in a message).
            request.session[ALIKE_REDACTED_OFFER] = {
                "submission": pk,
                "place": list(astuple(done.elsewhere)),
                "label": data["label"],
                "typed": data["target"],
            }
        messages.success(request, _typed_tightened(pk, data["target"]))
        _say_house_number_taken(request, done.house_number)


TYPED_TIGHTENED = (
    "Weggelakt in het gearchiveerde archiefstuk; de PDF wordt opnieuw gemaakt en Woo toont de "
    "tekst niet meer."
)
# The zaak's description is this record's own copy: the zaak's other records keep theirs.
ZAAK_TIGHTENED = (
    "Weggelakt in de zaakomschrijving van dit gearchiveerde archiefstuk; de PDF wordt opnieuw "
    "gemaakt en Woo toont de tekst niet meer bij dit archiefstuk."
)
ZAAK_OTHERS_UNCHANGED = (
    " Let op: {others} van deze zaak {verb} niet gewijzigd; lak de tekst daar apart weg."
)


def _typed_tightened(pk: int, target: str) -> str:
    """What a blackout in a typed text did; for the zaak's description, also what it did not."""
    if target != "zaak":
        return TYPED_TIGHTENED
    zaak_id = Submission.objects.values_list("zaak_id", flat=True).get(pk=pk)
    count = Submission.objects.filter(zaak_id=zaak_id).exclude(pk=pk).count() if zaak_id else 0
    if not count:
        return ZAAK_TIGHTENED
    others = aantal(count, "ander archiefstuk", "andere archiefstukken")
    return ZAAK_TIGHTENED + ZAAK_OTHERS_UNCHANGED.format(
        others=others, verb="is" if count == 1 else "zijn"
    )


def _redacted_add(request: HttpRequest, pk: int, data: dict) -> None:
    """Black out a passage of a purged record's redacted text; say what happened and keep the
    offer of the same passage elsewhere for the next view."""
    if data["target"] in services.TYPED_FIELDS:
        _typed_add(request, pk, data)
        return
    try:
        span = services.redacted_text_tighten(**_tighten_args(request, pk, data))
    except ReviewError as exc:
        messages.error(request, exc.message)
        return
    if span.elsewhere is not None and (span.message_id or span.media_id):
        request.session[ALIKE_REDACTED_OFFER] = {
            "submission": pk,
            "place": list(astuple(span.elsewhere)),
            "label": span.label,
            "message_id": span.message_id,
            "media_id": span.media_id,
        }
    messages.success(request, TIGHTENED)
    if span.file_note:
        messages.warning(request, FILE_NOTES[span.file_note])
    _say_shared_follows(request, getattr(span, "follower", None))
    _say_house_number_taken(request, span.house_number)


@post_only
def redacted_add_alike_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """ "Daar ook weglakken" after a passage was blacked out in a purged record's redacted text."""
    form = RedactionAddForm(request.POST)
    if not form.is_valid() or not form.cleaned_data["versie"]:
        messages.error(request, services.PAGE_OUTDATED)
        return _back(pk, state=_state(request))
    data = form.cleaned_data
    try:
        added = services.redacted_text_tighten_alike(**_tighten_args(request, pk, data))
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        places = aantal(added.places, "andere plek", "andere plekken")
        messages.success(request, f"Op {places} ook weggelakt.")
        messages.success(request, TIGHTENED)
        if added.withheld:
            files = aantal(added.withheld, "bijlage is", "bijlagen zijn")
            messages.warning(
                request,
                f"{files} achtergehouden voor Woo: de tekst staat er ook in, en het bestand "
                "zelf kon niet worden bijgewerkt. Zo'n bijlage kan niet worden vrijgegeven "
                "zolang de tekst erin leesbaar is (een afbeelding wel nadat u de plek met "
                "‘Gebied weglakken’ hebt afgedekt).",
            )
    if data["terug"]:  # offered under a typed text: back there
        return _back(pk, f"rv-typed-{data['terug']}", _state(request))
    return _redaction_back(request, pk, data)


def _redaction_back(request: HttpRequest, pk: int, data: dict) -> HttpResponse:
    """Back to the message (or attachment, or typed text) a redaction was made in."""
    target_id = data["target_id"]
    if data["target"] in services.TYPED_FIELDS:
        return _back(pk, f"rv-typed-{data['target']}", _state(request))
    if data["target"] == "message":
        seq = (
            Message.objects.filter(pk=target_id, submission_id=pk)
            .values_list("seq", flat=True)
            .first()
        )
        return _message_back(request, pk, seq)
    return _back(pk, f"b-{target_id}", _state(request))


@post_only
def redaction_add_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    form = RedactionAddForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Selecteer een stuk tekst en kies wat voor persoonsgegeven het is.")
        return _back(pk, state=_state(request))
    data = form.cleaned_data
    target_id = data["target_id"]
    if data["versie"]:  # offsets into the redacted text: the originals are purged
        _redacted_add(request, pk, data)
        return _redaction_back(request, pk, data)
    try:
        span = services.redaction_add(
            submission_id=pk,
            message_id=target_id if data["target"] == "message" else None,
            media_id=target_id if data["target"] == "media" else None,
            start=data["start"],
            end=data["end"],
            label=data["label"],
            user=request.user,
            request=request,
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        # The next view of the review page offers to redact the same text elsewhere too.
        request.session[ALIKE_ADD_OFFER] = span.pk
        messages.success(request, _added_as(span))
        if span.after_archiving:
            messages.success(request, TIGHTENED)
        _say_pdf_text_only(request, span)
        _say_shared_follows(request, span.follower)
        _say_house_number_taken(request, span.house_number)
    return _redaction_back(request, pk, data)


def _added_as(span: RedactionSpan) -> str:
    """What a redaction added by hand says: its kind, and the kind of the undone redaction it
    replaced over the same text (never the text itself: messages are kept in the session)."""
    said = f"Weggelakt als {PLACEHOLDERS.get(span.label, span.label)}."
    old = [PLACEHOLDERS.get(label, label) for label in getattr(span, "replaced_labels", ())]
    if old:
        said = f"{said[:-1]}; de ongedaan gemaakte weglakking als {' / '.join(old)} is vervangen."
    return said


def _say_house_number_taken(request: HttpRequest, number: str) -> None:
    """A street marked as an address took the house number after it (review 49: say so), in
    the original text or, after the purge, in the redacted one (review 50)."""
    if number:
        messages.info(request, f"Het huisnummer erna (‘{number}’) is meegenomen in de weglakking.")


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _select(request: HttpRequest, pk: int, data: dict) -> services.Selection:
    """Call the selection service that `actie` names."""
    action, include = data["actie"], data["selecteren"]
    common = {"submission_id": pk, "user": request.user, "request": request}
    if action == "bericht":
        return services.selection_set_message(message_id=data["bericht"], include=include, **common)
    if action == "bereik":
        return services.selection_set_range(
            first_seq=data["first"], last_seq=data["last"], include=include, **common
        )
    if action == "dag":
        return services.selection_set_day(day=data["dag"], include=include, **common)
    if action == "periode":
        return services.selection_set_period(
            start=data["van"], end=data["tot"], include=include, **common
        )
    if action == "zoektreffers":
        return services.selection_set_search(query=data["zoek"], include=include, **common)
    if action == "indiener":
        return services.selection_submitter_period(**common)
    return services.selection_set_all(include=include, **common)


def _selection_message(include: bool, result: services.Selection) -> str:
    verb = "geselecteerd" if include else "uit de selectie gehaald"
    return (
        f"{aantal(result.changed, 'bericht', 'berichten')} {verb}. "
        f"Nu {getal(result.selected)} van de {aantal(result.total, 'bericht', 'berichten')} "
        "geselecteerd voor het archiefstuk."
    )


# The forms under "Bereik of periode selecteren" and the fields typed in them.
TYPED_RANGES = {"bereik": ("first", "last"), "periode": ("van", "tot")}


def _keep_typed_range(request: HttpRequest, pk: int, form) -> None:
    """A refused range or period comes back typed, in its opened form (read once by the page)."""
    action = form.data.get("actie", "")
    if action in TYPED_RANGES:
        _keep_typed(request, pk, action, form, TYPED_RANGES[action])


@post_only
def selection_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """One selection action (a message, range, day, period, search hits, all or none).

    Answers JSON to the page's script (a checkbox, a shift-click range) and redirects back to the
    same place of the transcript otherwise. No request carries one field per message.
    """
    state = _state(request)
    form = SelectionForm(request.POST)
    if not form.is_valid():
        error = form.first_error()
        if _wants_json(request):
            return JsonResponse({"error": error}, status=400)
        messages.error(request, error)
        _keep_typed_range(request, pk, form)
        return _back(pk, "rv-selection", state)
    data = form.cleaned_data
    if data["actie"] in ("alles", "niets", "indiener"):
        data["selecteren"] = data["actie"] != "niets"
    try:
        result = _select(request, pk, data)
    except ReviewError as exc:
        if _wants_json(request):
            return JsonResponse({"error": exc.message}, status=400)
        messages.error(request, exc.message)
        _keep_typed_range(request, pk, form)
        return _back(pk, "rv-selection", state)
    text = _selection_message(data["selecteren"], result)
    if _wants_json(request):
        return JsonResponse(
            {
                "changed": result.changed,
                "selected": result.selected,
                "total": result.total,
                "message": text,
            }
        )
    messages.success(request, text)
    return _back(pk, "rv-selection", state)


@post_only
def date_order_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    form = DateOrderForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Kies de volgorde van dag en maand.")
        return _back(pk)
    try:
        services.date_order_confirm(
            submission_id=pk,
            date_order=form.cleaned_data["date_order"],
            user=request.user,
            request=request,
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "Datumvolgorde bevestigd.")
    return _back(pk)


@post_only
def submitter_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """Informatiebeheer names the author who is the employee who submitted the chat."""
    try:
        participant_id = int(request.POST.get("deelnemer", ""))
    except ValueError:
        participant_id = 0
    try:
        chosen = services.submitter_set(
            submission_id=pk, participant_id=participant_id, user=request.user, request=request
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            f"‘{chosen.name}’ is nu de indiener en heet in het archiefstuk "
            f"‘{chosen.pseudonym}’; de andere deelnemers zijn opnieuw genummerd.",
        )
    return _back(pk, "rv-authors")


@post_only
def free_text_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    form = FreeTextForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        _keep_typed(request, pk, "free_text", form, ("onderwerp_redacted", "omschrijving_redacted"))
        return _back(pk, "rv-free-text")
    choice = request.POST.get("keuze", "")
    try:
        services.free_text_update(
            submission_id=pk,
            onderwerp_redacted=form.cleaned_data["onderwerp_redacted"],
            omschrijving_redacted=form.cleaned_data["omschrijving_redacted"],
            user=request.user,
            request=request,
            choice=choice,
        )
    except services.FreeTextPersonalData as exc:
        # Back with what was typed, the finding next to each field and the choice to make.
        messages.warning(request, exc.message)
        fields = ("onderwerp_redacted", "omschrijving_redacted")
        refused = {
            name: "Bevat mogelijk persoonsgegevens: "
            + ", ".join(f"‘{item}’" for item in found)
            + "."
            for name, found in exc.found.items()
        }
        _keep_typed(request, pk, "free_text", form, fields, refused=refused)
        request.session[TYPED] = {**request.session[TYPED], "confirm": True}
        return _back(pk, "rv-free-text")
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            "Geanonimiseerd onderwerp en omschrijving opgeslagen"
            + (", met de gevonden persoonsgegevens weggelakt." if choice == "weglakken" else "."),
        )
    return _back(pk)


def _date_order_first(request: HttpRequest, pk: int) -> HttpResponse:
    """Back to the review page with the refusal and a link to the date-order question."""
    messages.error(
        request,
        format_html(
            '{} <a href="#rv-date-order">Naar de vraag over de datumvolgorde</a>.',
            DateOrderUnconfirmed().message,
        ),
    )
    return _back(pk, "rv-date-order", keep=_chosen(request))


@post_only
def archive_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """Step 1 saves the selection and shows the computed retention; step 2 archives."""
    submission = get_object_or_404(Submission, pk=pk)
    if submission.date_order_uncertain:
        # Said first, whatever else is missing; refused before the confirmation page too (the
        # service checks again on archiving).
        return _date_order_first(request, pk)
    confirmed = request.POST.get("bevestigd") == "1"
    form = ArchiveForm(request.POST)
    if not form.is_valid():
        for error in [*form.errors.get("__all__", []), *form.errors.get("resultaat", [])]:
            messages.error(request, error)
        if "zaak" in form.errors:
            messages.error(request, "Kies de zaak waarbij het gesprek hoort.")
        return _back(pk, "rv-decide", keep=_chosen(request))
    zaak = form.cleaned_data["zaak"]
    resultaat = form.cleaned_data["resultaat_obj"]
    if not confirmed:
        preview = selectors.archive_preview(zaak=zaak, resultaat=resultaat)
        chosen = resultaat or zaak.resultaat
        context = _context(
            model_admin,
            request,
            submission,
            title=f"Archiveren bevestigen: {submission.onderwerp}",
            zaak=zaak,
            resultaat=chosen,
            resultaat_changes=resultaat is not None and resultaat.pk != zaak.resultaat_id,
            preview=preview,
            period_warning=selectors.period_outside_zaak(submission, zaak),
            termijn_tekst=format_duration(preview.bewaartermijn) if preview.bewaartermijn else "",
            resultaat_param=resultaat.pk if resultaat is not None else "",
            # "Terug" keeps the zaak and result chosen, and so does the way to an open offer.
            back_url=_review_address(pk, "rv-decide", keep=_chosen(request)),
            open_offers=[
                (offer, _offer_address(pk, offer, keep=_chosen(request)))
                for offer in open_offers(request, submission)
            ],
            purge_now=settings.ARCHIEF_PURGE_ORIGINALS_AFTER.total_seconds() <= 0,
            selected_count=Message.objects.filter(submission=submission, in_record=True).count(),
            media_count=MediaItem.objects.filter(submission=submission).count(),
            # A withheld screenshot does not go into the record.
            screenshot_count=selectors.loose_media(submission_id=submission.pk)
            .filter(release__in=MEDIA_RELEASE_SERVABLE)
            .exclude(mime_type="application/pdf")
            .count(),
            # A PDF uploaded with screenshots is no screenshot (walk 51).
            document_count=selectors.loose_media(submission_id=submission.pk)
            .filter(release__in=MEDIA_RELEASE_SERVABLE, mime_type="application/pdf")
            .count(),
            # What of them Woo and the PDF get and what is withheld, one by one.
            archive_media=selectors.archive_media(submission_id=submission.pk),
        )
        return TemplateResponse(request, "admin/chats/submission/archive_confirm.html", context)
    try:
        services.review_archive(
            submission_id=pk, zaak=zaak, resultaat=resultaat, user=request.user, request=request
        )
    except DateOrderUnconfirmed:
        return _date_order_first(request, pk)
    except ReviewError as exc:
        messages.error(request, exc.message)
        return _back(pk, "rv-decide", keep=_chosen(request))
    # With eager tasks the rendition is already made here; with a worker it follows shortly.
    state = Submission.objects.filter(pk=pk).values_list("rendition_state", flat=True).first()
    done = state == RenditionState.KLAAR
    follow = (
        "De indiener krijgt bericht."
        if done
        else "Het archiefstuk (PDF) wordt nu gemaakt; daarna krijgt de indiener bericht."
    )
    # Back to the queue (triage goes on), with a way to the record and its PDF's progress.
    messages.success(
        request,
        format_html(
            'Inzending {} ‘{}’ is gearchiveerd bij zaak {}. {} <a href="{}">{}</a>',
            pk,
            submission.onderwerp,
            zaak.zaaknummer,
            follow,
            reverse("admin:chats_submission_review", args=[pk]),
            "Naar de inzending en de PDF"
            if done
            else "Naar de inzending en de voortgang van de PDF",
        ),
    )
    return redirect("admin:chats_submission_changelist")


@post_only
def archive_retry_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """Try the rendition of an archived record again after it failed."""
    try:
        services.archive_rendition_retry(submission_id=pk, user=request.user, request=request)
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "Het archiefstuk (PDF) wordt opnieuw gemaakt.")
    return _back(pk)


@post_only
def reject_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    form = RejectForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Kies een reden voor de afwijzing.")
        _keep_typed(request, pk, "reject", form, ("reason", "note"))
        return _back(pk, "rv-decide")
    try:
        submission = services.review_reject(
            submission_id=pk,
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
            user=request.user,
            request=request,
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
        # The chosen reason stays chosen ('Anders' refused without an explanation, which is
        # marked at the note: where the explanation goes).
        field = "note" if form.cleaned_data["reason"] == RejectReason.ANDERS else "reason"
        _keep_typed(request, pk, "reject", form, ("reason", "note"), {field: exc.message})
        return _back(pk, "rv-decide", {"reden": form.cleaned_data["reason"]})
    messages.success(request, f"‘{submission.onderwerp}’ is afgewezen. De indiener krijgt bericht.")
    return redirect("admin:chats_submission_changelist")


@post_only
def return_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["question"]))
        _keep_typed(request, pk, "return", form, ("question",))
        return _back(pk, "rv-decide")
    try:
        submission = services.review_return_to_submitter(
            submission_id=pk,
            question=form.cleaned_data["question"],
            user=request.user,
            request=request,
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
        _keep_typed(request, pk, "return", form, ("question",), {"question": exc.message})
        return _back(pk, "rv-decide")
    messages.success(
        request, f"De vraag over ‘{submission.onderwerp}’ is naar de indiener gestuurd."
    )
    return redirect("admin:chats_submission_changelist")


def _stream(stored: StoredFile, *, inline: bool, filename: str) -> FileResponse:
    try:
        handle = default_storage.open(stored.file.name, "rb")
    except OSError:
        raise Http404("Bestand niet gevonden.") from None
    response = FileResponse(
        handle, content_type=stored.mime_type, as_attachment=not inline, filename=filename
    )
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = (
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    )
    return response


def media_view(model_admin, request: HttpRequest, pk: int, media_pk: int) -> HttpResponse:
    """The cleaned attachment (never the original): thumbnails, players and downloads on the
    review page. Informatiebeheer gets withheld items too, to judge and release them."""
    item = get_object_or_404(
        MediaItem.objects.select_related("derived"), pk=media_pk, submission_id=pk
    )
    stored = servable_file(item, for_role=ServingRole.REVIEW)
    if stored is None:
        raise Http404("Geen opgeschoonde versie van deze bijlage.")
    inline = stored.mime_type in IMAGE_TYPES or stored.mime_type.startswith(PLAYABLE_PREFIXES)
    response = _stream(
        stored,
        inline=inline,
        filename=download_name(item.seq, stored.mime_type, stored.file.name),
    )
    services.media_download_log(media=item, stored_file=stored, user=request.user, request=request)
    return response


@post_only
def media_release_view(model_admin, request: HttpRequest, pk: int, media_pk: int) -> HttpResponse:
    """Release a withheld attachment for Woo (or withhold it again, with `achterhouden`)."""
    withhold = bool(request.POST.get("achterhouden"))
    service = services.media_withhold if withhold else services.media_release
    seq = (
        Message.objects.filter(media__pk=media_pk, submission_id=pk)
        .values_list("seq", flat=True)
        .first()
    )
    if withhold and not request.POST.get("bevestigd"):
        confirm = _withhold_confirm(model_admin, request, pk, media_pk, seq)
        if confirm is not None:
            return confirm
    extra = (
        {}
        if withhold
        else {
            "covered": bool(request.POST.get("afgedekt")),
            "confirmed": request.POST.getlist("plaats"),
        }
    )
    try:
        media = service(
            submission_id=pk, media_id=media_pk, user=request.user, request=request, **extra
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        name = _attachment_name(media, seq)
        moved = getattr(media, "overlap_moved_to", None)
        messages.success(
            request,
            f"{name} is achtergehouden: Woo en het archiefstuk krijgen de bijlage niet."
            + (
                " De berichten die ook in de volgende schermafbeelding staan, staan nu in de "
                f"tekst van schermafbeelding {shown_number(moved)}: hun tekst blijft voor Woo "
                "te vinden."
                if moved is not None
                else ""
            )
            if withhold
            else f"{name} is vrijgegeven: Woo krijgt de opgeschoonde versie.",
        )
    # Back to the page the attachment's message is on, not to the first page of the chat.
    return _message_back(request, pk, seq, anchor=f"b-{media_pk}")


@post_only
def media_area_view(model_admin, request: HttpRequest, pk: int, media_pk: int) -> HttpResponse:
    """Black out an area of a screenshot or photo (percentages of its width and height)."""
    form = ImageAreaForm(request.POST)
    seq = _seq_of_media(pk, media_pk)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return _message_back(request, pk, seq, anchor=f"b-{media_pk}")
    data = form.cleaned_data
    try:
        media = services.image_area_add(
            submission_id=pk,
            media_id=media_pk,
            x=data["x"] / 100,
            y=data["y"] / 100,
            breedte=data["breedte"] / 100,
            hoogte=data["hoogte"] / 100,
            user=request.user,
            request=request,
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        archived = media.submission.status == SubmissionStatus.GEARCHIVEERD
        messages.success(
            request,
            f"Gebied weggelakt in {_attachment_name(media, seq).lower()}: Woo en de PDF van het "
            "archiefstuk krijgen de afbeelding met dit zwarte vlak."
            + area_clipped_note(
                x=data["x"], y=data["y"], breedte=data["breedte"], hoogte=data["hoogte"]
            )
            + (
                " De tekst onder het vlak is ook in de tekst uit de afbeelding weggelakt "
                "([VERWIJDERD])."
                if getattr(media, "area_words", 0)
                else " Let op: de tekst uit de afbeelding is niet aangepast, want welke woorden "
                "onder het vlak staan is niet meer bekend. Staat daar iets dat weg moet, lak het "
                "dan ook in die tekst weg."
                if getattr(media, "area_text_unchecked", False)
                else ""
            )
            + (" De PDF wordt opnieuw gemaakt." if archived else ""),
        )
    return _message_back(request, pk, seq, anchor=f"b-{media_pk}")


@post_only
def media_area_undo_view(
    model_admin, request: HttpRequest, pk: int, media_pk: int, area_id: str
) -> HttpResponse:
    """Undo an area blacked out by hand (before archiving)."""
    seq = _seq_of_media(pk, media_pk)
    try:
        media = services.image_area_remove(
            submission_id=pk, media_id=media_pk, area_id=area_id, user=request.user, request=request
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request, f"Gebied ongedaan gemaakt in {_attachment_name(media, seq).lower()}."
        )
    return _message_back(request, pk, seq, anchor=f"b-{media_pk}")


def _seq_of_media(pk: int, media_pk: int) -> int | None:
    return (
        Message.objects.filter(media__pk=media_pk, submission_id=pk)
        .values_list("seq", flat=True)
        .first()
    )


@post_only
def overlap_restore_view(model_admin, request: HttpRequest, pk: int, media_pk: int) -> HttpResponse:
    """Put back what processing left out of a screenshot as shown by the one before it."""
    try:
        services.overlap_restore(
            submission_id=pk, media_id=media_pk, user=request.user, request=request
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            "De berichten staan weer in deze schermafbeelding: ze tellen nu als aparte berichten.",
        )
    return _message_back(request, pk, None, anchor=f"b-{media_pk}")


def _withhold_confirm(
    model_admin, request: HttpRequest, pk: int, media_pk: int, seq: int | None
) -> HttpResponse | None:
    """Withholding an attachment of an archived record takes it out of Woo and the record's
    PDF and makes Woo exports that hold it outdated: a page says so and asks first. None (act
    at once) while reviewing, or when it is withheld already (nothing happens)."""
    submission = Submission.objects.filter(pk=pk, status=SubmissionStatus.GEARCHIVEERD).first()
    media = MediaItem.objects.filter(pk=media_pk, submission_id=pk).first()
    if (
        submission is None
        or media is None
        or media.release in (MediaRelease.ACHTERGEHOUDEN, MediaRelease.NOOIT)
    ):
        return None
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Achterhouden bevestigen",
        "submission": submission,
        "media": media,
        "name": _attachment_name(media, seq),
        # The messages this screenshot shares with the next one go back there (services.
        # media_withhold): the page says so.
        "follower": selectors.overlap_follower(media),
        "state": _state(request),
        "back_url": _message_back(request, pk, seq, anchor=f"b-{media_pk}")["Location"],
    }
    return TemplateResponse(request, "admin/chats/submission/withhold_confirm.html", context)


def _attachment_name(media: MediaItem, seq: int | None) -> str:
    """An attachment as the review page lists it: 'PDF-document bij bericht #12', a screenshot
    of a screenshots upload 'Schermafbeelding 2' (a PDF among them 'PDF-document 3'), a loose
    photo of an export 'Afbeelding (losse bijlage)'."""
    if seq is not None:
        return f"{media_label(media.mime_type)} bij bericht #{shown_number(seq)}"
    if Submission.objects.filter(
        pk=media.submission_id, upload_kind=UploadKind.SCREENSHOTS
    ).exists():
        return upload_file_label(media.mime_type, shown_number(media.seq))
    return f"{media_label(media.mime_type)} (losse bijlage)"


def rendition_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """The PDF of an archived record (the view is logged)."""
    submission = get_object_or_404(Submission, pk=pk, status=SubmissionStatus.GEARCHIVEERD)
    stored = StoredFile.objects.filter(
        submission=submission, derived_key=RENDITION_KEY, purged_at__isnull=True
    ).first()
    if stored is None or not stored.file:
        raise Http404("Er is geen PDF van dit archiefstuk.")
    services.review_view_log(submission=submission, user=request.user, request=request, what="pdf")
    return _stream(stored, inline=True, filename=f"archiefstuk-{submission.pk}.pdf")


def resultaat_options_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """The selectielijst results that fit a zaak (`?zaak=`), for the result list on the page."""
    zaak = (
        Zaak.objects.select_related("zaaktype__procestype")
        .filter(pk=int(request.GET["zaak"]) if request.GET.get("zaak", "").isdigit() else 0)
        .first()
    )
    procestype_id = zaak_procestype_id(zaak)
    groups = resultaat_choices(procestype_id=procestype_id)[1:]
    return JsonResponse(
        {
            "procestype": str(zaak.zaaktype.procestype) if procestype_id else "",
            "groups": [
                {"label": label, "options": [{"value": v, "label": t} for v, t in options]}
                for label, options in groups
            ],
        }
    )


def overview_view(model_admin, request: HttpRequest) -> HttpResponse:
    """Informatiebeheer's overview: per month and department, median time to archive, open
    questions and failures, as an SVG chart with the same figures in a table."""
    figures = overview.overview()
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Submission._meta,
        "title": "Overzicht inzendingen",
        "subtitle": None,
        "o": figures,
    }
    return TemplateResponse(request, "admin/chats/submission/overview.html", context)
