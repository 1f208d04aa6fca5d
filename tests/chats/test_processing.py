"""submission_process: one outcome per submission, output stored once, failures in Dutch."""

import hashlib
import io
import logging
import zipfile
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import PermissionDenied
from PIL import Image

from audit.models import AuditEvent
from chats import processing
from chats.constants import FileRole, SubmissionStatus, UploadKind
from chats.models import MediaItem, Message, Participant, RedactionSpan, StoredFile, Submission
from chats.pipeline import errors as pipeline_errors
from chats.pipeline import scanning
from chats.pipeline.build import DECODE_ERRORS, nonexistent_time_message
from chats.pipeline.errors import NotClaimed, TransientFailure
from chats.pipeline.results import MessageOut, ProcessingResult
from chats.pipeline.store import derived_dir, store_result
from chats.processing import ProcessingCrashed, submission_claim, submission_process
from chats.services import IncomingFile, submission_create, submission_retry
from chats.whatsapp import errors as parse_errors
from demo.generators.exports import photo_bytes
from tests.conftest import IOS_CHAT, jpeg_bytes
from tests.conftest import SUBMISSION_FIELDS as FIELDS
from tests.factories import StoredFileFactory, SubmissionFactory
from tests.fixtures.intake.clamd import clamd_scanner  # noqa: F401  (pytest fixture)

pytestmark = pytest.mark.django_db

CANARY = "KANARIE-TEST-PROC-7f3a"


@pytest.fixture(autouse=True)
def private_temp_root(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False
    return settings.ARCHIEF_TEMP_ROOT


@pytest.fixture
def employee(make_user):
    user = make_user("mila", "Medewerker")
    user.first_name, user.last_name = "Mila", "de Vries"
    user.save()
    return user


def create(user, paths: list[Path], kind: str, **fields) -> Submission:
    """Store a submission without processing it (on_commit is not run inside the test)."""
    return submission_create(
        user=user,
        files=[IncomingFile(path=p, client_name=p.name) for p in paths],
        upload_kind=kind,
        **{**FIELDS, **fields},
    )


def stored_past_intake(user, path: Path, kind: str) -> Submission:
    """A submission whose original is stored without the intake's checks (`ontvangen`).

    For what the intake now refuses itself: processing must refuse it again (submissions
    stored before a check existed, or uploads that reach storage another way).
    """
    submission = SubmissionFactory(
        submitted_by=user,
        upload_kind=kind,
        status=SubmissionStatus.ONTVANGEN,
        processed_at=None,
        detected_format={},
    )
    StoredFileFactory(submission=submission, content=path.read_bytes(), original_name=path.name)
    return submission


def ios_zip(tmp_path: Path, chat: str, members: dict[str, bytes] | None = None) -> Path:
    path = tmp_path / "WhatsApp Chat - Test.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", chat)
        for name, data in (members or {}).items():
            archive.writestr(name, data)
    return path


def derived_files(submission: Submission) -> set[str]:
    root = Path(django_settings.MEDIA_ROOT) / derived_dir(submission)
    return {p.name for p in root.iterdir()} if root.exists() else set()


def output_counts(submission: Submission) -> tuple[int, ...]:
    return (
        Participant.objects.filter(submission=submission).count(),
        Message.objects.filter(submission=submission).count(),
        MediaItem.objects.filter(submission=submission).count(),
        RedactionSpan.objects.filter(submission=submission).count(),
        StoredFile.objects.filter(submission=submission, role=FileRole.DERIVED).count(),
    )


def test_an_ios_export_becomes_review_ready_with_messages_media_and_redactions(
    employee, ios_export, private_temp_root
):
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    assert (submission.progress_step, submission.progress_percent) == ("Klaar", 100)
    assert submission.attempts == 1
    assert submission.message_count == 4 == submission.messages.count()
    assert submission.detected_format["os"] == "ios"
    # The submitter is "Medewerker", the resident gets the partner's role.
    pseudonyms = dict(submission.participants.values_list("name", "pseudonym"))
    assert pseudonyms == {"Jan Jansen": "Inwoner", "Mila de Vries": "Medewerker"}
    photo = submission.media.get()
    assert photo.message.seq == 2
    assert photo.derived.role == FileRole.DERIVED
    assert photo.derived.derived_key == "media-00000-clean"
    with photo.derived.file.open("rb") as fh, Image.open(fh) as image:
        assert image.format == "JPEG"
    # Personal data in the text is replaced; the original text is kept for review.
    message = submission.messages.get(seq=1)
    assert message.participant.pseudonym == "Medewerker"
    assert "Dank u" in message.text
    assert not list(private_temp_root.iterdir())


