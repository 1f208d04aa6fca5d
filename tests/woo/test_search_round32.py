"""Issue 17, round 46 (twoo46): causes found on sets 25 and 26, fixed at the general level.

- A word the search adds exactly (a compound's part or head, a synonym, a form) never met its
  own plural where the Dutch stemmer cuts the singular shorter than the plural: "rups" is
  stemmed "rup", "rupsen" "rups" (also "fiets"/"fietsen", "reis"/"reizen", "bus"/"bussen").
  So "processierups nesten" searched "rups" and never found "die rupsen in de bomen"
  (woo.expansion, _with_exact_plurals: the plurals the archive holds are searched as well).
  PostgreSQL only: the SQLite default searches substrings, where "rups" is in "rupsen".
- The starter groups of migration 0028: "maaltijdservice, maaltijdvoorziening,
  maaltijdbezorging, maaltijden aan huis, eten aan huis" (the KCC writes "de eten-aan-huis")
  and "dicht" in round 43's group "afsluiting, afgesloten, dichtgooien" ("sinds de brug dicht
  is").
- Migration 0028 can be undone: its remove takes away only what add wrote.

All fail on main 2362fe36 (the guards inside them pass there).
"""

import importlib

import pytest

from tests.woo.test_search_round19 import filler, ids, postgres_only, run


def test_the_plurals_of_a_word_searched_exactly():
    from woo.expansion import exact_plurals  # noqa: PLC0415

    assert "rupsen" in exact_plurals("rups")
    assert "fietsen" in exact_plurals("fiets")
    assert "reizen" in exact_plurals("reis")
    assert "bussen" in exact_plurals("bus")
    assert all(form.endswith("en") for form in exact_plurals("brug"))
    assert exact_plurals("14e") == exact_plurals("e-mail") == set()


@postgres_only  # the SQLite default searches substrings: "rups" is in "rupsen"
@pytest.mark.django_db
def test_a_compounds_head_searched_exactly_finds_its_plural(make_record):
    filler(make_record)
    school = make_record(
        ["Vijf kinderen met jeuk. Het komt van die rupsen in de bomen denken we", "Wat naar"]
    )
    make_record(["De processie door de binnenstad gaat zondag door", "Mooi"])
    make_record(["Het plein is weer vrij", "Top"])
    outcome = run("processierups nesten")
    assert school.pk in ids(outcome.records)


@postgres_only
@pytest.mark.django_db
def test_a_plural_searched_exactly_leaves_the_other_words_alone(make_record):
    # Guard: the plural is the same word; a chat with neither form is not listed.
    filler(make_record)
    make_record(["Het komt van die rupsen in de bomen denken we", "Wat naar"])
    other = make_record(["De bomen aan de Reggersweg worden gesnoeid", "Ok"])
    outcome = run("processierups nesten")
    assert other.pk not in ids(outcome.records)


@pytest.mark.django_db
def test_a_meal_service_is_the_eten_aan_huis_the_kcc_writes(make_record):
    filler(make_record)
    kcc = make_record(["Mevrouw vraagt of ze de eten-aan-huis nog kan krijgen na augustus", "Ok"])
    make_record(["Het eten in de kantine is op vrijdag warm", "Lekker"])
    outcome = run("maaltijdservice")
    assert kcc.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_meal_delivery_is_eten_aan_huis_too(make_record):
    filler(make_record)
    family = make_record(
        ["Kan mijn moeder na augustus nog eten aan huis krijgen?", "Ik kijk het na"]
    )
    make_record(["Het eten in de kantine is op vrijdag warm", "Lekker"])
    outcome = run("maaltijdbezorging")
    assert family.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_closed_bridge_is_the_bridge_that_is_dicht(make_record):
    filler(make_record)
    shops = make_record(["Sinds de brug dicht is zien we 40% minder klanten", "Dat snap ik"])
    make_record(["De brug krijgt een nieuwe laag verf", "Mooi"])
    make_record(["De Stationsweg is afgesloten tot vrijdag", "Ok"])
    outcome = run("brug afgesloten")
    assert shops.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_the_round_46_starter_groups_never_clobber_the_teams_own_groups_and_can_be_undone(
    make_record,
):
    from django.apps import apps  # noqa: PLC0415

    from woo.models import Synoniemgroep  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0028_round46_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="maaltijdservice, tafeltje dekje")
    Synoniemgroep.objects.create(woorden="afsluiting, afgesloten, dichtgooien")
    migration.add(apps, None)
    groups = sorted(g.woorden for g in Synoniemgroep.objects.all())
    assert "maaltijdservice, tafeltje dekje" in groups
    assert not any("eten aan huis" in g for g in groups)
    assert "afsluiting, afgesloten, dichtgooien, dicht" in groups
    migration.remove(apps, None)
    assert sorted(g.woorden for g in Synoniemgroep.objects.all()) == [
        "afsluiting, afgesloten, dichtgooien",
        "maaltijdservice, tafeltje dekje",
    ]
    # A team that put "dicht" in a group of its own keeps it there, the closing group as it is.
    Synoniemgroep.objects.create(woorden="dicht, gesloten")
    migration.add(apps, None)
    assert "afsluiting, afgesloten, dichtgooien" in {g.woorden for g in Synoniemgroep.objects.all()}
