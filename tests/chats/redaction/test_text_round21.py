"""Issue 12, round 21: the causes behind blind_text_20's false hits and misses, as general rules.

Every case is a variant written for the rule (other names, streets, numbers and word order);
none is a sentence of a measured set."""

import pytest

from chats.redaction import detect


def found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in detect(text)]


def touched(text: str, value: str) -> bool:
    at = text.index(value)
    return any(s.start < at + len(value) and at < s.end for s in detect(text))


def covered(text: str, value: str, label: str) -> bool:
    at = text.index(value)
    return any(
        s.label == label and s.start <= at and at + len(value) <= s.end for s in detect(text)
    )


# --- the address of a shop, firm or club building is the business's, nobody's home ---------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("haar zaak zit op de Brouwersstraat 14, ze woont in Zwolle", "Brouwersstraat 14"),
        ("zijn kapsalon is Kerkstraat 3", "Kerkstraat 3"),
        ("stuur de factuur naar het bedrijf, Zuideinde 71", "Zuideinde 71"),
        ("de werkplaats staat aan de Ambachtsweg 6", "Ambachtsweg 6"),
        ("Mag hij een bord plaatsen bij Prinsengracht 40, zijn zaak?", "Prinsengracht 40"),
        ("Dat is Grote Oever 12, het pand van Bakkerij Smit", "Grote Oever 12"),
        ("ze willen water tappen bij Dolderweg 5, de kantine", "Dolderweg 5"),
        ("Parallelweg 8 is gewoon hun bedrijfspand", "Parallelweg 8"),
        ("Blankenstein 210 is hun winkel, sinds maart", "Blankenstein 210"),
    ],
)
def test_business_premises_are_kept(text, address):
    assert not touched(text, address), found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("hij woont boven zijn winkel, Kerkstraat 3", "Kerkstraat 3"),
        ("haar woning is Brouwersstraat 14, naast de winkel", "Brouwersstraat 14"),
        ("De klager woont op Zuideinde 71", "Zuideinde 71"),
        ("Zijn winkel is dicht, hij woont Prinsengracht 40", "Prinsengracht 40"),
    ],
)
def test_homes_near_business_words_stay_redacted(text, address):
    assert covered(text, address, "ADDRESS"), found(text)


# --- a lone surname named as the firm a trade asks for, or listed among businesses ---------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("De aannemer is Dijkstra, ze beginnen in maart", "Dijkstra"),
        ("Installateur is Kuipers volgens de planning", "Kuipers"),
        ("Welke zorgaanbieder, Zorgkracht of Brouwer?", "Brouwer"),
        ("Leveranciers: Jansen, Mulder en Groothandel Bos", "Mulder"),
        ("Leveranciers: Jansen, Mulder en Groothandel Bos", "Jansen"),
        ("de vervoerders zijn Hoekstra en Taxi Meppel", "Hoekstra"),
        ("Hotel Post, Van der Veen en Restaurant De Molen", "Van der Veen"),
        ("Snackbar Bos, Cafetaria Smit, Van Dijk", "Van Dijk"),
        ("Gezinshuis De Wilg heeft nog plek", "Wilg"),
    ],
)
def test_firms_named_by_a_surname_are_kept(text, firm):
    assert not touched(text, firm), found(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("De aannemer is Jan Dijkstra, hij belt morgen", "Jan Dijkstra"),
        ("Hotel Post, daar werkt Mulder", "Mulder"),
        ("Installateur is Kuipers, zegt Anja Mulder", "Anja Mulder"),
        ("de aannemer van Dijkstra heeft gebeld", "Dijkstra"),
        ("aannemer Bouwman belde net", "Bouwman"),
    ],
)
def test_persons_beside_firms_stay_redacted(text, person):
    assert covered(text, person, "PERSON"), found(text)


# --- an organisation's line: its secretariat, a number given "als bedrijfsnummer", a firm calling


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("0521 36 44 00 (secretariaat van de ijsclub)", "0521 36 44 00"),
        ("Bel 0522-71 80 90, dat is hun secretariaat", "0522-71 80 90"),
        ("0528 11 22 33 (administratie Harmonie)", "0528 11 22 33"),
        ("op het formulier staat 0521 44 55 66 als bedrijfsnummer", "0521 44 55 66"),
        ("hij gaf 0521 12 34 56 op als winkelnummer", "0521 12 34 56"),
        ("Natuursteen De Groot belde vanaf 0522-44 10 10 over de steen", "0522-44 10 10"),
        ("Steenhouwerij Mulder heeft gebeld vanaf 0521 30 20 10", "0521 30 20 10"),
    ],
)
def test_organisations_lines_are_kept(text, number):
    assert not touched(text, number), found(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("op het formulier staat 06 12 34 56 78 als privénummer", "06 12 34 56 78"),
        ("Piet de Groot belde vanaf 0522-44 10 10 over de steen", "0522-44 10 10"),
        ("0521 36 44 00 (mobiel van de voorzitter)", "0521 36 44 00"),
    ],
)
def test_persons_lines_stay_redacted(text, number):
    assert covered(text, number, "PHONE"), found(text)


