"""Starter synonyms for the Woo team's list (round 56, set 33).

- A "vereniging" is called a "club" in the chats ("de ijsclub", "de voetbalclub"); with the
  group, a typed compound also finds its compound with the other head where the archive holds
  it (woo.expansion.head_synonyms): "ijsvereniging" finds "de ijsclub".
- A municipality's care for its monuments is its "erfgoed" policy: the "erfgoedcommissie"
  advises on a "gemeentelijk monument", the "Erfgoedwet" replaced the "Monumentenwet".

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_56_STARTER_SYNONYMS = (
    (
        "vereniging, club",
        "Een vereniging heet in de wandeling een club: de ijsvereniging is de ijsclub",
    ),
    (
        "monument, erfgoed",
        "Monumentenzorg heet in de gemeente ook erfgoed: de erfgoedcommissie adviseert over "
        "monumenten",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_56_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_56_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0035_passage_bron_weggelakt")]

    operations = [migrations.RunPython(add, remove)]
