"""Which stretches of a message's text are withheld, and on which ground: pure functions.

The text is the message's redacted text (what the Woo officer reads). Personal data the
archive already replaced by a placeholder ("[TELEFOONNUMMER]") is withheld on 5.1.2e unless the
officer chose another ground; passages the officer marked carry their own ground. The release
shows each withheld stretch as a box with its ground code and never the text under it.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from chats.redaction import PLACEHOLDERS
from chats.review.text import PLACEHOLDER_PATTERN

from .grounds import PERSONAL_DATA, personal_data_ground

# The placeholders redaction writes, plus the one for a label it does not know
# (chats.review.text.PLACEHOLDER_PATTERN; the request page finds the texts with one there).
_PLACEHOLDER_RE = re.compile(PLACEHOLDER_PATTERN)

# What search reads of a placeholder: one private-use character each, which no tokenizer (the
# database's or Python's \w) takes for a word. "[E-MAILADRES]" is no text anyone wrote:
# indexed as words, "mail" found it, highlighted inside it, and its words ("naam",
# "telefoonnummer", "mailadres") fed the spelling suggestions and compound completion. The
# search keeps them hidden in the index and in its highlighting, and shows them again
# (show_placeholders) once the highlight markers are in place: a marker can never fall inside.
_HIDDEN = {
    text: chr(0xE010 + i) for i, text in enumerate(sorted({*PLACEHOLDERS.values(), "[VERWIJDERD]"}))
}
_SHOWN = {char: text for text, char in _HIDDEN.items()}
HIDDEN_PLACEHOLDERS = "".join(_HIDDEN.values())
_HIDDEN_RE = re.compile(f"[{re.escape(HIDDEN_PLACEHOLDERS)}]")
# The placeholders' texts, one a line (what LIKE on the stored text may find inside them).
PLACEHOLDER_TEXTS = "\n".join(_HIDDEN)


def hide_placeholders(text: str) -> str:
    """`text` with each placeholder as one character that is no word (see _HIDDEN)."""
    if "[" not in text:
        return text
    return _PLACEHOLDER_RE.sub(lambda m: _HIDDEN[m.group(0)], text)


def show_placeholders(text: str) -> str:
    """The placeholders that hide_placeholders hid, written out again.

    Most texts hold none: an ASCII text cannot (the hidden characters are private-use ones),
    and for the rest one search of the compiled class tells. str.translate with a mapping to
    strings looked up every character of every text: ~500 highlighted texts a results page took
    ~15 µs each (1M-message bench, stop 38), this ~0.15 µs for an ASCII text."""
    if text.isascii() or _HIDDEN_RE.search(text) is None:
        return text
    return _HIDDEN_RE.sub(_shown, text)


def _shown(match: re.Match) -> str:
    return _SHOWN[match.group(0)]


def hide_placeholders_sql(column: str) -> str:
    """hide_placeholders in PostgreSQL, for `column` (an SQL expression)."""
    hidden = column
    for text, char in sorted(_HIDDEN.items(), key=lambda item: -len(item[0])):
        hidden = f"replace({hidden}, '{text}', U&'\\{ord(char):04X}')"
    return f"(CASE WHEN strpos({column}, '[') > 0 THEN {hidden} ELSE {column} END)"


@dataclass(frozen=True)
class Blackout:
    """A withheld stretch [start, end) of the text on `grond`; `auto` for personal data."""

    start: int
    end: int
    grond: str
    auto: bool = False


@dataclass(frozen=True)
class Piece:
    """A part of the released text: plain text, or a withheld stretch (text empty, grond set)."""

    text: str
    grond: str = ""


def placeholder_blackouts(text: str, overrides: Mapping[int, str] | None = None) -> list[Blackout]:
    """Every placeholder in `text` as a blackout on its ground (5.1.2e, a BSN 5.1.1e), or the
    ground overridden by its start."""
    overrides = overrides or {}
    return [
        Blackout(
            m.start(),
            m.end(),
            overrides.get(m.start()) or personal_data_ground(m.group(0)),
            auto=True,
        )
        for m in _PLACEHOLDER_RE.finditer(text)
    ]


def image_blackout_grounds(ocr_redacted: str, blacked_out: bool) -> list[str]:
    """The grounds of what the archive blacked out in an image: each placeholder of its
    redacted OCR text, and the parts of its pixels no placeholder stands for (the header band,
    plates, cut duplicate messages, areas Informatiebeheer blacked out by hand:
    MediaItem.image_blacked_out), all personal data: 5.1.2e."""
    found = [b.grond for b in placeholder_blackouts(ocr_redacted)] if ocr_redacted else []
    return [*found, PERSONAL_DATA] if blacked_out else found


def all_blackouts(
    text: str, manual: Iterable[tuple[int, int, str]], overrides: Mapping[int, str] | None = None
) -> list[Blackout]:
    """Placeholders and manual passages, sorted; overlapping stretches joined (no text leaks).

    Where stretches overlap, the joined stretch keeps the ground of the first and adds none:
    the officer sees one box and may give it one ground.
    """
    found = placeholder_blackouts(text, overrides) + [
        Blackout(max(0, start), min(len(text), end), grond)
        for start, end, grond in manual
        if end > start
    ]
    merged: list[Blackout] = []
    for item in sorted(found, key=lambda b: (b.start, -b.end)):
        if merged and item.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Blackout(last.start, max(last.end, item.end), last.grond, last.auto)
            continue
        merged.append(item)
    return merged


def pieces(text: str, blackouts: Iterable[Blackout]) -> list[Piece]:
    """`text` cut into released text and withheld boxes; the withheld text is not in the result."""
    result: list[Piece] = []
    position = 0
    for item in sorted(blackouts, key=lambda b: b.start):
        if item.start < position:
            continue
        if item.start > position:
            result.append(Piece(text[position : item.start]))
        result.append(Piece("", item.grond))
        position = item.end
    if position < len(text):
        result.append(Piece(text[position:]))
    return result


def find_passage(text: str, passage: str, *, start: int | None = None) -> tuple[int, int] | None:
    """Where `passage` stands in `text`: at `start` when it is there, else its first occurrence."""
    if not passage:
        return None
    if start is not None and start >= 0 and text[start : start + len(passage)] == passage:
        return start, start + len(passage)
    found = text.find(passage)
    if found < 0:
        return None
    return found, found + len(passage)


def stretch_moved(before: str, after: str, start: int, end: int) -> tuple[int, int]:
    """Where [start, end) of `before` stands in `after`: the same redacted text after
    Informatiebeheer blacked out more in it ("nader anonimiseren"). The text that changed is
    the stretch between what both share at the start and at the end: an edge outside it moves
    with the text, an edge inside it widens the stretch to take all of it in (more is withheld,
    never less; two changes far apart in one text widen a passage between them)."""
    limit = min(len(before), len(after))
    prefix = 0
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    old_end, new_end = len(before) - suffix, len(after) - suffix
    delta = len(after) - len(before)
    if start <= prefix:
        moved_start = start
    elif start >= old_end:
        moved_start = start + delta
    else:
        moved_start = prefix
    if end <= prefix:
        moved_end = end
    elif end >= old_end:
        moved_end = end + delta
    else:
        moved_end = new_end
    return moved_start, max(moved_start, moved_end)
