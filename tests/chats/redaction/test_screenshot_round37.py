"""Screenshot round 37 (issue 12): constructions blind30 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered


def _labels_at(text: str, word: str) -> set[str]:
    at = text.index(word)
    return {label for s, e, label in lines_spans(text) if s <= at < e}


# --- Contacts saved as "Surname - I.N.", owners, roles, requests ------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De Kwikstaart - K.P. @\nDe stoep is gerepareerd.", "Kwikstaart"),
        ("Foto paspoort Kwikstaart - L.M..jpeg\nJPEG : 2,1 MB", "Kwikstaart"),
        ("Parkeervergunning voor Kwikstaart\n-R.D., Dolderweg 12,", "Kwikstaart"),
    ],
)
def test_a_surname_with_initials_after_a_dash_is_a_person(text, word):
    assert "PERSON" in _labels_at(text, word)


def test_a_team_with_a_dash_and_initials_stays():
    text = "Gemeente - K.P. @\nDe stoep is gerepareerd."
    assert "Gemeente" not in covered(text, lines_spans(text), strip=",.!?;:()@")


def test_the_owner_of_what_stands_on_ones_ground_is_a_person():
    text = "Het hek van Spijk staat op ons erf,\nzie de foto."
    assert "PERSON" in _labels_at(text, "Spijk")


def test_a_person_after_a_case_role_is_found_also_a_place_and_inverted_in_capitals():
    text = "Zaal vanaf 3 mei,\nbegeleider Sem Ommen; contract via de balie."
    assert {"Sem", "Ommen"} <= covered(text, lines_spans(text), strip=",.!?;:()")
    text = "Bezwaar WOZ, eigenaar VAN DE MEREL, Ilse, BSN 111 222 333."
    assert {"MEREL", "Ilse"} <= covered(text, lines_spans(text), strip=",.!?;:()")


def test_the_applicant_after_a_request_compound_is_a_person():
    text = "Kapaanvraag Nduka staat onder dossier\n123456; de inspecteur komt langs."
    assert "PERSON" in _labels_at(text, "Nduka")


def test_a_request_for_a_thing_stays():
    text = "Bouwaanvraag Dakkapel ligt onder dossier 123456."
    assert "Dakkapel" not in covered(text, lines_spans(text))


# --- Addresses with compass streets and slashed numbers, wrapped numbers ----------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De monteur komt bij nr. 88/C1.", "88/C1."),
        ("De opzichter komt kijken bij nr.\n45 B.", "45"),
        ("Bezwaar Molenstraat-West\n9 bis, eigenaar onbekend.", "9"),
    ],
)
def test_slashed_compass_and_wrapped_house_numbers_are_addresses(text, word):
    assert word.strip(",.") in covered(text, lines_spans(text), strip=",.!?;:()")


def test_a_case_number_with_a_slash_stays():
    text = "Ontheffing EV 26/39 loopt tot 16 oktober."
    assert "26/39" not in covered(text, lines_spans(text))


# --- IBANs read loosely: glued, an extra digit, cut in a chat list's row ----------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Betaal op IBAN\nNL12ABNA01234567891.\n09:15", "NL12ABNA01234567891."),
        ("familie Merel 08:30\nRekening: NL7A1RABO 4455 ....", "NL7A1RABO"),
        ("familie Merel\nRekening: NLOSINGB 5566\nmerel", "NLOSINGB"),
    ],
)
def test_a_loosely_read_iban_is_blacked(text, word):
    assert word.strip(",.") in covered(text, lines_spans(text), strip=",.!?;:()")


# --- Two initials OCR glued before a surname --------------------------------------------------


def test_two_glued_initials_before_an_unknown_surname_are_a_person():
    text = "Nieuwe bewoner Dolderweg 12 B: KT. Oduya,\n06 1234 5678."
    assert {"KT", "Oduya"} <= covered(text, lines_spans(text), strip=",.!?;:()")


def test_an_abbreviation_before_a_place_stays():
    text = "Trein NS. Meppel vertrekt om 9 uur."
    assert "Meppel" not in covered(text, lines_spans(text), strip=",.!?;:()")
