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


# --- names.py: stalls, departments, units, car makes, titles ----------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("stuur het naar Kees van Handhaving, voor vrijdag", "Handhaving"),
        ("vraag het Ilse van Jeugd, die weet het", "Jeugd"),
        ("max 5 ton aslast op de brug", "ton"),
        ("hij rijdt een grijze Ford Focus", "Ford"),
        ("de witte Ford Mondeo stond er", "Ford"),
        ("juf Sanne van de Dr. Nassauschool helpt", "Dr"),
    ],
)
def test_a_stall_a_department_a_unit_a_car_or_a_title_is_no_name(text: str, word: str) -> None:
    assert all(word not in value for value in persons(text))


def test_a_stall_named_by_its_ware_is_no_person_the_chat_knows() -> None:
    spans = found_in_chat(
        ["de kraam van Mulder is dicht", "Poffertjes Mulder bedoel je? die bij de kerk"],
        ["Tamara Roos", "Hennie Mulder"],
    )
    assert not [value for value, label in spans[1] if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("stuur het naar Kees van Handhaving, voor vrijdag", "Kees"),
        ("juf Sanne van de Dr. Nassauschool helpt", "Sanne"),
        ("meneer Ford belde over de boom", "Ford"),
    ],
)
def test_the_person_beside_them_stays_a_person(text: str, person: str) -> None:
    assert person in persons(text)


# --- names.py: names in Arabic and Ge'ez script -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my husband name is يوسف حداد, he works", "يوسف حداد"),
        ("Hello, I am Samir, سمير. I have a question", "سمير"),
        ("ik bel Tesfay Kidane (ተስፋይ op whatsapp) morgen", "ተስፋይ"),
        ("haar zoon عمر is ziek", "عمر"),
    ],
)
def test_a_name_in_a_script_without_capitals_is_found_by_its_cue(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text", ["شكرا جزيلا 🙏", "Salam, السلام عليكم ورحمة الله", "the letter says: مرحبا بكم في"]
)
def test_a_phrase_in_such_a_script_is_no_name(text: str) -> None:
    assert not persons(text)


# --- detector.py: a relative named before ", they ..." ------------------------------------------


def test_a_relative_before_they_is_no_firm() -> None:
    text = "my wife Samira and my daughter Lina, they come in maart"
    assert "Lina" in persons(text)


def test_a_firm_before_they_stays_a_firm() -> None:
    assert "Feenstra" not in persons("call Feenstra for the roof, they do the repairs")


# --- names.py: a noun as surname after a first name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oh. Kevin Mensen?", "Kevin Mensen"),
        ("mijn broer Jeroen Kinderen.", "Jeroen Kinderen"),
    ],
)
def test_a_capitalised_noun_closing_a_first_name_is_the_surname(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    ("text", "name"), [("top Piet Morgen.", "Piet"), ("bel Anna Vandaag.", "Anna")]
)
def test_a_day_after_a_first_name_is_no_surname(text: str, name: str) -> None:
    assert persons(text) == [name]


# --- names.py: three letters of a long first name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "short"), [("jas, de offerte is binnen", "jas"), ("Hoi mar, kom je?", "mar")]
)
def test_three_letters_of_a_long_first_name_address_that_person(text: str, short: str) -> None:
    spans = found_in_chat([text, "ja"], ["Jasper Marinus Kok", "Marijke Veen"])
    assert (short, "PERSON") in spans[0]


def test_three_letters_of_no_participant_are_no_person() -> None:
    assert not found_in_chat(["nat, heel nat hier", "ja"], ["Jasper Kok", "Ilse Veen"])[0]


# --- addresses.py / detector.py: a body's address, post box and account -----------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Smit Schilderwerken, ingeschreven op Nijverheidsweg 12", "Nijverheidsweg 12"),
        ("dat doet Veenstra Dakwerken (Handelsweg 7) volgende week", "Handelsweg 7"),
        ("navragen bij Ziekenhuis Isala, Dokter van Heesweg 2", "Dokter van Heesweg 2"),
        ("Vereniging Dorpsbelang, KvK 12345678, postadres Postbus 45", "Postbus 45"),
        ("rekening van vereniging: NL02ABNA0123456789", "NL02ABNA0123456789"),
    ],
)
def test_a_bodys_address_post_box_or_account_is_kept(text: str, kept: str) -> None:
    assert all(kept not in value and value not in kept for value, _ in found(text))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Piet Bakker (Industrieweg 40) belde", "ADDRESS"),
        ("hij staat ingeschreven op Kerkstraat 5", "ADDRESS"),
        ("Nieuw postadres: Postbus 123, 7940 AB Meppel", "ADDRESS"),
        ("rekening van Piet: NL02ABNA0123456789", "IBAN"),
    ],
)
def test_a_persons_address_post_box_or_account_stays(text: str, label: str) -> None:
    assert label in [lab for _, lab in found(text)]
