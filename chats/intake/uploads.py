"""Checks on uploaded files, one at a time and as the set of one form post."""

import os
import unicodedata
from collections.abc import Sequence

from .errors import intake_error
from .images import ImageHeaderError, ImageTooLarge, image_size
from .limits import DEFAULT_LIMITS, Limits
from .names import display_name, extension
from .pdf import pdf_has_active_content
from .sniffing import ALLOWED_EXTENSIONS, IMAGE_KINDS, Sniffed, extension_fits, sniff
from .unpack import verify_zip

UPLOAD_KINDS = ("screenshots", "ios_export", "android_export")
_SCREENSHOT_KINDS = IMAGE_KINDS | {"pdf"}


def check_upload_file(
    path: str | os.PathLike, client_name: str, *, limits: Limits = DEFAULT_LIMITS
) -> Sniffed:
    """Accept one file by content (allowlist, extension agrees, size, image pixels) or raise.

    A ZIP is also verified as a whole (verify_zip: directory checks, then every member
    inflated and counted without being written). Works the same for an uploaded file and for
    a member extracted from an archive (pass the member name as `client_name`; a member that
    is itself a ZIP never gets here, extract_zip refuses it). Raises IntakeError (Dutch message).
    """
    name = display_name(client_name)
    if any(unicodedata.category(ch) == "Cc" for ch in client_name):
        # NUL, CR/LF, ESC: no real file name has them; they truncate names or forge headers.
        raise intake_error("bad_name", name=name, limits=limits, detail="control character")
    size = os.path.getsize(path)
    if size == 0:
        raise intake_error("empty_file", name=name, limits=limits)
    if size > limits.max_file_size:
        raise intake_error("file_too_large", name=name, limits=limits, detail=f"{size} bytes")
    sniffed = sniff(path)
    ext = extension(client_name)
    if sniffed.kind is None or not extension_fits(sniffed.kind, ext):
        raise intake_error(
            # Neither the content nor the extension is one we take (a program called .exe),
            # or the extension is a format of its own that is a ZIP inside (a Word or Excel
            # file, .docx/.xlsx/.odt): say what is allowed. Otherwise one of them is ours and
            # the other does not fit (a program renamed to .jpg).
            "type_not_allowed"
            if ext not in ALLOWED_EXTENSIONS
            and (sniffed.kind is None or (ext and sniffed.kind == "zip"))
            else "type_mismatch",
            name=name,
            limits=limits,
            detail=f"content {sniffed.mime} ({sniffed.kind or 'not allowed'})",
        )
    if sniffed.kind in IMAGE_KINDS:
        _check_image(path, sniffed.kind, name, limits)
    elif sniffed.kind == "text" and size > limits.max_chat_text:
        raise intake_error("chat_too_large", name=name, limits=limits, detail=f"{size} bytes")
    elif sniffed.kind == "pdf" and pdf_has_active_content(path):
        return Sniffed(mime=sniffed.mime, kind=sniffed.kind, active_content=True)
    elif sniffed.kind == "zip":
        # Refuse bombs, traversal, encryption and the like now, before anything is stored.
        verify_zip(path, limits=limits)
    return sniffed


def _check_image(path: str | os.PathLike, kind: str, name: str, limits: Limits) -> None:
    try:
        width, height = image_size(path, kind)
    except ImageTooLarge:
        raise intake_error("image_too_large", name=name, limits=limits) from None
    except ImageHeaderError as exc:
        raise intake_error("image_damaged", name=name, limits=limits, detail=str(exc)) from None
    if width * height > limits.max_image_pixels:
        raise intake_error(
            "image_too_large", name=name, limits=limits, detail=f"{width}x{height} pixels"
        )


def check_upload_set(
    items: Sequence[tuple[str | os.PathLike, str]],
    *,
    upload_kind: str,
    limits: Limits = DEFAULT_LIMITS,
    sniffed: Sequence[Sniffed] | None = None,
) -> list[Sniffed]:
    """Accept the files of one form post as a whole or raise IntakeError (first problem found).

    Checks count and total size, every file (check_upload_file, skipped when the caller
    already did it and passes the results as `sniffed`), and that the files fit the kind of
    upload (_check_shape): screenshots are images or PDFs; an export is one .zip, or the
    chat's .txt with its media.
    """
    if upload_kind not in UPLOAD_KINDS:
        raise ValueError(f"unknown upload kind: {upload_kind!r}")
    if not items:
        raise intake_error("no_files", limits=limits)
    if len(items) > limits.max_files:
        raise intake_error("too_many_files", limits=limits, detail=f"{len(items)} files")
    total = sum(os.path.getsize(path) for path, _ in items)
    if total > limits.max_total_size:
        raise intake_error("upload_too_large", limits=limits, detail=f"{total} bytes")
    if sniffed is None:
        sniffed = [check_upload_file(path, name, limits=limits) for path, name in items]
    elif len(sniffed) != len(items):
        raise ValueError("sniffed must hold one result per item")
    sniffed = list(sniffed)
    _check_shape(items, [s.kind for s in sniffed], upload_kind, limits)
    return sniffed


def _check_shape(
    items: Sequence[tuple[str | os.PathLike, str]],
    kinds: list[str | None],
    upload_kind: str,
    limits: Limits,
) -> None:
    """The files fit the chosen kind of upload; a wrong choice gets a reason that fits it.

    Screenshots are images or PDFs. An export (iPhone or Android alike) is one ZIP on its own,
    or loose files with at least one text among them (which text is the chat is decided by
    content later). Android exports come as a ZIP when the folder is sent from a PC or
    OneDrive; iPhone exports come unpacked when the employee opened the ZIP first.
    """
    names = [display_name(client_name) for _, client_name in items]
    if upload_kind == "screenshots":
        for name, kind in zip(names, kinds, strict=True):
            if kind in ("zip", "text"):
                raise intake_error("screenshots_got_export", name=name, limits=limits)
            if kind not in _SCREENSHOT_KINDS:
                raise intake_error("screenshots_only_images", name=name, limits=limits)
        return
    zips = kinds.count("zip")
    if zips > 1:
        raise intake_error("export_many_zips", limits=limits, detail=f"{zips} zips")
    if zips == 1 and len(kinds) > 1:
        raise intake_error("export_zip_and_files", limits=limits, detail=f"kinds {kinds}")
    if zips == 1 or "text" in kinds:
        return
    phone = "android" if upload_kind == "android_export" else "ios"
    # Only pictures: most likely screenshots chosen under the wrong heading.
    only_images = all(kind in _SCREENSHOT_KINDS for kind in kinds)
    code = f"{phone}_export_only_images" if only_images else f"{phone}_export_no_chat"
    raise intake_error(code, limits=limits, detail=f"kinds {kinds}")
