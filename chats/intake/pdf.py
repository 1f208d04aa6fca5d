"""Structural check of PDFs for active content, in the manner of Didier Stevens' pdfid."""

import os
import re
import zlib

# PDF names that run code or act on their own when a reader opens the file.
ACTIVE_NAMES = frozenset(
    {b"JavaScript", b"JS", b"OpenAction", b"AA", b"Launch", b"EmbeddedFile", b"EmbeddedFiles"}
    | {b"RichMedia", b"XFA", b"SubmitForm", b"ImportData", b"GoToE"}
)
_CHUNK = 1024 * 1024
_OVERLAP = 256
# A PDF name: '/' then regular characters; '#xx' escapes may hide a name (/J#61vaScript).
_NAME = re.compile(rb"/([^\x00\t\n\x0c\r ()<>\[\]{}/%]{1,64})")
_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_STREAM = re.compile(rb"stream\r?\n")
# Compressed object streams (PDF 1.5+) can hide the catalog's /OpenAction: inflate them, but
# within a budget so a PDF cannot become a decompression bomb here.
_INFLATE_FILE_LIMIT = 32 * 1024 * 1024
_INFLATE_BUDGET = 64 * 1024 * 1024


def _has_active_name(data: bytes) -> bool:
    for match in _NAME.finditer(data):
        name = match.group(1)
        if b"#" in name:
            name = _HEX_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), name)
        if name in ACTIVE_NAMES:
            return True
    return False


def _streams_have_active_name(data: bytes) -> bool:
    budget = _INFLATE_BUDGET
    for match in _STREAM.finditer(data):
        # Only object streams hold objects (and so actions); images and page content do not.
        preceding = data[max(0, match.start() - 2048) : match.start()]
        header = preceding[max(preceding.rfind(b"obj"), 0) :]
        if b"/ObjStm" not in header:
            continue
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(data[match.end() : match.end() + budget], budget)
        except zlib.error:
            continue  # not a Flate stream (or an image): nothing to read
        budget -= len(out)
        if _has_active_name(out):
            return True
        if budget <= 0:
            # Too much compressed content to look at: treat as suspicious rather than clean.
            return True
    return False


def pdf_has_active_content(path: str | os.PathLike) -> bool:
    """True when the PDF names JavaScript, automatic actions, launches or embedded files."""
    size = os.path.getsize(path)
    with open(path, "rb") as fh:
        tail = b""
        saw_object_stream = False
        while chunk := fh.read(_CHUNK):
            window = tail + chunk
            if _has_active_name(window):
                return True
            saw_object_stream = saw_object_stream or b"/ObjStm" in window
            tail = window[-_OVERLAP:]
    if not saw_object_stream:
        return False
    if size > _INFLATE_FILE_LIMIT:
        # Large PDF with compressed object streams: not worth inflating; let a person look.
        return True
    with open(path, "rb") as fh:
        return _streams_have_active_name(fh.read())
