"""Reading and judging a ZIP archive from its own directory, before anything is inflated.

Deliberately not `zipfile.ZipFile`: that builds a ZipInfo per entry before any limit can be
checked (66,000 entries cost ~1 s and ~40 MiB), and Python 3.11.7 lacks the overlapping-entry
check of CVE-2024-0450. Here the end-of-central-directory record gives the entry count first;
then every entry's local header and data span are located and checked against each other.
"""

import os
import stat
import struct
from dataclasses import dataclass
from typing import BinaryIO

from .errors import IntakeError, intake_error
from .limits import DEFAULT_LIMITS, Limits
from .names import display_name, member_name_problem, name_key

_EOCD = struct.Struct("<4s4H2LH")  # end of central directory, 22 bytes
_ZIP64_LOCATOR = struct.Struct("<4sLQL")  # 20 bytes
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")  # 56 bytes
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # central directory file header, 46 bytes
_LOCAL = struct.Struct("<4s2B4HL2L2H")  # local file header, 30 bytes

_EOCD_SIG = b"PK\x05\x06"
_ZIP64_LOCATOR_SIG = b"PK\x06\x07"
_ZIP64_EOCD_SIG = b"PK\x06\x06"
_CENTRAL_SIG = b"PK\x01\x02"
_LOCAL_SIG = b"PK\x03\x04"
_DESCRIPTOR_SIG = b"PK\x07\x08"
_MAX_COMMENT = 0xFFFF

STORED = 0
DEFLATED = 8
_FLAG_ENCRYPTED = 0x1
_FLAG_DESCRIPTOR = 0x8
_FLAG_STRONG_ENCRYPTION = 0x40
_FLAG_UTF8 = 0x800
_FLAG_MASKED_DIRECTORY = 0x2000  # central directory encryption
_DOS_REPARSE_POINT = 0x400  # Windows symlinks and junctions in the low (MS-DOS) attribute byte
_METHOD_AES = 99

# Archive formats by name; content is checked again while extracting (magic bytes).
NESTED_ARCHIVE_EXTENSIONS = frozenset(
    {"zip", "7z", "rar", "gz", "tgz", "tar", "bz2", "tbz", "tbz2", "xz", "txz", "zst", "lz"}
    | {"lzma", "z", "cab", "iso", "arj", "lzh", "jar", "apk", "zipx"}
)


@dataclass(frozen=True)
class ZipMember:
    """One archive entry as its directory describes it, with the checked data location."""

    index: int  # position in the central directory
    name: str
    size: int  # declared uncompressed size
    compressed_size: int
    crc: int
    method: int
    flag_bits: int
    header_offset: int
    data_offset: int  # first byte of the compressed data
    is_dir: bool


@dataclass(frozen=True)
class _Directory:
    entries: int
    cd_offset: int
    cd_size: int


def _damaged(limits: Limits, detail: str) -> IntakeError:
    return intake_error("zip_damaged", limits=limits, detail=detail)


def _read_exact(fh: BinaryIO, offset: int, size: int, limits: Limits, what: str) -> bytes:
    fh.seek(offset)
    data = fh.read(size)
    if len(data) != size:
        raise _damaged(limits, f"truncated {what}")
    return data


