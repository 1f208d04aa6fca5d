"""Worker side of archiving: what completes a decision after Informatiebeheer archived a record.

`archive_complete` runs in the Celery worker (task `chats.tasks.complete_archive`): it verifies
the stored files' checksums, renders the selected, redacted conversation as PDF/A, stores it,
then purges the originals, tells the submitter and sends `submission_archived`. Nothing here runs
in the review request; the request-side decision is `chats.review.services.review_archive`.
"""

from __future__ import annotations

import logging
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.utils import timezone

from audit import events
from zaken.models import Zaak
from zaken.retention import Archiefactie, format_duration

from .constants import (
    MEDIA_RELEASE_SERVABLE,
    RENDITION_KEY,
    RENDITION_PENDING,
    FileRole,
    MediaRelease,
    MessageKind,
    RenditionState,
    ServingRole,
    SubmissionStatus,
    UploadKind,
)
from .fixity import sha256_of_stored, sha256_of_stream
from .media_labels import media_label, upload_file_kind, upload_file_label
from .models import MediaItem, Message, Participant, StoredFile, Submission
from .outcome import after_decision
from .pdf_pages import PDF_TEXT_HEADING, PDF_TYPE, pdf_attachment_images
from .pipeline.store import derived_name
from .purge import keep_person_digests, zaak_omschrijving_redacted
from .rendition import RenderImage, RenderMessage, RenditionError, write_messages_pdf
from .selectors import servable_file
from .signals import submission_archived
from .wording import record_reference

logger = logging.getLogger(__name__)


class RecordIntegrityError(Exception):
    """A stored file is missing or changed; `message` is Dutch, for Informatiebeheer."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ChecksumReport:
    checked: int
    recorded: int  # files that had no checksum yet


def checksums_verify(*, submission: Submission) -> ChecksumReport:
    """Recompute the SHA-256 of every stored file; record missing ones, refuse on a mismatch."""
    checked = recorded = 0
    for stored in StoredFile.objects.filter(submission=submission, purged_at__isnull=True):
        if not stored.file:
            continue
        try:
            sha256, size = sha256_of_stored(stored.file.name)
        except OSError:
            raise RecordIntegrityError(
                f"Bestand {stored.pk} van deze inzending ontbreekt in de opslag; archiveren is "
                "gestopt. Meld dit bij de beheerder."
            ) from None
        if not stored.sha256:
            StoredFile.objects.filter(pk=stored.pk).update(sha256=sha256, size=size)
            recorded += 1
        elif stored.sha256 != sha256:
            raise RecordIntegrityError(
                f"De controlesom van bestand {stored.pk} klopt niet meer: het bestand is "
                "veranderd sinds het werd opgeslagen. Archiveren is gestopt; meld dit bij de "
                "beheerder."
            )
        checked += 1
    return ChecksumReport(checked=checked, recorded=recorded)


def _media_of(submission: Submission) -> dict[int | None, list[MediaItem]]:
    """The submission's media (rows only, no file contents) by message id; None: loose."""
    media: dict[int | None, list[MediaItem]] = {}
    for item in MediaItem.objects.filter(submission=submission).select_related("derived"):
        media.setdefault(item.message_id, []).append(item)
    return media


# Why an attachment is not in the archive PDF, said instead of its content.
WITHHELD_CONTACT_CARD = "niet opgenomen, een contactkaart wordt nooit opgenomen"
WITHHELD_PASSAGE_READABLE = (
    "niet opgenomen, er is tekst in weggelakt die in het bestand nog leesbaar is"
)
WITHHELD_BY_IB = "achtergehouden door Informatiebeheer, niet opgenomen"
WITHHELD_NO_COPY = "niet opgenomen, er is geen geanonimiseerde versie"


def _withheld_reason(item: MediaItem) -> str:
    """Why servable_file gives the archive PDF nothing of `item` (same checks, same order)."""
    if item.release == MediaRelease.NOOIT:
        return WITHHELD_CONTACT_CARD
    if item.release not in MEDIA_RELEASE_SERVABLE:
        return WITHHELD_BY_IB
    if item.passage_readable_since is not None:
        return WITHHELD_PASSAGE_READABLE
    return WITHHELD_NO_COPY


