"""Issue 12, round 24: the causes behind blind_text_23's misses and false hits, as general rules.

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


def chat_spans(texts: list[str], participants: tuple[str, ...]) -> list[list[tuple[str, str]]]:
    return [
        [(text[s.start : s.end], s.label) for s in spans]
        for text, spans in zip(texts, detect_chat(texts, participants=participants), strict=True)
    ]


# --- names.py _clipped_first_names: a clipped first name addressed inside the message ---------


@pytest.mark.parametrize(
    ("text", "clip", "participants"),
    [
        (
            "dat zet ik in het verslag. marl jij belt de aannemer?",
            "marl",
            ("Marleen Vos", "Ed Kok"),
        ),
        ("ok sas dan mail ik de bewoner", "sas", ("Saskia Ruiter", "Ed Kok")),
        ("top. bas jij neemt het over?", "bas", ("Bastiaan Mol", "Ed Kok")),
        ("ok fe ik pak het op", "fe", ("Femke Dijk", "Ed Kok")),
        ("fe er ligt een klacht over de bushalte", "fe", ("Femke Dijk", "Ed Kok")),
    ],
)
def test_clipped_first_name_addressed_mid_message(
    text: str, clip: str, participants: tuple[str, ...]
) -> None:
    assert covered(text, clip, "PERSON", participants)


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("ok dan ik bel hem", ("Danielle Mol", "Ed Kok")),
        ("ja er is een melding", ("Jasper Mol", "Ed Kok")),
        ("ok al je spullen mee", ("Albert Mol", "Ed Kok")),
    ],
)
def test_words_that_begin_a_first_name_are_no_clip(
    text: str, participants: tuple[str, ...]
) -> None:
    assert not [v for v, label in found(text, participants) if label == "PERSON"]


# --- names.py _subject_of_a_verb: more verbs after an everyday-word first name ---------------


@pytest.mark.parametrize(
    "text",
    [
        "de bus is vol. Ben rijdt morgen de tweede ronde",
        "klaar. Ben gaat de sleutels ophalen",
        "Wil doet de kassa vandaag",
    ],
)
def test_everyday_first_name_before_a_verb_of_doing(text: str) -> None:
    name = text.split(". ")[-1].split()[0]
    assert covered(text, name, "PERSON", ("Ben Scholten", "Wil Mulder", "Ed Kok"))


def test_verb_ben_before_a_pronoun_stays() -> None:
    assert found("Ben je morgen op kantoor?", ("Ben Scholten", "Ed Kok")) == []


# --- names.py _opening_name_before_topic: a participant's first name, then "de/het ..." --------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("henry de Kerstmarkt op het plein, wie regelt de stroom?", "henry"),
        ("mark het verslag van dinsdag staat online", "mark"),
    ],
)
def test_opening_first_name_before_an_article(text: str, name: str) -> None:
    assert covered(text, name, "PERSON", ("Henry Bos", "Mark Smit", "Ed Kok"))


# --- names.py _cultivar_tokens: a plant's genus before its species or cultivar -----------------


@pytest.mark.parametrize(
    ("text", "genus"),
    [
        ("de nieuwe bomen worden Tilia cordata", "Tilia"),
        ("we planten Rosa 'Bonica' in het perk", "Rosa"),
        ("ja Acer campestre, die kan tegen droogte", "Acer"),
    ],
)
def test_plant_genus_is_no_person(text: str, genus: str) -> None:
    assert (genus, "PERSON") not in found(text)


def test_first_name_of_a_genus_still_a_person() -> None:
    assert covered("Rosa belt je morgen terug", "Rosa", "PERSON", ("Rosa Kuipers", "Ed Kok"))


# --- addresses.py _spelled_homes: a house number written out in words (a transcribed voice note)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "voice: ik woon op de beukenlaan drieëntwintig en de lamp is kapot",
            "beukenlaan drieëntwintig",
        ),
        ("mijn vader woont aan de Molenstraat twaalf b", "Molenstraat twaalf b"),
        ("zij woont op de esakker honderdvier sinds mei", "de esakker honderdvier"),
    ],
)
def test_house_number_in_words_after_living_cue(text: str, address: str) -> None:
    assert covered(text, address, "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "de buurvrouw van nummer zeventien heeft het gezien",
        "voice: mijn buurman henk van nummer zeventien zag het ook",
    ],
)
def test_neighbours_number_in_words(text: str) -> None:
    assert covered(text, "nummer zeventien", "ADDRESS")


@pytest.mark.parametrize(
    "text",
    [
        "ik woon op de camping twee weken per jaar",
        "we wonen aan de overkant een paar jaar",
        "het huis van nummer zeven is te koop bij de makelaar",
    ],
)
def test_number_words_that_are_no_house_number(text: str) -> None:
    assert [label for _, label in found(text) if label == "ADDRESS"] == []


# --- detector.py Detector._firms_account via _body_account_named: a body's account by word ------


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("de verenigingsrekening graag. die is NL20INGB0001234567", "NL20INGB0001234567"),
        ("betaal maar op NL44RABO0123456789 van de BV", "NL44RABO0123456789"),
        ("graag storten op NL44RABO0123456789 van de stichting, dank", "NL44RABO0123456789"),
    ],
)
def test_account_of_a_body_named_by_its_kind(text: str, iban: str) -> None:
    assert not covered(text, iban, "IBAN")


def test_private_account_after_a_body_account_stays() -> None:
    text = "niet de clubrekening maar zijn eigen: NL20INGB0001234567"
    assert covered(text, "NL20INGB0001234567", "IBAN")


# --- detector.py Detector._general_number via _line_is_of_a_place: "<place> (zelf) is <number>"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("zijn mobiel weet ik niet, de kapsalon is 0521-381 922", "0521-381 922"),
        ("Bakkerij Stoker algemeen is 0522 24 18 30", "0522 24 18 30"),
        ("dat is haar eigen nummer, het buurthuis zelf is 0522-257700", "0522-257700"),
        ("bel me gerust, 0522 84 21 07 is mijn vaste lijn op het gemeentehuis", "0522 84 21 07"),
    ],
)
def test_landline_of_a_place_said_so(text: str, number: str) -> None:
    assert not covered(text, number, "PHONE")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Anouk zelf is 0522-257700 overdag", "0522-257700"),
        ("de winkel is dicht, bel mij op 06-48120937", "06-48120937"),
        ("0522 84 21 07 is mijn vaste lijn thuis", "0522 84 21 07"),
    ],
)
def test_a_persons_line_stays(text: str, number: str) -> None:
    assert covered(text, number, "PHONE")


# --- addresses.py _house_range: "1 t/m 89" is a stretch of a street, no one's home -----------


@pytest.mark.parametrize(
    "text",
    [
        "de brief gaat naar Kerkweg 2 t/m 40",
        "afsluiting Hoofdstraat 11 tot en met 57 op zaterdag",
    ],
)
def test_house_number_range_is_no_address(text: str) -> None:
    assert [label for _, label in found(text) if label == "ADDRESS"] == []


@pytest.mark.parametrize(
    "text",
    [
        "het moet op mijn zakelijke rekening, die is NL20INGB0001234567",
        "mijn bedrijfsrekening van de zaak is NL20INGB0001234567",
        "graag op NL20INGB0001234567 van de zaak, ik ben zzp'er",
    ],
)
def test_sole_traders_account_stays(text: str) -> None:
    assert covered(text, "NL20INGB0001234567", "IBAN")
