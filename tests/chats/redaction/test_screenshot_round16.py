"""Screenshot round 16 (issue 12): constructions the twelfth blind set showed, tested with other
names, numbers and layouts (no tesseract: OCR results are built as in test_screenshot_text)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from chats.redaction.ocr import (
    BOTTOM_BLOCKS,
    CHAT_BLOCKS,
    CHAT_LIST_BLOCKS,
    _with_bottom_rows,
    in_chat_list,
    words_to_result,
)
from tests.chats.redaction.test_screenshot_text import covered, labels_of, list_spans, spans_of

# --- A Dutch word "is" or "de" before digits is no IBAN country code -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ons KvK-nummer is 41529837.",
        "Het KvK-nummer van de stichting is 0927 4411.",
        "Het ordernummer is 55 1208 44.",
        "Die staat in de 12 4567 8934.",
    ],
)
def test_a_number_after_the_word_is_or_de_at_a_lines_end_is_no_iban_head(text):
    assert "IBAN" not in labels_of(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Mijn IBAN is 41529837...", {"41529837..."}),
        ("Betalen aan IS14 0159 2604...", {"IS14", "0159", "2604..."}),
        ("Overmaken naar DE89 3704 0044...", {"DE89", "3704", "0044..."}),
    ],
)
def test_an_iban_head_with_its_own_country_code_is_still_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


# --- An e-mail address OCR split after its underscore or hyphen ------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Mail naar koen_ b@example.com graag", {"koen_", "b@example.com"}),
        ("Anouk Smid 10:49\nmira_ k@voorbeeld.nl", {"mira_", "k@voorbeeld.nl"}),
        ("Stuur het naar pieter- j@mail.example.org.", {"pieter-", "j@mail.example.org."}),
        ("Dit is het adres: daan _v@example.net", {"daan", "_v@example.net"}),
    ],
)
def test_an_email_address_split_after_a_separator_is_blacked_whole(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mail info@meppel.nl of bel ons.",
        "Zie het rapport - info@meppel.nl.",
        "Bel ons. info@meppel.nl",
    ],
)
def test_a_role_mailbox_after_a_dash_stays(text):
    spans = spans_of(text, keep_values=("info@meppel.nl",))
    assert "EMAIL" not in labels_of(text, spans)


# --- "nummer N" where the screenshot holds an address with house number N --------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        (
            "Mijn moeder woont op Esweg 48, tel 06 41234567.\n10:10\nDe heg bij nummer 48 is te hoog.",
            {"48,", "48"},
        ),
        (
            "Melding: Populierenlaan 7b in Havelte.\n10:10\nDe auto staat al dagen voor nr. 7b.",
            {"7b"},
        ),
        (
            "Ik woon aan de Kanaalweg 131 in Meppel.\n09:02\nHet gaat om huisnummer 131, de oude boom.",
            {"131,"},
        ),
    ],
)
def test_a_house_number_of_an_address_of_the_screenshot_after_nummer_is_blacked(text, must_cover):
    assert must_cover <= covered(text, spans_of(text, blocks=(1, 2, 3)))


@pytest.mark.parametrize(
    "text",
    [
        "Ik woon aan de Kanaalweg 131 in Meppel.\n09:02\nUw melding heeft nummer 2024.",
        "Ik woon aan de Kanaalweg 131 in Meppel.\n09:02\nBus nummer 13 stopt er niet meer.",
    ],
)
def test_another_number_after_nummer_stays(text):
    assert not {"2024.", "13"} & covered(text, spans_of(text, blocks=(1, 2, 3)))


# --- A surname before "van hiernaast": someone named by where they live -----------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("de groot van hiernaast heeft weer een vuurkorf aan.", {"de", "groot"}),
        ("Gisteren kwam van der kolk van de overkant langs.", {"van", "der", "kolk"}),
        ("> Doorgestuurd de jonge van om de hoek zet zijn auto op de stoep.", {"jonge"}),
        ("oosterhuis van hiernaast stookt elke avond.", {"oosterhuis"}),
    ],
)
def test_a_surname_before_van_hiernaast_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "de hond van hiernaast blaft de hele nacht.",
        "De buurman van hiernaast stookt weer.",
        "het licht van boven is kapot.",
        "De vuilnis van de buren staat buiten.",
    ],
)
def test_a_noun_before_van_hiernaast_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A street's name that is a surname too, before "bij" and a village ------------------------


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Gevonden: fiets Andeweg bij Havelte", "Andeweg"),
        ("Omgewaaide boom Ammerlaan bij Nijeveen 10:12", "Ammerlaan"),
        ("Kapotte lamp Batelaan in Rogat", "Batelaan"),
    ],
)
def test_a_street_that_is_a_surname_before_a_village_stays(text, street):
    assert street not in covered(text, spans_of(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mevrouw Andeweg bij Havelte belde vanochtend.", "Andeweg"),
        ("Gesprek met Ammerlaan in Meppel gehad.", "Ammerlaan"),
        ("Ik sprak Kees Batelaan in Rogat.", "Batelaan"),
    ],
)
def test_a_person_with_a_streets_surname_before_a_village_is_blacked(text, name):
    assert name in covered(text, spans_of(text))


# --- "van" and a group's name after a first name: where the person works, no surname ---------


@pytest.mark.parametrize(
    ("text", "name", "group"),
    [
        ("Dossier doorgezet naar Wim van Buurtcommissie Oost.", "Wim", "Buurtcommissie"),
        ("Dit is Sanne van Bewonersraad Koedijk, ik bel over de bomen.", "Sanne", "Bewonersraad"),
        ("Overgedragen aan Ilse van Ondernemersoverleg Centrum.", "Ilse", "Ondernemersoverleg"),
    ],
)
def test_a_first_name_before_van_and_a_group_is_blacked_and_the_group_stays(text, name, group):
    words = covered(text, spans_of(text))
    assert name in words
    assert group not in words


@pytest.mark.parametrize(
    ("text", "surname"),
    [("Ik heb het doorgegeven aan Femke van Dijk.", "Dijk."), ("Dit is Sanne van Raad.", "Raad.")],
)
def test_a_surname_after_van_stays_part_of_the_name(text, surname):
    assert surname in covered(text, spans_of(text))


# --- A household contact in a chat list ("Buren Kraai", "Fam. Spijker") -----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Surnames that are everyday words: the household word makes them a contact.
        ("Buren Kip 11:05 De aanhanger staat...\nGemeente Meppel 10:25 U kunt", "Kip"),
        ("Buren Haas 11:05 De container staat...", "Haas"),
        ("Buren Pluim 09:10 Tot morgen!", "Pluim"),
        ("Fam. Spijker 14:02 Tot morgen!", "Spijker"),
    ],
)
def test_a_household_saved_as_contact_in_a_chat_list_is_blacked(text, name):
    assert name in covered(text, list_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gemeente Meppel 10:25 U kunt ons bellen op...",
        "Team Wegen 10:11 Factuur 2026-F-22 is verstuurd",
        "Bouwbedrijf De... 13:44 Factuur INV86286 is verstuurd",
    ],
)
def test_an_organisations_row_with_its_preview_on_the_line_stays(text):
    assert "PERSON" not in labels_of(text, list_spans(text))


# --- A group row's preview sender after the title and time, also a hyphenated given name -----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("+31 6 4123 4567 12:03 \u2014 Min-jun: mijn BSN is...", "Min-jun:"),
        ("Team Wegen 10:11 \u2014 Seo-yeon: ik kom morgen", "Seo-yeon:"),
        ("Buurtapp Oost 09:02 Olufemi: wie neemt de sleutel?", "Olufemi:"),
    ],
)
def test_a_preview_sender_after_the_rows_time_is_blacked(text, name):
    assert name in covered(text, list_spans(text))


@pytest.mark.parametrize(
    "text",
    ["Team Wegen 10:11 \u2014 Gemeente: ik kom morgen", "Overleg Markt 10:11 Let op: de markt"],
)
def test_a_word_before_a_colon_in_a_preview_stays(text):
    assert "PERSON" not in labels_of(text, list_spans(text))


# --- A colleague saved with where they work: "Lies gemeente" ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dagmar gemeente 13:20 Bel jij terug?", "Dagmar"),
        ("Olesya gemeente\nTot morgen", "Olesya"),
        ("\u00c5sa gemeente Het gaat om de boom bij de school.", "\u00c5sa"),
    ],
)
def test_a_colleague_saved_with_gemeente_is_blacked(text, name):
    assert name in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    ["Geachte gemeente Meppel, ik heb een vraag.", "Goedemorgen gemeente", "Meppel gemeente 10:20"],
)
def test_a_greeting_or_a_place_before_gemeente_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A contact saved in lower case opening a notice --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GISTEREN\nolusegun heeft u toegevoegd", "olusegun"),
        ("kraai heeft deze groep aangemaakt", "kraai"),
        ("MAANDAG\nhaverkamp heeft je verwijderd", "haverkamp"),
    ],
)
def test_a_lower_case_contact_opening_a_notice_is_blacked(text, name):
    assert name in covered(text, spans_of(text, blocks=tuple(range(text.count("\n") + 1))))


@pytest.mark.parametrize("text", ["iemand heeft u toegevoegd", "je hebt de groep verlaten"])
def test_a_pronoun_or_word_opening_a_notice_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A word of assent, a name and a comma before the writer goes on ---------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Helder Min-jun, ik zet het door.", "Min-jun,"),
        ("Top Olesya, we komen morgen kijken.", "Olesya,"),
        ("Dank voor de foto. Excuses Seo-yeon, dan bel ik morgen.", "Seo-yeon,"),
    ],
)
def test_a_name_after_a_word_of_assent_is_blacked(text, name):
    assert name in covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Helder Meppel, ik zet het door.",
        "Helder Mevrouw, ik zet het door.",
        "Prima Werk, ik kom morgen.",
    ],
)
def test_a_place_or_word_after_a_word_of_assent_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- "Bel jij X terug?": whom to call back ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Bel jij kuipers terug? 06...", {"kuipers"}),
        ("Kun je van der kolk even terugbellen?", {"van", "der", "kolk"}),
        ("Wil jij de groot morgen terug bellen? Bel jij de groot terug?", {"groot"}),
        ("Bel jij Visser even terug over de heg?", {"Visser"}),
    ],
)
def test_whom_to_call_back_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bel jij hem terug?",
        "Bel je haar even terug?",
        "Kun jij de klant terugbellen?",
        "Bel u mij terug?",
        "Bel jij ze morgen terug?",
    ],
)
def test_a_pronoun_or_noun_to_call_back_stays(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A first name and surname set off by a comma before an address ---------------------------


@pytest.mark.parametrize(
    ("text", "must_cover"),
    [
        ("Wmo-aanvraag voor min-jun oduya, Lindenlaan 4-2; graag mailen.", {"min-jun", "oduya,"}),
        ("De bak is vol sinds 3 mei. Haruto Spek, Esweg 25 hs, 7942 AB", {"Haruto", "Spek,"}),
        ("Aanvraag voor seo-yeon bakir, Esweg 7.", {"seo-yeon", "bakir,"}),
        ("Aanvraag voor olesya van der kolk, Esweg 7.", {"olesya", "kolk,"}),
    ],
)
def test_a_name_set_off_before_an_address_is_a_person(text, must_cover):
    assert must_cover <= covered(text, spans_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Het gaat om de tuin, Kerkstraat 5.",
        "Bouwbedrijf Jansen, Industrieweg 4 in Meppel.",
        "Gemeente Meppel, Hoofdstraat 1.",
        "Melding lantaarnpaal kapot, Kerkstraat 5.",
    ],
)
def test_things_or_firms_before_an_address_stay(text):
    assert "PERSON" not in labels_of(text, spans_of(text))


# --- A mobile number's head of two digits before a preview's ellipsis -------------------------


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Bel jij hem terug? 06-41 ...", "06-41"),
        ("Mijn nummer: 06 83\u2026", "06"),
        ("Kees 10:31 Mijn nieuwe nummer is 06-29...", "06-29..."),
    ],
)
def test_a_mobile_numbers_head_of_two_digits_before_an_ellipsis_is_blacked(text, head):
    assert head in covered(text, spans_of(text))


@pytest.mark.parametrize("text", ["Om 06:30 ...", "Zie 2026-06-12 ...", "Score 106-41 ..."])
def test_a_time_or_longer_number_before_an_ellipsis_is_no_mobile_head(text):
    assert "PHONE" not in labels_of(text, spans_of(text))


# --- A pane's last row over a row the screen's edge cuts: read again on its own ---------------


def _tsv(words, *, block: int = 1) -> dict:
    """Tesseract's TSV columns for `words` [(text, left, top)], each 20 px high, one line each."""
    keys = ("level", "page_num", "block_num", "par_num", "line_num", "word_num")
    keys += ("left", "top", "width", "height", "conf", "text")
    data: dict[str, list] = {key: [] for key in keys}
    for number, (text, left, top) in enumerate(words, 1):
        row = (5, 1, block, 1, number, 1, left, top, 10 * len(text), 20, 90.0, text)
        for key, value in zip(keys, row, strict=True):
            data[key].append(value)
    return data


