"""`manage.py load_demo_zaken`: a few demo zaken (idempotent)."""

from django.core.management.base import BaseCommand

from zaken.models import Zaak

DEMO_ZAKEN = (
    ("Z-2024-000123", "Melding omgewaaide boom Hoofdstraat"),
    ("Z-2024-000456", "Omgevingsvergunning dakkapel Kerkplein"),
    ("Z-2025-000789", "Subsidie buurtfeest Koedijkslanden"),
)


class Command(BaseCommand):
    help = "Maakt enkele demozaken aan."

    def handle(self, *args, **options):
        for nummer, omschrijving in DEMO_ZAKEN:
            Zaak.objects.get_or_create(zaaknummer=nummer, defaults={"omschrijving": omschrijving})
        self.stdout.write(f"{len(DEMO_ZAKEN)} demozaken aanwezig.")
