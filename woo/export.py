"""Exports for a Woo request: the selected messages as PDF and the inventarislijst as CSV."""

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format

from chats.constants import ServingRole, UploadKind
from chats.models import Message, Submission
from chats.rendition import IMAGE_TYPES, RenderImage, RenderMessage, render_messages_pdf
from chats.selectors import servable_file

from .constants import Besluit, WooGrond
from .models import WooVerzoek
from .records import record_reference, visible_media

# A spreadsheet treats a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "Nr.",
    "Archiefstuk",
    "Bericht",
    "Datum",
    "Zaak",
    "Beoordeling",
    "Weigeringsgronden",
    "Toelichting",
)


@dataclass(frozen=True)
class ExportMessage:
    """One selected message, or one screenshot of a screenshot record, with its record reference
    and the decision that applies to it."""

    nummer: int
    record_ref: str
    submission_id: int
    message_id: int | None
    seq: int
    sent_at: datetime | None
    kind: str
    author: str
    text: str
    zaaknummer: str
    besluit: str
    gronden: tuple[str, ...]
    toelichting: str
    # A screenshot of a screenshot record: its media item and "Schermafbeelding 1 van 2".
    media_id: int | None = None
    label: str = ""

    @property
    def besluit_label(self) -> str:
        return dict(Besluit.choices).get(self.besluit, "Nog niet beoordeeld")

    @property
    def gronden_labels(self) -> tuple[str, ...]:
        labels = dict(WooGrond.choices)
        return tuple(labels.get(code, code) for code in self.gronden)


def _selection(verzoek: WooVerzoek):
    selecties = list(verzoek.selecties.filter(submission__isnull=False))
    whole = {s.submission_id: s for s in selecties if s.message_id is None}
    single = {s.message_id: s for s in selecties if s.message_id is not None}
    messages = Message.objects.archived().filter(
        Q(submission_id__in=whole.keys()) | Q(pk__in=single.keys())
    )
    return whole, single, messages


def _screenshots(whole_ids):
    """The screenshots of whole selected screenshot records (they have no messages)."""
    return visible_media().filter(
        submission__in=Submission.objects.archived().filter(
            pk__in=whole_ids, upload_kind=UploadKind.SCREENSHOTS
        ),
        message__isnull=True,
    )


def export_message_count(verzoek: WooVerzoek) -> int:
    """How many messages (and screenshots) the exports of this request hold."""
    whole, _, messages = _selection(verzoek)
    return messages.count() + _screenshots(whole.keys()).count()


def export_messages(verzoek: WooVerzoek) -> list[ExportMessage]:
    """Exactly the selected messages: all record messages of whole records plus single ones.

    Only redacted text of archived records; a message chosen on its own carries its own
    decision, otherwise the decision on the whole record applies. A screenshot record has no
    messages: each of its screenshots is an item of its own, after the record's messages.
    """
    whole, single, messages = _selection(verzoek)
    messages = (
        messages.select_related("participant", "submission__zaak")
        .only(
            "pk",
            "seq",
            "sent_at",
            "kind",
            "text_redacted",
            "submission_id",
            "participant__pseudonym",
            "submission__zaak__zaaknummer",
            "submission__zaaknummer",
        )
        .order_by("submission_id", "seq")
    )
    entries = []
    for message in messages:
        selectie = single.get(message.pk) or whole[message.submission_id]
        zaak = message.submission.zaak
        entries.append(
            (
                (message.submission_id, 0, message.seq),
                {
                    "record_ref": record_reference(message.submission_id),
                    "submission_id": message.submission_id,
                    "message_id": message.pk,
                    "seq": message.seq,
                    "sent_at": message.sent_at,
                    "kind": message.kind,
                    "author": message.participant.pseudonym if message.participant else "",
                    "text": message.text_redacted,
                    "zaaknummer": zaak.zaaknummer if zaak else message.submission.zaaknummer,
                    "besluit": selectie.besluit,
                    "gronden": tuple(selectie.gronden),
                    "toelichting": selectie.toelichting,
                },
            )
        )
    screenshots = list(
        _screenshots(whole.keys())
        .select_related("submission__zaak")
        .only(
            "pk",
            "seq",
            "submission_id",
            "submission__zaaknummer",
            "submission__zaak__zaaknummer",
        )
        .order_by("submission_id", "seq")
    )
    per_record: dict[int, int] = {}
    for item in screenshots:
        per_record[item.submission_id] = per_record.get(item.submission_id, 0) + 1
    numbers: dict[int, int] = {}
    for item in screenshots:
        selectie = whole[item.submission_id]
        zaak = item.submission.zaak
        number = numbers[item.submission_id] = numbers.get(item.submission_id, 0) + 1
        entries.append(
            (
                (item.submission_id, 1, item.seq),
                {
                    "record_ref": record_reference(item.submission_id),
                    "submission_id": item.submission_id,
                    "message_id": None,
                    "media_id": item.pk,
                    "label": f"Schermafbeelding {number} van {per_record[item.submission_id]}",
                    "seq": item.seq,
                    "sent_at": None,
                    "kind": "screenshot",
                    "author": "",
                    "text": "",
                    "zaaknummer": zaak.zaaknummer if zaak else item.submission.zaaknummer,
                    "besluit": selectie.besluit,
                    "gronden": tuple(selectie.gronden),
                    "toelichting": selectie.toelichting,
                },
            )
        )
    entries.sort(key=lambda entry: entry[0])
    return [
        ExportMessage(nummer=number, **fields)
        for number, (_, fields) in enumerate(entries, start=1)
    ]


