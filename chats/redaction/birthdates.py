"""Dates of birth: a date with birth context. Appointment dates and deadlines stay."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from chats.redaction.lexicon import ascii_twin, caseless_ascii_twin
from chats.redaction.spans import Span

# The Dutch months in full, for the other detectors to share.
MONTH_NAMES = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_MONTHS = (
    rf"(?:{'|'.join(MONTH_NAMES)}|"
    r"jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\.?"
)
# The months as other languages write them (English, German, French, Spanish, Portuguese,
# Italian, Polish in the genitive a date uses, Romanian, Turkish): a birth date copied from a
# foreign certificate or typed by a resident in their own language ("14 sierpnia 1983",
# "7 iulie 1987", "22 de mayo de 1995"). Only with a four-digit year: "mai", "mars" alone are
# words.
_FOREIGN_MONTH_NAMES = {
    1: "january januar janvier enero janeiro gennaio stycznia styczen ianuarie ocak",
    2: "february februar février fevrier febrero fevereiro febbraio lutego luty februarie subat "
    "şubat",
    3: "march märz maerz marz mars marzo março marco marca marzec martie mart",
    4: "april avril abril aprile kwietnia kwiecien aprilie nisan",
    5: "may mai mayo maio maggio maja maj mayis mayıs",
    6: "june juni juin junio junho giugno czerwca czerwiec iunie haziran",
    7: "july juli juillet julio julho luglio lipca lipiec iulie temmuz",
    8: "august août aout agosto sierpnia sierpien ağustos agustos",
    9: "september septembre septiembre setembro settembre września wrzesnia wrzesien "
    "septembrie eylül eylul",
    10: "october oktober octobre octubre outubro ottobre października pazdziernika octombrie ekim",
    11: "november novembre noviembre novembro listopada listopad noiembrie kasım kasim",
    12: "december dezember décembre decembre diciembre dezembro dicembre grudnia grudzien "
    "decembrie aralık aralik",
}
# Round 28: the Frisian months that are not Dutch ones ("berne 9 maaie 1955").
for _number, _names in {
    1: "jannewaris",
    2: "febrewaris",
    5: "maaie",
    6: "juny",
    9: "septimber",
    11: "novimber",
    12: "desimber",
}.items():
    _FOREIGN_MONTH_NAMES[_number] += " " + _names
# Round 50: Ukrainian and Russian months in Cyrillic, in the genitive a date uses ("27 листопада
# 1959", "3 марта 1988").
for _number, _names in enumerate(
    (
        "січня января",
        "лютого февраля",
        "березня марта",
        "квітня апреля",
        "травня мая",
        "червня июня",
        "липня июля",
        "серпня августа",
        "вересня сентября",
        "жовтня октября",
        "листопада ноября",
        "грудня декабря",
    ),
    1,
):
    _FOREIGN_MONTH_NAMES[_number] += " " + _names
_FOREIGN_MONTHS = {
    name: number for number, names in _FOREIGN_MONTH_NAMES.items() for name in names.split()
}
_FOREIGN_MONTH_RE = "|".join(sorted(map(re.escape, _FOREIGN_MONTHS), key=len, reverse=True))
_PERSIAN_MONTH_RE = (
    "farvardin|ordibehesht|khordad|tir|mordad|amordad|shahrivar|mehr|aban|azar|dey|bahman|esfand"
)
# The solar hijri year plus this is the Gregorian year it mostly falls in.
_SOLAR_HIJRI_OFFSET = 621
# The days of a month in words, cardinal and ordinal ("acht", "eenentwintig", "derde").
_DAY_WORDS = [
    "een",
    "één",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
    "eenentwintig",
    "tweeëntwintig",
    "drieëntwintig",
    "vierentwintig",
    "vijfentwintig",
    "zesentwintig",
    "zevenentwintig",
    "achtentwintig",
    "negenentwintig",
    "dertig",
    "eenendertig",
]
_ORDINAL_WORDS = [
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
] + [w + ("ste" if n >= 20 else "de") for n, w in enumerate(_DAY_WORDS[13:], 13)]
_DAY_NUMBERS = {w: n for n, w in enumerate(_DAY_WORDS)} | {"een": 1}
_DAY_NUMBERS |= {w: n for n, w in enumerate(_ORDINAL_WORDS, 1)}
# Without the diaeresis as well: "tweeentwintig".
_DAY_NUMBERS |= {w.replace("ë", "e").replace("é", "e"): n for w, n in _DAY_NUMBERS.items()}
# 12-03-1985, 12/3/85, 12.03.1985, 1985-03-12, 1985/3/12, 12 maart 1985, 12 mrt '85, and
# without a year; flat: 12031985, 120385 and year first, 19850312;
# also typed with spaces around the dashes or slashes ("17 - 3 - 1958", "4 / 7 / 1962"), with
# spaces alone and a four-digit year ("17 03 1958"), the month's name between dashes
# ("17-mrt-1958") and the month first, as in English ("maart 17, 1958"); year first with dots
# ("1954.12.27") and a comma before the year ("18 mei, 2015").
_DATE_FORMS = (
    r"(?P<d1>\d{1,2})(?P<sep>[-/.]|[ ][-/][ ])(?P<m1>\d{1,2})(?P=sep)(?P<y1>\d{4}|\d{2}|'\d{2})"
    r"|(?P<d8>\d{1,2})[ ](?P<m8>\d{1,2})[ ](?P<y8>(?:19|20)\d{2})"
    r"|(?P<y3>(?:19|20)\d{2})(?P<sep3>[-/.])(?P<m3>[01]?\d)(?P=sep3)(?P<d3>[0-3]?\d)"
    rf"|(?P<d2>\d{{1,2}})(?P<sep2>[ ]|-){_MONTHS}(?:,?(?P=sep2)(?P<y2>\d{{4}}|'\d{{2}}))?"
    rf"|{_MONTHS}[ ](?P<d9>\d{{1,2}}),?[ ](?P<y9>(?:19|20)\d{{2}})"
    r"|(?P<d4>[0-3]\d)(?P<m4>[01]\d)(?P<y4>(?:19|20)\d{2})"
    r"|(?P<y7>(?:19|20)\d{2})(?P<m7>[01]\d)(?P<d7>[0-3]\d)"
    r"|(?P<d5>[0-3]\d)(?P<m5>[01]\d)(?P<y5>\d{2})"
    # "14 sierpnia 1983", "22 de mayo de 1995", "7. Juli 1987": a month of another language
    # (the look-ahead for a word and a year first: most "12 uur" fail there, before the names)
    r"|(?P<d10>\d{1,2})\.?[ ](?:de[ ])?(?=[^\W\d_]{3,13}[ ,]{1,2}(?:de[ ])?(?:19|20)\d\d)"
    rf"(?P<mf>{_FOREIGN_MONTH_RE})[ ,]{{1,2}}(?:de[ ])?"
    r"(?P<y10>(?:19|20)\d{2})"
    # Round 32: "geboren 9 aban 1358": a month of the Persian (solar hijri) calendar, as an
    # Iranian or Afghan passport writes it, only with its own four-digit year (13xx, 14xx)
    rf"|(?P<d11>\d{{1,2}})[ ](?:{_PERSIAN_MONTH_RE})[ ](?P<y11>1[34]\d{{2}})"
)
_DATE_END = r")(?![\w]|[-/.]\d)"
# Every date opens with a digit or a month's name (j, f, m, a, s, o, n, d): the look-ahead
# rejects the other word starts before the engine tries each form there (a third of the time).
# Round perfdet2: the look-ahead before the look-behind (both hold at one place, in either
# order), as it rejects most places at once: 8% fewer instructions.
_DATE_RE = re.compile(rf"(?=[\dadfjmnos])(?<![\w/.-])(?:{_DATE_FORMS}{_DATE_END}", re.I)
# Round perf38: only one form opens with a letter, a month's name; in an ASCII text with none of
# these stems (each of _MONTHS holds one) the forms that open with a digit are all that can match.
# Round perfdet2: substring tests in C (test_fast_patterns holds them to a search for their
# alternation), a fraction of the instructions of the search.
_ANY_MONTH_STEMS = ("jan", "feb", "maart", "mar", "mrt", "apr", "mei", "jun", "jul", "aug")
_ANY_MONTH_STEMS += ("sep", "okt", "oct", "nov", "dec")
_DIGIT_DATE_RE = re.compile(rf"(?=\d)(?<![\w/.-])(?:{_DATE_FORMS}{_DATE_END}", re.I)
# The day also in words or as an ordinal: "acht augustus '91", "de 15e van april 2009". Any
# word before a month matches; `_day` keeps the days (a class, not 130 alternatives).
_WORD_DATE_RE = re.compile(
    rf"(?<![\w/.-])(?:{_DATE_FORMS}"
    rf"|(?:de[ ])?(?P<d6>[^\W\d_]+|\d{{1,2}}(?:ste|de|e))(?:[ ]van)?[ ]{_MONTHS}"
    r"(?:[ ](?P<y6>\d{4}|'\d{2}))?"
    rf"{_DATE_END}",
    re.I,
)
# The word before a month's name: a day in words or an ordinal ("acht", "15e", "de 3e van").
_DAY_BEFORE_RE = re.compile(r"([^\W\d_]+|\d{1,2}(?:ste|de|e))[ ](?:van[ ])?$")
# Substrings one of which every month's name holds, found with str.find (in C): the pattern
# with days in words is several times slower and dates are looked for in every message with a
# digit, so it runs only where a day word or an ordinal stands before a month.
_MONTH_STEMS = ("jan", "feb", "maart", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt")
_MONTH_STEMS += ("oct", "nov", "dec")


def _dates(text: str) -> re.Pattern[str]:
    """The date pattern for `text`: with days in words only where one stands before a month."""
    low = text.lower()
    if text.isascii() and not _holds_a_month_stem(low):
        return _DIGIT_DATE_RE  # no month's name (a gate: test_fast_patterns holds it)
    for match in _MONTH_STEM_RE.finditer(low):
        at = match.start()
        if at > 0 and low[at - 1] == " ":
            day = _DAY_BEFORE_RE.search(low, _day_before_from(low, at), at)
            if day is not None and (day[1][0].isdigit() or day[1] in _DAY_NUMBERS):
                return _WORD_DATE_RE
    # Round perf3: the one form that opens with a month's name ("maart 17, 1958") needs a year
    # after a space; without " 19" or " 20" the forms that open with a digit are all that can
    # match ("Jan", "maar", "dec" hold stems: 37% of the bench's messages with a digit), and
    # that pattern tries far fewer places (test_fast_patterns holds the two to each other).
    if " 19" not in text and " 20" not in text:
        return _DIGIT_DATE_RE
    return _DATE_RE


# Round speed49: the three date patterns' ASCII twins (their dotless i written "i"), which an
# ASCII text is searched with: the engine reads case and classes by a table, not by Unicode's
# database (test_fast_speed49 holds each twin to its pattern). Keyed by the pattern's id (the
# patterns are the module's own, so each id stays theirs): hashing a pattern hashes all of its
# compiled code, ~4 us for each of these (more than its twin saves).
_DATE_TWINS = tuple((p, caseless_ascii_twin(p)) for p in (_DIGIT_DATE_RE, _WORD_DATE_RE, _DATE_RE))
_ASCII_DATES = {id(pattern): twin for pattern, twin in _DATE_TWINS}


def _date_pattern(text: str) -> re.Pattern[str]:
    """``_dates(text)``, as its ASCII twin on an ASCII text."""
    pattern = _dates(text)
    return _ASCII_DATES[id(pattern)] if text.isascii() else pattern


def _holds_a_month_stem(low: str) -> bool:
    """Whether `low` holds one of _ANY_MONTH_STEMS."""
    for stem in _ANY_MONTH_STEMS:  # noqa: SIM110 - a generator costs more
        if stem in low:
            return True
    return False


def _day_before_from(low: str, at: int) -> int:
    """Where _DAY_BEFORE_RE's search before the month at `at` (after a space) need start: as
    from 24 characters back, but past the third space back, as no match holds two spaces before
    its last (the day holds none, "van " one); the engine then tries a few places, not 24."""
    start = max(0, at - 24)
    second = low.rfind(" ", start, at - 1)
    if second > start:
        third = low.rfind(" ", start, second)
        if third >= start:
            return third + 1
    return start


# The stems in one pass: no stem opens another's letters, so each place holds one at most, and
# a stem after a space is found whatever stem ends just before it (none holds a space).
_MONTH_STEM_RE = re.compile("|".join(_MONTH_STEMS))


# Birth cues: geb., geboren (op), geboortedatum, gebdatum, geb.datum, geb datum, DOB, born, jarig;
# Round 28: Frisian "berne" ("hy is 71, berne 9 maaie 1955").
_CUE_RE = re.compile(
    r"\b(?:geb(?:oren)?\b\.?|geboorte\w*|geb\.?[ ]?datum|gebdat\w*\.?|d\.?o\.?b\.?|date of birth|born|berne\b)"
    r"|(?:^|[ (])\*(?=[ ]?$)",
    re.I,
)
# "Hij is van 12-12-1957": a person's age told by the birth date (checked for a plausible year).
_IS_OF_RE = re.compile(
    r"\b(?:hij|zij|ze|ik|cliënt|client|hij/zij|meneer|mevrouw|mevr|dhr|mw|aanvrager|klant|"
    r"bewoner|bewoonster|melder|moeder|vader|zoon|dochter)\.?[ ](?:is|ben)[ ]van[ ]$",
    re.I,
)
# Round 45: "levi is toch van 04-04-2010?", "ze is wel van 3 mei '71": a person (a name or a
# pronoun) "is" of a date, an adverb between the verb and "van".
_IS_OF_ADVERB_RE = re.compile(
    r"(?:\b(?P<pronoun>hij|zij|ze|ik|u)[ ]|[ ])(?:is|ben|was)[ ]"
    r"(?:toch|wel|dus|ook|al|nog|gewoon|echt)[ ]van[ ]$",
    re.I,
)


def _person_is_of(text: str, start: int, person_ends: set[int]) -> bool:
    """Round 45: a date after "<person> is toch van": a person's birth date told by its day."""
    match = _IS_OF_ADVERB_RE.search(text, max(0, start - 28), start)
    if match is None:
        return False
    return match.group("pronoun") is not None or match.start() in person_ends


