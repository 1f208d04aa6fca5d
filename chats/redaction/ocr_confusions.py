"""Numbers OCR misread: letters for digits and '/' for a 1 or 7, accepted when a check confirms.

Tesseract reads 1 as l, I or |, 0 as O, 5 as S, 8 as B and a thin 1 or 7 as '/'. A number with
such a character fails the detector's own checks, so it is read again here with every plausible
reading, and kept only when one reading passes a check that a random string rarely passes: the
11-proef for a BSN, mod-97 for an IBAN (of any country, in any case, read along its country's
account format), and the shape of a Dutch phone number (06 with eight digits, or a valid
0-prefixed national number) for phones. Where no reading can pass, the words or the shape
decide: a number right after "BSN", a Dutch IBAN in its full shape (a digit misread as another
digit), and the start of a SEPA country's IBAN cut short in a preview. Pure functions on text.
"""

from __future__ import annotations

import functools
import itertools
import re

import phonenumbers
from stdnum import numdb
from stdnum.nl import bsn as stdnum_bsn

from chats.redaction.identifiers import after_bsn_cue, valid_iban
from chats.redaction.places import after_vehicle_cue

# What each confusable character may stand for; a digit stands for itself.
_READINGS: dict[str, str] = {
    "O": "0",
    "o": "0",
    "D": "0",
    "Q": "0",
    "l": "1",
    "I": "1",
    "i": "1",
    "|": "1",
    "!": "1",
    "S": "5",
    "s": "5",
    "B": "8",
    "/": "17",
    "Z": "2",
    "G": "6",
    "g": "9",
}
_CONFUSABLE = "".join(re.escape(c) for c in _READINGS)
# The one-digit readings of letters and signs that may stand inside an account number (an
# IBAN: images.py); "!" and "/" never do, a lower-case "g" is read as a letter there.
IBAN_DIGIT_READINGS: dict[str, str] = {
    c: d for c, d in _READINGS.items() if len(d) == 1 and c not in "!g"
}
# A run of digit-like groups separated by one space or hyphen; each group holds a real digit, so
# words made only of confusable letters ("is", "SO") never join a number.
_GROUP = rf"(?=[{_CONFUSABLE}]*\d)[\d{_CONFUSABLE}]+"
# WhatsApp writes an unsaved sender's number with spaced dashes: "06 - 40 140 946"; an area
# code may stand in brackets: "(O6) 2878 8633".
_RUN_RE = re.compile(
    rf"(?<![\w/(])(?:\((?={_GROUP}\)))?{_GROUP}\)?(?:(?:[ -]|[ ]-[ ]){_GROUP})*(?![\w/])"
)
_SEPARATORS = " -()"
# An IBAN: two letters, check digits (one of them read as a digit), then groups of digits and
# letters (a bank code), in either case.
_IBAN_RE = re.compile(
    rf"(?<![\w])[A-Za-z]{{2}}(?=[{_CONFUSABLE}]?\d)[\d{_CONFUSABLE}]{{2}}"
    # The account in groups of four, or after a space in shorter ones ("HSBC 045 885 1081"):
    # `_confirmed_iban` tries the groups whole, so only a checksum decides.
    rf"(?:[ ][A-Za-z0-9{_CONFUSABLE}]{{1,4}}+|[A-Za-z0-9{_CONFUSABLE}]{{4}}){{2,9}}"
    rf"(?: ?[A-Za-z0-9{_CONFUSABLE}]{{1,3}})?(?![\w])"
)
# More than this many ambiguous '/' characters in one number is not a misread number.
_MAX_SLASHES = 2
_MIN_DIGITS_SEEN = 4
# An IBAN in full: a SEPA country's code, two check digits and an account in that country's
# exact format and length (a Dutch four-letter bank code and ten digits), plain characters
# only. A digit misread as another digit (7 as 1) fails mod-97 under every reading, but
# nothing else has this shape.
_IBAN_SHAPE_RE = re.compile(
    r"(?<![\w])(?P<country>[A-Z]{2}|[a-z]{2}) ?\d{2}"
    r"(?P<account>(?: ?[A-Za-z0-9]{4})+(?: ?[A-Za-z0-9]{1,3})?)(?![\w])"
)
_ORG_PREFIXES = ("0800", "0900", "0906", "0909", "140")
# The start of an IBAN cut short (a chat list's preview ends in "...", a pane edge cuts a
# line): a SEPA country's code, two check digits (also spaced off: "NL 61 ARBN...") and the
# first characters of its account (right after the word IBAN none: "IBAN NL96...."), then
# an ellipsis or the end of the line. No checksum can confirm it; the country's account format
# (a Dutch bank code of four letters, a German account of digits) and the place do.
_IBAN_HEAD_RE = re.compile(
    rf"(?<![\w])(?P<country>[A-Z]{{2}}|[a-z]{{2}})[ ]?(?P<check>(?=[{_CONFUSABLE}]?\d)[\d{_CONFUSABLE}]{{2}})"
    # The end within 60 characters: a head is shorter than its account (at most 30 characters,
    # 29 spaces between). Without this bound every start on a long line of IBAN-like groups read
    # to the line's end: quadratic (8,000 groups: 3.9 s).
    rf"(?=[ A-Za-z0-9{_CONFUSABLE}]{{0,60}}(?:[ ]?(?:\.{{2,}}|\u2026)|\.?[ ]*(?:\n|$)))"
    # Atomic: the lookahead after it only holds after the longest account (a shorter one ends
    # before a space and a character of the account, or inside one), and backtracking into a
    # line of many groups that does not end so took time quadratic in its length.
    rf"(?P<account>(?>(?:[ ]?[A-Za-z0-9{_CONFUSABLE}]+(?:[ ][A-Za-z0-9{_CONFUSABLE}]+)*)?))"
    r"(?=[ ]?(?:\.{2,}|\u2026)|\.?[ ]*(?:\n|$))"
)
# The countries of the Single Euro Payments Area (their IBANs are what residents pay with).
SEPA_COUNTRIES = frozenset(
    re.findall(
        r"\w\w",
        "AD AT BE BG CH CY CZ DE DK EE ES FI FR GB GI GR HR HU IE IS IT LI LT LU LV MC MT "
        "NL NO PL PT RO SE SI SK SM VA",
    )
)
# A head shows at least this many characters of the account (a Dutch bank code and a digit).
_MIN_HEAD_ACCOUNT = 5
# Country codes that are Dutch words too: lower case and spaced off the digits after them they
# are the word ("Ons KvK-nummer is 3887 6228."), not the start of an IBAN cut short.
_WORD_COUNTRY_CODES = frozenset({"is", "de"})
_IBAN_DB = numdb.get("iban")
_STRUCTURE_RE = re.compile(r"(\d+)!([nac])")
# Digits tesseract reads for letters in a bank code.
_LETTER_READINGS = {"0": "O", "1": "I", "5": "S", "8": "B"}


