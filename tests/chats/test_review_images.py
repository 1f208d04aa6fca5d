"""Redactions of a screenshot's OCR text also change the blacked-out image (real OCR)."""

import hashlib
import io
import shutil
import zipfile

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from audit.models import AuditEvent
from chats.constants import UploadKind
from chats.models import MediaItem, RedactionSpan
from chats.redaction.ocr import ocr_image
from chats.review.errors import ReviewError
from chats.review.services import redaction_add, redaction_toggle
from chats.services import IncomingFile, submission_create
from demo.generators.screenshots import (
    NEUTRAL_WORD,
    RESIDENT_PHONE,
    render_whatsapp_screenshot,
)
from tests.chats.redaction.test_photo_text_pixels import NOTE, photo_of_note
from tests.conftest import SUBMISSION_FIELDS

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt"),
]

PHONE_DIGITS = RESIDENT_PHONE.replace("-", "")


@pytest.fixture
def screenshot_item(medewerker, tmp_path, django_capture_on_commit_callbacks):
    path = tmp_path / "Screenshot_20240312.png"
    render_whatsapp_screenshot(720, 1600).save(path)
    with django_capture_on_commit_callbacks(execute=True):
        submission = submission_create(
            user=medewerker,
            files=[IncomingFile(path=path, client_name=path.name)],
            upload_kind=UploadKind.SCREENSHOTS,
            **SUBMISSION_FIELDS,
        )
    return MediaItem.objects.select_related("derived").get(submission=submission)


def _image(item: MediaItem) -> Image.Image:
    item.derived.refresh_from_db()
    with default_storage.open(item.derived.file.name, "rb") as fh:
        return Image.open(io.BytesIO(fh.read())).convert("RGB")


def _digits_read(item: MediaItem) -> str:
    """What a second OCR pass reads in the derived image, without spaces and dashes."""
    return "".join(ch for ch in ocr_image(_image(item)).text if ch.isdigit() or ch.isalpha())


def _phone_span(item: MediaItem) -> RedactionSpan:
    for span in item.redactions.filter(label="PHONE"):
        if "".join(filter(str.isdigit, item.ocr_text[span.start : span.end])) == PHONE_DIGITS:
            return span
    raise AssertionError("no PHONE span over the resident's number")


def _header_is_black(item: MediaItem) -> bool:
    left, top, right, bottom = item.ocr_boxes["header"]
    band = _image(item).crop((left, top, right, bottom)).convert("L")
    return band.getextrema() == (0, 0)


def test_processing_stores_the_word_boxes_and_the_header_band(screenshot_item):
    layout = screenshot_item.ocr_boxes
    assert layout["header"] is not None and layout["header"][:2] == [0, 0]
    assert len(layout["words"]) >= 20
    assert NEUTRAL_WORD not in str(layout) and PHONE_DIGITS not in str(layout)
    for start, end, *_ in layout["words"]:
        assert screenshot_item.ocr_text[start:end].strip()


def test_toggling_a_phone_redaction_redraws_the_blacked_out_image(screenshot_item, ib):
    item = screenshot_item
    derived = item.derived
    name, key, first_sha = derived.file.name, derived.derived_key, derived.sha256
    assert PHONE_DIGITS not in _digits_read(item)
    span = _phone_span(item)

    redaction_toggle(span_id=span.pk, user=ib)
    derived.refresh_from_db()
    # The same stored file (its key), its bytes in a new file: the old one goes after commit.
    assert derived.derived_key == key and derived.file.name != name
    name = derived.file.name
    data = default_storage.open(name, "rb").read()
    assert derived.sha256 == hashlib.sha256(data).hexdigest() != first_sha
    assert derived.size == len(data)
    assert PHONE_DIGITS in _digits_read(item)  # a second OCR pass reads the number again
    assert _header_is_black(item)
    assert (
        AuditEvent.objects.get(action="redaction.toggled", detail__active=False).detail[
            "image_redrawn"
        ]
        is True
    )

    redaction_toggle(span_id=span.pk, user=ib)
    derived.refresh_from_db()
    assert PHONE_DIGITS not in _digits_read(item)
    assert _header_is_black(item)
    # Same spans, same pixels: the image is again exactly what processing made.
    assert derived.sha256 == first_sha
    assert hashlib.sha256(default_storage.open(derived.file.name, "rb").read()).hexdigest() == (
        first_sha
    )


