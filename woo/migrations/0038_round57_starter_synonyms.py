"""Starter synonyms for the Woo team's list (round 57, set 34).

- A farm's "mestvergister" is, to neighbours and the press, a "biogasinstallatie" (it makes
  biogas of the manure); the officers themselves shorten it to "vergister". The group holds the
  compound too: its head alone would widen "biogasinstallatie" to every "vergister".
- The flower baskets on lamp posts are "bloemmanden" to one officer, "bloembakken" (hanging
  ones) to the next and "hanging baskets" to the shopkeepers (the group's phrase is met by the
  typed words too: woo.expansion._with_group_phrases).

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_57_STARTER_SYNONYMS = (
    (
        "mestvergister, vergister, biogasinstallatie",
        "Een mestvergister heet bij buren en in de pers een biogasinstallatie",
    ),
    (
        "bloemmand, bloembak, hanging basket",
        "Bloemmanden aan lantaarnpalen heten ook (hangende) bloembakken of hanging baskets",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_57_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_57_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0037_vocabulary_version")]

    operations = [migrations.RunPython(add, remove)]
