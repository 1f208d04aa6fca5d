"""Plural nationalities are no persons (Woo search round 13: set 11's chats about the shelter
lost their anchor hit "opvang Oekraïners" when the word was redacted as a name)."""

import pytest

from chats.redaction import detect, detect_chat


def persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.label == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Vraag van de krant: komen er Oekraïners in het oude hotel?",
        "Het is de regeling voor opvang Oekraïners, niet het COA",
        "De Roemenen van het uitzendbureau wonen op de camping",
    ],
)
def test_a_plural_nationality_is_no_person(text):
    assert persons(text) == []


def test_a_plural_nationality_is_no_person_in_a_chat():
    spans = detect_chat(
        ["Klopt het dat er Syriërs in het hotel komen?", "Ja, 40 Syriërs vanaf maart"],
        participants=["Anne Bos", "Bert Kok"],
    )
    assert spans == [[], []]
