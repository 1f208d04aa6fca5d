"""Counts, participants and format of a chat, without building the message list."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .media import MediaIndex
from .parser import StrPath, iter_records, record_sent_at


def summarize(path: StrPath, *, media_names: Iterable[str] = ()) -> dict[str, Any]:
    """Return a JSON-ready summary of one chat text file, reading it as a stream."""
    detected, state, stats, records = iter_records(path)
    media = MediaIndex(media_names)
    kinds = {"text": 0, "media": 0, "system": 0, "deleted": 0}
    authors: dict[str, int] = {}
    total = 0
    edited = 0
    attachments = 0
    linked = 0
    first = last = None
    for rec in records:
        total += 1
        kinds[rec[3]] += 1
        author = rec[2]
        if author is not None:
            authors[author] = authors.get(author, 0) + 1
        if rec[6]:
            edited += 1
        atts = rec[5]
        if atts:
            attachments += len(atts)
            if media:
                linked += sum(1 for a in atts if media.link(a))
        if first is None:
            first = rec[1]
        last = rec[1]
    tsep = detected.spec.signature.tsep
    fmt = detected.format
    warnings = list(detected.warnings) + state.warnings
    return {
        "messages": total,
        "kinds": kinds,
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
