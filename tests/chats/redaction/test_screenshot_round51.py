"""Screenshot round 51: constructions blind43 showed, tested with other names, numbers and
layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.chats.redaction.test_screenshot_text import bubble_spans, labelled, rows_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’\"“”"
KEEP = ("+31 6 1400 0522", "14 0522", "NL36 BNGH 0285 0075 31", "Postbus 501, 7940 AM Meppel")

bubble = partial(bubble_spans, block=51001, keep_values=KEEP)


# --- Pages on a site builder named after their maker ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Kijk op kobusvlier.jouwweb.nl voor de foto's.", "kobusvlier.jouwweb.nl"),
        ("Het filmpje staat op\nhennyzaag.jouwweb.nl. Groet", "hennyzaag.jouwweb.nl"),
        (
            "filmpje op https://olafbrem.wixsite.com/tuin, zie je",
            "https://olafbrem.wixsite.com/tuin",
        ),
        ("Mijn blog: tirzakeen.blogspot.com", "tirzakeen.blogspot.com"),
    ],
)
def test_a_site_builders_page_named_after_a_person(text, url):
    assert labelled(text, bubble(text), "URL_PERSONAL") == [url]


@pytest.mark.parametrize(
    "text",
    [
        "Zie bakkerijdekorf.jouwweb.nl voor de prijzen.",
        "Het rooster staat op buurtfeest.jouwweb.nl, tot dan.",
    ],
)
def test_a_site_builders_page_named_in_everyday_words_stays(text):
    assert labelled(text, bubble(text), "URL_PERSONAL") == []


# --- Numbers: OCR's confusions confirmed by a checksum or a phone's shape ---------------------------


def test_an_iban_whose_country_ocr_read_with_an_i_for_the_l():
    text = "Terugstorten op NI42 abna\n0417 1641 15 graag, kees."
    assert {"NI42", "abna", "0417", "1641", "15"} <= covered(text, bubble(text), strip=STRIP)


def test_an_ni_before_digits_that_fail_the_checksum_stays():
    text = "Het pakket NI43 abna 0417 1641 15 komt morgen."
    assert labelled(text, bubble(text), "IBAN") == []


def test_a_bsn_glued_to_its_cue_in_a_file_name():
    text = "Machtiging Brem\nBSN-3174.29.589.pdf\n1 pagina : PDF : 88 kB"
    assert labelled(text, bubble(text), "BSN") == ["3174.29.589"]


def test_a_number_after_bsn_in_a_file_name_failing_the_eleven_test_stays():
    text = "Formulier\nBSN-3174.29.588.pdf\n1 pagina : PDF : 88 kB"
    assert labelled(text, bubble(text), "BSN") == []


def test_a_phone_abroad_with_its_bracketed_trunk_zero_read_as_a_letter():
    text = "+44 (O)7712 345678 — Kees %\nHallo daar, de kraan lekt."
    assert "+44 (O)7712 345678" in labelled(text, bubble(text), "PHONE")


def test_the_municipalitys_number_stays():
    text = "Bel gerust +31 6 1400 0522 of 14 0522 voor de melding."
    assert labelled(text, bubble(text), "PHONE") == []


# --- Names: Korean given names, the adder of a group ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doorgestuurd van Ha-eun Keen: “de kraan lekt”", "Ha-eun Keen"),
        ("De borg graag, t.n.v. Seo-yeon\nBrem, Kerkstraat 4.", "Seo-yeon\nBrem"),
        ("De kraan lekt nog steeds.\nGroet Do-yun", "Do-yun"),
        ("De kraan lekt nog steeds,\nji-woo.", "ji-woo"),
    ],
)
def test_a_korean_given_name_joined_by_a_hyphen(text, name):
    assert name in labelled(text, bubble(text), "PERSON")


@pytest.mark.parametrize(
    "text",
    ["Een do-het-zelf klus, de sla-olie op.", "Na de U-bocht links, bij de ja-knikker."],
)
def test_hyphenated_words_that_are_no_korean_name_stay(text):
    assert labelled(text, bubble(text), "PERSON") == []


def test_the_adder_of_a_group_named_with_a_word_for_a_first_name():
    text = "Je bent toegevoegd door Tapa Le Brun\nBuurman Olaf Keen"
    assert "Tapa Le Brun" in labelled(text, bubble(text), "PERSON")


def test_a_group_added_by_the_municipality_stays():
    text = "Je bent toegevoegd door Gemeente Meppel\nWelkom in de groep."
    assert labelled(text, bubble(text), "PERSON") == []


# --- An address again with its number OCR read as a slash --------------------------------------------


def test_a_street_found_with_its_number_again_with_a_slash_for_the_number():
    text = "t.n.v. Kees Brem, Wethouder\nZaagstraat nr 12. Foto's bij Wethouder\nZaagstraat nr / staan."
    assert "Wethouder\nZaagstraat nr /" in labelled(text, bubble(text), "ADDRESS")


def test_a_slash_after_nr_of_a_street_found_nowhere_else_stays():
    text = "Foto's bij Wethouder Zaagstraat nr / staan morgen online."
    assert labelled(text, bubble(text), "ADDRESS") == []


# --- A nickname in brackets after a full name -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "nick"),
    [
        ("spijkers in de stam. Tomas\nZeef (Taco), 7944 XX.", "Taco"),
        ("Gezien door Tomas Zeef (Kiwi), bij de kerk.", "Kiwi"),
    ],
)
def test_a_nickname_that_is_a_word_in_brackets_after_a_full_name(text, nick):
    assert nick in labelled(text, bubble(text), "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "Gezien door Tomas Zeef (Meppel), bij de kerk.",
        "Wethouder Tomas Zeef (Sport) komt langs.",
        "Gezien door Tomas Zeef (Maandag), bij de kerk.",
    ],
)
def test_a_place_a_portfolio_or_a_day_in_brackets_after_a_name_stays(text):
    bracketed = text[text.index("(") + 1 : text.index(")")]
    assert bracketed not in labelled(text, bubble(text), "PERSON")


# --- More shapes: a maker's first name and a word, a cut number, a push name of initials ---------


def test_a_site_builders_page_of_a_first_name_and_a_surname_that_is_a_word():
    text = "Kijk op wanderzeef.jouwweb.nl voor de foto's."
    assert labelled(text, bubble(text), "URL_PERSONAL") == ["wanderzeef.jouwweb.nl"]


def test_a_number_abroad_with_its_trunk_zero_cut_short_in_a_chat_list():
    text = "Chats\nGemeente Meppel 13:24\n0031-(0)6 4123... 08:09\nOké, ik pak het"
    spans = partial(rows_spans, first_block=51101, keep_values=KEEP)(text)
    assert "0031-(0)6 4123" in labelled(text, spans, "PHONE")


def test_a_push_name_of_initials_after_a_senders_number_with_its_emoji_as_a_mark():
    text = "+44 (O)7712 345678 — KB %\nHallo daar, de kraan lekt."
    assert "KB" in labelled(text, bubble(text), "PERSON")
