"""Round 56: causes behind the errors of blind_text_54, as rules over a chat's found spans.

- birth dates: a date in any script or calendar right after a birth cue ("gebore 4 maart 1962",
  "geb 9 desember 1950", "geboren ٢٣ يناير ١٩٨٤", "geboren 1968年7月3日", "tazkira: 1362/11/02"),
  never one in the future; a Cyrillic birth verb goes with its date ("народилася 7 березня
  1983");
- persons: a surname of no dictionary with a comma before its initials ("Adeyemi, K.B."); a
  person's row of a numbered list, "2. Mensah, Kwame – 04-11-1979": the name and its date of
  birth (a date at least two years past; an agenda's row is this year's);
- a first name and a particle before a found surname ("team Sven van Dijkhuis"); a first name
  and a surname after "storm" (a storm has one name: "storm Karel Voskuilen");
- homes: a hamlet's house number with its occupant in brackets ("Havelte 5 (Veldkamp)": both)
  or after a postcode ("7945 rb, Rogat 9");
- postcodes: one with its letters spaced or the second alone in capitals ("7941 H T", "7942 kB") in the
  region's range (79xx) or right after a found address;
- the municipality's own number (0522 85 95 00) is nobody's (no rule keeps an account beside a
  KvK number: a one-man business's account is its owner's).

Each rule is gated by a cheap string test; the chat pass calls ``chat_rules_r56`` once per chat,
after round 55's rules.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Sequence

from chats.redaction import lexicon
from chats.redaction.rules_r52 import _merged
from chats.redaction.rules_r55 import _no_word
from chats.redaction.spans import Span, chat_messages

# --- birth dates ------------------------------------------------------------------------------

# a date in any script: day, month word(s), year; a year first with slashes (the Persian
# calendar of a tazkira); the Chinese and Japanese form; day-month-year in digits
_ANY_DATE_R56 = (
    r"(?:\d{1,2}\.?[ ](?:[^\W\d_]+[ ]){1,2}(\d{4})"
    r"|(\d{4})/\d{1,2}/\d{1,2}"
    r"|(\d{4})年\d{1,2}月\d{1,2}日"
    r"|\d{1,2}[-./]\d{1,2}[-./](\d{4}|\d\d))(?![\w/-]|[.]\d)"
)
_BIRTH_GATE_R56_RE = re.compile(r"(?i:geb|born|народи|родил)")
_BIRTH_CUE_R56_RE = re.compile(
    r"(?i:\b(?:geboren|gebore|geb\.?|born|geboortedatum))(?![\w])"
    r"(?:[ ]op)?(?:[^.?!\n:]{0,50}:)?[ ]+(" + _ANY_DATE_R56 + ")"
)
# "народилася 7 березня 1983": the verb is part of what tells the birth
_CYRILLIC_BIRTH_R56_RE = re.compile(
    r"(?i:\b(?:народи(?:вся|лася|лись)|родил(?:ся|ась|ись)))[ ]" + _ANY_DATE_R56
)


def _year(match: re.Match[str], first: int) -> int | None:
    for group in range(first, first + 4):
        value = match.group(group)
        if value:
            year = int(value)
            return year if len(value) == 4 else None
    return None


def _births(text: str, year: int) -> list[Span]:
    out = []
    for m in _BIRTH_CUE_R56_RE.finditer(text):
        born = _year(m, 2)
        if born is None or born <= year:
            out.append(Span(m.start(1), m.end(1), "DATE_OF_BIRTH"))
    for m in _CYRILLIC_BIRTH_R56_RE.finditer(text):
        born = _year(m, 1)
        if born is None or born <= year:
            out.append(Span(m.start(), m.end(), "DATE_OF_BIRTH"))
    return out


# --- persons ----------------------------------------------------------------------------------

_NAME_WORD_R56 = r"[A-Z][a-zà-ÿ'-]{1,}"
# "Adeyemi, K.B.": a surname with a comma before its initials
_SURNAME_COMMA_INITIALS_R56_RE = re.compile(
    rf"(?<![\w.-])({_NAME_WORD_R56}(?:[ ]{_NAME_WORD_R56})?),[ ](?:[A-Z]\.){{1,3}}(?=$|[ ;,\t)])"
    r"(?![ ][A-ZÀ-Þ])"  # "Jakub Nowicki, D. Wójcik": the initial of the next name
)
# "2. Mensah, Kwame – 04-11-1979", "- Li Wei – 1983年2月9日": a person's row of a list
_ROW_R56_RE = re.compile(
    r"(?:^|\n)[ ]*(?:\d{1,2}[.)]|[-•*])[ ]+"
    rf"({_NAME_WORD_R56}(?:[ ]{_NAME_WORD_R56}){{0,3}}"
    rf"(?:,[ ](?:(?:[A-Z]\.){{1,3}}|{_NAME_WORD_R56}))?)"
    r"[ ]+[–—-][ ]+(" + _ANY_DATE_R56 + r")(?=[ ]*(?:$|\n|[,;(]))"
)


def _comma_initials(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    out = []
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]

    def across(at: int) -> bool:
        i = bisect_left(starts, at) - 1
        return i >= 0 and spans[i].end > at

    for m in _SURNAME_COMMA_INITIALS_R56_RE.finditer(text):
        words = m.group(1).lower().split()
        if across(m.start()) or across(m.end()):
            continue  # a found span across its edge
        if not any(_no_word(w, lex) for w in words):
            out.append(Span(m.start(), m.end(), "PERSON"))
    return out


def _rows(text: str, lex: lexicon.Lexicon, year: int) -> list[Span]:
    out = []
    for m in _ROW_R56_RE.finditer(text):
        words = m.group(1).replace(",", " ").replace(".", " ").lower().split()
        born = _year(m, 3)
        if born is not None and born > year - 2:
            continue
        names = [w for w in words if len(w) > 1]
        if any(w in lex.places or w in lex.not_names for w in names) or (
            len(names) < 2 and all(_no_word(w, lex) for w in names)
        ):
            continue  # "2. Markt Meppel – ...", "1. Notulen – ..."
        out.append(Span(m.start(1), m.end(1), "PERSON"))
        out.append(Span(m.start(2), m.end(2), "DATE_OF_BIRTH"))
    return out


# --- homes and their occupants ----------------------------------------------------------------

_SURNAME_R56 = r"(?:(?:van|de|der|den|ter|ten|te)[ ]){0,2}[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
# "Havelte 5 (Veldkamp)": a hamlet's home and who lives there; "7945 rb, Rogat 9"
_HAMLET_HOME_R56_RE = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ]+)[ ]\d{1,4}[a-z]?(?![\w-]|[.,]\d)"
    rf"(?:[ ]\(({_SURNAME_R56})\))?"
)
_POSTCODE_BEFORE_R56_RE = re.compile(r"(?<!\d)[1-9]\d{3}[ ]?[A-Za-z]{2},?[ ]$")


def _hamlet_homes(text: str, lex: lexicon.Lexicon) -> list[Span]:
    out = []
    for m in _HAMLET_HOME_R56_RE.finditer(text):
        if m.group(1).lower() not in lex.places:
            continue
        end = m.end(2) + 1 if m.group(2) else m.end()
        home_end = m.start(2) - 2 if m.group(2) else m.end()
        if m.group(2):
            last = m.group(2).rsplit(" ", 1)[-1].lower()
            if last not in lex.surnames and (last in lex.places or last in lex.dutch_words):
                continue  # "Havelte 3 (Boven)", "Rogat 3 (Meppel)"
            out.append(Span(m.start(), home_end, "ADDRESS"))
            out.append(Span(m.start(2), end - 1, "PERSON"))
        elif _POSTCODE_BEFORE_R56_RE.search(text, max(0, m.start() - 10), m.start()):
            out.append(Span(m.start(), home_end, "ADDRESS"))
    return out


# "team Sven van Dijkhuis" (found: "Dijkhuis"): a first name and a particle before a surname
_FIRST_PARTICLE_BEFORE_R56_RE = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ]+)[ ](?:(?:van|de|der|den|ter|ten|te)[ ]){1,2}$"
)
_PARTICLE_GATE_R56_RE = re.compile(r"[ ](?:van|de|der|den|ter|ten|te)[ ][A-Z]")
# "storm Karel Voskuilen": a storm has one name, a person two
_STORM_PERSON_R56_RE = re.compile(r"\b[Ss]torm[ ]([A-Z][a-zà-ÿ]+)[ ]" + rf"({_SURNAME_R56})")


def _full_names(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    out = []
    for s in spans:
        if (
            s.label == "PERSON"
            and s.start > 4
            and text[s.start - 1] == " "
            and text[s.start].isupper()
        ):
            m = _FIRST_PARTICLE_BEFORE_R56_RE.search(text, max(0, s.start - 40), s.start)
            if m and m.group(1).lower() in lex.first_names:
                out.append(Span(m.start(), s.end, "PERSON"))
    if "torm " in text:
        for m in _STORM_PERSON_R56_RE.finditer(text):
            last = m.group(2).rsplit(" ", 1)[-1].lower()
            if m.group(1).lower() in lex.first_names and not _no_word(last, lex):
                out.append(Span(m.start(1), m.end(2), "PERSON"))
    return out


# --- postcodes --------------------------------------------------------------------------------

_POSTCODE_R56_RE = re.compile(r"(?<![\w.,/-])([1-9]\d{3})[ ]?([A-Za-z])([ ]?)([A-Za-z])(?![\w@])")


def _postcodes(text: str, spans: list[Span]) -> list[Span]:
    out = []
    ends = {s.end for s in spans if s.label == "ADDRESS"}
    for m in _POSTCODE_R56_RE.finditer(text):
        first, last = m.group(2), m.group(4)
        if not m.group(3) and not (first.islower() and last.isupper()):
            continue  # "7941 AL", "7941 al": the detector's own; "7941 To" is a word
        start = m.start()
        if not (
            m.group(1).startswith("79")
            or start in ends
            or start - 1 in ends
            or (start - 2 in ends and text[start - 2] == ",")
        ):
            continue
        out.append(Span(start, m.end(), "POSTCODE"))
    return out


# --- the municipality's own number ------------------------------------------------------------

_OWN_NUMBERS_R56 = frozenset(("0522859500", "31522859500", "315220859500", "0031522859500"))
_NON_DIGIT_R56_RE = re.compile(r"\D")


def _no_own_number(text: str, spans: list[Span]) -> list[Span]:
    return [
        s
        for s in spans
        if s.label != "PHONE"
        or _NON_DIGIT_R56_RE.sub("", text[s.start : s.end]) not in _OWN_NUMBERS_R56
    ]


def _with(spans: list[Span], more: list[Span]) -> list[Span]:
    """The new spans merged; a found span of the same label inside a new one gives way to it
    ("7 березня 1983" inside "народилася 7 березня 1983"), unless the new one is not taken
    (review 57c: "geboortedatum: 4 juli Jansen 1962", whose new span meets the person: the
    found "4 juli" stays)."""
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    inside: dict[int, list[int]] = {}
    for n, m in enumerate(more):
        i = bisect_left(starts, m.start)
        while i < len(spans) and spans[i].start < m.end:
            s = spans[i]
            if s.label == m.label and s.end <= m.end and (s.start, s.end) != (m.start, m.end):
                inside.setdefault(i, []).append(n)
            i += 1
    if not inside:
        return _merged(spans, more)
    merged = _merged([s for i, s in enumerate(spans) if i not in inside], more)
    taken = {(s.start, s.end, s.label) for s in merged}
    lost = {
        i
        for i, owners in inside.items()
        if not any((more[n].start, more[n].end, more[n].label) in taken for n in owners)
    }
    if not lost:
        return merged
    return _merged([s for i, s in enumerate(spans) if i not in inside or i in lost], more)


def chat_rules_r56(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Round 56, in place (see the module's docstring)."""
    del participants
    lex = lexicon.load()
    year = datetime.datetime.now(tz=datetime.UTC).year
    for index, text, spans, _previous, has_digit in chat_messages(texts, found):
        more: list[Span] = []
        if ", " in text and "." in text:
            more += _comma_initials(text, spans, lex)
        if has_digit:
            if "0522" in text or "522 " in text:
                spans = _no_own_number(text, spans)
            if _BIRTH_GATE_R56_RE.search(text):
                more += _births(text, year)
            if "-" in text or "–" in text or "—" in text:
                more += _rows(text, lex, year)
            more += _postcodes(text, spans)
            if " (" in text or any(s.label == "POSTCODE" for s in spans):
                more += _hamlet_homes(text, lex)
        if "torm " in text or (
            _PARTICLE_GATE_R56_RE.search(text) and any(s.label == "PERSON" for s in spans)
        ):
            more += _full_names(text, spans, lex)
        if more:
            spans = _with(spans, more)
        found[index] = spans
