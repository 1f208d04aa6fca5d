"""Round 50: causes behind the errors of blind_text_48, as rules over a chat's found spans.

- the bare house number of a named person ("bij Jansen op 9", "buurman Ouwehand van 84", "de
  vrouw op 18 heet ...", "is dat nr 3?" after a name, "ik woon op 9-I");
- a thing or firm named like a person: a title in quotes ("'Dolfje Weerwolfje'", "'De
  Mulders'": two words or more, with an article or a word no name list knows; not a name the
  chat names unquoted), a pet named after "hond heet (trouwens)", a town after
  "partnerstad", a venue's word in the name ("Shisha Lounge Sultan"); a name before "van de
  Weth. <street>" ends before "van"; "Stroomverbruik 4x" is no address;
- a line in the 088 range (numbers only businesses get) is no person's, unless the message
  ties it to one ("zijn werknummer", "bel haar, doorkies ...", a name);
- birth dates: an English month before its day ("born March 3rd 1997"), a month of the
  Ethiopian calendar near a birth cue, a year in two words ("zeventien juli tweeduizend negen")
  answering a question for a birth date;
- a participant's name as it is said to them: the initials of a double first name ("gj") or a
  clipped first name ("Eg") in an address or thanks; a lower-case first name that is a word
  before a verb of saying after a sentence closed by a number ("... of 12. ferry zegt dat ...");
  a lower-case double surname opening a sentence ("... niet blij. van der laan-bosch heeft").

Each rule is gated by a cheap string test; the chat pass calls ``chat_rules_r50`` once per chat.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chats.redaction import lexicon
from chats.redaction.birthdates import MONTH_NAMES
from chats.redaction.spans import Span, chat_messages, resolve

# --- bare house numbers of named persons ------------------------------------------------------

_TOEVOEGING_R50 = r"(?:-(?:[A-Za-z]|I{1,3}|IV|\d{1,2})|[a-df-z])?"
_NUMBER_R50 = rf"(\d{{1,4}}{_TOEVOEGING_R50})(?![\w-]|[.,:]\d)"
# (not a date, a time, a measure, an age or a range: "Jan op 3 mei", "Kees van 12 jaar")
_NOT_A_HOUSE_AFTER_R50 = (
    r"(?![ ]*(?:uur|u\b|jaar|jarige|euro|%|procent|km|kilometer|meter|m\b|min|minuten|dagen|"
    r"weken|maanden|kg|x\b|stuks|keer|cm|mm|graden|hoog|verdieping|etage|tot|t/m|-|en[ ]+\d|"
    r"plekken|plek|plaatsen|plaats|mensen|personen|persoon|kinderen|kind|punten|punt|"
    + "|".join(MONTH_NAMES)
    + r"|jan|feb|"
    r"mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b)"
)
# After a person found: "Brouwer op 43", "Kamphuis, op nummer 12", "Ouwehand van 84"
_AT_NUMBER_AFTER_NAME_R50_RE = re.compile(
    r",?[ ]+(op|van)[ ]+(?:(?:nummer|nr\.?|huisnummer|huisnr\.?)[ ]?)?"
    + _NUMBER_R50
    + _NOT_A_HOUSE_AFTER_R50
)
# "de vrouw op 18", "ik woon op 9-I"; "is dat nr 3?" after a name
_PEOPLE_AT_NUMBER_R50_RE = re.compile(
    r"\b(?:(?i:de)[ ]+(?:vrouw|man|mevrouw|meneer|familie|fam\.?|jongen|dame|heer)[ ]+(?:op|van)"
    r"|(?i:ik|wij|we)[ ]+wo(?:on|nen)[ ]+(?:zelf[ ]+|nu[ ]+)?op)[ ]+"
    r"(?:(?:nummer|nr\.?|huisnummer)[ ]?)?" + _NUMBER_R50 + _NOT_A_HOUSE_AFTER_R50
)
_IS_THAT_NUMBER_R50_RE = re.compile(
    r"\b(?:is|was)[ ]+(?:dat|die|het)[ ]+(?:nummer|nr\.?|huisnummer)[ ]?"
    + _NUMBER_R50
    + _NOT_A_HOUSE_AFTER_R50
)


def _numbers_of_persons(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    out = []
    for s in spans:
        if s.label != "PERSON" or not text[s.start : s.start + 1].isupper():
            continue
        m = _AT_NUMBER_AFTER_NAME_R50_RE.match(text, s.end)
        if m is None:
            continue
        if m.group(1) == "van":
            # "Tim van 12" may be a boy's age, "Harm Mensink van 103" a name given in full: "van"
            # only after a surname alone ("buurman Ouwehand van 84")
            value = text[s.start : s.end]
            if " " in value or value.lower() in lex.first_names:
                continue
        out.append(Span(m.start(2), m.end(2), "ADDRESS"))
    for m in _PEOPLE_AT_NUMBER_R50_RE.finditer(text):
        out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    if "nr" in text or "nummer" in text:
        for m in _IS_THAT_NUMBER_R50_RE.finditer(text):
            if any(s.label == "PERSON" and s.end <= m.start() for s in spans):
                out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    return out


# --- things and firms named like persons ------------------------------------------------------

_QUOTES_R50 = "'\"\u2018\u2019\u201c\u201d"
_PET_NAMED_BEFORE_R50_RE = re.compile(
    r"\b(?:hond|hondje|kat|poes|kater|paard|pony|konijn|geit|ezel|koe|cavia|vogel|papegaai)"
    r"[ ]+heet(?:[ ]+(?:trouwens|ook|eigenlijk|toevallig|gewoon|dus|zelfs))*[ ]+$",
    re.I,
)
# "Shisha Lounge Sultan", "Grill Ahmed": a venue's word inside the name
_VENUE_WORDS_R50 = frozenset({"Lounge", "Bar", "Grill"})
_TOWN_BEFORE_R50_RE = re.compile(
    r"\b(?:partnerstad|zusterstad|partnergemeente|stedenband[ ]met|jumelage[ ]met)[ ]+$", re.I
)


def _quoted_title(text: str, span: Span, lex: lexicon.Lexicon) -> bool:
    """ "'Dolfje Weerwolfje'", "'Bakfiets Bertha'", "'De Mulders'": the name ends a quoted run of
    two to four capitalised words (a book, a band, a bike) that opens with an article or holds a
    word no name list knows, opened after a space or a colon. (A quoted name alone may be a
    person's: "ovv 'Gerda'", "een sticker met "Bente"".)"""
    end = span.end
    if end >= len(text) or text[end] not in _QUOTES_R50:
        return False
    opening = -1
    for at in range(span.start - 1, max(-1, span.start - 40), -1):
        if text[at] in _QUOTES_R50:
            opening = at
            break
    if opening == -1 or (opening > 0 and text[opening - 1] not in " :(\n"):
        return False
    words = text[opening + 1 : end].split()
    if not (1 < len(words) <= 4 and all(w[:1].isupper() for w in words)):
        return False
    return words[0] in ("De", "Het") or any(
        (low := w.lower()) not in lex.first_names and low not in lex.surnames for w in words
    )


# "Lotte van de Weth. Jansenstraat": a street named after a title's holder, its title abbreviated
_VAN_TITLED_STREET_R50_RE = re.compile(
    r"[ ]van[ ](?:de|het)[ ](?:Weth|Burg|Dr|Prof|Mr|Ds|Pres|Gen|Kon|Pr|St)$"
)


def _things_not_persons(
    text: str, spans: list[Span], named: frozenset[str], lex: lexicon.Lexicon
) -> list[Span]:
    kept = []
    dotted = ". " in text
    quoted = any(q in text for q in _QUOTES_R50)
    heet = "heet" in text
    venue = "Lounge" in text or "Bar " in text or "Grill" in text
    town = "stad" in text or "gemeente" in text or "stedenband" in text or "jumelage" in text
    for s in spans:
        if s.label == "PERSON" and (
            (quoted and text[s.start : s.end] not in named and _quoted_title(text, s, lex))
            or (heet and _PET_NAMED_BEFORE_R50_RE.search(text, max(0, s.start - 60), s.start))
            or (venue and _VENUE_WORDS_R50.intersection(text[s.start : s.end].split()))
            or (town and _TOWN_BEFORE_R50_RE.search(text, max(0, s.start - 40), s.start))
        ):
            continue
        if (
            dotted
            and s.label == "PERSON"
            and text.startswith(". ", s.end)
            and (m := _VAN_TITLED_STREET_R50_RE.search(text, s.start, s.end)) is not None
            and m.start() > s.start
        ):
            kept.append(Span(s.start, m.start(), s.label))
            continue
        # "Stroomverbruik 4x normaal": a number of times is no house number
        if (
            s.label == "ADDRESS"
            and text[s.end - 1 : s.end] in "xX"
            and text[s.end - 2 : s.end - 1].isdigit()
        ):
            continue
        kept.append(s)
    return kept


# "088 2345 670", "+31 88 ...": the 088 range is given to businesses only
_BUSINESS_RANGE_R50_RE = re.compile(r"(?:\+31|0031)[ ]?\(?0?\)?[ ]?88|088")


# (a person's line at work in that range stays his: "zijn werknummer is 088 ...", "bel haar,
# doorkies 088 ...")
_PERSONS_LINE_R50_RE = re.compile(
    r"\b(?i:hem|haar|zijn|z'n|mijn|m'n|jouw|uw|doorkies\w*|direct\w*|werknummer|privé\w*)\b"
)


def _without_business_lines(text: str, spans: list[Span]) -> list[Span]:
    if any(s.label == "PERSON" for s in spans) or _PERSONS_LINE_R50_RE.search(text):
        return spans
    return [
        s
        for s in spans
        if s.label != "PHONE" or _BUSINESS_RANGE_R50_RE.match(text, s.start) is None
    ]


# --- birth dates ------------------------------------------------------------------------------

_EN_MONTHS_R50 = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_BIRTH_CUE_R50_RE = re.compile(r"\b(?:born|birth|dob|geboren|geboorte\w*|geb)\b", re.I)
# "born March 3rd 1997", "date of birth: July 4, 1990"
_EN_MONTH_FIRST_R50_RE = re.compile(
    rf"\b(?i:{_EN_MONTHS_R50})[ ]+(\d{{1,2}})(?:st|nd|rd|th)?,?[ ]+((?:19|20)\d{{2}})(?!\d)"
)
# "12 Meskerem 1990": a month of the Ethiopian calendar with its day and year
_ETHIOPIAN_R50_RE = re.compile(
    r"\b\d{1,2}[ ]+(?i:meskerem|tikimt|tekemt|hidar|hedar|tahsas|tahesas|ter|yekatit|yekatit|"
    r"megabit|miyazya|miazia|ginbot|genbot|sene|hamle|nehase|nehasse|pagume|pagumen)[ ]+\d{4}"
    r"(?!\d)"
)
_DAY_WORD_R50 = (
    r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
    r"zestien|zeventien|achttien|negentien|twintig|[a-z]+entwintig|[a-z]+ëntwintig|dertig|"
    r"eenendertig)"
)
_UNIT_WORD_R50 = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|[a-z]+entwintig|[a-z]+ëntwintig)"
# "zeventien juli tweeduizend negen": a year of this century in two words
_SPELLED_TWO_WORD_YEAR_R50_RE = re.compile(
    rf"\b{_DAY_WORD_R50}[ ]+(?i:{'|'.join(MONTH_NAMES)})[ ]+tweeduizend[ ]+(?:en[ ]+)?"
    rf"{_UNIT_WORD_R50}\b",
    re.I,
)


