"""Screenshot round 32b (issue 12): what round 32's rules took too far on the other sets, tested
with other names, numbers and layouts (no tesseract: OCR results are built as in
test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_round32 import covered

# --- An app's or shop's brand opening a sentence before a verb is no unknown person -------------


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Tikkie stuurt je een verzoek van 12,50 euro.", "Tikkie"),
        ("Betaald. Vinted meldt dat het pakket onderweg is.", "Vinted"),
        ("Thuisbezorgd bezorgt om 18:30 bij de balie.", "Thuisbezorgd"),
    ],
)
def test_a_brand_before_a_verb_stays(text, brand):
    assert brand not in covered(text, lines_spans(text))


def test_an_unknown_name_before_a_verb_is_still_a_person():
    text = "Betaald. Polleke stuurt je een verzoek van 12,50 euro."
    assert "Polleke" in covered(text, lines_spans(text))


# --- An organisation's compound name OCR misread opening a sentence is no unknown person -------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "10:32\nSnoeiwerk 7 mei a.s. met\nWoonstichting; De wijkagent\noverlegt met Kraai."
            "\n10:38\nWoonstichtlng kijkt 7 mei a.s. naar de\nkozijnen, zaaknr. 088123.",
            {"Woonstichting", "Woonstichtlng"},
        ),
        ("Vorige week. Zorgcentrumm kijkt 3 mei naar de lekkage.", {"Zorgcentrumm"}),
    ],
)
def test_a_misread_compound_before_a_verb_stays(text, kept):
    assert not kept & covered(text, lines_spans(text))
