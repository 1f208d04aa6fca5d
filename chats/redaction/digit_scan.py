"""Round perf4: a whole-text pattern whose every match holds a digit, run only over the part of
a message where such a match can stand.

Where every match of a pattern has a digit at most ``lead`` characters after its start, no match
starts before the message's first digit minus ``lead``, nor after its last digit. ``finditer``
starts the scan there (``pos``: look-behinds still read the text before it) and, where the
pattern's matches and what its look-aheads read are bounded, ends it a longest match and those
look-aheads past the last digit (``endpos``), with the very same matches as
``pattern.finditer(text)`` (tests/chats/redaction/test_digit_scan.py holds each scan to its
plain form). The first and last digit are found in one search and kept for the last text asked
about, so the finders of one message share them.

Used for the two plate patterns, which open with a class most characters are in (consonants and
digits) and so are tried at nearly every character (~100 ns each): 1,405.2 K -> 1,382.1 K
instructions a bench message (-1.6%). Measured and left out: the same for the digit date, the
BSN and the house-number patterns (a further -0.25% of the instructions, but more CPU time:
where a message's digits stand early, the Python call that bounds the scan costs more than the
characters it skips).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser  # type: ignore[attr-defined]  # the width of a compiled pattern

from chats.redaction.lexicon import ascii_twin

# The first digit and, past any characters, the last one (the greedy run backs up to it).
_DIGIT_SPAN_RE = re.compile(r"\d(?:.*\d)?", re.S)
_ASCII_DIGIT_SPAN_RE = ascii_twin(_DIGIT_SPAN_RE)  # (round speed49)
# The last text asked about and its first and last digit (the finders of one message ask in turn).
_LAST_ASKED: list[object] = [None, None]


def digit_bounds(text: str) -> tuple[int, int] | None:
    """Index of the first and of the last digit (``\\d``) in ``text``, or None without one."""
    if _LAST_ASKED[0] is text:
        return _LAST_ASKED[1]  # type: ignore[return-value]
    digits = (_ASCII_DIGIT_SPAN_RE if text.isascii() else _DIGIT_SPAN_RE).search(text)
    bounds = None if digits is None else (digits.start(), digits.end() - 1)
    _LAST_ASKED[0], _LAST_ASKED[1] = text, bounds  # (a reference: no other text takes its id)
    return bounds


class DigitScan:
    """``pattern.finditer`` over the part of a text where its matches can stand.

    ``lead``: how far into any match its first digit stands at most. ``after``: how many
    characters past a match the pattern's look-aheads read at most, or None when that is not
    bounded (a ``$`` or a ``[ ]*`` inside one): then the scan runs on to the text's end.
    Round speed49: an ASCII text is scanned with the pattern's ASCII twin (lexicon.ascii_twin;
    the patterns scanned are case-sensitive, so the twin finds what the pattern finds there)."""

    def __init__(self, pattern: re.Pattern[str], lead: int, after: int | None) -> None:
        self.pattern = pattern
        self.ascii_pattern = ascii_twin(pattern)
        self.lead = lead
        self.reach: int | None = None
        if after is not None:
            longest = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
            if longest >= 1 << 16:  # a repeat without an upper bound (MAXREPEAT)
                raise ValueError(f"{pattern.pattern[:40]!r}: matches of unbounded length")
            self.reach = longest + after + 1

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        bounds = digit_bounds(text)
        if bounds is None:
            return iter(())
        start = max(0, bounds[0] - self.lead)
        pattern = self.ascii_pattern if text.isascii() else self.pattern
        if self.reach is None:
            return pattern.finditer(text, start)
        return pattern.finditer(text, start, bounds[1] + self.reach)
