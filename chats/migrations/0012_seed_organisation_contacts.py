"""The municipality's published contact data, as the first entries of the list Beheer keeps.

Only what the municipality publishes and the project's corpora show: the general number 14 0522
and its role mailboxes. Department numbers and bank accounts are added by Beheer in the admin
(the municipality's accounts at BNG Bank stay visible by their bank code anyway).
"""

from django.db import migrations

DEFAULTS = (
    ("telefoon", "14 0522", "Algemeen nummer (Klantcontactcentrum)"),
    ("email", "info@meppel.nl", "Algemeen e-mailadres"),
    ("email", "post@meppel.nl", "Postadres voor documenten"),
    ("email", "secretariaat@meppel.nl", "Secretariaat"),
    ("email", "wmo@meppel.nl", "Wmo-loket"),
)


def seed(apps, schema_editor):
    OrganisationContact = apps.get_model("chats", "OrganisationContact")
    for kind, value, omschrijving in DEFAULTS:
        OrganisationContact.objects.get_or_create(
            kind=kind, value=value, defaults={"omschrijving": omschrijving}
        )


def unseed(apps, schema_editor):
    OrganisationContact = apps.get_model("chats", "OrganisationContact")
    for kind, value, _ in DEFAULTS:
        OrganisationContact.objects.filter(kind=kind, value=value).delete()


class Migration(migrations.Migration):
    dependencies = [("chats", "0011_organisation_contact_and_redacted_texts")]

    operations = [migrations.RunPython(seed, unseed)]
