"""Issue 12, round 31b: causes behind the leftovers of blind_text_29 and blind_text_30, as
general rules (a handle that joins the town's name to another word, a participant's
word name closing a negated instruction).

Every case is a variant written for the rule (other names, sites and word order); none is a
sentence of a measured set."""

import pytest

from chats.redaction import detect_chat
from tests.chats.redaction.detected import found

# --- online.py: the town's name joined to another word is someone's handle ----------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "die filmpjes staan op instagram.com/meppel_skatez, echt erg",
            "instagram.com/meppel_skatez",
        ),
        (
            "kijk eens: https://www.tiktok.com/@meppel.bmx.kid",
            "https://www.tiktok.com/@meppel.bmx.kid",
        ),
    ],
)
def test_a_profile_link_joining_the_towns_name_to_another_word_is_personal(
    text: str, url: str
) -> None:
    assert (url, "URL_PERSONAL") in found(text)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("zijn tiktok is @meppel_drifter", "@meppel_drifter"),
        ("insta: @meppel.fotogirl", "@meppel.fotogirl"),
    ],
)
def test_a_handle_joining_the_towns_name_to_another_word_is_personal(
    text: str, handle: str
) -> None:
    assert (handle, "URL_PERSONAL") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "kijk op facebook.com/meppelcentraal",
        "staat op https://www.facebook.com/meppel/posts/123",
        "volg instagram @meppelnl",
        "of op insta via @meppel.nl",
    ],
)
def test_the_towns_own_pages_stay(text: str) -> None:
    assert [label for _, label in found(text) if label == "URL_PERSONAL"] == []


# --- names.py: a participant's first name closing a negated instruction -------------------------


def chat(participants: list[str], texts: list[str]) -> list[list[tuple[str, str]]]:
    spans = detect_chat(texts, participants=participants)
    return [[(t[s.start : s.end], s.label) for s in ss] for t, ss in zip(texts, spans, strict=True)]


def test_a_participants_word_name_closing_a_negated_instruction_is_the_person() -> None:
    texts = [
        "de bewoner wil een vergoeding voor zijn schutting",
        "laat hem het formulier invullen, niks beloven roos",
        "en geen afspraken maken wolf!",
        "er komt vannacht wolf in de buurt volgens de boer",
        "ik verwacht geen afspraken wolf",
    ]
    result = chat(["Roos Dekker", "Wolf Meijer"], texts)
    assert ("roos", "PERSON") in result[1]
    assert ("wolf", "PERSON") in result[2]
    # the word inside a sentence, or after a statement, stays the word
    assert result[3] == []
    assert result[4] == []
