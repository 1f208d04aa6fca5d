"""Where a stretch of an image's redacted OCR text stands in the image: pure functions.

The Woo officer selects text in the redacted OCR text (placeholders instead of personal data);
the word boxes stored at processing (`MediaItem.ocr_boxes`, see chats.redaction.images.ocr_layout)
index the original OCR text. A stretch is mapped to the original text (a placeholder stands for
the whole text it replaced), then to the boxes of the words it touches, one box per text line.
Once the originals are purged, the words are kept indexed into the redacted text
(chats.redaction.images.layout_on_redacted). Where neither is stored, the released image is read
again and a stretch is placed only where that reading has exactly its characters.
"""

import math
from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import Any

from chats.redaction.images import REDACTED_LENGTH, REDACTED_WORDS


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


def _redacted_words(layout: dict[str, Any] | None, redacted: str) -> list | None:
    """The words kept past the purge, when they index `redacted` as it is now."""
    if not layout or not layout.get(REDACTED_WORDS) or not redacted:
        return None
    return layout[REDACTED_WORDS] if layout.get(REDACTED_LENGTH) == len(redacted) else None


def boxes_known(layout: dict[str, Any] | None, original: str, redacted: str) -> bool:
    """Whether the place of the image's words is stored: on the original OCR text, or on the
    redacted one once the original is purged."""
    return has_boxes(layout, original) or _redacted_words(layout, redacted) is not None


def _placed(words, stretches) -> list[tuple[tuple[int, int, int, int], str]] | None:
    """The boxes of each stretch over `words`; None when one of them touches no word."""
    boxes = []
    for stretch in stretches:
        found = word_boxes({"words": words}, [stretch])
        if not found:
            return None
        boxes += found
    return boxes


def passage_boxes(
    layout: dict[str, Any] | None,
    original: str,
    redacted: str,
    stretches: Iterable[tuple[int, int, str]],
) -> list[tuple[tuple[int, int, int, int], str]] | None:
    """Pixel boxes with their ground for stretches of the redacted OCR text, from the stored
    word places; None when they are not stored or a stretch touches no stored word."""
    stretches = list(stretches)
    if has_boxes(layout, original):
        return _placed(
            layout["words"],
            [(*redacted_to_original(original, redacted, s, e), g) for s, e, g in stretches],
        )
    words = _redacted_words(layout, redacted)
    return None if words is None else _placed(words, stretches)


# How far the served image's proportions may differ from the stored size's and still be the same
# picture scaled (rounding of a smaller copy's sides).
SCALE_TOLERANCE = 0.01


def fitted_boxes(
    boxes: list[tuple[tuple[int, int, int, int], str]],
    stored: Iterable[int] | None,
    served: tuple[int, int],
) -> list[tuple[tuple[int, int, int, int], str]] | None:
    """The stored word boxes in the served image's pixels, or None when they cannot be trusted.

    `stored` is the size of the image the words were read from (the layout's "size"; older
    layouts have none). With it, every box must lie within that size, and a served copy of
    another size gets the boxes scaled (outwards, so the words stay covered) when it is the same
    picture scaled; of other proportions, None. Without it, the boxes must lie within the
    served image (they may still be meant for another size: the best that can be checked)."""
    width, height = served
    size = tuple(int(v) for v in stored) if stored else None
    if size is not None and (len(size) != 2 or min(size) <= 0):
        size = None
    frame = size or (width, height)
    if not all(
        0 <= left < right <= frame[0] and 0 <= top < bottom <= frame[1]
        for (left, top, right, bottom), _ in boxes
    ):
        return None
    if size is None or size == (width, height):
        return boxes
    sx, sy = width / size[0], height / size[1]
    if abs(sx - sy) > SCALE_TOLERANCE * max(sx, sy):
        return None
    return [
        (
            (
                math.floor(left * sx),
                math.floor(top * sy),
                min(width, math.ceil(right * sx)),
                min(height, math.ceil(bottom * sy)),
            ),
            grond,
        )
        for (left, top, right, bottom), grond in boxes
    ]


def boxes_by_reading(
    read_text: str,
    read_words: list,
    redacted: str,
    stretches: Iterable[tuple[int, int, str]],
) -> list[tuple[tuple[int, int, int, int], str]] | None:
    """Boxes for stretches of `redacted` found in a new reading of the image (`read_text` and
    its words as ocr_layout's): every character of a stretch that is not a space must be read
    again, unchanged and in the same order, around it; else None (its place is not known)."""
    matcher = SequenceMatcher(None, redacted, read_text, autojunk=False)
    to_read: dict[int, int] = {}
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            to_read.update((i, j1 + i - i1) for i in range(i1, i2))
    placed = []
    for start, end, grond in stretches:
        chars = [i for i in range(start, end) if not redacted[i].isspace()]
        if not chars or any(i not in to_read for i in chars):
            return None
        placed.append((to_read[chars[0]], to_read[chars[-1]] + 1, grond))
    return _placed(read_words, placed)
