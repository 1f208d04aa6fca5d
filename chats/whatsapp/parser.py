"""Public entry points: detect a chat file's format, then stream or collect its messages."""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from . import classify, errors
from .encoding import DecodeStats, detect_encoding, iter_text, read_head
from .errors import WhatsAppParseError
from .formats import (
    DateOrderDecision,
    HeaderSpec,
    build_spec,
    count_locale_markers,
    describe,
    detect_signature,
    infer_date_order,
    pick_locale,
    probe_line,
    to_hour,
)
from .media import MediaIndex, is_safe_name
from .phrases import INVISIBLE_CHARS, MARKED_OMITTED_RE
from .results import ChatFormat, Message, ParsedChat, ParseWarning, Participant
from .scanner import RAW_TEXT, ScanState, scan, scan_batches

SAMPLE_CHARS = 256 * 1024
_MAX_DATES_TRACKED = 100_000
_STRUCTURE_LINES = 20
# Characters kept from one chunk to the next so a placeholder across the cut is found.
_MARKED_OVERLAP = 64

StrPath = str | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class _Detected:
    format: ChatFormat
    spec: HeaderSpec
    encoding: str
    warnings: tuple[ParseWarning, ...]


def _non_empty_lines(text: str, limit: int) -> list[str]:
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip().strip(INVISIBLE_CHARS)
        if stripped:
            lines.append(line)
            if len(lines) >= limit:
                break
    return lines


def structure_ok(sample: str, *, strict: bool) -> bool:
    """True if the first non-empty lines are WhatsApp headers (a CSV or letter is not)."""
    lines = _non_empty_lines(sample, _STRUCTURE_LINES)
    if not lines:
        return False
    if probe_line(lines[0]) is not None:
        return True
    if strict:
        return False
    # Tolerate a stray first line (a title someone typed above the export).
    headers = sum(1 for line in lines if probe_line(line) is not None)
    return headers * 2 >= len(lines)


def looks_like_chat(path: StrPath) -> bool:
    """Cheap check: True if the first non-empty line of the file is a WhatsApp chat header."""
    try:
        if os.path.getsize(path) == 0:
            return False
        encoding = detect_encoding(path, full_scan=False)
        sample = read_head(path, encoding, 64 * 1024)
    except OSError:
        return False
    return structure_ok(sample, strict=True)


def _scan_dates(
    path: StrPath,
    encoding: str,
    sig_spec: HeaderSpec,
    locale_counts: Counter[str],
) -> DateOrderDecision:
    """Read on through the file until its header dates settle the date order (or it ends)."""
    findall = sig_spec.date_re.findall
    sig = sig_spec.signature
    seen: dict[str, None] = {}
    carry = "\n"
    count_words = not locale_counts
    chunks = iter_text(path, DecodeStats(encoding))
    try:
        for chunk in chunks:
            buf = carry + chunk
            cut = buf.rfind("\n")
            if cut <= 0:
                carry = buf if len(buf) < 512 else ""
                continue
            block = buf[:cut]
            carry = buf[cut:]
            before = len(seen)
            if before < _MAX_DATES_TRACKED:
                seen.update(dict.fromkeys(findall(block)))
            if count_words:
                count_locale_markers(block, locale_counts)
            if len(seen) > before:
                decision = infer_date_order(list(seen), sig, pick_locale(locale_counts))
                if decision.confident:
                    return decision
    finally:
        chunks.close()
    if carry:
        seen.update(dict.fromkeys(findall(carry + "\n")))
    return infer_date_order(list(seen), sig, pick_locale(locale_counts))


def _detect(path: StrPath) -> _Detected:
    """Detect encoding, header layout, locale and date order of a chat text file."""
    try:
        size = os.path.getsize(path)
    except FileNotFoundError as exc:
        raise WhatsAppParseError(errors.NOT_FOUND, code="not_found") from exc
    except OSError as exc:
        raise WhatsAppParseError(errors.UNREADABLE, code="unreadable") from exc
    if size == 0:
        raise WhatsAppParseError(errors.EMPTY_FILE, code="empty")
    encoding = detect_encoding(path)
    sample = read_head(path, encoding, SAMPLE_CHARS)
    if not sample.strip():
        raise WhatsAppParseError(errors.EMPTY_FILE, code="empty")
    if not structure_ok(sample, strict=False):
        raise WhatsAppParseError(errors.NOT_A_CHAT)
    complete = len(sample) < SAMPLE_CHARS
    # The sample's last line may be cut off; a cut header fails the probe or is outvoted, and
    # a single very long first line still starts with its (complete) header.
    lines = sample.split("\n")
    sig = detect_signature(lines)
    if sig is None:
        raise WhatsAppParseError(errors.NOT_A_CHAT)
    spec = build_spec(sig)
    locale_counts: Counter[str] = Counter()
    count_locale_markers(sample, locale_counts)
    dates = list(dict.fromkeys(spec.date_re.findall("\n" + "\n".join(lines))))
    decision = infer_date_order(dates, sig, pick_locale(locale_counts))
    if not decision.confident and not complete:
        # The sample could not settle the order: read on through the file's dates.
        decision = _scan_dates(path, encoding, spec, locale_counts)
    locale = pick_locale(locale_counts)
    fmt = ChatFormat(
        os=sig.os,  # type: ignore[arg-type]
        locale=locale,
        date_order=decision.order,  # type: ignore[arg-type]
        date_order_confident=decision.confident,
        date_order_confidence=decision.confidence,  # type: ignore[arg-type]
        date_order_reason=decision.reason,
        clock="12h" if sig.ampm or sig.pre_ampm else "24h",
        seconds=sig.seconds,
        pattern=describe(sig, decision.order),
    )
    warnings: list[ParseWarning] = []
    if not decision.confident:
        warnings.append(_date_order_warning(decision))
    return _Detected(fmt, spec, encoding, tuple(warnings))


