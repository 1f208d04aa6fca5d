"""The search index stops reading redaction placeholders as words (stop 37).

"[E-MAILADRES]", "[NAAM]", "[TELEFOONNUMMER]" were indexed like text: "mail" found and marked
"[E-MAILADRES]", and their words fed the vocabulary (spelling suggestions, compound
completion). New entries are indexed without them (woo.indexing, woo.blackout.hide_placeholders);
this takes them out of the entries indexed before: the vectors of entries holding one, the
conversation vectors of their records and the vocabulary's counts. Only redacted text is read,
as always. The SQL is written out here (not imported from woo.indexing) so that later changes to
indexing do not change what this migration did. Idempotent: an entry already without placeholder
words gets the same vector, and its vocabulary counts come out the same.

The stored words per entry (woo.SearchEntryWords) and the subject words follow with
`manage.py woo_kernwoorden`.
"""

import re

from django.db import migrations

PLACEHOLDERS = (
    "NAAM|TELEFOONNUMMER|E-MAILADRES|BSN|IBAN|ADRES|POSTCODE|KENTEKEN|GEBOORTEDATUM|URL"
    "|DOCUMENTNUMMER|VERWIJDERD"
)
PATTERN = rf"\[({PLACEHOLDERS})\]"
_HIDDEN = f"regexp_replace(text, '{PATTERN}', ' ', 'g')"


def _postgres(apps, cursor) -> None:
    entry = apps.get_model("woo", "SearchEntry")._meta.db_table
    record = apps.get_model("woo", "SearchRecord")._meta.db_table
    woord = apps.get_model("woo", "Woord")._meta.db_table
    holding = f"FROM {entry} WHERE text ~ '{PATTERN}'"
    cursor.execute(f"SELECT DISTINCT submission_id {holding}")
    affected = [row[0] for row in cursor.fetchall()]
    if not affected:
        return
    stat = "SELECT word, ndoc FROM ts_stat(%s) WHERE length(word) BETWEEN 2 AND 100"
    # The vocabulary: these entries' words out as they were counted, back in without the
    # placeholders' words.
    cursor.execute(
        f"UPDATE {woord} SET berichten = {woord}.berichten - counted.ndoc "
        f"FROM ({stat}) AS counted WHERE {woord}.woord = counted.word",
        [f"SELECT to_tsvector('simple', text) {holding}"],
    )
    cursor.execute(
        f"INSERT INTO {woord} (woord, berichten) {stat} ON CONFLICT (woord) "
        f"DO UPDATE SET berichten = {woord}.berichten + excluded.berichten",
        [f"SELECT to_tsvector('simple', {_HIDDEN}) {holding}"],
    )
    cursor.execute(f"DELETE FROM {woord} WHERE berichten <= 0")
    cursor.execute(f"UPDATE {entry} SET vector = to_tsvector('dutch', {_HIDDEN}) WHERE text ~ %s", [PATTERN])
    cursor.execute(
        f"""
        UPDATE {record} r SET vector = x.vector
        FROM (
            SELECT submission_id, strip(to_tsvector('dutch', string_agg({_HIDDEN}, ' '))) AS vector
            FROM {entry} WHERE submission_id = ANY(%s) GROUP BY submission_id
        ) x
        WHERE r.submission_id = x.submission_id
        """,
        [affected],
    )


def _simple(apps) -> None:
    """The embedded SQLite default has no vectors: its vocabulary is counted again."""

    SearchEntry = apps.get_model("woo", "SearchEntry")
    Woord = apps.get_model("woo", "Woord")
    placeholder, tokens = re.compile(PATTERN), re.compile(r"\w+", re.UNICODE)
    counts: dict[str, int] = {}
    for text in SearchEntry.objects.values_list("text", flat=True).iterator():
        for word in {w.lower() for w in tokens.findall(placeholder.sub(" ", text or ""))}:
            if 2 <= len(word) <= 100:
                counts[word] = counts.get(word, 0) + 1
    Woord.objects.all().delete()
    Woord.objects.bulk_create([Woord(woord=w, berichten=n) for w, n in counts.items()], 2000)


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            _postgres(apps, cursor)
    else:
        _simple(apps)


class Migration(migrations.Migration):
    dependencies = [("woo", "0016_bewaarplicht_help_text_dutch")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