# "Hij is 12-7-2010", "de dochter is 9/5/2015.": a person "is" a date, and the date closes the
# clause (not "hij is 12-03-2019 verhuisd", where a participle follows).
_IS_DATE_RE = re.compile(
    r"\b(?:hij|zij|ze|ik|cliënt|client|meneer|mevrouw|aanvrager|klant|bewoner|bewoonster|melder|"
    r"moeder|vader|zoon|dochter|kind|baby|jongen|meisje|broer|zus|man|vrouw)\.?[ ](?:is|ben)[ ]$",
    re.I,
)
_CLAUSE_END_RE = re.compile(r"[ ]*(?:$|[,.;!?)\n])")
# "op 4 mei 1961 geboren", "is 17 augustus 1999 geboren": the cue after the date.
_CUE_AFTER_RE = re.compile(r"^[ ,]{0,2}(?:geboren|geb\.?)\b", re.I)
# A birthday is a birth date only with its year: "verjaardag 12-03-1985", not "jarig op 3 maart".
_BIRTHDAY_CUE_RE = re.compile(r"\b(?:verjaardag|jarig)", re.I)
# Round 28: "his birthday 12-12-1999": in English, only with a year someone can be born in (not
# "birthday party on 03-04-2027").
_BIRTHDAY_EN_RE = re.compile(r"\bbirthday", re.I)
# Words that make a date something other than a birth date, even near a cue.
_OTHER_EVENT_RE = re.compile(
    r"\b(?:afspraak|vergadering|deadline|termijn|ingang|per|vanaf|sinds|tot|overleden|"
    r"getrouwd|verhuisd|ingeschreven|uitgeschreven|om|op\s+\w+dag)\b",
    re.I,
)
# Words right before a date that say when something ends: a document's or a permit's date.
_EXPIRY_BEFORE_RE = re.compile(
    r"\b(?:verloopt|verliep|verlopen|vervalt|verviel|loopt[ ]+af|liep[ ]+af|geldig[ ]+(?:tot|t/m|"
    r"tm|tot[ ]+en[ ]+met)|houdbaar[ ]+tot|expires?|expired|valid[ ]+until)"
    r"(?:[ ]+(?:op|per|al|pas|dus|in|on))?[ ]*:?[ ]*$",
    re.I,
)
# A sentence ends at ?, !, a newline, or a full stop followed by a capital.
_SENTENCE_END_RE = re.compile(r"[!?\n]|\.\s+(?=[A-Z])")


