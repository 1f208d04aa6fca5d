"""Streaming scan of chat text: finds headers with one compiled pattern and classifies bodies.

The hot loop works on chunks of a few hundred kilobytes: headers are found with `finditer` (the
pattern starts with a newline, so the regex engine skips from line to line in C), bodies are the
slices between headers, and only bodies that could be special (invisible marks, attachment or
notice shapes) go through the slower classification. Records are plain tuples; the caller turns
them into `Message` objects or just counts them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import classify
from .formats import HeaderSpec, apply_order, probe_line, split_date
from .phrases import (
    DELETED_BY_PREFIXES,
    DELETED_TEXTS,
    INVISIBLE_CHARS,
    INVISIBLE_CLASS,
    LIVE_LOCATION_TEXTS,
    MISSED_CALL_TEXTS,
    OMITTED_PHRASE_TYPES,
    OMITTED_VERBS,
    POLL_HEADINGS,
)
from .results import ParseWarning

MAX_MESSAGE_CHARS = 100_000
MAX_WARNINGS = 500
# A carried-over partial line longer than this cannot be the start of a header.
_MAX_HEADER_PREFIX = 512

# A body line starting with a date: maybe a header in another layout (two exports pasted
# together); the probe decides and the line gets a warning (it stays in the message).
_FOREIGN_HEADER_RE = re.compile(r"\n" + INVISIBLE_CLASS + r"*\[?[0-9]{1,4}[./-][0-9]{1,2}[./-]")
# A body starting with an invisible mark (or empty) or ending in ">" or ")" needs a closer look.
_LEADING_SPECIAL = frozenset(INVISIBLE_CHARS) | {""}
_CLOSING_SPECIAL = frozenset(">)")
# Marks a fast-path text record whose text may still hold invisible marks mid-text; the
# Message builder strips them (the summary never needs the text).
RAW_TEXT = ((False, None, None), None)

# Last six characters of first lines that need a closer look even without invisible marks
# (deleted, missed calls, "image omitted"); a cheap pre-filter, the slow path decides.
_SPECIAL_TAILS = frozenset(
    variant[-6:]
    for text in (
        *DELETED_TEXTS,
        *MISSED_CALL_TEXTS,
        *LIVE_LOCATION_TEXTS,
        *OMITTED_VERBS,
        *OMITTED_PHRASE_TYPES,
    )
    for base in (text, text.capitalize(), text[:1].upper() + text[1:], text.replace("gif", "GIF"))
    for variant in (base, base + ".")
) | {heading[-6:] for heading in POLL_HEADINGS}

# Starts of first lines that need a closer look ("This message was deleted by admin Jan").
_SPECIAL_STARTS = tuple(
    variant
    for prefix in DELETED_BY_PREFIXES
    for variant in (prefix, prefix[:1].upper() + prefix[1:])
)

# Kind codes in records.
TEXT, MEDIA, SYSTEM, DELETED = "text", "media", "system", "deleted"

# Author info lists: [name, needs_slow_path, invisible-free raw prefix, is_pseudo_author,
# raw prefix]. needs_slow_path starts True so each author's first message is looked at closely
# (iOS puts the encryption notice first, attributed to the group name), then follows
# is_pseudo_author. Ordinary authors are also in ScanState.fast_authors.
_NAME, _SLOW, _RAW, _PSEUDO, _KEY = 0, 1, 2, 3, 4
# Sentinel for author candidates that turned out to be part of a notice.
_NOT_AUTHOR: list[Any] = [None, False, "", False, ""]


def clean_name(raw: str) -> str:
    """Return an author name as shown: invisible marks removed, NFKC (no-break spaces to spaces)."""
    name = classify.strip_invisible(raw)
    name = unicodedata.normalize("NFKC", name)
    return " ".join(name.split())


class ScanState:
    """Mutable state of one scan: caches, learned group names, warnings and counters."""

    def __init__(self, order: str, marked_probe: Callable[[], bool] | None = None) -> None:
        self.order = order
        # Whether the export writes its placeholders with the invisible mark (None: not asked
        # yet); marked_probe reads the whole export once, only when an unmarked one turns up.
        self._marked_probe = marked_probe
        self._marked_export: bool | None = None
        self.dates: dict[str, tuple[int, int, int] | None] = {}
        self.authors: dict[str, list[Any]] = {}
        # raw prefix -> (name, starts of a body that needs the careful path), for the fast path
        self.fast_authors: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.group_names: set[str] = set()
        self.warnings: list[ParseWarning] = []
        self.warnings_dropped = 0
        self.truncated = 0
        self.unplaced_lines = 0
        self.invalid_headers = 0
        self.last_invalid_line = 0

    def marked_export(self) -> bool:
        """True if some placeholder in this export carries iOS's invisible mark.

        In such an export an unmarked whole-line "Foto weggelaten" is a person's text; in one
        without any mark (older iOS) it is WhatsApp's placeholder.
        """
        if self._marked_export is None:
            probe = self._marked_probe
            self._marked_export = bool(probe and probe())
        return self._marked_export

    def warn(self, line_no: int, code: str, message: str) -> None:
        """Record a warning; beyond MAX_WARNINGS only count them."""
        if len(self.warnings) < MAX_WARNINGS:
            self.warnings.append(ParseWarning(line_no, code, message))
        else:
            self.warnings_dropped += 1

    def resolve_date(self, date_s: str) -> tuple[int, int, int] | None:
        """Return (year, month, day) for a header date in the file's order (cached)."""
        fields = split_date(date_s)
        ymd = apply_order(fields, self.order) if fields else None
        self.dates[date_s] = ymd
        return ymd

    def author_info(self, raw: str, first_line: str) -> list[Any]:
        """Return the (cached) author info list for an author prefix; see _NAME etc."""
        info = self.authors.get(raw)
        if info is not None:
            return info
        clean_raw = classify.strip_invisible(raw).strip()
        if _colon_inside_quotes(clean_raw) or (
            classify.looks_like_notice(classify.strip_invisible(first_line).strip())
            and not classify.starts_with_invisible(first_line[len(raw) + 1 :].lstrip(" "))
            and len(clean_raw.split()) > 3
        ):
            # "X changed the subject to “Melding: Hoofdstraat”": the colon is in the notice.
            info = _NOT_AUTHOR
        else:
            name = clean_name(raw)
            info = [name, True, clean_raw, name in self.group_names, raw] if name else _NOT_AUTHOR
        self.authors[raw] = info
        return info

    def learn_group_name(self, notice: str) -> None:
        """Remember a quoted group name from a notice; its later notices carry it as prefix."""
        name = classify.quoted_group_name(notice)
        if not name:
            return
        name = clean_name(name)
        if name in self.group_names:
            return
        self.group_names.add(name)
        for info in self.authors.values():
            if info is not _NOT_AUTHOR and info[_NAME] == name:
                info[_SLOW] = info[_PSEUDO] = True
                self.fast_authors.pop(info[_KEY], None)


