"""Writes of the review by Informatiebeheer: redactions, selection, date order and decisions.

Every service checks the submission is still under review, does its work inside one
transaction and writes its audit event (ids and counts, never chat text). Views check
permissions; these functions trust their caller on that.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.utils import timezone

from audit.services import audit_log
from zaken.models import SelectielijstResultaat, Zaak
from zaken.retention import Archiefactie, format_duration
from zaken.services import zaak_set_resultaat

from . import review_text
from .constants import FileRole, MessageKind, SubmissionStatus
from .media_labels import media_label
from .models import (
    MediaItem,
    Message,
    Participant,
    RedactionSpan,
    RenditionState,
    StoredFile,
    Submission,
)
from .pipeline.store import derived_name
from .redaction import PLACEHOLDERS
from .rendition import RenderImage, RenderMessage, RenditionError, render_messages_pdf

logger = logging.getLogger(__name__)

REVIEWABLE_STATUSES = (SubmissionStatus.TE_BEOORDELEN, SubmissionStatus.TERUG_NAAR_INDIENER)
RENDITION_KEY = "rendition-pdf"
DATE_ORDERS = ("DMY", "MDY")
CHUNK_SIZE = 1024 * 1024


class RejectReason(models.TextChoices):
    NIET_ARCHIEFWAARDIG = "niet_archiefwaardig", "Niet archiefwaardig"
    DUBBEL = "dubbel", "Dubbel ingediend"
    ELDERS_VASTGELEGD = "elders_vastgelegd", "Al elders vastgelegd"
    NIET_WERKGERELATEERD = "niet_werkgerelateerd", "Geen werkgerelateerd gesprek"
    ONVOLLEDIG = "onvolledig", "Onleesbaar of onvolledig"
    ANDERS = "anders", "Anders"


class ReviewError(Exception):
    """A review action that cannot be done; `message` is Dutch, for Informatiebeheer."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _lock_reviewable(submission_id: int) -> Submission:
    """Lock the submission row; refuse unless it is (still) under review."""
    submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
    if submission is None:
        raise ReviewError("Deze inzending bestaat niet (meer).")
    if submission.status not in REVIEWABLE_STATUSES:
        raise ReviewError(
            f"Deze inzending kan niet meer worden gewijzigd: de status is "
            f"‘{submission.get_status_display()}’."
        )
    return submission


# --- redactions -------------------------------------------------------------------------------


def _replacements(submission_id: int) -> dict[str, str]:
    return review_text.replacements_for(
        Participant.objects.filter(submission_id=submission_id).values_list("name", "pseudonym")
    )


def _refresh_redacted(*, message: Message | None = None, media: MediaItem | None = None) -> None:
    """Recompute the redacted text of one message or OCR text from the original + active spans."""
    owner = message or media
    filters = {"message": message} if message is not None else {"media": media}
    spans = RedactionSpan.objects.filter(active=True, **filters).values_list(
        "start", "end", "label"
    )
    replacements = _replacements(owner.submission_id)
    if message is not None:
        message.text_redacted = review_text.redacted_text(
            message.text, spans, replacements=replacements
        )
        message.save(update_fields=["text_redacted"])
    else:
        media.ocr_text_redacted = review_text.redacted_text(
            media.ocr_text, spans, replacements=replacements
        )
        media.save(update_fields=["ocr_text_redacted"])


IMAGE_SOURCE_GONE = (
    "De oorspronkelijke afbeelding is er niet meer, dus de zwarte vlakken in de afbeelding "
    "kunnen niet worden aangepast. De weglating is niet gewijzigd."
)


def _redraw_image(media: MediaItem) -> bool:
    """Redraw a screenshot's blacked-out derivative from its original and the active spans.

    The derived file keeps its name and derived key and gets the new SHA-256. Only screenshots
    whose word boxes were stored at processing have a layout to redraw; returns whether it did.
    """
    from .redaction.images import ImageRejected, redraw_screenshot

    layout = media.ocr_boxes or {}
    derived = media.derived
    if not layout.get("words") or derived is None or not derived.file:
        return False
    source = media.original
    if source is None or not source.file or source.purged_at is not None:
        raise ReviewError(IMAGE_SOURCE_GONE)
    spans = RedactionSpan.objects.filter(media=media, active=True).values_list(
        "start", "end", "label"
    )
    try:
        with default_storage.open(source.file.name, "rb") as fh:
            redrawn = redraw_screenshot(
                fh, layout=layout, spans=spans, max_pixels=settings.ARCHIEF_MAX_IMAGE_PIXELS
            )
    except (OSError, ImageRejected):
        raise ReviewError(IMAGE_SOURCE_GONE) from None
    name = derived.file.name
    # Same name and key: the blacked-out file is replaced, never added to.
    default_storage.delete(name)
    saved = default_storage.save(name, ContentFile(redrawn.data))
    if saved != name:  # pragma: no cover - a storage that renames would break the fixed name
        default_storage.delete(saved)
        raise ReviewError("De afbeelding kon niet worden bijgewerkt. Meld dit bij de beheerder.")
    derived.sha256 = hashlib.sha256(redrawn.data).hexdigest()
    derived.size = len(redrawn.data)
    derived.save(update_fields=["sha256", "size"])
    return True


