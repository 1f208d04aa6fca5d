"""Round speed48: the cheap tests before slow patterns answer exactly as the patterns."""

import random
import re

import pytest

from chats.redaction import detector, identifiers, lexicon, names, organisations
from chats.redaction.lexicon import EndingGate

from .test_fast_patterns import _texts

# Letters outside ASCII that a case-insensitive pattern takes for an ASCII one (the long s, the
# Kelvin sign, the dotted and dotless i), and one it does not.
_ODD = "\u017f\u212a\u0130\u0131\u00e9"


def _words(alphabet: str, count: int) -> list[str]:
    rnd = random.Random(48)
    return ["".join(rnd.choices(alphabet, k=rnd.randint(0, 16))) for _ in range(count)]


def _gate_holds(gate: EndingGate, words: list[str]) -> None:
    for word in words:
        if not gate.may_match(word):
            assert gate.pattern.search(word) is None, word


def test_the_company_ending_gate_lets_every_match_through():
    gate = names._COMPANY_PARTS_GATE
    assert "service" in gate.endings and "afval" in gate.parts
    letters = sorted({c for s in gate.endings + gate.parts for c in s})
    alphabet = "".join(letters) + "".join(letters).upper() + "-' \n" + _ODD
    lex = lexicon.load()
    # (a sample of the word lists: the pattern takes ~0.1 ms a long word)
    every = sorted(lex.dutch_words | lex.surnames | lex.first_names | lex.places)[::20]
    variants = [v for s in gate.endings + gate.parts for v in (s, s.upper(), "x" + s, s + "s")]
    _gate_holds(gate, _words(alphabet, 20_000) + every + variants)
    # and the memoised test that uses it says what the pattern says
    for word in every[::3] + variants:
        expected = (
            (word.endswith(names._WORK_ENDINGS) and word not in names._WORK_ENDINGS_ALONE)
            # (round 46: firm endings tested by str.endswith as well, also alone)
            or word.endswith(names._FIRM_ENDINGS)
            or names._COMPANY_PARTS.search(word) is not None
        )
        if len(word) <= names.COMPANY_WORD_MAX:
            assert names._company_part(word) == expected, word


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (re.compile(r"(?:ab|\w*cd|ef\w*|g[hi]j|kl?)$", re.I), ["AB", "xcd", "efg", "gij", "k"]),
        (re.compile(r"(?:Ab|cd)$"), ["Ab", "xcd"]),
        (re.compile(r"(ab|cd\n?)$", re.I), ["ab\n", "cd\n"]),
        (re.compile(r"\w+tech$", re.I), ["Hightech", "HITECH"]),
        (re.compile(r"(?:\u212aab|cd)$", re.I), ["kab", "cd"]),
    ],
)
def test_an_ending_gate_lets_its_patterns_matches_through(pattern, words):
    gate = EndingGate(pattern)
    for word in words:
        assert pattern.search(word) is not None
        assert gate.may_match(word)
    _gate_holds(gate, _words("abcdefghijklAB \n\u212a", 20_000))


def test_an_ending_gate_turns_down_words_without_its_endings():
    gate = EndingGate(re.compile(r"(?:ab|\w*cd|ef\w*)$", re.I))
    assert not gate.may_match("abx")
    assert not gate.may_match("cdx")
    assert not gate.may_match("xyz")


def test_an_ending_gate_wants_a_pattern_closed_by_a_dollar():
    with pytest.raises(ValueError):
        EndingGate(re.compile(r"(?:ab|cd)"))
    with pytest.raises(ValueError):
        EndingGate(re.compile(r"(?:ab|cd)$", re.M))


def test_the_word_and_surname_gate_finds_what_its_plain_form_finds():
    plain = re.compile(r"[a-z,] [A-Z][a-z]{2,} [A-Z][a-zà-ÿ]{3,}")
    texts = _texts("abAB ,.é\n", 30_000) + ["ik zag Roos Bakker", ", Anna Janssen", "Roos Bakker"]
    texts += ["a Bcd Efgh", "a  Bcd Efgh", "aBcd Efgh", "é Bcd Efgh", ",Bcd Efgh", "a Bc Efgh"]
    for text in texts:
        found = detector._WORD_AND_SURNAME_GATE_RE.search(text) is not None
        assert found == (plain.search(text) is not None), text


