"""The release of a Woo decision: the PDF/A, the inventarislijst (XLSX and CSV), the verantwoording.

Only judged documents go out (the views refuse while anything is unassessed). The PDF shows
every withheld stretch as a box labelled with its ground code and a withheld document as one
line ("Bericht niet openbaar (5.1.2e)"); the withheld text is never passed to the renderer, so
it cannot be extracted. Screenshot areas are painted over in the image pixels themselves.
"""

import csv
import functools
import io
import logging
import re
import shutil
import tempfile
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format

from chats.constants import RENDITION_KEY, RENDITION_UNFINISHED, MediaRelease, ServingRole
from chats.fixity import sha256_of_stream
from chats.media_labels import media_label
from chats.models import MediaItem, StoredFile, Submission
from chats.pdf_pages import (
    PDF_TEXT_HEADING,
    PDF_TYPE,
    pdf_attachment_images,
    pdf_page_images,
    pdf_pages_drawn,
    pdf_picture_sizes,
)
from chats.pipeline.build import image_size
from chats.purge import free_text_redactor, persons_of_records
from chats.redaction.avmeta import MESSAGE_NOT_STRIPPED, MetadataNotStripped, strip_av_in_place
from chats.rendition import (
    IMAGE_TYPES,
    RenderImage,
    RenderMessage,
    write_html_pdf,
    write_messages_pdf,
)
from chats.selectors import pdf_pages_releasable, servable_file
from chats.wording import aantal

from . import grounds
from .blackout import Piece, all_blackouts, image_blackout_grounds, pieces, placeholder_blackouts
from .constants import Oordeel, PassageBron
from .documents import (
    RELEASES_THE_DOCUMENT,
    Document,
    documents,
    effective,
    judgement_of,
    judgements,
    officer_name,
    oordeel_label,
    record_judgement,
    selected_messages,
    text_changed,
)
from .models import WooPassage, WooVerzoek
from .ocr_boxes import boxes_by_reading, boxes_known, fitted_boxes, passage_boxes
from .pdf_boxes import PageBoxes, pdf_boxes_by_reading, pdf_passage_boxes, pdf_places_known
from .records import record_reference, visible_media, withheld_media

logger = logging.getLogger(__name__)

# A spreadsheet treats a cell starting with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

INVENTORY_COLUMNS = (
    "Nr.",
    "Datum",
    "Document",
    "Onderwerp",
    "Archiefstuk",
    "Zaak",
    "Beoordeling",
    "Weigeringsgronden",
    "Reeds openbaar",
    "Link",
    "Opmerkingen",
)


@dataclass(frozen=True)
class Area:
    """A withheld area of a screenshot (fractions of width and height) and its ground."""

    x: float
    y: float
    breedte: float
    hoogte: float
    grond: str
    media_id: int | None = None  # the image it is painted on


# What the release says of a screenshot it has no image of.
SCREENSHOT_UNAVAILABLE = (
    "Schermafbeelding niet beschikbaar (niet vrijgegeven door Informatiebeheer)"
)


@dataclass(frozen=True)
class ReleaseItem:
    """One judged document as it is released."""

    nummer: int
    doc: Document
    oordeel: str  # effective: openbaar with blackouts is deels openbaar
    gronden: tuple[str, ...]
    toelichting: str
    url: str
    author: str
    kind: str
    zaaknummer: str
    pieces: tuple[Piece, ...]
    areas: tuple[Area, ...]
    # Passages in the text read from its images: (media id, start, end, ground).
    ocr_passages: tuple[tuple[int, int, int, str], ...]
    beoordeeld_door: str
    beoordeeld_op: datetime | None

    @property
    def oordeel_label(self) -> str:
        return oordeel_label(self.oordeel)

    @property
    def released(self) -> bool:
        return self.oordeel in RELEASES_THE_DOCUMENT

    @property
    def onderwerp(self) -> str:
        if self.doc.media_id is not None:
            return self.doc.noun
        return f"WhatsAppbericht van {self.author}" if self.author else "WhatsAppbericht"

    def withheld_line(self) -> str:
        noun = self.doc.noun
        if self.oordeel == Oordeel.NIET_OPENBAAR:
            return f"{noun} niet openbaar ({', '.join(self.gronden)})"
        if self.oordeel == Oordeel.BUITEN_VERZOEK:
            return f"{noun} valt buiten het verzoek"
        if self.oordeel == Oordeel.REEDS_OPENBAAR:
            return f"{noun} is reeds openbaar: {self.url}"
        if not self.oordeel and self.doc.media_id is not None:
            # Its judgement lapsed: Informatiebeheer withheld it after it was judged
            # (documents.lapsed_q). A release is not made while anything is unassessed.
            return SCREENSHOT_UNAVAILABLE.replace("Schermafbeelding", noun, 1)
        return ""


def release_items(
    verzoek: WooVerzoek,
    *,
    submission_id: int | None = None,
    docs: list[Document] | None = None,
    judged: tuple[dict, dict] | None = None,
) -> list[ReleaseItem]:
    """Every document of the request (or of one of its records) with its effective judgement
    and released pieces; `nummer` counts within what is returned. A caller that has read the
    documents (of that scope) and the judgements already passes them as `docs` and `judged`."""
    docs = documents(verzoek, submission_id=submission_id) if docs is None else docs
    if judged is None:
        judged = judgements(verzoek, submission_id=submission_id)
    by_message, by_media = judged
    # The documents' messages, read by the selection they come from: a list of thousands of
    # ids costs Django more to bind than the query takes.
    messages = selected_messages(verzoek)
    if submission_id is not None:
        messages = messages.filter(submission_id=submission_id)
    rows = {
        row["pk"]: row
        for row in messages.values(
            "pk",
            "text_redacted",
            "kind",
            "participant__pseudonym",
            "submission__zaaknummer",
            "submission__zaak__zaaknummer",
        )
    }
    manual: dict[int, list] = defaultdict(list)
    overrides: dict[int, dict[int, str]] = defaultdict(dict)
    areas: dict[int, list[Area]] = defaultdict(list)
    ocr: dict[int, list[tuple[int, int, int, str]]] = defaultdict(list)
    for p in WooPassage.objects.filter(verzoek=verzoek):
        if p.media_id is not None and p.x is None:
            ocr[p.media_id].append((p.media_id, p.start, p.end, p.grond))
        elif p.media_id is not None:
            areas[p.media_id].append(Area(p.x, p.y, p.breedte, p.hoogte, p.grond, p.media_id))
        elif p.bron == PassageBron.AUTOMATISCH:
            overrides[p.message_id][p.start] = p.grond
        else:
            manual[p.message_id].append((p.start, p.end, p.grond))
    # Areas on photos attached to messages belong to the message's document.
    message_areas: dict[int, list[Area]] = defaultdict(list)
    message_ocr: dict[int, list[tuple[int, int, int, str]]] = defaultdict(list)
    for media_id, message_id in MediaItem.objects.filter(
        pk__in={*areas, *ocr}, message__isnull=False
    ).values_list("pk", "message_id"):
        message_areas[message_id].extend(areas.get(media_id, ()))
        message_ocr[message_id].extend(ocr.get(media_id, ()))
    media_zaak = dict(
        MediaItem.objects.filter(pk__in=[d.media_id for d in docs if d.media_id]).values_list(
            "pk", "submission__zaak__zaaknummer"
        )
    )
    # Personal data the archive blacked out in an image's text and pixels is withheld on
    # 5.1.2e, like a placeholder in a message: a photo counts for its message's document.
    image_grounds: dict[tuple[str, int], list[str]] = defaultdict(list)
    doc_media = {d.media_id for d in docs if d.media_id}
    doc_messages = {d.message_id for d in docs if d.message_id}
    for media_id, message_id, ocr_redacted, blacked_out in MediaItem.objects.filter(
        submission_id__in={d.submission_id for d in docs}
    ).values_list("pk", "message_id", "ocr_text_redacted", "image_blacked_out"):
        if media_id not in doc_media and message_id not in doc_messages:
            continue
        key = ("message", message_id) if message_id else ("media", media_id)
        image_grounds[key] += image_blackout_grounds(ocr_redacted, blacked_out)
    changed = text_changed(messages.values("pk"))
    items = []
    for number, doc in enumerate(docs, start=1):
        beoordeling = judgement_of(doc, by_message, by_media)
        if doc.message_id is not None:
            row = rows[doc.message_id]
            text = row["text_redacted"] or ""
            blackouts = all_blackouts(text, manual[doc.message_id], overrides[doc.message_id])
            cut = tuple(pieces(text, blackouts))
            doc_areas = tuple(message_areas[doc.message_id])
            doc_ocr = tuple(message_ocr[doc.message_id])
            used = [b.grond for b in blackouts] + [a.grond for a in doc_areas]
            used += [o[3] for o in doc_ocr] + image_grounds[("message", doc.message_id)]
            # A name the archive replaced by a pseudonym withholds personal data too.
            used += [grounds.PERSONAL_DATA] if doc.message_id in changed else []
            zaak = row["submission__zaak__zaaknummer"] or row["submission__zaaknummer"] or ""
            author, kind = row["participant__pseudonym"] or "", row["kind"]
        else:
            doc_areas, doc_ocr = tuple(areas[doc.media_id]), tuple(ocr[doc.media_id])
            cut, used = (), [a.grond for a in doc_areas] + [o[3] for o in doc_ocr]
            used += image_grounds[("media", doc.media_id)]
            zaak, author, kind = media_zaak.get(doc.media_id) or "", "", "screenshot"
        oordeel, codes = effective(beoordeling, used)
        items.append(
            ReleaseItem(
                nummer=number,
                doc=doc,
                oordeel=oordeel,
                gronden=tuple(codes),
                toelichting=beoordeling.toelichting if beoordeling else "",
                url=beoordeling.reeds_openbaar_url if beoordeling else "",
                author=author,
                kind=kind,
                zaaknummer=zaak,
                pieces=cut,
                areas=doc_areas,
                ocr_passages=doc_ocr,
                beoordeeld_door=beoordeling.beoordeeld_door if beoordeling else "",
                beoordeeld_op=beoordeling.beoordeeld_op if beoordeling else None,
            )
        )
    return items


