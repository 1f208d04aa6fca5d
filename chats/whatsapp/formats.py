"""Header format detection: which layout a file uses, its date order and its locale."""

from __future__ import annotations

import calendar
import datetime
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .phrases import (
    AM_PM_AFTER,
    AM_PM_BEFORE,
    DAY_FIRST_LOCALES,
    INVISIBLE_CLASS,
    LOCALE_MARKERS,
    PM_WORDS,
)

_INV = INVISIBLE_CLASS + "*"
_SPACE = "[ \u00a0\u202f]"
_AMPM_AFTER = "|".join(AM_PM_AFTER)
_AMPM_BEFORE = "|".join(AM_PM_BEFORE)

# A loose header pattern for detection only: every layout in the corpus, matched on one line.
# The marks after "[" are read only after one: two runs of them side by side split a long run
# every way (quadratic: 10,000 marks took a second).
_PROBE_RE = re.compile(
    rf"""
    {_INV}
    (?:(?P<open>\[){_INV})?
    (?P<d1>\d{{1,4}})(?P<mark>{INVISIBLE_CLASS})?(?P<sep>[./-]|\.\ )
    (?P<d2>\d{{1,4}})(?(mark){INVISIBLE_CLASS})(?P=sep)(?P<d3>\d{{1,4}})(?P<dend>\.)?
    (?:[,،]{_SPACE}?|{_SPACE})(?P<connector>(?:klo|à|kl\.|um)\ )?
    (?P<pre>(?:{_AMPM_BEFORE}){_SPACE}?)?
    (?P<h>\d{{1,2}})(?P<tsep>[:.])(?P<mi>\d{{2}})(?:(?P=tsep)(?P<s>\d{{2}}))?
    (?P<ampm>[ \u00a0\u202f_]?(?:{_AMPM_AFTER}))?
    \.?
    (?(open)\]\ ?|(?P<arrow>\ [-–]\ |:\ |,\ |\ ))
    """,
    re.VERBOSE,
)

# iOS in a few languages (Vietnamese) writes the time first: "[21:41:35, 3/27/22] Name: text".
_TIME_FIRST_PROBE_RE = re.compile(
    rf"""
    {_INV}(?P<open>\[){_INV}
    (?P<pre>(?:{_AMPM_BEFORE}){_SPACE}?)?
    (?P<h>\d{{1,2}})(?P<tsep>[:.])(?P<mi>\d{{2}})(?:(?P=tsep)(?P<s>\d{{2}}))?
    (?P<ampm>[ \u00a0\u202f_]?(?:{_AMPM_AFTER}))?
    (?:[,،]{_SPACE}?|{_SPACE})
    (?P<d1>\d{{1,4}})(?P<mark>{INVISIBLE_CLASS})?(?P<sep>[./-]|\.\ )
    (?P<d2>\d{{1,4}})(?(mark){INVISIBLE_CLASS})(?P=sep)(?P<d3>\d{{1,4}})\.?
    \]\ ?
    """,
    re.VERBOSE,
)

_DIGITS_RE = re.compile(r"\d+")

# The author after a header: the text before the first colon on the line, an author only when
# ": " follows (group 6). Written without an optional group so the engine runs it as one tight
# loop. The scanner handles the rare rest in Python: a colon inside a name ("Mama :): hoi"), a
# colon ending the line ("Carol:" with an empty body); "John Doe:." has no author.
_AUTHOR = r"([^:\n]*)(: )?"

ORDERS = ("DMY", "MDY", "YMD", "YDM", "MYD", "DYM")


@dataclass(frozen=True, slots=True)
class Signature:
    """The layout facts of one header line."""

    os: str  # "ios" (brackets) or "android"
    sep: str  # date separator: "-", "/", ".", ". "
    year_index: int | None  # which date field has four digits; None for two-digit years
    tsep: str  # ":" or "."
    seconds: bool
    ampm: bool
    ampm_style: str  # "upper" (AM, en-US), "lower" (am, en-GB), "dotted" (p.m., p. m.) or ""
    ascii_digits: bool  # False for Arabic-Indic and other non-ASCII digits
    pre_ampm: bool  # day-part word before the time (zh/ja/ko)
    connector: str  # word between date and time: Finnish "klo ", French "à ", or ""
    arrow: str  # Android separator after the time: " - ", ": " or " "
    marked_date: bool = False  # a direction mark after the day and the month (iPhone, Arabic)
    time_first: bool = False  # "[21:41:35, 3/27/22]" (iOS, Vietnamese)


