"""Burgerservicenummers (11-proef) and IBANs (check digits), validated with python-stdnum, and
numbers of identity documents named as such."""

from __future__ import annotations

import re
from functools import lru_cache

from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from chats.redaction.lexicon import ascii_twin, holds_any
from chats.redaction.spans import Span

# 123456782, 1234.56.782, 1234 56 782, 123 456 782, 123.456.782, 123-456-782.
# (These patterns match their first character before the look-behind that guards it, so that
# the regex engine skips in C to a character they can open with instead of trying the
# look-behind at every character; "(?<![\w.,/-])\d{9}" is written "\d(?<![\w.,/-]\d)\d{8}".)
_BSN_RE = re.compile(
    r"(\d(?<![\w.,/-]\d)(?:\d{8}|\d{3}([ .])\d{2}\2\d{3}|\d{2}([ .-])\d{3}\3\d{3}))"
    r"(?![\w]|[.,/-]\d)"
)
_BSN_NEAR_RE = re.compile(r"(\d(?<![\w.,/-]\d)(?:\d{7}|\d{9}))(?![\w]|[.,/-]\d)")
# Round speed49: their ASCII twins, which an ASCII text is searched with (\d and \w by a table,
# not Unicode's database; test_fast_speed49 holds each twin to its pattern).
_ASCII_BSN_RE = ascii_twin(_BSN_RE)
_ASCII_BSN_NEAR_RE = ascii_twin(_BSN_NEAR_RE)
# Stop 56: a person a BSN cue names as whose number it is, after "van" or a title ("van
# Sofie", "van meneer Jansen", "van mevr. van der Berg-Smit", "van buurman Ali"): the title,
# particles and one or two capitalised words (the name's case decides, whatever the cue's).
_WHOSE_TITLE = r"(?:meneer|mevrouw|heer|dhr|mevr|mw|hr|fam|familie|buurman|buurvrouw)\.?"
_WHOSE_PARTICLE = r"(?:van|de|der|den|ter|ten|te|'t)"
_WHOSE_CAPITAL = r"(?-i:[A-Z\u00c0-\u00de][^\W\d_]*(?:-[A-Z\u00c0-\u00de][^\W\d_]*)?)"
_WHOSE_NAME = (
    rf"[ ]+(?:van|{_WHOSE_TITLE})(?:[ ]+{_WHOSE_PARTICLE}){{0,3}}[ ]+{_WHOSE_CAPITAL}"
    rf"(?:(?:[ ]+{_WHOSE_PARTICLE}){{0,3}}[ ]+{_WHOSE_CAPITAL})?"
)
# The word "BSN" (or burgerservicenummer / sofinummer) shortly before a number, also in a
# sentence ("Mijn BSN is ...", "het BSN-nummer was: ...") and naming whose it is ("Het BSN van
# mijn moeder is ...", "bsn van meneer: ...", "BSN van mevrouw van der Vries is ...").
_BSN_CUE_RE = re.compile(
    r"(?:bsn|burgerservice\w*|sofi\w*)\W{0,3}(?:nr\.?|nummer)?"
    rf"(?:\W{{1,3}}van(?:[ ]+[^\W\d]+){{1,3}}|(?:[ ]+van)?{_WHOSE_NAME})?"
    r"\W{0,3}(?:(?:is|was)\W{0,3})?$",
    re.I,
)
# How far before a number the BSN cue is looked for ("Het burgerservicenummer van haar zoon is ").
_BSN_CUE_WINDOW = 60
# Nine-digit numbers that are references, not people: the word before says so.
_NOT_BSN_CUE_RE = re.compile(
    r"(?:kvk|factuur\w*|order|inkoop\w*|po|opdracht|werkbon|zaak\w*|melding\w*|dossier|"
    r"referentie|ref|klantnummer|contract\w*|polis\w*|omschrijving|kenmerk|"
    # a card's number: "nieuwe pas 041203811", "stadspasnummer", "klantenkaart"
    r"pas|pasje|pasnummer|kaart|kaartnummer)\W{0,3}"
    r"(?:nr\.?|nummer|is|:)?\W{0,3}$",
    re.I,
)
# A phone number's country code right before the digits: "+48 ", "0048 ", "+32 (0)".
_COUNTRY_CODE_BEFORE_RE = re.compile(r"(?:\+|(?<![\d])00)\d{1,3}[ .-]?(?:\(0\)[ ]?)?$")

