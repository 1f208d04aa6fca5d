"""Dates of birth: a date with birth context. Appointment dates and deadlines stay."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime

from chats.redaction.spans import Span

_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\.?"
)
# 12-03-1985, 12/3/85, 12.03.1985, 1985-03-12, 12 maart 1985, 12 mrt '85, and without a year.
_DATE_RE = re.compile(
    r"(?<![\w/.-])(?:"
    r"(?P<d1>\d{1,2})(?P<sep>[-/.])(?P<m1>\d{1,2})(?P=sep)(?P<y1>\d{4}|\d{2})"
    r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    rf"|(?P<d2>\d{{1,2}})[ ]{_MONTHS}(?:[ ](?P<y2>\d{{4}}|'\d{{2}}))?"
    r"|(?P<d4>[0-3]\d)(?P<m4>[01]\d)(?P<y4>(?:19|20)\d{2})"
    r")(?![\w]|[-/.]\d)",
    re.I,
)
# Birth cues: geb., geboren (op), geboortedatum, gebdatum, geb.datum, geb datum, DOB, jarig.
_CUE_RE = re.compile(
    r"\b(?:geb(?:oren)?\b\.?|geboorte\w*|geb\.?[ ]?datum|gebdatum|d\.?o\.?b\.?|date of birth)",
    re.I,
)
# A birthday is a birth date only with its year: "verjaardag 12-03-1985", not "jarig op 3 maart".
_BIRTHDAY_CUE_RE = re.compile(r"\b(?:verjaardag|jarig)", re.I)
# Words that make a date something other than a birth date, even near a cue.
_OTHER_EVENT_RE = re.compile(
    r"\b(?:afspraak|vergadering|deadline|termijn|ingang|per|vanaf|sinds|tot|overleden|"
    r"getrouwd|verhuisd|ingeschreven|uitgeschreven|om|op\s+\w+dag)\b",
    re.I,
)
# A sentence ends at ?, !, a newline, or a full stop followed by a capital.
_SENTENCE_END_RE = re.compile(r"[!?\n]|\.\s+(?=[A-Z])")


def find_birthdates(text: str, persons: Iterable[Span] = ()) -> list[Span]:
    """Dates that follow a birth cue in the same sentence, or stand in brackets after a name."""
    spans = []
    person_ends = {s.end for s in persons}
    for match in _DATE_RE.finditer(text):
        has_year = bool(match.group("y1") or match.group("y2") or match.group("y3"))
        if not _valid_date(match):
            continue
        if match.group("y4"):
            # "06112001": eight digits are a birth date only right after a birth cue.
            if _after_cue(text, match.start(), _CUE_RE):
                spans.append(Span(match.start(), match.end(), "DATE_OF_BIRTH"))
            continue
        cued = _after_cue(text, match.start(), _CUE_RE) or (
            has_year and _after_cue(text, match.start(), _BIRTHDAY_CUE_RE)
        )
        if cued or (
            has_year
            and (
                _after_name(text, match.start(), person_ends) or _old_date_in_brackets(text, match)
            )
        ):
            spans.append(Span(match.start(), match.end(), "DATE_OF_BIRTH"))
    return spans


def _valid_date(match: re.Match[str]) -> bool:
    """Day 1-31 and, for numeric dates, month 1-12."""
    day = int(match.group("d1") or match.group("d2") or match.group("d3") or match.group("d4"))
    month = match.group("m1") or match.group("m3") or match.group("m4")
    return 1 <= day <= 31 and (month is None or 1 <= int(month) <= 12)


def _after_cue(text: str, start: int, cue_re: re.Pattern[str]) -> bool:
    """True when a birth cue precedes the date within its sentence (up to 60 characters)."""
    window = text[max(0, start - 60) : start]
    ends = list(_SENTENCE_END_RE.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    cues = list(cue_re.finditer(window))
    if not cues:
        return False
    # "geboren in Meppel, afspraak op 12-03-2025": another event word after the cue wins.
    return _OTHER_EVENT_RE.search(window[cues[-1].end() :]) is None


def _old_date_in_brackets(text: str, match: re.Match[str]) -> bool:
    """'(14-09-1958)': a date at least ten years back, alone in brackets, is a birth date."""
    if text[match.start() - 1 : match.start()] != "(" or text[match.end() : match.end() + 1] != ")":
        return False
    year = int((match.group("y1") or match.group("y2") or match.group("y3") or "0").lstrip("'"))
    if year < 100:
        year += 1900 if year > datetime.now(tz=UTC).year % 100 else 2000
    return year <= datetime.now(tz=UTC).year - 10


def _after_name(text: str, start: int, person_ends: set[int]) -> bool:
    """True for "Margriet Smit (27.04.1983)" and "Jan Smit, 12-03-1985": a date right after a name."""
    gap = text[max(0, start - 3) : start]
    for sep in (" (", "(", ", ", " "):
        if gap.endswith(sep) and (start - len(sep)) in person_ends:
            return True
    return False
