"""Postcodes and Dutch licence plates (kentekens), which can look alike."""

from __future__ import annotations

import re

from chats.redaction.digit_scan import DigitScan
from chats.redaction.lexicon import CAR_MAKES, ascii_twin, load, words
from chats.redaction.spans import Span

# Any short run of spaces or a tab between digits and letters ("7941   HK": a form's columns),
# or a dash ("7941-HK"); the country's prefix may come before it ("NL-7941 HK").
# (The look-behinds stand after the first digit, which the pattern then opens with: the regex
# engine skips to the next digit in C instead of trying the look-behinds at every character.)
_POSTCODE_RE = re.compile(
    r"([1-9](?:(?<=(?<![\w-])NL-[1-9])|(?<![\w€$.,/-][1-9]))\d{3})([ \t]{0,4}|-|[ ]-[ ])([A-Za-z]{2})"
    r"(?![\w-]|[.,]\w)"
)
_ASCII_POSTCODE_RE = ascii_twin(_POSTCODE_RE)  # (round speed49)
# Letter pairs the postcode system never uses.
_NO_POSTCODE_LETTERS = frozenset({"SA", "SD", "SS"})
# Two-letter words and units that follow a number ("2019 op", "1500 kg", "2024 en").
_TWO_LETTER_WORDS = words("""op en in is om al na te of ik je we ze er nu uw de ja zo ga as af an aan eh oh ok bv ca km cm
    mm kg mg ml cl dl st pp nr vs tm ad pm am hr xl tv pc wc ov ns ah nl eu mb gb kb kw ct ex id oa
    ps ff gr mw ie em hé he ho ha hi uu mi ma di wo do vr za zo mt lt ltr""")
_PREPOSITIONS = words("in te op na om uit bij")
_POSTCODE_CUE_RE = re.compile(
    r"(?:postcode|pc|woont[ ]in|woonachtig[ ]in|wonend[ ]in|adres)\W{0,3}(?:is|:)?\W{0,2}$"
    # Round 41: "postcode daar is", "de postcode van haar is": one or two words before the verb
    r"|postcode(?:[ ]+[a-z]{2,6}){1,2}[ ]+(?:is|was|wordt)[ ]*:?[ ]*$",
    re.I,
)
# "Tulpstraat 14, 7941 er": right after a street and house number a pair of letters is a postcode.
_ADDRESS_BEFORE_RE = re.compile(
    r"[^\W\d_]{2,}\.?[ ]\d{1,5}(?:[ ]?[-/]?[ ]?(?:[a-zA-Z]{1,2}|bis|\d{1,3}))?[ ]?,?[ ]?$"
)
_LIST_GOES_ON_RE = re.compile(r"[ ]+\d")
# "..., Zwolle, 8013 Nb": a place name and a comma right before the postcode.
_PLACE_BEFORE_RE = re.compile(r"(?:[ ]in)?[ ]([A-Z][^\W\d_]+(?:-[^\W\d_]+)?),?[ ]+$")
# "7948 he Nijeveen", "8391 de, Noordwolde": a place name right after the postcode.
_WORD_AFTER_RE = re.compile(r"[ ]?,?[ ]?([^\W\d_]+(?:-[^\W\d_]+)?)")
# Words after which a compact "4512BN" is a plate rather than a postcode.
_VEHICLE_CUE_RE = re.compile(
    r"(?:kenteken\w*|auto(?:'s)?|wagen|bus|busje|busjes|aanhanger|aanhangwagen|vrachtwagen|bestelbus|"
    r"bestelauto|camper|caravan|scooter|brommer|motor|voertuig\w*|taxi|kent\.?|"
    # a trailer and vehicles on farms and building sites carry their own plates
    # Round 44: "de boete voor wb 382 g": a fine is written out for a plate
    r"(?:parkeer)?(?:boete|bekeuring|bon|naheffing)[ ]+(?:voor|van)|"
    r"oplegger|trailer|trekker|tractor|bromfiets|snorfiets|motorfiets|vouwwagen|shovel|"
    # a car named by its make and model: "Citroën C3, AM-12-34", "Peugeot 208: ..."
    r"(?:" + "|".join(sorted(CAR_MAKES)) + r")"
    r"(?:[ ]+[\w-]{1,10})?)\W{0,4}"
    r"(?:met|nr\.?|nummer|is|:)?\W{0,3}$",
    re.I,
)

