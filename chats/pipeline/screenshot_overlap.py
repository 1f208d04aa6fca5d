"""Messages that two consecutive screenshots of one submission both show.

An employee scrolls and takes several screenshots, so the last messages of one are often the first
of the next. `drop_overlaps` finds them (the same side, the same text once OCR's noise is folded,
at the bottom of one screenshot and the top of the next), keeps the copy in the first screenshot's
text and cuts it from the second's, and says so in a flag Informatiebeheer reads on the review
page. The image is not touched; the cut text is kept apart (`MediaOut.overlap`) so the review page
can put it back when the two were different messages after all.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from chats.redaction.images import continues_line, text_lines
from chats.redaction.ocr import OcrWord

from .results import Flag, MediaOut
from .screenshot_text import blackout_boxes, cut_spans, without_ranges

# Characters OCR reads for one another, folded the same way in both copies.
_CONFUSABLE = str.maketrans({"o": "0", "l": "1", "i": "1", "|": "1", "s": "5", "b": "8"})
_NOT_ALNUM = re.compile(r"[\W_]+")
# Two readings of the same bubble differ by at most this share (a misread character or two) ...
MIN_SIMILARITY = 0.9
# ... and the copies found must hold this many characters together (one "Ok" or "09:12" alone
# is no proof that two screenshots overlap).
MIN_OVERLAP_CHARS = 12
# Where the chat header ends when processing found no header band: a share of the height (an
# Android header ends at ~9%, an iPhone's at ~11%).
HEADER_END = 0.11
# A bubble's time (and read ticks) that OCR put on a line of its own.
_TIME_ONLY = re.compile(r"\d{1,2}[:.]\d{2}(?:\W{0,6}|\s*[vV/]{1,2}(?:\s*[/7vV])?)")


@dataclass(frozen=True)
class Bubble:
    """One message of a screenshot: its [start, end) in the OCR text, its side, its text folded."""

    start: int
    end: int
    side: str  # "in" (left), "out" (right) or "mid" (a notice, a date)
    key: str
    top: float  # its top as a share of the screenshot's height


def fold(text: str) -> str:
    """`text` without accents, case, punctuation, spaces and OCR's usual confusions."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return _NOT_ALNUM.sub("", plain).translate(_CONFUSABLE)


def _layout_words(layout: dict) -> list[OcrWord]:
    return [
        OcrWord("", int(left), int(top), int(w), int(h), 0.0, (0, 0, 0, int(line)), start, end)
        for start, end, left, top, w, h, line in layout.get("words") or ()
    ]


def _side(words: Sequence[OcrWord], pane: tuple[int, int]) -> str:
    left, right = pane
    centre = (min(w.left for w in words) + max(w.right for w in words)) / 2
    share = (centre - left) / max(1, right - left)
    return "in" if share < 0.45 else "out" if share > 0.55 else "mid"


def bubbles(item: MediaOut) -> list[Bubble]:
    """The messages of a screenshot in reading order: its OCR lines joined per bubble."""
    layout = item.ocr_boxes or {}
    words = _layout_words(layout)
    if not words or "size" not in layout:
        return []
    pane = (min(w.left for w in words), int(layout["size"][0]))
    height = max(1, int(layout["size"][1]))
    groups: list[list[list[OcrWord]]] = []
    for line in text_lines(words):
        if groups and continues_line(groups[-1][-1], line):
            groups[-1].append(line)
        else:
            groups.append([line])
    out: list[Bubble] = []
    for lines in groups:
        start, end = lines[0][0].char_start, lines[-1][-1].char_end
        if out and _TIME_ONLY.fullmatch(item.ocr_text[start:end].strip()):
            # A time under a bubble belongs to that bubble, on whichever side it is drawn.
            last = out[-1]
            out[-1] = replace(last, end=end, key=fold(item.ocr_text[last.start : end]))
            continue
        flat = [w for line in lines for w in line]
        top = min(w.top for w in flat) / height
        out.append(Bubble(start, end, _side(flat, pane), fold(item.ocr_text[start:end]), top))
    return out