# --- events named by a compound: a place or river + "pop", a feast + "intocht", "... dagen 2027" --


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Hoe ging Reestpop, Anna?", "Reestpop"),
        ("Wie regelt de hekken voor Wold-Aapop dit jaar?", "Aapop"),
        ("kees, Lampionnenoptocht was gezellig", "Lampionnenoptocht"),
        ("ok Marieke, Paasintocht begint om tien uur", "Paasintocht"),
        ("Vergunning Drentsfeest loopt nog", "Drentsfeest"),
        ("2. Havelter Kermisdagen 2026", "Havelter Kermisdagen 2026"),
        ("Agenda: Nijeveense Feestdagen 2027 en de markt", "Nijeveense Feestdagen 2027"),
    ],
)
def test_events_are_kept(text, event):
    assert not touched(text, event), found(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Hoe ging Reestpop, Anna?", "Anna"),
        ("kees, Lampionnenoptocht was gezellig", "kees"),
        ("Hij woont op de Kermisweg 12", "Kermisweg 12"),
    ],
)
def test_people_and_homes_beside_events_stay_redacted(text, person):
    label = "ADDRESS" if any(c.isdigit() for c in person) else "PERSON"
    assert covered(text, person, label), found(text)


# --- a car named by its make (and model) before its plate; a make and model number is no address -


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("- Sietske Mulder, Peugeot 208, AM-34-09", "AM-34-09"),
        ("Ze rijdt in een Renault Clio: RE-55-10", "RE-55-10"),
        ("Volkswagen Polo AE-07-31 stond er weer", "AE-07-31"),
    ],
)
def test_plates_after_a_make_are_found(text, plate):
    assert covered(text, plate, "LICENSE_PLATE"), found(text)


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Het was een blauwe Fiat 500, geen idee van wie", "Fiat 500"),
        ("er stond een Peugeot 208 voor de deur", "Peugeot 208"),
    ],
)
def test_a_make_and_model_number_is_no_address(text, model):
    assert not touched(text, model), found(text)


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("- els de wit, Fiat 500, 12-KLN-3", "Fiat 500"),
        ("- Piet Bos, Peugeot 208, 76-HB-81", "Peugeot 208"),
    ],
)
def test_a_make_and_model_in_a_data_list_is_no_address(text, model):
    assert not touched(text, model), found(text)


# --- a birth-date label, then a long phrase and a colon before the date ---------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Geboortedatum van mevrouw voor het formulier bij de Voedselbank Meppel: 3 mrt 1967",
            "3 mrt 1967",
        ),
        (
            "geb.datum van de jongste zoon voor de inschrijving bij de school: 12-04-2016",
            "12-04-2016",
        ),
    ],
)
def test_a_labelled_birth_date_after_a_long_phrase(text, date):
    assert covered(text, date, "DATE_OF_BIRTH"), found(text)


def test_a_label_with_another_event_is_no_birth_date():
    text = "Geboortedatum hebben we, maar de afspraak bij de Voedselbank staat op: 3 maart 2027"
    assert not touched(text, "3 maart 2027"), found(text)


# --- a full date, then where the person lives: a birth date in a list of someone's data ----------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("14-06-1988, woont Lindenlaan 3 met haar zoon", "14-06-1988"),
        ("zoontje 03/11/2019, woonachtig aan de Eikenweg 8", "03/11/2019"),
    ],
)
def test_a_date_before_where_someone_lives_is_a_birth_date(text, date):
    assert covered(text, date, "DATE_OF_BIRTH"), found(text)


def test_a_recent_date_before_where_someone_lives_is_no_birth_date():
    text = "Sinds 01-03-2026, woont hij in de Eikenweg"
    assert not touched(text, "01-03-2026"), found(text)


# --- someone who calls back "via" a landline calls from their own number -------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("de Vries belt meestal terug via 0521-38 12 77", "0521-38 12 77"),
        ("Ik bel de melder morgen terug via 0522 45 67 12", "0522 45 67 12"),
    ],
)
def test_a_call_back_via_a_landline_is_personal(text, number):
    assert covered(text, number, "PHONE"), found(text)
