"""A redacted text made again from its original and its spans: what processing wrote, replayed
by the review after a change and by the purge for text it keeps only redacted."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .pseudonyms import Pseudonymizer, name_key
from .redact import redact_text
from .spans import Span


def replacements_for(participants: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Name forms (full name, unambiguous first name; as `name_key`) → stored pseudonym.

    Uses the redaction package's own rules for which first names are unambiguous, so text
    recomputed here reads exactly like the text processing produced.
    """
    participants = [(name, pseudonym) for name, pseudonym in participants if name_key(name)]
    generated = Pseudonymizer([name for name, _ in participants])
    stored = {generated.pseudonym_for(name): pseudonym for name, pseudonym in participants}
    return {
        name_key(form): stored[pseudonym]
        for form, pseudonym in generated.replacements().items()
        if pseudonym in stored
    }


def merge_overlaps(spans: Iterable[tuple[int, int, str]]) -> list[Span]:
    """Sorted spans with overlaps joined (the first label wins), so no character leaks."""
    merged: list[list] = []
    for start, end, label in sorted((s, e, lab) for s, e, lab in spans if e > s):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end, label])
    return [Span(start, end, label) for start, end, label in merged]


def redacted_text(
    text: str,
    spans: Iterable[tuple[int, int, str]],
    *,
    replacements: Mapping[str, str] | None = None,
) -> str:
    """`text` with every span replaced by its placeholder; a participant's name by its pseudonym."""
    return redact_text(text, merge_overlaps(spans), replacements=replacements)
