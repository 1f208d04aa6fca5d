"""Two screenshots that overlap keep their shared messages once: in the first screenshot's text,
cut from the second's (chats.pipeline.screenshot_overlap). When Informatiebeheer withholds the
first screenshot (the kept copy), the image goes, not the text of the messages it carried: the
second screenshot still shows them, so they go back into its text and Woo still finds them.
Before, their text left the Woo search with the withheld image."""

import pytest
from django.urls import reverse

from chats.constants import MediaRelease, RenditionState, SubmissionStatus, UploadKind
from chats.models import MediaItem
from chats.review.services import media_withhold, redaction_add
from tests.factories import MediaItemFactory, SubmissionFactory
from woo.indexing import index_submission
from woo.models import SearchEntry

pytestmark = pytest.mark.django_db

SHARED = "De Reestbrug is kapot"
NOTICE = (
    "1 bericht dubbel in schermafbeelding 1 en 2 — één keer opgenomen (uit schermafbeelding 2 "
    "gehaald; terug te zetten met ‘Toch apart opnemen’ bij schermafbeelding 2)"
)


@pytest.fixture
def two_shots():
    submission = SubmissionFactory(
        upload_kind=UploadKind.SCREENSHOTS,
        flags=[{"code": "screenshot_overlap", "message": NOTICE}],
    )
    first_text = f"Goedemorgen\n{SHARED}"
    first = MediaItemFactory(
        submission=submission, seq=0, ocr_text=first_text, ocr_text_redacted=first_text
    )
    second = MediaItemFactory(
        submission=submission,
        seq=1,
        ocr_text="Aan welke kant?",
        ocr_text_redacted="Aan welke kant?",
        overlap={"notice": NOTICE, "count": 1, "at": 0, "text": SHARED, "spans": [], "words": []},
    )
    return submission, first, second


def _archive(submission) -> None:
    """As the worker leaves an archived record: PDF made, indexed (originals still kept)."""
    submission.status = SubmissionStatus.GEARCHIVEERD
    submission.rendition_state = RenditionState.KLAAR
    submission.save(update_fields=["status", "rendition_state"])
    index_submission(submission_id=submission.pk)


def _found(client, word: str) -> list[int]:
    outcome = client.get(reverse("woo:search"), {"q": word}).context["outcome"]
    return [record.submission.pk for record in outcome.records]


def test_withholding_the_kept_copy_under_review_keeps_the_messages_searchable(
    two_shots, ib, woo_client
):
    submission, first, second = two_shots
    media_withhold(submission_id=submission.pk, media_id=first.pk, user=ib)
    _archive(submission)

    assert _found(woo_client, "Reestbrug") == [submission.pk]
    second.refresh_from_db()
    assert SHARED in second.ocr_text_redacted
    assert set(second.overlap) <= {"returned"}  # nothing cut: where it went back
    # The point about the duplicate is settled: no copy is cut any more.
    submission.refresh_from_db()
    assert not [f for f in submission.flags if f.get("message") == NOTICE]
    # The withheld screenshot itself stays out of the search.
    assert _found(woo_client, "Goedemorgen") == []


def test_withholding_the_kept_copy_after_archiving_keeps_the_messages_searchable(
    two_shots, ib, woo_client
):
    submission, first, second = two_shots
    _archive(submission)
    assert _found(woo_client, "Reestbrug") == [submission.pk]

    media_withhold(submission_id=submission.pk, media_id=first.pk, user=ib)
    # Indexed again at once, in the withhold's transaction (found again once the PDF is made).
    texts = SearchEntry.objects.filter(submission_id=submission.pk).values_list("text", flat=True)
    assert any(SHARED in text for text in texts)
    assert not any("Goedemorgen" in text for text in texts)
    _archive(submission)  # the worker made the PDF again
    assert _found(woo_client, "Reestbrug") == [submission.pk]
    assert _found(woo_client, "Goedemorgen") == []


def test_withholding_both_copies_hides_the_messages(two_shots, ib, woo_client):
    submission, first, second = two_shots
    media_withhold(submission_id=submission.pk, media_id=first.pk, user=ib)
    media_withhold(submission_id=submission.pk, media_id=second.pk, user=ib)
    _archive(submission)
    assert _found(woo_client, "Reestbrug") == []


