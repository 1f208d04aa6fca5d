"""A photo whose faces were blurred or plates blacked out has its pixels changed beyond any
placeholder of its text: the pipeline keeps where (its layout), so MediaItem.image_blacked_out
is set and the Woo decision gives it ground 5.1.2e instead of releasing it as it is."""

import io
from pathlib import Path

import pytest
from django.test import override_settings
from PIL import Image

from chats.models import MediaItem
from chats.pipeline.build import redact_photo_and_text
from chats.pipeline.screenshot_text import blacked_out_beyond_text
from chats.purge import _keep_boxes_on_redacted
from chats.redaction.images import strip_metadata
from tests.chats.redaction.test_photos import street_with_plate
from tests.factories import MediaItemFactory, SubmissionFactory

FACE = Path(__file__).resolve().parents[1] / "fixtures" / "images" / "face_grace_hopper.jpg"


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=92)
    return buffer.getvalue()


def _plain() -> bytes:
    return _jpeg(Image.new("RGB", (400, 300), (120, 130, 140)))


@pytest.mark.parametrize("ocr", [False, True], ids=["zonder-ocr", "met-ocr"])
@pytest.mark.parametrize("photo", ["gezicht", "kenteken"])
def test_a_face_or_plate_found_is_kept_in_the_layout(photo, ocr):
    raw = FACE.read_bytes() if photo == "gezicht" else _jpeg(street_with_plate())
    clean = strip_metadata(raw)
    with override_settings(ARCHIEF_OCR_PHOTOS=ocr):
        _data, read = redact_photo_and_text(
            clean.data, format=clean.format, known_names=[], replacements={}
        )
    layout = read["ocr_boxes"]
    assert layout["photo"] is True
    assert layout["faces" if photo == "gezicht" else "plates"]
    assert blacked_out_beyond_text(layout, {})


@pytest.mark.parametrize("ocr", [False, True], ids=["zonder-ocr", "met-ocr"])
def test_a_photo_with_nothing_found_has_nothing_blacked_out(ocr):
    clean = strip_metadata(_plain())
    with override_settings(ARCHIEF_OCR_PHOTOS=ocr):
        _data, read = redact_photo_and_text(
            clean.data, format=clean.format, known_names=[], replacements={}
        )
    assert not blacked_out_beyond_text(read.get("ocr_boxes"), {})


@pytest.mark.django_db
def test_the_purge_keeps_where_a_photo_without_text_was_blacked_out():
    submission = SubmissionFactory()
    layout = {"photo": True, "faces": [[1, 2, 30, 40]], "plates": [], "size": [400, 300]}
    item = MediaItemFactory(submission=submission, seq=1, ocr_boxes=layout)
    pdf = MediaItemFactory(submission=submission, seq=2, ocr_boxes={"pdf_words": [[0, 1, 2]]})
    _keep_boxes_on_redacted(submission)
    kept = MediaItem.objects.get(pk=item.pk).ocr_boxes
    assert kept["faces"] == [[1, 2, 30, 40]] and blacked_out_beyond_text(kept, {})
    assert MediaItem.objects.get(pk=pdf.pk).ocr_boxes == {}
