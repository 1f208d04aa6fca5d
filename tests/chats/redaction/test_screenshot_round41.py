"""Screenshot round 41 (issue 12): constructions blind33 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’"
KEEP = ("0522 85 95 00", "06 14000522", "Postbus 501, 7940 AM Meppel")


def labels(text: str, spans) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in spans}


def persons(text: str, spans) -> list[str]:
    return [text[s:e] for s, e, label in spans if label == "PERSON"]


# --- Names by their construction ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # someone known by their street, a name that ends like a street's ending ("-ende")
        ("Bedoelt u Wende van de\nKwartellaan?", {"Wende"}),
        ("Is dat Degen van het Merelpad?", {"Degen"}),
        # "van" and a word no list knows, before a comma or "op" and a day
        ("De wijkagent neemt het\nover van Demisse, dossier AB12345.", {"Demisse"}),
        ("Vergunning voor 12-ab-3 van\nDerese op vrijdag 3-5 van 10:00 tot 12:00.", {"Derese"}),
        # whom a talk is about, beside a person found
        ("De havenmeester plant een gesprek\nover Wen met mevr. K. Oduya op vrijdag.", {"Wen"}),
        # a surname that is a word opening a message before "belt u"
        ("Degen belt u vanmiddag op 06 1234 5678.", {"Degen"}),
        # a lower-case surname "van" whom the number after it is
        ("Overlast van de honden van degen, +31 6 1234 5678.", {"degen"}),
        ("komen van de kippen van speer, 06\n21136067.", {"speer"}),
        # a title and a lower-case full name whose surname no dictionary has
        ("Boom valt om, zegt juf lot\nokonkwo; bel me.", {"lot", "okonkwo"}),
        # the names before a bracketed birth date
        ("Getuigen zijn Hoop Degen\n(geb. 12-01-'75) en Kees Bos.", {"Hoop", "Degen"}),
        # "bij" and a lower-case surname before where something lies
        ("Tak van de eik bij degen ligt op mijn auto.", {"degen"}),
    ],
)
def test_names_by_their_construction(text, words):
    assert words <= covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize(
    "text",
    [
        "Bedoelt u de bewoners van de Kwartellaan?",  # no name
        "Ligt Meppel van de Hoofdstraat ver?",  # a place
        "De factuur van Enexis, graag betalen.",  # an organisation a list knows
        "Gemeente belt u vanmiddag terug.",  # an organisation calls
        "Een foto van mij, 06 staat erop.",  # a pronoun
        "Gefeliciteerd van harte, 06 1234 5678.",  # an adverb with "van"
        "Het valt om, zegt juf\nelke dag;",  # "elke dag": no surname
        "Het zand bij vorst ligt hard.",  # a circumstance (a surname too)
    ],
)
def test_no_person_in_those_constructions_without_a_name(text):
    assert not persons(text, lines_spans(text))


def test_a_given_names_uit_het_surname_in_a_notice_is_the_persons():
    text = "Sanne uit het Veld heeft de timer voor verdwijnende\nberichten op 7 dagen gezet."
    assert {"Sanne", "uit", "het", "Veld"} <= covered(text, lines_spans(text), strip=STRIP)


def test_a_given_names_capital_uit_het_surname_on_a_sender_label_is_the_persons():
    text = "D) Obuya Uit de Hoek\nIk werk morgen thuis."
    assert {"Obuya", "Uit", "Hoek"} <= covered(text, lines_spans(text), strip=STRIP)


def test_a_family_a_chat_list_cut_after_its_particle_is_a_person():
    text = "Team Zorg 08:12\nFam. Van der. 13:44\nMijn IBAN is NL12 ABCD ..."
    spans = spans_of(text, blocks=(20001, 20002, 20003))
    assert {"Fam", "Van", "der"} <= covered(text, spans, strip=STRIP)


def test_a_lower_case_surname_on_an_emoji_row_with_a_misread_time_is_a_contact():
    text = "Team Zorg 08:12\nObuya degen £ 10455\nGeboortedatum 3.4.1990,"
    spans = spans_of(text, blocks=(20001, 20002, 20003))
    assert {"Obuya", "degen"} <= covered(text, spans, strip=STRIP)


def test_a_lower_case_given_name_before_a_particle_and_a_surname_found():
    # OCR's "l" for a capital "I" ("lfeoma" for "Ifeoma")
    text = "Woonboot lekt, eigenaar lfeoma ten Velde\n((+31) 6 12 34 56 78)."
    assert {"lfeoma", "Velde"} <= covered(text, lines_spans(text), strip=STRIP)


# --- Found once, blacked where OCR misread it ------------------------------------------------------


def test_a_name_with_a_capital_i_is_blacked_where_ocr_read_the_i_as_an_l():
    text = "Bezwaar boete Ivey, 123456782, in\nbehandeling.\nGesprek met S.F.J. lvey op 3-5."
    assert "lvey" in covered(text, lines_spans(text), strip=STRIP)


def test_a_bsn_found_is_blacked_where_ocr_read_a_digit_too_many():
    text = "Bezwaar boete, 1234567882, in behandeling.\nBSN 123456782, in behandeling."
    assert labels(text, lines_spans(text)).get("1234567882") == "BSN"


def test_a_birth_date_after_a_persons_bracketed_phone_closing_the_sentence():
    text = "vervanger is Sietske te Brake (+31 (0)6\n1234 5678), 14-03-'88."
    assert labels(text, lines_spans(text)).get("14-03-'88") == "DATE_OF_BIRTH"


# --- What stays --------------------------------------------------------------------------------


def test_a_chat_list_title_of_a_word_and_an_abbreviation_is_no_person():
    text = "Beroep WOZ... 09:12\nTot morgen allemaal\nElke SPEER 10:01\nKlopt"
    spans = spans_of(text, blocks=(20001, 20002, 20003, 20004))
    assert "Beroep" not in covered(text, spans, strip=STRIP)
    assert {"Elke", "SPEER"} <= covered(text, spans, strip=STRIP)


def test_the_organisations_whatsapp_number_with_an_o_for_a_zero_stays():
    text = "Gemeente Meppel 12:26\nApp ons op O6 - 14 00 05 22..."
    spans = spans_of(text, blocks=(20001, 20002), keep_values=KEEP)
    assert not [s for s in spans if s[2] == "PHONE"]


def test_the_postbus_with_a_bullet_read_as_a_letter_stays():
    text = "schriftelijk naar Postbus 501 e 7940 AM\nMeppel."
    assert spans_of(text, keep_values=KEEP) == ()


def test_a_business_number_for_emergencies_stays_and_a_mobile_does_not():
    text = "melding #80952; 088 - 123 45 67 bij\nnood."
    assert not [s for s in lines_spans(text) if s[2] == "PHONE"]
    text = "melding #80952; 06 - 12 34 56 78 bij\nnood."
    assert [s for s in lines_spans(text) if s[2] == "PHONE"]


def test_a_date_of_this_decade_after_a_persons_bracketed_phone_stays():
    text = "Afspraak met Sietske te Brake (06 1234 5678), 14-03-2027."
    assert labels(text, lines_spans(text)).get("14-03-2027") != "DATE_OF_BIRTH"
