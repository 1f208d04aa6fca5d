"""Review 45, defect 2: nader anonimiseren after the purge painted a screenshot's blacked-out file
in place, inside the database transaction. When the transaction rolled back, the file on disk
was overwritten already while the rows (its text, checksum, word places) said the change never
happened. Now the painted image is written to a new file the row points to; the old file goes
once the transaction commits, and on a rollback the new file goes and the old one stays.

Both tests fail on main 1bce1751.
"""

import hashlib

import pytest
from django.core.files.storage import default_storage

from chats.review import services
from chats.review.services import Place, redacted_text_tighten
from chats.review.text import text_version
from tests.woo.test_tighten_purged import (  # noqa: F401 - fixtures
    _black_out_in_image,
    _pixel,
    _shot,
    own_store,
    purged,
)

pytestmark = pytest.mark.django_db


def _read(name: str) -> bytes:
    with default_storage.open(name, "rb") as fh:
        return fh.read()


def test_the_painted_image_is_a_new_file_and_the_old_one_goes_after_commit(
    purged,  # noqa: F811 - the fixture imported above
    make_media,
    ib_client,
    django_capture_on_commit_callbacks,
):
    media = _shot(purged, make_media, boxes=True)
    old = media.derived.file.name
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _black_out_in_image(ib_client, purged, media)
        media.derived.refresh_from_db()
        new = media.derived.file.name
        assert new != old
        # Not committed yet: the file the rows named before is still there, untouched.
        assert default_storage.exists(old)
    for callback in callbacks:
        callback()
    assert not default_storage.exists(old)
    data = _read(new)
    assert media.derived.sha256 == hashlib.sha256(data).hexdigest()
    assert media.derived.size == len(data)
    assert _pixel(media, 120, 10) == (0, 0, 0)  # "morgen" is black in the file the row names


def test_a_rolled_back_blackout_leaves_the_old_file_and_no_new_one(
    purged,  # noqa: F811
    make_media,
    ib,
    monkeypatch,
):
    media = _shot(purged, make_media, boxes=True)
    old = media.derived.file.name
    before = _read(old)
    folder = old.rsplit("/", 1)[0]
    files_before = set(default_storage.listdir(folder)[1])

    def fails(*args, **kwargs):  # something after the painting fails: the transaction rolls back
        raise RuntimeError("boom")

    monkeypatch.setattr(services, "_after_tightening", fails)
    start = media.ocr_text_redacted.index("morgen")
    place = Place(
        "media", media.pk, start, start + len("morgen"), text_version(media.ocr_text_redacted)
    )
    with pytest.raises(RuntimeError):
        redacted_text_tighten(submission_id=purged.pk, place=place, label="PERSON", user=ib)
    media.refresh_from_db()
    media.derived.refresh_from_db()
    assert media.derived.file.name == old
    assert "morgen" in media.ocr_text_redacted
    assert _read(old) == before  # the file on disk is the one the rows describe
    assert media.derived.sha256 == hashlib.sha256(before).hexdigest()
    assert set(default_storage.listdir(folder)[1]) == files_before  # no painted copy left behind
