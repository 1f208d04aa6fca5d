"""Span type, labels, placeholders and the rule that turns overlapping finds into one clean list."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter

LABELS: tuple[str, ...] = (
    "PERSON",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "ADDRESS",
    "POSTCODE",
    "LICENSE_PLATE",
    "DATE_OF_BIRTH",
    "URL_PERSONAL",
    "DOCUMENT_NUMBER",
)

PLACEHOLDERS: dict[str, str] = {
    "PERSON": "[NAAM]",
    "PHONE": "[TELEFOONNUMMER]",
    "EMAIL": "[E-MAILADRES]",
    "BSN": "[BSN]",
    "IBAN": "[IBAN]",
    "ADDRESS": "[ADRES]",
    "POSTCODE": "[POSTCODE]",
    "LICENSE_PLATE": "[KENTEKEN]",
    "DATE_OF_BIRTH": "[GEBOORTEDATUM]",
    "URL_PERSONAL": "[URL]",
    "DOCUMENT_NUMBER": "[DOCUMENTNUMMER]",
}

# When two finds overlap, the one whose shape is checked hardest wins: a checksum or an
# '@' says more than a capitalised word. PERSON is last, so a first name inside
# "Willem Alexanderlaan 5" or an e-mail address gives way.
PRIORITY: dict[str, int] = {
    "EMAIL": 0,
    "URL_PERSONAL": 1,
    "IBAN": 2,
    "BSN": 3,
    "PHONE": 4,
    "DOCUMENT_NUMBER": 5,
    "DATE_OF_BIRTH": 6,
    "LICENSE_PLATE": 7,
    "POSTCODE": 8,
    "ADDRESS": 9,
    "PERSON": 10,
}


@dataclass(frozen=True, order=True, init=False)
class Span:
    """A piece of personal data: character offsets [start, end) in the text, its label and text."""

    start: int
    end: int
    label: str
    text: str | None = None

    def __init__(self, start: int, end: int, label: str, text: str | None = None) -> None:
        # The fields written straight into the instance's dict: a frozen dataclass's own
        # __init__ calls object.__setattr__ once per field, and the finders make many spans.
        self.__dict__.update(start=start, end=end, label=label, text=text)

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


class Overlaps:
    """Whether any of the spans shares a character with [start, end), in logarithmic time: a
    message of thousands of names asked once per name stayed quadratic with `any(...)`."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans, key=attrgetter("start"))
        self._starts = [s.start for s in ordered]
        # The farthest end among the spans up to each one (they may overlap each other).
        self._reach = list(accumulate((s.end for s in ordered), max))

    def __call__(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # the spans that start before `end`
        return before > 0 and self._reach[before - 1] > start


# Span's own order as a key: the same comparisons without a Python-level __lt__ per comparison.
_ORDER = attrgetter("start", "end", "label", "text")


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping spans: same-label overlaps are merged, otherwise priority wins."""
    spans = list(spans)
    if len(spans) < 2:
        # Most messages: nothing to merge or cut (a one-character find is still dropped, but
        # for a house number of one digit: "op 8 woont hij").
        return [s for s in spans if s.end - s.start >= 2 or _one_digit_house(s)]
    merged: list[Span] = []
    by_label: dict[str, list[Span]] = {}
    for span in spans:
        if span.end > span.start:
            by_label.setdefault(span.label, []).append(span)
    for label, group in by_label.items():
        group.sort(key=_ORDER)
        current = group[0]
        for span in group[1:]:
            if span.start < current.end:
                current = Span(current.start, max(current.end, span.end), label)
            else:
                merged.append(current)
                current = span
        merged.append(current)

    # The spans kept so far never overlap, so sorted by start their ends are sorted too: the
    # ones a span overlaps are a run found by bisection (a message with thousands of names is
    # not cut against every one of them).
    kept: list[Span] = []
    starts: list[int] = []
    ends: list[int] = []
    for span in sorted(merged, key=lambda s: (PRIORITY[s.label], s.start, -s.end)):
        pieces = [span]
        for other in kept[bisect_right(ends, span.start) : bisect_left(starts, span.end)]:
            pieces = [p for piece in pieces for p in _cut(piece, other)]
            if span.label == "POSTCODE" and span.overlaps(other):
                pieces = []  # "085 123 4567 op": a postcode cut by a phone number is none
            elif span.label == "ADDRESS" and other.start < span.end <= other.end:
                # "Wmo-aanvraag 374 158 782": an address whose house number a BSN took is none
                pieces = [p for p in pieces if p.end > other.end]
        # A loser keeps what sticks out of the winner, so no character of it leaks.
        for piece in pieces:
            if piece.end - piece.start >= 2 or (piece is span and _one_digit_house(span)):
                at = bisect_left(starts, piece.start)
                kept.insert(at, piece)
                starts.insert(at, piece.start)
                ends.insert(at, piece.end)
    kept.sort(key=_ORDER)
    return kept


def _one_digit_house(span: Span) -> bool:
    return span.label == "ADDRESS" and span.end - span.start == 1


def _cut(span: Span, other: Span) -> list[Span]:
    """The parts of ``span`` outside ``other``."""
    if not span.overlaps(other):
        return [span]
    parts = []
    if span.start < other.start:
        parts.append(Span(span.start, other.start, span.label))
    if other.end < span.end:
        parts.append(Span(other.end, span.end, span.label))
    return parts


_DIGIT_RE = re.compile(r"\d")


def chat_messages(
    texts: Sequence[str], found: list[list[Span]]
) -> Iterator[tuple[int, str, list[Span], str, bool]]:
    """The chat passes' walk over a chat's messages: for each message with text its index, its
    text, its spans (``found[index]``), the message before it ("" right after an empty message)
    and whether the text holds a digit. The caller writes the spans it keeps to ``found[index]``."""
    previous = ""
    for index, text in enumerate(texts):
        if not text:
            previous = ""
            continue
        yield index, text, found[index], previous, _DIGIT_RE.search(text) is not None
        previous = text