def _colon_inside_quotes(candidate: str) -> bool:
    """True if an author candidate opens a quote it does not close (the ': ' is quoted)."""
    if candidate.count('"') % 2 == 1:
        return True
    for open_q, close_q in (("“", "”"), ("„", "“"), ("«", "»")):
        if candidate.count(open_q) > candidate.count(close_q):
            return True
    return False


def _system_record(state: ScanState, line_no: int, groups, raw: str, attributed: str | None):
    text = classify.strip_invisible(raw).rstrip()
    state.learn_group_name(text)
    return (line_no, groups, None, SYSTEM, text, (), False, False, attributed, None)


def _classify_slow(state: ScanState, line_no: int, groups, info, body: str, truncated: bool):
    """Classify an author message that may be special (the rare, exact path)."""
    name, _, clean_raw, pseudo, key = info
    info[_SLOW] = pseudo
    if not pseudo:
        # A body starting with the author's own name may be a notice ("Boris created group").
        state.fast_authors[key] = (name, (key, *_SPECIAL_STARTS))
    lead_invisible = body[:1] in INVISIBLE_CHARS
    # Like the fast path: only trailing whitespace goes; the tests below look at stripped lines.
    whole = classify.strip_invisible(body).rstrip()
    nl = whole.find("\n")
    first = (whole if nl < 0 else whole[:nl]).strip()
    rest = "" if nl < 0 else whole[nl + 1 :].strip("\n")
    media = classify.parse_media_line(first, body.split("\n", 1)[0], state.marked_export)
    if media is not None:
        attachments, omitted, media_type, title = media
        caption, edited = classify.split_edited(rest.rstrip())
        subtype = "view_once" if media_type == "view_once" else None
        return (line_no, groups, name, MEDIA, caption, attachments, edited, truncated, None,
                ((omitted, media_type, title), subtype))  # fmt: skip
    whole, edited = classify.split_edited(whole)
    if edited:
        nl = whole.find("\n")
        first = (whole if nl < 0 else whole[:nl]).strip()
    if nl < 0 and classify.is_deleted(first):
        return (line_no, groups, name, DELETED, "", (), edited, truncated, None, None)
    notice = whole.lstrip()
    if classify.is_self_contained_notice(notice, marked=lead_invisible or pseudo):
        info[_SLOW] = info[_PSEUDO] = True
        state.fast_authors.pop(key, None)
        state.learn_group_name(notice)
        return (line_no, groups, None, SYSTEM, notice, (), edited, truncated, name, None)
    # A notice after a name: trusted when iOS marked it (leading LRM) or the name is the
    # group's; when the text merely repeats the name ("Boris: Boris created group …") only a
    # notice with a fixed ending counts, so "Boris added you to the list" stays a message.
    if (
        (lead_invisible or pseudo)
        and classify.looks_like_notice(notice)
        or (
            clean_raw and notice.startswith(clean_raw) and classify.looks_like_strict_notice(notice)
        )
    ):
        state.learn_group_name(notice)
        return (line_no, groups, None, SYSTEM, notice, (), edited, truncated, name, None)
    subtype = classify.subtype_for(first, whole)
    extra = None if subtype is None else ((False, None, None), subtype)
    return (line_no, groups, name, TEXT, whole, (), edited, truncated, None, extra)


