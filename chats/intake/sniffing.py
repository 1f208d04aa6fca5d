"""File type by content (libmagic), mapped onto the allowlist of kinds the archive accepts."""

import os
from dataclasses import dataclass
from pathlib import Path

import magic

# How much of a file the text fallback looks at.
TEXT_SAMPLE_SIZE = 64 * 1024

# libmagic MIME type -> allowed kind. Several names per kind: libmagic versions differ
# (opus is reported as audio/ogg, vCard as text/vcard or text/x-vcard).
MIME_KINDS: dict[str, str] = {
    "application/zip": "zip",
    "application/x-zip-compressed": "zip",
    "text/plain": "text",
    "text/csv": "text",
    "image/jpeg": "jpeg",
    "image/png": "png",
    "image/webp": "webp",
    "image/heic": "heic",
    "image/heif": "heic",
    "image/heic-sequence": "heic",
    "image/heif-sequence": "heic",
    "audio/ogg": "ogg",
    "audio/opus": "ogg",
    "audio/x-opus+ogg": "ogg",
    "application/ogg": "ogg",
    "video/mp4": "mp4",
    "video/x-m4v": "mp4",
    "application/pdf": "pdf",
    "text/vcard": "vcard",
    "text/x-vcard": "vcard",
    "text/directory": "vcard",
}

# Kind -> the extensions a file of that kind may carry.
KIND_EXTENSIONS: dict[str, frozenset[str]] = {
    "zip": frozenset({"zip"}),
    "text": frozenset({"txt"}),
    "jpeg": frozenset({"jpg", "jpeg", "jfif"}),
    "png": frozenset({"png"}),
    "webp": frozenset({"webp"}),
    "heic": frozenset({"heic", "heif"}),
    "ogg": frozenset({"opus", "ogg", "oga"}),
    "mp4": frozenset({"mp4", "m4v"}),
    "pdf": frozenset({"pdf"}),
    "vcard": frozenset({"vcf", "vcard"}),
}

# Every extension an upload may carry (lower case, without the dot).
ALLOWED_EXTENSIONS = frozenset().union(*KIND_EXTENSIONS.values())

IMAGE_KINDS = frozenset({"jpeg", "png", "webp", "heic"})

# text/* types that are markup a browser would render or run, or rich text a word processor
# would open with its embedded objects: never accepted as "text".
_ACTIVE_TEXT_MIMES = frozenset(
    {"text/html", "text/xml", "text/xhtml+xml", "text/x-sgml", "text/x-php", "text/javascript"}
    | {"text/rtf", "text/richtext"}
)
# Signatures that make a file binary whatever libmagic says (the text fallback must not
# turn an unrecognised executable into "text").
_BINARY_PREFIXES = (
    b"MZ",
    b"\x7fELF",
    b"\xca\xfe\xba\xbe",
    b"\xcf\xfa\xed\xfe",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"%PDF",
)
_EMPTY_MIMES = frozenset({"application/x-empty", "inode/x-empty"})


@dataclass(frozen=True)
class Sniffed:
    """What a file is by content: libmagic's MIME type and the allowlist kind (None: refused)."""

    mime: str
    kind: str | None
    # Set for PDFs with JavaScript, auto-actions, launch actions or embedded files.
    active_content: bool = False


def _read_head(source: str | os.PathLike | bytes, size: int) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source[:size])
    with open(source, "rb") as fh:
        return fh.read(size)


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit in every other position (Latin text)."""
    sample = data[: len(data) // 2 * 2]
    if len(sample) < 8:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def looks_like_text(data: bytes) -> bool:
    """True when bytes read as (slightly damaged) text: few controls, few invalid sequences.

    libmagic says application/octet-stream for chat exports with one NUL byte or a few broken
    UTF-8 sequences; those are still chats and must reach the parser (which flags them).
    """
    if not data or data.startswith(_BINARY_PREFIXES):
        return False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif (encoding := _bomless_utf16(data)) is not None:
        text = data.decode(encoding, errors="replace")
    else:
        text = data.decode("utf-8", errors="replace")
    if not text:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    replaced = text.count("\ufffd")
    # Damaged text has a handful of bad bytes per kilobyte; binary data has them everywhere.
    return controls <= max(2, len(text) // 200) and replaced <= max(4, len(text) // 20)


def sniff(path_or_first_bytes: str | os.PathLike | bytes) -> Sniffed:
    """Classify a file (path) or the first bytes of one by content; never looks at a name."""
    if isinstance(path_or_first_bytes, bytes | bytearray | memoryview):
        data = bytes(path_or_first_bytes)
        mime = magic.from_buffer(data, mime=True) if data else "application/x-empty"
    else:
        path = Path(path_or_first_bytes)
        # from_file lets libmagic read as much as it needs (more reliable than a short buffer).
        mime = magic.from_file(str(path), mime=True)
    mime = mime.split(";")[0].strip().lower()
    if mime in _EMPTY_MIMES:
        return Sniffed(mime="application/x-empty", kind=None)
    kind = MIME_KINDS.get(mime)
    if kind is None and mime.startswith("text/") and mime not in _ACTIVE_TEXT_MIMES:
        # libmagic guesses programming languages for plain text ("text/x-c" for a chat with
        # '#include' in it); all that matters is that it is text and not active markup.
        kind = "text"
    if kind is None and mime == "application/octet-stream":
        head = _read_head(path_or_first_bytes, TEXT_SAMPLE_SIZE)
        if head.startswith(b"PK\x03\x04"):
            # Newer libmagic versions report some ZIP buffers as octet-stream.
            return Sniffed(mime="application/zip", kind="zip")
        if looks_like_text(head):
            return Sniffed(mime="text/plain", kind="text")
    if kind == "text":
        head = _read_head(path_or_first_bytes, 256).lstrip(b"\xef\xbb\xbf \t\r\n")
        if head[:11].upper() == b"BEGIN:VCARD":
            kind = "vcard"
    return Sniffed(mime=mime, kind=kind)


def extension_fits(kind: str, ext: str) -> bool:
    """True when a file of `kind` may carry extension `ext` (lower case, without the dot)."""
    return ext in KIND_EXTENSIONS.get(kind, frozenset())