# Country code, check digits, then 11 to 30 letters/digits, optionally in groups of four split
# by spaces, dashes (a banking app's copy: "NL91-ABNA-0417-1643-00") or dots ("NL91.ABNA...").
# (_IBAN_OPENING is every character "[A-Z]" matches in any case, "ſ" and the Kelvin sign too.)
_IBAN_OPENING = "(?-i:[A-Za-z\u0130\u0131\u017f\u212a])(?<!\\w.)"
_IBAN_RE = re.compile(
    rf"({_IBAN_OPENING}[A-Z][ .-]?\d{{2}}(?:[ .-]?[A-Z0-9]{{4}}){{2,7}}(?:[ .-]?[A-Z0-9]{{1,3}})?)"
    r"(?![\w])",
    re.I,
)
# Grouped any other way ("NL 61 ARBN 589 488 4808", a bank app's or a person's own split):
# every group after the bank code set off by a space or dash (so the pattern has one reading).
_LOOSE_IBAN_RE = re.compile(
    rf"({_IBAN_OPENING}[A-Z][ -]?\d{{2}}(?:[ -]?[A-Z0-9]{{4}})?(?:[ -][A-Z0-9]{{1,4}}){{2,9}})(?![\w])",
    re.I,
)
# A cheap test before both patterns above: the check digits after two letters (or two letters and
# a separator), then what either pattern asks next (two groups of four, or groups split by spaces
# or dashes). It opens with a digit, so the engine skips in C to the digits instead of trying
# both patterns at every letter; most messages with a digit hold a time, a date or a house number
# and no such run. (_IBAN_LETTER and _IBAN_CHAR are every character "[A-Z]" and "[A-Z0-9]"
# match in any case.)
_IBAN_LETTER = "[A-Za-z\u0130\u0131\u017f\u212a]"
_IBAN_CHAR = "[A-Za-z0-9\u0130\u0131\u017f\u212a]"
_IBAN_GATE_RE = re.compile(
    rf"\d(?:(?<={_IBAN_LETTER}{_IBAN_LETTER}\d)|(?<={_IBAN_LETTER}{_IBAN_LETTER}[ .-]\d))\d"
    rf"(?:[ .-]?{_IBAN_CHAR}{{4}}[ .-]?{_IBAN_CHAR}{{4}}"
    rf"|(?:[ -]?{_IBAN_CHAR}{{4}})?[ -]{_IBAN_CHAR}{{1,4}}[ -]{_IBAN_CHAR})"
)
_ASCII_IBAN_GATE_RE = ascii_twin(_IBAN_GATE_RE)  # (round speed49; case-sensitive: exact)
_IBAN_SEPARATORS = re.compile(r"[ .-]")
_NON_DIGIT_RE = re.compile(r"\D")
# The municipality's own accounts are held at BNG Bank (guideline: organisation data).
_ORG_BANK_CODES = frozenset({"BNGH"})
# Banks that hold Dutch current accounts (the letters of their BIC). A Dutch IBAN at one of them
# with a wrong check digit is a mistyped account, still a person's; so is one with a digit too
# many or too few (round 51: "NL62 TRIO 0264 8960 282").
_DUTCH_BANK_CODES = frozenset(
    {"ABNA", "ASNB", "BUNQ", "FVLB", "HAND", "INGB", "KNAB", "NNBA", "RABO", "RBRB", "SNSB", "TRIO"}
)
_DUTCH_IBAN_RE = re.compile(r"NL\d{2}([A-Z]{4})\d{9,11}")


