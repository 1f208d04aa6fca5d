"""Walk 50 (B): attachments are numbered in the order the chat refers to them, for an Android
export (the chat and its loose files, or a ZIP) as for an iPhone one.

Failed on main: they were numbered in the order of the files, so "Brief.pdf" (message 5) became
bijlage 1 and the photo of message 4 bijlage 2, while the chat shows the photo first."""

import zipfile
from pathlib import Path

import pytest

from chats.constants import SubmissionStatus, UploadKind
from chats.processing import submission_process
from chats.services import IncomingFile, submission_create
from demo.generators.documents import text_pdf
from demo.generators.exports import photo_bytes
from tests.conftest import SUBMISSION_FIELDS as FIELDS

pytestmark = pytest.mark.django_db

PHOTO, LETTER = "IMG-20240312-WA0001.jpg", "Brief.pdf"
ANDROID_CHAT = (
    "12-03-2024 09:15 - Jan Jansen: Goedemorgen, de boom is omgewaaid.\n"
    "12-03-2024 09:16 - Mila de Vries: Kunt u een foto sturen?\n"
    "12-03-2024 09:17 - Jan Jansen: Ja hoor.\n"
    f"12-03-2024 09:18 - Jan Jansen: {PHOTO} (bestand bijgevoegd)\n"
    f"12-03-2024 09:19 - Jan Jansen: {LETTER} (bestand bijgevoegd)\n"
    "12-03-2024 09:20 - Mila de Vries: Dank u, we sturen iemand langs.\n"
)
CHAT_NAME = "WhatsApp-chat met Jan Jansen.txt"


@pytest.fixture(autouse=True)
def private_temp_root(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


def _loose_files(tmp_path: Path) -> list[Path]:
    chat = tmp_path / CHAT_NAME
    chat.write_text(ANDROID_CHAT, encoding="utf-8")
    (tmp_path / LETTER).write_bytes(text_pdf())
    (tmp_path / PHOTO).write_bytes(photo_bytes(7, (320, 240)))
    # As a file picker hands them over: by name, the letter before the photo.
    return sorted([chat, tmp_path / LETTER, tmp_path / PHOTO], key=lambda p: p.name)


def _zipped(tmp_path: Path) -> list[Path]:
    path = tmp_path / "WhatsApp-chat met Jan Jansen.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for member in _loose_files(tmp_path):
            archive.write(member, member.name)
    return [path]


@pytest.mark.parametrize("files", [_loose_files, _zipped], ids=["losse-bestanden", "zip"])
def test_android_attachments_are_numbered_in_the_chats_order(make_user, tmp_path, files):
    submission = submission_create(
        user=make_user("mila", "Medewerker"),
        files=[IncomingFile(path=p, client_name=p.name) for p in files(tmp_path)],
        upload_kind=UploadKind.ANDROID_EXPORT,
        **FIELDS,
    )
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    numbered = {
        media.message.seq: media.seq + 1
        for media in submission.media.select_related("message").order_by("seq")
    }
    # The photo (message #4, stored from 0) is bijlage 1, the letter (#5) bijlage 2.
    assert numbered == {3: 1, 4: 2}
