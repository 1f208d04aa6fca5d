"""Backups: the manifest, the file (plain and age-encrypted), refusals, retention, the media lock."""

import hashlib
import io
import os
import shutil
import subprocess
import tarfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from audit import events
from audit.models import AuditEvent
from backups import archive, database, services
from backups.manifest import Manifest, ManifestError, ManifestFile, safe_member_name
from backups.services import BackupError, backup_create, backup_restore, backups_prune
from chats.models import StoredFile
from tests.factories import processed_submission

needs_age = pytest.mark.skipif(shutil.which("age") is None, reason="age ontbreekt")


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("manifest.json", True),
        ("database/database.dump", True),
        ("media/originals/2024/a.zip", True),
        ("media/../../etc/passwd", False),
        ("/media/a", False),
        ("other/a", False),
        ("media/a\\..\\b", False),
        ("", False),
    ],
)
def test_only_member_names_inside_the_backup_are_accepted(name, safe):
    assert safe_member_name(name) is safe


def test_the_manifest_round_trips_and_refuses_another_format():
    manifest = Manifest(
        created_at="2026-12-02T01:30:00+00:00",
        database_vendor="postgresql",
        database=ManifestFile("database/database.dump", 10, "a" * 64),
        files=[ManifestFile("media/x", 3, "b" * 64)],
        counts={"chats.submission": 2},
        migrations={"chats": "0007_storedfile_fixity"},
    )
    assert Manifest.from_json(manifest.to_json()) == manifest
    with pytest.raises(ManifestError):
        Manifest.from_json(b'{"format": 99}')
    with pytest.raises(ManifestError):
        Manifest.from_json(b"not json")


def _members(path: Path, identity: str = "") -> dict[str, bytes]:
    with archive.open_for_reading(path, identity_file=identity) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar}


@pytest.mark.django_db(transaction=True)
def test_a_backup_holds_the_dump_every_stored_file_and_a_manifest_of_them(tmp_path):
    submission = processed_submission()
    result = backup_create(directory=tmp_path)
    members = _members(result.path)
    manifest = Manifest.from_json(members["manifest.json"])
    stored = {f.file.name: f for f in StoredFile.objects.exclude(file="")}
    assert {item.path.removeprefix("media/") for item in manifest.files} == set(stored)
    for item in manifest.files:
        assert item.sha256 == stored[item.path.removeprefix("media/")].sha256
    assert manifest.database.path in members and manifest.database.size > 0
    assert manifest.counts["chats.submission"] == 1
    assert manifest.counts["chats.message"] == submission.messages.count()
    assert manifest.migrations["chats"] >= "0007"
    assert not list(tmp_path.glob("*.partial"))
    event = AuditEvent.objects.get(action="backup.created")
    assert event.detail["files"] == len(stored) and event.detail["encrypted"] is False


@needs_age
@pytest.mark.django_db(transaction=True)
def test_with_a_recipient_the_backup_is_encrypted_with_age(tmp_path, settings):
    key = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = next(
        line.split(": ")[1] for line in key.read_text().splitlines() if "public key" in line
    )
    settings.ARCHIEF_BACKUP_AGE_RECIPIENT = recipient
    processed_submission()
    result = backup_create(directory=tmp_path / "out")
    assert result.path.name.endswith(".tar.age") and result.encrypted
    raw = result.path.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1") and b"manifest.json" not in raw
    with pytest.raises(archive.ArchiveError, match="versleuteld"):
        _members(result.path)
    assert "manifest.json" in _members(result.path, identity=str(key))


@pytest.mark.django_db(transaction=True)
def test_a_file_missing_from_the_store_is_left_out_and_the_backup_still_made(tmp_path):
    submission = processed_submission()
    gone = submission.files.exclude(file="").first()
    default_storage.delete(gone.file.name)
    result = backup_create(directory=tmp_path)
    manifest = Manifest.from_json(_members(result.path)["manifest.json"])
    assert "media/" + gone.file.name not in {item.path for item in manifest.files}
    assert result.files == StoredFile.objects.exclude(file="").count() - 1


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_database_that_is_not_empty(tmp_path):
    processed_submission()
    result = backup_create(directory=tmp_path)
    with pytest.raises(CommandError, match="database is niet leeg"):
        call_command("restore", str(result.path))


