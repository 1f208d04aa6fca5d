"""Starter synonyms for the Woo team's list (new-user walk fix51d, issue 17).

- Household waste is "afval" in the municipality's letters and on its calendar, "vuilnis" or
  "huisvuil" to residents and in chats ("het vuilnis is niet opgehaald"), "restafval" where it
  is told apart from what is collected separately. The walk searched "vuilnis" and found
  nothing, while "afval" had hits.

Plain Dutch any Woo team would keep; the group is added only where the team has none of its
words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

FIX51D_STARTER_SYNONYMS = (
    (
        "afval, vuilnis, huisvuil, restafval",
        "Afval heet in gesprekken vaak vuilnis of huisvuil",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in FIX51D_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in FIX51D_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0046_round65_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
