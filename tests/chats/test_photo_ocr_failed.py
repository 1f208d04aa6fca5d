"""A photo or screenshot whose text tesseract could not read (it crashed or timed out) is not
released as "geanonimiseerd": its text was never checked for personal data (a letter, a note
with a name and a phone number). It is withheld, its cleaned copy kept for Informatiebeheer to
look at and release, with a point of attention that says so; a timeout is read once more first.
Only the tesseract call is forced to fail: everything else runs as in production (issue 12)."""

import io
import logging
import zipfile
from pathlib import Path

import pytesseract
import pytest
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from chats.constants import RENDITION_KEY, MediaRelease, UploadKind
from chats.models import StoredFile
from chats.redaction import tesseract_api
from chats.review.services import media_release
from demo.generators.screenshots import render_whatsapp_screenshot
from demo.woo_corpus.build import photo_bytes as photo_of_sign
from tests.chats import test_attachments as attachments
from tests.chats.test_attachments import _item, _processed, _read, _woo_get

pytestmark = pytest.mark.django_db

private_temp_root = attachments.private_temp_root
employee, woo_client, archived = attachments.employee, attachments.woo_client, attachments.archived

# A note photographed: a name and a phone number tesseract would have read.
NOTE = "BEL PIETER BAKKER 0612345678 OVER DE BOUWKEET"
NOTE_WORD = "bouwkeet"
PHOTO_IOS = "00000003-PHOTO-2024-05-14.jpg"
PHOTO_ANDROID = "IMG-20240514-WA0001.jpg"
# pytesseract's own words when its process passes the deadline; the library says it returned
# early (TessBaseAPIRecognize != 0).
PROGRAM_TIMEOUT = "Tesseract process timeout"


