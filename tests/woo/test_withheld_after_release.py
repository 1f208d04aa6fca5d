"""After Informatiebeheer withholds an item that a release already holds, no door serves it to
a Woo officer any more: the earlier release's downloads, its stored files, the record page, the
attachment's own URL and the search (its text read from the image)."""

import io
import zipfile

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from chats.constants import UploadKind
from chats.review.services import media_release, media_withhold
from tests.conftest import png_bytes
from tests.woo.conftest import made_and_downloaded
from woo.besluit import beoordeling_save, beoordeling_save_record
from woo.constants import Oordeel, ReleaseStatus
from woo.models import Woord, WooRelease
from woo.release_jobs import KIND_TYPES
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

# A word only the withheld image's (redacted) text holds.
IMAGE_WORD = "gevelreclamebord"


@pytest.fixture(autouse=True)
def own_store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _make(client, verzoek):
    client.post(reverse("woo:release_make", args=[verzoek.pk]))
    release = WooRelease.objects.get(verzoek=verzoek)
    assert release.status == ReleaseStatus.KLAAR
    return release


def _exported() -> int:
    return AuditEvent.objects.filter(action="woo_verzoek.exported").count()


def _streamed(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else b""


@pytest.fixture
def released_screenshot(woo_client, woo_user, verzoek, make_record, make_media):
    """A screenshot record judged openbaar and exported; its image's bytes."""
    record = make_record([], index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    derived = png_bytes(67, 41)
    shot = make_media(
        record,
        None,
        original=png_bytes(67, 40),
        derived=derived,
        ocr=f"Het {IMAGE_WORD} hangt scheef",
        ocr_redacted=f"Het {IMAGE_WORD} hangt scheef",
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    release = _make(woo_client, verzoek)
    return record, shot, derived, release


@pytest.mark.parametrize("kind", sorted(KIND_TYPES))
def test_no_file_of_a_release_made_before_a_screenshot_was_withheld_is_served(
    woo_client, ib, verzoek, released_screenshot, kind
):
    record, shot, _, release = released_screenshot
    stored = {f.kind: f.file.open("rb").read() for f in release.files.all()}
    media_withhold(submission_id=record.pk, media_id=shot.pk, user=ib)
    before = _exported()
    response = woo_client.get(reverse("woo:release", args=[verzoek.pk, kind]), follow=True)
    assert _streamed(response) == b""  # no file at all, the stored one least of all
    assert stored[kind]
    assert "nog niet beoordeeld" in response.content.decode()
    assert _exported() == before  # nothing handed out, so no download in the trail
    # What was released stays on record: the release and its SHA-256s are kept.
    assert WooRelease.objects.filter(pk=release.pk).exists()


def test_the_withheld_screenshot_is_not_served_by_its_own_url_nor_on_the_record_page(
    woo_client, ib, released_screenshot
):
    record, shot, _, _ = released_screenshot
    media_withhold(submission_id=record.pk, media_id=shot.pk, user=ib)
    url = reverse("woo:record_media", args=[record.pk, shot.pk])
    assert woo_client.get(url).status_code == 404
    page = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert url not in page
    assert IMAGE_WORD not in page


def test_the_text_of_an_image_withheld_after_indexing_is_not_found_or_shown(
    woo_client, ib, make_record, make_media, django_capture_on_commit_callbacks
):
    """Withholding re-makes the record's PDF and then the index in the worker; until the worker
    has done so (or when it fails) the search must not find or show the image's text."""
    record = make_record(["Zie de foto van de gevel."], index=False)
    make_media(
        record,
        record.messages.get(seq=1),
        original=png_bytes(70, 40),
        derived=png_bytes(70, 41),
        ocr=f"Het {IMAGE_WORD} hangt scheef",
        ocr_redacted=f"Het {IMAGE_WORD} hangt scheef",
    )
    from woo.indexing import index_submission

    index_submission(submission_id=record.pk)
    found = woo_client.get(reverse("woo:search"), {"q": IMAGE_WORD}).content.decode()
    assert f"/woo/archiefstukken/{record.pk}/" in found  # found while it is shown
    assert Woord.objects.filter(woord=IMAGE_WORD).exists()
    photo = record.media.get()
    media_withhold(submission_id=record.pk, media_id=photo.pk, user=ib)  # worker not yet run
    found = woo_client.get(reverse("woo:search"), {"q": IMAGE_WORD}).content.decode()
    assert "hangt scheef" not in found
    assert f"/woo/archiefstukken/{record.pk}/" not in found
    per_message = woo_client.get(reverse("woo:search"), {"q": IMAGE_WORD, "per": "bericht"})
    assert f"/woo/archiefstukken/{record.pk}/" not in per_message.content.decode()
    # Nor offered as a spelling suggestion from the archive's vocabulary.
    assert not Woord.objects.filter(woord=IMAGE_WORD).exists()
    # Released again by Informatiebeheer, its text is found again (indexed after commit).
    with django_capture_on_commit_callbacks(execute=True):
        media_release(submission_id=record.pk, media_id=photo.pk, user=ib)
    found = woo_client.get(reverse("woo:search"), {"q": IMAGE_WORD}).content.decode()
    assert f"/woo/archiefstukken/{record.pk}/" in found and "hangt scheef" in found


def test_a_photo_withheld_after_release_leaves_the_zip_and_the_old_files_go(
    woo_client, ib, woo_user, verzoek, make_record, make_media
):
    record = make_record(["Foto van de gevel bij de markt.", "Dank voor de foto."])
    derived = png_bytes(71, 43)
    photo = make_media(
        record, record.messages.get(seq=1), original=png_bytes(71, 40), derived=derived
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    old = _make(woo_client, verzoek)
    old_names = [f.file.name for f in old.files.all()]
    media_withhold(submission_id=record.pk, media_id=photo.pk, user=ib)
    # "Openbaar" lapses once the attachment is withheld (walk 48): the officer judges the
    # message again before the new release is made.
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=record.messages.get(seq=1).pk,
        oordeel=Oordeel.DEELS_OPENBAAR,
        gronden=["5.1.2e"],
    )
    response = made_and_downloaded(woo_client, verzoek, "zip")
    archive = zipfile.ZipFile(io.BytesIO(_streamed(response)))
    assert archive.namelist()
    for name in archive.namelist():
        assert derived not in archive.read(name)
    new = WooRelease.objects.get(verzoek=verzoek)
    assert new.pk != old.pk
    from django.core.files.storage import default_storage

    assert not any(default_storage.exists(name) for name in old_names)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_redaction_made_stricter_after_release_wins_in_every_download(
    woo_client, woo_user, verzoek, make_record
):
    """Informatiebeheer's stricter redacted text of an archived message (saved as a correction
    of the record would save it) makes the earlier release stale: no download serves the looser
    text any more; the release made again has the stricter one."""
    record = make_record(["Mevrouw Kooistra belt over de kastanje.", "Dank u."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    old = _make(woo_client, verzoek)
    assert "Kooistra" in _pdf_text(old.files.get(kind="pdf").file.open("rb").read())
    message = record.messages.get(seq=1)
    message.text_redacted = "Mevrouw [NAAM] belt over de kastanje."
    message.save(update_fields=["text_redacted"])
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert "Verouderd: opnieuw maken" in page
    for kind in ("pdf", "verantwoording", "csv", "zip"):
        body = _streamed(made_and_downloaded(woo_client, verzoek, kind))
        assert b"Kooistra" not in body
        if kind == "pdf":
            assert "belt over de kastanje" in _pdf_text(body)
        if kind == "zip":
            archive = zipfile.ZipFile(io.BytesIO(body))
            pdf = next(n for n in archive.namelist() if n.endswith(".pdf"))
            assert "Kooistra" not in _pdf_text(archive.read(pdf))
    assert not WooRelease.objects.filter(pk=old.pk).exists()


def test_a_screenshot_redrawn_after_release_is_served_as_redrawn(
    woo_client, released_screenshot, verzoek
):
    """A screenshot's served image replaced by a stricter one (its SHA-256 changes) makes the
    earlier release stale; the ZIP made again holds the new image, not the old."""
    import hashlib

    _, shot, _, old = released_screenshot
    stricter = png_bytes(67, 42)
    stored = shot.derived
    stored.file.save(stored.file.name.rsplit("/", 1)[-1], io.BytesIO(stricter), save=False)
    stored.sha256 = hashlib.sha256(stricter).hexdigest()
    stored.save(update_fields=["file", "sha256"])
    body = _streamed(made_and_downloaded(woo_client, verzoek, "pdf"))
    assert body and WooRelease.objects.get(verzoek=verzoek).pk != old.pk