def find_confused_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of BSNs, IBANs and phone numbers written with OCR confusions."""
    found = find_confused_ibans(text)
    found += find_cued_plates(text)
    for start, end in _iban_shapes(text):
        if not any(s <= start < e for s, e, _ in found):
            found.append((start, end, "IBAN"))
    for start, end, label in find_iban_heads(text):
        if not any(s <= start < e for s, e, _ in found):
            found.append((start, end, label))
    taken = [(s, e) for s, e, _ in found]
    for match in _RUN_RE.finditer(text):
        raw = match.group()
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        # The run may have taken a time stamp or the next number as its last groups: drop
        # groups from the end until a reading is confirmed.
        while not _is_date(raw):
            if raw != _plain(raw) and sum(c.isdigit() for c in raw) >= _MIN_DIGITS_SEEN:
                label = _confirmed_number(raw) or _cued_bsn(text, match.start(), raw)
                if label:
                    found.append((match.start(), match.start() + len(raw), label))
                    break
            cut = max(raw.rfind(" "), raw.rfind("-"))
            if cut <= 0:
                break  # nothing misread, or too little of a number to trust
            raw = raw[:cut].rstrip(" -")
    return found


# Dutch plates' sidecodes as kinds of character (D digit, L letter): 6 characters each.
_PLATE_SHAPES = frozenset(
    [
        "LLDDDD",
        "DDDDLL",
        "DDLLDD",
        "LLDDLL",
        "LLLLDD",
        "DDLLLL",
        "DDLLLD",
        "DLLLDD",
        "LLDDDL",
        "LDDDLL",
        "LLLDDL",
        "LDDLLL",
        "DLLDDD",
        "DDDLLD",
    ]
)
# A token right after a vehicle word: letters and digits, dashes between.
_PLATE_TOKEN_RE = re.compile(r"(?<![\w-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-])")
# Letters a plate may carry (no vowels, C, Q or Y), in one case.
_PLATE_LETTERS_RE = re.compile(r"[BDFGHJKLMNPRSTVWXZ]+|[bdfghjklmnprstvwxz]+")


def find_cued_plates(text: str) -> list[tuple[int, int, str]]:
    """Plates right after a vehicle word ("aanhanger", "kenteken") that OCR read with one
    character added or dropped ("8STR245" for 8TR245): one character from a sidecode's shape,
    with a plate's letters. The vehicle word is the check."""
    found = []
    for match in _PLATE_TOKEN_RE.finditer(text):
        compact = match.group().replace("-", "")
        if not 5 <= len(compact) <= 7 or not after_vehicle_cue(text, match.start()):
            continue
        letters = "".join(c for c in compact if c.isalpha())
        if not letters or not _PLATE_LETTERS_RE.fullmatch(letters):
            continue
        kinds = "".join("D" if c.isdigit() else "L" for c in compact)
        if _near_plate_shape(kinds):
            found.append((match.start(), match.end(), "LICENSE_PLATE"))
    return found


