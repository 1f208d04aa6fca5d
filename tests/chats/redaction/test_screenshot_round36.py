"""Screenshot round 36 (issue 12): constructions blind29 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered


def _labels_at(text: str, word: str) -> set[str]:
    at = text.index(word)
    return {label for s, e, label in lines_spans(text) if s <= at < e}


# --- A contact saved with a label, marked chat list rows, live locations ---------------------


def test_a_contact_saved_with_a_label_is_a_person_found_again():
    text = (
        "Werkgroep Markt\n# Wimpel Op Stegen (privé)\n"
        "Kramen huren bij de markt, contact Wimpel Op Stegen, 06 1234 5678."
    )
    spans = lines_spans(text)
    second = text.index("contact") + len("contact ")
    assert {"Wimpel", "Stegen"} <= covered(text, spans)
    assert any(s <= second < e for s, e, label in spans if label == "PERSON")


def test_a_place_with_a_label_stays():
    text = "Werkgroep Markt\n# Stadhuis Meppel (werk)\nZaal C is vrij."
    assert not {"Stadhuis", "Meppel"} & covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Chats\n$ Kwast... 10:12\nMijn IBAN is", "Kwast"),
        ("Chats\n+ Yo... 08:25\nBusje staat op de...", "Yo"),
    ],
)
def test_a_marked_chat_list_title_cut_short_is_a_person(text, word):
    assert word in covered(text, lines_spans(text), strip=",.!?;:()")


def test_a_marked_organisation_title_cut_short_stays():
    text = "Chats\n+ Gemeente... 10:12\nApp of bel 14 0522"
    assert "Gemeente" not in covered(text, lines_spans(text), strip=",.!?;:()")


def test_the_owner_of_a_live_location_after_a_mark_is_a_person():
    text = "Live locatie van # Wimpel\nKraai\ntot 12:45"
    assert {"Wimpel", "Kraai"} <= covered(text, lines_spans(text))


# --- Applicants, residents of a street or a number, clause subjects --------------------------


def test_a_requests_applicant_before_its_case_number():
    text = "Aanvraag parkeerplaats Chidubem zaaknr. 079868; De coach meet na 14 uur."
    assert "Chidubem" in covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Aanvraag parkeerplaats Meppel zaaknr. 015830 is binnen.", "Meppel"),
        ("Aanvraag subsidie Zonnepanelen kenmerk 2026-114 is binnen.", "Zonnepanelen"),
    ],
)
def test_a_place_or_a_thing_after_a_requests_word_stays(text, kept):
    assert kept not in covered(text, lines_spans(text))


def test_an_unknown_word_before_van_de_street_is_a_resident():
    text = "Woont Chidubem van de\nKerkstraat daar nog?"
    assert "Chidubem" in covered(text, lines_spans(text))


def test_a_dutch_word_before_van_de_street_stays():
    text = "Bewoners van de Kerkstraat krijgen een brief."
    assert "Bewoners" not in covered(text, lines_spans(text))


def test_whom_someone_quotes_before_van_nr_is_a_resident_also_a_word():
    text = "De heg is gesnoeid, zegt Vaak van nummer 8, 0522-123 456."
    assert "Vaak" in covered(text, lines_spans(text))


def test_an_unknown_given_name_and_a_word_surname_opening_a_clause():
    text = "Koffie bij OBS De Linde;\nTemitope Kwast brengt taart, afmelden via 14 0522."
    assert {"Temitope", "Kwast"} <= covered(text, lines_spans(text))


def test_a_firm_opening_a_clause_stays():
    text = "Markt om 9 uur;\nTaxi Meppel brengt de kramen."
    assert not {"Taxi", "Meppel"} & covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "Gids Open Monumentendag: Oyelaran,\nWimpel, Kerkstraat 12, 06 1234 5678.",
            {"Oyelaran", "Wimpel"},
        ),
        (
            "Uittreksel nodig voor\nhuurcontract: Temitope Sering,\nKerkstraat 15 app. 3, Rogat.",
            {"Temitope", "Sering"},
        ),
    ],
)
def test_names_listed_after_a_colon_before_an_address(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Stembureau: Meppel, Kerkstraat 12 is open.", "Meppel"),
        ("Stembureau: Bibliotheek, Kerkstraat 12.", "Bibliotheek"),
        ("Waar: Speeltuin, Kerkstraat 12.", "Speeltuin"),
    ],
)
def test_a_place_or_building_listed_before_an_address_stays(text, kept):
    assert kept not in covered(text, lines_spans(text))


# --- Lower-case names: voice notes, owners, whom one speaks, chat list rows -------------------


def test_a_name_in_a_voice_notes_file_name():
    text = "PTT-wimpel kraai.opus\n1:12 Audio"
    start, end = text.index("wimpel"), text.index(".opus")
    assert any(s <= start and end <= e for s, e, label in lines_spans(text) if label == "PERSON")


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Buurtpreventie: schuur van de wimpel op\nKerkstraat 12 staat open.", {"de", "wimpel"}),
        ("Buurtpreventie: fiets van kwast op\nKerkstraat 12 staat buiten.", {"kwast"}),
        ("De consulent belt de wimpel vanmiddag.", {"de", "wimpel"}),
        ("Chats\nde wimpel 0912)\nGemist", {"de", "wimpel"}),
    ],
)
def test_a_lower_case_person_named_like_a_thing(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    "text",
    ["De wijkagent belt de verhuurder even.", "Schuur van de buurvrouw op Kerkstraat 12 is open."],
)
def test_a_role_named_like_a_lower_case_person_stays(text):
    role = "verhuurder" if "verhuurder" in text else "buurvrouw"
    assert role not in covered(text, lines_spans(text))


def test_calling_the_municipality_tomorrow_stays():
    text = "De wijkagent belt de gemeente morgen."
    assert "gemeente" not in covered(text, lines_spans(text))


def test_a_name_established_in_lower_case_is_blacked_capitalised_too():
    text = "Chats\nzeef 10:01\nTeam Markt 09:12\nHondenbelasting Zeef stopt per 1/8."
    spans = lines_spans(text)
    at = text.index("Zeef")
    assert any(s <= at < e for s, e, label in spans if label == "PERSON")


# --- Persons grown: "aan de", "e/v", "Surname; Given", short given names, "en" ---------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Hulp voor Oyelaran aan de\nStegen, Kerkstraat 4.", {"Oyelaran", "aan", "de", "Stegen"}),
        ("Collecte: Jan Smit e/v\nOyelaran, KvK 12345678.", {"e/v"}),
    ],
)
def test_persons_grown_over_aan_de_and_e_v(text, must_cover):
    assert must_cover <= covered(text, lines_spans(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Jan Smit woont aan de Kerkstraat.", "Kerkstraat"),
        ("Spiegel bij de uitrit van Jan Smit aan de Pieter\nHoofdstraat hangt scheef.", "Pieter"),
    ],
)
def test_aan_de_before_a_street_stays(text, kept):
    assert kept not in covered(text, lines_spans(text))


def test_a_given_name_after_a_semicolon_in_a_contacts_name():
    text = "Chats\nkwast 10:01\nVan Kwast; Temitope... 08:56\nGeboren 03/07/67"
    assert "Temitope" in covered(text, lines_spans(text), strip=",.!?;:()")


def test_a_two_letter_given_name_before_a_capital_particled_surname():
    text = "Leiding: Xu Ten Kwast en Analyn, 06 1234 5678."
    assert {"Xu", "Ten", "Kwast"} <= covered(text, lines_spans(text))


def test_two_persons_joined_by_en_make_one_span():
    text = "Sportpas voor Yo, moeder Temitope en\nOyelaran Kwast, Kerkstraat 10."
    spans = lines_spans(text)
    start, end = text.index("Temitope"), text.index("Kwast") + len("Kwast")
    assert any(s <= start and end <= e for s, e, label in spans if label == "PERSON")


def test_a_chat_list_title_of_de_heer_glued_by_ocr():
    text = "Chats\ndeheerK. vande. 12\nIBAN: ..."
    assert "deheerK" in covered(text, lines_spans(text))


# --- Numbers: a numbered toevoeging, a report's number, firms named like persons --------------


def test_a_house_number_with_a_numbered_toevoeging_after_nr():
    text = "De coach meet na 14 uur bij nr. 57-02."
    assert "ADDRESS" in _labels_at(text, "57-02")


def test_a_reports_number_after_melding_is_no_phone():
    text = "Lamp doet het weer, dank Jan, melding 061234."
    assert "PHONE" not in _labels_at(text, "061234")


def test_a_firm_named_after_a_caterer_stays():
    text = "Chats\nCateraar Kwast 09:04\nKvK 22194436, btw...\nKWAST B. 11:32\nGeboren 03/07/67"
    assert "Cateraar" not in covered(text, lines_spans(text))


def test_a_business_account_named_like_a_person_stays():
    text = (
        "Glazenwasser De Wimpel is een zakelijk account : Meer info\n"
        "Lente Wimpel belt morgen.\nFactuur van Glazenwasser De Wimpel klopt."
    )
    spans = lines_spans(text)
    firm = text.rindex("Glazenwasser De Wimpel")
    assert not any(firm <= s < firm + 22 for s, e, label in spans if label == "PERSON")
