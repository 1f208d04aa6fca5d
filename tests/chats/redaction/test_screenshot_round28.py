"""Screenshot round 28 (issue 12): constructions blind22 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from chats.redaction import detect
from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import labels_of, spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered


def found(text: str, label: str = "PERSON") -> set[str]:
    return {text[s.start : s.end] for s in detect(text) if s.label == label}


# --- A first name that is also a month, where no date can stand ------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chats\nMei \u00bb 08:39\nDe container is vol", "Mei"),
        ("Chats\nApril fe 13:21\nDe container is vol", "April"),
        ("\u00ae Juli }\nBericht Toevoegen", "Juli"),
        ("Dank Mei, groet aan Sanne!", "Mei"),
        ("Instructie om 14h50; hesjes bij de balie, vraag naar\nApril.", "April"),
        ("Komt goed, Juli.", "Juli"),
        ("Sanne Kok heeft April \u00bb en Piet Bakker toegevoegd", "April"),
    ],
)
def test_a_month_where_a_person_stands_is_a_first_name(text, name):
    assert name in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dank voor de hulp in Mei, groet aan de buren.",
        "Chats\nVergadering 12 Mei 10:00\nDe container is vol",
        "Komt goed, 3 Juli.",
    ],
)
def test_a_month_of_a_date_stays(text):
    assert "PERSON" not in labels_of(text, lines_spans(text))


def test_a_month_found_as_a_person_is_blacked_where_written_again_but_not_in_a_date():
    text = "Komt goed, April.\nVergunning loopt tot 3 April 2027.\nApril belt morgen terug."
    spans = lines_spans(text)
    starts = {text[s:e] + f"@{s}" for s, e, label in spans if label == "PERSON"}
    assert f"April@{text.index('April belt')}" in starts
    assert f"April@{text.index('April 2027')}" not in starts


def test_a_month_after_a_date_ending_the_line_above_is_still_the_person():
    text = "14.06.26\nMei heeft Sanne Kok en Piet Bakker toegevoegd\nKomt goed, Mei."
    spans = lines_spans(text)
    assert any(text[s:e] == "Mei" and s == text.index("Mei") for s, e, _ in spans)


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "Brief naar Piet Doorn-Kok.\nVerkeersregelaars: Mei doorn (12 03 1990), bel mij.",
            {"Mei", "doorn"},
        ),
        ("Brief naar Piet Doorn-Kok.\nContainer voor juli doorn, aannemer.", {"juli", "doorn"}),
    ],
)
def test_a_month_before_a_person_found_is_the_first_name(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


# --- A contact saved as a lower-case word, as a chat list's title ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chats\nfagot 12:45\nSpraakbericht (0:21)",
        "Chats\nGemeente Meppel 11:10\ncello\nNieuw rekeningnr: NL...",
    ],
)
def test_a_lower_case_word_as_a_chat_list_title_is_a_person(text):
    word = "fagot" if "fagot" in text else "cello"
    assert word in covered(text, lines_spans(text))


def test_a_lower_case_word_in_a_chat_stays():
    text = "De container staat klaar.\nfagot\n12:45"
    assert "fagot" not in covered(text, lines_spans(text))


# --- Around a person found: "fam.", a married name cut short, the other part of a slash ------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Vluchtelingenwerk helpt fam. Haddad met een regeling.", {"fam", "Haddad"}),
        ("Chats\nMarieke Bouma, e.v.... 09:54\nNieuw rekeningnr", {"Bouma", "e.v"}),
        ("Chats\nMarieke Bouma: e.V... 3:34\nNieuw rekeningnr", {"e.V"}),
        ("Ontheffing tot 05/07, t.n.v. Tuba/Marieke.", {"Tuba/Marieke"}),
    ],
)
def test_the_parts_around_a_person_found_are_blacked(text, must_cover):
    spans = lines_spans(text)
    assert must_cover <= covered(text, spans)


def test_a_married_name_cut_on_the_next_line_is_no_abbreviation_of_the_title():
    text = "Chats\n& Haddad, R. 3:00\nGeb. 20 januari '49, tel"
    assert "Geb" not in covered(text, lines_spans(text))


# --- Surnames with initials ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Chats\nS Fagot, H.\nGeb. zondag 8 december..", {"Fagot", "H"}),
        ("& Fagot, H., Ines Bakker en 2 anderen typen...", {"Fagot", "H"}),
        ("Stichting Urgente Noden helpt B. O. EL HADDAD met een regeling.", {"B", "HADDAD"}),
        ("Klacht: mevrouw |. Wouda stond 116 EUR te wachten.", {"mevrouw", "Wouda"}),
    ],
)
def test_a_surname_with_initials_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_surname_with_initials_is_found_again_opening_a_list_row():
    text = "Chats\nS Fagot, H.\nGeb. zondag 8 december..\nHaftu Fagot, e.v...\nNieuw"
    assert {"Haftu", "Fagot", "e.v"} <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "initials"),
    [("Chats\n\\ Haddad JB\nJuni Kok", "JB"), ("Chats\n& Haddad SO 11:12\nGeb. ...", "SO")],
)
def test_bare_initials_after_a_surname_found_closing_a_list_title_are_its(text, initials):
    assert initials in covered(text, lines_spans(text))


def test_a_firms_form_after_a_name_stays():
    text = "Chats\nHaddad BV 11:12\nFactuur volgt"
    assert "BV" not in covered(text, lines_spans(text))


# --- A word first name before a surname found, a notice's added word -------------------------


def test_a_word_before_a_surname_found_after_thanks_is_the_first_name():
    text = "Dank Bloes Luit, Schildersbedrijf Kok kijkt.\nDe boa gaat langs bij Luit op 119-1."
    assert {"Bloes", "Luit"} <= covered(text, lines_spans(text))


def test_a_word_a_notice_adds_is_a_person():
    text = "Sanne Kok heeft deze groep aangemaakt en Rara toegevoegd"
    assert "Rara" in covered(text, lines_spans(text))


# --- Numbers and addresses made of names ------------------------------------------------------


@pytest.mark.parametrize("number", ["038 ...", "+31 (0)591...", "0522 ..."])
def test_a_number_cut_short_after_tel_in_a_preview_is_a_phone(number):
    text = f"Chats\n& Haddad, R. 11:15\nGeb. 9 juli '62, tel {number}"
    assert "PHONE" in labels_of(text, lines_spans(text))


def test_an_info_address_made_of_the_names_of_a_person_is_personal():
    text = "Chats\nMarieke Haddad 11:37\nDe handhaver mailt naar info@haddadmarieke.example.nl."
    assert "info@haddadmarieke.example.nl" in covered(text, lines_spans(text))


# --- Institutions named after someone stay ---------------------------------------------------


def test_a_school_named_after_a_person_stays():
    text = "Instructie om 14h50 bij Wubbo Ockelsschool; vraag naar Wubbo."
    assert "Ockelsschool" not in covered(text, spans_of(text))


# --- The text detector: a first name that is a word before a surname no list knows ------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bankje met plaquette voor Roos Hadzic aan de Kerkstraat?", "Roos Hadzic"),
        ("Een brief aan Eik Al-Khatib over de boom.", "Eik Al-Khatib"),
    ],
)
def test_a_word_first_name_before_an_unlisted_surname_after_a_preposition(text, name):
    assert name in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Afspraak bij Foto Jansen op de Kruisstraat.",
        "Feest bij Schouwburg Ogterop vrijdag.",
        "Gecontroleerd door Brandweer Drenthe op 21-11.",
    ],
)
def test_a_trade_or_body_before_a_name_stays(text):
    assert not found(text)


def test_a_name_wrapped_after_its_word_first_name_is_found_whole():
    text = "Bankje met plaquette voor Roos\nHadzic aan de Kerkstraat?"
    assert {"Roos", "Hadzic"} <= covered(text, spans_of(text))


# --- Contacts saved as a given name and two letters of the surname, a town that is a surname --


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chats\n* Wilgie Ki, 1:35\nTrailer is weg", "Wilgie"),
        ("Chats\n* Wilg Ki. en\nTrailer is weg", "Wilg"),
    ],
)
def test_a_given_name_and_two_letters_whose_dot_or_time_ocr_misread_is_a_person(text, name):
    assert name in covered(text, lines_spans(text))


def test_a_lower_case_town_that_is_a_surname_as_a_chat_list_title_is_a_person():
    text = "Chats\nhoorn 11:53\nSpraakbericht (0:31)"
    assert "hoorn" in covered(text, lines_spans(text))
