"""A PDF uploaded among screenshots is named a PDF document on the review page and in the
archive PDF, not "Schermafbeelding N" (walk 51 named it so on the employee's page, the queue and
the archiving confirmation's count; the review page's count of what goes into the record, its
list of withheld files, its notices, the confirmation's list and the archive PDF's entries
still called it a screenshot)."""

import re

import pytest
from django.urls import reverse

from chats.archiving import record_messages
from chats.constants import MediaRelease
from tests.factories import MediaItemFactory, ZaakFactory, processed_submission

pytestmark = pytest.mark.django_db

PDF = "application/pdf"


def _upload(shots: int, documents: int, *, withheld_pdf: bool = False):
    submission = processed_submission(messages=0, with_photo=False, upload_kind="screenshots")
    for seq in range(shots):
        MediaItemFactory(submission=submission, seq=seq, message=None, ocr_text="Tekst")
    pdfs = [
        MediaItemFactory(
            submission=submission,
            seq=seq,
            message=None,
            name="brief.pdf",
            mime_type=PDF,
            **({"release": MediaRelease.ACHTERGEHOUDEN} if withheld_pdf else {}),
        )
        for seq in range(shots, shots + documents)
    ]
    return submission, pdfs


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def _review(client, submission) -> str:
    url = reverse("admin:chats_submission_review", args=[submission.pk])
    return client.get(url).content.decode()


@pytest.mark.parametrize(
    ("shots", "documents", "said"),
    [
        (2, 1, "2 schermafbeeldingen en 1 PDF-document in het archiefstuk"),
        (0, 2, "2 PDF-documenten in het archiefstuk"),
        (3, 0, "3 schermafbeeldingen in het archiefstuk"),
    ],
)
def test_the_review_pages_count_names_the_pdf_a_document(ib_client, shots, documents, said):
    submission, _ = _upload(shots, documents)
    assert said in _text(_review(ib_client, submission))


def test_the_withheld_list_and_its_count_name_the_pdf_a_document(ib_client):
    submission, _ = _upload(2, 1, withheld_pdf=True)
    listed = _review(ib_client, submission).split('id="rv-withheld"', 1)[1].split("</div>", 1)[0]
    assert "PDF-document 3</a>" in listed
    assert "Schermafbeelding" not in listed
    assert "1 PDF-document achtergehouden" in _text(listed)


def test_the_notice_after_withholding_names_the_pdf_a_document(ib_client):
    submission, [pdf] = _upload(1, 1)
    url = reverse("admin:chats_submission_media_release", args=[submission.pk, pdf.pk])
    response = ib_client.post(url, {"achterhouden": "1"}, follow=True)
    notices = [str(m) for m in response.context["messages"]]
    assert any(n.startswith("PDF-document 2 is achtergehouden") for n in notices), notices


def test_the_archiving_confirmations_list_names_the_pdf_a_document(ib_client):
    submission, _ = _upload(1, 1)
    zaak = ZaakFactory(afgesloten=True)
    preview = ib_client.post(
        reverse("admin:chats_submission_archive", args=[submission.pk]), {"zaak": zaak.pk}
    ).content.decode()
    block = preview.split('id="rv-confirm-media"', 1)[1]
    assert "Schermafbeelding 1</a>" in block
    assert "PDF-document 2</a>" in block


def test_the_archive_pdf_names_the_pdf_a_document():
    submission, _ = _upload(2, 1)
    labels = [entry.label for entry in record_messages(submission)]
    assert labels == [
        "Schermafbeelding 1 van 3",
        "Schermafbeelding 2 van 3",
        "PDF-document 3 van 3",
    ]