def _locate_directory(fh: BinaryIO, file_size: int, limits: Limits) -> _Directory:
    """Find the (Zip64) end record and return the entry count and the directory position."""
    if file_size < _EOCD.size:
        raise _damaged(limits, "too short for a zip")
    tail_size = min(file_size, _EOCD.size + _MAX_COMMENT)
    tail = _read_exact(fh, file_size - tail_size, tail_size, limits, "end record")
    pos = tail.rfind(_EOCD_SIG)
    record = None
    while pos >= 0:
        if pos + _EOCD.size <= len(tail):
            fields = _EOCD.unpack_from(tail, pos)
            # The comment must end exactly at the end of the file: no trailing data.
            if pos + _EOCD.size + fields[7] == len(tail):
                record = fields
                break
        pos = tail.rfind(_EOCD_SIG, 0, pos)
    if record is None:
        raise _damaged(limits, "no end of central directory")
    eocd_offset = file_size - tail_size + pos
    _, disk, cd_disk, disk_entries, entries, cd_size, cd_offset, _ = record
    directory_end = eocd_offset

    locator_offset = eocd_offset - _ZIP64_LOCATOR.size
    if locator_offset >= 0:
        locator = _read_exact(fh, locator_offset, _ZIP64_LOCATOR.size, limits, "zip64 locator")
        if locator[:4] == _ZIP64_LOCATOR_SIG:
            _, _, zip64_offset, total_disks = _ZIP64_LOCATOR.unpack(locator)
            if total_disks > 1 or zip64_offset + _ZIP64_EOCD.size > locator_offset:
                raise intake_error("zip_unsupported", limits=limits, detail="zip64 multi-disk")
            raw = _read_exact(fh, zip64_offset, _ZIP64_EOCD.size, limits, "zip64 end record")
            fields64 = _ZIP64_EOCD.unpack(raw)
            if fields64[0] != _ZIP64_EOCD_SIG:
                raise _damaged(limits, "bad zip64 end record")
            _, _, _, _, disk, cd_disk, disk_entries, entries, cd_size, cd_offset = fields64
            directory_end = zip64_offset
    overflowed = 0xFFFF in (entries, disk_entries) or 0xFFFFFFFF in (cd_size, cd_offset)
    if overflowed and directory_end == eocd_offset:
        raise _damaged(limits, "zip64 values without zip64 record")
    if disk != 0 or cd_disk != 0 or disk_entries != entries:
        raise intake_error("zip_unsupported", limits=limits, detail="multi-disk archive")
    if cd_offset + cd_size > directory_end:
        raise _damaged(limits, "central directory beyond its end record")
    if cd_offset + cd_size < directory_end:
        # Offsets that do not add up mean bytes were put in front of (or inside) the archive:
        # a self-extractor stub or a polyglot.
        raise intake_error("zip_prefix_data", limits=limits, detail="gap before end record")
    return _Directory(entries=entries, cd_offset=cd_offset, cd_size=cd_size)


def _zip64_extra(
    extra: bytes, size: int, csize: int, offset: int, limits: Limits
) -> tuple[int, int, int]:
    """Apply a Zip64 extended-information field to the 32-bit values that overflowed."""
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4 : pos + 4 + length]
        if len(body) != length:
            raise _damaged(limits, "truncated extra field")
        if tag == 0x0001:
            values = list(struct.unpack_from(f"<{length // 8}Q", body)) if length >= 8 else []
            if size == 0xFFFFFFFF:
                if not values:
                    raise _damaged(limits, "zip64 size missing")
                size = values.pop(0)
            if csize == 0xFFFFFFFF:
                if not values:
                    raise _damaged(limits, "zip64 compressed size missing")
                csize = values.pop(0)
            if offset == 0xFFFFFFFF:
                if not values:
                    raise _damaged(limits, "zip64 offset missing")
                offset = values.pop(0)
        pos += 4 + length
    return size, csize, offset


@dataclass(frozen=True)
class _Entry:
    index: int
    raw_name: bytes
    name: str
    flag_bits: int
    method: int
    crc: int
    csize: int
    size: int
    offset: int
    mode: int
    dos_attr: int
    is_dir: bool


