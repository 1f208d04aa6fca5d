"""Where a stretch of a PDF attachment's redacted text stands on its pages: pure functions.

The Woo officer selects a passage in the attachment's redacted text (MediaItem.ocr_text_redacted,
its pages a blank line apart). Processing stored where each word stands on the pages of the
redacted rebuild (chats.redaction.documents.PDF_WORDS, indexing the original text); the purge
keeps them indexed into the redacted text (chats.pdf_pages.PDF_WORDS_REDACTED). From either, a
stretch is one box per text line of the words it touches, on its page. Where neither is kept,
the drawn pages are read again and a stretch is placed only where a page's reading has exactly
its characters (woo.ocr_boxes.boxes_by_reading).
"""

from collections.abc import Iterable, Sequence
from typing import Any

from chats.pdf_pages import PDF_REDACTED_LENGTH, PDF_WORDS_REDACTED
from chats.redaction.documents import PDF_WORDS, words_cover

from .ocr_boxes import boxes_by_reading, redacted_to_original

Box = tuple[int, int, int, int]
# Per page (from 0): the boxes (left, top, right, bottom) in the pixels of its picture, each with
# its ground.
PageBoxes = dict[int, list[tuple[Box, str]]]


def _words_on(layout: dict[str, Any] | None, original: str, redacted: str):
    """The stored words and whether they index the original text; None when not kept."""
    layout = layout or {}
    if layout.get(PDF_WORDS) and original:
        return layout[PDF_WORDS], True
    if layout.get(PDF_WORDS_REDACTED) and layout.get(PDF_REDACTED_LENGTH) == len(redacted):
        return layout[PDF_WORDS_REDACTED], False
    return None


def pdf_places_known(layout: dict[str, Any] | None, original: str, redacted: str) -> bool:
    """Whether the places of the PDF's words on its pages are kept for its text as it is now."""
    return bool(redacted) and _words_on(layout, original, redacted) is not None


def _stretch_boxes(words: Sequence[Sequence[int]], start: int, end: int) -> dict:
    """Per (page, line): the box around the words of [start, end) on it."""
    lines: dict[tuple[int, int], list[int]] = {}
    for w_start, w_end, page, left, top, right, bottom, line in words:
        if w_start < end and start < w_end:
            box = lines.setdefault((int(page), int(line)), [left, top, right, bottom])
            box[0], box[1] = min(box[0], left), min(box[1], top)
            box[2], box[3] = max(box[2], right), max(box[3], bottom)
    return lines


def pdf_passage_boxes(
    layout: dict[str, Any] | None,
    original: str,
    redacted: str,
    stretches: Iterable[tuple[int, int, str]],
) -> PageBoxes | None:
    """The boxes of the stretches of the redacted text, per page, from the stored word places;
    None when they are not kept or a stretch has a character outside every kept word (it would
    be painted only in part)."""
    found = _words_on(layout, original, redacted)
    if found is None:
        return None
    words, on_original = found
    placed: PageBoxes = {}
    for start, end, grond in stretches:
        if on_original:
            start, end = redacted_to_original(original, redacted, start, end)
        lines = _stretch_boxes(words, start, end)
        if not lines or not words_cover(original if on_original else redacted, words, start, end):
            return None
        for (page, _line), box in sorted(lines.items()):
            placed.setdefault(page, []).append((tuple(int(v) for v in box), grond))
    return placed


def pdf_boxes_by_reading(
    readings: Iterable[tuple[str, list]],
    redacted: str,
    stretches: Iterable[tuple[int, int, str]],
) -> PageBoxes | None:
    """The boxes of the stretches found in new readings of the drawn pages (per page: its text
    and words as chats.redaction.images.ocr_layout gives them), on every page whose reading has
    every character of it (an earlier page may show the same words in a picture: painting them
    there too hides more, never less); None when one is on no drawn page (a stretch over two
    pages, or past the drawn ones, is not found: the pages are then not released)."""
    stretches = list(stretches)
    found: set[int] = set()
    placed: PageBoxes = {}
    for page, (text, words) in enumerate(readings):
        if not text.strip():
            continue
        for index, stretch in enumerate(stretches):
            boxes = boxes_by_reading(text, words, redacted, [stretch])
            if boxes is not None:
                placed.setdefault(page, []).extend(boxes)
                found.add(index)
    return placed if len(found) == len(stretches) else None
