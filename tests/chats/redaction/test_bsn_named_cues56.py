"""Stop 56: a BSN cue naming the person whose number it is ("bsn van meneer Jansen:", "BSN van
mevrouw van der Vries is") is a BSN cue like one naming a relation ("bsn van mijn moeder:"), and
an old BSN of eight digits grouped as a nine-digit one is without its leading 0 ("12 345 672"
for 012 345 672) is one after a cue; in a chat's text and in a screenshot's bubble alike.
(012345672 passes the 11-proef; 123456781 does not.)"""

from functools import partial

import pytest

from chats.redaction.detector import detect
from tests.chats.redaction.test_screenshot_text import bubble_spans

KEEP = ("+31 6 1400 0522", "14 0522", "NL36 BNGH 0285 0075 31", "Postbus 501, 7940 AM Meppel")
# A phone screenshot's bubble (a block below the chat list's).
bubble = partial(bubble_spans, block=1, keep_values=KEEP)


def bsns_in_text(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.label == "BSN"]


def bsns_in_shot(text: str) -> list[str]:
    return [text[s:e] for s, e, label in bubble(text) if label == "BSN"]


CUED = [
    ("bsn van meneer Jansen: 1234 5672", "1234 5672"),
    ("bsn van dhr. Jansen: 1234 5672", "1234 5672"),
    ("BSN van mevr. van der Berg-Smit: 1234.5672", "1234.5672"),
    ("Het BSN van Sofie Mulder is 12345672", "12345672"),
    ("burgerservicenummer van buurman Ali: 1234 5672", "1234 5672"),
    ("bsn: 12 345 672", "12 345 672"),
    ("het bsn van mijn moeder is 12 345 672", "12 345 672"),
    ("BSN van mevrouw de Vries is 12 345 672", "12 345 672"),
    ("sofinummer vader 12.345.672", "12.345.672"),
    # nine digits after a name of four words (its 11-proef failing: the cue alone says so)
    ("BSN van mevrouw van der Vries is 123456781", "123456781"),
]


@pytest.mark.parametrize(("text", "number"), CUED)
def test_a_bsn_after_a_cue_naming_whose_it_is_or_grouped_2_3_3_is_found_in_text(text, number):
    assert bsns_in_text(text) == [number]


@pytest.mark.parametrize(("text", "number"), CUED)
def test_a_bsn_after_a_cue_naming_whose_it_is_or_grouped_2_3_3_is_blacked(text, number):
    assert number in bsns_in_shot(text)


def test_a_named_cue_wrapped_before_its_number_in_a_shot():
    text = "Kun je dit doorgeven? bsn van meneer Jansen:\n1234 5672"
    assert "1234 5672" in bsns_in_shot(text)


@pytest.mark.parametrize(
    "text",
    [
        # the 0 put back fails the 11-proef
        "bsn van meneer Jansen: 1234 5673",
        "bsn: 12 345 673",
        # part of a longer number, or another number's cue
        "Bel 06 12 345 672",
        "bsn volgt, factuur 12 345 672",
        "KvK van meneer Jansen: 1234 5672",
        # a name, then words that are no part of it: whose BSN the cue does not say
        "bsn van meneer Jansen volgt morgen, zijn pas 1234 5672",
    ],
)
def test_other_numbers_stay(text):
    assert bsns_in_text(text) == []