def test_photos_lose_their_gps_and_camera_metadata(employee, tmp_path):
    path = ios_zip(
        tmp_path,
        "[12-03-2024 09:15:02] Jan Jansen: \u200e<bijgevoegd: 00000001-PHOTO-2024-03-12.jpg>\n",
        {"00000001-PHOTO-2024-03-12.jpg": photo_bytes(1, (320, 240))},
    )
    submission = create(employee, [path], UploadKind.IOS_EXPORT)
    submission_process(submission_id=submission.pk)
    derived = submission.media.get().derived
    with derived.file.open("rb") as fh:
        data = fh.read()
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        assert not exif.get_ifd(0x8825)  # GPS
        assert 0x013B not in exif and 0x010F not in exif  # artist, camera make
    assert b"Jan Jansen" not in data


def test_an_android_bundle_links_loose_media_and_keeps_originals_byte_identical(
    employee, android_export
):
    submission = create(employee, android_export, UploadKind.ANDROID_EXPORT)
    submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    originals = submission.files.filter(role=FileRole.ORIGINAL).order_by("pk")
    for stored, source in zip(originals, android_export, strict=True):
        with stored.file.open("rb") as fh:
            assert (
                hashlib.sha256(fh.read()).hexdigest()
                == hashlib.sha256(source.read_bytes()).hexdigest()
            )
    photo = submission.media.get()
    assert photo.original.original_name == "IMG-20240312-WA0001.jpg"
    assert photo.derived is not None


def test_screenshots_are_read_and_personal_data_blacked_out(employee, tmp_path):
    from demo.generators.screenshots import (
        RESIDENT_EMAIL,
        render_whatsapp_screenshot,
    )

    path = tmp_path / "Screenshot_20240312.png"
    render_whatsapp_screenshot(720, 1600).save(path)
    submission = create(employee, [path], UploadKind.SCREENSHOTS)
    submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    item = submission.media.get()
    assert item.derived.derived_key == "media-00000-redacted"
    assert "lantaarnpaal" in item.ocr_text
    assert RESIDENT_EMAIL not in item.ocr_text_redacted
    assert item.redactions.filter(label="EMAIL").exists()
    assert submission.message_count == 0


def test_running_it_twice_gives_one_result(employee, ios_export):
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    submission_process(submission_id=submission.pk)
    first = output_counts(submission)
    files = derived_files(submission)
    # A second delivery of the same task finds the submission done and changes nothing.
    assert submission_process(submission_id=submission.pk) is None
    assert output_counts(submission) == first
    assert derived_files(submission) == files
    # Processing again from scratch (a redelivery after a lost acknowledgement) replaces.
    Submission.objects.filter(pk=submission.pk).update(status=SubmissionStatus.ONTVANGEN)
    submission_process(submission_id=submission.pk)
    assert output_counts(submission) == first
    assert derived_files(submission) == files
    submission.refresh_from_db()
    assert submission.attempts == 2


def test_it_replaces_what_a_killed_attempt_left_behind(employee, ios_export, private_temp_root):
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    # A dead attempt: status in_verwerking, a temp dir with chat text, an orphan derived file.
    claim = submission_claim(submission_id=submission.pk, locked=True)
    leftover = private_temp_root / f"sub-{submission.pk}-dead"
    leftover.mkdir(parents=True)
    (leftover / "member-00000").write_text(CANARY)
    orphan = Path(django_settings.MEDIA_ROOT) / derived_dir(submission) / "media-00099-clean.jpg"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(jpeg_bytes())
    assert claim.attempt == 1

    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    assert not leftover.exists()
    assert derived_files(submission) == {"media-00000-clean.jpg"}
    submission.refresh_from_db()
    assert submission.attempts == 2
    assert submission.messages.count() == 4