def header_end(item: MediaOut) -> float:
    """Where the screenshot's chat header ends, as a share of its height."""
    layout = item.ocr_boxes or {}
    header, size = layout.get("header"), layout.get("size")
    if header and size:
        return header[3] / max(1, int(size[1]))
    return HEADER_END


def _same(a: Bubble, b: Bubble) -> bool:
    if a.side != b.side or not a.key or not b.key:
        return False
    return a.key == b.key or (
        difflib.SequenceMatcher(None, a.key, b.key, autojunk=False).ratio() >= MIN_SIMILARITY
    )


def _messages_from(bubbles: Sequence[Bubble], header: float) -> int:
    """The index of a screenshot's first message: past its header and a date chip under it."""
    index = 0
    while index < len(bubbles) and (bubbles[index].top < header or bubbles[index].side == "mid"):
        index += 1
    return index


def overlap(first: Sequence[Bubble], second: Sequence[Bubble]) -> int:
    """How many of `first`'s last bubbles are `second`'s first messages, the most that fit; 0
    when they hold fewer than MIN_OVERLAP_CHARS characters together."""
    for count in range(min(len(first), len(second)), 0, -1):
        pairs = list(zip(first[-count:], second[:count], strict=True))
        if all(_same(a, b) for a, b in pairs):
            if sum(len(b.key) for _, b in pairs) >= MIN_OVERLAP_CHARS:
                return count
            return 0
    return 0


def overlap_notice(count: int, first: int, second: int) -> str:
    """The flag's Dutch text; `first` and `second` number the screenshots from 1. It is read on
    the review page, so it names the button there that puts the messages back."""
    what = "1 bericht" if count == 1 else f"{count} berichten"
    return (
        f"{what} dubbel in schermafbeelding {first} en {second} — één keer opgenomen "
        f"(uit schermafbeelding {second} gehaald; terug te zetten met ‘Toch apart opnemen’ "
        f"bij schermafbeelding {second})"
    )


def drop_overlaps(
    media: Sequence[MediaOut], replacements: dict[str, str]
) -> tuple[list[MediaOut], list[Flag]]:
    """`media` with each message that the screenshot before also shows cut from the later one's
    text, and a flag per pair of screenshots that overlapped."""
    out = list(media)
    flags: list[Flag] = []
    shots = [i for i, item in enumerate(out) if item.ocr_boxes and item.ocr_text]
    for before, after in zip(shots, shots[1:], strict=False):
        if after != before + 1:
            continue  # not consecutive: another file lies between them
        first, second = bubbles(out[before]), bubbles(out[after])
        second = second[_messages_from(second, header_end(out[after])) :]
        count = overlap(first, second)
        if not count:
            continue
        notice = overlap_notice(count, before + 1, after + 1)
        cut = (second[0].start, second[count - 1].end)
        out[after] = _cut_apart(out[after], cut, count, notice, replacements)
        flags.append(Flag("screenshot_overlap", notice))
    return out, flags


def _cut_apart(
    item: MediaOut, cut: tuple[int, int], count: int, notice: str, replacements: dict[str, str]
) -> MediaOut:
    """`item` without the whole lines `cut` of its text, which are kept apart with their spans
    and word places (offsets from the cut's start) and where they go back (`at`, in the text
    that is left), for the review page to put back; and with the boxes blacked out over them
    in the image (`boxes`, pixels), which a redraw keeps black until they are put back."""
    start, end = cut
    inside = range(start, end + 1)
    kept = without_ranges(item, [cut], replacements, keep_boxes=False)
    return replace(
        kept,
        overlap={
            "notice": notice,
            "count": count,
            "at": min(start, len(kept.ocr_text)),
            "text": item.ocr_text[start:end],
            "boxes": blackout_boxes(item.ocr_boxes, cut_spans(item, [cut])),
            "spans": [
                [s.start - start, s.end - start, s.label]
                for s in item.ocr_spans
                if s.start in inside and s.end in inside
            ],
            "words": [
                [row[0] - start, row[1] - start, *row[2:]]
                for row in (item.ocr_boxes or {}).get("words") or ()
                if row[0] in inside and row[1] in inside
            ],
        },
    )


