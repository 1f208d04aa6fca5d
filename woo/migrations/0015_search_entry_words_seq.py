"""Each entry's seq with its stored words (issue 17, speed): the search's context reads the
words of the windows around its hits by range, as it reads the entries, instead of looking up
each of ~800 entries of a results page by id (1M-message bench).

New rows get it when the words are stored (woo.indexing.kernwoorden_refresh); this copies it
from the entries for the rows stored before, on PostgreSQL (the embedded SQLite default stores
no words). A row without it is judged from its entry's text, with the same outcome.
"""

import django.db.models.deletion
from django.db import migrations, models


def fill(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    SearchEntry = apps.get_model("woo", "SearchEntry")
    SearchEntryWords = apps.get_model("woo", "SearchEntryWords")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {SearchEntryWords._meta.db_table} w SET seq = e.seq "
            f"FROM {SearchEntry._meta.db_table} e "
            "WHERE e.id = w.entry_id AND w.seq IS DISTINCT FROM e.seq"
        )


class Migration(migrations.Migration):
    dependencies = [("woo", "0014_nitrous_oxide_starter_synonyms")]

    operations = [
        migrations.AddField(
            model_name="searchentrywords",
            name="seq",
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name="volgnummer"),
        ),
        migrations.AlterField(
            model_name="searchentrywords",
            name="submission",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="chats.submission",
                verbose_name="archiefstuk",
            ),
        ),
        migrations.AddIndex(
            model_name="searchentrywords",
            index=models.Index(fields=["submission", "seq"], name="woo_entrywords_submission_seq"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
    ]
