"""Areas over words some of which are redacted already, and overlapping areas (fixarea48: a name
next to a found phone number stayed readable in the text; removing one of two overlapping areas
showed the words the other still blacks out)."""

import pytest

from audit.models import AuditEvent
from chats.models import MediaItem, RedactionSpan
from chats.review.services import image_area_add, image_area_remove
from tests.chats.test_review_area_words_walk48 import AREA, shot  # noqa: F401

pytestmark = pytest.mark.django_db

# OCR "Zaak Z-2024-001873\nBel morgen terug": "Zaak" 0-4, "Z-2024-001873" 5-18 on the first line.


def _span(media, start, end, *, active=True, label="PHONE"):
    return RedactionSpan.objects.create(
        submission_id=media.submission_id,
        media=media,
        start=start,
        end=end,
        label=label,
        active=active,
    )


def _add(media, user, area=AREA):
    image_area_add(submission_id=media.submission_id, media_id=media.pk, user=user, **area)


def test_the_words_beside_a_redacted_one_are_redacted_too(shot, ib):  # noqa: F811
    _span(shot, 5, 18)
    _add(shot, ib)
    shot.refresh_from_db()
    assert "Zaak" not in shot.ocr_text_redacted
    assert "Z-2024-001873" not in shot.ocr_text_redacted
    made = shot.redactions.get(label="GEBIED")
    assert (made.start, made.end) == (0, 4)


def test_a_switched_off_span_under_a_new_area_does_not_block_it(shot, ib):  # noqa: F811
    _span(shot, 5, 18, active=False)
    _add(shot, ib)
    shot.refresh_from_db()
    assert "Z-2024-001873" not in shot.ocr_text_redacted
    assert "Zaak" not in shot.ocr_text_redacted


def test_removing_one_of_two_overlapping_areas_keeps_the_words_of_the_other(shot, ib):  # noqa: F811
    _add(shot, ib)
    _add(shot, ib, {"x": 0.0, "y": 0.05, "breedte": 1.0, "hoogte": 0.25})
    first = MediaItem.objects.get(pk=shot.pk).areas[0]["id"]
    image_area_remove(submission_id=shot.submission_id, media_id=shot.pk, area_id=first, user=ib)
    shot.refresh_from_db()
    assert "Z-2024-001873" not in shot.ocr_text_redacted
    assert "Zaak" not in shot.ocr_text_redacted
    # The words the remaining area took over are audited as redacted by the remover.
    assert AuditEvent.objects.filter(action="redaction.added").count() == 2
    second = MediaItem.objects.get(pk=shot.pk).areas[0]
    assert set(second["spans"]) == set(
        shot.redactions.filter(label="GEBIED", active=True).values_list("pk", flat=True)
    )
    # And removing that one too shows them again.
    image_area_remove(
        submission_id=shot.submission_id, media_id=shot.pk, area_id=second["id"], user=ib
    )
    shot.refresh_from_db()
    assert shot.ocr_text_redacted == shot.ocr_text
    assert not shot.redactions.exists()
