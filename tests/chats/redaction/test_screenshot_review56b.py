"""Review 56b: a surname of the shot that is a word ("Anna Visser") stays blacked where a word
before it that makes a word of an adjective ("weer mooi groen.") or a noun ("het groen") is a
pronoun, a verb or an adverb and the surname stands as the person ("ik bel zo visser even",
"heb je het bakker gevraagd?"). (No tesseract: OCR results are built as in test_screenshot_text.)"""

from __future__ import annotations

from functools import partial

import pytest

from tests.chats.redaction.test_screenshot_text import bubble_spans, rows_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered

STRIP = ",.!?;:()'‘’\"“”"
bubble = partial(bubble_spans, block=1, keep_values=())


@pytest.mark.parametrize(
    ("person", "line"),
    [
        ("Bram Visser", "ik bel zo visser even over de lekkage"),
        ("Bram Visser", "ik heb echt visser nog niet gesproken"),
        ("Nel Bakker", "heb je het bakker gevraagd?"),
        ("Nel Bakker", "ik zag meer bakker dan haar man"),
        ("Bram Visser", "hebben jullie visser gisteren nog gezien?"),
        ("Els Groen", "we zijn groen vergeten te bellen"),
        ("Els Storm", "ik heb haar storm al voorgesteld"),
        ("Els Storm", "vanmiddag komt heel storm langs"),
    ],
)
def test_a_surname_after_a_pronoun_verb_or_adverb_stays_blacked(person, line):
    text = f"{person}\n{line}"
    word = person.split()[-1].lower()
    assert word in covered(text, bubble(text), strip=STRIP)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Anna Groen\nNa de regen is het gras weer mooi groen.", "groen"),
        ("Anna Groen\nHet gras is nu echt groen, zei de buurman.", "groen"),
        ("Anna Wit\nDe muur is te wit", "wit"),
        ("Anna Groen\nWe hebben geen groen meer in de straat.", "groen"),
        ("Bram Visser\nEr stond een visser aan de vaart.", "visser"),
        ("Bram Visser\nMijn visser komt morgen langs met de vis.", "visser"),
    ],
)
def test_a_surname_used_as_the_word_after_a_determiner_or_closing_after_an_adverb_stays(text, word):
    assert word not in covered(text, bubble(text), strip=STRIP)


# --- A chat list row's surname that ends in a group's word -----------------------------------

rows = partial(rows_spans, first_block=50001, keep_values=())


@pytest.mark.parametrize("surname", ["Verploeg", "Wijntuin"])
@pytest.mark.parametrize(
    "layout",
    [
        "Chats\n{name} 5 10:33\nDe tegels liggen er\nGemeente Meppel 09:08",
        "Chats\n{name} 3 10:33\nDewi: morgen geen training",
    ],
)
def test_a_surname_ending_in_a_groups_word_before_a_digit_stays_blacked(surname, layout):
    # Stop 56 kept "Kerkkoor 3", "Voetbalteam 4" (a group's title and its number) readable by
    # the word's ending; a known surname that only ends so ("Verploeg": no "ploeg") is the
    # contact's name with an emoji read as a digit, as round 40 took it.
    text = layout.format(name=surname)
    assert surname in covered(text, rows(text), strip=STRIP)


@pytest.mark.parametrize(
    ("person", "line", "word"),
    [
        ("Anna Visser", "ik sprak met de groot-visser gisteren", "groot-visser"),
        ("Anna Visser", "bel visser-jansen even over de heg", "visser-jansen"),
    ],
)
def test_a_surname_joined_by_a_hyphen_to_another_surname_stays_blacked(person, line, word):
    # "visser-overleg" is the word in a compound; "de groot-visser" a double surname.
    text = f"{person}\n{line}"
    assert word in covered(text, bubble(text), strip=STRIP)
