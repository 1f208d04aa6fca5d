"""A starter group for the Woo team's synonym list: laughing gas is written about by its formula
("2 tanks N2O", "APV-wijziging N2O") by boa's, police and the APV as often as "lachgas" (the team
edits or deletes it like any group)."""

from django.db import migrations

NITROUS_OXIDE_STARTER_SYNONYMS = (
    ("lachgas, n2o", "Lachgas heet bij handhaving en in de APV vaak N2O"),
)


def _words(text: str) -> set[str]:
    return {part.strip().lower() for part in text.split(",") if part.strip()}


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    taken = set().union(*(_words(g.woorden) for g in Synoniemgroep.objects.all()))
    for words, note in NITROUS_OXIDE_STARTER_SYNONYMS:
        if not _words(words) & taken:  # a word belongs to one group only (woo.synonyms)
            Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})


class Migration(migrations.Migration):
    dependencies = [("woo", "0013_theft_starter_synonyms")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