# Letters on Dutch plates: no vowels, C, Q or Y; M (motorcycles) and W (trailers) included.
_L = "[BDFGHJKLMNPRSTVWXZbdfghjklmnprstvwxz]"
_D = r"\d"
# Sidecodes 1-14 as (group sizes, kinds). Dashes are optional when the kind changes anyway.
_SIDECODES = [
    f"{_L}{{2}}-?{_D}{{2}}-{_D}{{2}}",  # 1  XX-99-99 (dash needed between digit groups)
    f"{_D}{{2}}-{_D}{{2}}-?{_L}{{2}}",  # 2  99-99-XX
    f"{_D}{{2}}-?{_L}{{2}}-?{_D}{{2}}",  # 3  99-XX-99
    f"{_L}{{2}}-?{_D}{{2}}-?{_L}{{2}}",  # 4  XX-99-XX
    f"{_L}{{2}}-{_L}{{2}}-?{_D}{{2}}",  # 5  XX-XX-99
    f"{_D}{{2}}-?{_L}{{2}}-{_L}{{2}}",  # 6  99-XX-XX
    f"{_D}{{2}}-?{_L}{{3}}-?{_D}",  # 7  99-XXX-9
    f"{_D}-?{_L}{{3}}-?{_D}{{2}}",  # 8  9-XXX-99
    f"{_L}{{2}}-?{_D}{{3}}-?{_L}",  # 9  XX-999-X
    f"{_L}-?{_D}{{3}}-?{_L}{{2}}",  # 10 X-999-XX
    f"{_L}{{3}}-?{_D}{{2}}-?{_L}",  # 11 XXX-99-X
    f"{_L}-?{_D}{{2}}-?{_L}{{3}}",  # 12 X-99-XXX
    f"{_D}-?{_L}{{2}}-?{_D}{{3}}",  # 13 9-XX-999
    f"{_D}{{3}}-?{_L}{{2}}-?{_D}",  # 14 999-XX-9
]
_COMPACT_SIDECODES = [  # the same without any dash, for the codes above that need one
    f"{_L}{{2}}{_D}{{4}}",  # 1
    f"{_D}{{4}}{_L}{{2}}",  # 2 (also a postcode shape: decided by context)
    f"{_L}{{4}}{_D}{{2}}",  # 5
    f"{_D}{{2}}{_L}{{4}}",  # 6
]
_ANY_LETTER = "[A-Za-z]"


def _plates_pattern(codes: list[str], after: str) -> re.Pattern[str]:
    """'(?<![\\w€$./-])(code|code|...)' + ``after``, written so that the regex engine skips in C
    to a character a code can open with: the first character is matched first, the look-behind
    after it, and each code's rest follows a look-behind on its first character's class (the
    classes never overlap, so the codes are tried in their own order, as in the plain form)."""
    rests: dict[str, list[str]] = {}
    for code in codes:
        first = next(atom for atom in (_L, _D, _ANY_LETTER) if code.startswith(atom))
        rest = code[len(first) :]
        count = re.match(r"\{(\d+)\}", rest)
        if count is not None:
            rest = rest[count.end() :]
            if int(count.group(1)) > 1:
                rest = f"{first}{{{int(count.group(1)) - 1}}}{rest}"
        rests.setdefault(first, []).append(rest)
    opening = "[" + "".join(atom[1:-1] if atom != _D else atom for atom in rests) + "]"
    branches = "|".join(f"(?<={atom})(?:{'|'.join(alts)})" for atom, alts in rests.items())
    return re.compile(rf"({opening}(?<![\w€$./-].)(?:{branches})){after}")


