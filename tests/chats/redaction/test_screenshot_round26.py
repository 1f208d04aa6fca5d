"""Screenshot round 26 (issue 12): constructions the twentieth blind set still showed after round
25, tested with other names, numbers and layouts (no tesseract: OCR results are built as in
test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import covered, labels_of, spans_of

# --- An everyday word as a first name before a found surname ("Bel Beitel heeft ...") -------


# The surname established in another bubble of the screenshot ("Hamer geb. Alsema").
@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        # opening a clause, a finite verb after the surname: no imperative
        ("Uitkering: Hoop Alsema heeft een baan.\nVOG voor Hamer geb. Alsema", {"Hoop", "Alsema"}),
        ("Gladheid: Bel Hadders viel van de fiets.\nVOG voor Hamer geb. Hadders", {"Bel"}),
        # mid-sentence, after a lower-case word
        ("Naam van vader Hoop Wijnja; moeder is ziek.\nVOG voor Hamer geb. Wijnja", {"Hoop"}),
    ],
)
def test_an_everyday_word_before_a_surname_is_the_first_name(text, must_cover):
    assert must_cover <= covered(text, spans_of(text, blocks=(1, 2)))


def test_an_everyday_word_alone_with_a_surname_on_a_row_is_the_first_name():
    text = "Chats\nHoop Wijnja\nAR nen een\nVOG voor Hamer geb. Wijnja"
    assert {"Hoop", "Wijnja"} <= covered(text, spans_of(text, blocks=(1, 2, 3, 4)))


@pytest.mark.parametrize(
    "text",
    [
        "Bel Alsema even op, hij weet het.",
        "Bel Alsema om 10 uur over de aanvraag.",
        "Bel Alsema terug.",
    ],
)
def test_call_before_a_surname_stays_a_verb(text):
    found = covered(text, spans_of(text, known_names=("A. Alsema",)))
    assert "Bel" not in found
    assert "Alsema" in found


# --- A capitalised word joined by "en" to a person ("voor Sytse en Lief bij ...") -----------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Afspraak voor Sytse en Hoop bij Burgerzaken om 14.10u.", "Hoop"),
        ("Afspraak voor Sytse en Hoop, morgen om tien uur.", "Hoop,"),
    ],
)
def test_an_everyday_word_joined_to_a_person_is_a_first_name(text, name):
    assert name in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    ["Afspraak voor Sytse en Burgerzaken morgen", "Gesprek met Sytse en Gemeente Meppel"],
)
def test_an_organisation_joined_to_a_person_stays(text):
    assert not {"Burgerzaken", "Gemeente", "Meppel"} & covered(text, spans_of(text))


# --- Two capitalised words opening a clause before a finite verb, the first no word ---------


def test_an_unknown_word_and_a_surname_before_a_verb_are_a_person():
    text = "Uitkering: Yaroslawa Vork heeft een baan bij de bakker vanaf 1.06."
    assert {"Yaroslawa", "Vork"} <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Update: Gemeente Meppel heeft een nieuw loket.",
        "Let op: Kurk Installaties heeft een storing.",
    ],
)
def test_an_organisation_before_a_verb_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- Whom one calls, and a resident named by a lower-case word before the house number ------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik regel het; ik bel Spons op 038-7671209.", "Spons"),
        ("Geen antwoord, ik bel beker even.", "beker"),
    ],
)
def test_the_one_called_is_a_person(text, name):
    assert name in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text", ["Ik bel hem op 038-7671209.", "Ik bel Burgerzaken op 14 0522.", "Ik bel morgen op."]
)
def test_a_pronoun_or_an_organisation_called_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("De kat van beker op nummer 12-2hg is weg.", {"beker", "12-2hg"}),
        ("Overlast: de hond van spons op nummer 7 blaft.", {"spons"}),
    ],
)
def test_a_lower_case_resident_before_a_house_number_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_household_with_its_article_before_a_house_number_stays():
    text = "De kat van de buren op nummer 5 is weg."
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A street without a street's ending, its number and a village ---------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Schuur achter Hooimolen 12 B, Nijeveen", {"Hooimolen", "12", "B,"}),
        ("De eik achter Hooimolen 31 in De Schiphorst moet weg.", {"Hooimolen", "31"}),
    ],
)
def test_a_street_without_its_ending_before_a_village_is_an_address(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text", ["Kom voor Groep 8 in Meppel langs.", "Stoel op Rij 12 in Meppel is vrij."]
)
def test_a_word_and_a_number_before_a_village_stay(text):
    assert "ADDRESS" not in labels_of(text, spans_of(text))


# --- A resident before "van" and an address, or before a comma and an address --------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Schade aan de bushalte, dader zou Vork van Esweg 79 zijn.", {"Vork"}),
        ("WOZ-bezwaar van Zacht vork, Esweg 58, 7945 XW.", {"Zacht", "vork,"}),
        ("Kerstpakket voor vrijwilliger Vlot Hamer, Esweg 51-2, 7948-MT.", {"Vlot", "Hamer,"}),
    ],
)
def test_a_name_before_an_address_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_thing_with_its_article_before_an_address_stays():
    text = "Melding over de Brug van Esweg 79 bij de sloot."
    assert "Brug" not in covered(text, spans_of(text))


# --- A BSN spaced and split by OCR's dot and a line -----------------------------------------


def test_a_bsn_split_over_a_line_is_a_bsn():
    text = "Uitkering vanaf 20 september. BSN 11 12.\n22 333, IBAN volgt."
    assert {"11", "12.", "22", "333,"} <= covered(text, spans_of(text))


def test_numbers_after_bsn_failing_the_eleven_test_stay():
    text = "Uitkering vanaf 20 september. BSN 11 12.\n22 334 volgt."
    assert "334" not in covered(text, spans_of(text))


# --- A language-named first name with a lower-case surname, diminutives, addressed ----------


def test_a_language_named_first_name_and_a_lower_case_surname_before_a_verb_are_a_person():
    text = "Bezwaar van Frans hamer staat onder Z2026-03757."
    assert {"Frans", "hamer"} <= covered(text, spans_of(text))


def test_a_language_before_a_preposition_stays():
    text = "Vertaling van Frans naar Duits is klaar."
    assert "PERSON" not in labels_of(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dader zou buurman zijn, zegt Fransje.", "Fransje."),
        ("Komt goed, Frans.", "Frans."),
    ],
)
def test_a_language_named_first_name_addressed_or_as_a_diminutive_is_a_person(text, name):
    assert name in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    ["Wij spreken hier Nederlands, Frans.", "Er staat een Huisje, zegt de man."],
)
def test_a_language_in_a_list_or_a_diminutive_of_a_word_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A chat list's title in capitals cut short before its time ------------------------------


def test_a_cut_title_in_capitals_is_a_surname():
    text = "Chats\n= HAMER ... 13:01\nGeb. 1984-04-11, mail..."
    assert "HAMER" in covered(text, lines_spans(text))


@pytest.mark.parametrize("text", ["Chats\n= GGD ... 13:01\nUw afspraak", "Chats\nMEPPEL ... 13:01"])
def test_a_cut_abbreviation_or_place_in_capitals_stays(text):
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- A word before bracketed contact data after a title or opening a clause -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rups bij de school! Juf Spons\n(hansje64@example.org) heeft de kinderen.", "Spons"),
        ("Kapvergunning: Zacht\n(h.hamer@gmail.example) wil de eik weg.", "Zacht"),
    ],
)
def test_a_word_before_a_bracketed_e_mail_after_a_title_is_a_person(text, name):
    assert name in covered(text, spans_of(text))


# --- Must-keep: a case number after its cue, a firm in a wrapped file name ------------------


def test_a_case_number_after_its_cue_is_no_phone():
    text = "De wijkregisseur regelt het, zaak 061782."
    assert "061782." not in covered(text, spans_of(text))


def test_a_cut_mobile_after_a_cue_is_still_a_phone():
    text = "Mijn nummer: 06 1234..."
    assert "PHONE" in labels_of(text, spans_of(text))


def test_a_firm_named_after_someone_in_a_wrapped_file_name_stays():
    text = "Werkbon Schilderbedrijf De\nHamer PRJ-921.pdf\n1 pagina : PDF : 52 kB"
    assert "Hamer" not in covered(text, spans_of(text, known_names=("Anna Hamer",)))


def test_a_groups_title_over_its_members_line_stays():
    # blind17: the title's last word joined to the first member below it.
    text = "Team Groen en Reiniging\nToon (Toontje), klok - buurman, Marie-José, ..."
    assert "Reiniging" not in covered(text, spans_of(text))
