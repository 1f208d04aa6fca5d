"""`manage.py sweep_submissions`: queue stuck submissions once (for cron, or by hand)."""

from django.core.management.base import BaseCommand

from chats.sweeps import sweep_once
from chats.wording import aantal


class Command(BaseCommand):
    help = (
        "Zet inzendingen die te lang op verwerking wachten opnieuw in de wachtrij. Workers en "
        "beat doen dit zelf elke minuut; dit commando is voor cron of voor een beheerder."
    )

    def handle(self, *args, **options):
        queued = sweep_once()
        self.stdout.write(
            f"{aantal(queued, 'inzending', 'inzendingen')} opnieuw in de wachtrij gezet."
        )
