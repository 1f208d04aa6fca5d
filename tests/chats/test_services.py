"""The intake service: what is stored for accepted uploads, and nothing for refused ones."""

import hashlib
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.html import escape

from audit.models import AuditEvent
from chats.constants import FileRole, SubmissionStatus, UploadKind
from chats.models import StoredFile, Submission
from chats.services import IncomingFile, SubmissionRefused, submission_create
from tests.conftest import SUBMISSION_FIELDS as FIELDS
from tests.conftest import png_bytes

pytestmark = pytest.mark.django_db


def media_files() -> set[Path]:
    root = Path(settings.MEDIA_ROOT)
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_it_stores_originals_byte_identical(medewerker, android_export):
    submission = submission_create(
        user=medewerker,
        files=[IncomingFile(path=p, client_name=p.name) for p in android_export],
        upload_kind=UploadKind.ANDROID_EXPORT,
        **FIELDS,
    )
    originals = submission.files.filter(role=FileRole.ORIGINAL).order_by("pk")
    assert [f.original_name for f in originals] == [p.name for p in android_export]
    for stored, source in zip(originals, android_export, strict=True):
        assert stored.sha256 == sha256(source)
        assert hashlib.sha256(stored.file.read()).hexdigest() == sha256(source)
        assert stored.size == source.stat().st_size
        # Generated storage names: the client's name never appears in the path.
        assert source.stem not in stored.file.name


