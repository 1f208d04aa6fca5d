"""Review of screenshot round 34 (rev3a): the long form of a contact's short name ("Montse" ...
"Montserrat") took any capitalised word opening with that name, also a compound or an everyday
word ("Martinikerk", "Annexatie"); a group title's rule took any line opening with "Team" or
"Commissie" for a title. Built OCR results, as in test_screenshot_text."""

from __future__ import annotations

import pytest

from tests.chats.redaction.test_screenshot_round21 import lines_spans
from tests.chats.redaction.test_screenshot_text import words_covered as covered


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Chats\n* Martin V 15:19\nKoor\n11:02\nHet concert is in de Martinikerk om acht uur.",
            "Martinikerk",
        ),
        (
            "Chats\n* Anne B 12:00\nRaad\n11:02\nDe Annexatie van het dorp is op de agenda.",
            "Annexatie",
        ),
    ],
)
def test_a_word_opening_with_a_contacts_short_name_is_no_long_form_of_it(text, word):
    assert word not in covered(text, lines_spans(text))


def test_the_long_form_of_a_contacts_short_name_stays_a_person():
    text = "Chats\n* Chris T 15:19\nDoop\n11:02\nDe doop van Christiaan is zondag."
    assert {"Chris", "Christiaan"} <= covered(text, lines_spans(text))


# A group's title stays unredacted wherever it is written (test_screenshot_round34: "Team Bomen
# en Groen"); a message's line that opens with "Team" or "Commissie" is no title: its verb is
# written in lower case.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Buurtapp Oost\nTeam belt Pieter Jansen morgen\n11:02\nGraag reactie.", {"Pieter"}),
        ("Straatfeest\n09:12\nCommissie vraagt Sanne Visser\nOk!", {"Sanne", "Visser"}),
    ],
)
def test_a_message_line_opening_with_a_groups_word_keeps_its_persons(text, names):
    assert names <= covered(text, lines_spans(text))
