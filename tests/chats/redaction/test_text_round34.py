"""Issue 12, round 34: causes behind the errors of blind_text_32, as general rules (a baby's
birth date answering the question, an unknown first name before "geboren", a chat's first name
clipped at the end of a message, a house number in words after "van", the side of a canal in
an address, an address question without its question mark, a street after "in <place>,",
names joined by "+", "v d" as a particle, "dokter" as an office, English words in English
messages, national organisations).

Every case is a variant written for the rule (other names, dates and word order); none is a
sentence of a measured set."""

from datetime import UTC, datetime, timedelta

import pytest

from chats.redaction import detect
from tests.chats.redaction.detected import found, found_in_chat

_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


# --- birthdates.py: a baby's birth date this year, answering the question ----------------------


def test_a_date_this_year_answering_a_birth_date_question_is_a_birth_date() -> None:
    today = datetime.now(tz=UTC)
    date = f"{today.day} {_MONTHS[today.month - 1]} {today.year}"
    spans = found_in_chat(
        ["Wat is de geboortedatum van de baby?", f"{date}, in het ziekenhuis"], []
    )
    assert (date, "DATE_OF_BIRTH") in spans[1]


def test_a_numeric_date_this_year_answering_in_english_is_a_birth_date() -> None:
    today = datetime.now(tz=UTC)
    spans = found_in_chat(["And her date of birth?", f"{today:%d-%m-%Y} at home"], [])
    assert (f"{today:%d-%m-%Y}", "DATE_OF_BIRTH") in spans[1]


def test_a_date_later_this_year_answering_stays() -> None:
    later = datetime.now(tz=UTC) + timedelta(days=400)
    answer = f"{later:%d-%m-%Y} denk ik"
    spans = found_in_chat(["Wat is de geboortedatum?", answer], [])
    assert [label for _, label in spans[1] if label == "DATE_OF_BIRTH"] == []


# --- names.py: a first name no list knows right before "geboren" and a date -------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("twee kinderen: Yaretzi geboren 4-7-2016 en haar broer", "Yaretzi"),
        ("Oyelaran geboren op 2 maart 2010", "Oyelaran"),
    ],
)
def test_an_unknown_word_before_geboren_and_a_date_is_a_first_name(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)


def test_a_word_before_geboren_without_a_date_stays() -> None:
    assert [label for _, label in found("Dochter geboren, alles goed") if label] == []


# --- names.py: a chat's first name clipped, closing the message -------------------------------


def test_a_clipped_first_name_closing_the_message_is_a_person() -> None:
    spans = found_in_chat(
        ["laat maar weten hoe het afloopt tjit"], ["Tjitske Dijkstra", "Ali Kaya"]
    )
    assert ("tjit", "PERSON") in spans[0]


def test_a_word_closing_the_message_that_starts_a_name_stays() -> None:
    spans = found_in_chat(["ik ben er morgen weer"], ["Weerd Mulder", "Ali Kaya"])
    assert spans[0] == []


# --- addresses.py: a house number in words after "van" or "bij" -------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("de buurman van Brinkstraat elf, die klaagt ook", "Brinkstraat elf"),
        ("mevrouw Kaya van Molenweg drieëntwintig? die belde", "Molenweg drieëntwintig"),
    ],
)
def test_a_street_and_a_number_in_words_after_van_is_an_address(text: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text)


# --- addresses.py: the side of a canal between the street and its number ----------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("de melding gaat over Heerengracht ZZ 14 en de buren", "Heerengracht ZZ 14"),
        ("Kerkvaart O.Z. 7, de schuur", "Kerkvaart O.Z. 7"),
        ("nee, Dijk WZ 3", "Dijk WZ 3"),
    ],
)
def test_a_street_with_its_canal_side_is_an_address(text: str, address: str) -> None:
    assert (address, "ADDRESS") in found(text)


# --- addresses.py: an address asked without a question mark -----------------------------------


def test_an_address_answering_a_question_without_its_mark_is_an_address() -> None:
    spans = found_in_chat(["wat is het adres", "lange wijk 9. de achterdeur is open"], [])
    assert ("lange wijk 9", "ADDRESS") in spans[1]


