"""Issue 12, round 27: the causes behind blind_text_26's misses and false hits, as general rules.

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


def labels(text: str, label: str) -> list[str]:
    return [v for v, found_label in found(text) if found_label == label]


# --- detector.py: a name's parts found apart (first names, and a surname that is an everyday --
# --- word the chat knows as a person) are one name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "participants"),
    [
        ("Johannes Albertus Boom, geboren 11-08-1938", "Johannes Albertus Boom", ("Hendrik Boom",)),
        ("Het gaat om Gerrit Jan Boom uit Nijeveen", "Gerrit Jan Boom", ("Anna Boom", "Kees Dijk")),
        ("Wilhelmina Johanna Visser is mijn moeder", "Wilhelmina Johanna Visser", ("Piet Visser",)),
        ("mijn opa Hendrik Vos overleed vorige week", "Hendrik Vos", ("Sanne Vos",)),
    ],
)
def test_first_names_and_a_known_surname_are_one_name(
    text: str, name: str, participants: tuple[str, ...]
) -> None:
    assert covered(text, name, "PERSON", participants)


def test_a_full_name_before_another_name_is_not_joined() -> None:
    text = "ik zag Piet van Dijk Kees en Anna gisteren"
    spans = [v for v, label in found(text, ("Anna van Dijk", "Kees Boom")) if label == "PERSON"]
    assert "Piet van Dijk Kees" not in spans
    assert "Piet van Dijk" in spans


def test_names_apart_stay_apart() -> None:
    text = "Johannes, Boom en Kees zijn er morgen"
    spans = [v for v, label in found(text, ("Hendrik Boom",)) if label == "PERSON"]
    assert "Johannes, Boom" not in spans
    assert "Boom en Kees" not in spans


# --- birthdates.py: a date answering an English question for the birth date ---------------------


@pytest.mark.parametrize(
    ("question", "answer", "date"),
    [
        ("Thank you. Your date of birth?", "23.07.1988", "23.07.1988"),
        ("Please send me your birthdate", "4-11-1987", "4-11-1987"),
        ("And what is his date of birth please?", "it is 12/03/1979", "12/03/1979"),
    ],
)
def test_date_answering_an_english_question_is_a_birth_date(
    question: str, answer: str, date: str
) -> None:
    spans = detect_chat([question, answer])[1]
    assert any(answer[s.start : s.end] == date and s.label == "DATE_OF_BIRTH" for s in spans)


def test_date_answering_an_english_appointment_question_is_no_birth_date() -> None:
    spans = detect_chat(["Which date suits you for the appointment?", "14.09.2027"])[1]
    assert not [s for s in spans if s.label == "DATE_OF_BIRTH"]


# --- birthdates.py: "geboortedatum" opens a long sentence that ends in the date ----------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "geboortedatum van kuiper klopt niet in het systeem, zij zegt zelf 3 april 1951",
            "3 april 1951",
        ),
        (
            "De geboortedatum van mevrouw staat verkeerd in ons systeem, het moet 14-02-1949 zijn",
            "14-02-1949",
        ),
        (
            "zijn geboortedatum is bij de inschrijving fout overgenomen, hij meldt nu 7 juli 1963",
            "7 juli 1963",
        ),
    ],
)
def test_birth_date_far_after_geboortedatum(text: str, date: str) -> None:
    assert covered(text, date, "DATE_OF_BIRTH")


@pytest.mark.parametrize(
    "text",
    [
        "geboortedatum van de aanvrager staat goed in het systeem, de afspraak is op 19 mei 2027",
        "geboortedatum klopt, het bericht is verstuurd. Op 3 april 1998 kwam de eerste brief",
    ],
)
def test_no_birth_date_after_geboortedatum_of_another_event(text: str) -> None:
    assert not labels(text, "DATE_OF_BIRTH")


# --- detector.py: an organisation's line named around the number --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dan bel je 0521-340 200, dat is de algemene lijn",
        "bel 0522-459 900, is de centrale lijn",
        "het algemene nummer blijft 0528-337 100?",
        "het algemene nummer wordt 0522 271 000",
        "0522-278 300, dat is het kerkkantoor",
        "0521 512 400 is het wijkkantoor",
        "Ik ben Marloes van het Wmo-loket, bel gerust: 0522-459 311",
        "groet, Kees van het Zorgloket. bel ons op 0521 340 222",
        "Jaap hier, nieuw nummer op de afdeling: 0522-459 214",
        "het nummer van de afdeling is nu 0528 337 450",
    ],
)
def test_organisations_line_named_around_it(text: str) -> None:
    assert not labels(text, "PHONE")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ja. nummer staat in de zaak: 0522-471 377", "0522-471 377"),
        ("haar nummer staat in het dossier: 0521 362 108", "0521 362 108"),
        ("Ik ben Marloes van het Wmo-loket, mijn eigen nummer is 06-41237788", "06-41237788"),
        ("mijn nieuwe nummer is 0522-471 918, dat is mijn eigen lijn", "0522-471 918"),
    ],
)
def test_persons_line_stays(text: str, number: str) -> None:
    assert covered(text, number, "PHONE")


# --- addresses.py/places.py: a postbus one sends something to is an organisation's ---------------


@pytest.mark.parametrize(
    "text",
    [
        "U kunt het formulier sturen naar Postbus 501, 7940 AM Meppel",
        "per brief aan Postbus 10007, 8000 GA Zwolle",
        "stuur de pas op naar postbus 88 7940 AB Meppel",
        "bezwaar schriftelijk naar Antwoordnummer 1234, 7940 VB Meppel",
    ],
)
def test_postbus_to_send_to_is_no_home(text: str) -> None:
    found_labels = {label for _, label in found(text)}
    assert "ADDRESS" not in found_labels
    assert "POSTCODE" not in found_labels


def test_postbus_given_as_someones_postal_address_stays() -> None:
    text = "Nieuw postadres: Postbus 123, 7940 AC Meppel"
    assert covered(text, "7940 AC", "POSTCODE")


# --- places.py: a four-digit number in a list with "en" is no postcode ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3 bomen moeten eruit. boom 2217, 2218 en 2220",
        "lantaarnpaal 1203, 1204 en 1207 zijn stuk",
        "de nummers 5511, 5512 of 5518 graag",
    ],
)
def test_number_in_a_list_is_no_postcode(text: str) -> None:
    assert not labels(text, "POSTCODE")


def test_postcode_with_word_letters_in_an_address_stays() -> None:
    text = "Tulpstraat 14, 7941 en Meppel"
    assert covered(text, "7941 en", "POSTCODE")


# --- detector.py: an organisation's account named before or after the number ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "€ 30 per jaar naar de rekening van Tennisvereniging De Lob, NL03RABO0312456789",
        "contributie naar rekening van Speeltuinvereniging Zuid: NL67INGB0006543210",
        "€ 2.500 naar NL91ABNA0417164300, hun zakelijke rekening",
        "borg terug naar NL12TRIO0198765432 (de zakelijke rekening)",
    ],
)
def test_organisations_account_named_around_it(text: str) -> None:
    assert not labels(text, "IBAN")


@pytest.mark.parametrize(
    "text",
    [
        "€ 2.500 naar NL91ABNA0417164300, zijn eigen rekening",
        "naar de rekening van Kees, NL03RABO0312456789",
    ],
)
def test_persons_account_stays(text: str) -> None:
    assert labels(text, "IBAN")


# --- not_names: English words -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Your date of birth?", "Place of birth and nationality please", "Date of birth: unknown"],
)
def test_english_birth_is_no_name(text: str) -> None:
    assert not labels(text, "PERSON")


# --- names.py: the initials of a chat's double first name that spell a word are no short form ---


@pytest.mark.parametrize(
    "text", ["Ja, bij de balie in het gemeentehuis", "Ja, dat klopt", "Ja. Tot morgen"]
)
def test_initials_that_spell_a_reply_are_no_name(text: str) -> None:
    assert not labels_with(text, "PERSON", ("Johannes Albertus Boom",))


def test_initials_in_capitals_stay_a_name() -> None:
    assert covered("JA, kun jij dit doen?", "JA", "PERSON", ("Johannes Albertus Boom",))


def labels_with(text: str, label: str, participants: tuple[str, ...]) -> list[str]:
    return [v for v, found_label in found(text, participants) if found_label == label]


# --- names.py: a strong role word said of a capitalised name ("Wijkagent is ...") ---------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Melding staat erin. Wijkagent is Hilbrand Sikkema", "Hilbrand Sikkema"),
        ("De wijkagent is Gerlof Sikkema", "Gerlof Sikkema"),
        ("de notaris was Meulenbelt, die heeft het getekend", "Meulenbelt"),
        ("Onze huisarts is Tjalling Wiersma", "Tjalling Wiersma"),
    ],
)
def test_name_after_role_and_is(text: str, name: str) -> None:
    assert covered(text, name, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "de wijkagent is Nederlander en spreekt Pools",
        "de wethouder is er niet vandaag",
        "de huisarts is Maandag pas weer open",
    ],
)
def test_no_name_after_role_and_is(text: str) -> None:
    assert not labels(text, "PERSON")
