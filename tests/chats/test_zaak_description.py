"""The zaak's description as the zaaksysteem or Informatiebeheer typed it often names the resident
("Bezwaar mw. … tegen …"); Woo's record page and the archive PDF show it redacted."""

import hashlib
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from chats.archiving import archive_complete
from chats.constants import RENDITION_KEY, RenditionState, SubmissionStatus, UploadKind
from chats.models import RedactionSpan, StoredFile
from chats.purge import originals_purge, zaak_omschrijving_redacted
from chats.redaction import detect
from chats.review.services import date_order_confirm, review_archive
from tests.chats import test_attachments as attachments
from tests.chats.test_attachments import _processed, _read
from tests.factories import (
    MessageFactory,
    ParticipantFactory,
    RedactionSpanFactory,
    SubmissionFactory,
    ZaakFactory,
)

pytestmark = pytest.mark.django_db

private_temp_root = attachments.private_temp_root
employee, woo_client = attachments.employee, attachments.woo_client

DESCRIPTION = "Bezwaar mw. Henriëtte Kloosterman (Zuideinde 41) tegen naheffing"


@pytest.fixture
def record(employee, ib, tmp_path, monkeypatch, django_capture_on_commit_callbacks):
    from chats import tasks  # the worker's queue, silenced: the test runs its task body itself

    monkeypatch.setattr(tasks.complete_archive, "delay", lambda submission_id: None)
    chat = tmp_path / "WhatsApp-chat met Gerrit Mulder.txt"
    chat.write_text(
        "10-04-2024 14:02 - Gerrit Mulder: Is het bezwaar over de naheffing al binnen?\n"
        "10-04-2024 14:09 - Mila de Vries: Ja, het ligt bij de afdeling belastingen.\n",
        encoding="utf-8",
    )
    submission = _processed(employee, [chat], UploadKind.ANDROID_EXPORT)
    if submission.date_order_uncertain:
        date_order_confirm(submission_id=submission.pk, date_order="DMY", user=ib)
    zaak = ZaakFactory(afgesloten=True, zaaknummer="Z-2024-004417", omschrijving=DESCRIPTION)
    with django_capture_on_commit_callbacks(execute=True):
        review_archive(submission_id=submission.pk, zaak=zaak, user=ib)
    with django_capture_on_commit_callbacks(execute=True):
        assert archive_complete(submission_id=submission.pk).done
    submission.refresh_from_db()
    return submission


def test_the_zaak_description_reaches_woo_and_the_archive_pdf_redacted(record, woo_client):
    page = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    stored = StoredFile.objects.get(submission=record, derived_key=RENDITION_KEY)
    reader = PdfReader(io.BytesIO(_read(stored)))
    pdf = "\n".join(page.extract_text() or "" for page in reader.pages)
    for shown in (page, pdf):
        assert "Z-2024-004417" in shown and "naheffing" in shown
        for secret in ("Kloosterman", "Henriëtte", "Zuideinde 41"):
            assert secret not in shown, secret


# --- redacted at the purge, and again when it changes --------------------------------------

# "Mol" and "Vos" alone are ordinary words the detector leaves readable; the record named them.
NAMED = "Erfgrens Mol; Vos is akkoord"


def _archived():
    """An archived record whose onderwerp names Ria Mol and whose message names Kees Vos."""
    submission = SubmissionFactory(
        status=SubmissionStatus.GEARCHIVEERD,
        rendition_state=RenditionState.KLAAR,
        onderwerp="Schutting van Ria Mol",
        onderwerp_redacted="Schutting van [NAAM]",
        zaak=ZaakFactory(omschrijving=NAMED),
    )
    ParticipantFactory(submission=submission, name="Gerrit Mulder", pseudonym="Inwoner")
    text = "Ik sprak vandaag Kees Vos over de schutting."
    message = MessageFactory(
        submission=submission, text=text, text_redacted=text.replace("Kees Vos", "[NAAM]")
    )
    start = text.index("Kees Vos")
    RedactionSpanFactory(message=message, start=start, end=start + len("Kees Vos"))
    return submission


def test_the_zaak_description_is_redacted_at_the_purge_and_stays_so():
    assert not detect(NAMED)
    submission = _archived()
    originals_purge(submission_id=submission.pk)
    submission.refresh_from_db()
    # The names are gone from the record now; what it shows was redacted while they were there.
    shown = zaak_omschrijving_redacted(submission)
    assert "Erfgrens" in shown
    assert "Mol" not in shown and "Vos" not in shown, shown
    assert shown == submission.zaak_omschrijving_redacted
    assert submission.zaak_omschrijving_sha256 == hashlib.sha256(NAMED.encode()).hexdigest()


