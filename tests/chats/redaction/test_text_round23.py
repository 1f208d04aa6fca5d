"""Issue 12, round 23: the causes behind blind_text_22's misses, as general rules.

Every case is a variant written for the rule (other names, streets, numbers, languages and word
order); none is a sentence of a measured set."""

import pytest

from chats.redaction import detect, detect_chat


def covered(text: str, value: str, label: str) -> bool:
    at = text.index(value)
    return any(
        s.label == label and s.start <= at and at + len(value) <= s.end for s in detect(text)
    )


def chat_spans(texts: list[str], participants: tuple[str, ...]) -> list[list[tuple[str, str]]]:
    return [
        [(text[s.start : s.end], s.label) for s in spans]
        for text, spans in zip(texts, detect_chat(texts, participants=participants), strict=True)
    ]


# --- "wonend" on its own before a street with no street word ---------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Weduwe van Dam, laatst wonend Haakswold 12, is vorige week begraven", "Haakswold 12"),
        ("de erflater, wonend Blankenstein 40, had geen kinderen", "Blankenstein 40"),
        ("wonend Darp 3 te Havelte", "Darp 3"),
    ],
)
def test_wonend_cues_a_street_without_street_word(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


# --- a street named after a person, its surname and particle after "wonen op" -------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("wij wonen op Bentinck van Schoonhetenlaan 14", "Bentinck van Schoonhetenlaan 14"),
        ("mijn moeder woont aan Nassau van Dillenburgstraat 3a", "Nassau van Dillenburgstraat 3a"),
    ],
)
def test_surname_and_particle_after_living_cue_open_the_street(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


# --- a room written "k.3" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ze huurt Zuideinde 41 k.2 sinds maart", "Zuideinde 41 k.2"),
        ("post voor Kerkstraat 9 K.14 graag bij de balie", "Kerkstraat 9 K.14"),
    ],
)
def test_room_with_a_dot_belongs_to_the_address(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


# --- "born" as a birth cue ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I am Priya Nair, born 03-11-1987, living in Meppel", "03-11-1987"),
        ("my son was born on 21/06/2015", "21/06/2015"),
    ],
)
def test_born_cues_a_birth_date(text: str, date: str) -> None:
    assert covered(text, date, "DATE_OF_BIRTH")


# --- a birth date asked for after another date in the same message -----------------------------


def test_birth_date_answered_after_question_with_another_date() -> None:
    texts = [
        "Uw afspraak staat op 9 maart. Wat is de geboortedatum van uw zoon?",
        "22-8-2011",
    ]
    assert ("22-8-2011", "DATE_OF_BIRTH") in chat_spans(texts, ("Ilse Bos", "Team Meppel"))[1]


def test_birth_date_given_in_the_question_is_no_question() -> None:
    texts = ["Is de geboortedatum 3-4-1960?", "12-05-2025 is de afspraak"]
    assert ("12-05-2025", "DATE_OF_BIRTH") not in chat_spans(texts, ("Ilse Bos", "Team Meppel"))[1]


# --- a firm's or a public building's name, a comma, then its address --------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("je kunt het afgeven bij Bloemenhandel Het Zonnetje, Hoofdstraat 31", "Hoofdstraat 31"),
        ("Buurthuis De Poort, Eikenlaan 2. Open vanaf negen uur", "Eikenlaan 2"),
        ("Taxi Meppel Noord, Industrieweg 14, rijdt ook zondag", "Industrieweg 14"),
    ],
)
def test_address_after_a_named_firm_and_comma_is_the_firms(text: str, address: str) -> None:
    assert not covered(text, address, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mijn buurman Jan Bakker, Kerkstraat 4", "Kerkstraat 4"),
        ("ik woon boven Snackbar De Pan, Kerkstraat 4", "Kerkstraat 4"),
    ],
)
def test_home_after_a_name_or_living_cue_stays(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


# --- a firm by its legal form, a comma, then its account --------------------------------------


def test_iban_after_a_firms_legal_form_and_comma_is_the_firms() -> None:
    text = "het gaat van de rekening van Kapsalon Knip Meppel BV, NL12INGB0001234567"
    assert not covered(text, "NL12INGB0001234567", "IBAN")


def test_own_iban_stays() -> None:
    assert covered("mijn rekening is NL12INGB0001234567", "NL12INGB0001234567", "IBAN")


# --- a household named in brackets after a house, and the street's other houses in the list ----


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        (
            "Esakker 2 (fam. Bos), Esakker 4 a en Lindeboom 3 (dhr Prins) krijgen een brief",
            ["Esakker 2", "Esakker 4 a", "Lindeboom 3"],
        ),
        ("Haakswold 17 (mevr. Timmer) belt morgen", ["Haakswold 17"]),
    ],
)
def test_house_before_a_household_in_brackets(text: str, addresses: list[str]) -> None:
    for address in addresses:
        assert covered(text, address, "ADDRESS")


# --- neighbours named by their house number alone ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("de buren van nummer 23 hebben ook last van de herrie", "nummer 23"),
        ("die van huisnummer 7 a klaagt er ook over", "huisnummer 7 a"),
        ("de bewoners op nummer 9 hebben een hond", "nummer 9"),
    ],
)
def test_neighbours_house_number_alone(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


def test_a_phone_number_said_as_nummer_is_no_house() -> None:
    text = "bel het nummer 0522 123456 van de balie"
    assert not covered(text, "0522 123456", "ADDRESS")


def test_a_thing_on_a_number_is_no_house() -> None:
    assert not covered("de container die op nummer 14 staat is vol", "nummer 14", "ADDRESS")


# --- a first name in quotes after a role word, then the surname -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mijn buurvrouw 'Truus' Visser heeft het ook gezien", "Visser"),
        ("overbuurman 'Klaas' Bos belde gisteren", "Bos"),
    ],
)
def test_surname_after_a_quoted_first_name(text: str, name: str) -> None:
    assert covered(text, name, "PERSON")


def test_possessive_firm_without_opening_quote_stays_a_firm() -> None:
    assert not covered("we eten vanavond bij Klaas' Poffertjes", "Poffertjes", "PERSON")


# --- a first name that is an everyday word, opening a sentence before a verb -------------------


@pytest.mark.parametrize(
    "text", ["Goed zo. Ben moet morgen wel zijn pas meenemen", "Wil komt om drie uur"]
)
def test_everyday_first_name_opening_a_sentence_before_a_verb(text: str) -> None:
    name = text.split(". ")[-1].split()[0]
    assert covered(text, name, "PERSON")


@pytest.mark.parametrize("text", ["Wil je morgen bellen?", "Ben je er om drie uur?"])
def test_everyday_word_before_a_pronoun_is_a_verb(text: str) -> None:
    assert not covered(text, text.split()[0], "PERSON")
