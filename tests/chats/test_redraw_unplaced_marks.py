"""A passage marked by hand that the redraw of a screenshot could not place (review findings
rfix1): `redraw_screenshot` paints a span over the layout's words it touches; a span that
touches none left the image showing the word, while the review treated the image as redrawn (no
mark, the release unchanged, Woo served the file). Now such an image is marked and withheld like
any file a passage could not be painted in."""

import shutil

import pytest

from chats.constants import MediaRelease, ServingRole
from chats.models import MediaItem
from chats.redaction.images import spans_without_boxes
from chats.review.services import redaction_add
from chats.selectors import servable_file
from demo.generators.screenshots import NEUTRAL_WORD
from tests.chats.test_review_images import screenshot_item  # noqa: F401 - fixture

WORDS = {"words": [[0, 5, 10, 10, 40, 12, 0], [6, 11, 60, 10, 40, 12, 0]]}


def test_spans_without_boxes_are_those_touching_no_word():
    spans = [(0, 3, "PERSON"), (4, 8, "PERSON"), (12, 20, "PHONE")]
    assert spans_without_boxes(WORDS, spans) == [(12, 20, "PHONE")]
    assert spans_without_boxes({"words": []}, spans[:1]) == spans[:1]


@pytest.mark.django_db
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt")
def test_a_hand_mark_with_no_word_box_withholds_the_screenshot(screenshot_item, ib):  # noqa: F811
    item = screenshot_item
    MediaItem.objects.filter(pk=item.pk).update(ocr_boxes={"words": []})
    assert item.original is not None
    start = item.ocr_text.index(NEUTRAL_WORD)
    span = redaction_add(
        submission_id=item.submission_id,
        media_id=item.pk,
        start=start,
        end=start + len(NEUTRAL_WORD),
        label="ADDRESS",
        user=ib,
    )
    assert span.text_only and span.media_withheld
    item.refresh_from_db()
    assert item.passage_readable_since is not None
    assert item.release == MediaRelease.ACHTERGEHOUDEN
    assert servable_file(item, for_role=ServingRole.WOO) is None
