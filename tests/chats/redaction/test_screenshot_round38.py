"""Screenshot round 38 (issue 12): constructions blind30 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from chats.redaction.images import _round38_late, _round38_nickname_stems
from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()"


# --- Subjects, answers, relative clauses, permit holders --------------------------------------


def test_a_particled_surname_opening_a_clause_before_a_verb_is_a_person():
    text = "De opzichter meet de schutting op, zaak 2026-17; De Distel krijgt\nook een brief."
    assert "Distel" in covered(text, lines_spans(text), strip=STRIP)


def test_a_role_after_its_article_opening_a_clause_stays():
    text = "De opzichter meet de schutting op, zaak 2026-17; De wijkagent komt\nook kijken."
    assert "wijkagent" not in covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Pasje van de sporthal weg, heeft Brem\nVaren het misschien?", {"Brem", "Varen"}),
        ("Sleutel kwijt. Heeft Fuut de sleutel nog?", {"Fuut"}),
    ],
)
def test_a_capitalised_subject_after_a_verb_opening_a_question_is_a_person(text, words):
    assert words <= covered(text, lines_spans(text), strip=STRIP)


def test_a_place_after_a_verb_opening_a_question_stays():
    text = "Storing bij de brug, weet Meppel het al?"
    assert "Meppel" not in covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mantelzorgcompliment voor Eik Brem, die zorgt voor haar buurvrouw.", {"Eik", "Brem"}),
        ("Vraag het aan Fuut, die weet het.", {"Fuut"}),
    ],
)
def test_capitalised_words_before_a_relative_clause_are_a_person(text, words):
    assert words <= covered(text, lines_spans(text), strip=STRIP)


def test_an_organisation_before_a_relative_clause_stays():
    text = "Subsidie voor Openbare Ruimte, die het budget beheert."
    assert "Openbare" not in covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "word"),
    [("Prima Op de Beuk, tot straks.\n09:12", "Beuk"), ("Prima Reiger, tot zo.", "Reiger")],
)
def test_a_surname_after_assent_is_a_person(text, word):
    assert word in covered(text, lines_spans(text), strip=STRIP)


def test_an_organisation_thanked_stays():
    text = "Dank Gemeente!"
    assert "Gemeente" not in covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Standplaatsvergunning M-12 voor Spar loopt tot\n1 juni; leges betaald.", "Spar"),
        ("Parkeervergunning voor Fuut verloopt op 3 mei.", "Fuut"),
        ("Vergunning van Kwartel loopt tot 1 mei.", "Kwartel"),
    ],
)
def test_the_holder_of_a_permit_with_its_term_is_a_person(text, word):
    assert word in covered(text, lines_spans(text), strip=STRIP)


def test_a_holiday_a_permit_is_for_stays():
    text = "Evenementenvergunning voor Koningsdag loopt tot 28 april."
    assert "Koningsdag" not in covered(text, lines_spans(text), strip=STRIP)


# --- Whom one goes to in lower case; a roster's names -----------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De wijkagent gaat vanmiddag naar beuk.\n11:02", "beuk"),
        ("De boa gaat morgen langs bij havik.", "havik"),
        ("De boa gaat morgen naar havik toe.", "havik"),
    ],
)
def test_a_lower_case_surname_one_goes_to_is_a_person(text, word):
    assert word in covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize("where", ["naar huis", "naar kantoor", "naar zwolle", "bij buren"])
def test_a_bare_destination_a_town_or_a_role_in_lower_case_stays(where):
    text = f"De wijkagent gaat vanmiddag {where}.\n11:02"
    word = where.split()[-1]
    assert word not in covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rooster zaterdag 8-9: Fenne tot 12.00, Spar vrij; ruilen via de balie.", {"Spar"}),
        ("Rooster vrijdag: Fenne ochtend en Kwartel middag.", {"Kwartel"}),
    ],
)
def test_the_other_items_of_a_roster_opening_with_a_person_are_persons(text, words):
    assert {"Fenne"} | words <= covered(text, lines_spans(text), strip=STRIP)


def test_a_list_after_a_colon_without_a_person_stays():
    text = "Planning zaterdag: markt tot 12.00, Stadhuis dicht; ruilen via de balie."
    assert "Stadhuis" not in covered(text, lines_spans(text), strip=STRIP)


# --- A nickname's given name, a given name ending the line above a surname --------------------


def test_the_given_name_of_a_nickname_is_found():
    assert {"brem", "varen"} <= _round38_nickname_stems(("Brempie", "Varentje Eik"))
    assert "bre" not in _round38_nickname_stems(("Brempie",))


def test_a_given_name_ending_the_line_above_a_lower_case_surname_is_covered():
    text = "Verlenging pas, gegevens: eik\nbeuk, geb. 3-4-1950, Molenstraat 12."
    found = {(text.index("beuk"), text.index("beuk") + 4, "PERSON")}
    assert (text.index("eik"), text.index("beuk") + 4, "PERSON") in _round38_late(
        text, text, found, ()
    )


def test_an_adverb_ending_the_line_above_a_given_name_stays():
    text = "Kan niet. Anders\nFenne, die is er vrijdag."
    start = text.index("Fenne")
    assert not _round38_late(text, text, {(start, start + 5, "PERSON")}, ())


# --- Phones with a doubled digit; a place above a chat list's row -----------------------------


def test_a_landline_with_a_doubled_digit_is_a_phone():
    text = "Pasje werkt niet: familie Wilg,\n0521-3444 567."
    assert ("0521-3444 567", "PHONE") in {
        (text[s:e], label) for s, e, label in _round38_late(text, text, set(), ())
    }


def test_a_kept_number_with_a_doubled_digit_stays():
    text = "Bel de gemeente: 0522-8595 500."
    assert not _round38_late(text, text, set(), ("0522 85 95 00",))


def test_a_case_number_with_a_leading_nought_stays():
    text = "Zie zaaknummer 0123-4567 890 voor de stukken."
    assert not _round38_late(text, text, set(), ())


@pytest.mark.parametrize("place", ["Ruinen", "Diever"])
def test_a_place_closing_a_preview_above_an_ampersand_row_stays(place):
    text = f"Chats\nStoep ligt nog open in {place}\n& Ayla Brem 09:12\nDank voor het melden"
    assert place not in covered(text, lines_spans(text), strip=STRIP)


def test_a_partner_above_an_ampersand_line_is_still_a_person():
    text = "Uitnodiging voor Hanneke\n& Kees Brem, zaterdag om 3 uur."
    assert "Hanneke" in covered(text, lines_spans(text), strip=STRIP)
