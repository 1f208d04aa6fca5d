# ruff: noqa: F811 - the fixtures imported from test_overlap_hand_mark are used as arguments
"""The system withholds the kept copy of two overlapping screenshots (review findings rfix1).

A passage marked by hand on a screenshot whose word places are unknown cannot be painted, so the
screenshot is withheld automatically (`_mark_passage_readable`). The messages the next screenshot
shares with it were cut from the next one's text; they must go back there (with the hand mark
blacked out), as when Informatiebeheer presses "Achterhouden", or Woo's search and the archive
PDF lose them.
"""

import shutil

import pytest

from chats.constants import MediaRelease
from chats.models import MediaItem
from chats.review.services import media_withhold
from tests.chats.test_overlap_hand_mark import _archive, _mark, shots  # noqa: F401 - fixture
from tests.chats.test_screenshot_overlap_redraw46 import (  # noqa: F401 - fixture
    _read,
    private_temp_root,
)
from woo.models import SearchEntry

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt"),
]


def _unpaintable(item: MediaItem) -> None:
    item.refresh_from_db()
    layout = {k: v for k, v in item.ocr_boxes.items() if k != "words"}
    MediaItem.objects.filter(pk=item.pk).update(ocr_boxes=layout)


def test_a_kept_copy_withheld_by_the_system_puts_the_shared_messages_back(shots, ib):
    first, second, third = shots
    _archive(first.submission_id)
    _unpaintable(first)
    _mark(first, "gerust", ib)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.release == MediaRelease.ACHTERGEHOUDEN
    assert "bel me gerust" in second.ocr_text
    assert "bel me" in second.ocr_text_redacted and "gerust" not in second.ocr_text_redacted
    assert set(second.overlap) <= {"returned"}  # nothing cut: where it went back
    assert "gerust" not in _read(second)
    assert second.release != MediaRelease.ACHTERGEHOUDEN
    texts = list(
        SearchEntry.objects.filter(submission_id=first.submission_id).values_list("text", flat=True)
    )
    assert any("bel me" in text for text in texts)
    assert not any("gerust" in text for text in texts)


def test_withholding_an_item_already_withheld_still_puts_the_messages_back(shots, ib):
    first, second, third = shots
    MediaItem.objects.filter(pk=first.pk).update(release=MediaRelease.ACHTERGEHOUDEN)
    returned = media_withhold(submission_id=first.submission_id, media_id=first.pk, user=ib)
    second.refresh_from_db()
    assert "bel me gerust" in second.ocr_text
    assert set(second.overlap) <= {"returned"}  # nothing cut: where it went back
    assert returned.overlap_moved_to == second.seq