def find_bsns(text: str) -> list[Span]:
    """Nine-digit numbers that pass the 11-proef, or any nine digits right after "BSN"."""
    spans = []
    ascii = text.isascii()
    for match in (_ASCII_BSN_RE if ascii else _BSN_RE).finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        digits = _NON_DIGIT_RE.sub("", match.group(1))
        cued = after_bsn_cue(text, match.start())
        if not cued and _NOT_BSN_CUE_RE.search(before) and not _bsn_in_sentence(text, match):
            continue
        if not cued and _COUNTRY_CODE_BEFORE_RE.search(before):
            continue  # "+48 601 233 918": a foreign phone number's digits after its country code
        # A mistyped BSN labelled as such still identifies someone; otherwise demand the 11-proef.
        if cued or stdnum_bsn.is_valid(digits):
            spans.append(Span(match.start(1), match.end(1), "BSN"))
    # "BSN: 3060964119": right after the word, a digit too many or too few (a typo, or OCR
    # reading one digit twice) is still the person's number.
    for match in (_ASCII_BSN_NEAR_RE if ascii else _BSN_NEAR_RE).finditer(text):
        if after_bsn_cue(text, match.start()):
            spans.append(Span(match.start(1), match.end(1), "BSN"))
    spans += _checksummed_groupings(text, spans)
    if not _names_a_bsn(text):
        return spans
    return (
        spans
        + _cued_groupings(text, spans)
        + _glued_to_the_word(text)
        + _cued_confusable_digits(text)
        + _cued_old_bsns(text, spans)
    )


_MORE_GROUPS_AFTER_RE = re.compile(r"[ .]\d")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_PHONE_WORD_BEFORE_RE = re.compile(
    r"\b(?:mobiel\w*|telefoon\w*|tel|gsm|bel\w*|gebeld|whatsapp|app)\b", re.I
)
_ORDER_BEFORE_RE = re.compile(r"(?:bestel\w*|chip\w*|nr\.?|nummer)\W{0,3}$", re.I)
_GROUP_OR_PLUS_BEFORE_RE = re.compile(r"(?:\+|\d[ .])$")


_ASCII_DIGITS = "0123456789"


def _digit_count(text: str) -> int:
    """``sum(c.isdigit() for c in text)``, without a Python step per character (round speed46:
    ~8 -> ~2.5 us a message with a digit): an ASCII text's only digits are 0-9, counted by
    str.count in C; elsewhere str.isdigit per character, mapped in C."""
    if not text.isascii():
        return sum(map(str.isdigit, text))
    count = 0
    for digit in _ASCII_DIGITS:
        count += text.count(digit)
    return count


def _checksummed_groupings(text: str, found: list[Span]) -> list[Span]:
    """Exactly nine digits in an unusual grouping that pass the 11-proef ("184 6871 11",
    "9194.14.242"), also where the word BSN is out of sight: a chat list's preview cut after
    "is 184 6871 11 mijn…" (stop 45, screenshot set blind32). A reference word before the
    number (factuur, zaak, kvk, ...) or a country code keeps it."""
    if _digit_count(text) < 9:
        return []
    spans = []
    for match in (_ASCII_DIGIT_GROUPS_RE if text.isascii() else _DIGIT_GROUPS_RE).finditer(text):
        digits = _NON_DIGIT_RE.sub("", match.group())
        if len(digits) != 9 or not stdnum_bsn.is_valid(digits):
            continue
        # Spaces or dots only (a dashed or slashed number is an order's, a chip's, a case's:
        # "bestelnr 45-2026-118", "chip 1103-66712"), and the whole run of digit groups: nine
        # digits inside a longer phone number ("+31 6 47 22 19 03") are none.
        if "-" in match.group() or "/" in match.group():
            continue
        if _MORE_GROUPS_AFTER_RE.match(text, match.end()) or _GROUP_OR_PLUS_BEFORE_RE.search(
            text, max(0, match.start() - 3), match.start()
        ):
            continue
        if any(s.start < match.end() and match.start() < s.end for s in found):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        if _NOT_BSN_CUE_RE.search(before) or _COUNTRY_CODE_BEFORE_RE.search(before):
            continue
        # Words before it on its line ("is 184 6871 11 mijn…"): a bare number answers whatever
        # was asked ("welk zaaknummer?"), which the chat's own pass decides; no order's number.
        line = before.rsplit("\n", 1)[-1]
        if _WORD_RE.search(line) is None or _ORDER_BEFORE_RE.search(line):
            continue
        # A mobile with a digit too few ("zijn mobiel is 06 4512 873") is a phone number.
        if digits.startswith("06") or _PHONE_WORD_BEFORE_RE.search(line):
            continue
        spans.append(Span(match.start(), match.end(), "BSN"))
    return spans


# The number written against the word, as in a file name or a hurried note: "BSN111222333",
# "bsnnr.111222333", "BSN-nummer111222333", "sofinr:111222333", "scan_bsn_111222333.pdf".
_GLUED_BSN_RE = re.compile(
    r"(?<![^\W\d_])(?:bsn|sofi|burgerservice)(?:[-_]?(?:nummer|nr)\.?)?[:._-]?(\d{8,10})(?!\d)",
    re.I,
)


