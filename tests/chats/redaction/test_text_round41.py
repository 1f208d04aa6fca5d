"""Issue 12, round 41: causes behind the errors of blind_text_39, as general rules (a household
named before "bellen via" owns the landline; a range of house numbers in a chat's street; a
list line opening with a surname and a colon before a plate or phone; a word the chat shows as a
person's surname before a number; a lower-case name coordinated with a person; an initial and
the chat's surname as a handle; a postcode after "postcode daar is"; a title before a word in a
list of streets; a hamlet's house after a household named in it; the region after an acronym,
the employer after "werkt ... bij", a builder by trade, a committee's titled name, an animal's
name after "het beest heet", a field's name after "grasveld").

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found_in_chat, persons
from tests.chats.redaction.detected import labelled as _labels


def _chat(texts: list[str], participants: tuple[str, ...] = ("Anke Dijkstra", "Wim Post")):
    return found_in_chat(texts, list(participants))


# --- phones.py: "Fam. X, bellen via 0522 ..." is the household's number -----------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Fam. Wiersma, bellen via (0521) 384719", "(0521) 384719"),
        ("mevrouw Jaarsma: bellen via 0522 361290", "0522 361290"),
        ("de familie van Dam, bellen op 0522-361290", "0522-361290"),
    ],
)
def test_a_landline_handed_on_after_a_household_is_theirs(text: str, number: str) -> None:
    assert number in _labels(text, "PHONE")


def test_a_landline_handed_on_without_a_household_stays_a_service() -> None:
    assert _labels("vragen over de pas? bellen via (0522) 246810", "PHONE") == []


# --- addresses.py: a range of house numbers, also in a street the chat holds ------------------


def test_a_hyphenated_range_beside_a_t_m_range_is_no_home() -> None:
    assert (
        _labels("Zonnedauw 3 t/m 27 en Kievitstraat 2-40 krijgen een nieuw nummer", "ADDRESS") == []
    )


def test_a_range_in_a_street_of_the_chats_addresses_is_no_home() -> None:
    chat = _chat(
        [
            "brief over Kievitstraat 10 t/m 30 gaat vandaag weg",
            "mevrouw Oldenhave van Kievitstraat 12 belde erover",
        ]
    )
    assert not any(label == "ADDRESS" for _, label in chat[0])
    assert ("Kievitstraat 12", "ADDRESS") in chat[1]


@pytest.mark.parametrize(
    ("text", "home"),
    [("ze woont op Kampweg 12-14", "Kampweg 12-14"), ("Klaproos 3-1 woont ze", "Klaproos 3-1")],
)
def test_a_hyphenated_number_without_a_range_stays_a_home(text: str, home: str) -> None:
    assert _labels(text, "ADDRESS") == [home]


# --- detector.py: a list line "Surname: plate / phone" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brinkhuis: 06-12345678", "Brinkhuis"),
        ("Lanting: 45-KLX-8, 12-BB-34", "Lanting"),
        ("2) Veldkamp: 73-SRT-2", "Veldkamp"),
    ],
)
def test_a_surname_and_a_colon_opening_a_list_line_before_data_is_its_holder(
    text: str, name: str
) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text", ["Kenteken: 73-NKL-2", "Tel: 06-12345678", "Meppel: 0522-123456", "Bus: 12-BB-34"]
)
def test_a_field_word_or_place_before_the_colon_is_no_person(text: str) -> None:
    assert persons(text) == []


# --- detector.py: the chat's surname before a number is that person, no street ---------------


@pytest.mark.parametrize(
    "chat",
    [
        ["gezin 1: Emre Demirtas met zoon Ali", "gezin 2: Yusuf en Leyla Yilmaz"],
        ["gezin 1: Petro Moroz met dochter Oksana", "gezin 2: Taras en Leyla Yilmaz"],
    ],
)
def test_a_surname_the_chat_shows_in_a_full_name_is_no_street_before_a_number(
    chat: list[str],
) -> None:
    first = chat[0].split()[3]
    found_ = _chat([*chat, f"{first} kamer 2, Yilmaz 7 en 8"])
    assert ("Yilmaz", "PERSON") in found_[2]
    assert not any(label == "ADDRESS" for _, label in found_[2])


def test_a_street_with_a_streets_ending_stays_an_address() -> None:
    chat = _chat(["Marieke de Vries belde", "ze woont op Dorpsstraat 12"])
    assert ("Dorpsstraat 12", "ADDRESS") in chat[1]


# --- detector.py: a lower-case name coordinated with a person --------------------------------


@pytest.mark.parametrize(
    "reply", ["henk wel, roos niet", "henk en roos komen zaterdag", "roos of henk doet het"]
)
def test_a_lower_case_one_word_person_coordinated_with_a_person_is_that_person(
    reply: str,
) -> None:
    chat = _chat(["Henk Mulder, Roos van de tuinclub en Bram", reply])
    assert ("roos", "PERSON") in chat[1]


def test_a_coordinated_word_the_chat_never_shows_as_a_person_is_left() -> None:
    chat = _chat(["Henk Mulder belde", "henk wel, roos niet, die bloemen"])
    assert ("roos", "PERSON") not in chat[1]


# --- detector.py: an initial, a full stop and the chat's surname -----------------------------


def test_an_initial_and_the_chats_surname_as_one_word_is_that_person() -> None:
    chat = _chat(["contactpersoon is Marloes Brink?", "ja, m.brink staat in teams"])
    assert ("m.brink", "PERSON") in chat[1]


def test_an_initial_and_the_chats_surname_in_an_e_mail_address_stays_the_address() -> None:
    chat = _chat(["contactpersoon is Marloes Brink?", "mail m.brink@voorbeeld.nl"])
    assert chat[1] == [("m.brink@voorbeeld.nl", "EMAIL")]


# --- places.py: "postcode daar is 7942 mb" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("en de postcode daar is 7943 kb toch?", "7943 kb"),
        ("de postcode van haar is 7944 mb", "7944 mb"),
    ],
)
def test_a_lower_case_postcode_after_postcode_and_a_word_before_is(
    text: str, postcode: str
) -> None:
    assert postcode in _labels(text, "POSTCODE")


def test_a_size_in_megabytes_is_no_postcode() -> None:
    assert _labels("het bestand is 2019 mb groot", "POSTCODE") == []


# --- names.py: a title before a word in a list of streets -------------------------------------


def test_a_titled_word_between_two_streets_is_a_person() -> None:
    assert "Riet" in persons("Kerkstraat, mevr Riet, Kerkstraat 61")


def test_a_bare_word_in_a_list_of_streets_stays_a_street() -> None:
    assert persons("route Stationsweg, Hoofdstraat, Markt en Kerkplein") == []


# --- addresses.py: a hamlet's house after a household named in it -----------------------------


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("mevr. Oldenhof in Darp, Darp 14", "Darp 14"),
        ("4) fam. Brouwer in De Schiphorst, De Schiphorst 7", "De Schiphorst 7"),
    ],
)
def test_a_hamlets_house_after_a_household_in_that_hamlet(text: str, home: str) -> None:
    assert home in _labels(text, "ADDRESS")


# --- organisations.py / detector.py / names.py: bodies, firms, animals, fields ---------------


@pytest.mark.parametrize(
    "text",
    [
        "GGD Kennemerland belt terug over de uitslag",
        "hij werkt nu bij Thales, bel na vijven",
        "de bouwer is Kooijker, kavel 12",
        "werkgroep Groen voor Elkaar vergadert dinsdag",
        "commissie Zorg en Welzijn Nijeveen beslist",
        "het dier heet Saartje volgens de boer",
        "veel afval op het speelveld Stouwe",
    ],
)
def test_bodies_firms_animals_and_fields_named_so_are_no_person(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bij de GGD Marieke gesproken", "Marieke"),
        ("KPN Jansen komt morgen", "Jansen"),
        ("de commissie Bakker belt", "Bakker"),
        ("ik werk bij Piet in de zaak", "Piet"),
        ("de eigenaar van het dier heet Kees Bakker", "Kees Bakker"),
    ],
)
def test_a_first_name_common_surname_or_owner_there_stays_a_person(text: str, name: str) -> None:
    assert name in persons(text)
