"""Text of a message under review: the redacted version and the pieces the review page shows.

Pure functions on plain data (no Django): spans are offsets into the ORIGINAL text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

PERSON = "PERSON"
FALLBACK_PLACEHOLDER = "[WEGGELATEN]"


@dataclass(frozen=True)
class SpanRef:
    """A redaction as the review page needs it: where, what kind, whether applied, its id."""

    id: int
    start: int
    end: int
    label: str
    active: bool


@dataclass(frozen=True)
class Segment:
    """A stretch of the original text; `span` is set when it is (or was) redacted."""

    start: int
    text: str
    span: SpanRef | None = None


class OverlapError(ValueError):
    """A new redaction overlaps an existing one; `message` is Dutch."""

    message = (
        "Dit stuk tekst overlapt met een bestaande weglating. Zet die weglating aan of kies "
        "een stuk tekst ernaast."
    )


def name_key(name: str) -> str:
    """How names are compared: case and surrounding whitespace ignored."""
    return " ".join(name.split()).casefold()


def pseudonym_index(participants: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map full names and unambiguous first names of participants to their pseudonyms."""
    index: dict[str, str] = {}
    first_names: dict[str, set[str]] = {}
    for name, pseudonym in participants:
        key = name_key(name)
        if not key:
            continue
        index[key] = pseudonym
        first = key.split(" ")[0]
        first_names.setdefault(first, set()).add(pseudonym)
    for first, pseudonyms in first_names.items():
        if len(pseudonyms) == 1 and first not in index:
            index[first] = next(iter(pseudonyms))
    return index


def redacted_text(
    text: str,
    spans: Iterable[tuple[int, int, str]],
    *,
    placeholders: Mapping[str, str],
    pseudonyms: Mapping[str, str] | None = None,
) -> str:
    """`text` with every span replaced by its placeholder; a participant's name by its pseudonym.

    Overlapping spans are merged so no character of either stays visible.
    """
    merged: list[list] = []
    for start, end, label in sorted((s, e, lab) for s, e, lab in spans if e > s):
        start, end = max(0, start), min(len(text), end)
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end, label])
    out: list[str] = []
    position = 0
    for start, end, label in merged:
        out.append(text[position:start])
        replacement = placeholders.get(label, FALLBACK_PLACEHOLDER)
        if label == PERSON and pseudonyms:
            replacement = pseudonyms.get(name_key(text[start:end]), replacement)
        out.append(replacement)
        position = end
    out.append(text[position:])
    return "".join(out)


def segments(text: str, spans: Iterable[SpanRef]) -> list[Segment]:
    """Split `text` into plain and redacted pieces in order; overlapping spans are skipped."""
    pieces: list[Segment] = []
    position = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < position or span.end > len(text) or span.end <= span.start:
            continue  # never show a span twice or past the end of the text
        if span.start > position:
            pieces.append(Segment(start=position, text=text[position : span.start]))
        pieces.append(Segment(start=span.start, text=text[span.start : span.end], span=span))
        position = span.end
    if position < len(text):
        pieces.append(Segment(start=position, text=text[position:]))
    return pieces


def check_new_span(text: str, start: int, end: int, existing: Iterable[tuple[int, int]]) -> None:
    """Raise ValueError/OverlapError unless [start, end) is a non-empty new stretch of `text`."""
    if not (0 <= start < end <= len(text)):
        raise ValueError("span outside the text")
    if not text[start:end].strip():
        raise ValueError("span is only whitespace")
    for other_start, other_end in existing:
        if start < other_end and other_start < end:
            raise OverlapError(OverlapError.message)
