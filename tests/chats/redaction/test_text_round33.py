"""Issue 12, round 33: causes behind the errors of blind_text_31, as general rules (initials
with spaces, a double first name's initials, house numbers in words and with a unit, a
handle posing as the municipality, firms by their kind, products by their model, shops
"... by ...", a business's registered address, foreign greetings, a known everyday first name
pointed at).

Every case is a variant written for the rule (other names, streets and word order); none is a
sentence of a measured set."""

import pytest

from chats.redaction import detect_chat
from tests.chats.redaction.detected import found, persons


def found_in_chat(texts: list[str], participants: list[str], index: int) -> list[tuple[str, str]]:
    spans = detect_chat(texts, participants=participants)[index]
    return [(texts[index][s.start : s.end], s.label) for s in spans]


# --- detector.py: initials written with a space after each stop ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("op de envelop staat A. K. Haile", "A. K. Haile"),
        ("de aanslag is gericht aan J. P. de Boer", "J. P. de Boer"),
        ("graag een kopie naar R. S. T. Wolters sturen", "R. S. T. Wolters"),
    ],
)
def test_spaced_initials_belong_to_the_name(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)


# --- names.py: the initials of a double first name of the chat ----------------------------------


@pytest.mark.parametrize(
    ("text", "participants", "initials"),
    [
        ("DJ, de lantaarnpaal bij de brug is kapot", ["Dirkjan Mulder", "Sanne Bos"], "DJ"),
        ("KJ, kun jij de sleutel halen?", ["Klaasjan Wever", "Ilse Dekker"], "KJ"),
        ("GJ planning van de braderie?", ["Gert-Jan Post", "Ilse Dekker"], "GJ"),
        ("WJ verslag van de schouw staat klaar", ["Wouter-Jan Lok", "Ilse Dekker"], "WJ"),
    ],
)
def test_a_double_first_names_initials_opening_a_message_are_the_person(
    text: str, participants: list[str], initials: str
) -> None:
    assert (initials, "PERSON") in found_in_chat([text], participants, 0)


def test_capitals_that_are_no_participants_initials_stay() -> None:
    texts = ["GJ planning van de braderie?"]
    assert found_in_chat(texts, ["Marco Post", "Ilse Dekker"], 0) == []


# --- names.py: a known everyday first name pointed at with "die" --------------------------------


def test_a_known_first_name_that_is_a_word_pointed_at_is_the_person() -> None:
    texts = ["wie was de trainer, was dat niet die Wil?", "ja Wil Hoekman, die fietst ook"]
    assert ("Wil", "PERSON") in found_in_chat(texts, ["Anouk Smit", "Kees Veen"], 0)


def test_the_word_pointed_at_without_a_known_person_stays() -> None:
    texts = ["wie was de trainer, was dat niet die Wil?"]
    assert found_in_chat(texts, ["Anouk Smit", "Kees Veen"], 0) == []


# --- addresses.py: a house number in words --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("het is hoofdstraat nummer achttien bij de kerk", "hoofdstraat nummer achttien"),
        ("container staat voor Julianalaan huisnummer twaalf b", "Julianalaan huisnummer twaalf b"),
    ],
)
def test_a_street_and_nummer_before_a_number_in_words_is_an_address(
    text: str, address: str
) -> None:
    assert (address, "ADDRESS") in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Jannie Westra, Kerkeind drieënveertig. haar zus woont elders", "Kerkeind drieënveertig"),
        ("meneer Dijkstra, Esakker negen b", "Esakker negen b"),
    ],
)
def test_a_home_in_words_right_after_a_person_is_an_address(text: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text)


def test_a_count_after_a_person_is_no_address() -> None:
    assert [v for v, label in found("ik sprak Jan Bos, Kamer twaalf") if label == "ADDRESS"] == []


# --- addresses.py: a unit after the dash of a house number ---------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("we komen langs op Zuideinde 14-B2, schikt dat?", "Zuideinde 14-B2"),
        ("brief is naar Kerkweg 7/c3 gestuurd", "Kerkweg 7/c3"),
    ],
)
def test_a_letter_and_unit_after_the_dash_belong_to_the_house_number(
    text: str, address: str
) -> None:
    assert (address, "ADDRESS") in found(text)


# --- addresses.py: a business's registered address -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Glansrijk, Kerkstraat 8, KvK 81234567",
        "Lashes by Mirjam, Hoofdstraat 61. kvk-nummer 70123456",
    ],
)
def test_an_address_after_a_firm_with_its_kvk_number_is_the_businesss(text: str) -> None:
    assert [label for _, label in found_in_chat([text], ["Ans Kok", "Bram Lok"], 0)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Lashes by Mirjam, Hoofdstraat 61, kvk-nummer 70123456, ik woon er ook",
        "zij staat ingeschreven op Groenmarkt 4, KvK 81234567",
    ],
)
def test_a_kvk_address_that_is_a_home_stays(text: str) -> None:
    labels = [label for _, label in found_in_chat([text], ["Ans Kok", "Bram Lok"], 0)]
    assert "ADDRESS" in labels


