"""`manage.py purge_originals`: remove originals of reviewed submissions past the purge period."""

from django.core.management.base import BaseCommand

from chats.purge import originals_purge_due, submissions_due_for_purge
from chats.wording import aantal


class Command(BaseCommand):
    help = (
        "Verwijdert de originele bestanden (en niet-geselecteerde berichten) van gearchiveerde "
        "en afgewezen inzendingen zodra de bewaarperiode voor originelen voorbij is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Toon alleen hoeveel inzendingen aan de beurt zijn.",
        )

    def handle(self, *args, dry_run=False, **options):
        if dry_run:
            due = submissions_due_for_purge().count()
            self.stdout.write(
                f"{aantal(due, 'inzending', 'inzendingen')} aan de beurt (niets verwijderd)."
            )
            return
        run = originals_purge_due()
        self.stdout.write(
            f"{aantal(run.submissions, 'inzending', 'inzendingen')} opgeschoond, "
            f"{aantal(run.files, 'bestand', 'bestanden')} verwijderd"
            + (f", {run.failed} mislukt (zie het log)." if run.failed else ".")
        )
