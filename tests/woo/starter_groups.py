"""The check every round's starter synonym migration gets: it never overwrites or joins a group
the Woo team made itself, adds its other groups, and its reverse takes away only its own."""

import importlib

from django.apps import apps

from woo.models import Synoniemgroep


def check_starter_groups_keep_the_teams_own(
    migration_name: str, groups_name: str, own_words: str, not_added: str
) -> None:
    """`own_words`: a group of the team's sharing a word with one starter group, which must then
    be left out (no group holds `not_added`); `groups_name`: the migration's list of groups."""
    migration = importlib.import_module(f"woo.migrations.{migration_name}")
    Synoniemgroep.objects.all().delete()
    own = Synoniemgroep.objects.create(woorden=own_words)  # the team's own group
    migration.add(apps, None)
    stored = set(Synoniemgroep.objects.values_list("woorden", flat=True))
    assert own_words in stored
    assert not any(not_added in words for words in stored)
    assert len(stored) == len(getattr(migration, groups_name))  # the other groups added
    migration.remove(apps, None)
    assert list(Synoniemgroep.objects.values_list("woorden", flat=True)) == [own_words]
    own.refresh_from_db()
    assert own.woorden == own_words