def find_birthdates(
    text: str, persons: Iterable[Span] = (), personal: Iterable[Span] = ()
) -> list[Span]:
    """Dates that follow (or are followed by) a birth cue in the same sentence, or stand right
    after a name; a full date a person could be born on also right after other personal data
    ("Kruisstraat 5, 17-03-1952"). ``personal``: the message's other personal-data spans."""
    spans = []
    person_ends = {s.end for s in persons}
    if not isinstance(personal, list | tuple):
        personal = list(personal)
    personal_ends = {s.end for s in personal} | person_ends
    for match in _date_pattern(text).finditer(text):
        has_year = bool(_year(match))
        if not _valid_date(match):
            continue
        if _EXPIRY_BEFORE_RE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "(geb 2-3-1950), rijbewijs verloopt 31-12-2027": when a document ends
        if match.group("y4") or match.group("y5") or match.group("y7"):
            # "06112001", "170352", "20011106": digits only are a birth date right after a birth cue or a
            # name (eight digits also after other personal data, if a person's age fits).
            if (
                _after_cue(text, match.start(), _CUE_RE)
                # Round 45: "hij is 17031996 geboren": the cue after the digits
                or _CUE_AFTER_RE.match(text[match.end() : match.end() + 12])
                or _after_name(text, match.start(), person_ends, compact=True)
                or (
                    (match.group("y4") or match.group("y7"))
                    and _plausible_birth_year(match)
                    and _after_name(text, match.start(), personal_ends, compact=True)
                )
            ):
                spans.append(Span(match.start(), match.end(), "DATE_OF_BIRTH"))
            continue
        cued = (
            _after_cue(text, match.start(), _CUE_RE)
            or _after_label(text, match.start())
            or (has_year and _after_cue(text, match.start(), _BIRTHDAY_CUE_RE))
            or (_plausible_birth_year(match) and _after_cue(text, match.start(), _BIRTHDAY_EN_RE))
            or (has_year and _CUE_AFTER_RE.match(text[match.end() : match.end() + 12]))
            or (
                has_year
                and _plausible_birth_year(match)
                and not _future_or_event(text, match)
                and (
                    _after_name(text, match.start(), personal_ends, compact=True)
                    or _after_name_and_status(text, match.start(), person_ends)
                    or _before_bsn(text, match, personal)
                    or _IS_OF_RE.search(text[max(0, match.start() - 20) : match.start()])
                    or _person_is_of(text, match.start(), person_ends)
                    # Round 27: "geboortedatum van postma staat fout in het systeem, hij zegt
                    # 19 mei 1966": the birth date's own noun opens a long sentence
                    or _after_noun_cue(text, match.start())
                    # "ik ben van 4 mei 1994 en Tom van 11-1-1993": a person "of" a date, with
                    # the verb left out, the date closing the clause
                    or (
                        text.endswith(" van ", 0, match.start())
                        and (match.start() - 5) in person_ends
                        and _CLAUSE_END_RE.match(text, match.end()) is not None
                    )
                    or (
                        _IS_DATE_RE.search(text[max(0, match.start() - 16) : match.start()])
                        and _CLAUSE_END_RE.match(text, match.end())
                    )
                )
            )
        )
        # "sinds 1 december: Iryna Bondarenko (12.02.1979)": a full date in brackets right
        # after a name is that person's birth date (the guideline's own case), whatever event
        # an earlier date in the sentence belongs to
        bracketed = (
            text[match.start() - 1 : match.start()] == "("
            and text.startswith(")", match.end())
            and _plausible_birth_year(match)
            and _after_name(text, match.start(), person_ends, compact=True)
        )
        if (
            cued
            or bracketed
            or (
                has_year
                and not _future_or_event(text, match)
                and (
                    _after_name(text, match.start(), person_ends)
                    or _old_date_in_brackets(text, match)
                )
            )
        ):
            spans.append(Span(match.start(), match.end(), "DATE_OF_BIRTH"))
    if "?" in text:
        spans += _answered_in_message(text, {s.start for s in spans})
    return spans


