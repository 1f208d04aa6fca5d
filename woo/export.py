"""Exports for a Woo request: the selected messages as PDF and the inventarislijst as CSV."""

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format

from chats.constants import ServingRole
from chats.models import Message
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
    """One selected message with its record reference and the decision that applies to it."""

    nummer: int
    record_ref: str
    submission_id: int
    message_id: int
    seq: int
    sent_at: datetime | None
    kind: str
    author: str
    text: str
    zaaknummer: str
    besluit: str
    gronden: tuple[str, ...]
    toelichting: str

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


def export_message_count(verzoek: WooVerzoek) -> int:
    """How many messages the exports of this request hold."""
    _, _, messages = _selection(verzoek)
    return messages.count()


def export_messages(verzoek: WooVerzoek) -> list[ExportMessage]:
    """Exactly the selected messages: all record messages of whole records plus single ones.

    Only redacted text of archived records; a message chosen on its own carries its own
    decision, otherwise the decision on the whole record applies.
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
    result = []
    for number, message in enumerate(messages, start=1):
        selectie = single.get(message.pk) or whole[message.submission_id]
        zaak = message.submission.zaak
        result.append(
            ExportMessage(
                nummer=number,
                record_ref=record_reference(message.submission_id),
                submission_id=message.submission_id,
                message_id=message.pk,
                seq=message.seq,
                sent_at=message.sent_at,
                kind=message.kind,
                author=message.participant.pseudonym if message.participant else "",
                text=message.text_redacted,
                zaaknummer=zaak.zaaknummer if zaak else message.submission.zaaknummer,
                besluit=selectie.besluit,
                gronden=tuple(selectie.gronden),
                toelichting=selectie.toelichting,
            )
        )
    return result


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
                item.seq,
                _local(item.sent_at),
                item.zaaknummer,
                item.besluit_label,
                "; ".join(item.gronden_labels),
                item.toelichting,
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _images(items: list[ExportMessage]) -> dict[int, list[RenderImage]]:
    """Cleaned images of the selected messages, read through the storage API."""
    media = (
        visible_media()
        .filter(message_id__in=[item.message_id for item in items])
        .select_related("derived")
    )
    images: dict[int, list[RenderImage]] = {}
    for item in media:
        stored = servable_file(item, for_role=ServingRole.WOO)
        if stored is None or stored.mime_type not in IMAGE_TYPES:
            continue
        mime_type = stored.mime_type
        with stored.file.open("rb") as handle:
            data = handle.read()
        images.setdefault(item.message_id, []).append(
            RenderImage(data=data, mime_type=mime_type, ocr_text=item.ocr_text_redacted)
        )
    return images


def export_pdf(verzoek: WooVerzoek, items: list[ExportMessage]) -> bytes:
    """The selected, redacted messages as one PDF/A document, each with its record reference.

    Made by the archive's own rendition (chats.rendition); the record reference goes in front
    of the author so every message says which record it came from.
    """
    images = _images(items)
    records: dict[str, str] = {}
    for item in items:
        records.setdefault(item.record_ref, item.zaaknummer)
    metadata = [
        ("Woo-verzoek", verzoek.nummer),
        ("Onderwerp", verzoek.onderwerp),
        ("Ontvangen op", date_format(verzoek.ontvangen_op, "j F Y")),
        ("Aantal berichten", str(len(items))),
        (
            "Archiefstukken",
            ", ".join(f"{ref} (zaak {zaak})" if zaak else ref for ref, zaak in records.items())
            or "geen",
        ),
    ]
    messages = [
        RenderMessage(
            seq=item.seq,
            author=f"{item.record_ref} · {item.author}" if item.author else item.record_ref,
            text=item.text,
            sent_at=item.sent_at,
            kind=item.kind,
            images=tuple(images.get(item.message_id, ())),
        )
        for item in items
    ]
    return render_messages_pdf(
        title=f"Woo-verzoek {verzoek.nummer}: geselecteerde berichten",
        metadata=metadata,
        messages=messages,
    )
