"""Issue 12, round 43: causes behind the errors of blind_text_41, as general rules (a civil status
between a name and a birth date; a title before a double surname whose half is a word; a place's
name that is a first name before a listed surname in a data list, and that first name in lower
case coordinated with another person; the name ending before "van de" and a public place or a
scheme; a firm right after its trade; a resident's number before a titled name; a stay "bij
<kin> in <hamlet> <nr>"; "privéadres," as an address cue; a transcript's filler after a house
number in words; a participant's clipped first name with a doubled vowel, or a first name that
is a word before a whole clause; the chat's surname in lower case after a verb of saying; a
link whose handle spells a body's name the chat writes; a body charging via an account; a
village's house named in brackets after its address).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found, found_in_chat, persons
from tests.chats.redaction.detected import labelled as _labels


def _chat(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return found_in_chat(texts, list(participants))


# --- birthdates.py: a civil status between the name and the birth date -------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ahmed Yilmaz, gehuwd, 03-09-1977", "03-09-1977"),
        ("Greet Mulder, weduwe, 12-1-1940", "12-1-1940"),
        ("Samuel Tesfay, alleenstaande, 28-02-1999", "28-02-1999"),
    ],
)
def test_a_date_after_a_name_and_a_civil_status_is_a_birth_date(text: str, date: str) -> None:
    assert _labels(text, "DATE_OF_BIRTH") == [date]


def test_a_future_date_after_a_name_and_a_status_stays_a_date() -> None:
    assert _labels("Ahmed Yilmaz, gehuwd, 03-09-2031", "DATE_OF_BIRTH") == []


# --- detector.py: a title before a double surname whose half is a word -------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("3. mw. Haar-Visser, Zuideinde 12", "Haar-Visser"),
        ("mevr. Wel-Bakker heeft bezwaar", "Wel-Bakker"),
        ("dhr. Wit-Zomer belde over zijn aanvraag", "Wit-Zomer"),
    ],
)
def test_a_titled_double_surname_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_hyphenated_pair_without_a_title_stays_a_word() -> None:
    assert persons("de Noord-Zuid route is dicht") == []


# --- detector.py: a place's name that is a first name, before a listed surname -----------------


def test_a_place_and_a_listed_surname_opening_a_data_line_is_a_person() -> None:
    assert "Erica Bakkum" in persons("Erica Bakkum, geen telefoon, geb 4 mei 1971")


def test_a_place_before_a_word_opening_a_data_line_stays_a_place() -> None:
    assert persons("Meppel Centrum, 12 meldingen") == []


def test_the_first_name_of_such_a_person_in_lower_case_beside_another() -> None:
    chat = _chat(
        [
            "Erica Bakkum, geb 4 mei 1971, Kerkweg 3",
            "Hanna Kuiper, 06-12345678",
            "ik bel erica en hanna morgen",
        ]
    )
    assert ("erica", "PERSON") in chat[2]
    assert ("hanna", "PERSON") in chat[2]


# --- detector.py: the name ends before "van de" and a public place or a scheme ----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ik stem af met Marloes van de Wmo", "Marloes"),
        ("meneer Kees van de Julianapark belde", "Kees"),
    ],
)
def test_the_name_ends_before_van_de_and_a_place_or_scheme(text: str, name: str) -> None:
    assert persons(text) == [name]


def test_a_surname_with_van_de_stays_whole() -> None:
    assert persons("ik bel Jan van de Berg") == ["Jan van de Berg"]


# --- detector.py: a firm right after its trade -------------------------------------------------


@pytest.mark.parametrize(
    "text", ["installateur Liftmaxx, ik plan het onderhoud", "leverancier Zorgrent, order 12"]
)
def test_an_unlisted_word_after_a_trade_is_a_firm(text: str) -> None:
    assert persons(text) == []


def test_a_first_name_after_a_trade_stays_a_person() -> None:
    assert persons("de installateur Henk belt morgen") == ["Henk"]


# --- detector.py: a resident's number before a titled name ------------------------------------


def test_a_number_of_a_titled_resident_is_an_address() -> None:
    assert _labels("nee, die van nr 31, dhr. Bolhuis.", "ADDRESS") == ["nr 31"]


def test_a_number_without_a_resident_stays_a_number() -> None:
    assert _labels("van nr 9 is de auto weg", "ADDRESS") == []


# --- addresses.py: a stay with kin in a hamlet; "privéadres," -------------------------------


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("ze blijft bij haar moeder in Darp 9 tot de zomer", "Darp 9"),
        ("hij slaapt bij zijn oom in Wanneperveen 3 tot vrijdag", "Wanneperveen 3"),
    ],
)
def test_a_stay_with_kin_names_the_home(text: str, home: str) -> None:
    assert _labels(text, "ADDRESS") == [home]


def test_a_stay_with_a_body_for_weeks_is_no_home() -> None:
    assert _labels("ze blijft bij de GGD in Meppel 2 weken", "ADDRESS") == []


@pytest.mark.parametrize(
    "text",
    ["ik schrijf hem aan op zijn privéadres, Eekhoorn 8", "zijn privéadres is Eekhoorn 8"],
)
def test_a_private_address_cue_with_an_accent(text: str) -> None:
    assert _labels(text, "ADDRESS") == ["Eekhoorn 8"]


def test_a_transcripts_filler_after_a_spelled_house_number() -> None:
    text = "ja met piet van de zuiderweg zevenentwintig eh ik bel over de boom"
    assert ("zuiderweg zevenentwintig", "ADDRESS") in found(text)


def test_a_count_after_a_spelled_number_stays_a_count() -> None:
    assert _labels("op de kerkstraat twee rondjes gelopen", "ADDRESS") == []


# --- detector.py: a participant addressed at the opening ---------------------------------------


def test_a_clipped_first_name_with_a_doubled_vowel_opening_the_message() -> None:
    chat = _chat(["fuus, de aanvraag is binnen"], ("Ineke Brouwer", "Fusien Smit"))
    assert ("fuus", "PERSON") in chat[0]


def test_a_word_with_a_doubled_vowel_of_no_participant_stays_a_word() -> None:
    chat = _chat(["boom, die moet weg"], ("Ineke Brouwer", "Teun Smit"))
    assert chat[0] == []


def test_a_participants_first_name_that_is_a_word_before_a_whole_clause() -> None:
    chat = _chat(["Job het verslag van de raad staat online"], ("Ineke Brouwer", "Job Smit"))
    assert ("Job", "PERSON") in chat[0]


def test_a_word_of_no_participant_before_a_clause_stays_a_word() -> None:
    chat = _chat(["Job het verslag van de raad staat online"], ("Ineke Brouwer", "Teun Smit"))
    assert ("Job", "PERSON") not in chat[0]


# --- detector.py: the chat's surname after a verb of saying -----------------------------------


def test_the_chats_surname_in_lower_case_after_a_verb_of_saying() -> None:
    chat = _chat(
        ["aanvraag van dhr. Dolderink, Kerkweg 8", "hij is de hele dag thuis zegt dolderink"]
    )
    assert ("dolderink", "PERSON") in chat[1]


def test_a_word_after_a_verb_of_saying_without_that_surname_stays_a_word() -> None:
    chat = _chat(["aanvraag van dhr. Dolderink, Kerkweg 8", "dat klopt niet, zegt iedereen"])
    assert ("iedereen", "PERSON") not in chat[1]


# --- detector.py: a link whose handle spells a body's name ------------------------------------


def test_a_link_spelling_a_clubs_name_is_the_clubs() -> None:
    chat = _chat(
        ["wij zijn Toneelclub Het Doek uit Havelte", "kijk op instagram.com/toneelclubhetdoek"]
    )
    assert chat[1] == []


def test_a_link_spelling_a_persons_name_stays_personal() -> None:
    chat = _chat(["dat is Anton de Graaf", "kijk op facebook.com/antondegraaf"])
    assert ("facebook.com/antondegraaf", "URL_PERSONAL") in chat[1]


# --- detector.py: a body charging via an account; addresses.py: a village's house -------------


@pytest.mark.parametrize(
    "text",
    [
        "de ijsclub rekent via NL91 ABNA 0417 1643 00",
        "de stichting int de bijdrage via NL91 ABNA 0417 1643 00",
    ],
)
def test_a_body_charging_via_an_account_owns_it(text: str) -> None:
    assert _labels(text, "IBAN") == []


def test_a_person_charging_via_an_account_holds_it() -> None:
    assert _labels("hij rekent via NL91 ABNA 0417 1643 00", "IBAN") == ["NL91 ABNA 0417 1643 00"]


@pytest.mark.parametrize("text", ["Molenweg 9 (het buurthuis)", "Kerkweg 7 (de kantine)"])
def test_an_address_with_a_village_house_in_brackets_is_the_houses(text: str) -> None:
    assert _labels(text, "ADDRESS") == []


def test_an_address_beside_a_village_house_where_one_lives_stays_a_home() -> None:
    assert _labels("ik woon Molenweg 9 (naast het buurthuis)", "ADDRESS") == ["Molenweg 9"]


# --- detector.py: a failing system after a possessive; a shop by its goods ---------------------


@pytest.mark.parametrize(
    "text",
    ["hoi, mijn Navision doet het niet, code 5", "mijn Zivver werkt niet meer"],
)
def test_an_unlisted_word_that_fails_after_a_possessive_is_a_system(text: str) -> None:
    assert persons(text) == []


def test_a_first_name_that_fails_after_a_possessive_stays_a_person() -> None:
    assert persons("mijn Kees doet het niet meer zonder hulp") == ["Kees"]


def test_the_chats_surname_before_a_shops_goods_is_the_shop() -> None:
    chat = _chat(["de kraam van Wim Haring staat scheef", "Wim Haring? die van Haring Vis?"])
    assert ("Haring", "PERSON") not in chat[1]


def test_a_first_name_and_a_surname_that_is_goods_stays_a_person() -> None:
    assert persons("vraag het Piet Kaas van de wijkraad") == ["Piet Kaas"]


# --- detector.py: a firm's role holder called "hij"; a name after "Exploitatie" ---------------


def test_a_role_holder_called_he_after_a_firms_role_is_a_person() -> None:
    assert "Draaier" in persons("exploitant Draaier belde, hij wil de zweefmolen op het plein")


def test_a_firm_after_a_firms_role_called_they_stays_a_firm() -> None:
    assert persons("exploitant Solarfields belde, ze willen meer panelen") == []


def test_the_chats_surname_after_exploitatie_is_the_firm() -> None:
    chat = _chat(
        ["de attractie van Henk Draaier staat er weer", "bedoel je Attractie Exploitatie Draaier?"]
    )
    assert ("Draaier", "PERSON") not in chat[1]