_PLATE_RE = _plates_pattern(_SIDECODES + _COMPACT_SIDECODES, r"(?![\w]|-\w)")
# The dashed sidecodes with any letters: "12-ABC-3" is no real plate (real ones carry no vowels)
# but is one after "kenteken" or in a list of plates.
_ANY_LETTER_PLATE_RE = _plates_pattern(
    [code.replace(_L, _ANY_LETTER).replace("-?", "-") for code in _SIDECODES], r"(?![\w]|-\w)"
)
# "kenteken GZ 123 B": spaces for dashes, taken only right after a vehicle cue.
_SPACED_PLATE_RE = _plates_pattern(
    [code.replace("-?", "[ ]").replace("-", "[ ]") for code in _SIDECODES], r"(?![\w]|[ ]\d)"
)
# "kenteken SB - 58 - LN": spaces around the dashes, taken only right after a vehicle cue.
_SPACED_DASH_PLATE_RE = _plates_pattern(
    [code.replace("-?", "-").replace("-", "[ ]-[ ]") for code in _SIDECODES],
    r"(?![\w]|[ ]?-[ ]?\w)",
)
# Walk 53: a word naming the vehicle anywhere in the same sentence ("Het kenteken was 12-ABC-3",
# "Kenteken van de auto die de boom raakte: 12-ABC-3"): the vehicle words of _VEHICLE_CUE_RE,
# without its fine and make-and-model forms, which only cue right before the plate.
_VEHICLE_WORD_RE = re.compile(
    r"(?<![\w-])(?:kenteken\w*|nummerplaat\w*|nummerbord\w*|auto(?:'s)?|wagen|busje|busjes|"
    r"aanhanger|aanhangwagen|vrachtwagen|bestelbus|bestelauto|camper|caravan|scooter|brommer|"
    r"motor|voertuig\w*|taxi|oplegger|trailer|trekker|tractor|bromfiets|snorfiets|motorfiets|"
    r"vouwwagen|shovel)(?![\w-])",
    re.I,
)
# Where a sentence ends: a full stop, question or exclamation mark before a space, or a new line.
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)|\n")
# A message that is nothing but a dashed plate shape in capitals ("12-ABC-3", "12-ABC-3.").
_ONLY_PLATE_RE = re.compile(r"\s*[A-Z0-9-]+[.!]?\s*")
# What joins plates in a list: "GX-123-B, 12-ABC-3 en ZZ-99-KL".
_LIST_GAP_RE = re.compile(r"^[ ]*(?:,|/|en|of|\+|&)[ ]*$")
_POSTCODE_SHAPE_RE = re.compile(r"\d{4}[A-Za-z]{2}")
# A letter and a digit side by side or with one dash between ("AB12", "12-AB"), as
# "[A-Za-z]-?\d|\d-?[A-Za-z]", written to open with the digit: the engine skips to digits in C.
_LETTER_BY_DIGIT_RE = re.compile(r"\d(?:-?[A-Za-z]|(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d))")
_ASCII_LETTER_BY_DIGIT_RE = ascii_twin(_LETTER_BY_DIGIT_RE)  # (round speed49)
_HAS_DIGIT_AND_LETTER = re.compile(r"(?=.*\d)(?=.*[A-Za-z])")
# Round perf4: the two plate patterns over the part of a message with its digits only (every
# sidecode holds a digit at most 6 characters in, "XX-XX-99"; the look-aheads read 2 past a match).
_PLATE_SCAN = DigitScan(_PLATE_RE, lead=6, after=2)
_SPACED_PLATE_SCAN = DigitScan(_SPACED_PLATE_RE, lead=6, after=2)


