"""Round speed51: a WordAlternation's ASCII form (an opening class the regex engine skips to, the
look-behind asked of the character before it, the alternatives grouped by their first character
behind look-behinds) finds on every ASCII text what its plain form finds: the chat's names, the
organisation names, and alternatives whose first character is escaped, outside ASCII or of a
special case."""

import random
import re

import pytest

from chats.redaction import addresses, detector, lexicon, names, organisations
from chats.redaction.detector import persons_in
from chats.redaction.folding import folded_text
from chats.redaction.lexicon import WordAlternation
from chats.redaction.names import _KnownNames

from .test_fast_patterns import _texts

# Letters of the names below in both cases, the characters the look-behinds and look-aheads read,
# digits and the letters whose case is special (the long s, the Kelvin sign, the dotless i).
_ALPHABET = "aAbBdDeEgGjJkKlLmMnNoOrRsStTvVwW '.-@/,_1\n"
_NAMES = [
    "Anna Bakker",
    "Gerrit Meijer",
    "Jan-Willem de Wolf",
    "Job Koning",
    "Ria Mol",
    "Karin de Groot",
    "Jan Pieter Nijboer",
    "\u00d6zdemir Y\u0131lmaz",
    "Kick van den Berg",
    "Anton de Graaf",
    "Bas Smid",
    "Martijn Klein",
    "Marloes de Vries-Kuipers",
    "Jolien Mulder-Schaap",
    "Pieter van 't Hul",
    "\u017fanne Kelvin",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text)]


def _ascii_texts(extra: list[str]) -> list[str]:
    texts = _texts(_ALPHABET, 30_000) + extra
    texts += [t.lower() for t in texts] + [t.upper() for t in texts]
    rnd = random.Random(51)
    for _ in range(10_000):
        pieces = [rnd.choice(extra) for _ in range(rnd.randint(1, 4))]
        texts.append(
            "".join(rnd.choice([" ", "", ", ", "-", ".", "@", "/", "x"]) + p for p in pieces)
        )
    return [t for t in texts if t.isascii()]


def _assert_same(alternation: WordAlternation, texts: list[str]) -> None:
    for text in texts:
        found = _spans(alternation.ascii_pattern, text)
        assert found == _spans(alternation.pattern, text), (alternation.pattern.pattern, text)
        assert [m.span() for m in alternation.finditer(text)] == [s[0] for s in found]


@pytest.fixture(scope="module")
def known() -> _KnownNames:
    lex = lexicon.load()
    chat = [line for line in _texts("", 0) if line][:800]
    return _KnownNames([*persons_in(chat), *_NAMES], lex)


def test_the_chats_names_are_found_alike_on_ascii_texts(known):
    alternations = {k: v for k, v in vars(known).items() if isinstance(v, WordAlternation)}
    assert set(alternations) >= {"pattern", "cap_pattern", "lower_pattern", "free_pattern"}
    words = [w for name in _NAMES for w in name.split() if w.isascii()]
    texts = _ascii_texts(words + [n for n in _NAMES if n.isascii()])
    for name, alternation in alternations.items():
        assert alternation.ascii_pattern is not alternation.pattern, name  # (the fast form made)
        _assert_same(alternation, texts)


def test_the_organisation_names_are_found_alike_on_ascii_texts():
    pattern = organisations.organisation_pattern()
    ascii_form = organisations._ascii_form(pattern)
    assert ascii_form is not pattern
    shipped = [n for n in organisations.shipped_names() if n.isascii()]
    extra = shipped + [n.replace(" ", "") for n in shipped] + [f"bij {n} in" for n in shipped]
    for text in _ascii_texts(extra):
        assert [m.span() for m in ascii_form.finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ], text


@pytest.mark.parametrize("flags", [0, re.I])
def test_first_characters_of_every_kind(flags):
    alternatives = [
        r"\-ab",  # an escaped first character
        "(?i:kelvin)",  # ignoring case in a pattern that keeps it
        "Kar[ ]+s",
        "k",
        "\u212aas",  # the Kelvin sign: "k" and "K" where case is ignored
        "\u017fam",  # the long s: "s" and "S" where case is ignored
        "\u0131k",  # the dotless i: "I" where case is ignored
        "\u00f6z",  # no ASCII character where case is ignored or kept
        "sa",
        "Sa",
        "ab",
        "a",
        "'t[ ]+h",
    ]
    alternation = WordAlternation(r"\w@./'-", alternatives, r"(?![\w@/]|\.\w)", flags)
    assert alternation.ascii_pattern is not alternation.pattern
    _assert_same(alternation, _ascii_texts(["-ab", "Kelvin", "kas", "sam", "ik", "oz", "'t h"]))