def _glued_to_the_word(text: str) -> list[Span]:
    """Eight to ten digits glued to the word BSN (or sofi): that person's number."""
    return [Span(m.start(1), m.end(1), "BSN") for m in _GLUED_BSN_RE.finditer(text)]


# A cheap gate: only a message that names a BSN can hold one in an unusual grouping.
_BSN_WORD_GATE = re.compile(r"bsn|burgerservice|sofi", re.I)


def _names_a_bsn(text: str) -> bool:
    """``_BSN_WORD_GATE.search(text)``; an ASCII text (most) is searched by str in C, as the
    pattern's ignored case gives the regex engine nothing to skip ahead with."""
    if not text.isascii():
        return _BSN_WORD_GATE.search(text) is not None
    low = text.lower()
    return "bsn" in low or "burgerservice" in low or "sofi" in low


# Digits in groups of one to five ("1234 56782", "12 34 56 782"), also set off by slashes or
# spaced dashes ("759/929/762", "924 - 134 - 021"): a grouping no form above takes.
_DIGIT_GROUPS_RE = re.compile(  # (its first digit before its look-behind: round speed48)
    r"\d(?<![\w.,/-]\d)\d{0,4}(?:(?:[ .]|[ ]?[/-][ ]?)\d{1,5}){1,4}(?![\w]|[.,/-]\d)"
)
_ASCII_DIGIT_GROUPS_RE = ascii_twin(_DIGIT_GROUPS_RE)  # (round speed49)


def _cued_groupings(text: str, found: list[Span]) -> list[Span]:
    """Nine digits in any grouping right after the word BSN ("Mijn BSN is 1234 56782"); the
    groups after the ninth digit are no part of it."""
    spans = []
    for cue in _BSN_WORD_GATE.finditer(text):
        groups = _ASCII_DIGIT_GROUPS_RE if text.isascii() else _DIGIT_GROUPS_RE
        match = groups.search(text, cue.end(), cue.end() + _BSN_CUE_WINDOW)
        if match is None or any(s.start <= match.start() < s.end for s in found):
            continue
        if not after_bsn_cue(text, match.start()):
            continue
        digits = 0
        for group in re.finditer(r"\d+", match.group()):
            digits += len(group.group())
            if digits == 9:
                spans.append(Span(match.start(), match.start() + group.end(), "BSN"))
            if digits >= 9:
                break
    return spans


# Review 55: an old BSN or sofinummer written with its leading 0 left off: eight digits, also by
# four ("1234 5672", "1234.5672"), a whole number (no group before or after it); stop 56: or
# grouped as the nine digits with their 0 are ("12 345 672" of 012 345 672).
_EIGHT_DIGITS_RE = re.compile(
    r"(\d(?<![\w.,/-]\d)(?:\d{3}[ .]?\d{4}|\d([ .])\d{3}\2\d{3}))(?![\w]|[.,/-]\d)"
)
# ... right after the word BSN and up to three words naming whose it is, a colon, "is":
# "burgerservicenummer moeder ", "bsn zoon: ", "BSN van mijn dochter is " (whole words: not
# _BSN_CUE_RE, whose "sofi\w*" also reads the name Sofie).
_RELATION_WORD = (
    r"(?:van|mijn|m'n|mn|haar|zijn|z'n|hun|onze|ons|de|het|moeder|vader|zoon|dochter|partner"
    r"|man|vrouw|echtgeno(?:ot|te)|kind|broer|zus|opa|oma|meneer|mevrouw|cli[eë]nt)"
)
# ... or a person named after "van" or a title ("bsn van meneer Jansen: ", stop 56).
_RELATION_CUE_RE = re.compile(
    r"(?<![^\W\d_])(?:bsn|burgerservice|sofi)(?:[- ]?(?:nr\.?|nummer))?"
    rf"(?:[ ]+{_RELATION_WORD}){{0,3}}(?:{_WHOSE_NAME})?[ ]*:?[ ]*(?:(?:is|was)[ ]+)?$",
    re.I,
)


