"""Walk 46: in the release PDF the screenshot whose image Informatiebeheer redrew (a word
blacked out by hand) keeps black the resident's phone number and e-mail address of the messages
the duplicate check cut from its text; so does the image painted with a Woo area."""

import io
import shutil

import pytest
from django.utils import timezone
from PIL import Image
from pypdf import PdfReader

from chats.constants import SubmissionStatus
from chats.redaction.ocr import ocr_image
from tests.chats.test_screenshot_overlap_redraw46 import (
    MAIL_NAME,
    PHONE_DIGITS,
    _black_out_word,
    process_three_shots,
)
from woo.besluit import beoordeling_save_record, passage_area_add
from woo.constants import Oordeel
from woo.indexing import index_submission
from woo.release import release_items, write_release_pdf
from woo.services import selectie_add

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt"),
]


@pytest.fixture(autouse=True)
def private_temp_root(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


def _pdf_images(verzoek) -> list[Image.Image]:
    buffer = io.BytesIO()
    write_release_pdf(buffer, verzoek, release_items(verzoek))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return [image.image.convert("RGB") for page in reader.pages for image in page.images]


def test_the_release_pdf_keeps_the_cut_messages_black(
    make_user, tmp_path, ib, woo_user, verzoek, zaak
):
    second = process_three_shots(make_user("mila", "Medewerker"), tmp_path)
    _black_out_word(second, "donderdag", ib)
    submission = second.submission
    submission.status = SubmissionStatus.GEARCHIVEERD
    submission.archived_at = timezone.now()
    submission.zaak = zaak
    submission.zaaknummer = zaak.zaaknummer
    submission.save(update_fields=["status", "archived_at", "zaak", "zaaknummer"])
    index_submission(submission_id=submission.pk)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=submission.pk)
    # The Woo officer blacks out an area of the second screenshot (its bottom strip).
    passage_area_add(
        user=woo_user,
        verzoek=verzoek,
        media_id=second.pk,
        x=0,
        y=0.9,
        breedte=1,
        hoogte=0.1,
        grond="5.1.2h",
    )
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=submission.pk, oordeel=Oordeel.OPENBAAR
    )
    images = _pdf_images(verzoek)
    assert len(images) >= 3
    for image in images:
        read = "".join(ch for ch in ocr_image(image).text.lower() if ch.isalnum() or ch == ".")
        assert PHONE_DIGITS not in read and MAIL_NAME not in read
