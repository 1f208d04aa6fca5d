"""Issue 17, round 52 (w31): causes found on set 31, fixed at the general level.

- Starter groups of migration 0033: "stolpersteine, stolperstein, struikelstenen,
  struikelsteen" (set 31's R3 query "stolpersteine" found nothing: the chats write
  "struikelstenen") and "vogelgriep, aviaire influenza, h5n1" (R1: "Uitslag is binnen: H5N1" in
  the chat about the dead swans). Its remove takes away only what its add wrote.

Every test but the guards fails on main bb19dc48.
"""

import importlib

import pytest

from tests.woo.test_search_round19 import filler, ids, run


@pytest.mark.django_db
def test_stolpersteine_are_the_struikelstenen(make_record):
    filler(make_record)
    stones = make_record(["De struikelstenen in de Woldstraat zijn beklad", "Ik bel de stichting"])
    make_record(["De stenen van het plein liggen los", "Ok"])
    outcome = run("stolpersteine")
    assert stones.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_without_the_group_stolpersteine_stay_apart(make_record):
    # Guard: the stones are found only through the team's group, not by themselves.
    from woo.models import Synoniemgroep  # noqa: PLC0415

    Synoniemgroep.objects.all().delete()
    filler(make_record)
    stones = make_record(["De struikelstenen in de Woldstraat zijn beklad", "Ik bel de stichting"])
    outcome = run("stolpersteine")
    assert stones.pk not in ids(outcome.full_records)


@pytest.mark.django_db
def test_the_round_52_starter_group_never_clobbers_the_teams_own_groups_and_can_be_undone():
    from django.apps import apps  # noqa: PLC0415

    from woo.models import Synoniemgroep  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0033_round52_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="struikelsteen, gedenksteen")
    migration.add(apps, None)
    groups = sorted(g.woorden for g in Synoniemgroep.objects.all())
    assert "struikelsteen, gedenksteen" in groups
    assert not any("stolpersteine" in g for g in groups)
    Synoniemgroep.objects.all().delete()
    migration.add(apps, None)
    assert sorted(g.woorden for g in Synoniemgroep.objects.all()) == [
        "stolpersteine, stolperstein, struikelstenen, struikelsteen",
        "vogelgriep, aviaire influenza, h5n1",
    ]
    Synoniemgroep.objects.create(woorden="lamp, peer")
    migration.remove(apps, None)
    assert [g.woorden for g in Synoniemgroep.objects.all()] == ["lamp, peer"]


@pytest.mark.django_db
def test_vogelgriep_finds_the_line_that_names_the_virus(make_record):
    filler(make_record)
    swans = make_record(["Uitslag is binnen: H5N1, dezelfde variant", "Handschoenen aan"])
    make_record(["De uitslag van de enquête is binnen", "Fijn"])
    outcome = run("vogelgriep")
    assert swans.pk in ids(outcome.full_records)
