"""Screenshot round 29 (issue 12): constructions blind23 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import covered as covered_tokens
from tests.chats.redaction.test_screenshot_text import spans_of


def covered(text: str, spans) -> set[str]:
    """The words of `text` some span touches, without the punctuation around them."""
    return {w.strip(",.!?;:()") for w in covered_tokens(text, spans)}


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
