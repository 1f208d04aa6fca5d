"""Issue 17, round 59 (woo59): causes found on set 36, fixed at the general level.

Migration 0040 adds starter groups of plain Dutch words the chats write where a request writes
another (set 36):

- "sirene, luchtalarm, waarschuwingssirene": residents and the press call the warning siren
  the "luchtalarm" (R7: "luchtalarm storing" listed the chats about "de sirene" and "een storing
  in de sirenemast" apart, five of them).
- "bushokje, wachthuisje, abri": one shelter, three names (R10: "bushokjes vernield" listed the
  transport firm's chat, "als een wachthuisje kapot is", apart).
- "gestolen, gejat, ontvreemd": a chat writes "mijn laptop is gejat" (R1: the archive held no
  "gestolen", so "laptop gestolen" searched "laptop" alone and showed a stock line about a
  laptop in every team chat, 43% precision). Participles, not the infinitive: "stelen" would be
  searched as the prefix of its stem, "stel…".
- "vernieling, vandalisme": a typed "vandalisme" also finds "vernield" (the verb's forms of a
  synonym).
- "portiek, trappenhuis": the shared stairwell of a block of flats.
- "hoogwater, hoog water": written as two words as often as one ("het hoge water", "Pad
  afgesloten wegens hoog water", R5).
- "zandzak, zak zand": "zakken zand" are the sandbags of a flood (R5).

Its remove takes away only what its add wrote; a team's own group with one of the words stands
and keeps the starter group out.

The synonym list accepts "/" between two short parts as abbreviations write it ("c/o", "t/m",
"m/v", "24/7"); the index keeps such a word whole, so a group holding it finds it. Two words
joined by "/" ("wet/regeling") are still refused.

Without migration 0040 or the change to woo.synonyms, the tests that are no guards fail.
"""

import importlib

import pytest
from django.db import connection

from tests.woo.expanded import expanded_texts as _texts
from tests.woo.test_search_round19 import filler, ids, run
from woo.models import Synoniemgroep
from woo.synonyms import SynoniemgroepForm

pytestmark = pytest.mark.django_db


# Searched by PostgreSQL only (the SQLite fallback of `make test` without DATABASE_URL).
POSTGRES_ONLY = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="een synoniem van twee woorden zoekt PostgreSQL"
)


def test_the_air_raid_alarm_of_the_residents_is_the_siren_of_the_officers(make_record):
    filler(make_record)
    siren = make_record(
        ["De sirene bij de kazerne ging vannacht af, een storing", "Ik bel de meldkamer"]
    )
    make_record(["Storing in de printer op de tweede verdieping", "Ik bel de servicedesk"])
    make_record(["De sirenetest is maandag om 12 uur", "Ok"])
    outcome = run("luchtalarm storing")
    assert ids(outcome.full_records) == [siren.pk]


def test_the_bus_shelter_is_the_waiting_shelter_of_the_chat(make_record):
    filler(make_record)
    shelter = make_record(
        ["Het wachthuisje aan de Parkweg is weer vernield", "Ik bestel nieuw glas"]
    )
    make_record(["De bank aan de Parkweg is vernield", "Ik bel de buitendienst"])
    outcome = run("bushokje vernield")
    assert ids(outcome.full_records) == [shelter.pk]


def test_stolen_is_nicked_in_a_chat(make_record):
    filler(make_record)
    nicked = make_record(["Mijn fiets is gejat bij het station", "Balen, aangifte gedaan?"])
    make_record(["Mijn fiets staat bij het station", "Ok"])
    make_record(["De fiets van de buitendienst is gerepareerd", "Mooi"])
    outcome = run("fiets gestolen")
    assert ids(outcome.full_records) == [nicked.pk]


def test_guard_the_verb_of_the_group_is_no_prefix_of_its_stem():
    # "stelen" would be searched as "stel:*": "stellen", "voorstel", "een stel".
    assert "stelen" not in _texts("gestolen")


def test_vandalism_finds_what_was_vandalised(make_record):
    filler(make_record)
    damaged = make_record(["Het bord bij de skatebaan is vernield", "Ik meld het bij de politie"])
    make_record(["Het bord bij de skatebaan is geplaatst", "Mooi"])
    outcome = run("vandalisme skatebaan")
    assert ids(outcome.full_records) == [damaged.pk]


