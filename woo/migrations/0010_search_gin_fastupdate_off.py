"""The search's GIN indexes without a pending list (fastupdate off), on PostgreSQL.

A pending list is read row by row by every search until (auto)vacuum merges it; merging it from
the application needs the index's owner, which the application's role is not. With fastupdate
off a new row goes straight into the index. Runs as the migration role, which owns the indexes;
the pending list left from before is merged here too.
"""

from django.db import migrations

INDEXES = ("woo_entry_vector_gin", "woo_record_vector_gin", "woo_woord_trgm")


def fastupdate_off(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in INDEXES:
            cursor.execute(f"ALTER INDEX {name} SET (fastupdate = off)")
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])


def fastupdate_default(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in INDEXES:
            cursor.execute(f"ALTER INDEX {name} RESET (fastupdate)")


class Migration(migrations.Migration):
    dependencies = [("woo", "0009_woo_release_files")]

    operations = [migrations.RunPython(fastupdate_off, fastupdate_default)]
