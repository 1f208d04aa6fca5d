"""Submissions made before the onderwerp and omschrijving were redacted get their redacted text.

The detector is pure Python (no models), so a migration may use it; submissions that are still
waiting for processing get theirs when processing runs.
"""

from django.db import migrations

from chats.redaction import detect, redact_text


def _redacted(text):
    return redact_text(text, detect(text)) if text else ""


def fill(apps, schema_editor):
    Submission = apps.get_model("chats", "Submission")
    todo = Submission.objects.filter(onderwerp_redacted="").exclude(
        status__in=("ontvangen", "in_verwerking")
    )
    for submission in todo.only("pk", "onderwerp", "omschrijving").iterator():
        Submission.objects.filter(pk=submission.pk).update(
            onderwerp_redacted=_redacted(submission.onderwerp)[:400],
            omschrijving_redacted=_redacted(submission.omschrijving)[:4000],
        )


class Migration(migrations.Migration):
    dependencies = [("chats", "0012_seed_organisation_contacts")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
