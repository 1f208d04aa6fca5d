"""Review of this session's "not a person" rules: residents' names they let through.

Lower-case Drents "mien" before a word that is no noun is the first name Mien, not "my"
("heb mien gisteren gesproken"); a surname that is also a word after "team" or "ploeg" is the
family or the person, not a crew ("gesproken met team Visser"). Each name here was not redacted
on main ab917da4."""

import pytest

from chats.redaction import detect


def covered(text: str, value: str) -> bool:
    at = text.index(value)
    return any(
        s.label == "PERSON" and s.start <= at and at + len(value) <= s.end for s in detect(text)
    )


def redacted(text: str, value: str) -> bool:
    at = text.index(value)
    return any(s.start < at + len(value) and at < s.end for s in detect(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("heb mien gisteren gesproken", "mien"),
        ("ik heb mien even gebeld over de brief", "mien"),
        ("Ik ga mien straks bellen.", "mien"),
        ("ik ga mien bellen", "mien"),
        ("gisteren mien nog gesproken, ze komt", "mien"),
    ],
)
def test_lower_case_mien_before_no_noun_is_the_person(text, name):
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # guards: a noun after the possessive stays "my", "your", "his"
        ("mien fiets is gestolen", "mien"),
        ("mien buurman zegt dat het lekt", "mien"),
        ("mien kinderen komen morgen", "mien"),
        ("dien broer belt je terug", "dien"),
        ("zien vrouw is ziek", "zien"),
        ("mien telefoon is stuk", "mien"),
    ],
)
def test_low_saxon_possessive_before_a_noun_stays_unredacted(text, word):
    assert not redacted(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gesproken met team Visser over de container.", "Visser"),
        ("team Bakker komt morgen langs", "Bakker"),
        ("team Molenaar belt je terug", "Molenaar"),
        ("De ploeg Smit heeft het gras gemaaid.", "Smit"),
        ("Gebeld met team Mulder, ze zijn het eens.", "Mulder"),
    ],
)
def test_surname_after_team_stays_a_person(text, name):
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "crew"),
    [
        # guards: a crew named by everyday words or a work domain stays unredacted
        ("team Groen komt morgen maaien", "Groen"),
        ("ploeg Onkruid is klaar", "Onkruid"),
        ("ploeg Groen Noord is klaar met maaien", "Groen Noord"),
        ("team Openbare Ruimte belt je", "Openbare Ruimte"),
    ],
)
def test_crew_named_by_words_stays_unredacted(text, crew):
    assert not redacted(text, crew)
