"""Issue 12, round 35: causes behind the errors of blind_text_33, as general rules (a club or
foundation as a chat participant, nail salons and Italian eateries named as firms, insurers as
national organisations, a writer introducing themselves with "here"/"hier" by a first name or a
name in another script).

Every case is a variant written for the rule (other names, words and word order); none is a
sentence of a measured set."""

import pytest

from chats.redaction import detect_chat
from tests.chats.redaction.detected import found, found_in_chat

# --- organisations.py: a club or foundation as a participant ---------------------------------


@pytest.mark.parametrize(
    ("participant", "message", "club"),
    [
        (
            "Carnavalsvereniging De Vrolijke Kikkers",
            "Goedemiddag, namens CV De Vrolijke Kikkers vragen we een vergunning",
            "De Vrolijke Kikkers",
        ),
        (
            "Muziekvereniging Crescendo Vos",
            "Hallo, namens Crescendo Vos een vraag over het concert",
            "Crescendo Vos",
        ),
        (
            "Buurtvereniging Het Haantje",
            "Goedemorgen, wij van Het Haantje willen een buurtfeest",
            "Het Haantje",
        ),
        ("IJsclub Hoop op Zegen", "namens Hoop op Zegen: de baan gaat open", "Zegen"),
    ],
)
def test_a_club_or_foundation_as_a_participant_is_no_person(
    participant: str, message: str, club: str
) -> None:
    spans = found_in_chat([message, "Prima, ik stuur het formulier"], [participant, "Ilse Mulder"])
    assert all(club not in value for value, _ in spans[0])


def test_the_person_writing_next_to_a_club_participant_stays_a_person() -> None:
    spans = found_in_chat(
        ["Hoi Ilse, namens CV De Vrolijke Kikkers: komt het goed?", "Ja Ruud, morgen"],
        ["Carnavalsvereniging De Vrolijke Kikkers - Ruud Hekman", "Ilse Mulder"],
    )
    assert ("Ilse", "PERSON") in spans[0]
    assert ("Ruud", "PERSON") in spans[1]


def test_a_person_a_foundation_is_named_after_stays_a_person_alone() -> None:
    text = "Hoi, Hulp Anna Bos zoekt vrijwilligers. Anna Bos belt je"
    spans = detect_chat([text], participants=["Stichting Hulp Anna Bos", "Ilse Mulder"])[0]
    assert any(s.label == "PERSON" and s.start == text.rindex("Anna Bos") for s in spans)


# --- names.py: nail salons and Italian eateries ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("She works at Lucky Nails now", "Lucky Nails"),
        ("afspraak gemaakt bij Bella Nails op de Kerkstraat", "Bella Nails"),
        ("we eten vanavond bij Trattoria Romano", "Trattoria Romano"),
        ("we aten bij Osteria Bruno", "Osteria Bruno"),
    ],
)
def test_a_nail_salon_or_an_italian_eatery_is_no_person(text: str, firm: str) -> None:
    assert all(firm not in value and value not in firm for value, _ in found(text))


def test_a_person_beside_a_nail_salon_stays_a_person() -> None:
    text = "Mevrouw Sanne Kok van Lucky Nails belde"
    assert ("Sanne Kok", "PERSON") in found(text)


# --- data/organisations.txt: insurers ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "verzekerd bij Allianz, polisnummer AB-1234",
        "yes, Generali. the driver was my uncle",
        "Allianz heeft de schade nog niet betaald",
    ],
)
def test_an_insurer_is_no_person(text: str) -> None:
    assert not [value for value, label in found(text) if label == "PERSON"]


# --- names.py: "<name> here." ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi! Олена here, my son is sick", "Олена"),
        ("Добрий день. Тарас here. We need a parking permit", "Тарас"),
        ("Goedenavond. Ολγα here, question", "Ολγα"),
        ("Dobry wieczor. Наталія here.", "Наталія"),
    ],
)
def test_a_name_in_another_script_before_here_is_a_person(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)


@pytest.mark.parametrize(
    "text",
    ["Everything OK? Quiet here.", "Nobody here. Parking here is free", "Busy here!"],
)
def test_an_english_word_before_here_is_no_person(text: str) -> None:
    assert not found(text)
