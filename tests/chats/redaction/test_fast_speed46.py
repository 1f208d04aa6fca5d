"""Round speed46: the faster forms answer exactly as the plain ones they replace."""

import random

from chats.redaction import addresses, detector, identifiers, lexicon, names
from chats.redaction.spans import Span

from .test_fast_patterns import _texts

_ENGLISH_PARTS = detector._ENGLISH_PARTS  # the parts the gate is built from


def test_holds_any_re_answers_as_holds_any():
    odd = ("a.b", "(x)", "[at]", "c+d", "e*", "\\", "|", "^s", "t$", "?")
    for parts, alphabet in (
        (addresses._SPELLED_OPENINGS, "eEnNtTwWdDrRiIvVjJfFzZaAkKcChHoO .,-ë"),
        (_ENGLISH_PARTS, "theTyouYIlmMavwisdkn .,'"),
        (odd, "a.b(x)[at]c+d*e\\|^st$? "),
    ):
        pattern = lexicon.holds_any_re(parts)
        named = [f"x{part}y" for part in parts] + list(parts)
        for text in _texts(alphabet, 20_000) + named:
            assert (pattern.search(text) is not None) == lexicon.holds_any(text, parts), text


def test_the_gates_that_became_searches_still_hold_their_parts():
    assert (
        addresses._SPELLED_OPENINGS_RE.pattern
        == lexicon.holds_any_re(addresses._SPELLED_OPENINGS).pattern
    )
    for text in _texts("theTyouYIlmMavwisdkn .,'", 20_000):
        assert detector._may_be_english(text) == lexicon.holds_any(text, _ENGLISH_PARTS), text


def test_digit_count_counts_as_isdigit():
    # ASCII digits, and digits outside ASCII that str.isdigit takes ("²", Arabic-Indic, full width)
    alphabet = "0123456789 ab-.\u00b2\u00b3\u0661\u0662\uff11\u2460\u00bd"
    for text in _texts(alphabet, 20_000) + ["", "123456789", "\u00b2" * 9]:
        assert identifiers._digit_count(text) == sum(c.isdigit() for c in text), text


def _plain_pinyin_names(finder: names.NameFinder, text: str) -> list[Span]:
    lex = finder.lex
    found = [
        m
        for m in names._PINYIN_GATE_RE.finditer(text)
        if names._pinyin_family(m.group().lower(), lex)
    ]
    if not found:
        return []
    out = []
    for match in names._PINYIN_PAIR_RE.finditer(text):
        family, given = match.group(1).lower(), match.group(2).lower()
        if names._pinyin_family(family, lex) and names._PINYIN_GIVEN_RE.fullmatch(given):
            out.append(Span(match.start(), match.end(), "PERSON"))
    return out


def test_the_pinyin_memo_finds_what_the_plain_test_finds():
    finder = names.NameFinder(lexicon.load())
    rnd = random.Random(46)
    words = ["Zhang", "Wei", "Li", "Na", "Anna", "Bakker", "Wang", "Xiaoming", "Chen", "De", "Bo"]
    texts = [" ".join(rnd.choices(words, k=rnd.randint(1, 5))) for _ in range(3_000)]
    texts += _texts("ZhangWeiLiNaXiomuSC '-.,", 5_000)
    for _ in range(2):  # a cold memo, then a warm one
        for text in texts:
            assert finder._pinyin_names(text) == _plain_pinyin_names(finder, text), text
