"""Screenshot round 17 (issue 12): constructions the thirteenth blind set showed, tested with other
names, numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_text import covered, spans_of


def labels_of(text: str, spans) -> set[str]:
    return {label for _s, _e, label in spans}


# --- A BSN after its cue in groups set off by slashes or spaced dashes ------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Kees 10:12 Mijn BSN: 111/222/333", {"111/222/333"}),
        ("Het BSN van mijn zoon is 123 - 456 - 782.", {"123", "456", "782."}),
        ("Voor de aanvraag, BSN 987 / 654 / 321, graag snel.", {"987", "654", "321,"}),
        ("burgerservicenummer: 12 / 345 / 6782", {"12", "345", "6782"}),
    ],
)
def test_a_bsn_grouped_with_slashes_or_spaced_dashes_after_its_cue_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Zaak 2026/114/227 is afgerond.",
        "Het BSN-loket is open van 9 - 12 - 17 uur.",
    ],
)
def test_slashed_or_dashed_numbers_without_a_bsn_cue_stay(text):
    assert "BSN" not in labels_of(text, spans_of(text))
