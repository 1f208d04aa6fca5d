"""Screenshot round 27 (issue 12): constructions blind21 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import covered, labels_of, spans_of

# --- A married name after "wed." (widow of) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Kraam 4 voor Hilje Kowalczyk wed. Emmer staat klaar.", {"Hilje", "wed.", "Emmer"}),
        ("Stembureaulid: Jikke Dąbrowski wed. Hamer, rekening volgt.", {"Dąbrowski", "wed."}),
    ],
)
def test_a_widows_name_is_blacked_whole(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


# --- "de heer" and initials before a surname found --------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Brief van de heer K. Wisniewski over de boom", {"heer", "K.", "Wisniewski"}),
        ("Namens de heer P.\nKowalczyk een klacht", {"heer", "P.", "Kowalczyk"}),
    ],
)
def test_de_heer_and_initials_belong_to_the_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


# --- Contacts saved with a symbol OCR read as a detached ellipsis, or as one digit ----------


def test_a_word_contact_with_a_detached_ellipsis_is_a_person_in_a_chat_list():
    text = "Chats\nKwast ... 10:41\nDe sleutel ligt bij de buren\nTeam Noord... 09:12"
    found = covered(text, lines_spans(text))
    assert "Kwast" in found
    assert "Noord..." not in found  # a title the chat list cut short: the dots glued to it


def test_a_title_cut_right_after_a_word_stays():
    text = "Chats\nBuurtvereniging .... 13:23\nGoed, tot vrijdag"
    assert "Buurtvereniging" not in covered(text, lines_spans(text))


def test_a_sender_label_with_a_detached_ellipsis_is_a_person():
    text = "Emmer ...\nStraatnaambord ligt in de sloot bij de brug."
    assert "Emmer" in covered(text, lines_spans(text))


def test_a_reply_with_an_ellipsis_stays():
    text = "Prima ...\n10:41"
    assert "Prima" not in covered(text, lines_spans(text))


@pytest.mark.parametrize("mark", ["5", "7"])
def test_a_preview_sender_whose_symbol_ocr_read_as_a_digit_is_a_person(mark):
    text = f"0612 34 56 78 08:26\n\u2014 Kwastje {mark}: BSN is...\nGemeente Meppel 11:10"
    assert "Kwastje" in covered(text, lines_spans(text))


# --- Contacts saved as a given name and an initial --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chats\nm Zaag B 12:10\nWagen staat voor de deur", "Zaag"),
        ("Chats\nR Wieslaw K 08:44\nWagen staat voor de deur", "Wieslaw"),
        ("Je bent toegevoegd door \u00ae Tol R", "Tol"),
        ("\u00bb Hamertje V\nVolmacht verkiezingen geregeld.", "Hamertje"),
    ],
)
def test_a_given_name_with_an_initial_as_a_contact_is_a_person(text, name):
    assert name in covered(text, lines_spans(text))


def test_a_word_with_a_letter_alone_after_a_bullet_stays():
    text = "\u2022 Bijlage B\nZie het verslag."
    assert "Bijlage" not in covered(text, lines_spans(text))


# --- "Surname (Given)" as a chat list's title ------------------------------------------------


def test_a_surname_with_a_bracketed_given_name_as_a_list_title_is_a_person():
    text = "Chats\n*< Zaag (Lente) 3:28\nGeboren 17-12-68 ..."
    found = covered(text, lines_spans(text))
    assert {"Zaag", "(Lente)"} <= found


# --- A voice note named after a given name and surname in lower case -------------------------


def test_a_voice_note_named_after_a_lower_case_full_name_is_a_person():
    text = "Spraakbericht tol hamer.opus 1:12 Audio"
    assert {"tol", "hamer.opus"} <= covered(text, spans_of(text))


# --- Addresses: a street ending in -drift, number first before two-word streets ----------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("De aanvraag voor Koedrift 14-bis staat in het zaaksysteem.", {"Koedrift", "14-bis"}),
        ("Stemt voor Veedrift no 12, bsn volgt.", {"12,"}),
    ],
)
def test_a_street_ending_in_drift_is_an_address(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Meldt zich voor fenna, 31 Willem Kloosstraat, 7948 AB.", {"31", "Kloosstraat,"}),
        ("Geveltuin aanvragen voor 8 Jan Steenlaan? Bewoner belt.", {"8", "Steenlaan?"}),
    ],
)
def test_a_number_before_a_street_of_two_words_is_an_address(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_numbered_document_before_a_firm_stays():
    text = "2 Offerte Kwast Catering\nKWA-118.pdf 4 pagina's"
    assert "ADDRESS" not in labels_of(text, lines_spans(text))


def test_an_amount_or_a_time_before_a_name_stays():
    text = "Om 12 Jan Steenlaan bezoeken en € 31 Willem betalen."
    assert "ADDRESS" not in labels_of(text, spans_of(text))


def test_a_house_number_with_a_toevoeging_written_again_is_that_home():
    text = "Melding Kerkstraat 41-3 ontvangen.\nDe boa gaat langs bij Emmer op 41-3. Zaak 12."
    found = covered(text, lines_spans(text))
    assert sum(1 for w in text.split() if w.startswith("41-3")) == 2
    assert {"41-3.", "Emmer"} <= found


# --- A phone number a chat list cut short after a missed call ---------------------------------


@pytest.mark.parametrize(
    "line",
    ["Gemist gesprek - 0528 61 42.", "Gemist aesprek : +31 528", "Gemiste oproep \u00b7 06 12"],
)
def test_a_number_cut_short_after_a_missed_call_is_blacked(line):
    text = f"Chats\nkwast hamer 13:47\n{line}"
    assert "PHONE" in labels_of(text, lines_spans(text))


# --- Neighbours named by a lower-case surname --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Hangjongeren bij de speeltuin. Buurman hamer heeft filmpjes.", {"hamer"}),
        ("Volmacht: stemt voor emmer, Kerkstraat 12, Meppel.", {"emmer,"}),
    ],
)
def test_a_lower_case_surname_of_a_neighbour_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_neighbour_doing_something_stays_readable():
    text = "Buurman zelf heeft filmpjes en buurvrouw ook."
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- An institution named "De <word>" stays ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Zwembad De Hamer snoeit vrijdag de bomen.", "Morgen opent Buurthuis De Kwast weer."],
)
def test_an_institution_named_de_and_a_surname_word_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


def test_de_and_a_surname_word_after_a_verb_is_still_a_person():
    text = "Ik bel De Hamer zo terug."
    assert {"De", "Hamer"} <= covered(text, spans_of(text))
