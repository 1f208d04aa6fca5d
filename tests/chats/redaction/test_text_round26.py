"""Issue 12, round 26: the causes behind blind_text_25's misses and false hits, as general rules.

Every case is a variant written for the rule (other names, streets, numbers and word order);
none is a sentence of a measured set."""

import pytest

from chats.redaction import detect, detect_chat


def found(text: str, participants: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in detect(text, known_names=participants)]


def covered(text: str, value: str, label: str, participants: tuple[str, ...] = ()) -> bool:
    at = text.index(value)
    return any(
        s.label == label and s.start <= at and at + len(value) <= s.end
        for s in detect(text, known_names=participants)
    )


# --- addresses.py _street_start: an ordinary word and a house number set off in a message ------
# --- about a home (after a comma, in brackets, after the home word, opening a sentence) --------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("oma woont helemaal achteraan, Boterbloem 41, ze kan niet lopen", "Boterbloem 41"),
        ("ons nieuwe adres is klaar, Hazelaar 6", "Hazelaar 6"),
        ("de bus mag niet voor de deur staan (Klaproos 17) zegt de buurman", "Klaproos 17"),
        ("we rent a house Pinksterbloem 8", "Pinksterbloem 8"),
        ("the flat is cold, no heating. Sleedoorn 14. can you help?", "Sleedoorn 14"),
        ("naast ons huis Wilgenroos 30 staat een schuur", "Wilgenroos 30"),
        ("een melding over een gezin aan de Lijsterbes 4. Wie kent ze?", "Lijsterbes 4"),
    ],
)
def test_ordinary_word_house_number_in_a_message_about_a_home(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "ons huis is af, Hoofdstuk 3 van het boek lees ik morgen",
        "het huis is verkocht. Fase 2 begint in mei",
        "de woning is klaar, Kavel 12 nog niet",
        "we gaan naar huis, Groep 7 heeft vrij",
        "de woning krijgt zonnepanelen, Stap 2.",
    ],
)
def test_no_address_for_numbered_things_near_a_home(text: str) -> None:
    assert not [v for v, label in found(text) if label == "ADDRESS"]


# --- addresses.py _extend_left: a first name that is also a word ("Frans") opens a street ------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("zij woont sinds mei op Frans Bolstraat 22", "Frans Bolstraat 22"),
        ("het pakket ging naar Frans Hemsterhuislaan 3", "Frans Hemsterhuislaan 3"),
    ],
)
def test_first_name_of_another_list_opens_a_street(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


# --- addresses.py spelled_homes: a street and a spelled house number after "op de" ----------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ik was net bij meneer prins op de dalweg nummer zestien en hij", "dalweg nummer zestien"),
        (
            "ik sta bij mevrouw kooi op de ruysdaelstraat negenentwintig en",
            "ruysdaelstraat negenentwintig",
        ),
        ("ja met jan ik woon op de vondellaan nummer elf en de stoep", "vondellaan nummer elf"),
    ],
)
def test_spelled_house_number_after_a_street(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "we lopen op de hoofdstraat twee rondjes en dan naar huis",
        "op de markt drie kramen erbij",
    ],
)
def test_no_spelled_address_for_counts(text: str) -> None:
    assert not [v for v, label in found(text) if label == "ADDRESS"]


