"""Issue 12, round 50: causes behind the errors of blind_text_48, as general rules (the bare
house number of a named person; a title in quotes, a pet named after "hond heet", a twin town,
a firm by the pest it fights, a day care or fireworks shop, a "lounge"; the 088 range of
businesses; a body's mailbox abroad; an English month before its day, Cyrillic and Ethiopian
months, a year in two words; a participant's initials or clipped first name said to them, a
lower-case first name after a number closing a sentence, before a verb of saying).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from tests.chats.redaction.detected import found_in_chat
from tests.chats.redaction.detected import labelled as _labels
from tests.chats.redaction.detected import labelled_in as _in


def _chat(texts: list[str], participants: tuple[str, ...] = ("Ineke Brouwer", "Teun Smit")):
    return found_in_chat(texts, list(participants))


# --- rules_r50.py: the bare house number of a named person -------------------------------------


@pytest.mark.parametrize(
    ("texts", "number"),
    [
        (["er is een ruit ingegooid", "ook bij Hofstra op 12 is er een kapot"], "12"),
        (
            ["wie is de buurvrouw?", "mevrouw Kleinjan, Aaltje Kleinjan, op nummer 31 naast ons"],
            "31",
        ),
        (["het lekt weer", "Esweg 40. mijn buurvrouw Veldkamp van 42 heeft het ook"], "42"),
        (["wie heeft er geklaagd?", "de man op 27 heet Joop Akkerman, die belde"], "27"),
        (["en bij Wolters aan de Vledderstraat", "Van mevrouw Wolters, is dat nummer 5?"], "5"),
        (["fam. Yilmaz, Kerkstraat 4-III, maakt herrie", "wij wonen op 4-II eronder"], "4-II"),
        (["wie kan er helpen?", "de zoon van Dekker op 6-A doet dat vaker"], "6-A"),
    ],
)
def test_the_bare_house_number_of_a_named_person(texts: list[str], number: str) -> None:
    assert number in _in(_chat(texts), 1, "ADDRESS")


@pytest.mark.parametrize(
    "texts",
    [
        ["wie gaat er mee?", "Tim van 12 en zijn zus gaan mee"],
        ["wanneer komt ze?", "Sanne op 3 mei, dan is het klaar"],
        ["hoeveel heb je nodig?", "Karin op 2 plekken en Joost op 1 plek"],
        ["hoe laat?", "Wolters van 9 tot 12 op kantoor"],
        # (a name in full or a first name before "van": "die klaagt, Henk Dijkstra van 88",
        # "buurvrouw Mien van 4-1")
        ["wie klaagt er?", "mijn buurman die steeds klaagt, Henk Dijkstra van 88"],
        ["wie belde?", "buurvrouw Mien van 4-1. ze vraagt naar de Wmo"],
    ],
)
def test_an_age_a_date_or_an_amount_after_a_name_is_no_house(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "ADDRESS") == []


# --- rules_r50.py: things and bodies named like persons ------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ["welke boeken mist u?", "Het gaat om 'Kikker Hendrika' en 'Slaapwel Sanne'"],
        ["wie speelt er?", "de band 'De Hofstra's' en daarna een dj"],
        ["wat staat erop?", 'een naam op de kar: "Melkkar Mientje"'],
    ],
)
def test_a_title_in_quotes_is_no_person(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "PERSON") == []


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (
            ["hij heette Hendrik maar iedereen zei Henkie Pol", 'zet "Henkie Pol" erop'],
            "Henkie Pol",
        ),
        (["wat stond erop?", "een sticker met een naam, 'Fenna' en een nummer"], "Fenna"),
        (["hoe maak ik het over?", "naar NL.. ovv 'Marieke Dekker' graag"], "Marieke Dekker"),
    ],
)
def test_a_name_in_quotes_that_is_a_persons_stays(texts: list[str], name: str) -> None:
    assert name in _in(_chat(texts), 1, "PERSON")


@pytest.mark.parametrize(
    "texts",
    [
        ["mijn collega Marleen Dijk komt kijken", "leuk, onze kat heet trouwens ook Marleen"],
        ["de delegatie komt in mei", "de partnerstad Wolsztyn stuurt 8 mensen"],
    ],
)
def test_a_pet_or_a_twin_town_is_no_person(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "PERSON") == []


@pytest.mark.parametrize(
    "text",
    [
        "morgen komt Plaagdierbestrijding Veenstra de nesten weghalen",
        "de kinderen gaan naar Kinderdagverblijf Anneke aan de Kerkweg",
        "de opslag is voor Vuurwerk Gert-Jan aan de Industrieweg",
    ],
)
def test_a_firm_by_its_trade_before_a_name_is_no_person(text: str) -> None:
    assert _labels(text, "PERSON") == []


def test_a_venue_named_after_its_owner_is_no_person() -> None:
    chat = _chat(["Teun, de vragenlijst is binnen", "die van Hookah Lounge Sahin aan de Markt"])
    assert _in(chat, 1, "PERSON") == []


def test_a_business_line_in_the_088_range_is_no_persons() -> None:
    chat = _chat(["ik laat Schoonmaak Oost komen", "bel jij ze even? 088 765 4321"])
    assert _in(chat, 1, "PHONE") == []


def test_a_bodys_mailbox_abroad_is_no_persons() -> None:
    text = "persoonlijk is j.nowak@example.pl, algemeen is biuro@example.pl"
    assert _labels(text, "EMAIL") == ["j.nowak@example.pl"]


@pytest.mark.parametrize(
    "text", ["haar werknummer is 088 765 4321", "bel Gerda even, doorkies 088 765 43 21"]
)
def test_a_persons_line_in_the_088_range_stays(text: str) -> None:
    assert _in(_chat(["wie weet het?", text]), 1, "PHONE") != []


def test_a_persons_line_in_another_range_stays() -> None:
    chat = _chat(["ik laat Schoonmaak Oost komen", "bel jij Gerda? 06 12 34 56 78"])
    assert _in(chat, 1, "PHONE") == ["06 12 34 56 78"]


# --- rules_r50.py and birthdates.py: birth dates ------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "date"),
    [
        (
            ["welcome, your name?", "I am Maria Lopez, born April 5th 1988 in Quito"],
            "April 5th 1988",
        ),
        (["and your son?", "Date of birth: September 21, 2015"], "September 21, 2015"),
        (
            ["waar verblijft hij?", "bij ons. mijn vader, geboren 14 березня 1952"],
            "14 березня 1952",
        ),
        (
            ["welke datum staat erop?", "mijn geboortedatum klopt niet, het is 3 Tikimt 1985"],
            "3 Tikimt 1985",
        ),
        (
            ["Naam en geboortedatum graag", "Tom de Vries, drie mei tweeduizend elf"],
            "drie mei tweeduizend elf",
        ),
    ],
)
def test_birth_dates_in_other_forms(texts: list[str], date: str) -> None:
    assert date in _in(_chat(texts), 1, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "texts",
    [
        ["wanneer is de opening?", "op drie mei tweeduizend zesentwintig, om 10 uur"],
        ["when is the meeting?", "April 5th 2027 at the town hall"],
    ],
)
def test_other_dates_are_no_birth_dates(texts: list[str]) -> None:
    assert _in(_chat(texts), 1, "DATE_OF_BIRTH") == []


# --- rules_r50.py: names as they are said ------------------------------------------------------


def test_the_initials_of_a_participants_double_first_name_said_to_him() -> None:
    chat = _chat(
        ["de kist komt vrijdag", "Regel jij dat even hj, ik ben er niet"],
        ("Hendrik Jan Mulder", "Anouk Smit"),
    )
    assert _in(chat, 1, "PERSON") == ["hj"]


def test_a_participants_clipped_first_name_thanked() -> None:
    chat = _chat(["het staat erin", "top, bedankt Eg!"], ("Egbert Snijder", "Lotte Kamp"))
    assert _in(chat, 1, "PERSON") == ["Eg"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("het zijn er 14. merel zegt dat er meer komen", "merel"),
        ("de bus gaat om 9. jade belde net", "jade"),
    ],
)
def test_a_lower_case_first_name_after_a_number_closing_a_sentence_before_a_verb_of_saying(
    text: str, name: str
) -> None:
    assert name in _in(_chat(["hoe staat het ervoor?", text]), 1, "PERSON")


def test_a_word_before_a_verb_of_saying_that_is_no_first_name_stays() -> None:
    assert _in(_chat(["hoe staat het?", "de bakker zegt dat het goed is"]), 1, "PERSON") == []


def test_a_name_before_a_street_with_an_abbreviated_title_ends_before_van() -> None:
    chat = _chat(["wie doet er mee?", "Femke van de Burg. Haakmastraat wil een kraam"])
    assert _in(chat, 1, "PERSON") == ["Femke"]


def test_a_number_of_times_is_no_house_number() -> None:
    chat = _chat(["wat viel op?", "Via Meldpunt Zorg. Waterverbruik 3x zo hoog als vorig jaar"])
    assert _in(chat, 1, "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ze was boos. van den heuvel-smeenk heeft een klacht ingediend", "van den heuvel-smeenk"),
        ("ja. de vries-kok komt morgen langs", "de vries-kok"),
    ],
)
def test_a_lower_case_double_surname_opening_a_sentence(text: str, name: str) -> None:
    assert name in _in(_chat(["hoe ging het?", text]), 1, "PERSON")


def test_a_lower_case_compound_with_a_particle_is_no_surname() -> None:
    chat = _chat(["hoe ging het?", "goed. de oud-wethouder komt ook kijken"])
    assert _in(chat, 1, "PERSON") == []