def _answered_in_message(text: str, found: set[int]) -> list[Span]:
    """Round 32: "do you need my date of birth? 03-11-1987": a birth date asked for in a
    question and answered in the same message, right after it (`answered_birthdates` within
    one message; the question is its own clause, up to the previous stop)."""
    spans = []
    q = text.find("?")  # each question mark in turn (found in C, not character by character)
    while q != -1:
        opening = max(text.rfind(c, 0, q) for c in ".!?\n") + 1
        answer = text[q + 1 :]
        for span in answered_birthdates(text[opening : q + 1], answer):
            if span.start + q + 1 not in found:
                spans.append(Span(span.start + q + 1, span.end + q + 1, span.label))
        q = text.find("?", q + 1)
    return spans


def _day(match: re.Match[str]) -> int:
    """The day of a date match, also one written in words or as an ordinal."""
    words = match.group("d6") if "d6" in match.re.groupindex else None
    if words is not None:
        low = words.lower()
        if low[0].isdigit():
            return int(low.rstrip("stde"))
        return _DAY_NUMBERS.get(low, 0)  # 0 for a word that is no day: no valid date
    days = ("d1", "d2", "d3", "d4", "d5", "d7", "d8", "d9", "d10", "d11")
    return int(next(match.group(g) for g in days if match.group(g)))


def _year(match: re.Match[str]) -> str:
    """The year as written ("1985", "'85"), or "" for a date without one."""
    groups = ("y1", "y2", "y3", "y8", "y9", "y10", "y11")
    groups += ("y6",) if "y6" in match.re.groupindex else ()
    return next((match.group(g) for g in groups if match.group(g)), "")


_MONTH_GROUPS = ("m1", "m3", "m4", "m5", "m7", "m8")


def _valid_date(match: re.Match[str]) -> bool:
    """Day 1-31 and, for numeric dates, month 1-12."""
    day = _day(match)
    month = next((match.group(g) for g in _MONTH_GROUPS if match.group(g)), None)
    return 1 <= day <= 31 and (month is None or 1 <= int(month) <= 12)


# "Geboortedatum Petra voor de aanmelding bij ...: 14 nov 1981": a birth-date label opening a
# phrase (no sentence end, no other colon) that a colon closes right before the date.
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:geboortedatum|geb\.?[ ]?datum|gebdat\w*\.?)\b([^.!?\n:]{0,100}):[ ]*$", re.I
)


