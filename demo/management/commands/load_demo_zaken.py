"""`manage.py load_demo_zaken`: the selectielijst, a few zaaktypen and demo zaken (idempotent)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from demo.zaken import demo_zaken_load


class Command(BaseCommand):
    help = "Laadt de selectielijst en maakt enkele demozaaktypen en demozaken aan."

    def handle(self, *args, **options):
        call_command("load_selectielijst", stdout=self.stdout)
        count = demo_zaken_load()
        self.stdout.write(f"{count} demozaken aanwezig.")
