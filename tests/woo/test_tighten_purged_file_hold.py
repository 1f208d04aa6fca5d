"""Review 45: nader anonimiseren deletes the old blacked-out file once its transaction commits,
but took no hold on the media store, unlike the purge and the withdrawal: a backup copying the
store could list the old file and then miss it. The change now takes the same shared hold
(chats.media_lock) in its transaction: it waits while a backup copies, and the next backup
waits for it. Both tests fail on main.
"""

import pytest
from django.core.files.storage import default_storage
from django.db import OperationalError, connection, transaction

from chats.review import services
from chats.review.services import Place, redacted_text_tighten
from chats.review.text import text_version
from tests.woo.test_tighten_purged import (  # noqa: F401 - fixtures
    _shot,
    own_store,
    purged,
)


def _tighten(record, media, user):
    start = media.ocr_text_redacted.index("morgen")
    place = Place(
        "media", media.pk, start, start + len("morgen"), text_version(media.ocr_text_redacted)
    )
    return redacted_text_tighten(submission_id=record.pk, place=place, label="PERSON", user=user)


@pytest.mark.django_db
def test_replacing_the_painted_file_holds_the_media_store_in_its_transaction(
    purged,  # noqa: F811 - the fixture imported above
    make_media,
    ib,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    media = _shot(purged, make_media, boxes=True)
    old = media.derived.file.name
    held = []
    original = services.hold_for_deletion

    def spy():
        held.append(default_storage.exists(old) and connection.in_atomic_block)
        original()

    monkeypatch.setattr(services, "hold_for_deletion", spy)
    with django_capture_on_commit_callbacks(execute=True):
        _tighten(purged, media, ib)
    assert held == [True]  # taken inside the transaction, before the old file went
    assert not default_storage.exists(old)


@pytest.mark.django_db(transaction=True)
def test_a_tighten_waits_while_a_backup_copies_the_media_store(purged, make_media, ib):  # noqa: F811
    if connection.vendor != "postgresql":
        pytest.skip("advisory locks bestaan alleen op PostgreSQL")
    import psycopg2

    from chats.media_lock import _LOCK_SPACE, _MEDIA_STORE

    media = _shot(purged, make_media, boxes=True)
    old = media.derived.file.name
    db = connection.settings_dict
    other = psycopg2.connect(
        dbname=db["NAME"], user=db["USER"], host=db["HOST"], port=db["PORT"] or 5432
    )
    try:
        with other.cursor() as cursor:  # a backup in another process holds the media store
            cursor.execute("SELECT pg_advisory_lock(%s, %s)", [_LOCK_SPACE, _MEDIA_STORE])
        with pytest.raises(OperationalError), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '300ms'")
            _tighten(purged, media, ib)
    finally:
        other.close()
    media.derived.refresh_from_db()
    assert media.derived.file.name == old and default_storage.exists(old)
    _tighten(purged, media, ib)  # free again once the backup is done
    media.derived.refresh_from_db()
    assert media.derived.file.name != old