def _after_label(text: str, start: int) -> bool:
    label = _LABEL_BEFORE_RE.search(text, max(0, start - 130), start)
    return label is not None and _OTHER_EVENT_RE.search(label.group(1)) is None


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


# The birth date named by its noun: a cue that holds for a whole sentence, not 60 characters.
_NOUN_CUE_RE = re.compile(r"\b(?:geboortedat(?:um|a)|geb\.?[ ]?datum)\b", re.I)


def _after_noun_cue(text: str, start: int) -> bool:
    """True when "geboortedatum" opens the date's sentence (up to 140 characters before it),
    with no other event word after it."""
    if start < 60 or "eb" not in text:
        return False
    window = text[max(0, start - 140) : start]
    ends = list(_SENTENCE_END_RE.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    cues = list(_NOUN_CUE_RE.finditer(window))
    return bool(cues) and _OTHER_EVENT_RE.search(window[cues[-1].end() :]) is None


def _old_date_in_brackets(text: str, match: re.Match[str]) -> bool:
    """'(14-09-1958)': a date at least ten years back, alone in brackets, is a birth date."""
    if text[match.start() - 1 : match.start()] != "(" or text[match.end() : match.end() + 1] != ")":
        return False
    year = int((_year(match) or "0").lstrip("'"))
    if year < 100:
        year += 1900 if year > datetime.now(tz=UTC).year % 100 else 2000
    return year <= datetime.now(tz=UTC).year - 10


def _future_or_event(text: str, match: re.Match[str], *, newborn: bool = False) -> bool:
    """'Vergadering met Jan Smit, 12-03-2026': a date of this year or later, or one an event word
    (afspraak, vergadering, per ...) in the same sentence introduces, is no birth date; with
    ``newborn``, a date of this year that has passed may be one (a baby's)."""
    raw = _year(match)
    if (
        len(raw) == 4
        and int(raw) >= datetime.now(tz=UTC).year
        and not (newborn and _passed_this_year(match))
    ):
        return True
    window = text[max(0, match.start() - 60) : match.start()]
    ends = list(_SENTENCE_END_RE.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return _OTHER_EVENT_RE.search(window) is not None


def _passed_this_year(match: re.Match[str]) -> bool:
    """A date of the current year up to today."""
    key = _key(match)
    if key is None:
        return False
    day, month, year = key
    today = datetime.now(tz=UTC).date()
    return year == today.year and (month, day) <= (today.month, today.day)


def _full_year(two_digits: int) -> str:
    """A two-digit year as the four digits it stands for: "'68" 1968, "'09" 2009."""
    century = 1900 if two_digits > datetime.now(tz=UTC).year % 100 else 2000
    return str(century + two_digits)


def _plausible_birth_year(match: re.Match[str]) -> bool:
    """A four-digit year that makes someone 1 to 110 years old now."""
    raw = _year(match) or match.group("y4") or match.group("y7") or ""
    if len(raw) == 3 and raw[0] == "'":
        raw = _full_year(int(raw[1:]))  # Round 45: "3 maart '68"
    if len(raw) != 4:
        return False
    year = int(raw) + (_SOLAR_HIJRI_OFFSET if match.group("y11") else 0)
    age = datetime.now(tz=UTC).year - year
    return 1 <= age <= 110


# Between a date and the BSN right after it: "12-03-1948, bsn ...", "3/7/1961 en BSN ...".
_TO_BSN_RE = re.compile(r"[ ]?[,.;:/|-]?[ ]*(?:en[ ]+)?(?:bsn|burgerservicenummer)?[ :.]*", re.I)
# Between a date and the address or number after it in a row of someone's data, the word
# saying what follows: "27-12-1961, woont op Kerkstraat 4", "3 mei 1950, tel 06 ..." (not
# "gestart 12-03-2009, Kerkstraat 4 is klaar").
_TO_HOME_RE = re.compile(
    r",[ ]*(?:en[ ]+)?(?:woont|wonend[e]?|woonachtig|adres|tel(?:efoon)?|mobiel)\.?"
    r"(?:[ ]+(?:op|aan|in)(?:[ ]+de)?)?[ :.]*",
    re.I,
)
_ROW_LABELS = frozenset({"ADDRESS", "PHONE"})


def _before_bsn(text: str, match: re.Match[str], personal: Sequence[Span]) -> bool:
    """A date of someone at least twelve years old right before a BSN, or right before the
    address or phone number of a row of data: a person's data in a row, the date their birth
    date ("12-03-1948, bsn 123456782", "27 dec. 1961, woont op Kerkstraat 4")."""
    gap = _TO_BSN_RE.match(text, match.end())
    home = _TO_HOME_RE.match(text, match.end())
    if not any(
        (gap is not None and s.start == gap.end() and s.label == "BSN")
        or (home is not None and s.start == home.end() and s.label in _ROW_LABELS)
        for s in personal
    ):
        return False
    raw = _year(match) or "0"
    if int(raw) <= datetime.now(tz=UTC).year - 12:
        return True
    # "27/01/2017, woont Vlasbloemstraat 9": a child's birth date before where it lives (not
    # "sinds 01-03-2024, woont hij ...": since when)
    return (
        home is not None
        and "wo" in home.group().lower()
        and int(raw) < datetime.now(tz=UTC).year
        and _OTHER_EVENT_RE.search(text, max(0, match.start() - 20), match.start()) is None
    )


_LOOSE_SEPARATORS = (" ( ", "( ", " (", "(", ", ", " - ", " ")


def _after_name(text: str, start: int, person_ends: set[int], compact: bool = False) -> bool:
    """True for "Margriet Smit (27.04.1983)" and "Jan Smit, 12-03-1985": a date right after a name.

    ``compact``: only the tight separators (a bracket or a comma), as in a list of data.
    """
    gap = text[max(0, start - 3) : start]
    # OCR's "( 01-10-90)": a space read after the bracket.
    for sep in (" ( ", "( ", " (", "(", ", ", ",", " - ") if compact else _LOOSE_SEPARATORS:
        if gap.endswith(sep) and (start - len(sep)) in person_ends:
            return True
    return False


# "Wat is de geboortedatum?", "Geboren?", "Graag de geb.datum": a message about a birth date.
_BIRTH_ASKED_RE = re.compile(
    r"\b(?:geboortedat(?:um|a)|geb(?:oorte)?\.?[ ]?datum|gebdat\w*|geboren|dob|leeftijd)\b"
    # Round 27: "Your date of birth?", "your birthdate please": asked in English
    r"|\b(?:dates?[ ]of[ ]birth|birth[ ]?dates?)\b"
    # Round 45: "When was the baby born?"
    r"|\bwhen[ ](?:was|were|is)[ ][^?.!]{1,30}[ ]born\b"
    # "Hoe oud is de zoon?": a person's age (not "hoe oud is de melding").
    r"|\bhoe[ ]oud[ ](?:is|zijn|was|ben)[ ](?:hij|zij|ze|u|je|jij|meneer|mevrouw|mevr|dhr|"
    r"(?:de|het|haar|zijn|uw|je)[ ](?:zoon|dochter|kind|jongen|meisje|man|vrouw|moeder|vader|"
    r"cliënt|client|aanvrager|melder|bewoner|bewoonster|baby|broer|zus))\b",
    re.I,
)
_ASCII_BIRTH_ASKED_RE = ascii_twin(_BIRTH_ASKED_RE)  # (round speed49)
# The answer opens with the date, after at most a short lead: "Die is 3-4-1960", "Ja: ...",
# "Dag mevrouw. 3-4-1960".
_ANSWER_LEAD_RE = re.compile(
    # (round 51: an age reached among the words: "ze wordt 89 in mei, 14-05-1937")
    r"^[\W_]{0,3}(?:(?:[^\W\d_]+|(?:wordt|werd|word|is|ben|was)[ ]\d{1,3}(?:[ ]jaar)?)"
    r"[ ,.:]{1,2}){0,6}$"
    # Round 25: "BSN en geboortedatum?" - "2345 67 890 en 4-5-1966": the number asked for first,
    # then the date
    r"|^[\W_]{0,3}\d[\d .]{6,12}\d[ ]*(?:,|;|/|&|en)[ ]*$"
)


# Round 43: a person's civil or household status, listed between the name and the birth date
# ("Tsegay Habte, alleenstaand, 15-06-2001", "Jan de Boer, gehuwd, 3-4-1950").
_STATUS_BETWEEN_RE = re.compile(
    r"[ ]?,[ ]?(?:alleenstaand(?:e)?|gehuwd|getrouwd|ongehuwd|gescheiden|weduwe|weduwnaar|"
    r"samenwonend(?:e)?|single|alleenstaande[ ]ouder|met[ ]partner|zonder[ ]partner)"
    r"[ ]?,[ ]?$",
    re.I,
)


def _after_name_and_status(text: str, start: int, person_ends: set[int]) -> bool:
    """Round 43: a date after a name and a civil status word in a list of data."""
    if not person_ends:
        return False
    match = _STATUS_BETWEEN_RE.search(text, max(0, start - 36), start)
    return match is not None and match.start() in person_ends


def _date_in_sentence(text: str, pos: int) -> bool:
    """True when the sentence around ``pos`` holds a date: the birth date given, not asked for
    ("De betaling is op 18 december. Geboortedatum?" asks; "Geboren 3-4-1960?" gives)."""
    start = 0
    for end in _SENTENCE_END_RE.finditer(text):
        if end.end() > pos:
            return _date_pattern(text).search(text[start : end.start()]) is not None
        start = end.end()
    return _date_pattern(text).search(text[start:]) is not None


# Round 47: "87-04-03" answering for a birth date: a two-digit year first (above 31, so no
# day), then month and day.
_YEAR_FIRST_SHORT_RE = re.compile(
    r"(?<![\d/.-])[3-9]\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d/.-])"
)


# Round 48: "mijn geboortedatum is 1 Meskerem 1985", "geboren op 12 Tir 1360": a day, a month
# of another calendar (a capitalised word) and a year right after a birth cue.
_OTHER_CALENDAR_RE = re.compile(
    r"\b(?i:(?:geboortedatum|geboren|geb\.?)(?:[ ]+(?:is|op))?)[ ]*:?[ ]+"
    r"(\d{1,2}[ ]+[A-Z][a-zà-ÿ]{2,}[ ]+\d{4})(?!\d)"
)


def other_calendar_birthdates(text: str) -> list[Span]:
    return [
        Span(m.start(1), m.end(1), "DATE_OF_BIRTH")
        for m in _OTHER_CALENDAR_RE.finditer(text)
        if _DUTCH_MONTH_RE.match(m.group(1).split()[1].lower()) is None
    ]


_DUTCH_MONTH_RE = re.compile(r"(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)")


def corrected_birthdates(answer: str) -> list[Span]:
    """Round 47: "Mol. 87-04-03" - "Jaar 87 of 03?" - "3 apr 1987 ja": a date opening the
    answer to a question about a birth date just given is that birth date again."""
    return answered_birthdates("geboortedatum?", answer)


def answered_birthdates(question: str, answer: str) -> list[Span]:
    """A date opening ``answer`` when an earlier message, ``question``, asked for or spoke of a
    birth date without giving it: "Geboortedatum?" - "28-02-1972, BSN volgt". Only a date a
    person could be born on, with no event word (afspraak, per, sinds) around it."""
    asked = (_ASCII_BIRTH_ASKED_RE if question.isascii() else _BIRTH_ASKED_RE).search(question)
    if asked is None or _date_in_sentence(question, asked.start()):
        return []
    if (
        "-" in answer
        and (short := _YEAR_FIRST_SHORT_RE.search(answer)) is not None
        and _ANSWER_LEAD_RE.match(answer[: short.start()])
    ):
        return [Span(short.start(), short.end(), "DATE_OF_BIRTH")]
    match = _date_pattern(answer).search(answer)
    if (
        match is None
        or not _valid_date(match)
        or not _ANSWER_LEAD_RE.match(answer[: match.start()])
    ):
        return []
    # "110592": six digits answering the question are the date too (day, month, year); Round 34:
    # "Geboortedatum?" - "28 november 2026": a date this year that has passed is a baby's.
    if not (
        _plausible_birth_year(match)
        or match.group("y1")
        or match.group("y5")
        or _passed_this_year(match)
    ):
        return []
    if _OTHER_EVENT_RE.search(answer[: match.start()]) or _future_or_event(
        answer, match, newborn=True
    ):
        return []
    # "01-03-2025 is de afspraak gemaakt" (Round 28: in the date's own sentence, not "nee in
    # Giethoorn, 12 augustus 1939. overleden 28 november")
    after = answer[match.end() : match.end() + 25]
    if _OTHER_EVENT_RE.search(re.split(r"[.;!?\n]", after, maxsplit=1)[0]):
        return []
    spans = [Span(match.start(), match.end(), "DATE_OF_BIRTH")]
    # Round 32: "ik 4 juni 1990, hij 11 mei 1992": the next dates of a list answering for
    # more people, each after a separator and a few words naming whose it is.
    for later in _date_pattern(answer).finditer(answer, spans[-1].end):
        lead = _NEXT_IN_LIST_RE.fullmatch(answer, spans[-1].end, later.start())
        if (
            lead is None
            or not _valid_date(later)
            or not _plausible_birth_year(later)
            or _OTHER_EVENT_RE.search(answer, spans[-1].end, later.start())
            or _future_or_event(answer, later)
        ):
            break
        spans.append(Span(later.start(), later.end(), "DATE_OF_BIRTH"))
    return spans


# Between two birth dates of a list: a separator and at most four words ("hij", "mijn man").
_NEXT_IN_LIST_RE = re.compile(r"[ ]*(?:[,;/&]|en\b)[ ]*(?:[^\W\d_]+[ :]{1,2}){0,4}")


# Round 25: "mijn geboortedatum is drie juni negentienveertig": a birth date said aloud (a voice
# note typed out), its year in words too.
_SPELLED_BIRTH_RE = re.compile(
    r"\b(?:geboren|geboortedatum|geb\.)(?:[ ](?:is|op|was))?[ ](?:de[ ])?([a-zéë]+)[ ]"
    rf"({'|'.join(MONTH_NAMES)})"
    r"[ ](?:negentien|tweeduizend)[a-zë]*",
    re.I,
)


def spelled_birthdates(text: str) -> list[Span]:
    """A birth date with its day, month and year in words, after a birth cue."""
    return [
        Span(m.start(1), m.end(), "DATE_OF_BIRTH")
        for m in _SPELLED_BIRTH_RE.finditer(text)
        if m.group(1).lower() in _DAY_NUMBERS
    ]


# Round 46: "Geboortedatum?" - "zeven mei negentienzevenendertig": the answer opens with a birth
# date in words (a day, a month, a year from "negentien" or "tweeduizend").
_SPELLED_DATE_OPENING_RE = re.compile(
    r"[^\w]{0,3}(?:(?:ze|zij|hij|ik|die)[ ]+(?:is[ ]+)?)?(?:(?:op|de)[ ]+)?([a-zéë]+)[ ]+"
    rf"(?:{'|'.join(MONTH_NAMES)})"
    r"[ ]+(?:negentien|tweeduizend)[a-zë]*",
    re.I,
)


def answered_spelled_birthdates(question: str, answer: str) -> list[Span]:
    """Round 46: a birth date in words opening ``answer`` to a message asking for one."""
    asked = (_ASCII_BIRTH_ASKED_RE if question.isascii() else _BIRTH_ASKED_RE).search(question)
    if asked is None or _date_in_sentence(question, asked.start()):
        return []
    match = _SPELLED_DATE_OPENING_RE.match(answer)
    if match is None or match.group(1).lower() not in _DAY_NUMBERS:
        return []
    return [Span(match.start(1), match.end(), "DATE_OF_BIRTH")]


def date_key(value: str) -> tuple[int, int, int] | None:
    """Day, month and four-digit year of a date with a year ("3 juli 1989", "030789"), or None."""
    match = _WORD_DATE_RE.fullmatch(value.strip())
    return _key(match) if match is not None and _valid_date(match) else None


def _key(match: re.Match[str]) -> tuple[int, int, int] | None:
    raw = _year(match) or match.group("y4") or match.group("y5") or match.group("y7")
    if not raw:
        return None
    year = int(raw.lstrip("'"))
    if year < 100:
        year += 1900 if year > datetime.now(tz=UTC).year % 100 else 2000
    day_month = _day_month(match)
    return (*day_month, year) if day_month else None


def _day_month(match: re.Match[str]) -> tuple[int, int] | None:
    """Day and month of a date match, with or without its year."""
    day = _day(match)
    month_raw = next((match.group(g) for g in _MONTH_GROUPS if match.group(g)), None)
    if match.group("mf"):
        month = _FOREIGN_MONTHS[match.group("mf").lower()]
    elif month_raw is not None:
        month = int(month_raw)
    else:
        # The month's name ("12 maart", "de 15e van april", "12-mrt", "maart 12,"): the first
        # word that is one (a day in words never starts like a month).
        words = (w.rstrip(".").lower()[:3] for w in re.split(r"[ -]", match.group(0)))
        month = next((_MONTH_NUMBERS[w] for w in words if w in _MONTH_NUMBERS), 0)
    return (day, month) if month else None


_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"), 1
    )
} | {"mrt": 3, "mar": 3, "oct": 10}