def test_a_zaak_description_changed_after_the_purge_is_redacted_again_when_shown():
    submission = _archived()
    originals_purge(submission_id=submission.pk)
    zaak = submission.zaak
    zaak.omschrijving = "Erfgrens, nieuwe tekening van mevrouw Smit-Bakker"
    zaak.save()
    submission.refresh_from_db()
    shown = zaak_omschrijving_redacted(submission)
    assert "nieuwe tekening" in shown
    assert "Smit" not in shown and "Bakker" not in shown, shown


def test_a_zaak_description_changed_after_the_purge_knows_the_records_persons():
    """The purge took the names "Ria Mol" (onderwerp) and "Kees Vos" (a message); "Mol" and
    "Vos" alone are ordinary words the detector leaves. A description rewritten afterwards in
    the zaaksysteem still names them: the record kept its persons as keyed hashes."""
    submission = _archived()
    originals_purge(submission_id=submission.pk)
    zaak = submission.zaak
    zaak.omschrijving = "Erfgrens herzien: Vos tekent, Mol nog niet"
    zaak.save()
    submission.refresh_from_db()
    shown = zaak_omschrijving_redacted(submission)
    assert "Erfgrens herzien" in shown and "tekent" in shown
    assert "Mol" not in shown and "Vos" not in shown, shown


def test_the_record_keeps_no_name_only_keyed_hashes_of_its_persons():
    from chats.models import Participant, PersonDigest

    submission = _archived()
    originals_purge(submission_id=submission.pk)
    digests = list(
        PersonDigest.objects.filter(submission=submission).values_list("digest", flat=True)
    )
    assert digests and all(len(d) == 64 for d in digests)
    plain = {hashlib.sha256(w.encode()).hexdigest() for w in ("mol", "vos", "ria mol", "kees vos")}
    assert not plain & set(digests)
    assert not Participant.objects.filter(submission=submission, name__contains="Mulder").exists()


def test_a_retention_reason_typed_after_the_purge_is_logged_without_the_records_persons(ib):
    """The reason for a departing retention goes into the audit log (kept for good): typed
    after the purge, "Mol" of the record's Ria Mol is still a person there."""
    from audit.actions import AuditAction
    from audit.models import AuditEvent
    from zaken.services import zaak_save

    submission = _archived()
    originals_purge(submission_id=submission.pk)
    zaak = submission.zaak
    zaak.bewaartermijn_afwijkend = "P20Y"
    zaak.afwijking_reden = "Beroep Mol bij de Raad van State loopt nog"
    zaak_save(zaak=zaak, user=ib)
    row = AuditEvent.objects.filter(action=AuditAction.ZAAK_RETENTION_OVERRIDDEN).get()
    assert "Raad van State" in row.detail["reason"]
    assert "Mol" not in row.detail["reason"], row.detail["reason"]


@pytest.mark.parametrize("purged", [True, False], ids=["na-opschonen", "voor-opschonen"])
def test_the_zaak_description_knows_the_persons_of_every_record_of_the_zaak(purged):
    """A zaak's description belongs to the zaak, shown with each of its records: "Vos" of a
    sibling record that named Kees Vos is a person in it on this record's page and PDF too, as
    it is when the zaaksysteem's text is logged (chats.receivers)."""
    this = _archived()
    ParticipantFactory(submission=this, name="Ria Mol", pseudonym="Deelnemer B")
    sibling = SubmissionFactory(
        status=SubmissionStatus.GEARCHIVEERD,
        rendition_state=RenditionState.KLAAR,
        zaak=this.zaak,
    )
    ParticipantFactory(submission=sibling, name="Kees Vos", pseudonym="Inwoner")
    # This record names only Ria Mol.
    this.messages.all().delete()
    RedactionSpan.objects.filter(submission=this).delete()
    if purged:
        originals_purge(submission_id=sibling.pk)
        originals_purge(submission_id=this.pk)
    zaak = this.zaak
    zaak.omschrijving = "Erfgrens herzien: Vos tekent, Mol nog niet"
    zaak.save()
    this.refresh_from_db()
    shown = zaak_omschrijving_redacted(this)
    assert "Erfgrens herzien" in shown and "tekent" in shown
    assert "Mol" not in shown and "Vos" not in shown, shown
