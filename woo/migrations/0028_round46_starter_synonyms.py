"""Starter synonyms for the Woo team's list (round 46, sets 25 and 26).

- A meal service ("maaltijdservice") is what a request calls it; the KCC, the social domain and
  the people who use it write what it does: "eten aan huis" ("de eten-aan-huis"), "maaltijden
  aan huis", "maaltijdbezorging", "maaltijdvoorziening". One group for the thing.
- A road or a bridge that is closed is "dicht" to the people who live and trade there ("sinds
  de brug dicht is"): round 43's group "afsluiting, afgesloten, dichtgooien" gets "dicht",
  only while it stands as round 43 wrote it.

Plain Dutch synonyms any Woo team would keep; a group is added only where the team has none of
its words in a group yet (a word belongs to one group only), so the team's edits stand.
"""

from django.db import migrations

ROUND_46_STARTER_SYNONYMS = (
    (
        "maaltijdservice, maaltijdvoorziening, maaltijdbezorging, maaltijden aan huis, "
        "eten aan huis",
        "Een maaltijdservice heet in gesprekken ook ‘eten aan huis’ of ‘maaltijden aan huis’",
    ),
)

ROUND_43_CLOSING = "afsluiting, afgesloten, dichtgooien"
CLOSED = "dicht"


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_46_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})
            taken |= _words(words)
    if CLOSED not in taken:
        Synoniemgroep.objects.filter(woorden=ROUND_43_CLOSING).update(
            woorden=f"{ROUND_43_CLOSING}, {CLOSED}"
        )


def remove(apps, schema_editor):
    """Undo add: a group goes, and "dicht" leaves the closing group, only where it stands as add
    wrote it (words and note: a group of the team's own stays), so the team's edits since stand
    and the closing group is 0025's again."""
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in ROUND_46_STARTER_SYNONYMS:
        Synoniemgroep.objects.filter(woorden=words, toelichting=note).delete()
    Synoniemgroep.objects.filter(woorden=f"{ROUND_43_CLOSING}, {CLOSED}").update(
        woorden=ROUND_43_CLOSING
    )


class Migration(migrations.Migration):
    dependencies = [("woo", "0027_round45_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
