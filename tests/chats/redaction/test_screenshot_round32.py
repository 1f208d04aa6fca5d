"""Screenshot round 32 (issue 12): constructions blind25 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import spans_of, words_covered

covered = partial(words_covered, strip=",.!?;:()'")


# --- A business's kind before "De <name>" or a surname keeps the business ----------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Molen De Merel zet 3/7/2026 nieuw glas;\ndank Mees en Tjalling, meldnr. 55.", "Merel"),
        ("Dierenopvang De Vink kijkt vanmiddag naar de kat bij Brink.", "Vink"),
        ("Hulp: Mees Oranje, BSN 111222333\nReparatie door Loonwerk Oranje 4/1/2026.", "Loonwerk"),
    ],
)
def test_a_business_kind_before_a_name_keeps_the_business(text, kept):
    assert kept not in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    ["Nieuw bordje komt, Mees! Wethouder Jeugd mailt de levering.", "Wethouder Sport belt."],
)
def test_a_one_word_portfolio_after_an_office_stays(text):
    assert not {"Jeugd", "Sport"} & covered(text, lines_spans(text))


def test_an_office_before_a_surname_is_still_a_person():
    text = "Wethouder Vos mailt de levering."
    assert "Vos" in covered(text, lines_spans(text))


# --- Notices and list rows ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Roek Sovann is geen contact : Blokkeren : Toevoegen aan\ncontacten", {"Roek", "Sovann"}),
        ("Chats\nOK BAMIDELE 11:08\nIBAN ...", {"OK", "BAMIDELE"}),
        ("Chats\nmn KRUISSELBRINK... 13:00\nGeboren ...", {"KRUISSELBRINK"}),
    ],
)
def test_contacts_in_notices_and_chat_list_rows(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text", ["Dit nummer is geen contact : Blokkeren", "GEMEENTE... 09:14", "CBS DE LINDE 10:00"]
)
def test_no_contact_in_such_rows(text):
    assert not covered(text, lines_spans(text))


# --- Persons by their place in a sentence -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("De havenmeester spreekt kraai\nvanavond.", {"kraai"}),
        ("De boa spreekt de\nbruijn morgen.", {"de", "bruijn"}),
        ("De beheerder belt Tjonge maandag 8-10\naan op de Kerkweg.", {"Tjonge"}),
        ("Kuil bij de brug t.o.. Kunthea filmt, 06 12345678.", {"Kunthea"}),
        (
            "Trouwen om 12 uur\nin de raadzaal; Vuthy en Gems nemen\ngetuigen mee.",
            {"Vuthy", "Gems"},
        ),
        ("Gesprek Bopha in week 12 om 10:00u in het stadhuis.", {"Bopha"}),
        ("Dank Bopha, Cafe De Pot vist hem op.", {"Bopha"}),
        ("Spraakmemo horst vink.m4a\n1:12 : Audio", {"horst", "vink.m4a"}),
        ("Klaar.\nKraai weet ervan, hoor.", {"Kraai"}),
        ("Bomen gedumpt,\nhet lijkt gems ter horst. Tip van Mees.", {"gems", "ter", "horst"}),
    ],
)
def test_persons_by_their_place_in_a_sentence(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "De boa belt de buurman morgen en belt Meppel vandaag.",
        "Google meldt een storing. Brandweer komt.",
        "Gesprek Wmo in week 3. Afspraak Gemeente op 3 mei.",
        "Dank Allemaal, het was leuk. Bedankt Zorgloket, fijn.",
        "Spraakmemo vergadering.m4a",
        "Het huis ligt ten noorden. Dat is ten slotte goed.",
        "Meppel zegt nee. Iedereen weet het.",
    ],
)
def test_no_person_in_such_sentences(text):
    assert not {label for s, e, label in lines_spans(text) if label == "PERSON"}, lines_spans(text)


# --- Names with their data ---------------------------------------------------------------------


def test_a_name_after_voor_before_a_full_date_and_the_date():
    text = "Naamswijziging in de BRP voor Horst, 14.02.2016,\nschool OBS Het Dam."
    spans = spans_of(text)
    assert {"Horst", "14.02.2016"} <= covered(text, spans)
    assert not {"OBS", "Het", "Dam"} & covered(text, spans)


def test_two_particles_make_a_frequent_word_a_surname():
    text = "Trouwen met Samnang. Trouwen: Samnang van de\nBelt en Mees de Vries."
    assert "Belt" in covered(text, spans_of(text))


def test_a_name_wrapped_in_a_sentence_with_its_lower_case_surname():
    text = "Moeder Anna Kraai, 06 12345678.\nHeg op de hoek ontneemt het zicht, meldt Gems\nkraai."
    assert {"Gems", "kraai"} <= covered(text, spans_of(text))


def test_a_married_name_after_echtg():
    text = "Verhuisd: Anna Haring\nechtg. Bamidele, BSN 111222333."
    assert {"Anna", "Haring", "echtg", "Bamidele"} <= covered(text, spans_of(text))


def test_a_plate_with_spaced_dashes_and_its_owner_before_it():
    text = "Vuurwerk in de bus van Horst\nDekkinga (8 - GRT - 17 voor de deur) aan de Kerkweg."
    assert {"Horst", "Dekkinga", "8", "GRT", "17"} <= covered(text, spans_of(text))


def test_a_mobile_with_o_for_0_and_a_spaced_dash_wrapped():
    text = "Kuil in het fietspad,\nfietser Mees Haring (O6 -\n4177 2913) is gevallen."
    assert {"4177", "2913"} <= covered(text, spans_of(text))


def test_a_dotted_postcode_after_t_o():
    text = "Hulp: Mees Haring, BSN 111222333, Kerkweg 14 t.o., 7944.KL; uitkering op ..."
    assert "7944.KL" in covered(text, spans_of(text))
