"""Screenshot round 45 (issue 12): constructions blind37 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’\"“”"
KEEP = ("+31 6 1400 0522", "14 0522")


def rows(text: str, **kwargs):
    return spans_of(text, blocks=tuple(40001 + i for i in range(text.count("\n") + 1)), **kwargs)


def labels(text: str, spans) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in spans}


# --- Persons by their construction ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # who calls on behalf of an organisation, the surname an everyday word
        (
            "Nadir Kort van Stichting Wijkwerk Meppel belt u morgen terug.",
            {"Nadir", "Kort"},
        ),
        ("Yara Groot van Woonstichting Het Anker\nmailt u de offerte.", {"Yara", "Groot"}),
        # the one asked, after "jou" and over a line's end
        ("Lukt 4 maart bij jou,\nHan?", {"Han"}),
        # who has a new number
        ("Vlug heeft nu +31 6 2811 4073 als nummer.", {"Vlug"}),
        # whom one calls on, a surname written small
        ("De wijkagent gaat morgen bij bruin langs.", {"bruin"}),
        # the verification notice, a name with an initial
        ("Tik om meer te lezen over versleuteling. Zacht K. is\ngeverifieerd.", {"Zacht", "K"}),
    ],
)
def test_persons_by_their_construction(text, words):
    assert words <= covered(text, lines_spans(text), strip=STRIP)


def test_a_given_name_and_a_surname_in_capitals_on_a_row_and_in_a_notice():
    text = "Chats\nIdris KOUROUMA\nGeb. 03 04 1961 ...\nVANDAAG\nIdris KOUROUMA voegde Z toe"
    found = covered(text, rows(text), strip=STRIP)
    assert {"Idris", "KOUROUMA"} <= found


@pytest.mark.parametrize(
    "text",
    [
        # a chat list's row, the surname found elsewhere; a given name that is no Dutch word
        "Chats\nBuurtzaken...\nPrima, tot morgen\nHamdan vlug * Do\nDe stoep ligt open\n"
        "VANDAAG\nAangepast voor Vlug, kenmerk 29/123/EV.\n11:21",
        "Chats\nBuurtzaken...\nPrima, tot morgen\nHamdan groen *\nDe stoep ligt open\n"
        "VANDAAG\nMijn zoon Ivo en Q willen een feest. Hanna Groen,\nh.groen@meppel.nl\n09:21",
    ],
)
def test_a_given_name_before_a_surname_found_on_a_contacts_row_with_a_sign(text):
    assert "Hamdan" in covered(text, rows(text), strip=STRIP)


def test_a_member_with_an_initial_in_a_list_naming_persons():
    text = (
        "Straatfeest 2030\nVinkje Z, Sanne Bakker *, Mevr. Okafor @,...\nVANDAAG\nVinkje Z\nKlopt."
    )
    assert "Vinkje" in covered(text, rows(text), strip=STRIP)


def test_an_owner_after_an_address_written_small():
    text = "Scooter staat al weken op de stoep voor Kerkstraat nr 14,\nvan groen.\nKees 09:10"
    assert "groen" in covered(text, rows(text), strip=STRIP)


# --- Numbers, dates and addresses ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a chat list's rows of numbers a preview cut
        ("Chats\n(+31)(0)6 418 202.\nPrima\nTeam Zorg", "PHONE"),
        ("Chats\n+48 (22) 311 74...\nPrima\nTeam Zorg", "PHONE"),
        ("Chats\n00221 77 530.... a\nPrima\nTeam Zorg", "PHONE"),
        # a birth date with an O OCR read for a zero
        ("Bram Kuipers\nGeb. 14 O3 1952 ...", "DATE_OF_BIRTH"),
        # a BSN in brackets in odd groups
        ("Zijn pas (11 12 22 333) ligt klaar.", "BSN"),
        # a postcode with a slash or its digits apart before a place
        ("Woont op Kerkstraat 4 (achter), 7944/KL Nijeveen.", "POSTCODE"),
        ("Woont op Kerkstraat 4, 79 41 BC Rogat.", "POSTCODE"),
        # a house number with its floor after the word for it or alone
        ("Nummer 42-bov aan de Kerkstraat is leeg.", "ADDRESS"),
        ("Nummer 17 boven aan de\nKerkstraat is leeg.", "ADDRESS"),
        ("Bedoel je 'Sanne' van 23-hs?", "ADDRESS"),
    ],
)
def test_numbers_dates_and_addresses(text, label):
    assert label in labels(text, rows(text, keep_values=KEEP)).values()


def test_a_birth_date_a_correction_names_after_a_birth_date():
    text = "De geboortedatum in uw brief klopt niet: 4 mei 2011 moet 21-IX-1944 zijn."
    found = {v for v, label in labels(text, lines_spans(text)).items() if label == "DATE_OF_BIRTH"}
    assert "21-IX-1944" in found


# --- What stays ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a firm whose chat says it is a business account, also in other bubbles
        (
            "Bram Kuipers\nRioolherstel Mensah gebruikt een zakelijk account met catalogus\n"
            "De melding loopt; Rioolherstel Mensah start maandag.",
            "Mensah",
        ),
        ("De buurtcoach; Fietsherstel Adjei start 4 maart.", "Adjei"),
        # the municipality's number a chat list's preview cut
        ("Gemeente Meppel 12:17\nBel 14 0522, app +31 6 1400.", "1400"),
        # a number without a floor after "nummer" is no house number
        ("Dossier nummer 12 op de Lijst van mei.", "12"),
        # a date of this year after a birth date's correction
        ("Geboren 4 mei 1951; de afspraak is 21-3-2029 om 10 uur.", "21-3-2029"),
    ],
)
def test_firms_and_municipal_numbers_stay(text, word):
    assert word not in covered(text, rows(text, keep_values=KEEP), strip=STRIP)


def test_a_chat_list_preview_opened_by_a_dash_and_a_name_whose_colon_ocr_lost():
    text = "Chats\n+44 20 7946 0958\n\u2014 Kwabena BSN...\nTeam Zorg"
    assert "Kwabena" in covered(text, rows(text), strip=STRIP)


def test_a_chat_list_title_of_a_given_name_and_a_capital_surname_with_its_time():
    text = "Chats\nIdris KOUROUMA 11:19\nGeb. 03 04 1961 ..."
    assert {"Idris", "KOUROUMA"} <= covered(text, rows(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a permit's code written like a plate after its word
        ("Evenementmelding kapvergunning\nKL4471 binnen; leges EUR 120,00.", "KL4471"),
        # a trade's compound alone as a chat list's title
        ("Chats\nRioolherstel Adjei\nnota N12345 : btw...\nTeam Zorg", "Rioolherstel"),
    ],
)
def test_permit_codes_and_trade_words_stay(text, word):
    assert word not in covered(text, rows(text, keep_values=KEEP), strip=STRIP)


# --- OCR: a chat list row's start tesseract dropped is read again -----------------------------


def _tsv(words):
    """Tesseract's TSV columns for `words` (text, left, top, width, height, line)."""
    columns = {
        k: []
        for k in (
            "level",
            "page_num",
            "block_num",
            "par_num",
            "line_num",
            "word_num",
            "left",
            "top",
            "width",
            "height",
            "conf",
            "text",
        )
    }
    for number, (text, left, top, width, height, line) in enumerate(words):
        for key, value in (
            ("level", 5),
            ("page_num", 1),
            ("block_num", 20001),
            ("par_num", 1),
            ("line_num", line),
            ("word_num", number + 1),
            ("left", left),
            ("top", top),
            ("width", width),
            ("height", height),
            ("conf", 95),
            ("text", text),
        ):
            columns[key].append(value)
    return columns


