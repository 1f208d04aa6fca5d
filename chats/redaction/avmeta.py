"""Metadata removed from audio and video without re-encoding them.

MP4/M4V: the boxes that hold metadata (`udta`: location ©xyz, names, camera; `meta`: iTunes and
QuickTime keys such as com.apple.quicktime.location; top-level `uuid` boxes: XMP), padding
(`free`, `skip`, `wide`: editors leave old metadata there) and every top-level box that is not
the file's structure or its media (a QuickTime `PICT` preview, Microsoft's `Xtra`, anything
unknown) are turned into `free` boxes of the same size with zeroed contents. The file keeps its
layout, so the sample offsets stay valid and the video plays as before. Ogg (Opus, Vorbis voice notes): the
comment header is emptied with mutagen (the codec's vendor string stays); mutagen reads the
first logical stream only, so a file with a second stream (with tags of its own) or with bytes
outside its pages (an appended tag) is refused.

Works on a copy in place: the file is never read whole into memory.
"""

from __future__ import annotations

import os
import shutil
import struct

import mutagen

MESSAGE_NOT_STRIPPED = (
    "De gegevens in het bestand (zoals een locatie) konden niet worden verwijderd."
)

# Boxes that are containers, to walk into, and boxes whose content is metadata, to blank.
_CONTAINERS = frozenset({b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts", b"dinf"})
_METADATA = frozenset({b"udta", b"meta", b"uuid", b"XMP_", b"ilst"})
_PADDING = frozenset({b"free", b"skip", b"wide"})
# Top-level boxes kept as they are (containers among them are walked): all else is blanked.
_TOP_LEVEL_KEPT = frozenset({b"ftyp", b"styp", b"moov", b"mdat", b"moof", b"mfra", b"sidx"})
_CHUNK = 1024 * 1024


class MetadataNotStripped(Exception):
    """The file's metadata could not be removed; `message` is Dutch."""

    def __init__(self, message: str = MESSAGE_NOT_STRIPPED) -> None:
        super().__init__(message)
        self.message = message


def _boxes(fh, start: int, end: int):
    """(offset, header length, size, type) of the boxes between start and end."""
    offset = start
    while offset + 8 <= end:
        fh.seek(offset)
        header = fh.read(8)
        if len(header) < 8:
            return
        size, kind = struct.unpack(">I4s", header)
        header_len = 8
        if size == 1:
            large = fh.read(8)
            if len(large) < 8:
                raise MetadataNotStripped()
            size = struct.unpack(">Q", large)[0]
            header_len = 16
        elif size == 0:
            size = end - offset
        if size < header_len or offset + size > end:
            raise MetadataNotStripped()
        yield offset, header_len, size, kind
        offset += size


def _blank(fh, offset: int, header_len: int, size: int) -> None:
    fh.seek(offset + 4)  # the type follows the 32-bit size in either header form
    fh.write(b"free")
    fh.seek(offset + header_len)
    remaining = size - header_len
    zeros = b"\x00" * _CHUNK
    while remaining > 0:
        step = min(remaining, _CHUNK)
        fh.write(zeros[:step])
        remaining -= step


def _strip_boxes(fh, start: int, end: int, *, top: bool) -> int:
    blanked = 0
    for offset, header_len, size, kind in list(_boxes(fh, start, end)):
        if kind in _METADATA or kind in _PADDING or (top and kind not in _TOP_LEVEL_KEPT):
            _blank(fh, offset, header_len, size)
            blanked += 1
        elif kind in _CONTAINERS:
            blanked += _strip_boxes(fh, offset + header_len, offset + size, top=False)
    return blanked


def strip_mp4(path: str | os.PathLike) -> int:
    """Blank the metadata boxes of the MP4 at `path` in place; returns how many."""
    size = os.path.getsize(path)
    try:
        with open(path, "r+b") as fh:
            return _strip_boxes(fh, 0, size, top=True)
    except (OSError, struct.error):
        raise MetadataNotStripped() from None


def strip_ogg(path: str | os.PathLike) -> None:
    """Empty the comment header of the Ogg file at `path` in place."""
    try:
        audio = mutagen.File(path)
        if audio is None:
            raise MetadataNotStripped()
        if audio.tags is not None and len(audio.tags):
            audio.tags.clear()
            audio.save()
    except MetadataNotStripped:
        raise
    except Exception:  # mutagen raises many kinds for a broken file
        raise MetadataNotStripped() from None


_OGG_PAGE_HEADER = struct.Struct("<4sBBqIIIB")


def _check_single_ogg_stream(path: str | os.PathLike) -> None:
    """Every byte of the file is in an Ogg page of one logical stream; else MetadataNotStripped."""
    serials: set[int] = set()
    with open(path, "rb") as fh:
        while header := fh.read(_OGG_PAGE_HEADER.size):
            if len(header) < _OGG_PAGE_HEADER.size:
                raise MetadataNotStripped()
            capture, _, _, _, serial, _, _, count = _OGG_PAGE_HEADER.unpack(header)
            lacing = fh.read(count)
            if capture != b"OggS" or len(lacing) < count:
                raise MetadataNotStripped()
            serials.add(serial)
            body = sum(lacing)
            fh.seek(body, os.SEEK_CUR)
            if fh.tell() > os.fstat(fh.fileno()).st_size:
                raise MetadataNotStripped()
    if len(serials) != 1:
        raise MetadataNotStripped()


def strip_av_in_place(path: str | os.PathLike, *, kind: str) -> None:
    """Remove the metadata of the file at `path` in place; `kind` is the intake kind ("ogg",
    "mp4")."""
    if kind == "mp4":
        strip_mp4(path)
    elif kind == "ogg":
        strip_ogg(path)
        _check_single_ogg_stream(path)
    else:
        raise MetadataNotStripped()


def strip_av_metadata(src: str | os.PathLike, dst: str | os.PathLike, *, kind: str) -> None:
    """Copy `src` to `dst` without its metadata; `kind` is the intake kind ("ogg", "mp4")."""
    shutil.copyfile(src, dst)
    strip_av_in_place(dst, kind=kind)