def redaction_toggle(*, span_id: int, user, request=None) -> RedactionSpan:
    """Switch one redaction off (the text shows again) or back on; the redacted text follows."""
    with transaction.atomic():
        span = RedactionSpan.objects.select_related("message", "media").get(pk=span_id)
        _lock_reviewable(span.submission_id)
        span.active = not span.active
        span.changed_by = user
        span.changed_at = timezone.now()
        span.save(update_fields=["active", "changed_by", "changed_at"])
        _refresh_redacted(message=span.message, media=span.media)
        redrawn = span.media is not None and _redraw_image(span.media)
        audit_log(
            action="weglating.aangezet" if span.active else "weglating.ongedaan",
            actor=user,
            obj=span.submission,
            request=request,
            detail={
                "weglating": span.pk,
                "soort": span.label,
                "bericht": span.message_id,
                "bijlage": span.media_id,
                "afbeelding_bijgewerkt": redrawn,
            },
        )
    return span


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
    with transaction.atomic():
        submission = _lock_reviewable(submission_id)
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
        try:
            review_text.check_new_span(text, start, end, existing.values_list("start", "end"))
        except review_text.OverlapError as exc:
            raise ReviewError(exc.message) from None
        except ValueError:
            raise ReviewError("Selecteer een stuk tekst in het bericht.") from None
        span = RedactionSpan.objects.create(
            submission=submission,
            message_id=message_id,
            media_id=media_id,
            start=start,
            end=end,
            label=label,
            source="handmatig",
            changed_by=user,
            changed_at=timezone.now(),
        )
        if message_id is not None:
            _refresh_redacted(message=owner)
        else:
            _refresh_redacted(media=owner)
        redrawn = media_id is not None and _redraw_image(owner)
        audit_log(
            action="weglating.toegevoegd",
            actor=user,
            obj=submission,
            request=request,
            detail={
                "weglating": span.pk,
                "soort": label,
                "bericht": message_id,
                "bijlage": media_id,
                "lengte": end - start,
                "afbeelding_bijgewerkt": redrawn,
            },
        )
    return span


# --- selection and date order -----------------------------------------------------------------


def messages_select(*, submission_id: int, message_ids: Collection[int], user, request=None) -> int:
    """Keep exactly `message_ids` in the record; returns how many messages are selected."""
    wanted = {int(pk) for pk in message_ids}
    with transaction.atomic():
        submission = _lock_reviewable(submission_id)
        messages = Message.objects.filter(submission=submission)
        total = messages.count()
        messages.filter(pk__in=wanted).exclude(in_record=True).update(in_record=True)
        messages.exclude(pk__in=wanted).exclude(in_record=False).update(in_record=False)
        selected = messages.filter(in_record=True).count()
        audit_log(
            action="inzending.selectie_gewijzigd",
            actor=user,
            obj=submission,
            request=request,
            detail={"geselecteerd": selected, "totaal": total},
        )
    return selected


def message_ids_in_range(*, submission_id: int, first_seq: int, last_seq: int) -> list[int]:
    """Ids of the messages numbered first_seq..last_seq (inclusive, either order)."""
    low, high = sorted((first_seq, last_seq))
    return list(
        Message.objects.filter(
            submission_id=submission_id, seq__gte=low, seq__lte=high
        ).values_list("pk", flat=True)
    )


def _swap_day_month(moment: datetime) -> datetime:
    local = timezone.localtime(moment)
    swapped = local.replace(tzinfo=None, day=local.month, month=local.day)
    return timezone.make_aware(swapped)


