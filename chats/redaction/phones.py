"""Dutch phone numbers in every notation people type, checked with ``phonenumbers``."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from chats.redaction.lexicon import ascii_twin
from chats.redaction.online import is_role_mailbox
from chats.redaction.spans import Span

# A run of digits and the separators people put between them, starting like a phone number
# (+, 00, 0 or "(0"); which prefix of the run is a number is decided in code, so
# "0522 838904 / 06 12345678" yields two numbers and "0612345678 2x gebeld" one. A full stop
# before it may end an abbreviation ("tel.0612345678"), but not a number ("1.062").
# (Written with the first character before the look-behinds that guard it, so the regex engine
# skips in C to a "+", "(" or "0"; the plain form: (?<![\w+@/,€$-])(?<!\d\.)(?:\+|\(?0)...)
_RUN_GUARD = r"(?<![\w+@/,€$-].)(?<!\d\..)"
_RUN_RE = re.compile(rf"(?:\+{_RUN_GUARD}|\({_RUN_GUARD}0|0{_RUN_GUARD})[\d()./ -]*\d")
# Something phone-shaped the run rules did not take: ask phonenumbers' matcher about it.
_LOOSE_RE = re.compile(r"(?:\+|0(?<![\w.,-].))[\d ()./-]{8,}\d")
_NEXT_START_RE = re.compile(r"(?<=[ /])[+(\d]")
# "01-06-1966 12" is a date and a time, not "010 6196612".
_DATE_PREFIX_RE = re.compile(r"^\(?\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b")
# "06.12.34.56.78": a number written in pairs is no date, however its start looks.
_PAIRS_RE = re.compile(r"0\d(?:[-. /]\d{2}){4}")
# The municipality's own public number and service numbers are not a person's.
_ORG_PREFIXES = ("0800", "0900", "0906", "0909", "140")
# The range the numbering plan gives to businesses and organisations (bedrijfsnummers): a
# person's direct line there too, so it is the organisation's only where one is named.
BUSINESS_PREFIX = "088"
# "kantoor 0522 ...", "Servicedesk is 0522 ...", "via griffie@meppel.nl of bel 0522 ...": a number
# named as an office's, a desk's or next to a team mailbox is the organisation's, not a person's.
_ORG_NUMBER_BEFORE_RE = re.compile(
    r"(?:\b(?:kantoor|servicedesk|helpdesk|receptie|klantenservice|klantcontact|klantcontactcentrum|"
    r"balie|centrale|hoofdnummer|algemene?[ ]nummer|storingsnummer|storingslijn|noodnummer|"
    r"portier|portiersloge|meldkamer|"
    # Round 45: "nummer van het piket is 06 ...": an on-call service's line
    r"piket|piketdienst|piketnummer)"
    r"(?:[ ]+(?:is|op|nummer|tel\.?|telefoon))*[ ]*,?"
    # "buiten kantoortijd 0522 ...", "na kantooruren: 0521 ...": a desk's line out of hours
    r"|\b(?:buiten|na|tijdens|onder|binnen)[ ]+(?:kantoortijd|kantoortijden|kantooruren|"
    r"openingstijden|werktijd)"
    r"|[A-Za-z]+@[\w.-]+\.[a-z]{2,}[ ]+(?:of|en)[ ]+(?:bel(?:len)?[ ]+)?(?:op[ ]+)?"
    # Round 45: "via www.rova.nl of bellen met 038 ...": a line given beside a web site
    r"|\b(?:www\.|https?://)[\w./-]+[ ]+(?:of|en)[ ]+(?:(?:u[ ]+)?bel(?:len|t)?[ ]+)?"
    r"(?:(?:met|op|naar)[ ]+)?)[ ]*:?[ ]*$",
    re.I,
)
_ASCII_ORG_NUMBER_BEFORE_RE = ascii_twin(_ORG_NUMBER_BEFORE_RE)  # (round speed49)


_NON_DIGIT_RE = re.compile(r"\D")


def _digits(raw: str) -> str:
    return _NON_DIGIT_RE.sub("", raw)


def _national_digits(raw: str) -> str | None:
    """The ten-digit national form of a Dutch number, or None when it is not Dutch."""
    digits = _digits(raw)
    if raw.lstrip().startswith("+"):
        if not digits.startswith("31"):
            return None
        digits = digits[2:]
    elif digits.startswith("0031"):
        digits = digits[4:]
    else:
        # "00" opens an international number: no Dutch area code starts with 0.
        return digits if len(digits) == 10 and digits[0] == "0" and digits[1] != "0" else None
    # "+31 (0)6 ..." writes the trunk 0 as well.
    if raw.replace(" ", "").find("(0)") != -1 and digits.startswith("0"):
        digits = digits[1:]
    return "0" + digits if len(digits) == 9 and digits[0] != "0" else None


# Memoised: phonenumbers' parse is slow and a chat repeats its numbers.
@lru_cache(maxsize=10_000)
def _is_personal_dutch(national: str) -> bool:
    if national.startswith(_ORG_PREFIXES):
        return False
    if national.startswith(("061", "062", "063", "064", "065")):
        return True  # mobile ranges: no need to ask phonenumbers
    try:
        number = phonenumbers.parse(national, "NL")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) or national.startswith("06")


def find_phones(text: str) -> list[Span]:
    """Phone numbers of persons: Dutch in any notation, foreign ones in +-notation."""
    spans: list[Span] = []
    for run in _RUN_RE.finditer(text):
        spans.extend(_numbers_in_run(text, run.start(), run.end()))
    for loose in _LOOSE_RE.finditer(text):
        if not any(s.start <= loose.start() and loose.end() <= s.end for s in spans):
            spans.extend(_matcher_spans(text, spans))
            break
    if "06 " in text or "06-" in text:
        spans += _mistyped_mobiles(text, spans)
    if "ul " in text:
        spans += mobiles_said_aloud(text)
    return [
        s
        for s in spans
        if not _organisations_number(text, s.start) and not _handed_on_landline(text, s)
    ]


# "nul zes 41 22 93 17", "nul zes elf drie zes 22 81": a mobile number said aloud (a voice
# message typed out), its 06 in words and the rest in digits, digit words or "elf" .. "negentien".
# Round 25: a landline too ("nul vijf twee twee ..."): "nul" and an area's first digit.
_ZERO_SIX_IN_WORDS_RE = re.compile(
    r"(?<![\w])[Nn]ul[ ]+(?:zes|een|één|twee|drie|vier|vijf|zeven|acht|negen)\b"
)
# (Round 47: also in pairs set apart by commas, "nul zes, een vier, negen drie, ...")
_SPOKEN_PART_RE = re.compile(r"(?:[ ]*[-,])?[ ]+(\d+|[a-zéë]+)")
_DIGIT_WORDS = {
    **dict.fromkeys(("nul",), "0"),
    **dict.fromkeys(("een", "één", "eén"), "1"),
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
    "tien": "10",
    "elf": "11",
    "twaalf": "12",
    "dertien": "13",
    "veertien": "14",
    "vijftien": "15",
    "zestien": "16",
    "zeventien": "17",
    "achttien": "18",
    "negentien": "19",
}
# "twintig" .. "negenennegentig", "vierendertig", "tweeëntwintig": pairs said as one number.
_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")


def _pairs_in_words() -> dict[str, str]:
    pairs = {}
    for ten, tens_word in enumerate(_TENS, 2):
        pairs[tens_word] = f"{ten}0"
        for unit, unit_word in enumerate(_UNITS, 1):
            joined = "ën" if unit_word.endswith("e") else "en"
            pairs[f"{unit_word}{joined}{tens_word}"] = f"{ten}{unit}"
            pairs[f"{unit_word}en{tens_word}"] = f"{ten}{unit}"  # typed without the dots
    return pairs


_DIGIT_WORDS |= _pairs_in_words()


def mobiles_said_aloud(text: str) -> list[Span]:
    """'nul zes' (or the first digit of an area code) followed by exactly eight more digits,
    written as digits or said as words."""
    spans = []
    for match in _ZERO_SIX_IN_WORDS_RE.finditer(text):
        digits, pos = 0, match.end()
        while digits < 8:
            part = _SPOKEN_PART_RE.match(text, pos)
            if part is None:
                break
            word = part.group(1)
            digits += len(word) if word.isdigit() else len(_DIGIT_WORDS.get(word, "xxxxxxxxx"))
            pos = part.end()
        if digits == 8 and not (pos < len(text) and (text[pos].isalnum() or text[pos] == "-")):
            spans.append(Span(match.start(), pos, "PHONE"))
    return spans


# Round 48: "mijn nummer is zes twee negen één drie acht vier nul (zeg maar 06 ervoor)": the
# eight digits of a mobile after "06", said as single words right after "nummer is".
_NUMBER_IS_RE = re.compile(r"\b(?:nummer|nr|mobiel|telefoonnummer)[ ]+is[ ]*:?(?=[ ]+[a-zé])", re.I)


def mobiles_said_after_zero_six(text: str) -> list[Span]:
    spans = []
    for match in _NUMBER_IS_RE.finditer(text):
        digits, pos, start = 0, match.end(), None
        while digits < 8:
            part = _SPOKEN_PART_RE.match(text, pos)
            if part is None or part.group(1) not in _SINGLE_DIGIT_WORDS:
                break
            start = part.start(1) if start is None else start
            digits += 1
            pos = part.end()
        if start is not None and digits == 8 and not (pos < len(text) and text[pos].isalnum()):
            spans.append(Span(start, pos, "PHONE"))
    return spans


_SINGLE_DIGIT_WORDS = frozenset(
    ["nul", "een", "één", "eén", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
)


# A mobile number with a digit too few or too many, in groups ("06 4512 873", "06 1234 56789"):
# still a person's number, and it is one where the message speaks of a phone before it.
_MISTYPED_MOBILE_RE = re.compile(r"(?<![\w+@/,.€$-])06(?:[ -]\d{2,5}){2,4}(?![\w-]|[.,]\d)")
_MOBILE_CUE_RE = re.compile(
    r"\b(?:mobiel\w*|06-nummer\w*|telefoon\w*|telnr|tel|gsm|bel|belt|bellen|gebeld)\b", re.I
)


def _mistyped_mobiles(text: str, found: list[Span]) -> list[Span]:
    spans = []
    for match in _MISTYPED_MOBILE_RE.finditer(text):
        if len(_digits(match.group())) not in (9, 11):
            continue
        if any(s.start < match.end() and match.start() < s.end for s in found):
            continue
        if _MOBILE_CUE_RE.search(text, max(0, match.start() - 80), match.start()):
            spans.append(Span(match.start(), match.end(), "PHONE"))
    return spans


# People of someone's own life and people reached in person (a caretaker, a club's secretary),
# whose landline is theirs.
_PRIVATE_PERSONS = (
    "buurman|buurvrouw|buren|bewoner|bewoonster|bewoners|melder|melders|eigenaar|eigenares|"
    "huurder|huurders|verhuurder|vader|moeder|ouders|zoon|dochter|broer|zus|man|vrouw|opa|oma|"
    "klant|aanvrager|aanvraagster|familie|fam|heer|mevrouw|meneer|jongen|meisje|kinderen|"
    "overbuurman|overbuurvrouw|mantelzorger|cliënt|client|bezwaarmaker|indiener|beheerder|"
    "beheerster|conciërge|huismeester|koster|voorzitter|secretaris|penningmeester|contactpersoon|"
    "bewindvoerder|bewindvoerster|mentor|curator|begeleider|begeleidster|coach|hulpverlener"
)
# "ik bel de deurwaarder, 088 ...", "bel het team: 0522 ...": a body or trade called by its
# kind, not a person of one's own life ("bel de buurman, 0522 ..." is his)
_CALLED_BY_KIND = (
    r"\bbel(?:len|t)?(?:[ ]+(?:ik|we|jij|je))?[ ]+(?:de|het)[ ]+"
    rf"(?!(?:{_PRIVATE_PERSONS})\b)(?-i:[a-z]{{3,}})[ ]*[,:]?"  # (not "bel de Vries, ...")
)
# "Geef hem 0522 ...", "bel ze op 038 ...", "bellen via 0522 ...", "verwijs hem naar 0521 ...":
# a number handed on for someone else to call (or "them", a body) is where a service is reached.
_HANDED_ON_BEFORE_RE = re.compile(
    r"(?:\bgeef[ ]+(?:hem|haar|ze|u|hen|die)(?:[ ]+(?:het|dit|dat|ons|de))?(?:[ ]+nummer)?"
    r"|\bbel(?:len|t)?(?:[ ]+(?:ze|hen))?[ ]+(?:via|op)"
    # "ik bel de organisator via 0522 ...": whoever is called, not at their own ("haar") number
    r"|\bbel(?:len|t)?(?:[ ]+(?!(?:haar|hem|zijn|mij|me|mijn|jou|je|u|terug)\b)[^\W\d_]+){1,3}[ ]+via"
    r"|\b(?:ze|hen)[ ]+bellen[ ]+(?:via|op)"
    # "Bij uitval belt u 088 ...": a number the reader is told to call is a service's.
    r"|\bbelt[ ]+u(?:[ ]+(?:gerust|maar|dan|gewoon|even))?(?:[ ]+(?:via|op|naar))?"
    # Round 29: "Belt u daar 0521 ...", "bel daar maar even 0522 ...": the body just named
    r"|\bbel(?:len|t)?(?:[ ]+(?:u|je|jij|ze))?[ ]+daar(?:[ ]+(?:maar|dan|gewoon|even))*"
    r"(?:[ ]+(?:via|op|naar))?"
    # Round 27b: "stijn kan bellen, 0522 ...", "u kunt ons bellen op 0522 ...": a number someone
    # is told they can call (not "mij bellen": the speaker's own line)
    r"|\b(?:kan|kunt|mag|moet)(?:[ ]+(?:u|hij|ze|zij|jij|je|hem|haar|ons))*[ ]+bellen"
    r"(?:[ ]+(?:via|op|naar))?[ ]*,?"
    # "Vragen: 0522 ...", "Vragen? 0522 ...": where to put one's questions
    r"|\bvragen[ ]*[?:]"
    # "Sociaal Team Meppel via 0522 ...": a team reached through the number
    r"|\b(?:\w*team|\w*loket|afdeling)(?:[ ]+(?-i:[A-Z])[\w-]*){0,2}[ ]+(?:via|op)"
    rf"|{_CALLED_BY_KIND}"
    # Round 47: "storing melden op 038 ...", "klachten doorgeven via 0522 ...": where a fault or
    # complaint is reported is a service's line
    r"|\b(?:storing(?:en)?|schade|klachten?|lekkage|defect(?:en)?)[ ]+(?:melden|doorgeven)"
    r"(?:[ ]+(?:kan|kun|kunt|moet|moeten))?[ ]+(?:via|op|bij)"
    r"|\bverwijs\b[^.!?\n]{0,30}[ ]naar"
    r"|\bdoorzetten[ ]+naar)[ ]*:?[ ]*$",
    re.I,
)


def _handed_on_landline(text: str, span: Span) -> bool:
    """A landline (never a mobile number) handed on to call: an organisation's number. "Bel op"
    alone is no hand-on ("bel haar op 0522 ..." names whose number it is)."""
    national = _national_digits(text[span.start : span.end])
    if national is None or national.startswith("06"):
        return False
    match = _HANDED_ON_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
    if match is None or _ANYONE_OP_RE.fullmatch(match.group().strip(" :")):
        return False
    # Round 41: "Fam. Wiersma, bellen via 0522 ...", "mevr. Kok: bellen via ...": the clause
    # before the cue names a household or private person, whose number it is.
    if _PRIVATE_OPENING_RE.search(text, max(0, match.start() - 40), match.start()) is not None:
        return False
    # (review40: "daar" is somebody's home when the message put a person there: "mevrouw logeert
    # bij haar dochter, bel daar maar even 0522 ..."), before the number or after it
    # (review41: "bel daar maar even 0522 ..., mevrouw logeert bij haar dochter")
    return _DAAR_RE.search(match.group()) is None or (
        _STAYS_AT_RE.search(text, 0, match.start()) is None
        and _STAYS_AT_RE.search(text, span.end) is None
    )


# A household or private person opening the clause right before a hand-on cue, a comma or
# colon between them ("Fam. Wiersma, bellen via", "mevrouw De Lange: bellen op").
_PRIVATE_OPENING_RE = re.compile(
    r"(?:^|[.!?\n][ ]*|\)[ ]*)(?:fam(?:ilie)?\.?|mevr(?:ouw)?\.?|dhr\.?|meneer|de[ ]+heer)"
    r"(?:[ ]+(?:[a-z]{1,3}[ ]+)*[A-Z][\w'-]+){1,3}[ ]*[,:][ ]*$",
    re.I,
)
_DAAR_RE = re.compile(r"\bdaar\b", re.I)
_STAYS_AT_RE = re.compile(
    r"\b(?:logeer\w*|logeren|woont|wonen|verblijft|slaapt|slapen)\b"
    r"|\bbij[ ]+(?:haar|zijn|z'n|hun|mijn|m'n|de[ ]+buren|familie|fam\.?)[ ]",
    re.I,
)


_PRIVATE_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:priv[eé]\w*|mijn[ ]+(?:eigen[ ]+)?(?:nummer|mobiel\w*))", re.I
)
# "bel op", "bellen op" without "ze"/"hen": a plain "call at" before anyone's number.
_ANYONE_OP_RE = re.compile(r"bel(?:len|t)?[ ]+op", re.I)


def _organisations_number(text: str, start: int) -> bool:
    before = _ASCII_ORG_NUMBER_BEFORE_RE if text.isascii() else _ORG_NUMBER_BEFORE_RE
    match = before.search(text, max(0, start - 60), start)
    if match is None:
        return False
    if _PRIVATE_NUMBER_BEFORE_RE.search(text, max(0, start - 60), start) is not None:
        return False  # Round 45: "mijn privénummer voor het piket: 06 ..."
    if "@" not in match.group():
        return True
    local = match.group().split("@", 1)[0].rsplit(None, 1)[-1].lower()
    return is_role_mailbox(local, None)


def _numbers_in_run(text: str, start: int, end: int) -> list[Span]:
    """Phone numbers inside one run of digits and separators, left to right."""
    found = []
    pos = start
    while pos < end:
        ends = _candidate_ends(text, pos, end)
        for stop in reversed(ends):
            if _is_phone(text[pos:stop]) and not _glued(text, stop):
                found.append(Span(pos, stop, "PHONE"))
                pos = stop
                break
        else:
            if text[pos] == "(" and text[pos + 1 : pos + 2].isdigit():
                pos += 1  # "(06-12345678)": the bracket belongs to the sentence
                continue
        # Next candidate start: the next "+", "(" or digit after whitespace or a slash.
        nxt = _NEXT_START_RE.search(text, pos + 1, end)
        if nxt is None:
            break
        pos = nxt.start()
    return found


# No phone number holds more digits: E.164 allows 15, "+31 (0)6 ..." writes one more. Bounding
# the candidates by it keeps a long run of groups ("06 06 06 ...") linear, not cubic.
_MAX_PHONE_DIGITS = 17


def _candidate_ends(text: str, pos: int, end: int) -> list[int]:
    """Where a number starting at ``pos`` may end: after a digit followed by a separator or the
    end of the run, no further than _MAX_PHONE_DIGITS digits on."""
    ends = []
    digits = 0
    # By groups of digits, not character by character (a run holds no other digits than those
    # _DIGITS_RE takes: _RUN_RE's own "\d").
    for group in _DIGITS_RE.finditer(text, pos, end):
        digits += group.end() - group.start()
        if digits > _MAX_PHONE_DIGITS:
            break
        ends.append(group.end())
    return ends


_DIGITS_RE = re.compile(r"\d+")


def _glued(text: str, stop: int) -> bool:
    """True when the number runs straight into a letter or '@' (part of a code or address)."""
    return stop < len(text) and (text[stop].isalnum() or text[stop] == "@")


def _is_phone(raw: str) -> bool:
    if raw.count("(") != raw.count(")"):
        return False
    if _DATE_PREFIX_RE.match(raw) and not _PAIRS_RE.fullmatch(raw):
        return False
    national = _national_digits(raw)
    if national is not None:
        return _is_personal_dutch(national)
    if raw.startswith("+") or raw.startswith("00"):
        return _valid_foreign("+" + raw.lstrip("+0 ") if raw.startswith("00") else raw)
    return False


@lru_cache(maxsize=10_000)
def _valid_foreign(raw: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(raw, None))
    except phonenumbers.NumberParseException:
        return False


def _matcher_spans(text: str, found: list[Span]) -> list[Span]:
    """Numbers phonenumbers' matcher finds that our pattern missed (odd notations)."""
    extra = []
    for match in phonenumbers.PhoneNumberMatcher(text, "NL"):
        raw = match.raw_string
        # Without a leading 0 or + the matcher also reads BSNs and order numbers as numbers.
        if not raw.startswith(("0", "+", "(")) or _DATE_PREFIX_RE.match(raw):
            continue
        if any(s.start < match.end and match.start < s.end for s in found):
            continue
        national = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if _digits(national).startswith(_ORG_PREFIXES):
            continue
        extra.append(Span(match.start, match.end, "PHONE"))
    return extra