def scan(chunks: Iterable[str], spec: HeaderSpec, state: ScanState) -> Iterator[tuple]:
    """Yield one record per message from decoded text chunks, in file order (see scan_batches)."""
    for batch in scan_batches(chunks, spec, state):
        yield from batch


def scan_batches(chunks: Iterable[str], spec: HeaderSpec, state: ScanState) -> Iterator[list]:
    """Yield the messages of each text chunk as a list of records, in file order.

    A record is (line_no, header_groups, author, kind, text, attachments, edited, truncated,
    attributed_to, extra) where header_groups is (date, day-part before, time, day-part after)
    and extra is None or ((media_omitted, media_type, document_title), subtype).
    """
    finditer = spec.header_re.finditer
    dates = state.dates
    resolve_date = state.resolve_date
    authors = state.authors
    author_info = state.author_info
    fast_get = state.fast_authors.get
    foreign_search = _FOREIGN_HEADER_RE.search
    leading_special = _LEADING_SPECIAL
    closing_special = _CLOSING_SPECIAL
    raw_text = RAW_TEXT
    special_tails = _SPECIAL_TAILS
    max_chars = MAX_MESSAGE_CHARS
    carry_limit = MAX_MESSAGE_CHARS + 2 * _MAX_HEADER_PREFIX
    not_author = _NOT_AUTHOR
    text_kind = TEXT
    system_record = _system_record
    classify_slow = _classify_slow

    # Invariant: ref_nl is the number of real newlines in the file before buf[ref_pos]. The
    # first buffer starts with an artificial newline (a header must follow a newline).
    carry = "\n"
    ref_pos = 1
    ref_nl = 0
    seen_header = False
    skipping = False  # inside the cut-off tail of a truncated message
    chunk_iter = iter(chunks)
    final = False
    while not final:
        chunk = next(chunk_iter, None)
        final = chunk is None
        buf = carry if final else carry + chunk
        out: list[tuple] = []
        append = out.append
        # The message being read: its match pm (header at ppos, line pline), body from pend.
        pm = None
        pend = pline = ppos = 0
        pgroups: tuple = ()
        last_date = None
        for m in finditer(buf):
            p, e = m.span()
            groups = m.groups()
            date_s = groups[0]
            if date_s != last_date:
                ymd = dates.get(date_s, dates)  # the dict itself marks "not cached yet"
                if ymd is dates:
                    ymd = resolve_date(date_s)
                if ymd is None:
                    _warn_invalid_date(state, _nl_before(buf, p + 1, ref_pos, ref_nl) + 1)
                    continue
                last_date = date_s
            if pm is None:
                ref_nl = _nl_before(buf, p + 1, ref_pos, ref_nl)
                ref_pos = p + 1
                if not seen_header and not skipping:
                    _leading_text(state, buf, p, ref_pos, ref_nl)
                skipping = False
                seen_header = True
                pm = m
                pend = e
                pline = ref_nl + 1
                pgroups = groups
                ppos = p
                continue
            # ---- the previous message is complete: classify it (hot path) ----
            raw = buf[pend:p]
            nl = raw.find("\n")
            if nl < 0:
                line_no = pline + 1
            else:
                line_no = pline + 1 + raw.count("\n", nl)
                if foreign_search(raw, nl):
                    _warn_foreign_headers(state, spec.header_re, raw, nl, pline)
            araw = pgroups[4]
            # Fast path: a known ordinary author and a body that cannot be special.
            if pgroups[5] is not None and p - pend <= max_chars:
                entry = fast_get(araw)
                if entry is not None:
                    name, special_starts = entry
                    text = raw.rstrip()
                    bfirst = text if nl < 0 else text[:nl]
                    # Invisible marks inside ordinary text are removed later (RAW_TEXT); only
                    # a leading one changes the meaning (iOS notices, attachments, deleted).
                    if (
                        text[:1] in leading_special
                        or text[-1] in closing_special  # edited marker at the very end
                        or bfirst[-1:] in closing_special  # attachment notation, 1st line
                        or bfirst[-6:] in special_tails
                        or (":" in bfirst and "://" in bfirst)
                        or bfirst.startswith(special_starts)
                    ):
                        append(classify_slow(state, pline, pgroups, authors[araw], raw, False))
                    else:
                        append((pline, pgroups, name, text_kind, text, (), False, False, None,
                                raw_text))  # fmt: skip
                    pm = m
                    pend = e
                    pline = line_no
                    pgroups = groups
                    ppos = p
                    continue
            if pgroups[5] is None:
                # No ": " after the first colon-free stretch: that text belongs to the body.
                raw = buf[pend - len(araw) : p]
                truncated = len(raw) > max_chars
                if truncated:
                    raw = raw[:max_chars]
                    _warn_truncated(state, pline)
                append(_without_author_group(state, pline, pgroups, raw, truncated))
            else:
                truncated = len(raw) > max_chars
                if truncated:
                    raw = raw[:max_chars]
                    _warn_truncated(state, pline)
                info = authors.get(araw)
                if info is None:
                    start = pend - len(araw) - 2
                    info = author_info(araw, buf[start : pend + (nl if nl >= 0 else len(raw))])
                if info is not_author:
                    start = pend - len(araw) - 2
                    append(system_record(state, pline, pgroups, buf[start:p], None))
                else:
                    # A new author, a group name, or a message over the limit: the careful path.
                    append(classify_slow(state, pline, pgroups, info, raw, truncated))
            pm = m
            pend = e
            pline = line_no
            pgroups = groups
            ppos = p

        if pm is not None:
            ref_pos, ref_nl = ppos + 1, pline - 1
        if final:
            if pm is not None:
                append(_last_record(state, buf, pm, len(buf), pline))
            elif not seen_header and not skipping:
                _leading_text(state, buf, len(buf), ref_pos, ref_nl)
            if out:
                yield out
            return

        if pm is not None:
            if len(buf) - ppos <= carry_limit:
                carry = buf[ppos:]
                ref_pos = 1
                if out:
                    yield out
                continue
            # A message longer than the limit: keep its head, drop the rest up to the next
            # header, so memory stays bounded however long the line is.
            append(_last_record(state, buf, pm, pend + max_chars + 1, pline))
            skipping = True
            scan_from = ppos + 1
        else:
            scan_from = 0
            if not seen_header and not skipping:
                # Text before the first header: report whole lines, carry the partial last one.
                last_nl = buf.rfind("\n")
                if last_nl > 0:
                    _leading_text(state, buf, last_nl, ref_pos, ref_nl)
                    scan_from = last_nl
        last_nl = buf.rfind("\n", scan_from)
        if last_nl >= 0 and len(buf) - last_nl <= _MAX_HEADER_PREFIX:
            ref_nl = _nl_before(buf, last_nl + 1, ref_pos, ref_nl)
            carry = buf[last_nl:]
            ref_pos = 1
        else:
            ref_nl = _nl_before(buf, len(buf), ref_pos, ref_nl)
            carry = ""
            ref_pos = 0
        if out:
            yield out