# "brief met code KW-HT-02", "kenmerk: AB-12-CD": a code of that shape named as a reference.
_REFERENCE_BEFORE_RE = re.compile(
    r"\b(?:code|referentie|ref|kenmerk|dossiernummer|dossiernr|zaaknummer|zaaknr|ordernummer|"
    r"bestelnummer|factuurnummer|klantnummer|inlogcode|activeringscode|pincode)\.?[ ]*:?[ ]*$",
    re.I,
)


def spaced_dash_plates(text: str) -> list[tuple[int, int]]:
    """Plates written with spaces around their dashes ("6 - DRG - 71") in capitals, cue or not
    (`find_postcodes_and_plates` takes them only after a vehicle cue): for OCR text, where a
    screenshot's bubble shows the shape alone."""
    if " - " not in text:
        return []
    return [
        (match.start(1), match.end(1))
        for match in _SPACED_DASH_PLATE_RE.finditer(text)
        if (raw := match.group(1).replace(" ", "")).upper() == raw
        and _HAS_DIGIT_AND_LETTER.match(raw)
        and _plausible_case(raw)
    ]


def after_vehicle_cue(text: str, start: int) -> bool:
    """True when the words just before `start` name a vehicle ("kenteken", "de aanhanger")."""
    return _VEHICLE_CUE_RE.search(text[max(0, start - 30) : start]) is not None


def after_postcode_cue(text: str, start: int) -> bool:
    """True when the words just before `start` say a postcode follows ("De postcode is ")."""
    return _POSTCODE_CUE_RE.search(text[max(0, start - 32) : start]) is not None


def find_postcodes_and_plates(text: str, places: frozenset[str] = frozenset()) -> list[Span]:
    """Postcodes ("7941 AB", "7941ab") and kentekens of every sidecode, dashed or not."""
    spans: list[Span] = []
    # A kenteken has a letter and a digit side by side or with a dash between them, in every
    # sidecode: most messages have none, and then neither plate pattern needs to run.
    ascii = text.isascii()
    mixed = (_ASCII_LETTER_BY_DIGIT_RE if ascii else _LETTER_BY_DIGIT_RE).search(text) is not None
    for match in _PLATE_SCAN.finditer(text) if mixed else ():
        raw = match.group(1)
        compact = raw.replace("-", "")
        if "-" not in raw and _POSTCODE_SHAPE_RE.fullmatch(compact):
            before = text[max(0, match.start() - 30) : match.start()]
            if not _VEHICLE_CUE_RE.search(before):
                continue  # a postcode; handled below
        if (
            _HAS_DIGIT_AND_LETTER.match(raw)
            and _plausible_case(raw)
            and not _REFERENCE_BEFORE_RE.search(text, max(0, match.start() - 25), match.start())
        ):
            spans.append(Span(match.start(1), match.end(1), "LICENSE_PLATE"))
    if mixed and "-" in text:
        spans = _cued_plates_with_other_letters(text, spans)
    if " " in text:
        for match in _SPACED_PLATE_SCAN.finditer(text):
            raw = match.group(1)
            if " " in raw and (
                (
                    _plausible_case(raw)
                    and _VEHICLE_CUE_RE.search(text[max(0, match.start() - 30) : match.start()])
                )
                or _standalone_spaced_plate(text, match.start(1), match.end(1))
            ):
                spans.append(Span(match.start(1), match.end(1), "LICENSE_PLATE"))
    if " - " in text:
        for match in _SPACED_DASH_PLATE_RE.finditer(text):
            raw = match.group(1).replace(" ", "")
            if _plausible_case(raw) and _VEHICLE_CUE_RE.search(
                text[max(0, match.start() - 30) : match.start()]
            ):
                spans.append(Span(match.start(1), match.end(1), "LICENSE_PLATE"))
    for match in (_ASCII_POSTCODE_RE if ascii else _POSTCODE_RE).finditer(text):
        if any(s.start <= match.start() < s.end for s in spans):
            continue
        letters = match.group(3)
        if letters.upper() in _NO_POSTCODE_LETTERS:
            continue
        if match.group(2) == "-" and not _dashed_postcode(text, match, places):
            continue
        # Round 37: "Veldweg 3, 7948 - BN": a dash with a space either side, in capitals and in
        # an address or after a postcode cue only.
        if match.group(2) == " - " and not (
            letters.isupper() and _address_context(text, match.start(), match.end(), places)
        ):
            continue
        # A wide gap: a postcode written in capitals or standing in an address.
        if (len(match.group(2)) > 2 or "\t" in match.group(2)) and not (
            letters.isupper() or _address_context(text, match.start(), match.end(), places)
        ):
            continue
        # Round 27: "boom 4417, 4418 en 4420": a number in a list that goes on after "en"/"of".
        if letters in ("en", "of") and _LIST_GOES_ON_RE.match(text, match.end()):
            continue
        # "2019 op" is a year and a word; a spaced lower-case pair needs to be no such word.
        if (
            letters.islower()
            and letters in _TWO_LETTER_WORDS
            and not _address_context(text, match.start(), match.end(), places)
        ):
            continue
        if (
            not letters.isupper()
            and not letters.islower()
            and not (
                letters[0].isupper() and _address_context(text, match.start(), match.end(), places)
            )
        ):
            continue  # "1234 Ab": a number and a capitalised word, but not in an address
        spans.append(Span(match.start(), match.end(), "POSTCODE"))
    return spans


