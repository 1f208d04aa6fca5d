"""A PDF uploaded under "Schermafbeeldingen" is named a PDF document, not a screenshot (walk 51).

The intake accepts PDFs there on purpose (its error says "afbeeldingen ... en PDF-bestanden"):
a chat printed to PDF, a letter that belongs with the screenshots. The employee's page, the
review queue and the archiving confirmation called such a PDF "1 schermafbeelding".
"""

import re

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from chats.wording import loose_files
from tests.factories import MediaItemFactory, ZaakFactory, processed_submission

pytestmark = pytest.mark.django_db

PDF = "application/pdf"


def _upload(shots: int, documents: int):
    submission = processed_submission(messages=0, with_photo=False, upload_kind="screenshots")
    for seq in range(shots):
        MediaItemFactory(submission=submission, seq=seq, message=None, ocr_text="Tekst")
    for seq in range(shots, shots + documents):
        MediaItemFactory(
            submission=submission, seq=seq, message=None, name="brief.pdf", mime_type=PDF
        )
    return submission


@pytest.mark.parametrize(
    ("shots", "documents", "said"),
    [
        (1, 0, "1 schermafbeelding"),
        (0, 1, "1 PDF-document"),
        (2, 1, "2 schermafbeeldingen en 1 PDF-document"),
        (1, 3, "1 schermafbeelding en 3 PDF-documenten"),
        (0, 0, "0 schermafbeeldingen"),
    ],
)
def test_loose_files_names_screenshots_and_pdf_documents_apart(shots, documents, said):
    assert loose_files(shots, documents) == said


def test_the_employees_page_names_the_pdf_a_document(client):
    submission = _upload(1, 1)
    client.force_login(submission.submitted_by)
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    found = re.search(r"<dt[^>]*>Bestanden</dt><dd[^>]*>(.*?)</dd>", page)
    assert found and found.group(1) == "1 schermafbeelding en 1 PDF-document"
    submission.status = SubmissionStatus.GEARCHIVEERD
    submission.save(update_fields=["status"])
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    found = re.search(r"<dt[^>]*>Bestanden</dt><dd[^>]*>(.*?)</dd>", page)
    assert found and found.group(1) == "1 schermafbeelding en 1 PDF-document gearchiveerd"


def test_the_review_queue_names_the_pdf_a_document(ib_client):
    submission = _upload(0, 1)
    html = ib_client.get(reverse("admin:chats_submission_changelist")).content.decode()
    row = html[html.index(submission.onderwerp) :]
    assert "1 PDF-document" in row[:3000]
    assert "1 schermafbeelding<" not in row[:3000]


def test_the_archiving_confirmation_names_the_pdf_a_document(ib_client):
    submission = _upload(2, 1)
    zaak = ZaakFactory(afgesloten=True)
    preview = ib_client.post(
        reverse("admin:chats_submission_archive", args=[submission.pk]), {"zaak": zaak.pk}
    ).content.decode()
    assert (
        "U archiveert <strong>2</strong> schermafbeeldingen en <strong>1</strong> PDF-document"
        in preview
    )
    only_pdf = _upload(0, 1)
    preview = ib_client.post(
        reverse("admin:chats_submission_archive", args=[only_pdf.pk]), {"zaak": zaak.pk}
    ).content.decode()
    assert "U archiveert <strong>1</strong> PDF-document van" in preview
    assert "schermafbeelding" not in preview.split("U archiveert", 1)[1].split("</p>", 1)[0]
