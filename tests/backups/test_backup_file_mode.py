"""A backup holds every original the archive still keeps (chats with residents' names and
numbers, photos); on the server it is readable by the application's own account only, like
the media store it copies (FILE_UPLOAD_PERMISSIONS 0o640) and not by every local account, also
when the backup directory already existed with a looser mode."""

import os
import stat
import subprocess
from contextlib import contextmanager

import pytest

from backups import services
from backups.services import backup_create
from tests.backups.test_backups import needs_age
from tests.factories import processed_submission


@contextmanager
def usual_umask():
    """The umask of a service started without one of its own: files come out 0o644."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _others_may_read(path) -> bool:
    return bool(stat.S_IMODE(path.stat().st_mode) & 0o077)


@pytest.mark.django_db(transaction=True)
def test_a_plain_backup_is_readable_by_the_application_alone(tmp_path):
    processed_submission()
    tmp_path.chmod(0o755)  # an existing backup directory (/var/backups) keeps its mode
    with usual_umask():
        result = backup_create(directory=tmp_path)
    assert not _others_may_read(result.path)


@needs_age
@pytest.mark.django_db(transaction=True)
def test_an_encrypted_backup_is_readable_by_the_application_alone(tmp_path, settings):
    key = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    settings.ARCHIEF_BACKUP_AGE_RECIPIENT = next(
        line.split(": ")[1] for line in key.read_text().splitlines() if "public key" in line
    )
    processed_submission()
    out = tmp_path / "out"
    out.mkdir(mode=0o755)
    with usual_umask():
        result = backup_create(directory=out)
    assert result.encrypted
    assert not _others_may_read(result.path)


@pytest.mark.django_db(transaction=True)
def test_restored_files_get_the_media_store_s_modes(tmp_path, settings, monkeypatch):
    """The restored originals are as private as stored ones (FILE_UPLOAD_PERMISSIONS and
    FILE_UPLOAD_DIRECTORY_PERMISSIONS), not world-readable with the umask's modes."""
    processed_submission()
    with usual_umask():
        result = backup_create(directory=tmp_path / "backups")
    # The database part of a restore is the drill's (test_restore_drill); here only the files.
    monkeypatch.setattr(services.database, "is_empty", lambda: True)
    monkeypatch.setattr(services.database, "restore", lambda *args, **kwargs: None)
    monkeypatch.setattr(
        services,
        "restore_verify",
        lambda manifest, name: services.RestoreReport(name, 0, {}, ["niet gecontroleerd"]),
    )
    settings.MEDIA_ROOT = str(tmp_path / "restored-media")
    with usual_umask():
        services.backup_restore(path=result.path)
    restored = list((tmp_path / "restored-media").rglob("*"))
    files = [p for p in restored if p.is_file()]
    assert files
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == settings.FILE_UPLOAD_PERMISSIONS
    for path in [p for p in restored if p.is_dir()]:
        assert stat.S_IMODE(path.stat().st_mode) == settings.FILE_UPLOAD_DIRECTORY_PERMISSIONS
