"""Backups of database and media store together, their restore, and how long they are kept.

`backup_create` writes one file: the database in its own dump format, every stored file, and a
manifest with each file's size and SHA-256 and the number of rows per table. Database and files
come from one moment: the file list is read in the snapshot the dump is made from, and deletions
from the media store wait until the copy is done (chats.media_lock).

`backup_restore` only goes into an empty database and an empty media store. It checks every
member against the manifest before anything is loaded, loads the dump, places the files, and then
verifies the restored instance: rows per table as in the manifest, every stored file present with
the SHA-256 recorded when it was stored.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import models
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from audit import events
from audit.integrity import verify_chain
from chats.fixity import sha256_of_stored
from chats.media_lock import deletions_paused
from chats.models import StoredFile
from woo.models import WooReleaseFile

from . import archive, database
from .manifest import (
    DATABASE_PREFIX,
    MANIFEST_NAME,
    MEDIA_PREFIX,
    Manifest,
    ManifestFile,
    safe_member_name,
)

logger = logging.getLogger(__name__)

NAME_PREFIX = "meppel-archief-"
# The apps whose tables a backup counts (and a restore checks): the project's and the users.
COUNTED_APPS = ("auth", "audit", "chats", "zaken", "woo")


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; `message` is Dutch, for the beheerder."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class BackupResult:
    path: Path
    files: int
    size: int
    encrypted: bool
    pruned: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RestoreReport:
    name: str
    files: int
    counts: dict[str, int]
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


# --- what a backup holds ----------------------------------------------------------------------


def _table_counts() -> dict[str, int]:
    return {
        model._meta.label_lower: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label in COUNTED_APPS and not model._meta.proxy
    }


def _stored_names() -> list[str]:
    """Every file name a FileField of the project refers to (purged files have none)."""
    names: set[str] = set()
    for model in apps.get_models():
        if model._meta.app_label not in COUNTED_APPS:
            continue
        for model_field in model._meta.get_fields():
            if isinstance(model_field, models.FileField):
                names.update(
                    model._default_manager.exclude(**{model_field.name: ""})
                    .exclude(**{f"{model_field.name}__isnull": True})
                    .values_list(model_field.name, flat=True)
                )
    return sorted(names)


def _migration_state() -> dict[str, str]:
    latest: dict[str, str] = {}
    for app, name in MigrationRecorder.Migration.objects.values_list("app", "name"):
        latest[app] = max(latest.get(app, ""), name)
    return latest


def backup_name(now: datetime, *, encrypted: bool) -> str:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{NAME_PREFIX}{stamp}.tar" + (archive.ENCRYPTED_SUFFIX if encrypted else "")


# --- backup -----------------------------------------------------------------------------------


def backup_create(*, directory: Path | None = None, now: datetime | None = None) -> BackupResult:
    """Write a consistent backup of database and media store; then prune old backups."""
    now = now or timezone.now()
    directory = Path(directory or settings.ARCHIEF_BACKUP_DIR)
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    recipient = settings.ARCHIEF_BACKUP_AGE_RECIPIENT
    path = directory / backup_name(now, encrypted=bool(recipient))
    if path.exists():
        raise BackupError(f"Er bestaat al een reservekopie met de naam {path.name}.")
    vendor = database.connection.vendor
    with (
        tempfile.TemporaryDirectory(dir=settings.ARCHIEF_TEMP_ROOT) as scratch,
        deletions_paused(),
        database.consistent_snapshot() as snapshot,
    ):
        names = _stored_names()
        counts = _table_counts()
        migrations = _migration_state()
        dump_path = Path(scratch) / "database.dump"
        database.dump(dump_path, snapshot=snapshot)
        with archive.open_for_writing(path, recipient=recipient) as writer:
            added = writer.add_file(f"{DATABASE_PREFIX}database.dump", dump_path)
            dump_path.unlink()
            manifest = Manifest(
                created_at=now.isoformat(),
                database_vendor=vendor,
                database=ManifestFile(f"{DATABASE_PREFIX}database.dump", added.size, added.sha256),
                counts=counts,
                migrations=migrations,
            )
            for name in names:
                member = MEDIA_PREFIX + name
                try:
                    size = default_storage.size(name)
                    with default_storage.open(name, "rb") as fh:
                        copied = writer.add_stream(member, fh, size)
                except OSError:
                    # Missing already: the fixity check reports it; the backup records the gap.
                    logger.error("backup: stored file missing from the media store (%s)", name)
                    continue
                manifest.files.append(ManifestFile(member, copied.size, copied.sha256))
            writer.add_bytes(MANIFEST_NAME, manifest.to_json())
    size = path.stat().st_size
    events.backup_created(
        name=path.name, files=len(manifest.files), size=size, encrypted=bool(recipient)
    )
    pruned = backups_prune(directory=directory, now=now)
    return BackupResult(path, len(manifest.files), size, bool(recipient), pruned)


def backups_prune(*, directory: Path, now: datetime | None = None) -> list[str]:
    """Delete this application's backups older than ARCHIEF_BACKUP_KEEP_DAYS; returns their names.

    This is what makes destruction reach the backups: a destroyed record is gone from every
    backup once the last backup made before its destruction is older than the retention.
    """
    keep_days = settings.ARCHIEF_BACKUP_KEEP_DAYS
    if keep_days <= 0:
        return []
    cutoff = (now or timezone.now()) - timedelta(days=keep_days)
    removed = []
    for candidate in sorted(Path(directory).glob(f"{NAME_PREFIX}*.tar*")):
        if candidate.name.endswith(".partial"):
            continue
        made = datetime.fromtimestamp(candidate.stat().st_mtime, tz=UTC)
        if made < cutoff:
            candidate.unlink()
            removed.append(candidate.name)
    return removed


# --- restore ----------------------------------------------------------------------------------


def _extract(path: Path, staging: Path) -> tuple[Manifest, dict[str, tuple[int, str]]]:
    """Unpack the backup into `staging`, hashing every member; returns the manifest and hashes."""
    seen: dict[str, tuple[int, str]] = {}
    manifest_bytes = b""
    identity = settings.ARCHIEF_BACKUP_AGE_IDENTITY_FILE
    with archive.open_for_reading(path, identity_file=identity) as tar:
        for member in tar:
            if not member.isfile() or not safe_member_name(member.name):
                raise BackupError(
                    "De reservekopie bevat een onverwacht onderdeel en wordt niet teruggezet."
                )
            source = tar.extractfile(member)
            if member.name == MANIFEST_NAME:
                manifest_bytes = source.read()
                continue
            target = staging / member.name
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as out:
                copied = archive.BackupWriter.copy_hashed(source, out)
            seen[member.name] = copied
    if not manifest_bytes:
        raise BackupError("De reservekopie heeft geen inhoudslijst (manifest) en is onvolledig.")
    return Manifest.from_json(manifest_bytes), seen


def _check_members(manifest: Manifest, seen: dict[str, tuple[int, str]]) -> None:
    expected = {
        item.path: (item.size, item.sha256) for item in [manifest.database, *manifest.files]
    }
    if expected != seen:
        damaged = sorted(
            name for name in expected.keys() | seen.keys() if expected.get(name) != seen.get(name)
        )
        raise BackupError(
            f"De reservekopie is beschadigd: {len(damaged)} onderdeel/onderdelen wijken af van de "
            f"inhoudslijst (bijvoorbeeld {damaged[0]}). Er is niets teruggezet."
        )


def _media_is_empty(root: Path) -> bool:
    return not root.exists() or not any(p.is_file() for p in root.rglob("*"))


def _place(source: Path, media_root: Path, name: str) -> None:
    """Move a restored file to `name` in the media store with the modes the store gives what
    it saves (FILE_UPLOAD_PERMISSIONS, FILE_UPLOAD_DIRECTORY_PERMISSIONS): an original is no
    more readable after a restore than before it."""
    target = media_root / name
    for directory in reversed(target.relative_to(media_root).parents[:-1]):
        folder = media_root / directory
        if not folder.is_dir():
            folder.mkdir()
            folder.chmod(settings.FILE_UPLOAD_DIRECTORY_PERMISSIONS)
    shutil.move(source, target)
    target.chmod(settings.FILE_UPLOAD_PERMISSIONS)


def backup_restore(*, path: Path) -> RestoreReport:
    """Restore `path` into the connected empty database and the empty MEDIA_ROOT, then verify."""
    path = Path(path)
    media_root = Path(settings.MEDIA_ROOT)
    if not path.is_file():
        raise BackupError(f"De reservekopie {path} bestaat niet.")
    if not database.is_empty():
        raise BackupError(
            "De database is niet leeg. Een reservekopie wordt alleen in een lege database "
            "teruggezet, zodat er niets wordt overschreven."
        )
    if not _media_is_empty(media_root):
        raise BackupError(
            f"De bestandsopslag {media_root} is niet leeg. Een reservekopie wordt alleen in een "
            "lege opslag teruggezet."
        )
    Path(settings.ARCHIEF_TEMP_ROOT).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=settings.ARCHIEF_TEMP_ROOT) as scratch:
        staging = Path(scratch)
        manifest, seen = _extract(path, staging)
        _check_members(manifest, seen)
        database.restore(staging / manifest.database.path, vendor=manifest.database_vendor)
        media_root.mkdir(parents=True, exist_ok=True)
        for item in manifest.files:
            _place(staging / item.path, media_root, item.path.removeprefix(MEDIA_PREFIX))
    report = restore_verify(manifest, name=path.name)
    if report.ok:
        events.backup_restored(
            name=path.name, files=report.files, records=report.counts.get("chats.submission", 0)
        )
    return report


def restore_verify(manifest: Manifest, *, name: str) -> RestoreReport:
    """Compare the restored instance with the manifest: rows per table, files and checksums,
    and the hash chain of the audit log."""
    problems = []
    counts = _table_counts()
    for label, expected in sorted(manifest.counts.items()):
        if counts.get(label) != expected:
            problems.append(f"{label}: {counts.get(label)} rijen, verwacht {expected}")
    checked = 0
    for stored in StoredFile.objects.exclude(file="").only("pk", "file", "sha256").iterator():
        checked += 1
        try:
            actual, _ = sha256_of_stored(stored.file.name)
        except OSError:
            problems.append(f"bestand {stored.pk} ontbreekt")
            continue
        if actual != stored.sha256:
            problems.append(f"bestand {stored.pk} heeft een andere SHA-256 dan bij het opslaan")
    # The stored files of Woo decisions (release PDF/A, inventarislijst, verantwoording).
    for made in WooReleaseFile.objects.only("pk", "file", "sha256").iterator():
        checked += 1
        try:
            actual, _ = sha256_of_stored(made.file.name)
        except OSError:
            problems.append(f"besluitbestand {made.pk} ontbreekt")
            continue
        if actual != made.sha256:
            problems.append(
                f"besluitbestand {made.pk} heeft een andere SHA-256 dan bij het opslaan"
            )
    chain = verify_chain()
    if not chain.ok:
        problems.append(f"hashketen van het auditlog gebroken: {chain.problem}")
    return RestoreReport(name=name, files=checked, counts=counts, problems=problems)
