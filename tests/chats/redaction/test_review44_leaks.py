"""review44: residents' data that today's round-33/34 exceptions (a shop "<Ware> by" its maker,
"merk/type/model" before a product, a street's word before a house number, a business's
premises in English) let through, and which the detector before them redacted."""

from __future__ import annotations

import pytest

from chats.redaction import detect_chat
from tests.chats.redaction.detected import found

# --- "<Ware> by <maker>": an English participle before "by" names who did it -----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reported by Okonkwo: lantaarnpaal kapot bij de speeltuin", "Okonkwo"),
        ("Signed by Wrzesniewski on 3 March, please file it", "Wrzesniewski"),
        ("Called by Mekonnen about the parking permit this morning", "Mekonnen"),
        ("Visited by Kowalczyk yesterday, the house was empty", "Kowalczyk"),
        ("Sent by Fatima, she will come by tomorrow", "Fatima"),
        ("Photo by Yilmaz of the broken fence, thanks", "Yilmaz"),
        ("Rented by Kowalczyk since 2019, he pays late", "Kowalczyk"),
        ("Made by Okonkwo for the neighbours", "Okonkwo"),
    ],
)
def test_a_participle_by_a_person_is_no_shop(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)


def test_a_shop_by_its_maker_stays_a_business() -> None:
    assert not any(label == "PERSON" for _, label in found("Brows by Ineke, op afspraak"))


# --- "merk", "type": a verb after its subject ("ik merk", "ik type") -------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik merk Wrzesniewski wordt echt ongeduldig over de vergunning", "Wrzesniewski"),
        ("ik merk Okonkwo is niet blij met het antwoord", "Okonkwo"),
    ],
)
def test_merk_after_its_subject_is_a_verb(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)


# --- a street's word (a surname too) before a number that counts or dates --------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Heb Brink 3 dagen niet gezien, ze neemt niet op", "Brink"),
        ("Ik heb Kamp 2 weken geleden nog gesproken over zijn uitkering", "Kamp"),
        ("Bel Hof 2 uur vanmiddag terug over de aanvraag", "Hof"),
        ("Ik sprak Brink 3 mei, ze is verhuisd naar de Kerkstraat", "Brink"),
    ],
)
def test_a_street_word_before_a_count_or_a_date_is_a_surname(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)


def test_a_street_word_before_a_house_number_stays_a_street() -> None:
    assert ("Brink", "PERSON") not in found("we zien elkaar bij het gemeentehuis, Brink 3")


# --- English premises where somebody lives -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("the shop is Hoofdstraat 63 and I live above it", "Hoofdstraat 63"),
        ("her salon is at Zuideinde 14, she lives there too", "Zuideinde 14"),
        ("his workshop is Molenstraat 4, he lives there with his wife", "Molenstraat 4"),
        ("our business is Dorpsstraat 5, we live on the first floor", "Dorpsstraat 5"),
        ("my garage is Kerkstraat 5, that is my house", "Kerkstraat 5"),
        ("Their bakery is Kerkweg 8 and Okonkwo sleeps upstairs", "Kerkweg 8"),
        ("the salon is Zuideinde 9, Fatima's flat is above", "Zuideinde 9"),
    ],
)
def test_english_premises_said_to_be_a_home_are_a_home(text: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text)


def test_english_premises_alone_stay_a_business() -> None:
    assert ("Kerkweg 12", "ADDRESS") not in found("our office is at Kerkweg 12, come by")


# --- German "beim/zum/vom <Nachname>": colloquial German puts the article before a surname -----


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sie wohnt jetzt beim Schulze am Kerkplein", "Schulze"),
        ("Das Kind ist beim Wagner, bitte anrufen", "Wagner"),
        ("Sie ist im Krankenhaus beim Meyer gewesen", "Meyer"),
    ],
)
def test_a_surname_after_a_contracted_article_stays_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)


# --- English "X, they ...": a household, not a firm, where the clause is about a home ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I spoke to Wrzesniewski, they are moving out next week", "Wrzesniewski"),
        ("I visited Tesfaye, they are not happy with the repair", "Tesfaye"),
        ("I talked to Kowalczyk for the complaint, they are angry about it", "Kowalczyk"),
        ("Bel Wrzesniewski for the keys, they are at home", "Wrzesniewski"),
    ],
)
def test_they_of_a_household_is_no_firm(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)


# --- English "at X": somebody's home where the message speaks of a person or an address -------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The route ends at Wrzesniewski because she needs help with the stairs", "Wrzesniewski"),
        ("The meeting is located at Hakimi, her house is on the corner", "Hakimi"),
        ("The van is parked at Okonkwo, Kerkstraat 5", "Okonkwo"),
        ("Parked at Mulder, Hoofdstraat 12", "Mulder"),
    ],
)
def test_at_a_person_is_no_place(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)


# --- an invisible character between two words parts them ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jan\u200bOkonkwo belt morgen terug", "Okonkwo"),
        ("Bericht van Fatima\u2060Tesfaye over de huur", "Tesfaye"),
    ],
)
def test_an_invisible_character_between_words_parts_them(text: str, name: str) -> None:
    assert any(name in value and label == "PERSON" for value, label in found(text))


# --- a landline after "<name> <trade>" said to be somebody's home or private line ---------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Piet Bakker Hovenier? 0522 241234 dat is zijn huis", "0522 241234"),
        ("Anja Kuiper Schoonmaak, 0522 263344, ze werkt vanuit huis", "0522 263344"),
        ("Mevrouw Okonkwo Thuiszorg: 0522 254321, zij is de cliënt", "0522 254321"),
    ],
)
def test_a_firms_landline_said_to_be_private_stays_personal(text: str, phone: str) -> None:
    assert (phone, "PHONE") in found(text)


def test_a_lower_case_name_met_in_english_stays_a_person() -> None:
    text = "i have met tesfaye at the door, the house is a mess"
    assert ("tesfaye", "PERSON") in found(text)


# --- a registered business's address that the chat then says is somebody's home ---------------


def test_a_kvk_address_said_to_be_a_home_in_the_next_message_stays_an_address() -> None:
    texts = [
        "Nails by Lan, Kruisstraat 9. KvK 91238476",
        "Lan Nguyen woont daar met haar kinderen",
    ]
    first = [(texts[0][s.start : s.end], s.label) for s in detect_chat(texts)[0]]
    assert ("Kruisstraat 9", "ADDRESS") in first
