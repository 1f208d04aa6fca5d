"""Starter synonyms for the Woo team's list (round 42, set 25).

- A short, heavy downpour is a "hoosbui" in the municipality's letters and a "wolkbreuk",
  "stortbui" or "plensbui" in news items and chats ("wat te doen na de wolkbreuk").
- A cellar is also a "souterrain" to the residents who have one ("mijn hele souterrain stond
  vol"), the word a request for flooded cellars never types.

Plain Dutch synonyms any Woo team would keep; a group is added only where the team has none of
its words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_42_STARTER_SYNONYMS = (
    (
        "hoosbui, wolkbreuk, stortbui, plensbui",
        "Een hoosbui heet ook ‘wolkbreuk’, ‘stortbui’ of ‘plensbui’",
    ),
    (
        "kelder, souterrain",
        "Een kelder heet bij bewoners ook ‘souterrain’",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_42_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


class Migration(migrations.Migration):
    dependencies = [("woo", "0023_round41_starter_synonyms")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
