"""The messages' text of a screenshot: its OCR text without the phone's own chrome.

OCR reads everything on a screenshot: the status bar (clock, operator, "4G", "87%", the glyphs
of the battery and wifi), the chat header's "online" / "laatst gezien ..." / "typt...", the input
bar's "Bericht" / "Typ een bericht" and, on WhatsApp Web, the whole chat list. None of it is a
message, yet it would be indexed for Woo search and printed in the PDF. `chrome_ranges` finds
those OCR lines by where they sit on the screen and by their form (a line must have both, so a
message "ik ben er om 09:41" stays); `without_chrome` cuts them from a screenshot's text, its
redaction spans and its word boxes. The image itself is not touched (it is blacked out apart):
the boxes blacked out over the text cut are kept in its layout (`CUT_BOXES`), so an image
redrawn from its original later keeps them black though no span of its text stands for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from chats.redaction import redact_text
from chats.redaction.images import boxes_for_spans, text_lines
from chats.redaction.ocr import OcrResult, OcrWord, in_chat_list

from .results import MediaOut, SpanOut

# The status bar lies in the top of a portrait screenshot (Android ~3%, iPhone ~6% of the
# height); the chat header below it down to ~12% (an iPhone with its notch: 11%); the input bar
# in the bottom ~8%.
STATUS_BAR_FRACTION = 0.065
HEADER_FRACTION = 0.13
# WhatsApp Web (landscape): the open chat's header is the top ~10% right of the chat list.
WEB_HEADER_FRACTION = 0.12
INPUT_BAR_FRACTION = 0.9

_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_PERCENT = re.compile(r"\d{1,3}\s?%")
_NETWORK = re.compile(r"(?:[2345]G\+?|5GE|LTE\+?|H\+?|E|VoLTE|VoWiFi|WiFi)", re.IGNORECASE)
_OPERATORS = frozenset(
    {
        "kpn",
        "vodafone",
        "odido",
        "t-mobile",
        "tele2",
        "lebara",
        "simyo",
        "youfone",
        "lycamobile",
        "hollandsnieuwe",
        "proximus",
        "orange",
        "telfort",
    }
)
# The header's second line: the contact's presence, not a message.
_PRESENCE = re.compile(
    r"(?:online|offline|typt|typen|aan het typen|is aan het typen|neemt audio op"
    r"|laatst gezien\b.*|last seen\b.*|typing|tik (?:hier )?voor (?:contact|groeps)info"
    r"|klik (?:hier )?voor (?:contact|groeps)info|tap here for (?:contact|group) info"
    r"|.{1,40}? (?:typt|is aan het typen|neemt audio op)\W*)",
    re.IGNORECASE,
)
# The layout key (chats.redaction.images.ocr_layout) of the pixel boxes [left, top, right,
# bottom] blacked out over text that was cut from a screenshot's OCR text (the chrome).
CUT_BOXES = "cut_boxes"
# The layout key of the boxes of the faces blurred in a photo (chats.pipeline.build).
PHOTO_FACES = "faces"

_INPUT_HINT = re.compile(r"(?:typ een bericht|bericht|type a message|message)", re.IGNORECASE)
# What OCR makes of the status bar's and input bar's icons: a few characters that are no word
# (no letters, one letter, or the bars of a signal or battery read as letters).
_GLYPH = re.compile(r"[^A-Za-z]{1,4}|[A-Za-z]|[^A-Za-z]*(?:al|ll|il|ill|all|ul|ull|lil)[^A-Za-z]*")


def _words(line: Sequence[OcrWord]) -> list[str]:
    return [w.text for w in line]


def _glyph(word: str) -> bool:
    return bool(_GLYPH.fullmatch(word)) and not _CLOCK.fullmatch(word)


def _status_word(word: str) -> bool:
    return bool(
        _CLOCK.fullmatch(word)
        or _PERCENT.fullmatch(word)
        or _NETWORK.fullmatch(word)
        or word.lower() in _OPERATORS
    )


def is_status_bar(words: Sequence[str]) -> bool:
    """A line of only a clock, an operator, the network, the battery's percentage and icons,
    with at least one of the first four."""
    status = sum(1 for w in words if _status_word(w))
    glyphs = sum(1 for w in words if not _status_word(w) and _glyph(w))
    return status > 0 and status + glyphs == len(words) and glyphs <= status + 1


def _strip_glyphs(words: Sequence[str]) -> str:
    start, end = 0, len(words)
    while start < end and _glyph(words[start]) and not words[start].isalpha():
        start += 1
    while end > start and _glyph(words[end - 1]) and not words[end - 1].isalpha():
        end -= 1
    return " ".join(words[start:end]).strip(" .…")


def is_presence(words: Sequence[str]) -> bool:
    """The header's "online", "laatst gezien vandaag om 10:02", "typt...", "tik voor contactinfo"."""
    return bool(_PRESENCE.fullmatch(_strip_glyphs(words)))


