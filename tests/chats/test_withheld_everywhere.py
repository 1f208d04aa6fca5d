"""An attachment Informatiebeheer withholds reaches Woo nowhere: not its file, not the text read
from it in the search, not the archive PDF made before the decision, not an export made before."""

import io
import zipfile
from pathlib import Path

import pytest
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader

from chats.constants import RENDITION_KEY, MediaRelease, UploadKind
from chats.models import StoredFile
from chats.review.services import media_withhold
from demo.woo_corpus.build import photo_bytes as photo_of_sign
from tests.chats import test_attachments as attachments
from tests.chats.test_attachments import _item, _processed, _read, _woo_get
from woo.models import SearchEntry

pytestmark = pytest.mark.django_db

# The end-to-end fixtures of the attachment tests: upload, process, archive (as the worker does).
private_temp_root = attachments.private_temp_root
employee, woo_client, archived = attachments.employee, attachments.woo_client, attachments.archived

# A sign on a photo: words only the photo holds (OCR reads them into the record's search).
SIGN = "BOUWKEET VERPLAATST NAAR ACHTERZIJDE SPORTHAL"
SIGN_WORD = "bouwkeet"


def _export_with_photo(tmp_path: Path) -> Path:
    path = tmp_path / "WhatsApp Chat - Sporthal.zip"
    chat = (
        "[14-05-2024 10:02:11] Ruud Veldkamp: Kijk wat er bij de sporthal hangt.\n"
        "[14-05-2024 10:02:30] Ruud Veldkamp: \u200e<bijgevoegd: 00000003-PHOTO-2024-05-14.jpg>\n"
        "[14-05-2024 10:05:00] Mila de Vries: Dank, ik geef het door aan de beheerder.\n"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", chat)
        archive.writestr("00000003-PHOTO-2024-05-14.jpg", photo_of_sign(SIGN))
    return path


def _photo_with_text(employee, tmp_path):
    submission = _processed(employee, [_export_with_photo(tmp_path)], UploadKind.IOS_EXPORT)
    photo = _item(submission, ".jpg")
    assert photo.release == MediaRelease.GEANONIMISEERD
    assert SIGN_WORD in photo.ocr_text_redacted.lower()  # read by OCR, nothing personal in it
    return submission, photo


def _found(client, word: str) -> list[int]:
    """The records a Woo search for `word` finds."""
    outcome = client.get(reverse("woo:search"), {"q": word}).context["outcome"]
    return [record.submission.pk for record in outcome.records]


def test_the_text_of_a_photo_withheld_before_archiving_is_not_searchable_for_woo(
    employee, ib, archived, woo_client, tmp_path
):
    submission, photo = _photo_with_text(employee, tmp_path)
    # Informatiebeheer does not trust what the redaction made of the photo.
    media_withhold(submission_id=submission.pk, media_id=photo.pk, user=ib)
    submission = archived(submission)

    assert _woo_get(woo_client, submission, photo).status_code == 404
    assert not SearchEntry.objects.filter(media_id=photo.pk).exists()
    assert _found(woo_client, SIGN_WORD) == []
    # The record itself is still found by its messages.
    assert _found(woo_client, "sporthal") == [submission.pk]


def _archive_pdf(submission) -> bytes:
    stored = StoredFile.objects.get(submission=submission, derived_key=RENDITION_KEY)
    return _read(stored)


def _pdf_text_and_images(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return text, sum(len(page.images) for page in reader.pages)


def test_a_photo_withheld_after_archiving_leaves_the_archive_pdf_and_the_search(
    employee, ib, archived, woo_client, tmp_path, django_capture_on_commit_callbacks
):
    from chats.archiving import archive_complete  # the worker's task body, run as it would

    employee.email = "m.devries@meppel.nl"
    employee.save()
    submission, photo = _photo_with_text(employee, tmp_path)
    submission = archived(submission)
    text, images = _pdf_text_and_images(_archive_pdf(submission))
    assert SIGN_WORD in text.lower() and images == 1
    assert _found(woo_client, SIGN_WORD) == [submission.pk]

    mailed = len(mail.outbox)
    assert mailed == 1  # the archive was mailed to the submitter
    # Later Informatiebeheer sees what the redaction missed on the photo and withholds it;
    # the page says "Woo en het archiefstuk krijgen haar niet".
    with django_capture_on_commit_callbacks(execute=True):
        media_withhold(submission_id=submission.pk, media_id=photo.pk, user=ib)
    with django_capture_on_commit_callbacks(execute=True):
        archive_complete(submission_id=submission.pk)

    text, images = _pdf_text_and_images(_archive_pdf(submission))
    assert SIGN_WORD not in text.lower() and images == 0
    assert "achtergehouden" in text
    assert _woo_get(woo_client, submission, photo).status_code == 404
    assert _found(woo_client, SIGN_WORD) == []
    assert _found(woo_client, "sporthal") == [submission.pk]
    assert len(mail.outbox) == mailed  # the submitter was told of the archive once
