"""Demo conversations for `load_demo`: fictitious Dutch chats, processed like real uploads.

One is left waiting in the review queue (for Informatiebeheer to try), one is archived (so a
Woo officer finds something). Names, numbers and addresses are made up.
"""

import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from chats.archiving import archive_complete
from chats.constants import EldersVastgelegd, Gesprekspartner, UploadKind
from chats.models import Submission
from chats.processing import submission_process
from chats.review.services import date_order_confirm, review_archive
from chats.services import IncomingFile, submission_create
from zaken.models import Zaak

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class DemoChat:
    text_file: str
    onderwerp: str
    omschrijving: str
    zaaknummer: str
    afdeling: str
    archive: bool


DEMO_CHATS = (
    DemoChat(
        "stoeptegels_prinsengracht.txt",
        "Voorbeeld: losliggende stoeptegels Prinsengracht",
        "Afspraak met een inwoner over het herstel van stoeptegels en de schade aan een fiets.",
        "Z-2024-000123",
        "openbare_ruimte",
        archive=False,
    ),
    DemoChat(
        "subsidie_buurtfeest.txt",
        "Voorbeeld: subsidie buurtfeest Koedijkslanden",
        "Afspraken over de subsidieaanvraag voor een buurtfeest.",
        "Z-2025-000789",
        "samenleving",
        archive=True,
    ),
)


def demo_submissions_create(*, submitter, reviewer) -> list[Submission]:
    """Create, process and (where the demo says so) archive the demo chats not there yet."""
    created = []
    for chat in DEMO_CHATS:
        if Submission.objects.filter(submitted_by=submitter, onderwerp=chat.onderwerp).exists():
            continue
        submission = _submit(chat, submitter)
        # Run processing here and now, whatever the broker: the demo must be ready when the
        # command ends. A queued delivery of the same submission finds it done and steps aside.
        submission_process(submission_id=submission.pk)
        if chat.archive:
            _archive(submission.pk, chat.zaaknummer, reviewer)
        created.append(submission)
    return created


def _submit(chat: DemoChat, submitter) -> Submission:
    with tempfile.TemporaryDirectory(prefix="meppel-demo-") as tmp:
        export = Path(tmp) / "WhatsApp Chat - voorbeeld.zip"
        with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(HERE / chat.text_file, "_chat.txt")
        return submission_create(
            user=submitter,
            files=[IncomingFile(path=export, client_name=export.name)],
            upload_kind=UploadKind.IOS_EXPORT,
            onderwerp=chat.onderwerp,
            omschrijving=chat.omschrijving,
            gesprekspartner=Gesprekspartner.INWONER,
            zaaknummer=chat.zaaknummer,
            afdeling=chat.afdeling,
            vraag_besluit=True,
            vraag_werkproces=True,
            elders_vastgelegd=EldersVastgelegd.NEE,
            bevestiging_verwijderen=True,
        )


def confirm_parsed_date_order(submission_id: int, reviewer) -> None:
    """Archiving waits for a confirmed day-month order: the demo keeps the parser's reading,
    as a reviewer who checked the messages would."""
    submission = Submission.objects.get(pk=submission_id)
    if submission.date_order_uncertain:
        date_order_confirm(
            submission_id=submission_id,
            date_order=(submission.detected_format or {}).get("date_order") or "DMY",
            user=reviewer,
        )


def _archive(submission_id: int, zaaknummer: str, reviewer) -> None:
    confirm_parsed_date_order(submission_id, reviewer)
    review_archive(
        submission_id=submission_id,
        zaak=Zaak.objects.get(zaaknummer=zaaknummer),
        user=reviewer,
    )
    # Completed here too, whatever the broker: the demo Woo request needs a complete record.
    # The queued completion finds it done (archive_complete is idempotent).
    archive_complete(submission_id=submission_id)
