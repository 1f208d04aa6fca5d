"""Issue 12, round 29: the causes behind blind_text_28's misses and false hits, as general rules.

Every case is a variant written for the rule (other names, streets, places and word order);
none is a sentence of a measured set."""

import pytest

from chats.redaction import detect, detect_chat


def found(text: str, label: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.label == label]


def chat_found(texts: list[str], label: str) -> list[list[str]]:
    return [
        [text[s.start : s.end] for s in spans if s.label == label]
        for text, spans in zip(texts, detect_chat(texts), strict=True)
    ]


# --- names.py: a lower-case "zn" is chat for "z'n", not a family firm's "Zn." ------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik heb Gerrit Lammers zn fiets gevonden bij de brug", "Gerrit Lammers"),
        ("is dat Bram zn scooter?", "Bram"),
        ("volgens mij is het Sandra Wolters zn hond", "Sandra Wolters"),
    ],
)
def test_chat_zn_after_a_name_is_his(text, name):
    assert found(text, "PERSON") == [name]


# --- names.py: "Gebr." inside a firm's name ends no sentence --------------------------------------


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Femmy en Gebr. Jonker", []),
        ("de kraam van Poffertjes Gebr. Bosman", []),
        ("aanmeldingen: Wafels Gebr. Kuiper en Tim Smit", ["Tim Smit"]),
    ],
)
def test_gebroeders_names_a_firm(text, persons):
    assert found(text, "PERSON") == persons


# --- names.py: "de" and a first name that is a noun: a playground's or building's name --------


@pytest.mark.parametrize(
    "text",
    [
        "de schommel bij de Merel is kapot",
        "kun je het hek van de Iris dichtdoen?",
        "de zandbak bij de Jasmijn is vies",
    ],
)
def test_article_and_a_noun_first_name_is_a_place(text):
    assert found(text, "PERSON") == []


# --- detector.py: "de" and a street of the chat's addresses is that street -------------------


@pytest.mark.parametrize("street", ["Kloosterveld", "Haverkamp", "Oosterhof"])
def test_a_street_of_the_chat_with_its_article_is_no_person(street):
    texts = [
        f"weet jij of er gestrooid wordt op de {street}? mijn oma is gevallen",
        f"ze woont op {street} 18, de flat",
        f"De {street} hoort bij route 2",
    ]
    assert chat_found(texts, "PERSON") == [[], [], []]


# --- addresses.py: a flat's number ("app 4"), a titled person's street, "X van Ystraat" --------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("nieuw adres is Julianalaan 12 app 4, sinds mei", "Julianalaan 12 app 4"),
        ("ze zit nu op Beukenstraat 3 app. 11", "Beukenstraat 3 app. 11"),
        ("post naar Kerkweg 8 apt 2 graag", "Kerkweg 8 apt 2"),
        ("hij woont Gouverneur Van Heemstralaan 3, al jaren", "Gouverneur Van Heemstralaan 3"),
        ("mevrouw woont Commissaris Hoekstraweg 5 sinds kort", "Commissaris Hoekstraweg 5"),
        ("de bewoner van Jan van Goyenstraat 9 belt over lekkage", "Jan van Goyenstraat 9"),
    ],
)
def test_the_whole_address(text, address):
    assert found(text, "ADDRESS") == [address]


def test_a_first_name_of_the_resident_stays_outside_an_ordinary_street():
    # "Hoofdstraat" is no name: "Jan van Hoofdstraat 4" is Jan, who lives there
    assert found("de huurder van Jan van Hoofdstraat 4 belt", "ADDRESS") == ["Hoofdstraat 4"]


# --- addresses.py: a lower-case answer to "Wat is uw adres?" with "in" and its place ---------


@pytest.mark.parametrize(
    ("answer", "address"),
    [
        ("zuideinde 12 in Nijeveen. de buren ook", "zuideinde 12"),
        ("noordeinde 3 in Meppel", "noordeinde 3"),
    ],
)
def test_a_lower_case_address_answered_with_its_place(answer, address):
    assert chat_found(["Wat is uw adres?", answer], "ADDRESS")[1] == [address]


# --- detector.py, phones.py: an organisation's landline -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ja, het directe nummer van Jansen. algemeen is 0521 388 100",
        "ik bel de loodgieter. 0522-471122 staat op de bus",
        "het nummer 038 421 9090 stond op het bord bij de ingang",
        "Have you called Woonconcept? 0522 760 300",
        "Dat is gemeente Staphorst. Belt u daar 0522 467 400",
        "bel daar maar even 0522 467400",
    ],
)
def test_an_organisations_landline_is_kept(text):
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("bel haar daar op 06 12345678", "06 12345678"),
        ("mijn nummer 0522 246810 staat op de lijst", "0522 246810"),
    ],
)
def test_a_persons_number_stays_a_phone(text, phone):
    assert found(text, "PHONE") == [phone]


# --- lexicon: messaging apps are no names ---------------------------------------------------


@pytest.mark.parametrize(
    "text", ["06 1234 5678, also on Viber", "heb je Viber?", "call me on Viber tonight"]
)
def test_a_messaging_app_is_no_person(text):
    assert found(text, "PERSON") == []
