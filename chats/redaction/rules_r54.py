"""Round 54: causes behind the errors of blind_text_52, as rules over a chat's found spans.

- phones: a number of the municipality, a club or a body by what is said around it ("kunt u
  ons ook bellen op ...", "de clubtelefoon ...", "nummer nooddienst ...", "het waterschap
  bellen: ..."; round 50 already takes an 088 number for a firm's where no person is named);
- what is no person's: a foundation's account ("rekening van de stichting ...: ..."), a nine-digit
  customer number that fails the 11-proef ("klantnr ..."), a date of a plan in a message that
  holds a birth date ("evaluatie 20 jan"), the premises an appointment is made at ("om 13.00
  komen, Stationsweg 4?"), an event named after a person ("Koos Tuin Cup"), a firm named by its
  owner in lower case ("transportbedrijf van dijk"), a month after a day ("9 jan ..."), Drents
  "mien" before a noun of no dictionary ("mien hekke"), "van de" before a frequent word ("van
  de mensen"; not "van der meer");
- persons: a surname of Arabic "al-" ("Al-Hamwi"), a surname of no dictionary after a weekday,
  an update or a spouse ("dinsdag al-hamwi,", "update mansour:", "man tesfamariam heeft"), or
  opening what a colleague is asked ("tom, hoving iban ..."); a surname after a resident's or a
  maker's role ("bewoner schaap is thuis", "architect is tuin"); a surname before "van" and an
  address ("Dekkers van Reggersweg 114"); a surname the chat knows as a person's, said in lower
  case opening a message or after "die" ("storm op komst", "ken je die vos?"); a first name
  before a surname found in lower case ("koos tuin"); an initial after a first name in a list
  ("harm z."); "van der" and a surname after a found name ("... mulder van der sluis"); a name
  cut after a sentence's full stop (". Marian" "de Jager");
- homes: a street abbreviated ("pr beatrixln 8b", "burg. vd veldestr. 9"), a street named after a
  first name ("jan steenstraat 12"), another room ("... 5 k2 en k4"), the end of a range ("nr 1
  tot nr 17"), a street and number in words answering "adres?" ("kromme elleboog drie en twintig");
- birth dates: a date of a foreign month after a foreign cue ("urodzony 14 maja 2016"), a year
  first date after "geboren" ("1330/04/12"), a date in words ("dertig maart negentien
  vierennegentig", "zeventien elf negenendertig");
- plates: a second plate of the same shape offered with "of" ("vt 519 x of vt 518 x");
- postcodes with their letters apart ("7941 C E").

Each rule is gated by a cheap string test; the chat pass calls ``chat_rules_r54`` once per chat,
after round 53's rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from stdnum.nl import bsn as stdnum_bsn

from chats.redaction import lexicon
from chats.redaction.birthdates import _FOREIGN_MONTHS, MONTH_NAMES
from chats.redaction.lexicon import holds_any, street_suffix, words
from chats.redaction.rules_r52 import _merged
from chats.redaction.spans import Span, chat_messages, resolve

# --- what is no person's ----------------------------------------------------------------------

# "Voor vragen kunt u ons ook bellen op ...", "de clubtelefoon ...", "nummer nooddienst ...",
# "U kunt ook zelf het waterschap bellen: ..."
_ORG_PHONE_BEFORE_R54_RE = re.compile(
    r"(?:\bu[ ]ons[ ](?:[a-z]+[ ]){0,2}(?:bellen|bereiken|appen)|"
    r"\b(?:club|vereniging|kantoor|team|dienst|bedrijf|zaak)s?telefoon(?:nummer)?|"
    r"\b(?:nood|piket|storings|wacht|bereikbaarheids)(?:dienst|nummer|telefoon|lijn)|"
    r"\b(?:het[ ]waterschap|de[ ]gemeente|de[ ]provincie|de[ ]politie|het[ ]ziekenhuis)"
    r"[ ](?:zelf[ ])?(?:bellen|bereiken))"
    r"[ ]*(?:op|via|met|is|:)?[ ]*:?[ ]*$"
)
_ORG_PHONE_GATE_R54_RE = re.compile(r"ons|telefoon|dienst|nummer|lijn|bellen|bereiken")
# "mijn privénummer voor de wachtdienst ...": a person's own number
_OWN_BEFORE_R54_RE = re.compile(
    r"\b(?i:mijn|m'n|zijn|z'n|haar|d'r|direct|directe|eigen|privé|prive|werknummer)"
    r"[^.!?\d]{0,40}$"
)
_ORG_IBAN_BEFORE_R54_RE = re.compile(
    r"\b(?i:rekening|rekeningnummer|iban|rek\.?|bankrekening)[ ]van[ ](?:de|het|onze|ons)[ ]"
    r"(?i:stichting|club|vereniging|kerk|school|bv|b\.v\.|fonds|coöperatie|cooperatie)\b"
)
# "..., nu op zijn eigen NL32 ...": a person's own account after the club's
_OWN_IBAN_BETWEEN_R54_RE = re.compile(r"\b(?:eigen|zijn|haar|mijn|privé|prive|maar)\b")
# "klantnr 100482339": a firm's number, when it fails the 11-proef
_REF_BEFORE_R54_RE = re.compile(
    r"\b(?i:klantn(?:umme)?r|klant[ ]nr|relatien(?:umme)?r|dossiern(?:umme)?r|kenmerk|"
    r"referentie|ordern(?:umme)?r|factuurn(?:umme)?r|contractn(?:umme)?r|polisn(?:umme)?r|"
    r"lidn(?:umme)?r|lidmaatschapsnummer)\.?[ ]*:?[ ]*$"
)
# "evaluatie 20 jan": the date of a plan
_PLAN_BEFORE_R54_RE = re.compile(
    r"\b(?i:evaluatie|afspraak|gesprek|overleg|zitting|bezoek|huisbezoek|controle|vanaf|tot|"
    r"uiterlijk|deadline|start|einde|op)[ ]*:?[ ]*$"
)
# ... but "jarig op 7 maart" is the birthday itself
_BIRTHDAY_ON_R54_RE = re.compile(r"\b(?i:jarig|verjaardag|geboren|geb\.?)[ ]+op[ ]*$")
_YEAR_R54_RE = re.compile(r"\d{4}|'\d{2}|\d[-./]\d{2}$")  # (any calendar's year: "1405")
# "Kunt u morgen om 13.00 komen, Stationsweg 4?", "dinsdag 09.30 aan de Stationsweg 4"
# (not "om 19.00 op Haveltermade 30", "om 8.45 bij Kerkstraat 87", "om 9.00, Vaart 6": a visit
# to a home)
_APPOINTMENT_BEFORE_R54_RE = re.compile(
    r"(?:\bkomen(?:,[ ]?|[ ]aan[ ]de[ ])|(?<![\d.:])\d{1,2}[.:]\d{2}(?:[ ]uur)?[ ]aan[ ]de[ ])$"
)
_APPOINTMENT_GATE_R54_RE = re.compile(r"\d[.:]\d\d[ ,]|komen")
# "Koos Tuin Cup", "de Jan Kuipers Bokaal": an event named after a person
_EVENT_AFTER_R54_RE = re.compile(
    r"[ ](?:Cup|Bokaal|Trofee|Trophy|Toernooi|Memorial|Award|Prijs|Run|Loop|Classic)\b"
)
# "transportbedrijf van dijk": a firm named by its owner, written small
_FIRM_KIND_BEFORE_R54_RE = re.compile(
    r"\b[a-z]*(?:bedrijf|handel|garage|bakkerij|slagerij|kwekerij|verhuur|installateur)[ ]$"
)
# greetings that are first names too ("selam." hello, "Selam Tesfaye")
_GREETING_NAMES_R54 = words("selam salam")
_OPENING_R54_RE = re.compile(r"^[^\w]*")
# what a doubtful person needs nearby (a greeting, an event's or a firm's word, "mien", "van de",
# a month after a day)
_PERSON_DOUBT_PARTS_R54 = (
    "elam", "alam", "Cup", "Bokaal", "Trofee", "Trophy", "Toernooi", "Memorial", "Award",
    "Prijs", "Run", "Loop", "Classic", "bedrijf", "handel", "garage", "bakkerij", "slagerij",
    "kwekerij", "verhuur", "installateur", "mien ", "van de ",
)  # fmt: skip
_MONTH_AFTER_DAY_R54_RE = re.compile(r"\d[ ](?:jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)")
_MONTH_ABBREVIATIONS_R54 = words("jan feb febr mrt apr mei jun jul aug sep sept okt nov dec")
_DAY_BEFORE_R54_RE = re.compile(r"\b(?:[1-9]|[12]\d|3[01])[ ]$")


def _is_org_phone(text: str, s: Span) -> bool:
    before = text[max(0, s.start - 60) : s.start]
    if _OWN_BEFORE_R54_RE.search(before):
        return False
    return _ORG_PHONE_BEFORE_R54_RE.search(before) is not None


def _no_persons_data(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    """The spans without what this round finds is no person's (see the module's docstring)."""
    out = []
    births_with_year = any(
        s.label == "DATE_OF_BIRTH" and _YEAR_R54_RE.search(text[s.start : s.end]) for s in spans
    )
    appointment: bool | None = None
    for s in spans:
        label = s.label
        if label == "PHONE":
            if _is_org_phone(text, s):
                continue
        elif label == "IBAN":
            m = _ORG_IBAN_BEFORE_R54_RE.search(text, max(0, s.start - 60), s.start)
            if m is not None and not _OWN_IBAN_BETWEEN_R54_RE.search(text, m.end(), s.start):
                continue
        elif label == "BSN":
            digits = "".join(c for c in text[s.start : s.end] if c.isdigit())
            if not stdnum_bsn.is_valid(digits) and _REF_BEFORE_R54_RE.search(
                text[max(0, s.start - 30) : s.start]
            ):
                continue
        elif label == "DATE_OF_BIRTH":
            if (
                births_with_year
                and not _YEAR_R54_RE.search(text[s.start : s.end])
                and _PLAN_BEFORE_R54_RE.search(text[max(0, s.start - 30) : s.start])
                and not _BIRTHDAY_ON_R54_RE.search(text[max(0, s.start - 30) : s.start])
            ):
                continue
        elif label == "ADDRESS":
            if appointment is None:
                appointment = _APPOINTMENT_GATE_R54_RE.search(text) is not None
            if appointment and _APPOINTMENT_BEFORE_R54_RE.search(
                text[max(0, s.start - 40) : s.start]
            ):
                continue
        elif label == "PERSON" and _is_no_person(text, s, lex):
            continue
        out.append(s)
    return out


def _is_no_person(text: str, s: Span, lex: lexicon.Lexicon) -> bool:
    value = text[s.start : s.end]
    if (
        value.lower() in _GREETING_NAMES_R54
        and _OPENING_R54_RE.match(text).end() == s.start
        and text[s.end : s.end + 1] in (".", ",", "!")
    ):
        return True  # ("selam, ik heb ...": hello; "Selam, kom je?" too)
    if _EVENT_AFTER_R54_RE.match(text, s.end):
        return True
    if value.islower():
        if _FIRM_KIND_BEFORE_R54_RE.search(text[max(0, s.start - 30) : s.start]):
            return True
        head, _, rest = value.partition(" ")
        if (
            head == "mien"
            and rest
            and " " not in rest
            and rest not in lex.first_names
            and rest not in lex.common_surnames
        ):
            return True  # (Drents "mien hekke": my fence)
        last = value.rsplit(" ", 1)[-1]
        if value.startswith("van de ") and last in lex.frequent_words and last not in lex.surnames:
            return True  # ("van de mensen"; not "van der meer")
    head = value.split(" ", 1)[0].lower()
    return head in _MONTH_ABBREVIATIONS_R54 and bool(
        _DAY_BEFORE_R54_RE.search(text[max(0, s.start - 4) : s.start])
    )


# --- persons ----------------------------------------------------------------------------------

# "Al-Hamwi", "al-hamwi", "El-Amrani"
_ARABIC_AL_R54_RE = re.compile(r"(?<![\w-])(?:[Aa]l|[Ee]l)-[A-Za-z][a-zà-ÿ]{2,}(?![\w-])")
# "9 Jumada al-Ula 1405": a month of the Islamic calendar, no surname
_HIJRI_MONTH_HEADS_R54 = ("jumada ", "rabi ", "rabi' ", "rabiʿ ", "dhu ", "dhul ")
_WEEKDAYS_R54 = r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
# a surname of no dictionary after a weekday, an update or a spouse
_CASE_SLOT_R54_RE = re.compile(
    rf"\b(?:{_WEEKDAYS_R54}|update|overdracht|casus|gezin|man|vrouw|echtgenoot|echtgenote|"
    r"geboorteaangifte|naamcorrectie|naamswijziging|aangifte)[ ]"
    r"([a-z][a-zà-ÿ'-]{2,}(?:[ ][a-z][a-zà-ÿ'-]{2,})?)"
    r"(?=[ ]*[,:;.?!]|[ ](?:heeft|is|doen|komt|wil|kan|moet|belt|zegt|iban|bsn)\b)"
)
_CASE_SLOT_PARTS_R54 = (
    "dag ", "update", "overdr", "casus", "gezin", "man ", "vrouw", "echtgeno", "aangifte", "naam",
)  # fmt: skip
# "tom, hoving iban gewijzigd": what a colleague is asked opens with the surname
_ASKED_ABOUT_R54_RE = re.compile(
    r"^[a-z][a-zà-ÿ]{1,12},[ ]([a-z][a-zà-ÿ'-]{3,})[ ]"
    r"(?:iban|bsn|adres|dossier|uitkering|aanvraag|dossiers|rekening|toeslag|huur|schuld)\b"
)
# "bewoner schaap is thuis", "architect is tuin"
_ROLE_SURNAME_R54_RE = re.compile(
    r"\b(?:bewoner|bewoonster|eigenaar|eigenaresse|architect|aannemer|huurder|verhuurder|"
    r"aanvrager|aanvraagster|melder|klager|klaagster|(?:architect|aannemer)[ ]is)"
    r"[ ]([a-z][a-zà-ÿ]{2,})"
    r"(?=[ ]*(?:[.,!?;]|$)|[ ](?:komt|heeft|belt|belde|zegt|wil|was|woont|is[ ]thuis)\b)"
)
_ROLE_PARTS_R54 = ("bewon", "eigena", "archit", "aannem", "huurder", "aanvra", "melder", "klag")
# "dochter roos is erbij": a first name that is a word, between a relative and a verb
_KIN_NAME_R54_RE = re.compile(
    r"\b(?:dochter|zoon|moeder|vader|broer|zus|zuster|oma|opa|kleinzoon|kleindochter|neef|"
    r"nicht|schoonzoon|schoondochter|pleegzoon|pleegdochter)[ ]([a-z]{3,})"
    r"(?=[ ](?:is|komt|kan|wil|heeft|gaat|belt|belde|zegt|woont|was|zit)\b)"
)
_KIN_PARTS_R54 = (
    "dochter",
    "zoon",
    "moeder",
    "vader",
    "broer",
    "zus",
    "oma ",
    "opa ",
    "neef",
    "nicht",
)
# "gegevens van Lieve checken": a first name that is a word, after "van" inside a sentence
_OF_FIRST_NAME_R54_RE = re.compile(r"(?<=[a-z][ ]van[ ])([A-Z][a-z]{2,})(?=[ ][a-z])")
# "Dekkers van Reggersweg 114"
# (not "Lotte Veneman van Groen van Prinstererstraat": a name's part)
_SURNAME_OF_HOME_R54_RE = re.compile(
    r"(?<![\w-])(?<![A-Z][a-zà-ÿ][ ])(?<!van[ ])([A-Z][a-zà-ÿ]{2,})[ ]van[ ]$"
)
# "storm op komst", "ken je die vos?": a known surname in lower case
_LOWER_WORD_R54_RE = re.compile(r"[a-z][a-zà-ÿ]{2,}(?![\w-])")
# "harm z." in a list
_INITIAL_AFTER_R54_RE = re.compile(r"[ ][a-z]\.(?=[ ]*(?:$|[,;/)]))")
# "... mulder van der sluis"
_PARTICLE_AFTER_R54_RE = re.compile(
    r"[ ](?:van[ ]der|van[ ]den|van[ ]de|van[ ]'t)[ ]([a-z][a-zà-ÿ]{2,})\b"
)


def _is_unknown_word(word: str, lex: lexicon.Lexicon) -> bool:
    """A lower-case word no dictionary knows and no list knows as anything but a name."""
    for part in word.replace("'", "-").split("-"):
        if (
            part in lex.dutch_words
            or part in lex.frequent_words
            or part in lex.places
            or part in lex.not_names
        ):
            return False
    return word.isalpha() or "-" in word


def _chat_surnames(
    texts: Sequence[str],
    found: list[list[Span]],
    participants: Sequence[str],
    lex: lexicon.Lexicon,
) -> frozenset[str]:
    """The surnames of the chat's persons written with a first name ("Marieke Storm"; not a
    team's name: "Riolering piket")."""
    names: set[str] = set()
    for name in participants:
        parts = name.split()
        if len(parts) >= 2 and parts[0][:1].isupper() and parts[0].lower() in lex.first_names:
            names.add(parts[-1].lower())
    for text, spans in zip(texts, found, strict=True):
        for s in spans:
            if s.label == "PERSON":
                parts = text[s.start : s.end].split()
                if (
                    len(parts) >= 2
                    and parts[0][:1].isupper()
                    and parts[-1][:1].isupper()
                    and parts[0].lower() in lex.first_names
                ):
                    names.add(parts[-1].lower())
    return frozenset(n for n in names if n.isalpha() and len(n) >= 3)