def test_a_redaction_added_to_ocr_text_is_blacked_out_in_the_image(screenshot_item, ib):
    item = screenshot_item
    start = item.ocr_text.index(NEUTRAL_WORD)
    assert NEUTRAL_WORD in _digits_read(item)
    redaction_add(
        submission_id=item.submission_id,
        media_id=item.pk,
        start=start,
        end=start + len(NEUTRAL_WORD),
        label="ADDRESS",
        user=ib,
    )
    item.refresh_from_db()
    assert "[ADRES]" in item.ocr_text_redacted
    assert NEUTRAL_WORD not in _digits_read(item)


def test_without_the_original_the_image_redaction_is_refused_and_nothing_changes(
    screenshot_item, ib
):
    item = screenshot_item
    default_storage.delete(item.original.file.name)
    span = _phone_span(item)
    with pytest.raises(ReviewError) as info:
        redaction_toggle(span_id=span.pk, user=ib)
    assert "oorspronkelijke afbeelding" in info.value.message
    span.refresh_from_db()
    assert span.active


def test_a_note_photographed_in_an_export_is_blacked_out_and_keeps_its_boxes_in_review(
    medewerker, tmp_path, django_capture_on_commit_callbacks, ib
):
    """The photo keeps its format. It sits inside the zip (no loose original to redraw from):
    a box Informatiebeheer adds is painted on it; one switched off stays black in the photo
    while its text shows again (never the other way round)."""
    path = tmp_path / "WhatsApp Chat - Melding.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "_chat.txt",
            "[12-03-2024 09:15:02] Jan Jansen: Foto van het briefje\n"
            "[12-03-2024 09:15:40] Jan Jansen: \u200e<bijgevoegd: 00000002-PHOTO-2024-03-12.jpg>\n",
        )
        archive.writestr("00000002-PHOTO-2024-03-12.jpg", photo_of_note(NOTE))
    with django_capture_on_commit_callbacks(execute=True):
        submission = submission_create(
            user=medewerker,
            files=[IncomingFile(path=path, client_name=path.name)],
            upload_kind=UploadKind.IOS_EXPORT,
            **SUBMISSION_FIELDS,
        )
    item = MediaItem.objects.select_related("derived").get(submission=submission)
    assert item.derived.file.name.endswith(".jpg")
    assert "15499316" not in _digits_read(item) and "7944" not in _digits_read(item)
    assert "scheef" in _digits_read(item)
    phone = next(
        span
        for span in item.redactions.filter(label="PHONE")
        if "15499316" in item.ocr_text[span.start : span.end].replace(" ", "")
    )
    redaction_toggle(span_id=phone.pk, user=ib)
    item.refresh_from_db()
    assert "15499316" in item.ocr_text_redacted.replace(" ", "")
    assert "15499316" not in _digits_read(item)

    start = item.ocr_text.index("scheef")
    redaction_add(
        submission_id=submission.pk,
        media_id=item.pk,
        start=start,
        end=start + len("scheef"),
        label="PERSON",
        user=ib,
    )
    assert "scheef" not in _digits_read(item)
    assert _image(item).size == (1600, 1200)


@pytest.mark.parametrize("note", [["Tel: 06 11223301"], ["BSN 238471007"]])
def test_a_photographed_number_with_hardly_a_word_is_blacked_out_too(
    note, medewerker, tmp_path, django_capture_on_commit_callbacks
):
    # A photo was read only when its text had two words of three letters: a note with just a
    # phone number or a BSN card went to Woo ("geanonimiseerd") with the number readable.
    path = tmp_path / "WhatsApp Chat - Melding.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "_chat.txt",
            "[12-03-2024 09:15:40] Jan Jansen: \u200e<bijgevoegd: 00000002-PHOTO-2024-03-12.jpg>\n",
        )
        archive.writestr("00000002-PHOTO-2024-03-12.jpg", photo_of_note(note))
    with django_capture_on_commit_callbacks(execute=True):
        submission_create(
            user=medewerker,
            files=[IncomingFile(path=path, client_name=path.name)],
            upload_kind=UploadKind.IOS_EXPORT,
            **SUBMISSION_FIELDS,
        )
    item = MediaItem.objects.select_related("derived").get(submission__upload_kind="ios_export")
    read = _digits_read(item)
    assert "11223301" not in read and "238471007" not in read
