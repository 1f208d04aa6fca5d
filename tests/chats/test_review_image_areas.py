"""Informatiebeheer blacks out an area of a screenshot or photo on the review page (walk 46):
a face, a name the OCR did not read. The area is painted into the derivative that Woo and the
PDF get, kept by every later redraw, undone before archiving and audited."""

import hashlib
import io
import shutil

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from audit.models import AuditEvent
from chats.constants import SubmissionStatus, UploadKind
from chats.models import MediaItem, Submission
from chats.review.errors import ReviewError
from chats.review.services import image_area_add, image_area_remove, redaction_toggle
from chats.services import IncomingFile, submission_create
from demo.generators.screenshots import render_whatsapp_screenshot
from tests.conftest import SUBMISSION_FIELDS

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt"),
]

# A stretch of the chat's background, below the header band: not black after processing.
AREA = {"x": 0.05, "y": 0.55, "breedte": 0.3, "hoogte": 0.04}


@pytest.fixture
def shot(medewerker, tmp_path, django_capture_on_commit_callbacks):
    path = tmp_path / "Screenshot_20240312.png"
    render_whatsapp_screenshot(720, 1600).save(path)
    with django_capture_on_commit_callbacks(execute=True):
        submission = submission_create(
            user=medewerker,
            files=[IncomingFile(path=path, client_name=path.name)],
            upload_kind=UploadKind.SCREENSHOTS,
            **SUBMISSION_FIELDS,
        )
    return MediaItem.objects.select_related("derived", "original").get(submission=submission)


def _file(stored) -> Image.Image:
    stored.refresh_from_db()
    with default_storage.open(stored.file.name, "rb") as fh:
        return Image.open(io.BytesIO(fh.read())).convert("RGB")


def _area_black(image: Image.Image, area=AREA) -> bool:
    width, height = image.size
    box = (
        int(area["x"] * width) + 2,
        int(area["y"] * height) + 2,
        int((area["x"] + area["breedte"]) * width) - 2,
        int((area["y"] + area["hoogte"]) * height) - 2,
    )
    return image.crop(box).convert("L").getextrema() == (0, 0)


def test_an_area_is_painted_into_the_derivative_and_the_original_is_kept(shot, ib):
    assert not _area_black(_file(shot.derived))
    original_sha = shot.original.sha256
    image_area_add(submission_id=shot.submission_id, media_id=shot.pk, user=ib, **AREA)
    shot.refresh_from_db()
    assert len(shot.areas) == 1 and shot.areas[0]["x"] == AREA["x"]
    assert _area_black(_file(shot.derived))
    data = default_storage.open(shot.derived.file.name, "rb").read()
    assert shot.derived.sha256 == hashlib.sha256(data).hexdigest()
    # The original Informatiebeheer keeps until the purge is untouched.
    assert not _area_black(_file(shot.original))
    assert shot.original.sha256 == original_sha
    event = AuditEvent.objects.get(action="image_area.added")
    assert event.detail["area_id"] == shot.areas[0]["id"]
    assert event.detail["media_id"] == shot.pk and event.detail["image_redrawn"] is True


def test_a_redraw_for_a_text_redaction_keeps_the_area(shot, ib):
    image_area_add(submission_id=shot.submission_id, media_id=shot.pk, user=ib, **AREA)
    span = shot.redactions.filter(active=True).first()
    redaction_toggle(span_id=span.pk, user=ib)  # redraws from the original
    assert _area_black(_file(shot.derived))


def test_an_area_is_undone_before_archiving_and_the_image_is_as_processing_made_it(shot, ib):
    first_sha = shot.derived.sha256
    image_area_add(submission_id=shot.submission_id, media_id=shot.pk, user=ib, **AREA)
    shot.refresh_from_db()
    image_area_remove(
        submission_id=shot.submission_id, media_id=shot.pk, area_id=shot.areas[0]["id"], user=ib
    )
    shot.refresh_from_db()
    assert shot.areas == []
    assert shot.derived.sha256 == first_sha
    assert AuditEvent.objects.get(action="image_area.removed").detail["active"] is False


