"""Screenshot round 22 (issue 12): constructions the seventeenth blind set still showed after
round 21, tested with other names, words and layouts (no tesseract: OCR results are built as in
test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import (
    covered,
    labels_of,
    list_spans,
    spans_of,
)

# --- A first name with its nickname in brackets, as a contact is saved ----------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Mus (Musje) 13:13\nDe heg is gesnoeid.", {"Mus", "(Musje)"}),
        ("Pluim (Pluimpie) typt...", {"Pluim", "(Pluimpie)"}),
    ],
)
def test_a_first_name_with_its_bracketed_nickname_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_the_name_of_a_bracketed_nickname_is_blacked_elsewhere_too():
    text = "Mus (Musje) 13:13\nFoto\nIk zag Mus gisteren bij de bakker."
    spans = list_spans(text)
    at = text.rindex("Mus")
    assert any(s <= at < e and label == "PERSON" for s, e, label in spans)


@pytest.mark.parametrize(
    "text", ["Afval (papier) wordt dinsdag opgehaald.", "Zie bijlage (bijlagen) hieronder."]
)
def test_a_bracketed_word_that_is_no_nickname_names_no_person(text):
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- A contact saved as a name, a dash and a role ------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("mus - buurvrouw 09:48\nCamper staat er weer", {"mus"}),
        ("Lap - collega\nIk kom later.", {"Lap"}),
        ("kraan \u2013 loodgieter\nMorgen om 9 uur.", {"kraan"}),
    ],
)
def test_a_name_before_a_dash_and_a_role_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_dashed_role_contact_is_blacked_elsewhere_in_the_screenshot():
    text = "kraan - buurman\nHeg hangt over.\nIk app kraan even."
    spans = lines_spans(text)
    at = text.rindex("kraan")
    assert any(s <= at < e and label == "PERSON" for s, e, label in spans)


@pytest.mark.parametrize("text", ["Team Wijk - collega's\nOverleg om 10 uur.", "Let op - buurman"])
def test_an_organisation_or_phrase_before_a_dashed_role_names_no_person(text):
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- A room or flat after a house number ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Bewoner van Kerkweg 112, kamer 9 belde.", {"112,", "9"}),
        ("Verhuisd naar Molenstraat 4 app. 12 sinds mei.", {"4", "12"}),
    ],
)
def test_a_room_or_flat_after_a_house_number_belongs_to_the_address(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_particle_and_a_lower_case_surname_before_a_dashed_role_are_a_person():
    text = "de mol - buurvrouw\nHeg hangt over."
    assert {"de", "mol"} <= covered(text, lines_spans(text))


# --- A first name that is a word before a surname found alone -------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("petitie van Wilg Tanaka en Bos, Iris; zie bijlage.", {"Wilg", "Tanaka"}),
        ("Bezwaar van Spar Kowalski en Mol, Iris.", {"Spar", "Kowalski"}),
    ],
)
def test_a_first_name_that_is_a_word_before_a_surname_is_part_of_the_name(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Het bezoek in Meppel Tanaka was kort.", "Meppel"),
        ("Langs de Kerkstraat Kowalski en Mol, Iris.", "Kerkstraat"),
    ],
)
def test_a_place_or_street_before_a_surname_stays(text, kept):
    assert kept not in covered(text, spans_of(text))


# --- Group members on the typing line and in "... heeft ... toegevoegd" ----------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Team Groen\nIlse en mol typen...\nDinsdag", {"mol"}),
        ("Buurtapp\nKees, kraai en Iep typen...", {"kraai", "Iep"}),
        ("VRIJDAG\nmol heeft A. Kraai toegevoegd\nWelkom!", {"mol"}),
    ],
)
def test_members_on_the_typing_line_or_adding_others_are_persons(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_typing_line_without_names_names_no_person():
    text = "Meerdere mensen typen...\nDinsdag"
    assert "PERSON" not in labels_of(text, lines_spans(text))


def test_a_full_name_adding_others_is_a_person():
    text = "GISTEREN\nWilg Kraan heeft Iep en kraai toegevoegd\nWelkom!"
    assert {"Wilg", "Kraan"} <= covered(text, lines_spans(text))


def test_a_capitalised_subject_after_a_semicolon_before_heeft_is_a_person():
    text = "Afval voor Kerkweg 8 en Dorpsstraat 3; Mol heeft foto's. Zijn nummer volgt."
    assert "Mol" in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    ["Afval voor Kerkweg 8; Hij heeft foto's.", "Afval ligt er nog; Team heeft foto's."],
)
def test_a_pronoun_or_organisation_after_a_semicolon_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A home visit's number in a chat list preview, the dots spaced or lost --------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Wijkteam... 09:50\nIlse: huisbezoek 58 ...\nGemeente Meppel 10:04", {"58"}),
        ("Wijkteam... 09:50\nIlse: huisbezoek 112\nGemeente Meppel 10:04", {"112"}),
    ],
)
def test_a_home_visits_number_cut_short_in_a_preview_is_an_address(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


def test_a_home_visits_count_in_a_sentence_stays():
    text = "Er staan 3 huisbezoeken en huisbezoek 2 dagen later gepland."
    assert "ADDRESS" not in labels_of(text, spans_of(text))


def test_a_chat_title_above_a_typing_name_is_no_first_name():
    text = "Team Zorg en Welzijn\nIep (Iepje) typt...\nIep is er morgen."
    assert "Welzijn" not in covered(text, lines_spans(text))


# --- A capitalised nickname of an established name, also an everyday word ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kees Bos heeft Mus Okafor toegevoegd\nMusje, mijn nichtje, wil stage lopen.",
        "Kees Bos heeft Mus Okafor toegevoegd\nSpraakmemo Musje.m4a",
    ],
)
def test_a_capitalised_nickname_that_is_a_word_of_an_established_name_is_a_person(text):
    assert "Musje" in " ".join(covered(text, lines_spans(text)))


def test_a_lower_case_nickname_form_that_is_a_word_stays():
    text = "Kees Bos heeft Mus Okafor toegevoegd\nIk heb een musje gekocht."
    assert "musje" not in covered(text, lines_spans(text))