def test_a_stale_attempt_stores_nothing(employee, ios_export):
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    claim = submission_claim(submission_id=submission.pk, locked=True)
    # Another attempt claimed the submission since.
    Submission.objects.filter(pk=submission.pk).update(attempts=claim.attempt + 1)
    result = ProcessingResult(
        messages=(MessageOut(0, 1, None, None, "text", "x", "x"),),
    )
    with pytest.raises(NotClaimed):
        store_result(submission=submission, attempt=claim.attempt, result=result)
    assert not Message.objects.filter(submission=submission).exists()


def test_without_the_lock_a_running_attempt_is_not_taken_over(employee, ios_export):
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    assert submission_claim(submission_id=submission.pk) is not None
    assert submission_claim(submission_id=submission.pk) is None


def test_a_permanent_error_ends_in_mislukt_once_with_a_dutch_reason(employee, tmp_path):
    path = ios_zip(tmp_path, "", {"00000001-PHOTO.jpg": jpeg_bytes()})
    # The zip holds no chat text: the intake refuses it, and so does processing.
    submission = stored_past_intake(employee, path, UploadKind.IOS_EXPORT)
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.MISLUKT
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.MISLUKT
    assert submission.failure_reason == parse_errors.NO_CHAT_IN_ARCHIVE
    assert output_counts(submission) == (0, 0, 0, 0, 0)
    assert derived_files(submission) == set()
    # Delivered again: nothing changes, the reason stays the same.
    assert submission_process(submission_id=submission.pk) is None
    submission.refresh_from_db()
    assert (submission.status, submission.attempts) == (SubmissionStatus.MISLUKT, 1)
    assert AuditEvent.objects.filter(action="submission.processing_failed").count() == 1


def test_a_zip_member_that_is_not_allowed_is_skipped_and_flagged(employee, tmp_path):
    exe = b"MZ" + b"\0" * 62 + b"PE\0\0" + b"\0" * 200
    path = ios_zip(tmp_path, IOS_CHAT, {"00000009-DOCUMENT.jpg": exe})
    submission = create(employee, [path], UploadKind.IOS_EXPORT)
    submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    assert [f["code"] for f in submission.flags] == ["member_skipped", "media_missing"]
    assert "geen toegestaan bestandstype" in submission.flags[0]["message"]
    assert not submission.media.exists()


def test_a_poison_upload_fails_after_the_maximum_number_of_attempts(employee, ios_export, settings):
    settings.ARCHIEF_MAX_ATTEMPTS = 3
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    # Three earlier attempts died without an outcome (killed worker, out of memory).
    Submission.objects.filter(pk=submission.pk).update(
        attempts=3, status=SubmissionStatus.IN_VERWERKING
    )
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.MISLUKT
    submission.refresh_from_db()
    assert submission.failure_reason == pipeline_errors.TOO_MANY_ATTEMPTS.format(attempts=3)
    assert not submission.messages.exists()


def test_a_crash_is_retried_and_logged_without_its_message(
    employee, ios_export, monkeypatch, caplog
):
    def explode(*args, **kwargs):
        raise ValueError(f"could not parse {CANARY}")

    monkeypatch.setattr("chats.processing.build_result", explode)
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    with caplog.at_level(logging.INFO), pytest.raises(ProcessingCrashed) as crashed:
        submission_process(submission_id=submission.pk)
    assert CANARY not in str(crashed.value)
    assert CANARY not in caplog.text
    assert "ValueError" in caplog.text
    submission.refresh_from_db()
    # Waiting for a new attempt; the crash counted as one.
    assert (submission.status, submission.attempts) == (SubmissionStatus.ONTVANGEN, 1)
    assert output_counts(submission) == (0, 0, 0, 0, 0)


def test_the_last_crash_ends_in_a_generic_dutch_reason(employee, ios_export, monkeypatch, settings):
    settings.ARCHIEF_MAX_ATTEMPTS = 1

    def explode(*args, **kwargs):
        raise KeyError("x")

    monkeypatch.setattr("chats.processing.build_result", explode)
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.MISLUKT
    submission.refresh_from_db()
    assert submission.failure_reason == pipeline_errors.GENERIC_FAILURE