def test_after_archiving_an_area_is_added_never_undone(shot, ib):
    Submission.objects.filter(pk=shot.submission_id).update(status=SubmissionStatus.GEARCHIVEERD)
    image_area_add(submission_id=shot.submission_id, media_id=shot.pk, user=ib, **AREA)
    shot.refresh_from_db()
    assert _area_black(_file(shot.derived))
    event = AuditEvent.objects.get(action="image_area.added")
    assert event.detail["reason"] == "nader anonimiseren"
    with pytest.raises(ReviewError) as info:
        image_area_remove(
            submission_id=shot.submission_id,
            media_id=shot.pk,
            area_id=shot.areas[0]["id"],
            user=ib,
        )
    assert "niet meer ongedaan" in info.value.message


def test_after_the_purge_the_area_is_painted_over_the_derivative(shot, ib):
    Submission.objects.filter(pk=shot.submission_id).update(
        status=SubmissionStatus.GEARCHIVEERD, originals_purged_at=timezone.now()
    )
    default_storage.delete(shot.original.file.name)
    shot.original.purged_at = timezone.now()
    shot.original.save(update_fields=["purged_at"])
    image_area_add(submission_id=shot.submission_id, media_id=shot.pk, user=ib, **AREA)
    assert _area_black(_file(shot.derived))
    assert AuditEvent.objects.get(action="image_area.added").detail["image_redrawn"] is False


def test_an_area_outside_the_image_is_refused(shot, ib):
    with pytest.raises(ReviewError) as info:
        image_area_add(
            submission_id=shot.submission_id,
            media_id=shot.pk,
            user=ib,
            x=1.0,
            y=0.2,
            breedte=0.1,
            hoogte=0.1,
        )
    assert info.value.message == "Kies een gebied binnen de afbeelding."


def test_the_review_page_offers_the_area_form_and_a_larger_view(shot, ib_client):
    page = reverse("admin:chats_submission_review", args=[shot.submission_id])
    html = ib_client.get(page).content.decode()
    assert 'class="rv-shot woo-shot"' in html and f'data-media="{shot.pk}"' in html
    assert 'name="breedte"' in html and "Gebied weglakken" in html
    assert "areas/areas.js" in html
    assert "Vergroten" in html

    url = reverse("admin:chats_submission_media_area", args=[shot.submission_id, shot.pk])
    response = ib_client.post(url, {"x": "5", "y": "55", "breedte": "30", "hoogte": "4"})
    assert response.status_code == 302
    shot.refresh_from_db()
    assert shot.areas[0]["breedte"] == pytest.approx(0.3)
    html = ib_client.get(response["Location"]).content.decode()
    assert "Gebied weggelakt" in html
    assert 'class="woo-area"' in html and "Gebied 1 ongedaan maken" in html

    undo = reverse(
        "admin:chats_submission_media_area_undo",
        args=[shot.submission_id, shot.pk, shot.areas[0]["id"]],
    )
    response = ib_client.post(undo)
    shot.refresh_from_db()
    assert shot.areas == []


def test_a_wrong_measure_is_said_in_dutch(shot, ib_client):
    url = reverse("admin:chats_submission_media_area", args=[shot.submission_id, shot.pk])
    response = ib_client.post(
        url, {"x": "5", "y": "", "breedte": "300", "hoogte": "4"}, follow=True
    )
    html = response.content.decode()
    assert "Boven (%): sleep over de afbeelding of vul de maat in." in html
    assert "Breedte (%): vul een getal van 0,1 tot en met 100 in." in html
    shot.refresh_from_db()
    assert shot.areas == []


def _nothing_else_blacked_out(media: MediaItem) -> None:
    """The image as if processing had blacked out nothing but its text (no header band)."""
    layout = {k: v for k, v in media.ocr_boxes.items() if k not in ("plates", "cut_boxes")}
    MediaItem.objects.filter(pk=media.pk).update(
        ocr_boxes={**layout, "header": None}, image_blacked_out=False
    )
    media.refresh_from_db()


def test_an_area_marks_the_image_blacked_out_until_it_is_undone(shot, ib):
    """The Woo decision gives an image with an area ground 5.1.2e (MediaItem.image_blacked_out),
    also after the purge; an area undone before archiving takes the mark along."""
    assert shot.image_blacked_out  # processing blacked out the header band
    _nothing_else_blacked_out(shot)
    image_area_add(submission_id=shot.submission_id, media_id=shot.pk, user=ib, **AREA)
    shot.refresh_from_db()
    assert shot.image_blacked_out
    image_area_remove(
        submission_id=shot.submission_id, media_id=shot.pk, area_id=shot.areas[0]["id"], user=ib
    )
    shot.refresh_from_db()
    assert not shot.image_blacked_out