def _marked_probe(path: StrPath, detected: _Detected) -> Callable[[], bool]:
    """A reader that tells whether any placeholder in the file carries iOS's invisible mark."""
    return functools.partial(_has_marked_placeholder, path, detected.encoding)


def _has_marked_placeholder(path: StrPath, encoding: str) -> bool:
    """Read the file once for a marked placeholder ("\u200eimage omitted"); stops at the first."""
    search = MARKED_OMITTED_RE.search
    tail = ""
    for chunk in iter_text(path, DecodeStats(encoding)):
        text = tail + chunk
        if search(text) is not None:
            return True
        tail = text[-_MARKED_OVERLAP:]
    return False


def _date_order_warning(decision: DateOrderDecision) -> ParseWarning:
    readable = {"DMY": "dag-maand-jaar", "MDY": "maand-dag-jaar"}.get(
        decision.order, decision.order
    )
    return ParseWarning(
        0,
        "date_order_uncertain",
        f"De volgorde van dag en maand is niet zeker uit de datums af te leiden; gekozen is "
        f"{readable}. Controleer een paar data in de chat.",
    )


class MessageStream(Iterator[Message]):
    """Messages of one chat file, read lazily; counts and warnings fill in while iterating."""

    def __init__(self, path: StrPath, detected: _Detected, media: MediaIndex) -> None:
        self.format = detected.format
        self.encoding = detected.encoding
        self._stats = DecodeStats(detected.encoding)
        self._state = ScanState(detected.format.date_order, _marked_probe(path, detected))
        self._leading_warnings = list(detected.warnings)
        self._media = media
        self._tsep = detected.spec.signature.tsep
        self._authors: dict[str, list[int]] = {}  # name -> [count, first_seq]
        self._finished = False
        self._records = scan(iter_text(path, self._stats), detected.spec, self._state)
        self._messages = self._build(self._records)

    def __iter__(self) -> MessageStream:
        return self

    def __next__(self) -> Message:
        return next(self._messages)

    def close(self) -> None:
        """Stop reading and release the file."""
        self._messages.close()
        self._records.close()

    def __enter__(self) -> MessageStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def decode_errors(self) -> int:
        return self._stats.decode_errors

    @property
    def nul_chars_removed(self) -> int:
        return self._stats.nul_removed

    @property
    def warnings(self) -> list[ParseWarning]:
        """Warnings so far (all of them once the stream is exhausted)."""
        found = self._leading_warnings + self._state.warnings
        if self._finished:
            found += self._closing_warnings()
        return sorted(found, key=lambda w: w.line_no)

    @property
    def participants(self) -> list[Participant]:
        """Authors so far, in order of first appearance, with their message counts."""
        return [Participant(name, c, first) for name, (c, first) in self._authors.items()]

    def _closing_warnings(self) -> list[ParseWarning]:
        out: list[ParseWarning] = []
        # Singular or plural by hand: this core imports nothing of the project (chats.wording).
        if n := self._stats.decode_errors:
            said = (
                "1 teken in het chatbestand kon niet worden gelezen; het is"
                if n == 1
                else f"{n} tekens in het chatbestand konden niet worden gelezen; ze zijn"
            )
            out.append(ParseWarning(0, "decode_errors", f"{said} vervangen door �."))
        if n := self._stats.nul_removed:
            said = "1 onzichtbaar nul-teken is" if n == 1 else f"{n} onzichtbare nul-tekens zijn"
            out.append(ParseWarning(0, "nul_removed", f"{said} uit de tekst verwijderd."))
        if n := self._state.warnings_dropped:
            said = "1 melding" if n == 1 else f"{n} meldingen"
            out.append(ParseWarning(0, "more_warnings", f"En nog {said} van dezelfde soort."))
        return out

    def _build(self, records: Iterator[tuple]) -> Iterator[Message]:
        dates = self._state.dates
        tsep = self._tsep
        authors = self._authors
        link = self._media.link if self._media else None
        state = self._state
        message = Message
        timeless = functools.partial(Message, time_known=False)
        raw_text = RAW_TEXT
        strip_invisible = classify.strip_invisible
        seq = -1
        for rec in records:
            seq += 1
            line, groups, author, kind, text, atts = rec[:6]
            date_s, pre, time_s, ampm = groups[:4]
            ymd = dates[date_s]
            if pre or ampm:
                h, mi, s = to_hour(time_s, pre, ampm)
            else:
                parts = time_s.split(tsep)
                h = int(parts[0])
                mi = int(parts[1])
                s = int(parts[2]) if len(parts) > 2 else 0
            try:
                # Naive on purpose: the export holds wall-clock time without a zone.
                sent_at = datetime(ymd[0], ymd[1], ymd[2], h, mi, s)  # noqa: DTZ001
                new = message
            except ValueError:  # an hour like 25 (only possible with non-ASCII digits)
                sent_at = datetime(ymd[0], ymd[1], ymd[2])  # noqa: DTZ001
                new = timeless
                state.warn(line, "invalid_time",
                           "De tijd in deze berichtkop bestaat niet; het bericht staat op "
                           "middernacht van die dag.")  # fmt: skip
            if author is not None:
                counts = authors.get(author)
                if counts is None:
                    authors[author] = [1, seq]
                else:
                    counts[0] += 1
            extra = rec[9]
            if extra is raw_text:
                if not text.isascii():
                    text = strip_invisible(text)
                yield new(seq, line, sent_at, author, kind, text, (), False, False)
                continue
            if extra is None and not atts and rec[8] is None:
                yield new(seq, line, sent_at, author, kind, text, (), rec[6], rec[7])
                continue
            omitted = False
            media_type = subtype = title = None
            if extra is not None:
                (omitted, media_type, title), subtype = extra
                if media_type is None and atts:
                    media_type = classify.media_type_for(atts[0])
                    if media_type == "contact":
                        subtype = "contact"
            linked: tuple[str | None, ...] = ()
            if atts:
                linked = tuple(link(a) for a in atts) if link else (None,) * len(atts)
                for name in atts:
                    if not is_safe_name(name):
                        state.warn(line, "unsafe_attachment_name",
                                   "Een bijlage in het gesprek heeft een ongeldige "
                                   "bestandsnaam; die wordt niet gekoppeld.")  # fmt: skip
            yield new(
                seq,
                line,
                sent_at,
                author,
                kind,
                text,
                atts,
                rec[6],
                rec[7],
                linked,
                omitted,
                media_type,
                subtype,
                rec[8],
                title,
            )
        self._finished = True


