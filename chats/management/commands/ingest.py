"""`manage.py ingest FILE [FILE ...] --user USERNAME [--subject TEXT]`: the intake from the shell."""

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from chats.constants import EldersVastgelegd, Gesprekspartner, UploadKind
from chats.models import Submission
from chats.services import (
    IncomingFile,
    SubmissionRefused,
    submission_create,
    submission_refused_log,
)


def guess_upload_kind(paths: list[Path]) -> str:
    """iOS: a zip; Android: a .txt with loose media; otherwise screenshots."""
    suffixes = {p.suffix.lower() for p in paths}
    if ".zip" in suffixes:
        return UploadKind.IOS_EXPORT
    if ".txt" in suffixes:
        return UploadKind.ANDROID_EXPORT
    return UploadKind.SCREENSHOTS


class Command(BaseCommand):
    help = (
        "Maakt één inzending van lokale bestanden, via dezelfde controles als het formulier, "
        "verwerkt die (direct in de ingebouwde standaardinstelling) en print één JSON-regel."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="bestanden van één gesprek")
        parser.add_argument("--user", required=True, help="gebruikersnaam van de indiener")
        parser.add_argument("--subject", default="", help="onderwerp van het gesprek")
        parser.add_argument(
            "--kind",
            choices=UploadKind.values,
            help="soort upload (standaard: afgeleid van de bestanden)",
        )

    def handle(self, *args, **options):
        try:
            user = get_user_model().objects.get(username=options["user"])
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"Gebruiker ‘{options['user']}’ bestaat niet.") from exc
        paths = [Path(p) for p in options["files"]]
        errors = [f"Het bestand ‘{p.name}’ bestaat niet." for p in paths if not p.is_file()]
        if errors:
            self._emit(accepted=False, submission=None, errors=errors)
            return
        kind = options["kind"] or guess_upload_kind(paths)
        subject = options["subject"] or f"Ingelezen: {paths[0].name}"[:200]
        files = [IncomingFile(path=p, client_name=p.name) for p in paths]
        try:
            submission = submission_create(
                user=user,
                files=files,
                upload_kind=kind,
                onderwerp=subject[:200],
                omschrijving="Ingelezen via de opdrachtregel.",
                gesprekspartner=Gesprekspartner.ANDERS,
                gesprekspartner_anders="onbekend (opdrachtregel)",
                afdeling="anders",
                vraag_werkproces=True,
                elders_vastgelegd=EldersVastgelegd.WEET_NIET,
                bevestiging_verwijderen=True,
            )
        except SubmissionRefused as refused:
            submission_refused_log(user=user, errors=refused.errors, file_count=len(files))
            self._emit(accepted=False, submission=None, errors=refused.errors)
            return
        submission = Submission.objects.get(pk=submission.pk)
        # Accepted but flagged uploads (unreadable characters, a message cut off, ...) report the
        # Dutch notices Informatiebeheer will see, so the caller learns what was flagged.
        if submission.failure_reason:
            errors = [submission.failure_reason]
        else:
            errors = [flag["message"] for flag in submission.flags if flag.get("message")]
        self._emit(accepted=True, submission=submission, errors=errors)

    def _emit(self, *, accepted: bool, submission, errors: list[str]) -> None:
        line = {
            "accepted": accepted,
            "submission": submission.pk if submission else None,
            "status": submission.status if submission else None,
            "errors": errors,
        }
        self.stdout.write(json.dumps(line, ensure_ascii=False))
