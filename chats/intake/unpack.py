"""Streaming a checked ZIP's members to generated file names, counting what really comes out."""

import hashlib
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import intake_error
from .limits import DEFAULT_LIMITS, Limits
from .names import display_name
from .sniffing import sniff
from .ziparchive import DEFLATED, ZipMember, inspect_zip

_READ_CHUNK = 64 * 1024
_WRITE_CHUNK = 256 * 1024
_HEAD = 512
# Archive magic at the start of a member: never inflated, refused as a nested archive.
_ARCHIVE_MAGIC = (
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"PK\x07\x08",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\x1f\x8b",  # gzip
    b"\xfd7zXZ\x00",
    b"\x28\xb5\x2f\xfd",  # zstd
    b"MSCF",  # cabinet
)


@dataclass(frozen=True)
class ExtractedMember:
    """A member written to disk: its name in the archive, where it now is, and what it is."""

    name: str  # name inside the archive (checked; for display use display_name)
    path: Path  # generated file inside dest_dir
    size: int  # bytes actually produced
    sha256: str
    mime: str


def _is_archive(head: bytes) -> bool:
    bzip2 = head.startswith(b"BZh") and head[3:4].isdigit() and head[4:10] == b"1AY&SY"
    return head.startswith(_ARCHIVE_MAGIC) or bzip2 or head[257:262] == b"ustar"


def _stream_member(
    src: BinaryIO, member: ZipMember, out: BinaryIO | None, limits: Limits, budget: int
) -> tuple[int, str]:
    """Inflate one member into `out` (None: count only); return (size, sha256).

    Stops at the first byte beyond the declared size or the budget.
    """
    src.seek(member.data_offset)
    remaining = member.compressed_size
    inflater = zlib.decompressobj(-15) if member.method == DEFLATED else None
    digest = hashlib.sha256()
    crc = 0
    produced = 0
    head = b""

    def emit(data: bytes) -> None:
        nonlocal produced, crc, head
        if not data:
            return
        produced += len(data)
        if produced > budget:
            raise intake_error("zip_too_large", limits=limits, detail="unpacked total exceeded")
        if produced > member.size:
            # Declared sizes lie: a bomb that passed the directory checks.
            raise intake_error(
                "zip_too_large",
                limits=limits,
                detail=f"entry {member.index} grew",
                member=display_name(member.name),
            )
        if len(head) < _HEAD:
            head += data[: _HEAD - len(head)]
            if len(head) >= 8 and _is_archive(head):
                raise intake_error(
                    "zip_nested",
                    limits=limits,
                    detail=f"entry {member.index}",
                    member=display_name(member.name),
                )
        crc = zlib.crc32(data, crc)
        digest.update(data)
        if out is not None:
            out.write(data)

    try:
        while remaining:
            chunk = src.read(min(_READ_CHUNK, remaining))
            if not chunk:
                raise intake_error("zip_damaged", limits=limits, detail="data cut short")
            remaining -= len(chunk)
            if inflater is None:
                emit(chunk)
                continue
            # max_length bounds memory: a 64 KiB input chunk may expand a thousandfold.
            emit(inflater.decompress(chunk, _WRITE_CHUNK))
            while inflater.unconsumed_tail:
                emit(inflater.decompress(inflater.unconsumed_tail, _WRITE_CHUNK))
            if inflater.eof:
                break
        if inflater is not None:
            while not inflater.eof:
                data = inflater.decompress(b"", _WRITE_CHUNK)
                if not data:
                    break
                emit(data)
            if not inflater.eof:
                raise intake_error("zip_damaged", limits=limits, detail="deflate stream cut short")
    except zlib.error:
        raise intake_error("zip_damaged", limits=limits, detail="bad deflate data") from None
    if len(head) < 8 and _is_archive(head):
        raise intake_error(
            "zip_nested",
            limits=limits,
            detail=f"entry {member.index}",
            member=display_name(member.name),
        )
    if produced != member.size or (crc & 0xFFFFFFFF) != member.crc:
        raise intake_error(
            "zip_damaged",
            limits=limits,
            detail=f"entry {member.index} mismatch",
            member=display_name(member.name),
        )
    return produced, digest.hexdigest()


def verify_zip(path: str | os.PathLike, *, limits: Limits = DEFAULT_LIMITS) -> list[ZipMember]:
    """inspect_zip, then inflate every member without writing it: sizes, CRCs, nested archives.

    Lets the upload form refuse what extract_zip would refuse, before anything is stored.
    Memory stays bounded (one chunk at a time); time grows with the unpacked size.
    """
    members = inspect_zip(path, limits=limits)
    budget = limits.max_unpacked_total
    with open(path, "rb") as src:
        for member in members:
            if not member.is_dir:
                size, _ = _stream_member(src, member, None, limits, budget)
                budget -= size
    return members


def extract_zip(
    path: str | os.PathLike, dest_dir: str | os.PathLike, *, limits: Limits = DEFAULT_LIMITS
) -> list[ExtractedMember]:
    """Check a ZIP (inspect_zip), then stream each file member to `dest_dir/member-NNNNN`.

    Never uses member names in paths, counts the bytes actually produced and stops at the
    declared size or the unpacked limit, refuses nested archives by their magic bytes. On any
    error the files written so far are removed and the IntakeError (or OSError) propagates.
    Directory entries are skipped. `dest_dir` must exist; generated names never clash.
    """
    members = inspect_zip(path, limits=limits)
    dest = Path(dest_dir)
    written: list[Path] = []
    extracted: list[ExtractedMember] = []
    budget = limits.max_unpacked_total
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        with open(path, "rb") as src:
            for member in members:
                if member.is_dir:
                    continue
                target = dest / f"member-{member.index:05d}"
                fd = os.open(target, flags, 0o600)
                written.append(target)
                with os.fdopen(fd, "wb") as out:
                    size, sha256 = _stream_member(src, member, out, limits, budget)
                budget -= size
                extracted.append(
                    ExtractedMember(
                        name=member.name,
                        path=target,
                        size=size,
                        sha256=sha256,
                        mime=sniff(target).mime,
                    )
                )
    except BaseException:
        for target in written:
            target.unlink(missing_ok=True)
        raise
    return extracted


def read_member_head(
    path: str | os.PathLike, member: ZipMember, size: int, *, limits: Limits = DEFAULT_LIMITS
) -> bytes:
    """Up to `size` bytes from the start of a member (of a ZIP inspect_zip accepted).

    Inflates no more than it returns: enough to recognise a chat without unpacking it.
    """
    out = bytearray()
    remaining = member.compressed_size
    inflater = zlib.decompressobj(-15) if member.method == DEFLATED else None
    with open(path, "rb") as src:
        src.seek(member.data_offset)
        try:
            while remaining and len(out) < size:
                chunk = src.read(min(_READ_CHUNK, remaining))
                if not chunk:
                    raise intake_error("zip_damaged", limits=limits, detail="data cut short")
                remaining -= len(chunk)
                if inflater is None:
                    out += chunk
                    continue
                # Output below the cap means the whole chunk was consumed: no tail is lost.
                out += inflater.decompress(chunk, size - len(out))
                if inflater.eof:
                    break
        except zlib.error:
            raise intake_error("zip_damaged", limits=limits, detail="bad deflate data") from None
    return bytes(out[:size])
