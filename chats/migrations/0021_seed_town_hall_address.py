"""The town hall's address as the first address of the municipality's own contact data.

"Kom maar langs op Grote Oever 26" names the town hall, no resident's home. Other buildings
(Stadsbeheer's yard, service points) are added by Beheer in the admin.
"""

from django.db import migrations

DEFAULTS = (("adres", "Grote Oever 26, 7941 BC Meppel", "Stadhuis"),)


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
    dependencies = [("chats", "0020_organisation_contact_addresses")]

    operations = [migrations.RunPython(seed, unseed)]