# --- addresses.py: one day of an event with its year ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["wie komen er op Schoonmaakdag 2027?", "afspraak op Natuurwerkdag 2027!"],
)
def test_an_event_day_and_its_year_is_no_address(text: str) -> None:
    assert [label for _, label in found(text) if label == "ADDRESS"] == []


# --- online.py: a handle that joins "gemeente" to a name ------------------------------------------


def test_a_handle_posing_as_the_municipality_is_personal() -> None:
    text = "nepaccount instagram.com/gemeentesupport_ria vraagt om geld"
    assert [label for _, label in found(text)] == ["URL_PERSONAL"]


def test_the_municipalitys_own_page_stays() -> None:
    assert found("zie instagram.com/gemeentemeppel voor het nieuws") == []


# --- names.py / detector.py: firms by their kind ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ik vraag het na bij Dijkstra Landbouwmechanisatie",
        "de sporthal is gehuurd door Genclik Spor",
        "offerte van Pest Control Kuipers is binnen",
        "zeg maar tegen Jolanda van Publiekszaken dat het goed is",
    ],
)
def test_a_firm_or_department_by_its_kind_is_no_person(text: str) -> None:
    assert persons(text) in ([], ["Jolanda"])


def test_a_landline_after_a_firm_whose_kind_closes_its_name_is_the_firms() -> None:
    text = "bel jij Bosma Tuintechniek? 0521-382 210"
    assert [label for _, label in found(text)] == []


def test_a_chosen_firm_answered_by_its_name_is_no_person() -> None:
    texts = ["wie doet het groen: Groenbedrijf Zwiers of De Hovenier?", "zwiers, die kennen het"]
    assert found_in_chat(texts, ["Sanne Bos", "Erik Lok"], 1) == []


# --- detector.py: products, shops, places in English and German -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "er komt een bank bij, type Streetlife Rough",
        "ze krijgt een Invacare Colibri 3, die past in de auto",
        "Brows by Ineke, op afspraak",
        "the parade starts at the church and ends at Oldengaerde",
        "Wir übernachten heute am Kolk und fahren morgen weiter",
    ],
)
def test_products_shops_and_places_are_no_persons(text: str) -> None:
    assert persons(text) == []


def test_a_full_name_after_by_stays_a_person() -> None:
    assert persons("Taarten by Mieke Kramer, op afspraak") == ["Mieke Kramer"]


# --- lexicon: greetings, thanks and partings of other languages ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cheers, tot morgen",
        "Chào, ik wil graag een afspraak",
        "Aslm, mijn paspoort is verlopen",
        "xie xie 🙏",
    ],
)
def test_a_foreign_greeting_or_thanks_is_no_name(text: str) -> None:
    assert persons(text) == []


def test_a_low_saxon_possessive_before_a_noun_in_low_saxon_spelling_is_no_name() -> None:
    assert persons("de heg naast mien huus is te hoog") == []


# --- round 33b (blind_text_29's remainders): a home after "my house", a firm called "they", ----
# --- and the business said to be at an address --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("please visit us at our home, Havelte 14. thanks", "Havelte 14"),
        ("she moved into her flat: Haveltermade 7", "Haveltermade 7"),
        ("haar woning: Rogat 5 is te klein", "Rogat 5"),
    ],
)
def test_a_home_right_after_ones_own_house_is_an_address_also_by_a_place_name(
    text: str, address: str
) -> None:
    assert (address, "ADDRESS") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will ask Dijkhuis for the roof, they do the repairs",
        "we use Brouwer, they are fast and cheap",
    ],
)
def test_a_name_taking_they_in_english_is_a_firm(text: str) -> None:
    assert persons(text) == []


def test_a_pair_of_people_taking_they_stays() -> None:
    assert "Piet Dijkhuis" in persons("ask Jan and Piet Dijkhuis, they are the owners")


@pytest.mark.parametrize(
    ("texts", "business", "home"),
    [
        (
            [
                "de slagerij heeft een vergunning nodig",
                "buurman Kees Bos, Kerkstraat 6. de slagerij zelf is Kerkstraat 4",
            ],
            "Kerkstraat 4",
            "Kerkstraat 6",
        ),
        (
            [
                "vraag over het terras van de lunchroom",
                "bewoonster Ans Kok, Markt 9 B. de lunchroom zit op Markt 11",
            ],
            "Markt 11",
            "Markt 9 B",
        ),
    ],
)
def test_the_business_said_to_be_at_an_address_is_the_business(
    texts: list[str], business: str, home: str
) -> None:
    spans = found_in_chat(texts, ["Ilse Dekker", "Erik Lok"], 1)
    assert (home, "ADDRESS") in spans
    assert (business, "ADDRESS") not in spans
