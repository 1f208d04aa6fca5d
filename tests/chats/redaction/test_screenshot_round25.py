"""Screenshot round 25 (issue 12): constructions the twentieth blind set showed, tested with
other names, numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import covered, labels_of

# --- Contacts saved as an everyday word with a symbol ("Bel #", "Lief #&") -------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Werkgroep 08:59\nOke, tot zo\nMooi # 09:56\nHet pakket staat klaar", "Mooi"),
        ("Team Noord\nMooi # typt...", "Mooi"),
        ("Buren\nMooi #&, a Ove Ka., 06 1234 5678, jij", "Mooi"),
        ("Ove Zwart heeft Anna Bos en Mooi #& toegevoegd", "Mooi"),
        ("Mooi *\nBericht", "Mooi"),
    ],
)
def test_an_everyday_word_saved_with_a_symbol_is_a_contact(text, name):
    assert name in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        # A message that is a reply or a wish with its emoji, alone on its row (the final CI of
        # stop 37 failed round 19's "Gefeliciteerd *" on this rule)
        "Gefeliciteerd *\nmet je nieuwe huis",
        "Bedankt #\nik regel het",
        "Super *\ntot morgen",
        "Top # 09:56",
    ],
)
def test_a_reply_or_a_wish_with_a_symbol_alone_on_its_row_stays(text):
    assert "PERSON" not in labels_of(text, lines_spans(text))


def test_an_everyday_word_with_a_symbol_inside_a_sentence_stays():
    text = "Dat is mooi # hoor, tot morgen"
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- "Surname, I.I. (Given)", also cut short in a chat list ---------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("@ Haver, K.J. (Kees)\nBericht", {"Haver,", "K.J.", "(Kees)"}),
        ("Bus voor De Vos, Y.M. (Yara), morgen", {"De", "Vos,", "Y.M.", "(Yara),"}),
        ("Chats\n= Haver, K.J... 13:35\nGeb. 1-1-'50", {"Haver,", "K.J..."}),
        ("Chats\n= Spijker, FW... 1:30\nGeb. 1-1-'50", {"Spijker,", "FW..."}),
    ],
)
def test_a_surname_with_initials_and_a_bracketed_given_name_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_place_with_a_bracketed_word_stays():
    text = "Meppel, N.B. (Let op) de weg is dicht"
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- A first name the lists leave out as a language ("Frans") -------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Uitbetaling aan Frans Dijkstra op vrijdag", {"Frans", "Dijkstra"}),
        ("Vergunning voor Frans Novak-Dijkstra", {"Frans", "Novak-Dijkstra"}),
        ("Frans # typt...", {"Frans"}),
    ],
)
def test_a_language_named_first_name_before_a_listed_surname_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_languages_in_a_sentence_stay():
    text = "Ik spreek Frans, Engels en Duits met de Bakker"
    assert "Frans," not in covered(text, lines_spans(text))


# --- "Given Xx." contacts, and "X geb. Y" / "X e.v. Y" names ---------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("a Mees Ko. neemt audio op...\nTot zo", {"Mees", "Ko."}),
        ("Buren\nLot #, a Mees Ko., @ De Vos K., 06 1234 5678, jij", {"Mees", "Ko.,"}),
        ("Live locatie Mees Ko.\ntot 12.15", {"Mees", "Ko."}),
        ("A Mees Ko. 12:49\nRekening", {"Mees", "Ko."}),
    ],
)
def test_a_name_with_two_letters_of_the_surname_is_a_contact(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_an_abbreviation_after_a_word_stays():
    text = "Zie Tel Nr.\nBel ons"
    assert "PERSON" not in labels_of(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Vergunning voor Mees Haver e.v.\nSpijker verleend bij", {"Mees", "Haver", "Spijker"}),
        ("Chats\nKoster geb. Spijker 0:21\nAfspraak", {"Koster", "Spijker"}),
        ("Koster geb.... 10:34\nTot zo", {"Koster"}),
    ],
)
def test_married_and_maiden_names_are_persons(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_birth_date_after_geb_stays_a_date():
    text = "Geb. 1-1-1950, mail me"
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- Surnames in capitals: "O SPIJKER, Anna" rows and "K. KOSTER heeft ..." notices ----------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Chats\nO SPIJKER, Anna\nTot zo", {"SPIJKER,", "Anna"}),
        ("= HAMER, Anna 05:12\nTot zo", {"HAMER,", "Anna"}),
        ("K. SPIJKER heeft deze groep 'Werkgroep Rogat' gemaakt", {"K.", "SPIJKER"}),
    ],
)
def test_a_surname_in_capitals_of_a_contact_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize("text", ["BTW, Anna komt morgen", "GGD, Anna komt morgen"])
def test_an_abbreviation_in_capitals_before_a_name_stays(text):
    assert text.split(",")[0] + "," not in covered(text, lines_spans(text))


# --- A neighbour named by a lower-case word surname ("buurvrouw hamer, 06/...") -------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vraag van buurvrouw vork,\n+31-6-51249046.", "vork,"),
        ("Bel buurman beker 06 1234 5678", "beker"),
    ],
)
def test_a_lower_case_surname_after_a_neighbour_is_a_person(text, name):
    assert name in covered(text, lines_spans(text))


@pytest.mark.parametrize("text", ["De buurman zelf.", "Mijn buurvrouw ook.", "De buurman hier."])
def test_a_word_after_a_neighbour_stays(text):
    assert "PERSON" not in labels_of(text, lines_spans(text))


# --- A mobile number with "31" but no plus --------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Klopt dit nummer nog: 31612345678?", "Tel. 31698765432.", "ziek is, 31623456789."]
)
def test_a_mobile_with_the_country_code_without_a_plus_is_a_phone(text):
    assert "PHONE" in labels_of(text, lines_spans(text))


def test_a_long_case_number_starting_with_31_stays():
    text = "Kenmerk 2026/316123456789 en zaak 31612345678901"
    assert "PHONE" not in labels_of(text, lines_spans(text))


# --- The name someone goes by ("Hij noemt zich Mooi.") --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dakloze man bij de bakkerij.\nHij noemt zich Mooi.", "Mooi."),
        ("Ze noemen hem Kort", "Kort"),
    ],
)
def test_the_name_one_goes_by_is_a_person(text, name):
    assert name in covered(text, lines_spans(text))