def _read_entries(fh: BinaryIO, directory: _Directory, limits: Limits) -> list[_Entry]:
    if directory.cd_size > limits.max_central_directory:
        raise intake_error("zip_too_many_members", limits=limits, detail="huge directory")
    if directory.cd_size < directory.entries * _CENTRAL.size:
        raise _damaged(limits, "directory smaller than its entries")
    data = _read_exact(fh, directory.cd_offset, directory.cd_size, limits, "central directory")
    entries: list[_Entry] = []
    pos = 0
    for index in range(directory.entries):
        if pos + _CENTRAL.size > len(data):
            raise _damaged(limits, "truncated central directory")
        (sig, _, _, _, _, flags, method, _, _, crc, csize, size, name_len, extra_len,
         comment_len, disk, _, external_attr, offset) = _CENTRAL.unpack_from(data, pos)  # fmt: skip
        if sig != _CENTRAL_SIG:
            raise _damaged(limits, "bad central directory signature")
        pos += _CENTRAL.size
        raw_name = data[pos : pos + name_len]
        extra = data[pos + name_len : pos + name_len + extra_len]
        pos += name_len + extra_len + comment_len
        if pos > len(data):
            raise _damaged(limits, "central directory entry overruns")
        if disk not in (0, 0xFFFF):
            raise intake_error("zip_unsupported", limits=limits, detail="entry on another disk")
        size, csize, offset = _zip64_extra(extra, size, csize, offset, limits)
        if flags & _FLAG_UTF8:
            try:
                name = raw_name.decode("utf-8")
            except UnicodeDecodeError:
                raise intake_error("zip_bad_names", limits=limits, detail="bad utf-8") from None
        else:
            name = raw_name.decode("cp437")  # the ZIP default, as CPython does
        mode = external_attr >> 16
        dos_attr = external_attr & 0xFFFF
        is_dir = name.endswith("/") or stat.S_ISDIR(mode)
        entries.append(
            _Entry(
                index,
                raw_name,
                name,
                flags,
                method,
                crc,
                csize,
                size,
                offset,
                mode,
                dos_attr,
                is_dir,
            )
        )
    if pos != len(data):
        raise _damaged(limits, "central directory size does not match its entries")
    return entries