# Two-letter words after a number that say it is a count, an amount or a year, never a postcode
# ("2500 en nog wat", "12 km"); interjections ("ah", "he", "oh") are not among them.
_NUMBER_WORDS = words("""op en in is om al na te of ik je we ze er nu uw de ja zo ga as af an aan ok bv
    ca km cm mm kg mg ml cl dl st pp nr vs tm ad pm am hr xl tv pc wc ov ns nl eu mb gb kb kw ct ex
    id oa ps ff gr mw ie em mt lt ltr""")


def postcodes_of_words(text: str) -> list[Span]:
    """Postcodes whose letters are a word or mixed case ("7942 he", "7941 Oh"), which stand alone
    are no postcode: found where the chat has just given an address."""
    spans = []
    for match in (_ASCII_POSTCODE_RE if text.isascii() else _POSTCODE_RE).finditer(text):
        letters = match.group(3)
        if (
            letters.isupper()
            or letters.lower() in _NUMBER_WORDS
            or len(match.group(2)) > 2
            or match.group(2) == "-"
        ):
            continue
        if 1900 <= int(match.group(1)) <= 2099:
            continue  # "2019 he": a year
        spans.append(Span(match.start(), match.end(), "POSTCODE"))
    return spans


# "Johan Roelofs, 7942kb": a postcode right after a person's name and a comma, whatever its
# letters are ("kb", "mb" are units elsewhere).
_POSTCODE_AFTER_NAME_RE = re.compile(r",[ ]?([1-9]\d{3}[ ]?(?:[a-z]{2}|[A-Z]{2}))(?![\w-]|[.,]\w)")


# What may follow a postcode whose letters are a unit: the end, punctuation or the place.
_END_OF_DATA_RE = re.compile(r"[ ]*(?:$|[,.;)\n]|[A-Z])")


def postcodes_after_names(text: str, persons: list[Span]) -> list[Span]:
    """Postcodes right after a person's name and a comma."""
    out = []
    for person in persons:
        match = _POSTCODE_AFTER_NAME_RE.match(text, person.end)
        if match is None:
            continue
        raw = match.group(1)
        if raw[-2:] in _TWO_LETTER_WORDS and (
            1900 <= int(raw[:4]) <= 2099 or not _END_OF_DATA_RE.match(text, match.end())
        ):
            continue  # "Jan de Vries, 2019 op reis": a year; "1250 kb bijlage": a size
        out.append(Span(match.start(1), match.end(1), "POSTCODE"))
    return out


