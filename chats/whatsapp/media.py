"""Linking attachment names in the chat text to the files present in an upload."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_UNSAFE_RE = re.compile(r"[\x00-\x1f\x7f/\\]")


def _key(name: str) -> str:
    # macOS zips store decomposed (NFD) names; phones write composed ones. Compare both folded.
    return unicodedata.normalize("NFC", name).casefold()


def is_safe_name(name: str) -> bool:
    """True if an attachment name is a plain file name (no path, no control characters)."""
    return bool(name) and name not in (".", "..") and _UNSAFE_RE.search(name) is None


class MediaIndex:
    """Looks up the uploaded file an attachment name refers to."""

    def __init__(self, names: Iterable[str]) -> None:
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for name in names:
            base = name.replace("\\", "/").rsplit("/", 1)[-1]
            if not base:
                continue
            self._exact.setdefault(base, base)
            self._folded.setdefault(_key(base), base)

    def __bool__(self) -> bool:
        return bool(self._exact)

    def link(self, attachment: str) -> str | None:
        """Return the uploaded file name for an attachment, or None if it is not there."""
        if not self._exact or not is_safe_name(attachment):
            return None
        found = self._exact.get(attachment) or self._folded.get(_key(attachment))
        if found:
            return found
        if attachment.endswith("."):
            # Android writes "DOC-20220502-WA0006." when the document name had no extension
            # in its record; the file on disk then carries one ("DOC-20220502-WA0006.pdf").
            prefix = _key(attachment)
            matches = [name for key, name in self._folded.items() if key.startswith(prefix)]
            if len(matches) == 1:
                return matches[0]
        return None
