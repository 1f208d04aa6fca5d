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


# --- names.py: "van"/"in de" and a word of the language is a team or a thing, no surname -------


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Goedemorgen, u spreekt met Marloes van Vergunningen", ["Marloes"]),
        ("Karin van Burgerzaken belde net terug", ["Karin"]),
        ("de sleutel ligt bij Ruben in de Kantine", ["Ruben"]),
        ("er ligt nog 300 ton in de strooiloods", []),
        # short words and listed surnames stay surnames
        ("moeder Annet van Es belde", ["Annet van Es"]),
        ("ik sprak Kees van Leeuwen", ["Kees van Leeuwen"]),
    ],
)
def test_a_department_after_van_is_no_surname(text, persons):
    assert found(text, "PERSON") == persons


# --- names.py: a trade after "&" makes the run a firm ------------------------------------------


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("mijn neef heeft een bedrijf, Dekker Bouw & Onderhoud, hij komt kijken", []),
        ("mijn dochter Kim van Dijk en Bijl Klussen & Onderhoud", ["Kim van Dijk"]),
        ("Wim & Truus Bakker komen ook", ["Wim", "Truus Bakker"]),
    ],
)
def test_a_trade_after_ampersand_is_a_firm(text, persons):
    assert found(text, "PERSON") == persons


# --- names.py, lexicon: Drents "mien" (my) and "moi" (hello) ---------------------------------


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("mien dochter Aaltje Mulder belde gisteren", ["Aaltje Mulder"]),
        ("Reestweg 12. mien nummer staat in de mail", []),
        ("moi henk. ik wol vraogen", ["henk"]),
        ("Dank je, ik zet mien op de lijst", ["mien"]),
    ],
)
def test_drents_possessive_and_greeting(text, persons):
    assert found(text, "PERSON") == persons


# --- lexicon: national organisations, systems, printers and English nationalities -------------


@pytest.mark.parametrize(
    "text",
    [
        "de uitvaart regelt Dela, zei ze",
        "Intune zegt dat de laptop niet voldoet",
        "printer: Kyocera 4500",
        "the Mexican food truck on the Markt",
        "my wife is Syrian, she has no passport",
        "Das Problem ist die Heizung",
    ],
)
def test_listed_organisations_and_words_are_no_persons(text):
    assert found(text, "PERSON") == []


def test_a_landline_to_call_after_the_body_just_named():
    assert found("Thats DUO. Bel 050 599 7755", "PHONE") == []


# --- addresses.py: a spoken street after a hesitation, its place after the number ------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "ik sta bij mevrouw Jansen op de eh Kerkweg vierentwintig in Nijeveen",
            "Kerkweg vierentwintig",
        ),
        ("we zijn aan de uhm Stationsstraat zeven, achterom", "Stationsstraat zeven"),
    ],
)
def test_a_spoken_address_after_a_hesitation(text, address):
    assert found(text, "ADDRESS") == [address]


def test_a_spoken_count_after_a_street_stays_a_count():
    assert found("op de eh Hoofdweg twee rondjes gelopen", "ADDRESS") == []
