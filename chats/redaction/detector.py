"""The detector: runs every kind-specific finder and resolves their overlaps."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from chats.redaction import lexicon
from chats.redaction.addresses import find_addresses
from chats.redaction.birthdates import find_birthdates
from chats.redaction.identifiers import find_bsns, find_ibans
from chats.redaction.names import NameFinder
from chats.redaction.online import find_emails, find_personal_urls
from chats.redaction.phones import find_phones
from chats.redaction.places import find_postcodes_and_plates
from chats.redaction.spans import Span, resolve

_DIGIT_RE = re.compile(r"\d")


class Detector:
    """Finds personal data in Dutch chat text; ``known_names`` are the conversation's participants."""

    def __init__(self, known_names: Iterable[str] = ()) -> None:
        self.lex = lexicon.load()
        self.names = NameFinder(self.lex, known_names)

    def detect(self, text: str) -> list[Span]:
        """Sorted, non-overlapping spans of personal data in ``text`` (offsets in characters)."""
        if not text:
            return []
        # WhatsApp writes phone numbers with no-break spaces and non-breaking hyphens; the finders
        # speak plain ASCII. A one-to-one character mapping keeps every offset valid.
        text = text.translate(_LOOKALIKES)
        # Cheap gates first: most chat messages hold no '@', no link and no digit at all.
        online = find_emails(text, self.lex) if "@" in text else []
        if "." in text:
            online += find_personal_urls(text)
        spans = list(online)
        has_digit = _DIGIT_RE.search(text) is not None
        if has_digit:
            spans += find_ibans(text) + find_bsns(text) + find_phones(text)
            spans += find_postcodes_and_plates(text)
            spans += find_addresses(text, self.lex)
        persons = self.names.find(text, blocked=online)
        spans += persons
        if has_digit:
            spans += find_birthdates(text, persons)
        return resolve(spans)


# Same-length replacements only (offsets must stay the same): spaces and dashes that look alike.
_LOOKALIKES = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u2009": " ",  # thin space
        "\u202f": " ",  # narrow no-break space
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2212": "-",  # minus sign
    }
)


@cache
def default_detector() -> Detector:
    """One shared detector without participant names (built on first use)."""
    return Detector()


def detect(text: str, *, known_names: Iterable[str] = ()) -> list[Span]:
    """Personal-data spans in ``text``; pass the chat's participant names as ``known_names``."""
    names = tuple(known_names)
    detector = _detector_for(names) if names else default_detector()
    return detector.detect(text)


# One detector per conversation's participant list; a worker handles many conversations, so
# only the most recent ones are kept.
@lru_cache(maxsize=32)
def _detector_for(names: tuple[str, ...]) -> Detector:
    return Detector(names)
