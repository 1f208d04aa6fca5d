"""More starter groups for the Woo team's synonym list: common municipal words that people
write in another form than a request does (the team edits or deletes them like any group)."""

from django.db import migrations

MORE_STARTER_SYNONYMS = (
    ("zwembad, bad, zwembaden", "Een zwembad heet in gesprekken vaak ‘het bad’"),
    ("laadpaal, laadpalen, oplaadpunt, laadpunt", "Laadinfrastructuur"),
    ("meerkosten, extra kosten, overschrijding", ""),
    ("vuilniswagen, inzamelvoertuig, inzamelwagen", "Afvalinzameling"),
    ("autoriteit persoonsgegevens, ap", "Toezichthouder datalekken"),
    ("brandweerkazerne, kazerne", ""),
    ("bestemmingsplan, omgevingsplan", ""),
    ("jongeren, jeugd", ""),
)


def add(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in MORE_STARTER_SYNONYMS:
        Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})


class Migration(migrations.Migration):
    dependencies = [("woo", "0007_searchrecord_kernwoorden")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
