"""Screenshot round 31 (issue 12): constructions blind24 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered

# --- A firm named after a person with "& Zn." / "& Co" / "& Zo" stays ---------------------------


@pytest.mark.parametrize(
    ("text", "person", "firm"),
    [
        (
            "Spraakbericht lotte brasem.opus\nOfferte Brasem & Zn. komt morgen\nTot dan",
            "brasem",
            "Brasem",
        ),
        (
            "Ik bel Daan Snoek morgen.\nSnoek & Co heeft de kraan gemaakt",
            "Snoek",
            "Snoek",
        ),
        (
            "Voicemail van Wiebe Baars\nGroetjes, Baars & Zo",
            "Baars",
            "Baars",
        ),
    ],
)
def test_a_firm_named_after_a_person_with_and_sons_stays(text, person, firm):
    spans = lines_spans(text)
    firm_at = text.index(f"{firm} &")
    person_at = text.index(person)
    assert not any(s <= firm_at < e for s, e, label in spans if label == "PERSON")
    assert any(s <= person_at < e for s, e, label in spans if label == "PERSON")


# --- A contact card's file name on a line of its own is the contact's -------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "N Bries Haring.vcf\nvCard : 1 kB\nDe kraan lekt, brugwachter Bries\nHaring belt.",
            {"Bries", "Haring"},
        ),
        ("Klaproos Snoek.vef\nvCard - 2 kB\n10:01", {"Klaproos", "Snoek.vef"}),
        ("N Dauw Wever.vcf\nvCard : 1 kB", {"Dauw", "Wever.vcf"}),
    ],
)
def test_a_contact_cards_file_name_names_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    ["Gemeente Meppel.vcf\nvCard : 1 kB\n10:01", "N Zorgloket Meppel.vcf\nvCard : 1 kB"],
)
def test_an_organisations_contact_card_stays(text):
    assert not {"Gemeente", "Zorgloket", "Meppel"} & covered(text, lines_spans(text))


# --- A surname in capitals before initials written together ----------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Subsidie voor de buurt, aanvrager\nNKEMELU HJ, tel. 06 1234 5678.", {"NKEMELU", "HJ"}),
        ("BREDIUS IJ heeft de groep verlaten", {"BREDIUS", "IJ"}),
        ("Chats\nTOMASIC PB 12:21\nGeb. 2001-03-04, mail...", {"TOMASIC", "PB"}),
    ],
)
def test_a_capital_surname_before_initials_without_dots_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Factuur van BAKKERIJ BV is betaald.",
        "MEPPEL NL wint de prijs.",
        "Brief van de GGD HH staat klaar",
    ],
)
def test_capitals_before_a_firms_form_stay(text):
    assert not {"BAKKERIJ", "MEPPEL", "GGD"} & covered(text, lines_spans(text))