def _cued_plates_with_other_letters(text: str, plates: list[Span]) -> list[Span]:
    """``plates`` plus dashed plate shapes with letters real plates do not carry, where a vehicle
    cue or another plate of the list comes right before them."""
    found = list(plates)
    taken = {(s.start, s.end) for s in plates}
    # Backwards, so a list's first items are joined to the plates after them too ("AM-12-34,
    # 12-34-BD": the first of a list of plates is one, whatever its letters).
    for match in reversed(list(_ANY_LETTER_PLATE_RE.finditer(text))):
        start, end = match.span(1)
        if (start, end) in taken or not _plausible_case(match.group(1)):
            continue
        before = text[max(0, start - 30) : start]
        in_list = any(
            (s.end <= start and _LIST_GAP_RE.match(text[s.end : start]))
            or (end <= s.start and _LIST_GAP_RE.match(text[end : s.start]))
            for s in found
        )
        if in_list or _VEHICLE_CUE_RE.search(before) or _vehicle_in_sentence(text, start, end):
            found.append(Span(start, end, "LICENSE_PLATE"))
    return sorted(found, key=lambda span: span.start) if len(found) > len(plates) else found


def _vehicle_in_sentence(text: str, start: int, end: int) -> bool:
    """The plate shape at start:end stands in a sentence that names a vehicle (and no code, zaak
    or article number is named right before it), or is the whole message in capitals."""
    if _ONLY_PLATE_RE.fullmatch(text) and text.strip(" .!\n\t") == text[start:end]:
        return _mistyped_plate(text[start:end])
    if _REFERENCE_BEFORE_RE.search(text, max(0, start - 25), start) or _ITEM_BEFORE_RE.search(
        text, max(0, start - 25), start
    ):
        return False
    opening = max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, start)), default=0)
    closing = _SENTENCE_END_RE.search(text, end)
    return (
        _VEHICLE_WORD_RE.search(text, opening, closing.start() if closing else len(text))
        is not None
    )


# Review 53: well-known code words that open or close a code of a plate's shape ("ISO-27-A",
# "KPI-12-A", "NEN-12-B", "EU-12-34"): no plate, even as a message of its own.
_CODE_WORDS = frozenset(
    [
        "ISO",
        "NEN",
        "KPI",
        "EU",
        "BTW",
        "CAO",
        "WOZ",
        "BSN",
        "KVK",
        "RVO",
        "API",
        "SLA",
        "PDF",
        "ICT",
        "AVG",
        "GGD",
        "UWV",
        "SVB",
        "CBS",
        "OV",
        "NS",
        "EN",
        "DIN",
        "IEC",
        "CE",
        "VAT",
        "SKU",
        "ID",
        "KW",
        "KWH",
    ]
)
_NON_PLATE_LETTER_RE = re.compile(r"[AEIOUCQY]")


def _mistyped_plate(token: str) -> bool:
    """A message that is nothing but a dashed plate shape with letters real plates never carry
    is a plate a resident mistyped, not a code: no code word in it ("ISO-27-A"), and opening
    with letters it has at most one wrong letter (one key off: "GBX-12-A"); a code names its
    family first ("KPI-12-A", "ABC-12-D"). A number first is how today's plates open (sidecodes
    7 and 8: "12-ABC-3"), and is taken as before."""
    groups = token.upper().split("-")
    if any(group in _CODE_WORDS for group in groups):
        return False
    return token[0].isdigit() or len(_NON_PLATE_LETTER_RE.findall(token.upper())) <= 1


# "artikel 12-ABC-3", "onderdeel …": a numbered item, no plate, whatever the sentence says;
# also a zaak, an invoice, a type number or an error named so ("Zaak 12-ABC-3 over de auto",
# "Fout E-123-AB in de motor", review 53).
_ITEM_BEFORE_RE = re.compile(
    r"\b(?:artikel\w*|art|onderdeel\w*|product\w*|type\w*|model\w*|serienummer|sku|zaak|"
    r"factuur\w*|bon|bonnummer|fout|foutcode|foutmelding|storingscode|melding|meldingsnummer)"
    r"\.?[ ]*:?[ ]*$",
    re.I,
)


