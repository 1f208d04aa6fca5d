"""Issue 12, round 36: causes behind the errors of blind_text_34, as general rules (a pet said to
be the animal, initials of a double first name after a greeting or before an article, a reply
confirming which person is meant, a name spelled by the e-mail address in brackets after it,
firms that are no persons).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found, found_in_chat, persons

# --- names.py: "<Name> is de hond" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pet"),
    [
        ("ach, Bram heette de kat. Ze mist hem", "Bram"),
        ("Toon was onze hond!", "Toon"),
        ("Sam 😂 nee hoor, Sam is de kater, mijn zoon heet Daan", "Sam"),
        ("Roos is mijn konijn", "Roos"),
    ],
)
def test_a_word_said_to_be_the_animal_is_its_name(text: str, pet: str) -> None:
    assert pet not in persons(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sam is de kater, mijn zoon heet Emre", "Emre"),
        ("de hond, mijn vrouw heet Derya", "Derya"),
        ("Kees is de hond kwijt sinds gisteren", "Kees"),
    ],
)
def test_a_person_beside_a_pet_stays_a_person(text: str, person: str) -> None:
    assert person in persons(text)


# --- names.py: initials of a double first name ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("JW de melding over de lantaarnpaal is binnen", "JW"),
        ("Hoi JW. Heb je even?", "JW"),
        ("hallo JW!", "JW"),
        ("Goedemorgen JW, kun je bellen?", "JW"),
    ],
)
def test_the_initials_of_a_double_first_name_address_that_person(text: str, short: str) -> None:
    spans = found_in_chat([text, "ja hoor"], ["Jan-Willem Dekker", "Ilse Mulder"])
    assert (short, "PERSON") in spans[0]


@pytest.mark.parametrize("text", ["Hoi PV. Heb je even?", "PV de aangifte is binnen"])
def test_other_capitals_after_a_greeting_are_no_person(text: str) -> None:
    spans = found_in_chat([text, "ja hoor"], ["Jan-Willem Dekker", "Ilse Mulder"])
    assert not [v for v, label in spans[0] if label == "PERSON"]


# --- names.py: "ja joop." ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ja piet. hij belt morgen terug", "piet"),
        ("ok dan kees. ik zet het erin", "kees"),
        ("oké jan dan. ik regel het", "jan"),
        ("ja wim. die weet het", "wim"),
    ],
)
def test_a_reply_confirming_a_first_name_names_that_person(text: str, name: str) -> None:
    spans = found_in_chat(["Welke bedoel je?", text], ["Sanne Wolters", "Ilse Mulder"])
    assert (name, "PERSON") in spans[1]


@pytest.mark.parametrize(
    "text", ["ja prima. ik bel", "ok dan morgen.", "ja zeker.", "ok dan vrijdag.", "ja rood."]
)
def test_a_reply_confirming_a_word_names_nobody(text: str) -> None:
    assert not found(text)


# --- names.py: a name before its e-mail address in brackets -----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de eigenaar Louw Kolk (l.kolk@kpnmail.nl) was er niet", "Louw Kolk"),
        ("eigenaar Lauw Riet (lauw.riet@planet.nl) belt", "Lauw Riet"),
        ("twee: Bartje Steenwijk (b.steenwijk@ziggo.nl) uit Havelte", "Bartje Steenwijk"),
        ("ria (r.oldenburger@meppel.nl) zit op vrijdag in Nijeveen", "ria"),
    ],
)
def test_a_name_spelled_by_the_mail_address_after_it_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "contact via Bakkerij Hulst (b.hulst@planet.nl)",
        "mail de gemeente (info@meppel.nl)",
        "zie boven (t.vos@xs4all.nl)",
    ],
)
def test_a_firm_or_a_phrase_before_a_mail_address_is_no_person(text: str) -> None:
    assert not persons(text)


# --- data/organisations.txt: firms ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "zet er bouwhekken van Heras omheen",
        "de monteur van Spie komt donderdag",
        "de uitvaart loopt via Yarden",
        "hij wil een Vermeiren scootmobiel",
    ],
)
def test_a_listed_firm_is_no_person(text: str) -> None:
    assert not persons(text)
