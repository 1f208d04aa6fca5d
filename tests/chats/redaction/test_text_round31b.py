"""Issue 12, round 31b: causes behind the leftovers of blind_text_29 and blind_text_30, as
general rules (a handle that joins the town's name to another word).

Every case is a variant written for the rule (other names, sites and word order); none is a
sentence of a measured set."""

import pytest

from chats.redaction import detect


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in detect(text)]


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
