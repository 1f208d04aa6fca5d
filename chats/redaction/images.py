"""Makes images safe to keep: metadata-free re-encodes and screenshots with personal data blacked out.

`strip_metadata` decodes an upload (size checked on the header first), applies its EXIF orientation
and writes fresh pixels without EXIF/GPS/XMP/ICC/comments/text chunks. `redact_screenshot` reads a
screenshot with tesseract, runs the text detector over the words and paints black boxes over the
words that hold personal data and over the contact header band at the top.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime
import difflib
import functools
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Any, Protocol

from PIL import Image, ImageChops, ImageDraw, ImageFile, ImageOps, ImageSequence
from stdnum.nl import bsn as stdnum_bsn

from chats.redaction import lexicon
from chats.redaction.addresses import house_numbers_of
from chats.redaction.birthdates import MONTH_NAMES, find_birthdates
from chats.redaction.identifiers import after_bsn_cue, find_ibans, valid_iban
from chats.redaction.names import PERSON_CUE_WORDS, is_company_cue, is_firm_word, name_tail_end
from chats.redaction.ocr import OcrResult, OcrWord, in_chat_list, ocr_image
from chats.redaction.ocr_confusions import (
    IBAN_DIGIT_READINGS,
    account_structure,
    find_confused_ibans,
    find_confused_numbers,
    find_iban_heads,
)
from chats.redaction.organisations import organisation_pattern
from chats.redaction.phones import find_phones
from chats.redaction.places import (
    after_postcode_cue,
    after_vehicle_cue,
    find_postcodes_and_plates,
    spaced_dash_plates,
)
from chats.redaction.spans import Span

DEFAULT_MAX_PIXELS = 40_000_000
JPEG_QUALITY = 90
# zlib level of a redacted screenshot's PNG: Pillow's default (6) took 0.24 s for a 1440x3120
# screenshot that came as JPEG (its noise compresses badly), level 1 0.10 s for 11% more bytes.
SCREENSHOT_PNG_COMPRESSION = 1
WEBP_QUALITY = 90
# Formats we decode. Everything else Pillow knows (EPS via Ghostscript, PSD, TGA, ...) is refused:
# phones do not send it and each extra decoder is extra attack surface.
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "HEIF", "AVIF")
# Photo formats that browsers do not all show are re-encoded as JPEG.
OUTPUT_FORMAT = {
    "JPEG": "JPEG",
    "MPO": "JPEG",
    "HEIF": "JPEG",
    "AVIF": "JPEG",
    "PNG": "PNG",
    "GIF": "PNG",
    "WEBP": "WEBP",
}
# ISO-BMFF brands of HEIC/HEIF files (iPhone photos), for a specific message when no decoder is there.
HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")

# Contact header: WhatsApp shows the contact's name, number and photo in the bar at the top. Status
# bar + toolbar end at 8.8% of the height on a 1080x2400 Android screenshot and at 10.8-11.1% on
# iPhones (1170x2532, 1290x2796); 11.5% covers both. The bar's height in pixels follows the screen
# density, i.e. the width (0.19-0.25 x width), so the band is also capped at 0.27 x width: a long
# scrolling screenshot must not lose its first messages. Only tall portrait images get a band.
DEFAULT_HEADER_FRACTION = 0.115
DEFAULT_HEADER_WIDTH_RATIO = 0.27
DEFAULT_HEADER_MIN_ASPECT = 1.7
# The bar's lower edge is looked for between 55% and 100% of the band (below an Android status bar
# at 2.6-5%, which has an edge of its own): a row where >= 85% of the columns change by >= 10
# grey levels, which dark mode's low-contrast bar (32,44,51 on 11,20,26) still gives.
HEADER_EDGE_SEARCH_FROM = 0.55
HEADER_EDGE_MIN_STEP = 10
HEADER_EDGE_MIN_COLUMNS = 0.85
HEADER_LABEL = "CONTACT_HEADER"
# A licence plate on a photo shown in the screenshot (found by its colour, not by OCR).
PLATE_LABEL = "PHOTO_PLATE"

MESSAGE_TOO_LARGE = "De afbeelding is te groot (meer dan {mp} megapixels)."
MESSAGE_UNDECODABLE = (
    "De afbeelding is beschadigd of onvolledig en kan niet worden gelezen. "
    "Maak de schermafbeelding of foto opnieuw en probeer het nog eens."
)
MESSAGE_UNSUPPORTED = (
    "Dit bestand is geen afbeelding die we kunnen lezen. Gebruik JPEG, PNG, WebP, GIF of HEIC."
)
MESSAGE_HEIC = (
    "Deze iPhone-foto (HEIC) kan niet worden gelezen. Stuur de foto als JPEG "
    "(iPhone: Instellingen > Camera > Formaten > Meest compatibel) en probeer het nog eens."
)

ImageSource = str | os.PathLike | bytes | bytearray | memoryview | IO[bytes]


class ImageRejected(Exception):
    """The image cannot be kept: too large, not an accepted image, or not decodable."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class CleanImage:
    """A re-encoded image without metadata; `format` is "JPEG", "PNG" or "WEBP"."""

    data: bytes
    format: str
    width: int
    height: int


@dataclass(frozen=True)
class Box:
    """A blacked-out rectangle (right/bottom exclusive) and why it was blacked out."""

    left: int
    top: int
    right: int
    bottom: int
    label: str


@dataclass(frozen=True)
class RedactedImage:
    """A screenshot with personal data blacked out (PNG) and what OCR read before redaction."""

    data: bytes
    width: int
    height: int
    ocr_text: str
    boxes: tuple[Box, ...]
    spans: tuple[tuple[int, int, str], ...]
    words: tuple[OcrWord, ...] = ()
    # Person names found in the screenshot (to be looked for in the submission's next ones).
    names: tuple[str, ...] = ()

    @property
    def header(self) -> Box | None:
        return next((box for box in self.boxes if box.label == HEADER_LABEL), None)

    @property
    def plates(self) -> tuple[Box, ...]:
        return tuple(box for box in self.boxes if box.label == PLATE_LABEL)


class SpanLike(Protocol):
    start: int
    end: int
    label: str


Detector = Callable[..., Iterable[SpanLike]]


def strip_metadata(src: ImageSource, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> CleanImage:
    """Decode `src`, apply its EXIF orientation and re-encode it without any metadata."""
    with _open(src, max_pixels=max_pixels) as opened:
        if getattr(opened, "n_frames", 1) > 1 and opened.format in ("GIF", "WEBP"):
            return _encode_animation(opened, max_pixels=max_pixels)
        out_format = OUTPUT_FORMAT[opened.format]
        image = _decode_still(opened)
    return _encode_still(image, out_format)


def redact_screenshot(
    src: ImageSource,
    *,
    known_names: Sequence[str] = (),
    detect: Detector | None = None,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    header_fraction: float = DEFAULT_HEADER_FRACTION,
    header_width_ratio: float = DEFAULT_HEADER_WIDTH_RATIO,
    header_min_aspect: float = DEFAULT_HEADER_MIN_ASPECT,
    lang: str | None = None,
    keep_values: Sequence[str] = (),
) -> RedactedImage:
    """OCR a screenshot, black out words with personal data and the contact header; PNG out.

    `known_names` are names already established as persons (the chat's participants, names
    found in earlier screenshots of the submission); `keep_values` the organisation's own
    contact data, which stays readable. `RedactedImage.names` returns the person names this
    screenshot established, for the next screenshot of the same submission.
    """
    if detect is None:
        # Imported here so this module loads (and its non-OCR parts work) without the detector.
        from chats.redaction import detect
    with _open(src, max_pixels=max_pixels) as opened:
        image = _decode_still(opened)
    image = _flatten(image, "RGB")

    # Round 40: a desktop pane's rows tesseract dropped whole are read again.
    ocr = (
        ocr_image(image, reread_gaps=True)
        if lang is None
        else ocr_image(image, lang=lang, reread_gaps=True)
    )
    spans = detect_in_ocr(
        ocr, known_names=known_names, detect=detect, keep_values=keep_values, image=image
    )
    boxes = photo_plate_boxes(image) + boxes_for_spans(ocr, spans, size=image.size)
    header = header_box(
        image.size,
        ocr.words,
        image=image,
        fraction=header_fraction,
        width_ratio=header_width_ratio,
        min_aspect=header_min_aspect,
    )
    if header is not None:
        boxes.insert(0, header)

    _black_out(image, boxes)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=SCREENSHOT_PNG_COMPRESSION)
    return RedactedImage(
        data=buffer.getvalue(),
        width=image.width,
        height=image.height,
        ocr_text=ocr.text,
        boxes=tuple(boxes),
        spans=spans,
        words=ocr.words,
        names=persons_in(ocr.text, spans),
    )


def photo_plate_boxes(image: Image.Image) -> list[Box]:
    """Boxes over the licence plates on photos a screenshot shows (a parked car sent in the
    chat): OCR rarely reads a plate's text there, so its colour finds it."""
    # Imported here: photos loads OpenCV and its models, which the rest of this module never needs.
    import numpy as np

    from chats.redaction.photos import find_screenshot_plates

    return [
        Box(left=p.left, top=p.top, right=p.right, bottom=p.bottom, label=PLATE_LABEL)
        for p in find_screenshot_plates(np.asarray(image.convert("RGB")))
    ]


def ocr_layout(
    words: Iterable[OcrWord],
    header: Box | None,
    plates: Iterable[Box] = (),
    size: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """Where the OCR words, the header band and the photos' plates sit, as JSON-able data
    without any text; with `size`, the [width, height] of the image they were read from (a
    copy of another size needs them scaled: woo.ocr_boxes.fitted_boxes).

    Each word is [char_start, char_end, left, top, width, height, line]; `line` numbers the
    text lines in order, so `redraw_screenshot` joins the same words into one box per line.
    """
    lines: dict[tuple[int, int, int, int], int] = {}
    rows = [
        [w.char_start, w.char_end, w.left, w.top, w.width, w.height]
        + [lines.setdefault(w.line_key, len(lines))]
        for w in words
    ]
    layout = {
        "words": rows,
        "header": None
        if header is None
        else [header.left, header.top, header.right, header.bottom],
        "plates": [[p.left, p.top, p.right, p.bottom] for p in plates],
    }
    if size is not None:
        layout["size"] = [int(size[0]), int(size[1])]
    return layout


# The key of the words of a layout indexed into the redacted OCR text (what the purge keeps)
# and the length of the redacted text they index, to tell they still fit it.
REDACTED_WORDS = "redacted_words"
REDACTED_LENGTH = "redacted_length"


def layout_on_redacted(layout: dict[str, Any], original: str, redacted: str) -> dict[str, Any]:
    """`layout` (ocr_layout) with its words indexed into `redacted`, the redacted OCR text,
    instead of `original`: what is kept once the original text is purged, so a stretch of the
    redacted text is still painted where its words stand. A word inside a replaced stretch
    covers its placeholder; a word whose text is gone altogether is left out. No offset into the
    original is kept (it would tell the length of what was blacked out)."""
    words = layout.get("words") or ()
    kept = {k: v for k, v in layout.items() if k != "words"}
    if not words or not original:
        return kept
    blocks = [
        op
        for op in difflib.SequenceMatcher(None, original, redacted, autojunk=False).get_opcodes()
        if op[1] < op[2]  # an insertion covers no original text
    ]
    starts = [op[1] for op in blocks]

    def block_of(position: int) -> tuple:
        return blocks[max(0, bisect.bisect_right(starts, position) - 1)]

    rows: list[list] = []
    hidden_last = False  # whether the last row covers replaced text
    for start, end, *place in words:
        first = block_of(start)
        last = block_of(max(start, end - 1))
        r_start = first[3] + (start - first[1]) if first[0] == "equal" else first[3]
        r_end = last[3] + (end - last[1]) if last[0] == "equal" else last[4]
        if r_end <= r_start:
            continue
        hidden = first is not last or first[0] != "equal"
        previous = rows[-1] if rows else None
        if (
            hidden
            and hidden_last
            and previous[-1] == place[-1]  # the same text line
            and not redacted[previous[1] : r_start].strip()
        ):
            # The words of one replaced stretch on one line are one place, as the blackout is
            # one rectangle per line: a box per hidden word would tell each word's length.
            left, top = min(previous[2], place[0]), min(previous[3], place[1])
            right = max(previous[2] + previous[4], place[0] + place[2])
            bottom = max(previous[3] + previous[5], place[1] + place[3])
            previous[1:6] = [max(previous[1], r_end), left, top, right - left, bottom - top]
            continue
        rows.append([r_start, r_end, *place])
        hidden_last = hidden
    return {**kept, REDACTED_WORDS: rows, REDACTED_LENGTH: len(redacted)}


def _layout_words(layout: dict[str, Any]) -> tuple[OcrWord, ...]:
    return tuple(
        OcrWord(
            text="",
            left=int(left),
            top=int(top),
            width=int(width),
            height=int(height),
            conf=0.0,
            line_key=(0, 0, 0, int(line)),
            char_start=int(start),
            char_end=int(end),
        )
        for start, end, left, top, width, height, line in layout.get("words") or ()
    )


def _black_out(image: Image.Image, boxes: Iterable[Box]) -> None:
    """Paint `boxes` solid black on `image`, in place."""
    draw = ImageDraw.Draw(image)
    for box in boxes:
        draw.rectangle((box.left, box.top, box.right - 1, box.bottom - 1), fill=(0, 0, 0))


# The label of an area blacked out by hand (Informatiebeheer's review page).
AREA_LABEL = "GEBIED"


def area_rect(
    x: float, y: float, breedte: float, hoogte: float, size: tuple[int, int]
) -> tuple[int, int, int, int]:
    """An area given as fractions (0..1) of an image's width and height, in pixels of an image
    of `size`: (left, top, right, bottom). The one conversion for every area painted: the
    review page's (MediaItem.areas) and the Woo officer's (woo.release)."""
    width, height = size
    return (
        int(x * width),
        int(y * height),
        int((x + breedte) * width),
        int((y + hoogte) * height),
    )


def area_boxes(areas: Iterable[Mapping[str, Any]], size: tuple[int, int]) -> list[Box]:
    """Stored areas ({"x", "y", "breedte", "hoogte"}, fractions) as boxes on an image of `size`;
    at least one pixel each, so a thin area still hides something."""
    boxes = []
    for area in areas:
        left, top, right, bottom = area_rect(
            float(area["x"]), float(area["y"]), float(area["breedte"]), float(area["hoogte"]), size
        )
        boxes.append(
            Box(
                left=left,
                top=top,
                right=max(right, left + 1),
                bottom=max(bottom, top + 1),
                label=AREA_LABEL,
            )
        )
    return boxes


def words_in_area(
    layout: Mapping[str, Any], area: Mapping[str, Any], size: tuple[int, int], text: str
) -> list[tuple[int, int]]:
    """The stretches of `text` (the OCR text the layout's words index) whose words stand under
    `area` (fractions of an image of `size`) for at least half of their box: neighbouring words
    of one line joined, so a blacked-out line is one stretch."""
    left, top, right, bottom = area_rect(
        float(area["x"]), float(area["y"]), float(area["breedte"]), float(area["hoogte"]), size
    )
    covered: list[tuple[int, int, int]] = []
    for start, end, w_left, w_top, width, height, *rest in layout.get("words") or ():
        if width <= 0 or height <= 0 or not (0 <= start < end <= len(text)):
            continue
        overlap_w = min(right, w_left + width) - max(left, w_left)
        overlap_h = min(bottom, w_top + height) - max(top, w_top)
        if overlap_w > 0 and overlap_h > 0 and overlap_w * overlap_h * 2 >= width * height:
            covered.append((start, end, rest[0] if rest else 0))
    stretches: list[list[int]] = []
    last_line = None
    for start, end, line in sorted(covered):
        if stretches and line == last_line and not text[stretches[-1][1] : start].strip():
            stretches[-1][1] = max(stretches[-1][1], end)
        else:
            stretches.append([start, end])
        last_line = line
    return [(start, end) for start, end in stretches]


def paint_areas(
    src: ImageSource,
    areas: Iterable[Mapping[str, Any]],
    *,
    out_format: str = "PNG",
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> bytes:
    """`src` (a cleaned image) with `areas` blacked out on top of what is black already,
    re-encoded as `out_format`: for an image that cannot be redrawn from its original (purged,
    or no stored layout), where an area can only be added."""
    with _open(src, max_pixels=max_pixels) as opened:
        image = _flatten(_decode_still(opened), "RGB")
    _black_out(image, area_boxes(areas, image.size))
    return _encoded(image, out_format)


def _encoded(image: Image.Image, out_format: str) -> bytes:
    if out_format == "PNG":
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", compress_level=SCREENSHOT_PNG_COMPRESSION)
        return buffer.getvalue()
    return _encode_still(image, out_format).data


def paint_spans(
    data: bytes, ocr: OcrResult, spans: Iterable[tuple[int, int, str]], *, out_format: str
) -> bytes:
    """`data` (a cleaned image) with the words of `spans` blacked out, re-encoded as `out_format`.

    For photos: text written in them (a note, a sign) that holds personal data.
    """
    with Image.open(io.BytesIO(data)) as opened:
        opened.load()
        image = _flatten(opened, "RGB")
    _black_out(image, boxes_for_spans(ocr, spans, size=image.size))
    return _encode_still(image, out_format).data


def redraw_screenshot(
    src: ImageSource,
    *,
    layout: dict[str, Any],
    spans: Iterable[tuple[int, int, str]],
    max_pixels: int = DEFAULT_MAX_PIXELS,
    out_format: str = "PNG",
    areas: Iterable[Mapping[str, Any]] = (),
) -> RedactedImage:
    """Black out `spans` of the OCR text (and the header band, and the `areas` blacked out by
    hand: fractions, see area_boxes) on an unredacted screenshot.

    No OCR runs: the word boxes come from `layout` (see `ocr_layout`), so the same spans give
    the same pixels as `redact_screenshot` did, and a span switched off shows its text again.
    A photo's layout (`"photo": true`) also gets its faces blurred and plates blacked out
    again first, as at processing.
    """
    with _open(src, max_pixels=max_pixels) as opened:
        image = _decode_still(opened)
    image = _flatten(image, "RGB")
    if layout.get("photo"):
        # Imported here: photos loads OpenCV and its models, which screenshots never need.
        from chats.redaction.photos import redact_image

        image = redact_image(image)[0].convert("RGB")
    words = _layout_words(layout)
    chosen = tuple(sorted((int(s), int(e), str(label)) for s, e, label in spans))
    boxes = boxes_for_spans(OcrResult(text="", words=words), chosen, size=image.size)
    boxes[:0] = [
        Box(left=int(left), top=int(top), right=int(right), bottom=int(bottom), label=PLATE_LABEL)
        for left, top, right, bottom in layout.get("plates") or ()
    ]
    header = layout.get("header")
    if header:
        left, top, right, bottom = (int(v) for v in header)
        boxes.insert(0, Box(left=left, top=top, right=right, bottom=bottom, label=HEADER_LABEL))
    boxes.extend(area_boxes(areas, image.size))
    _black_out(image, boxes)
    encoded = _encoded(image, out_format)
    return RedactedImage(
        data=encoded,
        width=image.width,
        height=image.height,
        ocr_text="",
        boxes=tuple(boxes),
        spans=chosen,
        words=words,
    )


def spans_without_boxes(
    layout: Mapping[str, Any], spans: Iterable[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The `spans` that touch none of `layout`'s words: `redraw_screenshot` (as
    `boxes_for_spans`) paints no box for them, so the image still shows their text."""
    words = _layout_words(dict(layout))
    return [
        (start, end, label)
        for start, end, label in spans
        if not any(w.char_start < end and w.char_end > start for w in words)
    ]


def passage_place(
    layout: Mapping[str, Any], text: str, start: int, end: int
) -> list[list[int]] | None:
    """Where the stretch [start, end) of `text` (the text `layout`'s words index) stands in the
    image, as pixel boxes [left, top, right, bottom]: over the words it touches (as
    `boxes_for_spans` blacks them out), or, touching none, the stretch of its text line
    between the words around it; None when not even its line has a word with a stored place."""
    words = _layout_words(dict(layout))
    touched = [w for w in words if w.char_start < end and w.char_end > start]
    if touched:
        return [
            [box.left, box.top, box.right, box.bottom]
            for box in boxes_for_spans(
                OcrResult(text="", words=words), [(start, end, "")], padding=0.0
            )
        ]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    on_line = [w for w in words if line_start <= w.char_start and w.char_end <= line_end]
    if not on_line:
        return None
    before = [w.right for w in on_line if w.char_end <= start]
    after = [w.left for w in on_line if w.char_start >= end]
    size = layout.get("size")
    right = min(after) if after else (int(size[0]) if size else max(w.right for w in on_line))
    return [
        [
            max(before) if before else 0,
            min(w.top for w in on_line),
            right,
            max(w.bottom for w in on_line),
        ]
    ]


def boxes_covered(
    boxes: Iterable[Sequence[int]], areas: Iterable[Mapping[str, Any]], size: tuple[int, int]
) -> bool:
    """Whether every one of `boxes` (pixels) lies under the `areas` (fractions, see area_boxes)
    of an image of `size`, together: exactly, the box less the areas' union is empty (swept
    over the slabs between the areas' left and right edges, each covered top to bottom by the
    areas spanning it). A box without width or height needs one area around it."""
    rects = [(b.left, b.top, b.right, b.bottom) for b in area_boxes(areas, size)]
    for left, top, right, bottom in boxes:
        if right <= left or bottom <= top:
            if not any(
                r_l <= left and right <= r_r and r_t <= top and bottom <= r_b
                for r_l, r_t, r_r, r_b in rects
            ):
                return False
            continue
        edges = sorted({left, right, *(x for r in rects for x in (r[0], r[2]) if left < x < right)})
        for x0, x1 in zip(edges, edges[1:], strict=False):
            spans = sorted((r_t, r_b) for r_l, r_t, r_r, r_b in rects if r_l <= x0 and x1 <= r_r)
            reached = top
            for r_t, r_b in spans:
                if r_t > reached:
                    break
                reached = max(reached, r_b)
            if reached < bottom:
                return False
    return True


def detect_in_ocr(
    ocr: OcrResult,
    *,
    known_names: Sequence[str],
    detect: Detector,
    keep_values: Sequence[str] = (),
    image: Image.Image | None = None,
) -> tuple[tuple[int, int, str], ...]:
    """Run the text detector on OCR text, tolerant of typical OCR misreads; sorted (start, end, label).

    The detector reads each bubble whole and alone: lines that lie right below each other and
    line up (`bubble_text`) are joined with a space (one character for the newline, so offsets
    stay valid), so an item wrapped over two lines is found and `boxes_for_spans` blacks out its
    words on both lines; other lines are read apart. A person's name grows over the surname
    parts after it ("Tjon A Fong"); an unsaved sender's push name after their number is a
    person. A name found as a person anywhere in the screenshot, or passed in `known_names`,
    is then looked for everywhere, also where it is an ordinary word ("Mulder heeft ...
    gewijzigd"). Spans that are one of `keep_values` (the municipality's own contact data) are
    dropped. With the screenshot's `image`, a group chat's sender labels are found by their
    colour (`coloured_sender_names`).
    """
    text = bubble_text(ocr)
    names = tuple(known_names)
    # A group's members line on its own: joined to the group's name above it (WhatsApp Web's
    # chat header) the names read as part of a title.
    members = _members_lines(ocr.text, text)
    found = _detect_all(text, ocr, names, detect)
    if members.strip():
        found |= _detect_all(members, ocr, names, detect)
    found |= _push_names(ocr.text, found)
    found |= _member_names(ocr.text)
    found |= _chat_list_names(ocr)
    found |= _notice_names(text)
    found |= _line_notice_names(ocr.text)
    found |= _emoji_contacts(ocr.text)
    found |= _missed_call_names(ocr.text)
    found |= _colleague_labels(ocr.text)
    found |= _titled_rows_cut_short(ocr.text)
    found |= _called_back_names(text)
    found |= _initialled_senders(ocr)
    found |= _role_names(text)
    found |= _residents_by_number(text)
    found |= _neighbours_by_place(text)
    found |= _names_in_brackets_after_me(text)
    found |= _addressed_first_names(text)
    # ... also per OCR line: a forwarded message's first line is joined to its label.
    found |= _subjects_after_verbs(text) | _subjects_after_verbs(ocr.text)
    found |= _numbers_of_named_streets(text)
    found |= _misread_house_numbers(text)
    found |= _ground_floor_numbers(text)
    found |= _first_names_mid_sentence(text)
    found |= _first_names_with_initial(text)
    found |= _irish_surnames(text)
    found |= _bare_initials(ocr.text)
    found |= _initialled_names(text)
    found |= _initials_with_surnames(text)
    found |= _file_name_persons(text)
    found |= _names_after_call_me(text)
    found |= _mentioned_contacts(text)
    found |= _contact_card_names(ocr)
    if image is not None:
        found |= coloured_sender_names(image, ocr)
    found |= _name_tails(text, found)
    found |= _names_over_particles(text, found)
    found |= _surnames_after_particles(text, found)
    found |= _capital_surnames_before(text, found)
    found |= _capital_surnames_with_initials(text)
    found |= _surnames_comma_before(ocr.text, found)
    found |= _first_names_joined_to_persons(text, found)
    found |= _months_before_surnames(text, found)
    found |= _word_surnames_after_first_names(text, ocr.text, found)
    found |= _surnames_with_comma_initial(ocr.text)
    found |= _identity_document_holders(text)
    found |= _recording_senders(text)
    found |= _chat_header_names(ocr)
    found |= _surnames_before_first_names(text, found)
    found |= _names_before_bracketed_birthdates(text, found)
    found |= _first_names_with_lower_surnames(text, found)
    # Round 32: a plate with spaced dashes in capitals in brackets, without a vehicle cue ("van
    # Pol Hulsbeek (6 - DRG - 71 voor de deur)").
    # In brackets after a name only: "Uitslag GZ - 12 - XD" is a score.
    found |= {
        (s, e, "LICENSE_PLATE")
        for s, e in spaced_dash_plates(text)
        if text[max(0, s - 1) : s] == "("
    }
    found |= _plate_owners(text, found)
    found |= _names_with_bracketed_nicknames(text)
    found |= _contacts_with_dashed_roles(ocr.text)
    found |= _typing_and_adding_names(ocr.text)
    found |= _subjects_after_semicolons(text)
    found |= _objects_of_contact_verbs(text)
    found |= _unknown_subjects_of_verbs(text)
    found |= _appointment_persons(text)
    found |= _recordings_named_after_people(text)
    found |= _initials_before_capital_surnames(ocr.text)
    found |= _capital_titles_cut_short(ocr.text)
    found |= _surnames_before_speaker_verbs(text)
    found |= _lower_names_with_ten(text)
    found |= _capital_de_surnames(text)
    found |= _surnames_with_bracketed_given_names(ocr.text)
    found |= _initialled_capital_labels(ocr.text)
    found |= _residents_before_numbers_and_addresses(text, found)
    found |= _first_words_before_surnames(text, ocr.text, found)
    found |= _cut_particles_of_persons(text, found)
    found |= _symbol_contacts_with_initial(ocr.text)
    found |= _word_symbol_contacts(ocr.text)
    found |= _surnames_with_initials_and_given(ocr.text)
    found |= _not_names_before_surnames(text)
    found |= _names_with_two_letter_surnames(ocr.text)
    found |= _married_names(text)
    found |= _capital_surnames_of_contacts(ocr.text, found)
    found |= _lower_surnames_after_roles(text)
    found |= _bare_country_code_mobiles(text)
    found |= _names_one_goes_by(text)
    found |= _marked_preview_senders(ocr.text)
    found |= _lower_and_slashed_contacts(ocr.text)
    found |= _cut_titled_initials_many(ocr.text)
    found |= _streets_with_bis(text)
    found |= _surnames_opening_clauses(text, found)
    found |= _file_name_particle_tails(text, found)
    found |= _called_lower_names(text)
    found |= _names_before_bracketed_contact_data(text, found)
    found |= _unknown_first_names_before_verbs(text)
    found |= _called_and_numbered_residents(text)
    found |= _unsuffixed_streets_before_places(text)
    found |= _residents_before_found_addresses(text, found)
    found |= _words_joined_to_persons(text, found)
    found |= _words_before_persons(text, ocr.text, found)
    found |= _given_names_with_lower_surnames_mid(text)
    found |= _diminutives_of_first_names(text)
    found |= _cut_capital_list_titles(ocr.text)
    found |= _language_names_addressed_at_end(text)
    found |= _round26b_persons(text, ocr.text, found)
    found |= _round27_persons(text, ocr.text, found)
    found |= _round28_persons(text, ocr, found)
    found |= _round30_persons(text, ocr.text, found)
    found |= _round33_persons(text, ocr.text)
    found |= _round34_persons(text, ocr.text, found)
    found |= _round35_persons(text, ocr.text, found)
    found |= _round36_persons(text, ocr.text, found)
    found |= _round37_persons(text, ocr.text)
    found |= _round38_persons(text, ocr.text, found)
    found |= _round39_persons(text, ocr.text, found)
    found |= _round40_persons(text, ocr.text, found)
    found |= _round41_persons(text, ocr.text, found)
    found |= _round42_persons(text, ocr.text)
    found |= _round43_persons(text, ocr.text, found)
    found |= _round44_persons(text, ocr.text, found)
    found |= _round45_persons(text, ocr.text, found)
    found |= _round46_persons(text, ocr.text, found)
    found |= _round46_lower_list_titles(ocr)
    found |= _round47_persons(text, ocr.text)
    found |= _round48_persons(text, ocr.text, found)
    found |= _round49_persons(text, ocr.text, found)
    found |= _round50_persons(text, ocr, image)
    found -= {s for s in found if s[2] == "PERSON" and _round50_district_title(text, s[0], s[1])}
    found = _round47_without_non_persons(text, ocr.text, found)
    found = _round41_without_non_persons(text, ocr.text, found)
    found -= _places_closing_addresses(text, found)
    found -= _streets_before_places(text, found)
    found -= _villages_named_like_surnames(text, found)
    found = _cut_at_institutions(text, found)
    portfolios = _portfolios_after_offices(text, found)
    found -= portfolios
    persons = persons_in(text, found)
    persons += _round39_hyphen_parts(persons)
    established = tuple(dict.fromkeys(names + persons))
    if len(established) > len(names):
        # Not inside a firm's name ("Kapsalon Joy", "Autobedrijf Gebr. Hert"): the detector
        # takes a known name anywhere, but a firm named after someone of the screenshot stays.
        found |= {
            s
            for s in _detect_all(text, ocr, established, detect)
            if s[2] == "PERSON"
            and (s in found or not _in_firms_name_of_bubble(text, ocr.text, s[0]))
        }
        found |= _name_tails(text, found)
    found |= _mentions_of(text, established, ocr.text)
    # (before the rules that grow a person over the word before it: "Openbaar" of "groen")
    found = _without_surnames_used_as_words(text, found, established)
    found |= _chat_list_lower_names(ocr, established)
    found |= _chat_list_lower_full_names(ocr, established)
    found |= _lower_names_after_prepositions(text, established)
    found |= _lower_addressed_names(text, established)
    found |= _lower_full_names(text, established)
    found |= _established_words_by_position(text, established)
    found |= _surnames_before_first_names(text, found)
    found |= _first_names_before_surnames(text, ocr.text, found)
    found |= _nicknames(text, established)
    found |= _lower_residents_by_address(text, found, established)
    found |= _lower_names_before_addresses(text, found)
    found |= _quoted_names_before_addresses(text, found)
    found |= _first_names_with_lower_surnames(text, found)
    found |= _word_surnames_after_first_names(text, ocr.text, found)
    found |= _names_over_particles(text, found)
    found |= _surnames_after_particles(text, found)
    found |= _capital_surnames_before(text, found)
    found |= _chat_list_capital_surnames(ocr, found)
    found -= _places_closing_addresses(text, found)  # the detector's second pass finds it again
    found -= _streets_before_places(text, found)
    found -= _persons_in_titled_streets(text, found)
    found -= _villages_named_like_surnames(text, found)
    found = _cut_at_institutions(text, found)
    # A firm named after a person stays ("door Kapsalon Joy uit Ten Arlo"), also where the
    # detector took its name part for a person on its first reading.
    found -= {
        s
        for s in found
        if s[2] == "PERSON"
        and (
            _in_firms_name_of_bubble(text, ocr.text, s[0])
            or _before_firm_word(text, s[1])
            or _opens_with_business_kind(text, s[0], s[1])
            or text[s[0] : s[1]].casefold() in _APP_BRANDS
        )
    }
    businesses = _business_rows(ocr)
    found -= {
        s
        for s in found
        if s[2] == "PERSON" and any(start <= s[0] and s[1] <= end for start, end in businesses)
    }
    # "Mevrouw De Groot van nummer 74" where only a later bubble made "Groot" a person.
    persons_found = [Span(s, e, label) for s, e, label in found if label == "PERSON"]
    found |= {(s.start, s.end, s.label) for s in house_numbers_of(text, persons_found)}
    found = _without_group_tails(text, found)
    found |= _names_before_addresses(text, found)
    found |= _names_before_birth_data(text)
    found |= _words_joined_to_persons(text, found)
    found |= _words_before_persons(text, ocr.text, found)
    # A person these late rules established is blacked out everywhere too.
    late = tuple(n for n in persons_in(text, found) if n not in established)
    if late:
        # ... not in a firm's chat list row, which stays ("Kroos Install... 13:02 Factuur ...")
        found |= {
            s
            for s in _mentions_of(text, late, ocr.text)
            | _established_words_by_position(text, late)
            | _lower_full_names(text, late)
            if not any(start <= s[0] and s[1] <= end for start, end in businesses)
        }
    found |= _number_first_addresses(text)
    found |= _postcodes_around(text, found)
    found |= _numbers_of_found_homes(text, found)
    found |= _floors_of_addresses(text, found)
    found |= _high_floors_of_addresses(text, found)
    found |= _rooms_of_addresses(text, found)
    found |= _weekdays_of_birthdates(text, found)
    found |= _bracketed_weekday_birthdates(text, found)
    found |= _bracketed_numeric_birthdates(text, found)
    found = _cut_at_institutions(text, found)  # the late rules may grow a name over it again
    found |= _plates_opening_lines(ocr.text)
    found |= _foreign_phones(text)
    found |= _cut_titled_initials(ocr.text)
    found |= _number_comma_streets(text)
    found |= _uneven_birthdates(text, found)
    found |= _numbers_with_word_toevoegingen(text)
    found |= _short_floors_of_addresses(text, found)
    found |= _cut_particles_of_persons(text, found)
    found |= _initials_and_titles_of_persons(text, found)
    found |= _glued_initials_of_capital_surnames(text, found)
    found |= _cut_foreign_phones(ocr.text)
    found |= _o_misread_mobiles(text)
    found |= _bracketed_misread_day_dates(text)
    found |= _dotted_postcodes_after_addresses(text, found)
    found |= _numbers_found_again(text, found)
    found |= _numbers_with_floors(text)
    found |= _split_bsns(text)
    found |= _round26b_numbers(text, ocr.text, found)
    found |= _round27_numbers(text, ocr.text, found)
    found |= _round28_late(text, ocr.text, found)
    found |= _round30_late(text, found)
    found |= _lower_surnames_after_names(text, found)
    found |= _round33_late(text, ocr.text, found)
    found |= _round34_late(text, ocr.text, found)
    found |= _round35_late(text, found, ocr.text)
    found |= _round36_late(text, ocr.text, found)
    found |= _round37_numbers(text)
    found |= _round38_late(text, ocr.text, found, keep_values)
    found |= _round39_late(text, ocr.text, found, keep_values)
    found |= _round40_late(text, ocr, found)
    found |= _round41_late(text, ocr.text, found)
    found |= _round42_late(text, ocr.text, found)
    found |= _round43_late(text, ocr.text, found)
    found |= _round44_late(text, ocr.text, found)
    found |= _round45_late(text, ocr.text, found, keep_values)
    found |= _round46_late(text, ocr.text, found, keep_values)
    found |= _round47_late(text, ocr.text, found)
    found |= _round48_late(text, ocr.text, found)
    found |= _round49_late(text, ocr.text, found)
    found |= _round50_late(text, ocr.text, found)
    found |= _dotted_postcodes_after_addresses(text, found)
    found -= {s for s in found if s[2] == "DATE_OF_BIRTH" and _MEETING_TIME_AFTER.match(text, s[1])}
    found -= _months_in_dates(ocr.text, found)
    found |= _round28_numbers(text, ocr.text, found)
    found |= _round30_numbers(text, ocr.text)
    found |= _dotted_plates(text)
    found -= {
        s
        for s in found
        if s[2] == "PERSON" and any(p[0] <= s[0] and s[1] <= p[1] for p in portfolios)
    }
    # A firm's "& Zn." / "& Co" / "& Zo" after a name, whichever rule found it ("Brasem & Zn.").
    found -= {s for s in found if s[2] == "PERSON" and _AND_SONS_AFTER.match(text, s[1])}
    found -= _cut_keep_numbers(ocr.text, found, keep_values)
    found |= _round51_persons(text)
    found = _without_business_names(ocr.text, _without_group_names(ocr.text, found))
    found = _round36_without_business_accounts(ocr.text, found)
    found = _round39_without_group_words(text, found)
    found |= _round40_everywhere(text, ocr.text, found)
    found = _round40_without_non_persons(text, ocr.text, found)
    found |= _round41_everywhere(text, ocr.text, found)
    found = _round41_without_non_persons(text, ocr.text, found)
    found = _round43_without_non_persons(text, found)
    found |= _round44_everywhere(text, ocr, found)
    found = _round44_without_non_persons(text, ocr.text, found)
    found |= _round45_row_givens(ocr.text, found)
    found = _round45_without_firms(text, ocr.text, found)
    found = _round46_without_non_persons(text, found)
    found = _round47_without_non_persons(text, ocr.text, found)
    found = _round48_without_non_persons(text, ocr.text, found)
    found |= _round49_late_persons(text, ocr.text, found)
    found = _round49_without_non_persons(text, found)
    found |= _round50_late_persons(text, ocr.text, found)
    found = _round50_without_non_persons(text, found)
    found = _without_surnames_used_as_words(text, found, names)
    found |= _round51_late(text)
    found |= _round51_slashed_numbers(text, found)
    found |= _round51_nicknames(text, found)
    found |= _round51_push_initials(text, found)
    round52 = _round52_persons(text, ocr)
    round52 |= _round52_by_found(text, ocr.text, found | round52)
    found |= round52 | _round52_again(text, ocr.text, found | round52, round52)
    found |= _round52_bracketed_initials(text, found)
    found |= _round52_late(text, found)
    found = _round52_without_non_pii(text, found)
    round53 = _round53_persons(text, ocr)
    round53 |= _round53_by_found(text, found | round53)
    found |= round53 | _round52_again(text, ocr.text, found | round53, round53)
    found |= _round53_numbers(text, ocr.text)
    regions = _kept_regions(text, keep_values)
    kept = [
        s
        for s in found
        if not _is_kept(text[s[0] : s[1]], keep_values)
        and not _round41_kept(text, s[0], s[1], keep_values)
        and not any(start <= s[0] and s[1] <= end for start, end in regions)
    ]
    # Keep only what adds coverage: a find inside another one would only repeat it.
    ordered = sorted(kept, key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int, str]] = []
    for span in ordered:
        if not any(s <= span[0] and span[1] <= e for s, e, _ in out):
            out.append(span)
    return tuple(sorted(out))


# A postcode right after an address ("Riebeeckstraat 49, 7941 SS"), also with letters no
# postcode is given (SA, SD, SS), dashed in lower case ("7941-pg", OCR's "7947 -hk") and with a
# slash ("7941/SS"), which the detector leaves alone elsewhere; the country's
# prefix before a postcode ("NL 7943VP").
_POSTCODE_AFTER_ADDRESS = re.compile(
    # ... also after the rest of a toevoeging the address left ("240-1hg, 7944je", "129 A-3, ...")
    r"(?:[ ]?[-/][ ]?[A-Za-z0-9]{1,3}|[A-Za-z0-9]{1,3}|"
    # ... round 32: or "t.o." (opposite) whose "t" the address took ("14 t.o., 7942.GT")
    r"(?:[ ]?t)?\.o\.)?"
    r",?[ \n]*([1-9]\d{3}[ ]?[-/.]?[ ]?[A-Za-z]{2})(?![\w])"
)
_COUNTRY_BEFORE_POSTCODE = re.compile(r"(?<![\w-])NL[ -]?$")


# An address written number first, as in English ("74 Slingerpad", "54 Burgemeester Riemstraat"),
# also cut short after a street's title in a chat list's preview ("Huisbezoek 54 Burgemeester.").
_STREET_TITLES = (
    r"Burgemeester|Dokter|Professor|Pastoor|Meester|Prins|Prinses|Koning|Koningin|Graaf|"
    r"Generaal|Wethouder|Sint|Oude|Nieuwe|Korte|Lange|Hoge|Lage|Grote|Kleine"
)
_NUMBER_FIRST_ADDRESS = re.compile(
    r"(?<![\w,.:/'-])(?!(?:19|20)\d\d\b)(?P<number>[1-9]\d{0,3}(?:[a-zA-Z](?![\w]))?)[ ]+"
    rf"(?:(?P<title>{_STREET_TITLES})(?:[ ]+|(?=\.|\u2026|[ ]*$)))?"
    r"(?P<street>[A-Z][^\W\d_]{3,}(?:-[A-Z][^\W\d_]+)?)?"
)
# The house number after the word for it ("Hesselingenweg, huisnr 14", "op nummer 78-C"), the
# street before it; "nummer" alone needs a toevoeging, as numbers of other things have none.
_HOUSE_NUMBER_WORD = re.compile(
    r"(?:(?P<street>[A-Z][^\W\d_]{3,}(?:-[A-Z][^\W\d_]+)?),?[ ]+)?"
    r"(?:(?i:huisnr|huisnummer)\.?[ ]*(?P<number>[1-9]\d{0,4}(?:[ ]?[-/]?[ ]?[a-zA-Z0-9]{1,3})?)"
    r"|(?i:nummer|nr)\.?[ ]+(?P<added>[1-9]\d{0,3}(?:[ ]?-[ ]?[A-Za-z]{1,2}\d?|[a-zA-Z]|/\d{1,3})))(?![\w])"
)
_NOT_A_HOME_BEFORE = re.compile(r"\b(?i:bus|buslijn|lijn|tram|route|zone|afrit|uitrit)[ ]+$")
# A number cut short after a home visit in a chat list's preview ("Huisbezoek 13...", "huisbezoek
# 13 ...", or the dots lost at the line's end).
_VISITED_NUMBER = re.compile(
    r"\b(?i:huisbezoek)[ ]+(?P<number>[1-9]\d{0,4}[a-zA-Z]?)(?=[ ]?(?:\.{2,}|\u2026)|[ ]*(?:\n|$))"
)


def _number_first_addresses(text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    if not any(c.isdigit() for c in text):
        return out
    for match in _NUMBER_FIRST_ADDRESS.finditer(text):
        if _NOT_A_HOME_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "bus 5 Stationsweg": a line's number
        street = match.group("street")
        if street is not None and lexicon.street_suffix(street.casefold()):
            out.add((match.start(), match.end("street"), "ADDRESS"))
        elif match.group("title") and street is None:
            out.add((match.start(), match.end("title"), "ADDRESS"))
    for match in _HOUSE_NUMBER_WORD.finditer(text):
        street = match.group("street")
        start = (
            match.start("street")
            if street is not None and lexicon.street_suffix(street.casefold())
            else match.start("number")
            if match.group("number")
            else match.start("added")
        )
        out.add((start, match.end(), "ADDRESS"))
    out |= {(m.start(1), m.end(1), "ADDRESS") for m in _VISITED_NUMBER.finditer(text)}
    return out


def _postcodes_around(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label == "ADDRESS" and (match := _POSTCODE_AFTER_ADDRESS.match(text, end)):
            out.add((match.start(1), match.end(1), "POSTCODE"))
        elif label == "POSTCODE" and (
            prefix := _COUNTRY_BEFORE_POSTCODE.search(text, max(0, start - 4), start)
        ):
            out.add((prefix.start(), end, "POSTCODE"))
    return out


_WEEKDAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
# The weekdays in full and as abbreviated ("ma", "di"), for a regex.
_WEEKDAY_WORDS = "|".join(_WEEKDAY_NAMES) + "|ma|di|wo|do|vr|za|zo"
# The weekday written before a birth date ("geboren zaterdag 12 juli 1986") dates it too: with
# the year cut off in a chat list's preview ("Geboren zondag 15 september") it tells the year.
_WEEKDAY_BEFORE = re.compile(
    rf"(?<![\w])(?:{_WEEKDAY_WORDS})\.?,?[ \n]$",
    re.I,
)


# A full written date with its weekday in brackets right after a name: "Saoirse Pham\n(woensdag
# 15 november 2000) is overleden" - that person's birth date.
_BRACKETED_WEEKDAY_DATE = re.compile(
    rf"[ \n]?\((?:{_WEEKDAY_WORDS})"
    r"\.?,?[ \n]+\d{1,2}[ \n]+[a-z]{3,9}\.?[ \n]+(?P<year>(?:19|20)\d\d)\)",
    re.I,
)


# ... or written in digits, spaced around its dashes and with an O read for a 0 ("Joep Kraai
# (03 - O1 - 2021)"): a past date in brackets after a name is that person's birth date.
_DATE_DIGIT = r"[\dOoIl]"
_BRACKETED_NUMERIC_DATE = re.compile(
    rf"[ \n]?\([ ]?{_DATE_DIGIT}{{1,2}}[ ]?[-/.][ ]?{_DATE_DIGIT}{{1,2}}[ ]?[-/.][ ]?"
    r"(?P<year>(?:19|20)\d\d)[ ]?\)"
)


def _bracketed_numeric_birthdates(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    for _start, end, label in found:
        match = _BRACKETED_NUMERIC_DATE.match(text, end) if label == "PERSON" else None
        if match is not None and int(match.group("year")) <= this_year:
            start = match.start() + (1 if text[match.start()] in " \n" else 0)
            out.add((start, match.end(), "DATE_OF_BIRTH"))
    return out


def _bracketed_weekday_birthdates(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """The date is a birth date when it lies ten years back or more (no appointment)."""
    out: set[tuple[int, int, str]] = set()
    latest = datetime.datetime.now(tz=datetime.UTC).year - 10
    for _start, end, label in found:
        match = _BRACKETED_WEEKDAY_DATE.match(text, end) if label == "PERSON" else None
        if match is not None and int(match.group("year")) <= latest:
            start = match.start() + (1 if text[match.start()] in " \n" else 0)
            out.add((start, match.end(), "DATE_OF_BIRTH"))
    return out


def _weekdays_of_birthdates(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label == "DATE_OF_BIRTH" and (
            weekday := _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
        ):
            out.add((weekday.start(), end, label))
    return out


def bubble_text(ocr: OcrResult) -> str:
    """`ocr.text` with the line breaks inside one chat bubble made spaces.

    Two consecutive lines are one bubble when the second lies right below the first and lines
    up with it (`continues_line`). Tesseract's blocks are no guide: it splits a bubble's last
    line into the next bubble's block, and puts a time stamp and the next message in one block.
    """
    chars = list(ocr.text)
    lines = text_lines(ocr.words)
    for before, after in zip(lines, lines[1:], strict=False):
        if continues_line(before, after):
            for i in range(before[-1].char_end, after[0].char_start):
                if chars[i] == "\n":
                    chars[i] = " "
    return "".join(chars)


# A line continues the one above it (a wrapped sentence in the same bubble) when the gap
# between them is at most this share of the text height (a bubble's own line spacing is
# ~0.35-0.8 of it, WhatsApp Web's the widest; bubbles and chat-list rows lie 1.0+ apart) ...
WRAP_MAX_GAP = 0.9
# ... and it starts within this many text heights of the line above, or lies mostly under it
# (centred notices).
WRAP_MAX_INDENT = 1.5


def text_lines(words: Sequence[OcrWord]) -> list[list[OcrWord]]:
    """`words` grouped per OCR line, in text order."""
    lines: list[list[OcrWord]] = []
    for word in words:
        if lines and lines[-1][0].line_key == word.line_key:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _text_height(line: Sequence[OcrWord]) -> int:
    # The median word, so one misread icon ("O" over an avatar) does not set the height.
    return sorted(w.height for w in line)[len(line) // 2]


def continues_line(above: Sequence[OcrWord], below: Sequence[OcrWord]) -> bool:
    """True when `below` is the next line of the same bubble as `above`."""
    height = max(_text_height(above), _text_height(below))
    gap = min(w.top for w in below) - max(w.bottom for w in above)
    if not -0.3 * height <= gap <= WRAP_MAX_GAP * height:
        return False
    left_a, right_a = min(w.left for w in above), max(w.right for w in above)
    left_b, right_b = min(w.left for w in below), max(w.right for w in below)
    if abs(left_a - left_b) <= WRAP_MAX_INDENT * height:
        return True
    shared = min(right_a, right_b) - max(left_a, left_b)
    return shared >= 0.5 * min(right_a - left_a, right_b - left_b)


def persons_in(text: str, spans: Iterable[tuple[int, int, str]]) -> tuple[str, ...]:
    """The person names among `spans`, whitespace normalised, in order of appearance."""
    names = (" ".join(text[s:e].split()) for s, e, label in sorted(spans) if label == "PERSON")
    return tuple(dict.fromkeys(n.strip(" ,.:;!?") for n in names if len(n) >= 2))


_NAME_PART = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Words inside names that say nothing about who it is.
_NAME_FILLERS = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "ter",
        "ten",
        "te",
        "in",
        "'t",
        "op",
        "la",
        "le",
        "da",
        "di",
        "du",
        "mr",
        "dr",
        "ir",
        "mevrouw",
        "meneer",
        "mevr",
        "dhr",
    ]
)


def _mentions_of(
    text: str, names: Sequence[str], lines_text: str | None = None
) -> set[tuple[int, int, str]]:
    """Capitalised mentions of any part of an established name, also an ordinary word.

    The detector leaves out name parts that are everyday words or places ("Boer", "Post"), so a
    surname seen next to a first name in one bubble would stay readable alone in a sender line,
    a reply quote or a notice ("Boer heeft de groepsbeschrijving gewijzigd"). Not inside a
    firm's name ("Bloemenhuis Rosa"), judged on `lines_text` (the OCR lines, where a bubble's
    line breaks still stand).
    """
    parts = _name_parts(names)
    if not parts:
        return set()
    return {
        (m.start(), m.end(), "PERSON")
        for m in _NAME_PART.finditer(text)
        if m.group()[0].isupper()
        and m.group().casefold() in parts
        and not _in_firms_name_of_bubble(text, lines_text, m.start())
        and not _month_of_a_date(text, m)
    }


_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:ste|de|e)?[ ]?$")
_YEAR_AFTER = re.compile(r"[ ]?'?\d{2,4}\b")


def _month_of_a_date(text: str, match: re.Match[str]) -> bool:
    """A month's name after a day or before a year ("voor 5 Mei", "Juni 2026") is a date's, not
    the contact named like the month."""
    return match.group().casefold() in _MONTH_NAMES and bool(
        _DAY_BEFORE.search(text, 0, match.start()) or _YEAR_AFTER.match(text, match.end())
    )


def _in_firms_name_of_bubble(text: str, lines_text: str | None, start: int) -> bool:
    """`_in_firms_name` on the OCR lines (`lines_text`), or on the bubble's joined `text` where
    the firm's name wraps onto the next line inside a sentence ("via Autobedrijf Gebr.\nHert.":
    a lower-case word before the firm's on its line); not a group's title over its members
    ("Team Zorg\nHaring, Bloem") nor a sender label ("Werkgroep Groen\nHulst: ik kom ook")."""
    if _in_firms_name(text if lines_text is None else lines_text, start):
        return True
    if lines_text is None:
        return False
    name = _NAME_PART.match(text, start)
    before = len(text[:start].rstrip(" "))
    if name is not None and _FILE_EXTENSION_AHEAD.match(text, name.end()):
        # A document named after the firm, wrapped ("Werkbon Schoonmaakbedrijf De\nEmmer
        # PRJ-921.pdf"): no title over members.
        return _in_firms_name(text, start)
    return (
        name is not None
        and text[name.end() : name.end() + 1] != ":"
        and _SENTENCE_BEFORE_FIRM.search(text, max(0, before - 80), before) is not None
        and _in_firms_name(text, start)
    )


_FILE_EXTENSION_AHEAD = re.compile(r"[^\s]*(?:[ ][^\s]+){0,3}\.(?i:pdf|docx?|odt|xlsx?)\b")


# A lower-case word, then the firm's words up to the name, on one line of the bubble's text.
_SENTENCE_BEFORE_FIRM = re.compile(r"(?:^|(?<=[ \n]))[a-z]\S*[ ]+(?:[A-Z]\S*[ ]+){0,2}[A-Z]\S*$")


# A firm named after a person: its trade word, then initials, "Gebr." or a first name, then the
# name ("Bloemenhuis Rosa", "Installatiebedrijf R. Vonk", "Verhuisbedrijf Gebr. Hulshof").
_TRADE_WORD = re.compile(r"[A-Z][^\W\d_]+")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_GIVEN_OR_BROTHERS = re.compile(r"Gebr\.|Fa\.|[A-Z][^\W\d_]+")


def _in_firms_name(text: str, start: int) -> bool:
    """True when the name at `start` is part of a firm's name (a person's name seen elsewhere in
    the screenshot, the firm's trade word before it here). A line break may fall after the
    initials ("Installatiebedrijf R.\nVonk"), not after a word: a sender label or a title
    ends there ("Werkgroep Groen\nHulst: ik kom ook")."""
    before = text[max(0, start - 40) : start]
    if not before[-1:].isspace():
        return False
    words = list(re.finditer(r"\S+", before))
    initials = False
    while words and _INITIALS.fullmatch(words[-1].group()):
        words.pop()
        initials = True
    if not initials and "\n" in before[words[-1].end() if words else 0 :]:
        return False
    if (
        len(words) >= 2
        and not _firm_word(words[-1].group())
        and _GIVEN_OR_BROTHERS.fullmatch(words[-1].group())
        and "\n" not in before[words[-1].end() :]
    ):
        words.pop()  # one given name between: "Uitvaartzorg Dinie Brink"
    if not words or not _firm_word(words[-1].group()):
        return False
    if words[-1].group().casefold() in _ROUND39_CLIENT_SERVICES:
        return False  # round 39: "Budgetbeheer Olufemi via ...", the client
    after = re.compile(r"\s+").match(before, words[-1].end())
    return after is not None and "\n" not in after.group()


_NEXT_WORD = re.compile(r"[ ]([A-Z][^\W\d_]+)\b")


# Round 31: a firm's "& Zn." / "& Co" / "& Zo" after the name ("Brasem & Zn.", "Paling & Zo").
_AND_SONS_AFTER = re.compile(
    r"[ ]*&[ ]*(?:Zn\.?|Zonen|Co\.?|Zo|Dochters?|Partners|Dochter)(?![^\W\d_])"
)


def _before_firm_word(text: str, end: int) -> bool:
    """A name with a firm's trade word right after it on its line ("Offerte Tijm Catering",
    "Kool Sloopwerken 09:05"), or "& Zn." / "& Co" ("Brasem & Zn."): a firm named after a
    person, which stays."""
    if _AND_SONS_AFTER.match(text, end) is not None:
        return True
    word = _NEXT_WORD.match(text, end)
    return word is not None and _firm_word(word.group(1))


def _firm_word(word: str) -> bool:
    if word.isupper() and word.casefold() in _INSTITUTION_ABBREVIATIONS:
        return True  # "ROC Menso Alting", "CBS Jan Ligthart": a school named after a person
    return _TRADE_WORD.fullmatch(word) is not None and (
        is_firm_word(word.casefold())
        or _BUSINESS_PLACE.search(word.casefold()) is not None
        or _round36_trade(word)  # round 36: "Cateraar De Beker"
    )


# Round 32: named places of business the firm words' endings miss, before the name they bear
# ("Molen De Wiek", "Dierenopvang De Wissel", "Loonwerk Hulsbeek", "Manege De Hoef"): a mill,
# a shelter, a contractor's "-werk" (the singular of "Sloopwerken"), a riding school, a yard.
_BUSINESS_PLACE = re.compile(
    r"^(?:molen|opvang|asiel|pension|dierenopvang|dierenasiel|nachtopvang|dierenpension|"
    r"hondenpension|kattenpension)$|^(?:loon|sloop|schilder|straat|grond|"
    r"metsel|timmer|stukadoor|voeg|hovenier|tuin|dak)werk$|^(?:manege|scheepswerf|werf|hoeve)$"
    # Round 35: businesses on the water ("Jachthaven De Boei", "Rondvaart De Vlet").
    r"|^(?:jachthaven|passantenhaven|rondvaart|rondvaarten|rondvaartbedrijf)$"
    # Round 52: clinics ("Dierenkliniek Kam", "Tandkliniek De Vries").
    r"|kliniek$"
)


_INSTITUTION_IN_NAME = re.compile(
    r"(?:[ \n]+(?:van|bij|op|naar|aan))?[ \n]+(?P<abbr>[A-Z]{3,4})(?=[ \n]|$)"
)


def _cut_at_institutions(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """A person's span the detector ran on over a school's name ("Björn van ROC Menso Alting")
    ends before it; the school's name stays."""
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label == "PERSON":
            for match in _INSTITUTION_IN_NAME.finditer(text, start, end):
                if match.start() > start and match.group("abbr").casefold() in (
                    _INSTITUTION_ABBREVIATIONS
                ):
                    end = match.start()
                    break
            if text[start:end].casefold() in _INSTITUTION_ABBREVIATIONS:
                continue  # the school's capitals alone, taken as a name part of it
        out.add((start, end, label))
    return out


def _name_parts(names: Sequence[str]) -> set[str]:
    """The capitalised parts of `names` that identify, case-folded: no fillers, 3+ letters."""
    return {
        part.casefold()
        for name in names
        for part in _NAME_PART.findall(name)
        if len(part) >= 3 and part[0].isupper() and part.casefold() not in _NAME_FILLERS
    }


# Tussenvoegsels between a first name (or initials) and a surname ("Lente op den Kamp").
_PARTICLE = r"(?:van|von|de|der|den|het|'t|ter|ten|te|op|in|uit|la|le|da|di|du|del|dos)"
_ONLY_PARTICLES = re.compile(rf"[ \n]+(?:{_PARTICLE}[ \n]+)+")
_NAME_BEFORE_PARTICLES = re.compile(
    rf"((?:[A-Z]\.){{1,3}}|[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)[ \n]+(?:{_PARTICLE}[ \n]+)+$"
)


def _names_over_particles(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Person spans grown over the tussenvoegsels before them and the first name or initials
    before those: the detector finds "Kamp" in "Lente op den Kamp" (and sometimes "Lente"),
    but the words between identify as much. A capitalised word opening a sentence ("Groeten
    van De Vries") is no first name unless a name list knows it as one."""
    persons = sorted((s, e) for s, e, label in found if label == "PERSON")
    if not persons:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for (start_a, end_a), (start_b, end_b) in zip(persons, persons[1:], strict=False):
        if end_a < start_b and _ONLY_PARTICLES.fullmatch(text, end_a, start_b):
            out.add((start_a, end_b, "PERSON"))
    for start, end in persons:
        match = _NAME_BEFORE_PARTICLES.search(text, max(0, start - 40), start)
        if match is None:
            continue
        word = match.group(1)
        before = text[: match.start(1)].rstrip(" ")
        opens_sentence = not before or before[-1] in ".!?:\n"
        # Initials ("W. op den Berg") always; a word when it is no organisation's.
        if word.endswith(".") or _first_name_before_particles(word, opens_sentence, lex):
            out.add((match.start(1), end, "PERSON"))
    return out


# Lower-case tussenvoegsels after a first name, then the surname ("Femke de Vos", "Lot van
# der Kraai"): the surname is the person's also where it is an ordinary word ("Reus", "Hert").
# Prepositions that also open a place ("Joy uit Ten Arlo", "Mila in Meppel") are no particles.
_SURNAME_PARTICLE = r"(?:van|von|de|der|den|'t|ter|ten|la|le|da|di|du|del|dos|el)"
_PARTICLES_THEN_SURNAME = re.compile(
    rf"[ \n]+{_SURNAME_PARTICLE}(?:[ \n]+{_SURNAME_PARTICLE}){{0,2}}[ \n]+"
    r"([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)(?![\w-])"
)

# The same with the first particle capitalised, as some write it after a first name.
_CAPITAL_PARTICLES_THEN_SURNAME = re.compile(
    rf"[ \n]+(?:Van|De|Der|Den|Ter|Ten)(?:[ \n]+{_SURNAME_PARTICLE}){{0,2}}[ \n]+"
    r"([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)(?![\w-])"
)


def _surnames_after_particles(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Person spans of one first name grown over the particles and the surname after them."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not _NAME_PART.fullmatch(text, start, end):
            continue
        match = _PARTICLES_THEN_SURNAME.match(text, end)
        capital = None if match is not None else _CAPITAL_PARTICLES_THEN_SURNAME.match(text, end)
        if capital is not None and capital.group(1).casefold() in lex.surnames:
            match = capital  # "Groet, Maan\nDe Klerk": a known surname after "De", "Van"
        if match is None:
            continue
        surname = match.group(1)
        low = surname.casefold()
        # Round 32: two particles before a capital make it a surname, also a frequent word
        # ("Sokha van de\nBelt").
        particles = len(text[end : match.start(1)].split())
        if (
            _organisation_or_place(surname, lex)
            or (low in lex.frequent_words and (particles < 2 or low in lex.not_names))
            or lexicon.street_suffix(low) is not None
        ):
            continue
        out.add((start, match.end(), "PERSON"))
    return out


# The writer's name set off by commas after "bel mij" ("Bel mij, Zon, op 06 ..."), also a
# nickname or surname that is a word.
_NAME_AFTER_CALL_ME = re.compile(
    r"\b(?i:bel|app|mail|sms|bereik)[ ]+(?i:mij|me)[ ]?,[ ]?"
    r"(?P<name>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?:[ ][A-Z][^\W\d_]+)?)[ ]?,[ ]?"
    r"(?i:op|via|gerust|even|dan|graag)\b"
)


def _names_after_call_me(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    return {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _NAME_AFTER_CALL_ME.finditer(text)
        if not _organisation_or_place(m.group("name").split()[0], lex)
        and m.group("name").split()[0].casefold() not in lex.frequent_words
    }


# A person's name in lower case in a document's file name, the underscores OCR read as spaces
# ("Loonstrook tenzin beridze.pdf", "Loonstrook guörún _ virtanen.pdf").
_FILE_NAME_PERSON = re.compile(
    # The document's kind, also a compound with a dash ("WOZ-bezwaar"); the name may wrap
    # onto the file card's next line.
    # A lower-case word or two may follow the kind ("Audio van", "Scan rijbewijs"); a voice
    # note, a video and a scan are named so too.
    r"(?<![\w.])[A-Z][^\W\d_]+(?:-[^\W\d_]+)*(?:[ ]?_[ ]?|[ \n]+)(?:[a-z]{2,}[ ]+){0,2}?"
    r"(?P<name>(?P<first>[^\W\d_]{2,})(?:[ ]?_[ ]?|[ \n]+)(?P<last>[^\W\d_]{2,}))"
    r"\.(?i:pdf|docx?|odt|jpe?g|png|heic|m4a|opus|ogg|mp3|aac|wav|mp4|mov)\b"
)


def _file_name_persons(text: str) -> set[tuple[int, int, str]]:
    if "." not in text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _FILE_NAME_PERSON.finditer(text):
        first = match.group("first")
        # A short given name may read as two short words ("ten" + "zin").
        given = (
            _name_word_before_address(first, lex, first=True)
            or (len(first) < 8 and first.casefold() not in lex.dutch_words)
            # Both capitalised after the kind ("Scan rijbewijs Bries Duif.jpg"): a given name
            # also where it is an everyday word.
            or (
                first[0].isupper()
                and match.group("last")[0].isupper()
                and first.casefold() not in lex.frequent_words
                and not _organisation_or_place(first, lex)
                # "Offerte Schoonmaakbedrijf Kist.pdf": a firm's name
                and not is_firm_word(first.casefold())
                and not lexicon.is_compound(first.casefold())
            )
        )
        if given and _name_word_before_address(match.group("last"), lex, first=False):
            out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


# A surname in capitals before a first name, as on a passport, a saved contact or a document's
# file name ("VOS Mirthe", "Uittreksel DE HAAN Femke.pdf"), with its tussenvoegsels.
_CAPITAL_SURNAME_BEFORE = re.compile(
    r"(?<![\w'\u2019-])((?:(?:VAN|VON|DE|DER|DEN|TER|TEN|'T|EL|AL|DA|DOS|LA|LE)[ ]+){0,3}"
    r"([A-Z\u00c0-\u00de]{3,}(?:-[A-Z\u00c0-\u00de]{2,})?))[ ]+$"
)
_VOWEL = re.compile(r"[AEIOUYÀ-ÖØ-Þ]")


# Capitals that open a school's or an agency's name, never a surname before a first name.
_INSTITUTION_ABBREVIATIONS = frozenset(
    {"roc", "mbo", "hbo", "obs", "cbs", "pcbs", "csg", "rkbs", "ikc", "vmbo", "ggd", "uwv", "svb"}
)


def _capital_surnames_before(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Person spans that open with a first name grown over the surname in capitals before it:
    a word a name list knows as a surname, or one no dictionary knows (not "IBAN", "GEZOCHT")."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        first = _NAME_PART.match(text, start, end)
        if label != "PERSON" or first is None or first.group().isupper():
            continue
        match = _CAPITAL_SURNAME_BEFORE.search(text, max(0, start - 40), start)
        if match is None:
            continue
        surname = match.group(2)
        low = surname.casefold()
        if (
            low in lex.frequent_words
            or low in lex.not_names
            or low in _ORGANISATION_WORDS
            or organisation_pattern().search(surname)
            or not _VOWEL.search(surname)
            or low in _INSTITUTION_ABBREVIATIONS  # "ROC Menso Alting": a school named so
        ):
            continue
        # A place's name is also a surname ("KLOMP", "DIJK"): in capitals before a first name,
        # a surname.
        if low in lex.surnames or (low not in lex.dutch_words and low not in lex.places):
            out.add((match.start(1), end, "PERSON"))
    return out


# A name written formally, the surname in capitals before a comma and initials ("MAST, D.",
# "VAN DER BOS, K.L."), also without the comma ("zou SPECHT G. zijn"), in a chat list's title
# or a message.
_CAPITAL_SURNAME_INITIALS = re.compile(
    r"(?<![\w'\u2019-])((?:(?:VAN|DE|DER|DEN|TER|TEN|LA|LE)[ ]+)*"
    r"([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019]+(?:-[A-Z\u00c0-\u00de]{2,})?)(?:,[ ]?|[ ])"
    r"(?:[A-Z]\.[ ]?){0,3}[A-Z]\.)(?![\w])"
)


def _capital_surnames_with_initials(text: str) -> set[tuple[int, int, str]]:
    """`_CAPITAL_SURNAME_INITIALS`: a surname a name list knows, also an everyday word ("KNOOP"),
    or one no dictionary knows; no abbreviation or organisation ("IBAN, K.")."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _CAPITAL_SURNAME_INITIALS.finditer(text):
        surname = match.group(2)
        low = surname.casefold()
        if (
            len(surname) < 3
            or low in lex.not_names
            or low in _ORGANISATION_WORDS
            or organisation_pattern().search(surname)
            or not _VOWEL.search(surname)
        ):
            continue
        if low in lex.surnames or (low not in lex.dutch_words and low not in lex.places):
            out.add((match.start(1), match.end(1), "PERSON"))
    return out


# A chat list title or a line opening with a surname before a comma and a first name found as a
# person ("De Klerk, Aysegül 09:34", "Van Dam, Ilse").
_SURNAME_COMMA_BEFORE = re.compile(
    r"(?:^|(?<=\n))((?P<particles>(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ii]n|'t)[ ]+)*)"
    r"(?P<surname>[A-Z\u00c0-\u00de][\w'\u2019]+(?:-[A-Z\u00c0-\u00de][\w'\u2019]+)?),[ ]+)$"
)


def _surnames_comma_before(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Person spans grown back over a surname before a comma at the line's start: with a
    tussenvoegsel, or a surname a name list knows that is no everyday word."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON":
            continue
        line_start = text.rfind("\n", 0, start) + 1
        match = _SURNAME_COMMA_BEFORE.search(text[line_start:start])
        if match is None:
            continue
        low = match.group("surname").casefold()
        if low in lex.not_names or low in _ORGANISATION_WORDS:
            continue
        if match.group("particles") or (
            low in lex.surnames and low not in lex.frequent_words and low not in lex.dutch_words
        ):
            out.add((line_start + match.start(1), end, "PERSON"))
    return out


# A chat list's row titled with a surname in capitals before a first name ("VOS Mirthe 12:50"):
# the title is the contact's name, so the capitals are the surname also where OCR misread them
# into no word ("EE Mirthe").
_LIST_CAPITALS_BEFORE_NAME = re.compile(
    r"(?:[^\w\s]{1,2}[ ]+)?([A-Z\u00c0-\u00de'\u2019]{2,}(?:[ ][A-Z\u00c0-\u00de'\u2019]{2,}){0,2})"
    r",?[ ]+[A-Z][a-z\u00df-\u024f]+(?:[ ]+(?=\S*[\d:])\S+)?[ ]*"
)


def _chat_list_capital_surnames(
    ocr: OcrResult, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    first_names = {start for start, _end, label in found if label == "PERSON"}
    out: set[tuple[int, int, str]] = set()
    for line in text_lines(ocr.words):
        if not in_chat_list(line[0]) or len(line) < 2:
            continue
        match = _LIST_CAPITALS_BEFORE_NAME.fullmatch(
            ocr.text, line[0].char_start, line[-1].char_end
        )
        if match is None:
            continue
        name = next((w for w in line if w.char_start > match.end(1)), None)
        if name is not None and name.char_start in first_names:
            out.add((match.start(1), match.end(1), "PERSON"))
    return out


def _first_name_before_particles(word: str, opens_sentence: bool, lex: lexicon.Lexicon) -> bool:
    low = word.casefold()
    if low in _ORGANISATION_WORDS or organisation_pattern().search(word):
        return False
    if _firm_word(word) or is_company_cue(low):
        return False  # a business's kind before its name ("Molen De Wiek", "Kroeg De Pot")
    return not opens_sentence or (low in lex.first_names and low not in lex.frequent_words)


# A sender label or a chat-list title that is a first name and a surname's initial alone on its
# line ("Lente T.", "Dragan N. 10:44"): a contact saved that way.
_INITIALLED_SENDER = re.compile(
    r"([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?[ ]+[A-Z]\.)(?:[ ]+\S*\d\S*)?[ ]*"
)


def _initialled_senders(ocr: OcrResult) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for line in text_lines(ocr.words):
        match = _INITIALLED_SENDER.fullmatch(ocr.text, line[0].char_start, line[-1].char_end)
        if match is None:
            continue
        low = match.group(1).split()[0].casefold()
        if low in lex.frequent_words or low in _ORGANISATION_WORDS:
            continue
        if low in lex.first_names or low not in lex.dutch_words:
            out.add((match.start(1), match.end(1), "PERSON"))
    return out


def _detect_all(
    text: str, ocr: OcrResult, names: tuple[str, ...], detect: Detector
) -> set[tuple[int, int, str]]:
    found = _detect_pieces(text, names, detect)
    # OCR turns 0 into O, 1 into l, 5 into S inside numbers; the detector's checks (phone
    # plans, 11-proef, IBAN checksum) then fail. Read the digits again with those undone (and
    # plates in mixed case, an l read as I inside a name); the replacement is one character
    # for one, so offsets stay valid on the original text.
    repaired = _repair_name_misreads(
        _repair_plate_misreads(_repair_digit_misreads(_repair_dash_misreads(text)))
    )
    if repaired != text:
        found |= _detect_pieces(repaired, names, detect)
    found |= _address_ranges(text, names, detect)
    found.update(find_confused_numbers(text))
    # A preview cut short at the end of its OCR line, also where the line joined the next one.
    found.update(find_iban_heads(ocr.text))
    found.update(_phone_heads(ocr.text))
    found.update(_misread_mobiles(text))
    found.update(_cued_dutch_ibans(text))
    found.update(_bsn_heads(ocr.text))
    # An IBAN wrapped over two lines that `bubble_text` did not join: its check digits make
    # joining any two lines safe (one character for one, offsets stay valid). A postcode
    # likewise, right after its cue ("De postcode is 7931\nLL"). An address needs the lines
    # to be one bubble: "Mijn nieuwe adres is" ending one chat-list row and "Team Sociaal
    # 12:25" opening the next are no address.
    if "\n" in text:
        flat = text.replace("\n", " ")
        postcodes = [
            s
            for s in find_postcodes_and_plates(flat)
            if s.label == "POSTCODE" and after_postcode_cue(flat, s.start)
        ]
        found.update(
            (s.start, s.end, s.label)
            for s in (*find_ibans(flat), *postcodes)
            if "\n" in text[s.start : s.end]
        )
        found.update(s for s in find_confused_ibans(flat) if "\n" in text[s[0] : s[1]])
    found.update(_spaced_emails(text))
    found.update(_near_misses_of_names(ocr, names))
    found.update(_split_email_heads(text, found))
    return found


# The second number of a range of house numbers ("Hooiweg 23 t/m 27", "Brink 3 tot en met 7").
_HOUSE_RANGE_TAIL = re.compile(r"(?<=\d)[ ]?(?:t/m|tot en met)[ \n]?\d{1,4}(?:[ ]?[A-Za-z]\b)?")


def _address_ranges(
    text: str, names: tuple[str, ...], detect: Detector
) -> set[tuple[int, int, str]]:
    """'Hooiweg 23 t/m 27': the detector knows no address that closes on a range, so the range's
    tail is blanked (one space for each character, offsets stay valid) and the address found
    before it takes the range in."""
    tails = {m.start(): m.end() for m in _HOUSE_RANGE_TAIL.finditer(text)}
    if not tails:
        return set()
    blanked = _HOUSE_RANGE_TAIL.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    return {
        (start, tails[end], label)
        for start, end, label in _detect_pieces(blanked, names, detect)
        if label == "ADDRESS" and end in tails
    }


# A Dutch mobile number cut short (a chat list's preview ends it in "..." or a full stop, a
# pane's edge cuts the line): "+31 (O)6 9216...", "06-4412…". With the country code and the 6
# two more digits make it a number; "06" alone needs four, so "06.30..." (a time) is none.
_PHONE_HEAD = re.compile(
    # ... also cut right after the 6 ("0031 (0) 6... 08:37", the 0 read twice: "(O0)")
    r"(?<![\w+(./-])(?:(?:\+|00)31[ ]?(?:\([0OoDQ]{1,2}\)[ ]?)?6"
    r"(?:(?:[ ]-[ ]|[ .-])?\d(?:[ .-]?\d){1,6}|(?=[.\u2026]))"
    r"|\(?06\)?(?:[ .-]?\d){4,7})"
    r"(?=[ ]?(?:\.|\u2026)|[ ]*(?:\n|$))"
)
# "06.12.2024" at the end of a line is a date, no number's head.
_DATE_LIKE = re.compile(r"\(?0?6\)?[.-]\d{1,2}[.-]\d{2,4}")


# Cut shorter still, right before the preview's ellipsis: "06-57 ...", "06 41…" (two digits
# after the 06; a time is written with a colon or a dot).
_SHORT_PHONE_HEAD = re.compile(r"(?<![\w+(./:-])06[ -]\d{2}(?=[ ]?(?:\.{2,}|\u2026))")


# A case's or an invoice's number after its cue is no phone's head ("regelt het, zaak 061782.").
_CASE_CUE_BEFORE = re.compile(
    r"\b(?i:zaak|zaaknr|zaaknummer|dossier|dossiernr|kenmerk|referentie|ref|factuur|factuurnr|"
    r"bestelnr|aanslag|beschikking|melding|meldingnr|meldnr)\.?[ :]*$"
)


def _phone_heads(text: str) -> set[tuple[int, int, str]]:
    return {
        (m.start(), m.end(), "PHONE")
        for pattern in (_PHONE_HEAD, _SHORT_PHONE_HEAD)
        for m in pattern.finditer(text)
        if not _DATE_LIKE.fullmatch(m.group())
        and not _CASE_CUE_BEFORE.search(text, max(0, m.start() - 20), m.start())
    }


# A Dutch mobile number with the country code and one digit too many or too few: OCR doubles
# or drops a digit ("+31 6617000485" for +31 661700485). The country code and the 6 make it a
# mobile number; the plan's exact length is what OCR broke.
_MISREAD_MOBILE = re.compile(
    # ... also the country code in brackets: "(+31) (O)6 4541 4644", the 0 read as a letter.
    r"(?:(?<![\w+(./-])\((?=\+)|(?<![\w+(./-]))(?:\+|00)31\)?[ ]?(?:\([0OoDQ]\)[ ]?)?"
    r"(?P<mobile>6(?:[ ]-[ ]|[ .-])?\d(?:[ .-]?\d){6,8})(?![\w]|[.,-]\d)"
)


def _misread_mobiles(text: str) -> set[tuple[int, int, str]]:
    return {
        (m.start(), m.end(), "PHONE")
        for m in _MISREAD_MOBILE.finditer(text)
        # the 6 and 7 or 9 digits; in a bracketed form, whose brackets the detector may not
        # take whole, the right number of digits too
        if len(_NON_DIGIT.sub("", m.group("mobile")))
        in ((8, 9, 10) if "(" in m.group() else (8, 10))
    }


# A Dutch IBAN after the word "IBAN" whose check OCR broke by misreading a digit ("IBAN NL91
# LOCY 603\n710 7508" for ... 770 7508): the cue and the exact shape (the bank's four letters, ten
# digits in any grouping) make it one.
_CUED_DUTCH_IBAN = re.compile(
    r"\bIBAN:?[ \n]+(?P<iban>NL[ ]?\d{2}[ \n]?[A-Z]{4}(?:[ \n]?\d){10})(?![\w])"
)


def _cued_dutch_ibans(text: str) -> set[tuple[int, int, str]]:
    return {(m.start("iban"), m.end("iban"), "IBAN") for m in _CUED_DUTCH_IBAN.finditer(text)}


# A BSN cut short after its cue at the end of a line or before "..." (a chat list's preview:
# "mijn BSN is 48 145 ..."): the 11-proef cannot confirm it, the cue can.
_BSN_HEAD = re.compile(
    r"\bBSN(?:[- ]?(?:nummer|nr\.?))?[ ]*:?[ ]*(?:is[ ]+)?(?P<digits>\d(?:[ .]?\d)*)"
    r"(?=[ ]?(?:\.{1,4}|\u2026)?[ ]*(?:\n|$))",
    re.I,
)


def _bsn_heads(text: str) -> set[tuple[int, int, str]]:
    return {(m.start("digits"), m.end("digits"), "BSN") for m in _BSN_HEAD.finditer(text)}


def _detect_pieces(
    text: str, names: tuple[str, ...], detect: Detector
) -> set[tuple[int, int, str]]:
    """The detector on each newline-separated piece of `text` (a bubble or a line) alone.

    A newline here parts two bubbles, which the detector would read across as a typed line
    break ("Mijn nieuwe adres is" ending one chat-list row, "Team Sociaal 12:25" the next).
    """
    found: set[tuple[int, int, str]] = set()
    start = 0
    for piece in text.split("\n"):
        if piece.strip():
            found.update(
                (start + int(s.start), start + int(s.end), str(s.label))
                for s in detect(piece, known_names=names)
            )
        start += len(piece) + 1
    return found


# The head of an e-mail address's local part that tesseract split off with a space: it holds
# a dot, underscore or digit, which ordinary words do not ("naar anna.smit3 1@example.org").
_EMAIL_HEAD = re.compile(r"(?<!\S)[\w+-]*[._\d][\w.+-]*$")


def _split_email_heads(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    out = set()
    for start, _end, label in found:
        if label != "EMAIL" or start < 2 or text[start - 1] != " ":
            continue
        head = _EMAIL_HEAD.search(text, max(0, start - 60), start - 1)
        if head is not None:
            out.add((head.start(), start - 1, "EMAIL"))
    return out


# WhatsApp's group header lists the members: names and numbers, comma-separated, "jij" last.
_MEMBERS_LINE = re.compile(r"[^\n,]+(?:,[ ]*[^\n,]+){1,},[ ]*(?:jij|u|you)\.?[ ]*$", re.I)


def _members_lines(lines_text: str, text: str) -> str:
    """`text` with only the members lines (as separate lines) left and all else blanked."""
    out = [" "] * len(lines_text)
    start = 0
    for line in lines_text.split("\n"):
        if _MEMBERS_LINE.fullmatch(line) and text[start : start + len(line)] == line:
            out[start : start + len(line)] = line
        if start + len(line) < len(out):
            out[start + len(line)] = "\n"
        start += len(line) + 1
    return "".join(out)


def _member_names(lines_text: str) -> set[tuple[int, int, str]]:
    """Every contact in a group's members line is a person, also one saved as an everyday or
    lower-case word ("Tamara, kraai, Bloem, +31 6 ..., jij"); numbers are left to the phone
    rules, organisations stay."""
    out: set[tuple[int, int, str]] = set()
    start = 0
    for line in lines_text.split("\n"):
        items = list(_MEMBER_ITEM.finditer(line)) if _MEMBERS_LINE.fullmatch(line) else []
        # ... a contact saved with a symbol before or after the name ("> Ove B", "K.Zwart >"):
        # the name without it.
        members = [_member_without_marks(i) for i in items]
        # Contacts' names and numbers before "jij", not a sentence that happens to end in ", u".
        if (
            items
            and items[-1].group().casefold() in ("jij", "you")
            and all(_MEMBER.fullmatch(name) for _at, name in members)
        ):
            for at, name in members:
                low = name.casefold()
                if (
                    any(c.isdigit() for c in name)
                    or low.strip(".") in _NOT_NOTICE_NAMES
                    or any(w in _ORGANISATION_WORDS for w in low.split())
                    or organisation_pattern().search(name)
                ):
                    continue
                out.add((start + at, start + at + len(name), "PERSON"))
        start += len(line) + 1
    return out


# A member's symbol OCR read as marks before or after the name ("> Ove B", "K.Zwart >").
_MEMBER_MARKS = re.compile(r"(?:[^\w\s]{1,3}[ ]+)?([^\W\d_].*?)(?:[ ]+[^\w\s]{1,3})?")


def _member_without_marks(item: re.Match[str]) -> tuple[int, str]:
    """Where in its line a members line's item starts without its symbol, and its text."""
    inner = _MEMBER_MARKS.fullmatch(item.group())
    if inner is None:
        return item.start(), item.group()
    return item.start() + inner.start(1), inner.group(1)


_MEMBER_ITEM = re.compile(r"[^,\s][^,]*[^,\s]|[^,\s]")
# A member: up to four name words, or a phone number ("+31 6 1234 5678", "06-12345678").
_MEMBER = re.compile(
    r"[^\W\d_][\w'\u2019.-]*(?:[ ][^\W\d_][\w'\u2019.-]*){0,3}|[+(]?\d[\d ()\u2013.-]{6,}\d"
)


# A contact's name in WhatsApp's system notices: capitalised words (with tussenvoegsels)
# before the notice's own words ("Kwame Vogel heeft een nieuw telefoonnummer", "... heeft de
# groep verlaten", "... heeft Mees Kalf toegevoegd", "... is lid geworden").
_NOTICE_NAME = (
    r"[A-Z\u00c0-\u00de][\w'\u2019.-]*(?:[ ]+(?:(?:van|de|der|den|het|ter|ten|te|in|'t|op|"
    r"la|le|da|di|du|el|al|bin|ben)[ ]+)*[A-Z\u00c0-\u00de][\w'\u2019.-]*){0,3}"
)
# Those added or removed are listed as the phone saved them, also in lower case ("heeft hooi en
# Nkechi toegevoegd").
# The start of each name in a list ("Peper, hooi en Nkechi").
_LIST_SEPARATOR = re.compile(r"(?:^|,[ ]*|[ ]+en[ ]+)(?=(\S))")
_NOTICE_LISTED = _NOTICE_NAME.replace(r"[A-Z\u00c0-\u00de]", r"[^\W\d_]", 1).replace(
    r"[A-Z\u00c0-\u00de]", r"(?!en\b)[^\W\d_]"
)
# An unsaved contact is listed by their number ("heeft Lelie en (06) 1234 5678 toegevoegd").
_NOTICE_NUMBER = r"[+(]?\d[\d ()\u2013./-]{6,}\d"
_NOTICE_ITEM = rf"(?:{_NOTICE_LISTED}|{_NOTICE_NUMBER})"
_NOTICE = re.compile(
    rf"(?<![\w'\u2019.-])(?P<who>{_NOTICE_NAME})[ ]+(?:(?:heeft|hebt)[ ]+(?:een[ ]+nieuw[ ]+"
    r"(?:telefoon)?nummer|(?:deze|de)[ ]+groep[ ]+(?:aangemaakt|verlaten)|"
    # "... heeft de groep 'Buurtfeest' gemaakt" (OCR may read the closing quote as "!").
    r"(?:de[ ]+)?groep[ ]+['\u2018\u2019\"\u201c\u201d][^\n]{1,60}?[ ]+(?:aan)?gemaakt|"
    r"(?:de[ ]+groepsbeschrijving|de[ ]+groepsnaam|de[ ]+groepsafbeelding|het[ ]+groepsicoon|"
    r"het[ ]+onderwerp|de[ ]+instellingen)[ ]+|"
    r"(?:je|jou|u)[ ]+(?:toegevoegd|verwijderd|(?:tot[ ]+)?beheerder)|"
    rf"(?P<whom>{_NOTICE_ITEM}(?:(?:,[ ]*|[ ]+en[ ]+){_NOTICE_ITEM})*)[ ]+"
    r"(?:toegevoegd|verwijderd|gedeblokkeerd|geblokkeerd))"
    r"|is[ ]+(?:lid[ ]+geworden|vertrokken|nu[ ]+(?:een[ ]+)?beheerder|"
    # "Mees Kraai is overgestapt naar een nieuw nummer. Tik om een bericht te sturen."
    r"overgestapt[ ]+naar[ ]+een[ ]+(?:nieuw[ ]+)?(?:telefoon)?nummer)"
    # "Mare Hakobyan gebruikt een zakelijk account": a business contact's notice.
    r"|gebruikt[ ]+een[ ]+zakelijk[ ]+account)"
)
# "Je"/"U" are the phone's owner, "Wie"/"Hij"/"Iedereen" no contact's name (an everyday word
# alone is looked up in the lexicon too); an organisation is no person.
_NOT_NOTICE_NAMES = frozenset({"je", "jij", "u", "jou", "you", "iedereen", "niemand"})
# Role words a contact is saved with ("Buurman Peper", "Buurvrouw Kooi").
# A household too ("Buren Muis", "Fam. Spek"): the surname is the family's.
_ROLE_WORDS = (
    r"Buurman|Buurvrouw|Buren|Collega|Oom|Tante|Opa|Oma|Neef|Nicht|Juf|Meester|Familie|Fam\."
)
_ORGANISATION_WORDS = frozenset(
    {"gemeente", "team", "stichting", "vereniging", "afdeling", "buurthuis", "wijkteam"}
)


# Notices about one contact on a line of their own, the contact as the phone saved them (also
# in lower case, an everyday word or a first name with a lower-case surname): "Maan heeft
# verdwijnende berichten aangezet", "Kasje heeft het telefoonnummer gewijzigd naar ...", "Maan
# mast staat niet in uw contacten".
_LINE_NOTICE = re.compile(
    r"^(?P<who>[^\W\d_][\w'\u2019.-]*(?:[ ]+[^\W\d_][\w'\u2019.-]*){0,3}?)[ ]+"
    r"(?:(?:heeft|hebt)[ ]+(?:verdwijnende[ ]+berichten[ ]+(?:aan|uit)gezet|"
    r"(?:het[ ]+|zijn[ ]+|haar[ ]+)?telefoonnummer[ ]+gewijzigd)|"
    r"staat[ ]+niet[ ]+in[ ]+(?:uw|je|jouw)[ ]+contacten|"
    # Round 32: Android's bar over an unknown number's chat ("Maan Vis is geen contact :
    # Blokkeren : Toevoegen aan contacten").
    r"is[ ]+geen[ ]+contact\b|"
    # (round 33) "Salie Mist wijzigde de groepsnaam in ..."
    r"wijzigde[ ]+de[ ]+groeps(?:naam|afbeelding|beschrijving)\b)",
    re.M,
)
# Words opening such a line that name no contact ("Dit nummer staat niet in uw contacten").
_NOT_LINE_NOTICE_NAMES = frozenset(
    {"dit", "dat", "deze", "die", "het", "de", "een", "uw", "jouw", "mijn", "wie", "iemand"}
)
# The compose bar's placeholder ("Bericht", "Typ een bericht", "Message") before its emoji
# button, which OCR reads as a symbol: the app's own words, no contact saved with an emoji.
_COMPOSE_BAR_WORDS = frozenset({"bericht", "message", "mensaje", "nachricht"})


# A contact saved in lower case opening a notice line of their own ("tigist heeft u
# toegevoegd", "kraai heeft deze groep aangemaakt").
_LOWER_NOTICE = re.compile(
    r"^(?P<who>[a-z][^\W\d_]{2,})[ ]+(?:heeft|hebt)[ ]+(?:(?:je|jou|u)[ ]+(?:toegevoegd|"
    r"verwijderd)|(?:deze|de)[ ]+groep[ ]+(?:aangemaakt|verlaten))[ ]*$",
    re.M,
)


def _line_notice_names(lines_text: str) -> set[tuple[int, int, str]]:
    """The contact opening a notice line about them alone (`_LINE_NOTICE`), read per OCR line:
    a date header above the notice may be joined to it in the bubble text."""
    out: set[tuple[int, int, str]] = set()
    for match in _LINE_NOTICE.finditer(lines_text):
        words = match.group("who").casefold().split()
        if (
            words[0] in _NOT_NOTICE_NAMES
            or words[0] in _NOT_LINE_NOTICE_NAMES
            or any(w in _ORGANISATION_WORDS for w in words)
            or organisation_pattern().search(match.group("who"))
        ):
            continue
        out.add((match.start("who"), match.end("who"), "PERSON"))
    return out


# A contact saved with an emoji after the name ("Joca 🌸", "nilu 🌻"): OCR reads the emoji as
# one to three symbols ("Joca @", "Sen *%", "Nilu &"). Such a name is a person where it opens
# an OCR line (a chat list row's title, a group sender's label, a notice, the typing line, a
# members line; after an avatar's letter or a dash), after "locatie" (a live location card) and
# before a notice's verb mid-line ("... versleuteld. Yoyo @& staat in uw contacten"). A chat
# list preview's sender may carry a letter OCR made of the emoji or a lone colon ("— kal X:",
# "— nilu : mijn BSN ..."). A firm ("Kamp & Zn.") is none.
_EMOJI_TOKEN = r"[^\w\s,.:;!?()'\"\u2018\u2019\u201c\u201d\u2013\u2014/-]{1,3}"
_EMOJI_CONTACT = re.compile(
    r"(?:^(?:[^\w\s]{1,2}[ ]+|[A-Z][ ]+)?|(?<=locatie[ ])|(?<=[.!?][ ])(?=\S+[ ]+\S+[ ]+"
    r"(?:heeft|staat|is|typt)\b))"
    rf"(?P<name>[^\W\d_]{{2,}})[ ]+{_EMOJI_TOKEN}(?=[,:]?(?:[ ]|$))"
    r"(?![,]?[ ]+(?:Zn|Co|Zonen|Dochters?)\b)",
    re.M,
)
_EMOJI_PREVIEW_SENDER = re.compile(
    # (letters OCR made of an emoji: no short word, "— let op: ...")
    r"^[\u2014\u2013-][ ]+(?P<name>[^\W\d_]{2,})[ ]+"
    r"(?:[A-Z][ ]?|(?!(?:op|in|en|of|is|nu|zo|al|ja|je|we|ze|me|u)\b)[A-Za-z]{1,2}[ ]?)?:[ ]",
    re.M,
)
# ... or saved as emoji, surname and trade ("🔧 Haver loodgieter"): the word between the
# emoji and a trade opening a line is the tradesman's name.
_TRADE = (
    r"loodgieter|schilder|stukadoor|hovenier|elektricien|klusjesman|timmerman|tegelzetter|"
    r"glazenwasser|monteur|aannemer|dakdekker|kapper|schoonmaker|oppas|bezorger|installateur|"
    r"stratenmaker|metselaar|tuinman|glazenzetter|slotenmaker|verhuizer|koerier"
)
_TRADE_CONTACT = re.compile(
    rf"^{_EMOJI_TOKEN}[ ]+(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+)[ ]+(?:{_TRADE})\b"
    r"(?=[ ]*$|[ ]+(?:\d{1,2}[:.]\d{2}|neemt|typt|is|heeft)\b)",
    re.M,
)
_MONTH_NAMES = frozenset(MONTH_NAMES)
# ... or without the emoji ("Mei stratenmaker"), the whole line a chat-list row's title (a time
# or unread count after it) or a sender label; a month ("Mei", "Juni") is then a name too.
_BARE_TRADE_CONTACT = re.compile(
    rf"^(?P<name>[^\W\d_]{{2,}})[ ]+(?:{_TRADE})"
    r"(?=[ ]*$|[ ]+(?:\d{1,2}(?:[:.]\d{2})?|neemt|typt)\b)",
    re.M,
)


def _emoji_contacts(lines_text: str) -> set[tuple[int, int, str]]:
    """Contacts saved with an emoji (`_EMOJI_CONTACT`, `_EMOJI_PREVIEW_SENDER`,
    `_TRADE_CONTACT`), read per OCR line: no everyday word, verb, organisation or place."""
    if not lines_text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    matches = [
        *_EMOJI_CONTACT.finditer(lines_text),
        *_EMOJI_PREVIEW_SENDER.finditer(lines_text),
        *_TRADE_CONTACT.finditer(lines_text),
        *_BARE_TRADE_CONTACT.finditer(lines_text),
    ]
    for match in matches:
        name = match.group("name")
        low = name.casefold()
        if match.re is _BARE_TRADE_CONTACT and low in _MONTH_NAMES:
            out.add((match.start("name"), match.end("name"), "PERSON"))
            continue
        if (
            low in lex.frequent_words
            or low in _NOT_NOTICE_NAMES
            or low in _NOT_LINE_NOTICE_NAMES
            or low in _COMPOSE_BAR_WORDS
            or low in _ORGANISATION_WORDS
            or _verb_form(low, lex)
            or _wish_or_thanks(low, lex)
            or _organisation_or_place(name, lex)
            or (is_firm_word(low) and low not in lex.surnames)
        ):
            continue
        out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


def _notice_names(text: str) -> set[tuple[int, int, str]]:
    """The contacts named in WhatsApp's system notices: persons, also where their name is an
    ordinary word the detector leaves alone ("Vogel", "Kraai")."""
    out: set[tuple[int, int, str]] = set()
    lex = lexicon.load()
    for match in _LOWER_NOTICE.finditer(text):
        low = match.group("who")
        if low not in _NOT_NOTICE_NAMES and _lower_listed_contact(low, lex):
            out.add((match.start("who"), match.end("who"), "PERSON"))
    for match in _NOTICE.finditer(text):
        for group in ("who", "whom"):
            if match.group(group) is None:
                continue
            start = match.start(group)
            pattern = re.compile(_NOTICE_LISTED if group == "whom" else _NOTICE_NAME)
            parts = [
                part
                for piece in _LIST_SEPARATOR.finditer(match.group(group))
                if (part := pattern.match(match.group(group), piece.start(1))) is not None
            ]
            for part in parts:
                words = part.group().casefold().split()
                if words[0] in _NOT_NOTICE_NAMES or words[0] in _ORGANISATION_WORDS:
                    continue
                if part.group()[0].islower() and not _lower_listed_contact(words[0], lex):
                    continue  # "heeft foto's en video's toegevoegd": things, no contacts
                # An everyday word alone is a name only in a list of those added or removed
                # ("heeft Peper en Mare toegevoegd"), which names nothing but contacts.
                listed = (
                    group == "whom" and len(list(_LIST_SEPARATOR.finditer(match.group(group)))) > 1
                )
                if len(words) == 1 and words[0] in lex.frequent_words and not listed:
                    continue
                if organisation_pattern().search(part.group()):
                    continue
                out.add((start + part.start(), start + part.end(), "PERSON"))
    return out


# "Gemiste spraakoproep van wil": the caller of a missed call as the phone saved them, also in
# lower case or an everyday word; a time may follow on the same line.
_MISSED_CALL = re.compile(
    r"\bGemiste[ ]+(?:spraak|video|groeps)?-?(?:oproep|gesprek)(?:en)?[ ]+van[ ]+"
    r"(?P<who>[^\W\d_][\w'\u2019.-]*(?:[ ]+[^\W\d_][\w'\u2019.-]*){0,3}?)"
    r"(?=[ ]*(?:\n|$|\d{1,2}[:.]\d{2}))",
    re.I,
)


# A colleague saved with where they work ("Lies gemeente", "Rúta gemeente"), as a chat list's
# row title or a group's sender label opening a line: before the line's end, a time or the
# message.
_COLLEAGUE_LABEL = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+(?:-[^\W\d_]+)?)[ ]+gemeente"
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}|[ ]+[A-Z>\u00c0-\u00de])",
    re.M,
)


def _colleague_labels(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    return {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _COLLEAGUE_LABEL.finditer(lines_text)
        if not _organisation_or_place(m.group("name"), lex)
        and _list_name_word(m.group("name"), lex)
    }


# A chat list's title cut short after a courtesy title: "de heer G. Van der...", "familie
# Okonkwo... 08:49", "Mevr. B.A. Lindqvist-..."; the name begins with a capital ("de heer
# wethouder..." is a role) and the row may close on its time.
_TITLED_ROW_CUT = re.compile(
    r"^[^\w\n]*(?i:familie|fam\.|de[ ]heer|dhr\.?|mevr\.?|mevrouw|mw\.?)[ ]+"
    r"((?=[A-Z\u00c0-\u00dd])[^\n]*?(?:\.{2,}|\u2026))[ ]*(?:\d{1,2}[:.]\d{2})?[ ]*$",
    re.M,
)


def _titled_rows_cut_short(lines_text: str) -> set[tuple[int, int, str]]:
    return {(m.start(1), m.end(1), "PERSON") for m in _TITLED_ROW_CUT.finditer(lines_text)}


def _missed_call_names(lines_text: str) -> set[tuple[int, int, str]]:
    """The caller named in a missed call's notice (read per OCR line: the notice is a line of
    its own): a person, whatever the word; not the phone's owner or an organisation."""
    out: set[tuple[int, int, str]] = set()
    for match in _MISSED_CALL.finditer(lines_text):
        who = match.group("who")
        words = who.casefold().split()
        if words[0] in _NOT_NOTICE_NAMES or any(w in _ORGANISATION_WORDS for w in words):
            continue
        if organisation_pattern().search(who) or is_firm_word(words[0]):
            continue
        out.add((match.start("who"), match.end("who"), "PERSON"))
    return out


def _lower_listed_contact(low: str, lex: lexicon.Lexicon) -> bool:
    """A lower-case word in a notice's list of those added is a contact saved so when a name
    list knows it or no dictionary does ("hooi", "nkechi"; not "foto's")."""
    return low in lex.surnames or low in lex.first_names or low not in lex.dutch_words


# After a role ("Mijn buurvrouw Boon (06 ...)") or a relative, a capitalised word a name list
# knows as a surname is that person, also an ordinary word; with a surname's initial after it
# any capitalised word is a first name ("mijn dochter Lente N. sturen"). Other words stay
# ("mijn buurman Fietst").
_ROLE_NAME = re.compile(
    rf"\b(?i:{_ROLE_WORDS}|dochter|zoon|moeder|vader|broer|zus|man|vrouw|kleinzoon|kleindochter)"
    r"[ ]+([A-Z][^\W\d_]{2,}(?:-[A-Z][^\W\d_]+)?)(?P<initial>[ ][A-Z]\.)?"
)


# A contact saved or spoken of by a role and a surname in lower case, the name set off by what
# follows it: an address or place ("buurman kraai op Molenweg 12"), a comma or a bracket
# ("buurvrouw visser (06 ...)"); not "buurman rijdt op de stoep".
_ROLE_LOWER_NAME = re.compile(
    rf"\b(?i:{_ROLE_WORDS})[ ]+([a-z][a-z]{{2,}})"
    r"(?=[ ]*[,(]|[ ]+(?:op|aan|in|uit)[ ]+(?:[A-Z]|\d))"
)


# A relative named in lower case with tussenvoegsels, set off by what follows ("van mijn
# schoonmoeder ayla van 't veld, ik ben ..."): the particles make the two words a name; a verb
# after the relative stays ("mijn zoon komt van de markt.").
_RELATIVE_WORDS = (
    r"(?:schoon|stief|groot|over)?(?:moeder|vader|zoon|dochter|zus|zuster|broer)|zwager|"
    r"opa|oma|oom|tante|neef|nicht|buurman|buurvrouw"
)
_RELATIVE_LOWER_NAME = re.compile(
    rf"\b(?i:{_RELATIVE_WORDS})[ ]+([a-z][a-z\u00e0-\u00ff]+)[ ]+"
    r"(?:van|de|der|den|['\u2019]t|ter|ten|el|da|dos)(?:[ ]+(?:de|der|den|['\u2019]t|het))*"
    r"[ ]+[a-z][a-z\u00e0-\u00ff'-]+(?=[ ]*[,.;!?)]|[ ]*$)"
)


def _role_names(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _RELATIVE_LOWER_NAME.finditer(text):
        low = match.group(1)
        if (low in lex.first_names or low not in lex.dutch_words) and not _verb_form(low, lex):
            out.add((match.start(1), match.end(), "PERSON"))
    for match in _ROLE_NAME.finditer(text):
        word = match.group(1)
        low = word.casefold()
        if match.group("initial"):
            if not _organisation_or_place(word, lex):
                out.add((match.start(1), match.end("initial"), "PERSON"))
        elif (low in lex.surnames and not _organisation_or_place(word, lex)) or (
            # "tante Iep", "oom Wil": a first name after a relative or a role, also one that is
            # a word or that the name lists keep as no name elsewhere
            low in lex.first_names
            and low not in lex.places
            and low not in _ORGANISATION_WORDS
            and not organisation_pattern().search(word)
        ):
            out.add((match.start(1), match.end(1), "PERSON"))
    for match in _ROLE_LOWER_NAME.finditer(text):
        low = match.group(1)
        if (
            low in lex.surnames
            and low not in lex.frequent_words
            and low not in lex.places
            and not _verb_form(low, lex)
        ):
            out.add((match.start(1), match.end(1), "PERSON"))
    return out


# Someone named by their house number in the street ("de camera van Kraai op nummer 27a",
# "de sleutel ligt bij Mol op nr. 8"): a capitalised word after "van" or "bij" mid-sentence,
# also an ordinary word; `house_numbers_of` blacks out the number with it.
_RESIDENT_BY_NUMBER = re.compile(
    r"(?<=[a-z][ ])(?:van|bij)[ ]+([A-Z][^\W\d_]{2,}(?:-[A-Z][^\W\d_]+)?)"
    r"[ ]+(?:op|van)[ ]+(?:nummer|nr\.?|huisnummer)[ ]?\d"
)


def _residents_by_number(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    return {
        (match.start(1), match.end(1), "PERSON")
        for match in _RESIDENT_BY_NUMBER.finditer(text)
        if not _organisation_or_place(match.group(1), lex)
        and match.group(1).casefold() not in lex.frequent_words
        and lexicon.street_suffix(match.group(1)) is None
    }


# Someone named by where they live from the writer ("de lange van hiernaast stookt weer",
# "van der kolk van de overkant belde"): a surname, also in lower case, before "van hiernaast".
_NEIGHBOUR_BY_PLACE = re.compile(
    r"(?<![\w-])(?P<name>(?P<particles>(?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn]|'t)[ ]+){0,3})"
    r"(?P<word>[^\W\d_]{2,}))[ ]+van[ ]+(?:hiernaast|hiertegenover|hierachter|de[ ]+overkant|"
    r"om[ ]+de[ ]+hoek|de[ ]+buren|boven|beneden)\b"
)


def _neighbours_by_place(text: str) -> set[tuple[int, int, str]]:
    """A word before "van hiernaast" is a surname when it could not be an ordinary noun there:
    after two particles any word, after "de" an adjective Dutch surnames are made of ("de
    lange"), alone a listed surname that is no word ("kuipers"); not "de hond van hiernaast"."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _NEIGHBOUR_BY_PLACE.finditer(text):
        particles = match.group("particles").lower().split()
        word = match.group("word").lower()
        if word in lex.not_names or word in _PARTICLE_WORDS:
            continue
        plain_surname = word in lex.surnames and word not in lex.dutch_words
        if (
            len(particles) >= 2
            or (particles == ["de"] and (word in _DE_SURNAMES or plain_surname))
            or (not particles and plain_surname)
        ):
            out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


_PARTICLE_WORDS = frozenset({"van", "de", "der", "den", "ter", "ten", "het", "t"})
# Adjectives Dutch surnames are made of, after "de" ("de Groot", "de Lange").
_DE_SURNAMES = lexicon.words("groot jong jonge wit klein lange bruin zwart goede wilde")


# The writer's own name in brackets after "mij" or "ik" ("wonen bij mij (Wout Vermeer) op ...",
# "ik (Sanne de Wit) heb gebeld"), also a first name OCR misread as a word ("Free").
_NAME_IN_BRACKETS_AFTER_ME = re.compile(
    r"\b(?:[Mm]ij|[Mm]ijzelf|[Ii]k|[Mm]e)[ ]*\(((?:[A-Z][^\W\d_]+)"
    rf"(?:[ ]+{_SURNAME_PARTICLE}){{0,3}}(?:[ ]+[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){{1,2}})\)"
)


def _names_in_brackets_after_me(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    return {
        (match.start(1), match.end(1), "PERSON")
        for match in _NAME_IN_BRACKETS_AFTER_ME.finditer(text)
        if not any(_organisation_or_place(word, lex) for word in match.group(1).split())
    }


_VOICED = str.maketrans({"s": "z", "f": "v"})


def _verb_form(low: str, lex: lexicon.Lexicon) -> bool:
    """A verb's present tense after its subject ("buurvrouw leest", "buurman rijdt", "stookt"):
    the stem and a "t" whose infinitive a dictionary knows (rijden, lezen, stoken, klemmen)."""
    if not low.endswith("t") or len(low) < 4:
        return False
    stem = low[:-1]
    infinitives = {
        stem + "en",
        stem + stem[-1] + "en",
        stem[:-1] + stem[-1:].translate(_VOICED) + "en",
    }
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        short = stem[:-2] + stem[-1]  # "leen" -> "len", "lees" -> "les"
        infinitives |= {short + "en", short[:-1] + short[-1:].translate(_VOICED) + "en"}
    return any(word in lex.dutch_words for word in infinitives)


# A first name addressed after thanks or a greeting, before a comma or the end of the
# sentence ("Bedankt Mare, ik kijk ernaar"), also a first name that is an everyday word.
# Set off by commas a surname is addressed too ("Dank u, Haring, we komen erop terug").
_ADDRESSED_NAME = re.compile(
    r"\b(?:[Bb]edankt|[Ss]orry|[Dd]ank[ ](?:je|u)(?:[ ]wel)?|[Hh]oi|[Hh]allo|[Hh]ey|[Bb]este|[Gg]oedemorgen|"
    r"[Gg]oedemiddag|[Gg]oedenavond)(?P<comma>,)?[ ]+([A-Z][^\W\d_]{1,})(?=[ ]?[,!?.](?:[ \n]|$))"
)


# Introducing oneself by one's firm or team at a message's start: "Vlam van Bakkerij Maan hier:
# we starten ...", also a first name that is an everyday word.
_SELF_INTRODUCED = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ]))(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+)[ ]+van[ ]+"
    r"(?:[^\W\d_][\w&'.-]*[ ]+){0,4}?[^\W\d_][\w&'.-]*[ ]+hier(?=[:,!.])"
)
# ... or by one's full name: "Chiamaka Hoed hier. Onze dochter ...", also a surname that is a word.
_SELF_INTRODUCED_FULL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ]))(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+"
    r"(?:[ ]+(?:van|de|der|den|ter|ten))*[ ]+[A-Z\u00c0-\u00de][^\W\d_]+)[ ]+hier(?=[:,!.])"
)
_NOT_SELF_INTRODUCED = frozenset(
    {"die", "dit", "dat", "iemand", "niemand", "wie", "hij", "zij", "ze", "we", "wij", "iedereen"}
)


# A greeting before a first name and a surname and a comma: "Goedemorgen Lelie Kist, de sleutel
# ...", also where both are everyday words.
_GREETED_FULL_NAME = re.compile(
    r"\b(?:[Gg]oedemorgen|[Gg]oedemiddag|[Gg]oedenavond|[Bb]este|[Hh]oi|[Hh]allo|[Hh]ey|[Dd]ag)[ ]+"
    r"(?P<name>(?P<first>[A-Z\u00c0-\u00de][^\W\d_]+)[ \n]+(?:(?:van|de|der|den|ter|ten)[ \n]+)*"
    r"(?P<last>[A-Z\u00c0-\u00de][^\W\d_]+))(?=[ ]?[,!](?:[ \n]|$))"
)


# Introducing oneself at a message's start: "Met Job van Team Leefbaarheid", "Met Lot, ik bel
# over ..." (on the phone and in writing), also a first name that is an everyday word.
_INTRODUCED_NAME = re.compile(
    r"(?:^|(?<=[.!?][ ])|(?<=\n))Met[ ]+([A-Z][^\W\d_]{1,})"
    r"(?=,|[ ]+van[ ]+(?:[A-Z]|de[ ]|het[ ]))"
)


# A name set off by a comma before the address that follows it ("Wmo-aanvraag voor ji-woo
# krasniqi, Hogeweg 74-3", "... oktober. Haruki Zeeman, Schoolstraat 25 hs"): a first name and a
# surname, in any case, with tussenvoegsels between.
_NAME_BEFORE_ADDRESS = re.compile(
    r"(?<![\w'-])(?P<first>[^\W\d_]{2,}(?:-[^\W\d_]{2,})?)[ ]+"
    r"(?:(?:van|de|der|den|ter|ten|'t)[ ]+){0,3}(?P<last>[^\W\d_]{2,}(?:-[^\W\d_]{2,})?),[ ]+$"
)


# Someone at whose home something is, before the address: "ligt bij De Klerk op Zuiderkade 88".
_STAYING_WITH_BEFORE_ADDRESS = re.compile(
    r"(?<=[a-z][ ])bij[ ]+(?P<name>(?P<particles>(?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[rn])[ ]+){0,3})"
    # ... before "op" or a comma ("briefadres bij De Bok, Stadsweide 92-D").
    r"(?P<last>[A-Z\u00c0-\u00de][^\W\d_]{2,}(?:-[A-Z][^\W\d_]+)?))(?:[ \n]+op|,)[ \n]+$"
)


def _names_before_addresses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, _end, label in found:
        if label != "ADDRESS":
            continue
        staying = _STAYING_WITH_BEFORE_ADDRESS.search(text, max(0, start - 60), start)
        if staying is not None:
            name = staying.group("name")
            low = staying.group("last").casefold()
            if not (
                _organisation_or_place(name, lex)
                or organisation_pattern().search(name)
                or lexicon.street_suffix(staying.group("last")) is not None
                or low in _ORGANISATION_WORDS
                or (not staying.group("particles") and low in lex.frequent_words)
                or ((lexicon.is_compound(low) or is_firm_word(low)) and low not in lex.surnames)
            ):
                out.add((staying.start("name"), staying.end("name"), "PERSON"))
        match = _NAME_BEFORE_ADDRESS.search(text, max(0, start - 60), start)
        if match is None:
            continue
        first, last = match.group("first"), match.group("last")
        if _name_word_before_address(first, lex, first=True) and (
            _name_word_before_address(last, lex, first=False)
            or _place_surname_after_given(first, last, lex)
        ):
            out.add((match.start("first"), match.end("last"), "PERSON"))
    return out


def _place_surname_after_given(first: str, last: str, lex: lexicon.Lexicon) -> bool:
    """A listed surname that is also a place ("Baard", "Putten") after a given name no
    dictionary knows ("Aigerim Baard,"): a person's name, no "Jeugd Meppel"."""
    low_first, low_last = first.casefold(), last.casefold()
    return (
        first[:1].isupper()
        and low_first not in lex.dutch_words
        and not _organisation_or_place(first, lex)
        and low_last in lex.surnames
        and low_last not in lex.frequent_words
    )


# What follows a name in a list of someone's data: a birth cue, a BSN or a full date
# ("Hine Riem, geboren ...", "zon hek, 12/06/1983, ...", "tenzin fuentes, 2 Oktober 1963").
_BIRTH_DATA_AFTER_NAME = re.compile(
    r",[ ]+(?=(?i:geboren|geb\b|bsn\b)|\d{1,2}(?:[ ]?[-/.][ ]?\d{1,2}[ ]?[-/.][ ]?|[ ]+[A-Za-z]{3,9},?[ ]+)"
    r"(?:19|20)\d\d\b|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b)"
)


# A name alone, capitalised, before "geboren" ("Spoedpaspoort voor Saoirse, geboren 25e ...").
_NAME_ALONE_BEFORE_BIRTH = re.compile(
    r"(?<=[a-z:][ ])(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+),[ \n]+(?=(?i:geboren|geb\b))"
)


def _names_before_birth_data(text: str) -> set[tuple[int, int, str]]:
    """Two or three words set off by a comma before someone's birth data are that person's
    name, also a nickname or a surname in lower case ("Dauw Gans, geboren 2010.07.27"); the date
    after it is then a birth date."""
    if "," not in text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for cue in _BIRTH_DATA_AFTER_NAME.finditer(text):
        match = _NAME_BEFORE_ADDRESS.search(text, max(0, cue.start() - 60), cue.end())
        alone = _NAME_ALONE_BEFORE_BIRTH.search(text, max(0, cue.start() - 40), cue.end() + 8)
        if alone is not None and _name_word_before_birth_data(alone.group("name"), lex):
            out.add((alone.start("name"), alone.end("name"), "PERSON"))
        whose = _NAME_FOR_BEFORE_DATE.search(text, max(0, cue.start() - 40), cue.end() + 14)
        if whose is not None and _name_for_a_date(whose.group("name"), lex):
            out.add((whose.start("name"), whose.end("name"), "PERSON"))
        if match is None:
            continue
        first, last = match.group("first"), match.group("last")
        # A listed surname also where it ends like a street ("Rietveld").
        surname = (
            _name_word_before_address(last, lex, first=False)
            or (last.casefold() in lex.surnames and not _organisation_or_place(last, lex))
            or _place_surname_after_given(first, last, lex)
        )
        if surname and _name_word_before_birth_data(first, lex):
            out.add((match.start("first"), match.end("last"), "PERSON"))
    if out:
        persons = [Span(s, e, label) for s, e, label in out]
        out |= {(d.start, d.end, d.label) for d in find_birthdates(text, persons)}
    return out


# Round 32: a name alone after "voor"/"namens" before a full date set off by commas ("BRP voor
# Pol, 23.12.2015, school ..."): whom a registration is for and their birth date, also a name
# that is a place's too (a listed surname or first name).
_NAME_FOR_BEFORE_DATE = re.compile(
    r"\b(?:voor|namens|van)[ ](?P<name>[A-Z\u00c0-\u00de][^\W\d_]+),[ \n]+"
    r"(?=\d{1,2}[ ]?[-/.][ ]?\d{1,2}[ ]?[-/.][ ]?(?:19|20)\d\d\b)"
)


def _name_for_a_date(word: str, lex: lexicon.Lexicon) -> bool:
    low = word.casefold()
    if _name_word_before_birth_data(word, lex):
        return True
    return (
        (low in lex.surnames or low in lex.first_names)
        and low not in lex.frequent_words
        and not is_firm_word(low)
        and low not in _ORGANISATION_WORDS
        and low not in _MONTH_NAMES
        and low not in _WEEKDAYS
    )


def _name_word_before_birth_data(word: str, lex: lexicon.Lexicon) -> bool:
    """A first name before a surname and birth data: a name, also a nickname that is a word
    ("Dauw", "Zon"); no frequent word, place, organisation, firm or street."""
    low = word.casefold()
    if _organisation_or_place(word, lex) or is_firm_word(low) or lexicon.street_suffix(low):
        return False
    if low in lex.frequent_words and low not in lex.common_first_names:
        return False
    # A short name reads as two short words ("ten" + "zin"); a long compound is a noun.
    return len(low) < 8 or low in lex.first_names or not lexicon.is_compound(low)


def _name_word_before_address(word: str, lex: lexicon.Lexicon, *, first: bool) -> bool:
    """A first name (listed, or a word no dictionary knows) or a surname (listed, also an
    everyday word, or unknown); no place, organisation, firm or street word."""
    low = word.casefold()
    if _organisation_or_place(word, lex) or is_firm_word(low) or lexicon.street_suffix(low):
        return False
    if low in lex.frequent_words and low not in lex.common_first_names:
        return False
    listed = low in lex.first_names if first else low in lex.surnames
    parts = low.split("-")
    # A hyphenated given name of short syllables ("min-jun", "ji-woo") whose parts are words.
    syllables = len(parts) > 1 and all(len(p) <= 4 for p in parts)
    unknown = (
        low not in lex.dutch_words
        and (syllables or all(p not in lex.dutch_words for p in parts))
        and not lexicon.is_compound(low)
    )
    return listed or unknown


# Whom to call back ("Bel jij staal terug?", "kun je de jong even terugbellen"): the word
# between "jij" and "terug" is a person, also a surname in lower case; not a pronoun.
_CALLED_BACK = re.compile(
    r"\b(?:[Bb]el|[Bb]elt)[ ]+(?:jij|je|u)[ ]+(?P<name>(?:(?:van|de|der|den|ter|ten)[ ]+){0,3}"
    r"[^\W\d_]{2,})[ ]+(?:even[ ]+|nog[ ]+|morgen[ ]+|straks[ ]+)?terug\b"
    r"|\b(?:jij|je|u)[ ]+(?P<other>(?:(?:van|de|der|den|ter|ten)[ ]+){0,3}[^\W\d_]{2,})"
    r"[ ]+(?:even[ ]+|nog[ ]+|morgen[ ]+|straks[ ]+)?terugbellen\b"
)


def _called_back_names(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _CALLED_BACK.finditer(text):
        group = "name" if match.group("name") else "other"
        word = match.group(group).split()[-1]
        low = word.casefold()
        listed = low in lex.surnames or low in lex.first_names or low not in lex.dutch_words
        named = listed and low not in lex.frequent_words and low not in lex.not_names
        # "de groot", "de jong": an adjective Dutch surnames are made of, after "de"
        adjective = match.group(group).casefold().startswith("de ") and low in _DE_SURNAMES
        if named or adjective:
            out.add((match.start(group), match.end(group), "PERSON"))
    return out


# An answer that opens with a word of assent and the name of whom it answers, then a comma
# and the writer going on ("Helder Ji-woo, ik zet het door", "Top Olesya, we komen morgen"):
# any capitalised word there is a name, also one no list knows or a hyphenated one.
_ACKNOWLEDGED_NAME = re.compile(
    r"(?:^|(?<=[.!?][ ])|(?<=\n))(?:Helder|Excuses|Prima|Top|Oké|Oke|Ok|Super|Fijn|Dankjewel|"
    r"Dankuwel|Duidelijk|Goed|Klopt|Sorry|Bedankt)[ ]+"
    r"(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+(?:-[^\W\d_]+)?),[ ]+(?:ik|we|wij|u|je|jij|dan)\b"
)


# A capitalised subject after a verb opening a question or a sentence ("Kan Lotus morgen de balie
# overnemen?"): mid-sentence a capital marks a name; no place, street, firm or organisation.
_SUBJECT_AFTER_VERB = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ]))(?:Kan|Kun|Wil|Moet|Mag|Zal|Gaat|Komt)[ ]+"
    r"(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+)[ ]+(?=[a-z])"
)


def _subjects_after_verbs(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _SUBJECT_AFTER_VERB.finditer(text):
        word = match.group("name")
        low = word.casefold()
        if (
            low in lex.frequent_words
            or low in _NOT_LINE_NOTICE_NAMES
            or low in _ORGANISATION_WORDS
            or _organisation_or_place(word, lex)
            or is_firm_word(low)
            or lexicon.street_suffix(low) is not None
        ):
            continue
        out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


def _addressed_first_names(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _ACKNOWLEDGED_NAME.finditer(text):
        word = match.group("name")
        low = word.casefold()
        if not _organisation_or_place(word, lex) and (
            low in lex.common_first_names
            or _list_name_word(word, lex)
            # Capitalised mid-sentence before "ik", "we", "u": a name, also an everyday word
            # ("Top Bries, ik zet het door").
            or (low not in lex.frequent_words and not is_firm_word(low))
        ):
            out.add((match.start("name"), match.end("name"), "PERSON"))
    for match in _INTRODUCED_NAME.finditer(text):
        low = match.group(1).casefold()
        if low in lex.common_first_names and not _organisation_or_place(match.group(1), lex):
            out.add((match.start(1), match.end(1), "PERSON"))
    for match in _SELF_INTRODUCED.finditer(text):
        word = match.group("name")
        if word.casefold() not in _NOT_SELF_INTRODUCED and not _organisation_or_place(word, lex):
            out.add((match.start("name"), match.end("name"), "PERSON"))
    for match in _SELF_INTRODUCED_FULL.finditer(text):
        words = match.group("name").split()
        if (
            words[0].casefold() not in _NOT_SELF_INTRODUCED
            and words[0].casefold() not in lex.frequent_words
            and not organisation_pattern().search(match.group("name"))
            and not any(
                _organisation_or_place(w, lex) or w.casefold() in _ORGANISATION_WORDS
                for w in (words[0], words[-1])
            )
        ):
            out.add((match.start("name"), match.end("name"), "PERSON"))
    for match in _GREETED_FULL_NAME.finditer(text):
        first, last = match.group("first"), match.group("last")
        low_first, low_last = first.casefold(), last.casefold()
        if (
            low_first in _ORGANISATION_WORDS
            or _organisation_or_place(first, lex)
            or _organisation_or_place(last, lex)
            or organisation_pattern().search(match.group("name"))
            or low_last in lex.frequent_words  # "Hallo Lieve Mensen,"
        ):
            continue
        if (
            low_first in lex.first_names
            or low_first not in lex.dutch_words
            or low_last in lex.surnames
        ):
            out.add((match.start("name"), match.end("name"), "PERSON"))
    for match in _ADDRESSED_NAME.finditer(text):
        low = match.group(2).casefold()
        surname = match.group("comma") and low in lex.surnames
        if (low in lex.common_first_names or surname) and not _organisation_or_place(
            match.group(2), lex
        ):
            out.add((match.start(2), match.end(2), "PERSON"))
    return out


# "De bladkorf in de Bisschopsweg ... staat voor nummer 34 hs": a house number named apart
# from its street earlier in the same bubble.
_STREET_WORD = re.compile(
    r"\b[A-Z][^\W\d_]*(?:" + "|".join(sorted(lexicon.STRONG_STREET_SUFFIXES)) + r")\b"
)
_NUMBER_AFTER_CUE = re.compile(
    r"\b(?:nummer|nr\.?|huisnummer)[ ]+(\d{1,4}(?:[ ]?(?:hs|bis|[a-zA-Z])\b|-\w{1,3}\b)?)(?![\d-]|[ ]\d)"
)


def _numbers_of_named_streets(text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    start = 0
    for piece in text.split("\n"):
        street = _STREET_WORD.search(piece)
        if street is not None:
            for match in _NUMBER_AFTER_CUE.finditer(piece, street.end()):
                out.add((start + match.start(1), start + match.end(1), "ADDRESS"))
        start += len(piece) + 1
    return out


# The house number that closes an address ("Hogeweg 106", "Esweg 7-b").
_LEADING_DIGITS = re.compile(r"\d*")
_HOUSE_NUMBER_AT_END = re.compile(r"(?<![\w-])(\d{1,4})(?:[ ]?[A-Za-z]{1,3}|-\w{1,3})?\W*$")


# The floor of a home after its address, set off by a comma and maybe wrapped onto the next
# line: "Wheeme 43, 2e etage", "Kerkweg 8,\n3e verdieping".
_FLOOR_AFTER = re.compile(
    r"[ ]*,?[ \n]+((?:[1-9]|1\d)(?:e|ste|de)[ \n]+(?:etage|verdieping|verd\.|woonlaag)\b)", re.I
)


def _floors_of_addresses(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """The floor written after an address found in the screenshot belongs to the home."""
    return {
        (m.start(1), m.end(1), "ADDRESS")
        for _start, end, label in found
        if label == "ADDRESS" and (m := _FLOOR_AFTER.match(text, end))
    }


def _numbers_of_found_homes(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """'woont op Hogeweg 106' ... 'de boom voor nummer 106': a house number after "nummer"
    anywhere in the screenshot is the house of an address found in it with that number."""
    numbers = {
        m.group(1)
        for start, end, label in found
        if label == "ADDRESS" and (m := _HOUSE_NUMBER_AT_END.search(text, start, end))
    }
    if not numbers:
        return set()
    return {
        (m.start(1), m.end(1), "ADDRESS")
        for m in _NUMBER_AFTER_CUE.finditer(text)
        if _LEADING_DIGITS.match(m.group(1))[0] in numbers
    }


# A street's house number OCR misread into no house number's shape ("Margrietlaan 6GA-01",
# "Margrietlaan\nGA-01?"): a short token with a digit right after a street's name.
_STREET_THEN_TOKEN = re.compile(
    _STREET_WORD.pattern
    + r"[ \n]+((?=[\w-]{0,3}\d)[A-Za-z0-9]{1,4}(?:-[A-Za-z0-9]{1,3})?)(?=[\s,.;:?!)]|$)"
)


def _misread_house_numbers(text: str) -> set[tuple[int, int, str]]:
    return {(m.start(1), m.end(1), "ADDRESS") for m in _STREET_THEN_TOKEN.finditer(text)}


# A capitalised first name inside a sentence, also one that is an everyday word ("het
# leerlingenvervoer voor Lot is niet gekomen"); not after an article ("het Lot") or before
# another capitalised word (a proper noun's part).
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,][ ])([A-Z][a-z]{2,})(?![\w-])(?![ ][A-Z])")
# The word before is a lower-case word of the sentence ("voor Lot"), not a title's ("Bloemenhuis
# Anja 08:24") or a greeting's ("Hoi Ben je thuis?").
_LOWER_WORD_BEFORE = re.compile(r"(?:^|[ ])[a-z][a-z'\u2019-]*,?[ ]$")
# "Kinderopvang Ot en Sien": the second of a pair joined by "en" is the pair's, a name's part.
_CAPITAL_AND_BEFORE = re.compile(r"[A-Z][^\W\d_]*[ \n]+(?:en|of|&)[ \n]+$")
_ARTICLE_BEFORE = re.compile(
    r"\b(?:de|het|een|die|dit|dat|deze|mijn|zijn|haar|onze|uw|ik|wij|we|hij|zij|ze)[ ]$", re.I
)


def _first_names_mid_sentence(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    return {
        (m.start(1), m.end(1), "PERSON")
        for m in _MID_SENTENCE_CAPITAL.finditer(text)
        if m.group(1).casefold() in lex.common_first_names
        and m.group(1).casefold() not in lex.not_names
        and not _ARTICLE_BEFORE.search(text, max(0, m.start(1) - 6), m.start(1))
        and _LOWER_WORD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
        and not _CAPITAL_AND_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
    }


# "de kinderen, Job en Wil": a first name joined by "en" or "of" to a person found is one too,
# also an everyday word (the mid-sentence rule leaves a capital after "<Capital> en" alone).
_JOINED_AFTER = re.compile(r"[ ]+(?:en|of|&)[ ]+([A-Z][a-z]{2,})(?![\w-])")
_JOINED_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})[ ]+(?:en|of|&)[ ]+$")


def _first_names_joined_to_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON":
            continue
        candidates = []
        if match := _JOINED_AFTER.match(text, end):
            candidates.append(match)
        if match := _JOINED_BEFORE.search(text, max(0, start - 30), start):
            candidates.append(match)
        for match in candidates:
            low = match.group(1).casefold()
            if low in lex.common_first_names and low not in lex.not_names:
                out.add((match.start(1), match.end(1), "PERSON"))
    return out


# "De witte bus XD-07-TJ van kroon staat ...": after a plate, "van" and a name list's word is
# the vehicle's owner, also in lower case; no pronoun or everyday word ("van mijn buurman").
_OWNER_AFTER_PLATE = re.compile(r"[ ]+van[ ]+([^\W\d_]{3,}(?:-[^\W\d_]+)?)(?![\w-])")
# ... or before it, the plate in brackets: "op de auto van bout\n(KN-492-R)".
_OWNER_BEFORE_PLATE = re.compile(
    r"(?<![\w-])(?:auto|wagen|bus|busje|camper|fiets|scooter|brommer)[ ]+van[ ]+"
    r"([^\W\d_]{3,}(?:-[^\W\d_]+)?)[ \n]+\(?$"
)


def _plate_owners(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "LICENSE_PLATE":
            continue
        match = _OWNER_AFTER_PLATE.match(text, end) or _OWNER_BEFORE_PLATE.search(
            text, max(0, start - 40), start
        )
        if match is None:
            continue
        word = match.group(1)
        low = word.casefold()
        if low in lex.frequent_words or low in lexicon.PARTICLES:
            continue
        if _organisation_or_place(word, lex) or is_firm_word(low):
            continue
        if low in lex.surnames or low in lex.first_names or word[0].isupper():
            out.add((match.start(1), match.end(1), "PERSON"))
    for start, _end, label in found:
        if label != "LICENSE_PLATE":
            continue
        named = _NAMED_OWNER_BEFORE_PLATE.search(text, max(0, start - 60), start)
        if named is None:
            continue
        words = [w for w in named.group(1).split() if w[:1].isupper()]
        if all(
            not (
                (_organisation_or_place(w, lex) or is_firm_word(w.casefold()))
                and w.casefold() not in lex.surnames
                and w.casefold() not in lex.first_names
            )
            and w.casefold() not in lex.frequent_words
            for w in words
        ):
            out.add((named.start(1), named.end(1), "PERSON"))
    return out


# Round 32: a capitalised name right before a plate in brackets after "van" ("de brievenbus van
# Pol\nHulsbeek (6 - DRG - 71 voor de deur)"): whose car stands there.
_NAMED_OWNER_BEFORE_PLATE = re.compile(
    r"(?<![\w-])van[ \n]+([A-Z][^\W\d_]+(?:[ \n]+(?:van|de|der|den|ten|ter|Olde)){0,2}"
    r"(?:[ \n]+[A-Z][^\W\d_]+){0,2})[ \n]*\($"
)


# A first name and a surname's initial inside a sentence ("de auto is van Lieve T.."), also a
# first name that is an everyday word; the detector reads the initial as a sentence's end.
_FIRST_NAME_AND_INITIAL = re.compile(r"(?<![\w.-])([A-Z][^\W\d_]+)[ ]([A-Z])\.(?=[.,;:!?)\s]|$)")


def _first_names_with_initial(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    return {
        (m.start(1), m.end(2) + 1, "PERSON")
        for m in _FIRST_NAME_AND_INITIAL.finditer(text)
        if (
            m.group(1).casefold() in lex.first_names
            or _nickname_of_first_name(m.group(1), lex)
            # A name no dictionary knows before an initial and a comma ("Melder: Joca K., 06"),
            # as the list of a person's data goes on.
            or (
                text.startswith(",", m.end(2) + 1)
                and m.group(1).casefold() not in lex.dutch_words
                and not _organisation_or_place(m.group(1), lex)
            )
        )
        and m.group(1).casefold() not in lex.not_names
        and m.group(1).casefold() not in _ORGANISATION_WORDS
    }


# An Irish surname after "Ó", "Ní" or "Uí" ("Ó Súilleabháin"), with the given name before it
# when a name list knows it or no dictionary does ("Matías Ó Súilleabháin").
_IRISH_SURNAME = re.compile(
    r"(?:(?<![\w.-])(?P<given>[A-Z\u00c0-\u00de][^\W\d_]+)[ \n]+)?"
    r"(?<![\w.-])(?P<surname>(?:\u00d3|N\u00ed|U\u00ed)[ \n]+[A-Z\u00c0-\u00de][^\W\d_]+)"
)


# Two initials without dots before a surname ("MT Baard 13:05", "woonplaats: MT Baard,", a
# sender label "SC Haver"): a listed surname before a comma, the end of the line or a list
# row's time; no abbreviation's capitals (a school, a country, a legal form).
_BARE_INITIALS = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z]{2}[ ]+(?P<surname>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+))"
    r"(?=,|[ ]*$|[ ]+\d{1,2}[:.]\d{2}\b)",
    re.M,
)
_NOT_INITIALS = frozenset(
    {"NL", "BE", "DE", "EU", "BV", "NV", "VV", "CV", "OK", "TV", "PC", "ID", "KM", "AM", "PM"}
)


def _bare_initials(lines_text: str) -> set[tuple[int, int, str]]:
    if not lines_text:
        return set()
    lex = lexicon.load()
    return {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _BARE_INITIALS.finditer(lines_text)
        if m.group("name")[:2] not in _NOT_INITIALS
        and m.group("surname").casefold() in lex.surnames
        and m.group("surname").casefold() not in lex.frequent_words
        and lexicon.street_suffix(m.group("surname").casefold()) is None
    }


def _irish_surnames(text: str) -> set[tuple[int, int, str]]:
    if "\u00d3" not in text and "N\u00ed" not in text and "U\u00ed" not in text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _IRISH_SURNAME.finditer(text):
        given = m.group("given")
        low = given.casefold() if given else ""
        start = (
            m.start("given")
            if given
            and (low in lex.first_names or low not in lex.dutch_words)
            and not _organisation_or_place(given, lex)
            else m.start("surname")
        )
        out.add((start, m.end("surname"), "PERSON"))
    return out


# Initials glued to the surname ("B.J.Kroon"), which the detector reads as one token; and
# after "t.n.v." a surname before its initials ("t.n.v. Kroon B.J."): an account holder.
_GLUED_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,4}([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w])")
_SURNAME_BEFORE_INITIALS = re.compile(
    r"\bt\.?[ ]?n\.?[ ]?v\.?[ ]+([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?[ ](?:[A-Z]\.){1,4})"
    r"(?=[\s,;:!?)]|$)"
)


def _initialled_names(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _GLUED_INITIALS.finditer(text):
        low = match.group(1).casefold()
        if low in lex.frequent_words or _organisation_or_place(match.group(1), lex):
            continue  # "N.B.Het"
        if low in lex.surnames or low not in lex.dutch_words:
            out.add((match.start(), match.end(), "PERSON"))
    for match in _SURNAME_BEFORE_INITIALS.finditer(text):
        word = match.group(1).split()[0]
        if not _organisation_or_place(word, lex) and not is_firm_word(word.casefold()):
            out.add((match.start(1), match.end(1), "PERSON"))
    for match in _HOLDER_AFTER_TNV.finditer(text):
        name = match.group("name")
        lows = name.casefold().split()
        if (
            lows[0] in _NOT_HOLDER_OPENERS
            or organisation_pattern().search(name)
            or any(w in _ORGANISATION_WORDS or is_firm_word(w) for w in lows)
            or any(_organisation_or_place(w, lex) for w in name.split())
        ):
            continue
        out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


# The account holder after "t.n.v." as a first name and a surname, also in lower case ("t.n.v.
# dmytro mast."), closing the phrase.
_HOLDER_AFTER_TNV = re.compile(
    r"\bt\.?[ ]?n\.?[ ]?v\.?[ \n]+(?P<name>[^\W\d_]{2,}(?:[ \n]+(?:van|de|der|den|ter|ten)){0,3}"
    r"[ \n]+[^\W\d_]{2,})(?=[.,;:!?)]|[ ]*$|[ ]*\n)"
)
_NOT_HOLDER_OPENERS = frozenset({"de", "het", "een", "mijn", "onze", "uw", "haar", "zijn", "ons"})


# A surname and its initial after a word that names a person ("doorgeven aan Gaga J.?", "op
# naam van DE ZWAAN S.,"): a nickname or surname no name list needs to know.
_PARTICLES_ANY_CASE = r"(?:(?:[Dd]e|DE|[Vv]an|VAN|[Dd]e[rn]|DE[RN]|[Tt]e[rn]|TE[RN])[ ]+){0,2}"
_SURNAME_INITIAL_AFTER_CUE = re.compile(
    r"\b(?i:aan|ben|namens|naam[ ]van|t\.?[ ]?n\.?[ ]?v\.?)[ ]+"
    rf"(?P<name>{_PARTICLES_ANY_CASE}(?P<word>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)[ ](?:[A-Z]\.){{1,4}})"
    r"(?=[\s,;:!?)]|$)"
)
# A title or "ik ben" before an initial and a surname in any case ("Ik ben mw. N Tol en woon",
# "ik ben M. tol"); without a title the initial needs its dot ("Ik ben U dankbaar").
_INITIAL_AND_SURNAME_AFTER_TITLE = re.compile(
    r"(?P<title>\b(?i:mw|mevr|mevrouw|dhr|meneer)\.?[ ]+|\b(?i:ik[ ]ben)[ ]+(?=[A-Z]\.))"
    r"(?P<initials>[A-Z]\.?(?:[ ]?[A-Z]\.)*)[ ]+"
    rf"(?P<surname>{_PARTICLES_ANY_CASE}(?P<word>[^\W\d_]{{2,}}(?:-[^\W\d_]+)?))(?![\w-])"
)


def _initials_with_surnames(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _SURNAME_INITIAL_AFTER_CUE.finditer(text):
        low = match.group("word").casefold()
        if low in lex.frequent_words or _organisation_or_place(match.group("word"), lex):
            continue
        if not is_firm_word(low):
            out.add((match.start("name"), match.end("name"), "PERSON"))
    for match in _INITIAL_AND_SURNAME_AFTER_TITLE.finditer(text):
        low = match.group("word").casefold()
        if low in lex.frequent_words or _organisation_or_place(match.group("word"), lex):
            continue  # "Ik ben A. en ..."
        title = match.group("title")
        start = match.start("initials") if title.casefold().startswith("ik") else match.start()
        out.add((start, match.end("surname"), "PERSON"))
    return out


# A contact mentioned in a group ("@Haring kun jij ...", "@Mare Boon"): WhatsApp writes the
# name as the phone saved it, also an everyday word; not an e-mail address's domain.
_MENTION = re.compile(r"(?<![\w.@])@([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?:[ ][A-Z][^\W\d_]+)?)")


def _mentioned_contacts(text: str) -> set[tuple[int, int, str]]:
    if "@" not in text:
        return set()
    out: set[tuple[int, int, str]] = set()
    for match in _MENTION.finditer(text):
        name = match.group(1)
        if any(w.casefold() in _ORGANISATION_WORDS for w in name.split()):
            continue
        if organisation_pattern().search(name):
            continue
        out.add((match.start(1) - 1, match.end(1), "PERSON"))
    return out


# A short line of name words: a sender label, a quoted reply's sender, a contact card's name;
# a contact's avatar before it is read as one or two signs ("O Mare Al-Hassan", "CO ...").
_NAME_LINE = re.compile(
    r"(?:[^\w\s]{1,2}[ ]+|[A-Z0-9]{1,2}[ ]+(?=[A-Z]))?"
    r"(?P<name>[^\W\d_][\w'\u2019.-]*(?:[ ]+[^\W\d_][\w'\u2019.-]*){0,3})"
)
# Words of WhatsApp's own in the colour of sender labels (a card's buttons, "Jij" over a quote
# of one's own message).
_UI_WORDS = frozenset({"jij", "u", "you", "bericht", "toevoegen", "opslaan", "locatie", "mijn"})
# A sender label's colour: the median chroma (max - min of R, G, B) of its text pixels; grey,
# black and white text have about 0, WhatsApp's sender colours 100-190.
SENDER_MIN_CHROMA = 60


def _name_line(ocr: OcrResult, line: Sequence[OcrWord]) -> re.Match[str] | None:
    """The name of a line that holds only a person's name, or None."""
    match = _NAME_LINE.fullmatch(ocr.text, line[0].char_start, line[-1].char_end)
    if match is None or len(match.group("name")) > 40:
        return None
    lex = lexicon.load()
    words = [w.strip(".'\u2019").casefold() for w in match.group("name").split()]
    if any(w in _UI_WORDS or w in _ORGANISATION_WORDS for w in words):
        return None
    if organisation_pattern().search(match.group("name")):
        return None
    named = any(
        len(w) >= 2
        and w not in lexicon.PARTICLES
        and (w in lex.first_names or w in lex.surnames or w not in lex.dutch_words)
        for w in words
    )
    return match if named else None


def coloured_sender_names(image: Image.Image, ocr: OcrResult) -> set[tuple[int, int, str]]:
    """Group chat sender labels and quoted senders: a line of name words drawn in colour is a
    person, also a saved contact's everyday or lower-case name ("Mare Boon", "slot")."""
    # Imported here, as in photo_plate_boxes: only screenshots with a name line need it.
    import numpy as np

    out: set[tuple[int, int, str]] = set()
    rgb = image if image.mode == "RGB" else image.convert("RGB")
    for line in text_lines(ocr.words):
        if len(line) > 5 or in_chat_list(line[0]):
            continue
        match = _name_line(ocr, line)
        if match is None:
            continue
        words = [w for w in line if w.char_end > match.start("name")]
        box = (
            min(w.left for w in words),
            min(w.top for w in words),
            max(w.right for w in words),
            max(w.bottom for w in words),
        )
        if box[2] - box[0] < 4 or box[3] - box[1] < 4:
            continue
        pixels = np.asarray(rgb.crop(box), dtype=np.int16).reshape(-1, 3)
        if _text_chroma(np, pixels) >= SENDER_MIN_CHROMA:
            out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


def _text_chroma(np: Any, pixels: Any) -> float:
    """Median chroma of the pixels that differ most from the background (the crop's median)."""
    background = np.median(pixels, axis=0)
    distance = np.abs(pixels - background).max(axis=1)
    strongest = distance.max()
    if strongest < 40:
        return 0.0
    text = pixels[distance >= 0.6 * strongest]
    return float(np.median(text.max(axis=1) - text.min(axis=1)))


# A contact card: the avatar and the name, then "Bericht" and "Toevoegen" (or "Opslaan").
_CARD_BUTTONS = re.compile(r"Bericht[ ]+(?:Toevoegen|Opslaan)[ ]*")
_TIME_LINE = re.compile(r"[ ]*\d{1,2}[:.]\d{2}[ ]*")


def _contact_card_names(ocr: OcrResult) -> set[tuple[int, int, str]]:
    """The name on a shared contact card ("O Mare Al-Hassan" over "Bericht Toevoegen"): the
    one or two name lines above the card's buttons, a time between them skipped."""
    lines = text_lines(ocr.words)
    out: set[tuple[int, int, str]] = set()
    for j, line in enumerate(lines):
        if not _CARD_BUTTONS.fullmatch(ocr.text, line[0].char_start, line[-1].char_end):
            continue
        above = [
            name_line
            for name_line in lines[max(0, j - 3) : j]
            if not _TIME_LINE.fullmatch(ocr.text, name_line[0].char_start, name_line[-1].char_end)
        ]
        for name_line in reversed(above[-2:]):
            match = _name_line(ocr, name_line)
            # A bubble's last line above the card ("weg. Melding MOR-2026-68349.") names no one.
            if match is None or any(c.isdigit() for c in match.group("name")):
                break
            out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


# A line of WhatsApp Web's chat list opening with a contact's name: a row's title before its
# time ("Haas 10:45", also misread: "Haas oe:4s"; cut short: "Olusegun van... 13:33") or a group
# row's preview sender ("Zwaan: ...", also after a status icon read as a dash: "— Sipke: ..."),
# also after the role word the contact was saved with ("Buurman Peper 11:23").
# A hyphenated given name too, its second part in lower case ("Ji-woo", "Min-jun").
_LIST_WORD = r"(?:[A-Z][^\W\d_]{2,}(?:-[A-Z][^\W\d_]+)?|[A-Z][^\W\d_]+-[a-z]{2,})"
_LIST_NAME = re.compile(
    rf"(?:[^\w\s]{{1,2}}[ ]+)?(?:(?P<role>{_ROLE_WORDS})[ ]+)?(?P<name>{_LIST_WORD})"
    # The second word also in lower case ("Gaga riem") or an initial ("Tol O."); an ellipsis
    # OCR read as one dot ("Bolormaa. 09:29").
    rf"(?:[ ]+(?P<second>{_LIST_WORD}|(?!(?:van|de[nr]?|te[nr])\b)[a-z][^\W\d_]{{2,}}|[A-Z]\.))?"
    # A surname after its tussenvoegsels ("Anahí van Hattem"), or the title cut after them.
    r"(?:[ ]+(?:van|de|der|den|ter|ten)(?:[ ]+(?:de|der|den|het|'t))?"
    r"(?:[ ]+(?P<tail>[A-Z\u00c0-\u00de][^\W\d_]+))?)?(?:\.{1,3}|\u2026)?"
    # ... before the time alone, or the time and the preview on the title's line (WhatsApp
    # Web: "Buren Muis 11:05 De aanhanger ...").
    r"(?::[ ]|[ ]+(?=\S*[\d:])\S+[ ]*$|[ ]+(?=\d{1,2}[:.]\d{2}[ ]))"
)
_COMPASS_POINTS = frozenset({"noord", "zuid", "oost", "west", "centrum"})
# A number after a chat list row's first word that is no time ("Klas 3", "Kerkkoor 3 10:33").
_NUMBER_AFTER_LIST_WORD = re.compile(r"[ ]+\d{1,4}[a-z]?(?=[ ]|$)", re.M)
# A group row's preview sender after the row's title and time on one line (WhatsApp Web:
# "+31 6 ... 12:03 — Ji-woo: mijn BSN is ..."), also a push name in lower case ("— rhysie:").
_PREVIEW_SENDER = re.compile(
    rf"(?<=\d[:.]\d\d[ ])(?:[^\w\s]{{1,2}}[ ]+)?(?P<name>{_LIST_WORD}|[a-z][^\W\d_]{{2,}}):[ ]"
)
# ... or opening the row's preview line under the title ("— tenz: kenteken ...").
_PREVIEW_LINE_SENDER = re.compile(
    rf"(?:[^\w\s]{{1,2}}[ ]+)?(?P<name>{_LIST_WORD}|[a-z][^\W\d_]{{2,}}):[ ]"
)
# In both list patterns the time is a token with a digit or colon, found by a lookahead:
# "\S*[\d:]\S*" split a long token two ways, in time quadratic in its length.
# A row's title in lower case (a contact saved so: "boon 13:34").
# The time may be misread as letters ("haring os") or stand on a line of its own ("kooi").
_LIST_LOWER_NAME = re.compile(
    r"(?:[^\w\s]{1,2}[ ]+)?([a-z][^\W\d_]{2,})"
    r"(?::[ ]|[ ]+(?=\S*[\d:])\S+[ ]*$|[ ]+\S{1,5}[ ]*$|[ ]*$"
    # The time and the preview on the title's line: "boon 08:46 Document".
    r"|[ ]+(?=\d{1,2}[:.]\d{2}[ ]))"
)


def _chat_list_names(ocr: OcrResult) -> set[tuple[int, int, str]]:
    """Contacts' names in a chat list: a word a name list knows is a person there, also when it
    is an ordinary word ("Lam"), and so is a word no dictionary knows ("Kerem") or any word after
    a role ("Buurman Peper"); organisations, places, compounds and everyday words are not. A
    second word that is a name makes both one ("Mare Adeyemi")."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    group_title = False
    for line in text_lines(ocr.words):
        if not in_chat_list(line[0]):
            continue
        sender = _PREVIEW_SENDER.search(
            ocr.text, line[0].char_start, line[-1].char_end
        ) or _PREVIEW_LINE_SENDER.match(ocr.text, line[0].char_start, line[-1].char_end)
        if sender is not None and (
            _list_name_word(sender.group("name"), lex)
            # Under a group's title the preview opens with its sender, also a word ("Dauw:").
            or (group_title and _sender_word_under_group(sender.group("name"), lex))
        ):
            out.add((sender.start("name"), sender.end("name"), "PERSON"))
        title = _ROW_TIME.search(ocr.text, line[0].char_start, line[-1].char_end)
        group_title = title is not None and _group_title(line[0].text.rstrip(".\u2026"), lex)
        match = _LIST_NAME.match(ocr.text, line[0].char_start, line[-1].char_end)
        if match is None:
            continue
        low = match.group("name").casefold()
        if (
            not match.group("second")
            and ocr.text[match.start() : match.start("name")].strip()
            and ocr.text[match.end("name") : match.end("name") + 1] in (".", "\u2026")
            and low in lex.surnames
            and low not in lex.frequent_words
        ):
            # "& Baard... 10:03": a contact saved as an emoji and a surname ("🔧 Baard
            # loodgieter") cut short, also a surname that is a place's name.
            out.add((match.start("name"), match.end("name"), "PERSON"))
            continue
        if _organisation_or_place(match.group("name"), lex) or (
            is_firm_word(low) and low not in lex.surnames
        ):
            continue  # "Garage Albert... 11:32": a firm named after its owner, not "Wolfswinkel"
        end = match.end("name")
        second = match.group("second")
        if second and (second[0].islower() or second.endswith(".")):
            # "Gaga riem 12:52", "Tol O. 13:17": a contact saved with a surname in lower case or
            # with an initial; a group's lower-case second word ("Team wegen") is no surname.
            surname = (
                low not in lex.frequent_words
                and (low in lex.surnames or low in lex.first_names or low not in lex.dutch_words)
                if second.endswith(".")
                else second in lex.surnames and second not in lex.frequent_words
            )
            if surname and not lexicon.is_compound(low):
                out.add((match.start("name"), match.end("second"), "PERSON"))
            continue
        if (
            second
            and not _organisation_or_place(second, lex)
            and _list_name_word(second, lex)
            and not lexicon.is_compound(low)
        ):
            out.add((match.start("name"), match.end("second"), "PERSON"))
            continue
        if (
            not second
            and _NUMBER_AFTER_LIST_WORD.match(ocr.text, match.end("name"))
            and _group_title_word(match.group("name"), lex)
        ):
            continue  # "Klas 3": a group's title and its number, no name before a cut time
        if match.group("role") or _list_name_word(match.group("name"), lex):
            tail = match.group("tail")
            # (a place after "van" is a surname too: "van Hattem"; a compass point is a district's)
            if (
                tail
                and not second
                and tail.casefold() not in _ORGANISATION_WORDS | _COMPASS_POINTS
                and not organisation_pattern().search(tail)
            ):
                end = match.end("tail")
            out.add((match.start("name"), end, "PERSON"))
    return out


# A chat list row whose preview is a firm's business message ("Werkorder 45 00854274 is...",
# "Factuur INV86286 is verstuurd"): its title, cut short or not, is a firm's, also where the
# firm bears the name of a person of the screenshot ("Hagel... 13:02 Werkorder ...").
_BUSINESS_PREVIEW = re.compile(
    r"(?:^|[ ])(?:Werkorder|Werkbon|Factuur|Offerte|Orderbevestiging|Pakbon|Bestelling|Order)"
    r"[ ]+(?:nr\.?[ ]+|nummer[ ]+)?[A-Z]{0,4}[-]?\d"
)
_ROW_TIME = re.compile(r"[ ]\d{1,2}[:.]\d{2}(?=[ ]|$)")


def _business_rows(ocr: OcrResult) -> list[tuple[int, int]]:
    """The titles of chat list rows whose preview is a firm's business message."""
    out: list[tuple[int, int]] = []
    lines = [line for line in text_lines(ocr.words) if in_chat_list(line[0])]
    for i, line in enumerate(lines):
        start, end = line[0].char_start, line[-1].char_end
        time = _ROW_TIME.search(ocr.text, start, end)
        if time is None:
            continue
        preview = ocr.text[time.end() : end]
        if i + 1 < len(lines) and not _ROW_TIME.search(
            ocr.text, lines[i + 1][0].char_start, lines[i + 1][-1].char_end
        ):
            preview += " " + ocr.text[lines[i + 1][0].char_start : lines[i + 1][-1].char_end]
        if _BUSINESS_PREVIEW.search(preview):
            out.append((start, time.start()))
    return out


# Words that open a preview as a label, not a sender ("Let op:", "Herinnering: ...").
_PREVIEW_LABELS = frozenset(
    {
        "let",
        "herinnering",
        "update",
        "vraag",
        "info",
        "mededeling",
        "foto",
        "video",
        "locatie",
        "bijlage",
        "document",
        "contact",
        "peiling",
        "jij",
        "u",
        "let op",
        "agenda",
        "notulen",
    }
)


def _group_title(word: str, lex: lexicon.Lexicon) -> bool:
    """A chat list title's first word that names a group: a compound ("Werkgroep"), an
    organisation's word or a group ending."""
    low = word.casefold()
    return (
        low in _ORGANISATION_WORDS
        or _group_word(word)
        or (len(low) >= 8 and lexicon.is_compound(low))
    )


def _sender_word_under_group(word: str, lex: lexicon.Lexicon) -> bool:
    low = word.casefold()
    return (
        word[:1].isupper()
        and low not in _PREVIEW_LABELS
        and low not in lex.frequent_words
        and not _organisation_or_place(word, lex)
        and not any(part in lex.places or part in _ORGANISATION_WORDS for part in low.split("-"))
        and not lexicon.is_compound(low)
    )


def _organisation_or_place(word: str, lex: lexicon.Lexicon) -> bool:
    low = word.casefold()
    return (
        low in _ORGANISATION_WORDS
        or low in lex.places
        or low in lex.not_names
        or bool(organisation_pattern().search(word))
    )


def _list_name_word(word: str, lex: lexicon.Lexicon) -> bool:
    """A chat list's contact name: a name list's word that is no everyday word, or a word no
    dictionary knows and no compound of two ("Olusegun"; not "Mantelzorgcafé")."""
    low = word.casefold()
    if low in lex.common_first_names:
        return True  # "Mare... 09:34", "Lot 10:12": a contact's first name, also a word
    if low in lex.frequent_words:
        return False
    if low in lex.surnames or low in lex.first_names:
        return True
    if any(part in lex.places or part in _ORGANISATION_WORDS for part in low.split("-")):
        return False  # "Meppel-Oost", "Team-Zuid"
    # Nor a long compound cut short ("Kinderdagverblij 13:54": OCR lost the title's end).
    return (
        low not in lex.dutch_words
        and not lexicon.is_compound(low)
        and not (len(low) >= 12 and lexicon.is_cut_compound(low))
    )


def _chat_list_lower_names(ocr: OcrResult, names: Sequence[str]) -> set[tuple[int, int, str]]:
    """A chat list row titled in lower case with a part of a name established as a person in
    the screenshot ("boon 13:34" after "Dieuwertje Boon"): the contact saved so."""
    # Any case here: the contact may be established by a lower-case sender label ("slot").
    parts = {
        part.casefold()
        for name in names
        for part in _NAME_PART.findall(name)
        if len(part) >= 3 and part.casefold() not in _NAME_FILLERS
    }
    out: set[tuple[int, int, str]] = set()
    if not parts:
        return out
    for line in text_lines(ocr.words):
        if not in_chat_list(line[0]):
            continue
        match = _LIST_LOWER_NAME.match(ocr.text, line[0].char_start, line[-1].char_end)
        if match is not None and match.group(1) in parts:
            out.add((match.start(1), match.end(1), "PERSON"))
    return out


# A contact saved in lower case ("wil": a list's title, a missed call's notice) after a
# preposition ("De fiets is van wil"), where the word itself is no everyday use of it.
_PREPOSITION_THEN_WORD = re.compile(
    r"\b(?:van|aan|met|voor|door|bij|naar|namens|tegen|over)[ ]+([a-z][^\W\d_]{1,})(?![\w-])"
)


def _lower_names_after_prepositions(text: str, names: Sequence[str]) -> set[tuple[int, int, str]]:
    lower = {n for n in names if n.islower() and _NAME_PART.fullmatch(n) and len(n) >= 3}
    if not lower:
        return set()
    return {
        (m.start(1), m.end(1), "PERSON")
        for m in _PREPOSITION_THEN_WORD.finditer(text)
        if m.group(1) in lower
    }


# A name the screenshot established, addressed in lower case after thanks or a greeting ("Dank
# je max, komt goed" where "Max Korf" sent a message).
_LOWER_ADDRESSED = re.compile(
    r"\b(?i:bedankt|sorry|dank[ ](?:je|u)(?:[ ]wel)?|hoi|hallo|hey|beste|dag|doei|groetjes|"
    r"goedemorgen|goedemiddag|goedenavond)[ ]+([a-z][^\W\d_]{2,})(?=[ ]?[,!?.](?:[ \n]|$)|[ ]*$)"
)


def _lower_addressed_names(text: str, names: Sequence[str]) -> set[tuple[int, int, str]]:
    parts = _name_parts(names)
    return {
        (m.start(1), m.end(1), "PERSON")
        for m in _LOWER_ADDRESSED.finditer(text)
        if m.group(1) in parts
    }


# The place closing an address after a comma ("Molenweg 12, Eemster"): a hamlet no place list
# knows is no person, unless a common first name ("..., Linde" may be someone signing).
_PLACE_AFTER_ADDRESS = re.compile(
    r",[ ]?([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)(?=[ ]*(?:$|[\n.;!?)]))"
)


def _places_closing_addresses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    places: set[tuple[int, int]] = set()
    for _start, end, label in found:
        match = _PLACE_AFTER_ADDRESS.match(text, end) if label == "ADDRESS" else None
        if match and match.group(1).casefold() not in lex.common_first_names:
            places.add((match.start(1), match.end(1)))
    return {s for s in found if s[2] == "PERSON" and (s[0], s[1]) in places}


# "overgedragen aan Jitske van Kerstmarktcommissie Meppel": "van" and a group's or body's name
# after a first name say where the person works, no surname ("Jitske van Bouwoverleg").
_VAN_GROUP = re.compile(r"[ \n]+van[ \n]+([A-Z][^\W\d_]+)")
_GROUP_ENDINGS = (
    "commissie",
    "overleg",
    "raad",
    "comite",
    "comité",
    "bestuur",
    "platform",
    "netwerk",
    "collectief",
    "werkgroep",
)


def _group_word(word: str) -> bool:
    low = word.casefold()
    return is_firm_word(low) or any(
        low.endswith(end) and len(low) > len(end) + 2 for end in _GROUP_ENDINGS
    )


def _without_group_tails(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """`found` with each person's span that runs over "van" and a group's name cut before it,
    and the group's name no person on its own either."""
    out = set()
    groups = set()
    for start, end, label in found:
        if label == "PERSON":
            tail = _VAN_GROUP.search(text, start, end)
            if tail is not None and tail.start() > start and _group_word(tail.group(1)):
                end = tail.start()
                groups.add(tail.start(1))
        out.add((start, end, label))
    return {s for s in out if not (s[2] == "PERSON" and s[0] in groups)}


# A street's name that is a surname too, named with the village it lies in ("Dode ree Hogeweg
# bij Eesveen", "Lekkage Ammerlaan in Rogat"): where, not who.
_STREET_BEFORE_PLACE = re.compile(
    r"(?<![\w-])([A-Z][a-z]+(?:weg|straat|laan|plein|pad|steeg|gracht|kade|singel|dreef))"
    r"[ ]+(?:bij|in|te|nabij)[ ]+([A-Z][\w-]+)"
)
# A word before the street that makes it a person after all ("mevrouw Hogeweg in Meppel",
# "gesprek met Ammerlaan in Meppel").
_PERSON_BEFORE_STREET = re.compile(r"\b(?:met|aan|door|namens|voor)[ ]+$", re.I)


# A village the place list lacks, named like a surname with a place's suffix ("Nijstad",
# "Middendorp"): a place wherever the screenshot has it after a place's preposition.
_VILLAGE_AFTER_PREPOSITION = re.compile(
    r"\b(?i:in|vanuit|uit|naar|te|nabij)[ \n]+([A-Z][^\W\d_]*(?:stad|dorp))\b(?![ \n]*[A-Z])"
)


# A location shared in a chat, a line of its own with a hamlet the place list lacks before a
# village it knows ("Gemaal\nHoogengraven, Nijeveen"): the word is a place, no name list's.
_LOCATION_LINE = re.compile(
    # ... the location's title line joined to it ("Gemaal Hoogengraven, Nijeveen")
    r"(?:^|(?<=\n))(?:[A-Z][a-z\u00df-\u00ff]{2,}[ ])?([A-Z][a-z\u00df-\u00ff]{3,}),[ ]"
    r"([A-Z][\w-]+)(?=[ ]*(?:\n|$)|[ ]+\d{1,2}[:.]\d{2}\b)"
)


def _location_line_places(text: str) -> set[str]:
    if "," not in text:
        return set()
    lex = lexicon.load()
    return {
        m.group(1)
        for m in _LOCATION_LINE.finditer(text)
        if m.group(2).casefold() in lex.places
        and m.group(1).casefold() not in lex.first_names
        and m.group(1).casefold() not in lex.surnames
    }


def _villages_named_like_surnames(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    villages = {m.group(1) for m in _VILLAGE_AFTER_PREPOSITION.finditer(text)}
    villages |= _location_line_places(text)
    return {s for s in found if s[2] == "PERSON" and text[s[0] : s[1]] in villages}


# A first name that is also a month before a surname ("Mei Asante", "April\nWijnja"): the
# surname found as a person, or a capitalised word no dictionary, place list or calendar knows.
_MONTH_BEFORE_WORD = re.compile(
    rf"(?<![\w.-])(?P<month>{'|'.join(m.capitalize() for m in MONTH_NAMES)})[ \n]+"
    r"(?P<surname>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b"
)
_WEEKDAYS = frozenset(_WEEKDAY_NAMES)
_MONTHS_AND_WEEKDAYS = _MONTH_NAMES | _WEEKDAYS


def _months_before_surnames(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    persons = {s[0]: s[1] for s in found if s[2] == "PERSON"}
    out: set[tuple[int, int, str]] = set()
    for m in _MONTH_BEFORE_WORD.finditer(text):
        if _DAY_BEFORE.search(text, 0, m.start()):
            continue  # "3 Juni Meppel": a date
        low = m.group("surname").casefold()
        if m.start("surname") in persons:
            out.add((m.start(), persons[m.start("surname")], "PERSON"))
        elif not (
            (low in lex.dutch_words and (low not in lex.surnames or low in lex.frequent_words))
            or low in lex.places
            or low in _MONTH_NAMES
            or low in _WEEKDAYS
            or _organisation_or_place(m.group("surname"), lex)
            or _firm_word(m.group("surname"))
        ):
            # ... also a name list's surname that is a word ("April Zoet"), unless a firm's
            out.add((m.start(), m.end(), "PERSON"))
    return out


# A street named after a titled person, its name in words before the street's word
# ("Burgemeester van Haersma de\nWithstraat", "Dokter van der Meulenlaan").
_TITLED_STREET = re.compile(
    rf"(?<![\w.-])(?:{_STREET_TITLES})[ \n]+(?:(?:{_PARTICLE}|[A-Z][^\W\d_]*|[A-Z]\.)[ \n]+){{0,4}}?"
    r"[A-Z][^\W\d_]*(?:straat|laan|weg|plein|kade|singel|gracht|dijk|pad|steeg|hof|park|wal)\b"
)


def _persons_in_titled_streets(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    streets = [(m.start(), m.end()) for m in _TITLED_STREET.finditer(text)]
    return {
        s
        for s in found
        if s[2] == "PERSON" and any(start <= s[0] and s[1] <= end for start, end in streets)
    }


def _streets_before_places(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    streets = {
        (m.start(1), m.end(1))
        for m in _STREET_BEFORE_PLACE.finditer(text)
        if m.group(2).casefold() in lex.places
        and not _PERSON_BEFORE_STREET.search(text, max(0, m.start() - 10), m.start())
        and not _after_person_cue(text, m.start())
    }
    return {s for s in found if s[2] == "PERSON" and (s[0], s[1]) in streets}


_CUE_BEFORE_STREET = re.compile(r"([^\W\d_]+)\.?[ ]+$")


# --- Round 21: word surnames, name lists' formal writings, nicknames and lower-case names ---

# A capitalised word right after a first name on its line, or on the next line set off by a
# comma ("Sanne Snel", "Zoon Bram\nLaat, tel ..."): the surname, also an everyday word; no
# firm's trade word, street, place, month or weekday.
_CAPITAL_WORD_AFTER = re.compile(r"([ ]|\n)([A-Z][a-z\u00df-\u00ff]{2,})(?=([,.;:!?)]|[ \n]|$))")


def _word_surnames_after_first_names(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """(`lines_text`: the OCR lines, where a sender label's line break still stands.)"""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        first = _NAME_PART.fullmatch(text, start, end)
        if label != "PERSON" or first is None or not first.group()[0].isupper():
            continue
        if first.group().isupper() or first.group().casefold() in _MONTHS_AND_WEEKDAYS:
            continue
        match = _CAPITAL_WORD_AFTER.match(lines_text, end)
        if match is None or (match.group(1) == "\n" and match.group(3) != ","):
            continue
        word = match.group(2)
        low = word.casefold()
        if (
            low in _MONTH_NAMES
            or low in _WEEKDAYS
            or low in _ORGANISATION_WORDS
            or _organisation_or_place(word, lex)
            or _firm_word(word)
            or lexicon.street_suffix(low) is not None
            or low in _STREET_TITLE_WORDS
        ):
            continue
        out.add((start, match.end(2), "PERSON"))
    return out


_STREET_TITLE_WORDS = frozenset(t.casefold() for t in _STREET_TITLES.split("|"))


# A surname before a comma and an initial, opening a line: a chat list's title ("Vlug, M.
# 08:46") or a notice ("Blij, K. staat niet in uw contacten").
_SURNAME_COMMA_INITIAL = re.compile(
    r"^(?P<name>(?P<surname>[A-Z][a-z\u00df-\u00ff'\u2019-]{2,}),[ ]?(?:[A-Z]\.[ ]?){0,2}[A-Z]\.)"
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}\b|[ ]+(?:staat|heeft|is|typt|neemt|belde|werd)\b)",
    re.M,
)


def _surnames_with_comma_initial(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _SURNAME_COMMA_INITIAL.finditer(lines_text):
        low = match.group("surname").casefold()
        if (low in lex.frequent_words and low not in lex.surnames) or _organisation_or_place(
            match.group("surname"), lex
        ):
            continue
        out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


# A clause opening with a first name and a lower-case surname, also an everyday word, before
# the clause's verb ("Schuldhulp: Kerem stil kan de huur ...", "Melding: Ilse de kat heeft ..."):
# in a main clause the verb comes second, so the word between belongs to the subject.
_CLAUSE_START = re.compile(r"(?:^|[:.!?\n])[ ]*$")
_LOWER_SURNAME_BEFORE_VERB = re.compile(
    rf"[ ]+((?:{_SURNAME_PARTICLE}[ ]+){{0,2}}(?P<word>[a-z][^\W\d_]+))[ ]+"
    r"(?:kan|kon|is|was|heeft|had|wil|wilde|woont|moet|komt|kwam|gaat|ging|vraagt|vroeg|belt|"
    r"belde|krijgt|kreeg|zal|mag|wordt|werd|zit|staat|ligt)\b"
)
_NOT_SUBJECT_WORDS = frozenset(
    ["ook", "zelf", "alleen", "die", "dat", "en", "of", "niet", "nog", "wel", "al", "dan", "nu"]
)


def _first_names_with_lower_surnames(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    persons = {s for s, _e, label in found if label == "PERSON"}
    out: set[tuple[int, int, str]] = set()
    for first in re.finditer(r"[A-Z][^\W\d_]{2,}", text):
        if not _CLAUSE_START.search(text, max(0, first.start() - 40), first.start()):
            continue
        low = first.group().casefold()
        if first.start() not in persons and (
            low in lex.dutch_words or low in _ORGANISATION_WORDS or low in lex.places
        ):
            continue
        match = _LOWER_SURNAME_BEFORE_VERB.match(text, first.end())
        if match is None or match.group("word") in _NOT_SUBJECT_WORDS:
            continue
        word = match.group("word")
        if first.start() in persons or (word in lex.surnames and word not in lex.frequent_words):
            out.add((first.start(), match.end(1), "PERSON"))
    return out


# Two lower-case words before a comma and an address, opening a clause or after "van"
# ("Subsidie: kerem blij, Dorpsstraat 18", "de tuin van april kaya, Koolmeesstraat 19"): a name.
_TWO_WORDS_BEFORE_COMMA = re.compile(
    r"(?:(?<=[:.!?][ ])|(?<=\n)|(?<=\bvan[ ])|^)(?P<first>[a-z][^\W\d_]+)[ \n]+"
    r"(?P<last>[a-z][^\W\d_]+),[ \n]+"
)


def _lower_names_before_addresses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    addresses = [s for s, _e, label in found if label == "ADDRESS"]
    persons = {s for s, _e, label in found if label == "PERSON"}
    out: set[tuple[int, int, str]] = set()
    for match in _TWO_WORDS_BEFORE_COMMA.finditer(text):
        # The address right after the comma, or after a street's title ("Mr. P.J.\nTroelstralaan").
        if not any(
            match.end() <= s <= match.end() + 30 and not _DIGIT.search(text, match.end(), s)
            for s in addresses
        ):
            continue
        first, last = match.group("first"), match.group("last")
        if last in _NAME_FILLERS or last in _NOT_SUBJECT_WORDS:
            continue
        given = (
            match.start("first") in persons
            or first in lex.first_names
            or first not in lex.dutch_words
            or (first in _MONTH_NAMES and last not in lex.dutch_words)
        )
        if given and first not in _NOT_SUBJECT_WORDS:
            out.add((match.start("first"), match.end("last"), "PERSON"))
    return out


# A lower-case word opening a clause before "van" and an address found ("12 mei: blij van
# Dorpsstraat 18 heeft ..."): a resident named by their home, when a name list knows the word
# as a surname or the screenshot established it as a name (a contact saved as "blij hovenier").
_WORD_VAN_BEFORE = re.compile(
    r"(?:(?:(?<=[:.!?][ ])|(?<=\n)|^)([a-z][^\W\d_]+)[ \n]+van"
    # ... or between "van" and "op" or "aan" ("De heg van vlug op Dorpsstraat 18")
    r"|\bvan[ \n]+([a-z][^\W\d_]+)[ \n]+(?:op|aan))[ \n]+"
)
_DIGIT = re.compile(r"\d")


def _lower_residents_by_address(
    text: str, found: set[tuple[int, int, str]], names: Sequence[str]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    addresses = {s for s, _e, label in found if label == "ADDRESS"}
    if not addresses:
        return set()
    parts = {
        part.casefold()
        for name in names
        for part in _NAME_PART.findall(name)
        if len(part) >= 3 and part.casefold() not in _NAME_FILLERS
    }
    out: set[tuple[int, int, str]] = set()
    for m in _WORD_VAN_BEFORE.finditer(text):
        group = 1 if m.group(1) else 2
        word = m.group(group)
        if m.end() in addresses and (
            word in parts or (word in lex.surnames and word not in lex.frequent_words)
        ):
            out.add((m.start(group), m.end(group), "PERSON"))
    return out


def _lower_full_names(text: str, names: Sequence[str]) -> set[tuple[int, int, str]]:
    """A name of two or more parts established in the screenshot, written again in any case
    ("juni okonkwo" after "Juni Okonkwo"): the same person."""
    out: set[tuple[int, int, str]] = set()
    for name in names:
        parts = [p for p in _NAME_PART.findall(name) if p.casefold() not in _NAME_FILLERS]
        if len(parts) < 2 or min(len(p) for p in parts) < 2:
            continue
        pattern = r"(?<![\w])" + r"[ \n]+(?:\w+[ \n]+){0,2}?".join(map(re.escape, parts))
        pattern += r"(?![\w])"
        folded = {p.casefold() for p in parts}
        for m in re.finditer(pattern, text, re.IGNORECASE):
            # Each part its own span, as the mentions of the parts are.
            out |= {
                (w.start(), w.end(), "PERSON")
                for w in _NAME_PART.finditer(text, m.start(), m.end())
                if w.group().casefold() in folded
            }
    return out


# The holder of an identity document named in its file name ("ID-kaart Pepijntje
# voorkant.jpg", "Paspoort Lolo achterkant.jpg"), also a nickname or an everyday word.
_IDENTITY_FILE_NAME = re.compile(
    r"\b(?i:id-kaart|identiteitskaart|paspoort|rijbewijs|verblijfsvergunning|verblijfspas)"
    r"[ _]+(?P<name>[A-Z][^\W\d_]+(?:[ _]+[A-Z][^\W\d_]+)?)"
    r"(?=[ _]+(?i:voorkant|achterkant|voorzijde|achterzijde|kopie|scan)\b"
    r"|\.(?i:jpe?g|png|pdf|heic)\b)"
)


def _identity_document_holders(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    return {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _IDENTITY_FILE_NAME.finditer(text)
        if not _organisation_or_place(m.group("name").split()[0], lex)
    }


# A nickname of a first name established in the screenshot: the name with a diminutive's or a
# pet name's ending, or doubled ("Keremtje", "Tijmpie", "Meimei").
_NICKNAME_ENDINGS = (
    "tje",
    "je",
    "pje",
    "ie",
    "pie",
    "ke",
    "us",
    "tjes",
    "cik",
    "\u00e7ik",
    "c\u0131k",
)


def _nicknames(text: str, names: Sequence[str]) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    firsts = {
        part.casefold()
        for name in names
        for part in _NAME_PART.findall(name)[:1]
        if len(part) >= 3 and part.casefold() not in _NAME_FILLERS
    }
    if not firsts:
        return set()
    forms = {f + ending for f in firsts for ending in _NICKNAME_ENDINGS} | {f + f for f in firsts}
    return {
        (m.start(), m.end(), "PERSON")
        for m in _NAME_PART.finditer(text)
        # (capitalised also an everyday word: "Truitje" of an established "Trui")
        if m.group().casefold() in forms
        and (m.group()[0].isupper() or m.group().casefold() not in lex.dutch_words)
    }


# The floor of a home written "2-hoog" after its house number ("Sluiskade 100 2-hoog").
_HIGH_FLOOR_AFTER = re.compile(r"[ ]*,?[ \n]+((?:[1-9]|1\d)[ -]?hoog)\b", re.I)


def _high_floors_of_addresses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    return {
        (m.start(1), m.end(1), "ADDRESS")
        for _start, end, label in found
        if label == "ADDRESS" and (m := _HIGH_FLOOR_AFTER.match(text, end))
    }


# A room or flat of a home after its house number ("Weverstraat 51, kamer 27", "Kerkweg 8 app.
# 4"): part of the address.
_ROOM_AFTER = re.compile(
    r"[ ]*,?[ \n]+((?i:kamer|app\.?|appartement|unit|flat)[ \n]+\d{1,4}[a-zA-Z]?)(?![\w-])"
)


def _rooms_of_addresses(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    return {
        (m.start(1), m.end(1), "ADDRESS")
        for _start, end, label in found
        if label == "ADDRESS" and (m := _ROOM_AFTER.match(text, end))
    }


# A first name with its nickname in brackets, as a contact is saved ("Door (Doortje)", "Rob
# (Robbie)"): both are the person, also where the first name is an everyday word. The bracketed
# word is the name with a nickname's ending (its last letter may be doubled).
_NAME_WITH_NICKNAME = re.compile(r"(?<![\w-])([^\W\d_]{2,})[ ]?\(([^\W\d_]{3,})\)")


def _is_nickname_of(nick: str, name: str) -> bool:
    if nick[:1].isupper() and name[:1].isupper() and len(nick) >= 3 and len(name) > len(nick):
        # a short form in brackets: "Tamme (Tam)", "Gerrit (Ger)"
        return name.casefold().startswith(nick.casefold())
    nick, name = nick.casefold(), name.casefold()
    if not nick.startswith(name) or nick == name:
        return False
    rest = nick[len(name) :]
    if rest.startswith(name[-1]) and rest[1:] in _NICKNAME_ENDINGS:
        return True
    return rest in _NICKNAME_ENDINGS


def _names_with_bracketed_nicknames(text: str) -> set[tuple[int, int, str]]:
    return {
        (m.start(1), m.end(), "PERSON")
        for m in _NAME_WITH_NICKNAME.finditer(text)
        if _is_nickname_of(m.group(2), m.group(1))
    }


# A contact saved as a name, a dash and their role or trade ("klok - buurman", "Vis - collega",
# "mol – loodgieter"), opening an OCR line (a chat list row, a sender label, a card): the
# name is a person, also an everyday word in lower case.
_CONTACT_DASH_ROLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>[^\W\d_]{2,}(?:[ ][^\W\d_]{2,})?)[ ]+[-\u2013\u2014][ ]+"
    rf"(?i:{_ROLE_WORDS}|{_TRADE}|huisarts|oppas|vriend|vriendin|schoonmaakster)(?![\w-])",
    re.M,
)


def _contacts_with_dashed_roles(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _CONTACT_DASH_ROLE.finditer(lines_text):
        words = match.group("name").casefold().split()
        if (
            # a phrase ("Let op - buurman"): a short everyday word closing two words
            (len(words) == 2 and len(words[1]) <= 3 and words[1] in lex.frequent_words)
            or words[0] in _NOT_NOTICE_NAMES
            # ("de vos - buurman": a surname's particle may open the name)
            or (words[0] in _NOT_LINE_NOTICE_NAMES and not (len(words) == 2 and words[0] == "de"))
            or any(w in _ORGANISATION_WORDS for w in words)
            or organisation_pattern().search(match.group("name"))
        ):
            continue
        out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


# Group members named on a line of their own, also saved in lower case or as a word: the typing
# line ("Nasrin en mol typen...", "Sanne, kraai en Iep typen...") and a notice of who added whom
# ("mol heeft Z. Kraai toegevoegd", "Ilse Mol heeft Iep en kraai toegevoegd"); the names are
# persons.
_TYPING_NAMES = re.compile(
    r"^(?P<names>[^\W\d_]{2,}(?:(?:,[ ]+|[ ]+en[ ]+)[^\W\d_]{2,}){1,4})[ ]+typen\b", re.M
)
_ADDER_NOTICE = re.compile(
    r"^(?P<who>[^\W\d_]{2,}(?:[ ]+[^\W\d_][\w'\u2019-]*){0,2}?)[ ]+heeft[ ]+(?:[A-Z]\.[ ]?)*[A-Z][^\n]*?[ ]+"
    r"(?:toegevoegd|verwijderd)[ ]*$",
    re.M,
)
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")


def _typing_and_adding_names(lines_text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for match in _TYPING_NAMES.finditer(lines_text):
        for word in _NAME_WORD.finditer(match.group("names")):
            low = word.group().casefold()
            if low == "en" or low in _NOT_NOTICE_NAMES or low in _ORGANISATION_WORDS:
                continue
            at = match.start("names") + word.start()
            out.add((at, at + len(word.group()), "PERSON"))
    for match in _ADDER_NOTICE.finditer(lines_text):
        first = match.group("who").casefold().split()[0]
        if first not in _NOT_NOTICE_NAMES | _NOT_LINE_NOTICE_NAMES | _ORGANISATION_WORDS:
            out.add((match.start("who"), match.end("who"), "PERSON"))
    return out


# A capitalised word opening a clause after a semicolon, before "heeft" ("..., Kerkweg 8; Mol
# heeft foto's"): the clause's subject, a person, also an everyday word; no pronoun.
_SUBJECT_AFTER_SEMICOLON = re.compile(r";[ \n]+([A-Z][^\W\d_]{1,})[ \n]+heeft\b")
_PRONOUNS = frozenset({"hij", "zij", "ze", "het", "er", "men", "wie", "ik", "wij", "we", "jullie"})


def _subjects_after_semicolons(text: str) -> set[tuple[int, int, str]]:
    return {
        (m.start(1), m.end(1), "PERSON")
        for m in _SUBJECT_AFTER_SEMICOLON.finditer(text)
        if m.group(1).casefold()
        not in _PRONOUNS | _NOT_NOTICE_NAMES | _NOT_LINE_NOTICE_NAMES | _ORGANISATION_WORDS
    }


# A house number with the ground floor's or the house's letters ("Kerkweg 112bg", "12 hs").
_STREET_THEN_FLOOR_LETTERS = re.compile(
    _STREET_WORD.pattern + r"[ \n]+([1-9]\d{0,3}[ ]?(?i:bg|hs|bv|sous))(?![\w])"
)


def _ground_floor_numbers(text: str) -> set[tuple[int, int, str]]:
    return {(m.start(), m.end(1), "ADDRESS") for m in _STREET_THEN_FLOOR_LETTERS.finditer(text)}


# A name established in the screenshot, in any case (a contact saved in lower case: "das
# hovenier"), as a clause's subject before its verb ("Akosua: Das komt morgen") or after
# initials ("voor T. kraan"): the person, also where it is an everyday word.
_VERB_AFTER = re.compile(
    r"[ ]+(?:kan|kon|is|was|heeft|had|wil|wilde|woont|moet|komt|kwam|gaat|ging|vraagt|vroeg|"
    r"belt|belde|krijgt|kreeg|zal|mag|wordt|werd|zit|staat|ligt)\b"
)
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ ]?){1,3}[ ]?$")


def _established_words_by_position(text: str, names: Sequence[str]) -> set[tuple[int, int, str]]:
    parts = {
        part.casefold()
        for name in names
        for part in _NAME_PART.findall(name)
        if len(part) >= 3
        and part.casefold() not in _NAME_FILLERS
        and not is_firm_word(part.casefold())
    }
    if not parts:
        return set()
    out: set[tuple[int, int, str]] = set()
    for m in _NAME_PART.finditer(text):
        if m.group().casefold() not in parts:
            continue
        subject = _CLAUSE_START.search(
            text, max(0, m.start() - 40), m.start()
        ) and _VERB_AFTER.match(text, m.end())
        if (
            subject or _INITIALS_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ) and not _in_firms_name(text, m.start()):  # "Schildersbedrijf P. Hulst" stays
            out.add((m.start(), m.end(), "PERSON"))
    return out


# A voice note or a recording named after its sender ("Spraakbericht van Joep.opus").
_RECORDING_OF = re.compile(
    r"\b(?i:spraakbericht|spraakmemo|audio|opname|video)[ _]+van[ _]+"
    r"(?P<name>[A-Z][^\W\d_]+)\.(?i:opus|m4a|ogg|mp3|aac|wav|mp4|mov)\b"
)


def _recording_senders(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    return {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _RECORDING_OF.finditer(text)
        # (a month's name too: "van Juni.opus" is who sent it)
        if m.group("name").casefold() in _MONTH_NAMES
        or not _organisation_or_place(m.group("name"), lex)
    }


# A surname written before the first name mid-sentence, as a contact may be saved ("wil jij
# Vos Sanne terugbellen"): a name list's surname, also an everyday word.
_SURNAME_BEFORE_FIRST = re.compile(r"(?<=[a-z,][ ])([A-Z][a-z\u00df-\u00ff]{2,})[ ]$")


def _surnames_before_first_names(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not _NAME_PART.fullmatch(text, start, end):
            continue
        match = _SURNAME_BEFORE_FIRST.search(text, max(0, start - 30), start)
        if match is None:
            continue
        low = match.group(1).casefold()
        if (
            low in lex.surnames
            and low not in lex.frequent_words
            and not _organisation_or_place(match.group(1), lex)
            and not _firm_word(match.group(1))
            and low not in _MONTHS_AND_WEEKDAYS
            and text[start:end].casefold() in lex.first_names
        ):
            out.add((match.start(1), end, "PERSON"))
    return out


# ... and the first name before a surname found alone mid-sentence ("petitie van Berk Sato"): a
# capitalised word, also an everyday one, before a person's name that is no first name.
def _first_names_before_surnames(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """... on one OCR line: a chat's title above a typing line ("Team Jeugd en Onderwijs" over
    "Trui typt...") is no first name."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not _NAME_PART.fullmatch(text, start, end):
            continue
        match = _SURNAME_BEFORE_FIRST.search(text, max(0, start - 30), start)
        if (
            match is None
            or text[start:end].casefold() in lex.first_names
            or "\n" in lines_text[match.end(1) : start]
        ):
            continue
        word = match.group(1)
        low = word.casefold()
        if (
            (low in lex.first_names or low not in lex.frequent_words)
            and not _STREET_WORD.fullmatch(word)
            and not _organisation_or_place(word, lex)
            and not _firm_word(word)
            and low not in _MONTHS_AND_WEEKDAYS
        ):
            out.add((match.start(1), end, "PERSON"))
    return out


# A name right before a birth date in brackets ("Woordvoerder Joep (1971-09-03)").
_BRACKET_AFTER = re.compile(r"[ ]?\(")


def _names_before_bracketed_birthdates(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    births = {s for s, _e, label in found if label == "DATE_OF_BIRTH"}
    out: set[tuple[int, int, str]] = set()
    for m in re.finditer(r"([A-Z][^\W\d_]+)[ ]?\((?=\S)", text):
        if m.end() not in births and m.end() - 1 not in births:
            continue
        low = m.group(1).casefold()
        if (
            low in lex.frequent_words
            or _organisation_or_place(m.group(1), lex)
            or _firm_word(m.group(1))
        ):
            continue
        out.add((m.start(1), m.end(1), "PERSON"))
    return out


# The title of a one-to-one chat's header, above "online", "typt..." or "laatst gezien ...":
# the contact's name, established for the rest of the screenshot ("tijm das" in a file name).
_HEADER_STATUS = re.compile(
    r"(?:online|typt\.*|aan het typen\.*|laatst gezien\b.*|neemt audio op\.*)", re.I
)
# Walk 49: or above the contact's bare phone number ("Henk de Vries / +31 6 48213957"), where a
# one-word title ("Henk") is the contact's name too.
_HEADER_PHONE = re.compile(r"\+?\d[\d \-().]{7,}\d")
_AVATAR_JUNK = re.compile(r"(?:[^\w\s]{1,3}|[A-Z]{1,2}|[a-z])$")


def _chat_header_names(ocr: OcrResult) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    lines = text_lines(ocr.words)
    out: set[tuple[int, int, str]] = set()
    for title, status in zip(lines, lines[1:], strict=False):
        status_text = ocr.text[status[0].char_start : status[-1].char_end]
        number = _HEADER_PHONE.fullmatch(status_text) is not None
        if not number and not _HEADER_STATUS.fullmatch(status_text):
            continue
        words = list(title)
        while len(words) > 1 and _AVATAR_JUNK.fullmatch(words[0].text):
            words.pop(0)  # an avatar's letters ("CO Sky Snel")
        if not (1 if number else 2) <= len(words) <= 4:
            continue
        texts = [w.text for w in words]
        if not all(_NAME_PART.fullmatch(t) or t.casefold() in _NAME_FILLERS for t in texts):
            continue
        if len(texts) == 1 and texts[0].casefold() in lex.frequent_words:
            continue
        # A place after a particle is a surname ("Henk de Vries", "Jan van Havelte").
        surnames = {i for i in range(1, len(texts)) if texts[i - 1].casefold() in _NAME_FILLERS}
        if not texts[0][0].isupper() or any(
            (i not in surnames and _organisation_or_place(t, lex))
            or _firm_word(t)
            or _group_word(t)
            for i, t in enumerate(texts)
        ):
            continue
        out.add((words[0].char_start, words[-1].char_end, "PERSON"))
    return out


# A label or note quoted, opening with a name before the address ("Op het label: ‘Jil,
# Prinsenstraat 9'"): the name of whom the address is.
_QUOTED_NAME_BEFORE_COMMA = re.compile(
    r"[\u2018\u201c'\"]([A-Z][^\W\d_]{1,}(?:[ ][A-Z][^\W\d_]+)?),[ \n]+"
)


def _quoted_names_before_addresses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    addresses = {s for s, _e, label in found if label == "ADDRESS"}
    return {
        (m.start(1), m.end(1), "PERSON")
        for m in _QUOTED_NAME_BEFORE_COMMA.finditer(text)
        if m.end() in addresses
        and not _organisation_or_place(m.group(1).split()[0], lex)
        and not _firm_word(m.group(1).split()[0])
        and m.group(1).casefold() not in lex.frequent_words
    }


def _after_person_cue(text: str, start: int) -> bool:
    word = _CUE_BEFORE_STREET.search(text, max(0, start - 20), start)
    return word is not None and word.group(1).lower() in PERSON_CUE_WORDS


# An e-mail address where tesseract put a space before or after the "@" ("wdeboer77 @example.com").
_SPACED_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]*\w(?:[ ]@[ ]?|@[ ])[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])"
)


# An address whose local part tesseract split at its underscore or hyphen, the part after it
# too short for the detector to take alone ("tigist_ s@example.org"): the separator glued to
# one side binds both (not a dot: "Mail ons. info@..." ends a sentence).
_SPLIT_EMAIL = re.compile(
    r"(?<![\w.+-])[\w+-][\w.+-]*(?:[_-][ ]|[ ]_)[\w.+-]*\w@[\w-]+(?:\.[\w-]+)*"
    r"\.[A-Za-z]{2,}(?![\w-])"
)


def _spaced_emails(text: str) -> set[tuple[int, int, str]]:
    return {
        (m.start(), m.end(), "EMAIL")
        for pattern in (_SPACED_EMAIL, _SPLIT_EMAIL)
        for m in pattern.finditer(text)
    }


# WhatsApp's sender line for someone not in the phone's contacts: their number, a tilde and the
# name they gave themselves ("+31 6 1234 5678 ~ Bakker"); tesseract reads the tilde as a dash.
# (Not the forwarded label OCR read on the same line: "— ives > Doorgestuurd".)
_PUSH_NAME = re.compile(r"[ ]*[~\u2013\u2014=-][ ]*([^\W\d_][^\n>]{0,40}?)[ ]*(?=\n|$|>)")


def _push_names(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    out = set()
    for _start, end, label in found:
        if label == "PHONE":
            match = _PUSH_NAME.match(text, end)
            if match:
                out.add((match.start(1), match.end(1), "PERSON"))
    return out


def _name_tails(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Person spans grown over the surname parts that follow them (`names.name_tail_end`)."""
    lex = lexicon.load()
    out = set()
    for start, end, label in found:
        if label == "PERSON" and (grown := name_tail_end(text, end, lex)) > end:
            if text[end:grown].casefold().endswith(_INSTITUTION_ENDINGS):
                continue  # "Wubbo Ockelsschool": a school named after someone stays
            out.add((start, grown, "PERSON"))
    return out


_INSTITUTION_ENDINGS = ("school", "college", "lyceum", "academie")


_NON_DIGIT = re.compile(r"\D")
_IBAN_HEAD = re.compile(r"[a-z]{2}\d{2}[a-z0-9]{4}")


# A run of a phone number's characters, also over a line break ("WhatsApp +31 6 1400\n0522").
_NUMBER_RUN = re.compile(r"[+(]?\d(?:[\d \n()-]|\.(?=\d))*\d\)?")
_ALNUM_RUN = re.compile(r"[^\W_]+")


def _kept_regions(text: str, keep_values: Sequence[str]) -> list[tuple[int, int]]:
    """Where `text` writes one of the keep-values whole: a find inside one is a part of the
    organisation's own data ("Postbus 501" of "Postbus 501, 7940 AM Meppel"; "+31 6 1400",
    the head OCR's line break cut off its WhatsApp number)."""
    regions: list[tuple[int, int]] = []
    numbers = [v for v in keep_values if not any(c.isalpha() for c in v)]
    for match in _NUMBER_RUN.finditer(text) if numbers else ():
        # The run may have taken a time stamp after the number ("0522 09:05"): drop groups
        # from its end until it is the number or too short to be one.
        run = match.group()
        while sum(c.isdigit() for c in run) >= 6:
            if _is_kept(run, numbers):
                regions.append((match.start(), match.start() + len(run)))
                break
            cut = max(run.rfind(" "), run.rfind("\n"), run.rfind("-"))
            if cut <= 0:
                break
            run = run[:cut].rstrip(" \n-")
    for value in keep_values:
        parts = _ALNUM_RUN.findall(value)
        if len(parts) < 2 or not any(c.isalpha() for c in value):
            continue
        # A postcode's digits and letters may stand together ("7940AM" for "7940 AM").
        pattern = re.escape(parts[0]) + "".join(
            # Round 41: a bullet between them OCR read as a lone letter ("501 e 7940 AM").
            (r"[\W_]{0,4}" if a[-1].isdigit() != b[0].isdigit() else r"(?:[\W_]{1,4}|[ ][eo][ ])")
            + re.escape(b)
            for a, b in zip(parts, parts[1:], strict=False)
        )
        regions += [
            (m.start(), m.end())
            for m in re.finditer(rf"(?<![^\W_]){pattern}(?![^\W_])", text, re.I)
        ]
    return regions


# The review page marks the municipality's own values in a message the same way (chats.review.text).
kept_regions = _kept_regions


def _is_kept(span_text: str, keep_values: Sequence[str]) -> bool:
    """True when the span is (part of) one of the keep-values: same digits, or same text."""
    digits = _NON_DIGIT.sub("", span_text)
    if digits.startswith("0031"):
        digits = digits[2:]  # "0031 522 ...": +31 dialled without a plus
    folded = " ".join(span_text.casefold().split()).strip(" ,.:;!?()")
    compact = "".join(c for c in span_text.casefold() if c.isalnum())
    for value in keep_values:
        value_digits = _NON_DIGIT.sub("", value)
        value_compact = "".join(c for c in value.casefold() if c.isalnum())
        if "@" in value and "@" in span_text and compact == value_compact:
            return True  # "info @meppel.nl": tesseract's space inside the mailbox
        if (
            _IBAN_HEAD.match(value_compact)
            and len(compact) >= 12
            and value_compact.startswith(compact)
        ):
            return True  # the organisation's own IBAN, cut short in a chat-list preview
        if len(digits) >= 4 and len(value_digits) >= 4:
            # "0522 85 95 00", "(0522) 859500" and "+31 522 85 95 00" are one number.
            national = "0" + value_digits[2:] if value_digits.startswith("31") else value_digits
            if (
                digits in (value_digits, national)
                or (
                    digits.startswith("31")
                    # "+31 (0)522 ...": the trunk zero written in brackets after the country code.
                    and national in ("0" + digits[2:], digits[2:])
                )
            ):
                return True
        elif not digits and folded and folded == " ".join(value.casefold().split()):
            return True
    return False


# Letters tesseract reads for a digit when they stand next to digits.
_DIGIT_MISREADS = str.maketrans(
    {
        "O": "0",
        "o": "0",
        "D": "0",
        "Q": "0",
        "I": "1",
        "l": "1",
        "|": "1",
        "S": "5",
        "s": "5",
        "B": "8",
        "G": "6",
        "g": "9",
    }
)
_MISREAD_NEXT_TO_DIGIT = re.compile(r"(?<=\d)[OoDQIl|SsBGg]|[OoDQIl|SsBGg](?=\d)")
_TOKEN = re.compile(r"\S+")


# "+31 (O)6": the zero in brackets after the country code, read as a letter, or as two
# characters ("+31 (O0) 6", "(00)"): then a space before the bracket keeps the length.
_BRACKETED_ZERO_MISREAD = re.compile(r"(?<=\+31)([ ]?)\([OoDQ]\)|(?<=0031)([ ]?)\([OoDQ]\)")
_BRACKETED_DOUBLE_ZERO = re.compile(r"(?:(?<=\+31)|(?<=0031))([ ]?)\([OoDQ0]{2}\)")


# The en dash of "06 – 308 480 16" read as an em dash, or as a hyphen and an em dash, between
# digits (also where the number wraps: "(06\n— 308 480 16)").
_DASH_MISREAD = re.compile(r"(?<=\d)([ ]?\n?[ ]?)(-\u2014|\u2014-|\u2014)(?=[ ]?\n?[ ]?\d)")
_EN_DASH = {"-\u2014": " \u2013", "\u2014-": "\u2013 ", "\u2014": "\u2013"}


def _repair_dash_misreads(text: str) -> str:
    """Em dashes between digits as the en dash they were (one character for one)."""
    if "\u2014" not in text:
        return text
    return _DASH_MISREAD.sub(lambda m: m.group(1) + _EN_DASH[m.group(2)], text)


# "(O6 40 200 890)": the 0 of a mobile number read as a letter where its groups are short (no
# token holds five digits for the repair below).
_MOBILE_ZERO_MISREAD = re.compile(
    # (round 32: also with a spaced dash after the 6, "(O6 -\n5066 0331)")
    r"(?<![\w])(\(?)[OoDQ](?=6\)?(?:[ \n]?[.\-\u2013]?[ \n]?\d){8}(?!\d))"
)


def _repair_digit_misreads(text: str) -> str:
    def repair(token: re.Match[str]) -> str:
        word = token.group()
        if sum(c.isdigit() for c in word) < 5:
            return word
        return _MISREAD_NEXT_TO_DIGIT.sub(lambda m: m.group().translate(_DIGIT_MISREADS), word)

    text = _BRACKETED_ZERO_MISREAD.sub(lambda m: (m[1] or m[2] or "") + "(0)", text)
    text = _BRACKETED_DOUBLE_ZERO.sub(lambda m: m[1] + " (0)", text)
    text = _MOBILE_ZERO_MISREAD.sub(lambda m: m[1] + "0", text)
    return _TOKEN.sub(repair, text)


# A dashed licence plate of any sidecode shape: letter and digit groups of 1-3 joined by dashes
# (a J at either end may come out of tesseract as a bracket).
_DASHED_PLATE = re.compile(
    r"(?<![\w-])[A-Za-z0-9)\]]{1,3}-[A-Za-z0-9]{2,3}-[A-Za-z0-9)\]]{1,3}(?![\w-])"
)
_BRACKET_FOR_J = str.maketrans({")": "J", "]": "J"})


def _repair_plate_misreads(text: str) -> str:
    """Dashed plates with digits and mixed case in upper case: tesseract reads a small capital
    L as 'l' ("Kl-428-V"), and the plate finder takes mixed case for a word with digits; a
    bracket at either end is a J ("HG-882-)"). One character for one: offsets stay valid."""

    def repair(match: re.Match[str]) -> str:
        plate = match.group().translate(_BRACKET_FOR_J)
        letters = [c for c in plate if c.isalpha()]
        if not any(c.isdigit() for c in plate) or not letters:
            return plate
        if all(c.isupper() for c in letters) or all(c.islower() for c in letters):
            return plate
        return plate.upper()

    return _DASHED_PLATE.sub(repair, text)


# A capital I inside a capitalised word, before small letters: tesseract's reading of an l
# ("IIse" for "Ilse", "WiIlem" for "Willem"). "IJssel" and acronyms ("WMO") do not match.
_I_FOR_L = re.compile(r"(?<=[A-Za-z])I(?=[a-z])")


# A capital I opening a name read as a small l ("lep" for "Iep", "voor lneke"): where the word
# with an I is a listed name and with the l no word. A J of initials read as a bracket ("A.).
# Dalsgaard").
_L_FOR_I = re.compile(r"(?<![\w@./-])l(?=[a-z\u00df-\u00ff]{2,12}(?![\w@.-]|\.\w))")
_BRACKET_FOR_J_INITIAL = re.compile(r"(?<![\w])(?<=[A-Z]\.)\)(?=\.[ ]?[A-Z])")


def _repair_name_misreads(text: str) -> str:
    text = _I_FOR_L.sub("l", text)
    text = _BRACKET_FOR_J_INITIAL.sub("J", text)
    if "l" not in text:
        return text
    lex = lexicon.load()

    def repair(m: re.Match[str]) -> str:
        word = _NAME_PART.match(text, m.start())
        if word is None:
            return "l"
        low = word.group().casefold()
        if low in lex.frequent_words or low in lex.first_names or low in lex.surnames:
            return "l"
        as_i = "i" + low[1:]
        return "I" if as_i in lex.first_names or as_i in lex.surnames else "l"

    return _L_FOR_I.sub(repair, text)


def _near_misses_of_names(ocr: OcrResult, known_names: Sequence[str]) -> set[tuple[int, int, str]]:
    """Words one OCR error away from a known name part of 5+ letters ("Vrles" for "Vries")."""
    parts = {
        part.casefold()
        for name in known_names
        for part in re.findall(r"\w+", name)
        if len(part) >= 5
    }
    found: set[tuple[int, int, str]] = set()
    if not parts:
        return found
    lex = lexicon.load()
    for word in ocr.words:
        for match in re.finditer(r"\w+", word.text):
            candidate = match.group().casefold()
            if (
                candidate not in parts
                and match.group()[0].islower()
                and (candidate in lex.dutch_words or candidate in lex.frequent_words)
            ):
                # "willen" is a word of its own, no misread "Willem"; capitalised ("Willen",
                # "Bakken") it stands where a name goes and is taken for one.
                continue
            if any(_within_one_edit(candidate, part) for part in parts):
                start = word.char_start + match.start()
                if not _in_firms_name(ocr.text, start):
                    found.add((start, start + len(match.group()), "PERSON"))
    return found


def _within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion or deletion."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            edits += 1
            if edits > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
            continue
        i += 1
        j += 1
    return edits + (len(b) - j) <= 1


def boxes_for_spans(
    ocr: OcrResult,
    spans: Iterable[tuple[int, int, str]],
    *,
    size: tuple[int, int] | None = None,
    padding: float = 0.2,
) -> list[Box]:
    """Boxes over the words each span touches; one box per span and text line, padded."""
    boxes: list[Box] = []
    for start, end, label in spans:
        lines: dict[tuple[int, int, int, int], list[OcrWord]] = {}
        for word in ocr.words:
            if word.char_start < end and word.char_end > start:
                lines.setdefault(word.line_key, []).append(word)
        for words in lines.values():
            # One rectangle per line also covers the gaps between words, so the length of each
            # hidden word cannot be read from the blackout.
            pad = max(2, round(padding * max(w.height for w in words)))
            max_right, max_bottom = size if size else (10**9, 10**9)
            boxes.append(
                Box(
                    left=max(0, min(w.left for w in words) - pad),
                    top=max(0, min(w.top for w in words) - pad),
                    right=min(max_right, max(w.right for w in words) + pad),
                    bottom=min(max_bottom, max(w.bottom for w in words) + pad),
                    label=label,
                )
            )
    return boxes


def header_box(
    size: tuple[int, int],
    words: Iterable[OcrWord] = (),
    *,
    image: Image.Image | None = None,
    fraction: float = DEFAULT_HEADER_FRACTION,
    width_ratio: float = DEFAULT_HEADER_WIDTH_RATIO,
    min_aspect: float = DEFAULT_HEADER_MIN_ASPECT,
) -> Box | None:
    """The contact header band of a portrait phone screenshot, grown over words it cuts through.

    With `image`, the band ends at the header bar's own lower edge when one is found in the
    lower part of the band, so the first chat line below a short (Android) bar stays readable.
    """
    width, height = size
    if width <= 0 or height / width <= min_aspect or fraction <= 0:
        return None
    bottom = round(min(height * fraction, width * width_ratio))
    if image is not None:
        bottom = (
            _bar_edge(image, low=round(bottom * HEADER_EDGE_SEARCH_FROM), high=bottom) or bottom
        )
    # Grow over words the band's edge cuts through (repeatedly: a grown edge can cut the next
    # line). Only text-sized boxes count, so one giant misread box cannot swallow the chat.
    words = [w for w in words if w.height <= width * 0.1]
    grown = True
    while grown:
        grown = False
        for word in words:
            if word.top < bottom < word.bottom:
                bottom = word.bottom + 2
                grown = True
    return Box(left=0, top=0, right=width, bottom=min(height, bottom), label=HEADER_LABEL)


def _bar_edge(image: Image.Image, *, low: int, high: int) -> int | None:
    """First row in [low, high) where the colour changes across (nearly) the whole width."""
    if high - low < 4:
        return None
    gray = image.convert("L") if image.mode != "L" else image
    # Compare each row with the row two below (anti-aliased edges are one pixel soft), count
    # the columns that changed, and average per row with a 1-pixel-wide box resize (all in C).
    upper = gray.crop((0, low, gray.width, high))
    lower = gray.crop((0, low + 2, gray.width, high + 2))
    changed = ImageChops.difference(upper, lower).point(
        lambda v: 255 if v >= HEADER_EDGE_MIN_STEP else 0
    )
    per_row = changed.resize((1, high - low), Image.Resampling.BOX).tobytes()
    for offset, value in enumerate(per_row):
        if value >= 255 * HEADER_EDGE_MIN_COLUMNS:
            return low + offset + 2
    return None


# --- decoding -------------------------------------------------------------------------------


def _open(src: ImageSource, *, max_pixels: int) -> Image.Image:
    """Open `src` (header only) and refuse unknown formats and oversized images before decoding."""
    _register_heif()
    fp: Any
    if isinstance(src, bytes | bytearray | memoryview):
        fp = io.BytesIO(bytes(src))
    elif isinstance(src, str | os.PathLike):
        fp = os.fspath(src)
    else:
        fp = src
    try:
        image = Image.open(fp, formats=ACCEPTED_FORMATS)
    except Image.DecompressionBombError as exc:
        raise _too_large(max_pixels) from exc
    except Image.UnidentifiedImageError as exc:
        code, message = (
            ("heic_unsupported", MESSAGE_HEIC)
            if _looks_like_heif(fp)
            else ("unsupported_format", MESSAGE_UNSUPPORTED)
        )
        raise ImageRejected(message, code=code) from exc
    except Exception as exc:  # any parser failure means: not decodable, never "clean"
        raise ImageRejected(MESSAGE_UNDECODABLE, code="undecodable") from exc
    width, height = image.size
    if width <= 0 or height <= 0 or width * height > max_pixels:
        image.close()
        raise _too_large(max_pixels)
    return image


@contextlib.contextmanager
def _strict_decoding():
    """Refuse truncated image data while decoding.

    WeasyPrint (the PDF renditions, same worker process) sets Pillow's process-wide
    LOAD_TRUNCATED_IMAGES on import; a half-decoded upload must never pass as clean.
    """
    previous = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = previous


def _decode_still(opened: Image.Image) -> Image.Image:
    """Decode the first frame, apply the EXIF orientation and convert embedded colour to sRGB."""
    try:
        with _strict_decoding():
            opened.load()
        icc = opened.info.get("icc_profile")
        # In place: a 40-megapixel photo should not exist twice in the worker's memory.
        ImageOps.exif_transpose(opened, in_place=True)
        image = opened
    except Exception as exc:  # truncated data, bad chunks, decoder errors
        raise ImageRejected(MESSAGE_UNDECODABLE, code="undecodable") from exc
    return _to_srgb(image, icc)


def _to_srgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    """Convert pixels from an embedded colour profile to sRGB, so dropping the profile keeps colours."""
    if image.mode == "CMYK" and not icc:
        return image.convert("RGB")
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        from PIL import ImageCms  # optional: Pillow can be built without LittleCMS

        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, target, outputMode=mode)
    except Exception:
        # A broken or unsupported profile: keep the pixels as they are; colours may shift a bit.
        return image.convert("RGB") if image.mode == "CMYK" else image


def _flatten(image: Image.Image, mode: str) -> Image.Image:
    """Convert to `mode` ("RGB" or "L"), compositing any transparency onto white."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    return image.convert(mode)


# --- encoding -------------------------------------------------------------------------------


def _encode_still(image: Image.Image, out_format: str) -> CleanImage:
    """Write the pixels alone: a fresh info dict means no EXIF, XMP, ICC, comment or text chunk."""
    transparency = image.info.get("transparency")
    params: dict[str, Any] = {}
    if out_format == "PNG":
        if transparency is not None and image.mode in ("P", "L", "RGB", "1"):
            params["transparency"] = transparency
    elif out_format == "JPEG":
        if image.mode not in ("L", "RGB"):
            image = _flatten(image, "L" if image.mode in ("LA", "I", "I;16", "1") else "RGB")
        params.update(quality=JPEG_QUALITY, optimize=True)
    else:
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if _has_alpha(image) else "RGB")
        params.update(quality=WEBP_QUALITY)
    # Every object here is our own decoded copy, so clearing its info is safe.
    image.info = {}
    buffer = io.BytesIO()
    image.save(buffer, format=out_format, **params)
    return CleanImage(buffer.getvalue(), out_format, image.width, image.height)


def _encode_animation(opened: Image.Image, *, max_pixels: int) -> CleanImage:
    """Re-encode an animated GIF/WebP (stickers) as an animated WebP without metadata."""
    width, height = opened.size
    if opened.n_frames * width * height > max_pixels:
        raise _too_large(max_pixels)
    frames: list[Image.Image] = []
    durations: list[int] = []
    try:
        with _strict_decoding():
            for frame in ImageSequence.Iterator(opened):
                durations.append(int(frame.info.get("duration", 100)) or 100)
                rgba = frame.convert("RGBA")
                rgba.info = {}
                frames.append(rgba)
        loop = int(opened.info.get("loop", 0))
    except Exception as exc:
        raise ImageRejected(MESSAGE_UNDECODABLE, code="undecodable") from exc
    buffer = io.BytesIO()
    frames[0].save(
        buffer,
        format="WEBP",
        save_all=True,
        append_images=frames[1:],
        duration=durations,
        loop=loop,
        quality=WEBP_QUALITY,
    )
    return CleanImage(buffer.getvalue(), "WEBP", width, height)


# --- helpers --------------------------------------------------------------------------------


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def _too_large(max_pixels: int) -> ImageRejected:
    return ImageRejected(MESSAGE_TOO_LARGE.format(mp=f"{max_pixels / 1e6:g}"), code="too_large")


def _looks_like_heif(fp: Any) -> bool:
    """True when the file starts with an ISO-BMFF `ftyp` box of a HEIF/HEIC/AVIF brand."""
    try:
        if isinstance(fp, str):
            with open(fp, "rb") as f:
                head = f.read(32)
        else:
            position = fp.tell()
            head = fp.read(32)
            fp.seek(position)
    except (OSError, ValueError):
        return False
    return head[4:8] == b"ftyp" and any(brand in head[8:32] for brand in HEIF_BRANDS)


_heif_registered = False


def _register_heif() -> None:
    """Teach Pillow HEIC/HEIF through pillow_heif when it is installed (once per process)."""
    global _heif_registered
    if _heif_registered:
        return
    _heif_registered = True
    try:
        # Optional dependency, looked for only when a HEIC image arrives.
        import pillow_heif
    except ImportError:  # without it HEIC uploads are rejected with MESSAGE_HEIC, never kept raw
        return
    pillow_heif.register_heif_opener()


# --- Round 23 (blind18) -----------------------------------------------------------------------


# A licence plate written with spaces that opens an OCR line (a chat list's preview: "883 PK 3
# staat weer op de..."); joined to the row's title and time above it, the time reads as a
# code's token beside it and the plate was left.
def _plates_opening_lines(lines_text: str) -> set[tuple[int, int, str]]:
    if " " not in lines_text:
        return set()
    return {
        (s.start, s.end, s.label)
        for s in find_postcodes_and_plates(lines_text)
        if s.label == "LICENSE_PLATE" and (s.start == 0 or lines_text[s.start - 1] == "\n")
    }


# A phone number abroad, "+90 527 860 27 29", "+597 8777-2494", "002126066044..." (a chat list
# cuts it), in any grouping: a plus or 00 and a country code, then seven to thirteen digits.
# The Netherlands' own (+31, 0031) are the detector's, which knows their plan.
_FOREIGN_PHONE = re.compile(
    r"(?<![\w+/.,-])(?:\+|00)(?!31)(?!0)\d(?:[ .\n/-]{0,2}\d){8,14}(?![\d])(?:\.{2,}|\u2026)?"
)


def _foreign_phones(text: str) -> set[tuple[int, int, str]]:
    if "+" not in text and "00" not in text:
        return set()
    return {(m.start(), m.end(), "PHONE") for m in _FOREIGN_PHONE.finditer(text)}


# Initials after a surname ("Klacht van Kuiken E.H., ...", "Kers Z.J. vraagt") and a title,
# with initials in any case, before a name ("dhr. A. Van Ommen", "dhr. t. El Ouali" where OCR
# made a "t" of an "Ł"): part of the name.
_INITIALS_AFTER = re.compile(r"[ ]+(?:[A-Z]\.[ ]?){1,3}(?=[\s,;:!?)]|$)")
_TITLE_BEFORE = re.compile(
    r"(?<![\w.])(?i:dhr|mevr|mw|mr|dr|drs|ir|ing)\.?[ \n]+(?:[A-Za-z]\.[ \n]?){0,3}[ \n]*$"
    r"|(?<![\w.])(?i:meneer|mevrouw|de[ \n]heer)[ \n]+(?:[A-Z]\.[ \n]?){0,3}$"
)
# Two initials without dots before a surname found ("NJ Korkmaz", "verslag over NJ Korkmaz").
_BARE_TWO_INITIALS_BEFORE = re.compile(r"(?<![\w.-])([A-Z]{2})[ ]$")


def _initials_and_titles_of_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not text[start : start + 1].isupper():
            continue
        grown_end = end
        if (after := _INITIALS_AFTER.match(text, end)) is not None:
            grown_end = after.end()
        grown_start = start
        if (title := _TITLE_BEFORE.search(text, max(0, start - 24), start)) is not None:
            grown_start = title.start()
        elif (
            bare := _BARE_TWO_INITIALS_BEFORE.search(text, max(0, start - 4), start)
        ) is not None and bare.group(1) not in _NOT_INITIALS:
            grown_start = bare.start(1)
        if (grown_start, grown_end) != (start, end):
            out.add((grown_start, grown_end, "PERSON"))
    return out


# A title and an initial that a chat list cut short ("dhr. D........ 09:30"): a person.
_TITLE_INITIAL_CUT = re.compile(
    r"(?<![\w.])(?i:dhr|mevr|mw)\.[ ]+[A-Z]\.{2,}|(?<![\w.])(?i:dhr|mevr|mw)\.[ ]+[A-Z]\u2026"
)


def _cut_titled_initials(lines_text: str) -> set[tuple[int, int, str]]:
    return {(m.start(), m.end(), "PERSON") for m in _TITLE_INITIAL_CUT.finditer(lines_text)}


# An address written number first with a comma ("4, Koningin Wilhelminastraat, Rogat", "woont
# op 82,\nKolderveenseweg"): the street needs a street's ending.
_NUMBER_COMMA_STREET = re.compile(
    r"(?<![\w,.:/'-])(?!(?:19|20)\d\d\b)(?P<number>[1-9]\d{0,3}[a-zA-Z]?),[ \n]+"
    rf"(?:(?P<title>{_STREET_TITLES})[ \n]+)?(?P<street>[A-Z][^\W\d_]{{3,}}(?:-[A-Z][^\W\d_]+)?)"
)
_COUNTED_BEFORE = re.compile(
    r"\b(?i:kraam|kamer|bus|lijn|pagina|blz|artikel|punt|stap|week|dag|uur|om|tot|jaar|zaak|"
    r"nummer|nr|no|groep|klas|hoofdstuk|lid|tafel|stand|plaats|vak|lot)\.?[ ]+$"
)


def _number_comma_streets(text: str) -> set[tuple[int, int, str]]:
    if "," not in text:
        return set()
    lex = lexicon.load()
    return {
        (m.start(), m.end("street"), "ADDRESS")
        for m in _NUMBER_COMMA_STREET.finditer(text)
        if lexicon.street_suffix(m.group("street").casefold())
        and m.group("street").casefold() not in lex.places  # "no. 83, Dedemsvaart"
        and not _COUNTED_BEFORE.search(text, max(0, m.start() - 14), m.start())
    }


# An office and its portfolio ("Wethouder Sociaal Domein", "Portefeuillehouder Wonen en Zorg"):
# the detector reads the capitalised words after the office as a name; words that are all
# everyday words and no first name are the portfolio, kept.
_OFFICE_BEFORE = re.compile(
    r"\b(?i:wethouder|portefeuillehouder|gedeputeerde|directeur|afdelingshoofd|hoofd|"
    r"teamleider|manager|coördinator|coordinator)[ \n]+$"
)


# One word is a portfolio where it is an abstract noun ("Wethouder Duurzaamheid", "Wethouder
# Financiën"); "Wethouder Regen" is a person.


def _portfolios_after_offices(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not _OFFICE_BEFORE.search(text, max(0, start - 24), start):
            continue
        words = [w.casefold() for w in _NAME_PART.findall(text[start:end])]
        # (round 32: one word too, "Wethouder Jeugd mailt"; "Wethouder Vos" is a surname's)
        if words and all(
            w in lex.dutch_words and w not in lex.first_names and w not in lex.surnames
            for w in words
            if w not in ("en", "of", "&")
        ):
            out.add((start, end, label))
    return out


# The municipality's number cut short in a chat list's preview ("app 06-14 00...", "of app +31
# 6."): its digits open one of the keep-values; six digits say so alone, fewer where the line
# writes another of the organisation's numbers whole ("Bel (14) 0522 of app +31 6.").
def _cut_keep_numbers(
    lines_text: str, spans: Iterable[tuple[int, int, str]], keep_values: Sequence[str]
) -> set[tuple[int, int, str]]:
    heads = []
    for value in keep_values:
        digits = _NON_DIGIT.sub("", value)
        if len(digits) >= 6 and not any(c.isalpha() for c in value):
            heads.append("0" + digits[2:] if digits.startswith("31") else digits)
    if not heads:
        return set()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in spans:
        if label != "PHONE":
            continue
        digits = _NON_DIGIT.sub("", lines_text[start:end])
        if digits.startswith("0031"):
            digits = digits[2:]
        if digits.startswith("310") and "(0)" in lines_text[start:end]:
            digits = digits[2:]  # "+31 (0)6 1400": the bracketed 0 is the trunk prefix
        elif digits.startswith("31"):
            digits = "0" + digits[2:]
        line_start = lines_text.rfind("\n", 0, start) + 1
        line_end = lines_text.find("\n", end)
        line_end = len(lines_text) if line_end < 0 else line_end
        rest = lines_text[end:line_end]
        cut = not rest.strip() or rest.lstrip().startswith((".", "\u2026"))
        if not cut or len(digits) < 2:
            continue
        if not any(h.startswith(digits) and len(digits) < len(h) for h in heads):
            continue
        others = lines_text[line_start:start]
        if len(digits) >= 6 or _kept_regions(others, keep_values):
            out.add((start, end, label))
    return out


# A birth date with its dashes spaced unevenly ("Geb. 26 -5 - 1990", "(15 -\n12-1983"), or its
# "1e" read as "le" ("(le juli 1998)"): after "geb."/"geboren" or in brackets, or right after a
# person's name and a comma.
_MONTHS = (
    "|".join(MONTH_NAMES) + "|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_UNEVEN_DATE = re.compile(
    r"(?<![\w/.-])(?P<day>\d{1,2})[ \n]*-[ \n]*(?P<month>\d{1,2})[ \n]*-[ \n]*"
    r"(?P<year>(?:19|20)\d{2})(?![\d-])"
)
_MISREAD_FIRST_DATE = re.compile(
    rf"(?<![\w])[lI|]e[ \n]+(?i:{_MONTHS})[ \n]+(?P<year>(?:19|20)\d{{2}})(?!\d)"
)
_BIRTH_CUE_BEFORE = re.compile(
    r"(?:\b(?i:geb|geboren|geb\.datum|geboortedatum)\b\.?:?[ \n]*|\([ \n]*)$"
)


def _uneven_birthdates(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    if not any(c.isdigit() for c in text):
        return set()
    person_ends = {end for _start, end, label in found if label == "PERSON"}
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    out: set[tuple[int, int, str]] = set()
    for pattern in (_UNEVEN_DATE, _MISREAD_FIRST_DATE):
        for m in pattern.finditer(text):
            if int(m.group("year")) >= this_year:
                continue  # a date of this year or later is an appointment's, no birth
            if pattern is _UNEVEN_DATE and not (
                1 <= int(m.group("day")) <= 31
                and 1 <= int(m.group("month")) <= 12
                and any(c in m.group() for c in " \n")  # the detector reads "15-12-1983"
            ):
                continue
            before = text[max(0, m.start() - 24) : m.start()]
            cued = _BIRTH_CUE_BEFORE.search(before) is not None
            after_name = any(
                re.fullmatch(r"[ ]?[,(][ \n]?", text[end : m.start()])
                for end in person_ends
                if 0 < m.start() - end <= 3
            )
            if cued or after_name:
                out.add((m.start(), m.end(), "DATE_OF_BIRTH"))
    return out


def _plain_name_word(word: str, lex: lexicon.Lexicon) -> bool:
    """A capitalised word that can stand for a name here: no frequent word, organisation,
    place, firm's word, street, month or weekday."""
    low = word.casefold()
    return not (
        low in lex.frequent_words
        or _organisation_or_place(word, lex)
        or is_firm_word(low)
        or _BUSINESS_PLACE.search(low) is not None
        or is_company_cue(low)
        or lexicon.street_suffix(low) is not None
        or low in _MONTH_NAMES
        or low in _WEEKDAYS
        or low in _STREET_TITLE_WORDS
        or low in _PRONOUNS
    )


# "De Wilde" mid-sentence ("Ik bel De Wilde zo.", "aanbellen bij De Wilde."): a capital "De"
# after a lower-case word before a capitalised adjective Dutch surnames are made of, or a
# listed surname, with no capitalised word after it (no "De Nijeveense Merkt"), is a surname.
_CAPITAL_DE_SURNAME = re.compile(
    r"(?<=[a-z][ ])De[ ]([A-Z][a-z\u00df-\u00ff]{2,})(?![\w-])(?![ \n]+[A-Z])"
)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ ]$")


def _capital_de_surnames(text: str) -> set[tuple[int, int, str]]:
    if "De " not in text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _CAPITAL_DE_SURNAME.finditer(text):
        low = m.group(1).casefold()
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before is not None and is_company_cue(before.group(1).casefold()):
            continue  # "Zwembad De Bezem", "Buurthuis De Hamer": an institution's name
        if not _plain_name_word(m.group(1), lex) and low not in _DE_SURNAMES:
            continue
        if low in _DE_SURNAMES or (low in lex.surnames and low not in lex.places):
            out.add((m.start(), m.end(1), "PERSON"))
    return out


# A contact saved as "Surname (Firstname)" opening a notice ("Ridder (Arendje) heeft u
# toegevoegd", "De Wilde (Zosia) heeft u toegevoegd"): the whole is the person.
_SURNAME_WITH_BRACKETED_GIVEN = re.compile(
    r"^(?P<name>(?:[Dd]e[ ]|[Vv]an[ ](?:de[rn]?[ ])?)?[A-Z][^\W\d_]{1,}(?:[ ][A-Z][^\W\d_]+)?"
    r"[ ]?\([A-Z][^\W\d_]{1,}\))[ ]+(?:heeft|is|typt|neemt|belt|verliet|wijzigde)\b",
    re.M,
)


def _surnames_with_bracketed_given_names(lines_text: str) -> set[tuple[int, int, str]]:
    if "(" not in lines_text:
        return set()
    lex = lexicon.load()
    return {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _SURNAME_WITH_BRACKETED_GIVEN.finditer(lines_text)
        if not _organisation_or_place(m.group("name").split("(")[0].strip(), lex)
    }


# An initial and a surname in capitals as a saved contact's label, with a symbol or a time after
# it or closing the line ("K. DOELWIJT £ 13:34", "Z. BHAGWANDIN &").
_INITIAL_CAPITAL_LABEL = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+|[A-Z®©][ ]+)?(?P<name>(?:[A-Z]\.[ ]?){1,3}[ ]?"
    r"[A-Z\u00c0-\u00de]{3,}(?:-[A-Z\u00c0-\u00de]{2,})?)"
    r"(?=[ ]+[^\w\s]{1,3}(?:[ ]|$)|[ ]*$|[ ]+\d{1,2}[:.]\d{2}\b)",
    re.M,
)


def _initialled_capital_labels(lines_text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _INITIAL_CAPITAL_LABEL.finditer(lines_text):
        surname = m.group("name").replace(".", " ").split()[-1]
        if surname in _INSTITUTION_ABBREVIATIONS or not _VOWEL.search(surname):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A capitalised word before "van nummer 72" ("Spruit van nummer 72 heeft ..."), or after "van"
# or "bij" and before a comma and an address found ("de boerderij van Stier, Ridderhof 137"):
# the resident, also an everyday word.
_RESIDENT_OF_NUMBER = re.compile(
    r"(?<![\w-])([A-Z][a-z\u00df-\u00ff]{2,})[ ]+van[ ]+(?:nummer|nr\.?|huisnummer)[ ]?\d"
)
_RESIDENT_BEFORE_COMMA = re.compile(
    r"(?<=[a-z][ ])(?:van|bij)[ ]+([A-Z][a-z\u00df-\u00ff]{2,}),[ \n]+$"
)


def _residents_before_numbers_and_addresses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _RESIDENT_OF_NUMBER.finditer(text):
        if _plain_name_word(m.group(1), lex):
            out.add((m.start(1), m.end(1), "PERSON"))
    for start, _end, label in found:
        if label != "ADDRESS":
            continue
        m = _RESIDENT_BEFORE_COMMA.search(text, max(0, start - 40), start)
        if m is not None and _plain_name_word(m.group(1), lex):
            out.add((m.start(1), m.end(1), "PERSON"))
    return out


# A house number with a floor or part of the house as its toevoeging ("nummer 113-zolder").
_WORD_TOEVOEGING = re.compile(
    r"\b(?i:nummer|nr\.?|huisnummer)[ ]+(\d{1,4}-(?i:zolder|boven|beneden|achter|voor|"
    r"souterrain|kelder|tuinhuis|achterhuis|bovenhuis|benedenhuis))(?![\w-])"
)


def _numbers_with_word_toevoegingen(text: str) -> set[tuple[int, int, str]]:
    return {(m.start(1), m.end(1), "ADDRESS") for m in _WORD_TOEVOEGING.finditer(text)}


# A particle a chat list cut short after a name ("Germaine El... 09:29"): part of the name.
_CUT_PARTICLE_AFTER = re.compile(
    r"[ ]+(?:El|Van|De|Den|Der|Ter|Ten|Da|Dos|Le|La|Von)(?:\.{2,}|\u2026)"
)


def _cut_particles_of_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    return {
        (start, m.end(), "PERSON")
        for start, end, label in found
        if label == "PERSON" and (m := _CUT_PARTICLE_AFTER.match(text, end))
    }


# A capitalised word opening a line, a clause or a list's item right before a surname found
# ("Schuldhulp: Tamme Kers (680 ...", a chat list's "Tamme El Ouali"): the first name, also a
# rare word ("tamme").
_OPENING_BEFORE = re.compile(r"(?:^|\n|[:;,][ ]+|[a-z][ ])$")
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w.-])([A-Z][a-z\u00df-\u00ff]{2,})[ ]$")


def _first_words_before_surnames(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not text[start : start + 1].isupper():
            continue
        first = text[start:end].split()[0].casefold()
        if first in lex.first_names:
            continue  # the span already opens with a first name
        m = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start)
        if m is None or "\n" in lines_text[m.start(1) : start]:
            continue
        word = m.group(1)
        low = word.casefold()
        if not _OPENING_BEFORE.search(lines_text, max(0, m.start(1) - 3), m.start(1)):
            continue
        if low in lex.first_names or (_plain_name_word(word, lex) and not _verb_form(low, lex)):
            out.add((m.start(1), end, "PERSON"))
    return out


def _nickname_of_first_name(word: str, lex: lexicon.Lexicon) -> bool:
    """A first name with a nickname's ending ("Arendje", "Erencik"): the stem a first name or a
    listed surname used as one ("Eren"), and the whole no everyday word."""
    low = word.casefold()
    if low in lex.dutch_words:
        return False
    for ending in _NICKNAME_ENDINGS:
        stem = low[: -len(ending)]
        if (
            low.endswith(ending)
            and len(stem) >= 3
            and (
                stem in lex.first_names
                or stem in lex.surnames
                or stem.rstrip(stem[-1]) in lex.first_names
            )
        ):
            return True
    return False


# A floor written short after a house number ("Ridderhof 54 1e", OCR's "54 le", "12 2e,"):
# part of the address.
_SHORT_FLOOR_AFTER = re.compile(r"[ ]+((?:[1-9]|l|I)e)(?![\w-])")


def _short_floors_of_addresses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    return {
        (m.start(1), m.end(1), "ADDRESS")
        for _start, end, label in found
        if label == "ADDRESS"
        and text[end - 1 : end].isdigit()
        and (m := _SHORT_FLOOR_AFTER.match(text, end))
    }


# --- Round 24 ---------------------------------------------------------------------------------

# A contact saved as a symbol, a first name and an initial without a dot ("✈ Rika T 10:41",
# "Live locatie ☀ Ove B", a group's members line "Lot *, ♪ Ove B, ..."): a person, also when the
# name is a word or a place.
_SYMBOL_NAME_INITIAL = re.compile(
    rf"(?:^|(?<=locatie[ ])|(?<=,[ ])){_EMOJI_TOKEN}[ ]+"
    r"(?P<name>[A-Z][^\W\d_]{1,}[ ][A-Z])(?![\w.])"
    r"(?=[,\u201a]|[ ]*$|[ ]+(?:\d{1,2}[:.]\d{2}|neemt|typt)\b)",
    re.M,
)


def _symbol_contacts_with_initial(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _SYMBOL_NAME_INITIAL.finditer(lines_text):
        low = m.group("name").split()[0].casefold()
        if low in _ORGANISATION_WORDS or low in _COMPOSE_BAR_WORDS or low in _NOT_NOTICE_NAMES:
            continue
        # A line that is no more than that ("• Bijlage A") only with a name: a contact's
        # row has a time, a live location or a members line around it.
        alone = _LINE_END_ONLY.match(lines_text, m.end("name")) is not None
        after_cue = lines_text[max(0, m.start() - 9) : m.start()].endswith(("locatie ", ", "))
        if (
            alone
            and not after_cue
            and low in lex.dutch_words
            and low not in lex.first_names
            and low not in lex.surnames
        ):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


_LINE_END_ONLY = re.compile(r"[ ]*(?:\n|$)")


# A chat list's preview sender saved with a symbol OCR read as letters and marks ("— Rika s*:",
# "— Ove «%:"): a person, also when the name is a place's ("Gees", "Ruinen").
_MARKED_PREVIEW_SENDER = re.compile(
    r"^[\u2014\u2013-][ ]+(?P<name>[A-Z][^\W\d_]{1,})[ ]+"
    r"(?:(?!(?:op|in|en|of|is|nu|zo|al|ja|je|we|ze|me|u)\b)[a-z]{1,2}[^\w\s:]{0,2}|[^\w\s:]{1,3})"
    r"[ ]?:[ ]",
    re.M,
)


def _marked_preview_senders(lines_text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _MARKED_PREVIEW_SENDER.finditer(lines_text):
        low = m.group("name").casefold()
        if low in _ORGANISATION_WORDS or low in _NOT_NOTICE_NAMES or low in _COMPOSE_BAR_WORDS:
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A phone number abroad a chat list or a members line cut short after its second group ("+48
# 601...", "+995 577 ..."): the number.
_CUT_FOREIGN_PHONE = re.compile(r"(?<![\w+/.-])\+(?!31)[1-9]\d{1,2}[ ]\d{2,4}[ ]?(?:\.{2,}|\u2026)")


def _cut_foreign_phones(lines_text: str) -> set[tuple[int, int, str]]:
    if "+" not in lines_text:
        return set()
    return {(m.start(), m.end(), "PHONE") for m in _CUT_FOREIGN_PHONE.finditer(lines_text)}


# A contact saved in lower case with a given name in brackets, opening a notice ("haver (Ove)
# heeft jou toegevoegd"), and one saved as "Surname / Given" ("Zwart / Ove heeft de groep ...
# aangemaakt"): the whole is the person.
_LOWER_WITH_BRACKETED_GIVEN = re.compile(
    r"^(?P<name>[a-z][^\W\d_]{1,}(?:[ ][a-z][^\W\d_]+)?[ ]?\([A-Z][^\W\d_]{1,}\))[ ]+"
    r"(?:heeft|is|typt|neemt|belt|verliet|wijzigde)\b",
    re.M,
)
_SLASHED_CONTACT = re.compile(
    r"^(?P<name>[A-Z][^\W\d_]+[ ]?/[ ]?[A-Z][^\W\d_]+)[ ]+"
    r"(?:heeft|is|typt|neemt|belt|verliet|wijzigde)\b",
    re.M,
)


def _lower_and_slashed_contacts(lines_text: str) -> set[tuple[int, int, str]]:
    if "(" not in lines_text and "/" not in lines_text:
        return set()
    out: set[tuple[int, int, str]] = set()
    for m in _LOWER_WITH_BRACKETED_GIVEN.finditer(lines_text):
        for w in _NAME_PART.finditer(lines_text, m.start("name"), m.end("name")):
            out.add((w.start(), w.end(), "PERSON"))
    lex = lexicon.load()
    for m in _SLASHED_CONTACT.finditer(lines_text):
        parts = list(_NAME_PART.finditer(lines_text, m.start("name"), m.end("name")))
        if any(_organisation_or_place(p.group(), lex) for p in parts):
            continue
        out |= {(p.start(), p.end(), "PERSON") for p in parts}
    return out


# A title and initials a chat list cut short ("mw. K.R..... 10:07"): a person.
_TITLE_INITIALS_CUT = re.compile(
    r"(?<![\w.])(?i:dhr|mevr|mw)\.[ ]+(?:[A-Z]\.){1,3}[A-Z]?(?:\.{2,}|\u2026)"
)


def _cut_titled_initials_many(lines_text: str) -> set[tuple[int, int, str]]:
    return {(m.start(), m.end(), "PERSON") for m in _TITLE_INITIALS_CUT.finditer(lines_text)}


# Two initials glued with one dot before a surname in capitals ("KD. ALSEM »"): the name's.
_GLUED_TWO_INITIALS_BEFORE = re.compile(r"(?<![\w.-])([A-Z]{2}\.)[ ]$")


def _glued_initials_of_capital_surnames(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        word = text[start:end]
        if label != "PERSON" or len(word) < 3 or not word.isupper():
            continue
        m = _GLUED_TWO_INITIALS_BEFORE.search(text, max(0, start - 5), start)
        if m is not None and m.group(1)[:2] not in _NOT_INITIALS:
            out.add((m.start(1), end, "PERSON"))
    return out


# A lower-case full name as a chat list row's title ("ove zwart 09:55") with a part of a name
# the screenshot established, also of a double surname ("O. Bakker-Zwart"): the whole name.
_LIST_LOWER_FULL_NAME = re.compile(
    r"([a-z][^\W\d_]+)[ ]([a-z][^\W\d_]+)(?:[ ]+\d{1,2}[:.]\d{2})?[ ]*$"
)


def _chat_list_lower_full_names(ocr: OcrResult, names: Sequence[str]) -> set[tuple[int, int, str]]:
    parts = {
        piece.casefold()
        for name in names
        for part in _NAME_PART.findall(name)
        for piece in part.split("-")
        if len(piece) >= 3 and piece.casefold() not in _NAME_FILLERS
    }
    out: set[tuple[int, int, str]] = set()
    if not parts:
        return out
    for line in text_lines(ocr.words):
        if not in_chat_list(line[0]):
            continue
        m = _LIST_LOWER_FULL_NAME.match(ocr.text, line[0].char_start, line[-1].char_end)
        if m is not None and (m.group(1) in parts or m.group(2) in parts):
            out |= {(m.start(1), m.end(1), "PERSON"), (m.start(2), m.end(2), "PERSON")}
    return out


# A number found as a BSN, phone number or IBAN is that person's wherever the screenshot writes
# it again, also wrapped over lines or in brackets ("(19636\n0377)").
_NUMBER_LABELS = ("BSN", "PHONE", "IBAN")


def _numbers_found_again(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    seen: set[tuple[str, str]] = set()
    for start, end, label in found:
        if label not in _NUMBER_LABELS:
            continue
        digits = "".join(c for c in text[start:end] if c.isdigit())
        if len(digits) < 8 or (digits, label) in seen:
            continue
        seen.add((digits, label))
        pattern = r"(?<!\d)" + r"[ .\n/-]{0,3}".join(digits) + r"(?!\d)"
        out |= {(m.start(), m.end(), label) for m in re.finditer(pattern, text)}
    return out


# A mobile number whose first 0 OCR read as an "O" beside it ("O0 6 12 34 56 78", "O 6-12...").
_O_MOBILE = re.compile(r"(?<![\w+])(?:O0|0O|O|o)[ ]?6(?:[ -]?\d){8}(?!\d)")


def _o_misread_mobiles(text: str) -> set[tuple[int, int, str]]:
    return {(m.start(), m.end(), "PHONE") for m in _O_MOBILE.finditer(text)}


# A birth date in brackets whose day OCR read with a letter ("(L DECEMBER 1948)", "(l2 mei
# 1950)"), a year in the past: the date.
_MONTHS_ANY_CASE = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_BRACKETED_MISREAD_DAY_DATE = re.compile(
    rf"\((?=[\dlLI|]{{0,1}}[lLI|])[\dlLI|]{{1,2}}[ ](?i:{_MONTHS_ANY_CASE})[ ](?P<year>(?:19|20)\d\d)\)"
)


def _bracketed_misread_day_dates(text: str) -> set[tuple[int, int, str]]:
    if "(" not in text:
        return set()
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    return {
        (m.start(), m.end(), "DATE_OF_BIRTH")
        for m in _BRACKETED_MISREAD_DAY_DATE.finditer(text)
        if int(m.group("year")) < this_year
    }


# A postcode after an address and its bracketed toevoeging, written with a dot ("Dorpsweg 13
# (achter), 7942.te"): the postcode.
_POSTCODE_AFTER_TOEVOEGING = re.compile(
    r"[ \n]*(?:\([a-z]{2,12}\))?,?[ \n]*([1-9]\d{3}[ .]?[A-Za-z]{2})(?![\w])"
)


def _dotted_postcodes_after_addresses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for _start, end, label in found:
        if label == "ADDRESS" and (m := _POSTCODE_AFTER_TOEVOEGING.match(text, end)):
            out.add((m.start(1), m.end(1), "POSTCODE"))
    return out


# A street without a street's ending and its number with "bis" or a floor after it ("Hoge
# Akkers 138 bis", "van Oude Velden 7 hs"): the toevoeging makes it an address.
_STREET_WITH_BIS = re.compile(
    r"(?<![\w-])((?:[A-Z][^\W\d_]{2,}[ \n]+){1,3}[1-9]\d{0,3}[ ](?:bis|hs|huis|bg|zw|rd)"
    r")(?![\w-])"
)


def _streets_with_bis(text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _STREET_WITH_BIS.finditer(text):
        start = m.start(1)
        # Not a cue opening it ("Adres Oude Bergen 7 hs"): the street begins after it.
        while (
            word := _NAME_PART.match(text, start)
        ) is not None and word.group().casefold() in _CUES_BEFORE_STREETS:
            start = word.end() + 1
        out.add((start, m.end(1), "ADDRESS"))
    return out


_CUES_BEFORE_STREETS = lexicon.words("adres woonadres postadres bij aan op naar van wonend woont")


# Contact data in brackets after a name ("meldt Ove\n(ove.z@example.org)", "Juf Alsem
# (info@alsemzwart.nl)", "Ove Zwart (19636\n0377)"): the name before it is a person, an e-mail
# address there is that person's, and lower-case words of the name are when the contact data
# writes them ("ove de zwart (x.com/ovetje8)").
_NAME_BEFORE_BRACKET = re.compile(
    r"(?<![\w@.-])((?:[^\W\d_]{2,}[ \n]+(?:(?:de|van|der|den|ter|ten|het)[ \n]+)*)?[^\W\d_]{2,})"
    r"[ \n]+\($"
)
_BRACKETED_CONTACT = re.compile(r"\(([\w.+-]+@[\w.-]+\.[a-z]{2,})\)")


def _names_before_bracketed_contact_data(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    if "(" not in text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    emails = {(m.start(1), m.end(1)) for m in _BRACKETED_CONTACT.finditer(text)}
    contacts = emails | {
        (s, e)
        for s, e, label in found
        if label in ("EMAIL", "URL_PERSONAL", "BSN", "PHONE") and text[s - 1 : s] == "("
    }
    persons = [(s, e) for s, e, label in found if label == "PERSON"]
    for s, e in sorted(contacts):
        m = _NAME_BEFORE_BRACKET.search(text, max(0, s - 40), s)
        if m is None:
            continue
        contact = text[s:e].casefold()
        words = list(_NAME_PART.finditer(text, m.start(1), m.end(1)))
        last = words[-1]
        named = any(ps < last.end() and last.start() < pe for ps, pe in persons)
        low_last = last.group().casefold()
        if (
            last.group()[0].isupper()
            and _plain_name_word(last.group(), lex)
            # An everyday word is no name here ("Bel het Zorgloket (0522 ...)"), a listed name is,
            # and so is any after a title or role ("Juf Kurk (...)") or opening a clause
            # ("Kapvergunning: Klaar (...)").
            and (
                low_last not in lex.dutch_words
                or low_last in lex.first_names
                or low_last in lex.surnames
                or _after_title_or_clause_start(text, last.start())
            )
        ):
            named = True
        written = [
            i
            for i, w in enumerate(words)
            if len(w.group()) >= 3 and w.group().casefold() in contact
        ]
        # From the first word the contact data writes on: the whole name ("ove de zwart").
        for i, w in enumerate(words):
            if w.group().casefold() in _PARTICLE_WORDS:
                continue
            if (named and w is last) or (written and i >= written[0]):
                out.add((w.start(), w.end(), "PERSON"))
        if (named or written) and (s, e) in emails:
            # ... an organisation's address ("info@...") too, after a person's name.
            out.add((s, e, "EMAIL"))
    return out


# A surname with its particle in lower case after a name in a file's name ("Spraakmemo Ove de
# zwart.m4a"): the name's.
_FILE_NAME_PARTICLE_TAIL = re.compile(
    r"[ ]((?:de|van|der|den|ter|ten|'t)[ ](?:(?:de|der|den)[ ])?[^\W\d_]{2,})"
    r"\.(?i:pdf|docx?|odt|jpe?g|png|heic|m4a|opus|ogg|mp3|aac|wav|mp4|mov|vcf)\b"
)


def _file_name_particle_tails(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    return {
        (m.start(1), m.end(1), "PERSON")
        for _start, end, label in found
        if label == "PERSON" and (m := _FILE_NAME_PARTICLE_TAIL.match(text, end))
    }


# A capitalised word opening a sentence before "van" and an address ("Zwart van Hoge Akkers
# 12 belde") and one opening a clause before a comma and a given name found, then a verb
# ("Zwart, Ove vraagt ..."): a surname.
_OPENING_WORD_VAN = re.compile(
    r"(?:^|(?<=[.!?:][ ])|(?<=\n))([A-Z][a-z\u00df-\u00ff]{2,})[ \n]+van[ \n]+$"
)
_OPENING_WORD_COMMA = re.compile(
    r"(?:^|(?<=[.!?:][ ])|(?<=\n))([A-Z][a-z\u00df-\u00ff]{2,}),[ \n]+$"
)
_LOWER_VERB_AFTER = re.compile(r"[ \n]+[a-z]{3,}\b")


def _surnames_opening_clauses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label == "ADDRESS":
            m = _OPENING_WORD_VAN.search(text, max(0, start - 30), start)
        elif label == "PERSON" and text[start : start + 1].isupper():
            if _LOWER_VERB_AFTER.match(text, end) is None:
                continue
            m = _OPENING_WORD_COMMA.search(text, max(0, start - 30), start)
        else:
            continue
        low = m.group(1).casefold() if m is not None else ""
        if (
            m is not None
            and _plain_name_word(m.group(1), lex)
            and low not in _ROLE_AND_GREETING_WORDS
            and low not in lex.common_first_names
            # An everyday word only as a listed surname ("Foto van Kerkstraat 5" stays).
            and (low not in lex.dutch_words or low in lex.surnames)
        ):
            out.add((m.start(1), m.end(1), "PERSON"))
    return out


_ROLE_AND_GREETING_WORDS = lexicon.words(
    """bewoner bewoners bewoonster eigenaar eigenaren huurder huurders buurman buurvrouw buren
    hoi hallo dag beste goedemorgen goedemiddag goedenavond ja nee oke top dank bedankt sorry
    mevrouw meneer familie fam gezin post melding klacht"""
)


# A lower-case surname ending a clause after "ik bel" ("..., ik bel haver."): the person
# called, where the word is a listed name and no frequent word, relative or time.
_CALLED_LOWER_NAME = re.compile(
    r"\b(?i:ik|we|wij|hij|zij|ze)[ ]+bel(?:t|len)?[ ]+([a-z][a-z'\u2019-]{1,})(?=[ ]?[.!?,;]|[ ]*$)",
    re.M,
)
_CALLED_NOT_NAMES = lexicon.words("papa mama pappa mamma paps mams tante oom neef nicht buurman")


def _called_lower_names(text: str) -> set[tuple[int, int, str]]:
    if "bel" not in text:
        return set()
    lex = lexicon.load()
    return {
        (m.start(1), m.end(1), "PERSON")
        for m in _CALLED_LOWER_NAME.finditer(text)
        if (low := m.group(1)) not in lex.frequent_words
        and low not in _CALLED_NOT_NAMES
        and low not in _MONTH_NAMES
        and low not in _WEEKDAYS
        and (low in lex.surnames or low in lex.first_names)
    }


# A contact saved as an everyday word with a symbol after it ("Bel ☎", "Lief ♥", "Frans ✈"):
# OCR reads the symbol as marks ("Bel #", "Lief #&", "Klaar *"). The word is a name where the
# row shows nothing but it (a header, a chat list's title with its time), on the typing line,
# opening a members line before a comma, or named in an adder notice before "toegevoegd". The
# everyday-word filter of `_emoji_contacts` leaves these; the marks only symbols, never letters.
_WORD_SYMBOL = r"(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ]+[#&*@%\u00a3$\u00a7\u00a9\u00ae]{1,3}"
_WORD_SYMBOL_CONTACT = re.compile(
    rf"^(?:[^\w\s]{{1,2}}[ ]+)?{_WORD_SYMBOL}"
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}\b|[ ]+typt\b|,[ ]+\S)",
    re.M,
)
_WORD_SYMBOL_ADDED = re.compile(
    rf"(?:(?<=\ben[ ])|(?<=\bheeft[ ])){_WORD_SYMBOL}(?=[ ]+toegevoegd\b)"
)


# Replies a message is often nothing but, with an emoji OCR reads as marks ("Top #", "Super *").
_REPLY_WORDS = frozenset(
    [
        "top",
        "toppie",
        "super",
        "prima",
        "oke",
        "ok",
        "okay",
        "perfect",
        "helder",
        "klopt",
        "thanks",
        "dank",
        "bedankt",
        "succes",
        "sterkte",
        "proficiat",
        "hoera",
    ]
)


def _wish_or_thanks(low: str, lex) -> bool:
    """A reply or a participle wishing or thanking ("Gefeliciteerd 🎉", "Geregeld 👍",
    "Bedankt 🙏"), which a row may hold alone with its emoji: no contact's name."""
    if low in _REPLY_WORDS:
        return True
    return low.startswith(("ge", "be")) and low[-1] in "dt" and low in lex.dutch_words


def _word_symbol_contacts(lines_text: str) -> set[tuple[int, int, str]]:
    if not any(c in lines_text for c in "#&*@%\u00a3$\u00a7\u00a9\u00ae"):
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in (*_WORD_SYMBOL_CONTACT.finditer(lines_text), *_WORD_SYMBOL_ADDED.finditer(lines_text)):
        name = m.group("name")
        low = name.casefold()
        if (
            low in _ORGANISATION_WORDS
            or low in _COMPOSE_BAR_WORDS
            or low in _NOT_NOTICE_NAMES
            or low in lex.places
            or _wish_or_thanks(low, lex)
            or organisation_pattern().search(name)
        ):
            continue  # (a word no name list takes, "Frans", is a name here all the same)
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A person written "Surname, I.I. (Given)" ("Haver, K.J. (Kees)", "De Mol, A. (Anna)"), as a
# contact, a sender label or in a sentence: the surname may be an everyday word, the initials
# and the bracketed given name make it a person. A chat list cuts it after the initials ("Haver,
# K.J... 13:35", OCR dropping dots: "Haver, KJ... 1:30").
_SURNAME_INITIALS_GIVEN = re.compile(
    r"(?<![\w.-])(?P<name>(?:(?:De|Van|Ter|Ten|Den|Van[ ]de|Van[ ]der|Op[ ]de)[ ])?"
    r"[A-Z][a-z\u00df-\u00ff'-]{1,},[ ]?(?:[A-Z]\.?){1,3}\.?[ ]\([A-Z][^\W\d_]{1,}\))"
)
_SURNAME_INITIALS_CUT = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>(?:(?:De|Van|Ter|Ten|Den)[ ])?"
    r"[A-Z][a-z\u00df-\u00ff'-]{1,},[ ]?(?:[A-Z]\.?){1,3}(?:\.{2,}|\u2026))",
    re.M,
)


def _surnames_with_initials_and_given(lines_text: str) -> set[tuple[int, int, str]]:
    if "," not in lines_text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in (
        *_SURNAME_INITIALS_GIVEN.finditer(lines_text),
        *_SURNAME_INITIALS_CUT.finditer(lines_text),
    ):
        surname = m.group("name").split(",")[0].split()[-1]
        if surname.casefold() in _ORGANISATION_WORDS or _organisation_or_place(surname, lex):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A first name the name lists leave out as a language or a nationality ("Frans", "Engel")
# before a listed surname no dictionary knows ("Frans Hofsteenge 08:29", "aan frans lanting"):
# the two are a person.
_NOT_NAME_BEFORE_SURNAME = re.compile(
    r"(?<![\w.-])(?P<first>[A-Za-z][a-z\u00df-\u00ff]{2,})[ ]"
    r"(?P<surname>[A-Za-z][a-z\u00df-\u00ff]{2,}(?:-[A-Z][a-z\u00df-\u00ff]{2,})?)(?![\w@.-]*@)"
)


def _not_names_before_surnames(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _NOT_NAME_BEFORE_SURNAME.finditer(text):
        first, surname = m.group("first"), m.group("surname")
        if first.casefold() not in lex.not_names or first.casefold() in lex.dutch_words:
            continue
        if first[0].islower() != surname[0].islower():
            continue
        parts = surname.casefold().split("-")
        if len(parts) == 1 and (parts[0] not in lex.surnames or parts[0] in lex.dutch_words):
            continue
        # A double surname: each part listed or no word ("Frans Shevchuk-Zaag").
        if any(p not in lex.surnames and p in lex.dutch_words for p in parts):
            continue
        out.add((m.start(), m.end(), "PERSON"))
    return out


# A contact saved as a first name and the surname's first two letters with a dot ("Wyts La.",
# "Ove Ka."), after an avatar's symbol or letter, "Live locatie", a members line's comma or
# "volgens": the row shows nothing more, a time, "neemt audio op" or a comma after it. An
# abbreviation ("Tel Nr.", "Zie Bv.") is none.
_NAME_TWO_LETTERS = re.compile(
    r"(?:^(?:[^\w\s]{1,3}[ ]+|[A-Za-z][ ]+)?|(?<=locatie[ ])|(?<=,[ ][a-zA-Z][ ])|(?<=,[ ])"
    r"|(?<=volgens[ ]))"
    r"(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}[ ](?P<ab>[A-Z][a-z])(?:\.|,(?=[ ]+\d{1,2}[:.]\d{2}\b)))"
    # (round 28: the dot read as a comma before the time, "* Eikie Ki, 1:35"; the time read as
    # two letters, "* Bash Ki. en")
    r"(?=[ ]*$|,|[ ]+\d{1,2}[:.]\d{2}\b|[ ]+neemt\b|[ ]+typt\b|[ ]+[a-z]{2}[ ]*$)",
    re.M,
)
_NOT_TWO_LETTERS = frozenset(["nr", "dr", "mr", "st", "bv", "ca", "vs", "mw", "zn", "co", "wo"])


def _names_with_two_letter_surnames(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _NAME_TWO_LETTERS.finditer(lines_text):
        first = m.group("name").split()[0]
        if (
            m.group("ab").casefold() in _NOT_TWO_LETTERS
            or first.casefold() in _ORGANISATION_WORDS
            or first.casefold() in _COMPOSE_BAR_WORDS
            or _organisation_or_place(first, lex)
            or is_firm_word(first.casefold())  # "Glashandel De." cut short in a chat list
        ):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A married or maiden name: "X geb. Y" (born Y) and "X e.v. Y" (spouse of Y), also wrapped
# after the abbreviation ("Bel Kurk e.v.\nNuur") or cut short in a chat list ("Jama geb....").
_MARRIED_NAME = re.compile(
    r"(?<![\w.-])(?P<name>(?:[A-Z](?:[^\W\d_]|['-]){1,}[ ]){0,1}[A-Z](?:[^\W\d_]|['-]){1,}\)?"
    # (round 32: "echtg." too, "Djamila Kroes echtg. Chea")
    r"[ ](?:geb\.|e\.v\.|wed\.|echtg\.)(?:\.{2,}|\u2026|[ \n]+(?:(?:De|Van|Ter|Ten|Den)[ ])?"
    r"(?:[A-Z](?:[^\W\d_]|['-]){1,})?(?:\.{2,}|\u2026)?))"
)


def _married_names(text: str) -> set[tuple[int, int, str]]:
    if "geb." not in text and "e.v." not in text and "wed." not in text and "echtg." not in text:
        return set()
    out: set[tuple[int, int, str]] = set()
    for m in _MARRIED_NAME.finditer(text):
        words = re.findall(r"[A-Za-z\u00df-\u00ff'-]+", m.group("name"))
        if any(w.casefold() in _ORGANISATION_WORDS for w in words) or words[0] in ("Geb", "Ev"):
            continue
        name = m.group("name").rstrip(" \n")
        if name.endswith(("geb.", "e.v.", "wed.", "echtg.")) and not m.group("name").endswith(
            (".", "\u2026")
        ):
            continue
        out.add((m.start("name"), m.start("name") + len(name), "PERSON"))
    return out


# A surname in capitals before a comma and a given name the detector found ("O ZAAG, Faduma",
# "= KOSTER, Anna 05:12"), after an avatar's mark: the capitals are the surname, also a word.
_CAPS_COMMA_GIVEN = re.compile(
    r"^(?:[^\w\s]{1,3}[ ]+|[A-Z][ ]+)?(?P<surname>[A-Z]{3,}(?:-[A-Z]{3,})?),[ ](?P<given>[A-Z][a-z])",
    re.M,
)
_CAPS_NOT_SURNAMES = lexicon.words("btw nb ps ok svp ivm mvg gr pvv vvd cda sp wmo bsn ggd uwv")
# Initials before a surname in capitals opening a notice ("K. JAMA heeft deze groep ... gemaakt").
_INITIAL_CAPS_NOTICE = re.compile(
    r"^(?:[^\w\s]{1,3}[ ]+)?(?P<name>(?:[A-Z]\.[ ]?){1,3}[A-Z]{3,}(?:-[A-Z]{3,})?)"
    r"(?=[ ]+(?:heeft|is|typt|staat|neemt|belde|werd)\b)",
    re.M,
)


def _capital_surnames_of_contacts(
    lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    persons = [(s, e) for s, e, label in found if label == "PERSON"]
    for m in _CAPS_COMMA_GIVEN.finditer(lines_text):
        surname = m.group("surname")
        low = surname.casefold()
        if _organisation_or_place(surname.title(), lex) or low in _CAPS_NOT_SURNAMES:
            continue
        if low in lex.frequent_words and low not in lex.surnames:
            continue
        given_at = m.start("given")
        if any(s <= given_at < e for s, e in persons):
            out.add((m.start("surname"), m.end("surname"), "PERSON"))
    for m in _INITIAL_CAPS_NOTICE.finditer(lines_text):
        if not _organisation_or_place(m.group("name").split()[-1].split(".")[-1].title(), lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A neighbour named by a lower-case surname, also an everyday word, after the role ("buurvrouw
# kurk, 06/...", "Vraag van buurman lepel."): the word closes the clause (a comma, a full stop,
# a number or the line's end), so it is no adjective or verb going on ("buurvrouw zelf", "buurman
# belt").
_ROLE_LOWER_SURNAME = re.compile(
    r"\b(?:[Bb]uurvrouw|[Bb]uurman|[Bb]uren|[Mm]evrouw|[Mm]eneer|[Ff]amilie|[Ff]am\.)[ ]"
    r"(?P<name>[a-z\u00df-\u00ff]{3,})(?=[ ]*[,.;:](?![\w])|[ ]*$|[ ]+\(?\+?\d)",
    re.M,
)


def _lower_surnames_after_roles(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROLE_LOWER_SURNAME.finditer(text):
        low = m.group("name")
        if (
            low in lex.frequent_words
            or _verb_form(low, lex)
            or low in lex.places
            or low in _NOT_NOTICE_NAMES
            or low in _MONTH_NAMES
        ):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A Dutch mobile number written with the country code but no plus ("31657186430"): eleven
# digits, "31" and "6" and eight more, standing alone.
_BARE_31_MOBILE = re.compile(r"(?<![\w+.,/-])31[ ]?6\d{8}(?![\w,/-]|\.\d)")


def _bare_country_code_mobiles(text: str) -> set[tuple[int, int, str]]:
    return {(m.start(), m.end(), "PHONE") for m in _BARE_31_MOBILE.finditer(text)}


# The name someone goes by ("Hij noemt zich Jen.", "ze noemen hem Bram"): a capitalised word
# after "noemt zich" or "noemen hem/haar" is a person, also an everyday word.
_CALLS_ONESELF = re.compile(
    r"\b(?:noemt[ ]zich|noemde[ ]zich|noemen[ ](?:hem|haar)|noemden[ ](?:hem|haar))[ ]"
    r"(?P<name>[A-Z][^\W\d_]+(?:[ ][A-Z][^\W\d_]+)?)"
)


def _names_one_goes_by(text: str) -> set[tuple[int, int, str]]:
    if "noem" not in text:
        return set()
    return {(m.start("name"), m.end("name"), "PERSON") for m in _CALLS_ONESELF.finditer(text)}


# --- Round 26: everyday words as first names by their place in the sentence, residents named
# by a lower-case word, streets without a street's ending, a BSN spaced over a line ------------

# Words an imperative's object is followed by ("Bel Jansen even op", "Bel Jansen om 10 uur"):
# after them a clause-opening "Bel" is the verb "call", not a first name.
_IMPERATIVE_FOLLOWERS = lexicon.PARTICLES | lexicon.words(
    "om en of met na even ff terug maar nu dan morgen vandaag gerust zelf nog ook eens als want "
    "zodra graag asap svp wel niet direct meteen straks vanmiddag vanavond vanochtend tel via"
)
_GIVEN_WORD_BEFORE = re.compile(r"(?<![\w.'@-])([A-Z][a-z\u00df-\u00ff]{2,})[ ]$")
_LOWER_WORD_AT_END = re.compile(r"(?<![\w.-])[a-z\u00df-\u00ff]+,?[ ]$")
_NEXT_WORD_AFTER = re.compile(r"[ ]+([^\W\d_]+)")
_TIME_AT_LINE_END = re.compile(r"(?:[ ]+\d{1,2}[:.]\d{2})?[ ]*(?:\n|$)")


def _word_can_be_given_name(word: str, lex: lexicon.Lexicon) -> bool:
    """A capitalised word that may be a first name before a surname, also an everyday word
    ("Bel", "Lief", "Klaar") or one the lists leave out as a language ("Frans"); no title, role,
    organisation, place, firm's or street's word, month or weekday."""
    low = word.casefold()
    return not (
        low in _ORGANISATION_WORDS
        or low in lex.places
        or (low in lex.not_names and low in lex.dutch_words)
        or low in PERSON_CUE_WORDS
        or low in lexicon.TITLES
        or low in lexicon.PARTICLES
        or low in _PRONOUNS
        or low in _MONTH_NAMES
        or low in _WEEKDAYS
        or low in _COMPOSE_BAR_WORDS
        or low in _PREVIEW_LABELS
        or low in _STREET_TITLE_WORDS
        or low in ("het", "een", "dit", "dat", "die", "deze")
        or is_firm_word(low)
        or _BUSINESS_PLACE.search(low) is not None
        or is_company_cue(low)
        or lexicon.street_suffix(low) is not None
        or bool(organisation_pattern().search(word))
        or _wish_or_thanks(low, lex)
    )


def _words_before_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """An everyday word right before a found person is its first name where it cannot be a
    verb's imperative: mid-sentence after a lower-case word ("vader Bel Jama;"), opening a
    clause with a finite verb after the person ("Uitkering: Bel Beitel heeft een baan", "Bel de
    ploeg gleed uit"), or alone with the person on an OCR line, a chat list's row ("Lief Nuur").
    "Bel Jansen even op" and "Bel Jansen om 10 uur" stay."""
    lex = lexicon.load()
    persons = [(s, e) for s, e, label in found if label == "PERSON"]
    out: set[tuple[int, int, str]] = set()
    for start, end in persons:
        m = _GIVEN_WORD_BEFORE.search(text, max(0, start - 30), start)
        if m is None or not _word_can_be_given_name(m.group(1), lex):
            continue
        if any(s <= m.start(1) < e for s, e in persons):
            continue
        lower_before = _LOWER_WORD_AT_END.search(lines_text, max(0, m.start(1) - 30), m.start(1))
        if "\n" in lines_text[m.start(1) : start] and (
            lower_before is None or lower_before.group().strip(" ,") in ("en", "of")
        ):
            # A group's title over its members line ("Team Afval en Reiniging\nToon"); round
            # 32: not a name wrapped inside a sentence ("..., meldt Hinde\nwortel.").
            continue
        if _CLAUSE_START.search(text, max(0, m.start(1) - 40), m.start(1)):
            line_start = lines_text.rfind("\n", 0, m.start(1)) + 1
            alone = line_start == m.start(1) and _TIME_AT_LINE_END.match(lines_text, end)
            nxt = _NEXT_WORD_AFTER.match(text, end)
            finite = (
                nxt is not None
                and nxt.group(1).islower()
                and nxt.group(1) not in _IMPERATIVE_FOLLOWERS
            )
            if not (alone or finite):
                continue
        elif not _LOWER_WORD_AT_END.search(text, max(0, m.start(1) - 30), m.start(1)):
            continue
        out.add((m.start(1), end, "PERSON"))
    return out


# A capitalised word joined by "en" to a person mid-sentence ("voor Sytse en Lief bij ..."):
# a capital there marks a name, also an everyday word.
_JOINED_WORD_AFTER = re.compile(
    r"[ ]+en[ ]+([A-Z][a-z\u00df-\u00ff]{2,})(?![\w-])(?=[ ]+[a-z]|[,.;:!?)]|[ ]*$)", re.M
)


def _words_joined_to_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not (match := _JOINED_WORD_AFTER.match(text, end)):
            continue
        word = match.group(1)
        if not _word_can_be_given_name(word, lex) or (
            word.casefold() in lex.not_names and word.casefold() in lex.dutch_words
        ):
            continue
        if _CLAUSE_START.search(text, max(0, start - 40), start) and not text[start].isupper():
            continue
        out.add((match.start(1), match.end(1), "PERSON"))
    return out


# Two capitalised words opening a clause before a finite verb, the first no dictionary's word
# ("Uitkering: Abdigani Zaag heeft een baan"): a first name (also misread) and its surname.
_PAIR_BEFORE_FINITE_VERB = re.compile(
    r"(?:^|(?<=[:.!?][ ])|(?<=\n))(?P<first>[A-Z][a-z\u00df-\u00ff]{2,})[ ]"
    r"(?P<last>[A-Z][a-z\u00df-\u00ff]{2,}(?:-[A-Z][a-z\u00df-\u00ff]{2,})?)"
    r"(?=[ ]+(?:heeft|had|is|was|krijgt|kreeg|wil|wilde|woont|woonde|moet|komt|kwam|gaat|"
    r"ging|vraagt|vroeg|zegt|zei|belt|belde|staat|zit|mag|kan|zal|wordt|werd)\b)",
    re.M,
)


def _unknown_first_names_before_verbs(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _PAIR_BEFORE_FINITE_VERB.finditer(text):
        first, last = m.group("first"), m.group("last")
        low = first.casefold()
        if low in lex.dutch_words or low in lex.proper_nouns or not _plain_name_word(first, lex):
            continue
        if not _plain_name_word(last, lex) or lexicon.is_compound(last.casefold()):
            continue
        out.add((m.start(), m.end(), "PERSON"))
    return out


# Whom one calls ("ik bel Lepel op 038-...", "ik bel lepel even"): a word between "bel" and
# "op"/"even"/"terug" is a person, also an everyday word; no pronoun, organisation or firm.
_CALLED_WORD = re.compile(
    r"(?<![\w-])(?:[Bb]el|[Bb]elt|[Bb]ellen|[Bb]elde)[ ]+(?P<name>[A-Za-z][a-z\u00df-\u00ff]{2,})"
    r"[ ]+(?:op|even|ff|terug|morgen|vandaag|straks)\b"
)
# A resident named by a lower-case word before their house number ("de hond van lepel op
# nummer 4-1hg"): the word no everyday word after "van" without an article.
_LOWER_RESIDENT_BY_NUMBER = re.compile(
    r"(?<=[a-z][ ])(?:van|bij)[ ]+(?P<name>[a-z\u00df-\u00ff]{3,})"
    r"[ ]+(?:op|van)[ ]+(?:nummer|nr\.?|huisnummer)[ ]?\d"
)


# Adverbs that stand where whom one calls stands ("Bel gerust op 06-...", "bel gewoon even
# terug"): how or when one calls, not whom; with the words an imperative's object is followed by.
_CALL_ADVERBS = _IMPERATIVE_FOLLOWERS | lexicon.words(
    "gewoon rustig gauw liefst alsnog nogmaals eventueel evt dus toch zeker vooral"
)


def _called_and_numbered_residents(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in (*_CALLED_WORD.finditer(text), *_LOWER_RESIDENT_BY_NUMBER.finditer(text)):
        word = m.group("name")
        low = word.casefold()
        if (
            low in _CALL_ADVERBS
            or low in lex.frequent_words
            or low in _PRONOUNS
            or low in _NOT_NOTICE_NAMES
            or low in ("hem", "haar", "mij", "me", "ons", "hen", "hun", "jou", "jullie")
            or _verb_form(low, lex)
            or not _plain_name_word(word, lex)
            or lexicon.is_compound(low)
        ):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A house number after "nummer" with a floor's toevoeging ("op nummer 4-1hg", "nr. 12-2hg"):
# the address, which the cue's number rule leaves at the digits.
_NUMBER_WITH_FLOOR = re.compile(
    r"\b(?:nummer|nr\.?|huisnummer)[ ]+(\d{1,4}[ ]?-[ ]?\d{1,2}[ ]?(?:hg|hoog)\b)", re.I
)


def _numbers_with_floors(text: str) -> set[tuple[int, int, str]]:
    return {(m.start(1), m.end(1), "ADDRESS") for m in _NUMBER_WITH_FLOOR.finditer(text)}


# A street without a street's ending, after a preposition of place, with its house number and
# a village after it ("achter Bisschopsmolen 97 C, Rogat", "achter Bisschopsmolen 21 in De
# Schiphorst"): the number makes it an address.
_UNSUFFIXED_STREET_BEFORE_PLACE = re.compile(
    r"\b(?:achter|naast|voor|bij|tegenover|aan|op)[ \n]"
    r"(?P<street>[A-Z][a-z\u00df-\u00ff]{4,})[ \n]+(?P<number>\d{1,4}(?:[ ]?[A-Za-z]\b|-\w{1,3}\b)?)"
    r"(?=,?[ \n]+(?:in[ \n]+|te[ \n]+)?(?:De[ \n]+|Den[ \n]+)?(?P<place>[A-Z][a-z\u00df-\u00ff]+))"
)


def _unsuffixed_streets_before_places(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _UNSUFFIXED_STREET_BEFORE_PLACE.finditer(text):
        if m.group("place").casefold() not in lex.places:
            continue
        street = m.group("street")
        if street.casefold() in lex.places or not _plain_name_word(street, lex):
            continue
        out.add((m.start("street"), m.end("number"), "ADDRESS"))
    return out


# A capitalised word mid-sentence before "van" and an address the detector found ("dader zou
# Mand van Hesselterweg 79 zijn"), or a word and a lower-case one before a comma and the address
# ("WOZ-bezwaar van Klaar beitel, Pastoor Moormanstraat 58"): the resident.
_WORD_BEFORE_VAN = re.compile(r"(?<=[a-z][ ])([A-Z][a-z\u00df-\u00ff]{2,})[ ]+van[ ]+$")
_WORDS_BEFORE_COMMA = re.compile(
    r"(?<=[a-z][ ])([A-Z][a-z\u00df-\u00ff]{2,}[ ][A-Za-z][a-z\u00df-\u00ff]{2,}),[ ]+$"
)


def _residents_before_found_addresses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, _end, label in found:
        if label != "ADDRESS":
            continue
        for rx in (_WORD_BEFORE_VAN, _WORDS_BEFORE_COMMA):
            m = rx.search(text, max(0, start - 40), start)
            if m is None or _ARTICLE_AT_END.search(text, max(0, m.start(1) - 10), m.start(1)):
                continue  # "de Brug van Hoofdstraat 5": a thing
            words = m.group(1).split()
            # The surname no everyday word's stand-in; a first name also an everyday word ("Bel").
            if not (_word_can_be_given_name(words[0], lex) and _plain_name_word(words[-1], lex)):
                continue
            if len(words) == 2 and words[-1].casefold() in lex.frequent_words:
                continue
            out.add((m.start(1), m.end(1), "PERSON"))
    return out


_ARTICLE_AT_END = re.compile(r"\b(?i:de|het|een|die|dat|deze|dit|onze|ons|mijn|uw|hun)[ ]$")


# A BSN after its cue whose groups OCR split with a dot and a line ("BSN 25 84.\n39 129"): nine
# digits passing the eleven test.
_SPLIT_BSN = re.compile(r"\b(?i:bsn)[: ]+(\d[\d .\n]{8,16}\d)(?!\d)")


def _split_bsns(text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _SPLIT_BSN.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if len(digits) != 9 or "\n" not in m.group(1) and "." not in m.group(1):
            continue
        total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
        if total % 11 == 0 and total != 0:
            out.add((m.start(1), m.end(1), "BSN"))
    return out


def _language_named_or_listed_first_name(word: str, lex: lexicon.Lexicon) -> bool:
    low = word.casefold()
    return (low in lex.first_names and low not in lex.frequent_words) or (
        low in lex.not_names and low not in lex.dutch_words
    )


# A first name (also one the lists leave out as a language, "Frans") and a lower-case surname
# after a preposition, before a finite verb ("Bezwaar van Frans emmer staat onder Z2026-...").
_GIVEN_LOWER_SURNAME_MID = re.compile(
    r"\b(?:van|voor|met|aan|bij|door|namens)[ ](?P<first>[A-Z][a-z\u00df-\u00ff]{2,})[ ]"
    r"(?P<last>[a-z\u00df-\u00ff]{3,})(?=[ ]+(?:kan|kon|is|was|heeft|had|wil|wilde|woont|moet|"
    r"komt|kwam|gaat|ging|vraagt|vroeg|belt|belde|krijgt|kreeg|zal|mag|wordt|werd|zit|staat|"
    r"ligt)\b)"
)


def _given_names_with_lower_surnames_mid(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _GIVEN_LOWER_SURNAME_MID.finditer(text):
        last = m.group("last")
        if not _language_named_or_listed_first_name(m.group("first"), lex):
            continue
        if (
            last in lex.frequent_words
            or last in _NOT_SUBJECT_WORDS
            or last in lexicon.PARTICLES
            or _verb_form(last, lex)
        ):
            continue
        out.add((m.start("first"), m.end("last"), "PERSON"))
    return out


# A first name's diminutive mid-sentence ("zegt Fransje.", "met Klaartje en ..."): the name.
_DIMINUTIVE_MID = re.compile(
    r"(?<=[a-z,][ ])(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}?(?:tje|je|ke))(?![\w-])"
)


def _diminutives_of_first_names(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _DIMINUTIVE_MID.finditer(text):
        name = m.group("name")
        base = re.sub(r"(?:tje|je|ke)$", "", name)
        if len(base) < 3 or not _language_named_or_listed_first_name(base, lex):
            continue
        if not _word_can_be_given_name(name, lex):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A chat list's title in capitals cut short before its time ("= EMMER ... 13:01"): the surname of
# "SURNAME, Given", also an everyday word; no abbreviation or organisation.
_CUT_CAPITAL_TITLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+|[a-zA-Z][ ]+)?(?P<name>[A-Z]{4,}(?:-[A-Z]{3,})?)[ ]?(?:\.{2,}|\u2026)"
    r"[ ]+\d{1,2}[:.]\d{2}[ ]*$",
    re.M,
)


def _cut_capital_list_titles(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _CUT_CAPITAL_TITLE.finditer(lines_text):
        name = m.group("name")
        low = name.casefold()
        if low in _CAPS_NOT_SURNAMES or not _VOWEL.search(name):
            continue
        if _organisation_or_place(name.title(), lex) or is_firm_word(low):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


_CUE_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \n]+$")


def _after_title_or_clause_start(text: str, start: int) -> bool:
    if _CLAUSE_START.search(text, max(0, start - 40), start):
        return True
    m = _CUE_WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and (
        m.group(1).casefold() in PERSON_CUE_WORDS or m.group(1).casefold() in lexicon.TITLES
    )


# A first name the lists leave out as a language addressed at a short message's end ("Komt
# goed, Frans."): after a reply of up to three words and a comma, before the message's end.
_ADDRESSED_AT_END = re.compile(
    r"(?:^|(?<=[.!?:][ ])|(?<=\d[ ]))(?:[A-Za-z][a-z\u00df-\u00ff]*[ ]){0,2}[A-Za-z][a-z\u00df-\u00ff]*,[ ]"
    r"(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})(?=[.!?]*[ ]*(?:\d{1,2}[:.]\d{2})?[ ]*(?:\n|$))",
    re.M,
)


def _language_names_addressed_at_end(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    return {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _ADDRESSED_AT_END.finditer(text)
        if (low := m.group("name").casefold()) in lex.not_names
        and low not in lex.dutch_words
        and low not in lex.places
        and not organisation_pattern().search(m.group("name"))
    }


# --- Round 26b: leftovers of blind15 to blind18 -------------------------------------------------

# The contact of "Je beveiligingscode met <naam> is gewijzigd": a person, also in lower case and
# with tussenvoegsels ("met douwe uit den bogaard"); a number there is left to the number rules.
_SECURITY_CODE_NOTICE = re.compile(
    r"\b(?i:beveiligingscode)[ \n]+met[ \n]+(?P<who>[^\d\n.,:;!?]{2,60}?)[ \n]+is[ \n]+gewijzigd\b"
)


def _security_code_contacts(text: str) -> set[tuple[int, int, str]]:
    if "eiligingscode" not in text:
        return set()
    out: set[tuple[int, int, str]] = set()
    for m in _SECURITY_CODE_NOTICE.finditer(text):
        if len(m.group("who").split()) <= 6 and any(c.isalpha() for c in m.group("who")):
            out.add((m.start("who"), m.end("who"), "PERSON"))
    return out


# A name addressed at a line's start before a verb and "jij"/"je"/"u" ("Mamadou, bel jij ...",
# after a forwarded label too): a person when the word is no Dutch word ("Oké, bel jij").
_ADDRESSED_BEFORE_JIJ = re.compile(
    r"(?m)^(?P<name>[A-Z][^\W\d_]{2,}),[ ][a-z]{2,}[ ](?:jij|je|u)\b"
)


def _names_addressed_before_jij(lines_text: str) -> set[tuple[int, int, str]]:
    if "," not in lines_text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ADDRESSED_BEFORE_JIJ.finditer(lines_text):
        low = m.group("name").casefold()
        if low in lex.dutch_words or low in lex.frequent_words:
            continue
        if _organisation_or_place(m.group("name"), lex) or _firm_word(m.group("name")):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A first name that is an everyday word, mid-sentence and capitalised, before tussenvoegsels and
# a capitalised surname ("voor Door 't Hart:", "aan Roos van der Kamp"); a chat list's row cut
# short after two tussenvoegsels at a line's start ("Door uit den... 12:37").
_APOSTROPHE_T = r"['\u2018\u2019`]t"
_NAME_PARTICLES = (
    rf"(?:uit[ ]de[nr]?|van[ ]de[nr]?|van[ ]{_APOSTROPHE_T}|in[ ]{_APOSTROPHE_T}|op[ ]de[nr]?|"
    rf"{_APOSTROPHE_T}|van|de|den|der|ten|ter|te|la|le|du|da|dos|del)"
)
_WORD_NAME_WITH_PARTICLES = re.compile(
    r"(?<=[^\W\dA-Z_][ ])(?P<first>[A-Z][a-z]{2,})[ ]"
    rf"{_NAME_PARTICLES}[ ](?P<last>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)"
)
_CUT_LIST_NAME_WITH_PARTICLES = re.compile(
    r"(?m)^(?P<first>[A-Z][a-z]{2,})[ ]"
    rf"(?:uit[ ]de[nr]?|van[ ]de[nr]?|van[ ]{_APOSTROPHE_T}|in[ ]{_APOSTROPHE_T})"
    r"(?:\.{2,}|\u2026)"
)
_STREET_WORDS = (
    "straat|weg|laan|plein|kade|singel|gracht|dijk|pad|steeg|hof|park|markt|dreef|wal|"
    "erf|veld|ring|baan|lei|wijk|kamp|brink|oord|zijde|dam"
)
_STREET_END = re.compile(rf"(?i:{_STREET_WORDS})$")
# A street's name ahead, one or two capitalised words on ("... Hendrik| Jan Nijenhuisstraat").
_STREET_AHEAD = re.compile(rf"(?:[ \n][A-Z][^\W\d_]*?){{1,2}}(?:{_STREET_WORDS})\b")
_NOT_FIRST_WORDS = frozenset({"de", "het", "een", "van", "den", "der", "ten", "ter", "te"})


def _word_first_names_with_particles(text: str, lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _WORD_NAME_WITH_PARTICLES.finditer(text):
        first, last = m.group("first"), m.group("last")
        if first.casefold() in _NOT_FIRST_WORDS or last.casefold() in lex.frequent_words:
            continue
        # "Professor van der Scheerstraat", "Burgemeester van Roijensingel": a street
        if _STREET_END.search(last) or re.fullmatch(_STREET_TITLES, first):
            continue
        # "Buurtbarbecue op de Hendrik Jan Nijenhuisstraat": a compound word, a street's name
        if lexicon.is_compound(first.casefold()) or _STREET_AHEAD.match(text, m.end()):
            continue
        if any(_organisation_or_place(w, lex) or _firm_word(w) for w in (first, last)):
            continue
        out.add((m.start("first"), m.end("last"), "PERSON"))
    for m in _CUT_LIST_NAME_WITH_PARTICLES.finditer(lines_text):
        first = m.group("first")
        if first.casefold() in _NOT_FIRST_WORDS or _organisation_or_place(first, lex):
            continue
        out.add((m.start(), m.end(), "PERSON"))
    return out


# A birth date in brackets after a person written with spaces ("Opa Douwe (19 02 '03)",
# "(3 11 1938)"): the date.
_SPACED_BRACKETED_DATE = re.compile(
    r"[ ]?\((?P<date>(?:0?[1-9]|[12]\d|3[01])[ ](?:0?[1-9]|1[0-2])[ ]"
    r"(?:['\u2018\u2019`]\d\d|(?P<year>(?:19|20)\d\d)))\)"
)


def _spaced_bracketed_birthdates(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    out: set[tuple[int, int, str]] = set()
    for _start, end, label in found:
        match = _SPACED_BRACKETED_DATE.match(text, end) if label == "PERSON" else None
        if match is None or (match.group("year") and int(match.group("year")) > this_year):
            continue
        out.add((match.start("date"), match.end("date"), "DATE_OF_BIRTH"))
    return out


# A capitalised word mid-sentence right before a bracketed birth date is a person, also an
# everyday word ("ID-kaart van His (7/2/39)"); at a sentence's start it may open the sentence.
_MID_SENTENCE_WORD_BEFORE_BRACKET = re.compile(
    r"(?<=[^\W\dA-Z_][ ])(?P<name>[A-Z][^\W\d_]+)[ ]?\((?=\S)"
)


def _mid_sentence_words_before_birthdates(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    births = {s for s, _e, label in found if label == "DATE_OF_BIRTH"}
    if not births:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _MID_SENTENCE_WORD_BEFORE_BRACKET.finditer(text):
        if m.end() not in births and m.end() - 1 not in births:
            continue
        if _organisation_or_place(m.group("name"), lex) or _firm_word(m.group("name")):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# Initials after a surname and a comma ("Peer, Z.H. (874 ...", "en Peer, Z.H.;") belong to
# the person the surname names.
_COMMA_INITIALS = re.compile(r",[ ]?(?:[A-Z]\.){1,4}(?![\w])")


def _initials_after_comma_surnames(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label == "PERSON" and (m := _COMMA_INITIALS.match(text, end)):
            out.add((start, m.end(), "PERSON"))
    return out


def _passes_11_proef(digits: str) -> bool:
    if len(digits) != 9 or not digits.isdigit() or digits == "0" * 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


# A BSN in brackets after a person, in odd groups or wrapped over lines ("Peer, Z.H. (874
# 365-429)", "(0253 345 91)"): nine digits passing the 11-proef.
_BRACKETED_DIGIT_GROUPS = re.compile(r"[ ]?\((?P<digits>\d[\d .\n-]{7,16}\d)\)")


def _bracketed_bsns_after_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for _start, end, label in found:
        match = _BRACKETED_DIGIT_GROUPS.match(text, end) if label == "PERSON" else None
        if match is not None and _passes_11_proef(re.sub(r"\D", "", match.group("digits"))):
            out.add((match.start("digits"), match.end("digits"), "BSN"))
    return out


# A BSN after its cue with a character or two OCR glued to it ("BSN\n71797362745."): ten or
# eleven digits holding nine that pass the 11-proef.
_CUED_LONG_NUMBER = re.compile(
    r"\b(?i:bsn)(?:[ ]?(?i:nr|nummer))?[.:]?[ \n]*(?P<digits>\d{10,11})(?!\d)"
)


def _bsns_with_glued_digits(text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _CUED_LONG_NUMBER.finditer(text):
        run = m.group("digits")
        if any(_passes_11_proef(run[i : i + 9]) for i in range(len(run) - 8)):
            out.add((m.start("digits"), m.end("digits"), "BSN"))
    return out


# A mobile number with an "O" read for a zero among its digits, also grouped with a dot
# ("06.25 21 O1 78"): 06 and eight more, at least one of them an O.
_MOBILE_WITH_O_DIGITS = re.compile(r"(?<![\w+.,/-])0[ .-]?6(?:[ .-]?[\dOo]){8}(?![\w])")


def _mobiles_with_o_digits(text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _MOBILE_WITH_O_DIGITS.finditer(text):
        body = m.group()
        if ("O" in body[2:] or "o" in body[2:]) and sum(c.isdigit() for c in body) >= 8:
            out.add((m.start(), m.end(), "PHONE"))
    return out


# A birth date in spaces after a person and a comma, wrapped or not ("Tevita Haver, 25\n02
# 2003, Stadsweide ..."): the date, in the past.
_COMMA_SPACED_DATE = re.compile(
    r",[ \n]+(?P<date>(?:0?[1-9]|[12]\d|3[01])[ \n](?:0?[1-9]|1[0-2])[ \n](?P<year>(?:19|20)\d\d))"
    r"(?![\d])"
)


def _spaced_birthdates_after_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    out: set[tuple[int, int, str]] = set()
    for _start, end, label in found:
        match = _COMMA_SPACED_DATE.match(text, end) if label == "PERSON" else None
        if match is not None and int(match.group("year")) <= this_year:
            out.add((match.start("date"), match.end("date"), "DATE_OF_BIRTH"))
    return out


# An IBAN whose bank code OCR misread, a letter too many or an l for an I ("IE68 AlIBK 7569
# ..."): the whole when a repaired code makes the checksum (mod 97) hold.
_IBAN_MISREAD_CODE = re.compile(
    r"(?<![\w])(?P<head>[A-Z]{2}\d{2})[ ]?(?P<bank>[A-Za-z|]{4,6})(?P<rest>(?:[ ]?\d{2,4}){2,7})"
    r"(?!\d)"
)


def _iban_checksum_holds(iban: str) -> bool:
    if not 15 <= len(iban) <= 34 or not iban.isalnum():
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _bank_code_repairs(bank: str) -> set[str]:
    swapped = {bank.replace("l", "I").replace("|", "I"), bank.replace("|", "l")}
    out = {b.upper() for b in swapped}
    for b in swapped:
        if len(b) > 4:
            out |= {(b[:i] + b[i + 1 :]).upper() for i in range(len(b))}
    return {b for b in out if b.isalpha()}


def _ibans_with_misread_bank_codes(text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _IBAN_MISREAD_CODE.finditer(text):
        rest = re.sub(r"\D", "", m.group("rest"))
        if any(
            _iban_checksum_holds(m.group("head") + bank + rest)
            for bank in _bank_code_repairs(m.group("bank"))
        ):
            out.add((m.start(), m.end(), "IBAN"))
    return out


# An e-mail address whose underscore OCR read as a space ("chi hoed@example.net"): a person's
# (the local part alone may read as a team's mailbox), and a number given with it after "of".
_EMAIL_LOST_UNDERSCORE = re.compile(
    r"(?<![\w@.-])(?P<mail>(?P<head>[a-z0-9]{1,12})[ ](?P<local>[a-z0-9][\w.+-]*)@[\w-]+(?:\.[\w-]+)+)"
    r"(?:[ \n]+(?:of|en)[ \n]+(?P<phone>(?:\+31[ ]?|0)\d(?:[ -]?\d){7,9}))?(?!\d)"
)


def _emails_with_lost_underscores(text: str) -> set[tuple[int, int, str]]:
    if "@" not in text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _EMAIL_LOST_UNDERSCORE.finditer(text):
        head = m.group("head")
        if head in lex.frequent_words or head.isdigit():
            continue
        # "Mail gerust subsidies@...": an everyday word before a mailbox, no lost underscore
        if len(head) > 3 and head in lex.dutch_words and head not in lex.first_names:
            continue
        out.add((m.start("mail"), m.end("mail"), "EMAIL"))
        if m.group("phone"):
            out.add((m.start("phone"), m.end("phone"), "PHONE"))
    return out


# A voice note or memo named after one person ("Spraakmemo Zuzka.m4a", "Audio Lo.opus").
_VOICE_NOTE_NAME = re.compile(
    r"\b(?i:spraakmemo|spraakbericht|spraakopname|voicememo|audio|opname|memo)[ ]"
    r"(?P<name>[A-Z][^\W\d_]{1,20})\.(?i:m4a|opus|ogg|mp3|aac|wav|amr)\b"
)


def _voice_note_names(text: str) -> set[tuple[int, int, str]]:
    if "." not in text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _VOICE_NOTE_NAME.finditer(text):
        name = m.group("name")
        low = name.casefold()
        if low in lex.frequent_words or _organisation_or_place(name, lex):
            continue
        if low in lex.dutch_words and low not in lex.first_names:
            continue  # "Spraakmemo Vergadering.m4a": its subject
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A lower-case surname before "van" and an address ("volgens ridder van Broekhuizerweg 45"):
# the resident, named by the home.
_LOWER_WORD_BEFORE_VAN = re.compile(
    r"(?<![\w'-])(?P<name>(?:(?:de|van|ter|ten|den)[ ])?[a-z][^\W\d_]{2,})[ \n]van[ \n]"
)


def _lower_residents_of_addresses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    homes = {s for s, _e, label in found if label == "ADDRESS"}
    if not homes:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _LOWER_WORD_BEFORE_VAN.finditer(text):
        last = m.group("name").split()[-1]
        if m.end() in homes and last in lex.surnames and last not in lex.frequent_words:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# The members a notice says were added ("Arend Bot heeft Arend en tukasz boom toegevoegd"):
# an item of the list with a person in it is a person as a whole, also its everyday words.
_ADDED_NOTICE = re.compile(r"(?m)\bheeft[ ](?P<list>[^\n]+?)[ ]toegevoegd\b")
_ADDED_LIST_SEPARATOR = re.compile(r",[ ]|[ ]en[ ]")


def _whole_added_members(
    lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    if "toegevoegd" not in lines_text:
        return set()
    persons = [(s, e) for s, e, label in found if label == "PERSON"]
    out: set[tuple[int, int, str]] = set()
    for m in _ADDED_NOTICE.finditer(lines_text):
        start = m.start("list")
        bounds = [
            start,
            *(
                x
                for sep in _ADDED_LIST_SEPARATOR.finditer(m.group("list"))
                for x in (start + sep.start(), start + sep.end())
            ),
            m.end("list"),
        ]
        for a, b in zip(bounds[::2], bounds[1::2], strict=False):
            item = lines_text[a:b]
            words = re.match(r"[^\W\d_]+(?:[ ][^\W\d_]+){0,3}", item)
            if words is None or any(c.isdigit() for c in item):
                continue
            end = a + words.end()
            if any(s < end and a < e for s, e in persons):
                out.add((a, end, "PERSON"))
    return out


# A capitalised word opening a clause right before a found surname ("Schuldhulp: Tamme Kers
# (680 ..."): its given name, also one the lists lack.
_CLAUSE_OPENING_WORD = re.compile(r"(?<=[\w)]:[ ])(?P<name>[A-Z][a-z]{2,})[ ]")


def _given_names_opening_clauses(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    starts = {s: e for s, e, label in found if label == "PERSON"}
    if not starts:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _CLAUSE_OPENING_WORD.finditer(text):
        end = starts.get(m.end())
        name = m.group("name")
        if end is None or name.casefold() in lex.frequent_words:
            continue
        if end < len(text) and text[end].isalpha():
            continue  # "Jan Nijenhuis|straat": the surname is a street's start
        if (
            _organisation_or_place(name, lex)
            or _firm_word(name)
            or re.fullmatch(_STREET_TITLES, name)
        ):
            continue
        out.add((m.start("name"), end, "PERSON"))
    return out


def _round26b_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 26b adds before names are established for the rest of the screenshot."""
    out = _security_code_contacts(text)
    out |= _names_addressed_before_jij(lines_text)
    out |= _word_first_names_with_particles(text, lines_text)
    out |= _voice_note_names(text)
    out |= _spaced_bracketed_birthdates(text, found | out)
    out |= _mid_sentence_words_before_birthdates(text, found | out)
    return out


def _round26b_numbers(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Numbers and name parts round 26b adds once every person of the screenshot is found."""
    out = _initials_after_comma_surnames(text, found)
    out |= _whole_added_members(lines_text, found)
    out |= _lower_residents_of_addresses(text, found)
    out |= _given_names_opening_clauses(text, found)
    out |= _spaced_bracketed_birthdates(text, found | out)
    out |= _bracketed_bsns_after_persons(text, found | out)
    out |= _bsns_with_glued_digits(text)
    out |= _mobiles_with_o_digits(text)
    out |= _spaced_birthdates_after_persons(text, found | out)
    out |= _ibans_with_misread_bank_codes(text)
    out |= _emails_with_lost_underscores(text)
    return out


# --- Round 27 ---------------------------------------------------------------------------------

# A contact saved as a word with a symbol that OCR read as a detached ellipsis ("Pluk ☀" ->
# "Pluk ... 11:57"): a chat list's title with its time, a sender label alone on its line, the
# header's typing line. A chat list cuts a long title with the dots glued to it ("Team
# Openbare... 12:05"), so the space before the dots marks the symbol.
_ELLIPSIS_CONTACT = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ]+(?:\.{3,}|\u2026)"
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}[ ]*$|[ ]+typt\b)",
    re.M,
)
# A chat list's preview sender whose symbol OCR read as one digit ("— Madeliefje 5: BSN is").
_DIGIT_MARKED_PREVIEW_SENDER = re.compile(
    r"^[\u2014\u2013-][ ]+(?P<name>[A-Z][^\W\d_]{1,})[ ]+\d[ ]?:[ ]", re.M
)
# A contact saved as a given name and an initial without a dot, a chat list's title with an
# avatar OCR read as one or two letters before it ("m Ank A 12:10", "R Mingming A 08:44") or
# named at the end of "Je bent toegevoegd door ® Aal N".
_INITIALLED_LIST_TITLE = re.compile(
    r"^(?:[^\w\s]{1,3}[ ]+|[A-Za-z]{1,2}[ ]+)?(?P<name>[A-Z][a-z\u00df-\u00ff]{1,}[ ][A-Z])"
    r"[ ]+\d{1,2}[:.]\d{2}[ ]*$"
    r"|\b(?:toegevoegd|verwijderd)[ ]door[ ]+(?:[^\w\s]{1,3}[ ]+)?"
    r"(?P<added>[A-Z][a-z\u00df-\u00ff]{1,}[ ][A-Z])[ ]*$"
    # ... and a sender label alone on its line after the avatar's symbol ("» Plukje L").
    r"|^[^\w\s]{1,3}[ ]+(?P<label>[A-Z][a-z\u00df-\u00ff]{1,}[ ][A-Z])[ ]*$",
    re.M,
)


def _listed_or_diminutive(low: str, lex: lexicon.Lexicon) -> bool:
    """A name list knows the word, or it is a diminutive of a word one knows ("plukje",
    "zomertje", "madeliefje": nicknames)."""
    if low in lex.first_names or low in lex.surnames:
        return True
    for tail in ("tje", "je", "pje", "etje"):
        stem = low.removesuffix(tail)
        if stem != low and len(stem) >= 3 and (stem in lex.first_names or stem in lex.surnames):
            return True
    return False


# A contact saved as "Surname (Given)" as a chat list's title with its time or a sender label
# alone on its line ("*< Schep (Pluk) 3:28"), where no notice verb follows it.
_BRACKETED_GIVEN_TITLE = re.compile(
    r"^(?:[^\w\s]{1,3}[ ]+)?(?P<name>(?:[Dd]e[ ]|[Vv]an[ ](?:de[rn]?[ ])?)?[A-Z][^\W\d_]{1,}"
    r"[ ]?\([A-Z][^\W\d_]{1,}\))(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}[ ]*$)",
    re.M,
)
# A voice note named after a given name and surname in any case ("Spraakbericht mus
# troffel.opus", "Audio Jan de Vries.m4a").
_VOICE_NOTE_FULL_NAME = re.compile(
    r"\b(?i:spraakmemo|spraakbericht|spraakopname|voicememo|audio|opname|memo)[ ]"
    r"(?P<name>[A-Za-z][^\W\d_]{1,20}(?:[ ](?:de|van|der|den|ter|ten)){0,2}[ ]"
    r"[A-Za-z][^\W\d_]{1,20})\.(?i:m4a|opus|ogg|mp3|aac|wav|amr)\b"
)
# A house number with a toevoeging ("33-2", "67-bis", "129 kamer 3", "15/1") that closes an
# address found: where the screenshot writes it again ("bij Troffel op 33-2") it is that home.
_HOUSE_NUMBER_TAIL = re.compile(
    r"(?<![\w/.-])(?P<number>[1-9]\d{0,3}(?:[ ]?[-/][ ]?[A-Za-z0-9]{1,4}|[ ](?i:kamer|bus|app)"
    r"\.?[ ]\d{1,3}|[ ](?i:bis|hs|boven|beneden)))$"
)


def _symbol_word(low: str, lex: lexicon.Lexicon) -> bool:
    """A word a row may show with a symbol that is no contact's name."""
    return (
        low in _ORGANISATION_WORDS
        or low in _COMPOSE_BAR_WORDS
        or low in _NOT_NOTICE_NAMES
        or low in lex.frequent_words
        or low in lex.not_names
        or _wish_or_thanks(low, lex)
    )


def _ellipsis_contacts(lines_text: str) -> set[tuple[int, int, str]]:
    if "..." not in lines_text and "\u2026" not in lines_text:
        return set()
    lex = lexicon.load()
    return {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _ELLIPSIS_CONTACT.finditer(lines_text)
        if not _symbol_word(low := m.group("name").casefold(), lex)
        and not _organisation_or_place(m.group("name"), lex)
        # A title the chat list cut right after a word ("Dorpsbelang .... 13:23") is no name:
        # the word is one a name list knows, or no dictionary's word.
        and (_listed_or_diminutive(low, lex) or low not in lex.dutch_words)
    }


def _digit_marked_preview_senders(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    return {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _DIGIT_MARKED_PREVIEW_SENDER.finditer(lines_text)
        if not _symbol_word(m.group("name").casefold(), lex)
        and not _organisation_or_place(m.group("name"), lex)
    }


def _initialled_list_titles(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _INITIALLED_LIST_TITLE.finditer(lines_text):
        group = next(g for g in ("name", "added", "label") if m.group(g))
        first = m.group(group).split()[0]
        low = first.casefold()
        if _symbol_word(low, lex) or organisation_pattern().search(first):
            continue  # (a place is a name here all the same: "mn Gees O 09:09")
        if group == "label" and low in lex.dutch_words and not _listed_or_diminutive(low, lex):
            continue  # "• Bijlage A" alone on its line
        out.add((m.start(group), m.end(group), "PERSON"))
    return out


def _bracketed_given_titles(lines_text: str) -> set[tuple[int, int, str]]:
    if "(" not in lines_text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _BRACKETED_GIVEN_TITLE.finditer(lines_text):
        surname = m.group("name").split("(")[0].strip()
        if _organisation_or_place(surname, lex) or surname.casefold() in _ORGANISATION_WORDS:
            continue
        out |= {
            (w.start(), w.end(), "PERSON")
            for w in _NAME_PART.finditer(lines_text, m.start("name"), m.end("name"))
        }
    return out


def _voice_note_full_names(text: str) -> set[tuple[int, int, str]]:
    if "." not in text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _VOICE_NOTE_FULL_NAME.finditer(text):
        words = m.group("name").split()
        first, last = words[0].casefold(), words[-1].casefold()
        if any(w.casefold() in lex.frequent_words for w in (words[0], words[-1])):
            continue  # "Spraakbericht over vergadering.opus"
        if any(_organisation_or_place(w, lex) for w in (words[0], words[-1])):
            continue
        if (
            first in lex.dutch_words
            and last in lex.dutch_words
            and not (first in lex.first_names or last in lex.surnames or first in lex.surnames)
        ):
            continue  # "Opname kapotte lantaarn.m4a": what was recorded
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _house_numbers_found_again(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    tails: set[str] = set()
    for start, end, label in found:
        if label == "ADDRESS" and (m := _HOUSE_NUMBER_TAIL.search(text, start, end)):
            tails.add(m.group("number"))
    for tail in tails:
        pattern = r"(?<![\w/.,-])" + re.escape(tail).replace(r"\ ", r"[ \n]") + r"(?![\w/-])"
        out |= {(m.start(), m.end(), "ADDRESS") for m in re.finditer(pattern, text)}
    return out


# A house number before a street of two or more words ("12 Gerard Doustraat", "voor 26
# Reinier Postlaan?"): the last word carries a street's ending.
_NUMBER_FIRST_LONG_STREET = re.compile(
    r"(?<![\w,.:/'\u20ac-])(?!(?:19|20)\d\d\b)(?P<number>[1-9]\d{0,3}[a-zA-Z]?)[ ]+"
    r"(?:[A-Z][^\W\d_]+[ ]){1,2}(?P<street>[A-Z][^\W\d_]{3,})(?![\w-])"
)


def _number_first_long_streets(text: str) -> set[tuple[int, int, str]]:
    if not any(c.isdigit() for c in text):
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _NUMBER_FIRST_LONG_STREET.finditer(text):
        street = m.group("street").casefold()
        if not lexicon.street_suffix(street) or street in lex.places or is_firm_word(street):
            continue
        if street in lex.dutch_words:
            continue  # "1 Offerte Tijm Catering": a word that only ends like a street
        middle = text[m.end("number") : m.start("street")].split()
        if any(
            w.casefold() in lex.dutch_words and not _listed_or_diminutive(w.casefold(), lex)
            for w in middle
        ):
            continue  # the words before the street are a name's ("Gerard", "Reinier")
        before = text[max(0, m.start() - 14) : m.start()]
        if _NOT_A_HOME_BEFORE.search(before) or _COUNTED_BEFORE.search(before):
            continue
        out.add((m.start(), m.end(), "ADDRESS"))
    return out


# A phone number a chat list cut short after a missed call ("Gemist gesprek - 0591 72 33.",
# OCR's "Gemist aesprek : +31 521"): the digits shown are the number's.
_MISSED_CALL_CUT_NUMBER = re.compile(
    r"(?i:gemist(?:e)?[ ]+\S{0,2}esprek|gemiste[ ]+\S*oproep)[ ]*[-:\u00b7\u2022\u00ab][ ]*"
    r"(?P<number>\+?\(?\d[\d ()-]{2,}\d)(?:\.{1,3}|\u2026)?[ ]*$",
    re.M,
)


def _missed_call_cut_numbers(lines_text: str) -> set[tuple[int, int, str]]:
    if "esprek" not in lines_text and "proep" not in lines_text:
        return set()
    return {
        (m.start("number"), m.end("number"), "PHONE")
        for m in _MISSED_CALL_CUT_NUMBER.finditer(lines_text)
    }


# A neighbour named by a lower-case surname before the verb they are the subject of ("Buurman
# bezem heeft filmpjes"): a name list must know the word as a surname, and it is no verb.
_ROLE_LOWER_SUBJECT = re.compile(
    r"\b(?:[Bb]uurvrouw|[Bb]uurman|[Bb]uren|[Bb]ewoner|[Bb]ewoonster)[ \n]"
    r"(?P<name>[a-z\u00df-\u00ff]{3,})[ \n]"
    r"(?=(?:heeft|had|is|was|zegt|zei|belt|belde|wil|wilde|kan|kon|gaat|ging|komt|kwam|"
    r"woont|meldt|stuurt|vraagt)\b)"
)
# A lower-case surname alone after a preposition, set off before an address found ("stemt voor
# bezem, Schapendrift no 76", "post van kruik, Dorpsstraat 8").
_LOWER_WORD_BEFORE_COMMA = re.compile(
    r"\b(?:voor|van|bij|aan|door|namens)[ \n](?P<name>[a-z\u00df-\u00ff]{3,}),[ \n]+"
)


def _lower_surnames_of_neighbours(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    addresses = [s for s, _e, label in found if label == "ADDRESS"]
    matches = list(_ROLE_LOWER_SUBJECT.finditer(text))
    matches += [
        m
        for m in _LOWER_WORD_BEFORE_COMMA.finditer(text)
        if any(
            m.end() <= a <= m.end() + 30 and not _DIGIT.search(text, m.end(), a) for a in addresses
        )
    ]
    for m in matches:
        low = m.group("name")
        if (
            low not in lex.surnames
            or low in lex.frequent_words
            or low in lex.places
            or low in _MONTH_NAMES
            or _verb_form(low, lex)
        ):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round27_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons (and the homes that name them) round 27 adds before names are established."""
    out = _ellipsis_contacts(lines_text)
    out |= _digit_marked_preview_senders(lines_text)
    out |= _initialled_list_titles(lines_text)
    out |= _bracketed_given_titles(lines_text)
    out |= _voice_note_full_names(text)
    out |= _number_first_long_streets(text)
    out |= _house_numbers_found_again(text, found | out)
    out |= _lower_surnames_of_neighbours(text, found | out)
    return out


def _round27_numbers(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Numbers round 27 adds once every person of the screenshot is found."""
    out = _missed_call_cut_numbers(lines_text)
    out |= _house_numbers_found_again(text, found)
    return out


# --- Round 28 ---------------------------------------------------------------------------------

_MONTH_WORD = (
    r"(?:Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|"
    r"December)"
)
# A first name that is also a month where no date can stand: a chat list's title or a sender
# label with the symbol it was saved with ("Mei » 08:39", OCR's "Mei fe 13:21", "® April }"),
# the one thanked, greeted or asked for ("Dank Juni,", "groet aan Mei!", "vraag naar\nApril.",
# "Komt goed, Juli."), and whom a notice names ("heeft Mei » en X toegevoegd", "en Mei
# toegevoegd").
_MONTH_FIRST_NAME = re.compile(
    rf"^(?:[^\w\s]{{1,3}}[ ]+)?(?P<title>{_MONTH_WORD})[ ]+(?:[^\w\s]{{1,2}}|[a-z]{{1,2}})"
    r"(?:[ ]+\d{1,2}[:.]\d{2})?[ ]*$"
    rf"|(?<![\w-])(?i:dank(?:[ ]je|[ ]u)?|groet(?:en|jes)?[ ]aan|vraag[ ]naar|goed,|hoi|hallo"
    rf"|beste|bedankt)[ \n]+(?P<spoken>{_MONTH_WORD})(?=[ ]*[,.!?]|[ ]*$)"
    rf"|\b(?:heeft|en)[ ]+(?P<notice>{_MONTH_WORD})(?:[ ]+[^\w\s]{{1,2}})?"
    r"(?=[ ]+(?:en[ ]|toegevoegd|verwijderd))"
    # ... and any word a notice adds or removes ("aangemaakt en Rara toegevoegd")
    r"|\b(?:heeft|en)[ ]+(?P<added>[A-Z][a-z\u00df-\u00ff]{2,})(?=[ ]+(?:toegevoegd|verwijderd)\b)",
    re.M,
)


def _month_first_names(lines_text: str, text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for source in (lines_text, text):
        for m in _MONTH_FIRST_NAME.finditer(source):
            group = next(g for g in ("title", "spoken", "notice", "added") if m.group(g))
            out.add((m.start(group), m.end(group), "PERSON"))
    return out


# A month found as a person is that person wherever the screenshot writes it without a date
# around it: no day or year beside it, not after a word that dates ("in juni", "eind mei").
_MONTH_MENTION = re.compile(rf"(?<![\w-]){_MONTH_WORD}(?![\w-])", re.I)
_DATING_BEFORE = re.compile(
    r"(?:\d[ ]?(?:ste|de|e)?|\b(?i:in|begin|eind|medio|half|sinds|vanaf|tot|per|van|t/m|of|en"
    r"|na|voor|rond|midden|heel|deze|vorige|volgende|komende|afgelopen))[ \n]*$"
)
_DATING_AFTER = re.compile(r"^[ \n]*(?:'?\d|[-/])")
# A phone number on the same line ("Juni 06-41234567").
_PHONE_AFTER = re.compile(r"[ ]*(?:\+|0)\d[\d -]{7,}\d")


def _count_or_phone_after(text: str, end: int) -> bool:
    """review43: a number after a month that is none of its days: a count ("Juni 3 weken weg",
    "April 12 jaar") or a phone number."""
    return lexicon.counts_a_noun(text, end) or _PHONE_AFTER.match(text, end) is not None


def _months_found_again(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    months = {
        text[s:e].casefold()
        for s, e, label in found
        if label == "PERSON" and text[s:e].casefold() in _MONTH_NAMES
    }
    months |= {
        text[s : s + len(m)].casefold()
        for s, e, label in found
        if label == "PERSON"
        for m in _MONTH_NAMES
        if text[s : s + len(m) + 1].casefold() == m + " "
    }
    if not months:
        return set()
    out: set[tuple[int, int, str]] = set()
    for m in _MONTH_MENTION.finditer(text):
        if m.group().casefold() not in months or m.group()[0].islower():
            continue
        if _DATING_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _DATING_AFTER.match(text[m.end() : m.end() + 4]) and not _count_or_phone_after(
            text, m.end()
        ):
            continue
        out.add((m.start(), m.end(), "PERSON"))
    return out


# A contact saved as a surname that is an everyday word in lower case, as a chat list's title
# on its own line ("orgel 12:45", or without its time where WhatsApp Web's times fell apart):
# groups and firms are written with a capital, a saved contact in whatever case it was typed.
_LOWER_LIST_TITLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>[a-z][a-z\u00df-\u00ff]{2,14})(?:[ ]+\d{1,2}[:.]\d{2})?[ ]*$",
    re.M,
)


_CHAT_STATUS_WORDS = frozenset({"online", "offline", "typt", "typen", "verbinden"})


def _lower_chat_list_titles(ocr: OcrResult) -> set[tuple[int, int, str]]:
    lines_text = ocr.text
    listed = {w.char_start for w in ocr.words if in_chat_list(w)}
    if not lines_text.startswith("Chats") and not listed:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _LOWER_LIST_TITLE.finditer(lines_text):
        low = m.group("name")
        if listed and m.start("name") not in listed:
            continue  # WhatsApp Web's chat pane beside its list ("online" under the title)
        if _symbol_word(low, lex) or low in _WEEKDAYS or low in _CHAT_STATUS_WORDS:
            continue
        if _organisation_or_place(low, lex) and low not in lex.surnames:
            continue  # ("hoorn": a town, but a surname first of all in a contact's name)
        if low not in lex.dutch_words and low not in lex.surnames and low not in lex.first_names:
            continue  # an OCR fragment ("aten")
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# Around a person found: "fam." before it ("fam. Kidane"), a married name's abbreviation a chat
# list cut after it ("Senait Luit, e.v....", "Rahaf Harp: e.V..."), the other part of a
# slashed double name ("Snaar/Senait", "De Bas/Juni").
_FAMILY_BEFORE = re.compile(r"(?<![\w.])(?i:fam)\.[ \n]+$")
_CUT_MARRIED_AFTER = re.compile(r"^[,:][ ]+(?i:e\.v|geb)\.?(?:\.{1,3}|\u2026)?(?![\w])")
_SLASH_PART_AFTER = re.compile(r"^/((?:[Dd]e[ ]|[Vv]an[ ])?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)")
_SLASH_PART_BEFORE = re.compile(
    r"(?<![\w/])((?:(?:[Dd]e|[Vv]an)[ ])?[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)/$"
)


def _parts_around_persons(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON":
            continue
        if m := _FAMILY_BEFORE.search(text, max(0, start - 10), start):
            out.add((m.start(), end, "PERSON"))
        if m := _CUT_MARRIED_AFTER.match(text[end : end + 12]):
            out.add((end, end + m.end(), "PERSON"))
        if (m := _SLASH_PART_AFTER.match(text[end : end + 30])) and not _organisation_or_place(
            m.group(1), lex
        ):
            out.add((end + m.start(1), end + m.end(1), "PERSON"))
        if (m := _SLASH_PART_BEFORE.search(text, max(0, start - 30), start)) and not (
            _organisation_or_place(m.group(1), lex)
        ):
            out.add((m.start(1), m.end(1), "PERSON"))
    return out


def _round28_persons(
    text: str, ocr: OcrResult, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 28 adds before names are established."""
    out = _month_first_names(ocr.text, text)
    out |= _lower_chat_list_titles(ocr)
    out |= _parts_around_persons(text, found | out)
    return out


def _round28_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 28 adds once every person of the screenshot is found."""
    out = _months_before_surnames(text, found)
    out |= _lower_months_before_persons(text, found)
    out |= _round28_more_persons(text, lines_text, found | out)
    out |= _parts_around_persons(text, found | out)
    out |= _months_found_again(text, found | out)
    return out


def _months_in_dates(
    lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """A month established as a first name, where the screenshot writes it in a date on the
    same line ("tot 3 April 2027"; not "12:30" ending the line above): the date's, no person."""
    out: set[tuple[int, int, str]] = set()
    for s, e, label in found:
        if label != "PERSON" or lines_text[s:e].casefold() not in _MONTH_NAMES:
            continue
        before = lines_text[max(0, s - 6) : s].rsplit("\n", 1)[-1]
        after = lines_text[e : e + 4].split("\n", 1)[0]
        if _DAY_BEFORE.search(before) or (
            _DATING_AFTER.match(after) and not _count_or_phone_after(lines_text, e)
        ):
            out.add((s, e, label))
    return out


# A month in any case right before a person found ("Juni trom (19 09 2009)", "juni snaar"):
# no day before it, so no date.
_ANY_MONTH_BEFORE = re.compile(rf"(?<![\w-])(?i:{_MONTH_WORD})[ \n]+$")


def _lower_months_before_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not (
            m := _ANY_MONTH_BEFORE.search(text, max(0, start - 12), start)
        ):
            continue
        if _PERIOD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        out.add((m.start(), end, "PERSON"))
    return out


_PERIOD_BEFORE = re.compile(
    r"(?:\d[ ]?(?:ste|de|e)?|\b(?i:in|begin|eind|medio|half|sinds|vanaf|tot|per|t/m))[ \n]*$"
)


# A surname that is a word with its initials after a comma ("Harp, H." as a chat list's title
# or in a typing line; "Snaar, A.B."), also cut short by the list ("Harp, H...").
_SURNAME_COMMA_INITIALS = re.compile(
    r"(?<![\w.-])(?P<name>(?:[Dd]e[ ]|[Vv]an[ ](?:de[rn]?[ ])?)?[A-Z][a-z\u00df-\u00ff]{2,}"
    r"(?:-[A-Z][a-z\u00df-\u00ff]+)?,[ ](?:[A-Z]\.){1,3})(?=[ ,]|\.{1,2}|$)",
    re.M,
)
# Initials without dots after a surname found, closing a chat list's title ("Snaar JB",
# "Trom SO 11:12"): a contact saved with them.
_BARE_INITIALS_AFTER = re.compile(
    r"^[ ]([A-Z]{1,3})(?=[ ]*(?:\n|$)|[ ]+\d{1,2}[:.]\d{2}[ ]*(?:\n|$))"
)
_FIRM_FORMS = frozenset({"BV", "NV", "VOF", "CV", "VVE", "BSN", "KVK"})
# Initials and a surname in capitals ("B. O. EL IDRISSI", "K.L. WUBS"), and a title before an
# initial OCR read as a bar ("mevrouw |. Wubs").
_INITIALS_CAPITAL_SURNAME = re.compile(
    r"(?<![\w.])(?:[A-Z]\.[ ]?){1,3}[ ]?(?:(?:EL|AL|VAN|DE|DER|DEN|TER|TEN)[ ]){0,2}"
    r"[A-Z]{3,}(?:-[A-Z]{2,})?(?![\w.-])"
    r"|(?<![\w])(?i:mevrouw|meneer|dhr|mevr|mw)\.?[ ]+[|!l]\.[ ]?[A-Z][^\W\d_]+"
)
# A first name that is a word right before a surname found, after a preposition or thanks
# ("Dank Bloes Luit", "voor Eik Kassab").
_WORD_BEFORE_FOUND = re.compile(
    r"(?<![\w-])(?i:dank(?:[ ]je|[ ]u)?|groet(?:en)?[ ]aan|voor|van|bij|met|namens|door|naar)"
    r"[ ]+(?P<word>[A-Z][a-z\u00df-\u00ff]{2,})[ ]$"
)
# A number cut short after "tel" in a chat list's preview ("Geb. 11 april '15, tel 038 ...").
_CUT_NUMBER_AFTER_TEL = re.compile(
    r"\b(?i:tel|telefoon|tel\.)[.:]?[ ]+(?P<number>\+?\(?\d[\d ()-]{1,}\d\)?\d*)[ ]*(?:\.{1,3}|\u2026)"
    r"[ ]*$",
    re.M,
)
_EMAIL_OF_NAMES = re.compile(
    r"(?<![\w.@-])(?P<email>[a-z][\w.-]{0,30}@(?P<domain>[a-z]{6,40})(?:\.[a-z-]+)+)"
)


def _round28_more_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for source in (lines_text, text):
        for m in _SURNAME_COMMA_INITIALS.finditer(source):
            surname = m.group("name").split(",")[0].split()[-1]
            if _organisation_or_place(surname, lex) or surname.casefold() in lex.frequent_words:
                continue
            out.add((m.start("name"), m.end("name"), "PERSON"))
            # ... and that surname wherever a line opens with a name before it ("Haftom Harp,
            # e.v...")
            again = (
                rf"(?:^|(?<=\n))(?:[A-Z][a-z\u00df-\u00ff]{{2,}}[ ])?{re.escape(surname)}(?=[,:]|$)"
            )
            for n in re.finditer(again, lines_text, re.M):
                first = n.group().split()[0]
                if first == surname or not _organisation_or_place(first, lex):
                    out.add((n.start(), n.end(), "PERSON"))
        for m in _INITIALS_CAPITAL_SURNAME.finditer(source):
            last = m.group().split()[-1].split(".")[-1]
            if last in _FIRM_FORMS or _organisation_or_place(last, lex):
                continue
            out.add((m.start(), m.end(), "PERSON"))
    for start, end, label in found | out:
        if label != "PERSON":
            continue
        if (m := _BARE_INITIALS_AFTER.match(lines_text[end : end + 16])) and m.group(
            1
        ) not in _FIRM_FORMS:
            out.add((end + m.start(1), end + m.end(1), "PERSON"))
        if m := _WORD_BEFORE_FOUND.search(text, max(0, start - 30), start):
            word = m.group("word")
            low = word.casefold()
            if not (
                _organisation_or_place(word, lex)
                or low in lex.frequent_words
                or is_company_cue(low)
                or _firm_word(word)
                or _is_title_word(low)
            ):
                out.add((m.start("word"), end, "PERSON"))
    return out


def _is_title_word(low: str) -> bool:
    return low.rstrip(".") in {"dhr", "mevr", "mw", "mevrouw", "meneer", "de", "heer", "fam"}


def _round28_numbers(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out = {
        (m.start("number"), m.end("number"), "PHONE")
        for m in _CUT_NUMBER_AFTER_TEL.finditer(lines_text)
    }
    # An e-mail address at a domain made of two names of the screenshot's persons
    # ("info@jansenpiet.nl"): a person's own, whatever its box is called.
    parts = {
        p.casefold()
        for s, e, label in found
        if label == "PERSON"
        for p in _NAME_PART.findall(text[s:e])
        if len(p) >= 3
    }
    if len(parts) >= 2 and "@" in text:
        for m in _EMAIL_OF_NAMES.finditer(text):
            local = m.group("domain")
            if any(
                local.startswith(a) and local[len(a) :] in parts and a != local[len(a) :]
                for a in parts
            ):
                out.add((m.start("email"), m.end("email"), "EMAIL"))
    return out


# --- Round 30 (blind23) -----------------------------------------------------------------------

# An adder notice whose verb wrapped onto a line of its own ("Eva Dekker heeft Tarwe & en Ali
# Smit" / "toegevoegd"): the lines are read as one (the newline becomes a space, offsets stay).
_WRAPPED_NOTICE_VERB = re.compile(r"\n(?=(?:toegevoegd|verwijderd)[ ]*(?:\n|$))")
_ADDER_LINE = re.compile(
    r"^(?P<who>[^\W\d_][\w'\u2019.-]*(?:[ ]+[^\W\d_][\w'\u2019.-]*){0,3}?)[ ]+heeft[ ]+"
    r"(?P<list>[^\n]+?)[ ]+(?:toegevoegd|verwijderd)[ ]*$",
    re.M,
)
# The marks OCR makes of the emoji a contact was saved with ("Tarwe &", "Storm @").
_EMOJI_MARKS = re.compile(r"[ ]+[^\w\s,]{1,3}(?=[ ]|$)")
_LISTED_NAME = re.compile(r"[^\W\d_][\w'\u2019.-]*(?:[ ]+[^\W\d_][\w'\u2019.-]*){0,3}")


def _wrapped_notice_members(lines_text: str) -> set[tuple[int, int, str]]:
    """Who added whom in a notice whose "toegevoegd" wrapped, or one listing a contact saved
    with an emoji (round 33: "heeft Bram * en Ane Condori toegevoegd"): persons, also everyday
    words and places' names."""
    if "toegevoegd" not in lines_text and "verwijderd" not in lines_text:
        return set()
    joined = _WRAPPED_NOTICE_VERB.sub(" ", lines_text)
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ADDER_LINE.finditer(joined):
        items = [(m.start("who"), m.group("who"))]
        start = m.start("list")
        listed = _EMOJI_MARKS.sub(lambda x: " " * len(x.group()), m.group("list"))
        for piece in re.finditer(r"[^,]+", re.sub(r"[ ]en[ ]", ",,,,", listed)):
            word = _LISTED_NAME.search(piece.group())
            if word is not None:
                items.append((start + piece.start() + word.start(), word.group()))
        for at, name in items:
            words = name.casefold().split()
            if (
                words[0] in _NOT_NOTICE_NAMES | _NOT_LINE_NOTICE_NAMES | _ORGANISATION_WORDS
                or organisation_pattern().search(name)
                or (name[0].islower() and not _lower_listed_contact(words[0], lex))
            ):
                continue
            out.add((at, at + len(name), "PERSON"))
    return out


# A capitalised word greeted or thanked with an exclamation mark right after it ("Dank Olm!",
# "Leuk Tsehay!"): the one addressed, also a word no list knows as a name.
_GREETED_NAME = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ]))(?P<greet>Dank|Bedankt|Leuk|Top|Hoi|Hallo|Hey|Hee|Dag|Fijn|"
    r"Super|Welkom|Gefeliciteerd|Proficiat|Sterkte|Succes)[ ]+"
    r"(?P<name>[A-Z\u00c0-\u00de][^\W\d_]{1,}(?:-[A-Z][^\W\d_]+)?)"
    # Round 32: or thanked with a comma after the name, the message going on ("Dank Jans,
    # Cafe De Kroes vist hem op").
    r"(?=!|,[ ])"
)
# Whom or what a greeting names other than a person ("Dag Allemaal!", "Leuk Nieuws!").
_GREETING_OBJECTS = lexicon.words(
    """allemaal iedereen allen samen nieuws werk gedaan zo hoor jongens dames heren mensen
    buren buurt collega collega's team weekend morgen vandaag avond middag dag idee plan
    zeg joh hoi"""
)
# A first name after a comma closing a message ("Staat in zaak Z-2026-0456, Storm."): the one
# addressed, also where the name is an everyday word.
_FIRST_NAME_CLOSING = re.compile(
    r"(?<=[\w)],[ ])(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})"
    # (round 32: also before a time OCR read without its colon, "Chanthou.\n11526")
    r"(?=[.!?]?[ ]*(?:\d{1,2}[:.]\d{2}[ ]*|\d{3,5}[ ]*)?(?:\n|$))"
)


def _addressed_names(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _GREETED_NAME.finditer(text):
        word = m.group("name")
        low = word.casefold()
        if text[m.end() : m.end() + 1] == "," and (
            m.group("greet") not in ("Dank", "Bedankt")
            or (low in lex.dutch_words and low not in lex.first_names)
            or lexicon.is_compound(low)
        ):
            continue
        if not (
            low in lex.frequent_words
            or low in _GREETING_OBJECTS
            or low in _ORGANISATION_WORDS
            or _organisation_or_place(word, lex)
            or is_firm_word(low)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _FIRST_NAME_CLOSING.finditer(text):
        word = m.group("name")
        low = word.casefold()
        if (
            # Round 32: also a name no list knows ("Meer op meppel.nl/kermis,\nChanthou.")
            (low in lex.first_names or _unknown_word(word, lex))
            and low not in lex.frequent_words
            and low not in _MONTH_NAMES
            and not _organisation_or_place(word, lex)
            and lexicon.street_suffix(low) is None
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


_PARTICLE_PATTERN = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Hh]et|'t)"
# A chat list's title: a word with the emoji it was saved with, read as a lone accented letter
# ("Klaproos à 10:46"), and a name the list cut right after a tussenvoegsel ("“ Saffier Ter
# 11:57"); a group chat's preview opening with its sender, a name with a tussenvoegsel ("Koraal
# de Valk: ik kom wel...").
_ACCENT_MARKED_TITLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ]+[\u00c0-\u00ff]"
    r"(?=[ ]+\d{1,2}[:.]\d{2}[ ]*$)",
    re.M,
)
_TITLE_CUT_AT_PARTICLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>(?P<first>[A-Z][a-z\u00df-\u00ff]{2,})"
    rf"(?:[ ]+{_PARTICLE_PATTERN})+)(?=[ ]+\d{{1,2}}[:.]\d{{2}}[ ]*$)",
    re.M,
)
_PARTICLE_PREVIEW_SENDER = re.compile(
    rf"^(?P<name>(?P<first>[A-Z][a-z\u00df-\u00ff]{{2,}})(?:[ ]+{_PARTICLE_PATTERN})+"
    r"[ ]+[A-Z][a-z\u00df-\u00ff]{2,}):[ ]",
    re.M,
)


def _round30_list_titles(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for pattern in (_ACCENT_MARKED_TITLE, _TITLE_CUT_AT_PARTICLE, _PARTICLE_PREVIEW_SENDER):
        for m in pattern.finditer(lines_text):
            first = m.group("name").split()[0]
            low = first.casefold()
            if (
                low in lex.frequent_words
                or low in _ORGANISATION_WORDS
                or _organisation_or_place(first, lex)
                or is_firm_word(low)
                or _firm_word(first)
            ):
                continue
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A contact card's file name is the contact's ("Contact Tsehay.vcf"); a voice note named after
# a surname with "oude" or a tussenvoegsel ("Spraakmemo lies oude\nmarkink.m4a").
_CONTACT_CARD_FILE = re.compile(
    r"\b(?i:contact)[ \n]+(?P<name>[^\W\d_][\w'\u2019-]*(?:[ \n]+[^\W\d_][\w'\u2019-]*){0,3})"
    # ... OCR reads "vcf" as "vef" too
    r"\.(?i:v[ce]f)\b"
)
_VOICE_NOTE_FILE = re.compile(
    r"\b(?i:spraakmemo|spraakbericht|audio|opname)[ \n]+(?P<name>(?P<first>[^\W\d_]{2,})"
    r"(?:[ \n]+(?:oude|van|de|der|den|ter|ten|te|in|het|'t))+[ \n]+(?P<last>[^\W\d_]{2,}))"
    r"\.(?i:m4a|opus|ogg|mp3|aac|wav)\b"
)


def _round30_file_names(text: str) -> set[tuple[int, int, str]]:
    if "." not in text:
        return set()
    lex = lexicon.load()
    out = {(m.start("name"), m.end("name"), "PERSON") for m in _CONTACT_CARD_FILE.finditer(text)}
    for m in _VOICE_NOTE_FILE.finditer(text):
        if not any(
            _organisation_or_place(w, lex) or w.casefold() in lex.frequent_words
            for w in (m.group("first"), m.group("last"))
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round30_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 30 adds before names are established."""
    out = _wrapped_notice_members(lines_text)
    out |= _addressed_names(text)
    out |= _round30_list_titles(lines_text)
    out |= _round30_file_names(text)
    out |= _contact_card_lines(lines_text)
    out |= _capital_surnames_with_bare_initials(text)
    return out


# Two persons sharing a surname ("Kiki en Mare Bos"): the "en" between a person and a full name
# is blacked with them, as the given name before it belongs to the surname after it.
_EN_BETWEEN = re.compile(r"[ \n]en[ \n]")
# A lower-case word after a person and "en" ("bij Johan en valk,"): a name list's surname is the
# second person, saved or written in lower case.
_LOWER_AFTER_EN = re.compile(
    r"^[ \n]en[ \n](?P<word>[a-z][a-z\u00df-\u00ff]{2,})(?=[ \n]*[,.;:!?)])"
)
# A widow's or a married name after a person found, wrapped onto the next line ("Ina Bos\nwed.
# De Vries", a contact's header).
_MARRIED_AFTER = re.compile(
    r"^[ \n](?:geb|e\.v|wed)\.[ \n]+(?:(?:De|Van|de|van|Ter|Ten|Den)[ ](?:de[rn]?[ ])?)?"
    r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
)
# A house number right after "<person> op" ("bij Senait op 97 II;", "bij Jan op / 124
# (garage);"), closing the clause: that person's home; "met Jan op 3 juli" is a date.
_HOUSE_NUMBER_AFTER_PERSON = re.compile(
    r"^[ \n]op[ \n]+(?P<number>[1-9]\d{0,3}(?:[a-zA-Z](?![\w])|[ ](?:I{1,3}|Il|lI|ll|IV|hs|bg|bv)"
    r"(?![\w])|[ ]\((?i:garage|schuur|zijdeur|achterdeur|achterom|boven|beneden|souterrain)\))?)"
    # ... a dot before a digit is a date's ("op / 28.12 om 8.10u")
    r"(?=[ \n]*[,;:!?)]|[ \n]*\.(?!\d)|[ ]*(?:\n|$))"
)
# "familie" before a person found is blacked with the name, as "fam." is ("familie García...").
_FAMILY_WORD_BEFORE = re.compile(r"(?<![\w.])(?i:familie)[ \n]+$")
# A capitalised word and a capital tussenvoegsel before a surname found ("Ouafa De Saffier").
_WORD_AND_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'-])(?P<word>[A-Z][a-z\u00df-\u00ff]{2,})[ ](?:De|Van|Van[ ]de[rn]?|Ter|Ten)[ ]$"
)


def _round30_late(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Persons round 30 adds once every person of the screenshot is found."""
    lex = lexicon.load()
    persons = sorted((s, e) for s, e, label in found if label == "PERSON")
    starts = dict(persons)
    out: set[tuple[int, int, str]] = set()
    for start, end in persons:
        after = text[end : end + 40]
        if (
            (m := _EN_BETWEEN.match(after))
            and (other := starts.get(end + m.end())) is not None
            and " " in text[end + m.end() : other].strip()
        ):
            out.add((end, end + m.end(), "PERSON"))
        if m := _MARRIED_AFTER.match(after):
            out.add((start, end + m.end(), "PERSON"))
        if m := _FAMILY_WORD_BEFORE.search(text, max(0, start - 10), start):
            out.add((m.start(), end, "PERSON"))
        if m := _HOUSE_NUMBER_AFTER_PERSON.match(after):
            out.add((end + m.start("number"), end + m.end("number"), "ADDRESS"))
        if (m := _LOWER_AFTER_EN.match(after)) and m.group("word") in lex.surnames:
            out.add((end + m.start("word"), end + m.end("word"), "PERSON"))
        if m := _WORD_AND_PARTICLE_BEFORE.search(text, max(0, start - 30), start):
            word = m.group("word")
            low = word.casefold()
            if not (
                low in lex.frequent_words
                or _organisation_or_place(word, lex)
                or is_firm_word(low)
                or _firm_word(word)
                or _is_title_word(low)
            ):
                out.add((m.start("word"), end, "PERSON"))
    return out


# A house number with a toevoeging after "bij" ("op de stoep bij 47/3", "bij 8 (achterom)", "bij
# 61 1e etage"): an address; a bare number there may be anything ("bij 12 graden").
_HOUSE_NUMBER_AFTER_BIJ = re.compile(
    r"\b(?i:bij|naast|tegenover)[ \n]+(?P<number>[1-9]\d{0,3}(?:/\d{1,3}(?![\d/])"
    r"|[ ]\((?i:zijdeur|achterdeur|voordeur|achterom|achteringang|zijingang|boven|beneden|"
    r"souterrain)\)|[ ](?:[1-9]|l|I)(?:e|ste|de)[ \n](?i:etage|verdieping)))(?=[ \n]*[,.;:!?)]|[ \n]*$)"
)
# A postcode with a dash OCR set apart ("7948 -KL", "7948- KL"), capitals after it.
_SPACED_DASH_POSTCODE = re.compile(
    r"(?<![\w-])[1-9]\d{3}(?:[ ][-\u2013][ ]?|[-\u2013][ ])[A-Z]{2}(?![\w-])"
)
# The caller's number of a missed call, cut short in a chat list's preview ("Gemist
# spraakgesprek - 050....").
_MISSED_CALL_NUMBER = re.compile(
    r"\b(?i:gemist(?:e)?[ ](?:spraak|video|groeps)?-?(?:gesprek|oproep))[ ]*[-:\u2013]?[ ]*"
    r"(?P<number>\+?\(?0\d[\d ()./-]{0,14}\d)"
)


# A plate after a vehicle with a vowel in it ("Camper AXPF49"): Dutch plates carry no vowels, so
# an A, O or I there is OCR's reading of a 4, 0 or 1.
_PLATE_WITH_VOWEL = re.compile(
    r"(?<![\w-])(?=[A-Z0-9-]*[AOI])(?=[A-Z0-9-]*\d)[A-Z0-9]{1,3}-?[A-Z0-9]{1,3}-?[A-Z0-9]{1,3}(?![\w-])"
)
_PLATE_VOWEL_DIGITS = str.maketrans("AOI", "401")


def _plates_with_vowels(text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _PLATE_WITH_VOWEL.finditer(text):
        if not after_vehicle_cue(text, m.start()):
            continue
        repaired = m.group().translate(_PLATE_VOWEL_DIGITS)
        if any(
            s.label == "LICENSE_PLATE" and (s.start, s.end) == (0, len(repaired))
            for s in find_postcodes_and_plates(repaired)
        ) or any(
            s.label == "LICENSE_PLATE"
            for s in find_postcodes_and_plates(text[: m.start()] + repaired)
            if (s.start, s.end) == (m.start(), m.end())
        ):
            out.add((m.start(), m.end(), "LICENSE_PLATE"))
    return out


def _round30_numbers(text: str, lines_text: str) -> set[tuple[int, int, str]]:
    out = _plates_with_vowels(text)
    out |= {
        (m.start("number"), m.end("number"), "ADDRESS")
        for m in _HOUSE_NUMBER_AFTER_BIJ.finditer(text)
    }
    out |= {(m.start(), m.end(), "POSTCODE") for m in _SPACED_DASH_POSTCODE.finditer(text)}
    out |= {
        (m.start("number"), m.end("number"), "PHONE")
        for m in _MISSED_CALL_NUMBER.finditer(lines_text)
    }
    return out


# --- Round 31 (blind24) -----------------------------------------------------------------------

# A contact card shared in a chat, its file name on a line of its own ("Pip Zalm.vcf", "N Pip
# Zalm.vcf" with the card's icon read as a letter; OCR reads "vcf" as "vef" too): the contact's
# name, unless a word of it is an organisation's or a place's ("Gemeente Meppel.vcf").
_CONTACT_CARD_LINE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]|[A-Za-z][ ](?=[A-Z]\S*[ ]))?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:[ ][^\W\d_][\w'\u2019.-]*){0,3})\.(?i:v[ce]f)[ ]*$",
    re.M,
)


def _contact_card_lines(lines_text: str) -> set[tuple[int, int, str]]:
    if ".v" not in lines_text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _CONTACT_CARD_LINE.finditer(lines_text):
        words = m.group("name").split(" ")
        if any(
            _organisation_or_place(w, lex) or _firm_word(w)
            for w in words
            if w[:1].isupper() and w.casefold() not in _PARTICLE_WORDS
        ):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A surname in capitals before two or three initials without dots ("ESSOMBA HH,", "aanvrager
# KRANJC PB", a chat list's "HOXHA SB 12:21"): as `_CAPITAL_SURNAME_INITIALS`, the initials
# written together.
_CAPITAL_SURNAME_BARE_INITIALS = re.compile(
    r"(?<![\w'\u2019-])([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019]{2,}(?:-[A-Z\u00c0-\u00de]{2,})?)"
    r"[ ]([A-Z]{2,3})(?![\w'\u2019.-])(?![ ]+[A-Z\u00c0-\u00de]{2,})"
)


_NOT_BARE_INITIALS = frozenset({"BV", "NV", "VOF", "CV", "EU", "NL", "HR", "ICT", "GGD", "KVK"})


def _capital_surnames_with_bare_initials(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _CAPITAL_SURNAME_BARE_INITIALS.finditer(text):
        surname = match.group(1)
        low = surname.casefold()
        if (
            low in lex.not_names
            or low in _ORGANISATION_WORDS
            or low in _INSTITUTION_ABBREVIATIONS
            or organisation_pattern().search(surname)
            or not _VOWEL.search(surname)
            # a word ("HET", "EEN") or a firm's form ("BAKKER BV"), not initials
            or match.group(2).casefold() in lex.dutch_words
            or match.group(2).casefold() in lex.not_names
            or match.group(2) in _NOT_BARE_INITIALS
            or organisation_pattern().search(match.group())
        ):
            continue
        if low in lex.surnames or (low not in lex.dutch_words and low not in lex.places):
            out.add((match.start(1), match.end(2), "PERSON"))
    return out


# Round 32: whom a person speaks, calls or mails, before when ("De kermismeester spreekt kroes
# vanavond", "spreekt de zeeuw vanavond", "spreekt Hinde maandag aan"): Dutch puts no noun
# there without an article, so a listed surname in lower case (with "de" one no dictionary
# knows as a word) or a capitalised word mid-sentence is the person; no pronoun, role, place,
# organisation or firm ("belt de buurman morgen", "belt Meppel morgen").
_CONTACT_VERB_OBJECT = re.compile(
    r"(?<![\w-])(?:spreekt|sprak|spreken|belt|belde|bellen|mailt|mailde|appt|appte|bezoekt|"
    r"bezocht|ontmoet|ontmoette|informeert|informeerde)[ \n]+"
    r"(?P<name>(?:(?:de|van|der|den|ten|ter|van[ ]de|van[ ]der)[ \n]+)?"
    r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?)"
    r"(?=[ \n]+(?:vanavond|vanmiddag|vanochtend|vannacht|vandaag|morgen|morgenochtend|"
    rf"morgenmiddag|overmorgen|straks|later|{'|'.join(_WEEKDAY_NAMES)}|"
    r"volgende|deze|om[ ]+\d|in[ ]+week|aan[ ]+(?:op|bij|in|over)\b)\b)"
)
_NOT_CONTACT_OBJECTS = frozenset(
    {"hem", "haar", "ze", "zij", "hen", "hun", "je", "jou", "jullie", "u", "ons", "mij", "me",
     "iedereen", "niemand", "iemand", "allen", "alle", "beide", "elkaar", "terug", "even", "nog",
     "er", "het", "dat", "dit", "die", "wie", "niet", "ook", "al"}
)  # fmt: skip


def _objects_of_contact_verbs(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _CONTACT_VERB_OBJECT.finditer(text):
        words = match.group("name").split()
        word = words[-1]
        low = word.casefold()
        if (
            low in _NOT_CONTACT_OBJECTS
            or low in PERSON_CUE_WORDS
            or low in _ROLE_CUE_WORDS_LOW
            or low in _ORGANISATION_WORDS
            or low in _WEEKDAYS
            or low in _MONTH_NAMES
        ):
            continue
        if word[0].isupper():
            named = _plain_name_word(word, lex) and (
                low not in lex.dutch_words
                or low in lex.surnames
                or low in lex.first_names
                or len(words) == 1
            )
        elif len(words) > 1:
            named = low in lex.surnames and low not in lex.dutch_words
        else:
            named = low in lex.surnames and low not in lex.frequent_words
        if named:
            out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


_ROLE_CUE_WORDS_LOW = frozenset(w.casefold() for w in _ROLE_WORDS.replace("\\.", "").split("|"))


# Round 32: a capitalised word no word list knows, opening a sentence or clause before a verb
# ("Polleke filmt, 06 ...", "Thou filmt", "Sokha en Hinde nemen getuigen mee"): the subject
# doing something is a person; a second capitalised word joined by "en" before a plural verb
# is one too, also an everyday word.
_UNKNOWN_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?;:][ ])|(?<=\n))(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?:[ \n]+en[ \n]+(?P<second>[A-Z][a-z\u00df-\u00ff]{2,}))?[ \n]+(?P<verb>[a-z]{2,})\b",
    re.M,
)
_IRREGULAR_VERBS = frozenset(
    {"is", "heeft", "weet", "staat", "gaat", "komt", "kan", "wil", "zit", "zal", "mag", "moet",
     "ziet", "doet", "was", "had", "zegt", "zei", "belde", "vroeg", "woont"}
)  # fmt: skip


# Round 32b: apps and shops that send messages or payment requests ("Tikkie stuurt je een
# verzoek", "Vinted meldt"): brands the word lists lack, read alone as a name: no person.
_APP_BRANDS = frozenset(
    {"tikkie", "vinted", "marktplaats", "paypal", "klarna", "picnic", "thuisbezorgd", "zalando",
     "wehkamp", "coolblue", "airbnb", "tinder", "temu", "shein", "netflix", "spotify", "outlook",
     "gmail", "hotmail", "instagram", "facebook", "tiktok", "snapchat", "telegram", "whatsapp",
     "postnl", "bunq", "knab", "revolut", "deliveroo", "lidl", "aldi", "hema", "kruidvat", "etos",
     "blokker", "karwei"}
)  # fmt: skip


def _misread_compound(low: str, lex: lexicon.Lexicon) -> bool:
    """Round 32b: 'woonconecern' for 'woonconcern': a dictionary word of four letters or more,
    then one OCR slip (a letter inserted, dropped or misread) away from another of five or more;
    no listed name ('Kruisselbrink')."""
    if len(low) < 9 or low in lex.first_names or low in lex.surnames:
        return False
    dutch = lex.dutch_words
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(4, len(low) - 4):
        head, tail = low[:i], low[i:]
        if head not in dutch:
            continue
        for j in range(len(tail)):
            if tail[:j] + tail[j + 1 :] in dutch and len(tail) > 5:
                return True
            if any(tail[:j] + c + tail[j + 1 :] in dutch for c in letters if c != tail[j]):
                return True
            if any(tail[:j] + c + tail[j:] in dutch for c in letters):
                return True
    return False


def _unknown_word(word: str, lex: lexicon.Lexicon) -> bool:
    low = word.casefold()
    return (
        low not in _APP_BRANDS
        and not _misread_compound(low, lex)
        and low not in lex.dutch_words
        and low not in lex.frequent_words
        and low not in lex.not_names
        and low not in lex.places
        and _plain_name_word(word, lex)
        and not _organisation_or_place(word, lex)
        and not lexicon.is_compound(low)
    )


def _unknown_subjects_of_verbs(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _UNKNOWN_SUBJECT.finditer(text):
        if not _unknown_word(match.group("name"), lex):
            continue
        verb = match.group("verb")
        second = match.group("second")
        if second is None:
            if not (verb in _IRREGULAR_VERBS or _verb_form(verb, lex)):
                continue
        elif not (verb.endswith("en") and verb in lex.dutch_words):
            continue
        out.add((match.start("name"), match.end("name"), "PERSON"))
        if second is not None and _word_can_be_given_name(second, lex):
            out.add((match.start("second"), match.end("second"), "PERSON"))
    return out


# Round 32: an appointment named after whom it is with, then when ("Gesprek Djamila in week 27
# om 11:50u", "Gesprek Roef 21 juli a.s. om 15.20 uur", "Intake Mees op 3 mei"): the capitalised
# word between is the person; no organisation, place, firm, compound noun or month.
_APPOINTMENT_PERSON = re.compile(
    r"(?<![\w-])(?:[Gg]esprek|[Aa]fspraak|[Ii]ntake|[Hh]uisbezoek|[Kk]eukentafelgesprek|"
    r"[Ii]ntakegesprek|[Bb]ezoek)[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?=[ \n]+(?:\d|in[ \n]+week\b|op[ \n]+\d|om[ \n]+\d|morgen\b|vandaag\b|volgende\b|"
    rf"{'|'.join(_WEEKDAY_NAMES)}))"
)


def _appointment_persons(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _APPOINTMENT_PERSON.finditer(text):
        word = match.group("name")
        low = word.casefold()
        if (
            not _plain_name_word(word, lex)
            or low in lex.not_names
            or low in _ORGANISATION_WORDS
            or lexicon.is_compound(low)
            or is_company_cue(low)
        ):
            continue
        out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


# Round 32: a voice memo named after its speaker, in any case and without "van" ("Spraakmemo pol
# stroop.m4a", "Spraakbericht Mees de Vink.opus"): every word a name list's or no dictionary's
# (no "Spraakmemo vergadering.m4a"), no organisation or place.
_RECORDING_NAMED = re.compile(
    r"\b(?i:spraakbericht|spraakmemo|spraakopname|audio|opname|voicemail|memo)[ _]+"
    r"(?:(?i:van)[ _]+)?(?P<name>[^\W\d_]{2,}(?:[ _]+(?:van|de|der|den|ten|ter|te|van[ _]de))?"
    r"(?:[ _]+[^\W\d_]{2,}){0,2})\.(?i:opus|m4a|ogg|mp3|aac|wav|amr)\b"
)
_NAME_FILLER_WORDS = frozenset({"van", "de", "der", "den", "ten", "ter", "te"})


def _recordings_named_after_people(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _RECORDING_NAMED.finditer(text):
        words = [w for w in re.split(r"[ _]+", match.group("name")) if w]
        parts = [w for w in words if w.casefold() not in _NAME_FILLER_WORDS]
        if len(parts) < 2 and not parts[0].islower():
            continue  # one capitalised name: `_RECORDING_OF` and the mentions take it
        if all(
            (
                w.casefold() in lex.first_names
                or w.casefold() in lex.surnames
                or w.casefold() not in lex.dutch_words
            )
            and w.casefold() not in lex.frequent_words
            and w.casefold() not in _ORGANISATION_WORDS
            and not (
                _organisation_or_place(w.capitalize(), lex)
                and w.casefold() not in lex.surnames
                and w.casefold() not in lex.first_names
            )
            for w in parts
        ):
            out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


# Round 32: two or three initials written together before a surname in capitals, alone on an
# OCR line or before a time (a chat list's "HR TRABELSI 11:08", a sender label "IJ BREDIUS"):
# the surname a name list's or no dictionary's word, no institution's abbreviation first.
_BARE_INITIALS_BEFORE_CAPITALS = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+|[A-Za-z][ ]+(?=[A-Z]{2,3}[ ]))?"
    r"(?P<name>[A-Z]{2,3}[ ](?:(?:VAN|DE|DER|DEN|TER|TEN)[ ])*"
    r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019]{2,}(?:-[A-Z\u00c0-\u00de]{2,})?)"
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}[ ]*$)",
    re.M,
)


def _initials_before_capital_surnames(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _BARE_INITIALS_BEFORE_CAPITALS.finditer(lines_text):
        initials, *rest = match.group("name").split(" ")
        surname = rest[-1]
        low = surname.casefold()
        if (
            initials.casefold() in _INSTITUTION_ABBREVIATIONS
            or initials in ("BV", "NV", "CV", "EU", "NL", "ICT", "GGD", "KVK", "VVE", "BSN")
            or (initials.casefold() in lex.dutch_words and initials != "IJ")
            or low in lex.not_names
            or low in _ORGANISATION_WORDS
            or organisation_pattern().search(match.group("name"))
            or not _VOWEL.search(surname)
            or _organisation_or_place(surname.capitalize(), lex)
        ):
            continue
        if (low in lex.surnames and low not in lex.frequent_words) or low not in lex.dutch_words:
            out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


# Round 32: a chat list's title in capitals the list cut short ("⚑ KRAAG... 13:00", the flag
# read as letters): a contact saved surname first in capitals; a listed surname or a word no
# dictionary knows, no organisation, place or firm ("GEMEENTE... 09:14").
_CAPITAL_TITLE_CUT = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+|[A-Za-z]{1,2}[ ]+)?(?P<name>[A-Z\u00c0-\u00de]{3,}(?:-[A-Z]{2,})?)"
    r"(?:\.{2,}|\u2026)[ ]+\d{1,2}[:.]\d{2}[ ]*$",
    re.M,
)


def _capital_titles_cut_short(lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _CAPITAL_TITLE_CUT.finditer(lines_text):
        word = match.group("name")
        low = word.casefold()
        if (
            low in lex.not_names
            or low in _ORGANISATION_WORDS
            or low in _INSTITUTION_ABBREVIATIONS
            or is_company_cue(low)
            or _firm_word(word.capitalize())
            or _organisation_or_place(word.capitalize(), lex)
            or not _VOWEL.search(word)
        ):
            continue
        if (low in lex.surnames and low not in lex.frequent_words) or low not in lex.dutch_words:
            out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


# Round 32: a listed surname in lower case right after a name found as a person, before a
# comma or a sentence's end ("penning met hinde wortel,", "meldt Hinde\nwortel."): the
# person's surname, also an everyday word.
_LOWER_WORD_CLOSING = re.compile(r"[ ]+([a-z][^\W\d_]{2,})(?=[,.;:!?)]|[ ]*$)", re.M)


def _lower_surnames_after_names(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not _NAME_PART.fullmatch(text, start, end):
            continue
        match = _LOWER_WORD_CLOSING.match(text, end)
        if match is None:
            continue
        low = match.group(1)
        if (
            low in lex.surnames
            and low not in lex.frequent_words
            and low not in lex.not_names
            and low not in lexicon.PARTICLES
            and low not in _NOT_CONTACT_OBJECTS
        ):
            out.add((start, match.end(1), "PERSON"))
    return out


# Round 32: a listed surname opening a sentence before a verb only people do ("Wortel weet
# ervan, hoor.", "Kraag zegt ..."): the person, also where the surname is an everyday word.
_SURNAME_BEFORE_SPEAKER_VERB = re.compile(
    r"(?:^|(?<=[.!?][ ])|(?<=\n))(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ]+"
    r"(?:zegt|zei|weet|wist|vindt|vond|denkt|dacht|vraagt|vroeg|klaagt|klaagde|appt|appte)\b",
    re.M,
)


def _surnames_before_speaker_verbs(text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _SURNAME_BEFORE_SPEAKER_VERB.finditer(text):
        word = match.group("name")
        low = word.casefold()
        if (
            low in lex.surnames
            and low not in lex.frequent_words
            and low not in lex.not_names
            and low not in _ORGANISATION_WORDS
            and _plain_name_word(word, lex)
        ):
            out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


# Round 32: a name in lower case with "ten"/"ter" closing a clause ("het lijkt roef ten dam."):
# "ten" before a listed surname and a punctuation mark is a tussenvoegsel, no "ten noorden"
# (no surname) nor "ten slotte"; the word before no frequent word or verb.
_LOWER_TEN_NAME = re.compile(
    r"(?<![\w-])(?P<name>[a-z][^\W\d_]{2,}[ \n]+te[nr][ \n]+(?P<last>[a-z][^\W\d_]{2,}))"
    r"(?=[,.;:!?)]|[ ]*$)",
    re.M,
)


def _lower_names_with_ten(text: str) -> set[tuple[int, int, str]]:
    if " te" not in text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for match in _LOWER_TEN_NAME.finditer(text):
        first = match.group("name").split()[0]
        last = match.group("last")
        if (
            last in lex.surnames
            and last not in lex.frequent_words
            and first not in lex.frequent_words
            and not _verb_form(first, lex)
            and first not in lexicon.PARTICLES
        ):
            out.add((match.start("name"), match.end("name"), "PERSON"))
    return out


def _opens_with_business_kind(text: str, start: int, end: int) -> bool:
    """Round 32: a span the detector read as a name that opens with a business's kind and goes
    on ("namens Molen De Wiek", "Dierenopvang De Wissel"): the business's name, which stays."""
    words = text[start:end].split()
    if not words or (len(words) < 2 and _NEXT_WORD.match(text, end) is None):
        return False
    low = words[0].casefold()
    return _BUSINESS_PLACE.search(low) is not None or is_company_cue(low) or _round36_trade(low)


# --- Round 33 (blind26) -----------------------------------------------------------------------

# Verbs only a person does: a capitalised word opening a clause before one of them is a person,
# also a place's name ("...: Ane belt Harmke").
_PERSON_ONLY_VERBS = (
    r"belt|belde|mailt|mailde|appt|appte|reed|rijdt|spreekt|sprak|vraagt|vroeg|zegt|zei|meldt|"
    r"meldde"
)
_PERSON_VERBS = (
    _PERSON_ONLY_VERBS + r"|laat|liet|krijgt|kreeg|hangt|hing|haalt|haalde|brengt|bracht|"
    r"stuurt|stuurde|helpt|hielp|regelt|regelde|betaalt|betaalde|woont|weet|neemt|nam|doet|deed"
)
# A capitalised word (and a surname no list knows, with a bracketed note after it) opening a
# clause after a semicolon or colon, before such a verb ("...; Sijs mailt Wayra", "...:
# Ane\nRakotomalala (42 NV 90) reed de paal om"): the clause's subject, a person, also where
# the word is an everyday word or no list's.
_CLAUSE_SUBJECT = re.compile(
    r"(?<=[;:])[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?:[ \n]+(?P<last>[A-Z][a-z\u00df-\u00ff]{2,}))?(?:[ \n]+\([^()\n]{1,24}\))?"
    rf"[ \n]+(?P<verb>{_PERSON_VERBS})\b"
)
# Whom one calls or mails, a capitalised word before what about or when ("belt Salie over de
# schade", "mailt Hery op ..."): a person, also an everyday word or a place's name.
_CALLED_CAPITAL = re.compile(
    r"\b(?:belt|belde|bel|mailt|mailde|appt|appte|spreekt|sprak)[ \n]+"
    r"(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ \n]+(?:over|om|na|terug|morgen|vandaag|straks)\b"
)
# A first name thanked or named after "zegt" closing a sentence ("..., dank Ane.", "beklad, zegt
# Salie kruk."), with the lower-case surname after it.
_THANKED_OR_SAYING = re.compile(
    r"(?<=[,;][ \n])(?:dank|bedankt|zegt)[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?:[ \n]+(?P<last>[a-z\u00df-\u00ff]{3,}))?(?=[.!]?[ ]*(?:\n|$)|[.!][ \n])"
)


# A reply's quote shows the quoted sender's name on a line of its own above the start of the
# quoted message, which the screenshot shows again in full ("Salie Tafel" / "Beverdam in de Wold
# Aa achter ..."): the line is a person's name, also everyday words.
_QUOTE_HEADER = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}(?:[ ][A-Z][a-z\u00df-\u00ff]{2,}){0,2})"
    r"[ ]*\n(?P<quoted>[^\W\d_][^\n]{15,})",
    re.M,
)
# The app's own words on a line of their own above a message ("Doorgestuurd", "Chats").
_APP_LINE_WORDS = frozenset(
    {"doorgestuurd", "chats", "jij", "u", "you", "gisteren", "vandaag", "gearchiveerd", "archief"}
)


def _quoted_senders(lines_text: str, lex: lexicon.Lexicon) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _QUOTE_HEADER.finditer(lines_text):
        head = m.group("quoted")[:16]
        if (
            lines_text.find(head) == m.start("quoted")
            and lines_text.find(head, m.end("quoted")) == -1
        ):
            continue  # the quoted start is seen nowhere else: no quote
        words = m.group("name").split()
        if words[0].casefold() in _APP_LINE_WORDS or any(
            _not_a_given_word(w, lex, place_ok=False) for w in words
        ):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A group chat's preview in a chat list opening with its sender's full name ("Kamille Mist: ik
# fiets straks ..."): a person, also two everyday words.
_FULL_NAME_PREVIEW_SENDER = re.compile(
    r"^(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}[ ][A-Z][a-z\u00df-\u00ff]{2,}):[ ]+[a-z]", re.M
)


# A chat list's title "Surname I.N." before its time ("* Spiegel S.N. 08:28"), also a word.
_SURNAME_INITIALS_TITLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>(?P<word>[A-Z][a-z\u00df-\u00ff]{2,})[ ](?:[A-Z]\.){1,3})"
    r"(?=[ ]+\d{1,2}[:.]\d{2}[ ]*$)",
    re.M,
)
_DOTTED_FIRM_FORMS = re.compile(r"(?:B\.V\.|N\.V\.|V\.O\.F\.|C\.V\.)$")


def _round33_lines(lines_text: str, lex: lexicon.Lexicon) -> set[tuple[int, int, str]]:
    out = {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _FULL_NAME_PREVIEW_SENDER.finditer(lines_text)
        if not any(_not_a_given_word(w, lex, place_ok=False) for w in m.group("name").split())
    }
    out |= {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _SURNAME_INITIALS_TITLE.finditer(lines_text)
        if not _DOTTED_FIRM_FORMS.search(m.group("name"))
        and not _not_a_given_word(m.group("word"), lex, place_ok=False)
    }
    return out


# A bracketed name after the neighbours or the family ("Buren (Mist) klagen"): theirs.
_BRACKETED_AFTER_RESIDENTS = re.compile(
    r"\b(?i:buren|buurman|buurvrouw|bewoners|bewoner|familie|fam\.)[ \n]+"
    r"\((?P<name>[A-Z][a-z\u00df-\u00ff]{2,})\)"
)
# Whom one visits, a lower-case word before when ("De ecoloog zoekt kast morgen op"): a contact
# saved in lower case; a thing would have an article.
_VISITED_LOWER = re.compile(
    r"\b(?:zoekt|zoeken|zoek|zocht)[ \n]+(?P<name>[a-z\u00df-\u00ff]{3,})[ \n]+"
    r"(?:morgen|vandaag|straks|vanmiddag|vanavond|even|nog|snel)[ \n]+op\b"
)


def _not_a_given_word(word: str, lex: lexicon.Lexicon, *, place_ok: bool) -> bool:
    """Whether a capitalised word in a person's place is something else: a pronoun, an
    everyday word of the frequent list, a title, an organisation's, a firm's or a calendar's
    word, or (unless `place_ok`) a place's name."""
    low = word.casefold()
    return (
        low in _PRONOUNS
        or low in _NOT_NOTICE_NAMES
        or low in lex.frequent_words
        or low in _ORGANISATION_WORDS
        or low in _MONTH_NAMES
        or low in _WEEKDAYS
        or _is_title_word(low)
        or _OFFICE_BEFORE.search(word + " ") is not None
        or is_firm_word(low)
        or _firm_word(word)
        or bool(organisation_pattern().search(word))
        or low in lex.not_names
        or (not place_ok and low in lex.places)
    )


def _round33_persons(text: str, lines_text: str) -> set[tuple[int, int, str]]:
    lex = lexicon.load()
    out = _quoted_senders(lines_text, lex) | _round33_lines(lines_text, lex)
    for m in _BRACKETED_AFTER_RESIDENTS.finditer(text):
        if not _not_a_given_word(m.group("name"), lex, place_ok=False):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _VISITED_LOWER.finditer(text):
        low = m.group("name")
        if low not in lex.frequent_words and low not in _PRONOUNS and low not in _NOT_NOTICE_NAMES:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _CLAUSE_SUBJECT.finditer(text):
        only_person = re.fullmatch(_PERSON_ONLY_VERBS, m.group("verb")) is not None
        if _not_a_given_word(m.group("name"), lex, place_ok=only_person):
            continue
        last = m.group("last")
        if last is None:
            out.add((m.start("name"), m.end("name"), "PERSON"))
        elif not (
            last.casefold() in lex.dutch_words or _not_a_given_word(last, lex, place_ok=False)
        ):
            out.add((m.start("name"), m.end("last"), "PERSON"))
    for m in _CALLED_CAPITAL.finditer(text):
        # Not a place's name: "belt Meppel vandaag" calls the municipality (round 32's guard).
        if not _not_a_given_word(m.group("name"), lex, place_ok=False):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _THANKED_OR_SAYING.finditer(text):
        if _not_a_given_word(m.group("name"), lex, place_ok=True):
            continue
        last = m.group("last")
        end = m.end("name") if last is None or last in lex.frequent_words else m.end("last")
        out.add((m.start("name"), end, "PERSON"))
    return out


# A licence plate written with dots ("92.VN.HK", "VH.KN.49"): a plate where the dashed writing
# is one of a sidecode.
_DOTTED_PLATE = re.compile(
    r"(?<![\w.])(?=[A-Z0-9.]*[A-Z])(?=[A-Z0-9.]*\d)[A-Z0-9]{1,3}\.[A-Z0-9]{1,3}\.[A-Z0-9]{1,3}"
    r"(?![\w]|\.\w)"
)


def _dotted_plates(text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _DOTTED_PLATE.finditer(text):
        dashed = m.group().replace(".", "-")
        if any(
            s.label == "LICENSE_PLATE" and (s.start, s.end) == (0, len(dashed))
            for s in find_postcodes_and_plates(dashed)
        ):
            out.add((m.start(), m.end(), "LICENSE_PLATE"))
    return out


# A contact saved as "Surname - Given name", a chat list's title or a group sender's label ("*
# Kruk - Hery 09:16"): the word before the dash belongs to the given name found after it.
_SURNAME_DASH_BEFORE = re.compile(
    r"(?:^|(?<=\n))(?:[^\w\s]{1,2}[ ]+)?(?P<word>[A-Z][a-z\u00df-\u00ff]{2,})[ ][-\u2013][ ]$"
)


# A title and initials before a person found, a dot of the initials read as a low comma ("Dhr.
# S.\u201aN. Vongsavath").
_TITLE_INITIALS_BEFORE = re.compile(
    r"(?<![\w.])(?:Dhr|Mevr|Mw|Mr|Dr|Ir)\.?[ ]+(?:[A-Z][.,\u201a]{1,2}[ ]?){0,3}$"
)
# A surname-word of a person found, after "bij" closing a clause ("haalt de tegels op bij
# Tafel;"): the person; a firm's name has its trade word before it.
_BIJ_WORD = r"\b(?:bij|Bij)[ \n]+(?P<word>{word})(?=[ ]*[;,.!?)]|[ ]*$|[ ]*\n)"
# "v/h" (formerly) between two persons found ("Hery Regen v/h Agirre"): blacked with them.
_FORMERLY_AFTER = re.compile(r"[ \n](?i:v/h|v\.h\.)[ \n]")
# A birth date after "Geb." with the dash before the year's apostrophe lost ("Geb. 8-9'88").
_BIRTH_DATE_APOSTROPHE = re.compile(
    r"\b(?i:geb\.?|geboren)[ ]+(?P<date>[0-3]?\d[-./][01]?\d[-./]?['\u2019]\d{2})(?!\d)"
)
# A date followed by the time of a meeting is no birth date ("spreekt Harmke 28-11-'26 om 12h00").
_MEETING_TIME_AFTER = re.compile(r"[ ]+om[ ]+\d{1,2}(?:[:.h]\d{2}|[ ]?uur)")


def _round33_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 33 adds once every person of the screenshot is found; `lines_text` is the
    OCR text with its own lines (the same offsets)."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    starts = {s for s, _e, label in found if label == "PERSON"}
    for start, end, label in found:
        if label != "PERSON":
            continue
        if m := _TITLE_INITIALS_BEFORE.search(text, max(0, start - 16), start):
            out.add((m.start(), end, "PERSON"))
        if (m := _FORMERLY_AFTER.match(text, end)) and m.end() in starts:
            out.add((end, m.end(), "PERSON"))
        m = _SURNAME_DASH_BEFORE.search(lines_text, max(0, start - 24), start)
        if m is not None and not _not_a_given_word(m.group("word"), lex, place_ok=False):
            out.add((m.start("word"), end, "PERSON"))
    words = {
        w
        for n in persons_in(text, found | out)
        for w in n.split()
        if len(w) >= 3 and w[0].isupper() and w.casefold() not in _PARTICLE_WORDS
    }
    if words:
        pattern = _BIJ_WORD.format(word="|".join(re.escape(w) for w in sorted(words)))
        for m in re.finditer(pattern, text):
            if not _in_firms_name(text, m.start("word")):
                out.add((m.start("word"), m.end("word"), "PERSON"))
    out |= {
        (m.start("date"), m.end("date"), "DATE_OF_BIRTH")
        for m in _BIRTH_DATE_APOSTROPHE.finditer(text)
    }
    return out


# --- Round 34 (blind27) -----------------------------------------------------------------------

# A house number after "nr."/"nummer" with a room or a toevoeging written as a word ("nr. 84 hs",
# "Nr. 12 kamer 2", "nr. 168 achter"), closing its clause: a home; a bus line's number has its
# cue before it ("buslijn nr. 12 achter het station" goes on).
_NR_WORD_TOEVOEGING = re.compile(
    r"\b(?:[Nn]r\.?|[Nn]ummer)[ \n]+(?P<number>[1-9]\d{0,3}[a-zA-Z]?[ \n]+"
    r"(?:hs|bis|ter|achter|voor|boven|beneden|(?i:kamer|app\.?)[ \n]+\d{1,3}))(?=[ ]*[,.;)]|[ ]*$)",
    re.M,
)
# An IBAN cut short in a chat list's preview after its cue, its bank code read with three
# letters (the J lost, or read as a bracket: "Rekening: NL 16 TXF 1877", "NLO6 TXF] 43 3340.").
_CUED_IBAN_SHORT_CODE = re.compile(
    r"\b(?:[Rr]ekening(?:nummer|nr\.?)?|IBAN|[Rr]ekeningnr\.?)[ ]*:?[ ]+"
    r"(?P<iban>NL[ ]?[0-9O]{2}[ ]?[A-Z]{3}[\])]?(?:[ ]?[0-9O]{1,4}){1,4})"
)
# A missed call's area code cut short in a chat list's preview ("Spraakoproep gemist : (0528)
# ...", "gemist: 0521..."): a landline's head.
_CUT_MISSED_CALL = re.compile(
    r"\b(?i:gemist|oproep)[ ]*:?[ ]*(?P<number>\(0\d{2,3}\)|0\d{2,3})[ ]*(?:\.{2,}|\u2026|$)", re.M
)
# A chat list's title "Fam..." cut right after the word: a family.
_FAMILY_CUT = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>(?:Fam|Familie)\.?(?:\.{2,}|\u2026))(?=[ ]+[\d:.]{3,5}[ ]*$)",
    re.M,
)
# A word addressed at a message's end after a comma ("Groetjes uit Rogat, Magnolia!", "Staat
# onder Z27.070104, Montserrat."): the reader, a person, also an everyday word.
_VOCATIVE_AT_END = re.compile(
    r"(?<=,)[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}(?:-[A-Z][a-z\u00df-\u00ff]{2,})?)[.!]"
    r"(?=[ ]*\n[ ]*\d{1,2}[:.]\d{2}|[ ]*$)"
)
# A title line of two words, with the time of a chat list's row or alone (a chat's header).
_TWO_WORD_TITLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<first>[A-Z][a-z\u00df-\u00ff]{2,})[ ]"
    r"(?P<second>[A-Za-z][a-z\u00df-\u00ff]{1,})(?=(?:[ ]+\d{1,2}[:.]\d{2})?[ ]*$)",
    re.M,
)
_INITIALS_PARTICLE_TITLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>[A-Z]{1,3}\.?[ ](?:Van|van|De|de|Ter|ter|Ten|ten|Den|den)"
    r"(?:[ ](?:de|der|den))?[ ][A-Z][a-z\u00df-\u00ff]{2,})(?=[ ]+\d{1,2}[:.]\d{2}[ ]*$)",
    re.M,
)
# A date in brackets right after a person ("Montserrat Iep (1 Maart 2020)"): their birth date.
_BRACKETED_DATE_AFTER = re.compile(
    r"[ \n]\((?P<date>[0-3]?\d[ ](?i:" + "|".join(sorted(MONTH_NAMES)) + r")[ ](?:19|20)\d\d"
    r"|[0-3]?\d[-/.][01]?\d[-/.](?:19|20)?\d\d)\)"
)
# A firm's notice that it chats with a business account: the name before it is a firm's.
_BUSINESS_ACCOUNT = re.compile(
    r"^(?P<firm>[^\n]{2,60}?)[ ]+gebruikt[ ]+een[ ]+zakelijk[ ]+account\b", re.M
)
# A capital surname and a given name as a chat list's title before the time ("$ VLIER Dahlia
# 11:43"): the surname found, the given name is the person's too.
_CAPS_SURNAME_GIVEN_TITLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<caps>[A-Z]{3,})[ ](?P<given>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?=[ ]+\S{1,5}[ ]*$)",
    re.M,
)
# "Surname, Given (I.)" and "Surname, Given..." cut short ("Meld: Hazelaar, Dille (F.).").
_SURNAME_COMMA_GIVEN = re.compile(
    r"(?<![\w-])(?P<sur>[A-Za-z][a-z\u00df-\u00ff]{2,}),[ ](?P<given>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?P<tail>[ ]\((?:[A-Z]\.){1,3}\)|(?=\.{2,}|\u2026))"
)
# A first name thanked before more of the sentence ("; dank Kade, meldingnr. 022525.").
_THANKED_MID = re.compile(
    r"(?<=[,;][ \n])(?:dank|bedankt)[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}),[ \n]"
)
# "gehuwd met" (married to) between two persons, or before a capitalised surname.
_MARRIED_TO_AFTER = re.compile(
    r"[ \n](?:gehuwd|getrouwd)[ \n]met[ \n]+(?P<next>[A-Z][a-z\u00df-\u00ff]{2,})?"
)
# A group-name notice whose verb OCR garbled ("Rú iT Abdy deevtreeft de groepsnaam ..."): the
# words before the verb are whoever changed it.
_GROUP_NOTICE_ACTOR = re.compile(
    r"^(?P<actor>[^\W\d_][^\n]{0,40}?)[ ]+\S+[ ]+de[ ]groeps(?:naam|beschrijving|afbeelding)\b",
    re.M,
)
# A case's noun opening a sentence before whom it is about and a preposition or verb ("Bezwaar
# Nurgül over de parkeerschijf", "Schade Aibek niet voor de gemeente").
_CASE_NOUN_NAME = re.compile(
    r"(?:^|(?<=[\n.!?][ ])|(?<=\n))(?:Bezwaar|Schade|Klacht|Melding|Aanvraag|Verzoek|Boete|"
    r"Uitkering|Dossier)[ ]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ \n]+"
    r"(?:over|niet|van|voor|is|wordt|ontvangen|afgewezen|toegekend|loopt)\b"
)
# A contact card's file name ("Contactkaart Montserrat Plank.vcf"): a person unless a firm's.
_CONTACT_CARD = re.compile(r"\bContactkaart[ \n]+(?P<name>[^\W\d_][^\n.]{1,50}?)\.vcf\b")
# A given name and a surname between a comma and contact data ("Auto XT-JF-37, Bes Plank, +31
# (6) ..."): a person.
_NAME_BEFORE_CONTACT = re.compile(
    r"(?<=[,:;][ ])(?P<name>(?P<first>[A-Z][a-z\u00df-\u00ff]{1,})[ ]"
    r"(?P<last>[A-Z][a-z\u00df-\u00ff]{2,})),[ \n]+(?=[+(0]|\w[\w.-]*@)"
)
# A relative's word before a name found ("vader Montserrat Pierre-Louis helpt"): the word after
# it is the given name, also a place's name.
_KIN_BEFORE = re.compile(
    r"\b(?:vader|moeder|zoon|dochter|broer|zus|opa|oma|oom|tante|neef|nicht|buurman|buurvrouw|"
    r"echtgenoot|echtgenote)[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ \n]+$"
)
# Whom one calls or writes to, a lower-case word before when ("belt wilg vanmiddag", "schrijft
# lep 13/06/26 aan"): a contact saved in lower case.
_CALLED_LOWER_WHEN = re.compile(
    r"\b(?:belt|belde|mailt|appt|spreekt|schrijft)[ \n]+(?P<name>[a-z\u00df-\u00ff]{3,})[ \n]+"
    r"(?:vanmiddag|vanavond|vanochtend|morgen|overmorgen|vandaag|straks|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})"
)
# The first line of a group chat's header and a group-name notice's new name: a group's name,
# no person's, whatever words it holds ("Team Bomen en Groen"). (Review rev3a: in title words,
# capitalised but for the joining ones; a message's line "Team belt Pieter Jansen morgen" has
# its verb in lower case and keeps its persons.)
_GROUP_TITLE_LINE = re.compile(
    r"^(?:Team|Werkgroep|Klankbordgroep|Buurtapp|Buurtteam|Wijkteam|Stuurgroep|Commissie)"
    r"(?:[ ](?:[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff-]*|en|van|de|der|den|het|voor|in|op|&))"
    r"{1,5}(?=[ ]*$)",
    re.M,
)
_GROUP_RENAMED = re.compile(
    r"groepsnaam[ \n]+(?:gewijzigd[ \n]+)?(?:naar|in)[ \n]+[\"\u201c\u201d\u201e]"
    r"(?P<name>[^\"\u201c\u201d\n]{2,40}(?:\n[^\"\u201c\u201d\n]{1,40})?)[\"\u201c\u201d]"
)
# A lower-case word after "van" right before an address found ("de deur van wilg, Populierenlaan
# 73"): a resident saved in lower case; a thing would have an article.
_VAN_LOWER_BEFORE_ADDRESS = re.compile(r"\bvan[ \n]+(?P<name>[a-z\u00df-\u00ff]{3,}),[ \n]+")
_E_MAIL = re.compile(
    r"(?<![\w.@-])(?P<local>[a-z][\w.-]{0,30})@(?P<label>[a-z][a-z-]{4,40})(?:\.[a-z-]+)+"
)


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalpha())


def _round34_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 34 adds before the screenshot's persons are looked for everywhere."""
    lex = lexicon.load()
    out = {(m.start("name"), m.end("name"), "PERSON") for m in _FAMILY_CUT.finditer(lines_text)}
    for m in _VOCATIVE_AT_END.finditer(lines_text):
        word = m.group("name")
        if not _not_a_given_word(word, lex, place_ok=False) and not _STREET_WORD.fullmatch(word):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _THANKED_MID.finditer(text):
        if not _not_a_given_word(m.group("name"), lex, place_ok=True):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _GROUP_NOTICE_ACTOR.finditer(lines_text):
        words = m.group("actor").split()
        first = words[0].casefold()
        if (
            len(words) <= 4
            and first not in _PRONOUNS | _NOT_NOTICE_NAMES
            and first not in lex.frequent_words
            # (an organisation stays: "Gemeente Meppel heeft de groepsnaam ...")
            and not any(w.casefold() in _ORGANISATION_WORDS for w in words)
            and not organisation_pattern().search(m.group("actor"))
        ):
            out.add((m.start("actor"), m.end("actor"), "PERSON"))
    for m in _CASE_NOUN_NAME.finditer(text):
        word = m.group("name")
        low = word.casefold()
        if _not_a_given_word(word, lex, place_ok=False) or _STREET_WORD.fullmatch(word):
            continue
        if low not in lex.dutch_words or low in lex.first_names:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _CONTACT_CARD.finditer(text):
        words = m.group("name").split()
        if not any(
            w.casefold() in _ORGANISATION_WORDS or is_firm_word(w.casefold()) or _firm_word(w)
            for w in words
        ) and not organisation_pattern().search(m.group("name")):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _NAME_BEFORE_CONTACT.finditer(text):
        first, last = m.group("first"), m.group("last")
        if (
            not _not_a_given_word(first, lex, place_ok=False)
            and not _not_a_given_word(last, lex, place_ok=False)
            and (first.casefold() in lex.first_names or last.casefold() in lex.surnames)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    # OCR's l for the capital I opening a listed name ("voor lep staat klaar", "Magnolia lep").
    for m in _L_FOR_I.finditer(text):
        word = _NAME_PART.match(text, m.start())
        if word is None:
            continue
        low = word.group().casefold()
        as_i = "i" + low[1:]
        if (
            low not in lex.frequent_words
            and low not in lex.first_names
            and low not in lex.surnames
            and (as_i in lex.first_names or as_i in lex.surnames)
            and as_i not in lex.frequent_words
        ):
            out.add((word.start(), word.end(), "PERSON"))
    # A title line of two words, the second a person found ("Montserrat lep 13:12", the chat's
    # header "Montserrat lep"): the first is the given name, also a place's.
    persons = {(s, e) for s, e, label in found | out if label == "PERSON"}
    for m in _TWO_WORD_TITLE.finditer(lines_text):
        second = (m.start("second"), m.end("second"))
        if any(s <= second[0] and second[1] <= e for s, e in persons) and not _not_a_given_word(
            m.group("first"), lex, place_ok=True
        ):
            out.add((m.start("first"), m.end("second"), "PERSON"))
    # Initials and a particled surname as a chat list's title ("MF Van Goor 12:39").
    out |= {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _INITIALS_PARTICLE_TITLE.finditer(lines_text)
    }
    for m in _CALLED_LOWER_WHEN.finditer(text):
        low = m.group("name")
        if (
            low not in lex.frequent_words
            and low not in _PRONOUNS
            and low not in _NOT_NOTICE_NAMES
            and low not in _MONTHS_AND_WEEKDAYS
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round34_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 34 adds once every person of the screenshot is found."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    persons = [(s, e) for s, e, label in found if label == "PERSON"]
    starts = {s for s, _e in persons}

    def is_person(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in persons)

    for start, end in persons:
        m = _MARRIED_TO_AFTER.match(text, end)
        if m is not None:
            nxt = m.group("next")
            if m.end() in starts or m.end() - len(nxt or "") in starts:
                out.add((end, m.end() if nxt is None else m.start("next"), "PERSON"))
            elif nxt is not None and not _not_a_given_word(nxt, lex, place_ok=False):
                out.add((end, m.end("next"), "PERSON"))
        m = _BRACKETED_DATE_AFTER.match(text, end)
        if m is not None:
            out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
        m = _KIN_BEFORE.search(text, max(0, start - 30), start)
        if m is not None and not _not_a_given_word(m.group("name"), lex, place_ok=True):
            out.add((m.start("name"), end, "PERSON"))
    for m in _CAPS_SURNAME_GIVEN_TITLE.finditer(lines_text):
        listed = m.group("caps").casefold() in lex.surnames
        if (is_person(m.start("caps"), m.end("caps")) or listed) and not _not_a_given_word(
            m.group("given"), lex, place_ok=True
        ):
            out.add((m.start("caps"), m.end("given"), "PERSON"))
    for m in _SURNAME_COMMA_GIVEN.finditer(lines_text):
        sur, given = m.group("sur"), m.group("given")
        if is_person(m.start("sur"), m.end("sur")) or (
            m.group("tail")
            and sur[0].isupper()
            and not _not_a_given_word(sur, lex, place_ok=False)
            and not _not_a_given_word(given, lex, place_ok=False)
        ):
            out.add((m.start("sur"), max(m.end("given"), m.end("tail")), "PERSON"))
    # The long form of a contact's nickname found ("Montse S" ... "Montserrat"), also a place's.
    shorts = {
        part
        for s, e in persons
        for part in _NAME_PART.findall(text[s:e])[:1]
        if len(part) >= 4 and part[0].isupper() and part.casefold() not in lex.dutch_words
    }
    if shorts:
        for m in _NAME_PART.finditer(text):
            word = m.group()
            if (
                word[0].isupper()
                and any(word.startswith(p) and len(word) >= len(p) + 2 for p in shorts)
                and not _STREET_WORD.fullmatch(word)
                and not _firm_word(word)
                # (review rev3a: a listed first name, or no everyday word or compound of them:
                # "Martinikerk", "Annexatie" open with a short name too)
                and (
                    word.casefold() in lex.first_names
                    or not (
                        word.casefold() in lex.dutch_words or lexicon.is_compound(word.casefold())
                    )
                )
            ):
                out.add((m.start(), m.end(), "PERSON"))
    # An e-mail address right after a person's name, at a domain holding a part of it
    # ("Dahlia Pierre-Louis (info@denpierrelouis...)", "Kade Beuk, info@beukdalsgaard...").
    if "@" in text:
        for m in _E_MAIL.finditer(text):
            label = _folded(m.group("label"))
            for s, e in persons:
                if not (m.start() - 4 <= e <= m.start()) or re.search(
                    r"[^ \n,(:]", text[e : m.start()]
                ):
                    continue
                parts = [_folded(p) for p in _NAME_PART.findall(text[s:e])]
                if any(
                    len(part) >= 3 and part in label and len(label) - len(part) >= 3
                    for part in parts
                ):
                    out.add((m.start(), m.end(), "EMAIL"))
    addresses = {s for s, _e, label in found if label == "ADDRESS"}
    for m in _VAN_LOWER_BEFORE_ADDRESS.finditer(text):
        low = m.group("name")
        if m.end() in addresses and low not in lex.frequent_words and low not in _PRONOUNS:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    out |= {
        (m.start("number"), m.end("number"), "ADDRESS")
        for m in _NR_WORD_TOEVOEGING.finditer(text)
        if not _NOT_A_HOME_BEFORE.search(text, max(0, m.start() - 12), m.start())
    }
    out |= {
        (m.start("iban"), m.end("iban"), "IBAN") for m in _CUED_IBAN_SHORT_CODE.finditer(lines_text)
    }
    out |= {
        (m.start("number"), m.end("number"), "PHONE") for m in _CUT_MISSED_CALL.finditer(lines_text)
    }
    return out


# --- Round 35 (blind28) -----------------------------------------------------------------------

# The particles a Dutch surname opens with, capitalised or not, and the second particle after
# them ("Van 't", "De la", "Uit de", "In 't", "Op de"); OCR reads the apostrophe in any of its
# forms, sometimes twice.
_PARTICLE_ONE = r"(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Ii]n|[Oo]p|[Uu]it|[Tt]er|[Tt]en)"
_PARTICLE_TWO = r"(?:['\u2018\u2019`]{1,2}t|de|der|den|la|het)"
_CAP_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+"
# A name with the surname in brackets that opens with a particle ("Kiki (Van 't Hoog)", "Emi
# (Uit de Bulten)"), whole or cut short by a chat list ("Mirre (Op de...", "Bries (De la."):
# a saved contact, the word before the bracket the given name or a nickname, also an everyday
# word; a place's note in brackets ("Nijeveen (De Wolden)") has no second particle or is a place.
_GIVEN_PARTICLED_BRACKET = re.compile(
    rf"(?<![\w-])(?P<given>{_CAP_WORD}(?:-{_CAP_WORD})?)[ ]\("
    rf"(?P<sur>{_PARTICLE_ONE}(?:[ ]{_PARTICLE_TWO})?"
    rf"(?:[ ]{_CAP_WORD}(?:[- ]{_CAP_WORD})?\)|[ ]?(?:\.+|\u2026)))"
)
# A name before a bracketed word ("Mirre (Bakker)"): with the bracket a person found, a person.
_GIVEN_BRACKET = re.compile(
    rf"(?<![\w-])(?P<given>{_CAP_WORD}(?:-{_CAP_WORD})?)[ ]\((?P<sur>[^()\n]{{2,30}})\)"
)
# A notice's actor at its line's start and what it did: added, invited or removed members
# (listed, the list wrapped over a line), switched disappearing messages on, made or renamed
# the group, or is no contact ("Maaike Anker heeft Parel £ en Jan Smit aan de\ngroep
# toegevoegd", "Kiki (Van 't Hoog) heeft Sterretje uitgenodigd", "Kees in 't Veld is geen
# contact"): the actor and each member are persons, also everyday words.
_NOTICE_ACTOR = re.compile(
    r"^(?:[^\w\s]{1,3}[ ]+)?(?P<actor>[^\W\d_][^\n]{0,40}?)[ ]+(?:heeft[ \n]+(?:"
    r"verdwijnende[ \n]berichten|deze[ \n]groep|het[ \n]groeps|de[ \n]groeps|"
    r"(?P<list>[^\n]{1,80}?(?:\n[^\n]{1,40}?)?)[ \n]+(?:aan[ \n]+de[ \n]+groep[ \n]+)?"
    r"(?:toegevoegd|uitgenodigd|verwijderd)\b)|is[ ]geen[ ]contact\b)",
    re.M,
)
_NOTICE_LIST_SEPARATOR = re.compile(r",[ \n]|[ \n](?:en|&)[ \n]")
# A widow's mark before a person ("wed. Bakker-Yilmaz", "weduwe van De Boer") and a maiden name
# in brackets after one ("Jan Smit (geb.\nYilmaz)"): part of the person's name.
_WIDOW_BEFORE = re.compile(r"(?:\b(?:wed|wdw)\.|\bweduwe(?:[ \n]+van)?)[ \n]+$")
_WIDOW_NAME = re.compile(
    rf"(?<![\w])(?:[Ww]ed|[Ww]dw)\.[ \n]+(?P<name>{_CAP_WORD}"
    rf"(?:-(?:{_PARTICLE_ONE}(?:[ ]{_PARTICLE_TWO})?[ ])?{_CAP_WORD})?)"
)
_BRACKETED_BORN_AS = re.compile(
    r"[ \n]\((?:geb\.?|geboren)[ \n]+[A-Za-z\u00c0-\u00ff][\w'\u2019-]*(?:[ \n][\w'\u2019-]+){0,3}\)"
)
# A chat list's title of initials or a title with a particled surname, cut short ("K.L.M......
# 08:15", "A.B.C. van de... 10:53", "dhr. Op de Berg 11:02"): a person.
_INITIALLED_PARTICLE_TITLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>(?:(?:[A-Z]\.){2,4}|(?i:dhr|mw|mevr|wed)\.)"
    rf"(?:[ ]?(?:\.{{2,}}|\u2026)|[ ]{_PARTICLE_ONE}(?:[ ]{_PARTICLE_TWO})?(?:[ ]{_CAP_WORD})?"
    r"(?:\.{2,}|\u2026)?))(?=[ ]+\S{1,6}[ ]*$)",
    re.M,
)
# Whom one calls or speaks to, a capitalised word closing the sentence or before "aan"/"nog"
# ("belt\nParel.", "spreekt Mast\naan"), or in lower case before "nog"/"even"/"terug" ("belt
# mast nog."): a person, also an everyday word (not a place's or an office's name).
_CALLED_AT_END = re.compile(
    r"\b(?:belt|belde|mailt|mailde|appt|appte|spreekt|sprak)[ \n]+"
    rf"(?P<name>{_CAP_WORD})(?=[.!?]|[ \n]+(?:aan|nog|even)\b)"
)
_CALLED_LOWER_ADVERB = re.compile(
    r"\b(?:belt|belde|mailt|appt|spreekt)[ \n]+(?P<name>[a-z\u00df-\u00ff]{3,})[ \n]+"
    r"(?:nog|even|terug|aan)\b"
)
# A surname in capitals, a comma and a given name as a saved contact's row ("MAST, Parel =
# 10:17", on the typing line "MAST, Parel = en Jan zijn aan het typen"): a person, also where
# the given name is an everyday word.
_CAPS_COMMA_GIVEN_ROW = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>(?:(?:DE|VAN|TER|TEN|DEN|IN|OP|UIT)[ ])?[A-Z]{3,}"
    rf"(?:-[A-Z]{{2,}})?,[ ]{_CAP_WORD})(?:\.{{2,}}|\u2026)?"
    r"(?=[ ]+[^\w\s]{1,3}(?:[ ]|$)|[ ]+\S{1,6}[ ]*$|[ ]+en[ ]|[ ]*$)",
    re.M,
)
# A couple joined by "&", the second a person found ("Parel\n& Kees De Mast"): the first is a
# person too, and a particled surname right after the second theirs.
_BEFORE_AMPERSAND = re.compile(rf"(?<![\w-])(?P<name>{_CAP_WORD})[ \n]+&[ \n]+$")
_PARTICLED_SURNAME_AFTER = re.compile(
    rf"[ \n](?:De|de|Van|van|Ter|ter|Ten|ten)(?:[ ](?:de|der|den|la|'t))?[ \n](?P<sur>{_CAP_WORD})"
    r"(?=[,.;:!?)]|[ \n]|$)"
)


# A chat list preview's sender before a mark OCR made of a contact's emoji or a digit ("— Mirre
# J}: mijn BSN", "— Parel 5): ...", "= Kiki : ..."): a person.
_PREVIEW_SENDER_ANY_MARK = re.compile(
    r"^[\u2014\u2013=~-][ ]+(?P<name>[A-Z][^\W\d_]{1,})[ ]+"
    r"(?:[A-Z0-9][^\w\s:]{0,2}|[^\w\s:]{1,3})?[ ]?:[ ]",
    re.M,
)
# A group chat's preview in a chat list, "Given Surname: message" on the line under the group's
# title row ("Werkgroep... 13:21" / "Parel Kiel: ben bij."): the sender, a person, also where
# the surname is a place's name.
_GROUP_PREVIEW_SENDER = re.compile(
    r"^(?:Team|Werkgroep|Klankbordgroep|Buurtapp|Buurtteam|Wijkteam|Stuurgroep|Commissie)\b"
    r"[^\n]{0,40}[ ]\d{1,2}[:.]\d{2}[ ]*\n"
    rf"(?P<name>{_CAP_WORD}[ ]{_CAP_WORD}):[ ]",
    re.M,
)
# The last member on the typing line ("MAST, Parel = en Sterretje zijn aan het typen"): a person.
_LAST_TYPING_MEMBER = re.compile(rf"[ ]en[ ](?P<name>{_CAP_WORD})[ ]zijn[ ]aan[ ]het\b")
# Whom one apps after "of"/"en" closing the sentence ("bel 06 ... of app Sterretje."): a person.
_APPED_AT_END = re.compile(rf"\b(?:of|en)[ \n]+app[ \n]+(?P<name>{_CAP_WORD})(?=[.!?])")
# An unknown capitalised word and a capitalised word after "van" mid-sentence ("boot van
# Temuulen\nSpriet doet mee"): a given name no list knows and its surname, also a word.
_VAN_UNKNOWN_AND_WORD = re.compile(
    rf"(?<=[a-z])[ ]van[ \n]+(?P<first>{_CAP_WORD})[ \n]+(?P<last>{_CAP_WORD})(?![\w-])"
)
# An unknown lower-case word right before a lower-case person's name ("Marktkraam mirre anker
# wil ..."): the given name.
_UNKNOWN_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<name>[a-z\u00df-\u00ff]{3,})[ \n]+$")
# A missed call's number cut short after its area code with the country's code ("Gemist
# gesprek - +31 (0)513...."): a landline's head.
_CUT_MISSED_CALL_COUNTRY = re.compile(
    r"\b(?i:gemist)(?:[ ]gesprek)?[ ]*[:\u2013\u2014-]?[ ]*"
    r"(?P<number>(?:\+31|0031)[ ]?\(0\)[ ]?\d{2,3}|(?:\+31|0031)[ ]?\d{2,3})"
    r"(?=[ ]*(?:\.{2,}|\u2026|$))",
    re.M,
)
# An age and a bracketed date ("wordt 100 (\n15/12/38)!"): the birth date.
_AGE_AND_BRACKETED_DATE = re.compile(
    r"\b(?:wordt|werd|is|wordt[ ]al)[ ]\d{1,3}(?:[ ]jaar)?[ \n]*\([ \n]*"
    r"(?P<date>[0-3]?\d[-/.][01]?\d[-/.]['\u2018\u2019]?\d{2,4})[ \n]*\)"
)
# A postcode with its letters spaced after an address ("Kerkweg 12, 7942 G K;"): the postcode.
_SPACED_LETTER_POSTCODE = re.compile(r",?[ \n]+(?P<pc>[1-9]\d{3}[ ]?[A-Z][ ][A-Z])(?![\w])")
# An e-mail address whose underscore OCR read as a space, after "mail" ("mail\nparel mast@...").
_MAIL_SPLIT_LOCAL = re.compile(
    r"\bmail(?:adres)?[ \n]+(?P<head>[a-z][a-z0-9.]{2,})[ ](?P<tail>[a-z][\w.-]*@[\w-]+(?:\.[\w-]+)+)"
)


def _round35_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 35 adds before the screenshot's persons are looked for everywhere."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    if "(" in text:
        for m in _GIVEN_PARTICLED_BRACKET.finditer(text):
            if not _organisation_or_place(m.group("given"), lex) and not _firm_word(
                m.group("given")
            ):
                out.add((m.start("given"), m.end("sur"), "PERSON"))
        persons = [(s, e) for s, e, label in found if label == "PERSON"]
        for m in _GIVEN_BRACKET.finditer(text):
            sur = (m.start("sur"), m.end("sur"))
            if any(s <= sur[0] < e for s, e in persons) and not _not_a_given_word(
                m.group("given"), lex, place_ok=True
            ):
                out.add((m.start("given"), m.end(), "PERSON"))
    for m in _NOTICE_ACTOR.finditer(lines_text):
        actor = m.group("actor")
        words = actor.split()
        if (
            len(words) <= 6
            and words[0].casefold() not in _PRONOUNS | _NOT_NOTICE_NAMES
            # (not "Dit nummer is geen contact": an everyday word and no capitalised one after it)
            and not (
                words[0].casefold() in lex.frequent_words
                and not any(w[:1].isupper() for w in words[1:])
            )
            and not any(w.casefold() in _ORGANISATION_WORDS or _firm_word(w) for w in words)
            and not organisation_pattern().search(actor)
        ):
            out.add((m.start("actor"), m.end("actor"), "PERSON"))
        if m.group("list") is None:
            continue
        start = m.start("list")
        bounds = [start]
        for sep in _NOTICE_LIST_SEPARATOR.finditer(m.group("list")):
            bounds += [start + sep.start(), start + sep.end()]
        bounds.append(m.end("list"))
        for a, b in zip(bounds[::2], bounds[1::2], strict=False):
            item = lines_text[a:b]
            if any(c.isdigit() for c in item):
                continue
            tokens = re.match(r"(?:[^\W\d_][\w'\u2018\u2019().-]*(?:[ \n]|$))+", item + " ")
            if tokens is None:
                continue
            name = tokens.group().rstrip()
            # (things added stay: "heeft foto's en video's\ntoegevoegd")
            if name.islower() and all(
                w in lex.dutch_words or w in lex.frequent_words for w in name.split()
            ):
                continue
            if name and name.casefold() not in _NOT_NOTICE_NAMES | _PRONOUNS:
                out.add((a, a + len(name), "PERSON"))
    for m in _WIDOW_NAME.finditer(text):
        if not _not_a_given_word(m.group("name").split("-")[0], lex, place_ok=True):
            out.add((m.start(), m.end(), "PERSON"))
    for m in _INITIALLED_PARTICLE_TITLE.finditer(lines_text):
        out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _CALLED_AT_END.finditer(text):
        # (one speaks to a person, "spreekt Kiel aan", also named like a place; one calls a place)
        spoken_to = text[m.end("name") : m.end("name") + 5].strip().startswith("aan")
        if not _not_a_given_word(m.group("name"), lex, place_ok=spoken_to):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _CALLED_LOWER_ADVERB.finditer(text):
        low = m.group("name")
        if (
            low not in lex.frequent_words
            and low not in _CALL_ADVERBS
            and low not in _PRONOUNS | _NOT_NOTICE_NAMES
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    # Round 33's clause subject before a verb only a person does, with a second capitalised
    # word that is an everyday word ("; Mirre Anker\nbelt"): both words are the person's.
    for m in _CLAUSE_SUBJECT.finditer(text):
        last = m.group("last")
        if (
            last is not None
            and re.fullmatch(_PERSON_ONLY_VERBS, m.group("verb"))
            # (a place opens a clause before a surname: "Melding: Meppel Bakker belde")
            and not _not_a_given_word(m.group("name"), lex, place_ok=False)
            and not _not_a_given_word(last, lex, place_ok=True)
        ):
            out.add((m.start("name"), m.end("last"), "PERSON"))
    for m in _PREVIEW_SENDER_ANY_MARK.finditer(lines_text):
        if not _not_a_given_word(m.group("name"), lex, place_ok=True):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _GROUP_PREVIEW_SENDER.finditer(lines_text):
        first, last = m.group("name").split()
        if not _not_a_given_word(first, lex, place_ok=False) and not _not_a_given_word(
            last, lex, place_ok=True
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _LAST_TYPING_MEMBER.finditer(lines_text):
        if m.group("name").casefold() not in _PRONOUNS | _NOT_NOTICE_NAMES:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _APPED_AT_END.finditer(text):
        if not _not_a_given_word(m.group("name"), lex, place_ok=False):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _VAN_UNKNOWN_AND_WORD.finditer(text):
        if _unknown_word(m.group("first"), lex) and not _not_a_given_word(
            m.group("last"), lex, place_ok=False
        ):
            out.add((m.start("first"), m.end("last"), "PERSON"))
    for m in _CAPS_COMMA_GIVEN_ROW.finditer(lines_text):
        caps = m.group("name").split(",")[0].split()[-1]
        if caps not in _INSTITUTION_ABBREVIATIONS and _VOWEL.search(caps):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round35_late(
    text: str, found: set[tuple[int, int, str]], lines_text: str | None = None
) -> set[tuple[int, int, str]]:
    """What round 35 adds once every person of the screenshot is found."""
    lex = lexicon.load()
    lines_text = text if lines_text is None else lines_text
    out: set[tuple[int, int, str]] = set()
    out |= {
        (m.start("number"), m.end("number"), "PHONE")
        for m in _CUT_MISSED_CALL_COUNTRY.finditer(text)
    }
    out |= {
        (m.start("date"), m.end("date"), "DATE_OF_BIRTH")
        for m in _AGE_AND_BRACKETED_DATE.finditer(text)
    }
    for m in _MAIL_SPLIT_LOCAL.finditer(text):
        if m.group("head") not in lex.frequent_words:
            out.add((m.start("head"), m.end("tail"), "EMAIL"))
    for start, end, label in found:
        if label == "ADDRESS":
            m = _SPACED_LETTER_POSTCODE.match(text, end)
            if m is not None:
                out.add((m.start("pc"), m.end("pc"), "POSTCODE"))
        elif label == "PERSON" and text[start:end].islower():
            m = _UNKNOWN_LOWER_WORD_BEFORE.search(text, max(0, start - 30), start)
            if m is not None and _unknown_word(m.group("name"), lex):
                out.add((m.start("name"), end, "PERSON"))
    for start, end, label in found:
        if label != "PERSON":
            continue
        m = _WIDOW_BEFORE.search(text, max(0, start - 14), start)
        if m is not None:
            out.add((m.start(), end, "PERSON"))
        m = _BRACKETED_BORN_AS.match(text, end)
        if m is not None:
            out.add((end, m.end(), "PERSON"))
        m = _BEFORE_AMPERSAND.search(text, max(0, start - 24), start)
        if (
            m is not None
            and not _not_a_given_word(m.group("name"), lex, place_ok=True)
            # (not a street's name, nor the end of a group's title above an emoji OCR read as
            # "&": "Klankbordgroep Oostersingel\n& Runa N neemt ... op")
            and not _STREET_WORD.fullmatch(m.group("name"))
            and not lexicon.street_suffix(m.group("name").casefold())
            and not _GROUP_TITLE_LINE.match(text, text.rfind("\n", 0, m.start()) + 1)
            # (round 38: nor a place closing a chat list's preview above a row whose title
            # opens with an emoji OCR read as "&": "Container staat nog in Rogat\n& Mus ...")
            and not (
                "\n" in lines_text[m.start() : m.end()] and m.group("name").casefold() in lex.places
            )
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
            after = _PARTICLED_SURNAME_AFTER.match(text, end)
            if after is not None and not _not_a_given_word(after.group("sur"), lex, place_ok=True):
                out.add((end, after.end("sur"), "PERSON"))
    return out


def _group_name_regions(lines_text: str) -> list[tuple[int, int]]:
    names = {m.group().strip() for m in _GROUP_TITLE_LINE.finditer(lines_text)}
    names |= {
        " ".join(m.group("name").split())
        for m in _GROUP_RENAMED.finditer(lines_text)
        if _GROUP_TITLE_LINE.match(" ".join(m.group("name").split()))
    }
    regions: list[tuple[int, int]] = []
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        pattern = r"(?<![\w])" + r"[ \n]+".join(re.escape(w) for w in words) + r"(?![\w])"
        regions += [(m.start(), m.end()) for m in re.finditer(pattern, lines_text)]
    return regions


def _without_group_names(
    lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` without persons inside a group's name; a person's span that runs on from a
    group's name over a line's end starts after it ("Groen\\nMagnolia")."""
    regions = _group_name_regions(lines_text)
    if not regions:
        return found
    out: set[tuple[int, int, str]] = set()
    for s, e, label in found:
        if label == "PERSON":
            inside = [(rs, re_) for rs, re_ in regions if rs <= s < re_]
            if inside:
                cut = max(re_ for _rs, re_ in inside)
                if e <= cut:
                    continue
                rest = lines_text[cut:e]
                s = cut + len(rest) - len(rest.lstrip(" \n"))
                if s >= e:
                    continue
        out.add((s, e, label))
    return out


def _without_business_names(
    lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` without persons in a firm's name (a trade's word in it) that says it chats with a
    business account, wherever the screenshot writes it, also cut short in a chat list
    ("Loonbedrij 08:36")."""
    if "zakelijk" not in lines_text:
        return found
    firms = {m.group("firm").strip() for m in _BUSINESS_ACCOUNT.finditer(lines_text)}
    # (a contact's own name stays a person's: "Okafor Vlieger gebruikt een zakelijk account")
    firms = {
        f for f in firms if any(_firm_word(w) or is_firm_word(w.casefold()) for w in f.split())
    }
    if not firms:
        return found
    regions = [
        (m.start(), m.end())
        for firm in firms
        for m in re.finditer(r"(?<![\w])" + re.escape(firm) + r"(?![\w])", lines_text)
    ]
    heads = {f.split()[0] for f in firms}
    out: set[tuple[int, int, str]] = set()
    for s, e, label in found:
        if label == "PERSON":
            if any(rs <= s and e <= re_ for rs, re_ in regions):
                continue
            word = lines_text[s:e]
            if len(word) >= 6 and " " not in word and any(h.startswith(word) for h in heads):
                continue
        out.add((s, e, label))
    return out


# --- Round 36 (blind29) -----------------------------------------------------------------------

# Trades a firm is named with that the firm words' endings miss ("Cateraar De Beker",
# "Verkeersregelaars Te Whare"): a caterer, traffic controllers, a window cleaner.
_ROUND36_TRADES = re.compile(
    r"^(?:cateraar|cateraars|traiteur|verkeersregelaar|verkeersregelaars|glazenwasser|"
    r"glazenwassers|schoorsteenveger|schoorsteenvegers|stratenmaker|stratenmakers)$"
)
# A saved contact's label in brackets after the name ("$ Lente Op Zolder (werk)", "Kiki Bos
# (privé)"), on a sender's or a notice's line: the name is a person's, also everyday words.
_CONTACT_LABEL_NAME = re.compile(
    r"^(?:[^\w\s]{1,3}[ ]+)*(?P<name>[A-Z][^\W\d_]+(?:[ ](?:[a-z]{1,3}[ ])?[A-Z][^\W\d_]+){0,3})"
    r"[ ]\((?:werk|priv[ée]|thuis|mobiel|zakelijk|2)\)",
    re.M,
)
# A chat list's row titled after a contact's mark (an emoji OCR read as "+", "$", "#"), the
# title cut short ("+ Lente... 09:38", "+ Ro... 08:25"): a saved contact, a person.
_MARKED_CUT_TITLE = re.compile(
    r"^[+$#*&@%\u00a7]{1,2}[ ]+(?P<name>[A-Z][^\W\d_]{1,20})(?:\.{2,}|\u2026)(?=[ ]+\S{1,6}[ ]*$)",
    re.M,
)
# A live location's owner, the contact's mark before the name ("Live locatie van + Lente
# Trajkovski"), the name wrapped onto the next line: a person.
_LIVE_LOCATION_OF = re.compile(
    r"\bLive[ ]locatie[ ]van[ ]+(?:[^\w\s]{1,2}[ ]+)?(?P<name>[A-Z][^\W\d_]+(?:[ ][^\W\d_]+){0,3}"
    r"(?:\n(?!tot[ ])[A-Z][^\W\d_]+(?:[ ][^\W\d_]+){0,2})?)[ ]*$",
    re.M,
)
# "Surname; Given" as a contact's name on a chat list's row or the typing line ("De Kruik; Lente...
# 08:56", "De Kruik; Lente / en Kiki typen"): after a person found at the line's start, the
# word after the semicolon is the given name.
_ROUND36_LINE_HEAD = re.compile(
    r"(?P<marks>[^\w\n]*)(?:(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en)[ ])*"
)
_SEMICOLON_GIVEN = re.compile(r";[ ](?P<name>[A-Z][^\W\d_]+)(?:\.{2,}|\u2026)?")
# A tussenvoegsel "aan de" / "aan den" / "aan 't" between a first name and its surname ("Erwan
# aan de\nStegge"), which the particles' lists leave out.
_AAN_DE_SURNAME = re.compile(
    r"[ \n]+(?P<particle>[Aa]an[ \n]+(?:de|den|het|'t|\u2019t))[ \n]+(?P<sur>[A-Z][^\W\d_]+)"
)
_ROUND36_JOINED_BY_EN = re.compile(r"[ ]en[ \n]|\nen[ ]")
# A chat list's title opening with "de heer" / "mevr." and initials, OCR gluing the words ("deheerT.
# aande. 12"): a person, whatever OCR made of the rest.
_GLUED_TITLED_INITIALS_ROW = re.compile(
    r"^(?P<name>(?:[Dd]e[ ]?heer|[Mm]evr(?:ouw)?\.?|[Mm]w\.?|[Dd]hr\.?)[ ]?(?:[A-Z]\.){1,4}"
    r"[^\n]{0,30}?)(?=[ ]+[\d:.)]{2,6}[ ]*$)",
    re.M,
)
_NEXT_CAPITAL_WORD_36 = re.compile(r"[ \n]+([A-Z][^\W\d_]+)")
# "e/v" (echtgenote van) between two persons, as "e.v." is written ("Analyn Schaal e/v\nTeka").
_SPOUSE_SLASH = re.compile(r"[ \n]+e/v[ \n]+")
# A request's applicant after the request's word and what is asked ("Aanvraag parkeerplaats
# Lente\nzaaknr. 015830", "Aanvraag parkeerplaats Kiki aanvraag 2026.39729"): a person.
_REQUEST_APPLICANT = re.compile(
    r"\b(?:Aanvraag|Verzoek|Aanmelding)[ \n]+[a-z\u00df-\u00ff-]{4,}[ \n]+"
    r"(?P<name>[A-Z][^\W\d_]+)(?=[ \n]+(?i:zaaknr|zaaknummer|zaak|kenmerk|aanvraag|dossier|"
    r"dossiernr|referentie|ref)\b)"
)
# An unknown capitalised word before "van (de) <street>" ("Is dit Lente van de\nBekerstraat?"):
# a resident named by their street.
_UNKNOWN_OF_STREET = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][^\W\d_]+)[ \n]+van[ \n]+(?:de[ \n]+|het[ \n]+)?(?P<street>[A-Z][^\W\d_]+)"
)
# Whom someone quotes, before "van nr. <number>" ("zegt Kom van nr. 213 app. 3"): a resident.
_SAYS_OF_NUMBER = re.compile(
    r"\b(?:zegt|zei|volgens|aldus|vraagt|vroeg|meldt)[ \n]+(?P<name>[A-Z][^\W\d_]+)[ \n]+van[ \n]+"
    r"(?:[Nn]r\.?|[Nn]ummer|[Hh]uisnummer)[ \n]*\d"
)
# A house number after "bij/op nr." with a numbered toevoeging ("bij nr. 194-01."): an address.
_NR_NUMBERED_TOEVOEGING = re.compile(
    r"\b(?:bij|op|naar|van|aan)[ \n]+(?:[Nn]r\.?|[Nn]ummer)[ \n]*(?P<number>[1-9]\d{0,3}-\d{1,3})"
    r"(?=[ ]*[,.;)]|[ ]*$)",
    re.M,
)
# A list of capitalised names after a colon closing before an address found ("Gids: Kerjean,\n
# Sering, Kerkstraat 76"; "huurcontract: Wiremu Rasp,\nBekerstraat 15"): the persons living there.
_NAMES_LIST_BEFORE_ADDRESS = re.compile(
    r":[ \n]+(?P<names>[A-Z][^\W\d_]+(?:[ ][A-Z][^\W\d_]+)?(?:,[ \n]+[A-Z][^\W\d_]+"
    r"(?:[ ][A-Z][^\W\d_]+)?){0,3}),[ \n]+$"
)
# An unknown word and a capitalised word opening a clause before a person's verb ("bij CBS Het
# Bord;\nMeseret Bord brengt koffie"): a given name no list knows and its surname, also a word.
_UNKNOWN_PAIR_OPENING_CLAUSE = re.compile(
    r"(?:^|[;:.!?][ \n]+)(?P<first>[A-Z][^\W\d_]+)[ \n]+(?P<last>[A-Z][^\W\d_]+)[ \n]+"
    rf"(?P<verb>{_PERSON_VERBS})\b",
    re.M,
)
# A voice note's file name with a name after WhatsApp's "PTT-" ("PTT-aroha bord.opus"): a person.
_PTT_VOICE_NOTE_NAME = re.compile(
    r"\bPTT-(?P<name>[^\W\d_]{2,}(?:[ _][^\W\d_]{2,}){0,2})\.(?i:opus|ogg|m4a|mp3|aac)\b"
)
# A lower-case resident between "van" and "op <address>", also with "de" ("garage van de kruik
# op\nKruikenpad 129"): a person named like a thing.
_LOWER_OWNER_AT = re.compile(
    r"\bvan[ \n]+(?P<name>(?:de[ \n]+|ter[ \n]+|ten[ \n]+)?[a-z\u00df-\u00ff]{3,})[ \n]+op[ \n]+$"
)
# Whom one speaks or calls with "de" and a lower-case word before when ("De wijkagent spreekt de
# kruik morgen."): a person named like a thing.
_CALLED_LOWER_PARTICLED = re.compile(
    r"\b(?:belt|belde|mailt|appt|spreekt|sprak|bezoekt|ziet)[ \n]+"
    r"(?P<name>(?:de|ter|ten|van)[ \n]+[a-z\u00df-\u00ff]{3,})[ \n]+"
    r"(?:morgen|vandaag|straks|vanmiddag|vanavond|nog|even|terug|aan)\b"
)
# A Web chat list's row titled in lower case with a particle, its time misread ("de kruik
# 1450)"): a contact saved in lower case.
_LOWER_PARTICLED_ROW = re.compile(
    r"^(?P<name>(?:de|van|ter|ten|van[ ]de|van[ ]der)[ ][a-z\u00df-\u00ff]{3,})"
    r"(?=[ ]+\d{1,2}[:.]?\d{2}\)?[ ]*$)",
    re.M,
)


def _round36_trade(word: str) -> bool:
    return _ROUND36_TRADES.match(word.casefold()) is not None


def _round36_names_list(names: str, lex: lexicon.Lexicon) -> bool:
    """Whether a list before an address names persons: each word may be a name (no long
    compound, no organisation's, place's, street's or building's word) and one of them is a word
    no list knows or a name list's ("Stadhuis, Kerkstraat 12" and "Speeltuin, ..." stay)."""
    words = names.replace(",", " ").split()
    return all(
        not _not_a_given_word(w, lex, place_ok=False)
        and not _organisation_or_place(w, lex)
        and not _STREET_WORD.fullmatch(w)
        and not (len(w) >= 8 and lexicon.is_compound(w.casefold()))
        and not is_company_cue(w.casefold())
        for w in words
    ) and any(
        _unknown_word(w, lex) or w.casefold() in lex.first_names or w.casefold() in lex.surnames
        for w in words
    )


def _round36_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 36 adds before the screenshot's persons are looked for everywhere."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    if "(" in lines_text:
        for m in _CONTACT_LABEL_NAME.finditer(lines_text):
            words = m.group("name").split()
            if not any(
                _organisation_or_place(w, lex) or _firm_word(w) or _round36_trade(w) for w in words
            ) and not _not_a_given_word(words[0], lex, place_ok=False):
                out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _MARKED_CUT_TITLE.finditer(lines_text):
        if not _not_a_given_word(m.group("name"), lex, place_ok=False):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _LIVE_LOCATION_OF.finditer(lines_text):
        if not _not_a_given_word(m.group("name").split()[0], lex, place_ok=True):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _REQUEST_APPLICANT.finditer(text):
        # (a word no list gives a name, or a first name; not what is asked: "Zonnepanelen")
        name = m.group("name")
        if not _not_a_given_word(name, lex, place_ok=False) and (
            _unknown_word(name, lex) or name.casefold() in lex.common_first_names
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _UNKNOWN_OF_STREET.finditer(text):
        if lexicon.street_suffix(m.group("street")) is not None and _unknown_word(
            m.group("name"), lex
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _SAYS_OF_NUMBER.finditer(text):
        low = m.group("name").casefold()
        if not (
            low in _PRONOUNS
            or low in _NOT_NOTICE_NAMES
            or _organisation_or_place(m.group("name"), lex)
            or _firm_word(m.group("name"))
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _UNKNOWN_PAIR_OPENING_CLAUSE.finditer(text):
        if _unknown_word(m.group("first"), lex) and not _not_a_given_word(
            m.group("last"), lex, place_ok=True
        ):
            out.add((m.start("first"), m.end("last"), "PERSON"))
    for m in _PTT_VOICE_NOTE_NAME.finditer(text):
        if not all(w.casefold() in lex.frequent_words for w in re.split(r"[ _]", m.group("name"))):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _CALLED_LOWER_PARTICLED.finditer(text):
        low = m.group("name").split()[-1]
        if (
            low not in lex.frequent_words
            and not _not_a_given_word(low, lex, place_ok=False)
            and _word_can_be_given_name(low, lex)  # (not a role: "belt de verhuurder even")
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _GLUED_TITLED_INITIALS_ROW.finditer(lines_text):
        out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _LOWER_PARTICLED_ROW.finditer(lines_text):
        low = m.group("name").split()[-1]
        if (
            low not in lex.frequent_words
            and not _not_a_given_word(low, lex, place_ok=False)
            and _word_can_be_given_name(low, lex)  # (not a role: "belt de verhuurder even")
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for start, _end, label in found:
        if label != "ADDRESS":
            continue
        m = _NAMES_LIST_BEFORE_ADDRESS.search(text, max(0, start - 80), start)
        if m is not None and _round36_names_list(m.group("names"), lex):
            at = m.start("names")
            for part in re.split(r",[ \n]+", m.group("names")):
                out.add((at, at + len(part), "PERSON"))
                at = text.index(",", at + len(part)) + 1
                at += len(text[at:]) - len(text[at:].lstrip(" \n"))
        m = _LOWER_OWNER_AT.search(text, max(0, start - 40), start)
        if m is not None:
            low = m.group("name").split()[-1]
            if (
                low not in lex.frequent_words
                and not _not_a_given_word(low, lex, place_ok=False)
                and _word_can_be_given_name(low, lex)  # (not a role: "belt de verhuurder even")
            ):
                out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round36_grown(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons found grown over what round 36 shows belongs to them: a short given name before a
    particled surname, "aan de" and the surname after a name, "e/v" between two, the given name
    after "Surname;" at a line's start."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    persons = sorted((s, e) for s, e, label in found if label == "PERSON")
    starts = {s for s, _e in persons}
    for start, end in persons:
        m = _AAN_DE_SURNAME.match(text, end)
        if m is not None and _plain_name_word(m.group("sur"), lex):
            # (not a street named after someone: "Salie Tafel aan de Jacob\nCatsstraat")
            street = _NEXT_CAPITAL_WORD_36.match(text, m.end("sur"))
            if street is None or lexicon.street_suffix(street.group(1)) is None:
                out.add((start, m.end("sur"), "PERSON"))
        m = _SPOUSE_SLASH.match(text, end)
        if m is not None and m.end() in starts:
            out.add((m.start(), m.end(), "PERSON"))
        # Two persons joined by "en" make one span, so one box per line covers both and the
        # "en" between them leaves no gap OCR reads again ("Snežana en\nAaltien Vork").
        m = _ROUND36_JOINED_BY_EN.match(text, end)
        if m is not None and m.end() in starts:
            after = max(e for s, e in persons if s == m.end())
            out.add((start, after, "PERSON"))
        line_start = lines_text.rfind("\n", 0, start) + 1
        head = _ROUND36_LINE_HEAD.fullmatch(lines_text, line_start, start)
        if head is not None:
            m = _SEMICOLON_GIVEN.match(lines_text, end)
            if m is not None and not _not_a_given_word(m.group("name"), lex, place_ok=False):
                out.add((line_start + len(head.group("marks")), m.end("name"), "PERSON"))
        # A given name of two letters before a surname opening with a capital particle ("Ro Ten
        # Zolder"), which the first-name rules leave for its length.
        if text[start : start + 4] in {"Ten ", "Ter ", "Van ", "Den ", "Aan "} or text[
            start : start + 3
        ] in {"De ", "Te "}:
            before = re.search(
                r"(?<![\w-])([A-Z][a-z\u00df-\u00ff])[ ]$", text[max(0, start - 4) : start]
            )
            if before is not None and _unknown_word(before.group(1), lex):
                out.add((start - 3, end, "PERSON"))
    return out


def _round36_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 36 adds once every person of the screenshot is found: a name established in
    lower case ("rasp" as a chat list's title) blacked where it is capitalised too
    ("Hondenbelasting Rasp stopt"), the persons grown, numbers with numbered toevoegingen."""
    lex = lexicon.load()
    out = {
        (m.start("number"), m.end("number"), "ADDRESS")
        for m in _NR_NUMBERED_TOEVOEGING.finditer(text)
    }
    parts = {
        word
        for s, e, label in found
        if label == "PERSON" and text[s:e].islower() and len(text[s:e].split()) <= 3
        for word in _NAME_PART.findall(text[s:e])
        if len(word) >= 3
        and word not in _NAME_FILLERS
        and word not in lex.frequent_words
        and word not in _PRONOUNS
        and not _organisation_or_place(word, lex)
    }
    if parts:
        out |= {
            (m.start(), m.end(), "PERSON")
            for m in _NAME_PART.finditer(text)
            if m.group()[0].isupper()
            and m.group().casefold() in parts
            and not _in_firms_name_of_bubble(text, lines_text, m.start())
            and not _month_of_a_date(text, m)
        }
    out |= _round36_grown(text, lines_text, found | out)
    return out


# A chat's notice that it is with a business ("Cateraar De Beker is een zakelijk account : Meer
# info"): the title is a firm's, named after a person, wherever the screenshot writes it.
_ROUND36_BUSINESS_ACCOUNT = re.compile(
    r"^(?P<firm>[^\n]{2,60}?)[ ]+is[ ]+een[ ]+zakelijk[ ]+account\b", re.M
)


def _round36_without_business_accounts(
    lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` without persons inside the name of a firm whose chat says it is a business
    account, the name holding a trade's word."""
    if "zakelijk" not in lines_text:
        return found
    firms = {m.group("firm").strip() for m in _ROUND36_BUSINESS_ACCOUNT.finditer(lines_text)}
    firms = {
        f for f in firms if any(_firm_word(w) or is_firm_word(w.casefold()) for w in f.split())
    }
    regions = [
        (m.start(), m.end())
        for firm in firms
        for m in re.finditer(r"(?<![\w])" + re.escape(firm) + r"(?![\w])", lines_text)
    ]
    if not regions:
        return found
    return {
        (s, e, label)
        for s, e, label in found
        if label != "PERSON" or not any(rs <= s and e <= re_ for rs, re_ in regions)
    }


# --- Round 37 (blind30) -----------------------------------------------------------------------

# A contact saved as a surname and initials after a dash ("De Tureluur - B.W. @", "Grutto -
# S.T..jpeg", "Lijster - BT.", wrapped "Lijster\n-B.T."): a person, blacked everywhere.
_ROUND37_SURNAME_DASH_INITIALS = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:[Dd]e|[Vv]an|[Tt]er|[Tt]en|[Vv]an[ ]de[rn]?)[ ])?[A-Z][^\W\d_]{2,})"
    r"[ ]?\n?[ ]?-[ ]?(?P<ini>[A-Z]\.?[A-Z]\.)(?=[ ,;:@&.)]|$)",
    re.M,
)
# The owner of a thing that stands on someone's ground ("Schutting van Grutto staat op ons erf",
# "De boom van De Kauw hangt over onze tuin"): a person, also a word.
_ROUND37_OWNER_OF_THING = re.compile(
    r"\bvan[ \n]+(?P<name>(?:(?:De|Van|Ter|Ten)[ ])?[A-Z][^\W\d_]{2,})[ \n]+"
    r"(?:staat|staan|ligt|liggen|hangt|hangen|groeit|groeien|steekt|stond|lag|hing)[ \n]+"
    r"(?:op|in|over|tegen|voor|naast|bij)[ \n]+(?:ons|onze|mijn|ons|m'n)\b"
)
# A house number with a slashed toevoeging after a street, also one with a compass part
# ("Stationsweg-Zuid\n141/A2", "bij nr. 141/A2."): an address.
_ROUND37_SLASHED_NUMBER = re.compile(
    r"(?:(?<![\w-])(?P<street>[A-Z][^\W\d_]{3,}(?:-(?:Zuid|Noord|Oost|West|Zuidzijde|Noordzijde))?)"
    r"|\b(?:[Nn]r\.?|[Nn]ummer|[Hh]uisnummer))[ \n]*(?P<number>[1-9]\d{0,3}/[A-Z]?\d{0,2}[A-Z]?)"
    r"(?![\w/])"
)
# An IBAN whose bank code OCR left four capitals, spaced, glued or wrapped, its check digits or
# its last digits misread ("NL44KFXT11634711853.", "Rekening: NLOSFXTK 9487"): its bank part and
# the digits after it.
_ROUND37_LOOSE_IBAN = re.compile(
    r"(?<![\w])(?P<iban>[Nn][Ll1I][0-9OS]{2}[ ]?[A-Z]{4}[ ]?\d(?:[ \n]?\d){7,11})(?!\d)"
)
_ROUND37_CUED_IBAN = re.compile(
    r"\b(?:[Rr]ekening(?:nummer)?|IBAN|[Rr]ek\.?[ ]?nr\.?|[Bb]ankrekening):?[ \n]+"
    r"(?P<iban>[Nn][Ll1I][0-9A-Z]{2,3}[ ]?[A-Z]{4}(?:[ \n]?\d){2,})"
)

# A person after the role they have in a case, a surname in capitals inverted before the given
# name too ("begeleider Kik Wouw;", "eigenaar DE KAUW, Tsjitske, BSN"): a person.
_ROUND37_CASE_ROLE_NAME = re.compile(
    r"\b(?:begeleider|begeleidster|eigenaar|eigenares|eigenaresse|huurder|huurster|bewoner|"
    r"bewoonster|contactpersoon|mentor|verzorger|gemachtigde|belanghebbende)[ \n]+"
    r"(?P<name>[A-Z][^\W\d_]+(?:[ \n][A-Z][^\W\d_]+){0,2})"
    r"(?:,[ \n](?P<given>[A-Z][a-z\u00df-\u00ff]{2,}))?(?=[ ]*[;,.:(]|[ ]*$)",
    re.M,
)
# The applicant after a request's compound, before where it is filed ("Kapaanvraag Drita staat
# onder zaak"): a person.
_ROUND37_COMPOUND_REQUEST_OF = re.compile(
    r"\b[A-Z][a-z]*(?:aanvraag|verzoek|melding)[ \n]+(?P<name>[A-Z][^\W\d_]+)[ \n]+"
    r"(?:staat|ligt|loopt|zit)[ \n]+(?:onder|bij|in)\b"
)
# A house number after "bij/op nr." wrapped onto the next line, a letter after it ("kijken bij
# nr.\n201 A."): an address.
_ROUND37_NR_WRAPPED = re.compile(
    r"\b(?:bij|op|naar|van|aan)[ \n]+(?:[Nn]r\.?|[Nn]ummer)[ \n]+"
    r"(?P<number>[1-9]\d{0,3}(?:[ ]?[A-Z](?![\w])|[ ]bis\b)?)"
)
# A street with a compass part and its number, a letter or "bis" after it, wrapped or not
# ("Havenstraat-Oost\n67 bis"): an address.
_ROUND37_COMPASS_STREET = re.compile(
    r"(?<![\w-])(?P<street>[A-Z][^\W\d_]{3,})-(?:Zuid|Noord|Oost|West)[ \n]+"
    r"[1-9]\d{0,3}(?:[ \n]?(?:bis|[A-Z])(?![\w])|-\d{1,3}(?!\d))?"
)

# Two initials OCR glued, one dot left, before a surname no list knows ("137 A: SJ. Shala,"):
# a person.
_ROUND37_GLUED_TWO_INITIALS = re.compile(
    r"(?<![\w.])(?P<name>[A-Z]{2}\.[ ][A-Z][a-z\u00df-\u00ff]{2,})(?=[ ]*[,;.]|[ ]*$)", re.M
)


def _round37_name_ok(name: str, lex: lexicon.Lexicon) -> bool:
    """Whether a capitalised word (a particle before it allowed) may be a person's surname: no
    organisation's, place's, street's or firm's word, no pronoun."""
    word = name.split()[-1]
    return not (
        _organisation_or_place(word, lex)
        or _firm_word(word)
        or _STREET_WORD.fullmatch(word)
        or lexicon.street_suffix(word) is not None
        or word.casefold() in _PRONOUNS
        or is_company_cue(word.casefold())
    )


def _round37_surname_word(word: str) -> bool:
    """Whether a word after a given name may be a surname, a place's name too ("Wouw"): no
    organisation's, street's or firm's word."""
    low = word.casefold()
    return not (
        low in _ORGANISATION_WORDS
        or _firm_word(word)
        or _STREET_WORD.fullmatch(word)
        or lexicon.street_suffix(word) is not None
        or is_company_cue(low)
    )


def _round37_persons(text: str, lines_text: str) -> set[tuple[int, int, str]]:
    """Persons round 37 adds before the screenshot's persons are looked for everywhere: contacts
    saved as "Surname - I.N.", owners of what stands on someone's ground."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    if "-" in lines_text:
        for m in _ROUND37_SURNAME_DASH_INITIALS.finditer(lines_text):
            if _round37_name_ok(m.group("name"), lex):
                out.add((m.start("name"), m.end("name"), "PERSON"))
                out.add((m.start("name"), m.end("ini"), "PERSON"))
    for m in _ROUND37_OWNER_OF_THING.finditer(text):
        # (a surname that is also a place's name stays a person here: "van Wouw staat op ons erf")
        if (
            _round37_surname_word(m.group("name").split()[-1])
            and m.group("name").split()[-1].casefold() not in _PRONOUNS
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND37_CASE_ROLE_NAME.finditer(text):
        words = m.group("name").split()
        if (
            _round37_name_ok(words[0], lex)
            and all(_round37_surname_word(w) for w in words[1:])
            and (words[0].isupper() or not _not_a_given_word(words[0], lex, place_ok=False))
        ):
            out.add(
                (m.start("name"), m.end("given") if m.group("given") else m.end("name"), "PERSON")
            )
    for m in _ROUND37_GLUED_TWO_INITIALS.finditer(text):
        surname = m.group("name").split()[-1]
        if _round37_name_ok(surname, lex) and (
            _unknown_word(surname, lex) or surname.casefold() in lex.surnames
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND37_COMPOUND_REQUEST_OF.finditer(text):
        name = m.group("name")
        if not _not_a_given_word(name, lex, place_ok=False) and (
            _unknown_word(name, lex) or name.casefold() in lex.common_first_names
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round37_numbers(text: str) -> set[tuple[int, int, str]]:
    """Addresses with slashed toevoegingen and loosely read IBANs round 37 adds."""
    out: set[tuple[int, int, str]] = set()
    if "/" in text:
        for m in _ROUND37_SLASHED_NUMBER.finditer(text):
            street = m.group("street")
            if street is None:
                out.add((m.start("number"), m.end("number"), "ADDRESS"))
            elif lexicon.street_suffix(street.split("-")[0]) is not None:
                out.add((m.start("street"), m.end("number"), "ADDRESS"))
    out |= {
        (m.start("number"), m.end("number"), "ADDRESS") for m in _ROUND37_NR_WRAPPED.finditer(text)
    }
    for m in _ROUND37_COMPASS_STREET.finditer(text):
        if lexicon.street_suffix(m.group("street")) is not None:
            out.add((m.start(), m.end(), "ADDRESS"))
    for pattern in (_ROUND37_LOOSE_IBAN, _ROUND37_CUED_IBAN):
        out |= {(m.start("iban"), m.end("iban"), "IBAN") for m in pattern.finditer(text)}
    return out


# --- Round 38 (blind30) -----------------------------------------------------------------------

# A clause's subject after a semicolon or colon, a surname with a capital particle before a
# person's verb ("dossier 12; De Tureluur krijgt ook bericht"): a person; a role stays, as it is
# written in lower case after its article ("; De baliemedewerker komt").
_ROUND38_PARTICLED_SUBJECT = re.compile(
    r"(?<=[;:])[ \n]+(?P<name>(?:De|Van|Ter|Ten|Op[ ]de|In[ ]de|Uit[ ]de|Van[ ]de[rn]?|Van[ ]het)"
    rf"[ \n]+[A-Z][a-z\u00df-\u00ff]{{2,}})[ \n]+(?:{_PERSON_VERBS}|kan|kon|wil|moet|mag|zal|"
    r"heeft|had|is|was|komt|kwam|gaat|ging|wordt|werd)\b"
)
# A capitalised subject, one or two words, after a finite verb that opens a question ("Sleutel
# kwijt, had Mus\nSperwer hem?", "Heeft Mus het pakket nog?"): a person.
_ROUND38_INVERTED_SUBJECT = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?,;:][ ]))(?i:had|heeft|heb|hebben|is|was|kan|kon|wil|weet|wist|zag|"
    r"ziet|zou|gaat|komt)[ \n]+"
    r"(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}(?:[ \n]+[A-Z][a-z\u00df-\u00ff]{2,})?)"
    r"[ \n]+[a-z][^.!?\n]{0,50}(?:\n[^.!?\n]{0,50})?\?",
    re.M,
)
# One or two capitalised words after a preposition, a relative clause after a comma ("Toeslag
# voor Mus Sperwer, die zorgt voor ...", "Vraag het aan Sperwer, die weet het"): the person the
# clause is about.
_ROUND38_RELATIVE_AFTER_PAIR = re.compile(
    r"\b(?:voor|van|met|aan|bij|door|namens)[ \n]+"
    r"(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}(?:[ \n]+[A-Z][a-z\u00df-\u00ff]{2,})?),[ \n]+die[ \n]+[a-z]"
)
# An answer opening with a word of assent or thanks and a surname with a capital particle, a
# comma or the sentence's end after it ("Prima Op de Woerd, tot ...", "Dank Van der Spreeuw!"),
# or a capitalised word before a comma and a closing phrase ("Prima Spreeuw, tot zo."): whom it
# answers.
_ROUND38_ACKNOWLEDGED_PARTICLED = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ]))(?:Helder|Prima|Top|Oké|Oke|Ok|Super|Fijn|Dank|Dankjewel|"
    r"Dankuwel|Bedankt|Goed|Klopt|Sorry|Hoi|Hallo|Dag|Beste|Goedemorgen|Goedemiddag)[ ]+"
    r"(?:(?P<name>(?:Op|In|Uit|Aan|Van|De|Ter|Ten)(?:[ ](?:de|der|den|het|'t))?[ \n]"
    r"[A-Z][a-z\u00df-\u00ff]{2,})(?=[,!.?])|(?P<alone>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?=,[ ](?:tot|dank|bedankt|graag|succes|fijne|goed|prima)\b))",
    re.M,
)
# The holder of a permit or an exemption whose term is given ("Ontheffing container OH-12 voor
# Spreeuw loopt tot 3 mei", "vergunning EV\n26/39 voor Mus loopt tot"): a person.
_ROUND38_PERMIT_HOLDER = re.compile(
    r"\b(?i:ontheffing|vergunning|[a-z]+vergunning|[a-z]+ontheffing|contract|huurcontract|"
    r"abonnement|pas|parkeerpas)\b[^.;!?]{0,60}?[ \n](?:voor|van|op[ ]naam[ ]van)[ \n]+"
    r"(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}(?:[ ][A-Z][a-z\u00df-\u00ff]{2,})?)[ \n]+"
    r"(?:loopt|verloopt|geldt|gold|liep)[ \n]+(?:tot|af|t/m|nog|door|op|per|eind|in)\b"
)
# Whom someone goes to, a lower-case word closing the sentence ("De opzichter gaat morgen naar
# spreeuw.", "gaat langs bij spreeuw.", "naar spreeuw toe."): a person saved or written in lower
# case; a bare destination stays ("naar huis.").
_ROUND38_GOES_TO_LOWER = re.compile(
    r"\b(?:gaat|ga|gaan|ging|gingen|komt|kom|komen|kwam|rijdt|rijden|reed|fietst|loopt|stapt)"
    r"(?:[ \n]+(?:morgen|vandaag|straks|vanmiddag|vanavond|vanochtend|zo|even|nog|ook|dan|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|eerst|later|weer)){0,3}"
    r"[ \n]+(?:naar|langs[ \n]+bij|bij)[ \n]+(?P<name>[a-z\u00df-\u00ff]{3,})"
    r"(?:[ \n]+toe)?(?=[ ]?[.!?](?:[ \n]|$))",
    re.M,
)
_ROUND38_DESTINATIONS = frozenset(
    {
        "huis",
        "bed",
        "school",
        "kerk",
        "zee",
        "stad",
        "werk",
        "buiten",
        "binnen",
        "boven",
        "beneden",
        "voren",
        "achteren",
        "links",
        "rechts",
        "kantoor",
        "training",
        "college",
        "dokter",
        "tandarts",
        "huisarts",
        "markt",
        "strand",
        "zolder",
        "kelder",
        "tuin",
        "bos",
        "vakantie",
        "camping",
        "voetbal",
        "gym",
        "zwemles",
        "oma",
        "opa",
        "mama",
        "papa",
        "mam",
        "pap",
        "achter",
        "voor",
        "huus",
        "kapper",
        "bakker",
        "slager",
        "zwembad",
        "bieb",
        "bibliotheek",
        "gemeente",
        "balie",
        "werf",
        "loket",
        "ziekenhuis",
        "apotheek",
    }
)
# A list after a colon whose first item opens with a person found ("Rooster: Mus tot 12.00,
# Besnik vrij; ..."): an item opening with another capitalised word, a lower-case word or the
# list's end after it, names a person too.
_ROUND38_COLON_LIST = re.compile(
    r":[ \n]+(?P<items>[^;:!?\n]*(?:\n[^;:!?\n]*){0,2}?)(?=[;!?]|\.[ \n]|\.$|$)"
)
_ROUND38_LIST_ITEM_HEAD = re.compile(
    r"(?:,|[ ]en)[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})(?=[ \n]+[a-z]|[ ]*$)"
)
# The last word of a line right before a surname found opening the next, both in lower case or
# both capitalised, after a colon or a sentence's end ("gedaan: mus\nsperwer, geb.", "zie de
# foto. Mus\nSperwer"): the given name.
_ROUND38_WORD_ENDING_LINE = re.compile(
    r"(?:^|(?<=[:;,.!?][ ])|(?<=\n))(?P<name>[A-Za-z\u00df-\u00ff][a-z\u00df-\u00ff]{2,})[ ]*\n$"
)
# A landline or mobile number with a dash after its area code and a digit too many, as OCR
# doubles one ("0528-9777 301"): a phone, unless dropping one digit gives a kept number.
_ROUND38_DOUBLED_DIGIT_PHONE = re.compile(
    r"(?<![\w.+/-])(?<![A-Z]{4}[ ])"
    r"(?P<number>0[1-9]\d{0,2}[ ]?[-/][ ]?\d(?:[ ]?\d){5,8})(?![\w-]|[.,:]\d)"
)

_ROUND38_NUMBER_CUE_BEFORE = re.compile(
    r"\b(?i:zaak|zaaknr|zaaknummer|kenmerk|dossier|factuur|factuurnr|referentie|ref|melding|"
    r"meldnummer|nummer|nr|kvk|btw|klantnummer|ordernummer)\.?:?[ \n]*$"
)


def _round38_name_word(word: str, lex: lexicon.Lexicon) -> bool:
    """Whether a capitalised word in a person's place may be a name: no organisation's,
    place's, street's, firm's, month's or weekday's word, no pronoun, no word of the frequent
    list."""
    low = word.casefold()
    return not (
        _not_a_given_word(word, lex, place_ok=False)
        or _STREET_WORD.fullmatch(word)
        or lexicon.street_suffix(low) is not None
        or is_company_cue(low)
    )


def _round38_nickname_stems(names: Sequence[str]) -> set[str]:
    """The given names established nicknames are made of ("Kikkie" -> "kik", "Mussie" ->
    "mus", "Arendje" -> "arend"): three letters or more."""
    out: set[str] = set()
    for name in names:
        for word in _NAME_PART.findall(name):
            low = word.casefold()
            for ending in _NICKNAME_ENDINGS:
                if not low.endswith(ending) or len(low) - len(ending) < 3:
                    continue
                stem = low[: -len(ending)]
                if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                    stem = stem[:-1]  # "kikk-ie" -> "kik"
                if len(stem) >= 3:
                    out.add(stem)
    return out


def _round38_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 38 adds before the screenshot's persons are looked for everywhere."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND38_PARTICLED_SUBJECT.finditer(text):
        if _round38_name_word(m.group("name").split()[-1], lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND38_INVERTED_SUBJECT.finditer(text):
        words = m.group("name").split()
        if all(_round38_name_word(w, lex) for w in words):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND38_RELATIVE_AFTER_PAIR.finditer(text):
        words = m.group("name").split()
        if all(_round38_name_word(w, lex) for w in words) and not (
            len(words[0]) >= 8 and lexicon.is_compound(words[0].casefold())
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND38_ACKNOWLEDGED_PARTICLED.finditer(text):
        group = "name" if m.group("name") else "alone"
        last = m.group(group).split()[-1]
        if _round38_name_word(last, lex) and last.casefold() not in _GREETING_OBJECTS:
            out.add((m.start(group), m.end(group), "PERSON"))
    for m in _ROUND38_PERMIT_HOLDER.finditer(text):
        words = m.group("name").split()
        if all(_round38_name_word(w, lex) for w in words) and not (
            len(words[0]) >= 8 and lexicon.is_compound(words[0].casefold())
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND38_GOES_TO_LOWER.finditer(text):
        low = m.group("name")
        if (
            low not in _ROUND38_DESTINATIONS
            and re.fullmatch(_ROLE_WORDS, low.capitalize()) is None  # "bij buren."
            and low not in lex.frequent_words
            and low not in lex.not_names
            and low not in lex.proper_nouns
            and low not in _PRONOUNS
            and (low in lex.surnames or low in lex.first_names or _unknown_word(low, lex))
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    persons = [(s, e) for s, e, label in found | out if label == "PERSON"]
    if ":" in text and persons:
        for m in _ROUND38_COLON_LIST.finditer(text):
            first = m.start("items")
            if not any(s == first for s, _e in persons):
                continue
            for item in _ROUND38_LIST_ITEM_HEAD.finditer(text, first, m.end("items")):
                if _round38_name_word(item.group("name"), lex) and not _verb_form(
                    item.group("name").casefold(), lex
                ):
                    out.add((item.start("name"), item.end("name"), "PERSON"))
    # The given name a nickname established in the screenshot is made of ("Kikkie" -> "Kik"),
    # capitalised: the same person.
    stems = _round38_nickname_stems(persons_in(text, found | out))
    if stems:
        out |= {
            (m.start(), m.end(), "PERSON")
            for m in _NAME_PART.finditer(text)
            if m.group()[0].isupper()
            and m.group().casefold() in stems
            and not _in_firms_name_of_bubble(text, lines_text, m.start())
        }
    return out


def _round38_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]], keep_values: Sequence[str]
) -> set[tuple[int, int, str]]:
    """What round 38 adds once every person of the screenshot is found: the given name ending
    the line above a surname found, phones with a doubled digit."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or start == 0 or lines_text[start - 1] != "\n":
            continue
        words = text[start:end].split()
        m = _ROUND38_WORD_ENDING_LINE.search(lines_text, max(0, start - 40), start)
        if m is None or len(words) != 1:
            continue
        word, surname = m.group("name"), words[0]
        if word[0].isupper() != surname[0].isupper() or not surname[0].isalpha():
            continue
        # A surname that is a word or a name list's surname, no given name: "Anders\nFaay" is
        # an adverb before a given name.
        low_surname = surname.casefold()
        if low_surname in lex.first_names or not (
            low_surname in lex.surnames or low_surname in lex.dutch_words
        ):
            continue
        low = word.casefold()
        if (
            low not in lex.frequent_words
            and low not in lex.not_names
            and low not in _PRONOUNS
            and not _organisation_or_place(word, lex)
            and (low in lex.first_names or low in lex.surnames or _unknown_word(word, lex))
        ):
            out.add((m.start("name"), end, "PERSON"))
    kept_digits = {re.sub(r"\D", "", v) for v in keep_values}
    for m in _ROUND38_DOUBLED_DIGIT_PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group("number"))
        if len(digits) != 11 or digits.startswith(("0800", "0900", "0906", "0909")):
            continue
        if any(digits[:i] + digits[i + 1 :] in kept_digits for i in range(len(digits))):
            continue
        if _ROUND38_NUMBER_CUE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # a case's or an invoice's number
        out.add((m.start("number"), m.end("number"), "PHONE"))
    return out


# --- Round 39 (blind31) -----------------------------------------------------------------------

# A surname with "'t" after its particle, capitalised after it, anywhere in a sentence ("voor
# Op 't Land bevestigd", "Aan In ‘t Veld gevraagd", "Jorn van 't Erve"): a person; the phrase
# itself is written in lower case ("op 't land", "in 't veld").
_ROUND39_T_SURNAME = re.compile(
    r"(?<![\w'‘’`])(?P<name>(?:[Oo]p|[Vv]an|[Ii]n|[Aa]an|[Uu]it)[ ]?['‘’`]t[ \n]+"
    r"[A-Z][a-z\u00df-\u00ff]{2,})(?![\w-])"
)
# A noun opening a line or sentence, a name and a lower-case word ("Verlof Jorunn goedgekeurd",
# "Budgetbeheer Olufemi via ..."): the name is whose leave or budget it is.
_ROUND39_NOUN_THEN_NAME = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?;:][ ]))(?P<noun>[A-Z][a-z\u00df-\u00ff]{3,})[ ]"
    r"(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ \n]+(?=[a-z\u00df-\u00ff]{2,})",
    re.M,
)
# An address's unit or apartment number after its house number ("op nr. 41\nunit 2",
# "Dorpsstraat 8 app. 3").
_ROUND39_UNIT_AFTER = re.compile(
    r"[ \n]+(?:unit|app\.?|appartement|studio|kamer|woning)[ \n]*\d{1,4}[a-zA-Z]?(?![\w-])"
)
# An IBAN cut by a chat list's ellipsis after its country, check digits (OCR reads a 0 as O)
# and bank code or a few digits ("rekening is NLO3 KNAB...", "DE44 5001 0517..."): a person's.
_ROUND39_CUT_IBAN = re.compile(
    r"(?<![\w-])(?P<iban>(?:NL|BE|DE|AT|FR|LU|ES|IT|PT|GB|PL|CH|DK|SE|NO|FI|IE|TR|MA|BA|ME|"
    r"HR|RS|SI)"
    r"[0-9O]{2}(?:[ ]?[A-Z0-9]{2,4}){1,5})[ ]?(?=\.{2,}|\u2026|\.[ ]*(?:\n|$))"
)
# A date in brackets after a relative or a child ("voor mijn vader (dinsdag 4 maart 1951)"):
# the relative's birth date, ten years back or more.
_ROUND39_KIN_BEFORE = re.compile(
    r"\b(?i:moeder|vader|ouder|oma|opa|zoon|dochter|kind|baby|broer|zus|zuster|man|vrouw|"
    r"partner|echtgenoot|echtgenote|schoonmoeder|schoonvader|tante|oom|neef|nicht|pleegkind|"
    r"kleinkind|kleinzoon|kleindochter|buurman|buurvrouw)$"
)
# Initials after a surname and its comma whose dots OCR read as a low comma or a comma
# ("Tromp, K‚L.", "Tromp, K,L."), also a single initial with its dot.
_ROUND39_ODD_INITIALS = re.compile(r",[ ](?P<initials>[A-Z][.,\u201a][A-Z][.,\u201a]?|[A-Z]\.)")
# A relative or role before a lower-case given name and a surname found in lower case ("ouder
# fenna\nbrouwer."): the given name is the same person's.
_ROUND39_ROLE_BEFORE_LOWER = re.compile(
    r"\b(?i:ouder|moeder|vader|mevr\.?|dhr\.?|mevrouw|meneer|oma|opa|zoon|dochter|voogd)[ ]"
    r"(?P<name>[a-z\u00df-\u00ff]{3,})[ \n]+$"
)
# A surname, a comma and two or three dotted initials ("Hazel, T.J." in a header or a sender
# line), also a surname a place list knows ("Diever, A.B."): a person saved surname first.
_ROUND39_SURNAME_INITIALS = re.compile(
    r"(?<![\w.&-])(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}),[ ](?:[A-Z]\.){2,3}(?![\w])"
)
# One or two capitalised words before "geb." or "geboren" and a date ("Rolf\nDiever, geb.
# 3-4-1988"): whose birth it is.
_ROUND39_BEFORE_BIRTH = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}(?:[ \n][A-Z][a-z\u00df-\u00ff]{2,})?),?"
    r"[ \n]+(?:geb\.|geboren)[ \n]+(?:op[ ]+)?\d"
)
# A first name and a capitalised particle a chat list's ellipsis cuts ("Ilse Van der...",
# "Bram De..."): a person's name.
_ROUND39_CUT_PARTICLED = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}[ ](?:Van|De|Ter|Ten|Op|In|Uit|Le|La|Da)"
    r"(?:[ ](?:de|der|den|het|la|'t))?)[ ]?(?=\.{2,}|\u2026)"
)
# A capitalised word after a question or a sentence's end before a comma and a phone number or
# a plate ("wie rijdt? Hazel, 06 ...", "... Hazel, 12-ABC-3"): whom to reach.
_ROUND39_NAME_BEFORE_CONTACT = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ]))(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}),[ \n]+$", re.M
)
# A capitalised word a name list knows after a preposition, closing a clause ("overdracht naar
# Hazel, ...", "afspraak met Brem."): a person, unless a place or an organisation.
_ROUND39_AFTER_PREPOSITION = re.compile(
    r"\b(?:naar|aan|met|bij|voor|door|namens)[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?=[,;][ \n]|[.!?](?:[ \n]|$))",
    re.M,
)
# One or two capitalised words opening a clause after a semicolon or a sentence's end, before a
# verb of coming, going or calling ("...; Olufemi Hazel gaat vóór 12/3 langs"): a person.
_ROUND39_SUBJECT = re.compile(
    r"(?:(?<=[;][ ])|(?<=[.!?][ ]))(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}"
    r"(?:[ ][A-Z][a-z\u00df-\u00ff]{2,})?)[ ](?:gaat|komt|belt|mailt|appt|rijdt|haalt|brengt|"
    r"neemt|heeft|wil|kan|moet|zal|is|was)\b"
)
# Services a person is the client of ("Budgetbeheer Olufemi via ..."): the name after such a
# word is the client's, no firm's name.
_ROUND39_CLIENT_SERVICES = frozenset(
    {
        "budgetbeheer",
        "budgetcoaching",
        "bewindvoering",
        "beschermingsbewind",
        "inkomensbeheer",
        "schuldhulp",
        "schuldhulpverlening",
        "schuldsanering",
        "mentorschap",
        "curatele",
        "woonbegeleiding",
        "thuisbegeleiding",
    }
)
# A group's or a team's name: a word, an ampersand and an abbreviation ("Jeugd & WMO", "Leerplicht
# & RMC"); its word is no person.
_ROUND39_GROUP_AMPERSAND = re.compile(r"[ ]?&[ ][A-Z]{2,5}\b")
_ROUND39_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[A-Za-z0-9][\w.+-]{2,40})[ ]?@[ ]?[A-Za-z0-9-]+(?:\.[A-Za-z]{2,})+"
)


# Countries whose IBAN has only digits after its check digits, and those whose bank code is
# four letters.
_ROUND39_DIGIT_IBANS = frozenset(
    {"BE", "DE", "AT", "PL", "DK", "FI", "NO", "SE", "ES", "PT", "BA", "ME", "HR", "RS", "SI"}
)
_ROUND39_LETTER_BANK_IBANS = frozenset({"NL", "GB", "IE"})
# Abbreviations written like two or three initials ("Meppel, N.B. de weg is dicht").
_ROUND39_NOT_INITIALS = frozenset({"N.B.", "P.S.", "A.U.B.", "S.V.P.", "I.P.V.", "O.A.", "D.W.Z."})


def _round39_iban_head_shape_wrong(compact: str) -> bool:
    """Whether a cut IBAN's head ("NL07RABO", "BE531234") has a shape its country never writes:
    a Dutch one without its bank's four letters, a Belgian one with letters."""
    country, rest = compact[:2], compact[4:]
    if country in _ROUND39_DIGIT_IBANS:
        return not rest.replace("O", "0").isdigit()
    if country in _ROUND39_LETTER_BANK_IBANS:
        return re.match(r"[A-Z]{4}", rest) is None
    return False


def _round39_hyphen_parts(names: Sequence[str]) -> tuple[str, ...]:
    """The capitalised halves of established double surnames ("Lena Voogd-Tromp" -> "Voogd",
    "Tromp"), each a name of the screenshot's person on its own."""
    out: list[str] = []
    for name in names:
        for part in _NAME_PART.findall(name):
            if "-" not in part:
                continue
            halves = part.split("-")
            if len(halves) == 2 and all(len(h) >= 3 and h[0].isupper() for h in halves):
                out.extend(h for h in halves if h.casefold() not in _NAME_FILLERS)
    return tuple(dict.fromkeys(out))


def _round39_loose_name_word(word: str, lex: lexicon.Lexicon) -> bool:
    """A capitalised word that may be a surname where the construction says it is one: also a
    word or a place ("Moer", "Diever"), no organisation's or street's word, month, weekday,
    pronoun or word of the frequent list."""
    low = word.casefold()
    return not (
        low in _ORGANISATION_WORDS
        or low in lex.frequent_words
        or low in lex.not_names
        or low in _PRONOUNS
        or low in _MONTH_NAMES
        or low in _WEEKDAYS
        or _STREET_WORD.fullmatch(word)
        or lexicon.street_suffix(low) is not None
        or is_company_cue(low)
        or bool(organisation_pattern().search(word))
    )


def _round39_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 39 adds before the screenshot's persons are looked for everywhere:
    surnames with "'t", a name after a noun opening a sentence."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND39_T_SURNAME.finditer(text):
        last = m.group("name").split()[-1]
        if not (
            _STREET_WORD.fullmatch(last)
            or lexicon.street_suffix(last.casefold()) is not None
            or last.casefold() in _ORGANISATION_WORDS
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND39_SURNAME_INITIALS.finditer(text):
        initials = text[m.end("name") + 2 : m.end()].upper()
        if _round39_loose_name_word(m.group("name"), lex) and initials not in _ROUND39_NOT_INITIALS:
            out.add((m.start(), m.end(), "PERSON"))
    for m in _ROUND39_BEFORE_BIRTH.finditer(text):
        words = m.group("name").split()
        if all(_round39_loose_name_word(w, lex) for w in words) and (
            len(words) == 1 or not _organisation_or_place(words[0], lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND39_CUT_PARTICLED.finditer(text):
        given = m.group("name").split()[0]
        low = given.casefold()
        if (
            _round38_name_word(given, lex)
            and not _firm_word(given)
            and not lexicon.is_compound(low)  # "Kledingzaak De...", "Oranjecomité De..."
            and not (low in lex.dutch_words and len(low) >= 8)
            and _BUSINESS_PLACE.search(low) is None
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND39_AFTER_PREPOSITION.finditer(text):
        name = m.group("name")
        low = name.casefold()
        if (
            (low in lex.surnames or low in lex.first_names)
            and _round39_loose_name_word(name, lex)
            and not _organisation_or_place(name, lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND39_SUBJECT.finditer(text):
        words = m.group("name").split()
        first = words[0]
        if (
            (first.casefold() in lex.first_names or _unknown_word(first, lex))
            and first.casefold() not in lex.dutch_words
            and all(_round39_loose_name_word(w, lex) for w in words)
            and not any(_organisation_or_place(w, lex) for w in words)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND39_NOUN_THEN_NAME.finditer(text):
        noun, name = m.group("noun"), m.group("name")
        low_noun, low = noun.casefold(), name.casefold()
        if not (low_noun in lex.dutch_words or lexicon.is_compound(low_noun)):
            continue
        if (
            low_noun in lex.first_names
            or low_noun in lex.surnames
            or low_noun in lex.frequent_words
        ):
            continue  # "Lena Tromp" is a name pair, found elsewhere; "Mijn Georgische ..."
        if low.endswith(("isch", "ische", "iaans", "iaanse", "ees", "ese", "se")):
            continue  # an adjective of origin ("Oekraïense", "Georgische")
        if (
            low in lex.frequent_words
            or low in lex.dutch_words
            or _organisation_or_place(name, lex)
            or not _round38_name_word(name, lex)
            or lexicon.street_suffix(low) is not None
        ):
            continue
        if low in lex.first_names or low in lex.surnames or _unknown_word(name, lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round39_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]], keep_values: Sequence[str]
) -> set[tuple[int, int, str]]:
    """What round 39 adds once every person of the screenshot is found: units of addresses,
    cut IBANs, relatives' bracketed birth dates, odd initials after surnames, lower-case given
    names after a role, e-mail addresses made of a person's surname."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label == "ADDRESS" and (m := _ROUND39_UNIT_AFTER.match(text, end)):
            out.add((start, m.end(), "ADDRESS"))
        if label != "PERSON":
            continue
        if (m := _ROUND39_ODD_INITIALS.match(text, end)) and not text[end - 1].isdigit():
            out.add((start, m.end("initials"), "PERSON"))
        word = text[start:end]
        if word.islower() and len(word.split()) == 1 and start > 0:
            role = _ROUND39_ROLE_BEFORE_LOWER.search(text, max(0, start - 40), start)
            if role is not None:
                low = role.group("name")
                if (
                    low not in lex.frequent_words
                    and low not in _PRONOUNS
                    and not _verb_form(low, lex)
                    and low not in _ROUND38_DESTINATIONS
                ):
                    out.add((role.start("name"), end, "PERSON"))
    contacts = sorted(s for s, _e, label in found if label in {"PHONE", "LICENSE_PLATE"})
    for start in contacts:
        m = _ROUND39_NAME_BEFORE_CONTACT.search(text, max(0, start - 30), start)
        if m is None:
            continue
        name = m.group("name")
        if _round38_name_word(name, lex) or (
            name.casefold() in lex.surnames and _round39_loose_name_word(name, lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    kept = [re.sub(r"[\s.]", "", v).upper() for v in keep_values]
    for m in _ROUND39_CUT_IBAN.finditer(text):
        compact = m.group("iban").replace(" ", "").upper()
        fixed = compact[:2] + compact[2:4].replace("O", "0") + compact[4:]
        if not fixed[2:4].isdigit() or any(k.startswith(fixed) for k in kept if len(k) > 12):
            continue
        if _round39_iban_head_shape_wrong(fixed) or re.search(
            r"(?i:btw|vat|kvk)\W*$", text[max(0, m.start() - 16) : m.start()]
        ):
            continue  # an NL IBAN has its bank's four letters; no VAT number ("NL0012...B01")
        out.add((m.start("iban"), m.end("iban"), "IBAN"))
    latest = datetime.datetime.now(tz=datetime.UTC).year - 10
    for m in _BRACKETED_WEEKDAY_DATE.finditer(text):
        if int(m.group("year")) > latest:
            continue
        if _ROUND39_KIN_BEFORE.search(text[max(0, m.start() - 20) : m.start()].rstrip()):
            start = m.start() + (1 if text[m.start()] in " \n" else 0)
            out.add((start, m.end(), "DATE_OF_BIRTH"))
    # An e-mail address whose local part holds a person's surname of the screenshot, folded
    # without its particle's spaces and apostrophe ("Op 't Land" -> "optland"), perhaps after
    # an initial: the person's own address.
    folded: set[str] = set()
    for start, end, label in found | out:
        if label != "PERSON":
            continue
        words = [w for w in re.split(r"[\s]+", text[start:end]) if w]
        bare = [w for w in words if _folded(w) != "t"]  # "Op 't Land" also as "opland"
        for variant in (words, bare):
            for i in range(len(variant)):
                tail = _folded(" ".join(variant[i:]))
                if len(tail) >= 5 and tail not in lex.frequent_words:
                    folded.add(tail)
    kept_domains = {v.rsplit("@", 1)[1].casefold() for v in keep_values if "@" in v}
    if folded:
        for m in _ROUND39_EMAIL.finditer(text):
            if m.group().rsplit("@", 1)[1].strip().casefold() in kept_domains:
                continue
            local = _folded(m.group("local"))
            if any(f in local for f in folded) and not _is_kept(m.group(), keep_values):
                out.add((m.start(), m.end(), "EMAIL"))
    return out


def _round39_without_group_words(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """A single everyday word found as a person before "& <abbreviation>" is a group's or a
    team's name ("Leerplicht & RMC"), which stays."""
    lex = lexicon.load()
    return {
        s
        for s in found
        if not (
            s[2] == "PERSON"
            and _ROUND39_GROUP_AMPERSAND.match(text, s[1])
            and len(text[s[0] : s[1]].split()) == 1
            and (low := text[s[0] : s[1]].casefold()) in lex.dutch_words
            and low not in lex.first_names
            and low not in lex.surnames
        )
    }


# --- Round 40 (blind32) -----------------------------------------------------------------------

# "X maakte de groep 'Y'" (Android's notice of who made a group, the closing quote perhaps read
# as "!"): the maker, also a name of everyday words ("Tuba Sjaal").
_ROUND40_GROUP_MAKER = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<who>[^\W\d_][\w'\u2019-]*(?:[ ]+[^\W\d_][\w'\u2019.-]*){0,3}?)"
    r"[ ]+maakte[ ]+de[ ]+groep[ ]+['\u2018\u2019\"\u201c\u201d]",
    re.M,
)
# A contact saved with an emoji after one capitalised word, alone on its OCR line (a chat list's
# title, a group's sender label) or before a time, the emoji read as signs round 25 did not
# take ("Hoop =", "Fier <"), or as one digit before a time ("Hoop 5 10:58"); an avatar's two
# letters may open the line ("OD Fier £").
_ROUND40_SYMBOL_ROW = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+|[A-Z]{2}[ ]+)?(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ]+"
    r"(?:[=<>+~^\u00a3#&*@%$\u00a7\u00a9\u00ae\u00bb\u00ab]{1,3}(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}\b)"
    r"|\d(?=[ ]+\d{1,2}[:.]\d{2}[ ]*$))",
    re.M,
)
# A given name (or two or three initials) before a capital "Van 't <Word>", alone on its line
# or before a time (a chat list's title, a sender label: "> Ubi Van 't Erve", "YWL Van 't Erve
# 08:10"): a person, also where the last word is a street's ending ("erve").
_ROUND40_T_ROW = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>(?:[A-Z][a-z\u00df-\u00ff]{1,}|[A-Z]{2,4})[ ]+"
    r"(?:Van|In|Op|Uit)[ ]['\u2018\u2019`]t[ ]+[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}\b)",
    re.M,
)
# A noun opening a sentence, a given name and a surname before a lower-case word ("Account
# Olufemi Kruk\ngeblokkeerd"): whose account or leave it is (round 39 took one name only).
_ROUND40_NOUN_THEN_FULL_NAME = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?;:][ ]))(?P<noun>[A-Z][a-z\u00df-\u00ff]{3,})[ ]"
    r"(?P<given>[A-Z][a-z\u00df-\u00ff]{2,})[ ](?P<surname>[A-Z][a-z\u00df-\u00ff]{1,})"
    r"[ \n]+(?=[a-z\u00df-\u00ff]{2,})",
    re.M,
)
# A place someone has, then "van" and a lower-case word without an article closing the clause
# ("staat op de plek van kruik,", "de oprit van lepel."): the word is whose place it is.
_ROUND40_PLACE_OF_LOWER = re.compile(
    r"\b(?:plek|plaats|standplaats|kraam|oprit|stoep|parkeerplek|parkeerplaats)[ \n]+van[ \n]+"
    r"(?P<name>[a-z\u00df-\u00ff]{3,})(?=[,.;])"
)
# A neighbour named by a lower-case surname with its particle before a verb ("Mijn buurman de
# kruik parkeert op de plek", "buurvrouw van lepel belt"): the neighbour.
_ROUND40_ROLE_PARTICLED_LOWER = re.compile(
    r"\b(?:[Bb]uurvrouw|[Bb]uurman|[Bb]uren|[Bb]ewoner|[Bb]ewoonster)[ \n]"
    r"(?P<name>(?:de|van|van[ ]de|van[ ]der|ter|ten|in[ ]'t|van[ ]'t)[ \n][a-z\u00df-\u00ff]{3,})"
    r"[ \n](?P<verb>[a-z]{3,})\b"
)
_ROUND40_SUBJECT_VERBS = frozenset(
    {"heeft", "had", "is", "was", "zegt", "zei", "belt", "belde", "wil", "kan", "gaat", "komt"}
)
# A market stall and a capitalised word before a verb of where it stands ("Marktkraam Olufemi
# staat op de plek", "Kraam Kruk blokkeert"): whose stall it is, no firm named after someone.
_ROUND40_STALL_OF = re.compile(
    r"\b(?i:markt)?(?i:k)raam[ ](?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ]"
    r"(?=(?:staat|stond|blokkeert|blokkeerde|ligt|lag|is|was)\b)"
)
# A capitalised word after a comma before a verb people do ("lekt toner, Olufemi zit onder de
# vlekken", ", Kruk belt terug"): the clause's subject.
_ROUND40_SUBJECT_AFTER_COMMA = re.compile(
    rf",[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{{2,}})[ \n]+(?=(?:zit|zat|{_PERSON_VERBS})\b)"
)
# "bij" and a capitalised word mid-sentence before a comma or "op de" ("omgevallen bij Kruik,
# gemeld door", "langs bij Olufemi op de markt"): whom one goes to.
_ROUND40_AT_NAME = re.compile(
    r"(?<=[a-z\u00df-\u00ff][ ])bij[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?=,[ \n]+[a-z]|[ \n]+op[ \n]+(?:de|het)\b)"
)
# A speech verb, one or two capitalised words and a bracketed phone number ("zegt Hoop\nKruk
# (+31 6 ...)"): who says it, whose number it is; any words there are a name.
_ROUND40_SPEAKER_BEFORE_PHONE = re.compile(
    r"\b(?:zegt|zei|meldt|meldde|volgens|door)[ \n]+"
    r"(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}(?:[ \n][A-Z][a-z\u00df-\u00ff]{2,})?)[ \n]+\([+0]"
)
# A word of assent and a given name no word list knows before a comma, opening a message ("Goed
# Fiertje, ticket ...", "Prima Olufemi, de pas ligt klaar"): whom it answers.
_ROUND40_ASSENT_NAME = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ]))(?:Goed|Prima|Top|Oké|Oke|Ok|Super|Fijn|Helder|Dank|Bedankt|"
    r"Klopt|Hoi|Hallo|Dag)[ ]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}),[ ]"
)
# Two words after a sentence's end before ", BSN" or ", geb." ("... 80. ubah kruk, BSN 1234"):
# the person the number is of, also in lower case.
_ROUND40_BEFORE_BSN = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?:][ ]))(?P<name>[^\W\d_]{2,}[ ][^\W\d_]{2,}),[ \n]+"
    r"(?:BSN|bsn|geb\.|geboren)\b"
)
# A lower-case word opening a chat list's row or a typing line before a given name found ("kruk
# Olufemi P 12:39", "kous Lama P en Tubi zijn aan het typen"): the contact saved surname first.
_ROUND40_LOWER_BEFORE_PERSON = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>[a-z\u00df-\u00ff]{3,})[ ]$", re.M
)
_ROUND40_ROW_AFTER_PERSON = re.compile(
    r"(?:[ ]+\S{1,2})*(?:[ ]*$|[ ]+\d{1,2}[:.]\d{2}\b|[ ]+en[ ]|,[ ]|[ ]+(?:zijn|is)[ ]+aan[ ]+het)"
)
# A title, initials and a particle a chat list cut ("de heer L. van *", "mw. T. de ..."): a
# person, with whatever OCR read of the rest of the row.
_ROUND40_TITLE_INITIALS_PARTICLE_CUT = re.compile(
    r"^(?P<name>(?i:de[ ]heer|mevrouw|mevr\.|mw\.|dhr\.)[ ](?:[A-Z]\.){1,3}[ ]"
    r"(?:van|de|der|den|ter|ten|in|op|uit)(?:[ ]['\u2018\u2019`]t)?(?:[ ][^\w\s]{1,3})?)"
    r"[ ]*(?:\.{2,}|\u2026)?[ ]*$",
    re.M,
)
# A grave's number after "graf" ("vak C, graf 126/C"): where someone lies, as an address.
_ROUND40_GRAVE = re.compile(
    r"\b(?i:graf(?:nummer|nr\.?)?)[ ]+(?P<number>\d{1,4}(?:[/-]?[A-Z])?)(?![\w/-])"
)
# Nine digits after "BSN" whose separators OCR read as commas and dots ("BSN 9194,14.242").
_ROUND40_CUED_ODD_BSN = re.compile(
    r"\bBSN(?:[- ]?(?:nummer|nr\.?))?[ ]*:?[ ]*(?:is[ ]+)?(?P<digits>\d{1,4}(?:[ ,.]\d{1,4}){1,4})(?!\d)"
)
# Nine digits in dashed groups that pass the 11-proef and open with no 0 ("37-528-7000"): a BSN
# (a phone opens with 0 or +); a reference word before it keeps it.
_ROUND40_DASHED_NINE = re.compile(
    r"(?<![\w./+-])(?P<digits>[1-9]\d{1,3}(?:-\d{2,4}){2,3})(?![\w/-]|[.,]\d)"
)
_ROUND40_REFERENCE_BEFORE = re.compile(
    r"(?i:nr|nummer|bestel\w*|chip\w*|order|factuur\w*|zaak|kenmerk|ref|ticket|meldnr|dossier|"
    r"kvk|btw|debiteur\w*|klant\w*|artikel|budget|project)\W{0,3}$"
)
# A chat list's preview cut short in digit groups after "is" or a colon ("— X: is 61 099"): the
# head of a number one sends (a BSN), not a phone (which opens with 0 or +).
_ROUND40_CUT_DIGITS = re.compile(
    r"(?:\bis|:)[ ](?P<digits>[1-9]\d{1,3}(?:[ .]\d{2,4}){1,2})[ ]*(?:\.{1,4}|\u2026)?[ ]*$",
    re.M,
)
# A phone cut to its country code and the mobile's 6 ("Stuur een app naar +31 6."): no one's.
_ROUND40_BARE_COUNTRY_MOBILE = re.compile(r"^\(?\+?\d{2}\)?[ ]?\(?0?\)?[ ]?6?$")
# A code in capitals joined by a dash to its number ("budget BUD-7764"): no name.
_ROUND40_CODE_AFTER = re.compile(r"-\d")


def _round40_eleven(digits: str) -> bool:
    if len(digits) != 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def _round40_name_ok(word: str, lex: lexicon.Lexicon) -> bool:
    """A capitalised word that a construction makes a name: no organisation's, place's,
    street's, month's or weekday's word, no pronoun (an everyday word may be a name here)."""
    low = word.casefold()
    return not (
        _organisation_or_place(word, lex)
        or low in _PRONOUNS
        or low in _MONTH_NAMES
        or low in _WEEKDAYS
        or low in _COMPOSE_BAR_WORDS
        or _STREET_WORD.fullmatch(word)
        or lexicon.street_suffix(low) is not None
        or is_company_cue(low)
        or is_firm_word(low)
    )


def _round40_stall_holders(text: str, lex: lexicon.Lexicon) -> set[tuple[int, int, str]]:
    """Whose market stall stands somewhere (`_ROUND40_STALL_OF`); also after the firms' rule,
    which takes "Marktkraam X" for a firm named after someone."""
    return {
        (m.start("name"), m.end("name"), "PERSON")
        for m in _ROUND40_STALL_OF.finditer(text)
        if _round40_name_ok(m.group("name"), lex)
        and m.group("name").casefold() not in lex.frequent_words
    }


def _round40_particled_rows(lines_text: str, lex: lexicon.Lexicon) -> set[tuple[int, int, str]]:
    """Rows of a given name or initials before a capital "Van 't X" (`_ROUND40_T_ROW`); after
    the streets' rules, which take a last word like "Erve" for a street's."""
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND40_T_ROW.finditer(lines_text):
        first = m.group("name").split()[0]
        if not (first.isupper() and first.casefold() in _ORGANISATION_WORDS) and not (
            _organisation_or_place(first, lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round40_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 40 adds before the screenshot's persons are looked for everywhere: a
    group's maker, contacts saved with an emoji or a capital "Van 't", names after a noun, in
    a place "van" someone, a stall's holder, clause subjects after a comma, whom one goes to,
    a speaker before their number, whom an answer thanks, the person before a BSN."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND40_GROUP_MAKER.finditer(lines_text):
        words = m.group("who").casefold().split()
        if words[0] not in _NOT_LINE_NOTICE_NAMES and words[0] not in _NOT_NOTICE_NAMES:
            out.add((m.start("who"), m.end("who"), "PERSON"))
    for m in _ROUND40_SYMBOL_ROW.finditer(lines_text):
        name = m.group("name")
        low = name.casefold()
        # (stop 56: not a group's title and its number or emoji, "Klas 3 08:11", "Kerkkoor 3
        # 10:33", which round 50's garbled row keeps too)
        if (
            _round40_name_ok(name, lex)
            and not _wish_or_thanks(low, lex)
            and not _group_title_word(name, lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND40_NOUN_THEN_FULL_NAME.finditer(text):
        noun, given, surname = m.group("noun"), m.group("given"), m.group("surname")
        low_noun, low_given = noun.casefold(), given.casefold()
        if not (low_noun in lex.dutch_words or lexicon.is_compound(low_noun)):
            continue
        if (
            low_noun in lex.first_names
            or low_noun in lex.surnames
            or low_noun in lex.frequent_words
        ):
            continue
        if not (low_given in lex.first_names or _unknown_word(given, lex)):
            continue
        if low_given in lex.dutch_words or not _round40_name_ok(surname, lex):
            continue
        if surname.casefold() in lex.frequent_words:
            continue
        out.add((m.start("given"), m.end("surname"), "PERSON"))
    for m in _ROUND40_PLACE_OF_LOWER.finditer(text):
        low = m.group("name")
        if low not in lex.frequent_words and low not in _PRONOUNS and low not in lex.places:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND40_ROLE_PARTICLED_LOWER.finditer(text):
        low, verb = m.group("name").split()[-1], m.group("verb")
        if (
            low not in lex.frequent_words
            and (low in lex.surnames or _unknown_word(low, lex))
            and (verb in _ROUND40_SUBJECT_VERBS or _verb_form(verb, lex))
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    out |= _round40_stall_holders(text, lex)
    for pattern in (_ROUND40_SUBJECT_AFTER_COMMA, _ROUND40_AT_NAME):
        for m in pattern.finditer(text):
            name = m.group("name")
            if _round39_loose_name_word(name, lex) and _round40_name_ok(name, lex):
                out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND40_SPEAKER_BEFORE_PHONE.finditer(text):
        if not any(_organisation_or_place(w, lex) for w in m.group("name").split()):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND40_ASSENT_NAME.finditer(text):
        name = m.group("name")
        if _unknown_word(name, lex) or (
            name.casefold() in lex.first_names and name.casefold() not in lex.dutch_words
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND40_BEFORE_BSN.finditer(text):
        first, last = m.group("name").split()
        if (
            (first.casefold() in lex.first_names or _unknown_word(first, lex))
            and first.casefold() not in lex.dutch_words
            and first.casefold() not in _PRONOUNS
            and _round40_name_ok(last, lex)
            and last.casefold() not in lex.frequent_words
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round40_late(
    text: str, ocr: OcrResult, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 40 adds once every person of the screenshot is found: a lower-case surname
    before a given name found opening a row, titles with initials and a particle a chat list
    cut, graves' numbers, BSNs OCR read with commas or written in dashed groups, a number a
    chat list's preview cut after "is"."""
    lines_text = ocr.text
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not text[start : start + 1].isupper():
            continue
        line_start = lines_text.rfind("\n", 0, start) + 1
        m = _ROUND40_LOWER_BEFORE_PERSON.match(lines_text, line_start, start)
        if m is None or not _ROUND40_ROW_AFTER_PERSON.match(lines_text, end):
            continue
        low = m.group("name")
        if not (
            low in lex.frequent_words
            or low in _PRONOUNS
            or low in _NOT_LINE_NOTICE_NAMES
            or low in lex.places
        ):
            out.add((m.start("name"), end, "PERSON"))
    out |= _round40_stall_holders(text, lex)
    out |= _round40_particled_rows(lines_text, lex)
    for m in _ROUND40_TITLE_INITIALS_PARTICLE_CUT.finditer(lines_text):
        out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND40_GRAVE.finditer(text):
        out.add((m.start("number"), m.end("number"), "ADDRESS"))
    for m in _ROUND40_CUED_ODD_BSN.finditer(text):
        digits = re.sub(r"\D", "", m.group("digits"))
        if len(digits) == 9 and "," in m.group("digits"):
            out.add((m.start("digits"), m.end("digits"), "BSN"))
    for m in _ROUND40_DASHED_NINE.finditer(text):
        digits = m.group("digits").replace("-", "")
        if _round40_eleven(digits) and not _ROUND40_REFERENCE_BEFORE.search(
            text, max(0, m.start() - 25), m.start()
        ):
            out.add((m.start("digits"), m.end("digits"), "BSN"))
    chat_list = [(w.char_start, w.char_end) for w in ocr.words if in_chat_list(w)]
    if chat_list:
        for m in _ROUND40_CUT_DIGITS.finditer(lines_text):
            start = m.start("digits")
            if any(s <= start < e for s, e in chat_list) and not _ROUND40_REFERENCE_BEFORE.search(
                lines_text, max(0, m.start() - 25), m.start() + 3
            ):
                out.add((start, m.end("digits"), "BSN"))
    return out


# A firm's name wrapped after its trade word and a particle ("Leverancier Steenhouwerij De\nKruik
# komt"): the name on the next line is the firm's, no sender label (which ends no line with one).
_ROUND40_FIRM_PARTICLE_BEFORE = re.compile(
    r"(?P<trade>[A-Z][a-z\u00df-\u00ff]{3,})[ ](?:De|Van|Van[ ]de|Van[ ]der|Ter|Ten|Het|'t)\n$"
)
_ROUND40_FIRM_PARTICLE_ON_LINE = re.compile(
    r"(?P<trade>[A-Z][a-z\u00df-\u00ff]{3,})[ ](?:De|Van|Van[ ]de|Van[ ]der|Ter|Ten|Het|'t)[ ]$"
)
# An e-mail address of an initial (or a given name) and a surname ("t.kruik@...", "lama.kous@"):
# the surname is the person's, wherever it stands capitalised.
_ROUND40_EMAIL_SURNAME = re.compile(r"^[a-z]{1,12}[._](?P<surname>[a-z]{3,})@")


def _round40_in_firms_name(text: str, lines_text: str, start: int) -> bool:
    """A name in a firm's name: after its trade word ("Cateraar Beker") or its trade word and a
    particle ("Cateraar De Beker"), on the line or wrapped after the particle."""
    if _in_firms_name_of_bubble(text, lines_text, start) or _round40_wrapped_firm(
        lines_text, start
    ):
        return True
    m = _ROUND40_FIRM_PARTICLE_ON_LINE.search(text, max(0, start - 40), start)
    return m is not None and _firm_word(m.group("trade"))


def _round40_everywhere(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Once the rules are done: every other writing of a full name found as a person (two words or
    more, as found, a line break for a space: "Bartek Kruik" also where "Kruik" reads as a
    trade) and the capitalised surname of a personal e-mail address ("t.kruik@..." -> "Kruik")."""
    lex = lexicon.load()
    names: set[str] = set()
    for start, end, label in found:
        value = text[start:end]
        if (
            label == "PERSON"
            and len(value.split()) >= 2
            and all(w[:1].isupper() for w in value.split())
        ):
            names.add(" ".join(value.split()))
        elif label == "EMAIL" and (m := _ROUND40_EMAIL_SURNAME.match(value.casefold())):
            surname = m.group("surname")
            if surname not in lex.frequent_words and lexicon.street_suffix(surname) is None:
                names.add(surname.capitalize())
    out: set[tuple[int, int, str]] = set()
    for name in names:
        pattern = r"(?<![\w@.'-])" + r"[ \n]".join(map(re.escape, name.split())) + r"(?![\w@'-])"
        for m in re.finditer(pattern, text):
            if not any(
                s <= m.start() and m.end() <= e for s, e, _label in found
            ) and not _round40_in_firms_name(text, lines_text, m.start()):
                out.add((m.start(), m.end(), "PERSON"))
    return out


def _round40_wrapped_firm(lines_text: str, start: int) -> bool:
    m = _ROUND40_FIRM_PARTICLE_BEFORE.search(lines_text, max(0, start - 40), start)
    return m is not None and _firm_word(m.group("trade"))


def _round40_without_non_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Without a phone cut to its country code and a mobile's 6 ("+31 6": no one's number), a
    firm's name wrapped after its particle and a code in capitals before its dashed number
    ("BUD-7764") taken for a name."""
    return {
        s
        for s in found
        if not (
            s[2] == "PHONE"
            and _ROUND40_BARE_COUNTRY_MOBILE.match(text[s[0] : s[1]].strip(" ."))
            and text[s[0] : s[1]].lstrip("(").startswith("+")
        )
        and not (s[2] == "PERSON" and _round40_wrapped_firm(lines_text, s[0]))
        and not (
            s[2] == "PERSON"
            and text[s[0] : s[1]].isupper()
            and len(text[s[0] : s[1]]) >= 2
            and " " not in text[s[0] : s[1]]
            and _ROUND40_CODE_AFTER.match(text, s[1])
        )
    }


# --- Round 41 (blind33) -----------------------------------------------------------------------

# A name before "van de" and a street without a number ("Bedoelt u Wende van de Buizerdlaan?"):
# someone known by the street they live in, also a name that is an everyday word.
_ROUND41_NAME_OF_STREET = re.compile(
    r"(?<=[a-zA-Z\u00df-\u00ff,][ ])(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ \n]+"
    r"van[ \n]+(?:de|het|der)[ \n]+(?P<street>[A-Z][a-z\u00df-\u00ff]{3,})(?=[ ]*[?!.,;]|[ ]*$)",
    re.M,
)
# "van" mid-sentence and a capitalised word no dictionary or name list knows before a comma or
# "op" and a day ("neemt het over van Tadesse, dossier ...", "ontheffing voor ... van\nTadesse
# op woensdag 7-2"): whose it is, a person (an organisation a list knows stays).
_ROUND41_VAN_UNKNOWN = re.compile(
    r"(?<=[a-z\u00df-\u00ff0-9][ ])van[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{3,})"
    r"(?=,[ \n]+[a-z]|[ \n]+op[ \n]+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
    r"zondag|\d))"
)
# "bij" mid-sentence and a lower-case surname without an article before a verb of where
# something is ("Tak van de eik bij boog ligt op mijn auto"): at whose home, a person; a
# circumstance ("bij storm valt ...") stays.
_ROUND41_AT_LOWER = re.compile(
    r"(?<=[a-z\u00df-\u00ff][ ])bij[ \n]+(?P<name>[a-z\u00df-\u00ff]{3,})[ \n]+"
    r"(?=(?:ligt|lag|staat|stond|hangt|hing|valt|viel|zit|zat)\b)"
)
_ROUND41_CIRCUMSTANCES = frozenset(
    {
        "storm",
        "wind",
        "vorst",
        "brand",
        "regen",
        "nacht",
        "mist",
        "ijzel",
        "sneeuw",
        "onweer",
        "hitte",
        "nood",
        "gladheid",
        "twijfel",
        "spoed",
        "ziekte",
        "lawaai",
        "hoogwater",
        "donker",
        "daglicht",
        "opening",
        "aankomst",
        "vertrek",
        "navraag",
        "controle",
    }
)
# "gesprek over X met <person found>" ("plant een gesprek over Wen met mevr. T. Helm"): X is
# the one the talk is about, a person beside the one it is with.
_ROUND41_ABOUT_WITH = re.compile(
    r"\bover[ \n]+(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ \n]+met[ \n]+(?=\S)"
)
# A surname or a given name opening a message before a verb of calling and "u"/"je" ("Speer
# belt u vanmiddag op ...", "Degen mailt je"): who calls, no noun.
_ROUND41_CALLER = re.compile(
    r"(?:^|(?<=\n))(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ]"
    r"(?:belt|mailt|appt|sms't|bel|belde|mailde|appte)[ ](?:u|je|jou|jullie)\b",
    re.M,
)
# A name "van" someone whose number follows ("komen van de kippen van zwaard, +316 ...", "van
# boog, 06 ..."): the lower-case word is whose number it is.
_ROUND41_LOWER_BEFORE_PHONE = re.compile(
    r"\bvan[ \n]+(?P<name>[a-z\u00df-\u00ff]{3,}),[ \n]+(?=[+(0])"
)
# ... not an adverb made with "van" ("van harte, 06 ...", "van buiten,").
_ROUND41_VAN_ADVERBS = frozenset(
    {"harte", "buiten", "binnen", "boven", "onder", "voren", "achteren", "nature", "ouds", "zelf"}
)
# A title and a lower-case given name and surname ("zegt juf\nelke karagiannis;"): a person,
# also where the given name is an everyday word, when the surname is no word a dictionary has.
_ROUND41_TITLE_LOWER_FULL = re.compile(
    r"\b(?i:juf|meester|meneer|mevrouw|mevr\.|mw\.|dhr\.|dokter|zuster|buurvrouw|buurman)"
    r"[ \n]+(?P<given>[a-z\u00df-\u00ff]{2,})[ \n]+(?P<surname>[a-z\u00df-\u00ff]{3,})"
    r"(?=[ ]*[;,.:!?]|[ ]*$)",
    re.M,
)
# One or two capitalised words before a bracketed birth date ("Getuigen zijn Wende Stoter\n(geb.
# 05-07-'62)"): whose birth date it is.
_ROUND41_NAMES_BEFORE_GEB = re.compile(
    r"(?P<name>[A-Z][a-z\u00df-\u00ff'-]{1,}(?:[ ][A-Z][a-z\u00df-\u00ff'-]{1,})?)[ \n]?"
    r"\((?:geb\.?|geboren|\*)[ ]?(?=\d)"
)
# A given name and a lower-case "uit het"/"uit de" (or capital) and a surname opening a notice,
# a sender label or a row ("Zakaria uit het Broek heeft de timer ...", "D) Aaru Uit het Broek"):
# the name's particles and surname.
_ROUND41_UIT_HET_TAIL = re.compile(
    r"[ ](?P<tail>(?:[Uu]it|[Vv]an|[Tt]e|[Ii]n|[Oo]p)[ ](?:het|de|der|den|'t)[ ]"
    r"[A-Z][a-z\u00df-\u00ff]{2,})(?=[ ]*$|[ ]+heeft\b|[ ]+is\b|[ ]+\d{1,2}[:.]\d{2}\b|,)",
    re.M,
)
# "Fam." and a particle a chat list's title cut ("Fam. Uit het. 13:44", "Fam. Van der..."): the
# family, with whatever OCR read of the rest of the row's title.
_ROUND41_FAMILY_PARTICLE_CUT = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>(?i:fam\.|familie)[ ](?:[Uu]it|[Vv]an|[Dd]e|[Tt]e|[Tt]er|"
    r"[Tt]en|[Ii]n|[Oo]p)(?:[ ](?:het|de|der|den|'t))?)[ ]*(?:\.{1,3}|\u2026)?"
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}\b)",
    re.M,
)
# A chat list's row of a given name and a lower-case surname with an emoji read as a sign before
# a time OCR misread ("Zaki helm £ 12455"): the contact.
_ROUND41_SYMBOL_ROW_LOWER = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}[ ][a-z\u00df-\u00ff]{3,})[ ]+"
    r"[=<>+~^\u00a3#&*@%$\u00a7\u00a9\u00ae\u00bb\u00ab]{1,3}[ ]+\d{1,2}[:.]?\d{2,3}[ ]*$",
    re.M,
)
# A date after a person's bracketed phone and a comma, closing the sentence ("vervanger is Wende
# te Brake (+31 (0)6 7155 6182), 23-08-'09."): their birth date.
_ROUND41_DATE_AFTER_BRACKET = re.compile(
    r"[ \n]*\((?:[^()]|\([^()]*\)){6,40}\),[ \n]+"
    r"(?P<date>\d{1,2}[-./]\d{1,2}[-./](?:'\d{2}|\d{4}|\d{2}))(?=[ ]*[.;]|[ ]*$)",
    re.M,
)
# A business number (088, 085, 0800, 0900) for when something goes wrong ("088 - 330 33 00 bij
# nood"): a service's line, no one's own.
_ROUND41_SERVICE_LINE_AFTER = re.compile(
    r"[ \n]+(?:bij|voor)[ \n]+(?:nood|spoed|storing(?:en)?|calamiteiten|noodgevallen)\b"
)
_ROUND41_BUSINESS_RANGE = re.compile(r"^\(?(?:088|085|0800|0900)\b")
# A chat list title of an everyday word and an abbreviation in capitals ("Bezwaar WOZ...",
# "Vergunning APV"): a group's subject, no given name and surname.
_ROUND41_WORD_ABBREVIATION = re.compile(r"^(?P<word>[A-Z][a-z]{3,})[ ](?P<abbr>[A-Z]{2,5})$")
_ROUND41_O_FOR_ZERO = re.compile(r"[Oo](?=[ ]?[-\d])|(?<=\d)[Oo]")
# A capital I that OCR read as a lower-case l ("Iyer" / "lyer").
_ROUND41_I_HEAD = re.compile(r"^I[a-z\u00df-\u00ff]{2,}$")


def _round41_person_word(word: str, lex: lexicon.Lexicon) -> bool:
    """A word a name list knows or no dictionary knows, that a construction makes a name."""
    low = word.casefold()
    if low in lex.frequent_words:
        return False
    if low in lex.first_names or low in lex.surnames:
        # A name list's word that ends like a street ("Wende": "-ende") is still the name.
        return not (
            _organisation_or_place(word, lex)
            or low in _PRONOUNS
            or low in _MONTH_NAMES
            or low in _WEEKDAYS
            or low in _COMPOSE_BAR_WORDS
            or is_company_cue(low)
            or is_firm_word(low)
        )
    return _unknown_word(word, lex) and _round40_name_ok(word, lex)


def _round41_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 41 adds before the screenshot's persons are looked for everywhere: someone
    named after their street, whom a talk is about, who calls, whose number follows "van x,", a
    title's lower-case full name, the names before a bracketed birth date, a name's "uit het"
    surname, a family a chat list cut after its particle, a lower-case surname on an emoji row."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND41_NAME_OF_STREET.finditer(text):
        street = m.group("street").casefold()
        if (
            lexicon.street_suffix(street) is not None or _STREET_WORD.fullmatch(m.group("street"))
        ) and _round41_person_word(m.group("name"), lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND41_VAN_UNKNOWN.finditer(text):
        name = m.group("name")
        if (
            _unknown_word(name, lex)
            and not lexicon.is_compound(name.casefold())
            and _round40_name_ok(name, lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND41_AT_LOWER.finditer(text):
        low = m.group("name")
        if (
            low in lex.surnames
            and low not in lex.frequent_words
            and low not in _ROUND41_CIRCUMSTANCES
            and low not in lex.places
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    starts = {s for s, _e, label in found if label == "PERSON"}
    for m in _ROUND41_ABOUT_WITH.finditer(text):
        if m.end() in starts and _round41_person_word(m.group("name"), lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND41_CALLER.finditer(text):
        name = m.group("name")
        if _round41_person_word(name, lex) and not re.fullmatch(_ROLE_WORDS, name):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND41_LOWER_BEFORE_PHONE.finditer(text):
        low = m.group("name")
        if (
            low not in lex.frequent_words
            and low not in _PRONOUNS
            and low not in lex.places
            and low not in _ROUND41_VAN_ADVERBS
            and (low in lex.surnames or low in lex.first_names or _unknown_word(low, lex))
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND41_TITLE_LOWER_FULL.finditer(text):
        given, surname = m.group("given"), m.group("surname")
        if (
            (given in lex.first_names or _unknown_word(given, lex))
            and _unknown_word(surname, lex)
            and surname not in lex.dutch_words
        ):
            out.add((m.start("given"), m.end("surname"), "PERSON"))
    for m in _ROUND41_NAMES_BEFORE_GEB.finditer(text):
        words = m.group("name").split()
        while words and not _round41_person_word(words[0], lex):
            words = words[1:]
        if words and all(_round41_person_word(w, lex) for w in words):
            out.add((m.end("name") - len(" ".join(words)), m.end("name"), "PERSON"))
    for m in _ROUND41_FAMILY_PARTICLE_CUT.finditer(lines_text):
        out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND41_SYMBOL_ROW_LOWER.finditer(lines_text):
        given, surname = m.group("name").split()
        if _round41_person_word(given, lex) and surname in lex.surnames:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round41_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 41 adds once every person of the screenshot is found: the surname after "uit
    het" of a given name found opening a line, a lower-case given name OCR read before a
    particle and a surname found ("eigenaar lonela te Brake"), the birth date after a person's
    bracketed phone, a BSN found elsewhere that OCR misread by one digit."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON":
            continue
        value = text[start:end]
        line_start = lines_text.rfind("\n", 0, start) + 1
        head = lines_text[line_start:start]
        m = _ROUND41_UIT_HET_TAIL.match(lines_text, end)
        if m is None and value.split()[-1] in {"Uit", "uit", "Van", "van", "Te", "te"}:
            m = _ROUND41_UIT_HET_TAIL.match(lines_text, end - len(value.split()[-1]) - 1)
        if (
            m is not None
            and re.fullmatch(r"(?:[^\w\s]{1,2}[ ]+|[A-Z][)][ ]+)?", head)
            and value[:1].isupper()
        ):
            out.add((start, m.end("tail"), "PERSON"))
        before = re.search(
            r"(?:^|(?<=[ \n]))(?P<name>[a-z\u00df-\u00ff]{4,})[ \n]+"
            r"(?:te|ten|ter|van|van[ ]der|van[ ]de|uit[ ]het|de)[ \n]+$",
            text[max(0, start - 40) : start],
        )
        if before is not None and value[:1].isupper() and len(value.split()) == 1:
            low = before.group("name")
            if (
                _unknown_word(low, lex)
                and low not in lex.dutch_words
                and low not in lex.frequent_words
                and low not in _PRONOUNS
            ):
                offset = max(0, start - 40)
                out.add((offset + before.start("name"), end, "PERSON"))
        m = _ROUND41_DATE_AFTER_BRACKET.match(text, end)
        if (
            m is not None
            and sum(c.isdigit() for c in text[end : m.start("date")]) >= 8
            and not re.search(r"20[2-9]\d$", m.group("date"))
        ):
            # ... the bracket a phone number's, no date of this decade ("(06 ...), 3-5-2027.")
            out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    bsns = {re.sub(r"\D", "", text[s:e]) for s, e, label in found if label == "BSN"}
    bsns = {b for b in bsns if len(b) == 9}
    if bsns:
        for m in re.finditer(r"(?<![\d.,-])\d{8,10}(?![\d])", text):
            digits = m.group()
            if digits not in bsns and any(_round41_one_edit(digits, b) for b in bsns):
                out.add((m.start(), m.end(), "BSN"))
    return out


def _round41_one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one digit dropped, added or changed (OCR's slip)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _round41_everywhere(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Once the rules are done: a name found with a capital I also where OCR read the I as a
    lower-case l ("Iyer" found, "S.F.J. lyer" and "boete lyer" elsewhere)."""
    words: set[str] = set()
    for start, end, label in found:
        if label == "PERSON":
            words |= {
                w for w in re.findall(r"[^\W\d_]+", text[start:end]) if _ROUND41_I_HEAD.match(w)
            }
    out: set[tuple[int, int, str]] = set()
    for word in words:
        for m in re.finditer(r"(?<![\w@.'-])l" + re.escape(word[1:]) + r"(?![\w@'-])", text):
            if not any(s <= m.start() and m.end() <= e for s, e, _label in found):
                out.add((m.start(), m.end(), "PERSON"))
    return out


def _round41_kept(text: str, start: int, end: int, keep_values: Sequence[str]) -> bool:
    """The organisation's own number with OCR's O for a zero, also where a rule left the O out
    of its find ("App ons op O6 - 14 00 05 22")."""
    if text[max(0, start - 1) : start] in ("O", "o") and text[max(0, start - 2) : start - 1] in (
        "",
        " ",
        "\n",
    ):
        start -= 1
    value = text[start:end]
    if not _ROUND41_O_FOR_ZERO.search(value):
        return False
    return _is_kept(_ROUND41_O_FOR_ZERO.sub("0", value), keep_values)


def _round41_without_non_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Without a chat list's title of an everyday word and an abbreviation taken for a name
    ("Bezwaar WOZ", wherever it stands), and a business number for emergencies ("088 ... bij
    nood")."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for s in found:
        value = text[s[0] : s[1]]
        if s[2] == "PERSON" and (m := _ROUND41_WORD_ABBREVIATION.match(" ".join(value.split()))):
            word, abbr = m.group("word").casefold(), m.group("abbr").casefold()
            if (
                word in lex.dutch_words
                and word not in lex.first_names
                and word not in lex.surnames
                and not re.fullmatch(_ROLE_WORDS, m.group("word"))
                and abbr not in lex.surnames
                and abbr not in lex.first_names
            ):
                continue
        if (
            s[2] == "PHONE"
            and _ROUND41_BUSINESS_RANGE.match(value)
            and _ROUND41_SERVICE_LINE_AFTER.match(text, s[1])
        ):
            continue
        out.add(s)
    return out


# --- Round 42 (blind34) -----------------------------------------------------------------------

# An IBAN of any country by its checksum, however it is written: in any case, grouped by spaces,
# dashes or dots, wrapped over lines, and with OCR's confusions (O for 0, S for 5, l for 1); also
# with one character OCR added among its check digits ("PLOS5 1202\n2375 ..." for PL05 1202 ...).
# The country's account format and mod-97 decide, so no set of countries or banks is listed.
_ROUND42_IBAN_START = re.compile(r"(?<![\w@./-])(?P<country>[A-Za-z]{2})(?=[ ]?[0-9OoSsIl|])")
_ROUND42_IBAN_SEPARATOR = frozenset(" \n-.")
_ROUND42_DIGIT_READINGS = IBAN_DIGIT_READINGS
_ROUND42_LETTER_READINGS = {"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G"}


def _round42_iban_chars(text: str, start: int, limit: int) -> list[tuple[str, int]]:
    """Up to `limit` characters of an IBAN from `start` with their offsets: letters and digits,
    one separator (space, dash, dot, line break) or a space and a dash between groups."""
    chars: list[tuple[str, int]] = []
    i, gap = start, 0
    while i < len(text) and len(chars) < limit:
        c = text[i]
        if c.isascii() and (c.isalnum() or c == "|"):
            chars.append((c, i))
            gap = 0
        elif c in _ROUND42_IBAN_SEPARATOR and gap < 2 and chars:
            gap += 1
        else:
            break
        i += 1
    return chars


def _round42_iban_reading(
    country: str, chars: str, structure: str, *, digits_in_c: bool = False
) -> str | None:
    """`chars` (check digits and account) read along the country's format, or None; where the
    format allows a letter or a digit, a confusable letter read as itself or (`digits_in_c`) as
    a digit."""
    out = []
    for k, c in enumerate(chars):
        kind = "n" if k < 2 else structure[k - 2]
        if kind == "c" and digits_in_c and c in _ROUND42_DIGIT_READINGS:
            kind = "n"
        if kind == "n":
            d = c if c.isdigit() else _ROUND42_DIGIT_READINGS.get(c)
            if d is None:
                return None
            out.append(d)
        elif kind == "a":
            letter = _ROUND42_LETTER_READINGS.get(c, c).upper()
            if not letter.isalpha():
                return None
            out.append(letter)
        else:
            out.append("1" if c == "|" else c.upper())
    return country + "".join(out)


def _round42_ibans(text: str) -> set[tuple[int, int, str]]:
    """IBANs of any country confirmed by their checksum (`_ROUND42_IBAN_START`); the
    municipality's own (BNG) accounts left to the keep rules."""
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND42_IBAN_START.finditer(text):
        country = m.group("country").upper()
        structure = account_structure(country)
        if not structure:
            continue
        length = 2 + len(structure)
        chars = _round42_iban_chars(text, m.end("country"), length + 1)
        if len(chars) < length:
            continue
        plain = "".join(c for c, _ in chars)
        candidates = []
        after = _round42_after(text, chars, length)
        if after:
            candidates.append((plain[:length], chars[length - 1][1]))
        # One character OCR added among the check digits and the account's first character.
        if len(chars) == length + 1 and _round42_after(text, chars, length + 1):
            for k in range(1, 4):
                candidates.append((plain[:k] + plain[k + 1 :], chars[length][1]))
        for body, last in candidates:
            readings = {
                _round42_iban_reading(country, body, structure, digits_in_c=d) for d in (0, 1)
            }
            if any(r and r[4:8] != "BNGH" and valid_iban(r) for r in readings):
                out.add((m.start(), last + 1, "IBAN"))
                break
    return out


def _round42_after(text: str, chars: list[tuple[str, int]], n: int) -> bool:
    """Whether the IBAN's characters end after the `n`-th: no letter or digit glued to it."""
    end = chars[n - 1][1] + 1
    return end >= len(text) or not (text[end].isalnum() or text[end] == "|")


# A Dutch IBAN cut short by a chat list after its bank code, its check digits spaced off ("NL 51
# GDZN", "NL 56 DGNZ..."): the account's head, which no checksum can confirm; the shape does.
_ROUND42_NL_HEAD = re.compile(
    r"(?<![\w])(?P<iban>NL[ ]?[0-9O]{2}[ ]?[A-Z]{4})(?=[ ]*(?:\.{2,}|\u2026)|[ ]*$)", re.M
)
# A personal page on a marketplace or a social site ("vinted.nl/member/baudekok",
# "marktplaats.nl/u/jan-de-vries"): whose page it is.
_ROUND42_PROFILE_URL = re.compile(
    r"(?<![\w@/.-])(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/"
    r"(?:member|members|user|users|u|profile|profiel|people|gebruiker|leden|lid)/"
    r"[A-Za-z0-9_.-]*[A-Za-z0-9_]"
)
# A contact saved as a first name and an emoji OCR read as a letter and a sign, or as a sign, on
# its own row or before the typing indicator ("Violet s\u00ab", "Lauw s* 1:57", "Lauw se
# typt..."): the contact, also where the name is an everyday word.
_ROUND42_MARKED_NAME_ROW = re.compile(
    r"^(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ]+(?:[a-z]?[^\w\s]{1,2}|se)"
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}[ ]*$|[ ]+typt)",
    re.M,
)
# A contact saved as a given name and a surname no dictionary has, with an emoji read as a sign
# ("Souf Dabrowski &"): the contact.
_ROUND42_SIGNED_FULL_NAME_ROW = re.compile(
    r"^(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}[ ][A-Z][a-z\u00df-\u00ff'-]{2,})[ ]+"
    r"[&*%\u00bb\u00ab#@$]{1,2}[ ]*$",
    re.M,
)
# "fam." or "familie" and a capitalised surname ("fam. Darwish Ee", "Familie De Kok"): a family.
_ROUND42_FAMILY = re.compile(
    r"\b(?P<name>(?i:fam\.|familie)[ ](?:(?:[Vv]an|[Dd]e|[Tt]e|[Tt]er|[Tt]en|[Dd]er|[Dd]en|"
    r"'t|[Ii]n|[Uu]it|[Oo]p)[ ]){0,2}[A-Z][a-z\u00df-\u00ff'-]{2,})"
)
# A chat list row "Surname, Given" with the surname's particle ("De Bakker, Violet 09:56",
# "Sluis, Freweyni 11:45"): the contact.
_ROUND42_SURNAME_COMMA_GIVEN_ROW = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>(?P<particle>(?:[Vv]an|[Dd]e|[Tt]er|[Tt]en)[ ])?"
    r"(?P<surname>[A-Z][a-z\u00df-\u00ff'-]{2,}),[ ](?P<given>[A-Z][a-z\u00df-\u00ff'-]{2,}))"
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}[ ]*$)",
    re.M,
)
# "bij de x langs" / "bij de x op <address found>" with a lower-case word surname ("gaat zo even
# bij de kok langs", "lawaai bij de bakker op Poortweg 26"): whose home it is.
_ROUND42_AT_THE_LOWER = re.compile(
    r"\bbij[ \n]+(?P<name>de[ \n]+(?P<surname>[a-z\u00df-\u00ff]{3,}))(?=[ \n]+(?:langs\b|op[ \n]))"
)
# ... not where one calls on the neighbours, relatives or a service ("bij de buren langs").
_ROUND42_NOT_WHOSE_HOME = frozenset(
    {
        "buren",
        "ouders",
        "kinderen",
        "familie",
        "huisarts",
        "dokter",
        "tandarts",
        "notaris",
        "politie",
        "gemeente",
        "wijkagent",
        "buurvrouw",
        "buurman",
        "apotheek",
        "balie",
        "receptie",
        "kapper",
        "fysio",
        "school",
        "kerk",
        "markt",
    }
)
# Initials with a bracket or comma OCR read among their dots ("B.J). Dykstra").
_ROUND42_MISREAD_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z][.,)]{1,2}){2,4}[ ]?$")


def _round42_persons(text: str, lines_text: str) -> set[tuple[int, int, str]]:
    """Persons round 42 adds before the screenshot's persons are looked for everywhere: contacts
    marked with an emoji OCR misread, families, "Surname, Given" rows, "bij de x langs"."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND42_MARKED_NAME_ROW.finditer(lines_text):
        name = m.group("name")
        low = name.casefold()
        if (low in lex.first_names or low in lex.surnames) and _round41_person_word(name, lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND42_SIGNED_FULL_NAME_ROW.finditer(lines_text):
        given, surname = m.group("name").split()
        if _round41_person_word(given, lex) and (
            _unknown_word(surname, lex) or surname.casefold() in lex.surnames
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND42_FAMILY.finditer(text):
        last = m.group("name").split()[-1]
        if not _organisation_or_place(last, lex) and last.casefold() not in lex.frequent_words:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND42_SURNAME_COMMA_GIVEN_ROW.finditer(lines_text):
        surname, given = m.group("surname"), m.group("given")
        if not _round41_person_word(given, lex) and given.casefold() not in lex.first_names:
            continue
        if m.group("particle") or surname.casefold() in lex.surnames or _unknown_word(surname, lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND42_AT_THE_LOWER.finditer(text):
        low = m.group("surname")
        if (
            low in lex.surnames
            and low not in lex.frequent_words
            and low not in lex.places
            and low not in _ROUND42_NOT_WHOSE_HOME
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round42_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 42 adds once every person is found: IBANs by checksum and Dutch IBAN heads,
    profile pages, a birth date found elsewhere written again, a "Surname, Given" found written
    again (a file name), initials OCR misread before a surname found."""
    out = _round42_ibans(text)
    out |= {(m.start("iban"), m.end("iban"), "IBAN") for m in _ROUND42_NL_HEAD.finditer(text)}
    out |= {(m.start(), m.end(), "URL_PERSONAL") for m in _ROUND42_PROFILE_URL.finditer(text)}
    seen: set[str] = set()
    for start, end, label in found:
        value = text[start:end]
        if label == "DATE_OF_BIRTH" and value.isdigit() and len(value) >= 6:
            pattern = r"(?<!\d)" + re.escape(value) + r"(?!\d)"
        elif label == "PERSON" and re.fullmatch(r"[\w' -]{3,}, [\w'-]{3,}", value):
            pattern = r"(?<!\w)" + re.escape(value) + r"(?!\w)"
        else:
            if label == "PERSON":
                line_start = lines_text.rfind("\n", 0, start) + 1
                m = _ROUND42_MISREAD_INITIALS.search(lines_text, line_start, start)
                if m is not None and any(c in m.group() for c in "),"):
                    out.add((m.start(), end, "PERSON"))
            continue
        if (pattern, label) in seen:
            continue
        seen.add((pattern, label))
        out |= {(m.start(), m.end(), label) for m in re.finditer(pattern, text)}
    return out


# --- Round 43 (blind35) -----------------------------------------------------------------------

# A contact saved as one word and an emoji OCR read as signs, on a chat list's row, a sender
# label, the typing line or a live location ("Erica * 10:21", "Erica *% typt...", "Live
# locatie van Erica *"): the contact, also where the name is a village's or an everyday word.
_ROUND43_SIGNED_WORD_ROW = re.compile(
    r"^(?:(?i:live[ ]locatie)[ ]van[ ])?(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ]+"
    r"[*&#%\u00bb\u00ab@$=]{1,3}(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}[ ]*$|[ ]+typt)",
    re.M,
)
# A given name and a surname saved with an emoji OCR read as a dash or an equals sign, with or
# without the row's time ("Rak Hotak = 08:29", "Obi Sewnarain —"): the contact.
_ROUND43_DASHED_FULL_NAME_ROW = re.compile(
    r"^(?P<name>(?P<given>[A-Z][a-z\u00df-\u00ff]{2,})[ ](?P<surname>[A-Z][a-z\u00df-\u00ff'-]{2,}))"
    r"[ ]+[=\u2014\u2013](?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}[ ]*$)",
    re.M,
)
# A group's chat-list preview opened by its sender after the group's icon OCR read as a dash
# ("— fi: klopt ...", "— Graatje: klopt"): the sender, whatever OCR made of the name.
_ROUND43_DASHED_PREVIEW_SENDER = re.compile(
    r"^[\u2014\u2013][ ](?P<name>[A-Za-z\u00df-\u00ff][a-z\u00df-\u00ff]{1,})(?=:[ ])", re.M
)
_ROUND43_NOT_SENDERS = frozenset({"jij", "ik", "u", "you", "je"})
# A group's preview opened by a given name and a surname and a colon, on the row below the
# chat's title and time ("Overleg Leerplicht 08:27\nErica Gember: schade na").
_ROUND43_PREVIEW_SENDER = re.compile(
    r"\d{1,2}[:.]\d{2}[ ]*\n(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}[ ][A-Z][a-z\u00df-\u00ff'-]{2,})"
    r"(?=:[ ])"
)
# A given name and a surname opening a clause before a finite verb or a comma ("Geen probleem
# Rie! Vrede Pruim neemt de balie", "kostenplaats 6486.462; Graat Druif stuurt ze", "storm.
# Graat Nwosu, famkoek@..."): the subject, also where both are everyday words.
_ROUND43_CLAUSE_NAME = re.compile(
    r"(?:^|(?<=[.!?;:][ ])|(?<=\n))(?P<name>(?P<given>[A-Z][a-z\u00df-\u00ff]{2,})[ \n]"
    r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|'t)[ \n]){0,2}"
    r"(?P<surname>[A-Z][a-z\u00df-\u00ff'-]{2,}))"
    r"(?=,|[ \n](?:neemt|stuurt|belt|komt|gaat|heeft|is|wil|kan|zal|moet|mag|regelt|doet|zegt|"
    r"vraagt|meldt|mailt|appt|brengt|haalt|werkt|woont|zit|staat|schuift|kijkt|opent)\b)",
    re.M,
)
# A relative, a neighbour or a child named after "mijn"/"onze"/"haar"/... ("Paspoort voor mijn
# dochter Erica, 06 04 1944", "Mijn buurvrouw 'Erica Jagessar' heeft"): the person, in quotes
# or not, also a name that is a village's or an everyday word.
_ROUND43_KIN = (
    r"dochter|zoon|vader|moeder|broer|zus|zuster|man|vrouw|echtgenoot|echtgenote|partner|opa|"
    r"oma|kleinzoon|kleindochter|neef|nicht|oom|tante|schoonvader|schoonmoeder|schoonzoon|"
    r"schoondochter|kind|stiefzoon|stiefdochter|buurvrouw|buurman|vriend|vriendin"
)
_ROUND43_KIN_NAME = re.compile(
    r"\b(?:[Mm]ijn|[Oo]nze|[Oo]ns|[Zz]ijn|[Hh]aar|[Uu]w|[Jj]e|[Hh]un)[ \n](?:" + _ROUND43_KIN + r")"
    r"[ \n][\u2018\u2019'\"]?(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}"
    r"(?:[ \n][A-Z][a-z\u00df-\u00ff'-]{2,}(?=[\u2018\u2019'\"]))?)"
)
# "ruzie met x over ...": whom one quarrels with, a lower-case surname a name list knows
# ("Ruzie met olie over de heg").
_ROUND43_QUARREL_WITH = re.compile(
    r"\b(?i:ruzie|burenruzie|conflict|onenigheid|gedoe|problemen|gezeur)[ \n]met[ \n]"
    r"(?P<name>[a-z\u00df-\u00ff]{3,})[ \n](?=over\b)"
)
# A capitalised everyday word or surname mid-sentence after a preposition and before "is",
# "wordt" or "heeft" ("Schuldhulp voor Gember is gestart"): Dutch writes no noun so, a person.
_ROUND43_CAPITAL_MID = re.compile(
    r"(?<=[a-z\u00df-\u00ff][ ])(?:voor|van|met|namens)[ ](?P<name>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"[ ](?=(?:is|wordt|heeft|was|werd)[ ])"
)


def _round43_name_word(word: str, lex: lexicon.Lexicon) -> bool:
    """A capitalised word a construction makes a name: a name list's, a village's or an
    everyday word, not a frequent, calendar, title, firm's or organisation's word."""
    low = word.casefold()
    return not (
        _not_a_given_word(word, lex, place_ok=True)
        or low in _COMPOSE_BAR_WORDS
        or lexicon.street_suffix(low) is not None
    )


def _round43_listed(word: str, lex: lexicon.Lexicon) -> bool:
    """Whether a name list or the place list knows `word` (a village is a given name too)."""
    low = word.casefold()
    return low in lex.first_names or low in lex.surnames or low in lex.places


def _round43_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 43 adds before the screenshot's persons are looked for everywhere: contacts
    saved with an emoji OCR misread, preview senders, names opening a clause, relatives."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND43_SIGNED_WORD_ROW.finditer(lines_text):
        if _round43_listed(m.group("name"), lex) and _round43_name_word(m.group("name"), lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND43_DASHED_FULL_NAME_ROW.finditer(lines_text):
        surname = m.group("surname")
        if _round43_name_word(m.group("given"), lex) and (
            surname.casefold() in lex.surnames or _unknown_word(surname, lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND43_DASHED_PREVIEW_SENDER.finditer(lines_text):
        name = m.group("name")
        if name.casefold() not in _ROUND43_NOT_SENDERS and not _not_a_given_word(
            name, lex, place_ok=True
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND43_PREVIEW_SENDER.finditer(lines_text):
        words = m.group("name").split()
        if _round43_listed(words[0], lex) and all(_round43_name_word(w, lex) for w in words):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    starts = {s for s, _e, label in found if label == "PERSON"}
    for m in _ROUND43_CLAUSE_NAME.finditer(text):
        given, surname = m.group("given"), m.group("surname")
        if not _round43_listed(given, lex):
            continue
        if not _round43_name_word(given, lex) or not _round43_name_word(surname, lex):
            continue
        if (
            m.start("surname") in starts
            or surname.casefold() in lex.surnames
            or _unknown_word(surname, lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND43_KIN_NAME.finditer(text):
        words = m.group("name").split()
        if _round43_listed(words[0], lex) and all(_round43_name_word(w, lex) for w in words):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND43_QUARREL_WITH.finditer(text):
        low = m.group("name")
        if low in lex.surnames and low not in _ROUND42_NOT_WHOSE_HOME:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND43_CAPITAL_MID.finditer(text):
        name = m.group("name")
        low = name.casefold()
        if (
            (low in lex.surnames or low in lex.dutch_words)
            and _round43_name_word(name, lex)
            and not _organisation_or_place(name, lex)
            and not is_company_cue(low)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A date of birth written with spaces after a person and a comma, OCR's O for a zero too
# ("mijn dochter Erica, 06 04\n1944", "Erica, O6 04 1944"): the person's birth date.
_ROUND43_SPACED_DATE_AFTER = re.compile(
    r",[ \n](?P<date>[0-3O]?[0-9O][ \n][01O]?[0-9O][ \n](?:19|20)\d{2})(?!\d)"
)
# A title and initials OCR read without their dots before a surname found ("dhr. VSW Pruim").
_ROUND43_TITLE_INITIALS = re.compile(
    r"(?<![\w.])(?i:dhr|mw|mevr|mr|dr|heer|mevrouw)\.?[ ][A-Z]{1,4}[ ]$"
)
# A surname in capitals before a comma and a given name found ("GEMBER, Mursal, 06..."): the
# person's surname, also an everyday word.
_ROUND43_CAPITAL_SURNAME_COMMA = re.compile(r"(?<![\w])(?P<surname>[A-Z]{3,}),[ \n]$")
# A missed call's number a chat list cut short, with the count of calls ("Gemiste oproep (3) :
# 038 -...", "Gemiste oproep (3) - 0528."): the digits shown are the caller's number's.
_ROUND43_MISSED_CALL_CUT = re.compile(
    r"(?i:gemist(?:e)?[ ]+\S{0,2}esprek|gemiste[ ]+\S*oproep)(?:[ ]*\(\d{1,2}\))?[ ]*"
    r"[-:\u00b7\u2022\u00ab\u2014][ ]*(?P<number>\+?\(?\d{2,}[\d ()-]*?)[ -]*"
    r"(?:\.{1,3}|\u2026)?[ ]*$",
    re.M,
)
# Given names addressed in lower case after a comma ("Goed dat u het meldt, zarlasht."): the
# first part of a full name found, as the phone's contact is addressed.
_ROUND43_ADDRESSED_LOWER = re.compile(r",[ \n](?P<name>[a-z\u00df-\u00ff]{3,})(?=[.!?])")


def _round43_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 43 adds once every person is found: spaced birth dates after a person, titles
    with initials OCR read without dots, capital surnames before a given name, missed calls'
    numbers cut short, a full name's given name addressed in lower case."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    given_names: set[str] = set()
    this_year = datetime.datetime.now(tz=datetime.UTC).year  # a later year is no birth date
    for start, end, label in found:
        if label != "PERSON":
            continue
        m = _ROUND43_SPACED_DATE_AFTER.match(text, end)
        if m is not None and int(m.group("date")[-4:]) <= this_year:
            out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
        line_start = lines_text.rfind("\n", 0, start) + 1
        m = _ROUND43_TITLE_INITIALS.search(lines_text, line_start, start)
        if m is not None:
            out.add((m.start(), end, "PERSON"))
        m = _ROUND43_CAPITAL_SURNAME_COMMA.search(text, max(0, start - 30), start)
        if m is not None:
            word = m.group("surname")
            if len(word) >= 4 and _round43_name_word(word.capitalize(), lex):
                out.add((m.start("surname"), m.end("surname"), "PERSON"))
        words = text[start:end].split()
        if len(words) >= 2 and words[0][:1].isupper() and len(words[0]) >= 3:
            given_names.add(words[0].casefold())
    for m in _ROUND43_MISSED_CALL_CUT.finditer(lines_text):
        if sum(c.isdigit() for c in m.group("number")) >= 3:
            out.add((m.start("number"), m.end("number"), "PHONE"))
    for m in _ROUND43_ADDRESSED_LOWER.finditer(text):
        if m.group("name") in given_names:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A storm named after a person ("na storm Corrie", "sinds storm Isha"): the storm's name stays.
_ROUND43_STORM_BEFORE = re.compile(r"\b(?:storm|orkaan|stormdepressie)[ \n]$")
# A street named after a person cut by a chat list's preview after "op de" ("Boom ligt nog op
# de Johan.", "op de Anne de."), or wrapped after it ("van de Johan van\nOldenbarneveltlaan"):
# no one says "op de" before a given name, so it is the street's head.
_ROUND43_ARTICLE_BEFORE = re.compile(r"\b(?:op|aan|in|langs|bij|naar|over|van|uit)[ ]de[ \n]$")
_ROUND43_CUT_AFTER = re.compile(r"(?:[ ](?:de|van|der))?[ ]*(?:\.{1,3}|\u2026)[ ]*$", re.M)
_ROUND43_STREET_REST = re.compile(
    r"[ \n]+(?:(?:van|de|der|den|ter|ten|'t)[ \n]+){1,3}(?P<word>[A-Z][a-z\u00df-\u00ff]+)"
)
_ROUND43_ARTICLE_NAME = re.compile(r"(?:(?:op|aan|van|bij)[ ])?de[ \n][A-Z][a-z\u00df-\u00ff]+")
# A code in capitals before a dotted number (a WBS element, a cost centre: "WBS 7.142.17") and
# a file's type in capitals ("XLSX", "PDF"): no names.
_ROUND43_CODE_NUMBER_AFTER = re.compile(r"[ \n]*\d{1,4}(?:\.\d{1,4}){1,3}\b")
_ROUND43_FILE_TYPES = frozenset(
    {"XLSX", "XLS", "PDF", "DOCX", "DOC", "CSV", "ZIP", "JPG", "JPEG", "PNG", "OPUS", "MP4", "ODT"}
)
# A case's, a dossier's or a firm's registration number after its cue, also on the next line
# ("dossier\n03606/2029", "KvK\n0649 2973"): no phone.
_ROUND43_NUMBER_CUE = re.compile(
    r"\b(?i:zaak|zaaknr|zaaknummer|dossier|dossiernr|dossiernummer|kenmerk|kvk|kvk-nummer|btw|"
    r"raadsbesluit|besluit|referentie|factuurnr|debiteur)\.?:?[ \n]*$"
)
# What stays a phone after such a cue: a Dutch phone number's shape (a mobile 06 and eight
# digits in any spacing, a landline's ten digits with a separator, +31 or 0031). The case and
# firm numbers the cue is for have a slash or fewer digits ("03606/2029", "0649 2973").
_ROUND43_PHONE_SHAPE = re.compile(
    r"(?:\+|00)\d[\d \-()]*"
    r"|0[ \-]?6(?:[ \-]?\d){8}"
    r"|0\d{1,3}[ \-]\d(?:[ \-]?\d){4,7}"
)


def _round43_without_non_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` without storms named after people, streets' heads a preview cut after "op de",
    codes and file types in capitals, words no name list counts a name, and case or firm
    numbers read as phones."""
    lex = lexicon.load()
    drop: set[tuple[int, int, str]] = set()
    for span in found:
        start, end, label = span
        if label == "PHONE":
            if not _round43_phone_shaped(text[start:end]) and _ROUND43_NUMBER_CUE.search(
                text, max(0, start - 20), start
            ):
                drop.add(span)
        elif label == "PERSON" and _round43_no_person(text, start, end, lex):
            drop.add(span)
    return found - drop


def _round43_phone_shaped(value: str) -> bool:
    """Whether `value` has a Dutch phone number's shape (_ROUND43_PHONE_SHAPE): ten digits
    from a 0, or an international prefix."""
    value = value.strip()
    if not _ROUND43_PHONE_SHAPE.fullmatch(value):
        return False
    digits = "".join(c for c in value if c.isdigit())
    return value.startswith(("+", "00")) or len(digits) == 10


def _round43_no_person(text: str, start: int, end: int, lex: lexicon.Lexicon) -> bool:
    """Whether a person found at `start`-`end` is a storm, a street's head, a code, a file's
    type or words no name list counts a name ("Suikerfeest")."""
    value = text[start:end]
    words = value.split()
    if len(words) == 1 and _ROUND43_STORM_BEFORE.search(text, max(0, start - 16), start):
        return True
    if value in _ROUND43_FILE_TYPES or (
        value.isupper() and value.isalpha() and _ROUND43_CODE_NUMBER_AFTER.match(text, end)
    ):
        return True
    # A feast or a day no name list counts a name ("Suikerfeest", "Koningsdag"); months and
    # languages stay names where a rule found them ("Juni", "Frans").
    long_words = [w.casefold() for w in words if len(w) > 2]
    if (
        long_words
        and max(len(w) for w in long_words) >= 8
        and all(w in lex.not_names and w not in _MONTH_NAMES for w in long_words)
    ):
        return True
    if len(words) == 1 and words[0].casefold() in lex.first_names:
        return bool(
            _ROUND43_ARTICLE_BEFORE.search(text, max(0, start - 12), start)
            and (_ROUND43_CUT_AFTER.match(text, end) or _street_rest(text, end))
        )
    return bool(_ROUND43_ARTICLE_NAME.fullmatch(value) and _street_rest(text, end))


def _street_rest(text: str, end: int) -> bool:
    """Whether particles and a street's word follow `end` ("... van\nOldenbarneveltlaan")."""
    m = _ROUND43_STREET_REST.match(text, end)
    return m is not None and lexicon.street_suffix(m.group("word").casefold()) is not None


# --- Round 44 (blind36) -----------------------------------------------------------------------

# The signs OCR makes of an emoji after a saved contact: those of round 43 and a pound, a euro,
# a copyright or registered sign and a plus ("Erica £ 09:45", "Erica £. 13:57", "Erica +").
_ROUND44_SIGN = r"[*&#%\u00bb\u00ab@$=\u00a3\u20ac\u00a9\u00ae+]{1,3}\.?"
# What follows the sign on a contact's row: its end, the row's time (also as OCR garbled it,
# "EEN", "1521"), the typing line or the recording line.
_ROUND44_ROW_END = (
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]?\d{2}[ ]*$|[ ]+[A-Za-z0-9]{1,4}[ ]*$|[ ]+typt|[ ]+neemt[ ]audio)"
)
_ROUND44_SIGNED_WORD_ROW = re.compile(
    r"^(?:(?i:live[ ]locatie)[ ]van[ ])?(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ]+"
    + _ROUND44_SIGN
    + _ROUND44_ROW_END,
    re.M,
)
_ROUND44_SIGNED_FULL_NAME_ROW = re.compile(
    r"^(?P<name>(?P<given>[A-Z][a-z\u00df-\u00ff]{1,})[ ](?P<surname>[A-Z][a-z\u00df-\u00ff'-]{1,}))"
    r"[ ]+" + _ROUND44_SIGN + _ROUND44_ROW_END,
    re.M,
)
# Who introduces themselves or gets a new number, two capitalised words before a comma or a
# colon ("Ik ben Lelie Ruinen, +31 ...", "Nieuw nummer Tin Ruinen: 06 ..."): the person, also
# where the words are a village's or no list's.
_ROUND44_INTRODUCED = re.compile(
    r"\b(?:[Ii]k[ ]ben|[Nn]ieuw[ ]nummer(?:[ ]van)?|[Aa]nder[ ]nummer(?:[ ]van)?)[ \n]"
    r"(?P<name>(?P<given>[A-Z][a-z\u00df-\u00ff]{1,})[ \n](?P<surname>[A-Z][a-z\u00df-\u00ff'-]{1,}))"
    r"(?=[,:])"
)
# A reader greeted or thanked before a comma or an exclamation mark ("Dank Ruinen, de ...",
# "Top Lelie, dank!"): a person, also a village's name or an everyday word.
_ROUND44_GREETED = re.compile(
    r"(?:^|(?<=[.!?][ ])|(?<=\n))(?:Dank|Bedankt|Top|Hoi|Hallo|Dag|Beste|Hey|Hi|Thanks|Super)"
    r"[ ](?P<name>[A-Z][a-z\u00df-\u00ff]{2,})(?=[,!])"
)
# A question closed by the one asked, after a comma ("Kun jij dat regelen, Eik?"): the reader.
_ROUND44_ASKED = re.compile(
    r"\b(?:jij|je|u|jullie)\b[^.!?\n]{0,60},[ ](?P<name>[A-Z][a-z\u00df-\u00ff]{2,})\?"
    r"(?=[ ]*$|[ \n]+\d{1,2}[:.]\d{2}\b)",
    re.M,
)
# A permit, a card, a scheme or a ceremony of someone, a capitalised word after it (and its
# number), "voor" or "van", before a clause's end or "uw"/"is"/"regelt" ("De bezoekersregeling
# voor Ruinen is aan", "vergunning PV-1234 voor Ruinen;", "ceremonie van Ruinen regelt",
# "Gehandicaptenparkeerkaart Ruinen uw kenmerk"): the holder, a person, also a village's name.
_ROUND44_HOLDER = re.compile(
    r"(?i:kaart|pas|vergunning|regeling|ontheffing|ceremonie|uitkering|aanvraag|toeslag|"
    r"bijdrage|huwelijk|uitvaart)(?:[ \n][A-Z0-9][\w/-]*\d[\w/-]*)?[ \n]"
    r"(?:(?:voor|van)[ \n])?(?P<name>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"(?=[;,]|[ \n](?:uw|is|regelt|wordt|heeft|gaat|komt)\b)"
)
# A document's title line, a permit or a card and a name ("Kapvergunning Ruinen"): the holder.
_ROUND44_TITLE_HOLDER = re.compile(
    r"^[A-Z][a-z]*(?:vergunning|kaart|pas|aanvraag|ontheffing)[ ](?P<name>[A-Z][a-z\u00df-\u00ff]{2,})"
    r"[ ]*$",
    re.M,
)
# A chat list's row of a village's name in lower case with its time ("ruinen 08:12"): a
# contact saved so; a chat is not named after a village in lower case.
_ROUND44_LOWER_PLACE_ROW = re.compile(
    r"^(?P<name>[a-z\u00df-\u00ff]{3,})[ ]+\d{1,2}[:.]\d{2}[ ]*$", re.M
)
# A word before a surname found in a file's name ("Aanvraag Okt\nRuinen.pdf"): its given name,
# also a month's abbreviation.
_ROUND44_GIVEN_IN_FILE = re.compile(r"(?P<given>[A-Z][a-z\u00df-\u00ff]{1,})[ \n]$")
_ROUND44_EXTENSION = re.compile(r"\.(?i:pdf|docx?|odt|xlsx?|jpe?g|png|opus|mp4|heic)\b")
# The municipality's own places: a scheme or a permit for them is the municipality's.
_ROUND44_OWN_PLACES = frozenset(
    {"meppel", "nijeveen", "kolderveen", "rogat", "broekhuizen", "schiphorst", "drenthe"}
)
# A capitalised word before a surname found, opening a line or a clause, before a comma or the
# line's end ("Ruinen Diever, +31 ..."): the given name, also a village's.
_ROUND44_GIVEN_BEFORE = re.compile(
    r"(?:^|(?<=[.;:!?][ ])|(?<=\n))(?P<given>[A-Z][a-z\u00df-\u00ff]{2,})[ ]$"
)
# A surname after a Dutch particle written short ("v.d. Wouters", "V.d. Kolk", "vd Steeg"), with
# the given name before it: a person; the particle is no street's or firm's word.
_ROUND44_SHORT_PARTICLE_NAME = re.compile(
    r"(?<![\w.])(?P<name>(?:(?P<given>[A-Z][a-z\u00df-\u00ff]{2,})[ \n])?"
    r"(?:[Vv]\.[ ]?[Dd]\.|[Vv][Dd]|[Vv]/[Dd])[ \n](?P<surname>[A-Z][a-z\u00df-\u00ff]{2,}))"
)
# A group's preview sender after its icon read as a dash, an emoji after the name read as a
# sign ("— Tin à: klopt."): the sender.
_ROUND44_SIGNED_PREVIEW_SENDER = re.compile(
    r"^[\u2014\u2013][ ](?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ ](?:[^\w\s]{1,2}|[\u00c0-\u00ff])(?=:[ ]|:$)",
    re.M,
)


def _round44_given_word(word: str, lex: lexicon.Lexicon) -> bool:
    """A capitalised word a construction makes a given name: a name list's, a village's or no
    list's word, not a frequent, calendar, title, firm's or organisation's word."""
    return _round43_name_word(word, lex) and word.casefold() not in _ROUND44_OWN_PLACES


def _round44_surname_word(word: str, lex: lexicon.Lexicon) -> bool:
    """A capitalised word a construction makes a surname: a surname list's, a village's or
    none of the word lists' (a name of migrant origin)."""
    low = word.casefold()
    return _round44_given_word(word, lex) and (
        low in lex.surnames or low in lex.places or _unknown_word(word, lex)
    )


def _round44_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 44 adds before the screenshot's persons are looked for everywhere:
    contacts saved with an emoji OCR read as another sign, who introduces themselves or has a
    new number, who is greeted or asked, a permit's or a ceremony's holder, a given name before
    a surname found, surnames after a short particle, preview senders with a sign."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND44_SIGNED_WORD_ROW.finditer(lines_text):
        if _round43_listed(m.group("name"), lex) and _round44_given_word(m.group("name"), lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND44_SIGNED_FULL_NAME_ROW.finditer(lines_text):
        if _round44_given_word(m.group("given"), lex) and _round44_surname_word(
            m.group("surname"), lex
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND44_INTRODUCED.finditer(text):
        if _round44_given_word(m.group("given"), lex) and _round44_surname_word(
            m.group("surname"), lex
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND44_GREETED.finditer(text):
        # a name list's or a village's word or no list's ("Dag Allemaal!" greets no one)
        name = m.group("name")
        if _round44_given_word(name, lex) and (
            _round43_listed(name, lex) or _unknown_word(name, lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND44_ASKED.finditer(text):
        if _round44_given_word(m.group("name"), lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND44_TITLE_HOLDER.finditer(lines_text):
        name = m.group("name")
        if _round44_given_word(name, lex) and (
            name.casefold() in lex.surnames or _unknown_word(name, lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND44_LOWER_PLACE_ROW.finditer(lines_text):
        low = m.group("name")
        if low in lex.places and low not in lex.frequent_words and low not in _ROUND44_OWN_PLACES:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND44_HOLDER.finditer(text):
        name = m.group("name")
        if (
            _round44_given_word(name, lex)
            and (_round43_listed(name, lex) or _unknown_word(name, lex))
            and not is_firm_word(name.casefold())
            and not is_company_cue(name.casefold())
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND44_SHORT_PARTICLE_NAME.finditer(text):
        surname = m.group("surname")
        if lexicon.street_suffix(surname.casefold()) is not None:
            continue
        given = m.group("given")
        start = m.start("name")
        if given is not None and not _round44_given_word(given, lex):
            start = m.end("given") + 1  # the particle opens the name
        out.add((start, m.end("name"), "PERSON"))
    for m in _ROUND44_SIGNED_PREVIEW_SENDER.finditer(lines_text):
        if not _not_a_given_word(m.group("name"), lex, place_ok=True):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for start, end, label in found | out:
        if label != "PERSON" or " " in text[start:end].strip():
            continue
        line_start = lines_text.rfind("\n", 0, start) + 1
        m = _ROUND44_GIVEN_BEFORE.search(lines_text, max(line_start, start - 24), start)
        after = text[end : end + 1]
        if (
            m is not None
            and after in {",", "\n", ""}
            and _round43_listed(m.group("given"), lex)
            and _round44_given_word(m.group("given"), lex)
        ):
            out.add((m.start("given"), end, "PERSON"))
    return out


# A date of a long ago year in a list after a person, between commas, with a weekday, a month's
# name or its abbreviation in capitals ("Kaart voor Tin Ruinen, rolstoel, do 12 maart 1948,
# Kerkstraat 5", ", 07-JUN-1952,"): the person's birth date.
_ROUND44_LISTED_DATE = re.compile(
    r"(?<=,)[ \n](?P<date>(?:(?i:ma|di|wo|do|vr|za|zo)\.?[ ])?[0-3]?\d[ ./-]"
    r"(?:[01]?\d|[A-Za-z]{3,9})[ ./-](?P<year>(?:19|20)\d{2}))(?=[ ]*,)"
)
# An IBAN whose check digits OCR misread ("PLO] 1090 1014 ..."), its country's count of digits
# after it in groups: the IBAN (the count is the evidence the check digits cannot give).
_ROUND44_IBAN_LENGTHS = {
    "PL": 24,
    "DE": 18,
    "BE": 12,
    "PT": 21,
    "HU": 24,
    "CZ": 20,
    "SK": 20,
    "AT": 16,
    "DK": 14,
    "FI": 14,
    "SE": 20,
    "ES": 20,
    "HR": 17,
    "SI": 15,
}
_ROUND44_MISREAD_IBAN = re.compile(
    r"(?<![\w])(?P<cc>[A-Z]{2})[0-9OoIl|\]\[)(]{2}(?P<rest>(?:[ \n]?\d{4}){3,6}(?:[ \n]?\d{1,4})?)"
    r"(?!\d)"
)
# A postcode whose last letter OCR read as a bracket, after an address ("... 16, 7948-Z)"):
# the postcode.
_ROUND44_BRACKET_POSTCODE = re.compile(r",?[ \n]+(?P<code>[1-9]\d{3}[ -]?[A-Z][)\]|}])")
# An unsaved sender's push name after their number on a line of its own, whatever OCR made of
# it ("+62 812 555 0199 SlKay"): the sender.
_ROUND44_PUSH_NAME_AFTER = re.compile(r"[ ]+(?P<name>[~\w][^\s]{1,9})[ ]*$", re.M)
# A chat list's row titled "Surname, Given" or "Given Surname" with its time.
_ROUND44_LIST_ROW = re.compile(
    r"^(?P<title>[A-Z][\w'\u2019-]*,?(?:[ ][A-Za-z][\w'\u2019-]*){1,3})[ ]+\d{1,2}[:.]\d{2}[ ]*$",
    re.M,
)
# "in 't" before a surname found, with the given name before it ("Tin in '‘t Veld").
_ROUND44_IN_T_BEFORE = re.compile(
    r"(?P<given>[A-Z][a-z\u00df-\u00ff]{2,})[ ](?i:in)[ ]['\u2018\u2019]{0,2}$"
)


def _round44_push_name(token: str, lex: lexicon.Lexicon) -> bool:
    """Whether the one token after a number on its line can be a push name OCR misread: no
    digits, no sentence's end, no Dutch word ("06 12345678 morgen." goes on a sentence)."""
    low = token.casefold()
    return not (
        any(c.isdigit() for c in token)
        or token[-1] in ".,;:!?"
        or low in lex.frequent_words
        or low in lex.dutch_words
    )


def _round44_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 44 adds once every person is found: birth dates in a list after a person,
    IBANs with misread check digits, postcodes with a bracket, push names after a number,
    chat list rows naming a person found, established names' words in lower case together,
    a given name before "in 't"."""
    lex = lexicon.load()
    out = _round44_listed_birth_dates(text, found) | _round44_misread_ibans(text)
    out |= _round44_after_found(text, lines_text, found, lex)
    parts = _round44_name_words(persons_in(text, found))
    out |= _round44_named_list_rows(lines_text, parts)
    out |= _round44_lower_name_pairs(text, parts, lex)
    return out


def _round44_listed_birth_dates(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Dates of a year 12 or more years back in a list shortly after a person found."""
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    person_ends = sorted(e for _s, e, label in found if label == "PERSON")
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND44_LISTED_DATE.finditer(text):
        i = bisect.bisect_right(person_ends, m.start())
        if int(m.group("year")) <= this_year - 12 and i and m.start() - person_ends[i - 1] < 40:
            out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    return out


def _round44_misread_ibans(text: str) -> set[tuple[int, int, str]]:
    """IBANs whose check digits OCR misread, by their country's count of digits."""
    return {
        (m.start(), m.end(), "IBAN")
        for m in _ROUND44_MISREAD_IBAN.finditer(text)
        if _ROUND44_IBAN_LENGTHS.get(m.group("cc")) == sum(c.isdigit() for c in m.group("rest"))
    }


def _round44_after_found(
    text: str, lines_text: str, found: set[tuple[int, int, str]], lex: lexicon.Lexicon
) -> set[tuple[int, int, str]]:
    """Next to what was found: a postcode with a bracket after an address, a push name after a
    number on its own line, a given name before "in 't" and a surname found."""
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label == "ADDRESS":
            m = _ROUND44_BRACKET_POSTCODE.match(text, end)
            if m is not None:
                out.add((m.start("code"), m.end("code"), "POSTCODE"))
        elif label == "PHONE":
            line_start = lines_text.rfind("\n", 0, start) + 1
            m = _ROUND44_PUSH_NAME_AFTER.match(lines_text, end)
            if (
                m is not None
                and not lines_text[line_start:start].strip()
                and _round44_push_name(m.group("name"), lex)
            ):
                out.add((m.start("name"), m.end("name"), "PERSON"))
        elif label == "PERSON" and text[start : start + 1] in "'\u2018\u2019t":
            m = _ROUND44_IN_T_BEFORE.search(text, max(0, start - 24), start)
            if m is not None and _round44_given_word(m.group("given"), lex):
                out.add((m.start(), end, "PERSON"))
    return out


def _round44_name_words(names: Sequence[str]) -> set[str]:
    """The words of `names` and the halves of their double surnames, two letters or more,
    case-folded, without particles ("Lena Kuipers-Vu" -> lena, kuipers, vu)."""
    parts = {
        h.casefold()
        for n in names
        for p in _NAME_PART.findall(n)
        for h in (p, *p.split("-"))
        if len(h) >= 2
    }
    return parts - _PARTICLE_WORDS


def _round44_named_list_rows(lines_text: str, parts: set[str]) -> set[tuple[int, int, str]]:
    """Chat list rows whose title holds a word of a person found ("Vu, Keo 13:31"), not a
    firm's."""
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND44_LIST_ROW.finditer(lines_text):
        words = [w.strip(",") for w in m.group("title").split()]
        if any(w.casefold() in parts for w in words) and not any(
            _round44_trade_word(w) for w in words
        ):
            out.add((m.start("title"), m.end("title"), "PERSON"))
    return out


# Two lower-case words in a row (overlapping: every pair).
_ROUND44_LOWER_PAIR = re.compile(
    r"\b(?P<a>[a-z\u00df-\u00ff]{2,})(?=[ \n](?P<b>[a-z\u00df-\u00ff]{2,})\b)"
)


def _round44_lower_name_pairs(
    text: str, parts: set[str], lex: lexicon.Lexicon
) -> set[tuple[int, int, str]]:
    """Two words of persons found written in lower case together ("de tuin van okt smeets")."""
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND44_LOWER_PAIR.finditer(text):
        a, b = m.group("a"), m.group("b")
        if (
            a in parts
            and b in parts
            and a != b
            and not (a in lex.frequent_words and b in lex.frequent_words)
        ):
            out.add((m.start("a"), m.end("b"), "PERSON"))
    return out


# A project's or a cost centre's code written like a plate, after its cue ("projectcode
# XB-12-KL"): no plate.
_ROUND44_CODE_CUE = re.compile(
    r"\b(?i:projectcode|projectnr|projectnummer|project|code|kostenplaats|ordernr|ordernummer|"
    r"wbs)[ :\n]*$"
)
# A preview cut after a street named after a person, the word before it read with it ("Kelder
# op de Anne.", "Lin\nKelder op de Willem ..."): the street's head, no person.
_ROUND44_ARTICLE_HEAD = re.compile(
    r"\b(?:op|aan|in|langs|bij|naar|over|uit|van)[ ]de[ \n][A-Z][a-z\u00df-\u00ff]+$"
)
# Shop and trade words firms are named with that the firm lists lack ("Toko Sari").
_ROUND44_TRADE_WORDS = frozenset(
    {"toko", "warung", "autoberging", "berging", "takelbedrijf", "slijterij", "afhaal"}
)
_ROUND44_FIRM_HEAD_ENDS = ("bedrijf", "berging", "service", "handel", "installatie")
# A role's compound, one word ("Stadsambtenaar", "Wijkbeheerder"): no person.
_ROUND44_ROLE_HEAD = re.compile(
    r"[a-z\u00df-\u00ff]{2,}(?:ambtenaar|ambtenares|meester|beheerder|werker|verlener|consulent|"
    r"medewerker|handhaver|agent|coordinator|coördinator|toezichthouder|inspecteur|adviseur|"
    r"regisseur|begeleider)",
    re.I,
)
# A firm's legal form after a name ("Kuipers B.V.", "Diever BV").
_ROUND44_LEGAL_FORM_END = re.compile(r"[ ](?:B\.V\.?|BV|N\.V\.?)$")
_ROUND44_LEGAL_FORM_AFTER = re.compile(r"[ \n]+(?:B\.V\.?|BV|N\.V\.?|NV|V\.O\.F\.?|VOF)(?![\w])")


def _round44_trade_word(word: str) -> bool:
    """A firm's word (the firm lists' or a shop's, "Toko")."""
    low = word.casefold()
    return low in _ROUND44_TRADE_WORDS or is_firm_word(low) or _firm_word(word)


def _round44_firm_head(word: str) -> bool:
    """A word a firm's name opens with before its owner's name ("Toko", "Sloopbedrijf",
    "Autoberging"); not a word that only ends like one ("Wolfswinkel", "Budgetbeheer")."""
    low = word.casefold()
    return low in _ROUND44_TRADE_WORDS or low.endswith(_ROUND44_FIRM_HEAD_ENDS)


def _round44_without_non_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` without codes written like plates after a project's cue, street heads a preview
    cut (with the word before them), firms named with a trade word or a legal form, and roles."""
    lex = lexicon.load()
    drop: set[tuple[int, int, str]] = set()
    keep_part: set[tuple[int, int, str]] = set()
    for span in found:
        start, end, label = span
        value = text[start:end]
        if label == "LICENSE_PLATE":
            if _ROUND44_CODE_CUE.search(text, max(0, start - 24), start):
                drop.add(span)
            continue
        if label != "PERSON":
            continue
        if ";" in value:
            # A name never runs over a semicolon ("Tin; Stadsambtenaar brengt"): its parts,
            # without a role's compound.
            drop.add(span)
            offset = start
            for part in value.split(";"):
                word = part.strip()
                if word and not _ROUND44_ROLE_HEAD.fullmatch(word):
                    begin = offset + part.index(word)
                    keep_part.add((begin, begin + len(word), label))
                offset += len(part) + 1
        elif _round44_no_person(text, start, end, lex):
            drop.add(span)
    return (found - drop) | keep_part


_ROUND44_WORD_BEFORE = re.compile(r"(?P<word>[A-Z][\w-]+)[ \n]+$")


@functools.cache
def _round44_only_given_names(lex: lexicon.Lexicon) -> frozenset[str]:
    """The given names no surname list holds (computed once: the lists are large)."""
    return lex.first_names - lex.surnames


def _round44_no_person(text: str, start: int, end: int, lex: lexicon.Lexicon) -> bool:
    """Whether a person found at `start`-`end` is a street's head a preview cut, a firm named
    with a trade word or a legal form, or a role's compound."""
    value = text[start:end]
    words = value.split()
    only_given = _round44_only_given_names(lex)
    if _ROUND44_ARTICLE_HEAD.search(value) and (
        _ROUND43_CUT_AFTER.match(text, end) or _street_rest(text, end)
    ):
        return True
    if _ROUND44_LEGAL_FORM_AFTER.match(text, end) or _ROUND44_LEGAL_FORM_END.search(value):
        return True
    if len(words) >= 2:
        # "Toko Sari", "Autoberging Kuipers": a trade word and a name that is no given name only.
        return _round44_firm_head(words[0]) and words[1].casefold() not in only_given
    if value.casefold() in _ROUND44_TRADE_WORDS:
        return True
    if _ROUND44_ROLE_HEAD.fullmatch(value) and value.casefold() not in lex.surnames:
        return True
    before = _ROUND44_WORD_BEFORE.search(text, max(0, start - 30), start)
    return (
        before is not None
        and _round44_firm_head(before.group("word"))
        and value.casefold() not in only_given
    )


def _round44_file_given(word: str, lex: lexicon.Lexicon) -> bool:
    """A word before a surname in a file's name that is a given name: a name list's or a
    village's, no list's, or a month's abbreviation ("Okt"); not "Spraakbericht"."""
    low = word.casefold()
    if low in _MONTH_NAMES:
        return False
    return (
        _round43_listed(word, lex)
        or _unknown_word(word, lex)
        or (len(low) <= 4 and low in lex.not_names)
    )


def _round44_everywhere(
    text: str, ocr: OcrResult, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Once the rules are done: the capitalised words of persons the late rules found, also
    elsewhere ("Tinus kuipers" found late, "Schadeclaim Kuipers" in another bubble); not in a
    firm's chat list row ("Kroos... 13:02 Werkorder ...")."""
    lex = lexicon.load()
    lines_text = ocr.text
    businesses = _business_rows(ocr)
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        # A word before a surname in a file's name, also a month's abbreviation ("Okt").
        if label == "PERSON" and _ROUND44_EXTENSION.match(text, end):
            m = _ROUND44_GIVEN_IN_FILE.search(text, max(0, start - 16), start)
            if m is not None and _round44_file_given(m.group("given"), lex):
                out.add((m.start("given"), end, "PERSON"))
    names = tuple(
        " ".join(w if w.casefold() in _PARTICLE_WORDS else w[:1].upper() + w[1:] for w in n.split())
        for n in persons_in(text, found | out)
    )
    out |= {
        s
        for s in _mentions_of(text, names, lines_text)
        # not an abbreviation in capitals ("WOZ" of "Bezwaar WOZ Tesfaye", "WOZ-2027-70541")
        if len(text[s[0] : s[1]]) >= 3
        and not text[s[0] : s[1]].isupper()
        and not any(a <= s[0] and s[1] <= b for a, b, _l in found)
        and not any(a <= s[0] and s[1] <= b for a, b in businesses)
        and not _round44_firms_name(text, lines_text, s[0], s[1])
    }
    # ... nor where the rules before take it for a place ("Groeten uit Middendorp").
    out -= _villages_named_like_surnames(text, out)
    out -= _places_closing_addresses(text, out)
    return out - _streets_before_places(text, out)


def _round44_firms_name(text: str, lines_text: str, start: int, end: int) -> bool:
    """Whether the name at `start`-`end` is a firm's, as the rules before judged it ("Tjeerd
    Catering", "Brasem & Zn.", "Dierenopvang De Wissel")."""
    return bool(
        _in_firms_name_of_bubble(text, lines_text, start)
        or _before_firm_word(text, end)
        or _opens_with_business_kind(text, start, end)
        or _AND_SONS_AFTER.match(text, end)
    )


# --- Round 45 (blind37) -----------------------------------------------------------------------

# Who calls on behalf of an organisation, a given name and a surname opening a message before
# "van <organisation>" and a verb ("Reda Lang van Stichting Leergeld Meppel belt u"): the
# caller, also where the surname is an everyday word ("Lang", "Sterk").
_ROUND45_ORG_HEADS = (
    "stichting",
    "gemeente",
    "vereniging",
    "corporatie",
    "dienst",
    "bedrijf",
    "school",
    "politie",
    "centrum",
    "groep",
)
_ROUND45_ON_BEHALF = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ]))(?P<name>(?P<given>[A-Z][a-z\u00df-\u00ff]{1,})[ ]"
    r"(?P<surname>[A-Z][a-z\u00df-\u00ff'-]{1,}))[ \n]van[ \n](?:de[ \n]|het[ \n])?"
    r"(?P<org>[A-Z][\w-]+)[^.!?\n]{0,40}?[ \n](?:belt|mailt|komt|neemt|stuurt|appt|laat|zal|gaat)\b"
)
# A contact's row with a sign after a surname found, one capitalised word before it opening
# the row ("Han rood *", "Mustaf vroom * Do"): the given name.
_ROUND45_SIGN_AFTER = re.compile(r"[ ]+[*&#%\u00bb\u00ab@$=\u00a3\u20ac\u00a9\u00ae+]{1,3}")
_ROUND45_ROW_GIVEN = re.compile(r"^(?P<given>[A-Z][a-z\u00df-\u00ff]{1,})[ ]$", re.M)
# A question closed by the one asked after a comma, also over a line's end and after "jou"
# ("Lukt dat bij jou,\nHan?"): the reader.
_ROUND45_ASKED = re.compile(
    r"\b(?:jij|je|jou|jouw|u|jullie)\b[^.!?\n]{0,60},[ \n](?P<name>[A-Z][a-z\u00df-\u00ff]{1,})\?"
)
# A given name and a surname in capitals alone on a line (a chat list's title without its
# time) or before a notice's verb ("Tarek SHAHEEN voegde Q toe"): a person.
_ROUND45_CAPITAL_SURNAME = re.compile(
    r"^(?P<name>(?P<given>[A-Z][a-z\u00df-\u00ff]{1,})[ ](?P<surname>[A-Z]{3,}(?:-[A-Z]{2,})?))"
    r"(?=[ ]*$|[ ]+\d{1,2}[:.]\d{2}[ ]*$|[ ](?:voegde|heeft|verliet|wijzigde|maakte|is|staat|deelt|typt)\b)",
    re.M,
)
# The verification notice ("... versleuteling. Stil B. is geverifieerd."): the contact.
_ROUND45_VERIFIED = re.compile(
    r"versleuteling\.[ \n]+(?P<name>[A-Z][^\n]{1,40}?)[ \n]+is[ \n]+geverifieerd"
)
# Whom one calls on, a lower-case word between "bij" and "langs" ("gaat morgen bij wijs
# langs"): a surname written small; not a pronoun ("bij ons langs").
_ROUND45_CALLED_ON = re.compile(r"\bbij[ \n](?P<name>[a-z\u00df-\u00ff]{3,})[ \n]langs\b")
# An item of a comma list of members, a given name and an initial ("Duifje W, Sasha sterk *,
# ..."): a member, where the list names a person found.
_ROUND45_LIST_ITEM = re.compile(
    r"(?:^|(?<=,[ ]))(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}[ ][A-Z])(?=,)", re.M
)
# A chat list's preview opened by a dash or a tilde and a name no word list knows, a sign, a
# capital or the line's end after it ("— Roosie BSN...", its sign and colon lost): a group's
# preview sender or a push name.
_ROUND45_DASHED_PREVIEW = re.compile(
    r"^[\u2014\u2013~][ ](?P<name>[A-Z][a-z\u00df-\u00ff]{2,})(?=[ ]*$|[ ]?[^\w\s]|[ ][A-Z0-9])",
    re.M,
)
# Trade words firms are named with, as a compound's head ("Fietsherstel", "Ongediertebestrijding",
# "Mollenvanger"): the word opens a firm's name, no person's.
_ROUND45_TRADE_HEADS = (
    "herstel",
    "bestrijding",
    "reparatie",
    "verhuur",
    "onderhoud",
    "vanger",
    "schoonmaak",
    "techniek",
    "transport",
    "bouw",
    "hovenier",
    "hoveniers",
    "loodgieter",
)
_ROUND45_PERMIT_CUE = re.compile(
    r"\b(?i:[a-z]*(?:vergunning|ontheffing)|kenmerk|zaak|zaaknummer|zaaknr|"
    r"dossier|dossiernummer|besluit)[ :.\n]*$"
)
_ROUND45_BUSINESS_NOTICE = re.compile(
    r"^(?P<firm>[^\n]{2,60}?)[ ]+(?:gebruikt|heeft)[ ]+een[ ]+zakelijk[ ]+account\b", re.M
)


def _round45_trade_word(word: str) -> bool:
    """A firm's compound of a trade ("Fietsherstel", "Ongediertebestrijding")."""
    low = word.casefold()
    return len(low) >= 8 and low.endswith(_ROUND45_TRADE_HEADS)


def _round45_given(word: str, lex: lexicon.Lexicon) -> bool:
    """A capitalised word a construction makes a given name: a name list's word or none of
    the word lists' (a name of migrant origin), not an everyday or organisation's word."""
    return _round44_given_word(word, lex) and (
        word.casefold() in lex.first_names or _unknown_word(word, lex)
    )


def _round45_row_givens(
    lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """A given name opening a contact's row before a surname found and a sign ("Han rood *")."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not _ROUND45_SIGN_AFTER.match(lines_text, end):
            continue
        line_start = lines_text.rfind("\n", 0, start) + 1
        m = _ROUND45_ROW_GIVEN.match(lines_text, line_start, start)
        given = m.group("given") if m is not None else ""
        if (
            m is not None
            and m.end() == start
            and _round44_given_word(given, lex)
            # a name list's word or no Dutch word ("Mustaf", a compound only by its letters)
            and (given.casefold() in lex.first_names or given.casefold() not in lex.dutch_words)
        ):
            out.add((m.start("given"), end, "PERSON"))
    return out


def _round45_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 45 adds before the screenshot's persons are looked for everywhere: callers
    on behalf of an organisation, given names on a contact's row with a sign, who is asked,
    given names with a surname in capitals, verified contacts, whom one calls on, members of a
    list with an initial."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND45_ON_BEHALF.finditer(text):
        org = m.group("org")
        low = m.group("surname").casefold()
        if (
            (org.casefold().endswith(_ROUND45_ORG_HEADS) or org.isupper())
            and _round45_given(m.group("given"), lex)
            # the surname may be an everyday word ("Lang", "Sterk"), no pronoun, title or
            # organisation's, firm's or calendar's word
            and low not in _PRONOUNS
            and low not in _ORGANISATION_WORDS
            and low not in _MONTH_NAMES
            and low not in _WEEKDAYS
            and not _is_title_word(low)
            and not is_firm_word(low)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    out |= _round45_row_givens(lines_text, found)
    for m in _ROUND45_ASKED.finditer(text):
        if _round44_given_word(m.group("name"), lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND45_CAPITAL_SURNAME.finditer(lines_text):
        surname = m.group("surname").split("-")[0]
        if _round45_given(m.group("given"), lex) and (
            surname.casefold() in lex.surnames or _unknown_word(surname.title(), lex)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND45_VERIFIED.finditer(text):
        name = m.group("name").rstrip()
        if not _not_a_given_word(name.split()[0].strip(".,"), lex, place_ok=True):
            out.add((m.start("name"), m.start("name") + len(name), "PERSON"))
    for m in _ROUND45_CALLED_ON.finditer(text):
        low = m.group("name")
        if (low in lex.surnames or low in lex.first_names) and low not in lex.frequent_words:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND45_DASHED_PREVIEW.finditer(lines_text):
        name = m.group("name")
        # no list's word ("— Let op: ..." is a notice's preview)
        if _round44_given_word(name, lex) and _unknown_word(name, lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    person_lines = {lines_text.rfind("\n", 0, s) + 1 for s, _e, label in found if label == "PERSON"}
    for m in _ROUND45_LIST_ITEM.finditer(lines_text):
        line_start = lines_text.rfind("\n", 0, m.start()) + 1
        word = m.group("name").split()[0]
        if line_start in person_lines and not _not_a_given_word(word, lex, place_ok=False):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# Who has a new number, a name opening a message before "heeft nu" and a phone found ("Stil
# heeft nu +31 6 ... als nummer"): the person.
_ROUND45_HAS_NUMBER = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ ]))(?P<name>[A-Z][a-z\u00df-\u00ff]{1,}(?:[ ][A-Z][a-z\u00df-\u00ff'-]{1,})?)"
    r"[ \n]heeft[ \n](?:nu[ \n])?(?:(?:een[ \n])?nieuw[ \n]nummer:?[ \n])?$"
)
# A lower-case surname closing a sentence after an address found (", van blauw."): the owner.
_ROUND45_OWNER_AFTER = re.compile(r",?[ \n]+van[ \n](?P<name>[a-z\u00df-\u00ff]{3,})(?=[.!?])")
# A birth date a correction names after a birth date found, within the sentence ("... klopt
# niet: 2 oktober 2010 moet 15-VI-1930 zijn."), also with a Roman month.
_ROUND45_ROMAN = r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)"
_ROUND45_CORRECTED_DATE = re.compile(
    r"[^.!?\n]{0,30}?\b(?:moet|wordt|is|naar)[ \n](?P<date>[0-3]?\d[ ./-](?:[01]?\d|"
    + _ROUND45_ROMAN
    + r"|[A-Za-z]{3,9})[ ./-](?P<year>(?:19|20)\d{2}))\b"
)
# A birth date after its cue with an O or an l OCR read for a digit ("Geb. 22 O1 1943").
_ROUND45_MISREAD_BIRTH = re.compile(
    r"\b(?i:geb\.?|geboren|geboortedatum:?)[ \n]+(?P<date>[0-3OoIl]?[0-9OoIl][ ./-][01OoIl]?[0-9OoIl]"
    r"[ ./-](?:19|20)[0-9OoIl]{2})(?![\w])"
)
# A BSN in brackets in any groups, nine digits passing the 11-proef ("pas (93 84 00 538)").
_ROUND45_BRACKETED_BSN = re.compile(r"\((?P<digits>[1-9][\d .-]{7,14}\d)\)")
# A postcode written with a slash or with its digits apart before a place ("7942/PR Nijeveen",
# "79 47 HB Rogat").
_ROUND45_POSTCODE_PLACE = re.compile(
    r"(?<![\w/.-])(?P<code>[1-9]\d(?:[ ]?\d{2}[ ]?/[ ]?|[ ]\d{2}[ ]|[ ]\d{2}[ ]?-[ ]?)[A-Z]{2})"
    r"[ ,]+(?P<place>[A-Z][a-z\u00df-\u00ff]+)"
)
# A house number with its floor or part after the word for it before a street ("Nummer 189-bov
# aan de Troelstraweg", "Nummer 148 boven aan de Johan ...") or dashed alone ("'Duifje' van
# 119-hs"): an address; a number without a part stays ("nummer 12 in de rij").
_ROUND45_PART = r"(?:hs|h|bov|boven|bv|beneden|bg|bis|zw|huis)"
_ROUND45_NUMBER_ON_STREET = re.compile(
    r"\b(?i:nummer|nr\.?|huisnummer)[ \n](?P<number>[1-9]\d{0,3}(?:[ -]?"
    + _ROUND45_PART
    + r"|[a-zA-Z]|/[A-Za-z0-9]{1,3}))"
    r"[ \n](?:aan|op)[ \n](?:de|het)[ \n][A-Z]"
)
_ROUND45_NUMBER_PART = re.compile(
    r"(?<![\w/.-])(?P<number>[1-9]\d{0,3}-(?i:" + _ROUND45_PART + r"))(?![\w-])"
)
# A chat list's row of a number a preview cut ("(+31)(0)6 333 651.", "+380 (67) 101 81...",
# "00233 24 111.... a"): a phone.
_ROUND45_CUT_ROW_PHONE = re.compile(
    r"^(?P<number>\(?(?:\+|00)\d{1,3}\)?(?:[ ]?\(\d{1,3}\))*(?:[ ]?\d{1,4}){1,5})[ ]?"
    r"(?:\.{1,4}|\u2026)",
    re.M,
)


def _round45_late(
    text: str,
    lines_text: str,
    found: set[tuple[int, int, str]],
    keep_values: Sequence[str],
) -> set[tuple[int, int, str]]:
    """What round 45 adds once every person is found: who has a new number, an owner after an
    address, corrected and misread birth dates, bracketed BSNs, postcodes before a place,
    house numbers with a floor, numbers a chat list cut."""
    lex = lexicon.load()
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label == "PHONE":
            m = _ROUND45_HAS_NUMBER.search(text, max(0, start - 60), start)
            if m is not None and not any(
                _not_a_given_word(w, lex, place_ok=True) for w in m.group("name").split()
            ):
                out.add((m.start("name"), m.end("name"), "PERSON"))
        elif label == "ADDRESS":
            m = _ROUND45_OWNER_AFTER.match(text, end)
            if m is not None:
                low = m.group("name")
                if low in lex.surnames and low not in lex.frequent_words:
                    out.add((m.start("name"), m.end("name"), "PERSON"))
        elif label == "DATE_OF_BIRTH":
            m = _ROUND45_CORRECTED_DATE.match(text, end)
            if m is not None and int(m.group("year")) <= this_year - 12:
                out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    for m in _ROUND45_MISREAD_BIRTH.finditer(text):
        out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    for m in _ROUND45_BRACKETED_BSN.finditer(text):
        digits = re.sub(r"\D", "", m.group("digits"))
        if _passes_11_proef(digits):
            out.add((m.start("digits"), m.end("digits"), "BSN"))
    for m in _ROUND45_POSTCODE_PLACE.finditer(text):
        if m.group("place").casefold() in lex.places:
            out.add((m.start("code"), m.end("code"), "POSTCODE"))
    for rx in (_ROUND45_NUMBER_ON_STREET, _ROUND45_NUMBER_PART):
        for m in rx.finditer(text):
            out.add((m.start("number"), m.end("number"), "ADDRESS"))
    kept_digits = [re.sub(r"\D", "", v) for v in keep_values]
    for m in _ROUND45_CUT_ROW_PHONE.finditer(lines_text):
        digits = re.sub(r"\D", "", m.group("number"))
        if len(digits) >= 7 and not any(
            k and k.startswith(digits.lstrip("0")[:6]) for k in kept_digits
        ):
            out.add((m.start("number"), m.end("number"), "PHONE"))
    return out


def _round45_without_firms(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` without persons in a firm's name: a business account's notice with a trade's
    compound ("Fietsherstel Kojo gebruikt een zakelijk account"), its name everywhere, and a
    name after a trade's compound ("Fietsherstel Kojo start ...")."""
    firms = {
        m.group("firm").strip()
        for m in _ROUND45_BUSINESS_NOTICE.finditer(lines_text)
        if any(_round45_trade_word(w) or _round44_firm_head(w) for w in m.group("firm").split())
    }
    regions = [
        (m.start(), m.end())
        for firm in firms
        for m in re.finditer(
            r"(?<![\w])" + re.escape(firm).replace(r"\ ", r"[ \n]") + r"(?![\w])", text
        )
    ]
    drop: set[tuple[int, int, str]] = set()
    for span in found:
        start, end, label = span
        if label != "PERSON":
            continue
        if any(rs <= start and end <= re_ for rs, re_ in regions):
            drop.add(span)
            continue
        words = text[start:end].split()
        before = _ROUND44_WORD_BEFORE.search(text, max(0, start - 30), start)
        if (len(words) == 2 and _round45_trade_word(words[0])) or (
            len(words) == 1
            and (
                _round45_trade_word(words[0])
                or (before is not None and _round45_trade_word(before.group("word")))
            )
        ):
            drop.add(span)
    # A code written like a plate after a permit's, a case's or a file's word ("kapvergunning
    # KV9559", "zaak XK-12-PL"): no plate.
    drop |= {
        s
        for s in found
        if s[2] == "LICENSE_PLATE" and _ROUND45_PERMIT_CUE.search(text, max(0, s[0] - 30), s[0])
    }
    return found - drop


# --- Round 46 (blind38) -----------------------------------------------------------------------

# Whose home a sentence names, a lower-case word after "van" before a comma and a relative of
# theirs ("Nummer 53-3hg op de Mozartlaan is van toren, hun dochter ..."): a surname written
# small, also where it is an everyday word ("touw", "naald").
_ROUND46_OWNER_KIN = re.compile(
    r"\bvan[ \n](?P<name>[a-z\u00df-\u00ff]{3,}),[ \n](?:hun|zijn|haar)[ \n]"
    r"(?:dochter|zoon|vrouw|man|moeder|vader|broer|zus|zoons|dochters|kinderen|kind|partner|"
    r"kleinzoon|kleindochter|schoonzoon|schoondochter)\b"
)
# A surname and a comma closing a message, the initials after it OCR read without their dots
# ("... niet mijn rekening. Kaars,\nWs."): the initials.
_ROUND46_BARE_INITIALS = re.compile(r",[ \n](?P<initials>[A-Z][A-Za-z]?\.)[ ]*(?=\n|$)")
# A chat list's title in capitals a preview cut, its time lost or read as something else
# ("CHAUDHARY ... De"): a surname.
_ROUND46_CUT_CAPITAL_TITLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]+)?(?P<name>[A-Z]{4,}(?:-[A-Z]{3,})?)[ ]?(?:\.{2,}|\u2026)[^\n]{0,6}$",
    re.M,
)


def _round46_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 46 adds before the screenshot's persons are looked for everywhere: owners
    named small before a relative, capital titles of a chat list a preview cut."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND46_OWNER_KIN.finditer(text):
        if m.group("name") in lex.surnames:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND46_CUT_CAPITAL_TITLE.finditer(lines_text):
        name = m.group("name")
        low = name.casefold()
        if low in _CAPS_NOT_SURNAMES or not _VOWEL.search(name):
            continue
        if _organisation_or_place(name.title(), lex) or is_firm_word(low):
            continue
        if low in lex.surnames or _unknown_word(name.title(), lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round46_lower_list_titles(ocr: OcrResult) -> set[tuple[int, int, str]]:
    """A chat list's row titled by one lower-case surname alone, its time lost or misread
    ("naald ee"): a contact saved so, also where the surname is a noun ("naald", "touw"); no
    everyday word a preview holds alone."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for line in text_lines(ocr.words):
        if not in_chat_list(line[0]):
            continue
        m = _LIST_LOWER_NAME.match(ocr.text, line[0].char_start, line[-1].char_end)
        if m is None or m.group(1) != line[0].text:
            continue
        low = m.group(1)
        if len(low) >= 4 and low in lex.surnames and low not in lex.frequent_words:
            out.add((m.start(1), m.end(1), "PERSON"))
    return out


# A number abroad with its area code in brackets, also over a line's end ("+90 (582) 880 3805",
# "00212 (661)\n44 07 19"): a phone (the detector's numbers abroad take no brackets).
_ROUND46_BRACKETED_ABROAD = re.compile(
    r"(?<![\w+(])(?P<number>(?:\+|00)(?!31)[1-9]\d{0,2}[ ]?\(\d{1,4}\)(?:[ .\n-]?\d){5,11})(?!\d)"
)
# A Dutch mobile number in a sentence whose subject is a person found speaking for an
# organisation ("Mijn begeleider Habib Karaca van Dierenambulance Meppel kan ook bellen:
# +31(6) 483\n53 530."): their own number, not the organisation's.
_ROUND46_MOBILE = re.compile(
    r"(?<![\w+])(?P<number>(?:\+31[ ]?(?:\(0\)[ ]?)?\(?6\)?|0031[ ]?6|06)(?:[ .\n-]{0,3}\d){8})(?!\d)"
)
_ROUND46_FOR_ORGANISATION = re.compile(r"[ \n]van[ \n](?:de[ \n]|het[ \n])?[A-Z]")
# A birth date written flat with one dash after "geboren" ("hij is geboren\n0905-1962").
_ROUND46_FLAT_BIRTH = re.compile(
    r"\b(?i:geboren|geb\.?)(?:[ \n](?:op|is))?[ \n:]+(?P<date>(?P<d>[0-3]\d)(?P<m>[01]\d)-"
    r"(?P<y>(?:19|20)\d{2}))(?![\w-])"
)
# The head of an IBAN a chat list's preview cut ("Graag terugstorten op NL60 ..."): an IBAN.
_ROUND46_IBAN_COUNTRIES = frozenset(
    {"NL", "BE", "DE", "FR", "GB", "PL", "BG", "HU", "TR", "RO", "PT", "ES", "IT", "UA", "LU"}
    | set(_ROUND44_IBAN_LENGTHS)
)
_ROUND46_LETTER_BANKS = frozenset({"NL", "GB", "BG", "RO", "IE"})
_ROUND46_CUT_IBAN = re.compile(
    r"(?<![\w.-])(?P<iban>(?P<cc>[A-Z]{2})\d{2}(?P<bank>[ ]?[A-Z]{4})?)[ ]?(?:\.{2,}|\u2026)"
)
# A house number with its unit or flat after the word for it before a street ("Nummer 50 unit 4
# op de Meester Brugweg"): an address.
_ROUND46_NUMBER_UNIT = re.compile(
    r"\b(?i:nummer|nr\.?|huisnummer)[ \n](?P<number>[1-9]\d{0,3}[a-zA-Z]?[ \n-]?"
    r"(?i:unit|app\.?|appartement|kamer|woning)[ \n]?\d{1,3}[a-zA-Z]?)"
    r"[ \n](?:aan|op)[ \n](?:de|het)[ \n][A-Z]"
)


def _round46_late(
    text: str,
    lines_text: str,
    found: set[tuple[int, int, str]],
    keep_values: Sequence[str],
) -> set[tuple[int, int, str]]:
    """What round 46 adds once every person is found: initials without dots after a surname and
    a comma closing a message, numbers abroad with a bracketed area code and the push name after
    one, a person's mobile number beside their organisation, birth dates flat with a dash, IBAN
    heads a preview cut, house numbers with a unit."""
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label == "PERSON" and (m := _ROUND46_BARE_INITIALS.match(lines_text, end)) is not None:
            out.add((start, m.end("initials"), "PERSON"))
    for m in _ROUND46_BRACKETED_ABROAD.finditer(lines_text):
        if sum(c.isdigit() for c in m.group("number")) >= 9:
            out.add((m.start("number"), m.end("number"), "PHONE"))
            if (push := _PUSH_NAME.match(lines_text, m.end("number"))) is not None:
                out.add((push.start(1), push.end(1), "PERSON"))
    speakers = [
        (s, e)
        for s, e, label in found
        if label == "PERSON" and _ROUND46_FOR_ORGANISATION.match(text, e)
    ]
    for m in _ROUND46_MOBILE.finditer(text):
        sentence = max(text.rfind(c, 0, m.start()) for c in ".!?\n\u2026") + 1
        # ... the sentence may run over the bubble's lines; a line of its own is a new one
        if any(sentence <= s and e < m.start() and m.start() - s <= 160 for s, e in speakers):
            out.add((m.start("number"), m.end("number"), "PHONE"))
    for m in _ROUND46_FLAT_BIRTH.finditer(text):
        if 1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("m")) <= 12:
            out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    kept = [re.sub(r"\W", "", v).upper() for v in keep_values]
    for m in _ROUND46_CUT_IBAN.finditer(text):
        head = re.sub(r"\W", "", m.group("iban")).upper()
        # ... a bank's code of letters only where the country writes one ("BE53 ABCD..." is none)
        if (
            m.group("cc") in _ROUND46_IBAN_COUNTRIES
            and (m.group("bank") is None or m.group("cc") in _ROUND46_LETTER_BANKS)
            and not any(k.startswith(head) for k in kept)
        ):
            out.add((m.start("iban"), m.end("iban"), "IBAN"))
    for m in _ROUND46_NUMBER_UNIT.finditer(text):
        out.add((m.start("number"), m.end("number"), "ADDRESS"))
    return out


# Organisations named by a compound of their kind ("Dierenambulance Meppel", "Reddingsbrigade
# Meppel", "Waterschap DOD"): no person's name runs over "van" into one, and a word right after
# one is part of its name.
_ROUND46_ORG_HEADS = (
    *_ROUND45_ORG_HEADS,
    "ambulance",
    "brigade",
    "waterschap",
    "regio",
    "brandweer",
    "omroep",
    "bibliotheek",
    "asiel",
    "kerk",
    "bank",
)
_ROUND46_VAN_ORGANISATION = re.compile(
    r"[ \n]van[ \n](?:de[ \n]|het[ \n])?(?P<org>[A-Z][\w-]+)(?:[ \n][A-Z][\w-]+)?$"
)
_ROUND46_ORGANISATION_BEFORE = re.compile(r"(?<![\w-])(?P<org>[A-Z][a-z]+)[ ]$")
# Trade words firms are named with besides round 45's ("Tegelzetter Karaca", "Trapliften
# Toren", "Rioolservice Kaars"): the word opens a firm's name.
_ROUND46_TRADE_HEADS = (
    "zetter",
    "zetters",
    "liften",
    "service",
    "berging",
    "installateur",
    "installaties",
    "legger",
    "leggers",
    "handel",
)
# A code written like a plate after a work order's or a project's word ("werkorder\nSL-45-SD"):
# no plate.
_ROUND46_ORDER_CUE = re.compile(
    r"\b(?i:werkorder|werkordernummer|werkbon|ordernummer|opdracht|opdrachtnummer|project|"
    r"projectnummer)[ :.\n]*$"
)


def _round46_organisation(word: str) -> bool:
    """A capitalised organisation's word or compound ("Stichting", "Dierenambulance")."""
    low = word.casefold()
    return len(low) >= 5 and (low in _ORGANISATION_WORDS or low.endswith(_ROUND46_ORG_HEADS))


def _round46_trade_word(word: str) -> bool:
    """A firm's compound of a trade, round 45's or round 46's ("Tegelzetter", "Trapliften")."""
    low = word.casefold()
    return _round45_trade_word(word) or (len(low) >= 8 and low.endswith(_ROUND46_TRADE_HEADS))


def _round46_firms_word(word: str) -> bool:
    """A trade's compound or a capitalised organisation's word ("Trapliften", "Waterschap")."""
    return _round46_trade_word(word) or (word[:1].isupper() and _round46_organisation(word))


def _round46_without_non_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` with persons cut before "van" and an organisation ("Brug van Dierenambulance"),
    without a word right after an organisation's ("Waterschap DOD") or a firm named by a trade
    ("Offerte van Trapliften Toren"), and without plates after a work order's word."""
    out: set[tuple[int, int, str]] = set()
    for span in found:
        start, end, label = span
        if label == "LICENSE_PLATE" and _ROUND46_ORDER_CUE.search(text, max(0, start - 30), start):
            continue
        if label != "PERSON":
            out.add(span)
            continue
        value = text[start:end]
        m = _ROUND46_VAN_ORGANISATION.search(value)
        if m is not None and _round46_organisation(m.group("org")):
            if value[: m.start()].strip():
                out.add((start, start + m.start(), label))
            continue
        before = _ROUND46_ORGANISATION_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and _round46_organisation(before.group("org")):
            continue
        words = value.split()
        # ... nor is an organisation's or a trade's word itself a person ("Trapliften"), a name
        # after one closing the find ("Offerte van Trapliften Toren") or the find's last word;
        # a trade before a name and a surname stays found ("Loodgieter Kees Jansen")
        if any(_round46_firms_word(w) for w in (words[-1], *words[-2:-1])) or (
            len(words) == 1
            and (b := _ROUND44_WORD_BEFORE.search(text, max(0, start - 30), start)) is not None
            and _round46_trade_word(b.group("word"))
        ):
            continue
        out.add(span)
    return out


# --- Round 47 (blind39) -----------------------------------------------------------------------

# A chat list's title, a sender's label or a member of a group's line: a given name and a surname
# written small, an emoji or symbol OCR read as one to three marks after it ("Roxy deur J) 12:52",
# "Fokke deur 5)", "Zhenya kussen »} neemt audio op", "Kiki kapstok JJ, Buren ...", a title cut
# short "Pien sleutel ... 10:52", an avatar read as a letter before it): a person, also where
# the surname is a noun; no colon, dot or dash alone ("Gemiste oproep : 0528 ...").
_ROUND47_SYMBOL_NAME = re.compile(
    r"(?:^(?:[^\w\s]{1,2}[ ]|[A-Z0][ ])?|(?<=,[ ]))"
    r"(?P<name>(?P<given>[A-Z][a-z\u00df-\u00ff]{2,})[ ](?P<sur>[a-z\u00df-\u00ff]{3,}))"
    r"(?=[ ](?:[^\w\s,:.;\-\u2013\u2014]{1,3}|\.{2,3}|\u2026|J[^\w\s]{0,2}|JJ|\d[)}\]]|[A-Za-z][<>)}\]])"
    r"(?:[ ,]|$))",
    re.M,
)
# A notice of a chat's header or its messages: who shares their live location, records a voice
# message or types ("Ghadoush Zwaag deelt\nlive-locatie", "Zhenya kussen »} neemt audio op").
_ROUND47_STATUS_NOTICE = re.compile(
    r"^(?P<name>[A-Z][\w'\u2019-]+(?:[ ][A-Za-z][\w'\u2019-]+){0,3})(?:[ ][^\w\s]{1,3})?"
    r"[ ](?:deelt[ \n]live-locatie|neemt[ ]audio[ ]op|typt\b)",
    re.M,
)
# A person listed surname first, the particles after the given name ("Court, Staf de la", also
# in a notice "Court, Staf de la heeft ... in de groep gezet").
_ROUND47_SURNAME_FIRST = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z\u00df-\u00ff]{2,},[ ][A-Z][a-z\u00df-\u00ff]{1,}"
    r"(?:[ ](?:de|la|le|van|der|den|ter|ten|te|da|das|dos|du|del|von|'t|\u2019t|in))+)"
    r"(?=[ ]|$|\.{2,}|\u2026)",
    re.M,
)
# A message signed with a given name and a surname written small before the sender's mail
# address ("... gebeten op 01/09/'31. Pien emmer,\npien84@...").
_ROUND47_SIGNATURE = re.compile(
    r"(?:^|(?<=[.!?][ \n]))(?P<name>[A-Z][a-z\u00df-\u00ff]{2,}[ ][a-z\u00df-\u00ff]{3,}),"
    r"(?=\n[^\s@]+@)",
    re.M,
)
# A relative or neighbour named with a given name and a surname written small before what
# happened to them ("mijn buurman\nStaf deur uitgegleden", "haar zoon Pien emmer is gevallen").
_ROUND47_RELATIVE = re.compile(
    r"\b(?:buurman|buurvrouw|buren|zoon|dochter|vader|moeder|broer|zus|man|vrouw|oom|tante|"
    r"neef|nicht|opa|oma|schoonzoon|schoondochter|kleinzoon|kleindochter|collega|vriend|"
    r"vriendin)[ \n](?P<name>[A-Z][a-z\u00df-\u00ff]{2,}[ \n](?P<sur>[a-z\u00df-\u00ff]{3,}))"
    r"(?=[ \n](?:is|was|heeft|had|werd|wordt|[a-z]*ge[a-z]+(?:en|d|t))\b)"
)


def _round47_persons(text: str, lines_text: str) -> set[tuple[int, int, str]]:
    """Persons round 47 adds before a screenshot's persons are looked for everywhere: a given
    name and a surname written small before an emoji OCR read as marks, in a signature before a
    mail address or before what happened to a relative; status notices' subjects; persons listed
    surname first with their particles after the given name; owners before their street."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND47_SYMBOL_NAME.finditer(lines_text):
        if (
            m.group("sur") in lex.frequent_words
            or m.group("given").casefold() in lex.frequent_words
        ):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND47_STATUS_NOTICE.finditer(lines_text):
        words = m.group("name").split()
        if any(w.casefold() in lex.frequent_words for w in words[1:]):
            continue
        out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND47_SURNAME_FIRST.finditer(lines_text):
        out.add((m.start("name"), m.end("name"), "PERSON"))
    for source in (text, lines_text):
        for m in _ROUND47_SIGNATURE.finditer(source):
            if m.group("name").split()[1] not in lex.frequent_words:
                out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND47_RELATIVE.finditer(text):
        if m.group("sur") not in lex.frequent_words:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND47_OWNER_ON_STREET.finditer(text):
        low = m.group("name").casefold()
        if low not in lex.frequent_words and not _round46_organisation(m.group("name")):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A citizen service number a chat list's preview cut ("BSN van mij is 086.", "BSN 235..."):
# the digits before the cut.
_ROUND47_CUT_BSN = re.compile(
    r"\bBSN\b[^\n\d]{0,20}?(?P<number>\d(?:[ .-]?\d){1,8})(?=[ ]?(?:\.{1,3}|\u2026)?[ ]*$)",
    re.M,
)
# A number abroad opening a chat list's row, the rest of it OCR could not read and read as a short
# word ("+252 61 Ein"): the number and that word.
_ROUND47_CUT_ABROAD = re.compile(
    r"^(?P<number>\+(?!31)[1-9]\d{1,2}(?:[ ]\d{1,4}){1,3}(?:[ ]+[^\s\d]{1,4})?)[ ]*$", re.M
)
# A licence plate written with spaces, a J of it read as a brace or a bracket ("TZ G}67"): a
# plate where the dashed writing is one of a sidecode.
_ROUND47_BRACED_PLATE = re.compile(
    r"(?<![\w}\]])(?P<plate>(?=[^\n]{0,8}[}\]])[A-Z0-9}\]]{1,4}(?:[ ][A-Z0-9}\]]{1,4}){0,2})"
    r"(?![\w}\]])"
)
_ROUND47_RUNS = re.compile(r"[A-Z]+|\d+")


def _round47_braced_plate(value: str) -> bool:
    """Whether `value` with its braces read as J is a plate of a sidecode ("TZ G}67")."""
    flat = value.replace(" ", "").replace("}", "J").replace("]", "J")
    if len(flat) != 6:
        return False
    runs = _ROUND47_RUNS.findall(flat)
    groups: list[str] = []
    for run in runs:
        groups.extend([run[:2], run[2:]] if len(run) == 4 else [run])
    dashed = "-".join(groups)
    return len(groups) == 3 and any(
        p.label == "LICENSE_PLATE" and (p.start, p.end) == (0, len(dashed))
        for p in find_postcodes_and_plates(dashed)
    )


# Whose bin, shed or car it is, a capitalised surname after "van" before the street they live
# in ("De kliko van Emmer aan de Kerkstraat is gestolen"): a person, also a noun.
_ROUND47_OWNER_ON_STREET = re.compile(
    r"\bvan[ \n](?P<name>[A-Z][a-z\u00df-\u00ff]{2,})[ \n](?:aan|op|in)[ \n](?:de|het)[ \n]"
    r"[A-Z][a-z\u00df-\u00ff]*(?:straat|laan|weg|plein|pad|singel|gracht|dijk|kade|hof|steeg)\b"
)


def _round47_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 47 adds once every person is found: BSNs and numbers abroad a preview cut,
    plates with a brace for a J, a birth date found once also where the screenshot repeats it without its cue."""
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND47_CUT_BSN.finditer(lines_text):
        out.add((m.start("number"), m.end("number"), "BSN"))
    for m in _ROUND47_CUT_ABROAD.finditer(lines_text):
        if sum(c.isdigit() for c in m.group("number")) >= 5:
            out.add((m.start("number"), m.end("number"), "PHONE"))
    for m in _ROUND47_BRACED_PLATE.finditer(lines_text):
        if _round47_braced_plate(m.group("plate")):
            out.add((m.start("plate"), m.end("plate"), "LICENSE_PLATE"))
    dates = {
        tuple(text[s:e].casefold().split()) for s, e, label in found if label == "DATE_OF_BIRTH"
    }
    for words in dates:
        if len(words) < 3:
            continue
        pattern = r"(?<![\w])" + r"[ \n]+".join(map(re.escape, words)) + r"(?![\w])"
        for m in re.finditer(pattern, text, re.I):
            out.add((m.start(), m.end(), "DATE_OF_BIRTH"))
    return out


# An organisation named by its initials and its region after "van" ("Quim Dinh van RUD
# Drenthe", "... van GGD Drenthe"): no person's name runs into it.
_ROUND47_VAN_INITIALS = re.compile(r"[ \n]van[ \n][A-Z]{2,5}(?:[ \n][A-Z][\w-]+)?$")
# Where someone comes from after "uit" ("Ghaithy uit Riete"): a place, no part of the name (a
# surname's "uit den", "uit de", "uit het" stays).
_ROUND47_FROM_PLACE = re.compile(r"[ \n]uit(?:[ \n](?!(?:de|den|het|'t)\b)[A-Z]|$)")
_ROUND47_FROM_BEFORE = re.compile(r"\buit[ \n]$")
_ROUND47_VAN_BEFORE = re.compile(r"\bvan[ \n]$")
# A group's name in the notice of its making ("X heeft groep 'Bomenkap Riete' gemaakt").
_ROUND47_GROUP_NOTICE = re.compile(
    r"\bgroep[ ]['\u2018\u2019\"\u201c](?P<group>[^'\u2019\"\u201d\n!]{3,40})"
)
# A status notice under a chat's header ("Folkert en Ghaithy typen...", "Kiemke typt..."): the
# header's line above it is no part of a name; where two or more type, it is the group's name.
_ROUND47_TYPING_AFTER = re.compile(r"[ ](?:typen|typt|neemt[ ]audio[ ]op)\b")
_ROUND47_GROUP_HEADER = re.compile(r"^(?P<group>[^\n]{3,40})\n[^\n]{3,60}[ ]typen\b", re.M)
# A firm named by its house of a trade ("Lampenhuis Lamp", "Verfhuis Emmer"): a name after it
# is the firm's.
_ROUND47_FIRM_HOUSE_BEFORE = re.compile(r"(?<![\w-])(?P<word>[A-Z][a-z]{3,}huis)[ ]$")


def _round47_without_non_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` with persons cut before "van" and an organisation's initials and before "uit"
    and a place, without a group's name its notice or status line shows and without a name
    after a firm's house of a trade."""
    lex = lexicon.load()
    groups = {m.group("group").strip() for m in _ROUND47_GROUP_NOTICE.finditer(lines_text)} | {
        m.group("group").strip() for m in _ROUND47_GROUP_HEADER.finditer(lines_text)
    }
    titles = [
        (m.start(), m.end())
        for group in groups
        for m in re.finditer(rf"(?<![\w]){re.escape(group)}(?![\w])", lines_text)
    ]
    out: set[tuple[int, int, str]] = set()
    for span in found:
        start, end, label = span
        if label != "PERSON":
            out.add(span)
            continue
        value = lines_text[start:end]
        for t_start, t_end in titles:
            # ... a group's title the find opens with, its lines after it
            if t_start <= start < t_end and lines_text[t_end : t_end + 1] == "\n" and end > t_end:
                start, value = t_end + 1, lines_text[t_end + 1 : end]
        if any(t_start <= start and end <= t_end for t_start, t_end in titles):
            continue
        if value in {"uit", "van", "en", "de", "het"}:
            continue
        if "\n" in value and _ROUND47_TYPING_AFTER.match(lines_text, end):
            # ... the header's title above the typing line
            cut = value.rfind("\n") + 1
            start, value = start + cut, value[cut:]
        if value in groups:
            continue
        # ... where someone is from, an organisation's initials before its region
        if " " not in value and (
            _ROUND47_FROM_BEFORE.search(lines_text, max(0, start - 5), start)
            and value[:1].isupper()
            or _ROUND47_VAN_BEFORE.search(lines_text, max(0, start - 5), start)
            and re.fullmatch(r"[A-Z]{2,5}", value)
            and (nxt := re.match(r"[ \n]([A-Z][a-z]+)", lines_text[end : end + 30])) is not None
            and nxt.group(1).casefold() in lex.places
        ):
            continue
        for pattern in (_ROUND47_VAN_INITIALS, _ROUND47_FROM_PLACE):
            m = pattern.search(value)
            if m is not None and value[: m.start()].strip():
                end = start + m.start()
                value = value[: m.start()]
        house = _ROUND47_FIRM_HOUSE_BEFORE.search(text, max(0, start - 30), start)
        first = value.split()[0] if value.split() else ""
        # ... a surname in -huis stays ("Veldhuis", "Nijhuis")
        if (
            house is not None
            and " " not in value
            and house.group("word").casefold() not in lex.surnames
        ) or (
            _ROUND47_FIRM_HOUSE_BEFORE.fullmatch(first + " ")
            and first.casefold() not in lex.surnames
            and len(value.split()) <= 2
        ):
            continue
        out.add((start, end, label))
    return out


# --- Round 48 (blind40) -----------------------------------------------------------------------

_ROUND48_NAME = r"[A-Z][a-z\u00df-\u00ff]{2,}"
# A person listed surname first, a particle of two words after the given name ("Beek, Ailton
# op de heeft de groep ... aangemaakt", "Bosch, Jildou uit den"): round 47 knows one-word
# particles only.
_ROUND48_SURNAME_FIRST = re.compile(
    rf"(?<![\w-])(?P<name>{_ROUND48_NAME},[ ][A-Z][a-z\u00df-\u00ff]+"
    r"[ ](?:op|uit|aan|bij|in|onder|over|voor|achter)[ ](?:de|den|der|het|'t|\u2019t|ten|ter))"
    r"(?=[ ]|$)",
    re.M,
)
# The rest of a surname after a given name found alone: a particle of two words and a listed
# surname ("rekening van Dimitra op de Beek:", "Ailton uit de Bosch").
_ROUND48_PARTICLE_TAIL = re.compile(
    r"[ \n](?:op|uit|aan|bij|in|onder|over)[ \n](?:de|den|der|het|'t|\u2019t|ten|ter)[ \n]"
    rf"(?P<sur>{_ROUND48_NAME})(?![\w-])"
)
# A chat list's preview of a group: its sender, a given name and a surname, before a colon
# ("Farhad Kapper: nest bij..."), also where the surname is a trade or a noun.
_ROUND48_PREVIEW_SENDER = re.compile(
    rf"^(?P<name>(?P<given>{_ROUND48_NAME})[ ](?P<sur>{_ROUND48_NAME})):[ ]", re.M
)
# A reply opening with an approval and the person it answers, written small ("Prima boyana,
# ik kom er...", "Top wietse, dank je"): a name no word list knows.
_ROUND48_APPROVAL_NAME = re.compile(
    r"^(?:Prima|Top|Oké|Oke|Ok|Okay|Helder|Super|Bedankt|Dankjewel|Thanks|Fijn|Mooi|Akkoord|"
    r"Duidelijk|Geregeld|Klopt)[ ,]+(?P<name>[A-Za-z\u00df-\u00ff][a-z\u00df-\u00ff]{2,})"
    r"(?=[,!][ ])",
    re.M,
)


def _round48_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 48 adds: listed surname first with a particle of two words after the given
    name, a given name's particle and surname after it, a group preview's sender before a colon
    and the name a reply opening with an approval answers."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND48_SURNAME_FIRST.finditer(lines_text):
        out.add((m.start("name"), m.end("name"), "PERSON"))
    for start, end, label in found:
        value = text[start:end]
        if label != "PERSON" or not re.fullmatch(_ROUND48_NAME, value):
            continue
        m = _ROUND48_PARTICLE_TAIL.match(text, end)
        if m is None:
            continue
        sur = m.group("sur").casefold()
        # ... a place's name only as a surname after "op de", "uit de" ("op de Beek")
        particle = text[end + 1 : end + 4].strip().casefold()
        if sur in lex.surnames and (sur not in lex.places or particle in {"op", "uit"}):
            out.add((start, m.end("sur"), "PERSON"))
    for m in _ROUND48_PREVIEW_SENDER.finditer(lines_text):
        given, sur = m.group("given").casefold(), m.group("sur").casefold()
        if given in lex.frequent_words or given in lex.dutch_words or given in lex.places:
            continue
        if (given in lex.first_names or sur in lex.surnames) and not _round46_organisation(
            m.group("sur")
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND48_APPROVAL_NAME.finditer(lines_text):
        low = m.group("name").casefold()
        if low not in lex.frequent_words and low not in lex.dutch_words and low not in lex.places:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


_ROUND48_MONTH = (
    r"(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?|"
    r"sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ROUND48_WEEKDAY = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?"
)
# A chat list's preview holding a date alone, in a person's row ("YILDIRIM Zoltán 11:36\nwo. 28
# juni 1950 ...", "14 jan. '17 ...", "woensdag de 10e van mei..."): the answer to what one's
# birth date is; a date without its year only where the preview is cut.
_ROUND48_DATE_PREVIEW = re.compile(
    rf"^(?P<date>(?:{_ROUND48_WEEKDAY}[ ])?(?:de[ ])?\d{{1,2}}(?:e|ste|de)?[ ](?:van[ ])?"
    rf"{_ROUND48_MONTH}\.?(?P<year>[ ](?:\d{{4}}|['\u2019]\d{{2}}))?"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?P<numyear>\d{4}|\d{2}))"
    r"(?P<cut>[ ]?(?:\.{2,}|\u2026|,))?[ ]*$",
    re.M | re.I,
)
_ROUND48_ROW_TIME = re.compile(r"[ ]\d{1,2}[:.;]\d[\d:]{0,2}[ ]*$", re.M)
# An IBAN a chat list's preview cut after its bank's code, in any case ("Stort het maar op nl48
# rxbh...", "... op nl45 xnhb,").
# ... of a country whose IBAN has four letters after its check digits
_ROUND48_IBAN_COUNTRIES = frozenset({"nl", "gb", "ie", "ro", "bg", "lv", "mt", "gi"})
_ROUND48_CUT_IBAN = re.compile(
    r"(?<![\w])(?P<iban>(?P<cc>[A-Za-z]{2})\d{2}[ ]?[A-Za-z]{4}(?:[ ]?\d{1,4}){0,4})"
    r"(?=(?:\.{2,}|\u2026|,)?[ ]*$)",
    re.M,
)
# A BSN after its cue, a 0 of it read as the letter O ("BSN O 6932 8341"): the number whose
# digits pass the eleven test.
_ROUND48_O_BSN = re.compile(
    r"\bBSN\b[^\n\d]{0,20}?(?<![\w])(?P<number>[0-9Oo](?:[ .-]?[0-9Oo]){7,8})(?![\w])"
)
# A street and its house number with a toevoeging of letters, the number wrapped to the next
# line ("Bij Sweelinckstraat\n115zw ligt ..."), which the detector leaves alone.
_ROUND48_LETTERED_ADDRESS = re.compile(
    r"\b(?P<address>[A-Z][a-z\u00df-\u00ff]+(?:straat|laan|weg|plein|pad|singel|gracht|dijk|"
    r"kade|hof|steeg|dreef|markt)[ \n]\d{1,4}[a-z]{1,3})\b"
)
# A photographer's page of a person ("flickr.com/photos/dilo1990"); the detector knows
# flickr.com/people only.
_ROUND48_PHOTO_PAGE = re.compile(
    r"(?<![\w.])(?P<url>(?:https?://)?(?:www\.)?flickr\.com/(?:photos|people)/[\w@.-]*[\w@-])",
    re.I,
)


def _round48_eleven_test(digits: str) -> bool:
    """Whether nine digits (eight with a 0 put before) pass a BSN's eleven test."""
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or digits == "0" * 9:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def _round48_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 48 adds once every person is found: a date alone in a person's chat list
    preview, an IBAN a preview cut after its bank's code, a BSN with an O for a 0, a house
    number with letters wrapped after its street, a photographer's page."""
    out: set[tuple[int, int, str]] = set()
    persons = [(s, e) for s, e, label in found if label == "PERSON"]
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    for m in _ROUND48_DATE_PREVIEW.finditer(lines_text):
        year = m.group("year") or m.group("numyear")
        # ... without a year of four digits only where the preview is cut
        if (year is None or len(year.strip(" '\u2019")) == 2) and m.group("cut") is None:
            continue
        if year is not None:
            digits = re.sub(r"\D", "", year)
            full = int(digits) if len(digits) == 4 else 2000 + int(digits)
            if len(digits) == 2 and full > this_year:
                full -= 100
            if full >= this_year:
                continue
        above_end = m.start() - 1
        above_start = lines_text.rfind("\n", 0, max(0, above_end)) + 1
        if above_end <= 0 or not any(s < above_end and e > above_start for s, e in persons):
            continue
        # ... a chat list's row: its title line ends in the time ("FERNANDES Kim 10:55")
        if not _ROUND48_ROW_TIME.search(lines_text, above_start, above_end):
            continue
        out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    for m in _ROUND48_CUT_IBAN.finditer(lines_text):
        if m.group("cc").casefold() in _ROUND48_IBAN_COUNTRIES:
            out.add((m.start("iban"), m.end("iban"), "IBAN"))
    for m in _ROUND48_O_BSN.finditer(lines_text):
        value = m.group("number")
        if not any(c in "Oo" for c in value):
            continue
        digits = re.sub(r"\D", "", value.replace("O", "0").replace("o", "0"))
        if _round48_eleven_test(digits):
            out.add((m.start("number"), m.end("number"), "BSN"))
    for m in _ROUND48_LETTERED_ADDRESS.finditer(text):
        out.add((m.start("address"), m.end("address"), "ADDRESS"))
    for m in _ROUND48_PHOTO_PAGE.finditer(text):
        out.add((m.start("url"), m.end("url"), "URL_PERSONAL"))
    return out


# A business number (088), a free or paid service number: an organisation's, never a person's
# ("Dierenambulance Meppel, of 088-0300100"). 085 is no such sign: internet telephony hands it
# to residents too (review 53).
_ROUND48_BUSINESS_NUMBER = re.compile(r"^(?:0|\+?31|0031)(?:88|800|900|906|909)")
# A role's compound, the official a municipality's message names ("De Koningsdagcoördinator
# beslist", "De fietsdepotbeheerder"): no person.
_ROUND48_ROLE_HEADS = (
    "coördinator",
    "coordinator",
    "beheerder",
    "medewerker",
    "ambtenaar",
    "handhaver",
    "opzichter",
    "toezichthouder",
    "consulent",
    "adviseur",
    "regisseur",
)
_ROUND48_TRADE_HEADS = ("maker", "makers", "bedrijf", "handel", "winkel", "smid")
# A chat's title over its members' line ("Koningsdag Blankenstein\nDik £, Mahi bleeker *, ...,
# jij"): a group's name, also where its chat list row shows it cut ("Koningsdag...... 13:09").
_ROUND48_MEMBERS_TITLE = re.compile(
    r"^(?:[^\w\s]{1,2}[ ]|\(\d[ ]|[A-Z0-9][ ](?=[A-Z]))?(?P<title>[A-Z][^\n,]{2,40}?)[ ]*\n"
    r"[^\n]*,[ ]jij[ ]*$",
    re.M,
)


def _round48_without_non_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` without business and service numbers, a role's compound, a firm's trade
    compound OCR cut ("ietsenmaker") and a group's title over its members' line."""
    lex = lexicon.load()
    matches = list(_ROUND48_MEMBERS_TITLE.finditer(lines_text))
    titles = [m.group("title").strip() for m in matches]
    places = [(m.start("title"), m.end("title")) for m in matches]
    out: set[tuple[int, int, str]] = set()
    for span in found:
        start, end, label = span
        value = text[start:end]
        if label == "PHONE" and _ROUND48_BUSINESS_NUMBER.match(re.sub(r"[^\d+]", "", value)):
            continue
        if label == "PERSON":
            words = value.split()
            if words and words[0] in {"De", "de", "Het", "het"}:
                words = words[1:]
            if (
                len(words) == 1
                and words[0].casefold().endswith(_ROUND48_ROLE_HEADS)
                and not words[0].casefold().startswith(_ROUND48_ROLE_HEADS)
            ):
                continue
            # ... a trade's compound in lower case, its capital cut ("ietsenmaker... 09:02")
            if (
                len(words) == 1
                and words[0].islower()
                and (
                    _round46_trade_word(words[0])
                    or len(words[0]) >= 9
                    and words[0].endswith(_ROUND48_TRADE_HEADS)
                    and words[0] not in lex.surnames
                )
            ):
                continue
            # ... unless the group is named after a person ("Afscheid Henk Bakker", review 53)
            if not _round48_given_and_surname(words, lex) and (
                any(t_start <= start and end <= t_end for t_start, t_end in places)
                or any(
                    value == title
                    or (
                        title.startswith(value + " ")
                        and re.match(r"\.{2,}|\u2026", lines_text[end : end + 3]) is not None
                    )
                    for title in titles
                )
            ):
                continue
        out.add(span)
    return out


def _round48_given_and_surname(words: list[str], lex) -> bool:
    """Whether `words` end in a frequent given name and a listed surname ("Henk Bakker")."""
    return (
        len(words) >= 2
        and words[-2].casefold() in lex.common_first_names
        and words[-1].casefold() in lex.surnames
    )


# --- Round 49 (blind41) -----------------------------------------------------------------------

_ROUND49_LETTER = r"[^\W\d_]"
_ROUND49_DAY_WORDS = (
    r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"vijftien|zestien|zeventien|achttien|negentien|(?:(?:een|twee|drie|vier|vijf|zes|zeven|"
    r"acht|negen)en)?twintig|dertig|eenendertig)"
)
# A person's chat list preview cut after the first word of a date, a voice note's transcript or
# a message ("Spraakbericht (0:31) : tien ...", "Spraakbericht - vrijdag...", "een..."): the
# answer to what one's birth date is, the date cut; a day in words or a weekday, with its month
# and a past year where the preview shows more ("tien november 1993 ..."); a weekday alone only
# after a voice note's cue (_round49_weekday_alone).
_ROUND49_CUT_DATE_PREVIEW = re.compile(
    r"^(?:(?:Spraakbericht|Spraakmemo|Audio|Video)(?:[ ]?\(\d{1,2}[:.]\d{2}\))?[ ]?[:\u2013-][ ]?)?"
    rf"(?P<date>(?:{_ROUND48_WEEKDAY}|{_ROUND49_DAY_WORDS})"
    rf"(?:[ ](?:{_ROUND49_DAY_WORDS}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}))?"
    rf"(?:[ ]{_ROUND48_MONTH}(?:[ ](?:19|20)\d\d)?)?)"
    r"[ ]?(?:\.{1,}|\u2026)[ ]*$",
    re.M | re.I,
)
_ROUND49_WEEKDAY_ONLY = re.compile(_ROUND48_WEEKDAY, re.I)
# An IBAN a chat list's preview cut after its check digits, after a payment's cue ("maak het
# over naar nl47 ...").
_ROUND49_CUT_IBAN_HEAD = re.compile(
    r"\b(?:naar|op|rekening(?:nummer)?|rek\.?|iban)[ :]+(?P<iban>[A-Za-z]{2}\d{2})"
    r"(?=[ ]?(?:\.{2,}|\u2026)[ ]*$)",
    re.M | re.I,
)
# An IBAN whose bank code OCR read with an l for an I ("AZO5 AllB 5735 ..."): read again.
_ROUND49_L_CODE = re.compile(r"(?<![\w])[A-Z]{2}[0-9O]{2}[ ]?(?=[A-Z]*l)[A-Zl]{4}(?![\w])")
# A plate with spaces around its dashes after a vehicle's cue ("Bus GZ -67 - 29 stond ...").
_ROUND49_SPACED_PLATE = re.compile(
    r"(?<![\w-])(?P<plate>[A-Za-z0-9]{1,3}[ ]?-[ ]?[A-Za-z0-9]{1,3}[ ]?-[ ]?[A-Za-z0-9]{1,3})"
    r"(?![\w-])"
)
# A home or a vehicle's owner after "is van" or "van" ("Het huis op nummer 12 aan de X is van
# bisschop;", "de auto van Schout, 27GZT6"): a person, also where the name is an office.
_ROUND49_OWNED = (
    r"huis|woning|pand|schuur|garage|tuin|erf|auto|bus|busje|bestelbus|fiets|scooter|brommer|"
    r"aanhanger|caravan|camper|boot|hond|kat"
)
_ROUND49_OWNER = re.compile(
    rf"\b(?:{_ROUND49_OWNED})\b(?:[^\n;.]{{0,60}}?[ ]is)?[ ]van[ ]"
    rf"(?P<name>{_ROUND49_LETTER}{{2,}})(?=[;,.!?]|[ ]*$)",
    re.M | re.I,
)
# A name with an accent that no dictionary knows, opening a clause before a verb ("; Bé past op").
_ROUND49_ACCENTED_SUBJECT = re.compile(
    rf"(?:^|[;:.!?][ ])(?P<name>[A-Z\u00c0-\u017f]{_ROUND49_LETTER}{{1,}})[ ]"
    r"(?:past|komt|belt|woont|heeft|zorgt|kijkt|weet|gaat|is|was|wil|kan)\b",
    re.M,
)
# A given name and a particle of two words with "in" and a surname or a place ("Jomar in den
# Bosch (06...)"): a name no list knows.
_ROUND49_IN_DEN = re.compile(
    rf"(?<![\w-])(?P<name>[A-Z]{_ROUND49_LETTER}{{2,}}[ ]in[ ](?:den|de|der|het|'t|\u2019t)[ ]"
    rf"[A-Z]{_ROUND49_LETTER}{{2,}})(?![\w-])"
)
# A photo's or video's caption in a preview opening with a name no dictionary knows ("Foto : Jom
# bij de GZ-67-29").
_ROUND49_CAPTION_NAME = re.compile(
    r"\b(?:Foto|Video|GIF)[ ]?:[ ](?P<name>[A-Z][a-z\u00df-\u017f]{2,})[ ]"
    r"(?:bij|met|in|op|aan|voor|naast|en|van)\b"
)
# Someone calling for an organisation, opening a message ("Adaeze Schout van Rova Afvalbeheer
# belt u"): the name before "van".
_ROUND49_CALLER = re.compile(
    rf"^(?P<name>[A-Z]{_ROUND49_LETTER}{{2,}}[ ][A-Z]{_ROUND49_LETTER}{{2,}})[ ]van[ ][A-Z]"
    r"[^\n]{2,60}?[ ](?:belt|mailt|komt|stuurt|neemt|zoekt)\b",
    re.M,
)
# Initials of two or three capitals with one dot before a found surname ("Machtiging DW. Abt").
_ROUND49_INITIALS_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,3}\.[ ]$")
# A row's title with a contact's mark, the given name OCR garbled before an established
# surname ("LCubo abt = 09:33").
_ROUND49_MARKED_ROW = re.compile(
    rf"^(?P<given>\S{{2,}})[ ](?P<sur>{_ROUND49_LETTER}{{2,}})[ ][^\w\s]{{1,3}}[ ]\d{{1,2}}[:.]\d{{2}}[ ]*$",
    re.M,
)
# A word before a found surname after "van" written small ("maar van mate deken van nummer").
_ROUND49_LOWER_GIVEN_BEFORE = re.compile(r"\bvan[ ](?P<given>[a-z\u00df-\u017f]{3,})[ ]$")


def _round49_unknown(word: str, lex) -> bool:
    """Whether no dictionary, place list or list of never-names knows `word` (the last since
    stop 55: "Über komt om 10 uur" opened a clause as a name)."""
    low = word.casefold()
    return (
        low not in lex.frequent_words
        and low not in lex.dutch_words
        and low not in lex.places
        and low not in lex.not_names
    )


def _round49_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 49 adds: an owner after "(is) van", an accented name opening a clause, a
    given name with "in den" and a surname, a caption's name and a caller for an
    organisation."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND49_OWNER.finditer(text):
        low = m.group("name").casefold()
        if low in lex.frequent_words or low in lex.places:
            continue
        # (review54: a capitalised word no list knows is as often a firm or a public body, "de
        # bus van Arriva", "is van Domesta": unknown, only a name written small counts)
        if low in lex.surnames or (m.group("name").islower() and _round49_unknown(low, lex)):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND49_ACCENTED_SUBJECT.finditer(text):
        name = m.group("name")
        if not name.isascii() and _round49_unknown(name, lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND49_IN_DEN.finditer(text):
        given, sur = m.group("name").split()[0], m.group("name").split()[-1]
        if _round49_unknown(given, lex) and (
            sur.casefold() in lex.surnames or sur.casefold() in lex.places
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND49_CAPTION_NAME.finditer(text):
        if _round49_unknown(m.group("name"), lex):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND49_CALLER.finditer(lines_text):
        given, sur = m.group("name").split()
        if (
            _round49_unknown(given, lex)
            and (sur.casefold() in lex.surnames or _round49_unknown(sur, lex))
            and not _round46_organisation(sur)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round49_late_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 49 adds once every person is found: a garbled given name before a found
    surname in a marked row, initials before a found surname and a lower-case given name
    before one."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    names = {text[s:e].casefold() for s, e, label in found if label == "PERSON"}
    words = {w for n in names for w in n.split()}
    for m in _ROUND49_MARKED_ROW.finditer(lines_text):
        sur = m.group("sur")
        if sur.islower() and sur in words and any(c.isalpha() for c in m.group("given")):
            out.add((m.start("given"), m.end("sur"), "PERSON"))
    for start, end, label in found:
        if label != "PERSON":
            continue
        before = text[max(0, start - 8) : start]
        initials = _ROUND49_INITIALS_BEFORE.search(before)
        if (
            initials is not None
            and text[start:end][:1].isupper()
            and not _round49_abbreviation(initials.group())
        ):
            out.add((start - len(before) + initials.start(), end, "PERSON"))
        value = text[start:end]
        if value.islower() and " " not in value:
            given = _ROUND49_LOWER_GIVEN_BEFORE.search(text, max(0, start - 30), start)
            if given is not None and given.group("given") not in lex.frequent_words:
                out.add((given.start("given"), end, "PERSON"))
    return out


def _round49_abbreviation(initials: str) -> bool:
    """Whether capitals with one dot ("NB. ") are an abbreviation written without its inner
    dots ("N.B."), not a person's initials (since stop 55: "NB. Sanne Jansen belt")."""
    return ".".join(initials.strip(". ")) + "." in _ROUND39_NOT_INITIALS


def _round49_person_row_above(
    lines_text: str, line_start: int, persons: list[tuple[int, int]]
) -> bool:
    """Whether the line above `line_start` is a person's chat list row ending in its time."""
    above_end = line_start - 1
    above_start = lines_text.rfind("\n", 0, max(0, above_end)) + 1
    if above_end <= 0 or not any(s < above_end and e > above_start for s, e in persons):
        return False
    return _ROUND48_ROW_TIME.search(lines_text, above_start, above_end) is not None


def _round49_weekday_alone(m: re.Match[str]) -> bool:
    """Whether a cut preview is one weekday and nothing before it ("Zondag…"): how a message
    about a day opens ("Zondag kom ik langs"), no birth date (review of stop 54). A voice note's
    transcript cut after its weekday stays a date, as round 49 found it."""
    alone = _ROUND49_WEEKDAY_ONLY.fullmatch(m.group("date")) is not None
    return alone and m.start("date") == m.start()


def _round49_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 49 adds once every person is found: a date a person's preview cut after its
    first words, an IBAN a preview cut after its check digits, an IBAN with an l in its bank
    code and a plate with spaced dashes after a vehicle's cue."""
    out: set[tuple[int, int, str]] = set()
    persons = [(s, e) for s, e, label in found if label == "PERSON"]
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    for m in _ROUND49_CUT_DATE_PREVIEW.finditer(lines_text):
        year = re.search(r"(?:19|20)\d\d", m.group("date"))
        if year is not None and int(year.group()) >= this_year:
            continue
        if _round49_weekday_alone(m):
            continue
        if _round49_person_row_above(lines_text, m.start(), persons):
            out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    for m in _ROUND49_CUT_IBAN_HEAD.finditer(lines_text):
        if account_structure(m.group("iban")[:2].upper()):
            out.add((m.start("iban"), m.end("iban"), "IBAN"))
    if _ROUND49_L_CODE.search(text):
        read = _ROUND49_L_CODE.sub(lambda m: m.group().replace("l", "I"), text)
        out |= _round42_ibans(read)
    for m in _ROUND49_SPACED_PLATE.finditer(text):
        value = m.group("plate")
        if " " not in value or not after_vehicle_cue(text, m.start()):
            continue
        compact = value.replace(" ", "")
        if any(s.label == "LICENSE_PLATE" for s in find_postcodes_and_plates(compact)):
            out.add((m.start("plate"), m.end("plate"), "LICENSE_PLATE"))
    return out


# A postbus's postcode ("Postbus 5O1 7940AM Meppel", the 0 read as O): an organisation's address.
_ROUND49_POSTBUS_BEFORE = re.compile(r"\bPostbus[ \n]+[0-9OoIl]{1,5},?[ \n]+$", re.I)
# A capitalised word right after a found name: a street's word where it ends as one does.
_ROUND49_NEXT_WORD = re.compile(rf"[ \n](?P<word>[A-Z]{_ROUND49_LETTER}+)(?![\w])")


def _round49_without_non_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` without a postbus's postcode and a found name that is the first word of a street
    named after an office ("aan de Schout Hertogstraat")."""
    out: set[tuple[int, int, str]] = set()
    for span in found:
        start, end, label = span
        if label == "POSTCODE" and _ROUND49_POSTBUS_BEFORE.search(text, max(0, start - 20), start):
            continue
        if label == "PERSON" and " " not in text[start:end].strip():
            street = _ROUND49_NEXT_WORD.match(text, end)
            before = text[max(0, start - 8) : start]
            if (
                street is not None
                and lexicon.street_suffix(street.group("word").casefold())
                and re.search(r"(?:\bde|\btot|\bnaar|\bbij|\bvia|\blangs)[ \n]$", before)
            ):
                continue
        out.add(span)
    return out


# --- Round 50 (blind42) -----------------------------------------------------------------------

# An emoji after a name OCR read as digits, a letter and a digit or marks ("Kick 55", "Elan 23",
# "OO Kick z5", "Elan 5%", "Tante Elan & Van Genemuiden"): three characters at most, a digit or a
# mark among them.
_ROUND50_GARBLE = r"(?:[^\w\s]{1,3}|\d{1,3}%?|[^\W\d_]\d{1,2}|\d[^\W\d_])"
_ROUND50_WORD = r"[A-Za-z\u00c0-\u017f][^\W\d_]+"
_ROUND50_NAME = rf"[A-Z\u00c0-\u00de][^\W\d_]+(?:[ ]{_ROUND50_WORD}){{0,3}}"
_ROUND50_TIME = r"\d{1,2}[:.]\d{2}"
_ROUND50_PARTICLES = r"(?:van|de|der|den|ter|ten|te|het|'t|\u2019t|op|in|dos|da|das|du|del|von)"
# A contact card's name or a sender label with an emoji OCR garbled, after the avatar's letter.
_ROUND50_GARBLED_NAME_LINE = re.compile(
    r"(?:[^\w\s]{1,2}[ ]|[A-Z0O]{1,2}[ ](?=[A-Z]))?"
    rf"(?P<name>{_ROUND50_NAME}(?:[ ]{_ROUND50_GARBLE}[ ]{_ROUND50_NAME})?)[ ]{_ROUND50_GARBLE}"
)
# A name's parts between the emoji, without a role word before them ("Tante Elan", "Van
# Genemuiden").
_ROUND50_NAME_CHUNK = re.compile(
    rf"(?:^|(?<=[ ]))(?!(?:{_ROLE_WORDS}|Overburen)\b)"
    rf"(?:(?i:{_ROUND50_PARTICLES})[ ])*[A-Za-z\u00c0-\u017f][^\W\d_]+"
)
_ROUND50_GARBLED_NAME_LINE_INSIDE = re.compile(
    r"(?:[^\w\s]{1,2}[ ]|[A-Z0O]{1,2}[ ](?=[A-Z]))?"
    rf"(?P<name>{_ROUND50_NAME}[ ][^\w\s]{{1,3}}[ ]{_ROUND50_NAME})"
)
# A row of WhatsApp Web's chat list: a name, an emoji OCR garbled, the time ("Elan 55 10:33",
# "Rai dak 4 09:36").
_ROUND50_GARBLED_ROW = re.compile(
    r"(?:[^\w\s]{1,2}[ ])?(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+(?:[ ][a-z\u00df-\u017f][^\W\d_]+)?)"
    # ... not a title cut short ("Graag gedaan ... 09:12").
    rf"[ ](?![.\u2026]+[ ]){_ROUND50_GARBLE}[ ]{_ROUND50_TIME}[ ]*"
)
# Words a group's title ends in a number after, or opens with ("Bouwteam fase 2", "Klas 3",
# "Sportclub jeugd 4"): never a name before an emoji read as digits (review, stop 55).
_ROUND50_GROUP_WORDS = frozenset(
    {
        "fase",
        "deel",
        "ronde",
        "groep",
        "team",
        "klas",
        "blok",
        "project",
        "seizoen",
        "editie",
        "cursus",
        "wijk",
        "buurt",
        "straat",
        "noord",
        "zuid",
        "oost",
        "west",
        "jeugd",
        "senioren",
        "afdeling",
        "sectie",
        "cluster",
        "poule",
        "leerjaar",
        "jaargang",
        "versie",
    }
)
# ... and the ends of a group's compound title ("Kerkkoor", "Moestuin", "Klankbordoverleg").
_ROUND50_GROUP_HEADS = (
    "team",
    "groep",
    "club",
    "koor",
    "project",
    "commissie",
    "overleg",
    "tuin",
    "feest",
    "ploeg",
)
# ... or one word and the time over a draft's preview ("Kick 09:36" over "Concept: ...").
_ROUND50_WORD_ROW = re.compile(
    rf"(?:[^\w\s]{{1,2}}[ ])?(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+)[ ]{_ROUND50_TIME}[ ]*"
)
_ROUND50_DRAFT = re.compile(r"Concept[ ]?:")
# A group's row cut short ("Laadpalen... 12:18") over its preview's sender ("Kick: tegels").
# Searched at the line's end: its last two dots and the character before them (a dot where more
# are written), not ".*\S\.{2,}" matched from the start, which a long run of dots made quadratic
# (review55b: a line of 16,000 took 2.7 s).
_ROUND50_CUT_GROUP_ROW = re.compile(rf"\S(?:\.\.|\u2026)[ ]?{_ROUND50_TIME}[ ]*\Z")
_ROUND50_PREVIEW_SENDER = re.compile(
    r"(?:[^\w\s]{1,2}[ ])?(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+):[ ]"
)
# Words of WhatsApp's own that open a preview or a line like a name.
_ROUND50_UI = frozenset(
    {
        "jij",
        "concept",
        "foto",
        "video",
        "audio",
        "spraakbericht",
        "document",
        "sticker",
        "gif",
        "locatie",
        "contact",
        "gemiste",
        "bericht",
        "toevoegen",
        "opslaan",
        "chats",
        "vandaag",
        "gisteren",
        "online",
        "factuur",
        "offerte",
        "nota",
        "bon",
        "betaling",
        "herinnering",
        "melding",
        "info",
        "let",
    }
)
# Words that are never a given name in front of a name or a place ("Iemand hier, van de
# overkant", "op naam van mijn vader van nummer 4").
_ROUND50_NOT_GIVEN = frozenset(
    {
        "ik",
        "wij",
        "we",
        "jij",
        "je",
        "u",
        "hij",
        "zij",
        "ze",
        "het",
        "de",
        "een",
        "dat",
        "dit",
        "die",
        "deze",
        "iemand",
        "niemand",
        "iedereen",
        "wie",
        "wat",
        "waar",
        "hier",
        "daar",
        "er",
        "en",
        "of",
        "maar",
        "want",
        "dus",
        "ook",
        "nu",
        "toen",
        "dan",
        "mijn",
        "zijn",
        "haar",
        "ons",
        "onze",
        "hun",
        "uw",
        "jouw",
        "meneer",
        "mevrouw",
        "buurman",
        "buurvrouw",
        "familie",
        "is",
        "was",
        "bij",
        "van",
        "voor",
        "met",
        "naar",
        "op",
        "aan",
        "in",
        "uit",
        "door",
        "om",
        "tot",
        "als",
        "niet",
        "wel",
        "graag",
        "groet",
        "gr",
        "prima",
        "oké",
        "oke",
        "ok",
        "hoi",
        "hallo",
        "hey",
        "dag",
        "beste",
        "lieve",
        "bedankt",
        "dank",
        "top",
        "super",
        "goed",
        "ja",
        "nee",
        "sorry",
    }
)
# Both members on a typing line ("Rai en Elan zijn aan het typen...").
_ROUND50_TYPING_PAIR = re.compile(
    rf"^(?:[^\w\s]{{1,2}}[ ])?(?P<a>[A-Z\u00c0-\u00de][^\W\d_]+(?:[ ][a-z\u00df-\u017f][^\W\d_]+)?)"
    rf"(?:[ ]{_ROUND50_GARBLE})?[ ]en[ ]"
    rf"(?P<b>[A-Z\u00c0-\u00de][^\W\d_]+(?:[ ][a-z\u00df-\u017f][^\W\d_]+)?)"
    rf"(?:[ ]{_ROUND50_GARBLE})?[ ]zijn[ ]aan[ ]het[ ]typen",
    re.M,
)
# Who records a voice message or shares a live location, also with particles and an emoji OCR
# read as a digit ("Faysi dak 4 neemt een spraakbericht op...", "Fiori van Vollenhove deelt\n
# live-locatie").
_ROUND50_STATUS_NOTICE = re.compile(
    rf"^(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+(?:[ ](?:{_ROUND50_PARTICLES}|{_ROUND50_WORD})){{0,4}})"
    rf"(?:[ ]{_ROUND50_GARBLE})?"
    r"[ ](?:deelt[ \n]live-locatie|neemt[ ](?:een[ ])?(?:spraakbericht|audio)[ ]op)",
    re.M,
)
# A one-to-one chat's status line naming its owner ("Info van Elan Negash: Alleen appen ...").
_ROUND50_INFO_OWNER = re.compile(
    rf"\bInfo[ ]van[ ](?P<name>[A-Z\u00c0-\u00de][^\W\d_]+"
    rf"(?:[ ](?:{_ROUND50_PARTICLES}|[A-Z\u00c0-\u00de][^\W\d_]+)){{0,4}}):"
)
# Someone named by living across the street or next door ("Elan hier, van de overkant.", "Is
# dat Raam van de overkant?").
_ROUND50_ACROSS = re.compile(
    r"(?:^|(?<=[.!?;:][ ])|(?<=\b[Ii]s[ ]dat[ ])|(?<=\b[Dd]at[ ]is[ ])|(?<=\b[Ww]as[ ]dat[ ]))"
    r"(?P<name>[A-Z\u00c0-\u00de][^\W\d_]+)(?P<said>[ ]hier)?(?P<comma>,)?[ ]van[ ]"
    r"(?:de[ ]overkant|hiernaast|verderop|de[ ]buren|om[ ]de[ ]hoek)\b",
    re.M,
)
# ... asked who it is ("Is dat Lamp van de overkant?"): the word before it is a name too.
_ROUND50_ACROSS_ASKED = re.compile(r"(?:\b[Ii]s[ ]dat|\b[Dd]at[ ]is|\b[Ww]as[ ]dat)[ ]\Z")
# A voice message's file named after its speaker, wrapped ("Spraakbericht Florijn\nKrishnan.m4a").
_ROUND50_VOICE_FILE = re.compile(
    rf"\bSpraakbericht[ ](?P<name>[A-Z\u00c0-\u00de][^\W\d_]+(?:[ \n]{_ROUND50_WORD}){{0,3}})"
    r"\.(?:m4a|opus|ogg|mp3|aac|wav)\b"
)
# A chat list's row listed surname first, cut after the given name ("Vollenhove, Arjun... 22").
_ROUND50_SURNAME_COMMA = re.compile(r"(?:^|(?<=\n))(?P<sur>[A-Z\u00c0-\u00de][^\W\d_]{2,}),[ ]$")
# ... the rest of that row: the particles, the ellipsis and the time ("Vollenhove, Arjun... 22").
_ROUND50_ROW_REST = re.compile(
    rf"(?:[ ]{_ROUND50_PARTICLES})*(?:\.{{1,}}|\u2026)?(?:[ ]\S{{1,5}})?[ ]*(?:\n|$)"
)
# A chat list row's title: a given name and a listed surname in capitals ("Ketevan CATE 09:19").
_ROUND50_CAPITAL_ROW = re.compile(
    r"(?:[^\w\s]{1,2}[ ])?(?P<name>[A-Z\u00c0-\u00de][a-z\u00df-\u017f]+[ ](?P<sur>[A-Z]{3,}))"
    rf"[ ]{_ROUND50_TIME}[ ]*"
)
# A capitalised word and the word after it, looked at ahead (_round50_late_persons).
_ROUND50_GIVEN_THEN_WORD = re.compile(
    r"(?<![\w-])(?P<given>[A-Z\u00c0-\u00de][^\W\d_]+)(?=[ ](?P<sur>[^\W\d_]+)(?![\w-]))"
)
# A given name found as a person, "van" and a town: a surname ("Lútsen van Genemuiden vragen").
_ROUND50_VAN_TOWN = re.compile(r"[ ]van[ ](?P<town>[A-Z][^\W\d_]+)(?![\w-])")
# A part of someone's home after "bij" and the one it belongs to, in whichever order ("De hond
# loopt steeds bij Dak de tuin in", "bij Dak in de tuin", "bij Dak achter het huis", "bij Dak
# thuis"; stop 56: round 50 took the first order only).
_ROUND50_HOME_PART = (
    r"(?:tuin|achtertuin|voortuin|huis|schuur|erf|oprit|garage|woning|keuken|stoep|schutting|"
    r"heg|dak|balkon|zolder|kelder|deur|voordeur|achterdeur|hek)"
)
_ROUND50_INTO_THEIRS = re.compile(
    r"\bbij[ ](?P<name>[A-Z\u00c0-\u00de][^\W\d_]{2,})[ ]"
    rf"(?:(?:de|het)[ ]{_ROUND50_HOME_PART}[ ](?:in|uit|op|over|binnen|af)\b"
    rf"|(?:in|op|voor|achter|naast|onder|over|aan)[ ](?:de|het|'t)[ ]{_ROUND50_HOME_PART}\b"
    r"|thuis\b)"
)
# Forms of verbs that are also surnames ("Kan", "Wil", "Mag"), which _verb_form does not derive.
_ROUND50_VERB_FORMS = frozenset(
    {"kan", "wil", "mag", "moet", "zal", "gaat", "komt", "ziet", "doet", "wordt", "blijft"}
)
# A verb's form can own nothing: closing a clause after "is van" it is a surname ("Het pand
# ... is van\nkan;"). After a preposition only a noun or a name stands, so any present tense
# no noun spells is one too (stop 56: "is van\nwint;"; not "van vilt", a noun).
_ROUND50_OWNER_VERB_FORM = re.compile(
    r"\b(?:is|zijn|was)[ ]van[ \n](?P<name>[A-Za-z]{2,})(?=[;,.!?])"
)
# A name written small before a house number after "(maar) van" or "op naam van" ("maar van
# kick dolk van nummer 2").
_ROUND50_NAME_BY_NUMBER = re.compile(
    r"\b(?:op[ ]naam[ ]van|maar[ ]van)[ ]"
    r"(?P<name>(?P<given>[a-z\u00df-\u017f]{2,})[ ][a-z\u00df-\u017f]{2,})"
    r"[ ]van[ ](?:nummer|huisnummer|nr\.?)[ ]?\d"
)


def _round50_named(words: Sequence[str]) -> bool:
    """Whether `words` may be a person's name: no WhatsApp word, organisation or place alone."""
    lex = lexicon.load()
    lows = [w.casefold() for w in words]
    if any(w in _ROUND50_UI or w in _UI_WORDS or _round46_organisation(w) for w in lows):
        return False
    if organisation_pattern().search(" ".join(words)):
        return False
    return not all(w in lex.places or w in lexicon.PARTICLES for w in lows)


def _round50_group_title(words: Sequence[str]) -> bool:
    """Whether a chat list row's words are a group's title, not a name: a group's or a firm's
    word among them ("Bouwteam fase 2 10:33", "Klas 3 08:11", "Sportclub jeugd 4 10:01")."""
    for word in words:
        low = word.casefold()
        compound = len(low) > 5 and low.endswith(_ROUND50_GROUP_HEADS)
        if low in _ROUND50_GROUP_WORDS or compound or is_firm_word(low) or is_company_cue(low):
            return True
    return False


def _group_title_word(word: str, lex: lexicon.Lexicon) -> bool:
    """Whether a chat list row's one word before a number is a group's title ("Klas 3",
    "Kerkkoor 3"; _round50_group_title), not a contact's surname with an emoji read as a digit.
    Review 56b: a known surname that only ends in a group's word is the surname ("Verploeg 5
    10:33": no "ploeg"); a group's word itself stays a title ("Klas", "Blok")."""
    low = word.casefold()
    if (
        low in lex.surnames
        and low not in _ROUND50_GROUP_WORDS
        and not (is_firm_word(low) or is_company_cue(low))
    ):
        return False
    return _round50_group_title([word])


def _round50_line_text(ocr: OcrResult, line: Sequence[OcrWord]) -> tuple[int, str]:
    """A line's start offset and its text."""
    return line[0].char_start, ocr.text[line[0].char_start : line[-1].char_end]


def _round50_garbled_name(ocr: OcrResult, line: Sequence[OcrWord]) -> list[tuple[int, int]] | None:
    """The name parts of a line that is a name and an emoji OCR garbled, without the role word
    it was saved with, as offsets; or None."""
    start, value = _round50_line_text(ocr, line)
    match = _ROUND50_GARBLED_NAME_LINE.fullmatch(value) or (
        _ROUND50_GARBLED_NAME_LINE_INSIDE.fullmatch(value)
    )
    if match is None or not _round50_named(re.findall(r"[^\W\d_]+", match.group("name"))):
        return None
    base = start + match.start("name")
    return [
        (base + chunk.start(), base + chunk.end())
        for chunk in _ROUND50_NAME_CHUNK.finditer(match.group("name"))
    ]


def _round50_line_colour(image: Image.Image, line: Sequence[OcrWord]) -> float:
    """The median chroma of a line's text pixels (`_text_chroma`)."""
    # Imported here, as in coloured_sender_names: only screenshots with such a line need it.
    import numpy as np

    rgb = image if image.mode == "RGB" else image.convert("RGB")
    box = (
        min(w.left for w in line),
        min(w.top for w in line),
        max(w.right for w in line),
        max(w.bottom for w in line),
    )
    if box[2] - box[0] < 4 or box[3] - box[1] < 4:
        return 0.0
    pixels = np.asarray(rgb.crop(box), dtype=np.int16).reshape(-1, 3)
    return _text_chroma(np, pixels)


def _round50_garbled_labels(ocr: OcrResult, image: Image.Image | None) -> set[tuple[int, int, str]]:
    """A contact card's name (over "Bericht Toevoegen") or a sender label drawn in colour, with
    an emoji OCR read as digits or marks after or inside it, also where its words are
    ordinary words ("O Elan 535", "Kick 55", "Tante Elan & Van Genemuiden")."""
    lines = text_lines(ocr.words)
    out: set[tuple[int, int, str]] = set()
    for j, line in enumerate(lines):
        if len(line) > 7 or in_chat_list(line[0]):
            continue
        name = _round50_garbled_name(ocr, line)
        if name is None:
            continue
        card = j + 1 < len(lines) and _CARD_BUTTONS.fullmatch(
            ocr.text, lines[j + 1][0].char_start, lines[j + 1][-1].char_end
        )
        if card or (image is not None and _round50_line_colour(image, line) >= SENDER_MIN_CHROMA):
            out |= {(s, e, "PERSON") for s, e in name}
    return out


def _round50_list_rows(ocr: OcrResult) -> set[tuple[int, int, str]]:
    """WhatsApp Web's chat list: a row's title with an emoji before its time, or one word over
    a draft's preview; a group row's (cut title's) preview sender that is an ordinary word."""
    lines = [line for line in text_lines(ocr.words) if in_chat_list(line[0])]
    out: set[tuple[int, int, str]] = set()
    for j, line in enumerate(lines):
        start, value = _round50_line_text(ocr, line)
        below = _round50_line_text(ocr, lines[j + 1])[1] if j + 1 < len(lines) else ""
        sender = _ROUND50_PREVIEW_SENDER.match(below)
        group_preview = sender is not None and sender.group("name").casefold() not in _ROUND50_UI
        match = _ROUND50_GARBLED_ROW.fullmatch(value)
        capital = _ROUND50_CAPITAL_ROW.fullmatch(value)
        if capital is not None and capital.group("sur").casefold() in lexicon.load().surnames:
            match = capital
        if match is None and _ROUND50_DRAFT.match(below):
            match = _ROUND50_WORD_ROW.fullmatch(value)
        if (
            match is not None
            and not group_preview
            and match.group("name").split()[0].casefold() not in _ROUND50_NOT_GIVEN
            and _round50_named(match.group("name").split())
            and not _round50_group_title(match.group("name").split())
        ):
            out.add((start + match.start("name"), start + match.end("name"), "PERSON"))
        title = value.split(" ")[0].strip(".\u2026").casefold()
        firm = is_firm_word(title) or is_company_cue(title) or _round46_trade_word(title)
        if group_preview and not firm and _ROUND50_CUT_GROUP_ROW.search(value):
            below_start = lines[j + 1][0].char_start
            out.add(
                (below_start + sender.start("name"), below_start + sender.end("name"), "PERSON")
            )
    return out


def _round50_across_named(m: re.Match[str], lex) -> bool:
    """Whether a word before "van de overkant" (_ROUND50_ACROSS) names someone: introducing
    oneself ("Zeil hier, ...", "Zeil, van de overkant"), asked after ("Is dat Lamp van de
    overkant?"), or a word no dictionary knows or a first name; not a sentence opening on
    whom or what of the neighbours it is about ("Bewoners van de overkant hebben ook last",
    "Hond van de buren blaft": review55b)."""
    if m.group("said") or m.group("comma"):
        return True
    if _ROUND50_ACROSS_ASKED.search(m.string, max(0, m.start("name") - 12), m.start("name")):
        return True
    name = m.group("name").casefold()
    return _round49_unknown(name, lex) or name in lex.first_names


def _round50_persons(
    text: str, ocr: OcrResult, image: Image.Image | None
) -> set[tuple[int, int, str]]:
    """Persons round 50 adds before a screenshot's persons are looked for everywhere: names with
    an emoji OCR garbled on cards, sender labels and chat list rows; a group row's preview
    sender; both members on a typing line; who records or shares a location; a status line's
    owner; someone from across the street; a voice message's wrapped file name."""
    lines_text = ocr.text
    out = _round50_garbled_labels(ocr, image) | _round50_list_rows(ocr)
    for m in _ROUND50_TYPING_PAIR.finditer(lines_text):
        for group in ("a", "b"):
            if _round50_named(m.group(group).split()):
                out.add((m.start(group), m.end(group), "PERSON"))
    for m in _ROUND50_STATUS_NOTICE.finditer(lines_text):
        if _round50_named(m.group("name").split()):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND50_INFO_OWNER.finditer(text):
        if _round50_named(m.group("name").split()):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    across = [*_ROUND50_ACROSS.finditer(text), *_ROUND50_ACROSS.finditer(lines_text)]
    lex = lexicon.load()
    across = [m for m in across if _round50_across_named(m, lex)]
    for m in [*across, *_ROUND50_INTO_THEIRS.finditer(text)]:
        name = m.group("name")
        if name.casefold() not in _ROUND50_NOT_GIVEN and _round50_named([name]):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND50_VOICE_FILE.finditer(lines_text):
        out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND50_OWNER_VERB_FORM.finditer(text):
        low = m.group("name").casefold()
        if low in _ROUND50_VERB_FORMS or (
            _verb_form(low, lex) and not lexicon.looks_like_noun(low)
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND50_NAME_BY_NUMBER.finditer(text):
        if m.group("given") not in _ROUND50_NOT_GIVEN:
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round50_late_persons(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """Persons round 50 adds once every person is found: a surname the screenshot established,
    written small after a given name ("Levente muur"), with the word before it ("Kick spoor");
    a chat list row's surname before a comma and a found given name ("Vollenhove, Arjun...")."""
    out: set[tuple[int, int, str]] = set()
    persons = [(s, e) for s, e, label in found if label == "PERSON"]
    surnames: set[str] = set()
    for s, e in persons:
        value = text[s:e].strip()
        if " " not in value:
            continue
        # The surname: the words after the given name, or the first before a comma.
        words = re.findall(r"[^\W\d_]+", value)
        surnames_of = words[:1] if re.match(r"[^\W\d_]+,", value) else words[1:]
        surnames |= {
            w.casefold()
            for w in surnames_of
            if len(w) >= 3 and w.casefold() not in lexicon.PARTICLES
        }
    lex = lexicon.load()
    # One pass over the text for every surname (stop 56: a pattern per surname searched over the
    # whole text made a shot of many persons quadratic): each capitalised word, the word after
    # it looked at without taking it, so "Anna Groen muur" also tries "Groen muur".
    for m in _ROUND50_GIVEN_THEN_WORD.finditer(text) if surnames else ():
        sur = m.group("sur")
        if sur not in surnames:
            continue  # (written small as established: the surname in lower case)
        if "\n" in lines_text[m.start() : m.end("sur")]:
            continue  # a title over a status line ("Huurwoningen Lekkages\nwijs * neemt")
        given = m.group("given").casefold()
        if given in _ROUND50_NOT_GIVEN or given in lex.places or given in _ROUND50_UI:
            continue
        if _round46_organisation(m.group("given")) or lexicon.street_suffix(sur):
            continue
        if _adjective_word(m.group("given"), lex):
            continue  # "Openbaar groen": an adjective and the word, no given name (stop 56)
        out.add((m.start("given"), m.end("sur"), "PERSON"))
    # Each person's line's start by bisection, not searched back from the person (quadratic on
    # a long line of persons).
    breaks = [i for i, c in enumerate(lines_text) if c == "\n"] if "\n" in lines_text else []
    for s, e in persons:
        town = _ROUND50_VAN_TOWN.match(text, e)
        if (
            town is not None
            and " " not in text[s:e].strip()
            and text[s:e].casefold() in lex.first_names
            and town.group("town").casefold() in lex.places
        ):
            out.add((s, town.end("town"), "PERSON"))
        at = bisect.bisect_left(breaks, s)
        line_start = breaks[at - 1] + 1 if at else 0
        # (matched at the line's start only: searched, a long line was read for each person)
        head = _ROUND50_SURNAME_COMMA.match(lines_text, line_start, s)
        if head is not None and _ROUND50_ROW_REST.match(lines_text, e):
            sur = head.group("sur")
            low = sur.casefold()
            if (
                low not in lex.frequent_words
                and low not in _ROUND50_UI
                and not (_round46_organisation(sur))
            ):
                out.add((head.start("sur"), head.end("sur"), "PERSON"))
    return out


# An e-mail address OCR split after its domain's dot ("tencate.fam@planet. example").
_ROUND50_SPLIT_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[ ][a-z]{2,10}\b")
# A postcode whose digits OCR read with an l, I or O, before its place ("794lbn Meppel").
_ROUND50_CONFUSED_POSTCODE = re.compile(
    r"(?<![\w])(?P<pc>[1-9][0-9lIO]{3}[ ]?[A-Za-z]{2})(?=,?[ \n]+(?P<place>[A-Z][^\W\d_]+))"
)
# A letter OCR read for a digit inside a number's group ("42 O11 714").
_ROUND50_CONFUSED_DIGIT = re.compile(r"(?<=[\d ])[OolI](?=\d)|(?<=\d)[OolI](?=[\d ])")
# A floor after a found house number ("nummer 5 2e verd.").
_ROUND50_FLOOR = re.compile(
    r"[ \n](?:\d{1,2}(?:e|ste|de)[ \n](?:verd\.?|verdieping|etage|hoog)|[a-z]{1,2}[ \n]verd\.?)"
)
# A birth date with the day as an ordinal and "van" ("de 2e van april 1995").
_ROUND50_ORDINAL_DATE = re.compile(
    rf"\bde[ \n]\d{{1,2}}(?:e|de|ste)[ \n]van[ \n]{_ROUND48_MONTH}[ \n](?P<year>(?:19|20)\d\d)\b",
    re.I,
)
# A BSN in dotted groups whose first digit is a 0 ("(04.996.9444)").
_ROUND50_DOTTED_ZERO_BSN = re.compile(r"(?<![\w.])0\d{0,3}(?:\.\d{2,4}){1,3}(?![\w]|\.\d)")
# A KvK number written by four ("Offerte : 5065 0088"): eight digits, no BSN.
_ROUND50_BY_FOUR = re.compile(r"\d{4}[ ]\d{4}")
# ... after a firm's paper or register: no BSN ("Offerte : ", "Factuur ", "KvK "). Not any
# eight digits without a BSN's cue: an old BSN passing the 11-proef with its 0 left off ("Van
# mijn vader: 1234 5672") stays one (review55b).
_ROUND50_FIRM_NUMBER_CUE = re.compile(
    r"\b(?i:offerte|offertenr|factuur|factuurnr|nota|kvk|kvk-nummer|btw|debiteur|klantnummer|"
    r"ordernummer)\W{0,4}\Z"
)


def _round50_late(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """What round 50 adds once every person is found: an e-mail address OCR split after its
    dot, a postcode with an l for a 1 before its place, a phone number with an O for a 0, a
    floor after a found house number, a birth date "de 2e van april 1995" and a BSN in dotted
    groups opening with a 0."""
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND50_SPLIT_EMAIL.finditer(lines_text):
        out.add((m.start(), m.end(), "EMAIL"))
    for m in _ROUND50_CONFUSED_POSTCODE.finditer(text):
        head = m.group("pc")[:4]
        if head.isdigit() or sum(c.isdigit() for c in head) < 3:
            continue
        if m.group("place").casefold() in lex.places:
            out.add((m.start("pc"), m.end("pc"), "POSTCODE"))
    if _ROUND50_CONFUSED_DIGIT.search(text):
        read = _ROUND50_CONFUSED_DIGIT.sub(lambda m: "0" if m.group() in "Oo" else "1", text)
        changed = [i for i, (a, b) in enumerate(zip(text, read, strict=True)) if a != b]
        for span in find_phones(read):
            if any(span.start <= i < span.end for i in changed):
                out.add((span.start, span.end, "PHONE"))
    for start, end, label in found:
        if label == "ADDRESS" and text[end - 1 : end].isdigit():
            floor = _ROUND50_FLOOR.match(text, end)
            if floor is not None:
                out.add((start, floor.end(), "ADDRESS"))
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    for m in _ROUND50_ORDINAL_DATE.finditer(text):
        if int(m.group("year")) < this_year:
            out.add((m.start() + 3, m.end(), "DATE_OF_BIRTH"))
    for m in _ROUND50_DOTTED_ZERO_BSN.finditer(text):
        digits = m.group().replace(".", "")
        if len(digits) == 9 and stdnum_bsn.is_valid(digits):
            out.add((m.start(), m.end(), "BSN"))
    return out


# A district with its compass point ("Oosterboer-Zuidoost", "Berggierslanden-Noord").
_ROUND50_DISTRICT = re.compile(
    r"[A-Z][^\W\d_]+-(?:Noord|Zuid|Oost|West|Noordoost|Noordwest|Zuidoost|Zuidwest|Centrum)"
)


def _round50_district_title(text: str, start: int, end: int) -> bool:
    """Whether a person span is a location's title and its district ("Rattenoverlast\n
    Oosterboer-Zuidoost"): a district with its compass point and no first name in it."""
    value = text[start:end]
    if _ROUND50_DISTRICT.search(value) is None:
        return False
    lex = lexicon.load()
    return not any(w.casefold() in lex.first_names for w in re.findall(r"[^\W\d_]+", value))


def _round50_without_non_persons(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` without a KvK number written by four after a firm's paper taken for a BSN without a
    BSN's cue and a location's title with its district taken for a person."""
    out: set[tuple[int, int, str]] = set()
    for span in found:
        start, end, label = span
        if (
            label == "BSN"
            and _ROUND50_BY_FOUR.fullmatch(text, start, end)
            and not after_bsn_cue(text, start)
            and _ROUND50_FIRM_NUMBER_CUE.search(text, max(0, start - 24), start)
        ):
            continue
        if label == "PERSON" and _round50_district_title(text, start, end):
            continue
        out.add(span)
    return out


# --- Stop 56 ----------------------------------------------------------------------------------

# A word before a noun or an adjective that makes it one, not a person's name: an article, a
# possessive, a quantifier ("een visser", "mijn bakker", "geen groen"). (Not "de", a surname's
# particle, a demonstrative, "die visser" may point at the person, nor a copula: "dat is visser"
# may say who it is.)
_WORD_USE_BEFORE = re.compile(
    r"(?:^|[^\w'])(?i:een|mijn|m'n|z'n|onze|jouw|uw|elk|elke|ieder|iedere|geen|welk|welke|"
    r"zo'n|veel|weinig)[ ]+$"
)
# ... or a word that is that only where the word after it closes the clause: a degree word
# before an adjective ("weer mooi groen.", "te wit"), an article or a possessive that is also a
# pronoun or a verb ("het groen.", "ons groen,"). Review 56b: before a word going on they are
# the adverb, the pronoun or the verb, and the surname the person ("ik bel zo visser even",
# "heb je het bakker gevraagd?", "hebben jullie visser gezien?", "we zijn groen vergeten").
_WORD_USE_BEFORE_CLOSING = re.compile(
    r"(?:^|[^\w'])(?i:het|'t|zijn|haar|ons|jullie|hun|meer|minder|zo|te|heel|erg|nogal|best|"
    r"echt|mooi|lekker|vol|helemaal)[ ]+$"
)
# The word a hyphen joins to another after it or before it ("visser-overleg", "sport-visser").
_HYPHENED_AFTER = re.compile(r"-([^\W\d_]+)")
_HYPHENED_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-$")
# What closes a clause after a word: a punctuation mark, the line's or the text's end.
_CLAUSE_CLOSES = re.compile(r"[ ]*(?:[.,;:!?)]|\n|$)")
# ... or an adjective by its ending ("openbaar groen", "stedelijk groen", "gezellig druk").
_ADJECTIVE_ENDINGS = (
    "baar", "bare", "lijk", "lijke", "ig", "ige", "isch", "ische", "loos", "loze", "zaam", "zame",
    "ief", "ieve",
)  # fmt: skip


def _adjective_word(word: str, lex: lexicon.Lexicon) -> bool:
    """Whether `word` is an adjective by its ending: a dictionary word, no first name."""
    low = word.casefold()
    return (
        low.endswith(_ADJECTIVE_ENDINGS)
        and low in lex.dutch_words
        and low not in lex.first_names
        and low not in lex.surnames
    )


def _used_as_word(text: str, start: int, end: int, lex: lexicon.Lexicon) -> bool:
    """Whether a word at `start`..`end` is used as that word: joined by a hyphen to another
    word ("visser-overleg", "sport-visser") or after what makes it a noun or an adjective."""
    # (review 56b: joined to a word no name holds; "de groot-visser", "visser-jansen" are a
    # double surname)
    after = _HYPHENED_AFTER.match(text, end)
    before = _HYPHENED_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        particle = _WORD_BEFORE.search(text, max(0, before.start() - 12), before.start())
        if particle is not None and particle.group(1).casefold() in lexicon.PARTICLES:
            before = None  # "de groot-visser": a surname with its particle before the hyphen
    for joined in (after, before):
        if joined is not None:
            low = joined.group(1).casefold()
            if low in lex.dutch_words and low not in lex.surnames and low not in lex.first_names:
                return True
    if _WORD_USE_BEFORE.search(text, max(0, start - 14), start):
        return True
    if _WORD_USE_BEFORE_CLOSING.search(text, max(0, start - 14), start) and _CLAUSE_CLOSES.match(
        text, end
    ):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)  # (one space, as OCR joins)
    return before is not None and _adjective_word(before.group(1), lex)


def _without_surnames_used_as_words(
    text: str, found: set[tuple[int, int, str]], names: Sequence[str]
) -> set[tuple[int, int, str]]:
    """`found` without a surname of the shot that is a word ("Anna Groen") where it is used as
    that word, in lower case, in an ordinary phrase or a compound ("het openbaar groen",
    "visser-overleg"). Where it stands as a name it stays: after a first name or a title, in a
    sender label or a mention, capitalised mid-sentence (other rules take it there)."""
    lex = lexicon.load()
    surnames = {
        low
        for name in (*names, *persons_in(text, found))
        for words in [name.split()]
        if len(words) >= 2
        for low in [words[-1].casefold()]
        if low in lex.dutch_words and low not in lex.first_names
    }
    if not surnames:
        return found
    out = set()
    for start, end, label in found:
        value = text[start:end]
        if label == "PERSON":
            words = value.split(" ")
            if value.islower() and value in surnames and _used_as_word(text, start, end, lex):
                continue
            # ... also taken with the adjective before it ("Openbaar groen")
            if len(words) == 2 and words[1] in surnames and _adjective_word(words[0], lex):
                continue
        out.add((start, end, label))
    return out


# --- Round 51 (blind43) -----------------------------------------------------------------------

# A page on a site builder people make their own site with ("kobusvlier.jouwweb.nl",
# "hennyzaag.wixsite.com/fotos"): the subdomain is the maker's name; a club's or a topic's page
# is named in everyday words ("buurtfeestdekorf.jouwweb.nl").
_ROUND51_SITE_BUILDERS = (
    r"jouwweb\.(?:nl|site|be)|wixsite\.com|webnode\.(?:nl|be|page|com)|weebly\.com|"
    r"wordpress\.com|blogspot\.(?:com|nl|be)|jimdofree\.com|jimdosite\.com|strikingly\.com|"
    r"site123\.me|yolasite\.com|mijnwebsite\.nl"
)
_ROUND51_SITE_URL = re.compile(
    r"(?<![\w@/.-])(?P<url>(?:https?://)?(?:www\.)?(?P<label>[A-Za-z0-9][A-Za-z0-9-]{1,62})\."
    rf"(?:{_ROUND51_SITE_BUILDERS})(?:/[\w.%~@+=&?#/-]*[\w/])?)(?![\w@-])",
    re.I,
)
# An IBAN whose country OCR misread, "L" as "I", "1" or "|" ("NI42 abna 0417 ..."): read as the
# Netherlands' where the checksum then holds.
_ROUND51_MISREAD_NL = re.compile(r"(?<![\w@./-])N[I1|l](?=[ ]?[0-9OoSsIl|])")
# A BSN glued to its cue in a file name, grouped by dots, dashes or spaces ("BSN-3174.29.589.pdf",
# "bsn_317-429-589"); the eleven test decides.
_ROUND51_CUED_BSN = re.compile(
    r"(?<![^\W_])(?i:bsn)[-_ .:]?(?:(?i:nr)\.?[-_ ]?)?"
    r"(?P<bsn>\d{1,4}(?:[.\-_ ]?\d{1,4}){1,5})(?![\d])"
)
# A number abroad with its trunk zero in brackets OCR read as a letter ("+44 (O)7712 345678",
# "0044 (o) 7712 ..."): the bracketed trunk after a country code is a phone's shape.
_ROUND51_LETTER_TRUNK_PHONE = re.compile(
    r"(?<![\w+])(?P<phone>(?:\+|00)\d{2,3}[ -]?\([Oo]\)[ -]?\d(?:[ -]?\d){6,10})(?!\d)"
)

_ROUND51_SITE_SMALL_WORDS = frozenset({"de", "het", "en", "op", "in"})

# A number abroad with its bracketed trunk zero cut short by a chat list ("0031-(0)6 4123...
# 08:09").
_ROUND51_CUT_TRUNK_PHONE = re.compile(
    r"(?<![\w+])(?P<phone>(?:\+|00)\d{2,3}[ -]?\([0Oo]\)[ -]?\d(?:[ -]?\d){2,8})"
    r"(?=[ ]*(?:\.{2,}|\u2026))"
)
# A push name of initials after a sender's number, its emoji read as a mark ("+31 6 ... — TJ %").
_ROUND51_PUSH_INITIALS = re.compile(
    r"[ ]+[\u2014\u2013~-][ ]+(?P<name>[A-Z]{1,3})[ ]+[^\w\s]{1,2}(?=[ \n]|$)"
)


def _round51_site_is_topic(label: str) -> bool:
    """Whether a site builder's subdomain is everyday words only, none a first name."""
    lex = lexicon.load()
    word = label.lower().replace("-", "")
    if not word.isalpha():
        return False
    # A first name before the rest is the maker's ("wander" + "zeef"), though both are words.
    if any(word[:i] in lex.first_names for i in range(3, len(word) - 2)):
        return False
    # The ways to split `word` into dictionary words of three letters or more or an article,
    # no first name ("wan" + "der" + ... would read any name as words).
    reach = [True] + [False] * len(word)
    for i in range(len(word)):
        if not reach[i]:
            continue
        for j in range(i + 2, len(word) + 1):
            part = word[i:j]
            if (len(part) >= 3 or part in _ROUND51_SITE_SMALL_WORDS) and (
                part in lex.dutch_words and part not in lex.first_names
            ):
                reach[j] = True
    return reach[len(word)]


def _round51_misread_nl_ibans(text: str) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for m in _ROUND51_MISREAD_NL.finditer(text):
        # (the match is the two letters read for "NL": the window after it, not the whole text
        # copied for each match)
        window = "NL" + text[m.end() : m.start() + 60]
        out |= {
            (m.start() + s, m.start() + e, label)
            for s, e, label in _round42_ibans(window)
            if s == 0
        }
    return out


def _round51_late(text: str) -> set[tuple[int, int, str]]:
    """Round 51's finds on the screenshot's text: site builders' pages, misread IBANs and
    phones, BSNs in file names."""
    out: set[tuple[int, int, str]] = set()
    low = text.lower()
    if "." in low:
        for m in _ROUND51_SITE_URL.finditer(text):
            if not _round51_site_is_topic(m.group("label")):
                out.add((m.start("url"), m.end("url"), "URL_PERSONAL"))
    out |= _round51_misread_nl_ibans(text)
    if "bsn" in low:
        for m in _ROUND51_CUED_BSN.finditer(text):
            if _round48_eleven_test(re.sub(r"\D", "", m.group("bsn"))):
                out.add((m.start("bsn"), m.end("bsn"), "BSN"))
    for m in _ROUND51_LETTER_TRUNK_PHONE.finditer(text):
        out.add((m.start("phone"), m.end("phone"), "PHONE"))
    if "(" in text:
        for m in _ROUND51_CUT_TRUNK_PHONE.finditer(text):
            out.add((m.start("phone"), m.end("phone"), "PHONE"))
    return out


def _round51_push_initials(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for _start, end, label in found:
        if label == "PHONE" and (m := _ROUND51_PUSH_INITIALS.match(text, end)):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A Korean given name romanised as two syllables joined by a hyphen ("Ha-eun", "Seo-yeon",
# "ji-woo" in lower case): no name list holds these, each syllable alone may be a Dutch word
# ("min", "jun"), the shape is a name's; a capitalised word after it on its line or the next one
# is the surname ("Ha-eun\nKeen", "Do-yun Brem").
_ROUND51_KOREAN_SYLLABLES = lexicon.words(
    """a ae ah bin bo chae chan cheol chul da dam do dong eun gi gyu gyeong ha hae han hee ho hoon
    hun hwa hwan hye hyeon hyun hyuk in jae jeong ji jin jo joo ju jun jung kyu kyung man mi min
    mun na ok ra ri rin seo seok seon seong seung si sik so sol soo sook su sun sung tae u un won
    woo woong ye yeon yeong yi yong yoo yoon young yu yul yun"""
)
_ROUND51_KOREAN_NAME = re.compile(
    r"(?<![\w-])(?P<name>(?P<first>[A-Za-z][a-z]{0,4})-(?P<second>[a-z]{1,5}))(?![\w-])"
    r"(?:[ \n](?P<surname>(?:(?:van|de|le|la|ter|ten)[ ])*[A-Z][a-z\u00df-\u00ff]{2,}))?"
)
# The actor of "Je bent toegevoegd door X" is a contact: the rest of the line, whatever its
# words ("Tito Le Roux": a first name a name list lacks and that is a word too).
_ROUND51_ADDED_BY = re.compile(
    r"(?m)\b(?:[Jj]e[ ]bent|[Uu][ ]bent)[ ]toegevoegd[ ]door[ ]+"
    r"(?P<name>[A-Z][^\W\d_]+(?:[ ](?:(?:van|de|der|den|le|la|ter|ten|'t)[ ])*"
    r"[A-Z][^\W\d_]+){0,3})[ ]*$"
)


def _round51_persons(text: str) -> set[tuple[int, int, str]]:
    """Round 51's names: Korean given names by their shape, the adder of "Je bent toegevoegd
    door X"."""
    out: set[tuple[int, int, str]] = set()
    if "-" in text:
        lex = lexicon.load()
        for m in _ROUND51_KOREAN_NAME.finditer(text):
            first, second = m.group("first").lower(), m.group("second")
            if first == second or not {first, second} <= _ROUND51_KOREAN_SYLLABLES:
                continue
            end = m.end("name")
            surname = m.group("surname")
            if surname and surname.split()[-1].lower() not in lex.frequent_words:
                end = m.end("surname")
            out.add((m.start("name"), end, "PERSON"))
    if "toegevoegd door" in text:
        out |= {
            (m.start("name"), m.end("name"), "PERSON") for m in _ROUND51_ADDED_BY.finditer(text)
        }
    return out


# A house number after "nr" OCR read as a slash or a bar ("Zaagstraat nr / staan", a 7) where
# the street with its number is found elsewhere in the screenshot: the same address again.
_ROUND51_STREET_OF_ADDRESS = re.compile(r"(?P<street>.+?)[ ](?:nr\.?|nummer)[ ]?\d", re.S)


def _round51_slashed_numbers(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "ADDRESS":
            continue
        m = _ROUND51_STREET_OF_ADDRESS.match(text, start, end)
        if m is None:
            continue
        street = r"[ \n]+".join(re.escape(w) for w in m.group("street").split())
        pattern = re.compile(rf"(?<!\w){street}[ ](?:nr\.?|nummer)[ ]?[/|](?!\w)")
        out |= {(a.start(), a.end(), "ADDRESS") for a in pattern.finditer(text)}
    return out


# A nickname in brackets after a found full name, also where it is an everyday word ("Tomas Zeef
# (Taco)", "(Kiwi)"): not a place, a role or a month in brackets ("(Meppel)", "(Buurman)").
_ROUND51_BRACKETED_NICKNAME = re.compile(r"[ ]?\((?P<nick>[A-Z][a-z\u00df-\u00ff]{2,14})\)")
_ROUND51_NOT_NICKNAMES = re.compile(
    rf"(?i:{_ROLE_WORDS}|{'|'.join(MONTH_NAMES)}|{'|'.join(_WEEKDAY_NAMES)})"
)

_ROUND51_ROLE_BEFORE = re.compile(
    rf"(?i:{_ROLE_WORDS}|wethouder|burgemeester|raadslid|gedeputeerde|commissaris|directeur|"
    r"secretaris|voorzitter|griffier|minister|staatssecretaris|kamerlid|fractievoorzitter)[ \n]+$"
)


def _round51_nicknames(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    if "(" not in text:
        return set()
    lex = lexicon.load()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label != "PERSON" or not any(c in " \n" for c in text[start:end].strip()):
            continue
        m = _ROUND51_BRACKETED_NICKNAME.match(text, end)
        if m is None:
            continue
        nick = m.group("nick")
        if nick.lower() in lex.places or _ROUND51_NOT_NICKNAMES.fullmatch(nick):
            continue
        # ... nor an official's portfolio ("Wethouder Kees Brem (Sport)")
        if _ROUND51_ROLE_BEFORE.search(text, max(0, start - 30), start):
            continue
        out.add((m.start("nick"), m.end("nick"), "PERSON"))
    return out


# --- Round 52 (blind44) -----------------------------------------------------------------------

_ROUND52_CAP = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,}"
# A word before a name that is a title, an office or a form of address, no given name
# ("Meneer MacLeod", "Wethouder van der Hulst", "Dokter McBride").
_ROUND52_TITLES = lexicon.words(
    """meneer mevrouw heer dame dokter notaris pastoor dominee wethouder burgemeester raadslid
    griffier directeur voorzitter secretaris agent wijkagent boa juf meester professor
    collega buurman buurvrouw buren oom tante opa oma neef nicht familie fam beste lieve hoi
    hallo dag groet groeten team gemeente afdeling stichting vereniging brandweer politie
    speeltuin schouwburg station park school kerk sporthal zwembad storm straat chats"""
)


def _round52_compound(low: str) -> bool:
    """Whether `low` ends in a word of four letters or more after a first part: a place's or a
    thing's compound ("kaapbrug", "oosterboer"), no surname no list knows."""
    words = lexicon.load().dutch_words
    return any(low[i:] in words for i in range(1, len(low) - 3))


def _round52_no_given(word: str) -> bool:
    """Whether `word` is no given name's place: a title, an office, a firm's or a facility's
    word, a place that is no surname."""
    low = word.casefold()
    if low in _ROUND52_TITLES or low in _ORGANISATION_WORDS or low in _NOT_NOTICE_NAMES:
        return True
    if _firm_word(word) or is_company_cue(low):
        return True
    lex = lexicon.load()
    return low in lex.frequent_words or (low in lex.places and low not in lex.surnames)


# The maker of a group in a notice saying it was set up ("Kaneel KEET heeft de groep 'X'
# opgezet voor de buurt", "Kam (Ulugbek) heeft de groep ... gestart"): the contact as saved,
# also a word for a given name and a surname in capitals; "gemaakt" is `_NOTICE`'s.
_ROUND52_GROUP_SET_UP = re.compile(
    r"(?m)^(?P<who>[^\W\d_][\w.'\u2019-]*(?:[ ]\(?[^\W\d_][\w.'\u2019-]*\)?){0,3}?)[ ]+"
    r"heeft[ ]+(?:de[ ]+)?groep[ \n]+['\u2018\u2019\"\u201c\u201d][^\n]{1,60}?[ \n]+"
    r"(?:opgezet|gestart|opgericht|geopend)\b"
)
# The one asked to do something ("We vragen Bries om een vergunning", "vroegen kolk om"): a
# person, also where their name is a word or a place.
_ROUND52_ASKED = re.compile(
    r"\b(?:[Vv]ragen|[Vv]roegen|[Vv]raag|[Vv]raagt)[ \n]+"
    r"(?P<name>[A-Za-z\u00c0-\u00de][a-z\u00df-\u00ff]{2,})[ \n]+"
    # ... to do something or about something ("vragen Pollepel de schade te melden")
    r"(?:om|de|het|een|te|of|wat|hoe|waar|wanneer)[ \n]+(?=\w)"
)
# Initials without dots, spaced, before a surname ("naar R T J Wijesinghe", wrapped "R\nT J").
_ROUND52_SPACED_INITIALS = re.compile(
    r"(?<![\w.])(?P<name>[A-Z](?:[ \n][A-Z]){1,3}[ \n](?:(?:van|de|der|den|ter|ten)[ ])*"
    r"(?P<sur>[A-Z][a-z\u00df-\u00ff]{2,}(?:-[A-Z][a-z\u00df-\u00ff]+)?))(?![\w])"
)
# A given name no word list knows before a particle and a surname, also a place's name ("Svanhild
# van der Hulst": no place takes "van der").
_ROUND52_GIVEN_PARTICLE = re.compile(
    rf"(?<![\w-])(?P<name>(?P<given>{_ROUND52_CAP})[ ](?:van[ ](?:der|den|de|het)|ter|ten|"
    rf"van[ ]'t)[ ](?P<sur>{_ROUND52_CAP}))(?![\w-])"
)
_ROUND52_STREET_END = re.compile(
    r"(?:straat|weg|laan|plein|pad|hof|singel|gracht|kade|dijk|park|steeg|dreef|markt|brug|"
    r"dwarsstraat|wijk|buurt)$"
)
# A chat list's preview of a group, its sender before a colon, the preview cut short
# ("Kaneel: gat in de weg bij..."), also under a row whose time OCR garbled.
_ROUND52_PREVIEW_SENDER = re.compile(
    rf"(?m)(?:^|(?:(?<!\.)\.{{2,}}|\u2026)[ ]+[_:\d.]{{2,6}}[ ]+)(?:[^\w\n]{{1,3}}[ ])?(?P<name>{_ROUND52_CAP}(?:[ ]{_ROUND52_CAP})?):[ ]"
    r"[^\n]*?(?:\.{2,}|\u2026|[^\W\d_]\.)[ ]*$"
)
# A row's or a sender label's title of a word and a surname no word list knows, before its
# time ("Kaneel Osei 08:16", OCR's noise of a photo after it): the word is the given name.
_ROUND52_ROW_TITLE = re.compile(
    rf"(?m)^(?P<name>{_ROUND52_CAP}[ ](?P<sur>{_ROUND52_CAP}))[ ]+\d{{1,2}}[:.]\d{{2}}(?![\w:.])"
)
_ROUND52_APP_WORDS = lexicon.words(
    """jij je u foto video bestand locatie factuur contactkaart spraakbericht audio document
    sticker gif link peiling bericht concept afbeelding doorgestuurd gemist notitie"""
)


def _round52_persons(text: str, ocr: OcrResult) -> set[tuple[int, int, str]]:
    """Round 52's names by their place: a group's maker, the one asked, spaced initials, a
    given name before a particle, a chat list's preview sender."""
    out: set[tuple[int, int, str]] = set()
    lex = lexicon.load()
    if "groep" in text:
        for m in _ROUND52_GROUP_SET_UP.finditer(text):
            first = m.group("who").split()[0]
            if not _round52_no_given(first.strip("()")):
                out.add((m.start("who"), m.end("who"), "PERSON"))
    if "vra" in text or "Vra" in text or "vroeg" in text:
        for m in _ROUND52_ASKED.finditer(text):
            name = m.group("name")
            low = name.casefold()
            if name[0].isupper():
                if not _round52_no_given(name):
                    out.add((m.start("name"), m.end("name"), "PERSON"))
            elif low in lex.surnames and low not in lex.frequent_words and not low.endswith("s"):
                out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND52_SPACED_INITIALS.finditer(text):
        sur = m.group("sur").casefold()
        if sur not in lex.frequent_words and not (sur in lex.places and sur not in lex.surnames):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    if " van " in text or " ter " in text or " ten " in text:
        for m in _ROUND52_GIVEN_PARTICLE.finditer(text):
            given = m.group("given").casefold()
            if (given in lex.dutch_words and given not in lex.first_names) or _round52_no_given(
                m.group("given")
            ):
                continue
            if _ROUND52_STREET_END.search(m.group("sur").casefold()):
                continue
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND52_ROW_TITLE.finditer(text):
        sur = m.group("sur").casefold()
        if (
            sur not in lex.dutch_words
            and sur not in lex.places
            and sur not in lex.first_names
            # (a compound on a word is a place's or a thing's: "Graffiti Zaagbrug", "Kermis
            # Molenlanden", a group's title)
            and not _round52_compound(sur)
            and not _round52_no_given(m.group("name").split()[0])
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    if ":" in text:
        listed = {w.char_start for w in ocr.words if in_chat_list(w)}
        for m in _ROUND52_PREVIEW_SENDER.finditer(text):
            words = m.group("name").split()
            if m.start("name") not in listed and not text.startswith("Chats"):
                continue
            if any(w.casefold() in _ROUND52_APP_WORDS or _round52_no_given(w) for w in words):
                continue
            out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


# A name before the address or postcode found after it, with a cue before it or a nickname in
# brackets after it ("Gemeld door Lelie Haring, Zaagstraat 12", "Lelie Haring (Lel), 7941 AB").
_ROUND52_NAME_BEFORE_ADDRESS = re.compile(
    rf"(?:(?P<cue>\b(?:door|van|voor|naar|aan|t\.n\.v\.)[ \n]+)?)"
    rf"(?P<name>{_ROUND52_CAP}[ \n]{_ROUND52_CAP})(?:[ ]\((?P<nick>[A-Z][a-z\u00df-\u00ff]{{1,12}})\))?"
    r",[ \n]+$"
)
# A word before a found person coordinated with them ("door Kaneel of Farid Osei").
_ROUND52_COORDINATED = re.compile(
    rf"\b(?:door|van|voor|naar|aan|met|t\.n\.v\.)[ \n]+(?P<name>{_ROUND52_CAP})[ \n]+"
    r"(?:of|en|&)[ \n]+$"
)
# A capitalised word before a surname found alone that no word list knows ("Kwarts\nMcBride").
_ROUND52_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])[A-Z\u00c0-\u00de][\w-]*[ \n]$")
_ROUND52_WORD_BEFORE = re.compile(rf"(?<![\w-])(?P<name>{_ROUND52_CAP})[ ]$")


def _round52_by_found(
    text: str, lines_text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    lex = lexicon.load()
    for start, end, label in found:
        if label in ("ADDRESS", "POSTCODE"):
            m = _ROUND52_NAME_BEFORE_ADDRESS.search(text, max(0, start - 60), start)
            if m is None or not (m.group("cue") or m.group("nick")):
                continue
            if any(_round52_no_given(w) for w in m.group("name").split()):
                continue
            out.add((m.start("name"), m.end("name"), "PERSON"))
            if m.group("nick"):
                out.add((m.start("nick"), m.end("nick"), "PERSON"))
        elif label == "PERSON":
            name = text[start:end]
            if " " in name.strip():
                m = _ROUND52_COORDINATED.search(text, max(0, start - 40), start)
                if m is not None and not _round52_no_given(m.group("name")):
                    # (with the "of"/"en" up to the person: the phrase names them)
                    out.add((m.start("name"), start, "PERSON"))
                continue
            low = name.casefold()
            if not name[:1].isupper() or low in lex.dutch_words or low in lex.first_names:
                continue
            m = _ROUND52_WORD_BEFORE.search(text, max(0, start - 30), start)
            # (not the second word of a title: a group's title above a typing member is no
            # given name, "Graffiti Zaagbrug\nFaysi typt")
            if (
                m is not None
                and not _ROUND52_CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
                and not _round52_no_given(m.group("name"))
            ):
                out.add((m.start("name"), end, "PERSON"))
    return out


def _round52_again(
    text: str,
    lines_text: str,
    found: set[tuple[int, int, str]],
    new: set[tuple[int, int, str]],
) -> set[tuple[int, int, str]]:
    """The words of the names round 52 found, again elsewhere in the screenshot, in any case
    ("Kaneel Osei 08:16" and "rupsen bij Kaneel."), as the detector looks for a name found
    anywhere; not in a firm's name nor where a word goes on ("Dokter Kaneelweg")."""
    lex = lexicon.load()
    words = {
        w.casefold()
        for s, e, label in new
        if label == "PERSON"
        for w in re.findall(r"[^\W\d_]{3,}", text[s:e])
        if w[:1].isupper() or w.casefold() in lex.surnames
    }
    words = {w for w in words if w not in lex.frequent_words and not _round52_no_given(w)}
    if not words:
        return set()
    covered = [(s, e) for s, e, _label in found]
    pattern = re.compile(
        r"(?<![\w@./-])(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")(?![\w@-])",
        re.I,
    )
    out: set[tuple[int, int, str]] = set()
    for m in pattern.finditer(text):
        if any(s <= m.start() and m.end() <= e for s, e in covered):
            continue
        if _in_firms_name_of_bubble(text, lines_text, m.start()):
            continue
        before = _ROUND52_WORD_RIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is not None and _round46_firms_word(before.group(1)):
            continue  # a firm named by a trade ("Tegelzetter Okafor"), as round 46 keeps it
        out.add((m.start(), m.end(), "PERSON"))
    return out


_ROUND52_WORD_RIGHT_BEFORE = re.compile(r"([^\W\d_]+)[ ]$")


# Initials in brackets after a person found ("Stoof (K.L.)", "Brem (A B)"): part of the name.
_ROUND52_BRACKETED_INITIALS = re.compile(r"[ ]?\((?:[A-Z]\.?[ ]?){1,4}\)")


def _round52_bracketed_initials(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    if "(" not in text:
        return set()
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if label == "PERSON" and (m := _ROUND52_BRACKETED_INITIALS.match(text, end)):
            out.add((start, m.end(), "PERSON"))
    return out


# A number abroad cut short in a chat list's row, its time garbled ("+380 67. :21").
_ROUND52_CUT_FOREIGN_ROW = re.compile(
    r"(?m)^[^\w\n+]{0,3}(?P<phone>(?:\+|00)\d{2,3}(?:[ -]\d{1,4}){1,3})[ ]?(?:\.{1,3}|\u2026)"
    r"(?=[ ]|$)"
)
# A birth date a chat list's preview cut short after "geboren" ("geboren 14-03.", "09-01 ...").
_ROUND52_CUT_BIRTH = re.compile(
    r"(?i:geboren)[ :]+(?P<date>\d{1,2}[-./][ ]?\d{1,2}(?:[-./ ]\d{1,4})?)"
    r"(?=[ ]?(?:\.{1,3}|\u2026)?[ ]*(?:\n|$))"
)
# A BSN in three groups of three between slashes ("(367/418/253)"): the eleven test decides.
_ROUND52_SLASHED_BSN = re.compile(r"(?<![\w/])(?P<bsn>\d{3}/\d{3}/\d{3})(?![\w/])")
# A postcode's cue before it ("pc 7942 KL"): it says what the number is, blacked with it.
_ROUND52_POSTCODE_CUE = re.compile(r"(?<![\w.])(?i:pc|p\.c\.|postcode|nl)[ ]?$")
# A date long past with its weekday abbreviated ("za 4 mrt 1961", "di. 12 okt. 1979"): a
# birth date, as a date with the weekday in full is (ten years back or more: no appointment).
_ROUND52_SHORT_WEEKDAY_DATE = re.compile(
    r"(?<![\w])(?i:ma|di|wo|do|vr|za|zo)\.?[ ](?P<day>[0-3]?\d)[ ]"
    r"(?i:jan|feb|febr|mrt|maart|apr|mei|jun|jul|aug|sep|sept|okt|nov|dec)\.?[ ]"
    r"(?P<year>(?:19|20)\d\d)(?!\d)"
)


def _round52_late(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Round 52's numbers: a number abroad or a birth date cut short in a chat list, a BSN by
    slashes, a date long past with a short weekday, a postcode with its cue."""
    out: set[tuple[int, int, str]] = set()
    if "+" in text or "00" in text:
        for m in _ROUND52_CUT_FOREIGN_ROW.finditer(text):
            out.add((m.start("phone"), m.end("phone"), "PHONE"))
    if "eboren" in text:
        for m in _ROUND52_CUT_BIRTH.finditer(text):
            out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    if "/" in text:
        for m in _ROUND52_SLASHED_BSN.finditer(text):
            if _round48_eleven_test(m.group("bsn").replace("/", "")):
                out.add((m.start("bsn"), m.end("bsn"), "BSN"))
    latest = datetime.datetime.now(tz=datetime.UTC).year - 10
    for m in _ROUND52_SHORT_WEEKDAY_DATE.finditer(text):
        if int(m.group("year")) <= latest:
            out.add((m.start(), m.end(), "DATE_OF_BIRTH"))
    for start, end, label in found:
        if label == "POSTCODE" and (
            m := _ROUND52_POSTCODE_CUE.search(text, max(0, start - 10), start)
        ):
            out.add((m.start(), end, "POSTCODE"))
    return out


# A number after a compound on "-nummer"/"-nr" other than a house's ("notanummer 5512/34",
# "zaaknr. 34.28827"): a document's number, no address.
_ROUND52_DOCUMENT_NUMBER_BEFORE = re.compile(
    r"(?<![\w])(?!(?i:huis))(?i:[a-z]{2,}(?:nummer|nr\.?))[ ]?$"
)
_ROUND52_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")


def _round52_without_non_pii(
    text: str, found: set[tuple[int, int, str]]
) -> set[tuple[int, int, str]]:
    """`found` without a document's number taken for a house's and without birth dates in a
    year to come."""
    this_year = datetime.datetime.now(tz=datetime.UTC).year
    out: set[tuple[int, int, str]] = set()
    for start, end, label in found:
        if (
            label == "ADDRESS"
            and not re.search(r"[^\W\d_]{3,}", text[start:end])
            and _ROUND52_DOCUMENT_NUMBER_BEFORE.search(text, max(0, start - 30), start)
        ):
            continue
        if label == "DATE_OF_BIRTH" and any(
            int(y) > this_year for y in _ROUND52_YEAR.findall(text[start:end])
        ):
            continue
        out.add((start, end, label))
    return out


# --- Round 53 (blind45) -----------------------------------------------------------------------

_ROUND53_LOW = r"[a-z\u00df-\u00ff]"
# A greeting before a name in lower case and a comma ("Goed tamati, ik ga er...", "Hoi nerea,").
_ROUND53_GREETED = re.compile(
    rf"(?m)^[^\w\n]{{0,3}}[ ]?(?:Goed|Hoi|Hai|Hey|Hallo|Dag|Beste|Lieve|Dank|Bedankt|Top|Prima|"
    rf"Ok|Oké|Thanks|Ha)[ ]+(?P<name>{_ROUND53_LOW}{{3,}}),[ ]"
)
# A member who joined, a given name and a surname saved in lower case ("& Muru haspel is lid
# geworden via een uitnodigingslink").
_ROUND53_JOINED = re.compile(
    rf"(?m)^(?:[^\w\n]{{1,3}}[ ])?(?P<name>(?P<given>{_ROUND52_CAP})[ ]{_ROUND53_LOW}{{3,}})[ ]+"
    r"is[ ]+lid[ ]+geworden\b"
)
# A chat list's row of a given name no word list knows and a surname saved in lower case, before
# its time ("> Wenna wimpel 13:15", "Muru haspel 10:55"); read on OCR's lines.
_ROUND53_ROW_LOWER_SURNAME = re.compile(
    rf"(?m)^(?:[^\w\n]{{1,3}}[ ])?(?P<name>(?P<given>{_ROUND52_CAP})[ ]{_ROUND53_LOW}{{3,}})[ ]+"
    r"\d{1,2}[:.]\d{2}(?![\w:.])"
)
# A word before initials in brackets ("naar Knikker (M.J.), Meester Grendelweg"): a surname with
# its initials, also where the surname is a word (OCR reads an "I" as "l").
_ROUND53_WORD_BEFORE_INITIALS = re.compile(
    rf"(?<![\w-])(?P<name>{_ROUND52_CAP}[ ]\((?:[A-Zl]\.[ ]?){{1,4}}\))"
)
# A name in quotes on the doorbell or the letterbox ("'rókur dweil' staat nog op de bel").
_ROUND53_ON_THE_BELL = re.compile(
    r"['\u2018\u2019\"\u201c\u201d](?P<name>[^\W\d_][\w.-]*(?:[ ][^\W\d_][\w.-]*){0,3})"
    r"['\u2018\u2019\"\u201c\u201d][ \n]+staat[ \n]+(?:nog[ \n]+)?op[ \n]+de[ \n]+"
    r"(?:deurbel|bel|brievenbus|voordeur|deur)\b"
)
# A given name before a surname in capitals ("van Hadiza PUNTE uit", "Nolwenn DANJUMA _ 0972").
_ROUND53_GIVEN_CAPITALS = re.compile(
    r"(?<![\w-])(?P<name>(?P<given>[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,})[ ]"
    r"(?P<sur>[A-Z\u00c0-\u00de]{4,}))(?![\w-])"
)
# A word and a surname no word list knows inside a sentence, after a word in lower case ("van
# Kiezel Subramaniam om half 9", "kun jij Kiezel\nMorvan vragen"): the word is the given name.
_ROUND53_WORD_AND_SURNAME = re.compile(
    rf"(?<=[a-z\u00df-\u00ff][ ])(?P<name>(?P<given>{_ROUND52_CAP})[ \n](?P<sur>{_ROUND52_CAP}))"
    # (no third capitalised word: an organisation's name)
    rf"(?![\w-]|[ \n]{_ROUND52_CAP})"
)
_ROUND53_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])[a-z\u00df-\u00ff]+,?[ ]$")
# A word for a name, as a sentence's subject, reachable somewhere ("Kiezel is na het eten
# bereikbaar op +31-6..."): a person.
_ROUND53_REACHABLE = re.compile(
    rf"(?:^|(?<=[.!?\n])[ ]?)(?P<name>{_ROUND52_CAP})[ \n]+is[ \n]+"
    r"(?:[^\W\d_]+[ \n]+){0,5}?bereikbaar\b"
)
_ROUND53_NO_SUBJECT = lexicon.words(
    """hij zij ze het dit dat die iedereen niemand men er deze wie wat alles niets locatie
    kantoor balie loket nummer lijn"""
)
# A single word before an unknown surname found alone, at a line's end ("van Kiezel\nSubramaniam"),
# after a word in lower case (a sentence, no title's line).
_ROUND53_WORD_BEFORE_LINE = re.compile(rf"(?<![\w-])(?P<name>{_ROUND52_CAP})\n$")
_ROUND53_MONTH = (
    r"(?i:jan|januari|feb|febr|februari|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|augustus|"
    r"sep|sept|september|okt|oktober|nov|november|dec|december)\.?"
)
# A date as it stands in the BRP ("Bij Nolwenn staat 1 sept 1977 in de BRP", "3e mei 2007",
# "11 januari van het jaar 2006"): a birth date.
_ROUND53_IN_THE_BRP = re.compile(
    r"\b[Ss]taat[ \n]+(?P<date>[0-3]?\d(?:e|ste|de)?[ \n]+"
    + _ROUND53_MONTH
    + r"(?:[ \n]+van[ \n]+het[ \n]+jaar)?[ \n]+(?:19|20)\d\d|[0-3]?\d[-./][01]?\d[-./](?:19|20)?\d\d)"
    r"[ \n]+in[ \n]+de[ \n]+(?:BRP|brp|basisregistratie)\b"
)
# A BSN a chat list's preview cut short after its cue ("bsn van mij 3028.", "bsn 0784...").
_ROUND53_CUT_BSN = re.compile(
    r"(?i:\bbsn)(?:[ ](?:van[ ]mij|is|nr\.?|nummer))?[ :]+(?P<bsn>\d{2,4}(?:[ ]\d{1,4}){0,3})"
    r"(?=[ ]?(?:\.{1,5}|\u2026)?[ ]*(?:\n|$))"
)


def _round53_given(word: str) -> bool:
    lex = lexicon.load()
    low = word.casefold()
    if _round52_no_given(word):
        return False
    return low in lex.first_names or low not in lex.dutch_words


def _round53_persons(text: str, ocr: OcrResult) -> set[tuple[int, int, str]]:
    """Round 53's names by their place: greeted, joined, on the doorbell, before a surname in
    capitals, reachable, before an unknown surname over a line."""
    out: set[tuple[int, int, str]] = set()
    lex = lexicon.load()
    if "," in text:
        for m in _ROUND53_GREETED.finditer(ocr.text):
            low = m.group("name")
            if (
                low not in lex.dutch_words
                and low not in lex.frequent_words
                and low not in _ROUND52_APP_WORDS
                and not _round52_no_given(low)
            ):
                out.add((m.start("name"), m.end("name"), "PERSON"))
    if "lid geworden" in text:
        for m in _ROUND53_JOINED.finditer(ocr.text):
            if not _round52_no_given(m.group("given")):
                out.add((m.start("name"), m.end("name"), "PERSON"))
    if ":" in text:
        for m in _ROUND53_ROW_LOWER_SURNAME.finditer(ocr.text):
            given = m.group("given")
            if given.casefold() not in lex.dutch_words and not _round52_no_given(given):
                out.add((m.start("name"), m.end("name"), "PERSON"))
    if ".)" in text:
        for m in _ROUND53_WORD_BEFORE_INITIALS.finditer(text):
            if not _round52_no_given(m.group("name").split()[0]):
                out.add((m.start("name"), m.end("name"), "PERSON"))
    if " op de " in text or "\nop de " in text:
        for m in _ROUND53_ON_THE_BELL.finditer(text):
            words = m.group("name").split()
            if not all(_round52_no_given(w) or w.casefold() in lex.frequent_words for w in words):
                out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND53_GIVEN_CAPITALS.finditer(text):
        sur = m.group("sur").casefold()
        if sur in lex.dutch_words or sur in lex.frequent_words:
            continue
        if sur in lex.places and sur not in lex.surnames:
            continue
        if _round53_given(m.group("given")):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    for m in _ROUND53_WORD_AND_SURNAME.finditer(text):
        sur = m.group("sur").casefold()
        # (after a word in lower case, not a capitalised one: "Waterschap Drents\nOverijsselse
        # Delta" is an organisation's name)
        if not _ROUND53_LOWER_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if (
            sur not in lex.dutch_words
            and sur not in lex.places
            and sur not in lex.first_names
            and not _round52_compound(sur)
            and not _ROUND52_STREET_END.search(sur)
            and not _round52_no_given(m.group("given"))
            and not _round52_no_given(m.group("sur"))
            # (a long compound before it is a trade's word: "Netbeheerder Rendo")
            and not (len(m.group("given")) >= 8 and _round52_compound(m.group("given").casefold()))
        ):
            out.add((m.start("name"), m.end("name"), "PERSON"))
    if "bereikbaar" in text:
        for m in _ROUND53_REACHABLE.finditer(text):
            low = m.group("name").casefold()
            if low not in _ROUND53_NO_SUBJECT and not _round52_no_given(m.group("name")):
                out.add((m.start("name"), m.end("name"), "PERSON"))
    return out


def _round53_by_found(text: str, found: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    lex = lexicon.load()
    for start, end, label in found:
        if label != "PERSON" or start < 2 or text[start - 1] != "\n":
            continue
        name = text[start:end]
        low = name.casefold()
        if " " in name or not name[:1].isupper() or low in lex.dutch_words:
            continue
        m = _ROUND53_WORD_BEFORE_LINE.search(text, max(0, start - 30), start)
        if (
            m is not None
            and _ROUND53_LOWER_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and not _round52_no_given(m.group("name"))
        ):
            out.add((m.start("name"), end, "PERSON"))
    return out


def _round53_numbers(text: str, lines_text: str) -> set[tuple[int, int, str]]:
    """Round 53's numbers: a date as it stands in the BRP, a BSN cut short after its cue."""
    out: set[tuple[int, int, str]] = set()
    if "BRP" in text or "brp" in text or "basisregistratie" in text:
        for m in _ROUND53_IN_THE_BRP.finditer(text):
            out.add((m.start("date"), m.end("date"), "DATE_OF_BIRTH"))
    if "bsn" in text or "BSN" in text or "Bsn" in text:
        for m in _ROUND53_CUT_BSN.finditer(lines_text):
            if sum(c.isdigit() for c in m.group("bsn")) <= 9:
                out.add((m.start("bsn"), m.end("bsn"), "BSN"))
    return out
