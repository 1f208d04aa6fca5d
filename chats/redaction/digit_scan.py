"""Round perf4: whole-text patterns whose every match holds a digit, run only over the part of a
message where such a match can stand.

The number finders (dates, plates, BSNs, house numbers) each scan the whole message, and several
of their patterns open with a look-ahead or a class most letters are in, so the regex engine
tries them at every character (the spaced plates ~100 ns a character, the date ~20-90 ns). Where
every match of a pattern has a digit at most ``lead`` characters after its start, no match
starts before the message's first digit minus ``lead``, nor after its last digit; the message's
first and last digit are found once (in C) and shared by the finders. ``finditer`` then starts
the scan there (``pos``: look-behinds still read the text before it) and, where the pattern's
matches and what its look-aheads read are bounded, ends it there (``endpos``), with the very
same matches as ``pattern.finditer(text)`` (tests/chats/redaction/test_digit_scan.py holds each
scan to its plain form).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _parser  # type: ignore[attr-defined]  # the width of a compiled pattern

_ANY_DIGIT_RE = re.compile(r"\d")
# The last text asked about and its first and last digit (the finders of one message ask in turn).
_LAST_ASKED: list[object] = [None, None]


def digit_bounds(text: str) -> tuple[int, int] | None:
    """Index of the first and of the last digit (``\\d``) in ``text``, or None without one."""
    if _LAST_ASKED[0] is text:
        return _LAST_ASKED[1]  # type: ignore[return-value]
    first = _ANY_DIGIT_RE.search(text)
    if first is None:
        bounds = None
    else:
        last = _ANY_DIGIT_RE.search(text[::-1])
        bounds = (first.start(), len(text) - 1 - last.start())  # type: ignore[union-attr]
    _LAST_ASKED[0], _LAST_ASKED[1] = text, bounds  # (a reference: no other text takes its id)
    return bounds


class DigitScan:
    """``pattern.finditer`` over the part of a text where its matches can stand.

    ``lead``: how far into any match its first digit stands at most. ``after``: how many
    characters past a match the pattern's look-aheads read at most, or None when that is not
    bounded (a ``$`` or a ``[ ]*`` inside one): then the scan runs on to the text's end."""

    def __init__(self, pattern: re.Pattern[str], lead: int, after: int | None) -> None:
        self.pattern = pattern
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
        if self.reach is None:
            return self.pattern.finditer(text, start)
        return self.pattern.finditer(text, start, bounds[1] + self.reach)
