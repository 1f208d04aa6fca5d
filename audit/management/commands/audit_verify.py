"""`manage.py audit_verify`: recompute the hash chain of the audit log and report the first break."""

from django.core.management.base import BaseCommand, CommandError

from audit.integrity import verify_chain


class Command(BaseCommand):
    help = (
        "Berekent de hashketen van het auditlog opnieuw en meldt de eerste gebroken schakel "
        "(regelnummer en wat er niet klopt). Stopt met een foutcode als de keten gebroken is."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--database", default="default", help="welke database (standaard: default)"
        )

    def handle(self, *args, **options):
        report = verify_chain(using=options["database"])
        if not report.ok:
            self.stdout.write(f"{_regels(report.rows)} in orde vóór de breuk.")
            raise CommandError(f"Hashketen gebroken. {report.problem}")
        self.stdout.write(f"Hashketen in orde: {_regels(report.rows)} gecontroleerd.")


def _regels(count: int) -> str:
    # audit is the lowest layer: it cannot use chats.wording.aantal.
    return f"{count} auditregel{'' if count == 1 else 's'}"
