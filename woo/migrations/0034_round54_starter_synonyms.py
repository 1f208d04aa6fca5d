"""Starter synonyms for the Woo team's list (round 54, set 32).

- Riots after a match are "ongeregeldheden" in a request, a council letter or a police report,
  and "rellen" (or "relletjes", one "rel") in the chats of the team that cleaned up after them:
  "Horeca wil een vergoeding voor de schade van de rellen zondag".

A plain Dutch synonym any Woo team would keep; the group is added only where the team has none of
its words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_54_STARTER_SYNONYMS = (
    (
        "ongeregeldheden, rellen, rel, relletjes",
        "Ongeregeldheden heten in de wandeling rellen of relletjes",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_54_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_54_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0033_round52_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