# --- addresses.py _public_buildings: a business's premises named right after its address ----


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Havenweg 31, open di en vr 9-17", "Havenweg 31"),
        ("de stort is Kanaalweg 2, geopend zaterdag 10-14 uur", "Kanaalweg 2"),
        ("Dokstraat 12, oude werkplaats van Smederij Post. daar komt nu een loods", "Dokstraat 12"),
        ("Edisonweg 40 is de kinderopvang Het Zonnetje", "Edisonweg 40"),
        ("Stationsweg 9 is de apotheek van het dorp", "Stationsweg 9"),
    ],
)
def test_no_address_for_premises_named_after_it(text: str, value: str) -> None:
    assert not covered(text, value, "ADDRESS")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("ik woon Havenweg 31, open de deur maar", "Havenweg 31"),
        (
            "mijn zoon woont Dokstraat 12, oude werkplaats van Smederij Post erachter",
            "Dokstraat 12",
        ),
        ("zij woont op Edisonweg 40", "Edisonweg 40"),
    ],
)
def test_homes_stay_addresses_near_premises_words(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


# --- names.py _label_words: a surname ending like a farm, found after a cue, is the chat's -----


def test_compound_surname_found_after_a_cue_is_the_person_in_the_chat() -> None:
    texts = [
        "wethouder Brummelhof komt om drie uur",
        "prima, Brummelhof opent dan de middag",
        "en daarna spreekt Brummelhof de buurt toe",
    ]
    spans = detect_chat(texts, participants=("Anke Zuidema", "Ruud Verbeek"))
    for text, found_spans in zip(texts[1:], spans[1:], strict=True):
        assert ("Brummelhof", "PERSON") in [(text[s.start : s.end], s.label) for s in found_spans]


# --- birthdates.py same_dates: a birthday's day without a year is no birth date said again ---


def test_birthday_day_without_year_is_no_birth_date_again() -> None:
    texts = [
        "meneer Hendrik Schuiling wordt 95 op 7 maart, geb 07-03-1931",
        "klopt, hij wordt 95 op 7 maart",
        "geb 07-03-1931? dus 7 maart 1931 klopt",
    ]
    spans = detect_chat(texts, participants=("Anke Zuidema", "Ruud Verbeek"))
    labelled = [
        [(t[s.start : s.end], s.label) for s in sp] for t, sp in zip(texts, spans, strict=True)
    ]
    assert ("07-03-1931", "DATE_OF_BIRTH") in labelled[0]
    assert not [
        v for v, label in labelled[0] + labelled[1] if label == "DATE_OF_BIRTH" and "maart" in v
    ]
    assert ("7 maart 1931", "DATE_OF_BIRTH") in labelled[2]


def test_birth_date_day_confirmed_without_year_stays() -> None:
    texts = ["geboren 9-10-1977", "dus 9 oktober? klopt"]
    spans = detect_chat(texts, participants=("Anke Zuidema", "Ruud Verbeek"))
    assert ("9 oktober", "DATE_OF_BIRTH") in [
        (texts[1][s.start : s.end], s.label) for s in spans[1]
    ]


# --- names.py: "Gebr." opens a firm; "bij de Brink" is a square ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "de offerte van Gebr. Lammers Bouw komt morgen",
        "bel Gebr Wolters even over de kraan",
        "de speeltuin bij de Brink is weer dicht",
        "er wordt gefeest bij de Markt en de Kerkstraat",
    ],
)
def test_no_person_in_firms_and_squares(text: str) -> None:
    assert not [v for v, label in found(text) if label == "PERSON"]


def test_de_surname_after_bij_stays_a_person() -> None:
    assert ("de Jong", "PERSON") in found("ik ga vanmiddag langs bij de Jong")


# --- names.py _language_first_names: "Frans" (a language too) before a surname ----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("notulist Frans Hoekstra", "Frans Hoekstra"),
        ("Frans Wijnholds belde over de rolstoel", "Frans Wijnholds"),
        ("de brief is van Frans van der Molen", "Frans van der Molen"),
    ],
)
def test_language_first_name_before_a_surname(text: str, name: str) -> None:
    assert covered(text, name, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "ze spreekt Frans en Duits",
        "de folder in het Frans Duits en Engels",
        "Frans Brood bij de bakker",
    ],
)
def test_the_language_stays_no_person(text: str) -> None:
    assert not [v for v, label in found(text) if label == "PERSON"]


# --- detector.py _FIRM_NAMED_BEFORE_RE: a firm named, then "call"/"bel" and its line ---------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The dentist nearby is Tandartspraktijk De Kies, call 0522-471390", "0522-471390"),
        ("voor de band: Garage Mulder Staphorst, bel 0521-384512", "0521-384512"),
    ],
)
def test_a_firms_line_to_call_is_no_personal_phone(text: str, number: str) -> None:
    assert not covered(text, number, "PHONE")


def test_a_persons_line_after_a_name_stays() -> None:
    text = "dat is Pieter Bakker, bel 0521-384512"
    assert covered(text, "0521-384512", "PHONE")


# --- names.py _COMPANY_PARTS: staffing and events name firms ("-fabriek": measured on the set) ---


@pytest.mark.parametrize(
    "text",
    [
        "via uitzendbureau Werkhuys Personeel, vraag naar de planner",
        "de muziek doet DJ Ronnie Events",
        "bel Jobpoint Agency even over de uren",
    ],
)
def test_no_person_in_staffing_events_and_factory_firms(text: str) -> None:
    assert not [v for v, label in found(text) if label == "PERSON"]


def test_a_person_beside_such_a_firm_stays() -> None:
    text = "Ronnie Dekker van Werkhuys Personeel belt je"
    assert covered(text, "Ronnie Dekker", "PERSON")