def _page_with_text_rows(size, rows) -> Image.Image:
    """A white page with a dark bar (text-like ink) 20 px high at each (left, top, right)."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    for left, top, right in rows:
        draw.rectangle((left, top, right, top + 19), fill=20)
    return page


@pytest.mark.parametrize(
    ("size", "read_words", "strip_left", "block"),
    [
        # A phone's chat list: one pane.
        ((1080, 2400), [("Rook,", 10, 4)], 0, BOTTOM_BLOCKS),
        # A portrait scaled copy, the last row close to the edge.
        ((720, 1600), [("Plas", 5, 0), ("09:12", 400, 0)], 0, BOTTOM_BLOCKS),
    ],
)
def test_the_strip_below_a_panes_lowest_word_is_read_again_alone(
    size, read_words, strip_left, block
):
    width, height = size
    data = _tsv([("Bericht", 40, height - 300)])
    page = _page_with_text_rows(size, [(40, height - 300, 300), (40, height - 60, 400)])
    strips = []

    def read(strip):
        strips.append(strip.size)
        return _tsv(read_words)

    result = words_to_result(_with_bottom_rows(data, page, read), scale=1, size=size)
    assert strips == [(width, height - (height - 300 + 20 + 2))]
    added = [w for w in result.words if w.text == read_words[0][0]]
    assert added and added[0].top == height - 278 + read_words[0][2]
    assert added[0].left == strip_left + read_words[0][1]
    assert added[0].line_key[1] == block + 1


def test_the_chat_lists_strip_of_a_desktop_screenshot_stays_in_the_chat_list():
    size = (1920, 1080)
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((600, 0, 1919, 1079), fill=200)  # the open chat: another grey
    draw.rectangle((40, 1040, 300, 1059), fill=20)  # a half-shown row at the list's bottom
    draw.rectangle((640, 1040, 900, 1059), fill=20)
    data = _tsv([("Haas", 40, 900)])
    data["block_num"] = [CHAT_LIST_BLOCKS + 1]
    more = _tsv([("Haas", 700, 900)])
    more["block_num"] = [CHAT_BLOCKS + 1]
    for key in data:
        data[key] += more[key]

    result = words_to_result(
        _with_bottom_rows(data, page, lambda strip: _tsv([("Spijker,", 3, 5)])),
        scale=1,
        size=size,
    )
    added = [w for w in result.words if w.text == "Spijker,"]
    assert added[0].left == 3 and 600 <= added[1].left <= 605  # in each pane's own strip
    assert in_chat_list(added[0]) and not in_chat_list(added[1])


@pytest.mark.parametrize(
    "rows",
    [
        [],  # nothing below the lowest word
        [(40, 2392, 400)],  # a sliver at the edge, lower than a line of text
    ],
)
def test_a_strip_without_a_line_of_ink_is_not_read_again(rows):
    size = (1080, 2400)
    data = _tsv([("Bericht", 40, 2100)])
    calls = []
    _with_bottom_rows(data, _page_with_text_rows(size, rows), lambda s: calls.append(s) or {})
    assert calls == []
