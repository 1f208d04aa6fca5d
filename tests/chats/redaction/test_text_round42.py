"""Issue 12, round 42: causes behind the errors of blind_text_40, as general rules (a compound
whose head is a facility or a place is no person; a role compound before a name makes it the
chat's person; the chat's lower-case surname after a reply's opening words, pointed at by where
the person is from or opening a question about their home; a listed surname with a compound's
length after a comma; "Van der" and a listed surname that is also a place; a village's interest
group and a people's adjective before a body's kind; the employer after "werkgever is"; an
address answering "welk object?" or followed by its town; a person's own line after a firm; the
chat's street typed in lower case; a depot's address; a club house's account).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found_in_chat, persons
from tests.chats.redaction.detected import labelled as _labels


def _chat(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return found_in_chat(texts, list(participants))


# --- detector.py: a compound whose head is a facility or a place is no person -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Meer geld Wolderhal 8.000 voor nieuwe doelen",
        "subsidie Vledderbad voor een extra badmeester",
        "Bijdrage Havelterschool 5.500 voor het schoolplein",
        "begroting Reestpark 20.000 voor paden",
        "onderhoud Kaapjesplein 3.000",
    ],
)
def test_a_compound_of_a_facility_or_place_head_is_no_person(text: str) -> None:
    assert persons(text) == []


def test_a_listed_surname_ending_in_a_place_head_stays_a_person() -> None:
    assert "Groeneweg" in persons("meneer Groeneweg belde over de subsidie")


def test_a_titled_compound_of_a_place_head_stays_a_person() -> None:
    assert "Oosterhal" in persons("subsidie aangevraagd door mevrouw Oosterhal")


# --- detector.py: a role compound before a name makes it the chat's person ---------------------


def test_a_name_after_a_role_compound_is_the_chats_person_also_in_lower_case() -> None:
    chat = _chat(
        [
            "volgens de kantineleider Stil was het gisteravond",
            "stil heeft de beelden nog?",
        ]
    )
    assert ("stil", "PERSON") in chat[1]


def test_without_the_role_the_word_stays_a_word() -> None:
    chat = _chat(["het was stil gisteravond", "stil heeft hij het niet gedaan"])
    assert ("stil", "PERSON") not in chat[1]


# --- names.py: the chat's lower-case surname where only its person fits ------------------------


def test_the_chats_surname_after_a_replys_opening_words_before_a_verb() -> None:
    chat = _chat(["de zaak van Lotte van der Haar", "nee maar haar zelf wil niet"])
    assert ("haar", "PERSON") not in chat[1]  # (a pronoun: no reply's opening before it)
    chat = _chat(["dossier van Thijs van 't Hek, klas 3", "ja en hek zelf komt ook"])
    assert ("hek", "PERSON") in chat[1]


def test_the_chats_surname_pointed_at_by_where_the_person_is_from() -> None:
    chat = _chat(["melding over een meneer de Vink", "die vink van de Markt, woont daar boven"])
    assert ("vink", "PERSON") in chat[1]


def test_a_corner_pointed_at_in_a_chat_with_a_person_of_that_name_stays_a_word() -> None:
    chat = _chat(["aanvraag schuur van Gerrit Kuil", "die kuil van de Dorpsstraat is gedicht"])
    assert ("kuil", "PERSON") not in chat[1]


def test_a_pointed_at_word_without_the_chats_person_stays_a_word() -> None:
    chat = _chat(["melding over een meneer Bakker", "die vink van de Markt zingt hard"])
    assert ("vink", "PERSON") not in chat[1]


def test_the_chats_surname_opening_a_question_about_a_home() -> None:
    chat = _chat(["aanvraag schuur van Gerrit Kuil", "kuil van Molenstraat 14? die ken ik"])
    assert ("kuil", "PERSON") in chat[1]


# --- names.py: a listed surname of a compound's length after a comma --------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [("is op vakantie, Hoekstra neemt over", "Hoekstra"), ("ja, Terpstra komt morgen", "Terpstra")],
)
def test_a_long_listed_surname_inside_a_sentence_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_long_compound_inside_a_sentence_stays_a_word() -> None:
    assert persons("stuur het via Raadsinformatiebrief aan de raad") == []


# --- names.py: "Van der" and a listed surname that is also a place -----------------------------


@pytest.mark.parametrize(
    "text", ["wethouder Bakker en Van der Sluis van D66", "volgens Van der Sluis klopt het"]
)
def test_van_der_and_a_listed_surname_that_is_a_place_is_a_person(text: str) -> None:
    assert "Van der Sluis" in persons(text)


def test_a_place_after_one_capital_particle_stays_a_place() -> None:
    assert persons("we rijden morgen naar Den Haag") == []


# --- names.py: a village's interest group, a people's adjective before a body's kind ----------


def test_a_village_interest_group_is_no_person() -> None:
    assert persons("namens Plaatselijk Belang Havelte spreekt mevrouw Oldenburger") == [
        "Oldenburger"
    ]


def test_a_name_before_a_peoples_body_ends_before_it() -> None:
    assert persons("hallo, u spreekt met karim van de Marokkaanse Moskee Zwolle") == ["karim"]


# --- detector.py: the employer after "werkgever is" ------------------------------------------


@pytest.mark.parametrize(
    "text", ["zijn werkgever is Vebo", "haar werkgever is Lanxess, die betaalt"]
)
def test_the_employer_named_after_werkgever_is_no_person(text: str) -> None:
    assert persons(text) == []


def test_a_person_as_employer_stays_a_person() -> None:
    assert "Pieter Smit" in persons("mijn werkgever is Pieter Smit")


# --- addresses.py: an address answering "welk object?" or followed by its town ---------------


def test_an_address_answering_which_object_is_asked() -> None:
    chat = _chat(["Dat kan via bezwaar. Welk object?", "Uffelte 7, de WOZ is te hoog"])
    assert ("Uffelte 7", "ADDRESS") in chat[1]


def test_an_answered_address_before_its_town() -> None:
    chat = _chat(["Wat is uw nieuwe adres?", "Oldeberkoop 4 in Nijeveen, sinds maart"])
    assert ("Oldeberkoop 4", "ADDRESS") in chat[1]


# --- detector.py: a person's own line after a firm --------------------------------------------


def test_a_persons_own_line_after_a_firm_is_theirs() -> None:
    text = "vraag naar Ellen Mos van Bouwbedrijf Havelte, 0521 344 218 is haar directe nummer"
    assert "0521 344 218" in _labels(text, "PHONE")


def test_the_firms_line_without_a_person_saying_so_stays_the_firms() -> None:
    assert _labels("bel Bouwbedrijf Havelte op 0521 344 218", "PHONE") == []


# --- addresses.py: the chat's street typed in lower case --------------------------------------


def test_the_chats_street_typed_in_lower_case_with_a_number_is_an_address() -> None:
    chat = _chat(["1. P. Jonker, Zuiderboer 3, huur achter", "2. Rik Tol zuiderboer 9b, ook"])
    assert ("zuiderboer 9b", "ADDRESS") in chat[1]


def test_the_chats_street_that_is_a_word_stays_a_word_in_lower_case() -> None:
    chat = _chat(["1. P. Jonker, Heidebloem 3, huur achter", "er bloeit 1 heidebloem 9 dagen"])
    assert not any(label == "ADDRESS" for _, label in chat[1])


# --- addresses.py: a depot's address ---------------------------------------------------------


def test_a_depots_address_right_after_it_is_no_home() -> None:
    assert _labels("de auto staat in het autodepot Industrieweg 8", "ADDRESS") == []


def test_a_home_beside_a_school_stays_a_home() -> None:
    assert "Kerkstraat 4" in _labels("ik woon naast het zwembad Kerkstraat 4", "ADDRESS")


# --- detector.py: a club house's account ------------------------------------------------------


def test_the_account_of_a_club_house_is_no_persons() -> None:
    assert _labels("de rekening van het buurthuis is NL91 ABNA 0417 1643 00", "IBAN") == []
