"""Review 45: one word no name list knows after "werkt ... bij" is the employer only with a
sign of a firm (a dictionary word, a known proper noun, a legal form after it); an unknown,
capitalised word there stays a person, as people work for people ("bij Tesfamariam, de kapper").

Variants written for the rule (other names, verbs and word order); none is a measured sentence."""

import pytest

from tests.chats.redaction.detected import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hij werkt sinds maart bij Tesfamariam, de kapper.", "Tesfamariam"),
        ("mijn zus werkt al jaren bij Abebe in de zaak", "Abebe"),
        ("hij werkte vroeger bij Nwachukwu, die had een garage", "Nwachukwu"),
        ("ze heeft stage gelopen bij Mengistu, de fietsenmaker", "Mengistu"),
    ],
)
def test_an_unknown_word_after_werkt_bij_stays_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        # a proper noun the lexicon knows (not as a name)
        "hij werkt tegenwoordig bij Thales in Hengelo",
        # a firm of the shipped list of organisations
        "hij werkt overdag bij Nedap, bel na vijven",
        # a word of the dictionary
        "ze werkt nu bij Trivium, bel haar na vijven",
        # a legal form after the word
        "hij werkt sinds mei bij Kelderak B.V. als monteur",
        "ze doet stage bij Kelderak BV in Zwolle",
    ],
)
def test_a_firm_after_werkt_bij_is_no_person(text: str) -> None:
    assert persons(text) == []