def _read(stored: StoredFile) -> bytes:
    with default_storage.open(stored.file.name, "rb") as fh:
        return fh.read()


def _images(items: list[MediaItem]) -> tuple[tuple[RenderImage, ...], tuple[str, ...]]:
    """The shown images and PDF pages (read from storage now) and the names of the other
    attachments; a withheld one with why it is not shown."""
    shown, named = [], []
    for item in items:
        label, number = media_label(item.mime_type), item.seq + 1
        # Only a redacted derivative or a released item (chats.selectors.servable_file).
        derived = servable_file(item, for_role=ServingRole.ARCHIVE)
        if derived is None:
            named.append(f"{label} (bijlage {number}): {_withheld_reason(item)}")
        elif derived.mime_type.startswith("image/"):
            shown.append(
                RenderImage(
                    data=_read(derived),
                    mime_type=derived.mime_type,
                    caption=f"Bijlage {number}",
                    ocr_text=item.ocr_text_redacted,
                )
            )
        elif derived.mime_type == PDF_TYPE:
            # Its redacted pages as images (at most PDF_MAX_PAGES; the caption says when pages
            # were left out), with its redacted text under the last one.
            text = item.ocr_text_redacted or ""
            pages, _drawn = pdf_attachment_images(
                _read(derived),
                label=label,
                number=number,
                text={"ocr_text": text, "ocr_heading": PDF_TEXT_HEADING} if text.strip() else {},
                media_id=item.pk,
            )
            shown.extend(pages)
        else:
            named.append(f"{label} (bijlage {number})")
    return tuple(shown), tuple(named)


def _record_messages_query(submission: Submission):
    return (
        Message.objects.filter(submission=submission, in_record=True)
        .only("pk", "seq", "sent_at", "participant_id", "kind", "text_redacted")
        .order_by("seq")
    )


def _loose_label(submission: Submission, item: MediaItem, number: int, total: int) -> str:
    if submission.upload_kind == UploadKind.SCREENSHOTS:
        # (a PDF uploaded with the screenshots is named as one: "PDF-document 3 van 3")
        return f"{upload_file_label(item.mime_type, number)} van {total}"
    return f"Bijlage zonder bericht {number} van {total}"


def record_entry_count(submission: Submission) -> int:
    """How many entries the record's PDF holds: selected messages plus loose screenshots."""
    loose = MediaItem.objects.filter(submission=submission, message__isnull=True).count()
    return _record_messages_query(submission).count() + loose


def record_messages(submission: Submission, *, batch_size: int = 2000) -> Iterator[RenderMessage]:
    """The selected messages (and loose screenshots) as redacted data for the rendition.

    A generator: messages are streamed from the database and each message's images are read
    from storage only when it is reached, so a record of any size is never in memory at once.
    """
    participants = {
        p.pk: p.pseudonym
        for p in Participant.objects.filter(submission=submission).only("pk", "pseudonym")
    }
    media_by_message = _media_of(submission)
    for message in _record_messages_query(submission).iterator(chunk_size=batch_size):
        shown, named = _images(media_by_message.get(message.pk, []))
        yield RenderMessage(
            seq=message.seq,
            author=participants.get(message.participant_id, ""),
            text=message.text_redacted,
            sent_at=message.sent_at,
            kind="system" if message.kind == MessageKind.SYSTEM else message.kind,
            images=shown,
            attachments=named,
        )
    # Screenshots stand on their own: one entry each, after any messages, shown as what they
    # are ("Schermafbeelding 1 van 2") instead of as a message with an unknown time.
    loose = media_by_message.get(None, [])
    for number, item in enumerate(loose, start=1):
        shown, named = _images([item])
        yield RenderMessage(
            seq=item.seq,
            author="",
            text="",
            kind="screenshot",
            images=shown,
            attachments=named,
            label=_loose_label(submission, item, number, len(loose)),
        )


