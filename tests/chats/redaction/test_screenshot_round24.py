"""Screenshot round 24 (issue 12): constructions the nineteenth blind set showed, tested with
other names, numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import covered, labels_of, list_spans, spans_of

# --- Contacts saved as a symbol, a name and an initial without a dot -------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Team Buurt 09:15\nGoed zo\n> Ove B 11:22\nDe bus staat er nog", {"Ove", "B"}),
        ("Live locatie > Wolk T\ntot 12.15", {"Wolk", "T"}),
    ],
)
def test_a_symbol_a_name_and_a_bare_initial_is_a_contact(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


def test_a_quoted_plan_letter_after_a_symbol_is_no_contact_without_a_time():
    text = "> Plan B is beter dan niets."
    assert "PERSON" not in labels_of(text, lines_spans(text))


def test_members_saved_with_symbols_are_persons():
    text = "Buurtgroep Oost\nDien Xx, > Wolk R, K.Zwart >, +45 2012 3456, jij"
    assert {"Dien", "Wolk", "K.Zwart"} <= covered(text, lines_spans(text))


# --- A chat list's preview sender with a symbol read as letters and marks ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Buurtapp 10:10\n\u2014 Ruinen s*: BSN 123 ....",
        "Buurtapp 10:10\n\u2014 Havelte «%: kom je ook?",
    ],
)
def test_a_preview_sender_with_a_marked_symbol_is_a_person_also_named_like_a_place(text):
    name = text.split("\u2014 ")[1].split(" ")[0]
    assert name in covered(text, list_spans(text))


def test_a_preview_with_a_short_word_before_the_colon_stays():
    text = "Gemeente 10:10\n\u2014 Let op: de weg is dicht"
    assert "Let" not in covered(text, list_spans(text))


# --- A phone number abroad cut short after its second group ---------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("+48 601... 12:26\n\u2014 Ove: tot zo", {"+48", "601..."}),
        ("Buren\nLot X, +995 577 ...", {"+995", "577", "..."}),
    ],
)
def test_a_phone_abroad_cut_short_is_a_number(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


def test_an_amount_with_a_plus_cut_short_stays():
    text = "Score +3 punten... 12:26"
    assert "PHONE" not in labels_of(text, list_spans(text))


# --- Contacts in lower case with a bracketed given name, and "Surname / Given" ----------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("haver (Fokje) heeft jou toegevoegd\nWelkom!", {"haver", "(Fokje)"}),
        ("Zwart / Jelte heeft de groep 'Buren Oost' aangemaakt", {"Zwart", "Jelte"}),
    ],
)
def test_lower_case_and_slashed_contacts_opening_a_notice_are_persons(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_slash_between_a_place_and_a_word_opening_a_notice_stays():
    text = "Meppel / Centrum heeft nieuwe openingstijden"
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- Titles and initials cut short; two initials glued before a capital surname ---------------


def test_a_title_with_two_initials_cut_short_is_a_person():
    text = "mw. K.R..... 10:07\nGeboren maart 3, 1961,..."
    assert {"mw.", "K.R....."} <= covered(text, list_spans(text))


def test_two_initials_with_one_dot_before_a_surname_in_capitals_belong_to_it():
    text = "Ove Alsema belde.\nErkenning door KD. ALSEMA, geboren 1988."
    assert {"KD.", "ALSEMA,"} <= covered(text, lines_spans(text))


# --- A lower-case full name as a chat list row's title ---------------------------------------


def test_a_lower_case_full_name_row_with_a_part_of_a_double_surname_is_a_person():
    text = "F. Bakker-Kwast 09:39\nIBAN ...\nmus kwast 09:55\nGemist gesprek"
    assert {"mus", "kwast"} <= covered(text, list_spans(text))


def test_a_lower_case_row_of_words_without_an_established_name_stays():
    text = "Buurtapp 09:39\nIBAN ...\nalles goed 09:55\nGemist gesprek"
    assert "PERSON" not in labels_of(text, list_spans(text))


# --- Numbers: found again, a misread leading zero, a birth date with a letter for 1 -----------


def test_a_bsn_found_once_is_blacked_where_it_is_written_again_in_brackets():
    text = "Ove Zwart (27381\n4469) belde.\nHuwelijk: BSN 27381 4469, nu op de Dorpsweg 4."
    assert {"(27381", "4469)"} <= covered(text, lines_spans(text))


def test_a_mobile_number_whose_zero_was_read_as_an_o_is_found():
    text = "Vader is bereikbaar op O0 6 21 37 44 85."
    assert {"O0", "6", "21", "85."} <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [("Toeslag: Ove Zwart (L MAART 1951) snapt het niet.", {"(L", "MAART", "1951)"})],
)
def test_a_bracketed_birth_date_with_a_letter_for_its_day_is_found(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_bracketed_date_in_the_future_with_a_letter_stays():
    text = "Het loket is dicht (L MAART 2099) wegens verbouwing."
    assert "DATE_OF_BIRTH" not in labels_of(text, spans_of(text))


# --- Addresses: a street without ending and "bis", a postcode with a dot after a toevoeging ---


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Lekkage bij Havelter Bergen 71 bis, Ruinen.", {"Bergen", "71", "bis,"}),
        ("Adres Oude Bergen 7 hs, Havelte", {"Bergen", "7", "hs,"}),
    ],
)
def test_a_street_without_ending_and_a_number_with_bis_is_an_address(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_count_with_hs_after_a_word_is_no_address_without_a_capital_street():
    text = "Er staan 7 hs klaar."
    assert "ADDRESS" not in labels_of(text, spans_of(text))


def test_the_cue_before_a_street_with_bis_stays():
    text = "Adres Oude Bergen 7 hs, Havelte"
    assert "Adres" not in covered(text, spans_of(text))


def test_a_postcode_with_a_dot_after_a_bracketed_toevoeging_is_found():
    text = "Adres Kerkweg 13\n(achter), 7943.pk."
    assert "7943.pk." in covered(text, lines_spans(text))


# --- Names before bracketed contact data, opening clauses, in file names ---------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Het hek hangt scheef, meldt Tet\n(bmus.2007@example.org).", {"Tet"}),
        ("Juf Zwart (info@zwartjelte.nl) zag het.", {"Zwart", "(info@zwartjelte.nl)"}),
        ("ove de zwart (x.com/ovetje7) filmt het.", {"ove", "zwart"}),
    ],
)
def test_a_name_before_bracketed_contact_data_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_an_organisation_before_its_bracketed_mailbox_stays():
    text = "Mail de Gemeente Meppel (info@meppel.nl) gerust."
    assert "Meppel" not in covered(text, spans_of(text, keep_values=("info@meppel.nl",)))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Het pad is open. Haver van Hoofdstraat 12 viel er.", {"Haver"}),
        ("Straatfeest op de Kerkweg:\nKraai, Jelte vraagt 120 euro uit.", {"Kraai,"}),
    ],
)
def test_a_surname_opening_a_clause_before_an_address_or_a_given_name_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Het pad is open. Bewoners van Hoofdstraat 12 klagen.",
        "Ja, Jelte komt morgen.",
        "Klaar. Lekkage van Molenweg 3 gemeld.",
        "Foto van Kerkstraat 5 komt.",
    ],
)
def test_residents_an_answer_and_everyday_words_opening_a_clause_stay(text):
    opener = text.split(". ")[-1].split(" ")[0]
    assert opener not in covered(text, spans_of(text))


def test_a_particle_and_lower_case_surname_in_a_file_name_belong_to_the_name():
    text = "Spraakmemo Jelte de zwaan.m4a\n1:07 Audio"
    assert {"Jelte", "de", "zwaan.m4a"} <= covered(text, lines_spans(text))


# --- A lower-case surname called ------------------------------------------------------------


def test_a_lower_case_surname_after_ik_bel_is_a_person():
    text = "De put loopt over; melding 31207, ik bel haver."
    assert "haver." in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text", ["Ik bel straks.", "Ik bel vanavond, goed?", "We bellen papa.", "Ik bel gauw."]
)
def test_a_time_or_a_relative_after_ik_bel_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bel het Zorgloket (0522 85 95 00) gerust.", "Zorgloket"),
        ("Mail Klantcontact (info@voorbeeldfirma.nl) gerust.", "Klantcontact"),
    ],
)
def test_an_everyday_word_before_bracketed_contact_data_stays(text, kept):
    assert kept not in covered(text, spans_of(text, keep_values=("0522 85 95 00",)))


def test_a_bulleted_attachment_letter_stays():
    text = "Stukken:\n\u2022 Bijlage A\n\u2022 Bijlage B"
    assert "PERSON" not in labels_of(text, lines_spans(text))