def _may_cue_birth(text: str) -> bool:
    """(a cheap test before _BIRTH_CUE_R50_RE: each of its words holds one of these)"""
    low = text.lower()
    return "geb" in low or "born" in low or "birth" in low or "dob" in low


def _birthdates(text: str, previous: str, has_digit: bool) -> list[Span]:
    out = []
    cue_here = _may_cue_birth(text) and _BIRTH_CUE_R50_RE.search(text) is not None
    if cue_here and has_digit:
        for m in _EN_MONTH_FIRST_R50_RE.finditer(text):
            if 1 <= int(m.group(1)) <= 31 and _BIRTH_CUE_R50_RE.search(text, 0, m.start()):
                out.append(Span(m.start(), m.end(), "DATE_OF_BIRTH"))
        for m in _ETHIOPIAN_R50_RE.finditer(text):
            out.append(Span(m.start(), m.end(), "DATE_OF_BIRTH"))
    if "tweeduizend" in text and (
        cue_here or (_may_cue_birth(previous) and _BIRTH_CUE_R50_RE.search(previous))
    ):
        for m in _SPELLED_TWO_WORD_YEAR_R50_RE.finditer(text):
            out.append(Span(m.start(), m.end(), "DATE_OF_BIRTH"))
    return out


# --- a participant's name as it is said to them -----------------------------------------------

