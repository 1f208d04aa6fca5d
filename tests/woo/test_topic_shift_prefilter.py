"""Issue 17, speed: opens_topic tests the lower-cased text for parts of the words that turn to
another topic before its case-insensitive regex (the regex was ~5 ms of a results page). The
answer must be the regex's own, also for letters that match case-insensitively beyond A-Z."""

import random
import re

from woo.relevance import _TOPIC_LABEL, _TOPIC_SHIFT, _TOPIC_SHIFT_PARTS, opens_topic


def reference(text: str) -> bool:
    return bool(_TOPIC_LABEL.match(text) or _TOPIC_SHIFT.search(text))


TRICKY = [
    "Heb je TROUWENS de declaratie al ingediend?",
    "OVERİGENS is de zaal vrij",  # dotted capital I: lower-cased 'i' + U+0307
    "overıgens is de zaal vrij",  # dotless i
    "Trouwenſ, de zaal is vrij",  # long s matches 's' case-insensitively
    "ıets anders nog?",
    "We moeten de planning veranderen",  # 'ander' inside a word: no turn
    "overigens",
    "iets anders",
    "andere vraag",
    "Ander punt, de begroting",
    "trouwen in het stadhuis",  # the part without the word
    "overig werk",
    "De Loods: dicht tot maandag",  # a label: its colon
    "   Nog iets:  de sleutel",
    "Om 14:00 overleg",  # a colon, no label
    "Nog iets\uff1a de sleutel",  # a fullwidth colon is no label's colon
    "",
]


def test_the_parts_hold_only_letters_that_match_nothing_beyond_a_to_z_but_the_is_i():
    for part in _TOPIC_SHIFT_PARTS:
        for letter in set(part) - {"i", "\u0307", "\u0131"}:
            pattern = re.compile(re.escape(letter), re.IGNORECASE)
            matches = {chr(c) for c in range(0x110000) if pattern.fullmatch(chr(c))}
            assert {m.lower() for m in matches} == {letter}, letter


def test_opens_topic_gives_the_regexs_answer_on_tricky_texts():
    for text in TRICKY:
        assert opens_topic(text) == reference(text), text
    assert opens_topic("OVERİGENS is de zaal vrij")
    assert opens_topic("Trouwenſ, de zaal is vrij")
    assert not opens_topic("We moeten de planning veranderen")


def test_opens_topic_gives_the_regexs_answer_on_random_texts():
    pieces = [
        "ander",
        "andere",
        " vraag",
        " punt",
        " onderwerp",
        "iets",
        " anders",
        "trouwens",
        "overigens",
        "OVERIGENS",
        "İ",
        "ı",
        "ſ",
        "s",
        " ",
        ",",
        ":",
        "De Loods",
        "ver",
        "x",
        "TROUWENS",
        "Iets",
        "Anders",
        "\u0307",
        "over",
        "igens",
    ]
    rng = random.Random(17)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert opens_topic(text) == reference(text), text
