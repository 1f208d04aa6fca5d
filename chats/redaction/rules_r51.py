"""Round 51: causes behind the errors of blind_text_49, as rules over a chat's found spans.

- places and things named like persons: a building, school or street "De <Word>" the chat names
  as a place ("wijkcentrum De Meente", "in De Meente", "De Meente 4") is no person where it
  stands alone either ("De Meente gaat dicht"); a car's model after its make ("Renault Zoë",
  then "de Zoë"); a motto's word after "et" ("Ora et Labora"); a mailbox's name before "@"
  ("noreply@..."); a budget's or plan's name before its year ("budget Groen 2026"); a vehicle
  "bij <firm> voor onderhoud";
- a sports field's number is no house ("het Kunstgrasveld 2"), nor a place measured at
  ("snelheidsmeting bij Dorpsweg nummer 12"); an address does not run over a sentence's end
  ("Kwekerij Wolf. Bovenboer 20" is "Bovenboer 20");
- a landline right after a firm's legal ending ("Loodgieter Smit & Zn? 0522 ...") or after a
  desk one is sent to call ("het secretariaat bellen, 0522 ...") is theirs, no person's;
- persons: a participant's first name in lower case closing a sentence ("ik weet het wim."),
  a participant's surname in lower case opening a sentence before "je/jij" and a verb ("vink je
  moet ..."), a participant's name after a sign-off ("groetjes van Vink"), the chat's surname
  said again mid-sentence after a conjunction or a verb of saying ("die Bos,", "dat Kok al"), a word before a
  birth date that opens a list item ("Robel 12/09/2015, ...");
- addresses: a street and number after a person and "op/aan" ("bij mijn moeder Gea Veldkamp op
  Hazelaar 19"), a street and number opening the answer to "waar is de woning?".

Each rule is gated by a cheap string test; the chat pass calls ``chat_rules_r51`` once per chat,
after round 50's rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chats.redaction import lexicon
from chats.redaction.birthdates import MONTH_NAMES
from chats.redaction.spans import Span, chat_messages, resolve

_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ"
_DIGIT_R51_RE = re.compile(r"\d")
_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"

# --- places named "De <Word>" ---------------------------------------------------------------

_BUILDINGS_R51 = (
    r"wijkcentrum|buurthuis|dorpshuis|buurtcentrum|clubhuis|gemeenschapshuis|school|basisschool|"
    r"kindcentrum|kindcentra|kinderopvang|peuterspeelzaal|bso|zwembad|sporthal|sportzaal|gymzaal|"
    r"bibliotheek|kerk|woonzorgcentrum|zorgcentrum|verzorgingshuis|verpleeghuis|gebouw|pand|"
    r"complex|flat|theater|museum|kantine|jongerencentrum|speeltuin|zaal|locatie"
)
_PLACE_PREPOSITIONS_R51 = r"in|naar|uit|vanuit|tegenover|langs|achter|bij"
# "wijkcentrum De Meente", "in De Meente"
_DE_PLACE_R51_RE = re.compile(
    rf"\b(?:(?i:{_BUILDINGS_R51})|({_PLACE_PREPOSITIONS_R51}))[ ]+(De[ ]{_CAP_WORD})\b"
)
# "De Meente 4": a street
_DE_STREET_R51_RE = re.compile(rf"\b(De[ ]{_CAP_WORD})[ ]\d{{1,4}}(?:[ ]?[a-z])?\b(?![.,:]\d)")


def _places_named_de(texts: Sequence[str], lex: lexicon.Lexicon) -> frozenset[str]:
    places = set()
    for text in texts:
        if "De " not in text:
            continue
        for m in _DE_PLACE_R51_RE.finditer(text):
            word = m.group(2)[3:].lower()
            # ("bij De Haan" is at the Haans': a listed surname after a preposition stays one)
            if m.group(1) is not None and (word in lex.surnames or word in lex.first_names):
                continue
            places.add(m.group(2))
        for m in _DE_STREET_R51_RE.finditer(text):
            word = m.group(1)[3:].lower()
            if word not in lex.surnames and word not in lex.first_names:
                places.add(m.group(1))
    return frozenset(places)


# --- things and firms named like persons ------------------------------------------------------

_CAR_MAKES_R51 = (
    r"Renault|Peugeot|Citroën|Citroen|Opel|Volkswagen|VW|Toyota|Kia|Hyundai|Nissan|Ford|Fiat|"
    r"Seat|Skoda|Škoda|Mazda|Honda|Suzuki|Mitsubishi|Volvo|Tesla|Dacia|Mercedes|BMW|Audi|Mini|"
    r"Lancia|Subaru|Chevrolet|Polestar|Cupra|Smart|Lexus|Jeep|Alfa[ ]Romeo"
)
_MAKE_BEFORE_R51_RE = re.compile(rf"\b(?:{_CAR_MAKES_R51})[ ]+$")


def _car_models(texts: Sequence[str], found: list[list[Span]]) -> frozenset[str]:
    """The one-word persons of the chat that it names after a car's make somewhere ("Renault
    Zoë"; read only where such a name stands, not the whole chat)."""
    names = {
        text[s.start : s.end]
        for text, spans in zip(texts, found, strict=True)
        for s in spans
        if s.label == "PERSON" and " " not in text[s.start : s.end]
    }
    models = set()
    for name in names:
        for text in texts:
            if not text or name not in text:
                continue
            at = text.find(name)
            while at != -1:
                if at > 2 and _MAKE_BEFORE_R51_RE.search(text, max(0, at - 16), at):
                    models.add(name)
                    break
                at = text.find(name, at + len(name))
            if name in models:
                break
    return frozenset(models)


