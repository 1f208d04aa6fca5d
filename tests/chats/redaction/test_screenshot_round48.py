"""Screenshot round 48: constructions blind40 showed, tested with other names, numbers and
layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.chats.redaction.test_screenshot_text import bubble_spans, labelled, rows_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’\"“”"
KEEP = ("+31 6 1400 0522", "14 0522", "NL36 BNGH 0285 0075 31")


rows = partial(rows_spans, first_block=48001)
bubble = partial(bubble_spans, block=48001)


# --- Persons by their construction ---------------------------------------------------------------


def test_a_person_listed_surname_first_with_a_particle_of_two_words():
    text = "Snoeiafval Havelte\nHeuvel, Wietske uit de heeft de groep 'Snoeiafval' aangemaakt"
    assert {"Heuvel", "Wietske", "uit", "de"} <= covered(text, rows(text), strip=STRIP)


def test_a_given_name_with_a_particle_of_two_words_and_a_listed_surname():
    text = "De huur gaat van de rekening van Wietske op de Kamp: graag snel."
    assert {"Wietske", "op", "de", "Kamp"} <= covered(
        text, bubble(text, keep_values=KEEP), strip=STRIP
    )


def test_a_group_previews_sender_before_a_colon_a_surname_that_is_a_word():
    text = "Chats\nSnoeiafval... 10:15\nBahram Kapper: nest bij...\nKim 09:12\nPrima"
    assert {"Bahram", "Kapper"} <= covered(text, rows(text, keep_values=KEEP), strip=STRIP)


def test_a_reply_opening_with_an_approval_and_a_name_written_small():
    text = "Chats\nSnoeiafval... 10:15\nTop sabriye, ik bel je morgen...\nKim 09:12\nPrima"
    assert "sabriye" in covered(text, rows(text, keep_values=KEEP), strip=STRIP)


# --- Numbers and dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("preview", "words"),
    [
        ("za. 3 maart 1961 ...", {"3", "maart", "1961"}),
        ("17 OKTOBER 1988 ...", {"17", "OKTOBER", "1988"}),
        ("9 sep. '04 ...", {"9", "sep", "04"}),
        ("dinsdag de 4e van juli...", {"dinsdag", "4e", "juli"}),
    ],
)
def test_a_date_alone_in_a_persons_chat_list_preview(preview, words):
    text = f"Chats\nBOSMAN Jildou 10:15\n{preview}\nGemeente Meppel 09:12\nPrima"
    assert words <= covered(text, rows(text, keep_values=KEEP), strip=STRIP)


@pytest.mark.parametrize("writing", ["nl27 trio...", "gb29 nwbk,", "NL62 ABNA ..."])
def test_an_iban_a_chat_list_preview_cut_after_its_banks_code(writing):
    text = f"Chats\nWietse Haast 10:15\nMaak het maar over op {writing}\nKim 09:12\nPrima"
    spans = rows(text, keep_values=KEEP)
    assert any(
        v.split()[0].casefold()[:4] in writing.casefold() for v in labelled(text, spans, "IBAN")
    )


def test_a_bsn_with_an_o_for_a_zero_that_passes_the_eleven_test():
    text = "Rijbewijs kwijt van mijn zoon Bram: BSN O 7351 2060, graag bellen."
    assert {"O", "7351", "2060"} <= covered(text, bubble(text, keep_values=KEEP), strip=STRIP)


def test_a_house_number_with_letters_wrapped_after_its_street():
    text = "Bij de Weverstraat\n115rd ligt al weken een boot zonder vergunning."
    assert {"Weverstraat", "115rd"} <= covered(text, bubble(text, keep_values=KEEP), strip=STRIP)


def test_a_photographers_page():
    text = "De foto's staan op flickr.com/photos/jildou_h77. Groet"
    assert labelled(text, bubble(text, keep_values=KEEP), "URL_PERSONAL")


# --- What stays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a business number
        ("Een gewonde reiger? Bel Vogelopvang Drenthe, of 088-4512907; wij niet.", "088-4512907"),
        # a role's compound
        ("De Markttoezichthouder beslist over de standplaats na 3.4.2031.", "Markttoezichthouder"),
        ("De Kermiscoördinator beslist over de plaats.", "Kermiscoördinator"),
        # a date with a year to come in a person's preview
        ("Chats\nBOSMAN Jildou 10:15\n12 maart 2031 ...\nKim 09:12\nPrima", "2031"),
        # a date in a preview of no person's row
        ("Chats\nGemeente Meppel 10:15\n12 maart 1999 ...\nKim 09:12\nPrima", "1999"),
        # a day's date under a status line, its year in two digits
        (
            "Buurtzaken\nWiebren Haast typt...\n14/03/'31\nWiebren Haast heeft je toegevoegd",
            "14/03/31",
        ),
    ],
)
def test_what_stays(text, word):
    assert word not in covered(text, rows(text, keep_values=KEEP), strip=STRIP)


def test_a_groups_title_over_its_members_line_stays_also_cut_in_its_row():
    text = (
        "Chats\nSnoeiafval...... 10:15\nPrima, tot morgen\nKim 09:12\nOke\n"
        "Snoeiafval Blankenstein\nWim £, Jildou trommel *, Buren Smit #, jij\nGISTEREN"
    )
    words = covered(text, rows(text, keep_values=KEEP), strip=STRIP)
    assert not {"Snoeiafval", "Snoeiafval......", "Blankenstein"} & words


def test_a_trade_compound_its_capital_cut_stays():
    text = "Chats\nijwielhandel... 10:15\nOfferte volgt\nKim 09:12\nPrima"
    assert "ijwielhandel..." not in covered(text, rows(text, keep_values=KEEP), strip=STRIP)


@pytest.mark.parametrize(
    "number",
    # 085 numbers are handed to anyone's internet telephony, residents too (review 53):
    # unlike 088, 0800 and 0900 they are no sign of a business
    ["085-3127764", "+31 85 312 7764", "0031 85 3127764"],
)
def test_a_085_number_of_a_resident_is_blacked(number):
    text = f"Mijn nummer is {number}, bel maar na vijven. Groet, Fenna"
    blacked = covered(text, rows(text, keep_values=KEEP), strip=STRIP)
    assert set(number.split()) <= blacked, blacked