def test_a_failing_service_gives_the_attempt_back_and_shows_it_waits(
    employee, ios_export, monkeypatch, private_temp_root
):
    def scanner_down(*args, **kwargs):
        raise TransientFailure("scanner unavailable", waiting=scanning.WAITING_FOR_SCANNER)

    monkeypatch.setattr(processing, "scan_files", scanner_down)
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    with pytest.raises(TransientFailure):
        submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ONTVANGEN
    assert submission.attempts == 0
    assert submission.progress_step == "Wacht op de virusscanner"
    assert not list(private_temp_root.iterdir())


def test_a_required_scanner_that_is_not_configured_makes_processing_wait(
    employee, ios_export, settings
):
    settings.CLAMAV_REQUIRED = True
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    with pytest.raises(TransientFailure):
        submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ONTVANGEN
    assert not submission.messages.exists()


def test_a_stopped_scanner_makes_processing_wait(employee, ios_export, settings, tmp_path):
    settings.CLAMAV_SOCKET = str(tmp_path / "no-clamd.sock")
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    with pytest.raises(TransientFailure):
        submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert (submission.status, submission.attempts) == (SubmissionStatus.ONTVANGEN, 0)


def test_clamd_finds_malware_inside_an_export(employee, tmp_path, settings, caplog, request):
    from tests.fixtures.intake.files import EICAR

    scanner = request.getfixturevalue("clamd_scanner")
    settings.CLAMAV_SOCKET = str(scanner.socket_path)
    path = ios_zip(tmp_path, IOS_CHAT, {"00000007-Verslag.txt": EICAR + b"\n"})
    submission = create(employee, [path], UploadKind.IOS_EXPORT)
    with caplog.at_level(logging.INFO):
        assert submission_process(submission_id=submission.pk) == SubmissionStatus.MISLUKT
    submission.refresh_from_db()
    assert submission.failure_reason == pipeline_errors.MALWARE_FOUND.format(
        name="00000007-Verslag.txt"
    )
    assert "Verslag" not in caplog.text
    assert output_counts(submission) == (0, 0, 0, 0, 0)


def test_clamd_passes_a_clean_export(employee, ios_export, settings, request):
    scanner = request.getfixturevalue("clamd_scanner")
    settings.CLAMAV_SOCKET = str(scanner.socket_path)
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN


def test_progress_is_written_while_it_works(employee, ios_export, monkeypatch):
    seen = []
    from chats.pipeline import build

    real = build.build_result

    def spy(submission, *args, **kwargs):
        submission.refresh_from_db()
        seen.append((submission.status, submission.progress_step, submission.progress_percent))
        return real(submission, *args, **kwargs)

    monkeypatch.setattr(processing, "build_result", spy)
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    submission_process(submission_id=submission.pk)
    assert seen == [(SubmissionStatus.IN_VERWERKING, "Controleren op virussen", 20)]


def test_the_employee_sees_progress_on_the_detail_page(client, employee, ios_export):
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    Submission.objects.filter(pk=submission.pk).update(
        status=SubmissionStatus.IN_VERWERKING,
        progress_step="Persoonsgegevens weglakken",
        progress_percent=45,
    )
    client.force_login(employee)
    page = client.get(f"/mijn-inzendingen/{submission.pk}/").content.decode()
    assert "Persoonsgegevens weglakken" in page
    assert 'aria-valuenow="45"' in page


def test_a_chat_with_unreadable_characters_is_flagged(employee, tmp_path):
    chat = tmp_path / "WhatsApp-chat met Jan Jansen.txt"
    chat.write_bytes(
        "12-03-2024 09:15 - Jan Jansen: Goedemorgen, caf\u00e9 open?\n".encode()
        + b"12-03-2024 09:16 - Mila de Vries: Ja \xff\xfe daar \xc3 ben ik\n"
    )
    submission = create(employee, [chat], UploadKind.ANDROID_EXPORT)
    submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    assert {"code": "decode_errors", "message": DECODE_ERRORS} in submission.flags
    assert "café" in submission.messages.get(seq=0).text


