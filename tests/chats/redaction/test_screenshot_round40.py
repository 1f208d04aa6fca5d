"""Screenshot round 40 (issue 12): constructions blind32 showed, tested with other names,
numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text; the gap
re-reading of ocr.py with a stand-in reader)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from chats.redaction import ocr
from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import spans_of
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’"


def labels(text: str, spans) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in spans}


# --- Contacts in notices, rows and labels --------------------------------------------------------


def test_a_groups_maker_is_a_person_and_blacked_as_sender_too():
    text = "Wiebe Kruik maakte de groep 'Buurtpreventie Oost!\nWiebe Kruik\nIk ben er morgen."
    spans = lines_spans(text)
    assert labels(text, spans) == {"Wiebe Kruik": "PERSON"}
    assert sum(1 for s in spans if text[s[0] : s[1]] == "Wiebe Kruik") == 2


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Zon =\nKlopt dat?", "Zon"),  # an emoji read as "="
        ("Zon 5 10:58\nGraf in Rogat is weer open", "Zon"),  # ... as a digit before the time
        ("OD Moed £\nBericht", "Moed"),  # an avatar's two letters before the name
    ],
)
def test_an_everyday_word_with_an_emoji_alone_on_its_row_is_a_contact(text, word):
    assert word in covered(text, lines_spans(text), strip=STRIP)


def test_a_reply_with_an_emoji_alone_on_its_row_stays():
    assert lines_spans("Prima =\nDan zie ik u morgen.") == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("> Femke Van 't Hul\nTaxibus staat voor.", {"Femke", "Van", "t", "Hul"}),
        ("KJP Van 't Erf 08:10\nGraf in Rogat", {"KJP", "Van", "Erf"}),
    ],
)
def test_a_name_or_initials_before_a_capital_van_t_opening_a_row_is_a_person(text, words):
    assert words <= covered(text, lines_spans(text), strip=STRIP)


# --- Names by their place in a sentence --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Account Olufemi Kruik\ngeblokkeerd, zaak Z-12.", {"Olufemi", "Kruik"}),
        ("De kraam staat op de plek van kruik, de bus blokkeert.", {"kruik"}),
        ("Marktkraam Sanne staat op de plek bij de kerk.", {"Sanne"}),
        ("De lift is kapot, Wiebe zit vast op 3.", {"Wiebe"}),
        ("Boom omgewaaid bij Kruik, gemeld door de wijkagent.", {"Kruik"}),
        ("De controleur gaat langs bij Olufemi op de markt.", {"Olufemi"}),
        ("rijdt te snel, zegt Zon\nKruik (+31 6 12 34 56 78).", {"Zon", "Kruik"}),
        ("Goed Femkeline, ticket INC123 staat.", {"Femkeline"}),
        ("Nieuw nummer doorgegeven. olufemi kruik, BSN 123456782.", {"olufemi", "kruik"}),
        ("Mijn buurman de kruik parkeert op de stoep.", {"kruik"}),
    ],
)
def test_names_by_their_construction(text, words):
    assert words <= covered(text, lines_spans(text), strip=STRIP)


@pytest.mark.parametrize(
    "text",
    [
        "Druk bij Meppel, in de wijk.",  # a place after "bij"
        "De plek van mij, zei hij.",  # a pronoun after "plek van"
    ],
)
def test_places_and_pronouns_in_those_constructions_stay(text):
    assert not [s for s in lines_spans(text) if s[2] == "PERSON"]


def test_a_lower_case_word_opening_a_chat_list_row_before_a_given_name_is_its_surname():
    text = "kruik Olufemi P 12:39\nGeb. 3-4-1988, mail"
    assert {"kruik", "Olufemi"} <= covered(text, lines_spans(text), strip=STRIP)


def test_a_title_initials_and_a_particle_a_chat_list_cut_are_a_person():
    text = "mw. T. de *\nRekeningnummer: NL12..."
    assert {"mw", "T", "de"} <= covered(text, lines_spans(text), strip=STRIP)


# --- A person found anywhere, blacked everywhere ---------------------------------------------


def test_a_full_name_found_is_blacked_also_where_its_surname_reads_as_a_trade():
    text = "s= Wiebe Mulderij 11:18\nTaxibus staat\nWiebe Mulderij neemt een spraakbericht op."
    spans = lines_spans(text)
    assert sum(1 for s in spans if text[s[0] : s[1]] == "Wiebe Mulderij") == 2


def test_the_surname_of_a_personal_email_address_is_blacked_where_capitalised():
    text = "Outlook stuurt mails naar t.kruik@kantoor.example.\nParkeerregeling Kruik actief."
    assert "Kruik" in covered(text, lines_spans(text), strip=STRIP)


# --- Numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("vak D, graf 88/B.", "88/B", "ADDRESS"),
        ("ouder bekend, BSN 1234,56.782.", "1234,56.782", "BSN"),
        ("kenteken bekend, 12-345-6782.", "12-345-6782", "BSN"),
    ],
)
def test_graves_and_bsns_in_odd_writings(text, value, label):
    assert labels(text, lines_spans(text)).get(value) == label


def test_a_dashed_number_after_a_reference_word_stays():
    assert lines_spans("Uw bestelnr 12-345-6782 is verzonden.") == ()


def test_a_number_a_chat_list_preview_cut_after_is_is_blacked():
    text = "Team Zorg 08:12\n— Olufemi: is 71 405\nGemeente Meppel 10:44"
    spans = spans_of(text, blocks=(20001, 20002, 20003))
    assert labels(text, spans).get("71 405") == "BSN"


def test_a_cut_number_outside_a_chat_list_stays():
    text = "De score is 71 405"
    assert not [s for s in lines_spans(text) if s[2] == "BSN"]


def test_a_phone_cut_to_its_country_code_and_a_code_before_its_number_stay():
    text = "Stuur een app naar +31 6.\nsimkaart geregeld, budget BUD-7764."
    assert lines_spans(text) == ()


def test_a_firms_name_wrapped_after_its_particle_stays():
    text = "Femke Kruik belt morgen.\nLeverancier Steenhouwerij De\nKruik komt do 28 jul."
    spans = lines_spans(text)
    assert [text[s:e] for s, e, _label in spans] == ["Femke Kruik"]


# --- OCR: rows the page segmentation dropped, read again ---------------------------------------


def _desktop(rows: list[int]) -> Image.Image:
    """A grey desktop screenshot with a pane border and dark text bars at `rows` (y) in the chat
    list."""
    image = Image.new("L", (1200, 700), 235)
    draw = ImageDraw.Draw(image)
    draw.rectangle((400, 0, 1199, 699), fill=215)
    for y in rows:
        draw.rectangle((80, y, 300, y + 12), fill=30)
    return image


def _data(words: list[tuple[str, int, int]]) -> dict:
    n = len(words)
    return {
        "level": [5] * n,
        "page_num": [1] * n,
        "block_num": [ocr.CHAT_LIST_BLOCKS + 1] * n,
        "par_num": [1] * n,
        "line_num": list(range(1, n + 1)),
        "word_num": [1] * n,
        "left": [x for _t, x, _y in words],
        "top": [y for _t, _x, y in words],
        "width": [100] * n,
        "height": [12] * n,
        "conf": [90.0] * n,
        "text": [t for t, _x, _y in words],
    }


def test_a_row_with_ink_and_no_word_is_read_again_at_twice_the_size():
    image = _desktop([100, 160, 220])
    data = _data([("Weekmarkt", 80, 100), ("Gemeente", 80, 220)])
    strips: list[tuple[int, int]] = []

    def read(strip: Image.Image) -> dict:
        strips.append(strip.size)
        return _data([("Olufemi", 160, 6)])  # in the doubled strip's pixels

    out = ocr._with_gap_rows(data, image, read)
    assert len(strips) == 1 and strips[0][1] >= 2 * 12  # one gap, read doubled
    i = out["text"].index("Olufemi")
    assert (out["left"][i], out["top"][i]) == (80, 160 - ocr.GAP_MARGIN + 3)
    assert out["block_num"][i] >= ocr.CHAT_LIST_BLOCKS  # still the chat list's
    result = ocr.words_to_result(out, scale=1, size=image.size)
    assert "Olufemi" in result.text


def test_a_phone_screenshot_and_a_fully_read_pane_are_not_read_again():
    calls: list[int] = []

    def read(strip: Image.Image) -> dict:
        calls.append(1)
        return _data([])

    portrait = Image.new("L", (600, 1200), 235)
    ocr._with_gap_rows(_data([("Hallo", 80, 100)]), portrait, read)
    image = _desktop([100, 220])
    ocr._with_gap_rows(_data([("Weekmarkt", 80, 100), ("Gemeente", 80, 220)]), image, read)
    assert calls == []


def test_only_screenshots_ask_for_the_gaps_to_be_read_again():
    import inspect

    from chats.redaction import images

    assert inspect.signature(ocr.ocr_image).parameters["reread_gaps"].default is False
    assert "reread_gaps=True" in inspect.getsource(images.redact_screenshot)