# --- what the Woo officer typed, as the release publishes it -------------------------------


def released_persons(texts: list[str], submission_ids: set[int]) -> list[str]:
    """The persons the released records name that `texts` may mention: by name for a record
    whose originals are still there, by their hashes (chats.person_digests) for all of them."""
    if not submission_ids:
        return []
    return persons_of_records(Submission.objects.filter(pk__in=submission_ids), texts)


def typed_text_publisher(texts: list[str], submission_ids: set[int] | None = None):
    """A function that redacts what a Woo officer typed around a request (its onderwerp, a
    remark on a document) for the published release: a requester or resident named or numbered
    there goes out as a placeholder, like personal data in the documents; the persons of the
    released records (`submission_ids`) are known, so "Mol" of a record that named Ria Mol goes
    too. Each text is detected once: a remark repeated over a thousand documents costs one
    detection."""
    texts = [t for t in dict.fromkeys(texts) if t]
    persons = released_persons(texts, set(submission_ids or ()))
    return functools.cache(free_text_redactor(texts, persons=persons))


def published_typed_texts(verzoek: WooVerzoek, items: list[ReleaseItem]):
    """The publisher for this release's typed texts (the request's onderwerp and remarks)."""
    return typed_text_publisher(
        [verzoek.onderwerp, *(i.toelichting for i in items)],
        {i.doc.submission_id for i in items},
    )


@dataclass(frozen=True)
class RecordSummary:
    record_ref: str
    submission_id: int
    zaaknummer: str
    documents: int
    oordeel: str
    gronden: tuple[str, ...]

    @property
    def oordeel_label(self) -> str:
        return oordeel_label(self.oordeel)


def record_summaries(items: list[ReleaseItem]) -> list[RecordSummary]:
    """Per record: its derived judgement and the grounds of its documents."""
    per: dict[int, list[ReleaseItem]] = defaultdict(list)
    for item in items:
        per[item.doc.submission_id].append(item)
    return [
        RecordSummary(
            record_reference(sub),
            sub,
            group[0].zaaknummer,
            len(group),
            record_judgement([i.oordeel for i in group]),
            tuple(grounds.ordered(code for i in group for code in i.gronden)),
        )
        for sub, group in per.items()
    ]


# --- cells: no formulas, plain dates ---------------------------------------------------------


def csv_safe(value: object) -> str:
    """A cell value that no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _local(moment: datetime | None) -> str:
    return timezone.localtime(moment).strftime("%d-%m-%Y %H:%M") if moment else ""


DATE_UNKNOWN = "datum onbekend"


def document_date(doc) -> str:
    """The inventarislijst's date: a message's time, a screenshot's day (the day it shows; never
    the day it was uploaded: "datum onbekend" when it shows none)."""
    if doc.sent_at:
        return _local(doc.sent_at)
    if doc.day:
        return doc.day.strftime("%d-%m-%Y")
    return DATE_UNKNOWN if doc.media_id is not None else ""


def inventory_rows(
    items: list[ReleaseItem], published=None, recordings: list["Recording"] | None = None
) -> Iterator[tuple[str, ...]]:
    """The inventarislijst, one row per document, in the columns of the reference practice;
    `published` redacts the remarks (typed_text_publisher); a document's voice notes and videos
    (`recordings`) are named in its remarks: the file in the ZIP, or why it is not there."""
    published = published or typed_text_publisher(
        [i.toelichting for i in items], {i.doc.submission_id for i in items}
    )
    notes: dict[int, list[str]] = defaultdict(list)
    for recording in recordings or ():
        notes[recording.message_id].append(recording.inventory_note)
    for item in items:
        remarks = [published(item.toelichting)] if item.toelichting else []
        remarks += notes.get(item.doc.message_id, []) if item.doc.message_id else []
        yield tuple(
            csv_safe(value)
            for value in (
                item.nummer,
                document_date(item.doc),
                item.doc.ref,
                item.onderwerp,
                item.doc.record_ref,
                item.zaaknummer,
                item.oordeel_label,
                "; ".join(item.gronden),
                "ja" if item.oordeel == Oordeel.REEDS_OPENBAAR else "nee",
                item.url,
                "; ".join(remarks),
            )
        )


def inventory_csv(items: list[ReleaseItem], published=None, recordings=None) -> bytes:
    """The inventarislijst as CSV: UTF-8 with BOM and ';' for Excel; `published` and
    `recordings` as in inventory_rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(INVENTORY_COLUMNS)
    writer.writerows(inventory_rows(items, published, recordings))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# Column widths of the XLSX inventory (characters), in the order of INVENTORY_COLUMNS.
INVENTORY_WIDTHS = (6, 17, 26, 40, 12, 16, 16, 18, 10, 40, 30)


def _date_cell(make_cell, shown: str):
    """The inventory's date ("12-03-2024 10:02" or "12-03-2024") as a real date cell (made by
    `make_cell(value)`), so the list sorts and filters by date; text it cannot read stays text."""
    for pattern, number_format in (
        ("%d-%m-%Y %H:%M", "dd-mm-yyyy hh:mm"),
        ("%d-%m-%Y", "dd-mm-yyyy"),
    ):
        try:
            value = datetime.strptime(shown, pattern)  # noqa: DTZ007 - a sheet has no zones
        except ValueError:
            continue
        cell = make_cell(value)
        cell.number_format = number_format
        return cell
    return shown