def test_a_chat_list_rows_start_tesseract_dropped_is_read_again_and_joins_its_line():
    from PIL import Image, ImageDraw

    from chats.redaction.ocr import _read_line_ends_again

    image = Image.new("L", (300, 200), 255)
    draw = ImageDraw.Draw(image)
    rows = [(20, 64, 180), (50, 64, 200), (80, 131, 170), (110, 64, 190), (140, 64, 160)]
    for top, left, right in rows:
        draw.rectangle((left, top, right, top + 12), fill=0)
    draw.rectangle((64, 80, 120, 92), fill=0)  # the sender's name tesseract left unread
    data = _tsv(
        [
            ("Gemeente", 64, 20, 116, 12, 1),
            ("Prima", 64, 50, 136, 12, 2),
            ("BSN...", 131, 80, 39, 12, 3),
            ("Rekening", 64, 110, 126, 12, 4),
            ("Vroom", 64, 140, 96, 12, 5),
        ]
    )
    strips = []

    def read(strip):
        strips.append(strip.size)
        if len(strips) > 1:  # the rows' ends: nothing more to read
            return {k: [] for k in ("level", "text", "conf", "left", "top", "width", "height")}
        # what tesseract reads in the stretch at twice the size: the name, its colon and the
        # word read already
        return {
            "level": [5, 5],
            "text": ["Okafor:", "BSN..."],
            "conf": [90, 90],
            "left": [10, 2 * (131 - 62)],
            "top": [6, 6],
            "width": [100, 78],
            "height": [24, 24],
        }

    _read_line_ends_again(data, image, read, x0=0, x1=300)
    line3 = [t for t, line in zip(data["text"], data["line_num"], strict=True) if line == 3]
    assert line3 == ["Okafor:", "BSN..."]
    # the stretch left of the row's words is read first, the word next to it with it
    assert strips[0] == (2 * (131 + 39 + 2 - 62), 2 * (12 + 2 * 3))  # read at twice the size
