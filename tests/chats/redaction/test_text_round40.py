"""Issue 12, round 40: causes behind the errors of blind_text_38, as general rules (the chat's
surname asked after with "welke ...?" and a full name of it, an initial and its full stop after a first name, a
region's adjective opening a street, a house after a comma or a sentence about a home, a house
and its resident opening a message).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found, found_in_chat, persons


def _persons_in_chat(texts: list[str], participants: list[str]) -> list[list[str]]:
    return [
        [value for value, label in spans if label == "PERSON"]
        for spans in found_in_chat(texts, participants)
    ]


def _addresses(text: str) -> list[str]:
    return [value for value, label in found(text) if label == "ADDRESS"]


# --- names.py: the chat's surname asked after with "welke ...?" -------------------------------


@pytest.mark.parametrize(
    ("chat", "surname"),
    [
        (["mevrouw Visser belde over de heg", "welke visser? Marja Visser?"], "visser"),
        (["Gerda Mulder belde", "ja welke mulder? Gerda Mulder?"], "mulder"),
        (["Groot heeft gebeld", "nee, welke groot, Kees Groot of Anna?"], "groot"),
    ],
)
def test_the_chats_surname_asked_after_with_which_and_a_full_name_is_the_person(
    chat: list[str], surname: str
) -> None:
    assert surname in _persons_in_chat(chat, ["Anna Groot", "Piet Smit"])[1]


@pytest.mark.parametrize(
    "question",
    [
        "welke visser? de moeder?",  # (no full name proposed: the word may be meant)
        "welke visser, er zijn er drie",
        "welke bos bedoel je",
    ],
)
def test_which_without_the_chats_person_named_after_it_is_no_person(question: str) -> None:
    chat = ["mevrouw Visser belde", question]
    assert _persons_in_chat(chat, ["Anna Groot", "Piet Smit"])[1] == []


# --- detector.py: an initial and its full stop after a first name -----------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fleur K., verder onbekend", "Fleur K."),
        ("Daan R. zat er ook bij", "Daan R."),
        ("gesproken met Noor A. Haddad en Kees", "Noor A. Haddad"),
        ("sollicitanten: Bram de Wit en Ilse M. Veenstra", "Ilse M. Veenstra"),
    ],
)
def test_a_first_name_takes_its_initial_and_full_stop_along(text: str, name: str) -> None:
    assert name in persons(text)


def test_capitals_with_full_stops_without_a_first_name_stay_no_person() -> None:
    assert not persons("groep A. en B. samen")


# --- addresses.py: a region's adjective, a house after a comma or a home sentence -------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ja Friese Hoofdvaart 12", "Friese Hoofdvaart 12"),
        ("melding Hollandse Hoofdvaart 88", "Hollandse Hoofdvaart 88"),
    ],
)
def test_a_regions_adjective_opens_the_street_name(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a dwelling, then a comma and the house (the comma no longer hides the dwelling)
        ("dakgoot van de boerderij, Darp 7", "Darp 7"),
        # a house and its resident opening a message
        ("Busselte 4, J. de Boer. geen reactie", "Busselte 4"),
        # a short sentence about being home, then the house
        ("weer thuis! Busselte 9. dochter regelt het", "Busselte 9"),
    ],
)
def test_a_hamlets_house_after_a_home_or_before_its_resident(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    ["Meppel 3, A. Smit scoorde", "thuis! Meppel 2 - Havelte 1", "Meppel 3, Zwolle 1"],
)
def test_scores_of_places_stay_no_address(text: str) -> None:
    assert not _addresses(text)