def same_dates(text: str, keys: frozenset[tuple[int, int, int]]) -> list[Span]:
    """Dates in ``text`` that are one of the birth dates ``keys``, in any format: a birth date
    said again ("030789 zegt hij, dus 3 juli 1989") is that birth date too, also its day and month
    alone ("geb 1-1-1999? klopt dat, 1 januari?")."""
    spans = []
    days = {key[:2] for key in keys}
    for match in _date_pattern(text).finditer(text):
        if not _valid_date(match):
            continue
        yearless = not (_year(match) or match.group("y4") or match.group("y5") or match.group("y7"))
        if yearless:
            if (
                _day_month(match) in days
                and not _BIRTHDAY_BEFORE_RE.search(text, max(0, match.start() - 30), match.start())
                # Round 37: "bezoek op zaterdag 14 maart": after a weekday, a day of the calendar
                and not _WEEKDAY_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
                # Round 48: "vóór 3 februari aanvragen": a deadline or a start, of the calendar
                and not _DEADLINE_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
            ):
                spans.append(Span(match.start(), match.end(), "DATE_OF_BIRTH"))
            continue
        key = _key(match)
        if key is not None and (key in keys or any(_misrecorded(key, k) for k in keys)):
            spans.append(Span(match.start(), match.end(), "DATE_OF_BIRTH"))
    return spans


