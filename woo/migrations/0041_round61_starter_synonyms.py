"""Starter synonyms for the Woo team's list (round 61, set 37).

- A footbridge is a "voetgangersbrug" in a request, a "voetbrug" or a "loopbrug" to the outdoor
  service and the contractor (set 37: the contractor's chat "Aannemer loopbrug", about the new
  deck of the bridge, was never listed for "voetgangersbrug afgesloten").
- A business park is a "bedrijventerrein" to the municipality, an "industrieterrein" or a
  "bedrijfsterrein" to residents ("de motoren gieren op het industrieterrein").

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_61_STARTER_SYNONYMS = (
    (
        "voetgangersbrug, voetbrug, loopbrug",
        "Een brug voor voetgangers heet ook voetbrug of loopbrug",
    ),
    (
        "bedrijventerrein, industrieterrein, bedrijfsterrein",
        "Een bedrijventerrein heet bij inwoners ook industrieterrein of bedrijfsterrein",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_61_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_61_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0040_round59_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
