"""Synonym list the Woo team edits, and the archive's own vocabulary with a trigram index."""

import django.contrib.postgres.indexes
from django.db import migrations, models

import woo.postgres_ops

# A first list for the Woo team to extend (general municipal words and abbreviations).
STARTER_SYNONYMS = (
    ("statushouders, vergunninghouders, sth", "Huisvesting van statushouders"),
    ("kap, kappen, vellen, bomenkap", "Bomen"),
    ("wmo, maatschappelijke ondersteuning", ""),
    ("apv, algemene plaatselijke verordening", ""),
    ("boa, handhaver", ""),
    ("omgevingsvergunning, vergunning", ""),
    ("gladheidsbestrijding, strooien", ""),
    ("woningsluiting, sluiting, verzegeling", "Artikel 13b Opiumwet"),
)


def add_starter_synonyms(apps, schema_editor):
    Synoniemgroep = apps.get_model("woo", "Synoniemgroep")
    for words, note in STARTER_SYNONYMS:
        Synoniemgroep.objects.get_or_create(woorden=words, defaults={"toelichting": note})


def fill_vocabulary(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        """
        INSERT INTO woo_woord (woord, berichten)
        SELECT word, ndoc FROM ts_stat('SELECT to_tsvector(''simple'', text) FROM woo_searchentry')
        WHERE length(word) BETWEEN 2 AND 100
        ON CONFLICT (woord) DO NOTHING
        """
    )


class Migration(migrations.Migration):
    dependencies = [
        ("woo", "0003_move_search_archive_permission"),
    ]

    operations = [
        woo.postgres_ops.CreateExtensionOnPostgres("pg_trgm"),
        migrations.CreateModel(
            name="Synoniemgroep",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("woorden", models.CharField(help_text="Gescheiden door komma's, bijvoorbeeld: statushouders, vergunninghouders, sth", max_length=500, verbose_name="woorden")),
                ("toelichting", models.CharField(blank=True, max_length=300, verbose_name="toelichting")),
                ("gewijzigd_op", models.DateTimeField(auto_now=True, verbose_name="gewijzigd op")),
            ],
            options={
                "verbose_name": "synoniemen en afkortingen",
                "verbose_name_plural": "synoniemen en afkortingen",
                "ordering": ["woorden"],
            },
        ),
        migrations.CreateModel(
            name="Woord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("woord", models.CharField(max_length=100, unique=True, verbose_name="woord")),
                ("berichten", models.PositiveIntegerField(default=0, verbose_name="aantal berichten")),
            ],
            options={
                "verbose_name": "woord uit het archief",
                "verbose_name_plural": "woordenlijst van het archief",
            },
        ),
        woo.postgres_ops.AddIndexOnPostgres(
            model_name="woord",
            index=django.contrib.postgres.indexes.GinIndex(fields=["woord"], name="woo_woord_trgm", opclasses=["gin_trgm_ops"]),
        ),
        migrations.RunPython(add_starter_synonyms, migrations.RunPython.noop),
        migrations.RunPython(fill_vocabulary, migrations.RunPython.noop),
    ]
