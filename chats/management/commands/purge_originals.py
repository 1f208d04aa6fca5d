"""`manage.py purge_originals`: remove originals of reviewed submissions past the purge period."""

from django.core.management.base import BaseCommand

from chats.purge import originals_purge, submissions_due_for_purge


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
        due = list(submissions_due_for_purge().values_list("pk", flat=True))
        if dry_run:
            self.stdout.write(f"{len(due)} inzending(en) aan de beurt (niets verwijderd).")
            return
        files = failed = 0
        for submission_id in due:
            try:
                files += originals_purge(submission_id=submission_id).files
            except Exception as exc:  # one broken submission must not stop the rest
                failed += 1
                self.stderr.write(f"Inzending {submission_id}: mislukt ({type(exc).__name__}).")
        self.stdout.write(
            f"{len(due) - failed} inzending(en) opgeschoond, {files} bestand(en) verwijderd"
            + (f", {failed} mislukt." if failed else ".")
        )
