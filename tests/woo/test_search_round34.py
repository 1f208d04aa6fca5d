"""Issue 17, round 48 (twoo48): causes found on set 28, fixed at the general level.

The starter groups of migration 0031: "aed, defibrillator, hartstarter", "onderdoorgang, tunnel,
spoortunnel", "olielozing, olievervuiling, olieverontreiniging", "sproeiverbod,
beregeningsverbod, onttrekkingsverbod", "windturbine, windmolen, erfmolen", "vrachtverkeer,
vrachtwagen, vrachtauto"; "meerwerk" joins the group of "meerkosten" (0008). Its
remove takes away only what add wrote.

Every test but the guard fails on main 8e2237c9.
"""

import importlib

import pytest

from tests.woo.test_search_round19 import filler, ids, run


@pytest.mark.django_db
def test_a_defibrillator_is_an_aed(make_record):
    filler(make_record)
    stolen = make_record(["De AED bij de kerk is gestolen uit de kast", "Ik meld het"])
    make_record(["De kast van de kantine is leeg", "Jammer"])
    outcome = run("defibrillator")
    assert stolen.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_an_underpass_is_the_tunnel(make_record):
    filler(make_record)
    flooded = make_record(["De tunnel onder het spoor stond vol water", "Pompen erbij"])
    make_record(["Het spoor is vrijdag dicht voor werk", "Ok"])
    outcome = run("onderdoorgang")
    assert flooded.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_without_the_group_an_underpass_stays_apart_from_the_tunnel(make_record):
    # Guard: the tunnel is found only through the team's group, not by itself.
    from woo.models import Synoniemgroep  # noqa: PLC0415

    Synoniemgroep.objects.all().delete()
    filler(make_record)
    flooded = make_record(["De tunnel onder het spoor stond vol water", "Pompen erbij"])
    outcome = run("onderdoorgang")
    assert flooded.pk not in ids(outcome.full_records)


@pytest.mark.django_db
def test_an_oil_discharge_is_asked_for_as_olievervuiling(make_record):
    filler(make_record)
    canal = make_record(["Olievervuiling in de Hoofdvaart bij de Kaai", "Waterschap komt"])
    make_record(["De vervuiling op het plein is opgeruimd", "Top"])
    outcome = run("olielozing")
    assert canal.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_the_round_48_starter_groups_never_clobber_the_teams_own_groups_and_can_be_undone():
    from django.apps import apps  # noqa: PLC0415

    from woo.models import Synoniemgroep  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0031_round48_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="tunnel, viaduct")
    Synoniemgroep.objects.create(woorden="meerkosten, extra kosten")
    migration.add(apps, None)
    groups = sorted(g.woorden for g in Synoniemgroep.objects.all())
    assert "tunnel, viaduct" in groups
    assert not any("onderdoorgang" in g for g in groups)
    assert "aed, defibrillator, hartstarter" in groups
    assert "meerkosten, extra kosten, meerwerk" in groups
    migration.remove(apps, None)
    assert sorted(g.woorden for g in Synoniemgroep.objects.all()) == [
        "meerkosten, extra kosten",
        "tunnel, viaduct",
    ]


@pytest.mark.django_db
def test_a_sprinkling_ban_is_the_water_boards_onttrekkingsverbod(make_record):
    filler(make_record)
    board = make_record(["Vanaf morgen onttrekkingsverbod uit oppervlaktewater", "Dank"])
    make_record(["Het verbod op vuurwerk geldt vanaf 18 uur", "Ok"])
    outcome = run("sproeiverbod")
    assert board.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_extra_costs_are_the_contractors_meerwerk(make_record):
    filler(make_record)
    bridge = make_record(["Memo ligt klaar. Meerwerk €186.000 voor de liggers", "Naar de raad"])
    make_record(["De kosten van de borrel vallen mee", "Mooi"])
    outcome = run("meerkosten")
    assert bridge.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_wind_turbine_is_a_windmolen(make_record):
    filler(make_record)
    farm = make_record(["Bezwaar tegen de vergunning voor de windmolen op het erf", "Hoorzitting"])
    make_record(["De wind waait hard vandaag", "Jas aan"])
    outcome = run("windturbine")
    assert farm.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_lorry_traffic_is_written_as_the_lorries(make_record):
    filler(make_record)
    town = make_record(["Uit het centrum geen vrachtwagens na 11 uur", "Horeca moppert"])
    make_record(["Het verkeer in het centrum staat vast", "File"])
    outcome = run("vrachtverkeer")
    assert town.pk in ids(outcome.full_records)
