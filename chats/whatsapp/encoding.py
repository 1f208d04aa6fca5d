"""Encoding detection and bounded, chunked decoding of chat text files."""

from __future__ import annotations

import codecs
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CHUNK_BYTES = 1 << 18

_UTF8_MULTIBYTE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)

# Decode errors are counted by a registered error handler; the count lives per thread and is
# read right after each (synchronous) decode call, so interleaved streams stay separate.
_ERRORS = "chats.whatsapp.count-replace"
_state = threading.local()


def _count_and_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _state.count = getattr(_state, "count", 0) + (exc.end - exc.start)
    return "\ufffd", exc.end


codecs.register_error(_ERRORS, _count_and_replace)


@dataclass
class DecodeStats:
    """Running counts of what decoding had to repair."""

    encoding: str
    decode_errors: int = 0
    nul_removed: int = 0


def _utf16_without_bom(head: bytes) -> str | None:
    """Guess UTF-16 without a BOM from where the NUL bytes of ASCII characters fall."""
    sample = head[:2048]
    if len(sample) < 16:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def detect_encoding(path: str | Path, *, full_scan: bool = True) -> str:
    """Return the codec name for a chat file: BOM, else UTF-8, else Windows-1252.

    Without full_scan only the first megabyte is looked at (for a quick structure check).
    """
    with open(path, "rb") as f:
        head = f.read(CHUNK_BYTES)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        guess = _utf16_without_bom(head)
        if guess:
            return guess
        # Invalid UTF-8 with no valid multi-byte sequence anywhere is a legacy 8-bit file
        # (Notepad's "ANSI"); one valid multi-byte sequence means UTF-8 with damaged bytes.
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        saw_invalid = False
        chunk = head
        while chunk:
            if not chunk.isascii():
                try:
                    decoder.decode(chunk)
                    if not saw_invalid:
                        return "utf-8"
                except UnicodeDecodeError:
                    saw_invalid = True
                    decoder.reset()
                if _UTF8_MULTIBYTE_RE.search(chunk):
                    return "utf-8"
            chunk = f.read(CHUNK_BYTES) if full_scan else b""
    return "cp1252" if saw_invalid else "utf-8"


def iter_text(
    path: str | Path, stats: DecodeStats, *, chunk_bytes: int = CHUNK_BYTES
) -> Iterator[str]:
    """Yield the file's text in bounded chunks: LF line ends, NULs removed, bad bytes as U+FFFD."""
    decoder = codecs.getincrementaldecoder(stats.encoding)(errors=_ERRORS)
    held_cr = False
    cr_only: bool | None = None
    with open(path, "rb") as f:
        while True:
            raw = f.read(chunk_bytes)
            final = not raw
            _state.count = 0
            text = decoder.decode(raw, final)
            stats.decode_errors += _state.count
            if held_cr:
                text = "\r" + text
                held_cr = False
            if not final and text.endswith("\r"):
                # A CR at the chunk end may be the first half of CRLF.
                text = text[:-1]
                held_cr = True
            if "\r" in text:
                if cr_only is None:
                    cr_only = "\n" not in text
                text = text.replace("\r\n", "\n")
                if cr_only:
                    text = text.replace("\r", "\n")
            if "\x00" in text:
                stats.nul_removed += text.count("\x00")
                text = text.replace("\x00", "")
            if text:
                yield text
            if final:
                return


def read_head(path: str | Path, encoding: str, limit_chars: int) -> str:
    """Return up to limit_chars characters from the start of the file (decoded as iter_text)."""
    parts: list[str] = []
    size = 0
    chunks = iter_text(path, DecodeStats(encoding), chunk_bytes=min(CHUNK_BYTES, limit_chars))
    try:
        for chunk in chunks:
            parts.append(chunk)
            size += len(chunk)
            if size >= limit_chars:
                break
    finally:
        chunks.close()
    return "".join(parts)[:limit_chars]