def test_informatiebeheer_can_retry_a_failed_submission(employee, make_user, ios_export):
    reviewer = make_user("di", "Informatiebeheer")
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    Submission.objects.filter(pk=submission.pk).update(
        status=SubmissionStatus.MISLUKT, failure_reason="Kapot", attempts=3
    )
    with pytest.raises(PermissionDenied):
        submission_retry(submission_id=submission.pk, user=employee)
    retried = submission_retry(submission_id=submission.pk, user=reviewer)
    assert (retried.status, retried.attempts, retried.failure_reason) == ("ontvangen", 0, "")
    assert AuditEvent.objects.filter(action="submission.retried").count() == 1
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    with pytest.raises(ValueError):
        submission_retry(submission_id=submission.pk, user=reviewer)


def test_the_soft_time_limit_ends_in_mislukt_without_another_attempt(
    employee, ios_export, monkeypatch
):
    from celery.exceptions import SoftTimeLimitExceeded

    def too_slow(*args, **kwargs):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr("chats.processing.build_result", too_slow)
    submission = create(employee, [ios_export], UploadKind.IOS_EXPORT)
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.MISLUKT
    submission.refresh_from_db()
    assert submission.failure_reason == pipeline_errors.TOOK_TOO_LONG


def test_two_chats_in_one_export_are_refused_unless_one_is_the_export_chat(employee, tmp_path):
    second = IOS_CHAT.replace("Jan Jansen", "Piet Pietersen")
    path = ios_zip(tmp_path, IOS_CHAT, {"oud gesprek.txt": second.encode()})
    submission = create(employee, [path], UploadKind.IOS_EXPORT)
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    assert submission.messages.count() == 4  # `_chat.txt` is the chat; the other an attachment

    path = ios_zip(tmp_path, "", {"a.txt": IOS_CHAT.encode(), "b.txt": second.encode()})
    path.rename(path := tmp_path / "twee.zip")
    submission = stored_past_intake(employee, path, UploadKind.IOS_EXPORT)
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.MISLUKT
    submission.refresh_from_db()
    assert submission.failure_reason == parse_errors.MANY_CHATS


@pytest.mark.parametrize(
    ("chat_name", "is_submitter"),
    [
        ("Mila de Vries", True),
        ("mila de vries", True),
        ("Mila de Vries (Gemeente Meppel)", True),
        ("Mila", False),
        ("Jan de Vries", False),
        ("+31 6 12345678", False),
    ],
)
def test_the_submitter_is_recognised_by_first_and_last_name(chat_name, is_submitter):
    from types import SimpleNamespace

    from chats.pipeline.build import pseudonymize

    user = SimpleNamespace(first_name="Mila", last_name="de Vries")
    participants, _ = pseudonymize([chat_name, "Henk"], user=user, gesprekspartner="inwoner")
    assert (participants[0].pseudonym == "Medewerker") is is_submitter
    assert participants[1].pseudonym.startswith("Inwoner")


# --- the employee's own text and the chat as context (issue 12) ---------------------------------

CONTEXT_CHAT = (
    "[12-03-2024 09:15:02] Jan Jansen: Ik heb mevrouw Kraai gesproken, zij belt u.\n"
    "[12-03-2024 09:16:40] Mila de Vries: Kraai hier. Ria Mol weet het ook.\n"
    "[12-03-2024 09:17:05] Mila de Vries: Mol belt morgen. Bel anders 14 0522 of 0522 851234.\n"
    "[12-03-2024 09:18:00] Jan Jansen: Mijn nummer is 06-12345678.\n"
)


def test_the_onderwerp_and_omschrijving_are_redacted_and_stored_next_to_the_original(
    employee, tmp_path
):
    chat = ios_zip(tmp_path, CONTEXT_CHAT)
    submission = create(
        employee,
        [chat],
        UploadKind.IOS_EXPORT,
        onderwerp="Boom bij Jan Jansen, bsn 111222333, tel 06-12345678",
        omschrijving="Gesprek met mevrouw Kraai over de boom; ze woont op Kerkstraat 12.",
    )
    submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert submission.onderwerp.startswith("Boom bij Jan Jansen")  # the original, for review
    red = submission.onderwerp_redacted
    assert "111222333" not in red and "06-12345678" not in red and "Jansen" not in red
    assert "[BSN]" in red and "[TELEFOONNUMMER]" in red
    assert "Kraai" not in submission.omschrijving_redacted
    assert "Kerkstraat 12" not in submission.omschrijving_redacted