def _dashed_postcode(text: str, match: re.Match[str], places: frozenset[str]) -> bool:
    """A dashed "7941-HK" is a postcode in capitals; in lower case ("7941-hk") or after a year
    ("2026-WB", a code) only in an address or after a postcode cue. Review 53: "1021-II", "1012-IV"
    are a house number and its floor in Roman numerals (no postcode has an I)."""
    if match.group(3) in ("II", "IV"):
        return False
    if not match.group(3).isupper():
        return _address_context(text, match.start(), match.end(), places)
    if 1900 <= int(match.group(1)) <= 2099:
        return _address_context(text, match.start(), match.end(), places)
    return True


def _address_context(text: str, start: int, end: int, places: frozenset[str]) -> bool:
    """A postcode whose letters are a word ("7948 he") stands in an address: after a postcode
    cue or a street with its house number, or before a place name."""
    before = text[max(0, start - 40) : start]
    if _POSTCODE_CUE_RE.search(before[-32:]) or _ADDRESS_BEFORE_RE.search(before):
        return True
    # "Oranjelaan 15 in Zwolle, 8013 Nb": a street and house number, then the place, before it.
    place = _PLACE_BEFORE_RE.search(before)
    if (
        place
        and place.group(1).lower() in places
        and _ADDRESS_BEFORE_RE.search(before, 0, place.start())
    ):
        return True
    word = _WORD_AFTER_RE.match(text, end)
    if word is None or word.group(1).lower() not in places:
        return False
    # "van 1578 en een tinnen lepel": a village that is also a frequent word ("Een") is that
    # word when written in lower case.
    if word.group(1).islower() and word.group(1) in load().frequent_words:
        return False
    # "sinds 2001 in Nederland": a year and a preposition before a place.
    number, letters = int(text[start : start + 4]), text[end - 2 : end].lower()
    return not (1900 <= number <= 2099 or letters in _PREPOSITIONS)


# A token of capitals or digits right next to a spaced plate shape: the shape is part of a
# longer code ("MOR 26 17927", "NL 91 BNGH 0285 ...") or a row of a table, no plate.
_CODE_TOKEN_BEFORE_RE = re.compile(r"[A-Z0-9][A-Z0-9./-]*[ ]$")
_CODE_TOKEN_AFTER_RE = re.compile(r"[ ][A-Z0-9]")
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w-])(?:de|die|deze|mijn|zijn|haar|hun|onze|uw)[ ]$", re.I)


def _standalone_spaced_plate(text: str, start: int, end: int) -> bool:
    """A spaced plate without a vehicle cue ("de ZG 15 BS is weggesleept", "voor de 5 GB 018"):
    its letters in capitals and a plate's (no vowels), two or more, and no code-like token of
    capitals or digits on either side: three groups of a sidecode's exact shape in a
    plate's alphabet say plate on their own."""
    letters = [ch for ch in text[start:end] if ch.isalpha()]
    if len(letters) >= 3 and all(ch.islower() for ch in letters):
        # "De dt 802 x is van ...": in lower case only as a noun, right after an article or a
        # pronoun, with three letters or more ("de 3 kg 100" has two) and no unit or word
        # among its groups ("de kl 12 tv").
        if any(group in _TWO_LETTER_WORDS for group in text[start:end].split()):
            return False
        return _ARTICLE_BEFORE_RE.search(text, max(0, start - 8), start) is not None
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return False
    if _CODE_TOKEN_BEFORE_RE.search(text, max(0, start - 20), start):
        return False
    return _CODE_TOKEN_AFTER_RE.match(text, end) is None


def _plausible_case(raw: str) -> bool:
    """Plates are written all upper or all lower case; mixed case is a word with digits."""
    letters = "".join(ch for ch in raw if ch.isalpha())
    return letters.isupper() or letters.islower()