# The plain forms of the patterns round speed48 wrote with their first character before the
# look-behind that guards it (or, for the gates, opening with a space): the same matches.
_PLAIN_FORMS = [
    (
        detector._WORD_AND_SURNAME_RE,
        r"(?<=[a-z,] )([A-Z][a-z]{2,}) ([A-Z][a-zà-ÿ]{3,})(?![\w'-]|\.\w)",
    ),
    (
        detector._DOUBLE_SURNAME_RE,
        r"(?<![\w-])([A-Z][a-zà-ÿ]{2,}) ([A-Z][a-zà-ÿ]{2,})-([A-Z][a-zà-ÿ]{2,})(?![\w-])",
    ),
    (names._GENITIVE_NAME_RE, r"(?<![\w'-])([A-Z][a-zà-ÿ]{2,})s(?=[ ]+[a-z])"),
    (
        names._ONE_NAME_BEFORE_BIRTH_RE,
        r"(?<![\w-])([A-Z][a-zà-ÿ]{2,14})(?=,?[ ]+(?:geboren|geb\.?)[ ]+(?:op[ ]+)?\d)",
    ),
    (
        names._NAME_BEFORE_DATA_RE,
        r"(?<![\w-])([A-Z][a-zà-ÿ]{2,11})[ ]([A-Z][a-zà-ÿ]{2,20})"
        r"(?=,?[ ]+(?:geboren|geb\.?)[ ]|[ ]+op[ ]+[A-Z][a-zà-ÿ]+[ ]\d{1,4}(?![\d.,:]))",
    ),
    (names._ACRONYM_FIRST_NAME_RE, r"(?<![\w-])[A-Z]{2,5}-([A-Z][a-z]{2,})(?![\w-])"),
    (names._TITLED_LOWER_INITIALS_GATE_RE, r"(?<![\w.])[a-z]\.[a-z]?\.?[ ]"),
    (
        names._LOWER_FULL_NAME_RE,
        r"(?<![\w'@./-])([a-z]{3,})[ ]+(?:van[ ]+(?:de|der|den|'t)|in[ ]+'t|de|der|den|ter|ten|van)"
        r"[ ]+([a-z]{3,})(?![\w'@/-])",
    ),
    (
        identifiers._DIGIT_GROUPS_RE,
        r"(?<![\w.,/-])\d{1,5}(?:(?:[ .]|[ ]?[/-][ ]?)\d{1,5}){1,4}(?![\w]|[.,/-]\d)",
    ),
    (organisations._WORD_RE, r"\w+"),
    (organisations._ASCII_WORD_RE, r"(?a)\w+"),
]
_SAMPLES = [
    "ik zag Roos Bakker, Anna Janssen-de Vries en Jan Bakker-Smit",
    "HR-Anja en WMO-Henk, ICT-Menno; XHR-Anja",
    "Pieters hond, Jans fiets, 'Pieters fiets",
    "Lieke, geboren op 3 mei; Anna Smit geb. 4; Kees Bos op Markt 12",
    "dhr. j.k. de vries, mw a. bakker",
    "welke kees, kees de vries? en jan van der berg",
    "BSN 123 456 782, 12/34/56, 1.2.3, a12 34",
    "Ik ben er, jij 24e, hij , zij ook,",
]


@pytest.mark.parametrize(("pattern", "plain"), _PLAIN_FORMS)
def test_the_patterns_written_first_character_first_find_what_their_plain_form_finds(
    pattern, plain
):
    plain = re.compile(plain)
    texts = _texts("aAbBjJzZ -',.@/:;\n0129é_", 30_000) + _SAMPLES
    for text in texts:
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_the_roster_gate_finds_what_its_plain_form_finds():
    plain = re.compile(r"\b(?:ik|jij|hij|zij)[ ]+\S+[ ]*,")
    texts = _texts("ikjhzIJ ,\n\tx-é", 30_000) + _SAMPLES + ["ik 24e,", "xik 24e,", "zij  a ,"]
    for text in texts:
        found = detector._ROSTER_GATE_RE.search(text) is not None
        assert found == (plain.search(text) is not None), text


def test_the_line_opening_pairs_are_found_as_the_plain_search_finds_them():
    pattern = detector._LINE_OPENING_PAIR_RE
    texts = _texts("AbBc ,\n-1.)•é", 30_000) + [
        "Erica Manuhutu, geb 1-2-1980\n2. Ede Bakker, 06 12\n- Anna Smit, x",
        "\nAnna Smit, \n\nBea Bos, ",
        "Anna Smit, Bea Bos, ",
    ]
    for text in texts:
        found = [m.span() for m in detector._matches_at_line_starts(pattern, text)]
        assert found == [m.span() for m in pattern.finditer(text)], text