def _last_record(state: ScanState, buf: str, m: re.Match, end: int, pline: int) -> tuple:
    """Classify the message of match m whose body runs to buf[end] (end of text or cut-off)."""
    groups = m.groups()
    araw = groups[4]
    raw = buf[m.start(5) if groups[5] is None else m.end() : end]
    if end == len(buf) and raw.endswith("\n"):
        # The newline that closes the file's last line ends the message, as the newline before
        # the next header does for the others: no character of it (or a message of exactly the
        # limit was reported cut).
        raw = raw[:-1]
    truncated = len(raw) > MAX_MESSAGE_CHARS
    if truncated:
        raw = raw[:MAX_MESSAGE_CHARS]
        _warn_truncated(state, pline)
    nl = raw.find("\n")
    if nl >= 0 and _FOREIGN_HEADER_RE.search(raw, nl):
        _warn_foreign_headers(state, m.re, raw, nl, pline)
    if groups[5] is None:
        return _without_author_group(state, pline, groups, raw, truncated)
    info = state.author_info(araw, buf[m.start(5) : m.end() + (nl if nl >= 0 else len(raw))])
    if info is _NOT_AUTHOR:
        return _system_record(state, pline, groups, buf[m.start(5) : end], None)
    return _classify_slow(state, pline, groups, info, raw, truncated)


