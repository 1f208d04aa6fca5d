"""Review findings of stop 48 on the redaction of images (chats.review.services).

1. The confirmation that an area covers a passage that could not be painted accepted any area.
3. Clearing the mark of a passage still readable in a file (`passage_readable_since`) left no
   audit row.
"""

import pytest

from audit.models import AuditEvent
from chats.constants import MediaRelease, UploadKind
from chats.models import MediaItem, RedactionSpan
from chats.review.services import redaction_add, redaction_toggle
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


def _screenshot(*, words=WORDS) -> MediaItem:
    """A loose screenshot of a submission under review, its original kept, its word places
    stored as `words` (None: no layout of words at all)."""
    submission = SubmissionFactory(upload_kind=UploadKind.SCREENSHOTS)
    original = StoredFileFactory(
        submission=submission,
        content=png_bytes(200, 60),
        filename="Screenshot_1.png",
        original_name="Screenshot_1.png",
        mime_type="image/png",
    )
    layout = {"header": None, "size": [200, 60]}
    if words is not None:
        layout["words"] = words
    return MediaItemFactory(
        submission=submission,
        seq=0,
        original=original,
        derived__content=png_bytes(200, 60),
        name="Screenshot_1.png",
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
