"""review46: residents' data that round 36's "not a person / firm / firm's address" rules (a
firm named before or registered at an address, a foundation's post box, municipal
departments, listed firms, a pet "is de hond") let through, and names main missed anyway (a
firm's word after a title or a neighbour, an order opening the sentence)."""

from __future__ import annotations

import pytest

from tests.chats.redaction.detected import covered, found, persons

# --- a firm's address that is a home too, said after the address --------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Bakker Schilderwerken, Kerkstraat 5, daar woont hij ook", "Kerkstraat 5"),
        ("Jansen Loodgieters, Dorpsstraat 12, hij woont boven de zaak", "Dorpsstraat 12"),
        ("de zaak is Hoofdstraat 12, de eigenaar slaapt erboven", "Hoofdstraat 12"),
        ("Akkerman Dakwerken (Industrieweg 40, ik woon daar ook)", "Industrieweg 40"),
        ("Okonkwo Schoonmaak (Kerkstraat 5, woonhuis)", "Kerkstraat 5"),
        ("Bakker Installatie, Molenweg 3, dat is ook zijn woonadres", "Molenweg 3"),
        ("Kapsalon Sanne (Kerkstraat 5, aan huis)", "Kerkstraat 5"),
        ("Okonkwo Taxi, Kerkstraat 5, bij hem thuis", "Kerkstraat 5"),
        (
            "Okonkwo Bouw is ingeschreven op Kerkstraat 5, daar woont het gezin ook",
            "Kerkstraat 5",
        ),
    ],
)
def test_a_firms_address_that_is_a_home_is_an_address(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


def test_a_person_of_the_firm_registered_at_an_address_lives_there() -> None:
    text = "Pieter, de eigenaar van Jansen Bouw, is ingeschreven op Kerkstraat 5"
    assert covered(text, "Kerkstraat 5", "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "Akkerman Dakwerken (Industrieweg 40) belt morgen",
        "Kok Installatietechniek, ingeschreven op Ambachtsweg 4",
    ],
)
def test_a_firms_address_alone_stays_the_firms(text: str) -> None:
    assert not [value for value, label in found(text) if label == "ADDRESS"]


# --- a person's post box, though a foundation or KvK is named earlier ---------------------


@pytest.mark.parametrize(
    ("text", "box"),
    [
        (
            "Via de stichting gehoord: mevrouw Okonkwo heeft als postadres Postbus 45, "
            "7940 AA Meppel",
            "Postbus 45",
        ),
        (
            "Stichting Leergeld betaalt, stuur de brief naar haar postadres Postbus 12, "
            "7940 AA Meppel",
            "Postbus 12",
        ),
    ],
)
def test_a_persons_postbox_after_a_body_is_theirs(text: str, box: str) -> None:
    assert covered(text, box, "ADDRESS")


def test_a_foundations_postbox_stays_the_foundations() -> None:
    text = "Stichting Blues aan de Vaart, KvK 74218530, postadres Postbus 112, 7940 AC Meppel"
    assert not [value for value, label in found(text) if label == "ADDRESS"]


# --- a listed firm's word after a first name is a surname ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Els Vermeiren belde over haar uitkering", "Els Vermeiren"),
        ("Ik sprak Jan Spie gisteren, hij woont op Kerkstraat 5", "Jan Spie"),
        ("Dirk Heras woont in Meppel", "Dirk Heras"),
    ],
)
def test_a_first_name_before_a_listed_firm_makes_a_surname(text: str, name: str) -> None:
    assert covered(text, name)


def test_a_listed_firm_alone_stays_a_firm() -> None:
    assert persons("het hek is van Heras, de scootmobiel van Vermeiren") == []


# --- a surname that is an animal, after "heet" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marieke heet de Vogel, ze woont op de Kerkstraat 5", "Marieke"),
        ("Mijn buurvrouw Marieke heet de Kat", "Marieke"),
        ("Sanne heet de Haan, niet de Vries", "Sanne"),
    ],
)
def test_a_capitalised_animal_after_heet_is_a_surname(text: str, name: str) -> None:
    assert covered(text, name)