def csv_safe(value: object) -> str:
    """A cell value that no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _local(moment: datetime | None) -> str:
    return timezone.localtime(moment).strftime("%d-%m-%Y %H:%M") if moment else ""


def inventory_csv(verzoek: WooVerzoek, items: list[ExportMessage]) -> bytes:
    """The inventarislijst: one row per selected message; UTF-8 with BOM and ';' for Excel."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for item in items:
        writer.writerow(
            csv_safe(value)
            for value in (
                item.nummer,
                item.record_ref,
                item.label or item.seq,
                _local(item.sent_at),
                item.zaaknummer,
                item.besluit_label,
                "; ".join(item.gronden_labels),
                item.toelichting,
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _images(items: list[ExportMessage]) -> dict[tuple[str, int], list[RenderImage]]:
    """Cleaned images of the selected messages and screenshots, read through the storage API.

    Keyed by ("message", id) for a message's attachments and ("media", id) for a screenshot.
    """
    message_ids = [item.message_id for item in items if item.message_id is not None]
    media_ids = [item.media_id for item in items if item.media_id is not None]
    media = (
        visible_media()
        .filter(Q(message_id__in=message_ids) | Q(pk__in=media_ids, message__isnull=True))
        .select_related("derived")
    )
    images: dict[tuple[str, int], list[RenderImage]] = {}
    for item in media:
        stored = servable_file(item, for_role=ServingRole.WOO)
        if stored is None or stored.mime_type not in IMAGE_TYPES:
            continue
        mime_type = stored.mime_type
        with stored.file.open("rb") as handle:
            data = handle.read()
        key = ("message", item.message_id) if item.message_id else ("media", item.pk)
        images.setdefault(key, []).append(
            RenderImage(data=data, mime_type=mime_type, ocr_text=item.ocr_text_redacted)
        )
    return images


def _image_key(item: ExportMessage) -> tuple[str, int]:
    if item.media_id is not None:
        return ("media", item.media_id)
    return ("message", item.message_id)


def export_pdf(verzoek: WooVerzoek, items: list[ExportMessage]) -> bytes:
    """The selected, redacted messages as one PDF/A document, each with its record reference.

    Made by the archive's own rendition (chats.rendition); the record reference goes in front
    of the author so every message says which record it came from.
    """
    images = _images(items)
    screenshots = sum(1 for item in items if item.media_id is not None)
    records: dict[str, str] = {}
    for item in items:
        records.setdefault(item.record_ref, item.zaaknummer)
    metadata = [
        ("Woo-verzoek", verzoek.nummer),
        ("Onderwerp", verzoek.onderwerp),
        ("Ontvangen op", date_format(verzoek.ontvangen_op, "j F Y")),
        ("Aantal berichten", str(len(items) - screenshots)),
        (
            "Archiefstukken",
            ", ".join(f"{ref} (zaak {zaak})" if zaak else ref for ref, zaak in records.items())
            or "geen",
        ),
    ]
    if screenshots:
        metadata.insert(4, ("Aantal schermafbeeldingen", str(screenshots)))
    messages = [
        RenderMessage(
            seq=item.seq,
            author=f"{item.record_ref} · {item.author}" if item.author else item.record_ref,
            text=item.text,
            sent_at=item.sent_at,
            kind=item.kind,
            images=tuple(images.get(_image_key(item), ())),
            label=f"{item.record_ref} · {item.label}" if item.label else "",
        )
        for item in items
    ]
    return render_messages_pdf(
        title=f"Woo-verzoek {verzoek.nummer}: geselecteerde berichten",
        metadata=metadata,
        messages=messages,
    )
