"""Entries of the contact list listed before its form checked values (stop 45) wait for Beheer:
a value the form now refuses (a person's first name as an organisation) or one that looks private
(a 06 number, a personal mailbox, a person's full name) that no audit row confirms is not kept
readable until Beheer confirms, changes or switches it off (chats.contact_list)."""

from django.db import migrations, models


def mark(apps, schema_editor):
    from chats.contact_list import mark_unchecked_entries

    mark_unchecked_entries(
        apps.get_model("chats", "OrganisationContact").objects,
        apps.get_model("audit", "AuditEvent").objects,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("chats", "0026_mediaitem_overlap"),
        ("audit", "0005_refuse_truncate"),
    ]

    operations = [
        migrations.AddField(
            model_name="organisationcontact",
            name="nog_te_controleren",
            field=models.BooleanField(
                default=False, editable=False, verbose_name="nog te controleren"
            ),
        ),
        migrations.RunPython(mark, migrations.RunPython.noop),
    ]