@pytest.mark.django_db(transaction=True)
def test_a_damaged_backup_is_refused_before_anything_is_loaded(tmp_path, monkeypatch, settings):
    processed_submission()
    result = backup_create(directory=tmp_path)
    damaged = tmp_path / "damaged.tar"
    changed = []
    with tarfile.open(result.path) as source, tarfile.open(damaged, "w") as target:
        for member in source:
            data = source.extractfile(member).read()
            if member.name.startswith("media/") and not changed:
                data = bytes([data[0] ^ 0xFF]) + data[1:]  # one changed byte in one stored file
                changed.append(member.name)
            target.addfile(member, fileobj=io.BytesIO(data))
    loaded = []
    monkeypatch.setattr(database, "is_empty", lambda: True)
    monkeypatch.setattr(database, "restore", lambda *a, **k: loaded.append(a))
    settings.MEDIA_ROOT = str(tmp_path / "empty-media")
    with pytest.raises(BackupError, match="beschadigd"):
        backup_restore(path=damaged)
    assert loaded == [] and not (tmp_path / "empty-media").exists()


def test_old_backups_are_pruned_after_the_retention(tmp_path, settings):
    settings.ARCHIEF_BACKUP_KEEP_DAYS = 35
    now = timezone.now()
    old = tmp_path / "meppel-archief-20261001T013000Z.tar"
    recent = tmp_path / "meppel-archief-20261201T013000Z.tar.age"
    foreign = tmp_path / "something-else.tar"
    for path, age_days in ((old, 36), (recent, 1), (foreign, 90)):
        path.write_bytes(b"x")
        stamp = (now - timedelta(days=age_days)).timestamp()
        os.utime(path, (stamp, stamp))
    assert backups_prune(directory=tmp_path, now=now) == [old.name]
    assert recent.exists() and foreign.exists()
    settings.ARCHIEF_BACKUP_KEEP_DAYS = 0
    assert backups_prune(directory=tmp_path, now=now + timedelta(days=400)) == []


@pytest.mark.django_db(transaction=True)
def test_deletions_wait_while_a_backup_copies_the_media_store():
    if connection.vendor != "postgresql":
        pytest.skip("advisory locks bestaan alleen op PostgreSQL")
    import psycopg2
    from django.db import OperationalError, transaction

    from chats.media_lock import _LOCK_SPACE, _MEDIA_STORE, hold_for_deletion

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
            hold_for_deletion()
    finally:
        other.close()
    with transaction.atomic():
        hold_for_deletion()  # free again once the backup is done


def test_the_backup_service_counts_the_project_tables():
    assert set(services.COUNTED_APPS) >= {"chats", "zaken", "woo", "audit", "auth"}


def _manifest_of_this_instance() -> Manifest:
    return Manifest(
        created_at="2026-12-02T08:00:00+00:00",
        database_vendor=connection.vendor,
        database=ManifestFile(path="database/database.dump", size=1, sha256="0" * 64),
        counts=services._table_counts(),
    )


@pytest.mark.django_db
def test_restore_verification_checks_the_hash_chain_of_the_audit_log():

    for i in range(3):
        events.backup_restored(name=f"b{i}", files=i, records=i)
    assert services.restore_verify(_manifest_of_this_instance(), name="x").problems == []

    middle = AuditEvent.objects.order_by("pk")[1]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = replica")
        cursor.execute(
            "UPDATE audit_auditevent SET actor_name = 'mallory' WHERE id = %s", [middle.pk]
        )
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = origin")
    problems = services.restore_verify(_manifest_of_this_instance(), name="x").problems
    assert len(problems) == 1
    assert problems[0].startswith("hashketen van het auditlog gebroken")
    assert f"Auditregel {middle.pk}" in problems[0]


@pytest.mark.django_db
def test_restore_verification_checks_the_stored_files_of_woo_decisions(settings, tmp_path):
    from django.core.files.base import ContentFile

    from tests.factories import UserFactory, WooVerzoekFactory
    from woo.models import WooRelease, WooReleaseFile

    settings.MEDIA_ROOT = tmp_path / "media"
    user = UserFactory(username="wobke")
    release = WooRelease.objects.create(
        verzoek=WooVerzoekFactory(aangemaakt_door=user), aangevraagd_door=user, status="klaar"
    )
    made = WooReleaseFile(
        release=release,
        kind="csv",
        name="woo-1-inventarislijst.csv",
        mime_type="text/csv",
        size=3,
        sha256=hashlib.sha256(b"a;b").hexdigest(),
    )
    made.file.save("woo-1-inventarislijst.csv", ContentFile(b"a;b"), save=False)
    made.save()
    assert services.restore_verify(_manifest_of_this_instance(), name="x").problems == []
    with default_storage.open(made.file.name, "wb") as handle:
        handle.write(b"x;y")
    problems = services.restore_verify(_manifest_of_this_instance(), name="x").problems
    assert problems == [f"besluitbestand {made.pk} heeft een andere SHA-256 dan bij het opslaan"]