def date_order_confirm(*, submission_id: int, date_order: str, user, request=None) -> Submission:
    """Settle day-month order: keep the parser's reading or swap day and month of every date."""
    if date_order not in DATE_ORDERS:
        raise ReviewError("Kies dag-maand-jaar of maand-dag-jaar.")
    with transaction.atomic():
        submission = _lock_reviewable(submission_id)
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
                        f"Die volgorde kan niet: bericht {message.seq} krijgt dan een datum "
                        "die niet bestaat."
                    ) from None
                updated.append(message)
            Message.objects.bulk_update(updated, ["sent_at"], batch_size=500)
            changed = len(updated)
        detected["date_order"] = date_order
        detected["date_order_confident"] = True
        detected["date_order_confirmed"] = True
        submission.detected_format = detected
        submission.date_order_uncertain = False
        submission.save(update_fields=["detected_format", "date_order_uncertain"])
        audit_log(
            action="inzending.datumvolgorde_bevestigd",
            actor=user,
            obj=submission,
            request=request,
            detail={"volgorde": date_order, "was": current, "berichten_aangepast": changed},
        )
    return submission


# --- decisions --------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class ChecksumReport:
    checked: int
    recorded: int  # files that had no checksum yet


def _sha256_of(name: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with default_storage.open(name, "rb") as fh:
        while chunk := fh.read(CHUNK_SIZE):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def checksums_verify(*, submission: Submission) -> ChecksumReport:
    """Recompute the SHA-256 of every stored file; record missing ones, refuse on a mismatch."""
    checked = recorded = 0
    for stored in StoredFile.objects.filter(submission=submission, purged_at__isnull=True):
        if not stored.file:
            continue
        try:
            sha256, size = _sha256_of(stored.file.name)
        except OSError:
            raise ReviewError(
                f"Bestand {stored.pk} van deze inzending ontbreekt in de opslag; archiveren is "
                "gestopt. Meld dit bij de beheerder."
            ) from None
        if not stored.sha256:
            StoredFile.objects.filter(pk=stored.pk).update(sha256=sha256, size=size)
            recorded += 1
        elif stored.sha256 != sha256:
            raise ReviewError(
                f"De controlesom van bestand {stored.pk} klopt niet meer: het bestand is "
                "veranderd sinds het werd opgeslagen. Archiveren is gestopt; meld dit bij de "
                "beheerder."
            )
        checked += 1
    return ChecksumReport(checked=checked, recorded=recorded)


def record_messages(submission: Submission) -> list[RenderMessage]:
    """The selected messages (and loose screenshots) as redacted data for the rendition."""
    participants = {
        p.pk: p.pseudonym
        for p in Participant.objects.filter(submission=submission).only("pk", "pseudonym")
    }
    media_by_message: dict[int | None, list[MediaItem]] = {}
    for item in MediaItem.objects.filter(submission=submission).select_related("derived"):
        media_by_message.setdefault(item.message_id, []).append(item)

    def images(items: list[MediaItem]) -> tuple[tuple[RenderImage, ...], tuple[str, ...]]:
        shown, named = [], []
        for item in items:
            derived = item.derived
            if (
                derived
                and derived.file
                and derived.purged_at is None
                and derived.mime_type.startswith("image/")
            ):
                with default_storage.open(derived.file.name, "rb") as fh:
                    data = fh.read()
                shown.append(
                    RenderImage(
                        data=data,
                        mime_type=derived.mime_type,
                        caption=f"Bijlage {item.seq + 1}",
                        ocr_text=item.ocr_text_redacted,
                    )
                )
            else:
                named.append(f"{media_label(item.mime_type)} (bijlage {item.seq + 1})")
        return tuple(shown), tuple(named)

    rendered: list[RenderMessage] = []
    messages = (
        Message.objects.filter(submission=submission, in_record=True)
        .only("pk", "seq", "sent_at", "participant_id", "kind", "text_redacted")
        .order_by("seq")
    )
    for message in messages:
        shown, named = images(media_by_message.get(message.pk, []))
        rendered.append(
            RenderMessage(
                seq=message.seq,
                author=participants.get(message.participant_id, ""),
                text=message.text_redacted,
                sent_at=message.sent_at,
                kind="system" if message.kind == MessageKind.SYSTEM else message.kind,
                images=shown,
                attachments=named,
            )
        )
    loose = media_by_message.get(None, [])
    if loose:
        # Screenshots stand on their own: one entry each, after any messages.
        for item in loose:
            shown, named = images([item])
            rendered.append(
                RenderMessage(
                    seq=item.seq, author="", text="", kind="media", images=shown, attachments=named
                )
            )
    return rendered


def _rendition_metadata(
    submission: Submission, zaak: Zaak, archiefactie: Archiefactie, user, count: int
) -> list[tuple[str, str]]:
    resultaat = zaak.resultaat
    rows = [
        ("Zaak", f"{zaak.zaaknummer} – {zaak.omschrijving}"),
        ("Zaaktype", str(zaak.zaaktype) if zaak.zaaktype_id else "–"),
        ("Resultaat (selectielijst)", str(resultaat) if resultaat else "–"),
        ("Archiefnominatie", zaak.get_archiefnominatie_display() or "–"),
        (
            "Bewaartermijn",
            format_duration(archiefactie.bewaartermijn) if archiefactie.bewaartermijn else "–",
        ),
        (
            "Archiefactiedatum",
            archiefactie.archiefactiedatum.strftime("%d-%m-%Y")
            if archiefactie.archiefactiedatum
            else "volgt zodra de zaak is afgesloten"
            if archiefactie.bewaartermijn
            else "–",
        ),
        ("Onderwerp", submission.onderwerp),
        ("Afdeling", submission.get_afdeling_display()),
        ("Gesprek met", submission.get_gesprekspartner_display()),
        ("Ingediend op", timezone.localtime(submission.created_at).strftime("%d-%m-%Y %H:%M")),
        ("Gearchiveerd door", user.get_full_name() or user.get_username()),
        ("Aantal berichten in dit archiefstuk", str(count)),
        ("Kenmerk inzending", str(submission.uuid)),
    ]
    return rows


def _store_rendition(submission: Submission, pdf: bytes) -> StoredFile:
    # One fixed name per submission: a second run overwrites instead of leaving a stray file.
    name = derived_name(submission, "archiefstuk", ".pdf")
    for old in StoredFile.objects.filter(submission=submission, derived_key=RENDITION_KEY):
        if old.file and old.file.name != name:
            default_storage.delete(old.file.name)
        old.delete()
    if default_storage.exists(name):
        default_storage.delete(name)
    saved = default_storage.save(name, ContentFile(pdf))
    stored = StoredFile(
        submission=submission,
        role=FileRole.DERIVED,
        original_name=f"archiefstuk-{submission.uuid}.pdf",
        derived_key=RENDITION_KEY,
        size=len(pdf),
        sha256=hashlib.sha256(pdf).hexdigest(),
        mime_type="application/pdf",
    )
    stored.file.name = saved
    stored.save()
    return stored


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
        submission = _lock_reviewable(submission_id)
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
        submission.rendition_state = RenditionState.BEZIG
        submission.rendition_done_at = None
        submission.rendition_attempts = 0
        submission.rendition_error = ""
        # The sweep re-queues the rendition when this queueing gets lost (see chats.tasks).
        submission.enqueued_at = now
        submission.set_status(SubmissionStatus.GEARCHIVEERD)
        submission.save()
        audit_log(
            action="inzending.gearchiveerd",
            actor=user,
            obj=submission,
            request=request,
            detail={
                "zaak": zaak.pk,
                "zaaknummer": zaak.zaaknummer,
                "resultaat": zaak.resultaat.nummer,
                "archiefnominatie": archiefactie.archiefnominatie,
                "bewaartermijn": archiefactie.bewaartermijn,
                "archiefactiedatum": (
                    archiefactie.archiefactiedatum.isoformat()
                    if archiefactie.archiefactiedatum
                    else None
                ),
                "berichten": Message.objects.filter(submission=submission, in_record=True).count(),
            },
        )
        transaction.on_commit(lambda: _queue_rendition(submission.pk))
    return submission


def _queue_rendition(submission_id: int) -> None:
    from .tasks import enqueue_archive_completion

    enqueue_archive_completion(submission_id)


RENDITION_FAILED = (
    "Het archiefstuk (PDF) kon niet worden gemaakt: {reason} Probeer het opnieuw; lukt het dan "
    "nog niet, meld het bij de beheerder."
)
RENDITION_OUTAGE = (
    "Het archiefstuk (PDF) kon door een storing nog niet worden gemaakt. Het systeem probeert "
    "het later opnieuw; u kunt het ook nu opnieuw proberen."
)
RENDITION_TOO_MANY_ATTEMPTS = (
    "Het maken van het archiefstuk (PDF) is na {attempts} pogingen gestopt, omdat het steeds "
    "vastliep. Probeer het opnieuw; lukt het dan nog niet, meld het bij de beheerder."
)


@dataclass(frozen=True)
class ArchiveCompletion:
    submission_id: int
    done: bool  # this call made the rendition
    skipped: str = ""  # why nothing was done: "klaar", "niet_gearchiveerd", "mislukt", ...


def _rendition_failed(submission_id: int, *, message: str, result: str) -> None:
    """Put a rendition that cannot succeed by itself on hold for Informatiebeheer."""
    with transaction.atomic():
        updated = Submission.objects.filter(
            pk=submission_id,
            status=SubmissionStatus.GEARCHIVEERD,
            rendition_state__in=(RenditionState.BEZIG, RenditionState.STORING),
        ).update(rendition_state=RenditionState.MISLUKT, rendition_error=message)
        if updated:
            audit_log(
                action="inzending.archiefstuk_gemaakt",
                obj=Submission.objects.get(pk=submission_id),
                result=result,
            )


def archive_rendition_outage(*, submission_id: int) -> None:
    """Note that retries ran out on a passing failure; the sweep and DI can try again."""
    Submission.objects.filter(
        pk=submission_id,
        status=SubmissionStatus.GEARCHIVEERD,
        rendition_state=RenditionState.BEZIG,
    ).update(rendition_state=RenditionState.STORING, rendition_error=RENDITION_OUTAGE)


def archive_complete(*, submission_id: int) -> ArchiveCompletion:
    """Finish an archive decision: checksums, PDF/A rendition, then purge, mail and signal.

    Idempotent: the submission row is locked for the whole run and only a pending rendition is
    worked on, so a second run (or a second delivery) finds it done and does nothing. A wrong
    checksum or a PDF that cannot be made puts it on hold with a Dutch reason for
    Informatiebeheer; database and storage errors propagate so the task retries them.
    """
    pending = (RenditionState.BEZIG, RenditionState.STORING)
    # Count the attempt in its own transaction, so a run that kills the worker still counts.
    attempts = Submission.objects.filter(
        pk=submission_id,
        status=SubmissionStatus.GEARCHIVEERD,
        rendition_state__in=pending,
    ).update(rendition_attempts=models.F("rendition_attempts") + 1)
    if not attempts:
        return ArchiveCompletion(submission_id, done=False, skipped="niet_nodig")
    failure = result = ""
    with transaction.atomic():
        # The row stays locked until the PDF is stored: a second delivery waits here and then
        # finds the rendition done.
        submission = (
            Submission.objects.select_for_update(of=("self",))
            .select_related("zaak__resultaat", "zaak__zaaktype", "reviewed_by")
            .filter(pk=submission_id)
            .first()
        )
        if submission is None or submission.status != SubmissionStatus.GEARCHIVEERD:
            return ArchiveCompletion(submission_id, done=False, skipped="niet_gearchiveerd")
        if submission.rendition_state not in pending:
            return ArchiveCompletion(submission_id, done=False, skipped="klaar")
        max_attempts = settings.ARCHIEF_MAX_ATTEMPTS
        if submission.rendition_attempts > max_attempts:
            failure = RENDITION_TOO_MANY_ATTEMPTS.format(attempts=max_attempts)
            result = "te_veel_pogingen"
        else:
            try:
                report = checksums_verify(submission=submission)
                messages = record_messages(submission)
                zaak = submission.zaak
                pdf = render_messages_pdf(
                    title=f"WhatsAppgesprek: {submission.onderwerp}",
                    metadata=_rendition_metadata(
                        submission,
                        zaak,
                        zaak.compute_archiefactie(),
                        submission.reviewed_by,
                        len(messages),
                    ),
                    messages=messages,
                )
            except ReviewError as exc:
                failure, result = exc.message, "controlesom_fout"
            except RenditionError as exc:
                failure, result = RENDITION_FAILED.format(reason=exc.message), "pdf_fout"
        if not failure:
            rendition = _store_rendition(submission, pdf)
            try:
                submission.rendition_state = RenditionState.KLAAR
                submission.rendition_done_at = timezone.now()
                submission.rendition_error = ""
                submission.save(
                    update_fields=["rendition_state", "rendition_done_at", "rendition_error"]
                )
                audit_log(
                    action="inzending.archiefstuk_gemaakt",
                    obj=submission,
                    detail={
                        "berichten": len(messages),
                        "pdf": rendition.pk,
                        "pdf_sha256": rendition.sha256,
                        "bestanden_gecontroleerd": report.checked,
                        "controlesommen_vastgelegd": report.recorded,
                        "poging": submission.rendition_attempts,
                    },
                )
            except Exception:
                default_storage.delete(rendition.file.name)
                raise
            transaction.on_commit(lambda: _after_archive(submission_id))
    if failure:
        _rendition_failed(submission_id, message=failure, result=result)
        logger.warning("archive of submission %s on hold (%s)", submission_id, result)
        return ArchiveCompletion(submission_id, done=False, skipped="mislukt")
    return ArchiveCompletion(submission_id, done=True)


def archive_rendition_retry(*, submission_id: int, user, request=None) -> Submission:
    """Informatiebeheer tries a rendition on hold again (after a failure or an outage)."""
    with transaction.atomic():
        submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
        if (
            submission is None
            or submission.status != SubmissionStatus.GEARCHIVEERD
            or submission.rendition_state == RenditionState.KLAAR
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
        audit_log(
            action="inzending.archiefstuk_opnieuw",
            actor=user,
            obj=submission,
            request=request,
        )
        transaction.on_commit(lambda: _queue_rendition(submission_id))
    return submission


def _after_archive(submission_id: int) -> None:
    from .signals import submission_archived

    _after_decision(submission_id, purge=True)
    # The archive is done; a listener's failure (e.g. the Woo index) must not turn it into an
    # error page. It is logged with the id so it can be redone.
    for receiver, result in submission_archived.send_robust(
        sender=Submission, submission_id=submission_id
    ):
        if isinstance(result, Exception):
            logger.error(
                "submission_archived receiver %s failed for submission %s: %s",
                getattr(receiver, "__qualname__", receiver),
                submission_id,
                type(result).__name__,
            )


def _after_decision(submission_id: int, *, purge: bool) -> None:
    """After a decision commits: purge at once (without a purge period) and tell the submitter."""
    from .purge import originals_purge
    from .review_mail import send_review_outcome

    if purge and settings.ARCHIEF_PURGE_ORIGINALS_AFTER.total_seconds() <= 0:
        try:
            originals_purge(submission_id=submission_id)
        except Exception:
            # The purge_originals command retries what is left; the decision itself succeeded.
            logger.exception("purge after the decision failed for submission %s", submission_id)
    send_review_outcome(submission_id=submission_id)


def review_reject(
    *, submission_id: int, reason: str, user, note: str = "", request=None
) -> Submission:
    """Reject the submission with a reason (and a note, required for ‘anders’); nothing is kept."""
    if reason not in RejectReason.values:
        raise ReviewError("Kies een reden voor de afwijzing.")
    note = (note or "").strip()
    if reason == RejectReason.ANDERS and not note:
        raise ReviewError("Licht de reden ‘Anders’ toe.")
    with transaction.atomic():
        submission = _lock_reviewable(submission_id)
        label = RejectReason(reason).label
        submission.review_note = f"{label}. {note}" if note else f"{label}."
        submission.reviewed_by = user
        submission.reviewed_at = timezone.now()
        submission.set_status(SubmissionStatus.AFGEWEZEN)
        submission.save()
        audit_log(
            action="inzending.afgewezen",
            actor=user,
            obj=submission,
            request=request,
            detail={"reden": reason},
        )
        transaction.on_commit(lambda: _after_decision(submission.pk, purge=True))
    return submission


def review_return_to_submitter(
    *, submission_id: int, question: str, user, request=None
) -> Submission:
    """Send the submission back to its submitter with a question; it stays open for review."""
    question = (question or "").strip()
    if not question:
        raise ReviewError("Schrijf de vraag aan de indiener.")
    with transaction.atomic():
        submission = _lock_reviewable(submission_id)
        submission.review_note = question
        submission.reviewed_by = user
        submission.reviewed_at = timezone.now()
        submission.set_status(SubmissionStatus.TERUG_NAAR_INDIENER)
        submission.save()
        audit_log(
            action="inzending.terug_naar_indiener",
            actor=user,
            obj=submission,
            request=request,
            detail={"lengte_vraag": len(question)},
        )
        transaction.on_commit(lambda: _after_decision(submission.pk, purge=False))
    return submission


def review_view_log(
    *, submission: Submission, user, request=None, what: str = "beoordeling"
) -> None:
    """Record that Informatiebeheer looked at a record (the page, the PDF, an attachment)."""
    audit_log(
        action="inzending.bekeken",
        actor=user,
        obj=submission,
        request=request,
        detail={"weergave": what, "status": submission.status},
    )