def test_the_porch_of_the_flats_is_their_stairwell(make_record):
    filler(make_record)
    stairs = make_record(["Er slaapt iemand in het trappenhuis van de flat", "Ik stuur een boa"])
    make_record(["Iemand slaapt in de auto bij de flat", "Ok"])
    outcome = run("portiek slapen")
    assert ids(outcome.full_records) == [stairs.pk]


@POSTGRES_ONLY
def test_high_water_written_as_two_words(make_record):
    # The archive writes the compound too, so it is searched as it is, not split.
    filler(make_record)
    flooded = make_record(["Door het hoge water is het fietspad langs de Reest dicht", "Lint erom"])
    make_record(["Het fietspad langs de Reest krijgt nieuw asfalt", "Mooi"])
    make_record(["Hoogwater op de IJssel verwacht", "Ik volg het"])
    outcome = run("hoogwater fietspad")
    assert ids(outcome.full_records) == [flooded.pk]


@POSTGRES_ONLY
def test_the_sandbags_are_bags_of_sand(make_record):
    filler(make_record)
    bags = make_record(["600 zakken zand klaarzetten op de werf", "De brandweer helpt vullen"])
    # The archive writes the compound often, so it is searched as it is, not split.
    stock = [make_record([f"De zandzakken liggen in loods {i}", "Ok"]) for i in range(5)]
    make_record(["Het zand voor de zandbak is geleverd", "Top"])
    outcome = run("zandzakken")
    assert bags.pk in ids(outcome.full_records)
    assert {r.pk for r in stock} <= set(ids(outcome.records))


def test_guard_without_the_groups_the_chats_words_are_not_the_requests(make_record):
    Synoniemgroep.objects.all().delete()
    filler(make_record)
    make_record(["Mijn fiets is gejat bij het station", "De sirene ging af"])
    assert "gejat" not in _texts("fiets gestolen")
    assert "sirene" not in _texts("luchtalarm storing")


def test_the_round_59_starter_groups_never_clobber_the_teams_own_groups_and_can_be_undone():
    from django.apps import apps  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0040_round59_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="abri, halte-overkapping")
    migration.add(apps, None)
    words = sorted(g.woorden for g in Synoniemgroep.objects.all())
    assert "abri, halte-overkapping" in words
    assert "bushokje, wachthuisje, abri" not in words
    assert "sirene, luchtalarm, waarschuwingssirene" in words
    Synoniemgroep.objects.create(woorden="sirenetest, maandelijkse test")
    migration.remove(apps, None)
    assert sorted(g.woorden for g in Synoniemgroep.objects.all()) == [
        "abri, halte-overkapping",
        "sirenetest, maandelijkse test",
    ]


@pytest.mark.parametrize(
    "words", ["c/o, per adres", "t/m, tot en met", "m/v, m/v/x", "24/7, dag en nacht"]
)
def test_a_synonym_with_a_slash_as_an_abbreviation_writes_it_is_accepted(words):
    Synoniemgroep.objects.all().delete()
    assert SynoniemgroepForm(data={"woorden": words}).is_valid()


@pytest.mark.parametrize("words", ["wet/regeling, wetgeving", "c/, care of", "a//b, ab", "/ab, ab"])
def test_guard_two_words_joined_by_a_slash_are_refused(words):
    form = SynoniemgroepForm(data={"woorden": words})
    assert not form.is_valid()
    assert "mag alleen letters, cijfers" in str(form.errors["woorden"])


def test_a_group_with_a_slash_finds_the_abbreviation_in_the_chats(make_record):
    Synoniemgroep.objects.all().delete()
    form = SynoniemgroepForm(data={"woorden": "verzorgingsadres, c/o"})
    assert form.is_valid()
    form.save()
    filler(make_record)
    care = make_record(["De post voor meneer gaat c/o zijn dochter", "Genoteerd"])
    make_record(["De post voor meneer is verstuurd", "Ok"])
    outcome = run("verzorgingsadres")
    assert ids(outcome.full_records) == [care.pk]
