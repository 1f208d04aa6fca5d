"""Issue 12, round 51: causes behind the errors of blind_text_49, as general rules (a place "De
<Word>" named as a building, street or where one is; a car's model; a motto; a mailbox's name; a
plan's name before its year; a vehicle at its garage; a sports field's number; a place measured
at; an address over a sentence's end; a firm's or desk's landline; a participant's name in lower
case said to them, opening a sentence or in a sign-off; the chat's surname said again; a name
before a birth date; a street after a person; the answer to "waar is de woning?"; a Dutch IBAN
with a digit too many; an age before an answered birth date).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found_in_chat
from tests.chats.redaction.detected import labelled_in as _in


def _chat(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return found_in_chat(texts, list(participants))


# --- places named "De <Word>" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        # a building's name, then alone opening a sentence
        ["het wijkcentrum De Meente heeft lekkage", "De Meente gaat dan dicht"],
        # where one is, then alone
        ["ik was vanmiddag in De Zwaluwhoek", "De Zwaluwhoek vraagt nieuwe stoelen"],
        ["de sleutel ligt bij De Kolkhof", "De Kolkhof belt morgen terug"],
        # a street (with a house number), then the same name alone
        ["de melding gaat over De Schoolakkers 7", "De Schoolakkers gaat open voor verkeer"],
    ],
)
def test_a_place_named_de_word_is_no_person(texts: list[str]) -> None:
    chat = _chat(texts)
    assert _in(chat, 0, "PERSON") == []
    assert _in(chat, 1, "PERSON") == []


def test_a_listed_surname_after_bij_stays_a_person() -> None:
    chat = _chat(["ik ben even bij De Haan geweest", "De Haan klaagt over de heg"])
    assert "De Haan" in _in(chat, 1, "PERSON")


# --- things named like persons ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "index"),
    [
        (["pak de Adam maar", "de Opel Adam van de buitendienst staat bij de werf"], 0),
        (["welke auto neem ik?", "de Seat Leon, Leon staat voor de deur"], 1),
    ],
)
def test_a_cars_model_is_no_person(texts: list[str], index: int) -> None:
    assert _in(_chat(texts), index, "PERSON") == []


@pytest.mark.parametrize(
    "texts",
    [
        ["welk schip komt er?", "het jacht Ora et Labora, om 14.00"],
        ["wat staat er op de gevel?", "Festina et Laborem, in goud"],
    ],
)
def test_a_mottos_word_after_et_is_no_person(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "PERSON") == []


def test_a_mailboxs_name_is_no_person() -> None:
    texts = ["komt er een mail?", "ja, van noreply@dekolk.nl"]
    assert _in(_chat(texts), 1, "PERSON") == []


def test_a_mention_stays_a_person() -> None:
    assert "Sander" in _in(_chat(["wie doet dit?", "@Sander ben jij er morgen?"]), 1, "PERSON")


@pytest.mark.parametrize(
    "texts",
    [
        ["welke post?", "het potje Mulder 2026 is op"],
        ["waar betalen we dat van?", "de kosten gaan naar het budget Bakker 2025"],
    ],
)
def test_a_plans_name_before_its_year_is_no_person(texts: list[str]) -> None:
    chat = _chat(texts)
    assert _in(chat, 1, "PERSON") == []
    assert _in(chat, 1, "ADDRESS") == []


def test_a_vehicle_at_its_garage() -> None:
    texts = ["waar is de veegwagen?", "de veegwagen staat bij Mulder voor reparatie"]
    assert _in(_chat(texts), 1, "PERSON") == []


# --- addresses that are no home ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "het Trainingsveld 3 bij SC Rogat staat onder water",
        "op het Hoofdveld 1 ligt een boom",
    ],
)
def test_a_sports_fields_number_is_no_house(text: str) -> None:
    assert _in(_chat(["melding sportpark", text]), 1, "ADDRESS") == []


def test_a_place_measured_at_is_no_home() -> None:
    texts = ["de cijfers?", "verkeerstelling bij Middenweg nummer 31: 2.400 per dag"]
    assert _in(_chat(texts), 1, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "address", "person"),
    [
        ("het is Gert Ros van Boomkwekerij Ros. Kerkweg 14, naast de kerk", "Kerkweg 14", None),
        (
            "nee het is dhr Hulshof, Berend Hulshof. Kastanjelaan 12",
            "Kastanjelaan 12",
            "Berend Hulshof",
        ),
    ],
)
def test_an_address_does_not_run_over_a_sentences_end(
    text: str, address: str, person: str | None
) -> None:
    chat = _chat(["welk adres?", text])
    assert address in _in(chat, 1, "ADDRESS")
    if person:
        assert person in _in(chat, 1, "PERSON")


def test_a_titled_street_keeps_its_title() -> None:
    chat = _chat(["waar?", "mevrouw Jonker van Burg. Haakmalaan 12 belde"])
    assert "Burg. Haakmalaan 12" in _in(chat, 1, "ADDRESS")


# --- a firm's or a desk's landline --------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["wie doet de cv?", "Loodgietersbedrijf Veen & Zn? 0521 38 44 10"],
        ["hoe bereik ik ze?", "dan moet hij de helpdesk bellen, 038 421 55 60"],
        ["nummer?", "het secretariaat bereiken via 038 421 55 60"],
    ],
)
def test_a_firms_or_desks_landline_is_no_persons(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "PHONE") == []


def test_a_mobile_after_a_desk_stays() -> None:
    assert _in(_chat(["nummer?", "de receptie zei 06 31 72 90 44"]), 1, "PHONE") != []


# --- persons ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "participants", "name"),
    [
        # a participant's first name in lower case closing a sentence
        # (one that is also a word: "dirk")
        (
            ["zijn de stukken klaar?", "ik weet het dirk. morgen"],
            ("Dirk Hoek", "Loes Bijl"),
            "dirk",
        ),
        # a participant's surname in lower case opening a sentence before "je/jij" and a verb
        (
            ["de bus is vies", "klopt. mulder je moet hem wel even wassen"],
            ("Frank Mulder", "Loes Bijl"),
            "mulder",
        ),
        # a participant's name after a sign-off
        # (before a bird's emoji)
        (["ik ga ervandoor", "groeten van Kuiken 🐦"], ("Loes Bijl", "Arie Kuiken"), "Kuiken"),
    ],
)
def test_a_participants_name_said(
    texts: list[str], participants: tuple[str, ...], name: str
) -> None:
    assert name in _in(_chat(texts, participants), 1, "PERSON")


def test_a_participants_clipped_name_after_thanks_in_lower_case() -> None:
    chat = _chat(["Ro, staat het klaar?", "ja hoor", "super ro"], ("Rosalie Dam", "Huub Hek"))
    assert "ro" in _in(chat, 2, "PERSON")


@pytest.mark.parametrize(
    ("texts", "participants"),
    [
        (["pak jij de ene?", "ja dank je"], ("Jelle Dam", "Huub Hek")),
        (["trouwt u hier?", "willen jullie een eigen lies?"], ("Lies Dam", "Huub Hek")),
    ],
)
def test_a_word_is_no_participants_name(texts: list[str], participants: tuple[str, ...]) -> None:
    assert _in(_chat(texts, participants), 1, "PERSON") == []


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (["ben je al bij Visser geweest?", "ah die Visser, ja ik sta er"], "Visser"),
        (
            [
                "C. Esweg 3: ingeschreven Ans Pot (geb. 2-3-1970)",
                "Bij C denkt de postbode dat Pot verhuisd is",
            ],
            "Pot",
        ),
    ],
)
def test_the_chats_surname_said_again(texts: list[str], name: str) -> None:
    assert name in _in(_chat(texts), 1, "PERSON")


def test_the_chats_surname_that_is_a_town_stays_the_town() -> None:
    chat = _chat(["Anouk Zuidwolde komt ook", "ze woont zelf niet in Zuidwolde"])
    assert _in(chat, 1, "PERSON") == []


def test_a_name_before_a_birth_date_in_a_list() -> None:
    texts = ["en de kinderen, geboortedata?", "Tekle 4-3-2012, Hagos 1-2-2014"]
    assert "Tekle" in _in(_chat(texts), 1, "PERSON")


# --- addresses ----------------------------------------------------------------------------------


def test_a_street_after_a_person() -> None:
    texts = ["waar verblijft u?", "ik slaap bij mijn zus Hilde Ruiter op Sleedoorn 14 tijdelijk"]
    assert "Sleedoorn 14" in _in(_chat(texts), 1, "ADDRESS")


def test_a_time_after_a_person_is_no_street() -> None:
    texts = ["wanneer?", "ik zie Hilde Ruiter op Maandag 14 uur"]
    assert _in(_chat(texts), 1, "ADDRESS") == []


def test_the_answer_to_where_the_home_is() -> None:
    texts = ["goedemiddag. waar is het huis", "Hooglanden 3, achter de kerk"]
    assert "Hooglanden 3" in _in(_chat(texts), 1, "ADDRESS")


# --- an IBAN with a digit too many, a birth date after an age -----------------------------------


def test_a_dutch_iban_with_a_digit_too_many_is_one() -> None:
    texts = ["rekeningnummer graag", "NL44 RABO 0312 7788 410"]
    assert _in(_chat(texts), 1, "IBAN") == ["NL44 RABO 0312 7788 410"]


def test_an_age_before_an_answered_birth_date() -> None:
    texts = ["Wat is de geboortedatum van uw vader?", "hij werd 80 in juli, 03-07-1945 dus"]
    assert _in(_chat(texts), 1, "DATE_OF_BIRTH") == ["03-07-1945"]