@dataclass(frozen=True, slots=True)
class HeaderSpec:
    """A detected layout and the compiled patterns that read it."""

    signature: Signature
    # "\n" + header + author; groups: date, day-part before, time, day-part after, text up to
    # the first colon, ": " (None when that text is not an author)
    header_re: re.Pattern[str]
    date_re: re.Pattern[str]  # "\n" + header, one group: the date


def probe_line(line: str) -> Signature | None:
    """Return the layout of a line if it starts like a WhatsApp header, else None."""
    m = _PROBE_RE.match(line) or _TIME_FIRST_PROBE_RE.match(line)
    if m is None:
        return None
    time_first = m.re is _TIME_FIRST_PROBE_RE
    groups = m.groupdict()
    widths = [len(m.group(k)) for k in ("d1", "d2", "d3")]
    if any(w == 3 or w > 4 for w in widths) or widths.count(4) > 1:
        return None
    arrow = groups.get("arrow") or ""
    sep = m.group("sep")
    ampm = m.group("ampm") or ""
    style = ""
    if ampm:
        style = "dotted" if "." in ampm else ("lower" if ampm.islower() else "upper")
    # A bare space after the time is only a header separator in the Hungarian-style layout;
    # elsewhere it would make any "date time text" line (logs, CSV) look like a chat.
    if m.group("open") is None and arrow == " " and sep != ". ":
        return None
    return Signature(
        os="ios" if m.group("open") else "android",
        sep=sep,
        year_index=widths.index(4) if 4 in widths else None,
        tsep=m.group("tsep"),
        seconds=m.group("s") is not None,
        ampm=bool(ampm),
        ampm_style=style,
        ascii_digits=(m.group("d1") + m.group("d2") + m.group("d3") + m.group("h")).isascii(),
        pre_ampm=m.group("pre") is not None,
        connector=groups.get("connector") or "",
        arrow=arrow.replace("–", "-"),
        marked_date=m.group("mark") is not None,
        time_first=time_first,
    )


def detect_signature(lines: Iterable[str], max_headers: int = 2000) -> Signature | None:
    """Return the most common header layout among the lines, or None if none looks like one."""
    counts: Counter[Signature] = Counter()
    seen = 0
    for line in lines:
        if not line:
            continue
        sig = probe_line(line)
        if sig is not None:
            counts[sig] += 1
            seen += 1
            if seen >= max_headers:
                break
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def build_spec(sig: Signature) -> HeaderSpec:
    """Compile the one header pattern for this layout (anchored after a newline)."""
    # [0-9] is much cheaper for the regex engine than \d (a Unicode lookup per character).
    d = "[0-9]" if sig.ascii_digits else r"\d"
    fields = [d * 4 if i == sig.year_index else f"{d}{d}?" for i in range(3)]
    sep = (INVISIBLE_CLASS if sig.marked_date else "") + re.escape(sig.sep)
    date = fields[0] + sep + fields[1] + sep + fields[2] + (r"\.?" if sig.sep[0] == "." else "")
    between = rf"(?:[,،]{_SPACE}?|{_SPACE})" + re.escape(sig.connector)
    tsep = re.escape(sig.tsep)
    if sig.ascii_digits:
        hour, minute = r"(?:[01]?[0-9]|2[0-3])", r"[0-5][0-9]"
    else:
        hour, minute = r"\d\d?", r"\d\d"
    time = f"{hour}{tsep}{minute}" + (f"{tsep}{minute}" if sig.seconds else "")
    if sig.os == "ios":
        close = r"\] ?"
    elif sig.arrow == " - ":
        close = r" [-–] "
    else:
        close = re.escape(sig.arrow)
    head = rf"\n{_INV}" + (rf"\[{_INV}" if sig.os == "ios" else "")

    def pattern(capture: bool) -> str:
        def group(x: str) -> str:
            return f"({x})" if capture else f"(?:{x})"

        pre = group(_AMPM_BEFORE) + f"{_SPACE}?" if sig.pre_ampm else ("()" if capture else "")
        ampm = "[ \u00a0\u202f_]?" + group(_AMPM_AFTER) if sig.ampm else ("()" if capture else "")
        if sig.time_first:
            header = f"{head}{_date_ahead(date, capture)}{pre}{group(time)}{ampm}{between}"
            header += (date if capture else f"({date})") + close
        else:
            header = f"{head}({date}){between}{pre}{group(time)}{ampm}\\.?{close}"
        return header + _AUTHOR if capture else header

    return HeaderSpec(sig, re.compile(pattern(True)), re.compile(pattern(False)))