# Round 26: "ze wordt 90 op 4 maart", "he turns 80 on 4 March": the day an age is reached,
# without a year, is a date of the calendar, though it is the birth date's day and month ("jarig
# op 4 maart" after "geb 4-3-1950?" confirms the birth date and stays one).
_BIRTHDAY_BEFORE_RE = re.compile(
    r"\b(?:wordt|word|turns|turning)[ ]+\d{1,3}\b[^.!?\n]*$",
    re.I,
)


_DEADLINE_BEFORE_RE = re.compile(r"\b(?:vóór|voor|uiterlijk|tot|vanaf|sinds|per)[ ]+$", re.I)
_WEEKDAY_BEFORE_RE = re.compile(
    r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)"
    r"\.?[ ]*(?:,[ ]*)?$",
    re.I,
)


def _misrecorded(key: tuple[int, int, int], birth: tuple[int, int, int]) -> bool:
    """Whether a full date is a birth date written wrongly ("geb 3-5-1981, staat bij het UWV
    als 3-5-1980"): two of its parts the same and the year at most a few off (a wrong day or
    month of the same year, or day and month swapped)."""
    day, month, year = key
    if abs(year - birth[2]) > _MISRECORDED_YEARS:
        return False
    same = (day == birth[0]) + (month == birth[1]) + (year == birth[2])
    return same == 2 or (year == birth[2] and (month, day) == birth[:2])


