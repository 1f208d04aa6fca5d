"""Text of a message under review: the redacted version and the pieces the review page shows.

Pure functions on plain data (no Django): spans are offsets into the ORIGINAL text. Redaction
itself is `chats.redaction.redact_text`, the same function processing uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from chats.redaction import PLACEHOLDERS, Pseudonymizer, Span, redact_text
from chats.redaction.pseudonyms import name_key

PERSON = "PERSON"
FALLBACK_PLACEHOLDER = "[VERWIJDERD]"  # as chats.redaction.redact_text writes for unknown labels


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


def replacements_for(participants: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Name forms (full name, unambiguous first name; as `name_key`) → stored pseudonym.

    Uses the redaction package's own rules for which first names are unambiguous, so text
    recomputed here reads exactly like the text processing produced.
    """
    participants = [(name, pseudonym) for name, pseudonym in participants if name_key(name)]
    generated = Pseudonymizer([name for name, _ in participants])
    stored = {generated.pseudonym_for(name): pseudonym for name, pseudonym in participants}
    return {
        name_key(form): stored[pseudonym]
        for form, pseudonym in generated.replacements().items()
        if pseudonym in stored
    }


def merge_overlaps(spans: Iterable[tuple[int, int, str]]) -> list[Span]:
    """Sorted spans with overlaps joined (the first label wins), so no character leaks."""
    merged: list[list] = []
    for start, end, label in sorted((s, e, lab) for s, e, lab in spans if e > s):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end, label])
    return [Span(start, end, label) for start, end, label in merged]


def redacted_text(
    text: str,
    spans: Iterable[tuple[int, int, str]],
    *,
    replacements: Mapping[str, str] | None = None,
) -> str:
    """`text` with every span replaced by its placeholder; a participant's name by its pseudonym."""
    return redact_text(text, merge_overlaps(spans), replacements=replacements)


def shown_as(text: str, label: str, replacements: Mapping[str, str] | None = None) -> str:
    """What a redacted stretch reads as in the record: the placeholder or the pseudonym."""
    if label == PERSON and replacements:
        pseudonym = replacements.get(name_key(text))
        if pseudonym:
            return pseudonym
    return PLACEHOLDERS.get(label, FALLBACK_PLACEHOLDER)


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
