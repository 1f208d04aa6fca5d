"""Round speed49: on an ASCII text the finders search with the ASCII twin of a pattern
(lexicon.ascii_twin: classes and case by a table, not Unicode's database); each twin finds
there what its pattern finds, every group's span included."""

import random
import re

import pytest

from chats.redaction import (
    addresses,
    birthdates,
    detector,
    digit_scan,
    identifiers,
    lexicon,
    names,
    online,
    phones,
    places,
)

from .test_fast_patterns import _texts

# Letters outside ASCII that a case-insensitive pattern takes for an ASCII one (the long s, the
# Kelvin sign, the dotted and dotless i): a twin is exact only where its pattern, ignoring case,
# holds none of them.
_FOLDING_TO_ASCII = "\u017f\u212a\u0130\u0131"

_TWINS = [
    (identifiers._ASCII_BSN_RE, identifiers._BSN_RE),
    (identifiers._ASCII_BSN_NEAR_RE, identifiers._BSN_NEAR_RE),
    (identifiers._ASCII_IBAN_GATE_RE, identifiers._IBAN_GATE_RE),
    (identifiers._ASCII_DIGIT_GROUPS_RE, identifiers._DIGIT_GROUPS_RE),
    (detector._ASCII_PERSON_CUE_BEFORE_RE, detector._PERSON_CUE_BEFORE_RE),
    (detector._ASCII_BODYS_ACCOUNT_BEFORE_RE, detector._BODYS_ACCOUNT_BEFORE_RE),
    (online._ASCII_DECIMALS_RE, online._DECIMALS_RE),
    (online._ASCII_URL_RE, online._URL_RE),
    (online._ASCII_HANDLE_RE, online._HANDLE_RE),
    (names._ASCII_PINYIN_GATE_RE, names._PINYIN_GATE_RE),
    (names._ASCII_FREQUENT_SURNAME_AFTER_ROLE_RE, names._FREQUENT_SURNAME_AFTER_ROLE_RE),
    (names._ASCII_CALLED_DE_SURNAME_RE, names._CALLED_DE_SURNAME_RE),
    (places._ASCII_LETTER_BY_DIGIT_RE, places._LETTER_BY_DIGIT_RE),
    (places._PLATE_SCAN.ascii_pattern, places._PLATE_SCAN.pattern),
    (places._SPACED_PLATE_SCAN.ascii_pattern, places._SPACED_PLATE_SCAN.pattern),
    (phones._ASCII_ORG_NUMBER_BEFORE_RE, phones._ORG_NUMBER_BEFORE_RE),
    (addresses._ASCII_PEOPLE_OF_NUMBER_RE, addresses._PEOPLE_OF_NUMBER_RE),
    (addresses._ASCII_WORD_RE, addresses._WORD_RE),
    (addresses._ASCII_PREMISES_BEFORE_RE, addresses._PREMISES_BEFORE_RE),
    (addresses._ASCII_NEIGHBOURS_NUMBER_RE, addresses._NEIGHBOURS_NUMBER_RE),
    *zip(addresses._ASCII_RESIDENTS_NUMBERS, addresses._RESIDENTS_NUMBERS, strict=True),
    (digit_scan._ASCII_DIGIT_SPAN_RE, digit_scan._DIGIT_SPAN_RE),
    (names._ASCII_LOWER_FULL_NAME_RE, names._LOWER_FULL_NAME_RE),
    (names._ASCII_RELATIVE_BEFORE_BIRTH_RE, names._RELATIVE_BEFORE_BIRTH_RE),
    (names._ASCII_DE_SURNAME_GATE_RE, names._DE_SURNAME_GATE_RE),
    (names._ASCII_RESIDENT_AT_NUMBER_RE, names._RESIDENT_AT_NUMBER_RE),
    (places._ASCII_POSTCODE_RE, places._POSTCODE_RE),
    (birthdates._ASCII_BIRTH_ASKED_RE, birthdates._BIRTH_ASKED_RE),
    (detector._ASCII_BUSINESS_LINE_BEFORE_RE, detector._BUSINESS_LINE_BEFORE_RE),
    (detector._ASCII_NUMBER_OF_TITLED_RESIDENT_RE, detector._NUMBER_OF_TITLED_RESIDENT_RE),
    (detector._ASCII_DIGIT_RE, detector._DIGIT_RE),
    (online._ASCII_BARE_HANDLE_AFTER_RE, online._BARE_HANDLE_AFTER_RE),
    (online._ASCII_BARE_HANDLE_BEFORE_RE, online._BARE_HANDLE_BEFORE_RE),
]
# The date patterns ignore case throughout: their twins write those letters as ASCII ones.
_CASELESS_TWINS = [(twin, pattern) for pattern, twin in birthdates._DATE_TWINS]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text)]


