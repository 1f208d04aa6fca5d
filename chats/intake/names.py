"""File names from clients and archives: safe display, extensions, and member-name rules."""

import re
import unicodedata

DISPLAY_MAX_CHARS = 80
FALLBACK_NAME = "bestand"

# Unicode categories that can hide, reorder or forge text: controls (incl. NUL, CR, LF, ESC),
# format characters (bidi overrides such as U+202E, zero-width characters, BOM), line and
# paragraph separators, surrogates, private use and unassigned code points.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
# Joiners inside emoji sequences (contact names in vCard file names) are harmless.
_ALLOWED_FORMAT_CHARS = frozenset({"\u200c", "\u200d"})
_DRIVE_LETTER = re.compile(r"^[A-Za-z]:")


def is_unsafe_char(ch: str) -> bool:
    """True for characters that must never reach a screen or log line unescaped."""
    if ch in _ALLOWED_FORMAT_CHARS:
        return False
    return unicodedata.category(ch) in _UNSAFE_CATEGORIES


def _escape(ch: str) -> str:
    return f"<U+{ord(ch):04X}>" if is_unsafe_char(ch) else ch


def base_name(client_name: str) -> str:
    """The last path component of a client-supplied name (both / and \\ count as separators)."""
    parts = [p for p in re.split(r"[/\\]", client_name or "") if p]
    return parts[-1] if parts else ""


def display_name(client_name: str, *, max_chars: int = DISPLAY_MAX_CHARS) -> str:
    """A name safe to show or log: no path, unsafe characters as <U+XXXX>, length limited."""
    name = unicodedata.normalize("NFC", base_name(client_name)).strip()
    if not name:
        return FALLBACK_NAME
    # Escape per character so truncation never cuts an escape sequence in half.
    tokens = [_escape(ch) for ch in name]
    if sum(len(t) for t in tokens) <= max_chars:
        return "".join(tokens)
    stem_tokens, ext_tokens = tokens, []
    dot = name.rfind(".")
    if dot > 0 and len(name) - dot <= 10:
        stem_tokens, ext_tokens = tokens[:dot], tokens[dot:]
    budget = max_chars - 1 - sum(len(t) for t in ext_tokens)
    kept: list[str] = []
    used = 0
    for token in stem_tokens:
        if used + len(token) > budget:
            break
        kept.append(token)
        used += len(token)
    return "".join(kept) + "…" + "".join(ext_tokens)


def extension(client_name: str) -> str:
    """The lower-case extension of a client name without the dot ('' when there is none)."""
    # Trailing blanks are dropped by every file system a phone or PC uses.
    name = base_name(client_name).rstrip()
    dot = name.rfind(".")
    if dot <= 0:
        return ""
    return name[dot + 1 :].lower()


def member_name_problem(raw: bytes, name: str, *, max_depth: int, max_length: int) -> str | None:
    """Why an archive member name is unacceptable (short English reason), or None if it is fine.

    `raw` is the name as stored in the archive: CPython cuts `filename` at a NUL, so a NUL is
    only visible in the raw bytes.
    """
    if b"\x00" in raw:
        return "NUL in name"
    if not name or len(name) > max_length:
        return "empty or overlong name"
    if any(is_unsafe_char(ch) for ch in name):
        return "control or bidi character in name"
    # Check the name as written and its compatibility form: fullwidth dots and solidi
    # (U+FF0E, U+FF0F) become '.' and '/' in tools that normalise names.
    for form in dict.fromkeys((name, unicodedata.normalize("NFKC", name))):
        if "\\" in form:
            return "backslash in name"
        if form.startswith("/") or _DRIVE_LETTER.match(form):
            return "absolute name"
        parts = form[:-1].split("/") if form.endswith("/") else form.split("/")
        if any(part in ("", ".", "..") for part in parts):
            return "empty, '.' or '..' path component"
        if any(len(part.encode()) > 255 for part in parts):
            return "path component longer than a file system allows"
        if len(parts) > max_depth:
            return "name nested too deep"
    return None


def name_key(name: str) -> str:
    """Comparison key for duplicate detection: NFC, case-folded, without a trailing slash."""
    return unicodedata.normalize("NFC", name.rstrip("/")).casefold()
