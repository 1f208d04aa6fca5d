"""Starter synonyms for the Woo team's list (round 59, set 36).

- The warning siren (WAS-paal) is the "luchtalarm" to residents and the press; officers write
  "sirene", "sirenemast" and "waarschuwingssirene".
- A bus shelter is a "bushokje", a "wachthuisje" or, to the transport firm and the advertiser,
  an "abri".
- A theft is written "gestolen" in a report and "gejat" in a chat; a statement says
  "ontvreemd". The participles themselves form the group: an infinitive in the list ("stelen")
  would be searched as its stem's prefix ("stel…": "stellen", "voorstel").
- "Vernieling" and "vandalisme" name the same damage; with the group a typed "vandalisme" also
  finds "vernield" (the verb's forms of a synonym, woo.expansion._synonym_alternatives).
- The shared stairwell of a block of flats is a "portiek" or a "trappenhuis".
- "Hoogwater" is written as two words as often as one ("hoog water", "het hoge water": the
  stemmer makes one word of "hoog" and "hoge").
- A "zandzak" is "een zak zand", the sandbags of a flood "zakken zand".

Plain Dutch any Woo team would keep; a group is added only where the team has none of its words
in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_59_STARTER_SYNONYMS = (
    (
        "sirene, luchtalarm, waarschuwingssirene",
        "De waarschuwingssirene heet bij inwoners en in de pers het luchtalarm",
    ),
    (
        "bushokje, wachthuisje, abri",
        "Een bushokje heet ook wachthuisje; vervoerder en reclame-exploitant zeggen abri",
    ),
    (
        "gestolen, gejat, ontvreemd",
        "Gestolen heet in een chat gejat en in een aangifte ontvreemd",
    ),
    (
        "vernieling, vandalisme",
        "Vernielingen en vandalisme zijn dezelfde schade",
    ),
    (
        "portiek, trappenhuis",
        "Het gedeelde trappenhuis van een flat heet ook portiek",
    ),
    (
        "hoogwater, hoog water",
        "Hoogwater wordt ook als twee woorden geschreven: hoog water, het hoge water",
    ),
    (
        "zandzak, zak zand",
        "Zandzakken heten ook zakken zand",
    ),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_59_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)


def remove(apps, schema_editor):
    """Undo add: a group goes only where it stands as add wrote it (words and note), so a group
    of the team's own stays."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_59_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()


class Migration(migrations.Migration):
    dependencies = [("woo", "0039_release_released_count")]

    operations = [migrations.RunPython(add, remove)]
