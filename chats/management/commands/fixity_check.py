"""`manage.py fixity_check`: re-read stored files and compare them with their SHA-256."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from chats.fixity import MISSING, fixity_check
from chats.wording import aantal


class Command(BaseCommand):
    help = (
        "Leest opgeslagen bestanden opnieuw en vergelijkt ze met hun SHA-256. Zonder --all een "
        "portie (ARCHIEF_FIXITY_BATCH), de langst niet gecontroleerde eerst."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="alle bestanden in één keer")
        parser.add_argument("--limit", type=int, help="hoeveel bestanden (standaard de portie)")

    def handle(self, *args, **options):
        limit = None if options["all"] else options["limit"] or settings.ARCHIEF_FIXITY_BATCH
        report = fixity_check(limit=limit)
        for failure in report.failures:
            what = "ontbreekt" if failure.problem == MISSING else "is veranderd"
            self.stdout.write(
                f"inzending {failure.submission_id}, bestand {failure.stored_file_id}: {what}"
            )
        self.stdout.write(
            f"{aantal(report.checked, 'bestand', 'bestanden')} gecontroleerd, "
            f"{len(report.failures)} met een afwijking."
        )
        if report.failures:
            raise CommandError(
                f"{aantal(len(report.failures), 'bestand ontbreekt of is', 'bestanden ontbreken of zijn')}"
                " veranderd; "
                "Informatiebeheer is gemaild."
            )
