"""Issue 12, round 28: the causes behind blind_text_27's misses and false hits, as general rules.

Every case is a variant written for the rule (other names, places, dates and word order);
none is a sentence of a measured set."""

import pytest

from chats.redaction import detect, detect_chat


def births(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.label == "DATE_OF_BIRTH"]


def chat_births(texts: list[str]) -> list[str]:
    last = texts[-1]
    return [last[s.start : s.end] for s in detect_chat(texts)[-1] if s.label == "DATE_OF_BIRTH"]


# --- birthdates.py: Frisian "berne" and its months; an English "birthday" ----------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("hy is 80, berne 3 maaie 1946", "3 maaie 1946"),
        ("myn mem is berne op 17 jannewaris 1939", "17 jannewaris 1939"),
        ("sy is berne 2 novimber 1950 yn Drachten", "2 novimber 1950"),
        ("his birthday 03-04-2001", "03-04-2001"),
        ("her birthday is 7 june 1988, she lives with us", "7 june 1988"),
    ],
)
def test_frisian_and_english_birth_cues(text, date):
    assert births(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "de gearkomste is op 3 maaie 2027",
        "birthday party on 03-04-2026 at the community centre",
        "the office is closed 12 june, we open again after",
    ],
)
def test_no_birth_date_without_a_birth_cue(text):
    assert births(text) == []


# --- birthdates.py: a birth question answered past the next sentence ---------------------------


@pytest.mark.parametrize(
    ("texts", "date"),
    [
        (
            ["Is zij in Meppel geboren?", "nee in Zwolle, 4 maart 1942. overleden 2 mei"],
            "4 maart 1942",
        ),
        (
            ["Please send the dates of birth of the children", "son 12/03/2015, daughter too"],
            "12/03/2015",
        ),
        (
            [
                "Mag ik de geboortedatum van u en uw man?",
                "Hendrik Mulder geboren 3-9-1946",
                "en ik ben 21 juli 1949 als dat helpt",
            ],
            "21 juli 1949",
        ),
    ],
)
def test_a_birth_question_answered(texts, date):
    assert chat_births(texts) == [date]


@pytest.mark.parametrize(
    "texts",
    [
        ["Is zij in Meppel geboren?", "ja, 4 maart 2026 is de afspraak gemaakt"],
        ["Please send the dates of the meetings", "monday 12/03/2027 works"],
        ["Mag ik de geboortedatum van u?", "3-9-1946", "en de afspraak is 21 juli 2027"],
    ],
)
def test_no_answered_birth_date_for_other_dates(texts):
    assert chat_births(texts) == []


# --- addresses.py: an unlisted word opening a street after an address word or "de" -------------


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.label == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Correspondentieadres Hiddema Sickingalaan 12, 7941 AB", "Hiddema Sickingalaan 12"),
        ("postadres Ebbinge Tjaardastraat 3", "Ebbinge Tjaardastraat 3"),
        ("ze woont op de Tjaarda Ubbenaweg 8 in Nijeveen", "Tjaarda Ubbenaweg 8"),
        ("ze woont aan de Oldenhuis Gratamaweg 8", "Oldenhuis Gratamaweg 8"),
    ],
)
def test_an_unlisted_word_opens_a_street_after_an_address_word(text, street):
    assert addresses(text) == [street]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("adres Kerkstraat 12 bij de kerk", "Kerkstraat 12"),
        ("ze woont op de Kerkstraat 8 in Nijeveen", "Kerkstraat 8"),
    ],
)
def test_no_word_before_a_plain_street(text, street):
    assert addresses(text) == [street]


def test_a_person_before_a_street_stays_apart():
    text = "meneer Bosma Kerkstraat 12 belde"
    assert "Bosma Kerkstraat 12" not in addresses(text)


# --- addresses.py: a lower-case address answering "Wat is het adres?" -------------------------


def chat_addresses(texts: list[str]) -> list[str]:
    last = texts[-1]
    return [last[s.start : s.end] for s in detect_chat(texts)[-1] if s.label == "ADDRESS"]


@pytest.mark.parametrize(
    ("answer", "street"),
    [
        ("lange vaart 23 nijeveen. aan de achterkant", "lange vaart 23"),
        ("ja, hoge weg 8", "hoge weg 8"),
        ("zomerdijk 14b meppel", "zomerdijk 14b"),
    ],
)
def test_a_lower_case_address_answers_the_question(answer, street):
    assert chat_addresses(["Goedemiddag. Wat is het adres?", answer]) == [street]


@pytest.mark.parametrize(
    "answer", ["over 2 weken, denk ik", "morgen om 3 uur", "vaart 3 keer per week"]
)
def test_no_lower_case_address_in_another_answer(answer):
    assert chat_addresses(["Goedemiddag. Wat is het adres?", answer]) == []


# --- lexicon: Frisian names of places and countries, German towns across the border -----------


def persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Us mem Geartsje Dykstra wennet no yn Snits, se komt fan Grins", "Geartsje Dykstra"),
        ("hy hat tritich jier yn Dútslân wurke, Hessel Bosma", "Hessel Bosma"),
        ("ich bin Anke Meyer aus Nordhorn, wir wohnen dort", "Anke Meyer"),
        ("Ik kin gjin Frysk skriuwe, sei Wiebe Zijlstra", "Wiebe Zijlstra"),
    ],
)
def test_frisian_and_border_places_are_no_persons(text, name):
    assert persons(text) == [name]


# --- detector.py: a general line named with its department before or after the number ---------


def phones(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.label == "PHONE"]


@pytest.mark.parametrize(
    "text",
    [
        "geef maar het algemene nummer van personeelszaken, 0522 76 41 20",
        "het centrale nummer van de bibliotheek: 0522 76 41 20",
        "dat was Marloes, 0522 76 41 20 is het algemene Wmo-loket",
        "0522 76 41 20 is de centrale zorg-balie",
    ],
)
def test_a_departments_general_line_is_no_persons(text):
    assert phones(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "het nummer van Marloes van personeelszaken is 06 12 34 56 78",
        "dat was Marloes, 06 12 34 56 78 is haar nummer",
    ],
)
def test_a_persons_number_stays(text):
    assert phones(text) == ["06 12 34 56 78"]


# --- names.py: an adjective that opens surnames ("Kleine", "Grote") alone after a title --------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mevrouw Grote belde vanochtend weer", "Grote"),
        ("ok. dhr Kleine wacht nog op antwoord", "Kleine"),
        ("bij mevr. Oude is de lift kapot", "Oude"),
        ("dhr. Grote Beverborg belt terug", "Grote Beverborg"),
    ],
)
def test_a_surname_adjective_alone_after_a_title(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize(
    "text", ["de grote zaal is vrij", "een kleine vergadering om 3 uur", "de Oude Kerk is dicht"]
)
def test_no_surname_adjective_without_a_title(text):
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Good day. I am Iryna Kovalenko from Ukraine, now in Meppel", "Iryna Kovalenko"),
        ("My wife Hanna Tesfaye comes to Netherlands next month", "Hanna Tesfaye"),
        ("hello, I am Ahmed Yilmaz, I come from Turkey", "Ahmed Yilmaz"),
    ],
)
def test_countries_in_english_are_no_persons(text, name):
    assert persons(text) == [name]
