"""The zaak's description as the zaaksysteem or Informatiebeheer typed it often names the resident
("Bezwaar mw. … tegen …"); Woo's record page and the archive PDF show it redacted."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from chats.archiving import archive_complete
from chats.constants import RENDITION_KEY, UploadKind
from chats.models import StoredFile
from chats.review.services import date_order_confirm, review_archive
from tests.chats import test_attachments as attachments
from tests.chats.test_attachments import _processed, _read
from tests.factories import ZaakFactory

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