def _more_persons(
    text: str,
    spans: list[Span],
    known: Callable[[], frozenset[str]] | None,
    lex: lexicon.Lexicon,
) -> list[Span]:
    """New persons (see the module's docstring); ``known`` gives the chat's known surnames."""
    out: list[Span] = []
    if "l-" in text:
        for m in _ARABIC_AL_R54_RE.finditer(text):
            before = text[max(0, m.start() - 8) : m.start()].lower()
            if not before.endswith(_HIJRI_MONTH_HEADS_R54):
                out.append(Span(m.start(), m.end(), "PERSON"))
    if holds_any(text, _CASE_SLOT_PARTS_R54):
        for m in _CASE_SLOT_R54_RE.finditer(text):
            if all(_is_unknown_word(w, lex) for w in m.group(1).split()):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    if ", " in text[:15]:
        m = _ASKED_ABOUT_R54_RE.match(text)
        if (
            m is not None
            and m.group(1) in lex.surnames
            and m.group(1) not in lex.frequent_words
            and m.group(1) not in lex.places
        ):
            out.append(Span(m.start(1), m.end(1), "PERSON"))
    if holds_any(text, _KIN_PARTS_R54):
        for m in _KIN_NAME_R54_RE.finditer(text):
            word = m.group(1)
            if word in lex.common_first_names and word not in lex.frequent_words:
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    if " van " in text:
        for m in _OF_FIRST_NAME_R54_RE.finditer(text):
            word = m.group(1).lower()
            if (
                word in lex.common_first_names
                and word in lex.dutch_words
                and word not in lex.surnames
                and word not in lex.places
                and word not in lex.not_names
            ):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    if holds_any(text, _ROLE_PARTS_R54):
        for m in _ROLE_SURNAME_R54_RE.finditer(text):
            word = m.group(1)
            if (
                word in lex.surnames
                and word not in lex.frequent_words
                and word not in lex.not_names
                and word not in lex.places
            ):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    if known is not None:
        at = _OPENING_R54_RE.match(text).end()
        starts = [at] if at < len(text) else []
        if "die " in text:
            # ("ken je die vos?": asked about; not "die kuil van de Dorpsstraat")
            d = text.find("die ")
            while d >= 0:
                if d == 0 or not text[d - 1].isalnum():
                    starts.append(-(d + 4))
                d = text.find("die ", d + 4)
        for at in starts:
            m = _LOWER_WORD_R54_RE.match(text, abs(at))
            if (
                m is not None
                and (at >= 0 or text[m.end() : m.end() + 1] in ("", "?", "!"))
                and m.group() in lex.surnames
                and m.group() not in lex.frequent_words
                and m.group() in known()
                and not (
                    text.startswith(" ", m.end()) and text[m.end() + 1 : m.end() + 2].isupper()
                )
                # ... not a heading ("kuiper: 3 putten") nor a role the message names the
                # person of ("schipper is Geert Schipper")
                and not text.startswith(":", m.end())
                and m.group().capitalize() not in text[m.end() :]
            ):
                out.append(Span(m.start(), m.end(), "PERSON"))
    for s in spans:
        if s.label == "ADDRESS" and text.endswith(" van ", 0, s.start):
            m = _SURNAME_OF_HOME_R54_RE.search(text, max(0, s.start - 30), s.start)
            if m is not None:
                word = m.group(1).lower()
                if word in lex.surnames and word not in lex.first_names and m.start() > 0:
                    out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


