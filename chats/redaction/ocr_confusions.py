"""Numbers OCR misread: letters for digits and '/' for a 1 or 7, accepted when a check confirms.

Tesseract reads 1 as l, I or |, 0 as O, 5 as S, 8 as B and a thin 1 or 7 as '/'. A number with
such a character fails the detector's own checks, so it is read again here with every plausible
reading, and kept only when one reading passes a check that a random string rarely passes: the
11-proef for a BSN, mod-97 for an IBAN, and the shape of a Dutch phone number (06 with eight
digits, or a valid 0-prefixed national number) for phones. Where no reading can pass, the words
or the shape decide: a number right after "BSN", and a Dutch IBAN in its full shape (a digit
misread as another digit) or its start, cut short in a preview. Pure functions on text.
"""

from __future__ import annotations

import itertools
import re

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from chats.redaction.identifiers import after_bsn_cue

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
# A run of digit-like groups separated by one space or hyphen; each group holds a real digit, so
# words made only of confusable letters ("is", "SO") never join a number.
_GROUP = rf"(?=[{_CONFUSABLE}]*\d)[\d{_CONFUSABLE}]+"
# WhatsApp writes an unsaved sender's number with spaced dashes: "06 - 40 140 946".
_RUN_RE = re.compile(rf"(?<![\w/]){_GROUP}(?:(?:[ -]|[ ]-[ ]){_GROUP})*(?![\w/])")
# An IBAN: two letters, then digit-like groups and letters (the bank code).
_IBAN_RE = re.compile(
    rf"(?<![\w])[A-Z]{{2}}[\d{_CONFUSABLE}]{{2}}(?: ?[A-Z0-9{_CONFUSABLE}]{{4}}){{2,7}}(?: ?[A-Z0-9{_CONFUSABLE}]{{1,3}})?(?![\w])"
)
# More than this many ambiguous '/' characters in one number is not a misread number.
_MAX_SLASHES = 2
_MIN_DIGITS_SEEN = 4
# A Dutch IBAN in full: NL, two check digits, a four-letter bank code and ten plain digits.
# A digit misread as another digit (7 as 1) fails mod-97 under every reading, but nothing
# else has this shape.
_NL_IBAN_SHAPE_RE = re.compile(r"(?<![\w])NL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2}(?![\w])")
_ORG_PREFIXES = ("0800", "0900", "0906", "0909", "140")
# The start of a Dutch IBAN cut short (a chat list's preview ends in "...", a pane edge cuts a
# line): NL, two check digits, a four-letter bank code and digits, then an ellipsis or the end
# of the line. No checksum can confirm it, but nothing else has this shape.
_NL_IBAN_HEAD_RE = re.compile(
    rf"(?<![\w])NL(?=[{_CONFUSABLE}]?\d)[\d{_CONFUSABLE}]{{2}} ?[A-Z]{{4}}"
    rf"(?: ?(?=[{_CONFUSABLE}]*\d)[\d{_CONFUSABLE}]{{1,4}})+"
    r"(?=[ ]?(?:\.{2,}|\u2026)|\.?[ ]*(?:\n|$))"
)


def find_confused_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of BSNs, IBANs and phone numbers written with OCR confusions."""
    found: list[tuple[int, int, str]] = []
    for match in _IBAN_RE.finditer(text):
        span = _confirmed_iban(match.group())
        if span is not None:
            found.append((match.start(), match.start() + span, "IBAN"))
    for match in _NL_IBAN_SHAPE_RE.finditer(text):
        if not any(s <= match.start() < e for s, e, _ in found):
            found.append((match.start(), match.end(), "IBAN"))
    for start, end, label in find_iban_heads(text):
        if not any(s <= start < e for s, e, _ in found):
            found.append((start, end, label))
    taken = [(s, e) for s, e, _ in found]
    for match in _RUN_RE.finditer(text):
        raw = match.group()
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if raw == _plain(raw) or sum(c.isdigit() for c in raw) < _MIN_DIGITS_SEEN:
            continue  # nothing misread, or too little of a number to trust
        label = _confirmed_number(raw) or _cued_bsn(text, match.start(), raw)
        if label:
            found.append((match.start(), match.end(), label))
    return found


def find_iban_heads(text: str) -> list[tuple[int, int, str]]:
    """Dutch IBANs cut short by an ellipsis or the end of a line (see _NL_IBAN_HEAD_RE)."""
    return [
        (m.start(), m.end(), "IBAN")
        for m in _NL_IBAN_HEAD_RE.finditer(text)
        # Cut short: fewer than the ten account digits (a whole one must pass a check).
        if len(m.group().replace(" ", "")) < 18
    ]


def _cued_bsn(text: str, start: int, raw: str) -> str | None:
    """ "Mijn BSN is 30/6096411": after the word BSN, eight to ten digit-like characters (OCR
    added, dropped or misread one) are the person's number; the sentence is the check."""
    if not after_bsn_cue(text, start):
        return None
    length = sum(1 for c in raw if c.isdigit() or c in _READINGS)
    return "BSN" if 8 <= length <= 10 else None


def _plain(raw: str) -> str:
    """`raw` with only digits and separators: unchanged when nothing was misread."""
    return "".join(c for c in raw if c.isdigit() or c in " -")


def _readings(chars: str) -> list[str]:
    """Every digit string `chars` may stand for (separators dropped)."""
    options = []
    for c in chars:
        if c in " -":
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
            if stdnum_iban.is_valid(reading):
                return len(candidate)
        groups = groups[:-1] if len(groups) > 1 else []
    return None


def _iban_readings(compact: str) -> list[str]:
    """Readings of an IBAN: check digits and account digits repaired, the bank code as letters."""
    country, check, rest = compact[:2], compact[2:4], compact[4:]
    # Dutch IBANs: a four-letter bank code, then ten digits; elsewhere only the check digits.
    if country.upper() == "NL" and len(rest) == 14:
        bank = "".join({"0": "O", "1": "I", "5": "S", "8": "B"}.get(c, c) for c in rest[:4])
        account = rest[4:]
    else:
        bank, account = "", rest
    out = []
    for check_digits in _readings(check):
        for account_digits in _readings(account) if bank else [account]:
            out.append(f"{country.upper()}{check_digits}{bank.upper()}{account_digits}")
    return out
