"""Browser walk 53, gap 3: an area blacked out by hand keeps the ids of the redactions it made
in the image's text ("spans", undone with the area). Since review walk 52 a redaction that was
undone gives way to a new one over its text: its row is deleted and the new one's audit row
names it (`replaces`). Undoing an area's word redaction and marking the words again as what
they are left the deleted id in the area's list (on main 2910635a). Nothing read it but the
area's removal, which deletes by id and label and so found nothing to delete: it did not
break the review page, the removal or the archive PDF (guarded below), but the area named a
redaction that no longer exists. Now the replaced id leaves the area's list: the new
redaction is the reviewer's own, not the area's, and stays when the area is undone."""

import pytest
from django.urls import reverse

from chats.archiving import record_messages
from chats.models import MediaItem, RedactionSpan
from chats.review.services import (
    image_area_add,
    image_area_remove,
    redaction_add,
    redaction_toggle,
)
from tests.chats.test_review_area_words_walk48 import AREA, OCR, shot  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db

NUMBER = "Z-2024-001873"


def _replaced(shot, ib):  # noqa: F811 - the fixture imported above
    """The area over the first line, its word redaction undone and the number marked again as
    a document number: returns (the area, the deleted span's id, the new span)."""
    image_area_add(submission_id=shot.submission_id, media_id=shot.pk, user=ib, **AREA)
    [area_span] = RedactionSpan.objects.filter(media=shot, label="GEBIED")
    assert MediaItem.objects.get(pk=shot.pk).areas[0]["spans"] == [area_span.pk]
    redaction_toggle(span_id=area_span.pk, user=ib)
    start = OCR.index(NUMBER)
    new = redaction_add(
        submission_id=shot.submission_id,
        media_id=shot.pk,
        start=start,
        end=start + len(NUMBER),
        label="DOCUMENT_NUMBER",
        user=ib,
    )
    assert not RedactionSpan.objects.filter(pk=area_span.pk).exists()  # replaced (walk 52)
    return MediaItem.objects.get(pk=shot.pk).areas[0], area_span.pk, new


def test_a_replaced_word_redaction_leaves_the_areas_list(shot, ib):  # noqa: F811
    area, gone, _new = _replaced(shot, ib)
    assert gone not in area.get("spans", [])
    live = set(RedactionSpan.objects.filter(media=shot).values_list("pk", flat=True))
    assert set(area.get("spans", [])) <= live


def test_the_review_page_the_removal_and_the_archive_pdf_hold(shot, ib, logged_in):  # noqa: F811
    area, _gone, new = _replaced(shot, ib)
    client = logged_in(ib)
    review = reverse("admin:chats_submission_review", args=[shot.submission_id])
    assert client.get(review, {"dag": "afbeeldingen"}).status_code == 200
    image_area_remove(
        submission_id=shot.submission_id, media_id=shot.pk, area_id=area["id"], user=ib
    )
    # The reviewer's own redaction stays when the area goes.
    assert RedactionSpan.objects.filter(pk=new.pk, active=True).exists()
    shot.refresh_from_db()
    assert shot.areas == []
    assert shot.ocr_text_redacted == "Zaak [DOCUMENTNUMMER]\nBel morgen terug"
    assert client.get(review, {"dag": "afbeeldingen"}).status_code == 200
    [entry] = [e for e in record_messages(shot.submission) if e.kind == "screenshot"]
    assert entry.images[0].ocr_text == "Zaak [DOCUMENTNUMMER]\nBel morgen terug"
