"""A document whose only blackouts are in its image: the boxes processing blacked out over the
personal data of messages the duplicate check cut from a screenshot's text (`overlap["boxes"]`),
or an area Informatiebeheer blacked out by hand (`MediaItem.areas`). The Woo officer judges it
'openbaar'; the released image has black parts, so the inventory, the request's counts and the
release say 'deels openbaar' with ground 5.1.2e (areas carry no ground of their own: personal
data), also once the purge has emptied the overlap.

Found in the review of stop 46: no placeholder of the image's text stood for these blackouts, so
the inventory said 'openbaar' and the blacked-out parts had no ground."""

import csv
import io

import pytest

from chats.constants import UploadKind
from chats.models import MediaItem
from chats.pipeline.screenshot_text import blacked_out_beyond_text
from chats.purge import originals_purge
from chats.review.services import image_area_add
from tests.conftest import png_bytes
from woo.assessment import assessment_page, record_lines
from woo.besluit import beoordeling_save, beoordeling_save_record
from woo.constants import Oordeel
from woo.release import inventory_csv, release_items, write_release_pdf
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

# The screenshot's text as stored: nothing of personal data left in it (the message with the
# e-mail address was cut as a duplicate of the screenshot before).
TEXT = "Tot morgen bij de kastanje"
LAYOUT = {"words": [[0, 3, 10, 40, 30, 12, 0]], "header": None, "plates": [], "size": [120, 80]}
OVERLAP = {
    "notice": "1 bericht dubbel in schermafbeelding 1 en 2 — één keer opgenomen",
    "count": 1,
    "at": 0,
    "text": "Mijn mail is henk.devries@example.org",
    "spans": [[13, 37, "EMAIL"]],
    "words": [],
    "boxes": [[40, 10, 110, 22]],
}


@pytest.fixture
def screenshot_record(make_record, zaak):
    """An archived screenshot record with one cleaned screenshot whose text holds no
    placeholder."""
    record = make_record([], zaak=zaak, index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    return record


def _screenshot(record, make_media, *, message=None) -> MediaItem:
    media = make_media(
        record,
        message,
        original=png_bytes(120, 80),
        derived=png_bytes(120, 80),
        ocr=TEXT,
        ocr_redacted=TEXT,
    )
    media.ocr_boxes = LAYOUT
    media.save(update_fields=["ocr_boxes"])
    return media


def _with_overlap_boxes(media: MediaItem) -> None:
    """As processing stores a screenshot the duplicate check cut a message from
    (chats.pipeline.store)."""
    MediaItem.objects.filter(pk=media.pk).update(
        overlap=OVERLAP, image_blacked_out=blacked_out_beyond_text(LAYOUT, OVERLAP)
    )


def _judged_openbaar(woo_user, verzoek, record) -> None:
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )


def _inventory(verzoek) -> list[dict]:
    data = inventory_csv(release_items(verzoek)).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(data), delimiter=";"))


def _assert_deels_openbaar_on_5_1_2e(verzoek, record) -> None:
    [item] = release_items(verzoek)
    assert (item.oordeel, item.gronden) == (Oordeel.DEELS_OPENBAAR, ("5.1.2e",))
    [row] = _inventory(verzoek)
    assert (row["Beoordeling"], row["Weigeringsgronden"]) == ("Deels openbaar", "5.1.2e")
    [line] = record_lines(verzoek)
    assert (line.oordeel, line.documents, line.assessed, line.released) == (
        Oordeel.DEELS_OPENBAAR,
        1,
        1,
        1,
    )
    page = assessment_page(verzoek, record.pk)
    assert page.record_oordeel == Oordeel.DEELS_OPENBAAR
    [row] = page.rows
    assert (row.oordeel, row.gronden, row.blacked_out) == (
        Oordeel.DEELS_OPENBAAR,
        ["5.1.2e"],
        True,
    )