def _ios(tmp_path: Path) -> list[Path]:
    path = tmp_path / "WhatsApp Chat - Sporthal.zip"
    chat = (
        "[14-05-2024 10:02:11] Ruud Veldkamp: Kijk wat er bij de sporthal hangt.\n"
        f"[14-05-2024 10:02:30] Ruud Veldkamp: \u200e<bijgevoegd: {PHOTO_IOS}>\n"
        "[14-05-2024 10:05:00] Mila de Vries: Dank, ik geef het door aan de beheerder.\n"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", chat)
        archive.writestr(PHOTO_IOS, photo_of_sign(NOTE))
    return [path]


def _android(tmp_path: Path) -> list[Path]:
    chat = tmp_path / "WhatsApp-chat met Ruud Veldkamp.txt"
    chat.write_text(
        "14-05-2024 10:02 - Ruud Veldkamp: Kijk wat er bij de sporthal hangt.\n"
        f"14-05-2024 10:02 - Ruud Veldkamp: {PHOTO_ANDROID} (bestand bijgevoegd)\n"
        "14-05-2024 10:05 - Mila de Vries: Dank, ik geef het door aan de beheerder.\n",
        encoding="utf-8",
    )
    photo = tmp_path / PHOTO_ANDROID
    photo.write_bytes(photo_of_sign(NOTE))
    return [chat, photo]


EXPORTS = {
    "iphone": (_ios, UploadKind.IOS_EXPORT),
    "android": (_android, UploadKind.ANDROID_EXPORT),
}


def _tesseract_fails(monkeypatch, cause: str, *, times: int | None = None) -> list[int]:
    """Make the tesseract call fail (`times` calls, else all), through the library and the
    program alike; returns a list that counts the calls made."""
    calls: list[int] = []
    tsv, image_to_data = tesseract_api.Reader.tsv, pytesseract.image_to_data

    def failing(original, library: bool):
        def call(*args, **kwargs):
            calls.append(1)
            if times is None or len(calls) <= times:
                if cause == "timeout":
                    kwargs["timeout"] = 0.001  # a real deadline passed, as on a loaded machine
                elif library:
                    raise tesseract_api.TesseractApiError("leptonica could not read the image")
                else:
                    raise pytesseract.TesseractError(1, "Error during processing.")
            return original(*args, **kwargs)

        return call

    monkeypatch.setattr(tesseract_api.Reader, "tsv", failing(tsv, True))
    monkeypatch.setattr(pytesseract, "image_to_data", failing(image_to_data, False))
    return calls


def _client_of(user) -> Client:
    """A client of its own (`woo_client` shares the test's default one)."""
    client = Client()
    client.force_login(user)
    return client


def _archive_pdf_images(submission) -> tuple[str, int]:
    stored = StoredFile.objects.get(submission=submission, derived_key=RENDITION_KEY)
    reader = PdfReader(io.BytesIO(_read(stored)))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return text, sum(len(page.images) for page in reader.pages)


@pytest.mark.parametrize("cause", ["timeout", "fout"])
@pytest.mark.parametrize("export", list(EXPORTS))
def test_a_photo_whose_text_could_not_be_read_is_withheld_from_woo_with_a_flag(
    export, cause, employee, ib, archived, woo_client, tmp_path, monkeypatch
):
    make, kind = EXPORTS[export]
    calls = _tesseract_fails(monkeypatch, cause)
    submission = _processed(employee, make(tmp_path), kind)
    photo = _item(submission, ".jpg")

    assert photo.release == MediaRelease.ACHTERGEHOUDEN
    assert photo.flagged and photo.name in photo.flag_reason
    assert "kon niet worden gelezen" in photo.flag_reason
    assert "achtergehouden tot u hem hebt bekeken" in photo.flag_reason
    flags = [flag for flag in submission.flags if flag["code"] == "photo_ocr_failed"]
    assert [flag["message"] for flag in flags] == [photo.flag_reason]
    if cause == "timeout":
        assert "te lang" in photo.flag_reason and len(photo.flag_reason) < 200  # not cut off
        assert len(calls) == 2  # read once more, then given up
    # Nothing else is lost: the messages, and the photo's cleaned copy for Informatiebeheer.
    assert submission.messages.count() == 3
    assert photo.message is not None and photo.derived is not None
    ib_client = _client_of(ib)
    review = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    assert "kon niet worden gelezen" in review.content.decode()
    media_url = reverse("admin:chats_submission_media", args=[submission.pk, photo.pk])
    assert ib_client.get(media_url).status_code == 200

    submission = archived(submission)
    assert _woo_get(woo_client, submission, photo).status_code == 404
    text, images = _archive_pdf_images(submission)
    assert images == 0 and "sporthal" in text.lower()

    # Informatiebeheer looked at it and releases it, as any withheld attachment.
    media_release(submission_id=submission.pk, media_id=photo.pk, user=ib)
    assert _woo_get(woo_client, submission, photo).status_code == 200


def test_a_photo_read_in_time_at_the_second_try_is_released_redacted(
    employee, tmp_path, monkeypatch, caplog
):
    calls = _tesseract_fails(monkeypatch, "timeout", times=1)
    with caplog.at_level(logging.WARNING, logger="chats.redaction.ocr"):
        submission = _processed(employee, _ios(tmp_path), UploadKind.IOS_EXPORT)
    photo = _item(submission, ".jpg")

    assert photo.release == MediaRelease.GEANONIMISEERD and not photo.flagged
    assert NOTE_WORD in photo.ocr_text_redacted.lower()
    assert "0612345678" not in photo.ocr_text_redacted  # its text was checked after all
    assert len(calls) >= 2
    assert any("timed out" in record.getMessage() for record in caplog.records)
    assert not any(flag["code"] == "photo_ocr_failed" for flag in submission.flags)


@pytest.mark.parametrize("cause", ["timeout", "fout"])
def test_a_screenshot_whose_text_could_not_be_read_is_withheld_and_kept_for_review(
    cause, employee, ib, archived, woo_client, tmp_path, monkeypatch
):
    path = tmp_path / "Screenshot_20240312.png"
    render_whatsapp_screenshot(720, 1600).save(path)
    _tesseract_fails(monkeypatch, cause)
    submission = _processed(employee, [path], UploadKind.SCREENSHOTS)
    shot = submission.media.get()

    assert shot.release == MediaRelease.ACHTERGEHOUDEN
    assert "kon niet worden gelezen" in shot.flag_reason
    assert "achtergehouden tot u haar hebt bekeken" in shot.flag_reason
    assert [f["message"] for f in submission.flags if f["code"] == "ocr_failed"] == [
        shot.flag_reason
    ]
    # A copy without its metadata is kept: Informatiebeheer can look at it and decide.
    assert shot.derived is not None
    ib_client = _client_of(ib)
    media_url = reverse("admin:chats_submission_media", args=[submission.pk, shot.pk])
    assert ib_client.get(media_url).status_code == 200
    review = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    assert "kon niet worden gelezen" in review.content.decode()

    submission = archived(submission)
    assert _woo_get(woo_client, submission, shot).status_code == 404
    _text, images = _archive_pdf_images(submission)
    assert images == 0