# "Thanks Eg!", "hoi gj,", "Wil jij dat doen gj, ...": a short form in an address
_VOCATIVE_BEFORE_R50_RE = re.compile(
    r"\b(?:thanks|thx|dank|bedankt|merci|hoi|hi|hey|hallo|dag|doei|top|super)$"
)
_SAYING_AFTER_R50_RE = re.compile(
    r"[ ]+(?:zegt|zei|vraagt|vroeg|meldt|meldde|belde|belt|mailde|appte|schreef)\b"
)


def _short_forms(participants: Sequence[str], lex: lexicon.Lexicon) -> dict[str, str]:
    """Lower-case short form -> kind ("initials" or "clipped")."""
    forms: dict[str, str] = {}
    for name in participants:
        parts = (name or "").split()
        if len(parts) >= 3 and all(p.lower() in lex.first_names for p in parts[:2]):
            initials = (parts[0][0] + parts[1][0]).lower()
            if initials.isalpha() and initials not in lex.dutch_words:
                forms[initials] = "initials"
        if len(parts) >= 2 and len(parts[0]) >= 5 and parts[0].lower() in lex.first_names:
            clipped = parts[0][:2].lower()
            if clipped.isalpha() and clipped not in lex.first_names:
                forms.setdefault(clipped, "clipped")
    return forms


