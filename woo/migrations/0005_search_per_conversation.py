"""One search vector per archived record, so that conversation search finds chats that hold every word."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

import woo.postgres_ops


def fill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        """
        INSERT INTO woo_searchrecord (submission_id, vector, zaak_id, zaaktype, afdeling, gesprekspartner)
        SELECT submission_id, strip(to_tsvector('dutch', string_agg(text, ' '))),
               max(zaak_id), max(zaaktype), max(afdeling), max(gesprekspartner)
        FROM woo_searchentry GROUP BY submission_id
        ON CONFLICT (submission_id) DO NOTHING
        """
    )


class Migration(migrations.Migration):
    dependencies = [
        ("chats", "0001_initial"),
        ("zaken", "0001_initial"),
        ("woo", "0004_synonyms_and_vocabulary"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchRecord",
            fields=[
                ("submission", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name="+", serialize=False, to="chats.submission", verbose_name="archiefstuk")),
                ("vector", django.contrib.postgres.search.SearchVectorField(editable=False, null=True)),
                ("zaaktype", models.CharField(blank=True, max_length=200, verbose_name="zaaktype")),
                ("afdeling", models.CharField(blank=True, max_length=40, verbose_name="afdeling")),
                ("gesprekspartner", models.CharField(blank=True, max_length=20, verbose_name="gesprekspartner")),
                ("zaak", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="zaken.zaak")),
            ],
            options={
                "verbose_name": "zoekindex per gesprek",
                "verbose_name_plural": "zoekindex per gesprek",
            },
        ),
        woo.postgres_ops.AddIndexOnPostgres(
            model_name="searchrecord",
            index=django.contrib.postgres.indexes.GinIndex(fields=["vector"], name="woo_record_vector_gin"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
