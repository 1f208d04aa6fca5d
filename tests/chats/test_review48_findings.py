"""Review findings of stop 48 on the redaction of images (chats.review.services).

1. The confirmation that an area covers a passage that could not be painted accepted any area:
   now only areas over the passage's place count where it is known (its word boxes, its line);
   where it is not, the page says so and each passage is confirmed by name.
3. Clearing the mark of a passage still readable in a file (`passage_readable_since`) left no
   audit row.
"""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from audit.models import AuditEvent
from chats.constants import MediaRelease, UploadKind
from chats.models import MediaItem, RedactionSpan
from chats.review.errors import ReviewError
from chats.review.services import (
    image_area_add,
    media_release,
    redaction_add,
    redaction_add_alike,
    redaction_toggle,
)
from tests.conftest import png_bytes
from tests.factories import MediaItemFactory, StoredFileFactory, SubmissionFactory

pytestmark = pytest.mark.django_db

# "Bel 0612345678 morgen" / "over de kap": words [char_start, char_end, left, top, w, h, line].
TEXT = "Bel 0612345678 morgen\nover de kap"
WORDS = [
    [0, 3, 5, 5, 20, 10, 0],
    [4, 14, 30, 5, 60, 10, 0],
    [15, 21, 100, 5, 40, 10, 0],
    [22, 26, 5, 30, 25, 10, 1],
    [27, 29, 35, 30, 12, 10, 1],
    [30, 33, 50, 30, 20, 10, 1],
]


def _screenshot(*, words=WORDS, submission=None, seq=0) -> MediaItem:
    """A loose screenshot of a submission under review, its original kept, its word places
    stored as `words` (None: no layout of words at all)."""
    submission = submission or SubmissionFactory(upload_kind=UploadKind.SCREENSHOTS)
    original = StoredFileFactory(
        submission=submission,
        content=png_bytes(200, 60),
        filename=f"Screenshot_{seq + 1}.png",
        original_name=f"Screenshot_{seq + 1}.png",
        mime_type="image/png",
    )
    layout = {"header": None, "size": [200, 60]}
    if words is not None:
        layout["words"] = words
    return MediaItemFactory(
        submission=submission,
        seq=seq,
        original=original,
        derived__content=png_bytes(200, 60),
        name=f"Screenshot_{seq + 1}.png",
        ocr_text=TEXT,
        ocr_text_redacted=TEXT,
        ocr_boxes=layout,
    )


def _mark(media: MediaItem, word: str, user) -> RedactionSpan:
    start = media.ocr_text.index(word)
    return redaction_add(
        submission_id=media.submission_id,
        media_id=media.pk,
        start=start,
        end=start + len(word),
        label="PERSON",
        user=user,
    )


def test_clearing_the_mark_when_the_last_hand_redaction_is_undone_is_audited(ib):
    media = _screenshot(words=None)  # no word places: the image cannot be redrawn
    span = _mark(media, "morgen", ib)
    media.refresh_from_db()
    assert media.passage_readable_since is not None
    assert media.release == MediaRelease.ACHTERGEHOUDEN
    redaction_toggle(span_id=span.pk, user=ib)  # undone: nothing by hand is left to hide
    media.refresh_from_db()
    assert media.passage_readable_since is None
    event = AuditEvent.objects.filter(action="media.passage_mark_cleared").latest("pk")
    assert event.object_id == str(media.pk)
    assert event.actor_id == ib.pk
    assert event.detail["reden"] == "geen_handmatige_weglakking"


def test_clearing_the_mark_by_a_redraw_with_every_passage_is_audited(ib):
    media = _screenshot(words=[w for w in WORDS if w[0] != 15])
    span = _mark(media, "morgen", ib)
    redaction_toggle(span_id=span.pk, user=ib)
    # The word's place is stored now (a layout of a later version): switched on again, the
    # redraw paints it, and the mark set in between goes again, audited.
    MediaItem.objects.filter(pk=media.pk).update(
        ocr_boxes={"header": None, "size": [200, 60], "words": WORDS}
    )
    _mark(media, "0612345678", ib)  # a second passage: marks nothing, places known
    media.refresh_from_db()
    assert media.passage_readable_since is None
    MediaItem.objects.filter(pk=media.pk).update(
        ocr_boxes={"header": None, "size": [200, 60], "words": [w for w in WORDS if w[0] != 15]}
    )
    redaction_toggle(span_id=span.pk, user=ib)  # on again: "morgen" cannot be placed
    media.refresh_from_db()
    assert media.passage_readable_since is not None
    MediaItem.objects.filter(pk=media.pk).update(
        ocr_boxes={"header": None, "size": [200, 60], "words": WORDS}
    )
    before = AuditEvent.objects.filter(action="media.passage_mark_cleared").count()
    _mark(media, "kap", ib)  # redrawn with every passage now
    media.refresh_from_db()
    assert media.passage_readable_since is None
    cleared = AuditEvent.objects.filter(action="media.passage_mark_cleared")
    assert cleared.count() == before + 1
    assert cleared.latest("pk").detail["reden"] == "opnieuw_weggelakt"


