"""Review 42 of this session's new "not a person / not personal" rules (c7270237 -> c6399774):
residents' names and numbers that c7270237 redacted and c6399774 let through."""

import pytest

from chats.redaction import detect
from tests.chats.redaction.detected import covered


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name or surname a name list knows after "reist/vertrekt naar" is whom one
        # goes to, no destination ("naar Kigali" stays a place)
        ("Mevrouw reist morgen naar Fatima, haar zus in Assen.", "Fatima"),
        ("Ze vlucht naar Mohammed, haar broer in Emmen.", "Mohammed"),
        ("De zoon vertrekt naar Visser, zijn oom in Staphorst.", "Visser"),
        ("Zij verhuizen naar Hendriks op nummer 8.", "Hendriks"),
    ],
)
def test_a_listed_name_after_a_travel_verb_and_naar_stays_a_person(text, name):
    assert covered(text, name)


def test_a_place_after_a_travel_verb_and_naar_is_still_no_person():
    assert not covered("hij vliegt volgende week naar Kigali, dus snel graag", "Kigali")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # "van de <trade>" after the number, but a resident is named before it
        ("Mevrouw Bakker, 0521 342 118, van de aannemer, wil terugbellen.", "0521 342 118"),
        ("Meneer Jansen 0522 251 473 van de schilder zegt dat het klaar is.", "0522 251 473"),
    ],
)
def test_a_residents_landline_before_van_de_trade_stays_a_phone(text, phone):
    assert covered(text, phone, "PHONE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a number of times ("3 keer") after June/May is no day of the month
        ("Mijn collega heeft June 3 keer gebeld.", "June"),
        ("Ik heb May 2 keer geprobeerd te bereiken.", "May"),
        ("Ik heb June 4 x gebeld, geen reactie.", "June"),
    ],
)
def test_a_first_name_month_before_a_count_stays_a_person(text, name):
    assert covered(text, name)


def test_a_trades_landline_after_a_sentence_about_someone_else_is_still_kept():
    # (round 32's case: the resident is named in another clause, the number is the firm's)
    text = "zet Sanne haar nummer er niet in, gebruik 0522-85 44 00 van de aannemer"
    assert not [s for s in detect(text) if s.label == "PHONE"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a frequent surname after an appliance is the resident's, no make
        ("De ketel Mulder moet vervangen worden, zij woont op nummer 3.", "Mulder"),
        ("De omvormer Hendriks geeft storing, bewoner belde.", "Hendriks"),
        ("De warmtepomp Jansen in de schuur maakt herrie.", "Jansen"),
    ],
)
def test_a_frequent_surname_after_an_appliance_stays_a_person(text, name):
    assert covered(text, name)


def test_a_make_that_is_a_surname_after_an_appliance_is_still_no_person():
    # (round 31's case, unchanged)
    assert not covered("bij Gert Wever staat een warmtepomp Brink in de schuur", "Brink")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # "zijn/haar nummer is" right before the number: the person's own line
        (
            "Zijn nummer is 0522 242 009, van de installateur heeft hij nog niks gehoord.",
            "0522 242 009",
        ),
        ("Haar telefoonnummer is 0522 246 813, van de aannemer hoorde ze niks.", "0522 246 813"),
    ],
)
def test_a_number_said_to_be_his_or_hers_before_van_de_trade_stays_a_phone(text, phone):
    assert covered(text, phone, "PHONE")


@pytest.mark.parametrize(
    ("text", "participants", "name"),
    [
        # "Name & Surname" is no firm when the surname is the chat's own person's
        ("Ik heb Jan & Bakker gebeld over de huur.", ("Jan Bakker", "Petra Smit"), "Bakker"),
        ("Sanne & Mulder komen morgen langs.", ("Ans Mulder", "Petra Smit"), "Mulder"),
    ],
)
def test_name_and_the_chats_surname_after_an_ampersand_stay_persons(text, participants, name):
    at = text.index(name)
    spans = detect(text, known_names=participants)
    assert any(s.label == "PERSON" and s.start <= at < s.end for s in spans)


def test_a_first_name_month_before_a_day_with_its_own_month_stays_a_person():
    assert covered("Met June 12 mei besproken, ze komt met haar zoon.", "June")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a rare surname no list holds, after "naar", said to be a relative right after it
        ("Ze vlucht naar Tesfamariam, haar broer in Emmen.", "Tesfamariam"),
        ("Hij verhuist naar Okonkwo, de oom van moeders kant.", "Okonkwo"),
    ],
)
def test_a_relative_one_moves_to_stays_a_person(text, name):
    assert covered(text, name)