def _near_plate_shape(kinds: str) -> bool:
    if len(kinds) == 6:
        return kinds in _PLATE_SHAPES
    if len(kinds) == 7:  # a character added
        return any(kinds[:i] + kinds[i + 1 :] in _PLATE_SHAPES for i in range(7))
    return any(  # a character dropped
        kinds[:i] + kind + kinds[i:] in _PLATE_SHAPES for i in range(6) for kind in "DL"
    )


def _iban_shapes(text: str) -> list[tuple[int, int]]:
    """(start, end) of whole IBANs by shape alone (`_IBAN_SHAPE_RE`); the pattern may have
    taken the next word as a last group, so groups are dropped until the length fits."""
    found = []
    for match in _IBAN_SHAPE_RE.finditer(text):
        structure = account_structure(match.group("country").upper())
        if match.group("country").upper() not in SEPA_COUNTRIES or not structure:
            continue
        account = match.group("account")
        while account:
            compact = account.replace(" ", "")
            if len(compact) <= len(structure):
                if len(compact) == len(structure) and all(
                    _fits_plainly(c, kind) for c, kind in zip(compact, structure, strict=True)
                ):
                    found.append((match.start(), match.start("account") + len(account)))
                break
            account = account[: account.rfind(" ")] if " " in account.strip() else ""
    return found


def _fits_plainly(char: str, kind: str) -> bool:
    if kind == "n":
        return char.isdigit()
    return _fits(char, kind)


def find_confused_ibans(text: str) -> list[tuple[int, int, str]]:
    """IBANs with OCR confusions that one reading along the country's format confirms."""
    found: list[tuple[int, int, str]] = []
    for match in _IBAN_RE.finditer(text):
        span = _confirmed_iban(match.group())
        if span is not None:
            found.append((match.start(), match.start() + span, "IBAN"))
    return found


# "IBAN PL28 1558...": right after the word a head of any IBAN country and any length counts.
_IBAN_CUE_RE = re.compile(r"\b(?:iban|rekening(?:nummer)?|rek\.?[ ]?nr)\W{0,3}$", re.I)


def find_iban_heads(text: str) -> list[tuple[int, int, str]]:
    """IBANs of a SEPA country cut short by an ellipsis or the end of a line (`_IBAN_HEAD_RE`),
    and of any country right after the word IBAN."""
    found = []
    for m in _IBAN_HEAD_RE.finditer(text):
        country = m.group("country").upper()
        account = m.group("account").replace(" ", "")
        cued = _IBAN_CUE_RE.search(text, max(0, m.start() - 20), m.start()) is not None
        if not cued and _a_dutch_word(m):
            continue
        structure = account_structure(country) if cued or country in SEPA_COUNTRIES else ""
        # Cut short: fewer characters than the whole account (a whole one must pass a check),
        # each of the kind its country's format has there.
        if (
            (0 if cued else _MIN_HEAD_ACCOUNT) <= len(account) < len(structure)
            and (cued or any(c.isdigit() for c in account))
            and all(_fits(c, kind) for c, kind in zip(account, structure, strict=False))
        ):
            found.append((m.start(), m.end(), "IBAN"))
    return found


def _a_dutch_word(head: re.Match[str]) -> bool:
    """True when the head's country code is a Dutch word spaced off the digits (`_WORD_COUNTRY_CODES`)."""
    return head.group("country") in _WORD_COUNTRY_CODES and head.string[head.end("country")] == " "


