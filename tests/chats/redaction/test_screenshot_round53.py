"""Screenshot round 53: constructions blind45 showed, tested with other names, numbers and
layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.chats.redaction.test_screenshot_text import bubble_spans, labelled, rows_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’\"“”"
KEEP = ("+31 6 1400 0522", "14 0522", "NL36 BNGH 0285 0075 31", "Postbus 501, 7940 AM Meppel")

bubble = partial(bubble_spans, block=53001, keep_values=KEEP)
rows = partial(rows_spans, first_block=53101, keep_values=KEEP)


# --- Names by their place: a greeting, a member who joined, a doorbell, a row ----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chats\nSnoeiwerk... 09:12\nGoed sipho, ik ga er...\nGemeente Meppel 12:08", "sipho"),
        ("Chats\nGemeente Meppel 12:08\nHoi amadou, kom je...\nZwanen 10:01", "amadou"),
    ],
)
def test_a_name_greeted_in_a_preview_in_lower_case(text, name):
    assert name in covered(text, rows(text), strip=STRIP)


def test_a_word_greeted_stays():
    text = "Chats\nSnoeiwerk... 09:12\nGoed zo, ik ga er...\nGemeente Meppel 12:08"
    assert labelled(text, rows(text), "PERSON") == []


def test_a_member_who_joined_with_a_surname_that_is_a_word():
    text = "Boomfeestdag\n& Sipho lepel is lid geworden via een uitnodigingslink\nWelkom!"
    assert {"Sipho", "lepel"} <= covered(text, rows(text), strip=STRIP)


def test_a_chat_rows_given_name_and_a_surname_in_lower_case():
    text = "Chats\n> Amadou spijker 13:15\n// De aanhanger ...\nGemeente Meppel 08:24"
    assert {"Amadou", "spijker"} <= covered(text, rows(text), strip=STRIP)


def test_a_chat_rows_group_title_in_lower_case_stays():
    text = "Chats\n> Zwanen vangen 13:15\n// De aanhanger ...\nGemeente Meppel 08:24"
    assert labelled(text, rows(text), "PERSON") == []


def test_a_name_in_quotes_on_the_doorbell():
    text = "'sipho lepel' staat nog op de bel in\nMeppel, maar hij woont daar niet meer."
    assert {"sipho", "lepel"} <= covered(text, bubble(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hier een foto van de auto van Amadou KOLKMAN uit\nRogat.", "Amadou KOLKMAN"),
        ("Chats\nSipho OYELARAN _ 0972\nDocument - geboren", "Sipho OYELARAN"),
    ],
)
def test_a_given_name_before_a_surname_in_capitals(text, name):
    spans = rows(text) if text.startswith("Chats") else bubble(text)
    assert set(name.split()) <= covered(text, spans, strip=STRIP)


def test_a_place_or_a_team_before_capitals_stays():
    text = "Gemeente MEPPEL en Team BEHEER komen langs."
    assert labelled(text, bubble(text), "PERSON") == []


def test_a_word_surname_before_initials_in_brackets():
    text = "de boete moet\nnaar Spijker (K.J.), Zaagstraat 12, 7949XB."
    assert "Spijker" in covered(text, bubble(text), strip=STRIP)


def test_a_word_given_name_before_an_unknown_surname_over_a_line():
    text = "De sloep van de zwager van Kiezel\nOyelaran is gezonken."
    assert {"Kiezel", "Oyelaran"} <= covered(text, bubble(text), strip=STRIP)


@pytest.mark.parametrize(
    "text",
    [
        "Bij de storing bellen wij Netbeheerder Rendo en Rijkswaterstaat Oost-Nederland.",
        "De zieke iep aan de Tjalkhof zaagt\nSnackbar Kiezel na storm Ciarán om.",
        "Het ooievaarsnest bij Stadshaven\nMeppel gaat weg.",
        "Olie bij Zwembad De\nBergier: Waterschap Drents\nOverijsselse Delta ruimt het op.",
        "Bel met Waterschap Drents\nOverijsselse over de dijk.",
    ],
)
def test_a_trade_a_firm_or_a_place_inside_a_sentence_stays(text):
    assert labelled(text, bubble(text), "PERSON") == []


def test_a_word_name_reachable_at_a_number():
    text = "Kei is na het eten\nbereikbaar op\n+31-641766659."
    assert "Kei" in covered(text, bubble(text), strip=STRIP)


def test_the_municipality_reachable_stays():
    text = "Gemeente is na 17 uur\nbereikbaar op 14 0522."
    assert labelled(text, bubble(text), "PERSON") == []


# --- Numbers: a birth date in the BRP, a BSN cut short ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Bij Sipho staat 4 okt 1981 in de BRP.", "4 okt 1981"),
        ("Bij Amadou staat 12 maart van het\njaar 2004 in de BRP.", "12 maart van het\njaar 2004"),
        ("Bij Kees staat 2e juni 1999 in de BRP.", "2e juni 1999"),
    ],
)
def test_a_date_that_stands_in_the_brp(text, date):
    assert set(date.split()) <= covered(text, bubble(text), strip=STRIP)


def test_an_address_in_the_brp_is_no_birth_date():
    text = "Bij Sipho staat Zaagstraat 12 in de BRP."
    assert labelled(text, bubble(text), "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Chats\n— Vlasje sk: bsn van mij 4107.\nGemeente Meppel 12:08", "4107"),
        ("Chats\n— Kei se: bsn van mij 0613...\nGemeente Meppel 12:08", "0613"),
    ],
)
def test_a_bsn_cut_short_in_a_preview(text, digits):
    assert digits in covered(text, rows(text), strip=STRIP)


def test_a_house_number_cut_short_after_bsn_words_stays_off_other_numbers():
    text = "Chats\nJij: kamer 4107 is vrij...\nGemeente Meppel 12:08"
    assert labelled(text, rows(text), "BSN") == []


def test_a_chat_rows_lower_case_surname_in_a_list_joined_as_one_bubble():
    text = "Chats\n> Amadou spijker 13:15\n// De aanhanger ..."
    assert {"Amadou", "spijker"} <= covered(text, bubble(text), strip=STRIP)


def test_a_greeted_name_in_a_list_joined_as_one_bubble():
    text = "Chats\n+316-25878450 08:49\nGoed sipho, ik ga er...\nKei * 13:22"
    assert "sipho" in covered(text, bubble(text), strip=STRIP)


def test_a_bsn_cut_short_in_a_list_joined_as_one_bubble():
    text = "Chats\n— Vlasje sk: bsn van mij 4107.\nRattenoverlast... 10:28"
    assert "4107" in covered(text, bubble(text), strip=STRIP)


def test_a_word_surname_before_dotted_initials_in_brackets_before_an_address():
    text = "De boete moet\nnaar Knoop (M.J.), Zaagstraat 12, 7949XB."
    assert {"Knoop", "M.J."} <= covered(text, bubble(text), strip=",()")


def test_the_municipality_before_initials_in_brackets_stays():
    text = "Gemeente (B.V.) en Meppel (N.B.) staan op de brief."
    assert labelled(text, bubble(text), "PERSON") == []
