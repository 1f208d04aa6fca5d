"""Round speed56: a chat's name patterns compile faster and find what they found before: words
joined by " +" (lexicon.spaced) instead of "[ ]+", and a WordAlternation's repeated alternatives
left out."""

import random
import re

from chats.redaction import lexicon
from chats.redaction.lexicon import WordAlternation, spaced
from chats.redaction.names import NameFinder, _KnownNames

_NAMES = [
    "Anna Bakker",
    "Gerrit Meijer",
    "Karin de Groot",
    "Pieter van 't Hul",
    "Marloes de Vries-Kuipers",
    "Jan Pieter Nijboer",
    "\u00d6zdemir Y\u0131lmaz",
    "A. de Boer",
]
_ALPHABET = "aAbBdDeEgGkKlLmMnNoOrRsStTvV '.-@/\u017f\u212a\u0131"


def _texts(pieces: list[str], count: int = 4_000) -> list[str]:
    rnd = random.Random(56)
    texts = []
    for _ in range(count):
        parts = [rnd.choice(pieces) for _ in range(rnd.randint(1, 4))]
        text = "".join(rnd.choice([" ", "  ", "", ", ", "-", "@", "x"]) + p for p in parts)
        if rnd.random() < 0.3:
            text = text.upper() if rnd.random() < 0.5 else text.lower()
        texts.append(text)
    texts += [
        "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 30))) for _ in range(count)
    ]
    return texts


def _spans(pattern: re.Pattern[str], texts: list[str]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in pattern.finditer(text)] for text in texts]


def test_spaced_words_find_what_a_class_of_one_space_finds():
    pieces = [*_NAMES, *(w for name in _NAMES for w in name.split())]
    texts = _texts(pieces)
    for flags in (0, re.I):
        alternatives = sorted(_NAMES, key=len, reverse=True)
        old = re.compile(
            "(?:" + "|".join(r"[ ]+".join(map(re.escape, n.split())) for n in alternatives) + ")",
            flags,
        )
        new = re.compile("(?:" + "|".join(spaced(n.split()) for n in alternatives) + ")", flags)
        assert _spans(new, texts) == _spans(old, texts)


def test_repeated_alternatives_are_left_out_and_find_the_same():
    alternatives = ["van der wal", "Van der Wal", "de boer", "van der wal", "bakker", "de boer"]
    for flags in (0, re.I):
        alternation = WordAlternation(r"\w@./", map(re.escape, alternatives), r"(?![\w@/])", flags)
        plain = re.compile(
            r"(?<![\w@./])(?:" + "|".join(map(re.escape, alternatives)) + r")(?![\w@/])", flags
        )
        assert alternation.pattern.pattern.count("van\\ der\\ wal") == 1
        texts = _texts([*alternatives, "van der walvis", "bakkers"])
        assert _spans(alternation.pattern, texts) == _spans(plain, texts)
        ascii_texts = [t for t in texts if t.isascii()]
        assert _spans(alternation.ascii_pattern, ascii_texts) == _spans(plain, ascii_texts)


def test_a_chats_known_names_are_found_as_before():
    """The chat's names as _KnownNames built them before round speed56 ("[ ]+", repeats kept)."""
    known = _KnownNames(_NAMES, lexicon.load())
    pieces = [*_NAMES, *(w for name in _NAMES for w in name.split()), "van 't hul", "de groot"]
    texts = _texts(pieces)
    alternations = {k: v for k, v in vars(known).items() if isinstance(v, WordAlternation)}
    assert set(alternations) >= {"pattern", "cap_pattern", "lower_pattern"}
    for name, alternation in alternations.items():
        before, alternatives, after, flags = alternation._form
        old = re.compile(
            rf"(?<![{before}])(?:{'|'.join(a.replace(' +', '[ ]+') for a in alternatives)}){after}",
            flags,
        )
        assert _spans(alternation.pattern, texts) == _spans(old, texts), name


def test_a_finder_takes_over_the_names_per_token_only_where_it_answers_alike():
    """The names per token (NameFinder._token_names) read the known persons only in "mevrouw
    Bloemendaal van de Ossebroeken": a known surname after a title ends the name there."""
    lex = lexicon.load()
    plain = NameFinder(lex)
    knowing = NameFinder(lex, ["Truus Bloemendaal"])
    other = NameFinder(lex, ["Anna Bakker"])
    text = "mevrouw Bloemendaal van de Ossebroeken komt ook"
    assert plain.find(text) != knowing.find(text)
    skipped: list = []
    assert plain.find(text, (), skipped) == plain.find(text)
    assert skipped[1].asked == (("bloemendaal", False),)
    assert knowing.find(text, (), skipped) == knowing.find(text)  # (asked again: not taken)
    assert other.find(text, (), skipped) == other.find(text) == plain.find(text)
