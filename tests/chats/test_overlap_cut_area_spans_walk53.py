# ruff: noqa: F811 - the fixtures imported from test_overlap_hand_mark are used as arguments
"""Walk 53 (from fix53a): releasing a withheld kept copy again cuts the shared lines from the
next screenshot's text again (`_cut_again`), deleting the redactions inside them. An area
blacked out over those lines names the word redactions it made (its "spans", undone with it):
the deleted ids stayed in that list. They leave it now, as for a replaced redaction."""

import shutil

import pytest

from chats.models import MediaItem, RedactionSpan
from chats.review.services import image_area_add, media_release, media_withhold
from tests.chats.test_overlap_hand_mark import shots  # noqa: F401
from tests.chats.test_screenshot_overlap_redraw46 import private_temp_root  # noqa: F401

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt"),
]


def _area_over(media: MediaItem, start: int, end: int) -> dict:
    """The area (fractions) around the word boxes of media's text [start, end)."""
    layout = media.ocr_boxes
    width, height = layout["size"]
    boxes = [w for w in layout["words"] if start <= w[0] and w[1] <= end]
    assert boxes
    left = min(b[2] for b in boxes)
    top = min(b[3] for b in boxes)
    right = max(b[2] + b[4] for b in boxes)
    bottom = max(b[3] + b[5] for b in boxes)
    return {
        "x": left / width,
        "y": top / height,
        "breedte": (right - left) / width,
        "hoogte": (bottom - top) / height,
    }


def test_lines_cut_again_leave_the_areas_span_list(shots, ib):
    first, second, _third = shots
    media_withhold(submission_id=first.submission_id, media_id=first.pk, user=ib)
    second.refresh_from_db()
    returned = second.overlap["returned"]
    area = _area_over(second, int(returned["start"]), int(returned["end"]))
    image_area_add(submission_id=second.submission_id, media_id=second.pk, user=ib, **area)
    second.refresh_from_db()
    [made] = [a.get("spans", []) for a in second.areas]
    assert made, "the area redacted words of the returned lines"
    media_release(submission_id=first.submission_id, media_id=first.pk, user=ib)
    second.refresh_from_db()
    assert second.overlap.get("text"), "the lines were cut again"
    live = set(RedactionSpan.objects.filter(media=second).values_list("pk", flat=True))
    [kept] = [a.get("spans", []) for a in second.areas]
    assert set(kept) <= live, set(kept) - live