def _cued_old_bsns(text: str, found: list[Span]) -> list[Span]:
    """Eight digits after a BSN cue that pass the 11-proef with a 0 put before them: an old
    BSN or sofinummer whose leading 0 was left off ("bsn vader: 1234 5672")."""
    spans = []
    for match in _EIGHT_DIGITS_RE.finditer(text):
        start, end = match.span(1)
        if any(s.start < end and start < s.end for s in found):
            continue
        if _MORE_GROUPS_AFTER_RE.match(text, end) or _GROUP_OR_PLUS_BEFORE_RE.search(
            text, max(0, start - 3), start
        ):
            continue  # part of a longer number ("06 1234 5672")
        if not stdnum_bsn.is_valid("0" + _NON_DIGIT_RE.sub("", match.group(1))):
            continue
        before = text[max(0, start - _BSN_CUE_WINDOW) : start]
        if _RELATION_CUE_RE.search(before):
            spans.append(Span(start, end, "BSN"))
    return spans


# Review 53: a letter typed or read for a digit in a BSN ("BSN O69328341", "bsn: 1O2345672",
# "BSN 1l1.222.333"): O or o for a 0, l or I for a 1, in one of _BSN_RE's groupings, with at
# least one such letter (the digits alone are _BSN_RE's) and at least six real digits.
_CONFUSABLE_DIGIT = r"[\dOolI]"
_CONFUSABLE_BSN_RE = re.compile(
    rf"(?<![\w.,/-])({_CONFUSABLE_DIGIT}(?:{_CONFUSABLE_DIGIT}{{8}}"
    rf"|{_CONFUSABLE_DIGIT}{{3}}([ .]){_CONFUSABLE_DIGIT}{{2}}\2{_CONFUSABLE_DIGIT}{{3}}"
    rf"|{_CONFUSABLE_DIGIT}{{2}}([ .-]){_CONFUSABLE_DIGIT}{{3}}\3{_CONFUSABLE_DIGIT}{{3}}))"
    r"(?![\w]|[.,/-]\d)"
)
_DIGIT_READINGS = str.maketrans("OolI", "0011")


def _cued_confusable_digits(text: str) -> list[Span]:
    """Nine digits with an O/o for a 0 or an l/I for a 1 among them, right after the word BSN,
    when the digits so read pass the 11-proef (a plain number without the cue stays as it is)."""
    spans = []
    for match in _CONFUSABLE_BSN_RE.finditer(text):
        value = match.group(1)
        digits = _NON_DIGIT_RE.sub("", value)
        if len(digits) < 6 or digits == _NON_DIGIT_RE.sub("", value.translate(_DIGIT_READINGS)):
            continue  # words ("lOOI..."), or digits only: _BSN_RE's
        if not after_bsn_cue(text, match.start(1)):
            continue
        if stdnum_bsn.is_valid(_NON_DIGIT_RE.sub("", value.translate(_DIGIT_READINGS))):
            spans.append(Span(match.start(1), match.end(1), "BSN"))
    return spans


# "BSN voor het dossier: ...": the word BSN earlier in the same sentence.
_BSN_WORD_RE = re.compile(r"\b(?:bsn|burgerservice\w*|sofi\w*)\b[^.!?\n]*$", re.I)


def _bsn_in_sentence(text: str, match: re.Match[str]) -> bool:
    """A number passing the 11-proef in a sentence that names a BSN before it is that BSN,
    whatever reference word ("dossier", "referentie") stands right before the number."""
    before = text[max(0, match.start() - 60) : match.start()]
    return _BSN_WORD_RE.search(before) is not None and stdnum_bsn.is_valid(
        _NON_DIGIT_RE.sub("", match.group(1))
    )


def after_bsn_cue(text: str, start: int) -> bool:
    """True when the words just before `start` call what follows a BSN ("Mijn BSN is ")."""
    return _BSN_CUE_RE.search(text[max(0, start - _BSN_CUE_WINDOW) : start]) is not None


def find_ibans(text: str) -> list[Span]:
    """IBANs with valid check digits, and Dutch ones at a Dutch bank whatever their check digits,
    in any case and grouping; BNG (municipal) accounts excepted."""
    return [span for span, compact in _iban_matches(text) if compact[4:8] not in _ORG_BANK_CODES]


def organisation_ibans(text: str) -> list[Span]:
    """The municipality's own (BNG) accounts in ``text``: no personal data, and nothing inside
    them is either ("NL.. BNGH 0344 7613 47" holds no phone number)."""
    if "BNGH" not in text.upper():
        return []
    return [span for span, compact in _iban_matches(text) if compact[4:8] in _ORG_BANK_CODES]