def _names_said_to(
    text: str, forms: dict[str, str], spans: list[Span], lex: lexicon.Lexicon
) -> list[Span]:
    out = []
    low = text.lower()
    if len(low) != len(text):  # (a letter whose lower case is longer: offsets would shift)
        return out
    for form, kind in forms.items():
        at = low.find(form)
        while at != -1:
            end = at + len(form)
            # (a word of its own: "eg" in "weg" is passed over before anything else is read)
            if (at == 0 or not low[at - 1].isalnum()) and (
                end == len(text) or not low[end].isalnum()
            ):
                word = text[at:end]
                closes = end == len(text) or text[end] in ",!?."
                before = low[:at].rstrip(" ,")
                greeted = (
                    _VOCATIVE_BEFORE_R50_RE.search(before, max(0, len(before) - 9)) is not None
                )
                # (initials in either case; a clipped name capitalised, as it is written, or in
                # lower case after a greeting closing the message: "top ev", round 51)
                if (
                    (closes or greeted)
                    and (
                        kind == "initials"
                        or word[:1].isupper()
                        or (
                            greeted
                            and text[end:].strip(" !.") == ""
                            and word not in lex.dutch_words
                            and word not in lex.frequent_words
                        )
                    )
                    and (greeted or (kind == "initials" and before and before[-1:].isalpha()))
                    and not any(s.start < end and at < s.end for s in spans)
                ):
                    out.append(Span(at, end, "PERSON"))
            at = low.find(form, end)
    return out


