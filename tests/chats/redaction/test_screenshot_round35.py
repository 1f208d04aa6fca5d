"""Screenshot round 35 (issue 12): constructions blind28 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered

# --- A name with its surname in brackets, the surname with particles, also cut short ---------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Chats\n% Mirre (Op de... 10:15\nAuto staat weer op...", {"Mirre", "Op", "de"}),
        ("Leden: Wolkje (In 't Veld), Jan.", {"Wolkje", "In", "'t", "Veld"}),
        ("Chats\n# Bries (De la. 09:57\nKermis...", {"Bries", "De", "la"}),
    ],
)
def test_a_name_with_a_bracketed_particled_surname(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_name_before_a_bracketed_surname_found_is_a_person():
    text = "Contact Wolkje (Bakker), 06 1234 5678."
    assert {"Wolkje", "Bakker"} <= covered(text, lines_spans(text))


def test_a_bracketed_note_after_a_place_stays():
    text = "Optocht in Nijeveen (De Wolden) om 14:00."
    assert "Nijeveen" not in covered(text, lines_spans(text))


# --- Notices: whoever added, invited or switched something, and whom they added --------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "ZATERDAG\nMaaike Anker heeft Parel £ en Jan Smit aan de\ngroep toegevoegd",
            {"Maaike", "Anker", "Parel"},
        ),
        ("DINSDAG\nParel (Van 't Hoog) heeft Ankertje uitgenodigd", {"Parel", "Ankertje"}),
        (
            "GISTEREN\nMirre op de Berg heeft verdwijnende berichten\ningeschakeld.",
            {"Mirre", "Berg"},
        ),
        ("11.04.2026\nParel in ‘t Veld is geen contact : Toevoegen", {"Parel", "Veld"}),
    ],
)
def test_the_actor_and_members_of_a_notice_are_persons(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_an_organisation_adding_members_stays():
    text = "Gemeente Meppel heeft Jan Smit aan de groep toegevoegd"
    assert "Meppel" not in covered(text, lines_spans(text))


# --- Widows, maiden names and initials of titles in chat lists --------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Volkstuin 12 opzeggen: wed.\nJansen-Yilmaz, Kerkweg 12.", {"wed", "Jansen-Yilmaz"}),
        ("Krans namens Jan Smit weduwe van De Boer, Kerkweg 12.", {"weduwe", "van", "Boer"}),
        ("Bericht van Jan Smit (geb.\nYilmaz) over de tuin.", {"geb", "Yilmaz"}),
    ],
)
def test_widows_and_maiden_names_with_the_person(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Chats\nK.L.M...... 08:15\nHallo", {"K.L.M......"}),
        ("Chats\nA.B.C. van de... 10:53\nMijn IBAN", {"A.B.C.", "van", "de..."}),
        ("Chats\ndhr. Op de Berg 11:02\nMijn IBAN", {"dhr.", "Op", "de", "Berg"}),
    ],
)
def test_initials_or_a_title_with_a_particle_cut_short_in_a_chat_list(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text), strip=",!?;:()")


# --- Subjects and objects of calling -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Zwemles om 16:55, route 2B; Mirre Anker\nbelt Parel.", {"Mirre", "Anker", "Parel"}),
        ("De beheerder belt\nmast nog.", {"mast"}),
    ],
)
def test_whom_one_calls_and_who_calls(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_calling_a_place_or_office_stays():
    text = "De beheerder belt Meppel.\nDaarna belt hij Burgerzaken."
    assert not {"Meppel", "Burgerzaken"} & covered(text, lines_spans(text))


# --- "SURNAME, Given" rows with a word given name, a couple with "&" ---------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Chats\nMAST, Parel = 10:17\nGeb. 14-11-1993", {"MAST", "Parel"}),
        ("Team Markt\nMAST, Parel = en Jan zijn aan het typen", {"MAST", "Parel"}),
    ],
)
def test_a_capital_surname_and_a_word_given_name_as_a_contact(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_couple_joined_by_an_ampersand_with_their_surname():
    text = "Trouwen in het museum: Parel\n& Wolk De Mast, getuigen Jan Smit."
    assert {"Parel", "Wolk", "De", "Mast"} <= covered(text, lines_spans(text))


def test_a_firm_with_and_sons_stays():
    text = "Offerte van Zeilmakerij Mast & Zn voor de boot."
    assert "Zeilmakerij" not in covered(text, lines_spans(text))


# --- Chat list preview senders, the typing line, whom one apps --------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Chats\nGemeente Meppel 11:21\n— Mirre J}: mijn BSN is...", "Mirre"),
        ("Chats\nTeam... 11:48\n— Sterretje 5): mijn BSN is...", "Sterretje"),
        ("Chats\nTeam... 11:48\n= Ankertje : mijn BSN is.", "Ankertje"),
        ("Team Markt\nJan Smit & en Ankertje zijn aan het typen...", "Ankertje"),
        ("Sleutel ligt bij de buren, bel 06 1234 5678 of app Ankertje.", "Ankertje"),
    ],
)
def test_preview_senders_typing_members_and_whom_one_apps(text, word):
    assert word in covered(text, lines_spans(text))


def test_the_municipality_as_a_preview_sender_stays():
    text = "Chats\nTeam... 11:48\n— Gemeente J}: de optocht gaat door."
    assert "Gemeente" not in covered(text, lines_spans(text))


# --- Given names no list knows, before a word surname or a lower-case name ------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Gondelvaart: boot van Batbayar\nZeil doet mee, ligplaats 4.", {"Batbayar", "Zeil"}),
        (
            "Kees Anker heeft deze groep aangemaakt\nMarktkraam baatar anker wil naast de kerk.",
            {"baatar", "anker"},
        ),
    ],
)
def test_an_unknown_given_name_before_a_surname(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_street_after_van_stays():
    text = "De optocht gaat van Kleine Sluiskade naar de markt."
    assert not {"Kleine", "Sluiskade"} & covered(text, lines_spans(text))


# --- Numbers: a missed call cut short, an age's birth date, spaced postcodes, split mails ----


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Chats\nmirre 12:58\nGemist gesprek - +31 (0)521....", "(0)521", "PHONE"),
        ("Oma Mirre Anker wordt 90 (\n14/11/36)! Feest.", "14/11/36", "DATE_OF_BIRTH"),
        ("Ze woont aan de Kerkweg 12, 7942 G K; kleinzoon Jan.", "7942", "POSTCODE"),
        ("Schoolzwemmen mist de bus, mail\nparel mast@yahoo.example of bel.", "parel", "EMAIL"),
    ],
)
def test_numbers_and_addresses_in_new_writings(text, word, label):
    at = text.index(word)
    assert any(s <= at < e and lab == label for s, e, lab in lines_spans(text))


def test_a_number_in_brackets_after_an_age_that_is_no_date_stays():
    text = "Het museum wordt 100 (zie de folder)."
    assert not any(lab == "DATE_OF_BIRTH" for _s, _e, lab in lines_spans(text))


def test_whom_one_speaks_to_is_a_person_also_named_like_a_place():
    text = "De beheerder spreekt Kiel\naan, melding 077057."
    assert "Kiel" in covered(text, lines_spans(text))


# --- A group's preview sender; businesses on the water ---------------------------------------


def test_a_group_previews_sender_with_a_surname_named_like_a_place():
    text = "Chats\nWerkgroep... 13:21\nParel Kiel: ben bij.\nGemeente Meppel 13:23"
    assert {"Parel", "Kiel"} <= covered(text, lines_spans(text))


def test_a_group_previews_topic_stays():
    text = "Chats\nWerkgroep... 13:21\nKleine Sluiskade: afgezet.\nGemeente Meppel 13:23"
    assert not {"Kleine", "Sluiskade"} & covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ontheffing zaak 2026-012748;\nJachthaven De Mast brengt hekken 1/3/'26,\nvragen 14 0522.",
        "Chats\nGemeente Meppel 11:21\nApp 06 14 000 522 of bel.\nRondvaart De Mast 02:19\nKvK 85214161",
    ],
)
def test_a_marina_or_a_boat_tour_named_like_a_person_stays(text):
    assert not {"Jachthaven", "Rondvaart", "Mast"} & covered(text, lines_spans(text))


def test_a_group_title_above_an_emoji_read_as_an_ampersand_stays():
    text = "Klankbordgroep Oostersingel\n& Runa N neemt een spraakbericht op"
    assert "Oostersingel" not in covered(text, lines_spans(text))
