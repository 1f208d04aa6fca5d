"""Starter synonyms for the Woo team's list (round 65, set 40).

- A sports club's canteen is its "clubhuis" or "clubgebouw" to the club, the press and the
  emergency services ("bliksem in het clubhuis", "inslag in het clubgebouw"); the municipality
  that owns the building calls it the "kantine" (set 40: the press office's and the sports
  department's lines about the lightning strike).
- The urn is the "asbus" to the cemetery staff and its register ("de tweede asbus heeft het
  nummer van mevrouw ..."), the "urn" to the bereaved and the officer (set 40: the cemetery
  team's lines about the misplaced urn).
- An insurance is its "polis" to whoever checks what it covers ("of het binnen de polis valt").
- A parking fine is a "naheffing" to the parking service (the naheffingsaanslag), a "boete" or
  "bekeuring" to the motorist and the officer.

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_65_STARTER_SYNONYMS = (
    (
        "kantine, clubhuis, clubgebouw",
        "De kantine van een sportclub heet ook clubhuis of clubgebouw",
    ),
    (
        "urn, asbus",
        "Een urn heet bij de begraafplaats ook asbus",
    ),
    (
        "verzekering, polis",
        "Een verzekering heet ook de polis",
    ),
    (
        "boete, naheffing, bekeuring",
        "Een parkeerboete heet bij parkeren een naheffing",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_65_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_65_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0045_round64_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
