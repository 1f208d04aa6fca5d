"""Round 52: causes behind the errors of blind_text_50, as rules over a chat's found spans.

- homes: a bare house number tied to a person or to the chat's street ("buurman Thijs van 14",
  "hij op de 17", "ok. nr 17?", "I live 43", "nummer vier"); the answer to "welk nummer?" ("39");
  more numbers after an address ("Esweg 9, 11 en 15") and a number said again near one of the
  chat's house numbers ("nee 73. 71 is zijn zus"); a street and number answering "welk adres?"
  or after a person's name ("Henk Prins, Markt 19"), corrected ("nee sorry Stouwe 16 A") or in
  words ("de Veldkamp twee en twintig"); toevoegingen of colour, floor and part
  ("112 rood", "6 2e verdieping", "4-1hg");
- birth dates: the dates answering "geboren?" ("jan 2010, 9 januari. 9-1-2010"), after a cue
  of another language ("urodzona 22.11.1993"), a second person's ("Emre is 5.6.2003") and
  read aloud ("geboren een twee nul negen negentien zeventig");
- phones: a mobile with the letter O for a zero ("o6-38814420"), a number read aloud, also in
  Drents ("nul vief twee twee, ..."); a landline the municipality or a firm is reached on
  ("u kunt ook bellen met 0522 ...", "Woonconcept is 0522 ...") is no person's;
- persons: a list of bare names after a colon, a message each ("Hofman", "Lubbers, A.").

Each rule is gated by a cheap string test; the chat pass calls ``chat_rules_r52`` once per chat,
after round 51's rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from chats.redaction import lexicon
from chats.redaction.birthdates import _FOREIGN_MONTH_NAMES, MONTH_NAMES
from chats.redaction.lexicon import CAR_MAKES, holds_any_re, street_suffix, words
from chats.redaction.rules_r51 import _is_landline
from chats.redaction.spans import Span, chat_messages, resolve

# --- homes ------------------------------------------------------------------------------------

_HOUSE_NO_R52 = r"[1-9]\d{0,2}(?:-\d{1,2}(?![\d]))?(?:[a-d](?![\w]))?"
_SPELLED_UNITS_R52 = "twee|drie|vier|vijf|zes|zeven|acht|negen"
_SPELLED_R52 = (
    rf"(?:(?:een|{_SPELLED_UNITS_R52})[ ]?(?:en|ën)[ ]?"
    r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
    rf"|{_SPELLED_UNITS_R52}|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|"
    r"achttien|negentien|twintig|dertig|veertig|vijftig)"
)
# What follows a home's number: the sentence's end or a word that goes on about the person
_HOME_FOLLOW_R52 = (
    r"(?=[ ]*(?:[.,?!;)]|$)|[ ]+(?:en[ ][a-z]|of|is|zijn|weet|wil|regelt|zegt|heeft|woont|die|"
    r"dus|maar|ook|toch|belde|boven|beneden)\b)"
)
# "hij op de 17", "nr 9", "nummer vier", "I live 43", "woont op 12", "<surname> op 15" (not
# "buurman op 9", "van 9-2": other sets keep a neighbour's bare number after "op" or "van"
# unlabelled)
_CUED_NUMBER_R52_RE = re.compile(
    r"\b(?:(?P<nr>[Nn]r\.?|[Nn]ummer|[Hh]uisnummer)[ ]?|(?P<prep>op[ ]de|live|op)[ ])"
    rf"(?P<n>{_HOUSE_NO_R52}|(?<=[ ]){_SPELLED_R52}(?:[ ][a-d])?(?![\w]))"
    rf"(?![ ]?\d|[.,:]\d|[ ]*(?:-|/|tot\b|t/m|en[ ]+\d)){_HOME_FOLLOW_R52}"
)
# "voor nummer 6" (in front of it), "vak C rij 4 nr 19" (a grave): no home
_NOT_A_HOME_BEFORE_R52_RE = re.compile(
    r"\b(?i:voor|tot|tussen|vanaf|rij|vak|plek|graf|kavel|box|stand|plaats|veld|bus|lijn|"
    r"spoor|perron|stoel|tafel|kamer|afrit|uitgang|ingang|paal|sticker|tegenover|naast|achter|"
    r"bij|aan|hoogte[ ]van|van|tuin|is|wachtlijst|de|het)[ ]+(?:[A-Za-z0-9]{1,3}[ ]+)?$"
)
_PERSON_WORDS_R52 = (
    r"\b(?i:buurman|buurvrouw|buren|mevrouw|meneer|mevr|dhr|mw|hij|zij|ze|woont|woon|wonen|melder|"
    r"melders|bewoner|zus|broer|moeder|vader|dochter|zoon|I|we)\b"
)
_PERSON_BEFORE_R52_RE = re.compile(rf"{_PERSON_WORDS_R52}[^.?!]{{0,30}}$")
# "nr 11" after "hij staat voor zijn oprit. ": a person in the sentence before too
_PERSON_NEAR_R52_RE = re.compile(rf"(?:{_PERSON_WORDS_R52}|\b(?i:zijn|haar)\b)[^?!]{{0,45}}$")
# "havikstraat, nr 9": the street right before
_LOWER_STREET_BEFORE_R52_RE = re.compile(
    r"(?<![\w])[a-z]+(?:straat|straatweg|weg|laan|kade|plein|gracht|singel|dijk|hof|pad|steeg|dreef|erf)"
    r",[ ]$"
)
# (searched in lower case: an ignored case leaves the regex engine nothing to skip to)
_STREETISH_R52_RE = re.compile(
    r"[a-z](?:straat|straatweg|weg|laan|kade|plein|gracht|singel|dijk|hof|pad|steeg|dreef|erf)\b"
)
_NUMBER_ASKED_R52_RE = re.compile(r"\b(?i:welk|welke|wat[ ]is[ ]het)[ ](?i:huis)?nummer\b")
_NOT_A_HOME_ASKED_R52_RE = re.compile(
    r"(?i:bel|telefoon|mobiel|pas\b|paal|melding|zaak|kenteken|ref|polis|klant|factuur|lijn|bus)"
)
_ANSWER_NUMBER_R52_RE = re.compile(rf"(?:(?i:nr\.?|nummer)[ ]?)?{_HOUSE_NO_R52}[ ]*[.!]?")
# More numbers after an address: "Esweg 9, 11 en 15"
_MORE_NUMBERS_R52_RE = re.compile(
    rf"(?:,[ ]?|[ ](?:en|&)[ ])({_HOUSE_NO_R52})(?![ ]?\d|[.,:]\d)"
    rf"(?:{_HOME_FOLLOW_R52}|(?=,[ ]?\d|[ ](?:en|&)[ ]\d))"
)
# A street and number in a list of three: "Esweg 9, 11 en 15"
_STREET_LIST_R52_RE = re.compile(
    rf"\b([A-Z][a-zà-ÿ]{{3,}}(?:[ ][A-Z][a-zà-ÿ]+)?)[ ]({_HOUSE_NO_R52}),[ ]?{_HOUSE_NO_R52}"
    rf"(?:,[ ]?|[ ]en[ ]){_HOUSE_NO_R52}(?![ ]?\d|[.,:]\d)"
)
_LISTED_NUMBERS_R52_RE = re.compile(r"\d,[ ]?[1-9]")
# A number said again at a clause's opening: "nee 73. 71 is zijn zus"
_NUMBER_AGAIN_R52_RE = re.compile(
    # the digit first, so the regex engine skips ahead to one in C; then where it stands
    r"([1-9](?:(?<=^.)|(?<=[.,;!?][ ].)|(?<=^nee[ ].)|(?<=[.,][ ]nee[ ].))"
    r"\d{0,2}(?:-\d{1,2}(?!\d))?(?:[a-d](?![\w]))?)"
    r"(?:(?P<said>[ ]+is[ ](?:zijn|haar|echt|fam\b|mevr|mevrouw|meneer|dhr|[A-Z])|[ ]+weet[ ])"
    r"|(?=[ ]*[.,?!](?!\d)|$))"
)
_TOEVOEGING_R52 = (
    r"(?:[ ](?:rood|blauw|groen|geel|wit|zwart|oranje|paars|roze|grijs)(?![\w])"
    r"|[ ](?:\d(?:e|ste|de)|eerste|tweede|derde|vierde)[ ](?:verdieping|etage)(?![\w])"
    r"|-?\d{0,2}(?:hg|hs|bg)(?![\w])"
    r"|[ ][A-Da-d](?![\w]))"
)
# (a floor only where this round finds the address: other sets leave "2e verdieping" outside)
_TOEVOEGING_R52_RE = re.compile(
    r"[ ](?:rood|blauw|groen|geel|wit|zwart|oranje|paars|roze|grijs)(?![\w])|-\d{1,2}(?:hg|hs|bg)(?![\w])"
)
_WORD_R52 = r"(?:[A-Z][a-zà-ÿ]{3,}(?:[ ][A-Z][a-zà-ÿ]+)?|[a-zà-ÿ]{4,})"
# "Oosterboer 112 rood" answering "welk adres?"; "Henk Prins, Markt 19 boven de slager"
_STREET_NUMBER_R52_RE = re.compile(
    rf"(?<![\w])({_WORD_R52})[ ]([1-9]\d{{0,2}}(?:-\d{{1,2}}(?!\d))?(?:[a-d](?![\w]))?)"
    rf"(?:{_TOEVOEGING_R52})?(?![ ]?\d|[.,:/]\d|[ ]*(?:-|/|tot\b|t/m|uur|jaar|euro|km|m\b|%))"
)
_MONTH_AFTER_R52_RE = re.compile(
    rf"[ ]+(?i:{'|'.join(MONTH_NAMES)}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b"
)
_ONLY_ADDRESS_AFTER_R52_RE = re.compile(
    r"[ ]*(?:$|[.,][ ]*(?:ik[ ]ben|ik[ ]heet|mijn[ ]naam|naam)\b)", re.I
)
_CORRECTION_R52_RE = re.compile(r"\b(?i:sorry|bedoel|nee|niet)[,:]?[ ]+$")
# (searched in the lower-cased message: an ignored case leaves the regex engine nothing to skip to)
_ADDRESS_ASKED_R52_RE = re.compile(r"\badres\b|\baddress\b|waar[ ](?:is[ ]het|woont|staat)")
# "de Veldkamp twee en twintig", "Ton Eleveld, Jan Jansweg twaalf a"
_STREET_SPELLED_R52_RE = re.compile(
    rf"(?:(?<=\bde[ ])|(?<=,[ ])|(?<=\bop[ ])|(?<=\baan[ ]))"
    rf"((?:[A-Z][a-zà-ÿ]+[ ])?[A-Z][a-zà-ÿ]{{3,}})[ ]{_SPELLED_R52}(?:[ ][a-d])?(?![\w])"
    # (not a count: "de Kastanjelaan twee keer afgezet")
    r"(?![ ](?:keer|maal|weken|week|dagen|dag|jaar|uur|minuten|meter|man|mensen|stuks|huizen))"
)
_SPELLED_GATE_R52_RE = re.compile(rf"[ ]{_SPELLED_R52}(?![\w])")
# How each number _SPELLED_R52 spells opens after its space (in lower case, as it is written
# here): substring tests in C before that pattern
_SPELLED_OPENINGS_R52_RE = holds_any_re(
    (" eenen", " een en", " eenën", " twee", " drie", " vier", " vijf", " zes", " zeven", " acht", " negen", " tien",
     " elf", " twaalf", " dert", " veert", " twintig")
)  # fmt: skip
_NOT_STREETS_R52 = words(
    "artikel hoofdstuk lid bijlage fase groep klas lijn bus pagina blz stap punt vraag ronde week "
    "dag zaal veld kamer tafel bed stoel nummer versie deel route kavel perceel bouwnummer "
    "melding zaak ref polis code pin huisnummer nr ja nee ok oke maar dus en of om tot vanaf "
    "sinds voor na over rond ongeveer bijna maximaal minimaal zo al nog"
)
_MONTHS_R52 = frozenset(MONTH_NAMES) | words(
    "jan feb febr mrt mar apr jun jul aug sep sept okt oct nov dec"
)


_HOUSE_INT_R52_RE = re.compile(r"(\d{1,3})(?!\d)(?:(?!\d).)*$")


def _house_int(value: str) -> int | None:
    """The house number of an address: its last run of digits ("Esweg 9" 9, "nr 17" 17)."""
    m = _HOUSE_INT_R52_RE.search(value)
    return int(m.group(1)) if m else None


def _is_street_word(word: str, lex: lexicon.Lexicon, persons: frozenset[str]) -> bool:
    low = word.lower()
    first = low.split(" ", 1)[0]
    if first in _NOT_STREETS_R52 or low in _MONTHS_R52:
        return False
    if word[:1].islower():  # a street in lower case only when it is no word
        return low not in lex.frequent_words and low not in lex.first_names
    return low not in persons


_STREET_OF_R52_RE = re.compile(r"(?:nr\.?[ ]|nummer[ ])?(?=\d)")


def _street_of(value: str) -> str:
    """The street of an address's text: what stands before its number ("Stouwe 18 A" Stouwe)."""
    m = _STREET_OF_R52_RE.search(value)
    return value[: m.start()].strip().lower() if m else ""


