"""The backup file: one tar stream, optionally encrypted with age (a well-kept tool, not our own).

Written and read as streams, so a backup of any size passes through bounded memory. With a
recipient (`ARCHIEF_BACKUP_AGE_RECIPIENT`, an age public key) the tar goes through `age -r`; a
restore decrypts with the identity file `ARCHIEF_BACKUP_AGE_IDENTITY_FILE`.
"""

import hashlib
import io
import os
import subprocess
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK_SIZE = 1024 * 1024
ENCRYPTED_SUFFIX = ".age"
# A backup holds every original the archive still keeps: readable by the application's own
# account alone, whatever the umask or the mode of an existing backup directory.
BACKUP_FILE_MODE = 0o600


class ArchiveError(RuntimeError):
    """The backup file cannot be written or read; `message` is Dutch."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Added:
    size: int
    sha256: str


class _HashingReader(io.RawIOBase):
    """Reads through a file while counting and hashing what passes."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(len(buffer))
        self.digest.update(data)
        self.size += len(data)
        buffer[: len(data)] = data
        return len(data)


class BackupWriter:
    """Adds members to an open tar stream, each hashed on the way."""

    def __init__(self, tar: tarfile.TarFile):
        self.tar = tar

    def add_stream(self, name: str, fh: BinaryIO, size: int) -> Added:
        info = tarfile.TarInfo(name)
        info.size = size
        info.mode = 0o600
        reader = _HashingReader(fh)
        self.tar.addfile(info, io.BufferedReader(reader, CHUNK_SIZE))
        if reader.size != size:
            raise ArchiveError(f"Het bestand {name} veranderde terwijl het werd gekopieerd.")
        return Added(reader.size, reader.digest.hexdigest())

    @staticmethod
    def copy_hashed(source: BinaryIO, out: BinaryIO) -> tuple[int, str]:
        """Copy `source` to `out` in chunks; returns the size and SHA-256 of what was copied."""
        digest = hashlib.sha256()
        size = 0
        while chunk := source.read(CHUNK_SIZE):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
        return size, digest.hexdigest()

    def add_file(self, name: str, path: Path) -> Added:
        with path.open("rb") as fh:
            return self.add_stream(name, fh, path.stat().st_size)

    def add_bytes(self, name: str, data: bytes) -> Added:
        return self.add_stream(name, io.BytesIO(data), len(data))


def _private_file(path: Path) -> BinaryIO:
    """A new file at `path` for writing, with BACKUP_FILE_MODE from its creation on."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, BACKUP_FILE_MODE)
    os.fchmod(fd, BACKUP_FILE_MODE)  # a partial file left by a crash kept its old mode
    return os.fdopen(fd, "wb")


@contextmanager
def open_for_writing(path: Path, *, recipient: str = "") -> Iterator[BackupWriter]:
    """A writer for a new backup at `path`; encrypted to `recipient` when one is given."""
    partial = path.with_name(path.name + ".partial")
    target = _private_file(partial)
    if recipient:
        # age writes into the file opened here (its own --output would take the umask's mode).
        with target:
            process = subprocess.Popen(
                ["age", "--encrypt", "--recipient", recipient],
                stdin=subprocess.PIPE,
                stdout=target,
                stderr=subprocess.PIPE,
            )
        sink = process.stdin
    else:
        process = None
        sink = target
    try:
        with tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            yield BackupWriter(tar)
        sink.close()
        if process is not None and process.wait() != 0:
            raise ArchiveError(
                "Versleutelen met age is mislukt: "
                + process.stderr.read().decode("utf-8", "replace")[-300:]
            )
        partial.rename(path)  # only a complete backup gets its real name
    except BaseException:
        if not sink.closed:
            sink.close()
        if process is not None:
            process.kill()
            process.wait()
        partial.unlink(missing_ok=True)
        raise


@contextmanager
def open_for_reading(path: Path, *, identity_file: str = "") -> Iterator[tarfile.TarFile]:
    """The backup's tar stream; decrypted with `identity_file` when it is an .age file."""
    if path.name.endswith(ENCRYPTED_SUFFIX):
        if not identity_file:
            raise ArchiveError(
                "Deze reservekopie is versleuteld; zet ARCHIEF_BACKUP_AGE_IDENTITY_FILE op het "
                "bestand met de sleutel."
            )
        process = subprocess.Popen(
            ["age", "--decrypt", "--identity", identity_file, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        source = process.stdout
    else:
        process = None
        source = path.open("rb")
    try:
        with tarfile.open(fileobj=source, mode="r|") as tar:
            yield tar
        if process is not None:
            source.read()  # let age finish and authenticate the whole file
            if process.wait() != 0:
                raise ArchiveError(
                    "Ontsleutelen met age is mislukt: "
                    + process.stderr.read().decode("utf-8", "replace")[-300:]
                )
    except tarfile.TarError:
        raise ArchiveError("De reservekopie is beschadigd of is geen reservekopie.") from None
    finally:
        source.close()
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()
