"""Screenshot round 26b (issue 12): constructions the leftovers of blind15 to blind18 showed,
tested with other names, numbers and layouts (no tesseract: OCR results are built as in
test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import covered, labels_of, spans_of

# --- "Surname, I.I." after a surname the detector took alone --------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Petitie van Anna Bos en Kamp, R.T.; crowdfunding loopt", {"Kamp,", "R.T.;"}),
        ("Bel jij Kamp, R. terug over de bijstand?", {"Kamp,", "R."}),
    ],
)
def test_initials_after_a_surname_and_comma_belong_to_the_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_initials_after_a_place_and_comma_stay():
    text = "Vergadering in Meppel, N.B. neem de fiets"
    assert "N.B." not in covered(text, spans_of(text))


# --- A BSN in brackets after a person, in odd groups or wrapped over lines --------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        # 111 222-333 and 1234 567 82 pass the 11-proef
        ("Bel jij Henk Bos (111\n222-333) terug?", {"(111", "222-333)"}),
        ("Dossier Anna de Vries (1234 567 82) ligt klaar", {"(1234", "567", "82)"}),
    ],
)
def test_a_bracketed_bsn_after_a_person_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_bracketed_number_failing_the_11_proef_after_a_person_stays():
    text = "Dossier Anna de Vries (1234 567 83) ligt klaar"
    assert "BSN" not in labels_of(text, spans_of(text))


# --- A BSN after its cue with characters OCR glued to it -----------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("graag op rekening, BSN\n71111222333.", {"71111222333."}),
        ("BSN 1111222333 bekend", {"1111222333"}),
    ],
)
def test_a_bsn_with_glued_characters_after_its_cue_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))
    assert "BSN" in labels_of(text, spans_of(text))


def test_a_long_number_without_a_valid_bsn_stays():
    text = "BSN-aanvraag onder zaaknummer 12345678901 bekend"
    assert "BSN" not in labels_of(text, spans_of(text))


# --- A mobile number with an O read for a zero ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["06.25 21 O1 78 08:21", "Bel 06.4O 12 33 91 vandaag", "06 12 O3 44 55"],
)
def test_a_mobile_with_an_o_for_a_zero_is_a_phone(text):
    assert "PHONE" in labels_of(text, lines_spans(text))


def test_a_word_with_os_after_06_stays():
    text = "Om 06.00 OOK de deur dicht"
    assert "PHONE" not in labels_of(text, lines_spans(text))


# --- Names before bracketed birth dates, and those dates in spaced writings -----------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("ID-kaart van Kort (3/4/41) afgegeven door", {"Kort"}),
        ("Pas voor Klein (12-3-1950) is klaar", {"Klein"}),
    ],
)
def test_an_everyday_word_named_before_a_bracketed_birth_date_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_sentence_opening_word_before_a_bracketed_date_stays():
    text = "Vergadering. Klein (12-3-2025) is de dag"
    assert "Klein" not in covered(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Opa Henk (19 02 '43) moet een verklaring", {"(19", "02", "'43)"}),
        ("Oma Greet (3 11 1938) belt morgen", {"(3", "11", "1938)"}),
    ],
)
def test_a_spaced_bracketed_birth_date_after_a_person_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_spaced_bracketed_count_after_a_person_stays():
    text = "Henk Bos (3 11 stuks) belt morgen"
    assert "DATE_OF_BIRTH" not in labels_of(text, spans_of(text))


# --- A first name that is a word, with tussenvoegsels and a surname -------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Vrijwilligersvergoeding voor Door 't Hart: 191 euro", {"Door", "'t", "Hart:"}),
        ("Chats\nDoor uit den... 12:37\nGeb. 11 jul. 1976", {"Door", "uit", "den..."}),
        ("Pakket voor Roos van der Kamp ligt klaar", {"Roos", "van", "der", "Kamp"}),
    ],
)
def test_a_word_first_name_before_tussenvoegsels_and_a_surname_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Door de Gemeente Meppel is besloten",
        "Stuur het naar De Wolden voor vrijdag",
        "Door van de weg af te gaan",
    ],
)
def test_a_word_before_tussenvoegsels_and_an_institution_or_place_stays(text):
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- A name addressed at a bubble's start before "bel jij" ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("> Doorgestuurd\nOusmane, bel jij de aanvrager terug?", "Ousmane,"),
        ("Keziah, kun je de brief sturen?", "Keziah,"),
    ],
)
def test_a_name_addressed_before_a_verb_and_jij_is_a_person(text, name):
    assert name in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    ["Oké, bel jij de aanvrager terug?", "Goed, kun je de brief sturen?", "Top, doe jij het?"],
)
def test_a_word_before_a_verb_and_jij_stays(text):
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- Names in the notice of a changed security code -----------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Je beveiligingscode met piet uit den bogaard is gewijzigd.", {"piet", "bogaard"}),
        ("Je beveiligingscode met Mees Haver is gewijzigd. Tik voor info", {"Mees", "Haver"}),
    ],
)
def test_the_contact_of_a_security_code_notice_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_security_code_notice_with_a_number_keeps_its_words():
    text = "Je beveiligingscode met +31 6 12345678 is gewijzigd."
    assert "gewijzigd." not in covered(text, lines_spans(text))


# --- A birth date in spaces after a person and a comma, wrapped or not ----------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Nieuwe vrijwilliger: Anna Haver, 25\n02 2003, Kerkweg 110 huis", {"25", "02", "2003,"}),
        ("Aanmelding Henk de Vries, 3 11 1949, Meppel", {"3", "11", "1949,"}),
    ],
)
def test_a_spaced_birth_date_after_a_person_and_a_comma_is_blacked(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_spaced_count_after_a_person_and_a_comma_stays():
    text = "Aanmelding Henk de Vries, 3 11 2099, Meppel"
    assert "DATE_OF_BIRTH" not in labels_of(text, spans_of(text))


# --- An IBAN whose bank code OCR misread (a letter too many, l for I) -----------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("rekening IE68 AlIBK 7569 8808 9776 13.", {"IE68", "7569", "8808", "9776", "13."}),
        ("rekening NL91 ABNlA 0417 1643 00 graag", {"NL91", "0417", "1643", "00"}),
    ],
)
def test_an_iban_with_a_misread_bank_code_is_blacked_when_its_checksum_holds(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_an_iban_shape_failing_its_checksum_stays():
    text = "rekening NL92 ABNlA 0417 1643 00 graag"
    assert "IBAN" not in labels_of(text, spans_of(text))


# --- An e-mail address whose underscore OCR lost ("chi hoed@...") ---------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "vragen naar chi hoed@example.net of\n0522625680.",
            {"chi", "hoed@example.net", "0522625680."},
        ),
        ("mail kim bakker@example.org", {"kim", "bakker@example.org"}),
    ],
)
def test_an_email_with_a_lost_underscore_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text", ["vragen naar info@example.net of 0522 85 95 00.", "Mail gerust subsidies@example.nl."]
)
def test_a_role_mailbox_after_a_word_stays(text):
    assert "EMAIL" not in labels_of(text, spans_of(text))


def test_a_title_before_tussenvoegsels_and_a_street_stays():
    text = "Werk aan de Professor van der Kampstraat duurt lang"
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- A voice note named after one person ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [("Spraakmemo Zuza.m4a\n0:37 Audio", "Zuza.m4a"), ("Spraakbericht Ko.opus", "Ko.opus")],
)
def test_a_voice_note_named_after_one_person_is_blacked(text, name):
    assert name in covered(text, lines_spans(text))


def test_a_voice_note_named_after_a_subject_stays():
    text = "Spraakmemo Vergadering.m4a\n0:37 Audio"
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- Blind18's leftovers: residents named by their home, added members, clause-opening given names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drone boven het plein; volgens ridder van\nKerkweg 45 vliegt hij", "ridder"),
        ("Lawaai, zegt bakker van Stationsweg 12 al weken", "bakker"),
    ],
)
def test_a_lower_case_surname_before_van_and_an_address_is_a_person(text, name):
    assert name in covered(text, spans_of(text))


def test_a_lower_case_word_before_van_and_an_address_stays():
    text = "Lawaai, zegt de buurman van Stationsweg 12 al weken"
    assert "buurman" not in covered(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Arend Bot heeft Anna :# en tukasz boom toegevoegd", {"tukasz", "boom"}),
        ("Arend Bot heeft tukasz boom, Anna Bos toegevoegd", {"tukasz", "boom,"}),
    ],
)
def test_an_added_member_with_a_person_in_it_is_a_person_as_a_whole(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_an_added_number_keeps_the_notice_words():
    text = "Arend Bot heeft +31 6 12345678 toegevoegd"
    assert "toegevoegd" not in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Schuldhulp: Tamme Kers (680\n451 365) heeft een afspraak", {"Tamme", "Kers"}),
        ("Melding: Sjoerdje Bakker belde over de stoep", {"Sjoerdje", "Bakker"}),
    ],
)
def test_a_capitalised_word_opening_a_clause_before_a_surname_is_its_given_name(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_place_opening_a_clause_before_a_surname_stays():
    text = "Melding: Meppel Bakker belde"
    assert "Meppel" not in covered(text, spans_of(text))


def test_a_compound_word_before_tussenvoegsels_and_a_street_name_stays():
    text = "> Doorgestuurd\nBuurtbarbecue op de Hendrik Jan\nNijenhuisstraat: vraagt subsidie"
    assert "PERSON" not in labels_of(text, spans_of(text))
