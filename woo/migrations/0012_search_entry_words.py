"""The words of each search entry that the search's context needs, stored (issue 17, speed).

New records get them when they are indexed (woo.indexing.kernwoorden_refresh); this fills them
for the records indexed before, from their texts and the subject words (kernwoorden) each
record has now, on PostgreSQL (the embedded SQLite default computes them while searching). An
entry without a row is judged from its text, so a search gives the same result before and
after. The word rules are written out here (not imported from woo.relevance) so that later
changes there do not change what this migration did.
"""

import re

import django.db.models.deletion
from django.db import migrations, models

SUBJECT = "onderwerp"
BATCH = 2000
_TOKENS = re.compile(r"\w+", re.UNICODE)
_AGENDA_POINT = re.compile(r"^\s*\d{1,2}[.)]\s+\S")


def _words(text: str) -> set[str]:
    found = set()
    for word in _TOKENS.findall((text or "").lower()):
        if word.isdigit():
            if len(word) >= 2:
                found.add(word)
        elif 3 <= len(word) <= 100 and "_" not in word:
            found.add(word)
    return found


def fill(apps, schema_editor) -> None:
    if schema_editor.connection.vendor != "postgresql":
        return
    SearchEntry = apps.get_model("woo", "SearchEntry")
    SearchRecord = apps.get_model("woo", "SearchRecord")
    SearchEntryWords = apps.get_model("woo", "SearchEntryWords")
    subjects = {
        sid: set(words.split())
        for sid, words in SearchRecord.objects.values_list("submission_id", "kernwoorden")
    }
    if not subjects:
        return
    batch = []
    rows = SearchEntry.objects.order_by("submission_id", "seq", "pk").values_list(
        "pk", "submission_id", "text"
    )
    for entry_id, sid, text in rows.iterator(chunk_size=BATCH):
        if sid not in subjects:
            continue
        words = _words(text)
        batch.append(
            SearchEntryWords(
                entry_id=entry_id,
                submission_id=sid,
                woorden=" ".join(sorted(words)),
                agenda=bool(_AGENDA_POINT.match(text or "")),
                kernwoorden=" ".join(sorted(words & subjects[sid])),
            )
        )
        if len(batch) >= BATCH:
            SearchEntryWords.objects.bulk_create(batch)
            batch = []
    if batch:
        SearchEntryWords.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [
        ("chats", "0015_organisation_contact_names"),
        ("woo", "0011_search_subject"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntryWords",
            fields=[
                ("entry_id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("woorden", models.TextField(blank=True, default="", verbose_name="woorden")),
                (
                    "agenda",
                    models.BooleanField(default=False, verbose_name="genummerd agendapunt"),
                ),
                (
                    "kernwoorden",
                    models.TextField(
                        blank=True, default="", verbose_name="kernwoorden in het bericht"
                    ),
                ),
                (
                    "submission",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="chats.submission",
                        verbose_name="archiefstuk",
                    ),
                ),
            ],
            options={
                "verbose_name": "woorden van een zoekindexregel",
                "verbose_name_plural": "woorden van zoekindexregels",
            },
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
    ]
