"""An area blacked out by hand redacts the OCR words under it in the image's text too (walk48:
"Gebied weglakken" over the line "Z-2024-001873" left the image black there, but the archive
PDF's "Tekst in de afbeelding", Woo search and the Woo record still read the line)."""

import io

import pytest
from django.urls import reverse
from PIL import Image

from audit.models import AuditEvent
from chats.constants import UploadKind
from chats.models import MediaItem
from chats.review.services import image_area_add, image_area_remove
from tests.factories import MediaItemFactory, StoredFileFactory, processed_submission

pytestmark = pytest.mark.django_db

OCR = "Zaak Z-2024-001873\nBel morgen terug"
# [char_start, char_end, left, top, width, height, line] in pixels of a 200 x 100 image.
WORDS = [
    [0, 4, 10, 10, 40, 12, 0],
    [5, 18, 55, 10, 120, 12, 0],
    [19, 22, 10, 40, 30, 12, 1],
    [23, 29, 45, 40, 50, 12, 1],
    [30, 36, 100, 40, 50, 12, 1],
]
# The first line: y 8..24 of 100 px, the whole width.
AREA = {"x": 0.0, "y": 0.08, "breedte": 1.0, "hoogte": 0.16}


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 100), (230, 230, 230)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def shot(db):
    submission = processed_submission(with_photo=False, upload_kind=UploadKind.SCREENSHOTS)
    original = StoredFileFactory(
        submission=submission, content=_png(), filename="orig.png", mime_type="image/png"
    )
    return MediaItemFactory(
        submission=submission,
        seq=0,
        message=None,
        original=original,
        derived__content=_png(),
        derived__filename="shot.png",
        ocr_text=OCR,
        ocr_text_redacted=OCR,
        ocr_boxes={"words": WORDS, "header": None, "plates": [], "size": [200, 100]},
    )


def test_the_words_under_an_area_are_redacted_in_the_text_too(shot, ib):
    image_area_add(submission_id=shot.submission_id, media_id=shot.pk, user=ib, **AREA)
    shot.refresh_from_db()
    assert "Z-2024-001873" not in shot.ocr_text_redacted
    assert shot.ocr_text_redacted == "[VERWIJDERD]\nBel morgen terug"
    span = shot.redactions.get(active=True)
    assert (span.start, span.end, span.source) == (0, 18, "handmatig")
    assert AuditEvent.objects.filter(action="redaction.added").count() == 1


def test_undoing_the_area_shows_its_words_again(shot, ib):
    image_area_add(submission_id=shot.submission_id, media_id=shot.pk, user=ib, **AREA)
    area_id = MediaItem.objects.get(pk=shot.pk).areas[0]["id"]
    image_area_remove(submission_id=shot.submission_id, media_id=shot.pk, area_id=area_id, user=ib)
    shot.refresh_from_db()
    assert shot.ocr_text_redacted == OCR
    assert not shot.redactions.exists()


def test_the_reviewer_is_told_the_text_went_too(shot, ib, logged_in):
    client = logged_in(ib)
    response = client.post(
        reverse("admin:chats_submission_media_area", args=[shot.submission_id, shot.pk]),
        {"x": 0, "y": 8, "breedte": 100, "hoogte": 16},
        follow=True,
    )
    assert "ook in de tekst uit de afbeelding weggelakt" in response.content.decode()


def test_the_reviewer_is_told_when_the_text_cannot_be_checked(shot, ib, logged_in):
    # No word places stored (as after the purge): the text stays, and the page says so.
    MediaItem.objects.filter(pk=shot.pk).update(ocr_boxes={})
    response = logged_in(ib).post(
        reverse("admin:chats_submission_media_area", args=[shot.submission_id, shot.pk]),
        {"x": 0, "y": 8, "breedte": 100, "hoogte": 16},
        follow=True,
    )
    assert "de tekst uit de afbeelding is niet aangepast" in response.content.decode()