def _date_ahead(date: str, capture: bool) -> str:
    """For a time-first header, a lookahead that captures the date before the time's groups.

    The scanner reads the groups by position (date, day-part, time, day-part); capturing the
    date ahead keeps that order whichever comes first in the line.
    """
    if not capture:
        return ""
    skip = r"[^\]\n]{1,40}?(?:[,،]" + _SPACE + "?|" + _SPACE + ")"
    return f"(?={skip}({date})\\])"


def split_date(date_s: str) -> tuple[int, int, int] | None:
    """Split a header's date into its three numbers."""
    parts = _DIGITS_RE.findall(date_s)
    if len(parts) != 3:
        return None
    return int(parts[0]), int(parts[1]), int(parts[2])


def apply_order(fields: tuple[int, int, int], order: str) -> tuple[int, int, int] | None:
    """Return (year, month, day) if the fields form a real date in this order, else None."""
    values = dict(zip(order, fields, strict=True))
    y, mo, d = values["Y"], values["M"], values["D"]
    if y < 100:
        y += 2000
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1 <= y <= 9999):
        return None
    if d > calendar.monthrange(y, mo)[1]:
        return None
    return y, mo, d


def to_hour(time_s: str, pre: str, ampm: str) -> tuple[int, int, int]:
    """Return (hour, minute, second) in 24-hour time from a header's time and day-part."""
    parts = _DIGITS_RE.findall(time_s)
    h = int(parts[0])
    mi = int(parts[1])
    s = int(parts[2]) if len(parts) > 2 else 0
    marker = (pre or ampm).lower().replace(".", "").replace(" ", "")
    marker = marker.replace("\u00a0", "").replace("\u202f", "")
    if marker:
        # 12:xx AM is just after midnight, 12:xx PM just after noon; "23:59 PM" and "00:04 AM"
        # (hand-edited exports) are already 24-hour and kept as written.
        if marker in PM_WORDS:
            if h < 12:
                h += 12
        elif h == 12:
            h = 0
    return h, mi, s


@dataclass(frozen=True, slots=True)
class DateOrderDecision:
    """The chosen date order and how sure the parser is about it."""

    order: str
    confidence: str  # certain / high / medium / low
    reason: str

    @property
    def confident(self) -> bool:
        return self.confidence == "certain"


def _backward_steps(dates: Sequence[tuple[int, int, int]], order: str) -> int:
    """Count jumps back in time of more than a day between consecutive dates."""
    steps = 0
    prev = None
    for fields in dates:
        ymd = apply_order(fields, order)
        if ymd is None:
            continue
        ordinal = ymd[0] * 372 + ymd[1] * 31 + ymd[2]
        if prev is not None and ordinal < prev - 1:
            steps += 1
        prev = ordinal
    return steps


def infer_date_order(
    date_strings: Sequence[str], sig: Signature, locale: str | None
) -> DateOrderDecision:
    """Decide the date order from all dates of the file, then file order, then locale."""
    dates = [t for t in (split_date(s) for s in date_strings) if t is not None]
    # A date that fits no order at all (31-02-2023 in a pasted text) says nothing about the
    # order; the scan reports it on its own line.
    dates = [t for t in dates if any(apply_order(t, order) for order in ORDERS)]
    if sig.year_index == 0:
        pairs = [("YMD", "YDM")]
    elif sig.year_index == 1:
        pairs = [("MYD", "DYM")]
    else:
        pairs = [("DMY", "MDY")] + ([("YMD", "YDM")] if sig.year_index is None else [])
    for first, second in pairs:
        ok_first = all(apply_order(t, first) for t in dates)
        ok_second = all(apply_order(t, second) for t in dates)
        if ok_first != ok_second:
            only = first if ok_first else second
            if sig.year_index is None and only in ("DMY", "MDY"):
                year_first = _two_digit_year_first(dates, only)
                if year_first is not None:
                    return year_first
            return DateOrderDecision(only, "certain", "a date value only fits this order")
        if ok_first and ok_second:
            if first in ("YMD", "MYD"):
                # Year-first exports always put the month next; no phone writes YDM.
                return DateOrderDecision(first, "certain", "four-digit year first")
            return _ambiguous_day_month(dates, date_strings, sig, locale)
    # No order fits every date: the file mixes layouts or has damaged dates. Take the order that
    # fits most dates; the dates that do not fit are reported line by line.
    scores = {
        order: sum(1 for t in dates if apply_order(t, order)) for pair in pairs for order in pair
    }
    best = max(scores, key=lambda o: (scores[o], -ORDERS.index(o)))
    return DateOrderDecision(best, "low", "no order fits every date; the best fit was chosen")


