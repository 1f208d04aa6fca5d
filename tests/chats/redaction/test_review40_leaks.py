"""Review of rounds 29, 29b and 30: residents' data the new "not a person / not a number" rules
let through.

Each message is a realistic one about a resident; on main c7270237 the name or number in it was
no longer redacted, while 0179deb2 (before the rounds) redacted it."""

import pytest

from chats.redaction import detect
from tests.chats.redaction.detected import covered


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "<Noun> en <Noun>" is a department only when the second word is no surname either
        ("Ik heb Jeugdzorg en Visser gemaild over het gezin.", "Visser"),
        ("Overleg met Burgerzaken en Schipper over de inschrijving.", "Schipper"),
        ("Vanmiddag gesproken met Wonen en Bakker.", "Bakker"),
    ],
)
def test_a_surname_after_a_department_and_en_stays_a_person(text, name):
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a family takes the plural verb as a firm does
        ("Gesproken met familie Okonkwo, die hebben de brief niet gehad.", "Okonkwo"),
        ("De buren Wrzesniewski, die zijn al drie weken weg.", "Wrzesniewski"),
        ("Het gezin Tesfamariam, die komen vrijdag langs voor de sleutel.", "Tesfamariam"),
    ],
)
def test_a_family_before_a_plural_verb_stays_a_person(text, name):
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "werk" as a noun elsewhere in the message (no job at X) and a "-dienst" that is a
        # service make "bij X in <place>" no workplace
        ("Na het werk haal ik de sleutel op bij Tesfamariam in Nijeveen.", "Tesfamariam"),
        ("Ze zoekt werk en woont nu tijdelijk bij Okonkwo in Meppel.", "Okonkwo"),
        (
            "Jongen van 17 slaapt bij Wrzesniewski in Havelte, moeder heeft geen werk.",
            "Wrzesniewski",
        ),
        ("De dochter logeert bij Okonkwo in Meppel, de thuiszorgdienst komt daar.", "Okonkwo"),
    ],
)
def test_staying_with_someone_in_a_message_about_work_stays_a_person(text, name):
    assert covered(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # German names a person after "Name ist", "heiße" and "Familie" without an article
        (
            "Guten Tag, mein Name ist Okonkwo und ich wohne seit Mai in Meppel, aber ich habe "
            "noch keine Post bekommen.",
            "Okonkwo",
        ),
        (
            "Ich heiße Wrzesniewski und wir sind neu in Nijeveen, wo kann ich mich anmelden?",
            "Wrzesniewski",
        ),
        (
            "Die Familie Wrzesniewski wohnt nicht mehr dort, sie sind nach Polen gezogen und wir "
            "haben ihre Post.",
            "Wrzesniewski",
        ),
    ],
)
def test_a_surname_after_a_german_name_cue_stays_a_person(text, name):
    assert covered(text, name)


def test_a_persons_landline_ending_in_000_stays_a_phone():
    text = "Meneer Bakker is bereikbaar op 0522 245 000, hij wil teruggebeld worden."
    assert covered(text, "0522 245 000", "PHONE")


def test_the_switchboard_rule_still_keeps_an_organisations_number():
    # (round 30's case, unchanged: no person named before the number)
    text = "Probeer eerst het Juridisch Loket, dat kost niks. 0521 382 000"
    assert not [s for s in detect(text) if s.label == "PHONE"]


def test_a_workplace_in_a_place_is_still_no_person():
    text = "Hij werkt sinds maart bij Plukon in Blankenstein."
    assert not covered(text, "Plukon")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # an organisation right before the number, but a resident named before it
        ("Huurder mevrouw Okonkwo belde over Woonconcept: 0522 251 473", "0522 251 473"),
        ("Mevrouw Bakker klaagt over Rova, 0522 246 813 is haar nummer", "0522 246 813"),
    ],
)
def test_a_residents_number_after_an_organisation_she_named_stays_a_phone(text, phone):
    assert covered(text, phone, "PHONE")


def test_an_organisations_number_right_after_its_name_is_still_kept():
    # (round 29's case, unchanged: no person named before)
    assert not [
        s for s in detect("Have you called Woonconcept? 0522 760 300") if s.label == "PHONE"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a flat's code after a person named by a title or a role is no model code
        ("mijn buurman Okonkwo B12 klaagt over lawaai", "Okonkwo"),
        ("ik sprak mevrouw Okonkwo C3 uit de flat", "Okonkwo"),
        ("Bewoner Tesfamariam A12 heeft een klacht", "Tesfamariam"),
    ],
)
def test_a_person_before_a_flats_code_stays_a_person(text, name):
    assert covered(text, name)


def test_a_brand_before_its_model_code_is_still_no_person():
    assert not covered("de printer is een Konica C450i, die doet het niet", "Konica")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # in a German message a surname after "von" or a pronoun is no second noun
        ("Wir haben Besuch von Okonkwo und wir bleiben bis Sonntag in Meppel.", "Okonkwo"),
        ("Die Kinder von Okonkwo sind nicht in der Schule und ich bin besorgt.", "Okonkwo"),
        ("Kannst du Okonkwo anrufen? Ich habe keine Zeit und wir sind nicht da.", "Okonkwo"),
    ],
)
def test_a_surname_joined_to_a_german_noun_stays_a_person(text, name):
    assert covered(text, name)


def test_a_number_to_call_where_a_resident_stays_stays_a_phone():
    text = "Mevrouw Okonkwo logeert bij haar dochter, bel daar maar even 0522 246 813."
    assert covered(text, "0522 246 813", "PHONE")


def test_a_number_to_call_at_a_body_just_named_is_still_kept():
    # (round 29's case, unchanged)
    text = "Dat is gemeente Staphorst. Belt u daar 0522 467 400"
    assert not [s for s in detect(text) if s.label == "PHONE"]
