"""`manage.py redact_chat_rules`: the chat's rules across messages, applied again to records
processed before processing read a chat's messages with each other (chats.chat_rules_again)."""

import logging

from django.core.management.base import BaseCommand

from chats.chat_rules_again import Outcome, record_redact_again, records_to_examine
from chats.redaction import PLACEHOLDERS
from chats.wording import aantal

logger = logging.getLogger(__name__)


def _found(outcome: Outcome) -> str:
    """The new finds as the command says them: 2 nieuwe weglakkingen in 2 berichten ([ADRES] 1,
    [GEBOORTEDATUM] 1)."""
    labels = ", ".join(
        f"{PLACEHOLDERS.get(label, label)} {count}"
        for label, count in sorted(outcome.labels.items())
    )
    return (
        f"{aantal(outcome.labels.total(), 'nieuwe weglakking', 'nieuwe weglakkingen')} in "
        f"{aantal(outcome.messages, 'bericht', 'berichten')} ({labels})"
    )


class Command(BaseCommand):
    help = (
        "Controleert gearchiveerde inzendingen en inzendingen in beoordeling opnieuw op "
        "persoonsgegevens die pas uit de samenhang van de berichten blijken (een geboortedatum "
        "of BSN als antwoord op een vraag, een huisnummer of achternaam die later terugkomt), "
        "zoals de verwerking dat sinds versie 50 doet, en lakt wat gevonden wordt weg. Zijn de "
        "originelen verwijderd, dan wordt in de geanonimiseerde tekst gezocht. Elke inzending in "
        "een eigen transactie, met een regel in het auditlog; de Woo-zoekindex en de PDF van het "
        "archiefstuk volgen. Twee keer draaien verandert niets meer."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Toon per inzending wat er nieuw zou worden weggelakt; er verandert niets.",
        )
        parser.add_argument(
            "--inzending",
            type=int,
            action="append",
            dest="ids",
            metavar="ID",
            help="Alleen deze inzending (mag vaker worden opgegeven).",
        )

    def handle(self, *args, dry_run=False, ids=None, **options):
        records = records_to_examine()
        if ids:
            records = records.filter(pk__in=ids)
        examined = changed = failed = skipped = 0
        for submission_id in records.values_list("pk", flat=True).iterator():
            try:
                outcome = record_redact_again(submission_id=submission_id, dry_run=dry_run)
            except Exception:  # noqa: BLE001 - one record's failure stops none of the others
                failed += 1
                logger.exception("chat rules again: submission %s failed", submission_id)
                self.stderr.write(
                    f"Inzending {submission_id}: mislukt (zie het log); niets gewijzigd."
                )
                continue
            examined += 1
            if outcome.skipped:
                skipped += 1
                self.stdout.write(f"Inzending {submission_id}: overgeslagen, {outcome.skipped}.")
            elif outcome.changed:
                changed += 1
                where = " (in de geanonimiseerde tekst)" if outcome.in_redacted_text else ""
                verb = "zou krijgen" if dry_run else "heeft gekregen"
                self.stdout.write(f"Inzending {submission_id} {verb}: {_found(outcome)}{where}.")
        summary = f"{aantal(examined, 'inzending', 'inzendingen')} nagelopen, {changed} " + (
            "zouden worden aangepast" if dry_run else "aangepast"
        )
        if skipped:
            summary += f", {skipped} overgeslagen"
        if failed:
            summary += f", {failed} mislukt (zie het log)"
        self.stdout.write(summary + (". Er is niets gewijzigd (--dry-run)." if dry_run else "."))
