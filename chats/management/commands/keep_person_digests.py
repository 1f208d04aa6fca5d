"""`manage.py keep_person_digests`: keep the persons of archived records as keyed hashes."""

from django.core.management.base import BaseCommand

from chats.purge import keep_archive_person_digests
from chats.wording import aantal


class Command(BaseCommand):
    help = (
        "Bewaart de personen van gearchiveerde inzendingen waarvan de originelen er nog zijn als "
        "sleutelhashes (eenmalig na de upgrade: inzendingen van vóór de sleutelhashes), zodat "
        "later getypte tekst en zoekopdrachten zonder hun namen worden vastgelegd."
    )

    def handle(self, *args, **options):
        records, added = keep_archive_person_digests()
        self.stdout.write(
            f"{aantal(records, 'inzending', 'inzendingen')} nagelopen, "
            f"{aantal(added, 'sleutelhash', 'sleutelhashes')} toegevoegd."
        )