# "budget Groen 2026", "programma Wonen 2030": a plan's name before its year
_PLAN_BEFORE_R51_RE = re.compile(
    r"\b(?i:budget|begroting|programma|project|plan|fonds|regeling|visie|agenda|actie|"
    r"campagne|post|potje|subsidie)[ ]+$"
)
_YEAR_AFTER_R51_RE = re.compile(r"[ ]+(?:19|20)\d\d\b(?![-./]\d)")
# "staat bij Aebi Schmidt voor onderhoud": a vehicle at its garage
_SERVICED_AFTER_R51_RE = re.compile(
    r"[ ]+voor[ ]+(?:(?:het|de|een|groot|klein)[ ]+)*"
    r"(?:onderhoud|reparatie|keuring|apk|service|beurt|onderhoudsbeurt)\b",
    re.I,
)
# "Ora et Labora", "Luctor et Emergo": a motto, a ship's or a house's name
_MOTTO_BEFORE_R51_RE = re.compile(rf"{_CAP_WORD}[ ]et[ ]$")


def _things_not_persons(
    text: str, spans: list[Span], places: frozenset[str], models: frozenset[str]
) -> list[Span]:
    kept = []
    at_sign = "@" in text
    has_digit = _DIGIT_R51_RE.search(text) is not None
    motto = " et " in text
    serviced = "voor" in text
    for s in spans:
        if s.label == "PERSON":
            value = text[s.start : s.end]
            if value in places or value in models:
                continue
            if at_sign:
                left = text.rfind(" ", 0, s.start) + 1
                right = text.find(" ", s.end)
                # (a mailbox's name: "noreply@..."; not a mention: "@Tim")
                if text.find("@", left, right if right != -1 else len(text)) > left:
                    continue
            if motto and _MOTTO_BEFORE_R51_RE.search(text, max(0, s.start - 30), s.start):
                continue
            if (
                has_digit
                and _YEAR_AFTER_R51_RE.match(text, s.end)
                and _PLAN_BEFORE_R51_RE.search(text, max(0, s.start - 20), s.start)
            ):
                continue
            if (
                serviced
                and text.endswith("bij ", 0, s.start)
                and _SERVICED_AFTER_R51_RE.match(text, s.end)
            ):
                continue
        kept.append(s)
    return kept


# --- addresses that are no home ---------------------------------------------------------------

# "het Kunstgrasveld 2", "Trainingsveld 3": a sports field's number
_FIELDS_R51 = (
    "grasveld",
    "sportveld",
    "trainingsveld",
    "voetbalveld",
    "hockeyveld",
    "korfbalveld",
    "oefenveld",
    "hoofdveld",
    "speelveld",
    "trapveld",
    "tennisbaan",
    "padelbaan",
)
# "snelheidsmeting bij Dorpsweg nummer 12": a place measured at
_MEASURED_AT_R51_RE = re.compile(
    r"\b(?i:\w*meting|\w*telling|meetpunt|meetlus|flitspaal|flitser|drempel|telpunt)[ ]+"
    r"(?:bij|op|aan|langs)[ ]+(?:de[ ]+|het[ ]+)?$"
)
_PLAN_YEAR_R51_RE = re.compile(rf"{_CAP_WORD}[ ](?:19|20)\d\d")
_SENTENCE_END_IN_R51_RE = re.compile(r"(\w+)[.!?][ ]+(?=[A-ZÀ-ÖØ-Þ])")
# (not the full stop of a title or an initial: "Weth. Pelleboerstraat 19", "J.J. Rochussenstraat")
_TITLES_R51 = frozenset(
    [
        "weth",
        "burg",
        "prof",
        "pres",
        "jhr",
        "gebr",
        "mevr",
        "ing",
        "drs",
        "kon",
        "gen",
        "mgr",
        "dhr",
        "dr",
        "mr",
        "ds",
        "pr",
        "st",
        "ir",
        "mw",
        "sr",
        "jr",
    ]
)


