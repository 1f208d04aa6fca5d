"""Issue 12, round 38: causes behind the errors of blind_text_36, as general rules (a double
surname with a spaced dash, lower-case initials after a title, a weather word after a title or
"familie", a participant's short form or
initials where someone is greeted or addressed, an adjective and a street's word written
apart, the address of a firm or an organisation named around it, a firm's English "Legal",
the town after a postcode in lower case).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found, found_in_chat, persons

# --- detector.py: a double surname written with a spaced dash ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ze heet Anna de Boer - Smit, ok", "Anna de Boer - Smit"),
        ("contact: Petra Jansen - Visser belt morgen", "Petra Jansen - Visser"),
        ("dhr. Karel Bos - Mulder komt om 10 uur", "Karel Bos - Mulder"),
    ],
)
def test_a_double_surname_with_a_spaced_dash_is_one_name(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna de Boer - ik bel haar morgen",
        "Piet Jansen - 12 uur",
        "Ellen Smit - Meppel",
        # a street whose first word is a surname too
        "Karin Mulder - Kaap de Goede Hoopstraat 4",
    ],
)
def test_a_spaced_dash_after_a_name_joins_no_word_place_or_street(text: str) -> None:
    assert not any(" - " in p for p in persons(text))


# --- names.py: initials in lower case after a title -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dhr a.j. kuiper, Kerkweg 30. belt terug", "a.j. kuiper"),
        ("mevr h.g. bakker belde vanochtend", "h.g. bakker"),
        ("mw. j.w. de vries is verhuisd", "j.w. de vries"),
    ],
)
def test_lower_case_initials_and_a_surname_after_a_title_are_a_name(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text", ["dhr. o.a. een kopie gestuurd", "mevr. a.u.b. even bellen", "dhr i.v.m. ziekte"]
)
def test_abbreviations_after_a_title_are_no_initials(text: str) -> None:
    assert not persons(text)


# --- names.py: a participant's short form or initials, greeted or addressed -------------------


@pytest.mark.parametrize(
    ("text", "clip", "participants"),
    [
        ("morgen lot 👋 even een vraag over de pas", "lot", ["Kees Bakker", "Lotte de Wit"]),
        ("hoi jo, heb je de brief al?", "jo", ["Johan Bos", "Els Smit"]),
        ("goeiemorgen sas 😊 vraagje", "sas", ["Saskia Mol", "Piet Kok"]),
    ],
)
def test_a_short_form_after_a_greeting_is_the_participant(
    text: str, clip: str, participants: list[str]
) -> None:
    assert (clip, "PERSON") in found_in_chat([text], participants)[0]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("morgen dan 👍", ["Daniel Bos", "Els Smit"]),
        ("morgen alle 👋", ["Alexander Bos", "Els Smit"]),
    ],
)
def test_a_word_after_a_greeting_that_is_no_first_name_stays(
    text: str, participants: list[str]
) -> None:
    assert not [v for v, label in found_in_chat([text], participants)[0] if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "clip", "participants"),
    [
        (
            "zij wil een afspraak. Jacq 🙋 vraagt namens haar",
            "Jacq",
            ["Jacqueline Mol", "Ali Kaya"],
        ),
        ("goed. Chris belt de huurder morgen", "Chris", ["Christiaan Bos", "Els Smit"]),
    ],
)
def test_a_capitalised_short_form_before_what_a_person_does_is_the_participant(
    text: str, clip: str, participants: list[str]
) -> None:
    assert (clip, "PERSON") in found_in_chat([text], participants)[0]


@pytest.mark.parametrize(
    ("text", "initials", "participants"),
    [
        ("mz, ik heb een vraag over de aanmelding", "mz", ["Erwin Nijboer", "Maaike Zuidema"]),
        ("pj: kun je dit oppakken?", "pj", ["Pieter Jansen", "Els Smit"]),
    ],
)
def test_a_participants_initials_opening_the_message_are_that_person(
    text: str, initials: str, participants: list[str]
) -> None:
    assert (initials, "PERSON") in found_in_chat([text], participants)[0]


def test_letters_that_are_no_participants_initials_stay() -> None:
    assert found_in_chat(["ok, ik heb een vraag"], ["Olga Kok", "Els Smit"]) == [[]]


# --- addresses.py: the address of a firm or an organisation named around it -------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # an organisation the lexicon lists, in brackets after its address
        ("de container bij Kerkstraat 12 (de HEMA) moet weg", "Kerkstraat 12"),
        ("zet het bord bij Hoofdstraat 3 (Rabobank)", "Hoofdstraat 3"),
        # a listed organisation with "des" in its name, a comma and the address
        ("post gaat naar Het Leger des Heils, Dorpsstraat 8", "Dorpsstraat 8"),
        # a shoe shop where it sits
        ("de winkel is Bosma Schoenen op Kerkstraat 40", "Kerkstraat 40"),
        # a firm by its legal form, then where "they" sit
        ("Uitzendbureau Noord BV, ze zitten op Ambachtsweg 14. ok", "Ambachtsweg 14"),
        ("Jansen Metaal B.V. die zit op Industrieweg 2", "Industrieweg 2"),
    ],
)
def test_the_address_of_a_firm_named_around_it_is_no_home(text: str, address: str) -> None:
    assert (address, "ADDRESS") not in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ze woont Kerkstraat 12 (bij de HEMA)", "Kerkstraat 12"),
        ("Pieter Bos, ze zitten op Ambachtsweg 14", "Ambachtsweg 14"),
        ("de schoenen staan op Kerkstraat 40", "Kerkstraat 40"),
    ],
)
def test_a_home_near_such_words_stays_an_address(text: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text)


# --- names.py: a weather word after a title or "familie" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bij de familie Storm op de Kerkweg is een tak afgebroken", "Storm"),
        ("meneer Regen op nummer 4 belde", "Regen"),
        ("mevrouw Wind op de tweede verdieping", "Wind"),
    ],
)
def test_a_weather_word_after_a_title_or_familie_is_a_name(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", ["Storm op komst", "veel Regen op de weg", "er komt storm op zee"])
def test_a_weather_word_without_a_title_stays_weather(text: str) -> None:
    assert not persons(text)


# --- addresses.py: a capitalised adjective and a street's word written apart ------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("hij staat nog op haar adres. Oude Weg 12b", "Oude Weg 12b"),
        ("ze woont op Lange Straat 4", "Lange Straat 4"),
        ("adres: Hoge Dijk 31", "Hoge Dijk 31"),
    ],
)
def test_an_adjective_and_a_street_word_apart_name_a_street(text: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text)


@pytest.mark.parametrize(
    "text", ["de nieuwe weg 7 keer gereden", "de Nieuwe Weg wordt in 2026 verbreed"]
)
def test_such_words_without_capitals_or_a_house_number_are_no_address(text: str) -> None:
    assert not [v for v, label in found(text) if label == "ADDRESS"]


# --- names.py: "Legal" names a firm -----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Die van Hofstede Legal in Zwolle", "ze is advocaat bij Van Dam Legal, Assen"]
)
def test_a_firm_named_legal_is_no_person(text: str) -> None:
    assert not persons(text)


# --- detector.py: the town after a postcode in lower case -------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("ingeschreven Houtweg 19, 7823 pv Emmen", "Emmen"),
        ("Dorpsweg 2, 7701 ab Dalen", "Dalen"),
    ],
)
def test_a_town_after_a_lower_case_postcode_is_no_name(text: str, town: str) -> None:
    assert town not in persons(text)


# --- detector.py: the line of a service someone is referred to --------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Verwijs naar Zwemschool Dolfijn, die hebben 0522 - 24 68 10", "0522 - 24 68 10"),
        ("verwijs haar maar naar Humanitas, die zijn bereikbaar op 038 4567890", "038 4567890"),
        ("Verwijs hem door naar Sportbedrijf Noord, die hebben 0521 123 456", "0521 123 456"),
    ],
)
def test_the_landline_of_whom_someone_is_referred_to_is_theirs(text: str, number: str) -> None:
    assert (number, "PHONE") not in found(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Verwijs naar Petra Jansen, die heeft 0522 - 24 68 10", "0522 - 24 68 10"),
        ("verwijs naar Humanitas, die hebben 06 12345678", "06 12345678"),
    ],
)
def test_a_persons_line_or_a_mobile_after_a_referral_stays(text: str, number: str) -> None:
    assert (number, "PHONE") in found(text)