def is_input_hint(words: Sequence[str]) -> bool:
    """The input bar's "Bericht" or "Typ een bericht", with the icons OCR read around it."""
    return bool(_INPUT_HINT.fullmatch(_strip_glyphs(words)))


def _chrome_line(line: Sequence[OcrWord], size: tuple[int, int]) -> bool:
    width, height = size
    middle = (min(w.top for w in line) + max(w.bottom for w in line)) / 2
    words = _words(line)
    if all(in_chat_list(w) for w in line):
        return True
    if width >= height:  # WhatsApp Web or a desktop: no status bar, no input hint to speak of
        return middle <= WEB_HEADER_FRACTION * height and is_presence(words)
    if middle <= STATUS_BAR_FRACTION * height and is_status_bar(words):
        return True
    if middle <= HEADER_FRACTION * height and is_presence(words):
        return True
    return middle >= INPUT_BAR_FRACTION * height and is_input_hint(words)


def chrome_ranges(words: Sequence[OcrWord], size: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The [start, end) character ranges of the OCR text that are the phone's chrome, a whole
    OCR line each (without its line break)."""
    return tuple(
        (line[0].char_start, line[-1].char_end)
        for line in text_lines(words)
        if _chrome_line(line, size)
    )


def _kept_pieces(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The [start, end) stretches of `text` outside `ranges`, one per remaining line."""
    pieces: list[tuple[int, int]] = []
    position = 0
    for start, end in sorted(ranges):
        pieces.append((position, start))
        position = end
    pieces.append((position, len(text)))
    lines: list[tuple[int, int]] = []
    for start, end in pieces:
        # Each piece is whole lines with the breaks around them; keep the lines, not the breaks.
        while start < end and text[start] == "\n":
            start += 1
        while end > start and text[end - 1] == "\n":
            end -= 1
        if start < end:
            lines.append((start, end))
    return lines


class _Shift:
    """Maps offsets of the old text onto the text made of `pieces` joined by line breaks."""

    def __init__(self, pieces: Sequence[tuple[int, int]]) -> None:
        self.pieces = pieces
        self.starts: list[int] = []
        position = 0
        for start, end in pieces:
            self.starts.append(position)
            position += end - start + 1

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """`start`..`end` within the kept text (clipped to it); None when none of it is kept."""
        first = last = None
        for (s, e), new in zip(self.pieces, self.starts, strict=True):
            lo, hi = max(s, start), min(e, end)
            if lo < hi:
                if first is None:
                    first = new + lo - s
                last = new + hi - s
        return None if first is None else (first, last)


# WhatsApp's read ticks after a bubble's time, as OCR reads them: "09:15 / /", "09:25 //",
# "09:25 v", "09:25 W", "09:25 ✓✓". Only what follows a time at the end of a line.
_TICKS_AFTER_TIME = re.compile(r"(?<=\d[:.]\d\d)[ \t]+(?:[/\\|vVwW7✓✔√][ \t]*){1,4}$", re.MULTILINE)


def tick_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """The [start, end) ranges of `text` that are read ticks OCR read after a message's time
    (with the space before them): noise, not text of the message."""
    return tuple(match.span() for match in _TICKS_AFTER_TIME.finditer(text))


def without_chrome(item: MediaOut, replacements: dict[str, str]) -> MediaOut:
    """`item` without the chrome lines found in it (`MediaOut.chrome`) and without the read
    ticks after its messages' times (`tick_ranges`)."""
    chrome = list(item.chrome)
    ticks = [
        (start, end)
        for start, end in tick_ranges(item.ocr_text)
        if not any(c_start <= start and end <= c_end for c_start, c_end in chrome)
    ]
    return replace(without_ranges(item, [*chrome, *ticks], replacements), chrome=())


def blackout_boxes(
    layout: dict[str, Any] | None, spans: Iterable[tuple[int, int, str]]
) -> list[list[int]]:
    """The pixel boxes [left, top, right, bottom] the image's blackout draws over `spans` of the
    text that `layout`'s words index (as chats.redaction.images.redraw_screenshot draws them)."""
    layout = layout or {}
    words = tuple(
        OcrWord("", int(left), int(top), int(w), int(h), 0.0, (0, 0, 0, int(line)), start, end)
        for start, end, left, top, w, h, line in layout.get("words") or ()
    )
    size = layout.get("size")
    boxes = boxes_for_spans(
        OcrResult(text="", words=words),
        spans,
        size=(int(size[0]), int(size[1])) if size else None,
    )
    return [[b.left, b.top, b.right, b.bottom] for b in boxes]


def blacked_out_beyond_text(
    layout: dict[str, Any] | None, overlap: dict[str, Any] | None, areas: Iterable[Any] = ()
) -> bool:
    """Whether an image has parts blacked out that no placeholder of its redacted OCR text
    stands for: the contact header band, licence plates, a photo's blurred faces, the personal data of text cut from it
    (the chrome's `CUT_BOXES`, the messages the duplicate check cut: `overlap["boxes"]`) or an
    area Informatiebeheer blacked out by hand. What MediaItem.image_blacked_out stores, so the
    Woo decision gives such an image a ground (5.1.2e) also once the purge emptied the overlap."""
    layout, overlap = layout or {}, overlap or {}
    return bool(
        layout.get("header")
        or layout.get("plates")
        or layout.get(PHOTO_FACES)
        or layout.get(CUT_BOXES)
        # An overlap stored before its boxes were (walk 46) has the cut spans only.
        or overlap.get("boxes", overlap.get("spans"))
        or overlap.get("hand")
        or any(areas)
    )


def cut_spans(item: MediaOut, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The parts of `item`'s redaction spans that lie in `ranges` of its OCR text."""
    return [
        (max(span.start, start), min(span.end, end), span.label)
        for span in item.ocr_spans
        for start, end in ranges
        if span.start < end and start < span.end
    ]


def without_ranges(
    item: MediaOut,
    ranges: Sequence[tuple[int, int]],
    replacements: dict[str, str],
    *,
    keep_boxes: bool = True,
) -> MediaOut:
    """`item` with the whole lines in `ranges` (of its OCR text) cut from its text, its spans,
    its redacted text and its word boxes. The blackout over the spans cut stays in the layout
    (`CUT_BOXES`), unless the caller keeps it elsewhere (`keep_boxes=False`)."""
    text = item.ocr_text
    if not ranges or not text:
        return item
    pieces = _kept_pieces(text, ranges)
    shift = _Shift(pieces)
    kept = "\n".join(text[s:e] for s, e in pieces)
    spans = []
    for span in item.ocr_spans:
        moved = shift.span(span.start, span.end)
        if moved is not None:
            spans.append(SpanOut(moved[0], moved[1], span.label))
    boxes = item.ocr_boxes
    if boxes is not None:
        rows = []
        for start, end, *place in boxes.get("words") or ():
            moved = shift.span(start, end)
            if moved is not None:
                rows.append([*moved, *place])
        cut = blackout_boxes(boxes, cut_spans(item, ranges)) if keep_boxes else []
        boxes = {**boxes, "words": rows}
        if cut:
            boxes[CUT_BOXES] = [*(boxes.get(CUT_BOXES) or ()), *cut]
    return replace(
        item,
        ocr_text=kept,
        ocr_text_redacted=redact_text(kept, spans, replacements=replacements) if spans else kept,
        ocr_spans=tuple(spans),
        ocr_boxes=boxes,
    )