def iter_chat_file(
    path: StrPath, *, media_names: Iterable[str] = ()
) -> tuple[ChatFormat, MessageStream]:
    """Detect the format, then return it with a lazy stream of the file's messages."""
    detected = _detect(path)
    return detected.format, MessageStream(path, detected, MediaIndex(media_names))


def parse_chat_file(path: StrPath, *, media_names: Iterable[str] = ()) -> ParsedChat:
    """Parse one chat text file on disk into a ParsedChat (all messages in memory)."""
    fmt, stream = iter_chat_file(path, media_names=media_names)
    messages = tuple(stream)
    return ParsedChat(
        format=fmt,
        participants=tuple(stream.participants),
        messages=messages,
        warnings=tuple(stream.warnings),
        encoding=stream.encoding,
        decode_errors=stream.decode_errors,
        nul_chars_removed=stream.nul_chars_removed,
    )


def iter_record_batches(
    path: StrPath,
) -> tuple[_Detected, ScanState, DecodeStats, Iterator[list[tuple]]]:
    """Lower-level stream of raw record batches, for counting without building Messages."""
    detected = _detect(path)
    stats = DecodeStats(detected.encoding)
    state = ScanState(detected.format.date_order, _marked_probe(path, detected))
    return detected, state, stats, scan_batches(iter_text(path, stats), detected.spec, state)


def record_sent_at(state: ScanState, tsep: str, groups: tuple) -> datetime:
    """The timestamp of a raw record's header groups."""
    date_s, pre, time_s, ampm = groups[:4]
    y, mo, d = state.dates[date_s]  # type: ignore[misc]
    if pre or ampm:
        h, mi, s = to_hour(time_s, pre, ampm)
    else:
        parts = [int(p) for p in time_s.split(tsep)]
        h, mi, s = parts[0], parts[1], parts[2] if len(parts) > 2 else 0
    try:
        return datetime(y, mo, d, h, mi, s)  # noqa: DTZ001 - wall-clock time, no zone
    except ValueError:  # impossible hour, reported by the message stream
        return datetime(y, mo, d)  # noqa: DTZ001