@functools.lru_cache(maxsize=256)
def account_structure(country: str) -> str:
    """The kind of each character of `country`'s IBAN account ("n" digit, "a" letter, "c"
    either), from python-stdnum's IBAN registry; "" for a country without IBANs."""
    bban = dict(_IBAN_DB.info(country)[0][1]).get("bban", "") if len(country) == 2 else ""
    return "".join(kind * int(count) for count, kind in _STRUCTURE_RE.findall(bban))


def _fits(char: str, kind: str) -> bool:
    if kind == "n":
        return char.isdigit() or char in _READINGS
    if kind == "a":
        return char.isalpha() and char.isascii()
    return char.isalnum() and char.isascii()


# A date written with slashes: day, month and a year of two or four digits ("3/12/2025").
_DATE_RE = re.compile(r"(\d{1,2})/(\d{1,2})/(?:\d{2}|(?:19|20)\d{2})")


def _is_date(raw: str) -> bool:
    """True when `raw` is a date: its slashes are separators, not a misread 1 or 7."""
    match = _DATE_RE.fullmatch(raw)
    return match is not None and 1 <= int(match[1]) <= 31 and 1 <= int(match[2]) <= 12


def _cued_bsn(text: str, start: int, raw: str) -> str | None:
    """ "Mijn BSN is 30/6096411": after the word BSN, eight to ten digit-like characters (OCR
    added, dropped or misread one) are the person's number; the sentence is the check."""
    if not after_bsn_cue(text, start):
        return None
    length = sum(1 for c in raw if c.isdigit() or c in _READINGS)
    return "BSN" if 8 <= length <= 10 else None


def _plain(raw: str) -> str:
    """`raw` with only digits and separators: unchanged when nothing was misread."""
    return "".join(c for c in raw if c.isdigit() or c in _SEPARATORS)


def _readings(chars: str) -> list[str]:
    """Every digit string `chars` may stand for (separators dropped)."""
    options = []
    for c in chars:
        if c in _SEPARATORS:
            continue
        if c.isdigit():
            options.append(c)
        elif c in _READINGS:
            options.append(_READINGS[c])
        else:
            return []
    if sum(len(o) > 1 for o in options) > _MAX_SLASHES:
        return []
    return ["".join(p) for p in itertools.product(*options)]


def _confirmed_number(raw: str) -> str | None:
    for digits in _readings(raw):
        if digits.startswith("00316") and len(digits) == 13:
            digits = "0" + digits[4:]  # "0031 6 32 O1 61 88": +31 dialled without a plus
        if len(digits) == 9 and digits[0] != "0" and stdnum_bsn.is_valid(digits):
            return "BSN"
        if len(digits) == 10 and digits.startswith("06") and digits[2] != "0":
            return "PHONE"
        national = len(digits) == 10 and digits[0] == "0"
        if (
            national
            and not digits.startswith(_ORG_PREFIXES)
            and phonenumbers.is_valid_number(phonenumbers.parse(digits, "NL"))
        ):
            return "PHONE"
    return None


def _confirmed_iban(raw: str) -> int | None:
    """Length of the prefix of `raw` that is an IBAN under some reading, or None."""
    groups = raw.split(" ") if " " in raw else [raw]
    while groups:
        candidate = " ".join(groups)
        compact = candidate.replace(" ", "")
        if len(compact) < 15:
            return None
        for reading in _iban_readings(compact):
            if valid_iban(reading):
                return len(candidate)
        groups = groups[:-1] if len(groups) > 1 else []
    return None


def _iban_readings(compact: str) -> list[str]:
    """Readings of an IBAN along its country's account format: where the format has a digit,
    a confusable character read as one; where it has a letter (a bank code), a digit read as
    a letter. An account of the wrong length for its country has no reading."""
    country, check, rest = compact[:2].upper(), compact[2:4], compact[4:]
    structure = account_structure(country)
    if len(rest) != len(structure):
        return []
    digit_positions = "".join(c for c, kind in zip(rest, structure, strict=True) if kind == "n")
    fixed = [
        "" if kind == "n" else (_LETTER_READINGS.get(c, c) if kind == "a" else c).upper()
        for c, kind in zip(rest, structure, strict=True)
    ]
    out = []
    for check_digits in _readings(check):
        for digits in _readings(digit_positions):
            chars = iter(digits)
            account = "".join(f or next(chars) for f in fixed)
            out.append(f"{country}{check_digits}{account}")
    return out
