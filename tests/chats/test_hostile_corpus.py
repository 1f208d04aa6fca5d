"""`manage.py ingest` takes every hostile upload to the verdict its manifest expects.

Driven by ../shared/corpus/hostile/manifest.json (skipped cleanly without ../shared) and by
self-made cases of each class, so the checks also run without it. For every case: the verdict
and its Dutch message (the same on a second try), nothing half-stored, originals byte-identical,
nothing left in the temp root or written outside the storage root, canaries only in the message
table, within 30 s and 512 MiB.
"""

import hashlib
import io
import json
import logging
import re
import tempfile
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command

from audit.models import AuditEvent
from chats.constants import FileRole, SubmissionStatus
from chats.models import Message, StoredFile, Submission
from tests.conftest import SHARED
from tests.fixtures.pipeline.hostile import (
    SELF_MADE_NAMES,
    Case,
    manifest_cases,
    self_made_cases,
)

CORPUS = SHARED / "corpus" / "hostile"
MiB = 1024 * 1024


def _manifest_names() -> list[str]:
    if not (CORPUS / "manifest.json").exists():
        return ["../shared ontbreekt"]
    return [case.name for case in manifest_cases(CORPUS)]


@pytest.fixture
def pipeline_env(settings, tmp_path, make_user):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.ARCHIEF_TEMP_ROOT.mkdir()
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False
    user = make_user("medewerker", "Medewerker")
    user.first_name, user.last_name = "Jan", "Testpersoon"
    user.save()
    return settings.ARCHIEF_TEMP_ROOT


def ingest(case: Case, run_on_commit) -> dict:
    """Run `manage.py ingest` and the processing it queues on commit (in-process, eager).

    Inside a test transaction the commit hooks run when `run_on_commit` ends, after ingest has
    printed; the status reported is then the one in the database afterwards.
    """
    out = io.StringIO()
    args = [str(p) for p in case.paths] + ["--user", "medewerker"]
    if case.kind:
        args += ["--kind", case.kind]
    with run_on_commit(execute=True):
        call_command("ingest", *args, stdout=out)
    lines = out.getvalue().strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    if result["submission"]:
        submission = Submission.objects.get(pk=result["submission"])
        result["status"] = submission.status
        result["errors"] = [submission.failure_reason] if submission.failure_reason else []
    return result


def storage_files() -> set[Path]:
    root = Path(django_settings.MEDIA_ROOT)
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


def _peak_reset() -> int | None:
    """Reset this process's peak RSS (Linux) and return the current RSS in bytes."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return None
    return _status_kb("VmRSS") * 1024


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def _kanarie_names_in_tmp() -> set[str]:
    # Where an absolute member path (/tmp/KANARIE-absolute.txt) or a traversal would land.
    root = Path(tempfile.gettempdir())
    return {str(p) for p in root.glob("*KANARIE*")}


def check_case(case: Case, temp_root: Path, caplog, run_on_commit) -> None:
    before_files = storage_files()
    before_kanarie = _kanarie_names_in_tmp()
    baseline = _peak_reset()
    started = time.monotonic()
    with caplog.at_level(logging.DEBUG):
        result = ingest(case, run_on_commit)
    elapsed = time.monotonic() - started
    assert elapsed < 30, f"{case.name}: {elapsed:.1f} s"
    if baseline is not None:
        growth = _status_kb("VmHWM") * 1024 - baseline
        assert growth < 512 * MiB, f"{case.name}: {growth // MiB} MiB"

    refused = not result["accepted"]
    if case.expected == "REJECT" or (case.expected == "SAFE_EITHER" and refused):
        assert result == {
            "accepted": False,
            "submission": None,
            "status": None,
            "errors": [case.message_nl],
        }
        # Nothing stored but the security event; the same message on a second try.
        assert not Submission.objects.exists()
        assert not StoredFile.objects.exists()
        assert storage_files() == before_files
        event = AuditEvent.objects.filter(action="upload.refused").latest("pk")
        # The security event keeps the reason, not the file names quoted in it.
        assert event.detail["reasons"] == [re.sub("‘[^’]*’", "‘…’", case.message_nl)]
        assert ingest(case, run_on_commit) == result
    else:
        assert result["accepted"] is True, result
        assert result["status"] == SubmissionStatus.TE_BEOORDELEN, result
        assert result["errors"] == []
        submission = Submission.objects.get(pk=result["submission"])
        messages = [f["message"] for f in submission.flags]
        if case.expected == "ACCEPT":
            assert messages == []
        else:
            assert messages, f"{case.name} must be flagged"
            if case.message_nl:
                assert any(m.startswith(case.message_nl) for m in messages), messages
        # Originals kept byte-identical.
        originals = submission.files.filter(role=FileRole.ORIGINAL)
        assert sorted(f.original_name for f in originals) == sorted(p.name for p in case.paths)
        for stored in originals:
            with stored.file.open("rb") as fh:
                digest = hashlib.sha256(fh.read()).hexdigest()
            assert digest == stored.sha256 == case.sha256[stored.original_name]
        if case.canary:
            assert Message.objects.filter(submission=submission, text__contains=case.canary)
        for derived in submission.files.filter(
            role=FileRole.DERIVED, mime_type__startswith="image"
        ):
            with derived.file.open("rb") as fh:
                data = fh.read()
            # No metadata in cleaned images: no EXIF/XMP/text chunks, no GPS.
            for marker in (b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"Exif\x00\x00", b"GPS"):
                assert marker not in data, (case.name, derived.original_name, marker)

    # Nothing left in the temp root; nothing written outside the storage root.
    assert list(temp_root.iterdir()) == []
    assert _kanarie_names_in_tmp() == before_kanarie
    new_files = storage_files() - before_files
    media_root = Path(django_settings.MEDIA_ROOT).resolve()
    assert all(p.resolve().is_relative_to(media_root) for p in new_files)
    if case.canary:
        assert case.canary not in caplog.text


@pytest.mark.django_db
@pytest.mark.shared
@pytest.mark.parametrize("name", _manifest_names())
def test_the_shared_hostile_corpus_gets_its_verdict(
    name, pipeline_env, caplog, django_capture_on_commit_callbacks
):
    if not (CORPUS / "manifest.json").exists():
        pytest.skip("../shared ontbreekt")
    case = next(c for c in manifest_cases(CORPUS) if c.name == name)
    check_case(case, pipeline_env, caplog, django_capture_on_commit_callbacks)


@pytest.mark.django_db
@pytest.mark.parametrize("name", SELF_MADE_NAMES)
def test_self_made_hostile_cases_get_their_verdict(
    name, pipeline_env, caplog, tmp_path, django_capture_on_commit_callbacks
):
    case = next(c for c in self_made_cases(tmp_path / "cases") if c.name == name)
    check_case(case, pipeline_env, caplog, django_capture_on_commit_callbacks)


@pytest.mark.django_db(transaction=True)
def test_ingest_prints_the_final_status_in_the_embedded_default(pipeline_env, tmp_path):
    case = next(c for c in self_made_cases(tmp_path / "cases") if c.name == "chat_markup")
    out = io.StringIO()
    call_command("ingest", *map(str, case.paths), "--user", "medewerker", stdout=out)
    result = json.loads(out.getvalue())
    assert result["status"] == SubmissionStatus.TE_BEOORDELEN
    # Accepted and flagged: the Dutch notices for Informatiebeheer are reported, nothing else.
    flags = Submission.objects.get(pk=result["submission"]).flags
    assert {f["code"] for f in flags} >= {"markup_in_text"}
    assert result["errors"] == [f["message"] for f in flags]