def test_a_name_seen_as_a_person_elsewhere_in_the_chat_is_redacted_everywhere(employee, tmp_path):
    submission = create(employee, [ios_zip(tmp_path, CONTEXT_CHAT)], UploadKind.IOS_EXPORT)
    submission_process(submission_id=submission.pk)
    texts = list(submission.messages.order_by("seq").values_list("text_redacted", flat=True))
    assert texts[1].startswith("[NAAM] hier.")  # "Kraai": a word, but a person in this chat
    assert texts[2].startswith("[NAAM] belt morgen")  # "Ria Mol" in the message before


def test_the_switchboard_and_department_numbers_beheer_lists_stay_and_a_residents_goes(
    employee, tmp_path
):
    from chats.models import OrganisationContact  # noqa: PLC0415  (keeps this block self-contained)

    OrganisationContact.objects.create(kind="telefoon", value="(0522) 85 12 34")
    submission = create(employee, [ios_zip(tmp_path, CONTEXT_CHAT)], UploadKind.IOS_EXPORT)
    submission_process(submission_id=submission.pk)
    texts = list(submission.messages.order_by("seq").values_list("text_redacted", flat=True))
    assert "14 0522" in texts[2] and "0522 851234" in texts[2]
    assert "06-12345678" not in texts[3] and "[TELEFOONNUMMER]" in texts[3]


def test_screenshots_keep_the_organisations_own_contact_data(employee, tmp_path, monkeypatch):
    """The list Beheer keeps (switchboard, department numbers, role mailboxes) is handed to the
    screenshot redaction as values to leave readable; an inactive entry is not."""
    from chats.models import OrganisationContact
    from chats.pipeline import build
    from demo.generators.screenshots import render_whatsapp_screenshot

    OrganisationContact.objects.create(kind="telefoon", value="0522 85 44 00")
    OrganisationContact.objects.create(kind="email", value="oud@meppel.nl", active=False)
    seen: list[tuple[str, ...]] = []
    real = build.redact_screenshot

    def spy(*args, keep_values=(), **kwargs):
        seen.append(tuple(keep_values))
        return real(*args, keep_values=keep_values, **kwargs)

    monkeypatch.setattr(build, "redact_screenshot", spy)
    path = tmp_path / "Screenshot_20240312.png"
    render_whatsapp_screenshot(540, 1200).save(path)
    submission = create(employee, [path], UploadKind.SCREENSHOTS)
    submission_process(submission_id=submission.pk)
    assert len(seen) == 1
    assert {"14 0522", "info@meppel.nl", "0522 85 44 00"} <= set(seen[0])
    assert "oud@meppel.nl" not in seen[0]


def test_attachments_know_every_person_the_chat_established(employee, tmp_path, monkeypatch):
    """A name seen as a person in a message ("mevrouw Kraai") is looked for in the chat's
    attachments (PDF text, photo text), not only the participants' names."""
    from chats.pipeline import build

    seen: list[list[str]] = []
    real = build.build_media

    def spy(files, **kwargs):
        seen.append(list(kwargs["known_names"]))
        return real(files, **kwargs)

    monkeypatch.setattr(build, "build_media", spy)
    chat = (
        IOS_CHAT + "[13-03-2024 14:31:00] Jan Jansen: Mevrouw Kraai van hiernaast belt ook nog.\n"
    )
    submission = create(employee, [ios_zip(tmp_path, chat)], UploadKind.IOS_EXPORT)
    submission_process(submission_id=submission.pk)
    assert seen and {"Jan Jansen", "Mila de Vries", "Kraai"} <= set(seen[0])


