"""Bring a submission's originals into the workspace and unpack archives safely.

Originals are read through Django's storage API (the worker may run on another machine than the
web process), copied into the attempt's private workspace with their SHA-256 checked, and ZIP
exports are unpacked by the intake core (`extract_zip`: directory checks before inflating, bytes
counted while streaming, generated names). Every file that comes out is checked by content again.
"""

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.core.files.storage import default_storage

from chats.constants import FileRole
from chats.intake import (
    IntakeError,
    Sniffed,
    check_upload_file,
    display_name,
    extract_zip,
    is_platform_junk,
    sniff,
)
from chats.intake_config import intake_limits
from chats.models import StoredFile, Submission
from chats.whatsapp import looks_like_chat

from .errors import ORIGINAL_MISSING, PermanentFailure, TransientFailure

logger = logging.getLogger(__name__)

_CHUNK = 1024 * 1024
# Refusals of a single member that make the whole export unusable rather than one attachment.
_FATAL_MEMBER_CODES = frozenset({"chat_too_large"})


@dataclass(frozen=True)
class InputFile:
    """One file to process: where it is in the workspace and what it is by content."""

    path: Path
    name: str  # base name as the export or the employee's device gave it (for linking media)
    display: str  # safe to show (control and bidi characters escaped)
    kind: str | None  # allowlist kind by content ("text", "jpeg", ...); None when refused
    mime: str
    size: int
    original_id: int  # the stored original it is, or came out of
    member_name: str = ""  # name inside the ZIP, "" for a loose original
    active_content: bool = False


@dataclass(frozen=True)
class SkippedMember:
    """A member of an export that is not kept, with the Dutch reason for Informatiebeheer."""

    display: str
    code: str
    message: str


@dataclass(frozen=True)
class Inputs:
    files: tuple[InputFile, ...]
    skipped: tuple[SkippedMember, ...]
    originals: tuple[InputFile, ...]  # the uploaded files themselves (also the ZIPs), for scanning


def _copy_original(stored: StoredFile, target: Path) -> None:
    """Stream a stored original to `target`, checking its size and SHA-256."""
    name = stored.file.name
    try:
        if not name or not default_storage.exists(name):
            raise PermanentFailure(ORIGINAL_MISSING, code="original_missing")
        digest = hashlib.sha256()
        size = 0
        with default_storage.open(name, "rb") as src, open(target, "xb") as out:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
    except PermanentFailure:
        raise
    except OSError as exc:
        raise TransientFailure(f"storage read failed: {type(exc).__name__}") from None
    if size != stored.size or digest.hexdigest() != stored.sha256:
        logger.error("stored original %s does not match its checksum", stored.pk)
        raise PermanentFailure(ORIGINAL_MISSING, code="original_changed")


def chat_text_despite_magic(exc: IntakeError, path: Path, name: str) -> bool:
    """True for a .txt that libmagic calls markup but that parses as a WhatsApp chat.

    libmagic says text/html for a short chat in which someone pasted "<script>" or "<html>".
    The chat structure is the stronger evidence, and chat text is only ever shown escaped.
    """
    return (
        exc.code == "type_mismatch"
        and name.lower().endswith(".txt")
        and sniff(path).mime in ("text/html", "text/xml", "image/svg+xml")
        and looks_like_chat(path)
    )


def _base_name(member_name: str) -> str:
    return PurePosixPath(member_name).name


def gather_inputs(submission: Submission, workdir: Path) -> Inputs:
    """Copy the originals into `workdir`, unpack ZIPs, check every file by content.

    Raises PermanentFailure for an unusable upload (its Dutch reason comes from the intake core)
    and TransientFailure when storage or the disk fails.
    """
    limits = intake_limits()
    originals_dir = workdir / "originals"
    originals_dir.mkdir(mode=0o700)
    files: list[InputFile] = []
    originals: list[InputFile] = []
    skipped: list[SkippedMember] = []
    stored_files = submission.files.filter(role=FileRole.ORIGINAL, purged_at__isnull=True)
    for stored in stored_files.order_by("pk"):
        target = originals_dir / f"original-{stored.pk}"
        _copy_original(stored, target)
        sniffed = sniff(target)
        original = InputFile(
            path=target,
            name=stored.original_name,
            display=display_name(stored.original_name),
            kind=sniffed.kind,
            mime=sniffed.mime,
            size=stored.size,
            original_id=stored.pk,
            active_content=stored.flagged,
        )
        originals.append(original)
        if sniffed.kind != "zip":
            files.append(original)
            continue
        members_dir = workdir / f"unpacked-{stored.pk}"
        members_dir.mkdir(mode=0o700)
        try:
            extracted = extract_zip(target, members_dir, limits=limits)
        except IntakeError as exc:
            raise PermanentFailure(exc.message, code=exc.code) from None
        except OSError as exc:
            raise TransientFailure(f"unpacking failed: {type(exc).__name__}") from None
        for member in extracted:
            base = _base_name(member.name)
            if is_platform_junk(member.name):
                member.path.unlink(missing_ok=True)
                continue
            shown = display_name(base)
            try:
                checked = check_upload_file(member.path, base, limits=limits)
            except IntakeError as exc:
                if chat_text_despite_magic(exc, member.path, base):
                    checked = Sniffed(mime="text/plain", kind="text")
                elif exc.code in _FATAL_MEMBER_CODES:
                    raise PermanentFailure(exc.message, code=exc.code) from None
                else:
                    member.path.unlink(missing_ok=True)
                    skipped.append(SkippedMember(display=shown, code=exc.code, message=exc.message))
                    continue
            files.append(
                InputFile(
                    path=member.path,
                    name=base,
                    display=shown,
                    kind=checked.kind,
                    mime=checked.mime,
                    size=member.size,
                    original_id=stored.pk,
                    member_name=member.name,
                    active_content=checked.active_content,
                )
            )
    return Inputs(files=tuple(files), skipped=tuple(skipped), originals=tuple(originals))