def _addresses_fixed(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    out = []
    for s in spans:
        if s.label == "ADDRESS":
            value = text[s.start : s.end]
            words = value.lower().split()
            first = words[1] if words[0] in ("het", "de") and len(words) > 1 else words[0]
            if first.endswith(_FIELDS_R51):
                continue
            if _MEASURED_AT_R51_RE.search(text, max(0, s.start - 40), s.start):
                continue
            # "het budget Bakker 2025": a plan's name and its year
            if _PLAN_YEAR_R51_RE.fullmatch(value) and _PLAN_BEFORE_R51_RE.search(
                text, max(0, s.start - 20), s.start
            ):
                continue
            if ". " in value or "! " in value or "? " in value:
                last = None
                for m in _SENTENCE_END_IN_R51_RE.finditer(value):
                    # (after a name or an acronym: "Kwekerij Wolf. Bovenboer 20", "AOW. Erica-
                    # laan 9"; not after an abbreviation: "Joh. Vermeerstraat", "Pietersz. Coen-")
                    word = m.group(1)
                    if (
                        len(word) > 2
                        and word.lower() not in _TITLES_R51
                        and (word.isupper() or (word.lower() in lex.surnames and word[-1] != "z"))
                    ):
                        last = m
                if last is not None and any(c.isdigit() for c in value[last.end() :]):
                    out.append(Span(s.start + last.end(), s.end, s.label))
                    # (a person's name before it stays covered: "Jantje Kloeze. Nassaustraat 81")
                    head = value[: last.end(1)]
                    if head.split(" ", 1)[0].lower() in lex.first_names:
                        out.append(Span(s.start, s.start + last.end(1), "PERSON"))
                    continue
        out.append(s)
    return sorted(out, key=lambda s: (s.start, s.end))


# --- a landline of a firm or a desk -----------------------------------------------------------

_FIRM_OR_DESK_BEFORE_R51_RE = re.compile(
    r"(?:&[ ]?(?:Zn|Zonen|Co|Dochters)\.?|\bB\.?V\.?|\bV\.?O\.?F\.?|\bN\.?V\.?)[ ]*[?:,.]?[ ]*$"
    r"|\b(?i:secretariaat|receptie|balie|klantcontact|klantenservice|servicedesk|helpdesk|loket|"
    r"frontoffice|hoofdnummer|algemene[ ]nummer)(?:[ ]+(?i:bellen|mailen|appen|bereiken))?"
    r"[ ]*[,:]?[ ]*(?:(?i:op|via|:)[ ]*)?$"
)


def _is_landline(value: str) -> bool:
    compact = value.replace(" ", "").replace("-", "").replace("(0)", "").replace(".", "")
    if compact.startswith("+31"):
        compact = "0" + compact[3:]
    elif compact.startswith("0031"):
        compact = "0" + compact[4:]
    return compact.startswith("0") and not compact.startswith("06")


def _without_firm_lines(text: str, spans: list[Span]) -> list[Span]:
    return [
        s
        for s in spans
        if s.label != "PHONE"
        or not _is_landline(text[s.start : s.end])
        or _FIRM_OR_DESK_BEFORE_R51_RE.search(text, max(0, s.start - 60), s.start) is None
    ]


# --- persons ----------------------------------------------------------------------------------

_MONTH_SHORT_R51 = frozenset({"jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "okt", "nov"})
_FINITE_VERBS_R51 = (
    r"moet|kan|mag|wil|hebt|heb|bent|gaat|komt|doet|zou|moest|kon|mocht|wou|had|was|hoeft|"
    r"krijgt|staat|zit|weet|ziet|belt|regelt|pakt|neemt"
)
_SIGN_OFF_R51_RE = re.compile(
    r"\b(?i:groetjes|groeten|groet|gr|liefs|kusjes|doei|tot[ ]zo|tot[ ]straks)[.,]?[ ]+"
    rf"(?i:van)[ ]+([{_LETTERS}]+)\b"
)


# Words that close what is said to someone before a name: "ik weet het wim.", "klopt hoor dirk!"
_SAID_TO_BEFORE_R51 = frozenset(
    {"het", "dat", "hoor", "toch", "ja", "nee", "ok", "oke", "oké", "joh", "hè", "he", "wel"}
)


# a word in lower case opening a sentence before "je/jij" and a verb ("vink je moet ...")
_WORD_BEFORE_VERB_R51_RE = re.compile(
    rf"(?:^|(?<=[.!?][ ]))([a-zß-öø-ÿ]+)[ ]+(?:je|jij)[ ]+(?:{_FINITE_VERBS_R51})\b"
)


def _participant_forms(
    participants: Sequence[str], lex: lexicon.Lexicon
) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case first names and one-word surnames of the participants (persons: two words or
    more)."""
    firsts, surnames = set(), set()
    for name in participants:
        parts = (name or "").split()
        if len(parts) < 2 or not parts[0][:1].isupper():
            continue
        first = parts[0].lower()
        if first in lex.first_names and len(first) >= 3:
            firsts.add(first)
        last = parts[-1].lower()
        if last.isalpha() and len(last) >= 3 and last not in lex.first_names:
            surnames.add(last)
    return frozenset(firsts), frozenset(surnames)


def _overlaps(spans: list[Span], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def _covered(text: str, spans: list[Span]) -> bytearray:
    """One byte per character, 1 where a span lies (a test per place that does not grow with
    the spans: a long run of names has thousands)."""
    covered = bytearray(len(text))
    for s in spans:
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    return covered


def _participants_named(
    text: str,
    spans: list[Span],
    firsts: frozenset[str],
    surnames: frozenset[str],
    lex: lexicon.Lexicon,
) -> list[Span]:
    """(``firsts`` without the frequent words, made once per chat)"""
    out: list[Span] = []
    covered: bytearray | None = None
    # "ik weet het wim.": a participant's first name in lower case closing a sentence
    for first in firsts:
        at = text.find(first)
        while at != -1:
            end = at + len(first)
            if (
                at >= 2
                and text[at - 1] == " "
                and text[at - 2].isalpha()
                and text[at - 2].islower()
                and (end == len(text) or text[end] in ".!?")
            ):
                before = text[max(0, at - 40) : at - 1].split()[-2:]
                if (
                    # (no article or possessive before it: "een eigen babs?"; "ik weet het wim"
                    # is said to him)
                    not any(
                        (w in _NO_NAME_BEFORE_R51 and w != "het") or w == "eigen" for w in before
                    )
                    # (a name that is a word only after a word that closes what is said to
                    # someone, and before more: "ik weet het dirk. morgen"; not "ik verwacht
                    # geen afspraken wolf")
                    and (
                        first not in lex.dutch_words
                        or (
                            before[-1:]
                            and before[-1] in _SAID_TO_BEFORE_R51
                            and end < len(text) - 1
                        )
                    )
                ):
                    if covered is None:
                        covered = _covered(text, spans)
                    if covered.find(1, at, end) == -1:
                        out.append(Span(at, end, "PERSON"))
            at = text.find(first, end)
    # "vink je moet ...": a participant's surname in lower case opening a sentence before
    # "je/jij" and a verb
    if surnames and (" je " in text or " jij " in text):
        for m in _WORD_BEFORE_VERB_R51_RE.finditer(text):
            if m.group(1) not in surnames:
                continue
            if covered is None:
                covered = _covered(text, spans)
            if covered.find(1, m.start(1), m.end(1)) == -1:
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    # "groetjes van Vink": a participant's name after a sign-off
    if "van " in text:
        low = text.lower()
        if "gr" in low or "liefs" in low or "kusjes" in low or "doei" in low or "tot " in low:
            for m in _SIGN_OFF_R51_RE.finditer(text):
                word = m.group(1).lower()
                if word in firsts or word in surnames:
                    if covered is None:
                        covered = _covered(text, spans)
                    if covered.find(1, m.start(1), m.end(1)) == -1:
                        out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


_NO_NAME_BEFORE_R51 = frozenset(
    {
        "de",
        "het",
        "een",
        "der",
        "den",
        "des",
        "'t",
        "mijn",
        "m'n",
        "je",
        "jouw",
        "uw",
        "onze",
        "ons",
        "hun",
        "haar",
        "zijn",
        "z'n",
        "deze",
        "van",
        "te",
        "ter",
        "ten",
    }
)


# (a word's end: no letter, hyphen, apostrophe, "@" or a dot inside a word follows)
_ENDS_A_WORD_R51_RE = re.compile(r"(?![\w'@-])(?!\.\w)")


# The words a person is said again after: a conjunction, a verb of saying or thinking, a
# preposition of company (not "hebben Storm gehad", "is Hulshof & Zonen")
_SURNAME_AGAIN_AFTER_R51 = frozenset(
    {
        "die",
        "dat",
        "of",
        "en",
        "maar",
        "want",
        "omdat",
        "als",
        "toen",
        "zodat",
        "dus",
        "zegt",
        "zei",
        "vraagt",
        "vroeg",
        "denkt",
        "dacht",
        "meldt",
        "meldde",
        "bij",
        "met",
        "aan",
        "naar",
        "volgens",
        "zonder",
        "ook",
        "nog",
        "wel",
        "hoe",
        "waar",
        "wanneer",
    }
)
_FIRM_ENDING_AFTER_R51_RE = re.compile(r"(?:en|&)[ ]?(?:Zn|Zonen|Co|Dochters)\b")


def _chat_surnames_again(
    text: str, spans: list[Span], surnames: frozenset[str], lex: lexicon.Lexicon
) -> list[Span]:
    """ "Oh die Bos, ...", "... zegt dat Kok al ...": a surname the chat shows as a person (alone
    or closing a full name), capitalised again mid-sentence after a conjunction, a verb of saying
    or a preposition of company, and before no capitalised word or firm's ending ("Kok Infra",
    "Hulshof & Zonen")."""
    out: list[Span] = []
    covered: bytearray | None = None
    for surname in surnames:
        at = text.find(surname)
        while at != -1:
            end = at + len(surname)
            if (
                at >= 2
                and text[at - 1] == " "
                and (end == len(text) or _ENDS_A_WORD_R51_RE.match(text, end) is not None)
            ):
                before = text[max(0, at - 30) : at - 1]
                word = before[before.rfind(" ") + 1 :]
                after = text[end : end + 12].lstrip(" ,")
                if (
                    word in _SURNAME_AGAIN_AFTER_R51
                    and not after[:1].isupper()
                    and not after.startswith("&")
                    and _FIRM_ENDING_AFTER_R51_RE.match(after) is None
                ):
                    if covered is None:
                        covered = _covered(text, spans)
                    if covered.find(1, at, end) == -1:
                        out.append(Span(at, end, "PERSON"))
            at = text.find(surname, end)
    return out


_NAME_BEFORE_DATE_R51_RE = re.compile(rf"(?:^|[,;][ ]*|[ ]en[ ]+)({_CAP_WORD})[ ]*[:,]?[ ]*$")


def _names_before_birth_dates(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    """ "Robel 12/09/2015, Lidya 03/01/2019": a capitalised word no list knows as a word,
    opening the message or a list item, right before a birth date."""
    out = []
    for s in spans:
        if s.label != "DATE_OF_BIRTH":
            continue
        window = max(0, s.start - 40)
        # ("^" is the message's start only, not the window's)
        m = _NAME_BEFORE_DATE_R51_RE.search(text, window, s.start)
        if m is None:
            continue
        word = m.group(1).lower()
        if (
            len(word) >= 3
            and word not in lex.dutch_words
            and word not in lex.not_names
            and word not in MONTH_NAMES
            and not _overlaps(spans, m.start(1), m.end(1))
        ):
            out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


# --- addresses --------------------------------------------------------------------------------

_NOT_A_STREET_R51 = frozenset(
    {
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "week",
        "route",
        "kamer",
        "zaal",
        "bus",
        "lijn",
        "hal",
        "fase",
        "ronde",
        "groep",
        "stap",
        "nummer",
    }
    | set(MONTH_NAMES)
)
_NOT_A_HOUSE_AFTER_R51_RE = re.compile(
    r"[ ]*(?:uur|u\b|jaar|euro|%|km|meter|m\b|min|minuten|dagen|weken|kg|x\b|keer|stuks|"
    r"personen|mensen|[.:,]\d)"
)
# "Gea Veldkamp op Hazelaar 19": a street and number after a person
_STREET_AFTER_PERSON_R51_RE = re.compile(
    rf"[ ]+(?:op|aan)[ ]+(?:de[ ]+|het[ ]+)?({_CAP_WORD}(?:[ ]{_CAP_WORD})?[ ]\d{{1,4}}"
    r"(?:[ ]?[a-z]\b)?)(?![\w-])"
)
# "Waar is de woning?" - "Zandweg 5, bij ...": the answer opens with the street and number
_HOME_ASKED_R51_RE = re.compile(
    r"\b(?:waar[ ](?:is|ligt|staat|komt)[ ](?:de|het|die|dat|uw|je|mijn|onze)[ ]"
    r"(?:nieuwe[ ])?(?:woning|huis|adres|appartement|flat|kamer|studio)"
    r"|waar[ ](?:woon|woont|wonen|woonde|woonden)\b)",
    re.I,
)
_ANSWERED_STREET_R51_RE = re.compile(
    rf"^({_CAP_WORD}(?:[ ]{_CAP_WORD})?[ ]\d{{1,4}}(?:[ ]?[a-z]\b)?)(?=[,.;!]|[ ]|$)"
)


def _streets_after_persons(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for s in spans:
        if s.label != "PERSON":
            continue
        m = _STREET_AFTER_PERSON_R51_RE.match(text, s.end)
        if m is None or _NOT_A_HOUSE_AFTER_R51_RE.match(text, m.end()):
            continue
        if m.group(1).split(" ", 1)[0].lower() in _NOT_A_STREET_R51:
            continue
        out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    return out


def _answered_home(text: str, previous: str) -> list[Span]:
    m = _ANSWERED_STREET_R51_RE.match(text)
    if m is None or _NOT_A_HOUSE_AFTER_R51_RE.match(text, m.end()):
        return []
    if m.group(1).split(" ", 1)[0].lower() in _NOT_A_STREET_R51:
        return []
    if _HOME_ASKED_R51_RE.search(previous) is None:
        return []
    return [Span(m.start(1), m.end(1), "ADDRESS")]


# --- the chat pass ----------------------------------------------------------------------------


def chat_rules_r51(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Round 51, in place (see the module's docstring)."""
    lex = lexicon.load()
    places = _places_named_de(texts, lex)
    models = _car_models(texts, found)
    firsts, surnames = (
        _participant_forms(participants, lex) if participants else (frozenset(), frozenset())
    )
    firsts = frozenset(
        f
        for f in firsts
        if f not in lex.frequent_words and f not in lex.not_names and f not in _MONTH_SHORT_R51
    )
    # What is no person or no home goes first (so the chat's names below are read without it)
    for index, text in enumerate(texts):
        spans = found[index]
        if not text or not spans:
            continue
        spans = _things_not_persons(text, spans, places, models)
        if _DIGIT_R51_RE.search(text):
            spans = _addresses_fixed(text, spans, lex)
            spans = _without_firm_lines(text, spans)
        found[index] = spans
    # The chat's surnames: a one-word person, or the last word of a full name
    chat_surnames = set()
    for text, spans in zip(texts, found, strict=True):
        for s in spans:
            if s.label != "PERSON":
                continue
            last = text[s.start : s.end].split()[-1]
            if (
                last[:1].isupper()
                and last.isalpha()
                and last.lower() in lex.surnames
                and last.lower() not in lex.places  # ("Hoogeveen", "Staphorst": towns too)
            ):
                chat_surnames.add(last)
    chat_surnames_f = frozenset(chat_surnames)
    for index, text, spans, previous, has_digit in chat_messages(texts, found):
        more: list[Span] = []
        if firsts or surnames:
            more += _participants_named(text, spans, firsts, surnames, lex)
        if chat_surnames_f:
            more += _chat_surnames_again(text, spans, chat_surnames_f, lex)
        if has_digit:
            if any(s.label == "DATE_OF_BIRTH" for s in spans):
                more += _names_before_birth_dates(text, spans, lex)
            if " op " in text or " aan " in text:
                more += _streets_after_persons(text, spans)
            if previous and "waar" in previous:
                more += _answered_home(text, previous)
        if more:
            covered = _covered(text, spans)
            more = [m for m in more if covered.find(1, m.start, m.end) == -1]
            if more:
                more = _things_not_persons(text, more, places, models)
                spans = resolve([*spans, *more])
        found[index] = spans