# How far a misrecorded birth year may be off ("1993" for "1994", "1989" for "1998" is not).
_MISRECORDED_YEARS = 3


# Round 49: "1 ramadan 1368", "15 شباط 1990", "22 Rabi' al-Awwal 1416": a day, a month of the
# Islamic calendar (or a month in Arabic script) and a year, said for a birth date (a birth cue
# in the message, or the message before asking for one); a date after it in the same message
# is the same birth date restated ("..., dat is 15 februari 1990", "in het paspoort staat ...").
_HIJRI_MONTHS = (
    r"(?:muharram|moeharram|safar|rabi'?[ -]?al[ -]?(?:awwal|thani|akhir|achir)|rajab|radjab"
    r"|jumad[ae]?[ -]?al[ -]?(?:ula|oela|awwal|akhira|thani)|sh?a'?ban|sja'?ban|ramadh?an"
    r"|sh?awwal|sjawwal|dhu(?:l|[ -]?al)[ -]?(?:qa'?dah?|qi'?dah?|hijjah?))"
)
_ARABIC_MONTHS = (
    "كانون الثاني|كانون الأول|تشرين الأول|تشرين الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول"
    "|محرم|صفر|ربيع الأول|ربيع الآخر|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|ذو القعدة"
    "|ذو الحجة"
)
_ISLAMIC_DATE_RE = re.compile(
    rf"(?<!\d)\d{{1,2}}[ ]+(?i:{_HIJRI_MONTHS}|{_ARABIC_MONTHS})[ ]+\d{{3,4}}(?!\d)"
)
_BIRTH_CUE_R49_RE = re.compile(r"\b(?i:geboren|geb\.?|geboortedatum)(?![\w])")


def islamic_calendar_birthdates(text: str, asked: bool) -> list[Span]:
    """Round 49: a birth date in the Islamic calendar or in Arabic script, after a birth cue or
    answering a message that asked for one, and the dates after it in the message (the same
    date restated in the Gregorian calendar)."""
    match = _ISLAMIC_DATE_RE.search(text)
    if match is None:
        return []
    if not asked and _BIRTH_CUE_R49_RE.search(text, 0, match.start()) is None:
        return []
    spans = [Span(match.start(), match.end(), "DATE_OF_BIRTH")]
    for later in _date_pattern(text).finditer(text, match.end()):
        if _valid_date(later) and _plausible_birth_year(later):
            spans.append(Span(later.start(), later.end(), "DATE_OF_BIRTH"))
    return spans


# Round 49: "hij is van 19-4-2018", "ik ben van 3 maart 1961": a person is "van" the date he
# was born on (a full date, with a year that makes him 1 to 110 years old).
_PERSON_IS_OF_RE = re.compile(r"\b(?:ik[ ]ben|(?:hij|zij|ze|die)[ ]is)[ ]+van[ ]+(?=\d)")


def person_is_of_birthdates(text: str) -> list[Span]:
    spans = []
    for cue in _PERSON_IS_OF_RE.finditer(text):
        match = _date_pattern(text).match(text, cue.end())
        if match is not None and _valid_date(match) and _plausible_birth_year(match):
            spans.append(Span(match.start(), match.end(), "DATE_OF_BIRTH"))
    return spans
