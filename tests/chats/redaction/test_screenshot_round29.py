"""Screenshot round 29 (issue 12): constructions blind23 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered

# --- A range of house numbers: "Hooiweg 23 t/m 27" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Zij woont aan de Kanaalweg 12 t/m 16 in Rogat.", {"Kanaalweg", "12", "t/m", "16"}),
        ("Logeert bij Piet op\nBrinkweg 5 t/m 9, 7941 AB.", {"Brinkweg", "5", "t/m", "9"}),
        ("Schets\nDorpsstraat 40 t/m 44.pdf", {"Dorpsstraat", "40", "t/m", "44.pdf"}),
        ("Aanbouw bij Kees, Jan\nSteenstraat 3 tot en met 7, Nijeveen", {"Steenstraat", "7"}),
    ],
)
def test_a_range_of_house_numbers_is_the_address(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_range_that_is_no_address_stays():
    text = "Open van 9 t/m 17 uur, week 12 t/m 14 gesloten."
    assert not any(label == "ADDRESS" for _s, _e, label in lines_spans(text))


# --- A chat list's title cut short after a courtesy title: "de heer T. Van den..." ----------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Chats\nde heer T. Van den... 09:12\nNieuwe IBAN volgt", {"T", "Van", "den"}),
        ("Chats\nde heer K........ 10:40\nDe container is vol", {"K"}),
        ("Chats\nfamilie Okonkwo... 08:49\nNieuwe IBAN volgt", {"Okonkwo"}),
        ("Chats\nMevr. B.A. Lindqvist-... 11:02\nTot vrijdag", {"B.A", "Lindqvist-"}),
    ],
)
def test_a_titled_chat_list_row_cut_short_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chats\nde heer wethouder... 09:12\nTot vrijdag",
        "Chats\nfamilie... 08:49\nTot vrijdag",
    ],
)
def test_a_titled_row_without_a_capital_name_stays(text):
    assert not any(label == "PERSON" for _s, _e, label in lines_spans(text))


# --- A surname in capitals before initials without a comma: "eigenaar is BRONS K." --------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("De boot is van BRONS K.\nzijn nummer volgt.", {"BRONS", "K"}),
        ("Melder: HOEKSTRA A.B., Meppel.", {"HOEKSTRA", "A.B"}),
    ],
)
def test_a_capital_surname_before_initials_without_a_comma(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_capitals_of_an_address_before_an_initial_stay():
    text = "Stuur het op naar Postbus 501 7940 AM MEPPEL. A.s. maandag."
    assert not any(label == "PERSON" for _s, _e, label in spans_of(text))