def _two_digit_year_first(
    dates: Sequence[tuple[int, int, int]], order: str
) -> DateOrderDecision | None:
    """yy-mm-dd, when it fits every date, keeps them all in sequence and `order` does not.

    A two-digit year written first ('19-09-30') fits day first too; only the file's order tells
    them apart (day first would put '19-10-01' 29 years back). Settled only without a single
    step back, and when year first spans less time than `order` (a day-first chat with one
    late message is kept in sequence year first too, by spreading its days over decades), as
    the review can swap day and month but not move the year: otherwise day or month first
    stands, as every phone but a rare few writes it.
    """
    if not all(apply_order(t, "YMD") for t in dates):
        return None
    if _backward_steps(dates, "YMD") == 0 < _backward_steps(dates, order) and _span_days(
        dates, "YMD"
    ) < _span_days(dates, order):
        return DateOrderDecision("YMD", "certain", "only a two-digit year first keeps the sequence")
    return None


def _span_days(dates: Sequence[tuple[int, int, int]], order: str) -> int:
    """Days from the earliest to the latest of the dates that fit `order`."""
    days = [
        datetime.date(*ymd).toordinal()
        for ymd in (apply_order(t, order) for t in dates)
        if ymd is not None
    ]
    return max(days) - min(days) if days else 0


def _ambiguous_day_month(
    dates: Sequence[tuple[int, int, int]],
    date_strings: Sequence[str],
    sig: Signature,
    locale: str | None,
) -> DateOrderDecision:
    back_dmy = _backward_steps(dates, "DMY")
    back_mdy = _backward_steps(dates, "MDY")
    if back_dmy != back_mdy:
        order = "DMY" if back_dmy < back_mdy else "MDY"
        return DateOrderDecision(order, "high", "only this order keeps the dates in sequence")
    # Shape of the date: nl-NL writes 02-05-2022, de-DE 02.05.22, en-US 5/2/22 (no zeros,
    # two-digit year, "PM"); en-GB and most of Europe 02/05/2022, "pm" or "p. m.".
    non_year = [
        part
        for s in date_strings
        for i, part in enumerate(_DIGITS_RE.findall(s))
        if i != (sig.year_index if sig.year_index is not None else 2)
    ]
    unpadded = any(len(p) == 1 for p in non_year)
    two_digit_year = sig.year_index is None
    shape: str | None = None
    if sig.sep in ("-", ".", ". ") or sig.sep == "/" and sig.ampm_style in ("lower", "dotted"):
        shape = "DMY"
    elif sig.sep == "/" and unpadded and two_digit_year:
        shape = "MDY"
    locale_order = "DMY" if locale in DAY_FIRST_LOCALES else None
    if shape and locale_order:
        if shape == locale_order:
            return DateOrderDecision(shape, "high", f"date layout and {locale} texts agree")
        return DateOrderDecision(shape, "low", f"date layout chosen over {locale} texts")
    if shape:
        return DateOrderDecision(shape, "medium", "date layout of the phone's region")
    if locale_order:
        return DateOrderDecision("DMY", "medium", f"{locale} texts: day first")
    return DateOrderDecision("DMY", "low", "no evidence; day first assumed")


def count_locale_markers(text: str, counts: Counter[str]) -> None:
    """Add the occurrences of each locale's WhatsApp words in text to counts."""
    for locale, markers in LOCALE_MARKERS.items():
        for marker in markers:
            n = text.count(marker)
            if n:
                counts[locale] += n


def pick_locale(counts: Counter[str]) -> str | None:
    """Return the locale with the most WhatsApp words, preferring non-English on a tie."""
    if not counts:
        return None
    return max(counts, key=lambda loc: (counts[loc], loc != "en"))


def describe(sig: Signature, order: str) -> str:
    """Return a readable header pattern such as "[dd-mm-yyyy hh:mm:ss]"."""
    names = {"D": "dd", "M": "mm", "Y": "yy"}
    parts = [names[c] for c in order]
    yi = order.index("Y")
    if sig.year_index is not None:
        parts[yi] = "yyyy"
    date = sig.sep.join(parts)
    time = "hh" + sig.tsep + "mm" + (sig.tsep + "ss" if sig.seconds else "")
    if sig.ampm:
        time += " am/pm"
    if sig.pre_ampm:
        time = "am/pm " + time
    text = f"{date} {sig.connector}{time}"
    if sig.time_first:
        text = f"{time}, {date}"
    if sig.os == "ios":
        return f"[{text}]"
    return f"{text}{sig.arrow.rstrip()}"