def _rendition_metadata(
    submission: Submission, zaak: Zaak, archiefactie: Archiefactie, user, count: int
) -> list[tuple[str, str]]:
    resultaat = zaak.resultaat
    rows = [
        ("Zaak", f"{zaak.zaaknummer} – {zaak_omschrijving_redacted(submission)}"),
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
        ("Onderwerp", submission.onderwerp_redacted),
        ("Afdeling", submission.get_afdeling_display()),
        ("Gesprek met", submission.get_gesprekspartner_display()),
        ("Ingediend op", timezone.localtime(submission.created_at).strftime("%d-%m-%Y %H:%M")),
        ("Gearchiveerd door", user.get_full_name() or user.get_username()),
        *_count_rows(submission, count),
        # The number Woo, the inventarislijst and the exports know the record by; the UUID
        # names the storage folder of its files (submissions/<uuid>/).
        ("Kenmerk inzending", record_reference(submission.pk)),
        ("Opslagkenmerk", str(submission.uuid)),
    ]
    return rows


def _count_rows(submission: Submission, count: int) -> list[tuple[str, str]]:
    """How many entries the record holds; of a screenshots upload, the screenshots and apart
    from them the PDF documents uploaded with them (a PDF is no screenshot: upload_file_kind)."""
    if submission.upload_kind != UploadKind.SCREENSHOTS:
        return [("Aantal berichten in dit archiefstuk", str(count))]
    kinds = Counter(
        upload_file_kind(mime)
        for mime in MediaItem.objects.filter(submission=submission, message__isnull=True)
        .exclude(mime_type__istartswith="image/")
        .values_list("mime_type", flat=True)
    )
    documents = kinds.pop("PDF-document", 0)
    others = sum(kinds.values())
    rows = [("Aantal schermafbeeldingen in dit archiefstuk", str(count - documents - others))]
    if documents:
        rows.append(("Aantal PDF-documenten in dit archiefstuk", str(documents)))
    if others:
        rows.append(("Aantal andere bestanden in dit archiefstuk", str(others)))
    return rows


def _store_rendition(submission: Submission, pdf: Path) -> StoredFile:
    # One fixed name per submission: a second run overwrites instead of leaving a stray file.
    name = derived_name(submission, "archiefstuk", ".pdf")
    for old in StoredFile.objects.filter(submission=submission, derived_key=RENDITION_KEY):
        if old.file and old.file.name != name:
            default_storage.delete(old.file.name)
        old.delete()
    if default_storage.exists(name):
        default_storage.delete(name)
    with pdf.open("rb") as fh:
        sha256, size = sha256_of_stream(fh)
        fh.seek(0)
        saved = default_storage.save(name, File(fh))
    stored = StoredFile(
        submission=submission,
        role=FileRole.DERIVED,
        original_name=f"archiefstuk-{submission.uuid}.pdf",
        derived_key=RENDITION_KEY,
        size=size,
        sha256=sha256,
        mime_type="application/pdf",
    )
    stored.file.name = saved
    stored.save()
    return stored


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


