"""Starter synonyms for the Woo team's list (round 67, set 42).

- What went missing is "vermist" to the police and the officer, "kwijt" or "zoekgeraakt" to most
  who lost it, "verdwenen" to those who looked for it (set 42: "de verdwenen doos met ID-kaarten"
  for "zending identiteitskaarten kwijt", "vermiste rijbewijzen burgerzaken").

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_67_STARTER_SYNONYMS = (
    (
        "kwijt, vermist, verdwenen, zoekgeraakt",
        "Wat kwijt is heet ook vermist, verdwenen of zoekgeraakt",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_67_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_67_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0048_round66_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