def test_a_screenshot_without_blackouts_stays_openbaar(
    woo_user, verzoek, screenshot_record, make_media
):
    _screenshot(screenshot_record, make_media)
    _judged_openbaar(woo_user, verzoek, screenshot_record)
    [item] = release_items(verzoek)
    assert (item.oordeel, item.gronden) == (Oordeel.OPENBAAR, ())
    [line] = record_lines(verzoek)
    assert line.oordeel == Oordeel.OPENBAAR


def _purged(record) -> None:
    """The originals purged, as after archiving (before any Woo request holds the record)."""
    assert not originals_purge(submission_id=record.pk).on_hold


@pytest.mark.parametrize("purged", [False, True], ids=["voor", "na-verwijderen-originelen"])
def test_overlap_boxes_make_a_screenshot_deels_openbaar(
    woo_user, verzoek, screenshot_record, make_media, purged
):
    media = _screenshot(screenshot_record, make_media)
    _with_overlap_boxes(media)
    if purged:
        _purged(screenshot_record)
        media.refresh_from_db()
        # The boxes went with the purge (only the cut text's redacted copy stays); what they
        # tell stays.
        assert not {"text", "spans", "boxes"} & set(media.overlap)
    _judged_openbaar(woo_user, verzoek, screenshot_record)
    _assert_deels_openbaar_on_5_1_2e(verzoek, screenshot_record)


@pytest.mark.parametrize("purged", [False, True], ids=["voor", "na-verwijderen-originelen"])
def test_an_area_blacked_out_by_hand_makes_a_screenshot_deels_openbaar(
    woo_user, ib, verzoek, screenshot_record, make_media, purged
):
    media = _screenshot(screenshot_record, make_media)
    image_area_add(
        submission_id=screenshot_record.pk,
        media_id=media.pk,
        x=0.1,
        y=0.5,
        breedte=0.3,
        hoogte=0.2,
        user=ib,
    )
    if purged:
        _purged(screenshot_record)
    _judged_openbaar(woo_user, verzoek, screenshot_record)
    _assert_deels_openbaar_on_5_1_2e(verzoek, screenshot_record)


def test_an_area_in_a_photo_makes_its_message_deels_openbaar(
    woo_user, ib, verzoek, make_record, make_media
):
    record = make_record(["Kijk, de boom bij het huis"])
    message = record.messages.get()
    photo = _screenshot(record, make_media, message=message)
    image_area_add(
        submission_id=record.pk,
        media_id=photo.pk,
        x=0.5,
        y=0.1,
        breedte=0.2,
        hoogte=0.2,
        user=ib,
    )
    _judged_openbaar(woo_user, verzoek, record)
    _assert_deels_openbaar_on_5_1_2e(verzoek, record)


def test_the_release_pdf_gives_the_ground_of_the_image_blackouts(
    woo_user, ib, verzoek, screenshot_record, make_media
):
    from pypdf import PdfReader

    media = _screenshot(screenshot_record, make_media)
    _with_overlap_boxes(media)
    _judged_openbaar(woo_user, verzoek, screenshot_record)
    buffer = io.BytesIO()
    write_release_pdf(buffer, verzoek, release_items(verzoek))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "weggelakt (5.1.2e)" in text


def test_the_officer_may_judge_such_a_screenshot_deels_openbaar(
    woo_user, verzoek, screenshot_record, make_media
):
    """The assessment page suggests 'deels openbaar' for it; saving that is not refused for
    want of a blacked-out passage."""
    media = _screenshot(screenshot_record, make_media)
    _with_overlap_boxes(media)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=screenshot_record.pk)
    [row] = assessment_page(verzoek, screenshot_record.pk).rows
    assert row.preselected == Oordeel.DEELS_OPENBAAR
    beoordeling_save(
        user=woo_user, verzoek=verzoek, media_id=media.pk, oordeel=Oordeel.DEELS_OPENBAAR
    )
    [item] = release_items(verzoek)
    assert (item.oordeel, item.gronden) == (Oordeel.DEELS_OPENBAAR, ("5.1.2e",))
