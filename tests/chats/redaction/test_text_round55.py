"""Issue 12, round 55: causes behind the errors of blind_text_53, as general rules (a common
surname no dictionary knows, in lower case anywhere; the rows of a table whose header names a
birth date and a name column; an initial after a surname; "v.d." and "v." before a found name or
street; a lower-case first name opening a clause with a person's verb; a house number with a
letter after "op"; a house number in words; a birth date in the future; a body's account by what
is said around it; a storm's name; premises that are no home; a firm named after its owner;
chat verbs read as names).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from chats.redaction.rules_r55 import chat_rules_r55
from tests.chats.redaction.detected import chat_rules_growth, found_in_chat
from tests.chats.redaction.detected import labelled_in as _in


def _chat(texts: list[str], participants: tuple[str, ...] = ("Wijkteam Meppel", "Roel Hekman")):
    return found_in_chat(texts, list(participants))


# --- persons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plek 9 gaat naar hendriks. weet Jansen het al?", "hendriks"),
        ("sanne, die vermeulen bijstand: ze is 19", "vermeulen"),
        ("nieuw op vrijdag: boersma, kaas. plek 3", "boersma"),
        ("ok. veenstra koopt het perceel", "veenstra"),
    ],
)
def test_a_common_surname_no_dictionary_knows_in_lower_case(text: str, expected: str) -> None:
    assert expected in _in(_chat(["wie?", text]), 1, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "de steiger komt van hendriks bouw",
        "We will send you the letter next week.",
    ],
)
def test_a_firm_and_an_english_word_stay(text: str) -> None:
    assert _in(_chat(["wie?", text]), 1, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok. roos krijgt er dan ook een", "roos"),
        ("ja joost had een auto niet gemeld", "joost"),
    ],
)
def test_a_lower_case_first_name_opening_a_clause_with_a_persons_verb(
    text: str, expected: str
) -> None:
    assert expected in _in(_chat(["en dan?", text], ("Team Schuld", "Team Inkomen")), 1, "PERSON")


def test_a_table_whose_header_names_a_birth_date_and_a_name() -> None:
    chat = _chat(
        [
            "naam;adres;geboortedatum;opmerking",
            "Jansma, P.;Kerkstraat 4;14-02-1947;aanvraag",
            "Visser-Bos, A.;Wilhelminapark 3;02-12-1939;klaar",
        ]
    )
    assert _in(chat, 1, "PERSON") == ["Jansma, P."]
    assert _in(chat, 1, "DATE_OF_BIRTH") == ["14-02-1947"]
    assert _in(chat, 2, "PERSON") == ["Visser-Bos, A."]
    assert _in(chat, 2, "DATE_OF_BIRTH") == ["02-12-1939"]


def test_a_tabbed_table_with_a_birth_column() -> None:
    chat = _chat(["leerling\tgeb.datum\tgroep", "Lars Veen\t03-09-2012\t6B"])
    assert _in(chat, 1, "DATE_OF_BIRTH") == ["03-09-2012"]


def test_a_table_with_a_date_that_is_no_birth_stays() -> None:
    chat = _chat(["naam;datum;status", "Jansma, P.;14-02-2026;klaar"])
    assert _in(chat, 1, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Z-2026-001122 Postma K. € 120,00 open", "Postma K."),
        ("Z-2026-001123 Hoekstra-Bos M. € 90,00 open", "Hoekstra-Bos M."),
        ("Z-2026-001124 v.d. Berg A. € 10,00 open", "v.d. Berg A."),
        ("die van v.d. berg is laag", "v.d. berg"),
    ],
)
def test_an_initial_after_a_surname_and_a_short_particle(text: str, expected: str) -> None:
    assert expected in _in(_chat(["lijst:", text]), 1, "PERSON")


# --- what is no person's ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["en de schade?", "de dakgoot is eraf. t was storm eunice, kan ik t verhalen?"],
        ["wat nu?", "na storm Eunice: lijst bomen weg"],
        ["t was de wind", "Bij storm is de gemeente meestal niet aansprakelijk."],
        ["ok", "Fijn dat je appt. Kan je vrijdag?"],
        ["wie?", "Hoveniers Bos & Brink doen het groen"],
    ],
)
def test_what_is_no_persons(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "PERSON") == []


def test_a_firm_named_after_its_owner_is_no_person() -> None:
    chat = _chat(
        ["welke markt?", "de zomermarkt. ik verkoop kaarsen. Veenstra Houtwerk"],
        ("Jans Veenstra", "Gemeente Meppel"),
    )
    assert _in(chat, 1, "PERSON") == []
    chat = _chat(["wie?", "Smit & Kraai, dat zijn Bert Smit en Rik Kraai"])
    assert _in(chat, 1, "PERSON") == ["Bert Smit", "Rik Kraai"]


def test_a_person_named_like_a_storm_stays() -> None:
    chat = _chat(["hoi", "mevrouw storm heeft net gebeld over storm eunice"])
    assert _in(chat, 1, "PERSON") == ["storm"]


# --- homes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["wie woont waar?", "markt 3: meneer jansen boven op 3a, zijn zoon wil op 3c"], "3c"),
        (["Hoe heet uw buurman?", "Henk Jansen. hij woont op 14-C"], "14-C"),
        (["Welk huisnummer woont u?", "ik woon op zeventien"], "zeventien"),
        (["Welk huisnummer woont u?", "Kerkweg zeventien bedoel ik"], "Kerkweg zeventien"),
        (["Which street?", "Hoofdstraat near the church, my house is number 48"], "number 48"),
        (["adres?", "adres v. Karnebeekstraat 12, 7942 gk"], "v. Karnebeekstraat 12"),
    ],
)
def test_a_home_said(texts: list[str], expected: str) -> None:
    assert expected in _in(_chat(texts), 1, "ADDRESS")


@pytest.mark.parametrize(
    "texts",
    [
        ["die heeft meer panden", "ja Markt 14 is een winkel"],
        ["Op welk adres?", "ok en Wiekslag 4 is de zaak, dat blijft"],
        ["welke?", "aanvraag vergunning Meppeler Braderie 2027, 3 t/m 5 juli"],
        ["wanneer?", "we spreken af op 19-1 om tien uur"],
    ],
)
def test_what_is_no_home_stays(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "ADDRESS") == []


# --- birth dates and accounts -----------------------------------------------------------------


def test_a_date_in_the_future_is_no_birth_date() -> None:
    chat = _chat(["naam?", "ruud lamers. geboren 04-04-1990, trouwdatum 18-09-2034 in Spanje"])
    assert _in(chat, 1, "DATE_OF_BIRTH") == ["04-04-1990"]


@pytest.mark.parametrize(
    "texts",
    [
        ["Op welk rekeningnummer?", "NL12 INGB 0001 2345 67, dat is van de vereniging hoor"],
        ["Welk rekeningnummer hebben jullie?", "NL12 INGB 0001 2345 67"],
    ],
)
def test_a_bodys_account_by_what_is_said_around_it(texts: list[str]) -> None:
    assert _in(_chat(texts, ("Buurthuis De Wiek", "Subsidies Meppel")), 1, "IBAN") == []


def test_a_persons_own_account_stays() -> None:
    chat = _chat(["Op welk rekeningnummer?", "NL12 INGB 0001 2345 67, dat is mijn eigen rekening"])
    assert _in(chat, 1, "IBAN") == ["NL12 INGB 0001 2345 67"]


# --- speed ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "hendriks koopt, mieke krijgt, Postma K. € 3,00, v.d. berg is laag, storm eunice. ",
        "Jansma, P.;Kerkstraat 4;14-02-1947;op 3a. ",
        "Markt 14 is een winkel, ik woon op zeventien, NL12 INGB 0001 2345 67. ",
    ],
)
def test_long_runs_of_the_round_55_cues_stay_fast(unit: str) -> None:
    short, long = chat_rules_growth(
        chat_rules_r55, "naam;adres;geboortedatum;x", unit, participants=["Wmo Meppel", "Eva Kok"]
    )
    assert long < 6 * short + 0.05


def test_a_street_of_the_chats_homes_before_a_number_is_no_person() -> None:
    chat = _chat(
        ["Op welk adres?", "ik woon zelf Wiekslag 4a boven", "wiekslag 4: de winkel beneden"]
    )
    assert _in(chat, 2, "PERSON") == []


def test_a_teams_mailbox_of_ordinary_words_at_the_municipality() -> None:
    assert _in(_chat(["hoe?", "antwoord komt via raadsinformatie@meppel.nl"]), 1, "EMAIL") == []


def test_a_word_listed_with_firms_is_no_person() -> None:
    chat = _chat(["schulden?", "o.a. Eneco, Ziggo, Wehkamp en de huur"])
    assert _in(chat, 1, "PERSON") == []


def test_a_surname_the_chat_knows_said_as_a_word_before_a_verb() -> None:
    chat = _chat(["meester Jelle Snel stuurde dit", "ok die neem ik mee. snel is er ook bij?"])
    assert _in(chat, 1, "PERSON") == ["snel"]
    chat = _chat(["meester Jelle Snel stuurde dit", "nee snel is het niet gegaan"])
    assert _in(chat, 1, "PERSON") == []


def test_a_house_number_alone_after_the_street_one_lives_on() -> None:
    chat = _chat(["naam?", "piet wever. ik woon op de Molenweg ja echt", "nummer 14 b"])
    assert _in(chat, 2, "ADDRESS") == ["nummer 14 b"]


def test_a_surname_with_its_body_in_brackets_among_persons() -> None:
    chat = _chat(["notulen", "aanwezig: Kampman (politie), S. de Wolf (Enexis), Ilona (RIEC)"])
    assert "Kampman" in _in(chat, 1, "PERSON")