def test_withholding_the_second_copy_leaves_the_first_as_it_was(two_shots, ib, woo_client):
    submission, first, second = two_shots
    media_withhold(submission_id=submission.pk, media_id=second.pk, user=ib)
    second.refresh_from_db()
    assert second.overlap["text"] == SHARED  # the kept copy still holds the messages
    _archive(submission)
    assert _found(woo_client, "Reestbrug") == [submission.pk]
    assert MediaItem.objects.get(pk=first.pk).ocr_text_redacted.count(SHARED) == 1


def test_the_review_page_says_where_the_messages_went(two_shots, ib_client):
    submission, first, second = two_shots
    url = reverse("admin:chats_submission_media_release", args=[submission.pk, first.pk])
    response = ib_client.post(url, {"achterhouden": "1"}, follow=True)
    notices = [str(m) for m in response.context["messages"]]
    assert any(
        "is achtergehouden" in n and "staan nu in de tekst van schermafbeelding 2" in n
        for n in notices
    ), notices


def _black_out_by_hand(first, word: str, ib) -> None:
    start = first.ocr_text.index(word)
    redaction_add(
        submission_id=first.submission_id,
        media_id=first.pk,
        start=start,
        end=start + len(word),
        label="ADDRESS",
        user=ib,
    )


def test_a_word_blacked_out_by_hand_in_the_kept_copy_stays_blacked_out(
    two_shots, ib, woo_client, monkeypatch
):
    """The messages put back carry the redactions made by hand in the withheld copy, in their
    text and (redrawn) in the next screenshot's image, which shows them too."""
    submission, first, second = two_shots
    redrawn = []
    monkeypatch.setattr(
        "chats.review.services._redraw_image",
        lambda media, adding, **_: redrawn.append(media.pk) or True,
    )
    # The places of the cut message's words in the second image: the word blacked out by hand
    # in the kept copy is painted there at once (else the second is withheld, see
    # tests/chats/test_overlap_hand_mark.py).
    words = [[0, 2, 10, 10, 20, 12, 0], [3, 12, 35, 10, 80, 12, 0], [13, 15, 120, 10, 15, 12, 0]]
    second.overlap = {**second.overlap, "words": [*words, [16, 21, 140, 10, 40, 12, 0]]}
    second.save(update_fields=["overlap"])
    _black_out_by_hand(first, "Reestbrug", ib)
    second.refresh_from_db()
    assert second.overlap["hand"] == [[3, 12, "ADDRESS"]] and second.pk in redrawn
    media_withhold(submission_id=submission.pk, media_id=first.pk, user=ib)
    second.refresh_from_db()
    assert "Reestbrug" not in second.ocr_text_redacted
    assert "De [ADRES] is kapot" in second.ocr_text_redacted
    assert second.pk in redrawn and second.release == MediaRelease.GEANONIMISEERD
    _archive(submission)
    assert _found(woo_client, "Reestbrug") == []
    assert _found(woo_client, "kapot") == [submission.pk]


def test_a_next_screenshot_that_cannot_be_redrawn_is_withheld_too(two_shots, ib, woo_client):
    """Its image still shows the word blacked out by hand in the withheld copy."""
    submission, first, second = two_shots
    _black_out_by_hand(first, "Reestbrug", ib)
    media_withhold(submission_id=submission.pk, media_id=first.pk, user=ib)
    second.refresh_from_db()
    assert second.release == MediaRelease.ACHTERGEHOUDEN
    _archive(submission)
    assert _found(woo_client, "Reestbrug") == []


def test_the_confirmation_for_an_archived_record_says_where_the_messages_go(two_shots, ib_client):
    submission, first, second = two_shots
    _archive(submission)
    url = reverse("admin:chats_submission_media_release", args=[submission.pk, first.pk])
    html = ib_client.post(url, {"achterhouden": "1"}).content.decode()
    assert "gaan terug in de tekst van schermafbeelding 2" in html
    # The second screenshot shares nothing with a third: no such line.
    url = reverse("admin:chats_submission_media_release", args=[submission.pk, second.pk])
    html = ib_client.post(url, {"achterhouden": "1"}).content.decode()
    assert "Achterhouden bevestigen" in html and 'id="rv-withhold-follower"' not in html
