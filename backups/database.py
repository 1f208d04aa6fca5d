"""Database dumps in the database's own format: pg_dump/pg_restore, or SQLite's backup API.

PostgreSQL is dumped with `pg_dump --format=custom` inside an exported snapshot, so the dump and
the list of media files the backup copies come from the same moment (see services.backup_create).
SQLite (the embedded default of `make run`) is copied statement by statement (iterdump).
"""

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.db import connection, transaction


class DatabaseError(RuntimeError):
    """A dump or restore failed; `message` is Dutch, the tool's own output is logged by id only."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _pg_env() -> dict[str, str]:
    """libpq variables for pg_dump/pg_restore from the Django connection settings."""
    db = connection.settings_dict
    env = dict(os.environ)
    for var, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ):
        if db.get(key):
            env[var] = str(db[key])
    return env


@contextmanager
def consistent_snapshot() -> Iterator[str | None]:
    """A read-only view of one moment: yields PostgreSQL's exported snapshot id (None on SQLite).

    Every ORM read inside the block sees that moment, and pg_dump can be given the same id.
    """
    if connection.vendor == "postgresql" and connection.in_atomic_block:
        # pg_dump runs in its own session: it can only share a snapshot that this session
        # exports at the start of its own transaction, and it never sees uncommitted rows.
        raise DatabaseError(
            "Een reservekopie kan niet binnen een lopende transactie worden gemaakt."
        )
    with transaction.atomic():
        if connection.vendor != "postgresql":
            yield None
            return
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            yield cursor.fetchone()[0]


def dump(target: Path, *, snapshot: str | None) -> None:
    """Write the whole database to `target` in its own format."""
    if connection.vendor == "postgresql":
        command = ["pg_dump", "--format=custom", "--no-owner", "--file", str(target)]
        if snapshot:
            command += ["--snapshot", snapshot]
        result = subprocess.run(command, env=_pg_env(), capture_output=True, check=False)
        if result.returncode != 0:
            raise DatabaseError(
                "De database kon niet worden gekopieerd (pg_dump): "
                + result.stderr.decode("utf-8", "replace")[-500:]
            )
    elif connection.vendor == "sqlite":
        # iterdump reads through this connection, so it sees the snapshot's transaction; the
        # online backup API would wait for that transaction to end.
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        try:
            copy.execute("BEGIN")
            for statement in connection.connection.iterdump():
                if statement in ("BEGIN TRANSACTION;", "COMMIT;"):
                    continue
                copy.execute(statement)
            copy.commit()
        finally:
            copy.close()
    else:  # pragma: no cover - the settings allow only these two
        raise DatabaseError(f"Reservekopieën van {connection.vendor} worden niet ondersteund.")


def is_empty() -> bool:
    """Whether the connected database has no tables at all (a restore only goes there)."""
    return not connection.introspection.table_names()


def restore(source: Path, *, vendor: str) -> None:
    """Load a dump into the connected, empty database."""
    if vendor != connection.vendor:
        raise DatabaseError(
            f"Deze reservekopie komt uit {vendor} en kan niet in {connection.vendor} worden "
            "teruggezet."
        )
    if vendor == "postgresql":
        result = subprocess.run(
            [
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--dbname",
                connection.settings_dict["NAME"],
                str(source),
            ],
            env=_pg_env(),
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            raise DatabaseError(
                "De database kon niet worden teruggezet (pg_restore): "
                + result.stderr.decode("utf-8", "replace")[-500:]
            )
        # pg_restore loads no planner statistics: until autovacuum gets to the tables, the
        # search plans as if they were empty (a median of 118 instead of 68 ms at 1M messages).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    else:
        name = connection.settings_dict["NAME"]
        connection.close()
        shutil.copyfile(source, name)
