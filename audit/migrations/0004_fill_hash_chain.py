"""Chain the rows written before the hash chain existed, in primary-key order."""

from django.db import migrations

from audit.chain import GENESIS_HASH, row_digest

TRIGGER = "audit_auditevent_append_only"


def _set_trigger(schema_editor, enabled: bool) -> None:
    # The row trigger refuses UPDATE; the migration role owns the table and may switch it off
    # for the length of this migration's transaction.
    if schema_editor.connection.vendor == "postgresql":
        state = "ENABLE" if enabled else "DISABLE"
        schema_editor.execute(f"ALTER TABLE audit_auditevent {state} TRIGGER {TRIGGER}")


def forwards(apps, schema_editor):
    AuditEvent = apps.get_model("audit", "AuditEvent")
    db = schema_editor.connection.alias
    _set_trigger(schema_editor, enabled=False)
    previous = GENESIS_HASH
    for event in AuditEvent.objects.using(db).order_by("pk").iterator(chunk_size=2000):
        row_hash = row_digest(event, previous)
        AuditEvent.objects.using(db).filter(pk=event.pk).update(
            previous_hash=previous, row_hash=row_hash
        )
        previous = row_hash
    _set_trigger(schema_editor, enabled=True)


def backwards(apps, schema_editor):
    AuditEvent = apps.get_model("audit", "AuditEvent")
    _set_trigger(schema_editor, enabled=False)
    AuditEvent.objects.using(schema_editor.connection.alias).update(previous_hash="", row_hash="")
    _set_trigger(schema_editor, enabled=True)


class Migration(migrations.Migration):
    dependencies = [("audit", "0003_hash_chain")]
    operations = [migrations.RunPython(forwards, backwards)]