def test_a_shared_location_is_redacted_as_a_structured_message(employee, tmp_path):
    # WhatsApp writes a shared pin as "Locatie: <map link>": the link is the place itself
    # (often someone's home), so the parser's location message never reaches Woo readable.
    chat = (
        "[12-03-2024 09:15:02] Jan Jansen: De boom ligt hier.\n"
        "[12-03-2024 09:16:10] Jan Jansen: \u200eLocatie: https://maps.google.com/?q=52.712345,6.198765\n"
        "[12-03-2024 09:17:00] Jan Jansen: location: https://maps.google.com/?q=52.7001,6.1902\n"
        "[12-03-2024 09:18:00] Mila de Vries: Zie https://www.meppel.nl/bomen voor de planning.\n"
        "[12-03-2024 09:19:00] Jan Jansen: https://maps.google.com/?q=52.6933,6.2011\n"
    )
    path = tmp_path / "WhatsApp Chat - Boom.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", chat)
    submission = create(employee, [path], UploadKind.IOS_EXPORT)
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    texts = list(Message.objects.filter(submission=submission).order_by("seq"))
    redacted = "\n".join(m.text_redacted for m in texts)
    for secret in ("52.712345", "6.198765", "52.7001", "52.6933", "maps.google"):
        assert secret not in redacted
    assert texts[1].text_redacted == "Locatie: [URL]"
    assert texts[4].text_redacted == "[URL]"
    # A link in an ordinary message is the detector's business, not this rule's.
    assert "https://www.meppel.nl/bomen" in texts[3].text_redacted
    # The span is a redaction Informatiebeheer sees and can undo like any other.
    assert RedactionSpan.objects.filter(message=texts[1], label="URL_PERSONAL").exists()


def test_a_mention_of_an_unsaved_number_is_redacted(employee, tmp_path):
    # WhatsApp writes a mention of someone not in the phone's contacts as '@' and the number
    # with its country code, without '+' or spaces: no phone number to the detector.
    chat = (
        "[12-03-2024 09:15:02] Jan Jansen: @31611223301 kun jij de boom bekijken?\n"
        "[12-03-2024 09:16:10] Mila de Vries: @\u2068Jan Jansen\u2069 en @31611223302, dank jullie.\n"
        "[12-03-2024 09:17:00] Mila de Vries: Melding 2024@1234567890 staat in het systeem.\n"
    )
    path = tmp_path / "WhatsApp Chat - Boom.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", chat)
    submission = create(employee, [path], UploadKind.IOS_EXPORT)
    assert submission_process(submission_id=submission.pk) == SubmissionStatus.TE_BEOORDELEN
    texts = [m.text_redacted for m in Message.objects.filter(submission=submission).order_by("seq")]
    assert texts[0] == "@[TELEFOONNUMMER] kun jij de boom bekijken?"
    assert "11223302" not in texts[1] and "Jansen" not in texts[1]
    # Not a mention: '@' inside a word.
    assert "2024@1234567890" in texts[2]


def test_the_nonexistent_time_flag_counts_in_dutch():
    # Walk 28: "1 tijdstip(pen) in de chat bestaan niet in de Nederlandse tijd".
    one, three = nonexistent_time_message(1), nonexistent_time_message(3)
    assert one.startswith("1 tijdstip in de chat bestaat niet ")
    assert three.startswith("3 tijdstippen in de chat bestaan niet ")
    # One time is one message: not "de tijden van die berichten".
    assert one.endswith("Controleer de tijd van dat bericht.")
    assert three.endswith("Controleer de tijden van die berichten.")


@pytest.mark.django_db
def test_one_attempt_at_a_time_also_between_threads_of_one_process():
    """Without a broker (`make run`) tasks run in threads of the web process: a second thread
    must not process a submission one thread is processing (on SQLite, which has no advisory
    lock, both claimed it and one crashed on the other's files). The thread that holds it may
    enter again, as with PostgreSQL's advisory lock in one session."""
    import threading

    from chats.pipeline.locking import processing_lock

    holding, release, seen = threading.Event(), threading.Event(), {}

    def hold() -> None:
        from django.db import connection

        try:
            with processing_lock(424242) as locked:
                seen["holder"] = locked
                holding.set()
                release.wait(timeout=10)
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(timeout=10) and seen["holder"] is True
        with processing_lock(424242) as locked:
            assert locked is False
    finally:
        release.set()
        holder.join(timeout=10)
    with processing_lock(424242) as locked, processing_lock(424242) as again:
        assert locked is True and again is True
