"""A four-digit number and a two-letter word before a frequent Dutch word that is also a
village's name ("1578 en een ...": Een is a village in Drenthe) is no postcode; the village
written as a place after a real postcode still makes one (issue 12; found by Woo round 53,
where "een munt van 1578 en een tinnen lepel" lost its year to [POSTCODE])."""

import pytest

from chats.redaction import detect


def _postcodes(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.label == "POSTCODE"]


@pytest.mark.parametrize(
    "text",
    [
        "een munt van 1578 en een tinnen lepel",
        "de kerk is van 1622 en een deel van de toren later",
        "bouwjaar 1910 en een uitbouw uit de jaren 70",
    ],
)
def test_a_year_and_en_before_een_is_no_postcode(text):
    assert _postcodes(text) == []


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("ze woont nu in 7948 he nijeveen", "7948 he"),
        ("stuur het naar 9342 ee Een, dat is bij Norg", "9342 ee"),
        ("postcode 7941 en", "7941 en"),
    ],
)
def test_a_postcode_before_a_place_or_after_a_cue_stays(text, postcode):
    assert _postcodes(text) == [postcode]
