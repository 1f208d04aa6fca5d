"""Starter synonyms for the Woo team's list (round 52, set 31).

- The memorial stones for victims of the Nazi regime are "Stolpersteine" (Gunter Demnig's own,
  German name, used in requests and by the press) and "struikelstenen" to the Dutch foundations
  and in chats: "De Stichting Struikelstenen Meppel vraagt ...".
- Bird flu ("vogelgriep") is "aviaire influenza" in the NVWA's letters and named by its virus,
  "H5N1", once a dead bird's test comes back: "Uitslag is binnen: H5N1".

A plain Dutch synonym any Woo team would keep; the group is added only where the team has none of
its words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_52_STARTER_SYNONYMS = (
    (
        "stolpersteine, stolperstein, struikelstenen, struikelsteen",
        "Stolpersteine (de Duitse naam) heten in het Nederlands struikelstenen",
    ),
    (
        "vogelgriep, aviaire influenza, h5n1",
        "Vogelgriep heet bij de NVWA aviaire influenza, en naar het virus H5N1",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_52_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_52_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0032_woomelding")]

    operations = [migrations.RunPython(add, remove)]
