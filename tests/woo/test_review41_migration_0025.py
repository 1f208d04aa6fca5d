"""Migration 0025 undone (review 41): it changes a group that existed before it."""

import importlib

import pytest
from django.apps import apps

from woo.models import Synoniemgroep

pytestmark = pytest.mark.django_db

migration = importlib.import_module("woo.migrations.0025_round43_starter_synonyms")


def test_undoing_0025_gives_the_container_group_back_as_0023_wrote_it():
    """Rolled back to 0024, the container group kept 'grijze bak, groene bak, blauwe bak' and
    the three new groups stayed: the reverse was a no-op, though the forward step changed a
    group that 0024's database already had."""
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="container, kliko, minicontainer")
    migration.add(apps, None)
    assert Synoniemgroep.objects.filter(woorden__contains="blauwe bak").exists()
    migration.remove(apps, None)
    assert sorted(g.woorden for g in Synoniemgroep.objects.all()) == [
        "container, kliko, minicontainer"
    ]


def test_undoing_0025_leaves_what_the_team_changed_since():
    """The team edited a group 0025 added and the coloured bins: those stand after undoing."""
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="container, kliko, minicontainer")
    migration.add(apps, None)
    Synoniemgroep.objects.filter(woorden__startswith="verwijderen").update(
        woorden="verwijderen, weghalen, opruimen"
    )
    Synoniemgroep.objects.filter(woorden__contains="kliko").update(
        woorden="container, kliko, grijze bak"
    )
    migration.remove(apps, None)
    groups = sorted(g.woorden for g in Synoniemgroep.objects.all())
    assert groups == ["container, kliko, grijze bak", "verwijderen, weghalen, opruimen"]


def test_undoing_0025_keeps_the_teams_own_group_of_the_same_words():
    """The team had 'verwijderen, weghalen' before 0025 (so 0025 added none): undoing 0025
    must not delete the team's group."""
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="verwijderen, weghalen", toelichting="Van ons")
    migration.add(apps, None)
    migration.remove(apps, None)
    assert [g.woorden for g in Synoniemgroep.objects.all()] == ["verwijderen, weghalen"]
