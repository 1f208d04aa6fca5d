"""Screenshot round 21 (issue 12): constructions the sixteenth blind set still showed after round
20, tested with other names, words and layouts (no tesseract: OCR results are built as in
test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_text import (
    LIST_BLOCK,
    covered,
    labels_of,
    list_spans,
    spans_of,
)


def lines_spans(text: str):
    """Spans of `text` with each line its own tesseract block (bubbles, labels, notices)."""
    return spans_of(text, blocks=(1,) * (text.count("\n") + 1))


# --- A capitalised word right after a first name is its surname, also an everyday word ---------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Aanvraag parkeerkaart: Sanne Snel, BSN 111222333.", {"Sanne", "Snel,"}),
        ("Overleden gemeld. Zoon Bram\nLaat, tel 06 12345678.", {"Bram", "Laat,"}),
        ("Bijenhotel op het plein; juf Ilse Klein wil hulp.", {"Ilse", "Klein"}),
    ],
)
def test_a_capitalised_word_after_a_first_name_is_its_surname(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Offerte van Kerem Catering volgt.", "Catering"),
        ("Mevrouw Ilse woont aan de Kerkstraat 5 in Meppel.", "Kerkstraat"),
        ("Het bezoek van Ilse Meppel is gepland.", "Meppel"),
    ],
)
def test_a_firm_word_street_day_or_place_after_a_first_name_is_no_surname(text, kept):
    spans = spans_of(text)
    at = text.index(kept)
    assert not any(s <= at < e and label == "PERSON" for s, e, label in spans)


def test_a_sender_labels_next_line_is_no_surname():
    text = "Sanne Vos\nKerstbomen ophalen kan morgen."
    spans = spans_of(text)
    assert "Kerstbomen" not in covered(text, spans)


# --- "SURNAME, Firstname" and "Surname, I." as a chat list's title or a notice's name --------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("BLIJ, Kerem 13:55\nMijn nieuwe nummer", {"BLIJ,", "Kerem"}),
        ("STIL, Marloes 09:02\nFoto", {"STIL,", "Marloes"}),
    ],
)
def test_a_chat_list_title_of_a_capital_surname_comma_first_name_is_a_person(text, must_cover):
    assert must_cover <= covered(text, list_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Blij, K. staat niet in uw contacten. Blokkeren of toevoegen?", {"Blij,", "K."}),
        ("Vlug, M. 08:46\nFoto", {"Vlug,", "M."}),
    ],
)
def test_a_surname_comma_initial_opening_a_line_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize("text", ["Ja, A. de Wit komt ook.", "Let op, B. graag invullen"])
def test_a_word_comma_initial_of_a_sentence_names_no_surname(text):
    spans = lines_spans(text)
    assert not any(text[s:e].startswith(("Ja", "Let")) for s, e, _ in spans)


# --- A first name and a lower-case surname that is a word, as a clause's subject --------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Schuldhulp: Kerem stil kan de huur niet betalen.", {"Kerem", "stil"}),
        ("Melding: Ilse de kat heeft de pas verloren.", {"Ilse", "kat"}),
    ],
)
def test_a_first_name_then_a_lower_case_surname_opening_a_clause_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ik denk dat Kerem snel kan komen.",
        "Schuldhulp: Kerem kan snel betalen.",
    ],
)
def test_a_lower_case_word_after_a_first_name_inside_a_clause_stays(text):
    spans = spans_of(text)
    assert "snel" not in covered(text, spans)


# --- A lower-case name before "van <address>" or a name's whole lower-case writing -------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "blij hovenier\nKerstbomen ophalen 12 mei: blij van Dorpsstraat 18 heeft er tien.",
            {"blij"},
        ),
        ("Grofvuil 3-4-2026: vlug van Kerkweg 7-C staat klaar.", {"vlug"}),
    ],
)
def test_a_lower_case_name_before_van_and_an_address_is_a_person(text, must_cover):
    spans = lines_spans(text)
    word = next(iter(must_cover))
    at = text.index(f"{word} van")
    assert any(s <= at < e and label == "PERSON" for s, e, label in spans)


def test_a_lower_case_surname_between_van_and_op_an_address_is_a_person():
    text = "De heg van vlug op Dorpsstraat 18 hangt over het fietspad."
    assert "vlug" in covered(text, spans_of(text))


def test_a_lower_case_name_before_a_titled_streets_address_is_a_person():
    text = "Subsidie: kerem blij, Mr. A.B.\nJansenlaan 12bg, IBAN volgt."
    assert {"kerem", "blij,"} <= covered(text, spans_of(text))


def test_a_quoted_name_before_an_address_is_a_person():
    text = "Sleutelbos gevonden. Op het label: \u2018Mos, Dorpsstraat 18 (achterom)'."
    assert "\u2018Mos," in covered(text, spans_of(text))


def test_an_everyday_noun_before_van_and_an_address_stays():
    text = "Melding: afval van Dorpsstraat 18 ligt er nog."
    assert "PERSON" not in labels_of(text, spans_of(text))


def test_an_established_name_in_lower_case_is_blacked():
    text = "Overlijden gemeld: Juni Okonkwo, geboren 1950.\nDe auto van juni okonkwo staat er nog."
    spans = lines_spans(text)
    at = text.index("juni okonkwo")
    assert any(s <= at < e for s, e, _ in spans)
    assert any(s <= at + 5 < e for s, e, _ in spans)


# --- Nicknames, push names and identity documents ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("ID-kaart Pepijntje voorkant.jpg\nJPEG : 2,1 MB", {"Pepijntje"}),
        ("Paspoort Lolo achterkant.jpg", {"Lolo"}),
        ("Rijbewijs Kip voorkant.pdf", {"Kip"}),
    ],
)
def test_the_holder_named_in_an_identity_documents_file_name_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("\u2014 joepie se: geb. 9-mei-2021", {"joepie"}),
        ("\u2014 keeskees s: mijn BSN volgt", {"keeskees"}),
    ],
)
def test_a_push_name_before_an_emoji_misread_as_letters_is_a_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_nickname_of_an_established_first_name_is_a_person():
    text = "Wil jij Kerem Okafor terugbellen?\nScan Keremtje paspoort.jpg"
    assert "Keremtje" in covered(text, lines_spans(text))


# --- Floors and toevoegingen of addresses --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Blij woont op Dorpsstraat 18 3-hoog sinds mei.", {"3-hoog"}),
        ("Ophalen bij Kerkweg 112bg, graag voor 12 uur.", {"112bg,"}),
    ],
)
def test_a_floor_or_ground_floor_toevoeging_belongs_to_the_address(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


# --- Names established in the screenshot, found again by their position --------------------


def test_a_name_a_chat_list_title_established_late_is_blacked_after_initials():
    text = "VLUG, Kees 13:55\nDe pas voor K. vlug ligt klaar."
    spans = spans_of(text, blocks=(LIST_BLOCK, 1))
    at = text.rindex("vlug")
    assert any(s <= at < e and label == "PERSON" for s, e, label in spans)


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Spraakbericht van Joep.opus\n1:03 : Audio", {"Joep.opus"}),
        ("Spraakbericht van Juni.opus\n1:03 : Audio", {"Juni.opus"}),
        ("Graag, wil jij Kraai Noor terugbellen?", {"Kraai", "Noor"}),
        ("Woordvoerder Olek (1971-09-03), mail ons.", {"Olek"}),
        ("Doorgestuurd van Juni Kraai: de heg hangt over.", {"Juni", "Kraai:"}),
    ],
)
def test_recordings_surname_first_writings_bracketed_births_and_months_name_persons(
    text, must_cover
):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_one_to_one_chats_header_title_is_established():
    text = "Dille Vers\nonline\nTekening dakkapel dille vers.pdf"
    spans = lines_spans(text)
    at = text.index("dille vers")
    assert any(s <= at < e for s, e, _ in spans)
    assert any(s <= at + 6 < e for s, e, _ in spans)


@pytest.mark.parametrize(
    "text", ["Gemeente Meppel\nonline\nUw aanvraag is binnen.", "Team Wegen\ntypt...\nKlopt."]
)
def test_an_organisations_or_groups_header_names_no_person(text):
    assert "PERSON" not in labels_of(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Lintje voorgedragen: Joep Kraai (03 - O1 - 2021), Dorpsstraat 18.", {"O1", "2021),"}),
    ],
)
def test_a_spaced_or_misread_date_in_brackets_after_a_name_is_a_birth_date(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


def test_a_future_date_in_brackets_after_a_name_is_no_birth_date():
    text = "Afspraak met Pim Okafor (12 - 03 - 2031) in het stadhuis."
    assert "DATE_OF_BIRTH" not in labels_of(text, spans_of(text))


def test_a_dutch_iban_after_its_cue_is_found_also_where_ocr_broke_its_check():
    text = "Subsidie: unit 3, IBAN NL24\nANDL 815\n520 3687. Installateur volgt."
    spans = spans_of(text)
    assert {"NL24", "ANDL", "815", "520", "3687."} <= covered(text, spans)