def _iban_matches(text: str) -> list[tuple[Span, str]]:
    """Every IBAN in ``text`` with its compact form: the grouped ones, then those grouped any
    other way ("NL68 RABO 031 284 6529") where no grouped one lies."""
    found: list[tuple[Span, str]] = []
    if (_ASCII_IBAN_GATE_RE if text.isascii() else _IBAN_GATE_RE).search(text) is None:
        return found  # neither pattern can match
    for match in _IBAN_RE.finditer(text):
        _add_iban(found, match.start(1), match.group(1))
    for match in _LOOSE_IBAN_RE.finditer(text):
        if not any(span.start <= match.start(1) < span.end for span, _ in found):
            _add_iban(found, match.start(1), match.group(1))
    return sorted(found, key=lambda pair: pair[0].start)


def _add_iban(found: list[tuple[Span, str]], start: int, candidate: str) -> None:
    """Append the IBAN `candidate` (at `start`) and its compact form to `found` if it, or its
    head with groups dropped from the end, is one: the pattern may have taken a following word
    as a last group."""
    while len(compact := _IBAN_SEPARATORS.sub("", candidate).upper()) >= 15:
        dutch = _DUTCH_IBAN_RE.fullmatch(compact)
        if _valid_iban(compact) or (dutch and dutch.group(1) in _DUTCH_BANK_CODES):
            found.append((Span(start, start + len(candidate), "IBAN"), compact))
            return
        last = max(candidate.rfind(" "), candidate.rfind("-"), candidate.rfind("."))
        if last < 0:
            return
        candidate = candidate[:last]


@lru_cache(maxsize=10_000)
def _valid_iban(compact: str) -> bool:
    """python-stdnum's IBAN check (memoised: it looks up the country's format on every call)."""
    return valid_iban(compact)


def valid_iban(compact: str) -> bool:
    """Mod-97 over the IBAN, in its country's length and account format. The national check
    some countries add inside the account (Belgium, Spain, Norway) is not asked: a mistyped or
    misread national check digit still leaves a person's account, and mod-97 alone already
    stops a random number."""
    return stdnum_iban.is_valid(compact, check_country=False)


# Identity documents. A Dutch passport or ID card number has nine characters (two letters, six
# letters or digits, a digit; never the letter O), a driving licence ten digits, a residence
# permit a letter and ten digits; foreign documents differ. No shape is safe on its own (order
# numbers look alike), so a number is only taken after a word that names the document, in the
# same sentence and within a few words.
# Every cue opens with d, i, l, p, r or v: the look-ahead skips the other positions cheaply.
_DOCUMENT_CUE_RE = re.compile(
    r"(?=[dilprv])\b(?:paspoort|passport|reisdocument|id[- ]?kaart|identiteit|(?<![-.])id\b|legitimatie"
    r"|rijbewijs|documentnummer|docnr|verblijfs(?:vergunning|document|pas)|vreemdelingen"
    r"|v-nummer)\w*",
    re.I,
)
_DOCUMENT_WINDOW = 50
# One of these is in every cue above, in lower case: a test in C before the pattern, whose ignored
# case leaves the regex engine nothing to skip to (only in ASCII: elsewhere its case folding also
# takes letters that lower() keeps, the long s for an "s").
_DOCUMENT_CUE_STEMS = ("pas", "id", "legitim", "rijbew", "doc", "verblijfs", "vreemdel", "v-nummer")
# A sentence ends at a full stop, ! or ? before a space (not the one of "nr." or "no.") or a line.
_SENTENCE_END_RE = re.compile(r"(?<![Nn]r)(?<![Nn]o)[.!?](?=\s|$)|\n")
# "Paspoort:" with the number on the next line.
_NUMBER_ON_NEXT_LINE_RE = re.compile(r"[ \t]*[:#]?[ \t]*\n")
# A word naming another kind of number ends the window: "paspoortfoto's, ordernummer 2025123456".
_OTHER_NUMBER_RE = re.compile(
    r"\b(?:kvk|tel|telefoon\w*|mobiel\w*|postcode|kenteken\w*|iban|rekening\w*|kenmerk\w*"
    r"|referentie\w*|ref|order\w*|bestel\w*|factuur\w*|zaak\w*|dossier\w*|klant\w*|melding\w*"
    r"|aanvraagn\w*|ticket\w*|track\w*|pakket\w*)\b",
    re.I,
)
# A Dutch passport's or ID card's number: two letters, six letters or digits, a digit; no O.
_DUTCH_PASSPORT_RE = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]", re.I)
# Seven characters or more: a postcode ("7941AB") or a plate ("12ABC3") has six, a Dutch
# document nine or ten, the foreign ones seven to twelve.
_DOCUMENT_NUMBER_RE = re.compile(r"(?<![\w/.,-])[A-Za-z0-9]{7,12}(?![\w/-]|[.,]\d)")