def inventory_xlsx(
    verzoek: WooVerzoek, items: list[ReleaseItem], published=None, recordings=None
) -> bytes:
    """The inventarislijst as XLSX: the documents, the records, and the grounds used."""
    # Imported on first use: only an export needs the spreadsheet library.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    # The file's own metadata names the municipality, as the PDFs' do, not openpyxl.
    workbook.properties.creator = "Gemeente Meppel"
    workbook.properties.lastModifiedBy = "Gemeente Meppel"
    workbook.properties.title = f"Inventarislijst {verzoek.nummer}"
    bold = Font(bold=True)

    def header(sheet, columns):
        cells = []
        for title in columns:
            cell = WriteOnlyCell(sheet, value=title)
            cell.font = bold
            cells.append(cell)
        sheet.append(cells)

    sheet = workbook.create_sheet("Inventarislijst")
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHIJK", INVENTORY_WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    header(sheet, INVENTORY_COLUMNS)
    published = published or published_typed_texts(verzoek, items)
    for row in inventory_rows(items, published, recordings):
        date_cell = _date_cell(lambda value: WriteOnlyCell(sheet, value=value), row[1])
        sheet.append([int(row[0]), date_cell, *row[2:]])
    records = workbook.create_sheet("Archiefstukken")
    header(records, ("Archiefstuk", "Zaak", "Documenten", "Beoordeling", "Weigeringsgronden"))
    for summary in record_summaries(items):
        records.append(
            [
                summary.record_ref,
                csv_safe(summary.zaaknummer),
                summary.documents,
                summary.oordeel_label,
                "; ".join(summary.gronden),
            ]
        )
    legend = workbook.create_sheet("Weigeringsgronden")
    header(legend, ("Code", "Artikel", "Omschrijving"))
    for code in grounds.ordered(code for item in items for code in item.gronden):
        grond = grounds.BY_CODE.get(code)
        legend.append([code, grond.artikel if grond else "", grond.omschrijving if grond else ""])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- the PDF ---------------------------------------------------------------------------------


# Labels of a blackout: at least this many pixels high (and half the image's label size), so a
# code stays readable; a code that does not fit in its box at that size stands on a black tag
# of that size right above or below it.
LABEL_MIN = 10
LABEL_PAD = 2


def _label_place(
    box: tuple[int, int, int, int], text: tuple[int, int], size: tuple[int, int]
) -> tuple[int, int, tuple[int, int, int, int] | None]:
    """Where a label of `text` (width, height) goes for `box` on an image of `size`: (x, y) of
    the text's top left and the black tag behind it, None when it stands inside the box. Inside
    when it fits; else on a tag above the box, or below it when the box is at the top edge;
    always wholly in the image."""
    left, top, right, bottom = box
    text_w, text_h = text
    width, height = size
    if right - left >= text_w + 2 * LABEL_PAD and bottom - top >= text_h + 2 * LABEL_PAD:
        return left + LABEL_PAD, top + LABEL_PAD, None
    tag_w, tag_h = text_w + 2 * LABEL_PAD, text_h + 2 * LABEL_PAD
    tag_x = max(0, min(left, width - tag_w))
    if top - tag_h >= 0:
        tag_y = top - tag_h
    elif bottom + tag_h <= height:
        tag_y = bottom
    else:
        tag_y = max(0, min(top, height - tag_h))
    tag = (tag_x, tag_y, tag_x + tag_w, tag_y + tag_h)
    return tag_x + LABEL_PAD, tag_y + LABEL_PAD, tag


def _archive_boxes(media: MediaItem, size: tuple[int, int]) -> list:
    """What the archive blacked out in the image's pixels, where its place is kept, as boxes of
    the served image (`size`): each placeholder of its redacted text (its words' places) on its
    ground (a BSN 5.1.1e), and on 5.1.2e the contact header band, plates, text cut from it,
    areas Informatiebeheer blacked out by hand. A place not kept (or kept for another picture)
    is left as it is: black."""
    # Imported on first use: the pipeline's module loads the image library.
    from chats.pipeline.screenshot_text import CUT_BOXES
    from chats.redaction.images import area_rect

    code = grounds.PERSONAL_DATA
    layout = media.ocr_boxes or {}
    redacted = media.ocr_text_redacted or ""
    boxes = []
    for blackout in placeholder_blackouts(redacted):
        placed = passage_boxes(
            layout, media.ocr_text or "", redacted, [(blackout.start, blackout.end, blackout.grond)]
        )
        boxes += placed or []
    pixels = [layout.get("header"), *(layout.get("plates") or ()), *(layout.get(CUT_BOXES) or ())]
    pixels += (media.overlap or {}).get("boxes") or []
    boxes += [
        (tuple(int(v) for v in box), code)
        for box in pixels
        if isinstance(box, list | tuple) and len(box) == 4
    ]
    found = (fitted_boxes(boxes, layout.get("size"), size) or []) if boxes else []
    for area in media.areas or []:
        if isinstance(area, dict) and all(k in area for k in ("x", "y", "breedte", "hoogte")):
            rect = area_rect(
                float(area["x"]),
                float(area["y"]),
                float(area["breedte"]),
                float(area["hoogte"]),
                size,
            )
            found.append((rect, code))
    return found


