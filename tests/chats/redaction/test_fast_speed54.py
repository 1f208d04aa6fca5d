"""Round speed54: a WordAlternation searches ASCII texts with its plain form until it has served
ASCII_AFTER of them, and only then makes its ASCII form; every search finds what the plain form
finds, before the switch, after it, and on texts outside ASCII. may_name_any's test answers its
first texts by a loop of substring tests and only then compiles its pattern, alike."""

import re

from chats.redaction import names
from chats.redaction.folding import folded_text
from chats.redaction.lexicon import WordAlternation

_TEXTS = [
    "Hoi anna, is Bakker er al?",
    "anna bakker belt om 3 uur",
    "Mail annA@bakker.nl of bel Anna",
    "Gerrit-Jan en gerrit meijer",
    "\u00d6zdemir en anna",  # (outside ASCII: always the plain form)
    "niets",
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_ascii_form_is_made_after_ascii_after_searches_and_finds_the_same():
    alternatives = ["anna[ ]+bakker", "gerrit[ ]+meijer", "anna", "gerrit", "bakker"]
    plain = re.compile(rf"(?<![\w@./])(?:{'|'.join(alternatives)})(?![\w@/])", re.I)
    alternation = WordAlternation(r"\w@./", alternatives, r"(?![\w@/])", re.I)
    ascii_searches = 0
    for round_ in range(3 * WordAlternation.ASCII_AFTER // len(_TEXTS) + 1):
        for text in _TEXTS:
            assert [m.span() for m in alternation.finditer(text)] == _found(plain, text)
            match = alternation.search(text)
            expected = plain.search(text)
            assert (match and match.span()) == (expected and expected.span())
            ascii_searches += 2 * text.isascii()
            made = alternation._ascii is not None
            assert made == (ascii_searches > WordAlternation.ASCII_AFTER), (round_, text)
    assert alternation._ascii is not alternation.pattern  # (the fast form, at last)


def test_a_text_outside_ascii_never_makes_the_ascii_form():
    alternation = WordAlternation(r"\w", ["\u00f6zdemir", "anna"], "", re.I)
    for _ in range(2 * WordAlternation.ASCII_AFTER):
        assert [m.span() for m in alternation.finditer("\u00d6zdemir en Anna")] == [
            (0, 7),
            (11, 15),
        ]
    assert alternation._ascii is None


def _compiled(may_name) -> re.Pattern[str] | None:
    cells = dict(zip(may_name.__code__.co_freevars, may_name.__closure__, strict=True))
    return cells["pattern"].cell_contents


def test_may_name_any_loops_over_its_keys_before_it_compiles_and_answers_alike():
    persons = ["Anna Bakker", "Jan-Willem de Wolf", "\u00c9lise Zieli\u0144ski"]
    keys = names._name_keys(persons)
    may_name = names.may_name_any(persons)
    texts = ["hoi", "Hoi anna", "JW belt", "elise komt", "Mo\u200bl", "de wolf", "ze"] * 60
    for count, text in enumerate(texts, 1):
        low = folded_text(text).lower()
        assert may_name(text) == any(key in low for key in keys), text
        assert (_compiled(may_name) is not None) == (count > names._MAY_NAME_LOOPED), count
