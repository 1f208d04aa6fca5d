"""Walk 49: a street Informatiebeheer blacks out by hand takes its house number with it, also
where the bubble wrapped the number to the next line (real OCR, second pass over the image)."""

import io
import shutil

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import Image

from chats.constants import UploadKind
from chats.models import MediaItem
from chats.redaction.ocr import ocr_image
from chats.review.services import redaction_add
from chats.review.text import with_house_number
from chats.services import IncomingFile, submission_create
from demo.generators.screenshots import render_whatsapp_screenshot
from tests.conftest import SUBMISSION_FIELDS
from tests.factories import processed_submission

# Lower case: the detector does not take it for a street, a reviewer does.
MESSAGES = (
    ("in", "Goedemorgen! Bij de haveltermade 12 ligt al dagen grofvuil op straat.", "09:12"),
    ("out", "Dank voor uw melding, we komen kijken.", "09:15"),
)


@pytest.mark.django_db
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt")
def test_a_street_marked_by_hand_takes_its_wrapped_house_number(
    medewerker, ib, tmp_path, django_capture_on_commit_callbacks
):
    path = tmp_path / "Screenshot_20261205-01.png"
    render_whatsapp_screenshot(messages=MESSAGES, height=1600).save(path)
    with django_capture_on_commit_callbacks(execute=True):
        submission = submission_create(
            user=medewerker,
            files=[IncomingFile(path=path, client_name=path.name)],
            upload_kind=UploadKind.SCREENSHOTS,
            **SUBMISSION_FIELDS,
        )
    item = MediaItem.objects.select_related("derived").get(submission=submission)
    assert "haveltermade\n12 ligt" in item.ocr_text  # wrapped, and not found by the detector
    start = item.ocr_text.index("haveltermade")

    span = redaction_add(
        submission_id=submission.pk,
        media_id=item.pk,
        start=start,
        end=start + len("haveltermade"),
        label="ADDRESS",
        user=ib,
    )

    item.refresh_from_db()
    assert item.ocr_text[span.start : span.end] == "haveltermade\n12"
    assert "[ADRES] 12" not in item.ocr_text_redacted
    item.derived.refresh_from_db()
    with default_storage.open(item.derived.file.name, "rb") as fh:
        second = ocr_image(Image.open(io.BytesIO(fh.read())).convert("RGB"))
    words = [w.text for w in second.words]
    assert "12" not in words and "haveltermade" not in second.text
    assert "ligt" in words


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("bij Haveltermade 12a, ligt", "Haveltermade 12a"),
        ("bij Haveltermade 12-2 ligt", "Haveltermade 12-2"),
        ("bij Haveltermade\n09:12", "Haveltermade"),  # the time below the bubble
        ("Haveltermade 3,5 km verder", "Haveltermade"),
        ("Haveltermade is mooi", "Haveltermade"),
        # Review 49: a count or an amount after the street is no house number.
        ("Haveltermade 3 keer geveegd", "Haveltermade"),
        ("Haveltermade 3x geveegd", "Haveltermade"),
        ("Haveltermade 20 minuten", "Haveltermade"),
        ("Haveltermade 4 stuks", "Haveltermade"),
        ("Haveltermade 12 ligt", "Haveltermade 12"),
    ],
)
def test_only_a_house_number_right_after_the_marked_street_joins_it(text, marked):
    start = text.index("Haveltermade")
    end = with_house_number(text, start, start + len("Haveltermade"), "ADDRESS", [])
    assert text[start:end] == marked


def test_a_number_another_span_holds_or_a_mark_of_another_kind_is_left_alone():
    text = "bij Haveltermade 12 ligt"
    start, end = text.index("Haveltermade"), text.index("Haveltermade") + len("Haveltermade")
    assert with_house_number(text, start, end, "ADDRESS", [(17, 19)]) == end
    assert with_house_number(text, start, end, "PERSON", []) == end


@pytest.mark.django_db
def test_the_reviewer_is_told_the_mark_took_the_house_number(ib_client):
    """Review 49: the mark silently grew over the number after the street."""
    submission = processed_submission()
    message = submission.messages.order_by("seq").first()
    message.text = "Het grofvuil ligt bij de haveltermade 12 al dagen."
    message.save(update_fields=["text"])
    start = message.text.index("haveltermade")
    response = ib_client.post(
        reverse("admin:chats_submission_redaction_add", args=[submission.pk]),
        {
            "target": "message",
            "target_id": message.pk,
            "start": start,
            "end": start + len("haveltermade"),
            "label": "ADDRESS",
        },
    )
    page = ib_client.get(response["Location"]).content.decode()
    assert "Het huisnummer erna (‘12’) is meegenomen in de weglakking." in page
