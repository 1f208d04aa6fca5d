"""A word blacked out by hand in a message two overlapping screenshots share.

Processing keeps the shared messages only in the first screenshot's text and cuts them from the
next one's (chats.pipeline.screenshot_overlap); the next image still shows them, blacked out only
where processing found personal data. A word Informatiebeheer blacked out by hand in the kept
copy stayed readable in the next image, which Woo gets, and "Daar ook weglakken" could not offer
it (the cut text is in no text of that screenshot). Now the word is blacked out in every image
that shows the message, from the next screenshot's word places for the cut messages; where those
are not stored, that screenshot is withheld for Woo (audited, said on the review page).
"""

import shutil

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from chats.constants import MediaRelease, RenditionState, SubmissionStatus
from chats.models import MediaItem, Submission
from chats.purge import originals_purge
from chats.review.services import Place, media_withhold, redacted_text_tighten, redaction_add
from chats.review.text import text_version
from tests.chats.test_screenshot_overlap_redraw46 import (  # noqa: F401 - fixture
    _read,
    private_temp_root,
    process_three_shots,
)
from woo.models import SearchEntry

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt"),
]


@pytest.fixture
def shots(make_user, tmp_path) -> list[MediaItem]:
    """Messages 1-4, 3-7 and 6-8: 3 and 4 are shared by the first two screenshots (kept in the
    first's text), 6 and 7 by the last two (kept in the second's)."""
    second = process_three_shots(make_user("mila", "Medewerker"), tmp_path)
    return list(
        MediaItem.objects.select_related("derived")
        .filter(submission_id=second.submission_id)
        .order_by("seq")
    )


def _mark(item: MediaItem, word: str, user) -> None:
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


def _archive(submission_id: int) -> None:
    Submission.objects.filter(pk=submission_id).update(
        status=SubmissionStatus.GEARCHIVEERD, rendition_state=RenditionState.KLAAR
    )


def test_a_word_marked_in_a_shared_message_is_black_in_the_next_image(shots, ib):
    first, second, third = shots
    assert "gerust" in _read(second)  # the cut message is readable in the second image
    _mark(first, "gerust", ib)
    assert "gerust" not in _read(second)
    second.refresh_from_db()
    assert second.release != MediaRelease.ACHTERGEHOUDEN
    assert second.image_blacked_out
    # The second screenshot's own messages are not touched.
    assert "postcode" in _read(second)

    # Withholding the kept copy puts the message back with the word redacted by hand.
    media_withhold(submission_id=first.submission_id, media_id=first.pk, user=ib)
    second.refresh_from_db()
    assert "bel me gerust" in second.ocr_text
    assert "gerust" not in second.ocr_text_redacted
    assert "gerust" not in _read(second)
    assert second.release != MediaRelease.ACHTERGEHOUDEN


def test_after_archiving_too_and_down_the_chain(shots, ib):
    first, second, third = shots
    _archive(first.submission_id)
    assert "donderdag" in _read(third)
    _mark(second, "donderdag", ib)  # message 7: kept in the second, shown by the third too
    assert "donderdag" not in _read(third)
    third.refresh_from_db()
    assert third.release != MediaRelease.ACHTERGEHOUDEN
    # The first screenshot shows no such message: untouched.
    first.refresh_from_db()
    assert first.release != MediaRelease.ACHTERGEHOUDEN


def test_a_mark_on_the_next_screenshots_own_lines_changes_nothing_else(shots, ib):
    first, second, third = shots
    overlaps = {item.pk: dict(item.overlap) for item in shots}
    _mark(second, "postcode", ib)  # message 5: only the second screenshot shows it
    for item in shots:
        item.refresh_from_db()
        assert item.release != MediaRelease.ACHTERGEHOUDEN
        assert item.overlap == overlaps[item.pk]
    assert "postcode" not in _read(second)


