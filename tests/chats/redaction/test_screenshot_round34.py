"""Screenshot round 34 (issue 12): constructions blind27 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered


def labelled(text: str, spans, word: str) -> set[str]:
    at = text.index(word)
    return {label for s, e, label in spans if s <= at < e}


# --- House numbers after "nr." with a room or a toevoeging in words ----------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Lantaarn kapot, zegt Wiebe Rozema, nr. 61 hs.", "61"),
        ("Bel Wiebe (wiebe@example.org). Nr. 17 kamer 4, bel 06 1234 5678.", "17"),
        ("Straatnaambord mist een letter, zegt Wiebe Rozema, nr. 203 achter.", "achter"),
    ],
)
def test_a_house_number_after_nr_with_a_room_or_a_word_toevoeging(text, item):
    assert "ADDRESS" in labelled(text, spans_of(text), item)


def test_a_bus_number_after_nr_stays():
    text = "Neem buslijn nr. 12 achter het station."
    assert not any(label == "ADDRESS" for _s, _e, label in spans_of(text))


# --- An organisation's e-mail address at a domain named after the person before it ------------


@pytest.mark.parametrize(
    "text",
    [
        "Bladkorf vol, zegt Wiebe Rozema\n(\ninfo@rozemasloot.example).",
        "Kappen de eiken? Wiebe Rozema,\ninfo@hoekrozema.example, wil bezwaar maken.",
    ],
)
def test_an_info_address_named_after_the_person_before_it_is_theirs(text):
    assert any(label == "EMAIL" for _s, _e, label in spans_of(text))


def test_a_firms_info_address_after_a_person_stays():
    text = "Offerte via Wiebe Rozema, info@timmerbedrijfmeppel.example, morgen."
    assert not any(label == "EMAIL" for _s, _e, label in spans_of(text))


# --- Chat list rows cut short: "Fam...", an IBAN whose J was lost, a cut area code -----------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Chats\nFam... 08:38\nRekening: NL 41 RABO 0300 ...", "Fam"),
    ],
)
def test_a_family_title_cut_short_in_a_chat_list_is_a_person(text, word):
    assert word in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Chats\nFam... 08:38\nRekening: NL 16 TXF 1877\nhazel 08:39", "1877"),
        ("Chats\nFam... 12:07\nRekening: NLO6 TXF] 43 3340.\nhazel 1:16", "3340"),
    ],
)
def test_a_cut_iban_whose_bank_code_lost_a_letter(text, item):
    assert "IBAN" in labelled(text, lines_spans(text), item)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Chats\nwiebe 08:48\nSpraakoproep gemist : (0528) ...", "0528"),
        ("Chats\nwiebe 09:52\nSpraakoproep gemist: 0521...", "0521"),
    ],
)
def test_a_missed_calls_area_code_cut_short_is_a_phone(text, item):
    assert "PHONE" in labelled(text, lines_spans(text), item)


# --- Names closing a message, longer forms of a nickname, a surname's given name in a title --


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Groetjes uit Rogat, Esdoorn!\n11:37", "Esdoorn"),
        (
            "Chats\nWiebe R 09:05\nDe paal staat scheef.\n11:02\nStaat onder Z27.070104, Egel.",
            "Egel",
        ),
    ],
)
def test_a_word_addressed_at_a_messages_end_is_a_person(text, word):
    assert word in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Wilgenweg 12, Nijeveen.\n11:37",
        "Lees meer op meppel.nl, Gemeente.\n11:37",
        "Graag voor 7 juli, Maandag.\n11:37",
    ],
)
def test_a_place_or_an_organisation_at_a_messages_end_stays(text):
    assert not {"Nijeveen", "Gemeente", "Maandag"} & covered(text, lines_spans(text))


def test_a_place_named_like_the_long_form_of_a_contacts_nickname_is_that_person():
    text = "Chats\n* Montse S 15:19\nCamper\n11:02\nDe bank is geverfd door Montserrat zelf."
    assert "Montserrat" in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Chats\n$ ROZEMA Tulp 11:43\nGeboren 1976.09.16, mail...", {"ROZEMA", "Tulp"}),
        ("Meld: Rozema, Tulp (F.).\n09:23", {"Rozema", "Tulp", "F"}),
    ],
)
def test_a_surname_with_its_given_name_in_titles_and_cards(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


# --- Around persons: "dank X,", "gehuwd met", a garbled group-name notice -------------------


def test_a_first_name_thanked_before_more_of_the_sentence():
    text = "De hovenier verschoont de zandbak rond 13 uur; dank Esdoorn,\nmeldingnr. 022525."
    assert "Esdoorn" in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Huisnummerbord kwijt na de verbouwing van Wiebe Rozema\ngehuwd met Dijkstra, Kerkweg 4.",
        "Ouders Wiebe Rozema gehuwd met Dijkstra, Kerkweg nr 54.",
    ],
)
def test_gehuwd_met_between_persons_is_blacked_with_them(text):
    assert {"gehuwd", "met"} <= covered(text, spans_of(text))


def test_a_garbled_group_name_notice_blacks_its_actor():
    text = 'Rú iT Abdy deevtreeft de groepsnaam GQ ewijzig d raar "Buurtteam"\nDille & 09:01'
    assert {"Rú", "iT", "Abdy"} <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        'Je hebt de groepsnaam gewijzigd naar "Buurtteam"',
        'Gemeente Meppel heeft de groepsnaam gewijzigd naar "Buurtteam"',
    ],
)
def test_a_group_name_notice_by_you_or_an_organisation_stays(text):
    assert not {"Je", "Gemeente", "Meppel"} & covered(text, lines_spans(text))


# --- OCR's "l" for a capital I opening a name ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Havengeld EUR 805 voor lep staat klaar, besluit B&W 39-2026.", "lep"),
        ("Chats\nRozema lep 13:12\nTot woensdag bij de...", "lep"),
    ],
)
def test_an_l_read_for_a_capital_i_opening_a_listed_name(text, word):
    assert word in covered(text, lines_spans(text))


def test_a_lower_case_word_with_an_l_stays():
    text = "Havengeld EUR 805 voor lekker weer staat klaar."
    assert "lekker" not in covered(text, spans_of(text))


# --- Who a case is about, a contact card, a name before a phone --------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bezwaar Nurlan over de parkeerschijf ontvangen, ons kenmerk GR/00170.", "Nurlan"),
        ("Schade Baktygul niet voor de gemeente, ref. 27-22993.", "Baktygul"),
    ],
)
def test_an_unknown_name_after_a_cases_noun_is_a_person(text, word):
    assert word in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bezwaar Meppel over de parkeerschijf ontvangen.",
        "Schade Kerkweg niet voor de gemeente.",
        "Melding Gemeente over de brug.",
    ],
)
def test_a_place_street_or_organisation_after_a_cases_noun_stays(text):
    assert not {"Meppel", "Kerkweg", "Gemeente"} & covered(text, spans_of(text))


def test_a_contact_cards_file_name_is_a_person():
    text = "Contactkaart Montserrat Rozema.vcf\nvCard : 2 kB\n08:32"
    assert "Montserrat" in covered(text, lines_spans(text))


def test_a_firms_contact_card_stays():
    text = "Contactkaart Gemeente Meppel.vcf\nvCard : 2 kB\n08:32"
    assert not {"Gemeente", "Meppel"} & covered(text, lines_spans(text))


def test_a_given_name_and_surname_before_a_phone_are_a_person():
    text = "Bon in de blauwe zone! Auto XT-JF-37, Bes Plank, +31 (6) 1896 7147."
    assert {"Bes", "Plank"} <= covered(text, spans_of(text))


def test_a_firm_before_a_phone_stays():
    text = "Bon in de blauwe zone! Bel Gemeente Meppel, +31 (6) 1896 7147."
    assert not {"Gemeente", "Meppel"} & covered(text, spans_of(text))


# --- A group's title stays ----------------------------------------------------------------------


def test_a_groups_title_with_a_surname_word_stays():
    text = (
        "Team Bomen en Groen\n$ Tulp en Wiebe typen...\n"
        'Wiebe Rozema heeft de groepsnaam gewijzigd naar "Team\nBomen en Groen"'
    )
    spans = lines_spans(text)
    assert "Groen" not in covered(text, spans)
    assert 'Groen"' not in covered(text, spans)
    assert {"Wiebe", "Rozema"} <= covered(text, spans)


# --- Whom one calls in lower case, a relative's place-named given name, initials with a bracket


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De handhaver parkeren belt esdoorn\nvanmiddag.", "esdoorn"),
        ("De handhaver schrijft esdoorn 13/06/26 aan over de haag.", "esdoorn"),
    ],
)
def test_a_lower_case_contact_called_or_written_to_before_when_is_a_person(text, word):
    assert word in covered(text, spans_of(text))


def test_a_pronoun_called_before_when_stays():
    text = "De handhaver belt hem vanmiddag."
    assert "hem" not in covered(text, spans_of(text))


def test_a_place_named_given_name_after_a_relative_before_a_surname_found():
    text = "Tiny forest bij de sporthal: vader\nMontserrat Pierre-Louis helpt planten."
    assert {"Montserrat", "Pierre-Louis"} <= covered(text, spans_of(text))


def test_initials_whose_j_was_read_as_a_bracket():
    text = "Watertappunt kapot, melding van A.). Rozema,\nwiebe.r@icloud.example, 0528/618636."
    assert "Rozema" in covered(text, spans_of(text))


def test_a_lower_case_resident_after_van_before_an_address_found():
    text = "Stobbe frezen voor de deur van esdoorn, Populierenlaan 73, 7941JZ."
    assert "esdoorn" in covered(text, spans_of(text))


# --- "Wethouder Groen": a portfolio or the wethouder's surname; privacy wins -----------------
# Round 34 kept "Groen" after "Wethouder" as the portfolio (blind27 has it so), but the text corpus
# labels "wethouder Groen" a person (blind_text_16) and the guideline counts officials as persons:
# where a word is both a portfolio and a common surname, the screenshot path blacks it out too.


@pytest.mark.parametrize(
    "text",
    [
        "Lindes blijven; Wethouder Groen belt Wiebe rond 14 uur.",
        "De geboorteboom komt in Busselte; Wethouder\nGroen plant hem 7 mrt.",
    ],
)
def test_a_surname_that_is_also_a_portfolio_after_wethouder_is_blacked(text):
    spans = spans_of(text)
    assert "Groen" in covered(text, spans)


def test_groen_as_a_surname_after_a_first_name_is_a_person():
    text = "top. groet Sander Groen"
    assert "Groen" in covered(text, spans_of(text))


# --- A place-named given name on a title line, "surname, Given...", initials in a list title ---


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Chats\nMontserrat lep 13:12\nTot woensdag bij de.", {"Montserrat", "lep"}),
        ("Montserrat lep\nvóór 5 oktober\nBezwaar ontvangen.", {"Montserrat", "lep"}),
        ("Chats\n$ lep, Montserrat... 09:55\nGeboren 02021962, mail", {"lep", "Montserrat"}),
        ("Chats\nMF Van Hattem 12:39\nRekening", {"MF", "Van", "Hattem"}),
    ],
)
def test_titles_of_contacts_named_like_places_or_with_initials(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


def test_a_bracketed_date_after_a_person_is_a_birth_date():
    text = (
        "Chats\nMontserrat lep 13:12\nTot woensdag.\n"
        '"Knotwilgen Montserrat lep (1 Maart 2020),\nKolonieweg 24, tel. +354 807 0033".'
    )
    assert "DATE_OF_BIRTH" in labelled(text, lines_spans(text), "Maart")


def test_a_business_account_notice_names_a_firm():
    text = (
        "Chats\nLoonbedrij 08:36\nOfferte projectcode 7344 is...\n"
        "Loonbedrijf Dolfing gebruikt een zakelijk account.\nBezwaar ontvangen."
    )
    assert not {"Loonbedrij", "Loonbedrijf", "Dolfing"} & covered(text, lines_spans(text))