def test_it_queues_processing_after_commit(
    medewerker, screenshot, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        submission = submission_create(
            user=medewerker,
            files=[IncomingFile(path=screenshot, client_name=screenshot.name)],
            upload_kind=UploadKind.SCREENSHOTS,
            **FIELDS,
        )
    assert len(callbacks) == 1
    submission.refresh_from_db()
    # The embedded default runs tasks eagerly, so processing has already moved it on.
    assert submission.status != SubmissionStatus.ONTVANGEN
    assert submission.attempts == 1


def test_it_rejects_a_hash_mismatch_between_upload_and_store(medewerker, screenshot):
    before = media_files()
    with pytest.raises(OSError):
        submission_create(
            user=medewerker,
            files=[IncomingFile(path=screenshot, client_name=screenshot.name, sha256="0" * 64)],
            upload_kind=UploadKind.SCREENSHOTS,
            **FIELDS,
        )
    assert Submission.objects.count() == 0
    assert media_files() == before


def refuse(user, files, kind=UploadKind.SCREENSHOTS) -> list[str]:
    before = media_files()
    with pytest.raises(SubmissionRefused) as refused:
        submission_create(user=user, files=files, upload_kind=kind, **FIELDS)
    assert Submission.objects.count() == 0
    assert StoredFile.objects.count() == 0
    assert media_files() == before
    return refused.value.errors


def test_it_refuses_an_empty_file(medewerker, tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    errors = refuse(
        medewerker, [IncomingFile(path=empty, client_name="leeg.txt")], UploadKind.ANDROID_EXPORT
    )
    assert errors == ["Het bestand ‘leeg.txt’ is leeg."]


def test_it_refuses_content_that_does_not_match_the_extension(medewerker, tmp_path):
    fake = tmp_path / "foto.jpg"
    fake.write_bytes(b"MZ" + b"\0" * 62 + b"PE\0\0" + b"\0" * 200)
    errors = refuse(medewerker, [IncomingFile(path=fake, client_name="foto.jpg")])
    assert len(errors) == 1
    assert "foto.jpg" in errors[0]
    assert "geen toegestaan bestandstype" in errors[0]


def test_it_refuses_a_file_marked_too_large_by_the_upload_handler(medewerker, screenshot):
    errors = refuse(
        medewerker, [IncomingFile(path=screenshot, client_name=screenshot.name, too_large=True)]
    )
    assert errors == [f"Het bestand ‘{screenshot.name}’ is te groot (maximaal 500 MB per bestand)."]


def test_it_refuses_more_files_than_allowed(medewerker, tmp_path, settings):
    settings.ARCHIEF_MAX_FILES = 2
    files = []
    for i in range(3):
        path = tmp_path / f"scherm{i}.png"
        path.write_bytes(png_bytes())
        files.append(IncomingFile(path=path, client_name=path.name))
    errors = refuse(medewerker, files)
    assert len(errors) == 1
    assert "maximaal 2" in errors[0]


def test_it_refuses_nothing_chosen(medewerker):
    assert refuse(medewerker, []) == ["Kies ten minste één bestand om te uploaden."]


def test_it_logs_a_security_event_without_file_contents(medewerker, client, tmp_path):
    fake = tmp_path / "x.png"
    fake.write_bytes(b"<svg onload=alert('KANARIE')></svg>")
    client.force_login(medewerker)
    with fake.open("rb") as fh:
        client.post("/bewaren/", {**FIELDS, "upload_kind": "screenshots", "files": [fh]})
    event = AuditEvent.objects.get(action="upload.refused")
    assert event.actor == medewerker
    assert event.result == "geweigerd"
    assert "KANARIE" not in str(event.detail)


@pytest.mark.parametrize(
    "name",
    [
        "Bezwaar Willemijn Terpstra 238474008.docx",
        # With a closing quote of its own (iOS writes the apostrophe as ’): the log kept what
        # came after it.
        "Terpstra’s bezwaar 238474008.docx",
        "Klaas’ bezwaar Terpstra 238474008.docx",
    ],
)
def test_the_security_event_of_a_refused_upload_names_no_file(medewerker, client, tmp_path, name):
    # The audit log is append-only and kept for good; a file name from an export can name a
    # resident ("Bezwaar Willemijn Terpstra 238474008.docx"). The employee still sees it.
    document = tmp_path / name
    document.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    client.force_login(medewerker)
    with document.open("rb") as fh:
        page = client.post("/bewaren/", {**FIELDS, "upload_kind": "screenshots", "files": [fh]})
    assert escape(name) in page.content.decode()
    event = AuditEvent.objects.get(action="upload.refused")
    assert "Terpstra" not in str(event.detail) and "238474008" not in str(event.detail)
    assert event.detail["files"] == 1
    assert "‘…’" in event.detail["reasons"][0]  # the reason itself stays


def test_it_leaves_the_callers_files_in_place(medewerker, android_export):
    submission_create(
        user=medewerker,
        files=[IncomingFile(path=p, client_name=p.name) for p in android_export],
        upload_kind=UploadKind.ANDROID_EXPORT,
        **FIELDS,
    )
    # The source files are the caller's; the service never moves or deletes them.
    assert all(os.path.exists(p) for p in android_export)


def test_it_accepts_a_chat_text_that_libmagic_calls_html(medewerker, tmp_path):
    chat = tmp_path / "WhatsApp-chat met Jan.txt"
    chat.write_text(
        "12-03-2024 09:15 - Jan Jansen: <html><script>alert(1)</script></html>\n"
        "12-03-2024 09:16 - Mila de Vries: Dat is geen tekst die we uitvoeren.\n",
        encoding="utf-8",
    )
    from chats.intake import sniff

    assert sniff(chat).mime == "text/html"  # the premise: libmagic calls this markup
    submission = submission_create(
        user=medewerker,
        files=[IncomingFile(path=chat, client_name=chat.name)],
        upload_kind=UploadKind.ANDROID_EXPORT,
        **FIELDS,
    )
    assert submission.files.get(role=FileRole.ORIGINAL).sha256 == sha256(chat)


def test_it_still_refuses_html_that_is_not_a_chat(medewerker, tmp_path):
    page = tmp_path / "gesprek.txt"
    page.write_text("<html><body><script>alert(1)</script></body></html>\n" * 5, encoding="utf-8")
    errors = refuse(
        medewerker, [IncomingFile(path=page, client_name=page.name)], UploadKind.ANDROID_EXPORT
    )
    assert len(errors) == 1
    assert "gesprek.txt" in errors[0]
