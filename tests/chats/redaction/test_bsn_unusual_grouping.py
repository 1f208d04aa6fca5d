"""Nine digits in an unusual grouping that pass the 11-proef are a BSN also where the word BSN
is out of sight (stop 45): a WhatsApp Web chat list cuts its preview, "is 123 4567 82 mijn…",
and the screenshot set blind32 showed 9 of 15 such BSNs readable. Numbers of their own."""

import pytest

from chats.redaction.detector import detect
from chats.redaction.identifiers import find_bsns


def labelled(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in detect(text)]


@pytest.mark.parametrize(
    "number",
    ["123 4567 82", "12345 6782", "1234.56.782", "12 345 6782", "1 2345 6782"],
)
def test_an_unusually_grouped_valid_bsn_is_found_without_the_word(number):
    text = f"~ Anouk: is {number} mijn…"
    assert ("BSN", number) in labelled(text)


@pytest.mark.parametrize(
    "text",
    [
        # the 11-proef fails
        "is 123 4567 83 mijn…",
        # a reference word before it
        "factuur 123 4567 82 is betaald",
        "kenmerk 12345 6782",
        # dashed or slashed: an order's, a chip's, a case's number
        "bestelnr 1-2345-6782",
        "chip 12345-6782",
        # nine digits inside a longer number
        "bel +31 6 12 34 56 78 of mail",
        # a mobile with a digit too few, or after a phone word
        "zijn mobiel in het formulier is 06 4512 873, klopt dat?",
        "mijn telefoon: 123 4567 82",
    ],
)
def test_other_numbers_are_no_bsn(text):
    assert find_bsns(text) == []


def test_a_phone_number_keeps_its_label():
    text = "+31 6 47 22 19 03, en anders via de balie"
    assert labelled(text)[0] == ("PHONE", "+31 6 47 22 19 03")
