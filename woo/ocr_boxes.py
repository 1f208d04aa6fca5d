"""Where a stretch of an image's redacted OCR text stands in the image: pure functions.

The Woo officer selects text in the redacted OCR text (placeholders instead of personal data);
the word boxes stored at processing (`MediaItem.ocr_boxes`, see chats.redaction.images.ocr_layout)
index the original OCR text. A stretch is mapped to the original text (a placeholder stands for
the whole text it replaced), then to the boxes of the words it touches, one box per text line.
"""

from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import Any


def redacted_to_original(original: str, redacted: str, start: int, end: int) -> tuple[int, int]:
    """The stretch [start, end) of `redacted` as a stretch of `original` (never narrower)."""
    o_start, o_end = 0, len(original)
    found_start = found_end = False
    matcher = SequenceMatcher(None, original, redacted, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if not found_start and j1 <= start < max(j2, j1 + 1):
            o_start = i1 + (start - j1) if tag == "equal" else i1
            found_start = True
        if not found_end and j1 < end <= j2:
            o_end = i1 + (end - j1) if tag == "equal" else i2
            found_end = True
    return o_start, max(o_end, o_start)


def word_boxes(
    layout: dict[str, Any], stretches: Iterable[tuple[int, int, str]]
) -> list[tuple[tuple[int, int, int, int], str]]:
    """Pixel boxes (left, top, right, bottom) with their ground: per stretch of the original OCR
    text, one box per text line around the words it touches."""
    words = layout.get("words") or ()
    boxes = []
    for start, end, grond in stretches:
        lines: dict[int, list[int]] = {}
        for w_start, w_end, left, top, width, height, line in words:
            if w_start < end and start < w_end:
                box = lines.setdefault(int(line), [left, top, left + width, top + height])
                box[0], box[1] = min(box[0], left), min(box[1], top)
                box[2], box[3] = max(box[2], left + width), max(box[3], top + height)
        boxes += [((b[0], b[1], b[2], b[3]), grond) for _, b in sorted(lines.items())]
    return boxes


def has_boxes(layout: dict[str, Any] | None, original: str) -> bool:
    """Whether the image's word boxes are stored (purging the originals removes them)."""
    return bool(layout and layout.get("words") and original)