def find_document_numbers(text: str) -> list[Span]:
    """Numbers of passports, ID cards, driving licences and residence permits, each taken only
    after a word that names the document ("paspoortnummer NW5B4R7P1", "id-kaart (IX81KR2L4)")."""
    found: dict[int, Span] = {}
    if text.isascii() and not holds_any(text.lower(), _DOCUMENT_CUE_STEMS):
        return []
    for cue in _DOCUMENT_CUE_RE.finditer(text):
        # A bare "ID" also names a melding's or a system's number; an identity card's number
        # has letters too.
        bare_id = len(cue.group()) == 2
        # "Documentnummer" alone also names a letter's number in the DMS: only the shape of a
        # Dutch passport or ID card is taken after it.
        generic = cue.group().lower().startswith(("documentn", "docnr"))
        for start, end in _document_window_numbers(text, cue.end()):
            value = text[start:end]
            if (
                start in found
                or not _document_number_shape(value)
                or (bare_id and value.isdigit())
                or (generic and not _DUTCH_PASSPORT_RE.fullmatch(value))
            ):
                continue
            found[start] = Span(start, end, "DOCUMENT_NUMBER")
            # A BSN named alongside ("BSN en paspoort: 123456782 en NXK4R7P12") is marked BSN
            # (its label wins); the document's own number may follow it.
            if not (len(value) == 9 and value.isdigit() and stdnum_bsn.is_valid(value)):
                break
    return list(found.values())


def _document_window_numbers(text: str, after: int) -> list[tuple[int, int]]:
    """Where the number-shaped words are in the few words after a document's name: in its
    sentence (or on the next line when the name ends its line), before a word naming another
    kind of number."""
    if line_break := _NUMBER_ON_NEXT_LINE_RE.match(text, after):
        after = line_break.end()
    end = min(len(text), after + _DOCUMENT_WINDOW)
    # Searched in the whole text: the look-behind sees the "nr" of "paspoortnr.".
    if sentence_end := _SENTENCE_END_RE.search(text, after, end):
        end = sentence_end.start()
    if other := _OTHER_NUMBER_RE.search(text, after, end):
        end = other.start()
    return [(m.start(), m.end()) for m in _DOCUMENT_NUMBER_RE.finditer(text, after, end)]


def _document_number_shape(value: str) -> bool:
    """Letters with at least two digits, or nine digits or more (a year, a house number, a date
    written as 20250312 and a KvK number are neither)."""
    digits = sum(c.isdigit() for c in value)
    if digits == len(value):
        return digits >= 9
    return digits >= 2


# "BSN?", "en haar bsn?", "Wat is het BSN van meneer?": a question for a BSN.
_BSN_ASKED_RE = re.compile(r"\b(?:bsn|burgerservicenummer|sofinummer)\b[^.!\n]{0,40}\?", re.I)
# The answer: nine digits in groups of two to four, opening the message.
_ANSWERED_GROUPS_RE = re.compile(r"[ ]*(\d{2,4}(?:[ .-]\d{1,4}){1,4})(?![\w]|[.,/-]\d)")


def answered_bsns(question: str, answer: str) -> list[Span]:
    """'BSN?' - '9354 127 12': nine digits in any grouping that open the answer to a question
    for a BSN and pass the 11-proef are that BSN."""
    if _BSN_ASKED_RE.search(question) is None:
        return []
    match = _ANSWERED_GROUPS_RE.match(answer)
    if match is None:
        return []
    digits = _NON_DIGIT_RE.sub("", match.group(1))
    if len(digits) != 9 or not stdnum_bsn.is_valid(digits):
        return []
    return [Span(match.start(1), match.end(1), "BSN")]
