"""Starter synonyms for the Woo team's list (round 64, set 39).

- A vessel is a "schip" in a request about bridges and waterways, a "boot" to the outdoor
  service and the bridge keepers ("4 boten lagen te wachten"); the plural of "schip" changes
  its vowel ("schepen"), which the Dutch stemmer does not join, so the group names both plurals
  (set 39: the outdoor team's chat about the bridge that would not open was listed apart for
  "brug open wachten schepen").
- The town centre is the "binnenstad" to the municipality and the "centrum" to the KCC and the
  residents ("de stroom is uit in het centrum"; set 39: the KCC's lines about the power cut).

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_64_STARTER_SYNONYMS = (
    (
        "schip, schepen, boot, boten, vaartuig",
        "Een schip heet op het water ook boot of vaartuig",
    ),
    (
        "binnenstad, centrum, stadscentrum",
        "De binnenstad heet ook het centrum",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_64_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_64_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0044_release_opmerking")]

    operations = [migrations.RunPython(add, remove)]
