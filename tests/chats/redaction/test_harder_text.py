"""Issue 12, harder Dutch text: the miss causes of the blind sets as general rules.

Each case is a new sentence of the same kind as a miss (none is copied from a blind set)."""

import pytest

from chats.redaction import detect


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kun je navragen of Visser morgen komt?", "Visser"),
        ("Gisteren heeft Kok de sleutels opgehaald", "Kok"),
        ("Ik zag Smid net nog bij de balie", "Smid"),
        ("Volgens Vink ligt er nog glas op straat", "Vink"),
        ("Schaap belde over de container", "Schaap"),
        ("Brouwer zei dat het morgen klaar is", "Brouwer"),
    ],
)
def test_a_listed_surname_that_is_a_word_alone_in_a_name_place(text, name):
    assert (name, "PERSON") in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("raadslid bakker wil een toelichting", "bakker"),
        ("Vraag het aan wethouder van Dam", "van Dam"),
        ("Het echtpaar de Boer belde terug", "de Boer"),
        ("wethouder Winter opent de brug", "Winter"),
    ],
)
def test_a_name_after_a_role_word_keeps_its_particles_and_may_be_a_word(text, name):
    assert (name, "PERSON") in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("roos is vandaag vrij", "roos"),
        ("ok dan bel ik mark morgen", "mark"),
        ("kan merel vandaag de balie doen?", "merel"),
        ("wie heeft iris gesproken?", "iris"),
        ("fijn, bas komt om 3 uur", "bas"),
        ("vandaag doen anouk en jet de balie", "jet"),
    ],
)
def test_a_lower_case_first_name_that_is_a_word_in_a_name_place(text, name):
    assert (name, "PERSON") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "de roos in de tuin bloeit",
        "Door storm Bert vielen 8 bomen om",
        "Stormschade door Bert: 5 meldingen",
        "meldingen stormschade Conall op één lijst",
        "Motie van Gemeentebelangen is aangenomen",
        "GroenLinks en BBB stemden tegen",
        "Overleg met Steenwijkerland is verplaatst",
        "Ik heb met Bakker Verkeerstechniek gebeld",
        "We gaan naar Beek voor het overleg",
        "in 2019 verhuisd naar Meppel",
        "Team Groen",
        "ga je mee naar Kamer 3?",
        "ik geef het door aan Buurtapp Oosterboer",
    ],
)
def test_words_storms_parties_places_and_firms_stay(text):
    assert [f for f in found(text) if f[1] == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Er ligt een boom bij Haakswold 5", "Haakswold 5"),
        ("Het pand Echten 12 staat leeg", "Echten 12"),
        ("De buren van Darp 3 klagen over lawaai", "Darp 3"),
        ("Ze woont De Schiphorst 7", "De Schiphorst 7"),
        ("Brief naar Rogat 2, Meppel", "Rogat 2"),
        ("De hond van Lindenlaan 9 c blaft", "Lindenlaan 9 c"),
        ("Bewoners Kerkweg 4 b en 4 c delen een container", "Kerkweg 4 b"),
        ("hij woont op dorpsstr. 12", "dorpsstr. 12"),
    ],
)
def test_hamlet_names_toevoegingen_and_abbreviations_make_addresses(text, address):
    assert (address, "ADDRESS") in found(text)


@pytest.mark.parametrize(
    "text",
    ["Meppel 2 - Nijeveen 1 was de uitslag", "Vanuit Ruinen 3 vrijwilligers", "in Havelte 4 bomen"],
)
def test_a_place_and_a_number_that_is_no_house_stays(text):
    assert [f for f in found(text) if f[1] == "ADDRESS"] == []


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        ("Lindenlaan 4, 7943 he Meppel", "7943 he"),
        ("ze woont in 7941 en weet het huisnummer niet", "7941 en"),
        ("7948 de Nijeveen", "7948 de"),
    ],
)
def test_a_postcode_whose_letters_are_a_word_in_an_address_context(text, postcode):
    assert (postcode, "POSTCODE") in found(text)


@pytest.mark.parametrize(
    "text", ["sinds 2001 in Nederland", "in 2024 en 2025 gemeld", "7941 op de lijst"]
)
def test_a_year_or_number_before_a_word_is_no_postcode(text):
    assert [f for f in found(text) if f[1] == "POSTCODE"] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Hij is op 3 juni 1950 geboren", "3 juni 1950"),
        ("Nieuwe bewoner: Sara Mulder, 14031990", "14031990"),
        ("Dochter Eva, geb 120315", "120315"),
        ("Kees Smit * 02-02-1944", "02-02-1944"),
        ("gebdat. 1.2.1966", "1.2.1966"),
        ("Lindenlaan 4, 17-03-1952, alleenstaand", "17-03-1952"),
        ("Zij is van 05-05-1961 en woont alleen", "05-05-1961"),
    ],
)
def test_birth_dates_without_the_usual_cue(text, date):
    assert (date, "DATE_OF_BIRTH") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Overleg met Jan Smit, 12-03-2026 om 10 uur",
        "Afspraak met Ria Mol, 03-02-1999 verzet",
        "De brief is van 12-03-2025",
        "Lindenlaan 4, per 01-01-2025 verhuisd",
    ],
)
def test_meeting_and_letter_dates_are_no_birth_dates(text):
    assert [f for f in found(text) if f[1] == "DATE_OF_BIRTH"] == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mevrouw Kuipers van nummer 34 klaagt ook", "nummer 34"),
        ("meneer Dijkstra op nr. 12b belde", "nr. 12b"),
        ("Gesproken met Ria Bosma van nummer 5", "nummer 5"),
    ],
)
def test_a_persons_house_number_is_part_of_their_address(text, number):
    assert (number, "ADDRESS") in found(text)


def test_a_house_number_without_a_person_stays():
    assert found("De kolk bij nummer 12 zit vol blad") == []


def test_wonen_op_is_an_address_cue():
    assert ("Zuideinde 138", "ADDRESS") in found("Wij wonen op Zuideinde 138 in Nijeveen")