def _paint_areas(
    data: bytes,
    areas: tuple[Area, ...],
    boxes=(),
    media: MediaItem | None = None,
    *,
    label_size: int | None = None,
) -> tuple[bytes, str]:
    """The image with each area (fractions) and each box (pixels: ((left, top, right, bottom),
    code)) filled black and labelled with its code, as PNG pixels; with `media`, what the archive
    blacked out in it labelled too (5.1.2e). Every code wholly readable: in its box, or on a tag
    just above it (below it at the image's top edge). `label_size`: the largest code, in pixels
    (default: after the image's size)."""
    # Imported on first use: only a release with screenshot areas draws.
    from PIL import Image, ImageDraw, ImageFont

    from chats.redaction.images import area_rect

    with Image.open(io.BytesIO(data)) as source:
        image = source.convert("RGB")
    draw = ImageDraw.Draw(image)
    width, height = image.size
    # The code must stay readable on a phone screenshot of 1,000+ pixels as on a small one.
    base = label_size or max(LABEL_MIN, min(width, height) // 25)
    smallest = max(LABEL_MIN, base // 2)
    fonts: dict[int, Any] = {}

    def font(size: int):
        if size not in fonts:
            fonts[size] = ImageFont.load_default(size=size)
        return fonts[size]

    def measured(code: str, size: int) -> tuple[int, int, int, int]:
        return draw.textbbox((0, 0), code, font=font(size))

    painted = _archive_boxes(media, (width, height)) if media is not None else []
    painted += [
        (area_rect(area.x, area.y, area.breedte, area.hoogte, (width, height)), area.grond)
        for area in areas
    ]
    # Word boxes a little wider than the glyphs (anti-aliased edges), inside the image.
    painted += [
        ((max(0, left - 2), max(0, top - 2), min(width, r + 2), min(height, b + 2)), code)
        for (left, top, r, b), code in boxes
    ]
    for box, _ in painted:
        draw.rectangle(box, fill=(17, 17, 17))
    for box, code in painted:
        # The largest size up to `base` that fits in the box; else a tag's size.
        size = base
        while size > smallest:
            bbox = measured(code, size)
            fits_w = bbox[2] - bbox[0] + 2 * LABEL_PAD <= box[2] - box[0]
            if fits_w and bbox[3] - bbox[1] + 2 * LABEL_PAD <= box[3] - box[1]:
                break
            size -= 1
        bbox = measured(code, size)
        text = (bbox[2] - bbox[0], bbox[3] - bbox[1])
        if _label_place(box, text, (width, height))[2] is not None:
            size = smallest
            bbox = measured(code, size)
            text = (bbox[2] - bbox[0], bbox[3] - bbox[1])
        x, y, tag = _label_place(box, text, (width, height))
        if tag is not None:
            draw.rectangle(tag, fill=(17, 17, 17))
        # The text's own box starts below and right of the point it is drawn at.
        draw.text((x - bbox[0], y - bbox[1]), code, fill=(255, 255, 255), font=font(size))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue(), "image/png"


def _media_files(items: list[ReleaseItem]):
    """Per message id / screenshot id: the servable image media (read one at a time later)."""
    released = [item for item in items if item.released]
    message_ids = [i.doc.message_id for i in released if i.doc.message_id is not None]
    media_ids = [i.doc.media_id for i in released if i.doc.media_id is not None]
    by_message: dict[int, list[MediaItem]] = defaultdict(list)
    by_media: dict[int, MediaItem] = {}
    for media in visible_media().filter(message_id__in=message_ids).select_related("derived"):
        by_message[media.message_id].append(media)
    for media in visible_media().filter(pk__in=media_ids).select_related("derived"):
        by_media[media.pk] = media
    withheld: dict[int, list[MediaItem]] = defaultdict(list)
    for media in withheld_media().filter(message_id__in=message_ids):
        withheld[media.message_id].append(media)
    return by_message, by_media, withheld


# Said under a released image whose pixels the archive blacked out beyond its text (the header
# band, plates, cut duplicate messages, areas blacked out by hand): those black parts carry no
# code of their own.
IMAGE_BLACKED_OUT = f"In deze afbeelding zijn persoonsgegevens weggelakt ({grounds.PERSONAL_DATA})."


# The line a released image is replaced by when a passage of its text cannot be painted.
IMAGE_UNPLACED = (
    "Afbeelding niet openbaar ({codes}): de weggelakte tekst is in de afbeelding niet terug te "
    "vinden"
)


# Said instead of the text read from an image with blacked-out areas: none of its text goes
# out, as which words stand under an area is not known for sure.
OCR_LEFT_OUT = "De tekst in deze afbeelding is niet opgenomen, omdat er delen van zijn weggelakt."


def _read_boxes(image, redacted: str, stretches) -> list | None:
    """Boxes for the stretches found by reading the served image (decoded) again (its word
    places were not kept); None when the reading does not have them."""
    # Imported on first use: only a release with such a passage reads an image.
    from chats.redaction.images import ocr_layout
    from chats.redaction.ocr import OcrFailed, ocr_image

    try:
        read = ocr_image(image.convert("RGB"))
    except (OSError, OcrFailed):
        return None
    return boxes_by_reading(read.text, ocr_layout(read.words, None)["words"], redacted, stretches)


def ocr_passage_boxes(media: MediaItem, data: bytes, stretches) -> list | None:
    """Where the passages (stretches of the image's redacted OCR text, with their grounds) stand
    in `data`, the image as served: from the stored word places (checked against the size of
    the image they were read from, and scaled to the served copy: woo.ocr_boxes.fitted_boxes),
    else from reading it again; None when a passage's place is not known: the image then cannot
    be released. The image is decoded once, for both."""
    # Imported on first use: only a release with an image passage opens the image.
    from PIL import Image

    ocr = media.ocr_text_redacted or ""
    layout = media.ocr_boxes or {}
    placed = passage_boxes(layout, media.ocr_text, ocr, stretches)
    try:
        with Image.open(io.BytesIO(data)) as image:
            if placed is not None:
                # Stored for another picture (another size or shape): they would miss the words.
                placed = fitted_boxes(placed, layout.get("size"), image.size)
            return placed if placed is not None else _read_boxes(image, ocr, stretches)
    except OSError:
        return None


def paints_text_passages(media: MediaItem) -> bool:
    """Whether the release paints passages of the media's text over its pixels: an image it
    releases, or a PDF attachment whose pages it draws (pdf_pages_releasable)."""
    stored = servable_file(media, for_role=ServingRole.WOO)
    if stored is None:
        return False
    if stored.mime_type == PDF_TYPE:
        return pdf_pages_releasable(media)
    return stored.mime_type in IMAGE_TYPES


def pdf_pages_cut(media: MediaItem) -> tuple[int, int] | None:
    """For a PDF attachment whose pages the release draws (paints_text_passages): how many of
    its pages go out and how many it has, when it has more (chats.pdf_pages.PDF_MAX_PAGES: the
    later ones never go out, also not with a passage blacked out on them); else None."""
    stored = servable_file(media, for_role=ServingRole.WOO)
    try:
        with stored.file.open("rb") as handle:
            shown, total = pdf_pages_drawn(handle)
    except Exception:  # noqa: BLE001 - unreadable: the release says so where it draws it
        return None
    return (shown, total) if total > shown else None


def text_places_known(media: MediaItem) -> bool:
    """Whether where the words of the media's text stand in its pixels is kept (a PDF's on its
    pages, an image's in the image): a passage is then painted there without reading it again."""
    redacted = media.ocr_text_redacted or ""
    if media.mime_type == PDF_TYPE:
        return pdf_places_known(media.ocr_boxes, media.ocr_text, redacted)
    return boxes_known(media.ocr_boxes, media.ocr_text, redacted)


def ocr_passages_placed(verzoek: WooVerzoek, media: MediaItem) -> bool:
    """Whether every passage the request has in the image's text can be painted on the image as
    released (else the release leaves the image out)."""
    stretches = list(
        WooPassage.objects.filter(
            verzoek=verzoek, media=media, x__isnull=True, start__isnull=False
        ).values_list("start", "end", "grond")
    )
    stored = servable_file(media, for_role=ServingRole.WOO)
    if not stretches or not paints_text_passages(media):
        return True  # nothing to paint, or the image or pages are not released at all
    with stored.file.open("rb") as handle:
        data = handle.read()
    if stored.mime_type == PDF_TYPE:
        pages, _ = pdf_page_images(data)
        return pdf_page_boxes(media, data, pages, stretches) is not None
    return ocr_passage_boxes(media, data, stretches) is not None


def _archive_blacked_out(media: MediaItem) -> bool:
    """Whether the archive blacked out anything in the image: a placeholder of its text, or its
    pixels beyond it (MediaItem.image_blacked_out)."""
    return media.image_blacked_out or bool(placeholder_blackouts(media.ocr_text_redacted or ""))


def _render_image(
    media: MediaItem, areas: tuple[Area, ...] = (), ocr_passages=()
) -> tuple[RenderImage, str] | None:
    """The image as released, with the image's file's SHA-256 ("" when it is withheld: a passage
    of its text whose place in the image is not known)."""
    stored = servable_file(media, for_role=ServingRole.WOO)
    if stored is None or stored.mime_type not in IMAGE_TYPES:
        return None
    with stored.file.open("rb") as handle:
        data = handle.read()
    mime = stored.mime_type
    ocr = media.ocr_text_redacted or ""
    manual = [(start, end, grond) for _, start, end, grond in ocr_passages]
    boxes = []
    if manual:
        # The words of each passage are painted over where they stand in the image; where that
        # is not known the image is not released (its text alone would hide nothing).
        boxes = ocr_passage_boxes(media, data, manual)
        if boxes is None:
            codes = ", ".join(
                grounds.ordered({grond for _, _, grond in manual} | {a.grond for a in areas})
            )
            return RenderImage(
                data=b"", mime_type=mime, caption=IMAGE_UNPLACED.format(codes=codes)
            ), ""
    ocr_pieces: tuple = ()
    left_out = ""
    if areas:
        # Which words stand under an officer's area cannot be told safely (a repeated word
        # may be matched to the wrong reading), so none of the text goes out; the reader is
        # told so, else a partly public image looks as if it had no text.
        left_out = OCR_LEFT_OUT if ocr.strip() else ""
        ocr = ""
    # Also what the archive blacked out gets its code (5.1.2e), as every blackout of the PDF.
    if areas or boxes or _archive_blacked_out(media):
        data, mime = _paint_areas(data, areas, boxes, media)
    if ocr:
        ocr_pieces = tuple((p.text, p.grond) for p in pieces(ocr, all_blackouts(ocr, manual)))
        ocr = ""
    return RenderImage(
        data=data,
        mime_type=mime,
        caption=IMAGE_BLACKED_OUT if media.image_blacked_out else "",
        ocr_text=ocr,
        ocr_pieces=ocr_pieces,
        ocr_left_out=left_out,
    ), stored.sha256


# Said instead of the pages of a PDF that processing could not check (Informatiebeheer released
# its drawn pages as they are: nothing in them is blacked out).
PDF_PAGES_UNCHECKED = (
    "{label} (bijlage {number}): de pagina's zijn niet opgenomen: het document is niet "
    "automatisch gecontroleerd op persoonsgegevens; het is opvraagbaar."
)
# With the grounds of the placeholders in its text (a BSN: 5.1.1e), like an image's.
ATTACHMENT_BLACKED_OUT = "In deze bijlage zijn persoonsgegevens weggelakt ({codes})."
# Why an attachment's file is not in the release, for the verantwoording.
LEFT_OUT_IMAGE = (
    "afbeelding niet openbaar gemaakt, de weggelakte tekst is in de afbeelding niet terug te vinden"
)
LEFT_OUT_PDF_NOT_DRAWN = "pagina's niet opgenomen, het document kon niet worden getekend"
LEFT_OUT_PDF_UNPLACED = (
    "pagina's niet opgenomen, de weggelakte tekst is op de pagina's niet terug te vinden"
)
# Said in the caption of a PDF attachment with passages the officer blacked out in its text, of
# each page they are painted on, and instead of its pages when one's place is not known.
PDF_PASSAGES = "In deze bijlage zijn passages weggelakt ({codes})."
PDF_PAGE_PASSAGES = "Op deze pagina is tekst weggelakt ({codes})."
# The code in a box over a line of a drawn page (PDF_PAGE_DPI): within a line of 10-12 points,
# so that a tag above the box does not cover the line before it.
PDF_LABEL_SIZE = 20
PDF_PAGES_UNPLACED = (
    "{label} (bijlage {number}): de pagina's zijn niet opgenomen: de weggelakte tekst is op de "
    "pagina's niet terug te vinden."
)
# The same for a PDF longer than the pages drawn (chats.pdf_pages.PDF_MAX_PAGES): read again,
# the drawn pages do not have a passage. It may stand on a later page, or be misread on a drawn
# one: which cannot be told, so no page goes out (review 50).
PDF_PAGES_UNPLACED_PAST = (
    "{label} (bijlage {number}): de pagina's zijn niet opgenomen: de weggelakte tekst is op de "
    "eerste {shown} van de {total} pagina's (alleen die worden opgenomen) niet terug te vinden; "
    "zij kan op een latere pagina staan."
)
LEFT_OUT_PDF_UNPLACED_PAST = (
    "pagina's niet opgenomen, de weggelakte tekst is op de eerste {shown} van de {total} "
    "pagina's (alleen die worden opgenomen) niet terug te vinden"
)
LEFT_OUT_PDF_UNCHECKED = (
    "pagina's niet opgenomen: niet automatisch gecontroleerd op persoonsgegevens; opvraagbaar"
)
# A media message of the release with no attachment at all: the export held only the reference.
ATTACHMENT_NOT_SENT = "(bijlage niet meegestuurd met de export: niet in het archiefstuk)"


def _read_pages(pages: list[bytes]) -> Iterator[tuple[str, list]]:
    """A new reading of each drawn page (PNG): its text and its words as ocr_layout's; an empty
    reading for a page that cannot be read."""
    # Imported on first use: only a release with a passage in a PDF whose word places were not
    # kept reads its pages.
    from PIL import Image

    from chats.redaction.images import ocr_layout
    from chats.redaction.ocr import OcrFailed, ocr_image

    for page in pages:
        try:
            with Image.open(io.BytesIO(page)) as image:
                read = ocr_image(image.convert("RGB"))
        except (OSError, OcrFailed):
            yield "", []
            continue
        yield read.text, ocr_layout(read.words, None)["words"]


def pdf_page_boxes(
    media: MediaItem, data: bytes, pages: list[bytes], stretches
) -> PageBoxes | None:
    """Where the passages (stretches of the PDF's redacted text, with their grounds) stand on
    its drawn pages (`pages`, PNG, from `data`, its redacted rebuild), in the pages' pixels: from
    the stored word places (scaled from the rebuild's pictures to the drawn pages), else by
    reading the pages again; None when a passage's place is not known: its pages are then not
    released. A passage on a page past the drawn ones needs no box."""
    ocr = media.ocr_text_redacted or ""
    fitted = _stored_page_boxes(media, data, pages, stretches)
    if fitted is not None:
        return fitted
    return pdf_boxes_by_reading(_read_pages(pages), ocr, stretches)


def _stored_page_boxes(
    media: MediaItem, data: bytes, pages: list[bytes], stretches
) -> PageBoxes | None:
    """The boxes of the stretches on the drawn pages from the stored word places alone; None
    when they are not kept or were kept for another picture (they would miss the words)."""
    ocr = media.ocr_text_redacted or ""
    placed = pdf_passage_boxes(media.ocr_boxes, media.ocr_text or "", ocr, stretches)
    if placed is None:
        return None
    sizes = pdf_picture_sizes(data)
    fitted: PageBoxes = {}
    for index, boxes in placed.items():
        if index >= len(pages):
            continue
        served = image_size(pages[index])
        stored = sizes[index] if index < len(sizes) else None
        found = fitted_boxes(boxes, stored, served) if served and stored else None
        if found is None:
            return None
        fitted[index] = found
    return fitted


def _archive_page_boxes(media: MediaItem, data: bytes, pages: list[bytes]) -> PageBoxes:
    """What the archive blacked out on the PDF's pages where its words' places are kept: each
    placeholder of its redacted text (its words in the rebuild, black already) on its ground (a
    BSN 5.1.1e), so that the box gets its code as on an image (_archive_boxes). Where the places
    are not kept the boxes stay as they are, black (the caption names their grounds); the
    pages are never read again for them (the words under a box cannot be read)."""
    stretches = [
        (b.start, b.end, b.grond) for b in placeholder_blackouts(media.ocr_text_redacted or "")
    ]
    if not stretches:
        return {}
    return _stored_page_boxes(media, data, pages, stretches) or {}


def _paint_pages(
    images: list[RenderImage], boxes: PageBoxes, archive: PageBoxes | None = None
) -> list[RenderImage]:
    """The drawn pages with the passages' boxes painted black, each labelled with its code, and
    the codes in the page's caption; the archive's boxes (`archive`: black already, named in
    the attachment's caption) labelled with their code too."""
    painted = list(images)
    archive = archive or {}
    for index in sorted({*boxes, *archive}):
        image = painted[index]
        page_boxes = [*archive.get(index, ()), *boxes.get(index, ())]
        data, mime = _paint_areas(image.data, (), page_boxes, label_size=PDF_LABEL_SIZE)
        caption = image.caption
        if boxes.get(index):
            codes = ", ".join(grounds.ordered({grond for _, grond in boxes[index]}))
            caption = f"{caption}. " + PDF_PAGE_PASSAGES.format(codes=codes)
        painted[index] = replace(image, data=data, mime_type=mime, caption=caption)
    return painted


def _render_pdf(media: MediaItem, ocr_passages=()) -> tuple[list[RenderImage], str, str] | None:
    """A released PDF attachment as images of its pages (its redacted rebuild: personal data is
    blacked out in the pixels), with its text; only its text when processing could not check it
    (chats.selectors.pdf_pages_releasable). The passages the officer blacked out in its text
    (`ocr_passages`: (media id, start, end, ground)) are boxes with their code in that text and
    on the pages; the pages are left out when where one stands is not known. With the file's
    SHA-256 ("" when its pages are left out) and why they are left out, for the
    verantwoording."""
    stored = servable_file(media, for_role=ServingRole.WOO)
    if stored is None or stored.mime_type != PDF_TYPE:
        return None
    label, number = media_label(media.mime_type), media.seq + 1
    ocr = media.ocr_text_redacted or ""
    manual = [(start, end, grond) for _, start, end, grond in ocr_passages]
    ocr_pieces = tuple((p.text, p.grond) for p in pieces(ocr, all_blackouts(ocr, manual)))
    text = {"ocr_pieces": ocr_pieces, "ocr_heading": PDF_TEXT_HEADING} if ocr.strip() else {}
    if not pdf_pages_releasable(media):
        caption = PDF_PAGES_UNCHECKED.format(label=label, number=number)
        return (
            [RenderImage(data=b"", mime_type="image/png", caption=caption, **text)],
            "",
            LEFT_OUT_PDF_UNCHECKED,
        )
    codes = grounds.ordered(image_blackout_grounds(ocr, media.image_blacked_out))
    blacked = ATTACHMENT_BLACKED_OUT.format(codes=", ".join(codes)) if codes else ""
    with stored.file.open("rb") as handle:
        data = handle.read()
    if manual:
        passages = PDF_PASSAGES.format(codes=", ".join(grounds.ordered(g for *_, g in manual)))
        blacked = f"{blacked} {passages}" if blacked else passages
    images, drawn = pdf_attachment_images(
        data, label=label, number=number, text=text, note=blacked, media_id=media.pk
    )
    if not drawn:
        return images, "", LEFT_OUT_PDF_NOT_DRAWN
    pages = [image.data for image in images]
    boxes: PageBoxes = {}
    if manual:
        found = pdf_page_boxes(media, data, pages, manual)
        if found is None:
            caption, why = _pages_unplaced(data, label=label, number=number)
            return (
                [RenderImage(data=b"", mime_type="image/png", caption=caption, **text)],
                "",
                why,
            )
        boxes = found
    # What the archive blacked out gets its code too, as every blackout of the PDF.
    archive = _archive_page_boxes(media, data, pages)
    if boxes or archive:
        images = _paint_pages(images, boxes, archive)
    return images, stored.sha256, ""


def _pages_unplaced(data: bytes, *, label: str, number: int) -> tuple[str, str]:
    """What the release and the verantwoording say of a PDF whose pages are left out because a
    passage was not found on its drawn pages: naming the limit when the document has more."""
    shown, total = pdf_pages_drawn(data)
    if total <= shown:
        return PDF_PAGES_UNPLACED.format(label=label, number=number), LEFT_OUT_PDF_UNPLACED
    counts = {"shown": shown, "total": total}
    return (
        PDF_PAGES_UNPLACED_PAST.format(label=label, number=number, **counts),
        LEFT_OUT_PDF_UNPLACED_PAST.format(**counts),
    )


def _withheld_attachment(media: MediaItem) -> str:
    """How the release names an attachment of a released message that it does not hold."""
    label, number = media_label(media.mime_type), media.seq + 1
    if media.release == MediaRelease.NOOIT:
        return (
            f"{label} (bijlage {number}): niet openbaar, een contactkaart wordt nooit vrijgegeven"
        )
    return f"{label} (bijlage {number}): niet openbaar, door Informatiebeheer achtergehouden"


def _render_messages(
    items,
    used_files: dict[str, str],
    left_out: dict[str, str],
    recordings: list["Recording"] = (),
) -> Iterator[RenderMessage]:
    by_message, by_media, withheld = _media_files(items)
    recorded = {recording.media_id: recording for recording in recordings}
    for item in items:
        doc = item.doc
        head = f"{doc.record_ref} · {item.author}" if item.author else doc.record_ref
        label = f"{doc.record_ref} · {doc.label}" if doc.media_id is not None else ""
        if not item.released:
            yield RenderMessage(
                seq=doc.seq,
                author=head,
                text="",
                sent_at=doc.sent_at,
                kind=item.kind,
                label=label,
                withheld=item.withheld_line(),
            )
            continue
        images = []
        sources = (
            by_message.get(doc.message_id, []) if doc.message_id else [by_media.get(doc.media_id)]
        )
        named = []
        for media in sources:
            if media is None:
                continue
            pdf = _render_pdf(media, tuple(o for o in item.ocr_passages if o[0] == media.pk))
            if pdf is not None:
                images.extend(pdf[0])
                name = f"{doc.record_ref} bijlage {media.seq + 1}"
                used_files[name] = pdf[1]
                if pdf[2]:
                    left_out[name] = pdf[2]
                continue
            made = _render_image(
                media,
                tuple(a for a in item.areas if a.media_id == media.pk),
                tuple(o for o in item.ocr_passages if o[0] == media.pk),
            )
            if made:
                images.append(made[0])
                # A withheld image is named with no checksum: the verantwoording says so.
                used_files[f"{doc.record_ref} bijlage {media.seq + 1}"] = made[1]
            elif media.pk in recorded:
                # A voice note or video: a file of its own in the ZIP, or said why not.
                named.append(recorded[media.pk].pdf_line)
            else:
                # Released, but neither an image nor a PDF nor a recording.
                named.append(
                    f"{media_label(media.mime_type)} (bijlage {media.seq + 1}): vrijgegeven, "
                    "maar niet in deze PDF op te nemen"
                )
        if doc.message_id:
            named += [_withheld_attachment(media) for media in withheld.get(doc.message_id, [])]
        if doc.media_id is not None and not images:
            yield RenderMessage(
                seq=doc.seq,
                author=head,
                text="",
                kind=item.kind,
                label=label,
                withheld=SCREENSHOT_UNAVAILABLE,
            )
            continue
        yield RenderMessage(
            seq=doc.seq,
            author=head,
            text="",
            sent_at=doc.sent_at,
            kind=item.kind,
            images=tuple(images),
            attachments=tuple(named),
            label=label,
            pieces=tuple((p.text, p.grond) for p in item.pieces),
            attachment_missing=ATTACHMENT_NOT_SENT,
        )


NOTE = (
    "Openbaar gemaakte berichten bij het besluit op dit Woo-verzoek. Wat niet openbaar is, "
    "staat er niet in: een weggelakte passage is een zwart vak met de code van de "
    "weigeringsgrond (zie de tabel hierboven), een geweigerd bericht is één regel met de "
    "gronden. Deelnemers zijn vervangen door een pseudoniem."
)


def _metadata(verzoek: WooVerzoek, items: list[ReleaseItem], published) -> list[tuple[str, str]]:
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item.oordeel_label] += 1
    used = grounds.ordered(code for item in items for code in item.gronden)
    rows = [
        ("Woo-verzoek", verzoek.nummer),
        ("Onderwerp", published(verzoek.onderwerp)),
        ("Ontvangen op", date_format(verzoek.ontvangen_op, "j F Y")),
        ("Documenten", str(len(items))),
        ("Beoordeling", "; ".join(f"{label}: {n}" for label, n in counts.items()) or "geen"),
        (
            "Archiefstukken",
            "; ".join(
                f"{s.record_ref} ({s.oordeel_label.lower()})" for s in record_summaries(items)
            )
            or "geen",
        ),
    ]
    if verzoek.besluit_op:
        rows.insert(3, ("Datum besluit", date_format(verzoek.besluit_op, "j F Y")))
    rows += [(f"Grond {code}", grounds.label(code).split(": ", 1)[-1]) for code in used]
    return rows


def write_release_pdf(
    output,
    verzoek: WooVerzoek,
    items: list[ReleaseItem],
    published=None,
    recordings=(),
    left_out=None,
) -> dict[str, str]:
    """Write the release PDF/A to `output`; returns the input image files used with SHA-256
    ("" for one left out: a passage of its text could not be painted, a PDF's pages were not
    checked or could not be drawn; `left_out`, a dict, gets why, per name, for a PDF). A voice
    note or video of `recordings` is named with its file in the ZIP, or why it is not there."""
    used_files: dict[str, str] = {}
    left_out = {} if left_out is None else left_out
    write_messages_pdf(
        output,
        title=f"Woo-verzoek {verzoek.nummer}: openbaar gemaakte documenten",
        metadata=_metadata(verzoek, items, published or published_typed_texts(verzoek, items)),
        messages=_render_messages(items, used_files, left_out, recordings),
        note=NOTE,
    )
    return used_files


# --- voice notes and videos: files of their own in the ZIP ----------------------------------

# The ZIP's folder for them; each is named by its document's number in the inventarislijst and
# its kind, never by its original name (which can hold a name or a phone number).
RECORDINGS_FOLDER = "bijlagen"
# Intake kinds (chats.intake.sniffing.MIME_KINDS) whose metadata the archive can strip, with
# the extension of the released copy.
_RECORDING_EXTENSIONS = {"ogg": ".opus", "mp4": ".mp4"}
RECORDING_PARTLY = (
    "het bericht is deels openbaar en een geluidsopname of video kan niet gedeeltelijk worden "
    "weggelakt"
)
RECORDING_TOO_LARGE = (
    "de geluidsopnamen en video's bij dit besluit zouden samen groter worden dan {limit}; "
    "lever dit bestand zo nodig apart aan"
)
RECORDING_NOT_STRIPPED = MESSAGE_NOT_STRIPPED[0].lower() + MESSAGE_NOT_STRIPPED[1:].rstrip(".")


@dataclass(frozen=True)
class Recording:
    """A voice note or video of a released message: its file in the ZIP, or why it is not."""

    media_id: int
    message_id: int
    ref: str  # "WA-000012 bericht 4 bijlage 2"
    label: str  # "Geluidsopname", "Video"
    number: int  # bijlage number within the record
    name: str = ""  # its path in the ZIP; "" when it is not there
    sha256: str = ""
    reason: str = ""  # Dutch: why it is not there
    too_large: bool = False  # left out for ARCHIEF_WOO_RELEASE_MEDIA_BYTES

    @property
    def pdf_line(self) -> str:
        head = f"{self.label} (bijlage {self.number})"
        if self.name:
            return f"{head}: vrijgegeven, als apart bestand bij dit besluit: {self.name}"
        return f"{head}: vrijgegeven door Informatiebeheer, niet bijgevoegd: {self.reason}"

    @property
    def inventory_note(self) -> str:
        if self.name:
            return f"Bijgevoegd bestand: {self.name}"
        return f"{self.label} (bijlage {self.number}) niet bijgevoegd: {self.reason}"


def _recording_kind(mime_type: str) -> str | None:
    """The intake kind of an audio or video file ("ogg", "mp4"), None for anything else."""
    # Imported on first use: the sniffing module loads libmagic, which only this needs here.
    from chats.intake.sniffing import MIME_KINDS

    if not mime_type.startswith(("audio/", "video/")):
        return None
    return MIME_KINDS.get(mime_type, "")


def release_recordings(items: list[ReleaseItem], directory: Path) -> list[Recording]:
    """The voice notes and videos of the released messages, in the order of the documents. One
    Woo may serve (released by Informatiebeheer) of a message judged openbaar is copied into
    `directory`/bijlagen with its metadata stripped (as at intake), up to
    ARCHIEF_WOO_RELEASE_MEDIA_BYTES together; of a deels openbaar message it stays out (a
    recording cannot be partly blacked out). Withheld ones are never read."""
    by_message, _, _ = _media_files(items)
    limit = settings.ARCHIEF_WOO_RELEASE_MEDIA_BYTES
    total = 0
    found = []
    for item in items:
        if not item.released or item.doc.message_id is None:
            continue
        for media in by_message.get(item.doc.message_id, []):
            stored = servable_file(media, for_role=ServingRole.WOO)
            kind = _recording_kind(stored.mime_type) if stored is not None else None
            if kind is None:
                continue  # an image or a PDF: drawn into the PDF
            label, number = media_label(stored.mime_type), media.seq + 1
            found_at = {
                "media_id": media.pk,
                "message_id": item.doc.message_id,
                "ref": f"{item.doc.ref} bijlage {number}",
                "label": label,
                "number": number,
            }
            if item.oordeel != Oordeel.OPENBAAR:
                found.append(Recording(**found_at, reason=RECORDING_PARTLY))
                continue
            if kind not in _RECORDING_EXTENSIONS:
                found.append(Recording(**found_at, reason=RECORDING_NOT_STRIPPED))
                continue
            if total + stored.size > limit:
                shown = filesizeformat(limit).replace("\xa0", " ")
                reason = RECORDING_TOO_LARGE.format(limit=shown)
                found.append(Recording(**found_at, reason=reason, too_large=True))
                continue
            name = (
                f"{RECORDINGS_FOLDER}/document-{item.nummer}-bijlage-{number}-"
                f"{label.lower()}{_RECORDING_EXTENSIONS[kind]}"
            )
            target = directory / name
            target.parent.mkdir(exist_ok=True)
            with stored.file.open("rb") as source, target.open("wb") as copy:
                shutil.copyfileobj(source, copy)
            try:
                # Stripped at intake already; again here, as for a record made before that.
                strip_av_in_place(target, kind=kind)
            except MetadataNotStripped:
                target.unlink(missing_ok=True)
                found.append(Recording(**found_at, reason=RECORDING_NOT_STRIPPED))
                continue
            total += target.stat().st_size
            found.append(Recording(**found_at, name=name, sha256=_sha256(target)))
    if found:
        logger.info(
            "woo release: %d recordings, %d in the ZIP", len(found), sum(1 for r in found if r.name)
        )
    return found


# --- the verantwoording and the package -----------------------------------------------------


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return sha256_of_stream(handle)[0]


def verantwoording_text(
    verzoek: WooVerzoek,
    items: list[ReleaseItem],
    *,
    outputs: dict[str, str],
    images: dict[str, str],
    made_by: str,
    published=None,
    recordings: list["Recording"] = (),
    left_out=None,
) -> str:
    """The account of the release: inputs and outputs with SHA-256 (also of each voice note and
    video in the ZIP, and why one released is not there), who assessed what and when
    (`left_out`: why a file named in `images` without SHA-256 is not in the release)."""
    left_out = left_out or {}
    published = published or published_typed_texts(verzoek, items)
    renditions = dict(
        StoredFile.objects.filter(
            submission_id__in={i.doc.submission_id for i in items}, derived_key=RENDITION_KEY
        ).values_list("submission_id", "sha256")
    )
    # A record changed after archiving whose PDF is being made again (chats.models.
    # readable_record_q): the stored PDF is the one before the change, its hash not this input.
    renditions.update(
        dict.fromkeys(
            Submission.objects.filter(
                pk__in=list(renditions), rendition_state__in=RENDITION_UNFINISHED
            ).values_list("pk", flat=True),
            "archiefversie wordt opnieuw gemaakt",
        )
    )
    lines = [
        f"Verantwoording Woo-verzoek {verzoek.nummer}",
        "=" * 60,
        f"Onderwerp: {published(verzoek.onderwerp)}",
        f"Ontvangen op: {verzoek.ontvangen_op:%d-%m-%Y}",
        f"Datum besluit: {verzoek.besluit_op:%d-%m-%Y}"
        if verzoek.besluit_op
        else "Datum besluit: nog niet besloten",
        f"Gemaakt op: {timezone.localtime():%d-%m-%Y %H:%M} door {made_by}",
        "",
        "Invoer: archiefstukken (SHA-256 van de gearchiveerde PDF/A-versie)",
        "-" * 60,
    ]
    for summary in record_summaries(items):
        lines.append(
            f"{summary.record_ref}  zaak {summary.zaaknummer or '-'}  {aantal(summary.documents, 'document', 'documenten')}"
            f"  beoordeling: {summary.oordeel_label}  SHA-256: {renditions.get(summary.submission_id, 'geen archiefversie')}"
        )
    lines += ["", "Invoer: afbeeldingen in de PDF (SHA-256 van het opgeschoonde bestand)", "-" * 60]
    lines += [f"{name}  SHA-256: {digest}" for name, digest in images.items() if digest] or ["geen"]
    unplaced = [name for name, digest in images.items() if not digest]
    if unplaced:
        lines += ["", "Bijlagen niet (geheel) openbaar gemaakt", "-" * 60]
        lines += [f"{name}: {left_out.get(name, LEFT_OUT_IMAGE)}" for name in unplaced]
    lines += ["", "Uitvoer", "-" * 60]
    lines += [f"{name}  SHA-256: {digest}" for name, digest in outputs.items()]
    if recordings:
        lines += [
            "",
            "Geluidsopnamen en video's als apart bestand (SHA-256 van het bestand zonder metadata)",
            "-" * 60,
        ]
        lines += [f"{r.name}  SHA-256: {r.sha256}  ({r.ref})" for r in recordings if r.name]
        lines += [
            f"{r.ref} ({r.label}): niet bijgevoegd, {r.reason}" for r in recordings if not r.name
        ]
    lines += ["", "Beoordelingen per document", "-" * 60]
    for item in items:
        when = _local(item.beoordeeld_op)
        codes = f" ({', '.join(item.gronden)})" if item.gronden else ""
        lines.append(
            f"{item.nummer:>5}. {item.doc.ref}: {item.oordeel_label}{codes}; "
            f"beoordeeld door {item.beoordeeld_door} op {when}"
        )
    refs = {(i.doc.message_id, i.doc.media_id): i.doc.ref for i in items}
    by_message = {i.doc.message_id: i.doc.ref for i in items if i.doc.message_id is not None}
    passages = WooPassage.objects.filter(verzoek=verzoek).select_related("aangemaakt_door", "media")
    # A photo attached to a message: the message's document, "bijlage N".
    for media_id, message_id, seq in MediaItem.objects.filter(
        pk__in=passages.filter(media__message__isnull=False).values("media_id")
    ).values_list("pk", "message_id", "seq"):
        if message_id in by_message:
            refs[(None, media_id)] = f"{by_message[message_id]} bijlage {seq + 1}"
    lines += ["", "Weggelakte passages en gebieden (en gewijzigde gronden van persoonsgegevens)"]
    lines += ["-" * 60]
    shown = 0
    for passage in passages.order_by("aangemaakt_op", "pk").iterator():
        ref = refs.get((passage.message_id, passage.media_id))
        if ref is None:
            continue
        if passage.media_id and passage.x is None:
            source = "bijlage" if passage.media.mime_type == PDF_TYPE else "afbeelding"
            what = f"tekst uit {source}, tekens {passage.start}-{passage.end}"
        else:
            what = "gebied" if passage.media_id else f"tekens {passage.start}-{passage.end}"
        if passage.bron == PassageBron.AUTOMATISCH:
            what = f"persoonsgegeven op {what}"
        lines.append(
            f"{ref}: {what} op grond van {passage.grond}; door {officer_name(passage.aangemaakt_door)} "
            f"op {_local(passage.aangemaakt_op)}"
        )
        shown += 1
    if not shown:
        lines.append("geen")
    used = grounds.ordered(code for item in items for code in item.gronden)
    if used:
        lines += ["", "Gebruikte weigeringsgronden", "-" * 60]
        lines += [
            f"{code}: {grounds.BY_CODE[code].artikel if code in grounds.BY_CODE else ''}, {grounds.label(code).split(': ', 1)[-1]}"
            for code in used
        ]
    return "\n".join(lines) + "\n"


def _sections(text: str) -> tuple[str, list[dict]]:
    """The verantwoording's text as a title and sections (a line underlined with '-' heads one)."""
    lines = text.rstrip("\n").split("\n")
    title, rest = lines[0], [line for line in lines[1:] if set(line) != {"="}]
    sections: list[dict] = [{"heading": "", "lines": []}]
    for index, line in enumerate(rest):
        if line and set(line) == {"-"}:
            continue
        if index + 1 < len(rest) and rest[index + 1] and set(rest[index + 1]) == {"-"}:
            sections.append({"heading": line, "lines": []})
        elif line:
            sections[-1]["lines"].append(line)
    return title, [s for s in sections if s["heading"] or s["lines"]]


def write_verantwoording_pdf(text: str, target: Path) -> None:
    """The verantwoording as a PDF/A-2b (the same text as the .txt), to attach to the decision."""
    title, sections = _sections(text)
    html = render_to_string("woo/pdf/verantwoording.html", {"title": title, "sections": sections})
    write_html_pdf(html, target)


@dataclass(frozen=True)
class Release:
    """The files of a release in a temporary directory, with their SHA-256."""

    directory: Path
    files: dict[str, str]  # name -> SHA-256
    documents: int
    records: int
    released: int  # documents made public in whole or in part
    note: str = ""  # Dutch, for the officer: recordings left out of the ZIP

    def path(self, name: str) -> Path:
        return self.directory / name


def release_slug(verzoek: WooVerzoek) -> str:
    """The request's own number as a file-name part: WOO-2026-050 -> 'woo-2026-050'."""
    slug = re.sub(r"[^a-z0-9]+", "-", verzoek.nummer.lower()).strip("-")
    if not slug:
        return f"woo-{verzoek.pk}"
    return slug if slug.startswith("woo") else f"woo-{slug}"


def release_names(verzoek: WooVerzoek) -> dict[str, str]:
    """The files of a release, named after the request's number so downloads can be told apart."""
    slug = release_slug(verzoek)
    return {
        "pdf": f"{slug}-besluit-documenten.pdf",
        "xlsx": f"{slug}-inventarislijst.xlsx",
        "csv": f"{slug}-inventarislijst.csv",
        "verantwoording": f"{slug}-verantwoording.txt",
        "verantwoording-pdf": f"{slug}-verantwoording.pdf",
        "zip": f"{slug}-besluit.zip",
    }


def build_release(verzoek: WooVerzoek, directory: Path, *, made_by: str) -> Release:
    """Write the whole release into `directory`: the PDF/A, the inventarislijst (XLSX, CSV), the
    verantwoording (text and PDF/A) and a ZIP of all, each with its SHA-256; the ZIP also holds
    the voice notes and videos made public, under bijlagen/ (release_recordings)."""
    names = release_names(verzoek)
    items = release_items(verzoek)
    published = published_typed_texts(verzoek, items)  # the typed texts, detected once
    records = len({i.doc.submission_id for i in items})
    recordings = release_recordings(items, directory)
    with (directory / names["pdf"]).open("wb") as handle:
        left_out: dict[str, str] = {}
        images = write_release_pdf(handle, verzoek, items, published, recordings, left_out)
    (directory / names["xlsx"]).write_bytes(inventory_xlsx(verzoek, items, published, recordings))
    (directory / names["csv"]).write_bytes(inventory_csv(items, published, recordings))
    outputs = {names[k]: _sha256(directory / names[k]) for k in ("pdf", "xlsx", "csv")}
    text = verantwoording_text(
        verzoek,
        items,
        outputs=outputs,
        images=images,
        made_by=made_by,
        published=published,
        recordings=recordings,
        left_out=left_out,
    )
    (directory / names["verantwoording"]).write_text(text, encoding="utf-8")
    write_verantwoording_pdf(text, directory / names["verantwoording-pdf"])
    files = {
        **outputs,
        names["verantwoording"]: _sha256(directory / names["verantwoording"]),
        names["verantwoording-pdf"]: _sha256(directory / names["verantwoording-pdf"]),
    }
    with zipfile.ZipFile(directory / names["zip"], "w", zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            archive.write(directory / name, arcname=name)
        for recording in recordings:
            if recording.name:
                # Already compressed: stored as it is.
                archive.write(
                    directory / recording.name,
                    arcname=recording.name,
                    compress_type=zipfile.ZIP_STORED,
                )
    files[names["zip"]] = _sha256(directory / names["zip"])
    released = sum(1 for item in items if item.released)
    return Release(directory, files, len(items), records, released, recordings_note(recordings))


def recordings_note(recordings: list[Recording]) -> str:
    """What the request page tells the officer of recordings left out of the ZIP ("" if none)."""
    left = [r for r in recordings if not r.name]
    if not left:
        return ""
    counted = aantal(len(left), "geluidsopname of video", "geluidsopnamen of video's")
    note = (
        f"{counted} van (deels) openbare berichten niet in de ZIP opgenomen; de verantwoording "
        "noemt bij elk de reden."
    )
    if any(r.too_large for r in left):
        limit = filesizeformat(settings.ARCHIEF_WOO_RELEASE_MEDIA_BYTES).replace("\xa0", " ")
        note += f" Samen zouden ze groter dan {limit} worden: lever die zo nodig apart aan."
    return note


def release_directory() -> tempfile.TemporaryDirectory:
    settings.ARCHIEF_TEMP_ROOT.mkdir(parents=True, exist_ok=True)
    return tempfile.TemporaryDirectory(prefix="woo-besluit-", dir=settings.ARCHIEF_TEMP_ROOT)
