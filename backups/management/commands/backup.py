"""`manage.py backup`: a consistent backup of database and media store, with a manifest."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups.archive import ArchiveError
from backups.database import DatabaseError
from backups.services import BackupError, backup_create
from chats.wording import aantal


class Command(BaseCommand):
    help = (
        "Maakt een reservekopie van database en bestandsopslag samen (met een inhoudslijst met "
        "de SHA-256 van elk bestand) in ARCHIEF_BACKUP_DIR, versleuteld als "
        "ARCHIEF_BACKUP_AGE_RECIPIENT is gezet, en ruimt reservekopieën ouder dan "
        "ARCHIEF_BACKUP_KEEP_DAYS op."
    )

    def add_arguments(self, parser):
        parser.add_argument("--directory", type=Path, help="map (standaard ARCHIEF_BACKUP_DIR)")

    def handle(self, *args, **options):
        try:
            result = backup_create(directory=options["directory"])
        except (BackupError, ArchiveError, DatabaseError) as exc:
            raise CommandError(exc.message) from None
        self.stdout.write(
            f"Reservekopie {result.path} gemaakt: {aantal(result.files, 'bestand', 'bestanden')}, "
            f"{result.size} bytes{', versleuteld' if result.encrypted else ''}."
        )
        for name in result.pruned:
            self.stdout.write(f"Oude reservekopie verwijderd: {name}")