def _check_entries(entries: list[_Entry], limits: Limits) -> None:
    """Directory-level rules, most specific refusal first."""
    encrypted_flags = _FLAG_ENCRYPTED | _FLAG_STRONG_ENCRYPTION | _FLAG_MASKED_DIRECTORY
    for e in entries:
        if e.flag_bits & encrypted_flags or e.method == _METHOD_AES:
            raise intake_error(
                "zip_encrypted",
                limits=limits,
                detail=f"entry {e.index}",
                member=display_name(e.name),
            )
    for e in entries:
        if stat.S_ISLNK(e.mode) or e.dos_attr & _DOS_REPARSE_POINT:
            raise intake_error(
                "zip_symlink", limits=limits, detail=f"entry {e.index}", member=display_name(e.name)
            )
        if e.mode and stat.S_IFMT(e.mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise intake_error(
                "zip_special_file",
                limits=limits,
                detail=f"entry {e.index}",
                member=display_name(e.name),
            )
    seen: set[str] = set()
    files: set[str] = set()
    for e in entries:
        problem = member_name_problem(
            e.raw_name, e.name, max_depth=limits.max_name_depth, max_length=limits.max_name_length
        )
        key = name_key(e.name)
        if problem is None and key in seen:
            problem = "duplicate name"
        if problem:
            raise intake_error(
                "zip_bad_names",
                limits=limits,
                detail=f"entry {e.index}: {problem}",
                member=display_name(e.name),
            )
        seen.add(key)
        if not e.is_dir:
            files.add(key)
    for key in seen:
        # A file used as a directory ("a" and "a/b") would clash when unpacked by any tool.
        parts = key.split("/")
        if any("/".join(parts[:i]) in files for i in range(1, len(parts))):
            raise intake_error("zip_bad_names", limits=limits, detail="file used as directory")
    for e in entries:
        if e.method not in (STORED, DEFLATED):
            raise intake_error("zip_unsupported", limits=limits, detail=f"method {e.method}")
        base = e.name.rsplit("/", 1)[-1]
        if (
            not e.is_dir
            and "." in base
            and base.rpartition(".")[2].lower() in NESTED_ARCHIVE_EXTENSIONS
        ):
            raise intake_error(
                "zip_nested", limits=limits, detail=f"entry {e.index}", member=display_name(e.name)
            )
    total = 0
    for e in entries:
        if e.is_dir and e.size:
            raise _damaged(limits, "directory with content")
        if e.method == STORED and e.csize != e.size:
            raise _damaged(limits, "stored entry with differing sizes")
        total += e.size
    # The total first: an archive above the limit gets the size message, which is then true.
    if total > limits.max_unpacked_total:
        raise intake_error("zip_too_large", limits=limits, detail=f"{total} bytes declared")
    for e in entries:
        if e.size > limits.ratio_min_size and e.size > e.csize * limits.max_member_ratio:
            # Chat text within the chat limit may compress extremely well (one message of a
            # repeated character); the chat limit and the byte count while unpacking bound it.
            # Media never compress like that: for them a high ratio means a bomb.
            is_chat_text = e.name.lower().endswith(".txt") and e.size <= limits.max_chat_text
            if not is_chat_text:
                raise intake_error("zip_ratio", limits=limits, detail=f"ratio of entry {e.index}")
    for e in entries:
        if e.name.lower().endswith(".txt") and e.size > limits.max_chat_text:
            raise intake_error(
                "chat_too_large",
                limits=limits,
                detail=f"entry {e.index}",
                member=display_name(e.name),
            )


def _locate_data(
    fh: BinaryIO, entries: list[_Entry], directory: _Directory, limits: Limits
) -> dict[int, int]:
    """Check every local header and that no two entries' bytes overlap; return data offsets.

    An entry spans its local header, name, extra field, compressed data and data descriptor.
    Spans must start at 0 (no stub), never overlap (the 'quoted overlap' zip bomb) and end
    before the central directory.
    """
    data_offsets: dict[int, int] = {}
    ordered = sorted(entries, key=lambda entry: entry.offset)
    if ordered[0].offset != 0:
        raise intake_error("zip_prefix_data", limits=limits, detail="data before first entry")
    expected_start = 0
    for e in ordered:
        if e.offset < expected_start:
            raise intake_error(
                "zip_overlap",
                limits=limits,
                detail=f"entry {e.index} overlaps",
                member=display_name(e.name),
            )
        header = _read_exact(fh, e.offset, _LOCAL.size, limits, "local header")
        (sig, _, _, flags, method, _, _, _, _, _, name_len, extra_len) = _LOCAL.unpack(header)
        if sig != _LOCAL_SIG:
            raise _damaged(limits, f"bad local header of entry {e.index}")
        local_name = _read_exact(fh, e.offset + _LOCAL.size, name_len, limits, "local name")
        if local_name != e.raw_name or method != e.method:
            # Different names in local and central headers confuse tools: refuse, never guess.
            raise _damaged(limits, f"local header of entry {e.index} disagrees")
        if (flags ^ e.flag_bits) & (_FLAG_ENCRYPTED | _FLAG_STRONG_ENCRYPTION):
            raise intake_error(
                "zip_encrypted",
                limits=limits,
                detail=f"entry {e.index}",
                member=display_name(e.name),
            )
        data_offset = e.offset + _LOCAL.size + name_len + extra_len
        end = data_offset + e.csize
        if flags & _FLAG_DESCRIPTOR:
            descriptor = 16 if e.csize >= 0xFFFFFFFF or e.size >= 0xFFFFFFFF else 12
            fh.seek(end)
            if fh.read(4) == _DESCRIPTOR_SIG:
                descriptor += 4
            end += descriptor
        if end > directory.cd_offset:
            raise intake_error(
                "zip_overlap",
                limits=limits,
                detail=f"entry {e.index} overruns",
                member=display_name(e.name),
            )
        data_offsets[e.index] = data_offset
        expected_start = end
    return data_offsets


def inspect_zip(path: str | os.PathLike, *, limits: Limits = DEFAULT_LIMITS) -> list[ZipMember]:
    """Judge a ZIP from its directory without inflating anything; raise IntakeError if unsafe.

    Checks, in order: end record (truncated or stub-prefixed archives), member count (from the
    (Zip64) end record, before the directory is read), encryption, symlinks and special files,
    names, compression method, nested archives by name, declared sizes and ratios, chat-text
    size, then local headers and overlapping entries.
    """
    file_size = os.path.getsize(path)
    with open(path, "rb") as fh:
        directory = _locate_directory(fh, file_size, limits)
        if directory.entries > limits.max_members:
            raise intake_error(
                "zip_too_many_members", limits=limits, detail=f"{directory.entries} entries"
            )
        if directory.entries == 0:
            raise intake_error("zip_empty", limits=limits)
        entries = _read_entries(fh, directory, limits)
        _check_entries(entries, limits)
        data_offsets = _locate_data(fh, entries, directory, limits)
    return [
        ZipMember(
            index=e.index,
            name=e.name,
            size=e.size,
            compressed_size=e.csize,
            crc=e.crc,
            method=e.method,
            flag_bits=e.flag_bits,
            header_offset=e.offset,
            data_offset=data_offsets[e.index],
            is_dir=e.is_dir,
        )
        for e in entries
    ]
