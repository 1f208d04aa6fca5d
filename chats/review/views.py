"""The review page and its actions, served inside the admin (wired in `chats/admin.py`).

Thin: read with a few fixed queries, call a service from `chats.review.services`, redirect back with a
Dutch message. Permission checks happen in the admin's URL wrapper before these run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from zaken.models import Zaak
from zaken.retention import format_duration

from ..constants import (
    RENDITION_KEY,
    REVIEWABLE_STATUSES,
    FileRole,
    MessageKind,
    RenditionState,
    SubmissionStatus,
)
from ..models import (
    MediaItem,
    Message,
    Participant,
    RedactionSpan,
    StoredFile,
    Submission,
)
from ..redaction import PLACEHOLDERS
from . import selectors, services
from .errors import ReviewError
from .forms import (
    ArchiveForm,
    DateOrderForm,
    FreeTextForm,
    RangeForm,
    RedactionAddForm,
    RejectForm,
    ReturnForm,
)
from .text import SpanRef, replacements_for, segments, shown_as

IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")


def text_html(
    text: str, spans: list[SpanRef], replacements: dict[str, str] | None = None
) -> SafeString:
    """The original text as marked-up segments whose offsets the selection script reads.

    No whitespace may be added between the pieces: the element's textContent must equal the
    original text exactly, or a selection would map to the wrong characters.
    """
    out = []
    for piece in segments(text, spans):
        if piece.span is None:
            out.append(f'<span data-o="{piece.start}">{escape(piece.text)}</span>')
            continue
        span = piece.span
        # Labelled as it will read in the record: a participant's name becomes the pseudonym.
        placeholder = shown_as(piece.text, span.label, replacements)
        state, hint = (
            ("on", f"Weggelaten als {placeholder}. Klik om de weglating ongedaan te maken.")
            if span.active
            else ("off", "Weglating ongedaan gemaakt. Klik om weer weg te laten.")
        )
        out.append(
            f'<mark class="rv-red {state}" data-o="{piece.start}" data-span="{span.id}" '
            f'data-label="{escape(placeholder)}" tabindex="0" role="button" '
            f'title="{escape(hint)}">{escape(piece.text)}</mark>'
        )
    return mark_safe("".join(out))  # every piece is escaped above


@dataclass
class MediaRow:
    item: MediaItem
    is_image: bool
    html: SafeString | str = ""


@dataclass
class MessageRow:
    message: Message
    author: str
    author_seq: int | None
    html: SafeString | str
    media: list[MediaRow] = field(default_factory=list)


def _back(submission_id: int, anchor: str = "") -> HttpResponse:
    url = reverse("admin:chats_submission_review", args=[submission_id])
    return redirect(f"{url}#{anchor}" if anchor else url)


def _span_refs(spans) -> dict[tuple[str, int], list[SpanRef]]:
    grouped: dict[tuple[str, int], list[SpanRef]] = {}
    for span in spans:
        key = ("message", span.message_id) if span.message_id else ("media", span.media_id)
        grouped.setdefault(key, []).append(
            SpanRef(span.pk, span.start, span.end, span.label, span.active)
        )
    return grouped


def conversation(submission: Submission) -> tuple[list[MessageRow], list[MediaRow]]:
    """Messages with their marked-up text and attachments, plus loose screenshots (4 queries)."""
    editable = submission.status in REVIEWABLE_STATUSES and not submission.originals_purged_at
    participants = {
        p.pk: p
        for p in Participant.objects.filter(submission=submission).only(
            "pk", "seq", "name", "pseudonym"
        )
    }
    replacements = replacements_for((p.name, p.pseudonym) for p in participants.values())
    spans = _span_refs(
        RedactionSpan.objects.filter(submission=submission).only(
            "pk", "message_id", "media_id", "start", "end", "label", "active"
        )
    )
    media_by_message: dict[int | None, list[MediaRow]] = {}
    for item in MediaItem.objects.filter(submission=submission).select_related("derived"):
        row = MediaRow(
            item=item,
            is_image=bool(
                item.derived_id
                and item.derived.file
                and item.derived.mime_type in IMAGE_TYPES
                and item.derived.purged_at is None
            ),
        )
        if item.ocr_text or item.ocr_text_redacted:
            row.html = (
                text_html(item.ocr_text, spans.get(("media", item.pk), []), replacements)
                if editable
                else item.ocr_text_redacted
            )
        media_by_message.setdefault(item.message_id, []).append(row)
    rows = []
    for message in Message.objects.filter(submission=submission).order_by("seq"):
        participant = participants.get(message.participant_id)
        rows.append(
            MessageRow(
                message=message,
                author=participant.pseudonym if participant else "",
                author_seq=participant.seq % 6 if participant else None,
                html=(
                    text_html(message.text, spans.get(("message", message.pk), []), replacements)
                    if editable
                    else message.text_redacted
                ),
                media=media_by_message.get(message.pk, []),
            )
        )
    return rows, media_by_message.get(None, [])


def _context(model_admin, request: HttpRequest, submission: Submission, **extra) -> dict:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": Submission._meta,
        "submission": submission,
        "title": f"Beoordelen: {submission.onderwerp}",
        "subtitle": None,
        **extra,
    }


def review_page(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """The conversation as a chat with its redactions, the selection and the decisions."""
    submission = get_object_or_404(
        Submission.objects.select_related("submitted_by", "zaak", "reviewed_by"), pk=pk
    )
    rows, loose_media = conversation(submission)
    editable = submission.status in REVIEWABLE_STATUSES
    suggested = (
        Zaak.objects.filter(zaaknummer__iexact=submission.zaaknummer.strip()).first()
        if submission.zaaknummer.strip()
        else None
    )
    archive_form = ArchiveForm(initial={"zaak": suggested}) if editable else None
    rendition = (
        StoredFile.objects.filter(
            submission=submission, derived_key=RENDITION_KEY, purged_at__isnull=True
        ).first()
        if submission.status == SubmissionStatus.GEARCHIVEERD
        else None
    )
    services.review_view_log(submission=submission, user=request.user, request=request)
    selected = sum(1 for row in rows if row.message.in_record)
    context = _context(
        model_admin,
        request,
        submission,
        rows=rows,
        loose_media=loose_media,
        editable=editable and not submission.originals_purged_at,
        decidable=editable,
        selected_count=selected,
        archive_form=archive_form,
        reject_form=RejectForm() if editable else None,
        return_form=ReturnForm() if editable else None,
        date_order_form=DateOrderForm(
            initial={"date_order": (submission.detected_format or {}).get("date_order", "DMY")}
        )
        if editable and submission.date_order_uncertain
        else None,
        free_text_form=FreeTextForm(
            initial={
                "onderwerp_redacted": submission.onderwerp_redacted,
                "omschrijving_redacted": submission.omschrijving_redacted,
            }
        )
        if editable and not submission.originals_purged_at
        else None,
        range_form=RangeForm(use_required_attribute=False),
        labels=list(PLACEHOLDERS.items()),
        rendition=rendition,
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
    )
    return TemplateResponse(request, "admin/chats/submission/review.html", context)


def post_only(view):
    """Refuse anything but POST with 405 (these views change things)."""

    @wraps(view)
    def wrapper(model_admin, request: HttpRequest, *args, **kwargs):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        return view(model_admin, request, *args, **kwargs)

    return wrapper


@post_only
def redaction_toggle_view(model_admin, request: HttpRequest, pk: int, span_pk: int) -> HttpResponse:
    span = get_object_or_404(
        RedactionSpan.objects.select_related("message"), pk=span_pk, submission_id=pk
    )
    try:
        services.redaction_toggle(span_id=span.pk, user=request.user, request=request)
    except ReviewError as exc:
        messages.error(request, exc.message)
    anchor = f"m-{span.message.seq}" if span.message_id else f"b-{span.media_id}"
    return _back(pk, anchor)


@post_only
def redaction_add_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    form = RedactionAddForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Selecteer een stuk tekst en kies wat voor persoonsgegeven het is.")
        return _back(pk)
    data = form.cleaned_data
    target_id = data["target_id"]
    try:
        services.redaction_add(
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
    if data["target"] == "message":
        seq = (
            Message.objects.filter(pk=target_id, submission_id=pk)
            .values_list("seq", flat=True)
            .first()
        )
        return _back(pk, f"m-{seq}" if seq is not None else "")
    return _back(pk, f"b-{target_id}")


def _save_selection(request: HttpRequest, pk: int) -> int | None:
    """Store the checked messages (or a range) from the POST; None if the POST held none."""
    if request.POST.get("bereik"):
        form = RangeForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Vul bij het bereik twee berichtnummers in.")
            return None
        ids = selectors.message_ids_in_range(
            submission_id=pk,
            first_seq=form.cleaned_data["first"],
            last_seq=form.cleaned_data["last"],
        )
    elif request.POST.get("selectie"):
        ids = [int(value) for value in request.POST.getlist("selected") if value.isdigit()]
    else:
        return None
    return services.messages_select(
        submission_id=pk, message_ids=ids, user=request.user, request=request
    )


@post_only
def selection_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    try:
        count = _save_selection(request, pk)
    except ReviewError as exc:
        messages.error(request, exc.message)
        return _back(pk)
    if count is not None:
        messages.success(request, f"Selectie opgeslagen: {count} bericht(en) in het archiefstuk.")
    return _back(pk, "rv-selection")


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
def free_text_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    form = FreeTextForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Vul een onderwerp in (hooguit 400 tekens).")
        return _back(pk)
    try:
        services.free_text_update(
            submission_id=pk,
            onderwerp_redacted=form.cleaned_data["onderwerp_redacted"],
            omschrijving_redacted=form.cleaned_data["omschrijving_redacted"],
            user=request.user,
            request=request,
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "Geanonimiseerd onderwerp en omschrijving opgeslagen.")
    return _back(pk)


@post_only
def archive_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    """Step 1 saves the selection and shows the computed retention; step 2 archives."""
    submission = get_object_or_404(Submission, pk=pk)
    confirmed = request.POST.get("bevestigd") == "1"
    try:
        if not confirmed:
            _save_selection(request, pk)
    except ReviewError as exc:
        messages.error(request, exc.message)
        return _back(pk)
    form = ArchiveForm(request.POST)
    if not form.is_valid():
        for error in [*form.errors.get("__all__", []), *form.errors.get("resultaat", [])]:
            messages.error(request, error)
        if "zaak" in form.errors:
            messages.error(request, "Kies de zaak waarbij het gesprek hoort.")
        return _back(pk, "rv-decide")
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
            termijn_tekst=format_duration(preview.bewaartermijn) if preview.bewaartermijn else "",
            resultaat_param=resultaat.pk if resultaat is not None else "",
            purge_now=settings.ARCHIEF_PURGE_ORIGINALS_AFTER.total_seconds() <= 0,
            selected_count=Message.objects.filter(submission=submission, in_record=True).count(),
            media_count=MediaItem.objects.filter(submission=submission).count(),
        )
        return TemplateResponse(request, "admin/chats/submission/archive_confirm.html", context)
    try:
        services.review_archive(
            submission_id=pk, zaak=zaak, resultaat=resultaat, user=request.user, request=request
        )
    except ReviewError as exc:
        messages.error(request, exc.message)
        return _back(pk, "rv-decide")
    # With eager tasks the rendition is already made here; with a worker it follows shortly.
    state = Submission.objects.filter(pk=pk).values_list("rendition_state", flat=True).first()
    follow = (
        "De indiener krijgt bericht."
        if state == RenditionState.KLAAR
        else "Het archiefstuk (PDF) wordt nu gemaakt; daarna krijgt de indiener bericht."
    )
    messages.success(
        request, f"‘{submission.onderwerp}’ is gearchiveerd bij zaak {zaak.zaaknummer}. {follow}"
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
        return _back(pk, "rv-decide")
    messages.success(request, f"‘{submission.onderwerp}’ is afgewezen. De indiener krijgt bericht.")
    return redirect("admin:chats_submission_changelist")


@post_only
def return_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Schrijf de vraag aan de indiener.")
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
    """The cleaned attachment (never the original), for thumbnails on the review page."""
    item = get_object_or_404(
        MediaItem.objects.select_related("derived"), pk=media_pk, submission_id=pk
    )
    stored = item.derived
    if stored is None or not stored.file or stored.purged_at or stored.role != FileRole.DERIVED:
        raise Http404("Geen opgeschoonde versie van deze bijlage.")
    inline = stored.mime_type in IMAGE_TYPES
    extension = stored.file.name.rsplit(".", 1)[-1] if "." in stored.file.name else "bin"
    return _stream(stored, inline=inline, filename=f"bijlage-{item.seq}.{extension}")


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
