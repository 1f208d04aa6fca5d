"""The Dutch word list the search reads (hunspell-nl), with no database: shared by the query
parser and the expansion of its words."""

from __future__ import annotations

import functools
from pathlib import Path

DICTIONARY = "/usr/share/hunspell/nl.dic"  # Debian package hunspell-nl
MIN_PART = 3
# Endings that make a word an inflected form of its base: "woningen" is split as "woning".
INFLECTIONS = ("en", "s", "e", "n")


@functools.cache
def dictionary() -> frozenset[str]:
    """The Dutch word list of hunspell-nl (Debian), base forms in lower case; empty if absent."""
    try:
        lines = Path(DICTIONARY).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return frozenset()
    # hunspell-nl writes the Dutch ij as one character (U+0133), the archive as i and j.
    words = (line.split("/", 1)[0].strip().lower().replace("\u0133", "ij") for line in lines[1:])
    return frozenset(word for word in words if word.isalpha() and len(word) >= MIN_PART)


@functools.cache
def common_words() -> frozenset[str]:
    """The words hunspell-nl writes small (common nouns, verbs: "arbeidsinspectie"), not its
    proper names ("Wilgenhof", "Lindenhof"); empty if absent."""
    try:
        lines = Path(DICTIONARY).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return frozenset()
    words = (line.split("/", 1)[0].strip().replace("\u0133", "ij") for line in lines[1:])
    return frozenset(word for word in words if word.isalpha() and word[:1].islower())


def known_word(word: str) -> bool:
    """A dictionary word, or an inflected form of one ("melders")."""
    words = dictionary()
    return word in words or any(
        word.endswith(ending) and word[: -len(ending)] in words for ending in INFLECTIONS
    )


def compound_head(word: str) -> str | None:
    """The head of a compound as written: the part after the longest modifier for which both
    parts are Dutch words ("thuis|lozen", "rook|melders"; a linking s stays with the modifier)."""
    words = dictionary()
    lower = word.lower()
    for cut in range(len(lower) - MIN_PART, 1, -1):
        modifier, head = lower[:cut], lower[cut:]
        linked = modifier[-1] == "s" and modifier[:-1] in words
        if known_word(head) and (modifier in words or linked):
            return word[cut:]
    return None
