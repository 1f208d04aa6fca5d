"""Starter synonyms for the Woo team's list (round 71, set 45).

- A parking place is a "parkeervak" to who marks it and a "parkeerplek" to who looks for one
  (set 45: "Parklets: de bakken komen op de parkeervakken" for "parkeerplaats terras proef").
- The tactile paving for the blind is a "geleidelijn" to the municipality, "ribbellijnen",
  "ribbeltegels" or "geleidetegels" to who lays it or parks a bike on it (set 45: "De noppen- en
  ribbeltegels zijn binnen", "Vragen D66 over de ribbellijnen bij het station" for
  "blindengeleidelijnen").
- A panna cage is a "voetbalkooi" (set 45: "Voetbalkooi Berggierslanden is
  geleverd", "3 klachten over dat de voetbalkooi nog steeds tot 22 uur herrie geeft" for
  "pannakooi").
- The rubber infill of artificial grass is "rubbergranulaat", "rubberkorrels" or "rubbergruis"
  (set 45: "rubbergranulaat sportpark" missed the lines that write "rubberkorrels").

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_71_STARTER_SYNONYMS = (
    (
        "parkeerplaats, parkeervak, parkeerplek",
        "Een parkeerplaats heet ook parkeervak of parkeerplek",
    ),
    (
        "geleidelijn, blindengeleidelijn, ribbellijn, ribbeltegel, geleidetegel",
        "De geleidelijn voor blinden heet ook ribbellijn; hij ligt van ribbel- of geleidetegels",
    ),
    (
        "voetbalkooi, pannakooi",
        "Een pannakooi heet ook voetbalkooi",
    ),
    (
        "rubbergranulaat, rubberkorrel, rubbergruis",
        "Het rubber tussen het kunstgras heet granulaat, korrels of gruis",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_71_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_71_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0049_round67_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
