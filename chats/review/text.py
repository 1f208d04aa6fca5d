"""Text of a message under review: the redacted version and the pieces the review page shows.

Pure functions on plain data (no Django): spans are offsets into the ORIGINAL text. Redaction
itself is `chats.redaction.redact_text`, the same function processing uses. Once the originals
are purged, more is blacked out in the REDACTED text itself (the functions at the end).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from chats.redaction import PLACEHOLDERS, OrganisationContacts
from chats.redaction.birthdates import MONTH_NAMES
from chats.redaction.images import kept_regions
from chats.redaction.pseudonyms import name_key
from chats.redaction.replay import merge_overlaps, redacted_text, replacements_for

# Moved to chats.redaction.replay (the purge uses them too); named here for the review's callers.
__all__ = ["merge_overlaps", "redacted_text", "replacements_for"]

PERSON = "PERSON"
FALLBACK_PLACEHOLDER = "[VERWIJDERD]"  # as chats.redaction.redact_text writes for unknown labels
# Every placeholder a redacted text can hold, longest first: capitals in brackets (a dash at
# most), so the database's regular expressions read the escaped pattern as Python does.
PLACEHOLDER_PATTERN = "|".join(
    re.escape(p)
    for p in sorted({*PLACEHOLDERS.values(), FALLBACK_PLACEHOLDER}, key=len, reverse=True)
)


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


@dataclass(frozen=True)
class OwnValues:
    """The municipality's own contact data (Beheer's list), as the review page marks it where a
    text writes it: kept readable on purpose, not missed. The same matching processing uses to
    keep them readable (the screenshots' keep-values, the addresses of its buildings)."""

    values: tuple[str, ...] = ()  # numbers, mailboxes and accounts as written
    organisation: OrganisationContacts = OrganisationContacts()  # its addresses

    def __bool__(self) -> bool:
        return bool(self.values or self.organisation.addresses)

    def places(self, text: str) -> list[tuple[int, int]]:
        """Where `text` writes one of them, sorted and joined where they touch."""
        found = kept_regions(text, self.values) if self.values else []
        if self.organisation.addresses:
            found += self.organisation.own_addresses_in(text)
        joined: list[list[int]] = []
        for start, end in sorted(found):
            if joined and start <= joined[-1][1]:
                joined[-1][1] = max(joined[-1][1], end)
            elif end > start:
                joined.append([start, end])
        return [(start, end) for start, end in joined]


class OverlapError(ValueError):
    """A new redaction overlaps an existing one; `message` is Dutch."""

    message = (
        "Dit stuk tekst overlapt met een bestaande weglakking. Kies een stuk tekst ernaast, of "
        "maak die weglakking eerst ongedaan en lak de tekst opnieuw weg (zo wijzigt u ook de "
        "soort)."
    )


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


# Walk 49: a street marked by hand as an address takes the house number right after it, also
# where the bubble wrapped it to the next line ("Haveltermade\u23ce12 ligt"), with a toevoeging
# ("12a", "12-2"); not a time ("Haveltermade\u23ce09:12") or a decimal.
_HOUSE_NUMBER_AFTER = re.compile(
    r"[ \t]*\n?[ \t]*(\d{1,5}(?:[ ]?(?![xX]\b)[a-zA-Z](?![a-zA-Z]))?(?:[-/]\d{1,4})?)"
    r"(?!\w|[:.,]\d)"
    # Review 49: a count or an amount is no house number ("3 keer", "3x", "20 minuten").
    r"(?![ ]*(?:x|keer|maal|stuks?|minuten|min|uur|dagen|weken|jaar|euro|meter|km|m|kg|%)\b)"
)
# Review 50: a year is no house number either ("Hoofdstraat 2024", "sinds de Kerkstraat 2019"):
# four digits from 1900 to 2099 without a letter toevoeging, also a span of years ("2019-2020").
# A real four-digit number ("1012", "2100") or one with a letter ("1950a") is taken.
_YEAR = re.compile(r"(?:19|20)\d\d(?:[-/]\d{1,4})?")
# Nor is a day before a month ("Kerkstraat 12 mei"): a date.
_MONTH_AFTER = re.compile(rf"[ ]+(?:{'|'.join(MONTH_NAMES)})\b", re.IGNORECASE)


def with_house_number(
    text: str, start: int, end: int, label: str, existing: Iterable[tuple[int, int]]
) -> int:
    """Where a hand mark of `label` on text[start:end] ends: for an address without a number,
    after the house number that follows it (unless another span holds that number)."""
    if label != "ADDRESS" or any(c.isdigit() for c in text[start:end]):
        return end
    match = _HOUSE_NUMBER_AFTER.match(text, end)
    if match is None or _YEAR.fullmatch(match.group(1)) or _MONTH_AFTER.match(text, match.end(1)):
        return end
    grown = match.end(1)
    if any(end < other_end and other_start < grown for other_start, other_end in existing):
        return end
    return grown


# --- nader anonimiseren in the redacted text (the originals purged) ------------------------------

# The placeholders redaction writes, and the one for a label it does not know; longest first.
_PLACEHOLDER = re.compile(
    "|".join(
        re.escape(placeholder)
        for placeholder in sorted(
            {*PLACEHOLDERS.values(), FALLBACK_PLACEHOLDER}, key=len, reverse=True
        )
    )
)


def has_placeholder(text: str) -> bool:
    """Whether `text` holds a placeholder redaction wrote ("[TELEFOONNUMMER]")."""
    return bool(_PLACEHOLDER.search(text or ""))


class NothingNewError(ValueError):
    """A stretch of a redacted text that holds nothing but placeholders; `message` is Dutch."""

    message = "Dit stuk tekst is al weggelakt."


def text_version(text: str) -> str:
    """A short fingerprint of a redacted text: the review page sends it with offsets into that
    text, so offsets read before another change are refused rather than applied elsewhere."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def placeholders_in(text: str) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for match in _PLACEHOLDER.finditer(text)]


def redacted_stretch(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of a redacted text, widened over every placeholder it cuts into (half a
    placeholder is never replaced). Raises ValueError unless it is a non-empty stretch of the
    text, NothingNewError when it holds nothing but placeholders and spaces."""
    if not (0 <= start < end <= len(text)):
        raise ValueError("stretch outside the text")
    if not text[start:end].strip():
        raise ValueError("stretch is only whitespace")
    for other_start, other_end in placeholders_in(text):
        if other_start < end and start < other_end:
            start, end = min(start, other_start), max(end, other_end)
    if not _PLACEHOLDER.sub("", text[start:end]).strip():
        raise NothingNewError(NothingNewError.message)
    return start, end


def replaced(text: str, stretches: Iterable[tuple[int, int]], label: str) -> str:
    """`text` with each stretch (offsets into `text`, not overlapping) replaced by the label's
    placeholder."""
    placeholder = PLACEHOLDERS.get(label, FALLBACK_PLACEHOLDER)
    for start, end in sorted(stretches, reverse=True):  # from the end: offsets stay valid
        text = f"{text[:start]}{placeholder}{text[end:]}"
    return text


def passage_places(text: str, passage: str) -> list[tuple[int, int]]:
    """Where `passage` stands in a redacted `text` as a whole word (any case), outside every
    placeholder: what "there too" blacks out."""
    passage = passage.strip()
    if not passage:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(passage)}(?!\w)", re.IGNORECASE)
    covered = placeholders_in(text)
    return [
        (match.start(), match.end())
        for match in pattern.finditer(text)
        if not any(match.start() < end and start < match.end() for start, end in covered)
    ]
