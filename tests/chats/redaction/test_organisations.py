"""Organisations, buildings, storms and ordinary words that are no person (issue 12, round 3):
Woo officers must still find a record by "De Sprong" or "Mobi Zorg"."""

import pytest

from chats.redaction import ChatContext, OrganisationContacts, detect, detect_chat


def persons(text: str, **kwargs) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, **kwargs) if s.label == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Het overleg is bij De Sprong om 10 uur",  # "De X": an ordinary word after a capital De
        "De Schakel is vanavond dicht",
        "We zitten in De Kern en daarna in Het Baken",
        "Ik heb Mobi Zorg gebeld",  # "X Zorg": an organisation word closing the name
        "Meppel Wonen komt langs voor de traplift",
        "De aanvraag ligt bij Stichting Present",  # "Stichting X"
        "De sleutel ligt bij buurthuis De Plataan",  # an institution word before the name
        "Woonconcern komt morgen kijken",  # the keep list (data/organisations.txt)
        "Ik zet het door naar Rova",
        "Dat gaat via Securitas",
        "Wij hebben Storm gehad",  # weather, not a person
        "Na storm Henk lag alles plat",
        "De Post komt retour",  # the article
    ],
)
def test_organisations_storms_and_words_are_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wethouder De Jong opent de avond", "De Jong"),
        ("Ik heb het besproken met De Haan", "De Haan"),
        ("De Boer belde vanochtend", "De Boer"),
        ("Volgens Storm is de lantaarnpaal kapot", "Storm"),
        ("Mevrouw de Sprong belde over haar uitkering", "de Sprong"),
    ],
)
def test_surnames_with_de_and_word_surnames_stay_persons(text, name):
    assert persons(text) == [name]


def test_a_participant_called_post_or_storm_is_not_the_mail_or_the_weather():
    texts = ["De Post komt retour", "Wij hebben Storm gehad", "Storm belt je morgen", "bel Post"]
    found = detect_chat(texts, participants=["Nienke Post", "Gerrit Storm"])
    got = [[t[s.start : s.end] for s in spans] for t, spans in zip(texts, found, strict=True)]
    assert got == [[], [], ["Storm"], ["Post"]]


def test_the_municipality_extends_the_keep_list():
    text = "Ik heb Tjoelke Aardema gebeld"
    assert persons(text) == ["Tjoelke Aardema"]
    context = ChatContext(organisation=OrganisationContacts.of(names=["Tjoelke Aardema"]))
    assert persons(text, context=context) == []
