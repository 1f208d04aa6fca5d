"""Starter synonyms for the Woo team's list (round 63, set 38).

- Trees are "gekapt" or "geveld" in a request and "gerooid" by the tree lab and the outdoor
  service ("Advies: bomen binnen 3 weken rooien"): "rooien" joins the starter group of
  "kap, kappen, vellen, bomenkap" (set 38: the tree lab's chat about the diseased elms was never
  listed for "iepen kap westeinde").

A word belongs to one group only (woo.synonyms), so the word joins the starter group only where
that group stands as migration 0004 wrote it and no group of the team holds the word yet: the
team's edits stand.
"""

from django.db import migrations

TREES_BEFORE = "kap, kappen, vellen, bomenkap"
TREES_AFTER = "kap, kappen, vellen, bomenkap, rooien"
ADDED = "rooien"


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    if ADDED not in taken:
        Synoniemgroep.objects.filter(woorden=TREES_BEFORE).update(woorden=TREES_AFTER)


def remove(apps, schema_editor):
    """Undo add: only where the group stands as add left it, so a group of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    Synoniemgroep.objects.filter(woorden=TREES_AFTER).update(woorden=TREES_BEFORE)


class Migration(migrations.Migration):
    dependencies = [("woo", "0042_verzoek_verzoeker_zaak")]

    operations = [migrations.RunPython(add, remove)]