def _near_before(ends: list[int], at: int, reach: int) -> bool:
    """Whether one of the sorted ``ends`` lies within ``reach`` characters before ``at``."""
    i = bisect_right(ends, at)
    return i > 0 and at - ends[i - 1] <= reach


def _homes(
    text: str,
    previous: str,
    spans: list[Span],
    has_digit: bool,
    street_chat: Callable[[], bool],
    streets: set[str],
    lex: lexicon.Lexicon,
) -> list[Span]:
    out: list[Span] = []
    person_ends = sorted(s.end for s in spans if s.label == "PERSON")
    spelled = (
        _SPELLED_OPENINGS_R52_RE.search(text) is not None
        and _SPELLED_GATE_R52_RE.search(text) is not None
    )
    surname_ends: frozenset[int] = frozenset()
    if " op " in text and person_ends:
        surname_ends = frozenset(
            s.end
            for s in spans
            if s.label == "PERSON"
            and " " not in text[s.start : s.end]
            and text[s.start : s.end].lower() in lex.surnames
            and text[s.start : s.end].lower() not in lex.first_names
        )
    cued = (
        "nr" in text
        or "Nr" in text
        or "ummer" in text
        or "op de " in text
        or "live " in text
        or "woont op " in text
        or "wonen op " in text
        or "woonde op " in text
        or (surname_ends and " op " in text)
    )
    if cued and (has_digit or spelled) and street_chat():
        for m in _CUED_NUMBER_R52_RE.finditer(text):
            if not m.group("n")[0].isdigit() and m.group("nr") is None:
                continue  # ("op de twee" is no home)
            if _NOT_A_HOME_BEFORE_R52_RE.search(text, max(0, m.start() - 20), m.start()):
                continue
            near_person = _near_before(person_ends, m.start(), 40)
            before = text[max(0, m.start() - 60) : m.start()]
            if m.group("prep") == "op":
                # after "woont" or right after a surname ("dam op 15", "bouwmeester woont op 12")
                if not (
                    before.endswith(("woont ", "wonen ", "woonde "))
                    or m.start() - 1 in surname_ends
                ):
                    continue
            elif m.group("prep") and m.group("prep") != "live":
                if _PERSON_BEFORE_R52_RE.search(before) is None and not near_person:
                    continue
            elif m.group("nr"):
                # a number opening its sentence ("hij staat voor zijn oprit. nr 11"), in words
                # ("..., nummer vier") or after a street in lower case ("havikstraat, nr 9");
                # not "hij op nummer 16", "klaagt over nummer 23" (unlabelled elsewhere)
                opening = not before.strip() or before.endswith(". ")
                if not (
                    (opening or not m.group("n")[0].isdigit())
                    and (
                        near_person
                        or _PERSON_NEAR_R52_RE.search(before) is not None
                        # ("ok. nr 17?" after "die stoker op nijeveensekade")
                        or (
                            len(text) <= 20
                            and _STREETISH_R52_RE.search(previous.lower()) is not None
                        )
                    )
                    or _LOWER_STREET_BEFORE_R52_RE.search(before) is not None
                ):
                    continue
            start = m.start() if m.group("nr") else m.start("n")
            out.append(Span(start, m.end("n"), "ADDRESS"))
    if (
        previous
        and "ummer" in previous
        and len(text) <= 20
        and _NUMBER_ASKED_R52_RE.search(previous)
        and not _NOT_A_HOME_ASKED_R52_RE.search(previous)
    ):
        m = _ANSWER_NUMBER_R52_RE.fullmatch(text.strip())
        if m:
            lead = len(text) - len(text.lstrip())
            out.append(Span(lead, lead + len(text.strip().rstrip(".! ")), "ADDRESS"))
    if not has_digit:
        if spelled:
            out += _streets_spelled(text, spans, lex)
        return out
    for s in spans:
        if s.label == "ADDRESS":
            street = _street_of(text[s.start : s.end])
            if len(street) > 3:
                streets.add(street)
    asked = (
        bool(previous)
        and ("dres" in previous or "aar " in previous or "Waar " in previous)
        and _ADDRESS_ASKED_R52_RE.search(previous.lower()) is not None
    )
    # Where a street and number may stand: opening the answer, after a person and a comma, or
    # anywhere when the message names one of the chat's streets (matched there, not searched)
    matches = []
    if asked:
        m = _STREET_NUMBER_R52_RE.match(text, len(text) - len(text.lstrip()))
        if m:
            matches.append(m)
    for end in person_ends:
        if text.startswith(", ", end):
            m = _STREET_NUMBER_R52_RE.match(text, end + 2)
            if m:
                matches.append(m)
    if streets:
        low = text.lower()
        if any(street in low for street in streets):
            matches += _STREET_NUMBER_R52_RE.finditer(text)
    if matches:
        persons = frozenset(text[s.start : s.end].lower() for s in spans if s.label == "PERSON")
        ends = frozenset(person_ends)
        for m in matches:
            word = m.group(1)
            if not _is_street_word(word, lex, persons) or _MONTH_AFTER_R52_RE.match(text, m.end()):
                continue
            head = text[max(0, m.start() - 20) : m.start()]
            said = (
                # answering "welk adres?": the message is the address (and who gives it)
                # (a street of a known shape without a toevoeging the detector has read: not
                # a business's address asked after it, "welk adres was het?" "Zuideinde 41")
                (
                    asked
                    and not head.strip()
                    and _ONLY_ADDRESS_AFTER_R52_RE.match(text, m.end())
                    and (street_suffix(word) is None or not text[m.end() - 1].isdigit())
                )
                or (
                    (word[:1].isupper() or word not in lex.dutch_words)
                    and word.split(" ", 1)[0].lower() not in CAR_MAKES
                    and head.endswith(", ")
                    and m.start() - 2 in ends
                )
                or (  # the chat's street again, corrected or with its toevoeging
                    word.lower() in streets
                    and (
                        _CORRECTION_R52_RE.search(head) is not None
                        or not text[m.end() - 1 : m.end()].isdigit()
                    )
                )
            )
            if said:
                out.append(Span(m.start(), m.end(), "ADDRESS"))
    if _LISTED_NUMBERS_R52_RE.search(text) is not None:
        persons = frozenset(text[s.start : s.end].lower() for s in spans if s.label == "PERSON")
        for m in _STREET_LIST_R52_RE.finditer(text):
            if _is_street_word(m.group(1), lex, persons):
                out.append(Span(m.start(), m.end(2), "ADDRESS"))
    if spelled:
        out += _streets_spelled(text, spans, lex)
    return out


