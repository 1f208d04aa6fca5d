# ruff: noqa: F811 - the fixtures imported from test_overlap_hand_mark are used as arguments
"""Releasing the kept copy of two overlapping screenshots again (review findings, stop 48).

Withholding the screenshot that kept the messages two screenshots share puts those messages back
into the next one's text (`_overlap_to_next`). Releasing the kept copy again left them there too:
every shared message stood twice in the record's text, its PDF and Woo's index. Now the release
cuts them from the next screenshot's text again, as processing had cut them, and a second
withholding puts them back once.
"""

import shutil

import pytest

from chats.constants import MediaRelease
from chats.models import MediaItem, RedactionSpan
from chats.review.services import media_release, media_withhold
from tests.chats.test_overlap_hand_mark import _archive, _mark, _purge, shots  # noqa: F401
from tests.chats.test_screenshot_overlap_redraw46 import (  # noqa: F401 - fixture
    MAIL_NAME,
    _read,
    private_temp_root,
)
from woo.models import SearchEntry

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt"),
]

SHARED = "bel me gerust"


def _record_texts(submission_id: int) -> str:
    items = MediaItem.objects.filter(submission_id=submission_id)
    return "\n".join(item.ocr_text for item in items)


def _indexed(submission_id: int) -> str:
    return "\n".join(
        SearchEntry.objects.filter(submission_id=submission_id).values_list("text", flat=True)
    )


def _withhold(item: MediaItem, user) -> None:
    media_withhold(submission_id=item.submission_id, media_id=item.pk, user=user)


def _release(item: MediaItem, user) -> None:
    media_release(submission_id=item.submission_id, media_id=item.pk, user=user)


def test_withhold_release_withhold_keeps_each_shared_message_once(shots, ib):
    first, second, third = shots
    _archive(first.submission_id)
    cut = dict(second.overlap)
    own_text, own_spans = (
        second.ocr_text,
        sorted(RedactionSpan.objects.filter(media=second).values_list("start", "end", "label")),
    )
    _withhold(first, ib)
    assert _record_texts(first.submission_id).count(SHARED) == 2  # the first's and the second's
    _release(first, ib)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.release == MediaRelease.VRIJGEGEVEN
    assert _record_texts(first.submission_id).count(SHARED) == 1
    # The second screenshot is as processing left it: its own text and spans, the messages cut.
    assert second.ocr_text == own_text
    assert SHARED not in second.ocr_text_redacted
    assert (
        sorted(RedactionSpan.objects.filter(media=second).values_list("start", "end", "label"))
        == own_spans
    )
    assert second.overlap["text"] == cut["text"]
    assert second.overlap["at"] == cut["at"]
    assert sorted(map(tuple, second.overlap["spans"])) == sorted(map(tuple, cut["spans"]))
    assert second.overlap["words"] == cut["words"]
    assert second.overlap["notice"] == cut["notice"]
    assert MAIL_NAME not in _read(second)  # still black in its image
    assert _indexed(first.submission_id).count(SHARED) == 1
    # The point about the cut messages is in the submission's flags again.
    submission = first.submission
    submission.refresh_from_db()
    assert any(f.get("message") == cut["notice"] for f in submission.flags if isinstance(f, dict))

    # And once more: withheld again, they go back once.
    _withhold(first, ib)
    second.refresh_from_db()
    assert second.ocr_text.count(SHARED) == 1
    assert second.overlap.get("text") is None
    assert _indexed(first.submission_id).count(SHARED) == 1


def test_a_hand_mark_of_the_withheld_copy_stays_black_through_the_round_trip(shots, ib):
    first, second, third = shots
    _mark(first, "gerust", ib)
    _withhold(first, ib)
    _release(first, ib)
    second.refresh_from_db()
    assert "gerust" not in _read(second)
    assert any(
        second.overlap["text"][s:e] == "gerust" for s, e, _label in second.overlap.get("hand", ())
    )
    _withhold(first, ib)
    second.refresh_from_db()
    assert second.ocr_text.count(SHARED) == 1
    assert "gerust" not in second.ocr_text_redacted
    assert "gerust" not in _read(second)


def test_after_the_purge_the_round_trip_keeps_each_shared_message_once(shots, ib):
    """The purge kept the cut messages' redacted text: withheld, it goes into the next
    screenshot's redacted text; released, it is cut from it again."""
    first, second, third = shots
    _purge(first.submission_id)
    second.refresh_from_db()
    cut = dict(second.overlap)
    own = second.ocr_text_redacted
    _withhold(first, ib)
    _release(first, ib)
    second.refresh_from_db()
    assert second.ocr_text_redacted == own
    assert second.overlap["redacted"] == cut["redacted"]
    assert second.overlap["redacted_words"] == cut["redacted_words"]
    assert (second.overlap["line"], second.overlap["end"]) == (cut["line"], cut["end"])
    assert _indexed(first.submission_id).count("bel me") == 1
    _withhold(first, ib)
    second.refresh_from_db()
    assert second.ocr_text_redacted.count("bel me") == 1
    assert _indexed(first.submission_id).count("bel me") == 1


def test_withheld_before_the_purge_and_released_after_it_keeps_each_message_once(shots, ib):
    first, second, third = shots
    own = second.ocr_text
    _withhold(first, ib)
    _purge(first.submission_id)
    second.refresh_from_db()
    assert second.ocr_text_redacted.count("bel me") == 1
    _release(first, ib)
    second.refresh_from_db()
    assert "bel me" not in second.ocr_text_redacted
    assert second.overlap["redacted"].count("bel me") == 1
    assert second.ocr_text_redacted.count("\n") == own.count("\n")
    assert _indexed(first.submission_id).count("bel me") == 1