# Ids by position: some patterns are built from sets of words, whose order (and so the
# pattern's text) differs between processes; pytest-xdist's workers must collect the same ids.
@pytest.mark.parametrize(("twin", "pattern"), _TWINS, ids=[f"twin{n}" for n in range(len(_TWINS))])
def test_each_twin_is_its_pattern_read_by_a_table(twin, pattern):
    assert twin.pattern == pattern.pattern
    assert twin.flags & re.ASCII and not pattern.flags & re.ASCII
    # \s also takes the separators \x1c-\x1f in Unicode's reading: no twin reads spaces so
    assert "\\s" not in pattern.pattern and "\\S" not in pattern.pattern
    if pattern.flags & re.IGNORECASE or "(?i" in pattern.pattern:
        assert not set(pattern.pattern) & set(_FOLDING_TO_ASCII)


@pytest.mark.parametrize(
    ("twin", "pattern"),
    _CASELESS_TWINS,
    ids=[f"caseless{n}" for n in range(len(_CASELESS_TWINS))],
)
def test_each_date_twin_is_its_pattern_with_ascii_letters(twin, pattern):
    assert pattern.flags & re.IGNORECASE and "(?-i" not in pattern.pattern
    assert "\\s" not in pattern.pattern and "\\S" not in pattern.pattern
    assert "\u0131" in pattern.pattern  # (kasım, mayıs, aralık: matched by "kasim" too)
    assert twin.pattern == pattern.pattern.translate(lexicon._CASELESS_ASCII)
    assert twin.flags & re.ASCII and twin.flags & re.IGNORECASE


def test_a_caseless_twin_wants_a_pattern_that_ignores_case_throughout():
    with pytest.raises(ValueError):
        lexicon.caseless_ascii_twin(re.compile("kas\u0131m"))
    with pytest.raises(ValueError):
        lexicon.caseless_ascii_twin(re.compile("(?-i:K)as\u0131m", re.I))
    twin = lexicon.caseless_ascii_twin(re.compile("kas\u0131m|\u017fept", re.I))
    for text in ("KASIM", "kasim", "Sept", "SEPT"):
        assert twin.fullmatch(text) is not None


def _ascii_texts() -> list[str]:
    alphabet = "Aa Bb Kk Ss Ii NLnl 0123456789 .,:;-/&'@_\n\x1c\x1f#+()?janmrtdecOVkasimAYr"
    texts = [t for t in _texts(alphabet, 10_000) if t.isascii()]
    rnd = random.Random(49)
    words = sorted({w for t in texts for w in t.split()})
    lex = lexicon.load()
    words += rnd.sample(sorted(w for w in lex.dutch_words | lex.surnames if w.isascii()), 3_000)
    numbers = ["123456782", "1234.56.782", "12-345-678", "NL91 ABNA 0417 1643 00", "06-12345678"]
    numbers += ["52.7012", "4,1234", "AB-12-CD", "12-ABC-3", "7941 AB", "nr 12", "www.x.nl/a"]
    numbers += ["12-03-1961", "3 kasim 1990", "KASIM 3, 1990", "mayis", "acht maart '91", "1/2/03"]
    numbers += ["buurman van nr 12", "huisnummer is 4", "de winkel", "instagram", "geboortedatum?"]
    numbers += ["de 15e van april 2009", "21/10/75", "ARALIK 1, 2001", "sept 3 1990", "12.3.1944"]
    for _ in range(4_000):
        pieces = [rnd.choice(words + numbers) for _ in range(rnd.randint(1, 12))]
        sentence = rnd.choice([" ", ", ", ": ", "\n"]).join(pieces)
        texts.append(rnd.choice([sentence, sentence.upper(), sentence.capitalize()]))
    return texts + words


def test_the_twins_find_on_an_ascii_text_what_their_patterns_find():
    texts = _ascii_texts()
    for twin, pattern in _TWINS + _CASELESS_TWINS:
        for text in texts:
            assert _spans(twin, text) == _spans(pattern, text), (pattern.pattern[:40], text)
        # and searched from a position up to another, as the finders search before a number
        for text in texts[::7]:
            end = len(text) // 2
            for start in (0, 3):
                got = twin.search(text, start, end)
                want = pattern.search(text, start, end)
                assert (got and got.span()) == (want and want.span()), text