# Renders of one run when the record's text keeps changing while its PDF is made.
RENDITION_MAX_RUNS = 5


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
            rendition_state__in=RENDITION_PENDING,
        ).update(rendition_state=RenditionState.MISLUKT, rendition_error=message)
        if updated:
            events.rendition_failed(
                submission=Submission.objects.get(pk=submission_id), result=result
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

    The PDF is rendered first, outside any transaction: it can take minutes, and a transaction
    that long holds SQLite's one write lock (`make run`: every page that writes failed with
    "database is locked") or the record's row lock. Then, in one short transaction with the row
    locked, the checksums are verified and the PDF is stored, only while the rendition is still
    pending: a second run (or a second delivery) finds it done and stores nothing. A wrong
    checksum or a PDF that cannot be made puts it on hold with a Dutch reason for
    Informatiebeheer; database and storage errors propagate so the task retries them.
    """
    # Count the attempt in its own transaction, so a run that kills the worker still counts.
    attempts = Submission.objects.filter(
        pk=submission_id,
        status=SubmissionStatus.GEARCHIVEERD,
        rendition_state__in=RENDITION_PENDING,
    ).update(rendition_attempts=models.F("rendition_attempts") + 1)
    if not attempts:
        return ArchiveCompletion(submission_id, done=False, skipped="niet_nodig")
    failure = result = ""
    settings.ARCHIEF_TEMP_ROOT.mkdir(parents=True, exist_ok=True)
    # The PDF is written to a private temporary file, not kept in memory: it can be large.
    with tempfile.TemporaryDirectory(prefix="archiefstuk-", dir=settings.ARCHIEF_TEMP_ROOT) as tmp:
        for _run in range(RENDITION_MAX_RUNS):
            submission = _pending(submission_id)
            if isinstance(submission, ArchiveCompletion):
                return submission
            # Read before the text is: a redaction added while rendering raises it.
            generation = submission.rendition_generation
            pdf = Path(tmp) / "archiefstuk.pdf"
            max_attempts = settings.ARCHIEF_MAX_ATTEMPTS
            if submission.rendition_attempts > max_attempts:
                failure = RENDITION_TOO_MANY_ATTEMPTS.format(attempts=max_attempts)
                result = "te_veel_pogingen"
            else:
                try:
                    written = _render(submission, pdf)
                except RenditionError as exc:
                    failure, result = RENDITION_FAILED.format(reason=exc.message), "pdf_fout"
            if failure:
                break
            with transaction.atomic():
                # A second delivery waits here and then finds the rendition done.
                submission = _pending(submission_id, lock=True)
                if isinstance(submission, ArchiveCompletion):
                    return submission
                if submission.rendition_generation != generation:
                    # Blacked out further (or an attachment withheld) while this PDF was
                    # made from the older text: it must not stand; render again.
                    logger.info("archive of submission %s changed while rendering", submission_id)
                    continue
                try:
                    report = checksums_verify(submission=submission)
                except RecordIntegrityError as exc:
                    failure, result = exc.message, "controlesom_fout"
                else:
                    _store(submission, pdf, written, report)
            break
        else:
            # Still changing after every run: left pending (BEZIG) for the sweep to queue again.
            logger.warning("archive of submission %s kept changing while rendering", submission_id)
            return ArchiveCompletion(submission_id, done=False, skipped="gewijzigd")
    if failure:
        _rendition_failed(submission_id, message=failure, result=result)
        logger.warning("archive of submission %s on hold (%s)", submission_id, result)
        return ArchiveCompletion(submission_id, done=False, skipped="mislukt")
    return ArchiveCompletion(submission_id, done=True)


def _pending(submission_id: int, *, lock: bool = False) -> Submission | ArchiveCompletion:
    """The archived record whose rendition is still pending, or why there is nothing to do."""
    records = Submission.objects.select_related("zaak__resultaat", "zaak__zaaktype", "reviewed_by")
    if lock:
        records = records.select_for_update(of=("self",))
    submission = records.filter(pk=submission_id).first()
    if submission is None or submission.status != SubmissionStatus.GEARCHIVEERD:
        return ArchiveCompletion(submission_id, done=False, skipped="niet_gearchiveerd")
    if submission.rendition_state not in RENDITION_PENDING:
        return ArchiveCompletion(submission_id, done=False, skipped="klaar")
    return submission


def _render(submission: Submission, pdf: Path):
    """Write the record's PDF/A rendition to `pdf`; what it wrote (RenditionError if it can't)."""
    zaak = submission.zaak
    with pdf.open("wb") as output:
        return write_messages_pdf(
            output,
            title=f"WhatsAppgesprek: {submission.onderwerp_redacted}",
            metadata=_rendition_metadata(
                submission,
                zaak,
                zaak.compute_archiefactie(),
                submission.reviewed_by,
                record_entry_count(submission),
            ),
            messages=record_messages(submission),
        )


def _store(submission: Submission, pdf: Path, written, report) -> None:
    """Store the rendition and mark the record done (inside the locking transaction)."""
    rendition = _store_rendition(submission, pdf)
    # The record is searchable from now on: a search naming one of its persons is logged with
    # that name redacted (woo.services.search_log), also before the purge.
    keep_person_digests(submission)
    try:
        submission.rendition_state = RenditionState.KLAAR
        submission.rendition_done_at = timezone.now()
        submission.rendition_error = ""
        submission.save(update_fields=["rendition_state", "rendition_done_at", "rendition_error"])
        events.rendition_created(
            submission=submission,
            rendition=rendition,
            messages=written.messages,
            files_checked=report.checked,
            checksums_recorded=report.recorded,
        )
    except Exception:
        default_storage.delete(rendition.file.name)
        raise
    transaction.on_commit(lambda: _after_archive(submission.pk))


def _after_archive(submission_id: int) -> None:
    after_decision(submission_id, purge=True)
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