# The tail of the kept copy's text that reads as the cut text (folded) is at least this alike:
# looser than MIN_SIMILARITY, as it is the messages together, read twice.
MIN_TAIL_SIMILARITY = 0.8


def _shared_tail(kept: str, cut: str) -> int | None:
    """Where in `kept` (the text of the screenshot that kept the shared messages) those messages
    begin: the start of its last lines that read most like `cut` (the next screenshot's cut
    text), if alike enough; None when no tail of it does."""
    target = fold(cut)
    if not target:
        return None
    best, at = 0.0, None
    for start in (0, *(i + 1 for i, ch in enumerate(kept) if ch == "\n")):
        key = fold(kept[start:])
        if not key or len(key) > 2 * len(target):
            continue
        ratio = difflib.SequenceMatcher(None, key, target, autojunk=False).ratio()
        if ratio > best:
            best, at = ratio, start
    return at if best >= MIN_TAIL_SIMILARITY else None


def shared_place(kept: str, cut: str, start: int, end: int) -> tuple[bool, tuple[int, int] | None]:
    """Whether kept[start:end] (a stretch of the kept copy's text) lies in the messages the next
    screenshot shares, and where it stands in that screenshot's cut text `cut` (whole words), or
    None when it lies in them but cannot be placed (OCR read that part too differently).

    Where no tail of `kept` reads as `cut`, the stretch counts as shared wherever `cut` holds the
    same text: a word blacked out by hand once is blacked out in the other image too."""
    word = kept[start:end]
    tail = _shared_tail(kept, cut)
    if tail is None:
        at = cut.find(word) if word.strip() else -1
        return (at != -1, (at, at + len(word)) if at != -1 else None)
    if end <= tail:
        return False, None
    piece, start, end = kept[tail:], max(start, tail) - tail, end - tail
    ops = difflib.SequenceMatcher(None, piece, cut, autojunk=False).get_opcodes()

    def op_at(position: int) -> tuple:
        return next((op for op in ops if op[1] <= position < op[2]), ops[-1])

    first, last = op_at(start), op_at(end - 1)
    at = first[3] + (start - first[1]) if first[0] == "equal" else first[3]
    stop = last[3] + (end - last[1]) if last[0] == "equal" else last[4]
    at, stop = max(0, min(at, len(cut))), max(0, min(stop, len(cut)))
    if stop <= at:
        return True, None
    while at > 0 and cut[at - 1].isalnum():
        at -= 1
    while stop < len(cut) and cut[stop].isalnum():
        stop += 1
    return True, (at, stop)


def shared_marks(
    kept: str,
    marks: Sequence[tuple[int, int, str]],
    cut: str,
    taken: Sequence[tuple[int, int]] = (),
) -> tuple[list[list], bool]:
    """Where the `marks` (start, end, label) blacked out by hand in the kept copy's text `kept`
    stand in the next screenshot's cut text `cut`, for the messages both show: one [start, end,
    label] per mark that lies in them (`shared_place`; where OCR read it too differently there,
    the same words found in `cut` as they are), none overlapping `taken` or each other. Also
    whether one of them lies in the shared messages but could not be placed by its position.

    The one way a mark follows into the next screenshot: when it is made
    (chats.review.services._shared_marks_follow, kept in `overlap["hand"]`) and when the kept
    copy is withheld and the messages go back (_overlap_to_next)."""
    placed: list[list] = []
    occupied = [(int(a), int(b)) for a, b in taken]
    unplaced = False
    for start, end, label in marks:
        shared, place = shared_place(kept, cut, start, end)
        if not shared:
            continue
        if place is None:
            unplaced = True
            word = kept[start:end]
            at = cut.find(word) if word.strip() else -1
            place = (at, at + len(word)) if at != -1 else None
        if place is not None and not any(a < place[1] and place[0] < b for a, b in occupied):
            occupied.append(place)
            placed.append([place[0], place[1], label])
    return placed, unplaced
