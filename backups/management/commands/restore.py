"""`manage.py restore PATH`: restore a backup into an empty database and media store, verified."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups.archive import ArchiveError
from backups.database import DatabaseError
from backups.manifest import ManifestError
from backups.services import BackupError, backup_restore
from chats.wording import aantal


class Command(BaseCommand):
    help = (
        "Zet een reservekopie terug in een lege database en een lege bestandsopslag (MEDIA_ROOT) "
        "en controleert daarna elke tabel, elk bestand en elke controlesom."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="het bestand van de reservekopie")

    def handle(self, *args, **options):
        try:
            report = backup_restore(path=options["path"])
        except (BackupError, ArchiveError, DatabaseError, ManifestError) as exc:
            raise CommandError(exc.message) from None
        self.stdout.write(
            f"Teruggezet: {report.name}; {aantal(report.files, 'bestand', 'bestanden')} gecontroleerd, "
            f"{sum(report.counts.values())} rijen in {len(report.counts)} tabellen."
        )
        if not report.ok:
            for problem in report.problems:
                self.stdout.write(f"AFWIJKING: {problem}")
            raise CommandError(
                f"{aantal(len(report.problems), 'afwijking', 'afwijkingen')} na het terugzetten."
            )
        self.stdout.write("Alles is compleet en de controlesommen kloppen.")
