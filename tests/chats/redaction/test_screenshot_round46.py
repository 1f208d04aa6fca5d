"""Screenshot round 46 (issue 12): constructions blind38 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’\"“”"
KEEP = ("+31 6 1400 0522", "14 0522", "NL36 BNGH 0285 0075 31")


def rows(text: str, **kwargs):
    return spans_of(text, blocks=tuple(46001 + i for i in range(text.count("\n") + 1)), **kwargs)


def bubble(text: str, **kwargs):
    """Spans of `text` read as one bubble (its lines joined, as `bubble_text` joins them)."""
    return spans_of(text, blocks=(46001,) * (text.count("\n") + 1), **kwargs)


def labels(text: str, spans) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in spans}


# --- Persons by their construction ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # whose home it is, a surname written small before a relative of theirs
        ("Nummer 12-2hg op de Kerkstraat is\nvan steen, hun zoon Bram heeft de sleutel.", "steen"),
        ("Huisnummer 7 aan de Hoofdstraat is van emmer, haar dochter past op.", "emmer"),
    ],
)
def test_an_owner_written_small_before_a_relative_of_theirs(text, word):
    assert word in covered(text, lines_spans(text), strip=STRIP)


def test_initials_ocr_read_without_their_dots_after_a_surname_closing_a_message():
    text = "Dat is niet mijn rekening, groet van Bram Lepel.\nLepel,\nKj.\n10:20"
    assert "Kj" in covered(text, rows(text), strip=STRIP)


def test_a_chat_list_title_in_capitals_a_preview_cut_its_time_read_as_a_word():
    text = (
        "Chats\nGemeente Meppel 10:15\nBel 14 0522 of app...\nOKONKWO ... Ze\nGeboren 4 MEI '58 ..."
    )
    assert "OKONKWO" in covered(text, rows(text, keep_values=KEEP), strip=STRIP)


def test_a_chat_list_title_of_one_lower_case_surname_its_time_misread():
    text = "Chats\nTeam Zorg 10:15\nPrima, tot morgen\nsteen ee\nKlopt het adres nog?"
    assert "steen" in covered(text, rows(text), strip=STRIP)


@pytest.mark.parametrize(
    "text",
    [
        # a preview of one everyday word
        "Chats\nTeam Zorg 10:15\nprima\nWijkteam 09:12\ngraag",
        # the same word in a message, no chat list's row
        "Het hek is van\nsteen",
    ],
)
def test_a_lower_case_word_alone_that_is_no_chat_lists_title_stays(text):
    spans = rows(text) if text.startswith("Chats") else lines_spans(text)
    assert not {"prima", "graag", "steen"} & covered(text, spans, strip=STRIP)


# --- Numbers, dates and addresses ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a number abroad with its area code in brackets, as a sender's label with a push name
        "Buurtzaken\n+48 (601) 220 4175 \u2014 Zosia >\nStaat de boot er nog?",
        # ... and wrapped in a message
        "Hij zit in het buitenland, bereikbaar op +212 (661)\n440 719, groet.",
        "Bel haar op 0036 (30) 512 7788 als het kan.",
    ],
)
def test_a_number_abroad_with_its_area_code_in_brackets(text):
    assert "PHONE" in labels(text, bubble(text, keep_values=KEEP)).values()


def test_the_push_name_after_a_number_abroad_with_a_bracketed_area_code():
    text = "Buurtzaken\n+48 (601) 220 4175 \u2014 Zosia >\nStaat de boot er nog?"
    assert "Zosia" in covered(text, rows(text, keep_values=KEEP), strip=STRIP)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn buurman Kees Lepel van Dierenambulance Meppel kan ook bellen: +31(6) 271\n88 904.",
        "Bram Emmer van Stichting Present Meppel is bereikbaar op 06 - 3312 9087.",
    ],
)
def test_a_persons_mobile_number_beside_the_organisation_they_speak_for(text):
    found = labels(text, bubble(text, keep_values=KEEP))
    assert "PHONE" in found.values()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a birth date written flat with a dash after "geboren"
        (
            "Mijn zwager tekent de carport, hij is geboren\n1407-1958 en woont hier.",
            "DATE_OF_BIRTH",
        ),
        # the head of an IBAN a chat list's preview cut
        ("Chats\nTeam Zorg 10:15\nGraag terugstorten op BE71 ...\nPrima", "IBAN"),
        # a house number with its unit after the word for it before a street
        ("Nummer 71 unit 2 op de Kerkstraat staat leeg.", "ADDRESS"),
    ],
)
def test_numbers_dates_and_addresses(text, label):
    assert label in labels(text, bubble(text, keep_values=KEEP)).values()


# --- What stays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an organisation a person speaks for: the name does not run over "van" into it
        ("Bram Lepel van Reddingsbrigade Meppel neemt morgen contact op.", "Reddingsbrigade"),
        ("Sanne Emmer van Dierenambulance Meppel belt u.", "Dierenambulance"),
        # a word right after an organisation's is part of its name
        ("Kees Lepel van Waterschap VRD neemt voor 13 uur contact op.", "VRD"),
        # a firm named by a trade's compound, also in a longer find
        ("Offerte van Trapliften Emmer voor de bank: KvK 1234 5678.\nKees Emmer", "Emmer"),
        ("Na de storm ruimt Tegelzetter Okafor de straat op.\nBram Okafor", "Okafor"),
        # a code written like a plate after a work order's word
        ("De adviseur neemt de oprit mee in werkorder\nKL-12-TV; besluit volgt.", "KL-12-TV"),
        # the municipality's own mobile beside a person
        ("Kees Lepel van Gemeente Meppel: app +31 6 1400 0522.", "0522"),
    ],
)
def test_organisations_firms_and_codes_stay(text, word):
    # the word where it first stands (a person of the same name may follow)
    start = text.index(word)
    spans = rows(text, keep_values=KEEP)
    assert not any(s < start + len(word) and start < e for s, e, _label in spans)


def test_the_person_before_an_organisation_stays_found():
    text = "Bram Lepel van Reddingsbrigade Meppel neemt morgen contact op."
    assert {"Bram", "Lepel"} <= covered(text, rows(text, keep_values=KEEP), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an owner without a relative after them: not taken for a name ("van hout, dat ...")
        ("Het hek is van hout, dat rot snel.", "hout"),
        # a flat number after "geboren" that is no date
        ("Het kind is geboren in 2019; pasnummer 4213-2019 volgt.", "4213-2019"),
        # a number abroad without brackets stays as the detector reads it; a short one is none
        ("Code +49 (30) 12 stond op het formulier.", "12"),
    ],
)
def test_guards(text, word):
    assert word not in covered(text, rows(text, keep_values=KEEP), strip=STRIP)
