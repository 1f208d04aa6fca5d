"""Issue 17, round 47 (twoo47): causes found on set 27, fixed at the general level.

- A rare compound searched by its parts needs its rarer part in the conversation
  (_rarer_part_clause); the words of its synonym groups did not count, so the team's
  "noodaggregaat, aggregaat" never listed "Aggregaat regelen voor het zorgcentrum" where the
  archive holds "nood" more rarely than "aggregaat". A synonym stands for the whole word, as the
  compound's initials do.
- A synonym searched as a prefix of its stem never met its plural where the Dutch stemmer
  cuts the singular shorter than the plural ("zaalprijs" → "zaalprijs", "zaalprijzen" →
  "zaalprijz"): round 46 searched these plurals for exact words only (_with_exact_plurals).
  PostgreSQL only (the SQLite default searches substrings).
- The starter groups of migration 0030: "noodaggregaat, aggregaat, …", "stroomstoring,
  stroomuitval, stroomonderbreking", "zaalhuur, zaalprijs, zaaltarief"; its remove takes away
  only what add wrote.

Every test but the guard fails on main a58d1eb1.
"""

import importlib

import pytest

from tests.woo.test_search_round19 import filler, ids, postgres_only, run


def _generator_archive(make_record):
    filler(make_record)
    care = make_record(["Aggregaat regelen voor het zorgcentrum. Wie?", "Ik bel de verhuurder"])
    make_record(["De aggregaat van de kermis maakt veel lawaai", "Ik ga kijken"])
    make_record(["Bel 112 alleen bij nood", "Staat online"])
    return care


@pytest.mark.django_db
def test_a_rare_compounds_synonym_stands_for_its_rarer_part(make_record):
    from woo.models import Synoniemgroep  # noqa: PLC0415

    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="noodaggregaat, aggregaat")
    care = _generator_archive(make_record)
    outcome = run("noodaggregaat")
    assert care.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_without_a_synonym_the_commoner_part_alone_stays_apart(make_record):
    # Guard: the rarer part is still needed where the team has no group for the compound.
    from woo.models import Synoniemgroep  # noqa: PLC0415

    Synoniemgroep.objects.all().delete()
    care = _generator_archive(make_record)
    outcome = run("noodaggregaat")
    assert care.pk not in ids(outcome.full_records)


@postgres_only
@pytest.mark.django_db
def test_a_synonym_searched_as_a_prefix_finds_its_plural_with_a_z(make_record):
    from woo.models import Synoniemgroep  # noqa: PLC0415

    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="zaalhuur, zaalprijs")
    filler(make_record)
    club = make_record(["De sportraad wil praten over de hogere zaalprijzen", "Prima"])
    make_record(["De prijzen van de kantine gaan omhoog", "Jammer"])
    outcome = run("zaalhuur")
    assert club.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_an_emergency_generator_is_the_aggregaat(make_record):
    care = _generator_archive(make_record)
    outcome = run("noodaggregaat")
    assert care.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_halls_rent_is_its_zaaltarief(make_record):
    filler(make_record)
    sport = make_record(["Het zaaltarief voor de clubs gaat in augustus omhoog", "Boos"])
    make_record(["De zaal is vrijdag vrij voor de borrel", "Top"])
    outcome = run("zaalhuur")
    assert sport.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_the_round_47_starter_groups_never_clobber_the_teams_own_groups_and_can_be_undone():
    from django.apps import apps  # noqa: PLC0415

    from woo.models import Synoniemgroep  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0030_round47_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="aggregaat, generator")
    migration.add(apps, None)
    groups = sorted(g.woorden for g in Synoniemgroep.objects.all())
    assert "aggregaat, generator" in groups
    assert not any("noodaggregaat" in g for g in groups)
    assert "zaalhuur, zaalprijs, zaaltarief" in groups
    migration.remove(apps, None)
    assert sorted(g.woorden for g in Synoniemgroep.objects.all()) == ["aggregaat, generator"]
