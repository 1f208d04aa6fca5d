"""Screenshot review, stop 56: defects left open in round 50's rules and older ones, tested with
other names, words and numbers than the sets (no tesseract: OCR results are built as in
test_screenshot_text)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.chats.redaction.test_screenshot_text import bubble_spans, rows_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’\"“”"
KEEP = ("+31 6 1400 0522", "14 0522", "NL36 BNGH 0285 0075 31", "Postbus 501, 7940 AM Meppel")

# WhatsApp Web's chat list (blocks from 50001) and a phone's bubble (block 1).
rows = partial(rows_spans, first_block=50001, keep_values=KEEP)
bubble = partial(bubble_spans, block=1, keep_values=KEEP)


# --- 1. A group's title of one word and a number -------------------------------------------------


@pytest.mark.parametrize("title", ["Klas 3", "Kerkkoor 3", "Zangkoor 2", "Voetbalteam 4"])
@pytest.mark.parametrize(
    "layout",
    [
        "Chats\n{title} 10:33\nDewi: morgen geen training\nGemeente Meppel 09:08",
        "Chats\n{title} 10:33\nHet rooster voor morgen...\nGemeente Meppel 09:08",
        "Chats\n{title}\nDewi: morgen geen training",
    ],
)
def test_a_group_title_of_one_word_and_a_number_stays_in_the_chat_list(title, layout):
    # Round 40 took a word before one digit and a time for a name with an emoji read as that
    # digit; the chat list's names took a lone digit after a surname ("Klas") for a row's time.
    text = layout.format(title=title)
    assert title.split()[0] not in covered(text, rows(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a contact with an emoji read as a digit before the time (round 40, round 50)
        ("Chats\nKiem 5 10:33\nDe tegels liggen er", {"Kiem"}),
        # a surname and a house number, where the address is talked about
        ("De lekkage is bij Klas op 3, naast de school.", {"Klas", "3"}),
        ("De familie Klas van nummer 3 klaagt over de heg.", {"Klas", "3"}),
    ],
)
def test_a_name_before_a_digit_or_a_house_number_stays_blacked(text, words):
    spans = rows(text) if text.startswith("Chats") else bubble(text)
    assert words <= covered(text, spans, strip=STRIP)


# --- 2. A surname that is a word, used as the word ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Anna Groen\nHet openbaar groen wordt morgen gemaaid.", "groen"),
        ("Anna Groen\nMelding Openbaar groen: tak op de stoep", "groen"),
        ("Anna Groen\nde melding over Openbaar groen is doorgezet.", "Openbaar"),
        ("Anna Groen\nNa de regen is het gras weer mooi groen.", "groen"),
        (
            "Bram Visser\nHet gemeentelijk visser-overleg gaat niet door; de sportvisser ook niet.",
            "visser-overleg",
        ),
    ],
)
def test_a_surname_of_the_shot_used_as_the_word_in_an_ordinary_phrase_stays(text, word):
    assert word not in covered(text, bubble(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Anna Groen\nIk heb mevrouw Groen gisteren gesproken.", "Groen"),
        ("Anna Groen\nVraag het even aan @Groen", "@Groen"),
        ("Anna Groen\nGroen: ik kom morgen langs", "Groen"),
        ("Anna Groen\nVoor de deur is Anna groen uitgegleden.", "groen"),
        ("Anna Groen\nIk zag Groen gisteren bij de kerk.", "Groen"),
    ],
)
def test_a_surname_of_the_shot_where_it_stands_as_a_name_stays_blacked(text, word):
    assert word in covered(text, bubble(text), strip=STRIP)


# --- 5. Round 50's owner after "is van" and whose garden, as their causes -----------------------


@pytest.mark.parametrize("owner", ["wil", "kan", "wint", "rijdt"])
def test_an_owner_after_is_van_that_is_a_verbs_form_is_a_name(owner):
    # After "van" only a noun or a name stands: a verb's form closing the clause is the owner's
    # surname (round 50 listed eleven such forms; any present tense is one).
    text = f"De schuur op nummer 9 aan de Molenweg is van\n{owner}; de buren hebben de sleutel."
    assert owner in covered(text, bubble(text), strip=STRIP)


@pytest.mark.parametrize(
    "text",
    [
        "De schuur op nummer 9 is van hout; de buren hebben de sleutel.",
        "De hoed op de bank is van vilt; de buren weten het.",
        "De fiets bij de kerk is van mij, zei hij.",
    ],
)
def test_what_a_thing_is_made_of_or_whose_by_a_pronoun_stays(text):
    word = text.split(" is van ")[1].split()[0].strip(",;")
    assert word not in covered(text, bubble(text), strip=STRIP)


@pytest.mark.parametrize(
    "text",
    [
        "De hond loopt steeds bij Zeil de tuin in; bel de buren.",
        "De kat zit steeds bij Zeil in de tuin; bel de buren.",
        "De bal ligt bij Zeil achter het huis, kan iemand hem pakken?",
        "De kat slaapt weer bij Zeil thuis.",
        "Er staat een kraan bij Zeil op de oprit.",
    ],
)
def test_whose_home_or_garden_after_bij_is_a_name(text):
    # Round 50 took "bij X de tuin in" alone; the cause is a part of someone's home after "bij"
    # and the one it belongs to.
    assert "Zeil" in covered(text, bubble(text), strip=STRIP)


@pytest.mark.parametrize(
    "text",
    [
        "De kat zit bij Meppel in de tuin van de buren.",
        "Bij regen in de tuin blijven de kinderen binnen.",
        "Ik heb de fiets bij Gemeente Meppel in de schuur gezet.",
    ],
)
def test_a_place_or_a_word_after_bij_before_a_garden_stays(text):
    word = text.split("ij ")[1].split()[0]
    assert word not in covered(text, bubble(text), strip=STRIP)
