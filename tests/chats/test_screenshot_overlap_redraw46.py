"""Walk 46: the messages the duplicate check cut from a screenshot's text stay blacked out in its
image whenever the image is redrawn (a word blacked out by hand, a redaction switched, the cut
messages put back with "Toch apart opnemen"). The image was redrawn from its original with only
the spans of the text that was left, so the cut messages' phone number and e-mail address came
back readable in the admin image, the Woo record and the release PDF."""

import io
import shutil
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from chats.constants import UploadKind
from chats.models import MediaItem
from chats.processing import submission_process
from chats.redaction.ocr import ocr_image
from chats.review.services import overlap_restore, redaction_add, redaction_toggle
from chats.services import IncomingFile, submission_create
from demo.generators.screenshots import (
    MESSAGES,
    RESIDENT_EMAIL,
    RESIDENT_PHONE,
    render_whatsapp_screenshot,
)
from tests.conftest import SUBMISSION_FIELDS as FIELDS

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt"),
]

PHONE_DIGITS = RESIDENT_PHONE.replace("-", "")
MAIL_NAME = RESIDENT_EMAIL.split("@")[0]  # henk.devries


@pytest.fixture(autouse=True)
def private_temp_root(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


def _screenshots(tmp_path: Path, *windows: tuple[int, int]) -> list[Path]:
    paths = []
    for number, (start, end) in enumerate(windows, start=1):
        path = tmp_path / f"Screenshot_{number}.png"
        render_whatsapp_screenshot(
            1080,
            2400,
            dark=True,
            messages=MESSAGES[start:end],
            date_chip="" if start else "VANDAAG",
        ).save(path)
        paths.append(path)
    return paths


@pytest.fixture
def three_shots(make_user, tmp_path):
    return process_three_shots(make_user("mila", "Medewerker"), tmp_path)


def process_three_shots(user, tmp_path: Path) -> MediaItem:
    """Messages 1-4, 3-7 and 6-8 (the walk's upload): 3 and 4 (the resident's phone number and
    e-mail address) are cut from the second screenshot's text, which is returned."""
    paths = _screenshots(tmp_path, (0, 4), (2, 7), (5, 8))
    submission = submission_create(
        user=user,
        files=[IncomingFile(path=p, client_name=p.name) for p in paths],
        upload_kind=UploadKind.SCREENSHOTS,
        **FIELDS,
    )
    submission_process(submission_id=submission.pk)
    second = (
        MediaItem.objects.select_related("derived").filter(submission=submission).order_by("seq")[1]
    )
    assert RESIDENT_EMAIL in second.overlap["text"] and "bel me gerust" in second.overlap["text"]
    assert RESIDENT_EMAIL not in second.ocr_text
    # The read ticks OCR read after a time ("09:25 //") are gone from every text (walk 46).
    for item in MediaItem.objects.filter(submission=submission):
        assert "//" not in item.ocr_text and "/ /" not in item.ocr_text_redacted
        assert "//" not in (item.overlap or {}).get("text", "")
    return second


def _image(item: MediaItem) -> Image.Image:
    item.derived.refresh_from_db()
    with default_storage.open(item.derived.file.name, "rb") as fh:
        return Image.open(io.BytesIO(fh.read())).convert("RGB")


def _read(item: MediaItem) -> str:
    """What a second OCR pass reads in the blacked-out image: letters, digits, dots."""
    return "".join(ch for ch in ocr_image(_image(item)).text.lower() if ch.isalnum() or ch == ".")


def _cut_boxes_black(item: MediaItem, overlap: dict) -> bool:
    """Whether the words of every span cut with the messages are solid black in the image."""
    image = _image(item).convert("L")
    for start, end, _label in overlap["spans"]:
        for w_start, w_end, left, top, width, height, _line in overlap["words"]:
            if w_start < end and start < w_end:
                box = image.crop((left, top, left + width, top + height))
                if box.getextrema()[1] > 40:
                    return False
    return True


def _black_out_word(item: MediaItem, word: str, user) -> None:
    item.refresh_from_db()
    start = item.ocr_text.index(word)
    redaction_add(
        submission_id=item.submission_id,
        media_id=item.pk,
        start=start,
        end=start + len(word),
        label="PERSON",
        user=user,
    )


def test_a_word_blacked_out_by_hand_keeps_the_cut_messages_black(three_shots, ib):
    second, overlap = three_shots, three_shots.overlap
    labels = {label for _, _, label in overlap["spans"]}
    assert {"PHONE", "EMAIL"} <= labels
    assert _cut_boxes_black(second, overlap)
    before = _read(second)
    assert PHONE_DIGITS not in before and MAIL_NAME not in before

    _black_out_word(second, "donderdag", ib)
    after = _read(second)
    assert "donderdag" not in after
    assert _cut_boxes_black(second, overlap)
    assert PHONE_DIGITS not in after and MAIL_NAME not in after

    # Switching a span of the text that was left off and on again: still black.
    span = second.redactions.filter(source="handmatig").get()
    redaction_toggle(span_id=span.pk, user=ib)
    assert _cut_boxes_black(second, overlap)
    assert "donderdag" in _read(second)


def test_put_back_with_toch_apart_opnemen_the_messages_stay_black(three_shots, ib):
    second, overlap = three_shots, three_shots.overlap
    _black_out_word(second, "donderdag", ib)
    overlap_restore(submission_id=second.submission_id, media_id=second.pk, user=ib)
    second.refresh_from_db()
    # The messages are back in the text, their phone number and e-mail address redacted ...
    assert "bel me gerust" in second.ocr_text
    assert PHONE_DIGITS not in second.ocr_text_redacted.replace("-", "")
    assert RESIDENT_EMAIL not in second.ocr_text_redacted
    active = {s.label for s in second.redactions.filter(active=True)}
    assert {"PHONE", "EMAIL"} <= active
    # ... and black in the image, also after the next redraw.
    assert _cut_boxes_black(second, overlap)
    _black_out_word(second, "zaaknummer", ib)
    read = _read(second)
    assert PHONE_DIGITS not in read and MAIL_NAME not in read
    assert _cut_boxes_black(second, overlap)
    # A redaction of a put-back message switched off shows its text again (it is a span now).
    phone = next(
        s
        for s in second.redactions.filter(label="PHONE")
        if second.ocr_text[s.start : s.end] == RESIDENT_PHONE
    )
    redaction_toggle(span_id=phone.pk, user=ib)
    assert PHONE_DIGITS in _read(second)


def test_a_record_processed_before_the_boxes_were_kept_is_redrawn_black_too(three_shots, ib):
    # Processed before walk 46: the overlap holds the cut messages' spans and word places only.
    second = three_shots
    overlap = dict(second.overlap)
    assert overlap.pop("boxes")
    second.overlap = overlap
    second.save(update_fields=["overlap"])
    _black_out_word(second, "donderdag", ib)
    assert _cut_boxes_black(second, overlap)
    read = _read(second)
    assert PHONE_DIGITS not in read and MAIL_NAME not in read


def test_text_cut_as_chrome_keeps_its_blackout_in_the_layout():
    from chats.pipeline.results import MediaOut, SpanOut
    from chats.pipeline.screenshot_text import CUT_BOXES, without_ranges

    text = "Ria Mol 10:02\nHallo daar"
    words = [
        [0, 3, 10, 10, 30, 12, 0],
        [4, 7, 45, 10, 30, 12, 0],
        [8, 13, 80, 10, 40, 12, 0],
        [14, 19, 10, 40, 50, 12, 1],
        [20, 24, 65, 40, 40, 12, 1],
    ]
    item = MediaOut(
        seq=0,
        name="Screenshot.png",
        mime="image/png",
        ocr_text=text,
        ocr_text_redacted="[NAAM] 10:02\nHallo daar",
        ocr_spans=(SpanOut(0, 7, "PERSON"),),
        ocr_boxes={"words": words, "header": None, "plates": [], "size": [200, 60]},
    )
    kept = without_ranges(item, [(0, 13)], {})
    assert kept.ocr_text == "Hallo daar" and kept.ocr_spans == ()
    # One box over "Ria Mol" (padded), none over the clock that was no span.
    [[left, top, right, bottom]] = kept.ocr_boxes[CUT_BOXES]
    assert left <= 10 and top <= 10 and right >= 75 and bottom >= 22 and right < 80
    # The duplicate check keeps the boxes with the messages it cut instead.
    assert CUT_BOXES not in without_ranges(item, [(0, 13)], {}, keep_boxes=False).ocr_boxes


def test_the_cut_messages_mark_the_image_blacked_out_until_they_are_put_back(three_shots, ib):
    """Their personal data is blacked out in the image with no placeholder in the text: the Woo
    decision gives it ground 5.1.2e (MediaItem.image_blacked_out, kept by the purge). Put back,
    it is placeholders in the text again."""
    from chats.pipeline.screenshot_text import CUT_BOXES, blacked_out_beyond_text

    second = three_shots
    assert second.image_blacked_out
    # Nothing else blacked out beyond the text: the header band and chrome left aside.
    layout = {k: v for k, v in second.ocr_boxes.items() if k not in ("plates", CUT_BOXES)}
    MediaItem.objects.filter(pk=second.pk).update(ocr_boxes={**layout, "header": None})
    assert blacked_out_beyond_text({**layout, "header": None}, second.overlap)
    overlap_restore(submission_id=second.submission_id, media_id=second.pk, user=ib)
    second.refresh_from_db()
    assert "[TELEFOONNUMMER]" in second.ocr_text_redacted
    assert not second.image_blacked_out
