"""Recompute the subject words of every archived conversation (Woo search, "samenhang")."""

from django.core.management.base import BaseCommand

from chats.wording import aantal
from woo.indexing import kernwoorden_refresh


class Command(BaseCommand):
    help = (
        "Berekent de kernwoorden van alle gesprekken in de zoekindex opnieuw (na een grote "
        "import of als het archief flink gegroeid is)."
    )

    def handle(self, *args, **options):
        done = kernwoorden_refresh()
        self.stdout.write(f"Kernwoorden bijgewerkt voor {aantal(done, 'gesprek', 'gesprekken')}.")
