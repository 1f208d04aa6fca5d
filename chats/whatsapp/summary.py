"""Counts, participants and format of a chat, without building the message list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from operator import itemgetter
from typing import Any

from .media import MediaIndex
from .parser import StrPath, iter_record_batches, record_sent_at


def summarize(path: StrPath, *, media_names: Iterable[str] = ()) -> dict[str, Any]:
    """Return a JSON-ready summary of one chat text file, reading it as a stream."""
    detected, state, stats, batches = iter_record_batches(path)
    media = MediaIndex(media_names)
    kinds: Counter[str] = Counter()
    authors: Counter[str | None] = Counter()  # insertion order = order of first appearance
    total = edited = attachments = linked = 0
    first = last = None
    get_kind, get_author, get_edited, get_atts = (itemgetter(i) for i in (3, 2, 6, 5))
    # Counting per batch with C-level helpers keeps this loop out of the per-message cost.
    for batch in batches:
        total += len(batch)
        kinds.update(map(get_kind, batch))
        authors.update(map(get_author, batch))
        edited += sum(map(get_edited, batch))
        for atts in filter(None, map(get_atts, batch)):
            attachments += len(atts)
            if media:
                linked += sum(1 for a in atts if media.link(a))
        if first is None:
            first = batch[0][1]
        last = batch[-1][1]
    authors.pop(None, None)
    tsep = detected.spec.signature.tsep
    fmt = detected.format
    warnings = list(detected.warnings) + state.warnings
    return {
        "messages": total,
        "kinds": {kind: kinds[kind] for kind in ("text", "media", "system", "deleted")},
        "edited": edited,
        "attachments": attachments,
        "attachments_linked": linked,
        "participants": [{"name": name, "messages": n} for name, n in authors.items()],
        "first_sent_at": record_sent_at(state, tsep, first).isoformat() if first else None,
        "last_sent_at": record_sent_at(state, tsep, last).isoformat() if last else None,
        "format": {
            "os": fmt.os,
            "locale": fmt.locale,
            "date_order": fmt.date_order,
            "date_order_confident": fmt.date_order_confident,
            "date_order_confidence": fmt.date_order_confidence,
            "clock": fmt.clock,
            "seconds": fmt.seconds,
            "pattern": fmt.pattern,
        },
        "encoding": detected.encoding,
        "decode_errors": stats.decode_errors,
        "nul_chars_removed": stats.nul_removed,
        "truncated": state.truncated,
        "warnings": len(warnings) + state.warnings_dropped,
    }
