"""Issue 12, round 32: causes behind the errors of blind_text_31, as general rules (a birth
date in the Persian calendar, a birth date answering the question before it, the next
person's birth date in a list of them).

Every case is a variant written for the rule (other names, dates and word order); none is a
sentence of a measured set."""

import pytest

from chats.redaction import detect_chat
from tests.chats.redaction.detected import found

# --- birthdates.py: the months of the Persian (solar hijri) calendar ---------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("op mijn paspoort staat geboren 14 mehr 1362", "14 mehr 1362"),
        ("geb. 3 esfand 1349, hier omgerekend 22-02-1971", "3 esfand 1349"),
        ("geboortedatum: 27 ordibehesht 1380", "27 ordibehesht 1380"),
    ],
)
def test_a_birth_date_in_the_persian_calendar_is_a_birth_date(text: str, date: str) -> None:
    assert (date, "DATE_OF_BIRTH") in found(text)


def test_a_persian_month_word_without_its_year_stays() -> None:
    assert [label for _, label in found("om 3 tir ligt er ijs op de vaart") if label] == []


# --- birthdates.py: a birth date answering the question right before it ------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ok. need you my date of birth? 03-11-1987", "03-11-1987"),
        ("Wilt u ook de geboortedatum? 7/2/1969", "7/2/1969"),
        ("do you need the birth date too? 12.04.2001", "12.04.2001"),
    ],
)
def test_a_date_answering_a_birth_date_question_is_a_birth_date(text: str, date: str) -> None:
    assert (date, "DATE_OF_BIRTH") in found(text)


def test_a_date_after_another_question_stays() -> None:
    assert [
        label
        for _, label in found("wanneer is de vergadering? 03-11-2026")
        if label == "DATE_OF_BIRTH"
    ] == []


# --- birthdates.py: the next person's birth date in an answer listing them -------------------


@pytest.mark.parametrize(
    ("answer", "date"),
    [
        ("zelf 4 juni 1990, zij 11 mei 1992", "11 mei 1992"),
        ("12-03-1985; mijn man 2-9-1983 en de kleine 5-5-2019", "2-9-1983"),
        ("12-03-1985; mijn man 2-9-1983 en de kleine 5-5-2019", "5-5-2019"),
    ],
)
def test_every_date_of_an_answer_listing_birth_dates_is_a_birth_date(
    answer: str, date: str
) -> None:
    texts = ["Stuur mij van jullie allebei de geboortedata", answer]
    spans = detect_chat(texts, participants=["Ineke Brouwer", "Samir Tahiri"])[1]
    assert (date, "DATE_OF_BIRTH") in [(answer[s.start : s.end], s.label) for s in spans]


def test_an_appointment_after_an_answered_birth_date_stays() -> None:
    texts = ["Wat is de geboortedatum?", "4 juni 1990, langskomen kan op 12-03-2027"]
    spans = detect_chat(texts, participants=["Ineke Brouwer", "Samir Tahiri"])[1]
    assert "12-03-2027" not in [texts[1][s.start : s.end] for s in spans]


# --- detector.py: German words and greetings -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hier dürfen Sie höchstens zwei Stunden parken",
        "Leider darf Ihr Hund hier nicht hinein, Hundeverbot",
        "Nein, das Wohnmobil darf beim Hafen stehen",
    ],
)
def test_the_capitalised_nouns_of_a_german_message_are_no_names(text: str) -> None:
    assert [value for value, label in found(text) if label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Frohe Ostern aus Meppel", []),
        ("Schönen Abend, Ingrid", ["Ingrid"]),
        ("Herzlichen Glückwunsch, Petra", ["Petra"]),
        ("Guten Tag Frau Oberhuber", ["Frau Oberhuber"]),
    ],
)
def test_a_german_greeting_is_no_name(text: str, kept: list[str]) -> None:
    assert [value for value, label in found(text) if label == "PERSON"] == kept


# --- detector.py: a month that is also a first name, next to its day -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we arrive May 3 with two vans",
        "Is the hall free on 2 August?",
        "the fair is on the 21st June this year",
    ],
)
def test_a_month_next_to_its_day_is_no_name(text: str) -> None:
    assert [value for value, label in found(text) if label == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("June, can you call me back?", "June"),
        ("May belt morgen om 3 uur terug", "May"),
    ],
)
def test_a_month_name_away_from_a_day_stays_a_name(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)


# --- detector.py: a landline "of" a firm or a trade, named after it ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "bel maar 0522-241 300 van de aannemer",
        "gebruik het nummer 0522 24 13 00 van de installateur, niet dat van haar",
        "0521 38 22 10 van het schildersbedrijf staat op de offerte",
    ],
)
def test_a_landline_of_a_firm_named_after_it_is_no_persons(text: str) -> None:
    assert [value for value, label in found(text) if label == "PHONE"] == []


@pytest.mark.parametrize(
    "text",
    [
        "bel maar 0522-241 300 van de buurvrouw",
        "06 41 22 87 90 van de aannemer, die neemt altijd op",
    ],
)
def test_a_neighbours_line_or_a_mobile_stays_personal(text: str) -> None:
    assert [label for _, label in found(text) if label == "PHONE"] == ["PHONE"]


# --- detector.py: the surname particles "op den", "op ten" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik sprak Harm op den Brouw gisteren", "Harm op den Brouw"),
        ("ja, Wessel op ten Noort komt ook", "Wessel op ten Noort"),
        ("Op den Kamp regelt dat zelf", "Op den Kamp"),
    ],
)
def test_a_surname_after_op_den_holds_its_particles(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)
