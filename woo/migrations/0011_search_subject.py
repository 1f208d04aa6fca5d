"""The record's redacted subject becomes searchable (issue 17): one index entry per archived record.

New records get it when they are indexed (woo.indexing); this adds it to the records archived
before, and their words to the conversation's vector and the vocabulary. Only the redacted
subject (`onderwerp_redacted`), never the original. Idempotent: a record that has its subject
entry is left alone. The SQL is written out here (not imported from woo.indexing) so that later
changes to indexing do not change what this migration did.
"""

from django.db import migrations, models

SUBJECT = "onderwerp"
ARCHIVED = "gearchiveerd"
_CLEAN = "btrim(translate(s.onderwerp_redacted, U&'\\E000\\E001', '  '), E' \\t\\r\\n')"


def _postgres(apps, cursor) -> None:
    entry = apps.get_model("woo", "SearchEntry")._meta.db_table
    record = apps.get_model("woo", "SearchRecord")._meta.db_table
    submission = apps.get_model("chats", "Submission")._meta.db_table
    message = apps.get_model("chats", "Message")._meta.db_table
    zaak = apps.get_model("zaken", "Zaak")._meta.db_table
    zaaktype = apps.get_model("zaken", "Zaaktype")._meta.db_table
    woord = apps.get_model("woo", "Woord")._meta.db_table
    cursor.execute(
        f"""
        INSERT INTO {entry} (submission_id, message_id, media_id, source, seq, sent_at, text,
                             vector, zaak_id, zaaktype, afdeling, gesprekspartner)
        SELECT s.id, NULL, NULL, %s, 0,
               (SELECT min(m.sent_at) FROM {message} m
                WHERE m.submission_id = s.id AND m.in_record),
               x.text, to_tsvector('dutch', x.text), s.zaak_id, coalesce(t.identificatie, ''),
               coalesce(s.afdeling, ''), coalesce(s.gesprekspartner, '')
        FROM {submission} s
        LEFT JOIN {zaak} z ON z.id = s.zaak_id
        LEFT JOIN {zaaktype} t ON t.id = z.zaaktype_id
        CROSS JOIN LATERAL (SELECT {_CLEAN} AS text) x
        WHERE s.status = %s AND x.text <> ''
          AND NOT EXISTS (
              SELECT 1 FROM {entry} e WHERE e.submission_id = s.id AND e.source = %s
          )
        RETURNING submission_id
        """,
        [SUBJECT, ARCHIVED, SUBJECT],
    )
    added = [row[0] for row in cursor.fetchall()]
    if not added:
        return
    # The conversation's vector (every word of the record, positions stripped) takes the
    # subject's words; a record without searchable messages gets its row now.
    cursor.execute(
        f"""
        INSERT INTO {record} AS r
            (submission_id, vector, kernwoorden, zaak_id, zaaktype, afdeling, gesprekspartner)
        SELECT e.submission_id, strip(e.vector), '', e.zaak_id, e.zaaktype, e.afdeling,
               e.gesprekspartner
        FROM {entry} e
        WHERE e.submission_id = ANY(%s) AND e.source = %s
        ON CONFLICT (submission_id) DO UPDATE
            SET vector = strip(coalesce(r.vector, ''::tsvector) || excluded.vector)
        """,
        [added, SUBJECT],
    )
    cursor.execute(
        f"""
        INSERT INTO {woord} (woord, berichten)
        SELECT word, ndoc FROM ts_stat(%s) WHERE length(word) BETWEEN 2 AND 100
        ON CONFLICT (woord) DO UPDATE SET berichten = {woord}.berichten + excluded.berichten
        """,
        [
            f"SELECT to_tsvector('simple', text) FROM {entry} "
            f"WHERE source = '{SUBJECT}' AND submission_id IN ({', '.join(map(str, added))})"
        ],
    )


def _simple(apps) -> None:
    Submission = apps.get_model("chats", "Submission")
    Message = apps.get_model("chats", "Message")
    SearchEntry = apps.get_model("woo", "SearchEntry")
    done = set(
        SearchEntry.objects.filter(source=SUBJECT).values_list("submission_id", flat=True)
    )
    records = (
        Submission.objects.filter(status=ARCHIVED)
        .exclude(pk__in=done)
        .select_related("zaak__zaaktype")
    )
    for s in records.iterator():
        text = (s.onderwerp_redacted or "").replace("\ue000", " ").replace("\ue001", " ")
        text = text.replace("\x00", " ").strip()
        if not text:
            continue
        first = (
            Message.objects.filter(submission_id=s.pk, in_record=True, sent_at__isnull=False)
            .order_by("sent_at")
            .values_list("sent_at", flat=True)
            .first()
        )
        zaaktype = s.zaak.zaaktype.identificatie if s.zaak and s.zaak.zaaktype else ""
        SearchEntry.objects.create(
            submission_id=s.pk,
            source=SUBJECT,
            seq=0,
            sent_at=first,
            text=text,
            zaak_id=s.zaak_id,
            zaaktype=zaaktype,
            afdeling=s.afdeling or "",
            gesprekspartner=s.gesprekspartner or "",
        )


def index_subjects(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            _postgres(apps, cursor)
    else:
        _simple(apps)


def remove_subjects(apps, schema_editor):
    # The conversation vectors keep the subject's words until the records are indexed again.
    apps.get_model("woo", "SearchEntry").objects.filter(source=SUBJECT).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("woo", "0010_search_gin_fastupdate_off"),
        # onderwerp_redacted (0011) and the redacted texts of existing records (0013).
        ("chats", "0015_organisation_contact_names"),
        ("zaken", "0002_zaaktype_selectielijst_retention"),
    ]

    operations = [
        migrations.AlterField(
            model_name="searchentry",
            name="source",
            field=models.CharField(
                choices=[
                    ("bericht", "Bericht"),
                    ("ocr", "Tekst uit afbeelding"),
                    ("onderwerp", "Onderwerp van het archiefstuk"),
                ],
                max_length=10,
                verbose_name="bron",
            ),
        ),
        migrations.RunPython(index_subjects, remove_subjects, elidable=True),
    ]
