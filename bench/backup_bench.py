"""Backup and restore at archive size, on PostgreSQL (default 1,000,000 archived messages).

Seeds (or reuses) its own database with `seed_archive`, gives every archived record a rendition
file of the size its PDF would have (780 bytes per message, the figure of a real 50,000-message
rendition: 37 MiB; random bytes, so nothing compresses better than a real PDF), then measures:
  - `backup_create` (pg_dump in a snapshot + every stored file + manifest): time and size;
  - `manage.py restore` into a fresh database and media folder in another process (check of
    every member, pg_restore, files placed, every table, file and SHA-256 verified): time.

Usage:
  .venv/bin/python bench/backup_bench.py [--messages 1000000] [--database meppel_backup_bench]
      [--server postgres://postgres@127.0.0.1:5432] [--work DIR]

Never touches the project's normal databases; the restore database is dropped afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.woo_search_bench import ensure_database, seed, setup_django  # noqa: E402

BYTES_PER_MESSAGE = 780


def renditions(media_root: Path) -> tuple[int, int]:
    """A rendition file for every archived record without one; returns (files, bytes)."""
    from django.db.models import Count

    from chats.constants import RENDITION_KEY, FileRole, SubmissionStatus
    from chats.models import StoredFile, Submission

    made = size = 0
    records = (
        Submission.objects.filter(status=SubmissionStatus.GEARCHIVEERD)
        .exclude(files__derived_key=RENDITION_KEY)
        .annotate(n=Count("messages"))
        .values_list("pk", "uuid", "n")
    )
    batch = []
    for pk, uuid, count in records.iterator():
        data = secrets.token_bytes(max(4096, count * BYTES_PER_MESSAGE))
        name = f"derived/bench/{uuid}/archiefstuk.pdf"
        path = media_root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        stored = StoredFile(
            submission_id=pk,
            role=FileRole.DERIVED,
            original_name=f"archiefstuk-{uuid}.pdf",
            derived_key=RENDITION_KEY,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            mime_type="application/pdf",
        )
        stored.file.name = name
        batch.append(stored)
        made += 1
        size += len(data)
        if len(batch) >= 1000:
            StoredFile.objects.bulk_create(batch)
            batch = []
    StoredFile.objects.bulk_create(batch)
    return made, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--database", default="meppel_backup_bench")
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--work", type=Path, default=ROOT / "var" / "backup-bench")
    args = parser.parse_args()

    work = args.work.resolve()
    media = work / "media"
    media.mkdir(parents=True, exist_ok=True)
    os.environ["MEDIA_ROOT"] = str(media)
    os.environ["ARCHIEF_TEMP_ROOT"] = str(work / "tmp")
    ensure_database(args.server, args.database)
    setup_django(args.server, args.database)
    seed(args.messages)

    from django.db import connection

    from backups.services import backup_create
    from chats.models import Message, StoredFile

    made, made_bytes = renditions(media)
    files = StoredFile.objects.exclude(file="").count()
    print(
        f"archive: {Message.objects.count():,} messages, {files:,} stored files "
        f"({made:,} renditions made now, {made_bytes / 2**20:,.0f} MiB)",
        flush=True,
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        db_size = cursor.fetchone()[0]

    out = work / "backups"
    shutil.rmtree(out, ignore_errors=True)
    started = time.perf_counter()
    result = backup_create(directory=out)
    backup_seconds = time.perf_counter() - started
    print(
        f"backup: {backup_seconds:.1f} s, {result.size / 2**20:,.0f} MiB "
        f"({result.files:,} files; database {db_size / 2**20:,.0f} MiB on disk)",
        flush=True,
    )

    restore_db = f"{args.database}_restore"
    connection.close()
    import psycopg2

    admin = psycopg2.connect(f"{args.server}/postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{restore_db}"')
        cursor.execute(f'CREATE DATABASE "{restore_db}"')
    with tempfile.TemporaryDirectory(dir=work) as target:
        env = {
            **os.environ,
            "DATABASE_URL": f"{args.server}/{restore_db}",
            "MEDIA_ROOT": str(Path(target) / "media"),
            "ARCHIEF_TEMP_ROOT": str(Path(target) / "tmp"),
        }
        started = time.perf_counter()
        restored = subprocess.run(
            [sys.executable, "manage.py", "restore", str(result.path)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        restore_seconds = time.perf_counter() - started
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{restore_db}" WITH (FORCE)')
    admin.close()
    print(restored.stdout.strip())
    if restored.returncode != 0:
        print(restored.stderr[-2000:])
        sys.exit(1)
    print(f"restore (verified): {restore_seconds:.1f} s")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
