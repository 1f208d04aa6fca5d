"""Starter groups for the Woo team's synonym list (round 39, set 23): litter is written about
as "zwerfvuil" ("zwerfvuil prikken", "het zwerfvuilteam") as often as "zwerfafval", and an
explosion as the thing that "ontploft" ("er is iets ontploft onder de auto"; the search adds
the verb's forms of "ontploffing"). Neither pair is joined by the stemmer or the compound
splitter; each is a plain Dutch synonym any Woo team would keep (the team edits or deletes them
like any group)."""

from django.db import migrations

ROUND_39_STARTER_SYNONYMS = (
    ("zwerfafval, zwerfvuil", "Zwerfafval heet in gesprekken vaak ‘zwerfvuil’"),
    ("explosie, ontploffing", "Een explosie heet in gesprekken vaak ‘er is iets ontploft’"),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in ROUND_39_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})


class Migration(migrations.Migration):
    dependencies = [("woo", "0020_website_starter_synonyms")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
