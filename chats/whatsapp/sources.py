"""What an employee uploads: an iOS .zip, a single .txt, or an Android folder/list of files."""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import errors
from .errors import WhatsAppParseError
from .parser import StrPath, looks_like_chat, parse_chat_file, structure_ok
from .results import ParsedChat

# Generous limits for a real export; the app's own safe unpacker enforces the strict ones.
MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 1 << 30
MAX_CHAT_BYTES = 100 << 20
MAX_RATIO = 1000  # plain text compresses up to a few hundred times; bombs far more
MAX_DIR_FILES = 10_000


def _is_zip(path: Path) -> bool:
    return path.suffix.lower() == ".zip" or (path.is_file() and zipfile.is_zipfile(path))


def _bad_member_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return (
        name.startswith(("/", "\\"))
        or (len(name) > 1 and name[1] == ":")
        or ".." in parts
        or any(ord(ch) < 32 for ch in name)
    )


def _check_archive(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise WhatsAppParseError(errors.BAD_ARCHIVE, code="bad_archive")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:  # encrypted: WhatsApp never encrypts exports
            raise WhatsAppParseError(errors.BAD_ARCHIVE, code="bad_archive")
        if _bad_member_name(info.orig_filename) or stat.S_ISLNK(info.external_attr >> 16):
            raise WhatsAppParseError(errors.BAD_ARCHIVE, code="bad_archive")
        total += info.file_size
        if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise WhatsAppParseError(errors.BAD_ARCHIVE, code="bad_archive")
    if total > MAX_TOTAL_BYTES:
        raise WhatsAppParseError(errors.BAD_ARCHIVE, code="bad_archive")
    return [i for i in infos if not i.is_dir()]


def _member_looks_like_chat(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Structure check on the first few kilobytes of a text member (never the whole member)."""
    try:
        with zf.open(info) as member:
            head = member.read(8192)
    except (zipfile.BadZipFile, RuntimeError, OSError, EOFError):
        return False
    encoding = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8"
    return structure_ok(head.decode(encoding, "replace").replace("\r\n", "\n"), strict=True)


def _chat_member(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> zipfile.ZipInfo:
    texts = [i for i in infos if i.filename.lower().endswith(".txt")]
    named = [i for i in texts if i.filename.rsplit("/", 1)[-1] == "_chat.txt"]
    if len(named) == 1:
        return named[0]
    # Several .txt members (a text document sent in the chat, or no "_chat.txt"): the one whose
    # first line is a chat header; prefer WhatsApp's own names when more than one is.
    candidates = [i for i in (named or texts) if _member_looks_like_chat(zf, i)]
    if not candidates:
        raise WhatsAppParseError(errors.NO_CHAT_IN_ARCHIVE, code="no_chat")
    candidates.sort(key=lambda i: (not i.filename.lower().startswith("whatsapp"), i.filename))
    return candidates[0]


@contextlib.contextmanager
def open_source(source: StrPath | Sequence[StrPath]) -> Iterator[tuple[Path, list[str]]]:
    """Yield (chat text file, names of the other files) for any upload shape; cleans up after."""
    if isinstance(source, (list, tuple)):
        yield _from_files([Path(p) for p in source])
        return
    path = Path(source)  # type: ignore[arg-type]
    if path.is_dir():
        files = []
        for entry in os.scandir(path):
            if entry.is_file(follow_symlinks=False):
                files.append(Path(entry.path))
                if len(files) > MAX_DIR_FILES:
                    raise WhatsAppParseError(errors.BAD_ARCHIVE, code="too_many_files")
        yield _from_files(files)
        return
    if _is_zip(path):
        with _from_zip(path) as found:
            yield found
        return
    yield path, []


def _from_files(files: list[Path]) -> tuple[Path, list[str]]:
    texts = [p for p in files if p.suffix.lower() == ".txt"]
    chats = [p for p in texts if looks_like_chat(p)]
    if not chats:
        if len(texts) == 1:
            return texts[0], [p.name for p in files if p != texts[0]]  # parse reports why
        raise WhatsAppParseError(errors.NOT_A_CHAT)
    if len(chats) > 1:
        raise WhatsAppParseError(errors.MANY_CHATS, code="many_chats")
    chat = chats[0]
    return chat, [p.name for p in files if p != chat]


@contextlib.contextmanager
def _from_zip(path: Path) -> Iterator[tuple[Path, list[str]]]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise WhatsAppParseError(errors.BAD_ARCHIVE, code="bad_archive") from exc
    with zf, tempfile.TemporaryDirectory(prefix="whatsapp-") as tmp:
        infos = _check_archive(zf)
        member = _chat_member(zf, infos)
        if member.file_size > MAX_CHAT_BYTES:
            raise WhatsAppParseError(errors.BAD_ARCHIVE, code="chat_too_large")
        target = Path(tmp) / "chat.txt"
        try:
            with zf.open(member) as src, open(target, "wb") as dst:
                copied = 0
                while block := src.read(1 << 20):
                    copied += len(block)
                    if copied > MAX_CHAT_BYTES:
                        raise WhatsAppParseError(errors.BAD_ARCHIVE, code="chat_too_large")
                    dst.write(block)
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError) as exc:
            raise WhatsAppParseError(errors.BAD_ARCHIVE, code="bad_archive") from exc
        others = [i.filename.rsplit("/", 1)[-1] for i in infos if i is not member]
        yield target, others


def parse(source: StrPath | Sequence[StrPath]) -> ParsedChat:
    """Parse an upload: a .zip, a .txt, a directory, or a list of paths (.txt plus media)."""
    with open_source(source) as (chat, media_names):
        return parse_chat_file(chat, media_names=media_names)