def test_without_word_places_for_the_cut_messages_the_next_image_is_withheld(shots, ib, ib_client):
    first, second, third = shots
    overlap = dict(second.overlap)
    overlap["words"] = []
    overlap.pop("boxes")
    MediaItem.objects.filter(pk=second.pk).update(overlap=overlap)
    first.refresh_from_db()
    start = first.ocr_text.index("gerust")
    url = reverse("admin:chats_submission_redaction_add", args=[first.submission_id])
    response = ib_client.post(
        url,
        {
            "target": "media",
            "target_id": first.pk,
            "start": start,
            "end": start + len("gerust"),
            "label": "PERSON",
        },
        follow=True,
    )
    said = " ".join(str(m) for m in response.context["messages"])
    assert "schermafbeelding 2" in said and "achtergehouden voor Woo" in said, said
    second.refresh_from_db()
    assert second.release == MediaRelease.ACHTERGEHOUDEN
    assert AuditEvent.objects.filter(
        action="media.withheld", object_id=str(second.pk), detail__reden="passage_niet_weggelakt"
    ).exists()


def _purge(submission_id: int) -> None:
    _archive(submission_id)
    originals_purge(submission_id=submission_id)


def _tighten(item: MediaItem, word: str, user) -> None:
    item.refresh_from_db()
    text = item.ocr_text_redacted
    start = text.index(word)
    redacted_text_tighten(
        submission_id=item.submission_id,
        place=Place("media", item.pk, start, start + len(word), text_version(text)),
        label="PERSON",
        user=user,
    )


def test_a_mark_before_the_purge_stays_black_after_it(shots, ib):
    first, second, third = shots
    _mark(first, "gerust", ib)
    _purge(first.submission_id)
    second.refresh_from_db()
    assert "gerust" not in _read(second)
    # What the purge keeps of the cut messages is redacted: the word, the phone number.
    kept = second.overlap["redacted"]
    assert "bel me" in kept and "gerust" not in kept and "[NAAM]" in kept
    assert second.overlap.get("text") is None and second.overlap.get("spans") is None


def test_after_the_purge_a_passage_marked_in_the_kept_copy_is_black_in_the_next_image(shots, ib):
    first, second, third = shots
    _purge(first.submission_id)
    assert "gerust" in _read(second)
    _tighten(first, "gerust", ib)
    second.refresh_from_db()
    assert "gerust" not in _read(second)
    assert second.release != MediaRelease.ACHTERGEHOUDEN
    assert "gerust" not in second.overlap["redacted"]


def test_after_the_purge_without_word_places_the_next_image_is_withheld(shots, ib):
    first, second, third = shots
    _purge(first.submission_id)
    second.refresh_from_db()
    MediaItem.objects.filter(pk=second.pk).update(overlap={**second.overlap, "redacted_words": []})
    _tighten(first, "gerust", ib)
    second.refresh_from_db()
    assert second.release == MediaRelease.ACHTERGEHOUDEN
    assert AuditEvent.objects.filter(
        action="media.withheld", object_id=str(second.pk), detail__reden="passage_niet_weggelakt"
    ).exists()


def test_withholding_the_kept_copy_after_the_purge_keeps_the_messages_searchable(shots, ib):
    """The purge kept the cut messages' redacted text: they go back into the next screenshot's
    redacted text, marked passages and all, and Woo's search still finds them."""
    first, second, third = shots
    _mark(first, "gerust", ib)
    _purge(first.submission_id)
    media_withhold(submission_id=first.submission_id, media_id=first.pk, user=ib)
    second.refresh_from_db()
    assert "bel me" in second.ocr_text_redacted and "gerust" not in second.ocr_text_redacted
    assert set(second.overlap) <= {"returned"}  # nothing cut: where it went back
    assert second.ocr_text_redacted.index("bel me") < second.ocr_text_redacted.index("postcode")
    texts = SearchEntry.objects.filter(submission_id=first.submission_id).values_list(
        "text", flat=True
    )
    assert any("bel me" in text for text in texts)
    # A passage of the put-back messages blacked out later is painted where it stands.
    assert "mijnmailis" in _read(second)
    _tighten(second, "mail", ib)
    second.refresh_from_db()
    assert "mijnmailis" not in _read(second)
    assert second.release != MediaRelease.ACHTERGEHOUDEN