def _without_author_group(
    state: ScanState, pline: int, groups: tuple, raw: str, truncated: bool
) -> tuple:
    """A header whose first colon is not "colon space": a name with a colon, "Carol:" or a notice."""
    nl = raw.find("\n")
    first = raw if nl < 0 else raw[:nl]
    c = first.find(": ")
    if c > 0:
        body = raw[c + 2 :]
    elif len(first) > 1 and first[-1] == ":":
        c = len(first) - 1
        body = raw[c + 1 :]
    else:
        return _system_record(state, pline, groups, raw, None)
    info = state.author_info(first[:c], first)
    if info is _NOT_AUTHOR:
        return _system_record(state, pline, groups, raw, None)
    return _classify_slow(state, pline, groups, info, body, truncated)


def _warn_foreign_headers(
    state: ScanState, header_re: re.Pattern[str], raw: str, nl: int, pline: int
) -> None:
    """Warn about body lines that are headers of another layout (kept in the message)."""
    for m in _FOREIGN_HEADER_RE.finditer(raw, nl):
        if header_re.match(raw, m.start()):
            continue  # this file's own layout with an impossible date: warned as invalid_date
        end = raw.find("\n", m.start() + 1)
        line = raw[m.start() + 1 : end if end >= 0 else len(raw)]
        if probe_line(line) is not None:
            line_no = pline + raw.count("\n", 0, m.start() + 1)
            state.warn(line_no, "foreign_header",
                       "Deze regel lijkt een bericht in een andere datumnotatie dan de rest van "
                       "de chat; hij is bij het vorige bericht gehouden.")  # fmt: skip


def _warn_invalid_date(state: ScanState, line_no: int) -> None:
    # A carried-over message is scanned again with the next chunk: report each line once.
    if line_no <= state.last_invalid_line:
        return
    state.last_invalid_line = line_no
    state.invalid_headers += 1
    state.warn(line_no, "invalid_date",
               "Deze regel lijkt een berichtkop, maar de datum bestaat niet; de regel is bij "
               "het vorige bericht gehouden.")  # fmt: skip


def _warn_truncated(state: ScanState, line_no: int) -> None:
    state.truncated += 1
    state.warn(line_no, "truncated",
               "Dit bericht is langer dan 100.000 tekens en is ingekort; het origineel blijft "
               "bewaard.")  # fmt: skip


def _nl_before(buf: str, x: int, ref_pos: int, ref_nl: int) -> int:
    """Number of real newlines in the file before buf position x."""
    if x <= ref_pos:
        return ref_nl - buf.count("\n", x, ref_pos)
    return ref_nl + buf.count("\n", ref_pos, x)


def _leading_text(state: ScanState, buf: str, end: int, ref_pos: int, ref_nl: int) -> None:
    """Warn about non-empty lines in buf[:end] that come before the first header."""
    lines = buf[:end].split("\n")
    if buf[:1] == "\n":
        base = _nl_before(buf, 1, ref_pos, ref_nl)  # lines[0] is empty; lines[1] is line base+1
    else:
        base = _nl_before(buf, 0, ref_pos, ref_nl) + 1
    for offset, line in enumerate(lines):
        if classify.strip_invisible(line).strip():
            state.unplaced_lines += 1
            state.warn(base + offset, "unplaced_line",
                       "Deze regel hoort bij geen enkel bericht (hij staat vóór het eerste "
                       "bericht) en is niet overgenomen.")  # fmt: skip
