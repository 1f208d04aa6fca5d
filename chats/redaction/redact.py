"""Replace spans in a text by typed Dutch placeholders or, for participants, their pseudonyms."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from chats.redaction.pseudonyms import name_key
from chats.redaction.spans import PLACEHOLDERS, Span


def redact_text(
    text: str, spans: Iterable[Span], *, replacements: Mapping[str, str] | None = None
) -> str:
    """``text`` with each span replaced by its placeholder ("[NAAM]", "[BSN]", ...).

    ``replacements`` maps names (any case) to what a PERSON span with that text becomes,
    e.g. ``{"Jan de Vries": "Inwoner 1", "jan": "Inwoner 1"}`` from ``Pseudonymizer.replacements()``.
    """
    lookup = {name_key(k): v for k, v in (replacements or {}).items()}
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.start < pos:
            continue  # overlapping input: the earlier span already covers this text
        out.append(text[pos : span.start])
        original = text[span.start : span.end]
        replacement = lookup.get(name_key(original)) if span.label == "PERSON" else None
        out.append(replacement or PLACEHOLDERS.get(span.label, "[VERWIJDERD]"))
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
