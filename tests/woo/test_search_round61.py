"""Issue 17, round 61 (woo61): causes found on set 37, fixed at the general level.

- A short noun whose diminutive doubles a final g after a short vowel ("brug" → "bruggetje",
  "vlag" → "vlaggetje"), and a noun in -ng ("ring" → "ringetje"): the Dutch stemmer does not
  join the diminutive to the noun, and "getje" is no ending of the typed word, so a typed "brug"
  never found "het bruggetje" (set 37, R1: the boa's, the outdoor service's and the
  neighbourhood coach's lines about "het bruggetje" in the park).
- A noun's adjective in -(e)lijk(s) ("nacht" → "nachtelijke", "maand" → "maandelijkse"), which
  the stemmer does not join to it either (set 37, R10: the chat "Melding nachtelijke herrie"
  about cars on the industrial estate at night was never listed); not the adjectives whose sense
  left the noun ("natuurlijk": of course, "eindelijk": at last). Those are no compound of the
  noun either, though "lijk" is a word: a typed "natuur" found "natuurlijk" as "natuur|lijk".
- Migration 0042 adds starter groups: "voetgangersbrug, voetbrug, loopbrug" (R1: the
  contractor's chat "Aannemer loopbrug" was never listed) and "bedrijventerrein,
  industrieterrein, bedrijfsterrein" (R10: "de motoren gieren op het industrieterrein").

Without the change to woo.expansion or migration 0041, the tests that are no guards fail.
"""

import importlib

import pytest
from django.db import connection

from tests.woo.expanded import expanded_texts as _texts
from tests.woo.test_search_round19 import filler, ids, run
from woo.expansion import diminutives, noun_adjectives
from woo.models import Synoniemgroep

pytestmark = pytest.mark.django_db


def test_a_diminutive_that_doubles_its_g_or_ends_in_ngetje():
    assert {"vlaggetje", "vlaggetjes"} <= diminutives("vlag")
    assert "bruggetje" in diminutives("brug")
    assert "ringetje" in diminutives("ring")
    assert "balletje" in diminutives("bal")  # as before


def test_a_typed_noun_finds_its_diminutive_with_a_doubled_g(make_record):
    filler(make_record)
    small = make_record(["Het vlaggetje op de rotonde is weer weg", "Ik hang een nieuwe op"])
    make_record(["De rotonde krijgt nieuwe beplanting", "Mooi"])
    make_record(["De vlag van het stadhuis hangt halfstok", "Ok"])
    outcome = run("vlag rotonde")
    assert ids(outcome.full_records) == [small.pk]
    assert "vlaggetje" in _texts("vlag rotonde")


def test_a_typed_noun_finds_its_adjective_in_lijk(make_record):
    filler(make_record)
    monthly = make_record(["De maandelijkse huur van de container gaat omhoog", "Balen"])
    make_record(["De huur van de zaal is betaald", "Ok"])
    make_record(["Elke maand een overleg met de verhuurder", "Prima"])
    outcome = run("huur maand")
    assert monthly.pk in ids(outcome.full_records)
    assert "maandelijkse" in _texts("huur maand")


def test_an_adjective_whose_sense_left_the_noun_is_not_searched(make_record):
    assert "natuurlijk" not in noun_adjectives("natuur")
    assert "eindelijk" not in noun_adjectives("einde")
    assert noun_adjectives("dag") == set()  # a short noun: "dagelijks" is said of anything
    filler(make_record)
    make_record(["Natuurlijk kom ik morgen naar het bos", "Top"])
    make_record(["Natuurlijk, ik bel de boswachter", "Ok"])
    assert "natuurlijk" not in _texts("natuur bos")


def test_the_footbridge_is_the_walkway_bridge_of_the_contractor(make_record):
    filler(make_record)
    walkway = make_record(["De loopbrug over de Reest krijgt een nieuw dek", "Start maandag"])
    make_record(["Het fietspad langs de Reest is klaar", "Mooi"])
    outcome = run("voetgangersbrug reest")
    assert ids(outcome.full_records) == [walkway.pk]


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="een chat met alle woorden: PostgreSQL's zoekindex"
)
def test_the_business_park_is_the_industrial_estate_of_the_residents(make_record):
    filler(make_record)
    estate = make_record(["Op het industrieterrein wordt weer geracet", "Ik bel de politie"])
    make_record(["Geracet op de dijk vannacht", "Ok"])
    outcome = run("bedrijventerrein racen")
    assert estate.pk in ids(outcome.full_records)
    assert "industrieterrein" in _texts("bedrijventerrein")


def test_guard_without_the_groups_the_chats_words_are_not_the_requests():
    Synoniemgroep.objects.all().delete()
    assert "loopbrug" not in _texts("voetgangersbrug")
    assert "industrieterrein" not in _texts("bedrijventerrein")


def test_the_round_61_starter_groups_never_clobber_the_teams_own_groups_and_can_be_undone():
    from django.apps import apps  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0041_round61_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="loopbrug, loopplank")
    migration.add(apps, None)
    words = sorted(g.woorden for g in Synoniemgroep.objects.all())
    assert "loopbrug, loopplank" in words
    assert "voetgangersbrug, voetbrug, loopbrug" not in words
    assert "bedrijventerrein, industrieterrein, bedrijfsterrein" in words
    Synoniemgroep.objects.create(woorden="industriegebied, industriezone")
    migration.remove(apps, None)
    assert sorted(g.woorden for g in Synoniemgroep.objects.all()) == [
        "industriegebied, industriezone",
        "loopbrug, loopplank",
    ]
