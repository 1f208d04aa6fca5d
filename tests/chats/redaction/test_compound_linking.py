"""A compound whose first part links with "-er-" (kind-er-, ei-er-) is a noun, not a name: on
main "Kinderburgemeester wil bij de opening zijn" made the word a person, and the chat then
redacted every "kinderburgemeester" to [NAAM] (found by search39: a Woo officer's query
"kinderburgemeester" could not find the mayor's cabinet chat). Surnames built the same way
with a short tail ("Kinderman", "Eierman") stay persons."""

import pytest

from chats.redaction import detect_chat
from chats.redaction.lexicon import is_compound


def _persons(text: str, participants=()) -> list[str]:
    return [text[s.start : s.end] for s in detect_chat([text], participants=participants)[0]]


@pytest.mark.parametrize(
    "word", ["kinderburgemeester", "kinderombudsman", "eierdoosjes", "liederenbundel"]
)
def test_a_compound_linked_with_er_is_a_compound(word):
    assert is_compound(word)


@pytest.mark.parametrize("word", ["kinderman", "eierman", "kinderdijk"])
def test_a_short_tail_after_er_is_no_compound(word):
    assert not is_compound(word)


@pytest.mark.parametrize(
    "text",
    [
        "Kinderburgemeester wil bij de opening zijn",
        "Kinderburgemeester komt ook, met haar ketting",
        "Kinderombudsman belt morgen terug",
    ],
)
def test_a_role_compound_opening_a_message_is_no_person(text):
    assert _persons(text) == []


def test_the_chat_keeps_every_mention_of_the_role():
    msgs = [
        "Oproep kinderburgemeester gaat maandag naar de scholen",
        "Kinderburgemeester wil bij de opening van de Kinderboekenweek zijn",
    ]
    found = detect_chat(msgs, participants=["Laura Mensink", "Burgemeester Richard Vos"])
    assert found == [[], []]


@pytest.mark.parametrize(
    "text, person",
    [
        ("Pieter Kinderman belt morgen", "Pieter Kinderman"),
        ("Kinderman belt morgen", "Kinderman"),
        ("mevrouw Eierman komt langs", "Eierman"),
    ],
)
def test_surnames_built_alike_stay_persons(text, person):
    assert _persons(text) == [person]
