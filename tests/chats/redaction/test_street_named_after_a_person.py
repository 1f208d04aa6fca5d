"""A street named after a person ("Jan Steenstraat", "Willem Alexanderlaan") after a locative
preposition is a street, not a person with the particles "in de" (stop 45, found by Woo round 57:
"Mevrouw in de Jan Steenstraat is gevallen" lost "in de Jan" to [NAAM], and the chat its
request). Sentences of their own, not the Woo set's."""

import pytest

from chats.redaction.detector import detect


def persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.label == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Meneer in de Piet Heinstraat belt over de lantaarnpaal.",
        "De bewoner aan de Willem Alexanderlaan klaagt over de hagen.",
        "Er ligt een gat in de weg op de Karel Doormanstraat, bij de school.",
        "Mevrouw in de Jan Steenstraat is gevallen over een losse tegel.",
    ],
)
def test_a_street_named_after_a_person_is_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person remains a person where no street word follows
        ("Mevrouw in de Betouw belde over de afvalbak.", "in de Betouw"),
        ("Ik sprak Jan gisteren over de Steenstraat.", "Jan"),
        # A name right before an address is still the resident's
        ("Jan de Vries, Dorpsstraat 5 heeft gebeld.", "Jan de Vries"),
    ],
)
def test_persons_next_to_streets_stay(text, name):
    assert name in persons(text)