def _lower_first_names_saying(text: str, lex: lexicon.Lexicon) -> list[Span]:
    """ "... of 12. ferry zegt dat ...": a lower-case first name opening a clause before a verb of
    saying (also where a number closed the sentence before it, which other rules do not take)."""
    out = []
    for m in _SAYING_AFTER_R50_RE.finditer(text):
        start = text.rfind(" ", 0, m.start()) + 1
        word = text[start : m.start()]
        if not (word.isalpha() and word.islower() and len(word) >= 3):
            continue
        before = text[:start].rstrip()
        if before and before[-1] not in ".!?,":
            continue
        if word in lex.first_names and word not in lex.frequent_words and word not in lex.not_names:
            out.append(Span(start, m.start(), "PERSON"))
    return out


# "... niet blij. van der laan-bosch heeft ...": a lower-case double surname with its particles
# opening a sentence
_LOWER_DOUBLE_SURNAME_R50_RE = re.compile(
    r"(?:^|(?<=[.!?][ ]))((?:van[ ]der|van[ ]den|van[ ]de|van|de|ter|ten|te)[ ]+"
    r"[a-z]{2,}-(?:(?:van[ ]der|van[ ]den|van[ ]de|van|de|ter|ten|te)[ ]+)?([a-z]{2,}))"
    r"(?=[ ]+[a-z])"
)


def _lower_double_surnames(text: str, lex: lexicon.Lexicon) -> list[Span]:
    out = []
    for m in _LOWER_DOUBLE_SURNAME_R50_RE.finditer(text):
        second = m.group(2)
        first = m.group(1).split("-")[0].split()[-1]
        if second in lex.surnames and (second not in lex.dutch_words or first in lex.surnames):
            out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


# --- the chat pass ----------------------------------------------------------------------------


def chat_rules_r50(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Round 50, in place (see the module's docstring)."""
    lex = lexicon.load()
    forms = _short_forms(participants, lex) if participants else {}
    # (a nickname the chat names unquoted too stays a person: '... iedereen zei Wimpie' -
    # 'dan kan "Wimpie" er ook op')
    named = frozenset(
        text[s.start : s.end]
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        if s.label == "PERSON" and (s.end >= len(text) or text[s.end] not in _QUOTES_R50)
    )
    for index, text, spans, previous, has_digit in chat_messages(texts, found):
        more: list[Span] = []
        if spans:
            spans = _things_not_persons(text, spans, named, lex)
            if has_digit and "88" in text:
                spans = _without_business_lines(text, spans)
        if has_digit and (" op " in text or " van " in text or "nr" in text or "nummer" in text):
            more += _numbers_of_persons(text, spans, lex)
        if has_digit or "tweeduizend" in text:
            births = _birthdates(text, previous, has_digit)
            if births:
                # (the date's words are no person, street or postcode: "Meskerem", "1997 in")
                spans = [
                    s for s in spans if not any(b.start < s.end and s.start < b.end for b in births)
                ]
                more += births
        if forms:
            more += _names_said_to(text, forms, spans, lex)
        if (
            " zei" in text
            or " zegt" in text
            or " vr" in text
            or " meld" in text
            or " bel" in text
            or " mailde" in text
            or " appte" in text
            or " schreef" in text
        ):
            more += _lower_first_names_saying(text, lex)
        if "-" in text and ("van " in text or "de " in text or "te" in text):
            more += _lower_double_surnames(text, lex)
        if more:
            more = [m for m in more if not any(s.start < m.end and m.start < s.end for s in spans)]
            spans = resolve([*spans, *more]) if more else spans
        found[index] = spans