def _persons_widened(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    """Found persons made whole: a first name before a surname in lower case ("koos tuin"), an
    initial after a first name ("harm z."), "van der" and a surname after a name, a name cut
    after a full stop (". Marian")."""
    out = []
    changed = False
    for i, s in enumerate(spans):
        if s.label != "PERSON":
            out.append(s)
            continue
        start, end = s.start, s.end
        value = text[start:end]
        if not value[:1].isalnum() and not (
            start >= 2 and text[start - 1].isupper() and text[start - 2] == " "
        ):
            # (". Marian": a name cut after a sentence's full stop; not "8 S. Bulut", whose
            # initial an address took as its toevoeging: the stop stays with the name)
            lead = len(value) - len(value.lstrip(".,;:!? "))
            start += lead
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if (
                nxt is not None
                and nxt.label == "PERSON"
                and nxt.start == end + 1
                and text[end] == " "
                and text[start:end].lower() in lex.first_names
            ):
                end = nxt.end
        elif value.islower():
            space = text.rfind(" ", 0, start - 1)
            first = text[space + 1 : start - 1]
            if (
                start >= 2
                and text[start - 1] == " "
                and first in lex.common_first_names
                and first not in lex.frequent_words
                and " " not in value
                and (not out or out[-1].end <= space)
            ):
                start = space + 1  # ("koos tuin")
            if " " not in value and value in lex.first_names:
                m = _INITIAL_AFTER_R54_RE.match(text, end)
                if m is not None:
                    end = m.end()  # ("harm z.")
            m = _PARTICLE_AFTER_R54_RE.match(text, end)
            if (
                m is not None
                and m.group(1) in lex.surnames
                and m.group(1) not in (lex.frequent_words)
            ):
                end = m.end()  # ("mulder van der sluis")
        if (start, end) != (s.start, s.end):
            changed = True
            s = Span(start, end, "PERSON")
        out.append(s)
    return resolve(out) if changed else spans


# --- homes ------------------------------------------------------------------------------------

# "pr beatrixln 8b", "burg. vd veldestr. 9", "kon julianawg 3"
_ABBREVIATED_STREET_R54_RE = re.compile(
    r"(?<![\w.])(?:(?:pr|prins|kon|kon\.|burg|burg\.|mr|mr\.|dr|dr\.|st|ds|gen|gen\.|vd|v\.d\.)[ ])?"
    r"([A-Za-z][a-zà-ÿ]{2,}(?:ln|str|wg|pln|sngl|gr)\.?)[ ]"
    r"([1-9]\d{0,3}[ ]?[a-zA-Z]?)(?![\w-])"
)
_ABBREVIATED_PARTS_R54 = ("ln ", "ln. ", "str ", "str. ", "wg ", "wg. ", "sngl", "gr ", "gr. ")
_HOUSE_R54 = r"[1-9]\d{0,3}(?:[ ]?[a-zA-Z](?![\w]))?"
# "... 5 k2 en k4", "... kamer 2 en 3"
_MORE_ROOMS_R54_RE = re.compile(r"[ ]en[ ](k[ ]?\d{1,2}|kamer[ ]\d{1,2})(?![\w])")
_ROOM_R54_RE = re.compile(r"\b(?:k|kamer)[ ]?\d")  # (the found home names a room)
# "op nr 1 tot nr 17"
_RANGE_END_R54_RE = re.compile(
    r"[ ](?:tot|t/m|tot[ ]en[ ]met)[ ]((?:nr\.?|nummer)[ ]?[1-9]\d{0,3}[a-z]?)(?![\w])"
)
_UNITS_R54 = "een|twee|drie|vier|vijf|zes|zeven|acht|negen"
_TEENS_R54 = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
_TENS_R54 = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_NUMBER_WORDS_R54 = (
    rf"(?:(?:{_UNITS_R54})[ ]?(?:en|ën)[ ]?(?:{_TENS_R54})"
    rf"|{_UNITS_R54}|{_TEENS_R54}|{_TENS_R54}|honderd)"
)
# "kromme elleboog drie en twintig" answering "Wat is uw adres?"
_WORDS_ADDRESS_R54_RE = re.compile(
    rf"^([a-z][a-zà-ÿ'-]{{2,}}(?:[ ][a-z][a-zà-ÿ'-]{{2,}}){{0,2}}[ ]{_NUMBER_WORDS_R54})"
    r"(?=[ ]*(?:[.,!?;]|$)|[ ](?:in|te|,)\b)"
)
_ADDRESS_ASKED_R54_RE = re.compile(r"\b(?i:adres|woont u|waar woont|straat)\b[^.!]*\?\s*$")


def _more_homes(
    text: str,
    previous: str,
    spans: list[Span],
    lex: lexicon.Lexicon,
    has_digit: bool,
    widened: list[Span],
) -> list[Span]:
    """New homes; a found one made whole goes to ``widened``."""
    out: list[Span] = []
    if has_digit and holds_any(text, _ABBREVIATED_PARTS_R54):
        for m in _ABBREVIATED_STREET_R54_RE.finditer(text):
            stem = m.group(1).lower().rstrip(".")
            if stem in lex.dutch_words or street_suffix(stem) is not None:
                continue
            out.append(Span(m.start(), m.end(2), "ADDRESS"))
    addresses = [s for s in spans if s.label == "ADDRESS"]
    for s in addresses:
        if not has_digit:
            break
        m = _MORE_ROOMS_R54_RE.match(text, s.end)
        if m is not None and _ROOM_R54_RE.search(text[s.start : s.end]):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
        m = _RANGE_END_R54_RE.match(text, s.end)
        if m is not None and text[s.start : s.end].lower().startswith(("nr", "nummer")):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
        if s.start >= 3 and text[s.start - 1] == " ":
            # "jan steenstraat 12": a street named after a first name
            space = text.rfind(" ", 0, s.start - 1)
            first = text[space + 1 : s.start - 1]
            head = text[s.start : s.end].split(" ", 1)[0]
            if (
                first.lower() in lex.common_first_names
                and first[:1].islower() == head[:1].islower()
                and street_suffix(head.lower()) is not None
                and (
                    space < 0
                    or text[max(0, space - 4) : space].rstrip()[-1:] in ("", ",", ".", ":")
                )
            ):
                widened.append(Span(space + 1, s.end, "ADDRESS"))
    if (
        not has_digit
        and "ADDRESS" not in {s.label for s in spans}
        and previous.rstrip().endswith("?")
        and _ADDRESS_ASKED_R54_RE.search(previous)
    ):
        m = _WORDS_ADDRESS_R54_RE.match(text)
        if m is not None:
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    return out


# --- birth dates, plates and postcodes --------------------------------------------------------

_FOREIGN_MONTH_R54 = "|".join(sorted(map(re.escape, _FOREIGN_MONTHS), key=len, reverse=True))
_FOREIGN_CUE_DATE_R54_RE = re.compile(
    r"\b(?i:urodzon[aey]|ur\.|doğum[ ]tarihi[m]?|dogum[ ]tarihi[m]?|doğdu|născut[ăa]?|nascut[ăa]?|"
    r"народився|народилася|родился|родилась|born|geboren)[ :]*"
    rf"((?:0?[1-9]|[12]\d|3[01])\.?[ ](?i:{_FOREIGN_MONTH_R54})[ ](?:19|20)\d{{2}})(?![\w])"
)
_FOREIGN_PARTS_R54 = (
    "rodz", "ur.", "oğ", "ogum", "scut", "народ", "родил", "born", "geb", "Geb", "GEB", "irth",
)  # fmt: skip
# "geboren 1330/04/12": a year first (a Persian-calendar or an ISO date)
_YEAR_FIRST_R54_RE = re.compile(
    r"\b(?i:geboren|geb\.?|geboortedatum|born|birth)[ :]*(?:op[ ])?"
    r"((?:1[3-4]\d\d|19\d\d|20[0-2]\d)[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))(?![\w/.-])"
)
_DAY_R54 = (
    r"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[ ]?(?:en|ën)[ ]?twintig|"
    r"eenendertig|eenëndertig|een[ ]en[ ]dertig|"
    rf"een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|{_TEENS_R54}|twintig|dertig)"
)
_MONTH_WORD_R54 = f"{'|'.join(MONTH_NAMES)}|{_UNITS_R54}|tien|elf|twaalf"
_YEAR_WORDS_R54 = (
    rf"(?:(?:negentien|tweeduizend)[ ]?)?(?:(?:{_UNITS_R54})[ ]?(?:en|ën)[ ]?(?:{_TENS_R54})"
    rf"|{_TENS_R54}|{_TEENS_R54}|{_UNITS_R54})"
)
_WORDS_DATE_R54_RE = re.compile(
    rf"(?<![\w])({_DAY_R54}[ ](?:{_MONTH_WORD_R54})[ ]{_YEAR_WORDS_R54})(?![\w])", re.I
)
_WORDS_DATE_PARTS_R54 = ("tig ", "tien ", "elf ", "twaalf ")
_BIRTH_CUE_R54_RE = re.compile(
    r"(?i:geboren|geboortedatum|geb\.|geb[ ]|is[ ]van|ben[ ]van|birth|born)"
)
# "vt 519 x of vt 518 x"
_PLATE_OR_R54_RE = re.compile(r"[ ]of[ ]([A-Za-z0-9][A-Za-z0-9 -]{4,9}[A-Za-z0-9])(?![\w-])")
# "7941 C E"
_SPACED_POSTCODE_R54_RE = re.compile(r"(?<![\w])[1-9]\d{3}[ ][A-Z][ ][A-Z](?![\w])")


def _shape(value: str) -> str:
    return "".join("9" if c.isdigit() else "a" if c.isalpha() else c for c in value.lower())


def _more_data(text: str, previous: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    if holds_any(text, _FOREIGN_PARTS_R54):
        for m in _FOREIGN_CUE_DATE_R54_RE.finditer(text):
            out.append(Span(m.start(1), m.end(1), "DATE_OF_BIRTH"))
        for m in _YEAR_FIRST_R54_RE.finditer(text):
            out.append(Span(m.start(1), m.end(1), "DATE_OF_BIRTH"))
    if " of " in text:
        for s in spans:
            if s.label == "LICENSE_PLATE":
                m = _PLATE_OR_R54_RE.match(text, s.end)
                if m is not None and _shape(m.group(1)) == _shape(text[s.start : s.end]):
                    out.append(Span(m.start(1), m.end(1), "LICENSE_PLATE"))
    if ", " in text:
        for m in _SPACED_POSTCODE_R54_RE.finditer(text):
            if text.endswith(", ", 0, m.start()):
                out.append(Span(m.start(), m.end(), "POSTCODE"))
    return out


def _words_birth_dates(text: str, previous: str) -> list[Span]:
    out = []
    if _BIRTH_CUE_R54_RE.search(text) or _BIRTH_CUE_R54_RE.search(previous):
        for m in _WORDS_DATE_R54_RE.finditer(text):
            out.append(Span(m.start(1), m.end(1), "DATE_OF_BIRTH"))
    return out


def _replaced(spans: list[Span], more: list[Span]) -> list[Span]:
    """The new spans, with the addresses and persons they overlap dropped (a date read as an
    address and a name: "urodzony 14" "maja"); a new span overlapping anything else is none."""
    spans = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in spans]
    dropped: set[int] = set()
    added = []
    for m in more:
        met = []
        i = bisect_left(starts, m.end) - 1
        while i >= 0 and spans[i].end > m.start:
            met.append(i)
            i -= 1
        if all(spans[k].label in ("ADDRESS", "PERSON") for k in met):
            dropped.update(met)
            added.append(m)
    if not added:
        return spans
    return resolve([*(s for k, s in enumerate(spans) if k not in dropped), *added])


# --- the chat ---------------------------------------------------------------------------------


def chat_rules_r54(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Round 54, in place (see the module's docstring)."""
    lex = lexicon.load()
    cache: list[frozenset[str]] = []

    def known() -> frozenset[str]:
        if not cache:
            cache.append(_chat_surnames(texts, found, participants, lex))
        return cache[0]

    for index, text, spans, previous, has_digit in chat_messages(texts, found):
        labels = {s.label for s in spans}
        if (
            ("PHONE" in labels and _ORG_PHONE_GATE_R54_RE.search(text))
            or "IBAN" in labels
            or "BSN" in labels
            or ("DATE_OF_BIRTH" in labels and len(spans) > 1)
            or ("ADDRESS" in labels and _APPOINTMENT_GATE_R54_RE.search(text))
            or (
                "PERSON" in labels
                and (
                    holds_any(text, _PERSON_DOUBT_PARTS_R54)
                    or (has_digit and _MONTH_AFTER_DAY_R54_RE.search(text))
                )
            )
        ):
            spans = _no_persons_data(text, spans, lex)
        if "PERSON" in labels:
            spans = _persons_widened(text, spans, lex)
        more = _more_persons(text, spans, known, lex)
        widened: list[Span] = []
        more += _more_homes(text, previous, spans, lex, has_digit, widened)
        if widened:
            spans = _replaced(spans, widened)
        if has_digit:
            dates = _more_data(text, previous, spans)
            if dates:
                spans = _replaced(spans, dates)
        elif holds_any(text, _WORDS_DATE_PARTS_R54):
            dates = _words_birth_dates(text, previous)
            if dates:
                spans = _replaced(spans, dates)
        if more:
            spans = _merged(spans, more)
        found[index] = spans
