"""Compare a parsed chat with a ground-truth entry of the corpus's expected.json."""

from __future__ import annotations

import unicodedata
from typing import Any

from chats.whatsapp import ParsedChat


def _norm(text: str) -> str:
    # expected.json stores texts NFKC-normalised with runs of whitespace collapsed.
    return " ".join(unicodedata.normalize("NFKC", text).split())


_MEDIA_MARKS = (
    "<Media ",
    "<Medien ",
    "<bijgevoegd:",
    "<attached:",
    "<Anhang:",
    "(bestand bijgevoegd)",
    "(file attached)",
    "(Datei angehängt)",
)
_OMITTED_ENDINGS = (" omitted", " weggelaten", " weggelassen", " ausgelassen")
_DELETED = {
    "dit bericht is verwijderd",
    "u hebt dit bericht verwijderd",
    "this message was deleted",
    "you deleted this message",
    "diese nachricht wurde gelöscht",
    "du hast diese nachricht gelöscht",
}


def expected_kind(text: str) -> str | None:
    """The kind an expected.json text shows by itself (media or deleted), else None."""
    first_line_marks = any(mark in text for mark in _MEDIA_MARKS)
    if first_line_marks or text.endswith(_OMITTED_ENDINGS):
        return "media"
    if text.rstrip(".").casefold() in _DELETED:
        return "deleted"
    return None


def mismatches(parsed: ParsedChat, expected: dict[str, Any]) -> list[str]:
    """Return readable differences between a parsed chat and its expected.json entry."""
    problems: list[str] = []
    check_dates = not expected["date_order"].endswith("?")
    by_line = {m.line_no: m for m in parsed.messages}
    if len(parsed.messages) != expected["n_entries"]:
        problems.append(f"{len(parsed.messages)} messages, expected {expected['n_entries']}")
    if check_dates and parsed.format.date_order != expected["date_order"]:
        problems.append(f"date order {parsed.format.date_order}, expected {expected['date_order']}")
    attributed = sum(1 for m in parsed.messages if m.kind == "system" and m.attributed_to)
    if attributed != expected["n_system_with_author"]:
        problems.append(f"{attributed} named notices, expected {expected['n_system_with_author']}")
    for sent_at, author, line_no, text in expected["author_entries"]:
        m = by_line.get(line_no)
        if m is None:
            problems.append(f"line {line_no}: no message")
            continue
        # A notice iOS writes as "Group name: notice" is a system message without author; the
        # name it carries is kept as attributed_to.
        name = m.attributed_to if m.kind == "system" else m.author
        if name != author:
            problems.append(f"line {line_no}: author {name!r}, expected {author!r}")
        if check_dates and m.sent_at.isoformat() != sent_at:
            problems.append(f"line {line_no}: {m.sent_at.isoformat()}, expected {sent_at}")
        kind = expected_kind(_norm(text))
        if kind is not None and m.kind != kind and m.kind != "system":
            problems.append(f"line {line_no}: kind {m.kind}, expected {kind}")
        if m.kind == "text" and _norm(m.text) != _norm(text):
            problems.append(f"line {line_no}: text {m.text!r}, expected {text!r}")
    for sent_at, line_no in expected["system_entries"]:
        m = by_line.get(line_no)
        if m is None or m.kind != "system" or m.author or m.attributed_to:
            problems.append(f"line {line_no}: expected an unnamed system notice, got {m!r}")
        elif check_dates and m.sent_at.isoformat() != sent_at:
            problems.append(f"line {line_no}: {m.sent_at.isoformat()}, expected {sent_at}")
    names = {m.author for m in parsed.messages if m.author}
    names |= {m.attributed_to for m in parsed.messages if m.attributed_to}
    if names != set(expected["authors"]):
        problems.append(f"names {sorted(names)}, expected {sorted(expected['authors'])}")
    return problems