def test_an_alternative_opening_with_a_class_keeps_the_plain_form():
    for head in (r"\w+a", "[ab]c", "a+b", "(?:a|b)c", "a{2}"):
        alternation = WordAlternation(r"\w", ["xy", head], "", re.I)
        assert alternation.ascii_pattern is alternation.pattern


def test_alternatives_no_ascii_text_can_open_find_nothing_there():
    alternation = WordAlternation(r"\w", ["\u00f6z", "\u00e9t"], "")
    assert alternation.ascii_pattern.search("oz et OZ") is None
    assert [m.span() for m in alternation.finditer("\u00f6z")] == [(0, 2)]


# The patterns that became WordAlternations, as they were written ("\b" before their words).
_BUSINESS_TALK_PLAIN_RE = re.compile(
    r"\b(?:ondernemer\w*|horeca\w*|caf[eé]|snackbar|cafetaria|restaurant|brasserie|hotel|"
    r"kapsalon|kapper|winkel\w*|terras\w*|bakkerij|slagerij|supermarkt|exploitant\w*|"
    r"exploitatievergunning|drank-?[ ]en[ ]horeca\w*|alcoholvergunning|bedrijfspand|bibob|"
    r"reclame\w*)\b",
    re.I,
)
_CLIPPED_CLOSING_PLAIN_RE = re.compile(
    r"\b(?:thx|thanks|tnx|dank[ ]?je(?:[ ]wel)?|dank[ ]?u|bedankt|hoi|hey|hi|doei|dag|top)"
    r"[ ,]+([a-zA-Z]{3,4})[ ]*(?:[!.?]+[ ]*)?$",
    re.I,
)


def _groups(match: re.Match[str] | None) -> tuple | None:
    return None if match is None else tuple(match.span(g) for g in range(match.re.groups + 1))


@pytest.mark.parametrize(
    ("alternation", "plain", "words"),
    [
        (
            addresses._BUSINESS_TALK_RE,
            _BUSINESS_TALK_PLAIN_RE,
            ["horecazaak", "Caf\u00e9", "cafe", "drank- en horecawet", "BIBOB", "reclamebord"],
        ),
        (
            names._CLIPPED_CLOSING_RE,
            _CLIPPED_CLOSING_PLAIN_RE,
            ["thx kev", "dank je wel sas!", "Dankje, Tom", "hoi  bas ", "top,, Kim?!", "hi\nbo"],
        ),
    ],
)
def test_the_rewritten_patterns_find_what_they_found(alternation, plain, words):
    alphabet = "acdehiknorstuwxACDEHIKNORSTUWX \u00e9\u212a\u017f\u0131,!?.-\n1"
    texts = _texts(alphabet, 30_000) + words
    rnd = random.Random(7)
    for _ in range(10_000):
        texts.append(" ".join(rnd.choice(words + ["x", "ok", "de"]) for _ in range(3)))
    for text in texts + [t.upper() for t in texts]:
        assert _groups(alternation.search(text)) == _groups(plain.search(text)), text
        assert _spans(alternation.pattern, text) == _spans(plain, text), text


def test_the_chats_repeated_homes_are_found_as_before():
    homes = ("beatrixlaan 3c", "kerkstraat 12", "nummer 17", "'t hoge 4", "\u00e9glantier 2")
    plain = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(r"[ ]+".join(map(re.escape, h.split())) for h in homes)
        + r")(?![\w]|[-/.,]\d)",
        re.I,
    )
    alternation = detector._repeated_homes_pattern(homes)
    words = [*homes, "Beatrixlaan  3C", "NUMMER 17a", "nummer 17-2", "x-kerkstraat 12", "nummer 17"]
    texts = _texts("beatrixlnum 317c-/.,'\u212a\n", 20_000) + words
    rnd = random.Random(8)
    texts += [" ".join(rnd.choice(words) for _ in range(3)) for _ in range(5_000)]
    for text in texts:
        assert [m.span() for m in alternation.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


def test_may_name_any_passes_a_text_holding_a_key_of_the_names(known):
    lex_free = [*_NAMES, "Van Houten", "Jan-Willem", "\u00c9lise Zieli\u0144ski"]
    chat = [line for line in _texts("", 0) if line][:800]
    persons = [*persons_in(chat), *lex_free]
    may_name = names.may_name_any(persons)
    keys = names._name_keys(persons)
    words = [w for name in lex_free for w in name.split()]
    texts = _texts("abdejkmnorstvwAJKV -\u200b\u00e9\u0144", 20_000) + words
    for text in texts + [t.upper() for t in texts]:
        low = folded_text(text).lower()
        assert may_name(text) == any(key in low for key in keys), text