def test_a_pet_is_still_no_person() -> None:
    assert "Boris" not in persons("Boris is de hond, mijn man heet Serkan")


# --- a municipal department's word as a surname's ending or a bare surname -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Piet Jeugd belde", "Piet Jeugd"),
        ("Jan Hogewegen belde over de uitkering", "Jan Hogewegen"),
        ("Anja Zandwegen woont op Kerkstraat 5", "Anja Zandwegen"),
        ("mevrouw Ouwegen belde", "Ouwegen"),
        ("Kees Vanderwegen belde", "Kees Vanderwegen"),
    ],
)
def test_a_department_word_inside_or_alone_is_a_surname(text: str, name: str) -> None:
    assert covered(text, name)


# --- a firm's word after a title, a neighbour or a relative --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mijn buurman Spor belde net", "Spor"),
        ("mevrouw Nails komt morgen langs", "Nails"),
        ("buurvrouw Beauty heeft geklaagd", "Beauty"),
        ("mijn zwager Control woont op nummer 4", "Control"),
        ("meneer Control woont op nummer 4", "Control"),
    ],
)
def test_a_firms_word_after_a_title_or_a_neighbour_is_a_surname(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize("text", ["Lucky Nails, Kruisstraat 9", "Anadolu Spor speelt zondag"])
def test_a_firm_with_such_a_word_stays_a_firm(text: str) -> None:
    assert persons(text) == []


# --- an order about a person opening the sentence ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Type Okonkwo in het zoekveld", "Okonkwo"),
        ("Typ Wrzesniewski in Procura en kijk wat er staat", "Wrzesniewski"),
        ("Zoek Jansen in het dossier", "Jansen"),
        ("Controleer Wrzesniewski in de BRP", "Wrzesniewski"),
        ("Bezoek Okonkwo morgen", "Okonkwo"),
    ],
)
def test_an_order_opening_the_sentence_names_a_person(text: str, name: str) -> None:
    assert covered(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Woldstraat 52 is de winkel eronder, het gaat om de bovenverdieping, geen bewoners nu",
        "zijn winkel is Hoofdstraat 88, hij woont zelf in Havelte",
        "Café De Kastanjeboom zit op Dorpsstraat 12 in Nijeveen, hij woont ernaast op nummer 14",
        "ik heb een kapperszaak Barbershop Arash, Hoofdstraat 41 is mijn bedrijf, ik woon Marktstraat 2",
    ],
)
def test_a_home_elsewhere_or_nobody_leaves_the_firms_address(text: str) -> None:
    firm = next(
        a
        for a in ("Woldstraat 52", "Hoofdstraat 88", "Dorpsstraat 12", "Hoofdstraat 41")
        if a in text
    )
    assert not [value for value, label in found(text) if label == "ADDRESS" and firm in value]


# --- a post box a title or a possessive names the owner of ---------------------------------


@pytest.mark.parametrize(
    ("text", "box"),
    [
        ("Het postadres van meneer Jansen is Postbus 45, 7940 AA Meppel", "Postbus 45"),
        ("Stuur de beschikking naar mevrouw Okonkwo, Postbus 12, 7940 AB Meppel", "Postbus 12"),
        ("Zijn post gaat naar Postbus 88, 7941 AC Meppel", "Postbus 88"),
    ],
)
def test_a_postbox_after_a_title_or_possessive_is_a_persons(text: str, box: str) -> None:
    assert covered(text, box, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "U kunt het sturen naar Postbus 501, 7940 AM Meppel",
        "Stuur het bezwaar naar de gemeente, Postbus 501, 7940 AM Meppel",
    ],
)
def test_an_organisations_postbox_stays_unredacted(text: str) -> None:
    assert not [v for v, label in found(text) if label in ("ADDRESS", "POSTCODE")]
