"""A starter group for the Woo team's synonym list: a theft is written about as the break-in
("er is ingebroken op de werf") far more often than as "diefstal" (the team edits or deletes it
like any group)."""

from django.db import migrations

THEFT_STARTER_SYNONYMS = (
    ("diefstal, inbraak", "Een diefstal heet in gesprekken vaak ‘de inbraak’ (‘er is ingebroken’)"),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in THEFT_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})


class Migration(migrations.Migration):
    dependencies = [("woo", "0012_search_entry_words")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
