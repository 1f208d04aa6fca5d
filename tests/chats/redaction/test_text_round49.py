"""Issue 12, round 49: causes behind the errors of blind_text_47, as general rules (vessels,
varieties, animals listed after "heten" or named before "heet ie", firms and houses by the word
before a name; a birth date in the Islamic calendar or in Arabic script and the Gregorian date
restated after it, "hij is van <date>"; the chat's names with a genitive s before a relative,
its first names as a diminutive, clipped, after a relative in lower case, with initials in lower
case, the owner of a firm named after him said alone, a lower-case name before the street of an
answered address or grown by a word no list knows; the street of the message's address said
alone; a line at work or of a body by its acronym, a firm's own account; a foreign postcode, a
neighbour's bare house number, a colour before the place, the number opening a
message repeated in its address; a mobile in nine digit words "met een nul ervoor").

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found_in_chat
from tests.chats.redaction.detected import labelled as _labels
from tests.chats.redaction.detected import labelled_in as _in


def _chat(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return found_in_chat(texts, list(participants))


# --- detector.py: things, animals and firms named like persons ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "de bestelling ging naar Solar Piet uit Nijeveen",
        "een vraag over de bouwtekeningen van Huize Ten Have",
    ],
)
def test_vessels_varieties_animals_and_firms_are_no_persons(text: str) -> None:
    assert _labels(text, "PERSON") == []


@pytest.mark.parametrize(
    "texts",
    [
        ["mw Hofman belde over het hek", "de ponyrit doet Stal Hofman dit jaar"],
        ["de rozen voor Anna Hals", "we planten een roos, soort Frans Hals, die bloeit lang"],
        ["de boot van Jan Willem Dekker", "de sloep Jan Willem ligt al een week aan de steiger"],
        ["Rik Wolters is de exploitant", "en de draaimolen? die is van Attracties Wolters"],
        ["Gerard van Dam belde", "de schilderbeurt gaat naar Van Dam Stukadoors"],
        ["Bertha Lok belde", "de koeien heten Bertha, Greet en Anna"],
        ["Karel Mulder belde", "haha, de pony's heten trouwens Karel en Sjors"],
        ["buurman Bram Vos klaagt", "hun kat is erg schuw, Bram heet hij"],
    ],
)
def test_a_chat_name_as_a_firm_vessel_or_variety_is_no_person(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a person after the animals' names, with the list closed
        ("de geiten heten Bolle en Dikkie, zegt Hennie Jansen", "Hennie Jansen"),
        # no animal before "heet hij"
        ("mijn collega is ziek, Bram heet hij", "Bram"),
    ],
)
def test_persons_near_animals_stay(text: str, person: str) -> None:
    assert any(person in value for value in _labels(text, "PERSON"))


# --- birthdates.py: other calendars and "is van" ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "answer", "dates"),
    [
        (
            "Wat is de geboortedatum van uw vader?",
            "12 shawwal 1372, op zijn verblijfspas staat 24 juni 1953",
            ["12 shawwal 1372", "24 juni 1953"],
        ),
        (
            "Uw naam en geboortedatum graag",
            "Omar Haddad, 3 آذار 1987 of in het Nederlands 3 maart 1987",
            ["3 آذار 1987", "3 maart 1987"],
        ),
        (
            "Waar gaat het over?",
            "ik ben geboren op 9 Jumada al-Ula 1405, in mijn pas 30-01-1985",
            ["9 Jumada al-Ula 1405", "30-01-1985"],
        ),
    ],
)
def test_a_birth_date_in_the_islamic_calendar_and_restated(question, answer, dates) -> None:
    chat = _chat([question, answer])
    assert _in(chat, 1, "DATE_OF_BIRTH") == dates


# (fix52a: the birth cue is a cue in any casing: the gate before the rule was case-sensitive)
@pytest.mark.parametrize(
    ("texts", "date"),
    [
        (["GEBOREN 12 muharram 1410"], "12 muharram 1410"),
        (["cliënt GEB. 4 ramadan 1399, klopt dat?"], "4 ramadan 1399"),
        (["Zoon Yusuf, gEboren op 21 safar 1421"], "21 safar 1421"),
        (["GEB.DATUM?", "17 rajab 1403"], "17 rajab 1403"),
    ],
)
def test_an_islamic_birth_date_after_a_cue_in_any_casing(texts: list[str], date: str) -> None:
    chat = _chat(texts)
    assert _in(chat, len(texts) - 1, "DATE_OF_BIRTH") == [date]


def test_an_islamic_date_without_birth_is_no_birth_date() -> None:
    chat = _chat(["wanneer begint het feest?", "op 1 shawwal 1447, dus 20 maart"])
    assert _in(chat, 1, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ja op dinsdag. ze is van 3-9-2017 dat klopt wel", "3-9-2017"),
        ("klopt, zij is van 7-11-2016 maar staat fout", "7-11-2016"),
    ],
)
def test_a_person_is_of_the_date_born_on(text: str, date: str) -> None:
    chat = _chat(["Zit ze bij juf Anke?", text])
    assert _in(chat, 1, "DATE_OF_BIRTH") == [date]


def test_a_letter_of_a_date_is_no_birth_date() -> None:
    assert _in(_chat(["die brief is van 12-03-2026"]), 0, "DATE_OF_BIRTH") == []


# --- detector.py: the chat's names said again ---------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "index", "name"),
    [
        (["de jongen heet Sander", "Joyce Bosma. Sanders moeder belt ook"], 1, "Sander"),
        (["de melding kwam van Siebe", "ok. siebes moeder belde ook"], 1, "siebe"),
    ],
)
def test_a_chat_name_with_a_genitive_s_before_a_relative(texts, index, name) -> None:
    assert any(value.startswith(name) for value in _in(_chat(texts), index, "PERSON"))


def test_a_genitive_of_no_chat_name_stays() -> None:
    chat = _chat(["ik heb Haverkamp gebeld", "het Engels boek ligt er"])
    assert _in(chat, 1, "PERSON") == []


@pytest.mark.parametrize(
    ("texts", "participants", "index", "name"),
    [
        (["Fritsie nou ja Frits Dekker, geb. 3-3-1990"], ("Frits Dekker", "Loket"), 0, "Fritsie"),
        (["ok ik neem ze. dirkie jij de rest?"], ("Dirk Mol", "Anna Smit"), 0, "dirkie"),
        (
            ["Ik mis Grietje op de lijst", "welke grietje bedoel je"],
            ("Anna Mol", "Koen Bos"),
            1,
            "grietje",
        ),
    ],
)
def test_a_chat_first_name_as_a_diminutive(texts, participants, index, name) -> None:
    assert name in _in(_chat(texts, participants), index, "PERSON")


def test_a_diminutive_word_of_a_body_participant_stays() -> None:
    chat = _chat(["dat is een klein werkje"], ("Team Werk", "Koen Bos"))
    assert _in(chat, 0, "PERSON") == []


def test_a_clipped_first_name_of_the_message() -> None:
    text = "ze zegt dat Helmina ook een pas heeft, haar zus Wilhelmina ook"
    assert "Helmina" in _in(_chat([text]), 0, "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (first names that are frequent surnames too)
        ("mijn broer hassan woont in Zwolle", "hassan"),
        ("haar zoon lucas belt morgen", "lucas"),
    ],
)
def test_a_lower_case_first_name_after_a_relative(text: str, name: str) -> None:
    assert name in _in(_chat([text]), 0, "PERSON")


def test_a_relative_before_a_word_stays() -> None:
    assert _in(_chat(["mijn broer woont in Zwolle"]), 0, "PERSON") == []


def test_lower_case_initials_before_a_participant_surname() -> None:
    chat = _chat(["het staat op naam van j.w. visser"], ("Loket", "jan visser"))
    assert _in(chat, 0, "PERSON") == ["j.w. visser"]


def test_the_owner_of_a_firm_named_after_him_said_alone() -> None:
    chat = _chat(
        ["Hoveniersbedrijf Kees Mulder staat in de kvk", "Kees Mulder zelf tekent"],
        ("Inkoop", "Hoveniersbedrijf Kees Mulder"),
    )
    assert _in(chat, 0, "PERSON") == []
    assert _in(chat, 1, "PERSON") == ["Kees Mulder"]


def test_a_lower_case_name_before_the_street_of_an_answered_address() -> None:
    chat = _chat(["Uw naam en adres?", "ronald meijer kerkweg 12"], ("Loket", "Ronald"))
    assert _in(chat, 1, "PERSON") == ["ronald meijer"]
    assert _in(chat, 1, "ADDRESS") == ["kerkweg 12"]


def test_first_names_alone_right_before_an_address_open_its_street() -> None:
    chat = _chat(
        ["Ik heb uw adres nodig", "karin bosman jan willem steenstraat 14 a 7941AB"],
        ("Loket", "karin bosman"),
    )
    assert _in(chat, 1, "PERSON") == ["karin bosman"]
    assert _in(chat, 1, "ADDRESS") == ["jan willem steenstraat 14 a"]


def test_a_full_name_right_before_an_address_stays_a_person() -> None:
    chat = _chat(["Ik heb uw adres nodig", "karin bosman kerkstraat 14"], ("Loket", "karin"))
    assert _in(chat, 1, "PERSON") == ["karin bosman"]


def test_a_lower_case_full_name_grows_by_a_word_no_list_knows() -> None:
    chat = _chat(["zijn naam is omar haddad alaoui hij woont hier"], ("Loket", "sara haddad"))
    assert _in(chat, 0, "PERSON") == ["omar haddad alaoui"]


def test_the_street_of_the_message_address_said_alone_is_no_person() -> None:
    text = "hoek Hendrik Kolff en de Dorpsweg, voor Hendrik Kolff 2 woon ik"
    assert _in(_chat([text]), 0, "PERSON") == []


# --- detector.py: lines and accounts of bodies and firms ----------------------------------------


@pytest.mark.parametrize(
    "text",
    ["nee dat is prive, zakelijk is 0521 38 12 12", "Vragen? Bel 038 455 66 77 van GBLT"],
)
def test_a_line_at_work_or_of_a_body_by_its_acronym_is_no_phone(text: str) -> None:
    assert _in(_chat([text]), 0, "PHONE") == []


def test_a_mobile_said_of_a_person_stays() -> None:
    assert _in(_chat(["bel 06 12 34 56 78 van Jan"]), 0, "PHONE") == ["06 12 34 56 78"]


def test_a_firm_s_own_account_in_a_chat_with_the_firm() -> None:
    texts = ["factuur volgt", "ons rekeningnummer is NL20 INGB 0001 2345 67"]
    chat = _chat(texts, ("Inkoop Meppel", "Aannemer Jan Smit"))
    assert _in(chat, 1, "IBAN") == []
    assert _in(_chat(texts), 1, "IBAN") == ["NL20 INGB 0001 2345 67"]


# --- addresses and numbers ----------------------------------------------------------------------


def test_a_foreign_postcode_after_an_address() -> None:
    chat = _chat(["stuur het naar Lindenstraße 8, 49809 Lingen"])
    assert _in(chat, 0, "POSTCODE") == ["49809"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("nee die van 17 Marco heeft een bus", "17"),
        ("alleen dhr. Prins van 23 klaagt", "23"),
        ("ik woon ertegenover op 31", "31"),
    ],
)
def test_a_neighbour_s_or_one_s_own_bare_house_number(text: str, number: str) -> None:
    assert number in _in(_chat([text]), 0, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "die van 11 uur gaat niet door",
        "de bus van 12 minuten",
        "klachten van de bewoners van 4 hoog",
        "hij is die van 12 op de camping",
    ],
)
def test_a_number_of_time_stays(text: str) -> None:
    assert _in(_chat([text]), 0, "ADDRESS") == []


def test_a_colour_before_the_place() -> None:
    assert _labels("Hoogeveenseweg 14 zwart Nijeveen, daar woon ik", "ADDRESS") == [
        "Hoogeveenseweg 14 zwart"
    ]


def test_the_number_opening_a_message_repeated_in_its_address() -> None:
    chat = _chat(["welk nummer?", "42 zei hij, dus kastanjelaan 42"])
    assert "42" in _in(chat, 1, "ADDRESS")


def test_a_mobile_in_nine_digit_words_with_a_zero_before() -> None:
    text = "zes een twee drie vier vijf zes zeven acht met een nul ervoor"
    assert _in(_chat([text]), 0, "PHONE") == [text[: text.index(" met")]]