def _streets_spelled(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    persons = frozenset(text[s.start : s.end].lower() for s in spans if s.label == "PERSON")
    out = []
    for m in _STREET_SPELLED_R52_RE.finditer(text):
        street = m.group(1)
        last = street.rsplit(" ", 1)[-1].lower()
        after_de = text[max(0, m.start(1) - 3) : m.start(1)].lower() == "de "
        if last in lex.first_names or last in lex.places or (last in lex.surnames and not after_de):
            continue
        if not _is_street_word(street, lex, persons):
            continue
        out.append(Span(m.start(1), m.end(), "ADDRESS"))
    return out


def _with_toevoeging(text: str, spans: list[Span]) -> list[Span]:
    if not any(
        s.label == "ADDRESS" and text.startswith((" ", "-"), s.end) and text[s.end - 1].isdigit()
        for s in spans
    ):
        return spans
    out = []
    for s in spans:
        if s.label == "ADDRESS" and s.end < len(text):
            m = _TOEVOEGING_R52_RE.match(text, s.end) if text[s.end - 1].isdigit() else None
            if m:
                s = Span(s.start, m.end(), s.label)
        out.append(s)
    return out


def _more_numbers(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for s in spans:
        if s.label != "ADDRESS" or not text.startswith((",", " en ", " & "), s.end):
            continue
        if not text[s.end - 1 : s.end].isalnum():
            continue
        at = s.end
        while True:
            m = _MORE_NUMBERS_R52_RE.match(text, at)
            if not m:
                break
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
            at = m.end(1)
    return out


def _numbers_again(text: str, spans: list[Span], houses: frozenset[int]) -> list[Span]:
    out = []
    person_ends = {s.end for s in spans if s.label == "PERSON"}
    for m in _NUMBER_AGAIN_R52_RE.finditer(text):
        if m.group("said") is None:
            if m.start() == 0:
                continue  # ("2. Boris en Lola": a list's numbering; "14!")
            if m.start() - 2 in person_ends:
                continue  # ("Kay Meulenkamp, 17": an age)
        n = _house_int(m.group(1))
        if n is not None and any(abs(n - h) <= 10 for h in houses):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    return out


# --- birth dates ------------------------------------------------------------------------------

_ALL_MONTHS_R52 = "|".join(
    sorted(
        {*MONTH_NAMES, *(w for names in _FOREIGN_MONTH_NAMES.values() for w in names.split())},
        key=len,
        reverse=True,
    )
)
_SHORT_MONTHS_R52 = "jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
_DATE_R52 = (
    r"(?:(?<![\w.-])(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d{2}(?![\w.-]|\.\d)"
    rf"|(?<![\w])(?:0?[1-9]|[12]\d|3[01])[ ](?i:{_ALL_MONTHS_R52}|(?:{_SHORT_MONTHS_R52})\.?)"
    r"(?:[ ](?:19|20)\d{2}|[ ]'\d{2})?(?![\w])"
    rf"|(?<![\w])(?i:{_ALL_MONTHS_R52}|(?:{_SHORT_MONTHS_R52})\.?)[ ](?:19|20)\d{{2}}(?![\w]))"
)
_DATE_R52_RE = re.compile(_DATE_R52)
_NOT_BIRTH_R52_RE = re.compile(r"(?i:overleden|afspraak|\bom[ ]\d|\bop[ ]\d|tot[ ]\d)")
_BIRTH_ASKED_R52_RE = re.compile(
    r"(?i:geboren|geboortedatum|geb\.?datum|date[ ]of[ ]birth|birth[ ]?date|born)"
)
# A cue of another language before the date: "urodzona 22.11.1993", "doğum tarihi 5.6.2003"
_FOREIGN_CUE_R52_RE = re.compile(
    r"\b(?i:urodzon[aey]|ur\.|doğum[ ]tarihi[m]?|dogum[ ]tarihi[m]?|doğdu|născut[ăa]?|nascut[ăa]?|"
    r"né|née|nata|nato|nacido|nacida|geboren[ ]am)[ :]*"
)
_YEAR_R52_RE = re.compile(r"(?:19|20)\d{2}$")
_FOREIGN_CUE_GATE_R52_RE = holds_any_re(
    ("rodz", "RODZ", "ur.", "oğ", "OĞ", "ogum", "OGUM", "ăscut", "ĂSCUT", "ascut", "ASCUT", "né",
     "Né", "ata ", "ato ", "acid", "eboren am")
)  # fmt: skip
_IS_DATE_R52_RE = re.compile(
    r"[ ]is[ ]((?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d{2})(?![\w.-]|\.\d)"
)
_READ_DIGITS_R52 = {
    "nul": "0", "een": "1", "één": "1", "ien": "1", "twee": "2", "twie": "2", "drie": "3",
    "vier": "4", "vijf": "5", "vief": "5", "vuuf": "5", "zes": "6", "zeven": "7", "zeuven": "7",
    "acht": "8", "negen": "9", "tien": "10", "elf": "11", "twaalf": "12", "dertien": "13",
    "veertien": "14", "vijftien": "15", "zestien": "16", "zeventien": "17", "achttien": "18",
    "negentien": "19", "twintig": "20", "dertig": "30", "veertig": "40", "vijftig": "50",
    "zestig": "60", "zeventig": "70", "tachtig": "80", "negentig": "90",
}  # fmt: skip
_READ_WORD_R52 = "|".join(sorted(_READ_DIGITS_R52, key=len, reverse=True))
_READ_RUN_R52_RE = re.compile(
    rf"(?<![\w])(?i:{_READ_WORD_R52})(?:(?:[ ]*[,-][ ]*|[ ]+)(?i:{_READ_WORD_R52})){{3,}}(?![\w])"
)
_READ_SPLIT_R52_RE = re.compile(r"[ ,-]+")
_BIRTH_CUE_BEFORE_R52_RE = re.compile(r"(?i:geboren|geb\.?|geboortedatum|born)[ :,]*$")
_CALL_CUE_BEFORE_R52_RE = re.compile(
    r"(?i:bellen|bel|nummer|telefoon|tel\.?|mobiel|bereikbaar)[ ]?(?:op|:|is)?[ ]*$"
)


def _birth_dates(text: str, previous: str, spans: list[Span]) -> list[Span]:
    """Birth dates in a message with a digit."""
    out = []
    if (
        previous
        and previous.rstrip().endswith("?")
        and _BIRTH_ASKED_R52_RE.search(previous)
        and _NOT_BIRTH_R52_RE.search(text) is None
    ):
        dates = list(_DATE_R52_RE.finditer(text))
        if dates and dates[0].start() <= 3:  # the answer opens with a date
            this_year = datetime.now(tz=UTC).year
            for m in dates:
                year = _YEAR_R52_RE.search(m.group())
                if year is None or int(year.group()) <= this_year:  # (no date to come)
                    out.append(Span(m.start(), m.end(), "DATE_OF_BIRTH"))
    if (
        "rodz" in text
        or "ur." in text
        or "oğ" in text
        or "ogum" in text
        or "scut" in text
        or "né" in text
        or "nat" in text
        or "nacid" in text
        or "geboren am" in text
    ) and _FOREIGN_CUE_GATE_R52_RE.search(text) is not None:
        for m in _FOREIGN_CUE_R52_RE.finditer(text):
            d = _DATE_R52_RE.match(text, m.end())
            if d:
                out.append(Span(d.start(), d.end(), "DATE_OF_BIRTH"))
    if " is " in text and any(s.label == "DATE_OF_BIRTH" for s in spans):
        person_ends = {s.end for s in spans if s.label == "PERSON"}
        for m in _IS_DATE_R52_RE.finditer(text):
            if m.start() in person_ends:
                out.append(Span(m.start(1), m.end(1), "DATE_OF_BIRTH"))
    return out


def _read_aloud(text: str) -> list[Span]:
    """A birth date or a phone number read aloud, digit by digit or in pairs."""
    out = []
    for m in _READ_RUN_R52_RE.finditer(text):
        digits = "".join(_READ_DIGITS_R52[w.lower()] for w in _READ_SPLIT_R52_RE.split(m.group()))
        before = text[max(0, m.start() - 30) : m.start()]
        if _BIRTH_CUE_BEFORE_R52_RE.search(before) and 6 <= len(digits) <= 8:
            out.append(Span(m.start(), m.end(), "DATE_OF_BIRTH"))
        elif (
            len(digits) == 10 and digits.startswith("0") and _CALL_CUE_BEFORE_R52_RE.search(before)
        ):
            out.append(Span(m.start(), m.end(), "PHONE"))
    return out


# A number of nine digits said to be a BSN, also one the 11-proef fails ("iemand die een bsn geeft
# dat niet klopt. 194792254 zegt hij"): a mistyped BSN is still one
_NINE_DIGITS_R52_RE = re.compile(r"(?<![\w.,/-])\d{9}(?![\w]|[.,/-]\d)")
_BSN_WORD_R52_RE = re.compile(r"\b(?i:bsn|burgerservicenummer)\b")


def _said_bsns(text: str) -> list[Span]:
    out = []
    for m in _NINE_DIGITS_R52_RE.finditer(text):
        if _BSN_WORD_R52_RE.search(text, max(0, m.start() - 80), m.start()):
            out.append(Span(m.start(), m.end(), "BSN"))
    return out


# --- phones -----------------------------------------------------------------------------------

# A mobile with the letter O for a zero: "o6-38814420", "06-5O318476"
_MOBILE_WITH_O_R52_RE = re.compile(r"(?<![\w])[oO0]6[ -]?(?:[0-9oO][ -]?){7}[0-9oO](?![\w])")
# A landline the municipality or a firm is reached on
_ORG_LINE_BEFORE_R52_RE = re.compile(
    r"(?:\b(?i:u|je|jij)[ ](?i:kunt|kan)[ ](?i:ook[ ]|hiervoor[ ]|daarvoor[ ])*"
    r"(?i:bellen|terecht)[ ](?i:met|op|via|bij)"
    r"|\b(?i:vragen|bellen)[ ](?i:kan|kunnen)[ ](?i:ook[ ])?(?i:via|op)"
    r"|\b(?i:winkel|bedrijf|kantoor|praktijk),"
    r"|(?:^|[.!?][ ])(?P<firm>[A-Z][a-z]+)[ ]is)[ ]*$"
)
_NO_FIRMS_R52 = words(
    "hij zij ze mijn zijn haar dit het dat nummer mobiel telefoon tel jouw uw ons onze"
)
_ORG_LINE_AFTER_R52_RE = re.compile(
    r"[ ,]*(?i:dat|die)[ ](?i:is)[ ](?i:de|het|onze)[ ]\w*(?i:lijn|desk|balie|loket|nummer)\b"
)


def _without_org_lines(text: str, spans: list[Span]) -> list[Span]:
    out = []
    persons: bytearray | None = None
    for s in spans:
        if s.label == "PHONE" and _is_landline(text[s.start : s.end]):
            if _ORG_LINE_AFTER_R52_RE.match(text, s.end):
                continue
            m = _ORG_LINE_BEFORE_R52_RE.search(text, max(0, s.start - 60), s.start)
            if m is not None:
                if m.group("firm") is None:
                    continue
                # ("Sietske is 0522 ...", "Het is 0522 ...": a person's or nobody's)
                if m.group("firm").lower() not in _NO_FIRMS_R52:
                    if persons is None:
                        persons = bytearray(len(text))
                        for p in spans:
                            if p.label == "PERSON":
                                persons[p.start : p.end] = b"\x01" * (p.end - p.start)
                    if persons.find(1, m.start("firm"), m.end("firm")) == -1:
                        continue
        out.append(s)
    return out


def _mobiles_with_o(text: str) -> list[Span]:
    out = []
    for m in _MOBILE_WITH_O_R52_RE.finditer(text):
        value = m.group()
        if "o" in value.lower() and sum(c.isdigit() for c in value) >= 7:
            out.append(Span(m.start(), m.end(), "PHONE"))
    return out


# --- persons ----------------------------------------------------------------------------------

# A bare name as a list item: "Hofman", "van Ommen", "Lubbers, A."
_BARE_NAME_R52_RE = re.compile(
    r"[ ]*((?:(?:van|de|ter|ten|van[ ]der|van[ ]den|van[ ]de|in[ ]'t)[ ])?[A-Z][a-zà-ÿ]+"
    r"(?:-[A-Z][a-zà-ÿ]+)?(?:,[ ]?(?:[A-Z]\.)+)?)[ ]*"
)


def _listed_names(texts: Sequence[str], found: list[list[Span]], lex: lexicon.Lexicon) -> None:
    listing = False
    for index, text in enumerate(texts):
        if not text:
            listing = False
            continue
        if text.rstrip().endswith(":"):
            listing = True
            continue
        if not listing:
            continue
        m = _BARE_NAME_R52_RE.fullmatch(text)
        if m is None:
            if not found[index] or found[index][0].label != "PERSON":
                listing = False
            continue
        word = m.group(1).split(",")[0].split(" ")[-1].lower()
        if word in lex.not_names or (word in lex.frequent_words and word not in lex.surnames):
            listing = False
            continue
        if all(s.label == "PERSON" and s.start >= m.start(1) for s in found[index]):
            found[index] = [Span(m.start(1), m.end(1), "PERSON")]


# A surname in lower case after a role ("vader demir gaat", "melder lok") or set off by commas
# ("die mevrouw van vanochtend, kowalczyk.", "energietoeslag, yilmaz, zoon student")
_PARTICLE_R52 = r"(?:(?:de|van|ter|ten|van[ ]der|van[ ]den|van[ ]de)[ ])?"
_ROLE_NAME_R52_RE = re.compile(
    r"\b(?:vader|moeder|buurman|buurvrouw|melder|boer|meneer|mevrouw|mevr|dhr|zus|broer|oom|"
    r"tante|opa|oma|wethouder|eigenaar|bewoner|exploitant|aanvrager)\.?[ ]+"
    rf"({_PARTICLE_R52}[a-z][a-zà-ÿ]{{2,}})(?![\w'@-]|\.\w)"
)
# a second person of a pair: "een verzoek voor öztürk / brugman"
_PAIRED_NAME_R52_RE = re.compile(
    rf"[ ](?:/|&)[ ]({_PARTICLE_R52}[a-z][a-zà-ÿ]{{2,}})(?![\w'@-]|\.\w)"
)
_COMMA_NAME_R52_RE = re.compile(
    rf"(?<=[a-zà-ÿ],[ ])({_PARTICLE_R52}[a-z][a-zà-ÿ]{{2,}})(?=[ ]?,[ ]\w|\.[ ]\w)"
)
_NOT_LOWER_NAMES_R52 = words(
    "groen rood wit zwart bruin blauw geel grijs winter zomer storm regen zon post mol vos "
    "haas kok bakker visser smit boer koster wolf"
)


# A participant's first name clipped, closing the message ("eet smakelijk rem", "mal thx") after
# a word that is no article, preposition or pronoun ("op de rem" stays a brake)
_CLOSING_WORD_R52_RE = re.compile(
    r"(?<=[a-zà-ÿ.!?][ ])([a-z]{2,4})(?:[ ]+(?:thx|thanks|bedankt|dank|dankje|dankjewel))?[ ]*[.!]?$"
)
_NO_NAME_BEFORE_R52 = words(
    """de het een op in mijn zijn haar je jouw uw die dat deze aan met van voor naar bij om te
    tot als of en maar niet geen ook wel nog al zo er is ben was"""
)


def _clipped_participants(text: str, firsts: frozenset[str], lex: lexicon.Lexicon) -> list[Span]:
    m = _CLOSING_WORD_R52_RE.search(text, max(0, len(text) - 40))
    if m is None:
        return []
    clipped = m.group(1)
    before = text[: m.start(1)].rstrip(" .!?").rsplit(" ", 1)[-1].lower()
    if (
        before in _NO_NAME_BEFORE_R52
        or clipped in lex.frequent_words  # ("dank je", "neem jij het mee")
        or clipped in lex.not_names
    ) or not any(len(first) > len(clipped) and first.startswith(clipped) for first in firsts):
        return []
    return [Span(m.start(1), m.end(1), "PERSON")]


# A first name asked back, opening a sentence: "jacob? oh die boer", "ja. klaas toch?"
_NAME_ASKED_R52_RE = re.compile(r"(?:^|(?<=[.!?][ ]))([a-z]{3,})(?=[ ]toch\?|\?)")


def _names_asked(text: str, lex: lexicon.Lexicon) -> list[Span]:
    return [
        Span(m.start(1), m.end(1), "PERSON")
        for m in _NAME_ASKED_R52_RE.finditer(text)
        if m.group(1) in lex.common_first_names
        and m.group(1) not in lex.dutch_words
        and m.group(1) not in lex.frequent_words
        and m.group(1) not in lex.not_names
    ]


# "ter Haar kan niet": a lower-case particle before a capitalised word is a surname
_TER_NAME_R52_RE = re.compile(r"(?<![\w])(?:ter|ten)[ ][A-Z][a-zà-ÿ]+(?![\w-])")


def _ter_names(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "PERSON") for m in _TER_NAME_R52_RE.finditer(text)]


def _lower_surnames(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    out = []
    person_ends = (
        {s.end for s in spans if s.label == "PERSON"} if "/" in text or "&" in text else ()
    )
    for regex in (_ROLE_NAME_R52_RE, _COMMA_NAME_R52_RE, _PAIRED_NAME_R52_RE):
        if regex is _PAIRED_NAME_R52_RE and not person_ends:
            continue
        if regex is _COMMA_NAME_R52_RE and ", " not in text:
            continue
        for m in regex.finditer(text):
            if regex is _PAIRED_NAME_R52_RE and m.start() not in person_ends:
                continue
            value = m.group(1)
            last = value.rsplit(" ", 1)[-1]
            particled = last != value  # ("de vries": a village alone, a surname after "de")
            if (
                last in lex.surnames
                and last not in lex.frequent_words
                and last not in lex.not_names
                and (particled or last not in lex.places)
                and last not in _NOT_LOWER_NAMES_R52
                and last not in lex.dutch_words
            ) or (
                # a first name after a role ("vader mark, moeder ...")
                regex is _ROLE_NAME_R52_RE
                and not particled
                and last in lex.common_first_names
                and last not in lex.frequent_words
                and last not in lex.not_names
            ):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


# --- what is no person and no home ----------------------------------------------------------

_NO_PERSONS_R52 = words("tikkie tikkies")  # a payment app ("betalen met tikkie")
# A pet named after its kind: "hij heeft een kat, Mientje, die ..."
_ANIMAL_BEFORE_R52_RE = re.compile(
    r"\b(?i:een|de|het|mijn|zijn|haar|onze|hun|a|my|his|her|our)[ ]"
    r"(?:kat|poes|kater|hond|hondje|pup|puppy|konijn|cavia|hamster|paard|pony|vogel|papegaai|"
    r"parkiet|kip|geit|schildpad|cat|dog)(?:,[ ]|[ ](?:genaamd|heet|called|named)[ ])$"
)
_ANIMAL_GATE_R52_RE = holds_any_re(
    (" kat", " poes", " kater", " hond", " pup", " konijn", " cavia", " hamster", " paard",
     " pony", " vogel", " papegaai", " parkiet", " kip", " geit", " schildpad", " cat", " dog")
)  # fmt: skip
# A number before a month is a date ("die van 27 april"); an address before "daar zit de Rabobank"
_MONTH_AFTER_NUMBER_R52_RE = re.compile(
    rf"[ ](?i:{'|'.join(MONTH_NAMES)}|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b"
)
_PREMISES_AFTER_R52_RE = re.compile(
    r"[ ]*,?[ ]*(?:daar|waar)[ ](?:zit|zitten|is|staat)[ ](?:de|het)[ ][A-Z]"
)


def _not_persons_nor_homes(text: str, spans: list[Span], animals: bool) -> list[Span]:
    out = []
    app = "ikkie" in text
    for s in spans:
        if s.label == "PERSON":
            if app and text[s.start : s.end].lower() in _NO_PERSONS_R52:
                continue
            if animals and _ANIMAL_BEFORE_R52_RE.search(text, max(0, s.start - 30), s.start):
                continue
        elif s.label == "ADDRESS":
            value = text[s.start : s.end]
            if value.isdigit() and _MONTH_AFTER_NUMBER_R52_RE.match(text, s.end):
                continue
            if _PREMISES_AFTER_R52_RE.match(text, s.end):
                continue
        out.append(s)
    return out


# --- the chat ---------------------------------------------------------------------------------


def chat_rules_r52(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Round 52, in place (see the module's docstring)."""
    lex = lexicon.load()
    known: list[bool] = []

    def street_chat() -> bool:
        """Whether the chat gives an address or names a street (asked once, when needed)."""
        if not known:
            known.append(
                any(s.label == "ADDRESS" for spans in found for s in spans)
                or any(_STREETISH_R52_RE.search(t.lower()) is not None for t in texts if t)
            )
        return known[0]

    if any(t.endswith(":") for t in texts if t):
        _listed_names(texts, found, lex)
    firsts = frozenset(
        p.split(" ", 1)[0].lower()
        for p in participants
        if " " not in p.strip() or p.split(" ", 1)[0].lower() in lex.first_names
    )
    firsts = frozenset(f for f in firsts if f in lex.first_names and len(f) >= 4)
    streets: set[str] = set()
    with_digits: list[int] = []
    with_addresses: list[int] = []
    for index, text, spans, previous, has_digit in chat_messages(texts, found):
        labels = {s.label for s in spans}
        animals = (
            "PERSON" in labels
            and (", " in text or " genaamd " in text or " heet " in text or "ed " in text)
            and _ANIMAL_GATE_R52_RE.search(text) is not None
        )
        if animals or ("PERSON" in labels and "ikkie" in text):
            spans = _not_persons_nor_homes(text, spans, animals)
        elif "ADDRESS" in labels and (
            "aar " in text
            or any(s.label == "ADDRESS" and text[s.start : s.end].isdigit() for s in spans)
        ):
            spans = _not_persons_nor_homes(text, spans, False)
        more = _homes(text, previous, spans, has_digit, street_chat, streets, lex)
        if text.islower() and (" " in text):
            more += _lower_surnames(text, spans, lex)
            if firsts:
                more += _clipped_participants(text, firsts, lex)
            if "?" in text:
                more += _names_asked(text, lex)
        elif " ter " in text or " ten " in text or text.startswith(("ter ", "ten ")):
            more += _ter_names(text)
        if has_digit:
            more += _birth_dates(text, previous, spans)
            if "bsn" in text or "BSN" in text:
                more += _said_bsns(text)
            if "o6" in text or "O" in text:
                more += _mobiles_with_o(text)
            if "PHONE" in labels:
                spans = _without_org_lines(text, spans)
        elif " nul " in text or "geboren" in text:
            more += _read_aloud(text)
        if more:
            spans = _merged(spans, more)
            labels = {s.label for s in spans}
        if "ADDRESS" in labels:
            spans = _with_toevoeging(text, spans)
            extra = _more_numbers(text, spans)
            if extra:
                spans = _merged(spans, extra)
            for s in spans:
                street = _street_of(text[s.start : s.end]) if s.label == "ADDRESS" else ""
                if len(street) > 3:
                    streets.add(street)
        found[index] = spans
        if has_digit:
            with_digits.append(index)
            if "ADDRESS" in labels:
                with_addresses.append(index)
    # A number said again near one of the chat's house numbers ("nee 73. 71 is zijn zus")
    if not with_addresses:
        return
    houses = frozenset(
        n
        for index in with_addresses
        for s in found[index]
        if s.label == "ADDRESS"
        for n in [_house_int(texts[index][s.start : s.end])]
        if n is not None
    )
    if houses:
        for index in with_digits:
            text = texts[index]
            if " is " not in text and " weet " not in text and len(text) > 60:
                continue  # (a number said again stands in a short message or before "is")
            more = _numbers_again(text, found[index], houses)
            if more:
                found[index] = _merged(found[index], more)


def _merged(spans: list[Span], more: list[Span]) -> list[Span]:
    """The new spans where nothing lies yet; a new address or person replaces the persons it
    covers whole (a street's word read as a name: "stouwe 16a", "Jan Jansweg twaalf a"; a
    surname after its particle: "ter Horst"). The found spans do
    not overlap and are sorted: the ones a new span meets are found by bisection."""
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    dropped: set[int] = set()
    added: list[Span] = []
    last_end = -1
    for m in sorted(more, key=lambda s: (s.start, -s.end)):
        if m.start < last_end:
            continue  # (overlaps a span added before it)
        i = bisect_left(starts, m.end)
        met = []
        j = i - 1
        while j >= 0 and spans[j].end > m.start:
            met.append(j)
            j -= 1
        # (a found span reaching over from further back: resolved spans do not overlap, so the
        # walk stops at the first one that ends before the new span)
        if met:
            if m.label not in ("ADDRESS", "PERSON") or any(
                spans[k].label != "PERSON" or spans[k].start < m.start or spans[k].end > m.end
                for k in met
            ):
                continue
            dropped.update(met)
        added.append(m)
        last_end = m.end
    if not added:
        return spans
    kept = [s for k, s in enumerate(spans) if k not in dropped]
    return resolve([*kept, *added])
