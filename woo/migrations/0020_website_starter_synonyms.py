"""A starter group for the Woo team's synonym list: a website is written about as "de site"
("op de site zetten") at least as often as "de website"; the stemmer joins neither and "site"
is no part the compound splitter finds (the team edits or deletes it like any group)."""

from django.db import migrations

WEBSITE_STARTER_SYNONYMS = (
    ("website, site", "Een website heet in gesprekken vaak ‘de site’"),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in WEBSITE_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})


class Migration(migrations.Migration):
    dependencies = [("woo", "0019_ocr_passage_lezen_sinds")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