# --- 1. the confirmation that an area covers a passage that could not be painted ------------

# "morgen" lies on the first line, between "0612345678" (right edge 90) and nothing; the image
# is 200 x 60 pixels: the line's band is x 90..200, y 5..15.
NO_MORGEN = [w for w in WORDS if w[0] != 15]


def _area(media: MediaItem, user, **place) -> None:
    image_area_add(submission_id=media.submission_id, media_id=media.pk, user=user, **place)


def _release(media: MediaItem, user, **extra) -> MediaItem:
    return media_release(
        submission_id=media.submission_id, media_id=media.pk, user=user, covered=True, **extra
    )


def test_an_area_elsewhere_does_not_release_an_image_whose_passage_line_is_known(ib):
    media = _screenshot(words=NO_MORGEN)
    _mark(media, "morgen", ib)
    _area(media, ib, x=0.0, y=0.5, breedte=0.4, hoogte=0.4)  # the second line's start
    with pytest.raises(ReviewError) as refused:
        _release(media, ib)
    assert "dekt" in refused.value.message and "niet af" in refused.value.message
    media.refresh_from_db()
    assert media.release == MediaRelease.ACHTERGEHOUDEN
    assert media.passage_readable_since is not None
    # An area over the passage's place on its line: released.
    _area(media, ib, x=0.4, y=0.0, breedte=0.6, hoogte=0.35)
    _release(media, ib)
    media.refresh_from_db()
    assert media.release == MediaRelease.VRIJGEGEVEN
    assert media.passage_readable_since is None
    event = AuditEvent.objects.filter(action="media.released").latest("pk")
    assert event.detail["afgedekt_bevestigd"] is True
    assert event.detail["plaats_bekend"] == 1 and event.detail["plaats_onbekend"] == 0


def test_an_area_must_cover_the_word_boxes_where_they_are_known(ib):
    """ "Daar ook weglakken" reaches a screenshot whose original cannot be read: it is not
    redrawn, but its words' places are known."""
    media = _screenshot()
    other = _screenshot(submission=media.submission, seq=1)
    type(other.original).objects.filter(pk=other.original_id).update(purged_at=timezone.now())
    span = _mark(media, "morgen", ib)
    added = redaction_add_alike(span_id=span.pk, user=ib)
    assert added.withheld == 1
    other.refresh_from_db()
    assert other.passage_readable_since is not None
    _area(other, ib, x=0.0, y=0.0, breedte=0.12, hoogte=0.3)  # over "Bel" only
    with pytest.raises(ReviewError) as refused:
        _release(other, ib)
    assert "niet af" in refused.value.message
    _area(other, ib, x=0.45, y=0.0, breedte=0.3, hoogte=0.35)  # "morgen": x 100..140, y 5..15
    _release(other, ib)
    other.refresh_from_db()
    assert other.release == MediaRelease.VRIJGEGEVEN


def test_where_the_place_is_unknown_the_page_says_so_and_asks_for_each_passage(ib, ib_client):
    media = _screenshot(words=None)
    _mark(media, "morgen", ib)
    _area(media, ib, x=0.0, y=0.8, breedte=0.1, hoogte=0.1)
    with pytest.raises(ReviewError) as refused:
        _release(media, ib)  # the area's place says nothing: each passage must be confirmed
    assert "niet bekend" in refused.value.message
    html = ib_client.get(
        reverse("admin:chats_submission_review", args=[media.submission_id]),
        {"dag": "afbeeldingen"},
    ).content.decode()
    assert "niet bekend" in html
    assert "‘morgen’" in html  # what is confirmed is named
    ids = re.findall(r'name="plaats" value="(\w+)"', html)
    assert len(ids) == 1
    # A box left unticked gets the server's Dutch refusal, not the browser's own (English)
    # required-field bubble (walk 48): every form with a required field is novalidate.
    for form in re.findall(r"<form\b[^>]*>.*?</form>", html, re.S):
        if re.search(r"<input\b[^>]*\brequired\b", form):
            assert "novalidate" in form.split(">", 1)[0], form[:200]
    url = reverse("admin:chats_submission_media_release", args=[media.submission_id, media.pk])
    ib_client.post(url, {"afgedekt": "1"})
    media.refresh_from_db()
    assert media.release == MediaRelease.ACHTERGEHOUDEN
    ib_client.post(url, {"afgedekt": "1", "plaats": ids})
    media.refresh_from_db()
    assert media.release == MediaRelease.VRIJGEGEVEN
    event = AuditEvent.objects.filter(action="media.released").latest("pk")
    assert event.detail["plaats_onbekend"] == 1
    assert "morgen" not in str(event.detail)
