"""Screenshot round 52: constructions blind44 showed, tested with other names, numbers and
layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.chats.redaction.test_screenshot_text import bubble_spans, labelled, rows_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’\"“”"
KEEP = ("+31 6 1400 0522", "14 0522", "NL36 BNGH 0285 0075 31", "Postbus 501, 7940 AM Meppel")

bubble = partial(bubble_spans, block=52001, keep_values=KEEP)
rows = partial(rows_spans, first_block=52101, keep_values=KEEP)


# --- Names by their place in a sentence or a notice -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kaneel KEET heeft de groep 'Vuurwerk Oost' opgezet voor de buurt\nDank je",
            "Kaneel KEET",
        ),
        (
            "Kam (Ulugbek) heeft de groep 'Bladkorf Oost' opgezet\nvoor de buurt",
            "Kam (Ulugbek)",
        ),
    ],
)
def test_the_maker_of_a_group_set_up_named_with_words(text, name):
    assert name in labelled(text, rows(text), "PERSON")


def test_a_group_set_up_by_the_municipality_stays():
    text = "Gemeente Meppel heeft de groep 'Vuurwerk Oost' opgezet voor de buurt"
    assert labelled(text, rows(text), "PERSON") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We vragen Bries om een vergunning achteraf.", "Bries"),
        ("Wij vroegen Kaneel om\neen nieuwe aanvraag.", "Kaneel"),
    ],
)
def test_the_one_asked_to_do_something(text, name):
    assert name in labelled(text, bubble(text), "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "We vragen u om een vergunning achteraf.",
        "We vragen bewoners om hun afval binnen te zetten.",
        "We vragen Gemeente Meppel om een besluit.",
    ],
)
def test_asking_you_residents_or_the_municipality_stays(text):
    assert labelled(text, bubble(text), "PERSON") == []


def test_spaced_initials_without_dots_before_a_surname_wrapped():
    text = "Factuur naar R\nT J Wijesinghe,\nmail ons."
    assert {"R", "T", "J", "Wijesinghe"} <= covered(text, bubble(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("De koeien staan op de\nweg. Lelie Haring (Lel), 7941 AB.", {"Lelie", "Haring", "Lel"}),
        (
            "Gemeld door Lelie\nHaring, Zaagstraat 12, geboortedatum\nmei 3 1980.",
            {"Lelie", "Haring"},
        ),
    ],
)
def test_a_name_of_words_before_its_address_or_postcode(text, words):
    assert words <= covered(text, bubble(text), strip=STRIP)


def test_a_firm_before_its_address_stays():
    text = "Bestel bij Kapsalon Kam, Zaagstraat 12, 7941 AB."
    assert "Kapsalon" not in covered(text, bubble(text), strip=STRIP)


def test_a_word_for_a_given_name_before_a_surname_no_word_list_knows():
    text = 'Doorgestuurd van Kees Brem: "Kwarts\nMcBride (0612-558166) is met de trekker."'
    assert {"Kwarts", "McBride"} <= covered(text, bubble(text), strip=STRIP)


def test_a_given_name_before_a_particle_and_a_surname_that_is_a_place():
    text = "Chats\nSvanhild van der Hulst _ 0956\n> Doorgestuurd bericht: IBAN ..."
    assert "Svanhild van der Hulst" in labelled(text, rows(text), "PERSON")


def test_a_title_before_a_particle_and_a_place_stays():
    text = "Wethouder van der Hulst opent de schaatsbaan."
    assert "Wethouder" not in covered(text, bubble(text), strip=STRIP)


def test_a_preview_sender_under_a_row_whose_time_ocr_garbled():
    text = "Chats\nBladkorf..... :00\nKaneel: gat in de weg bij Yusuf...\nGemeente Meppel :29"
    assert "Kaneel" in labelled(text, rows(text), "PERSON")


def test_the_apps_words_and_the_municipality_as_preview_senders_stay():
    text = "Chats\nBladkorf..... :00\nGemeente Meppel: de bladkorf komt...\nLocatie: bij de kerk..."
    assert labelled(text, rows(text), "PERSON") == []


# --- Numbers cut short, by slashes, with their cue ---------------------------------------------------


def test_a_number_abroad_cut_short_in_a_chat_list_row_with_a_garbled_time():
    text = "Chats\n+380 67. :21\n— Lel 2: mijn bsn 0 8221...\nGemeente Meppel 12:08"
    assert {"+380", "67"} <= covered(text, rows(text), strip=STRIP)


def test_a_birth_date_cut_short_after_geboren_in_a_preview():
    text = "Chats\nLelie Haring 0:14\nBestand : geboren 14-03.\nGemeente Meppel 12:08"
    assert labelled(text, rows(text), "DATE_OF_BIRTH") == ["14-03"]


def test_a_postcode_with_its_cue():
    text = "Verhuizing naar Zaagstraat 12,\npc 7942 KL Meppel; de wagen."
    assert {"pc", "7942", "KL"} <= covered(text, bubble(text), strip=STRIP)


def test_a_bsn_in_three_groups_between_slashes():
    text = "Is het rijbewijs (367/418/253) al\nopgehaald?"
    assert labelled(text, bubble(text), "BSN") == ["367/418/253"]


def test_three_groups_between_slashes_failing_the_eleven_test_stay():
    text = "Is het rijbewijs (367/418/254) al\nopgehaald?"
    assert labelled(text, bubble(text), "BSN") == []


# --- What stays: document numbers, dates to come, clinics ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We storten terug onder\nnotanummer 5512/34 (het besluit).",
        "Zie factuurnummer 2210/35 van maart.",
    ],
)
def test_a_document_number_with_a_slash_is_no_address(text):
    assert labelled(text, bubble(text), "ADDRESS") == []


def test_a_house_number_with_a_slash_stays_an_address():
    text = "Ik woon op de Zaagstraat huisnummer 12/3, kom langs."
    assert labelled(text, bubble(text), "ADDRESS") != []


def test_a_date_to_come_after_a_birth_date_is_no_birth_date():
    text = "Kyra is geboren\n4-mei-1980, dus\n12-6-2061 mag zij nog niet mee."
    assert labelled(text, bubble(text), "DATE_OF_BIRTH") == ["4-mei-1980"]


@pytest.mark.parametrize(
    "text",
    [
        "Chats\nDierenkliniek Kam... 11:40\nKam 11:53\nDe koe is beter.",
        "Graag contact met Dierenkliniek Kam over de\nkoe. Kam belt terug.",
    ],
)
def test_a_clinic_named_after_someone_of_the_screenshot_stays(text):
    spans = rows(text) if text.startswith("Chats") else bubble(text)
    assert "Dierenkliniek" not in covered(text, spans, strip=STRIP)
    assert text.index("Kam") not in {s for s, _e, label in spans if label == "PERSON"}


def test_a_preview_sender_after_a_cut_row_joined_to_it():
    text = "Chats\nBladkorf..... :00\nKaneel: gat in de weg bij Yusuf..."
    assert "Kaneel" in labelled(text, bubble(text), "PERSON")


def test_a_word_given_name_coordinated_is_covered_with_its_conjunction():
    text = "Op het bankje: 'Geschonken door Kaneel of\nFarid Osei'. Dank je"
    assert {"Kaneel", "of", "Farid", "Osei"} <= covered(text, bubble(text), strip=STRIP)


def test_a_row_title_of_a_word_and_a_surname_no_list_knows():
    text = "Chats\nKaneel 12:08\nRupsen bij de kerk.\nKaneel Osei 08:16"
    assert "Kaneel Osei" in labelled(text, rows(text), "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Chats\nSchaatsbaan Haveltermade 08:16\nGemeente Meppel 12:08",
        "Chats\nGraffiti Zaagbrug 08:16\nGemeente Meppel 12:08",
        "Chats\nKermis Molenlanden 12:08\nGemeente Meppel 12:09",
    ],
)
def test_a_groups_row_title_of_words_and_a_place_stays(text):
    assert labelled(text, rows(text), "PERSON") == []


def test_a_senders_label_of_a_word_and_an_unknown_surname_with_noise_after_its_time():
    text = "Top, ik geef het door.\nKaneel Osei 08:16 NEEN"
    assert "Kaneel Osei" in labelled(text, rows(text), "PERSON")


def test_the_one_asked_to_do_something_without_om():
    text = "We vragen Lepel de schade te melden (kenmerk WG/1234)."
    assert "Lepel" in labelled(text, bubble(text), "PERSON")


def test_a_name_found_by_these_rules_again_elsewhere_in_the_screenshot():
    text = "Chats\nKaneel 12:08\nRupsen bij Kaneel.\nKaneel Osei 08:16"
    assert {"Kaneel", "Kaneel.", "Osei"} <= covered(text, rows(text), strip="")


def test_a_postcode_with_the_country_in_lower_case_before_it():
    text = "Verhuizing naar Zaagstraat 12, nl 7942kl Meppel."
    assert {"nl", "7942kl"} <= covered(text, bubble(text), strip=STRIP)


@pytest.mark.parametrize(
    "text",
    ["Voor Kees heb ik za 4 mrt 1961 genoteerd.", "Voor Kees heb ik di. 12 okt. 1979 genoteerd."],
)
def test_a_date_long_past_with_an_abbreviated_weekday(text):
    assert len(labelled(text, bubble(text), "DATE_OF_BIRTH")) == 1


def test_a_date_to_come_with_an_abbreviated_weekday_stays():
    text = "De vergadering is op vr 17 nov 2034 om 10 uur."
    assert labelled(text, bubble(text), "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    "text",
    [
        "Graffiti Zaagbrug\nFaysi typt...\nAbt heeft deze groep 'Graffiti Zaagbrug' gemaakt",
        "Kermis Molenlanden\nMeena vijl neemt een spraakbericht op...",
    ],
)
def test_a_groups_title_over_a_typing_member_stays(text):
    spans = bubble(text)
    assert not {"Zaagbrug", "Molenlanden", "Graffiti", "Kermis"} & covered(text, spans, strip=STRIP)


def test_initials_in_brackets_after_a_surname_found():
    text = "Catalina Lepel\nDat is mijn rekening. Lepel (K.L.)"
    assert {"Lepel", "(K.L.)"} <= covered(text, rows(text), strip=".,")