def test_a_statement_about_an_address_asks_nothing() -> None:
    spans = found_in_chat(["het adres klopt", "zaal 9. de achterdeur is open"], [])
    assert [label for _, label in spans[1] if label == "ADDRESS"] == []


# --- addresses.py: a street after "in <place>," --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("in Nijeveen, Klokkenbelt 22, naast de kerk", "Klokkenbelt 22"),
        ("In Ruinen, Wolfsbelt 8. de sleutel ligt onder de mat", "Wolfsbelt 8"),
    ],
)
def test_an_unknown_word_and_a_number_after_in_a_place_and_a_comma_is_an_address(
    text: str, address: str
) -> None:
    assert (address, "ADDRESS") in found(text)


def test_a_counted_word_after_in_a_place_and_a_comma_stays() -> None:
    assert [label for _, label in found("we spelen in Meppel, zaal 3.") if label] == []


# --- names.py: names joined by "+", a particle written "v d" ----------------------------------


def test_a_name_joined_by_a_plus_is_a_person() -> None:
    assert ("iris", "PERSON") in found('er staat "sven + iris" en een hart')


def test_v_d_without_dots_joins_the_surname() -> None:
    assert ("lotte v d kamp", "PERSON") in found("ik heb lotte v d kamp gebeld")


def test_dokter_opens_a_surname_with_its_particle() -> None:
    assert ("van Dalen", "PERSON") in found("de verwijzing van dokter van Dalen ligt er")


# --- detector.py: English words in an English message -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, have a nice day",
        "Of course, I will come",
        "what a shame, good luck",
    ],
)
def test_lower_case_english_words_are_no_names(text: str) -> None:
    assert [label for _, label in found(text) if label == "PERSON"] == []


def test_a_lower_case_first_name_in_english_stays_a_name() -> None:
    assert ("jelmer", "PERSON") in found("my neighbour jelmer has the key, can you call him")


# --- organisations.txt: national organisations ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik bel de uitvoerder van Visser & Smit Hanab, Jan", "Visser & Smit Hanab"),
        ("bel Strukton even over de wissel", "Strukton"),
        ("bij de pomp van Tamoil aan de rondweg", "Tamoil"),
        ("hij studeert aan Windesheim in Zwolle", "Windesheim"),
    ],
)
def test_national_organisations_are_no_persons(text: str, name: str) -> None:
    start = text.index(name)
    assert not any(
        s.label == "PERSON" and s.start < start + len(name) and start < s.end for s in detect(text)
    )


# --- addresses.py: the floor of a building after its address ---------------------------------


def test_an_ordinal_floor_after_an_address_is_no_other_house() -> None:
    spans = found("woont op Kerkstraat 5, 5e verdieping, lift is kapot")
    assert ("Kerkstraat 5", "ADDRESS") in spans
    assert ("5e", "ADDRESS") not in spans


# --- not_names.txt: Italian greetings -----------------------------------------------------------


def test_an_italian_greeting_is_no_name() -> None:
    assert found("Buonasera, sono Giulia") == [("Giulia", "PERSON")]


# --- detector.py: a street's word on its own before a house number ------------------------------


def test_a_street_word_before_a_house_number_is_no_person() -> None:
    spans = found("we zien elkaar bij het gemeentehuis, Brink 3")
    assert [label for _, label in spans if label == "PERSON"] == []


def test_a_street_word_after_a_title_stays_a_surname() -> None:
    assert ("Brink", "PERSON") in found("mevrouw Brink 4 keer gebeld")


# --- detector.py: a Frisian auxiliary before its subject ----------------------------------------


@pytest.mark.parametrize("text", ["moat ik it betelje? of sil ik wachtsje", "sil ik him skilje?"])
def test_frisian_sil_before_its_subject_is_no_name(text: str) -> None:
    assert [label for _, label in found(text) if label == "PERSON"] == []


# --- addresses.py: a business's premises named in English -------------------------------------


@pytest.mark.parametrize(
    "text", ["our office is at Kerkweg 12, come by", "the bakery: Dorpsstraat 4, open at 8"]
)
def test_premises_named_in_english_are_no_home(text: str) -> None:
    assert [label for _, label in found(text) if label == "ADDRESS"] == []


def test_a_home_named_in_english_stays_an_address() -> None:
    assert ("Kerkweg 12", "ADDRESS") in found("my house is Kerkweg 12")
