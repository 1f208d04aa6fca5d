"""The text the finders read: Unicode look-alikes folded to the characters they stand for and
invisible characters left out, with a map back to the original's offsets.

Personal data typed as "０６-１２３４５６７８", "06\u200b12345678", "pas\u00adpoort" or with Arabic-Indic
digits reads to a person as the plain form; the finders speak plain ASCII. ``fold`` gives them
the NFKC form without format characters (Unicode category Cf: zero-width spaces and joiners,
soft hyphens, word joiners, direction marks), every space separator as a space and every
decimal digit as 0-9; ``Folded.spans_back`` turns spans found there into spans over the
original characters, the invisible ones inside them included, so redaction covers exactly
what was written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import pairwise
from typing import NamedTuple

from chats.redaction.spans import Span, resolve

# WhatsApp writes phone numbers with no-break spaces and non-breaking hyphens, iPhones type
# typographic quotes: one character for one, applied after NFKC (which leaves the hyphens and
# quotes alone).
LOOKALIKES = str.maketrans(
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
        # Typographic quotes (iPhone and WhatsApp type them): plain quotes, not sentence breaks.
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
    }
)

_ONE_FOR_ONE_RE = re.compile("[" + "".join(chr(code) for code in LOOKALIKES) + "]")

# Characters seen to need no folding (ASCII, accented letters, emoji, ...), and those plus the
# one-for-one LOOKALIKES: the common text is tested against them by one set operation in C.
# Learnt as they come, bounded (past the bound a character is examined each time).
_PLAIN: set[str] = {chr(code) for code in range(128)}
_READABLE: set[str] = _PLAIN | {chr(code) for code in LOOKALIKES}
_LEARNT_AT_MOST = 20_000


class Folded(NamedTuple):
    """``text`` as the finders read it; ``starts[i]`` and ``ends[i]`` the original characters
    its character i came from (None: folding changed no offset)."""

    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span_back(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the folded text's [start, end)."""
        if self.starts is None or self.ends is None or end <= start:
            return start, end
        return self.starts[start], self.ends[end - 1]

    def spans_back(self, spans: Iterable[Span]) -> list[Span]:
        """``spans`` (found in ``text``) over the original text, sorted and non-overlapping."""
        if self.starts is None:
            return list(spans)
        back = sorted(
            (Span(*self.span_back(s.start, s.end), s.label) for s in spans),
            key=lambda s: (s.start, s.end),
        )
        if any(a.end > b.start for a, b in pairwise(back)):
            # two spans that part inside one original character ("ﬁ" read as "fi") share it
            return resolve(back)
        return back


def fold(text: str) -> Folded:
    """``text`` as the finders read it (see the module's docstring)."""
    if text.isascii() or _PLAIN.issuperset(text):
        return Folded(text)
    if not _READABLE.issuperset(text) and _needs_folding(text):
        return _fold_slowly(_one_for_one(text))
    return Folded(_one_for_one(text))


def folded_text(text: str) -> str:
    """The text of ``fold(text)``."""
    return text if text.isascii() else fold(text).text


def _one_for_one(text: str) -> str:
    """``text`` with the LOOKALIKES replaced (a pattern finds the few there are faster than
    str.translate looks up every character)."""
    return _ONE_FOR_ONE_RE.sub(lambda m: LOOKALIKES[ord(m.group())], text)


def _needs_folding(text: str) -> bool:
    """Some character of ``text`` folds to another or to nothing (learning those that do not)."""
    folds = False
    for char in set(text).difference(_READABLE):
        if _folds(char):
            folds = True
        elif len(_PLAIN) < _LEARNT_AT_MOST:
            _PLAIN.add(char)
            _READABLE.add(char)
    return folds


def _folds(char: str) -> bool:
    """A format character, a space or digit other than ASCII's, a combining mark (it may
    compose with the letter before it) or a character NFKC writes otherwise."""
    return (
        unicodedata.category(char) in ("Cf", "Zs", "Nd")
        or unicodedata.combining(char) != 0
        or unicodedata.normalize("NFKC", char) != char
    )


def _fold_slowly(text: str) -> Folded:
    category = unicodedata.category
    combining = unicodedata.combining
    # Each character kept, one for one: format characters out, other spaces a space, other
    # decimal digits 0-9.
    kept: list[tuple[str, int]] = []
    for index, char in enumerate(text):
        if char <= "\x7f":
            kept.append((char, index))
            continue
        kind = category(char)
        if kind == "Cf":
            if _parts_words(text, index):
                kept.append((" ", index))  # review44: "Jan\u200bOkonkwo" reads as two words
            continue
        if kind == "Zs":
            char = " "
        elif kind == "Nd":
            char = str(unicodedata.decimal(char))
        kept.append((char, index))
    # Then NFKC per base character with the combining marks after it ("e" + U+0301 is one
    # "é"); every character a piece gives comes from all of the piece's original characters.
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    piece_start = 0
    for position in range(1, len(kept) + 1):
        if position < len(kept) and combining(kept[position][0]):
            continue
        piece = kept[piece_start:position]
        chars = unicodedata.normalize("NFKC", "".join(c for c, _ in piece))
        if len(piece) > 1 and any(combining(c) for c in chars):
            # review45: a mark NFKC composes with no letter ("Yi\u0307lmaz", as Python lower-cases
            # "YİLMAZ"; a Cyrillic "а\u0301"; a strike-through "O\u0336"): left out, as the
            # invisible characters are, so it parts no name
            chars = "".join(c for c in chars if not combining(c)) or chars
        first, last = piece[0][1], piece[-1][1] + 1
        out.append(chars)
        starts.extend([first] * len(chars))
        ends.extend([last] * len(chars))
        piece_start = position
    return Folded(_one_for_one("".join(out)), tuple(starts), tuple(ends))


def _parts_words(text: str, index: int) -> bool:
    """Whether the invisible character at ``index`` stands between a lower-case letter and a
    capital ("Jan\u200bOkonkwo"): a word's end and the next word's start, as a space would."""
    return 0 < index < len(text) - 1 and text[index - 1].islower() and text[index + 1].isupper()
