"""Round 53: causes behind the errors of blind_text_51, as rules over a chat's found spans.

- phones: a landline of the municipality or a firm by what is said around it ("Belt u gerust
  met ...", "Bel dan ...", "storingsdienst ...", "... = crisislijn", "... via de receptie",
  "Bouwbedrijf ... is ook te bereiken op ...", a signature with a role: "Groet, Sander
  wijkregisseur, ...");
- persons: a first name and a surname that is a capitalised word ("voorzitter Bram Mooi.");
  a surname in lower case that calls or reports ("zomer belde"), is visited ("bij vos op de
  dijk"), after "van der" or "de" where a person stands ("van de vries", "buurman de
  vries"), of no dictionary before a comma ("kwijtschelding demir, ..."), paired by "en" with
  a person or after a home by "bij"; a particle and a capitalised surname in a list ("fam
  Bosch, de Jong en Haan"); a common surname as a list's item ("Dijkstra (vis)"); a name the
  chat knows as a person's, then a surname ("gre visser", "rik Bakker"), alone in lower case
  or before a verb ("ab kan niet"), its initials ("jw" of Jan-Willem), clipped or made small
  closing a message ("top el", "👍 femk", "wintertje"); a first name after "vriendin" or sent
  a message ("ik stuur ahmed bericht");
- birth dates: a date with a Roman month answering the question ("2 IX 1990");
- homes: a house number with a capital toevoeging ("nr 70-A", said again: "70-B") or a Roman
  floor ("5-III"); a street of no known shape answering "welke straat?" or "adres?" ("Ezinge
  7 Meppel") or after "ik ben <name>."; an old or new street in lower case ("oude vaart 17");
  a street and number before a person in brackets; a number before its resident ("nr 11,
  mevr ..."), answering "welke buren?", in brackets after a person; a floor closing it
  ("Woldstraat 51 2");
- what is no person's: a club's or a bv's IBAN, a business's premises ("Adres van het café?",
  "..., loket 3", "Industrieweg 30 (Autobedrijf ...)"), an English form word ("Address?") or
  negation ("dont work"), Drents "mien" before a noun, a village after a first name ("paul
  nijeveen feest").

Each rule is gated by a cheap string test; the chat pass calls ``chat_rules_r53`` once per chat,
after round 52's rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from chats.redaction import lexicon
from chats.redaction.lexicon import street_suffix, words
from chats.redaction.organisations import shipped_names
from chats.redaction.rules_r51 import _is_landline
from chats.redaction.rules_r52 import (
    _BIRTH_ASKED_R52_RE,
    _DATE_R52_RE,
    _NOT_A_HOME_BEFORE_R52_RE,
    _house_int,
    _merged,
)
from chats.redaction.spans import Span, chat_messages

# --- phones -----------------------------------------------------------------------------------

# "... = crisislijn", "... is de storingslijn", "... via de receptie"
_ORG_LINE_AFTER_R53_RE = re.compile(
    r"[ ]*(?:=|is[ ](?:de|het|onze)[ ])[ ]*[a-z]*(?:lijn|dienst|desk|centrale)\b"
    r"|[ ]+via[ ](?:de|het)[ ](?:receptie|balie|centrale|telefooncentrale|servicedesk|"
    r"klantcontactcentrum|klantenservice)\b"
)
_ROLES_R53 = (
    r"wijkregisseur|wijkcoach|consulent|medewerker|coördinator|coordinator|handhaver|"
    r"toezichthouder|boa|adviseur|beleidsmedewerker|projectleider|teamleider|klantmanager|"
    r"casemanager|opzichter|beheerder|vergunningverlener"
)
_ORG_LINE_BEFORE_R53_RE = re.compile(
    # a service's line or desk: "storingsdienst riolering ...", "spoed ..."
    r"(?P<desk>\b[a-z]{3,}(?:lijn|dienst)|\b(?:storing|storingen|spoed|meldkamer|centrale|werf))"
    r"(?:[ ][a-z]+)?[ ]*:?[ ]*$"
    # the municipality's polite imperative: "Belt u gerust met ...", "Bel dan ..."
    r"|\b(?i:belt)[ ]u[ ](?:(?:gerust|maar|even|dan|ook)[ ])*(?:(?:met|op|naar)[ ])?$"
    r"|(?:^|[.!?,][ ]*)(?i:bel)[ ](?:dan|daarvoor|hiervoor|gerust)[ ](?:(?:met|op|naar)[ ])?$"
    # a signature with a role: "Groet, Sander wijkregisseur, ..."
    rf"|\b(?i:groet|groeten|gr|mvg)[,.]?[ ]+[A-Z][a-zà-ÿ]+[ ,]+(?:{_ROLES_R53})[ ]*,?[ ]*$"
    # a firm reached on it: "Bouwbedrijf Storm is op dit nummer ook te bereiken: ..."
    r"|\b[A-Z][a-zà-ÿ]*(?:bedrijf|bureau|garage|winkel|kantoor|praktijk|handel)\b[^.!?]{0,50}"
    r"\b(?:te[ ]bereiken|bereikbaar)[ ]*(?:op|via)?[ ]*:?[ ]*$"
)
# "mijn directe lijn", "zijn dienst": a person's
_OWN_BEFORE_R53 = words("directe eigen mijn zijn haar privé prive")
_ORG_LINE_GATE_R53_RE = re.compile(
    r"lijn|dienst|storing|spoed|meldkamer|centrale|werf|[Bb]el|[Gg]r|bereik|receptie"
)


def _without_org_lines(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for s in spans:
        if s.label == "PHONE" and _is_landline(text[s.start : s.end]):
            if _ORG_LINE_AFTER_R53_RE.match(text, s.end):
                continue
            m = _ORG_LINE_BEFORE_R53_RE.search(text, max(0, s.start - 80), s.start)
            if m is not None:
                if m.group("desk") is None:
                    continue
                before = text[: m.start("desk")].rstrip().rsplit(" ", 1)[-1].lower()
                if before not in _OWN_BEFORE_R53:
                    continue
        out.append(s)
    return out


# --- IBANs and premises -----------------------------------------------------------------------

_ORG_IBAN_BEFORE_R53_RE = re.compile(
    r"\b(?i:club|vereniging|stichting)[ ]"
    r"(?i:heeft|rekening|iban|rek\.?)[: ]*$"
)
_ORG_IBAN_AFTER_R53_RE = re.compile(
    r"[ ]+(?i:van)[ ](?i:de|het|onze)[ ]"
    r"(?i:bv|b\.v\.|club|vereniging|stichting|kerk|school)(?![\w])"
)
_PREMISES_ASKED_R53_RE = re.compile(
    r"\badres[ ]van[ ](?:het|de|uw|jullie)[ ](?:café|cafe|restaurant|bedrijf|winkel|zaak|"
    r"kantoor|pand|salon|kapsalon|praktijk|garage|hotel|bar|snackbar|club|vereniging|kerk|"
    r"school)\b"
)
_PREMISES_AFTER_R53_RE = re.compile(
    r"[ ]*,?[ ]*(?:loket|balie)[ ]\w"
    r"|[ ]*\([A-Z][a-zà-ÿ]*(?:bedrijf|garage|winkel|handel|bv|b\.v\.|kantoor|praktijk)\b"
)
# English form words asked as one word: "Address?"
_FORM_WORDS_R53 = words("address surname name phone email birthday")
_NO_NAME_HEADS_R53 = words(
    "mien address surname name phone email birthday dont don't doesnt didnt cant wont isnt"
)
_ENGLISH_NOT_R53 = words("dont don't doesnt didnt cant wont isnt")
# Drents "mien" (my) before a noun; a person before a verb ("mien komt morgen")
_VERBS_AFTER_MIEN_R53 = words(
    "is komt gaat heeft zegt belt wil kan moet doet was had zit staat woont en of die zei kwam"
)


# ("ik zet mien op de lijst": a person before a preposition or another link)
_LINKS_R53 = words(
    "op in aan bij met naar voor van de het een ook niet wel nog al even maar dan toch zelf er"
)


def _doubtful_persons(text: str, spans: list[Span]) -> bool:
    """Whether a PERSON opens with a word that may be none ("Address", "dont", "mien") or is
    two words in lower case (a village after a first name)."""
    for s in spans:
        if s.label == "PERSON":
            value = text[s.start : s.end]
            head = value.split(" ", 1)[0].lower()
            if head in _NO_NAME_HEADS_R53 or (value.count(" ") == 1 and value.islower()):
                return True
    return False


def _is_no_name(text: str, s: Span, lex: lexicon.Lexicon) -> bool:
    """A PERSON that is an English form word ("Address?"), starts with an English negation
    ("dont work") or is Drents "mien" (my) before a noun."""
    low = text[s.start : s.end].lower()
    if low in _FORM_WORDS_R53 or low.split(" ", 1)[0] in _ENGLISH_NOT_R53:
        return True
    return low == "mien" and text[s.start] == "m" and _mien_is_my(text[s.end :], lex)


def _mien_is_my(after: str, lex: lexicon.Lexicon) -> bool:
    """Drents "mien" (my) before a noun: "mien scootmobiel is kapot"."""
    words_after = after.split(" ", 2)
    if len(words_after) < 2:
        return False
    word = words_after[1]
    return word in lex.dutch_words and word not in _VERBS_AFTER_MIEN_R53 and word not in _LINKS_R53


def _premises_asked(previous: str) -> bool:
    return "dres van " in previous and _PREMISES_ASKED_R53_RE.search(previous.lower()) is not None


def _not_persons(text: str, premises: bool, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    out = []
    for s in spans:
        value = text[s.start : s.end]
        if s.label == "IBAN":
            if _ORG_IBAN_BEFORE_R53_RE.search(text, max(0, s.start - 40), s.start):
                continue
            if _ORG_IBAN_AFTER_R53_RE.match(text, s.end):
                continue
        elif s.label == "ADDRESS":
            if premises or _PREMISES_AFTER_R53_RE.match(text, s.end):
                continue
        elif s.label == "PERSON":
            low = value.lower()
            if _is_no_name(text, s, lex):
                continue
            if value.islower() and value.count(" ") == 1:
                last = low.rsplit(" ", 1)[1]
                if last in lex.places and last not in lex.surnames:
                    # ("paul nijeveen feest": a first name, then a village)
                    s = Span(s.start, s.start + value.index(" "), "PERSON")
        out.append(s)
    return out


# --- persons ----------------------------------------------------------------------------------

_GREETING_BEFORE_R53_RE = re.compile(
    r"(?:^|\b)(?i:hoi|hallo|hey|hee|hi|dag|beste|goedemorgen|goedemiddag|goedenavond|dank[ ]je|"
    r"dankjewel|dank[ ]u|bedankt|thanks|lieve|ja|nee|ok|oké|oke|top)[ ,!]*$"
)
# "Schildersbedrijf Hans Kloosterhuis", "Bakkerij Dirk Snijder": a firm named after its owner
_FIRM_KIND_BEFORE_R53_RE = re.compile(
    r"\b(?=[A-Z])[A-Za-zà-ÿ]*(?i:bedrijf|bakkerij|handel|winkel|kwekerij|slagerij|garage|"
    r"kapsalon|salon|praktijk|bureau|kantoor|service|verhuur|zaak)[ ]$"
)
_FIRST_CAP_GATE_R53_RE = re.compile(r"[ ][A-Z][a-zà-ÿ]{2,}[ ][A-Z]")
_FIRM_BEFORE_R53_RE = re.compile(r"\b(?:bij|van|naar|via|aan|door|met)[ ]$")
# "voorzitter Bram Mooi.", "Jan Mooi van CDA", "Ilse Koster GroenLinks"
_FIRST_CAP_R53_RE = re.compile(
    r"(?<![\w-])([A-Z][a-zà-ÿ]{2,})[ ]([A-Z][a-zà-ÿ]{2,})"
    r"(?=[ ]*(?:[,.;:!?)]|$)|[ ](?:van|en|uit)\b|[ ]\(|[ ](?P<next>[A-Z]))"
)
_PARTICLE_R53 = r"(?:(?:de|van|van[ ]der|van[ ]den|van[ ]de|ter|ten)[ ])?"
# "zomer belde", "vos meldt", "Wolf kijkt mee"
_REPORTS_R53_RE = re.compile(
    rf"(?:^|(?<=[.,!?:][ ]))({_PARTICLE_R53}[A-Za-z][a-zà-ÿ]{{2,}})[ ]"
    r"(?:belde|belt|meldt|meldde|appte|appt|mailde|mailt|klaagt|klaagde|kijkt[ ]mee)\b"
)
_REPORTS_GATE_R53_RE = re.compile(r"[ ](?:belde|belt|meld|appt|mailde|mailt|klaag|kijkt[ ]mee)")
# "bij kruit op t zuideinde"
_VISITED_R53_RE = re.compile(
    rf"\bbij[ ]({_PARTICLE_R53}[a-z][a-zà-ÿ]{{2,}})[ ](?:op|aan)[ ](?:de|t|'t|het|nr|nummer|\d)"
)
# "van der kolk", "de vries"
_PARTICLED_R53_RE = re.compile(r"(van[ ]d(?:er|en)|de)[ ]([a-z][a-zà-ÿ]{2,})(?![\w'@-])")
# "kwijtschelding demir, reggersweg", "karatas talmastraat -> ..."
_BARE_SURNAME_R53_RE = re.compile(
    r"(?<=[a-z][ ])([a-z][a-zà-ÿ]{3,})(?=,[ ][a-z])"
    r"|^([a-z][a-zà-ÿ]{3,})(?=[ ][a-z]+(?:straat|weg|laan|plein|kade|gracht|singel|dijk|hof|pad)\b)"
)
_STREET_WORD_GATE_R53_RE = re.compile(
    r"straat|weg\b|laan|plein|kade|gracht|singel|dijk|hof\b|pad\b"
)
# surnames after "de" that are also words, but rarely said after "de" as a word
_PARTICLED_WORDS_R53 = words("vries wit haan jong graaf bruin lange groot rooij ruiter leeuw")
_NOT_REPORTERS_R53 = words(
    "buurman buurvrouw melder bewoner moeder vader zoon dochter zus broer politie brandweer "
    "wijkagent boa iemand niemand klant mevrouw meneer"
)


def _is_word_surname(value: str, lex: lexicon.Lexicon) -> bool:
    """A surname in lower case standing where a person does: known as a surname, no frequent
    word, no not-name; after "de" (or none) no dictionary word either ("de zomer")."""
    low = value.lower()
    last = low.rsplit(" ", 1)[-1]
    if (
        last not in lex.surnames
        or last in lex.frequent_words
        or last in lex.not_names
        or last in _NOT_REPORTERS_R53
    ):
        return False
    return not (low.startswith(("de ", "van de ")) and last in lex.dutch_words)


@lru_cache(maxsize=1)
def _organisation_heads() -> frozenset[str]:
    """The shipped organisations' first two words, in lower case ("albert heijn", "hans anders")."""
    return frozenset(" ".join(name.lower().split()[:2]) for name in shipped_names())


def _first_cap_names(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    out: list[Span] = []
    ordered: list[Span] = []
    ends: list[int] = []
    for m in _FIRST_CAP_R53_RE.finditer(text):
        first, word = m.group(1).lower(), m.group(2).lower()
        if (
            first not in lex.common_first_names
            or word not in lex.dutch_words  # (a surname that is a word: "Mooi", "Koster")
            or not (word in lex.surnames or word in lex.frequent_words)
            or word in lex.first_names
            or word in lex.places
            or word in lex.not_names
            or street_suffix(word) is not None
            or f"{first} {word}" in _organisation_heads()
        ):
            continue
        if m.group("next") is not None and word not in lex.surnames:
            continue
        if not ordered and spans:
            ordered = sorted(spans, key=lambda s: s.end)
            ends = [s.end for s in ordered]
        i = bisect_left(ends, m.start() + 1)
        if i < len(ordered) and ordered[i].start < m.end():
            s = ordered[i]
            if (
                s.label != "PERSON"
                or s.end >= m.end()
                or (i + 1 < len(ordered) and ordered[i + 1].start < m.end())
            ):
                continue
        if _GREETING_BEFORE_R53_RE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if _FIRM_BEFORE_R53_RE.search(
            text, max(0, m.start() - 8), m.start()
        ) or _FIRM_KIND_BEFORE_R53_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # ("in behandeling bij Otto Ooms", "eigenaar van Yavuz Bouw": a firm)
        out.append(Span(m.start(), m.end(), "PERSON"))
    return out


def _lower_persons(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    out = []
    if _REPORTS_GATE_R53_RE.search(text):
        for m in _REPORTS_R53_RE.finditer(text):
            if _is_word_surname(m.group(1), lex):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    if "bij " in text:
        for m in _VISITED_R53_RE.finditer(text):
            if _is_word_surname(m.group(1), lex):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    if "de " in text or "van d" in text:  # (the openings _PARTICLED_R53_RE needs)
        out += _particled(text, lex)
    if text.islower() and (", " in text or _STREET_WORD_GATE_R53_RE.search(text)):
        for m in _BARE_SURNAME_R53_RE.finditer(text):
            word = m.group(m.lastindex or 1)
            if (
                word in lex.surnames
                and word not in lex.dutch_words
                and word not in lex.frequent_words
                and word not in lex.places
                and word not in lex.not_names
                and word not in lex.first_names
            ):
                out.append(Span(m.start(m.lastindex or 1), m.end(m.lastindex or 1), "PERSON"))
    return out


# where a surname stands: "van de vries", "die de vries", ", de wit,", "buurman de vries"
_PERSON_SLOT_BEFORE_R53_RE = re.compile(
    r"(?:\b(?:van|die|buurman|buurvrouw|meneer|mevrouw|mevr|dhr|mw|melder|bewoner|fam)\.?|,)[ ]$"
)


def _particled(text: str, lex: lexicon.Lexicon) -> list[Span]:
    """ "van der kolk"; "de vries" after "van", "die", a comma or opening the message (not "op
    de blankenstein": a street)."""
    out = []
    for m in _PARTICLED_R53_RE.finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "'"):
            continue
        last = m.group(2)
        if last in lex.not_names or (last in lex.places and last not in _PARTICLED_WORDS_R53):
            continue
        if m.group(1) != "de":  # "van der", "van den"
            if last not in lex.frequent_words or last in lex.surnames or len(last) >= 4:
                out.append(Span(start, m.end(2), "PERSON"))
            continue
        if last not in lex.surnames or last in lex.frequent_words:
            continue
        if last in lex.dutch_words and last not in _PARTICLED_WORDS_R53:
            continue  # ("de boer": the farmer)
        if start == 0 or _PERSON_SLOT_BEFORE_R53_RE.search(text, max(0, start - 12), start):
            out.append(Span(start, m.end(2), "PERSON"))
    return out


# "fam Pol, de Graaf en Mos": a particle and a capitalised surname in a list of persons
_LISTED_PARTICLE_R53_RE = re.compile(
    r"(?:,|\ben|\bfam\.?)[ ]"
    r"((?:de|van[ ]der|van[ ]den|ter|ten)[ ][A-Z][a-zà-ÿ]+)(?=[ ]*(?:[,.;?!]|$)|[ ]en[ ])"
)
# "gre visser", "rik Bakker", "jolanda van 't Hoog": a first name the chat knows, a surname
_THEN_SURNAME_R53_RE = re.compile(
    r"[ ]((?:van[ ]der|van[ ]den|van[ ]'t|ter|ten)[ ][A-Z][a-zà-ÿ]{2,}"
    r"|[A-Za-z][a-zà-ÿ]{2,})(?![\w'@-])"
)
_TOKEN_R53_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
# "haan en visser": a second person paired by "en"
_PAIRED_R53_RE = re.compile(r"[ ]en[ ]([a-z][a-zà-ÿ]{2,})(?![\w'@-]|[ ][A-Z])")
_BIJ_AFTER_HOME_R53_RE = re.compile(r"[ ]bij[ ]([a-z][a-zà-ÿ]{2,})(?![\w'@-])")


def _may_list_particles(text: str) -> bool:
    """False only where _LISTED_PARTICLE_R53_RE finds nothing: a particle follows ", ", "en "
    or "fam" (2.4 us a search; these tests pass a third of the messages a particle holds)."""
    return (
        ", d" in text
        or ", v" in text
        or ", t" in text
        or "en d" in text
        or "en v" in text
        or "en t" in text
        or "fam" in text
    )


def _listed_particles(text: str, lex: lexicon.Lexicon) -> list[Span]:
    out = []
    for m in _LISTED_PARTICLE_R53_RE.finditer(text):
        last = m.group(1).rsplit(" ", 1)[-1].lower()
        if last in lex.surnames and last not in lex.places and last not in lex.not_names:
            out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


def _known_names(
    text: str,
    low_text: str,
    spans: list[Span],
    token_names: tuple[str, ...],
    firsts: frozenset[str],
    initials: frozenset[str],
    lex: lexicon.Lexicon,
) -> list[Span]:
    """A first name the chat knows as a person's, followed by a surname ("gre visser"), and the
    initials of a hyphenated one ("jw" of Jan-Willem)."""
    out: list[Span] = []
    occurrences = _whole_tokens(low_text, token_names)
    if not occurrences:
        return out
    persons = sorted((s.start, s.end) for s in spans if s.label == "PERSON")
    starts = [a for a, _ in persons]
    for start, end in occurrences:
        low = low_text[start:end]
        i = bisect_right(starts, start) - 1
        if i >= 0 and persons[i][1] > start:
            after = _THEN_SURNAME_R53_RE.match(text, end)
            if after is None or persons[i][1] >= after.end(1):
                continue  # (found as it stands)
        if (
            low in firsts
            and low not in lex.not_names
            and (low not in lex.frequent_words or _opens_before_a_verb(text, start, end))
        ):
            if (
                _opens_before_a_verb(text, start, end)
                or (text[start:end].islower() and low not in lex.dutch_words)
            ) and not _is_no_name(text, Span(start, end, "PERSON"), lex):
                out.append(Span(start, end, "PERSON"))
            after = _THEN_SURNAME_R53_RE.match(text, end)
            if (
                after is not None
                and _is_surname_after_first(after.group(1), lex)
                and f"{low} {after.group(1).lower()}" not in _organisation_heads()
                and not _FIRM_KIND_BEFORE_R53_RE.search(text, max(0, start - 30), start)
            ):
                out.append(Span(start, after.end(1), "PERSON"))
        elif len(low) == 2 and low in initials and low not in lex.dutch_words:
            after = _THEN_SURNAME_R53_RE.match(text, end)
            end = end
            if after is not None and _is_word_surname(after.group(1), lex):
                end = after.end(1)
            out.append(Span(start, end, "PERSON"))
    return out


# what follows a name in a firm's name ("Öztürk Bouw") or links two names ("Klaus und ...")
_FIRM_WORDS_R53 = words(
    "bouw onderhoud transport tuinen sloopwerken advocaten installatie installaties techniek "
    "schilders makelaardij notariaat events attracties sportvelden verhuur schoonmaak service "
    "services groep holding"
)
_LINK_WORDS_R53 = words("und and y et e")


def _is_surname_after_first(value: str, lex: lexicon.Lexicon) -> bool:
    """A surname after a first name: a capitalised one no first name, or in lower case one of
    the common surnames ("gre visser"; not "Noa thuis", "Henk rijdt")."""
    last = value.rsplit(" ", 1)[-1]
    low = last.lower()
    if " " in value:  # after a particle: "jolanda van 't Hoog"
        return last[0].isupper() and low not in lex.not_names and low not in _FIRM_WORDS_R53
    if low in lex.frequent_words or low in lex.not_names or low in lex.first_names:
        return False
    if low in _FIRM_WORDS_R53 or low in _LINK_WORDS_R53:
        return False
    if low in lex.places:
        return False
    if last[0].isupper():
        return low in lex.surnames
    return low in lex.common_surnames


_FINITE_AFTER_R53_RE = re.compile(
    r"[ ](?:kan|komt|is|heeft|gaat|doet|zegt|wil|moet|zit|belt|was|had|neemt|regelt)\b"
)


def _opens_before_a_verb(text: str, start: int, end: int) -> bool:
    """A name opening the message before a verb: "ab kan niet"."""
    return start == 0 and _FINITE_AFTER_R53_RE.match(text, end) is not None


def _whole_tokens(low_text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where the names a message holds stand as whole tokens, in order (``names``: the chat's
    names shaped as a token, ``_token_names``; a name stands as a whole token where its
    neighbours are neither letters, digits, "-" nor "_", so no tokenising is needed)."""
    out = []
    for name in filter(low_text.__contains__, names):  # (the test in C: most names are absent)
        at = low_text.find(name)
        while at != -1:
            end = at + len(name)
            before = low_text[at - 1] if at else " "
            after = low_text[end] if end < len(low_text) else " "
            if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
                out.append((at, end))
            at = low_text.find(name, end)
    out.sort()
    return out


def _token_names(names: frozenset[str]) -> tuple[str, ...]:
    """The names that can stand as a whole token (letters, once joined by "-"), in order."""
    return tuple(sorted(name for name in names if _TOKEN_R53_RE.fullmatch(name)))


def _initials(firsts: frozenset[str]) -> frozenset[str]:
    return frozenset(
        head[0] + tail[0]
        for head, _, tail in (first.partition("-") for first in firsts if first.count("-") == 1)
        if head and tail
    )


def _near_persons_and_homes(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    """A surname in lower case paired with a person by "en" ("haan en visser") or after a home
    by "bij" ("oude vaart 17 bij kroon")."""
    out = []
    for s in spans:
        if s.label == "PERSON":
            m = _PAIRED_R53_RE.match(text, s.end)
            if m is not None and _is_word_surname(m.group(1), lex):
                word = m.group(1)
                if word in lex.common_surnames or word not in lex.dutch_words:
                    out.append(Span(m.start(1), m.end(1), "PERSON"))
        elif s.label == "ADDRESS":
            m = _BIJ_AFTER_HOME_R53_RE.match(text, s.end)
            if m is not None and _is_word_surname(m.group(1), lex):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


# "zijn vriendin demi", "ik stuur ahmed bericht"
_SENT_GATE_R53_RE = re.compile(r"(?:stuur|app|bel|mail|vraag|spreek)[ ][a-z]")
_FRIEND_NAME_R53_RE = re.compile(
    r"(?:vriend|vriendin|vriendje|collega|partner|verloofde|schoonzoon|schoondochter|kleinzoon|"
    r"kleindochter|neef|nicht)[ ]([a-z][a-zà-ÿ]{2,})(?![\w'@-])"
)
_SENT_NAME_R53_RE = re.compile(
    r"(?:stuur|app|bel|mail|vraag|spreek)[ ]([a-z][a-zà-ÿ]{2,})[ ](?:een[ ])?"
    r"(?:bericht|berichtje|mail|mailtje|appje|even|terug|straks|morgen)\b"
)
# "wachtlijst: Dijkstra (vis), fam. Kok (kaas)": a common surname as a list's item
_LISTED_SURNAME_R53_RE = re.compile(r"[:,][ ]([A-Z][a-zà-ÿ]{2,})(?=[ ]\(|,[ ]|[ ]en[ ])")


def _has_friend_cue(text: str) -> bool:
    """Whether the text holds a cue word of _FRIEND_NAME_R53_RE, as substring tests in C (a
    pattern of them: 0.6 us a message, these 0.25 us)."""
    return (
        "vriend" in text
        or "collega" in text
        or "partner" in text
        or "verloofde" in text
        or "schoon" in text
        or "klein" in text
        or "neef" in text
        or "nicht" in text
    )


def _may_send(text: str) -> bool:
    """False only where _SENT_GATE_R53_RE finds nothing: its verbs and a space, as substring
    tests in C."""
    return (
        "stuur " in text
        or "app " in text
        or "bel " in text
        or "mail " in text
        or "vraag " in text
        or "spreek " in text
    )


def _named_after_cues(
    text: str, labels: set[str], friend: bool, sent: bool, lex: lexicon.Lexicon
) -> list[Span]:
    """``friend``: the text holds a cue of _FRIEND_NAME_R53_RE (``_has_friend_cue``); ``sent``:
    _SENT_GATE_R53_RE finds one (the chat pass tests both once)."""
    out = []
    regexes = []
    if friend:
        regexes.append(_FRIEND_NAME_R53_RE)
    if sent:
        regexes.append(_SENT_NAME_R53_RE)
    for regex in regexes:
        for m in regex.finditer(text):
            word = m.group(1)
            if (
                word in lex.common_first_names
                and word not in lex.frequent_words
                and word not in lex.not_names
            ):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    if "PERSON" in labels and ("(" in text or ": " in text):
        for m in _LISTED_SURNAME_R53_RE.finditer(text):
            low = m.group(1).lower()
            if (
                low in lex.common_surnames
                and low not in lex.dutch_words
                and low not in lex.first_names
                and low not in lex.places
                and low not in lex.not_names
            ):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


# --- clipped names closing a message ----------------------------------------------------------

_CLOSERS_R53 = words(
    "top ok oke oké dank dankje dankjewel thx thanks bedankt dan groet groetjes gr doei fijn "
    "prima super check ja jep yes hoi hey hee"
)
_DIMINUTIVES_R53 = ("tje", "je", "netje", "ie", "tjes")


def _clipped_names(
    text: str,
    spans: list[Span],
    firsts: frozenset[str],
    surnames: frozenset[str],
    lex: lexicon.Lexicon,
) -> list[Span]:
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1  # (emoji, punctuation and spaces after the last word)
    start = text.rfind(" ", 0, end) + 1
    word = text[start:end]
    if not (2 <= len(word) <= 14 and word.isalpha() and word.islower()):
        return []
    if word in lex.frequent_words or word in lex.not_names or word in _CLOSERS_R53:
        return []
    tail = text[:start].rstrip()
    if tail and tail[-1].isalnum():
        if tail.rsplit(" ", 1)[-1].lower() not in _CLOSERS_R53:
            return []
    elif tail and tail[-1] in ",;:-":
        return []
    known = any(
        first == word or (first.startswith(word) and 0 < len(first) - len(word) <= 3)
        for first in firsts
    ) or any(word == surname + ending for surname in surnames for ending in _DIMINUTIVES_R53)
    if not known or any(s.start < end and start < s.end for s in spans):
        return []
    return [Span(start, end, "PERSON")]


def _chat_persons(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str], lex: lexicon.Lexicon
) -> tuple[frozenset[str], frozenset[str]]:
    """The first names of the chat's persons (participants and every PERSON found: a first name
    known as one, or a name that is neither a surname nor a word, "gre") and its participants'
    surnames, in lower case."""
    firsts: set[str] = set()
    surnames: set[str] = set()
    for name in participants:
        parts = name.lower().split()
        if len(parts) >= 2 and parts[0] in lex.first_names:
            firsts.add(parts[0])
            surnames.add(parts[-1])
            if len(parts) >= 3 and parts[1] in lex.common_first_names:
                firsts.add(f"{parts[0]}-{parts[1]}")  # ("Willem Jan Zonneveld": "wj")
    for text, spans in zip(texts, found, strict=False):
        for s in spans:
            if s.label == "PERSON":
                head = text[s.start : s.end].split(" ", 1)[0].lower()
                if head in firsts:
                    continue
                if head in _NO_NAME_HEADS_R53 and _is_no_name(text, s, lex):
                    continue  # (dropped below)
                if (
                    len(head) >= 2
                    and head.replace("-", "").isalpha()
                    and (
                        head in lex.first_names
                        or (head not in lex.surnames and head not in lex.dutch_words)
                    )
                ):
                    firsts.add(head)
    return frozenset(firsts), frozenset(s for s in surnames if len(s) >= 3 and s.isalpha())


# --- birth dates ------------------------------------------------------------------------------

_ROMAN_DATE_R53_RE = re.compile(
    r"(?<![\w])(?:0?[1-9]|[12]\d|3[01])[ .-](?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[ .-]"
    r"(?:19|20)\d{2}(?![\w])"
)


def _roman_birth_dates(text: str, previous: str) -> list[Span]:
    if not (previous.rstrip().endswith("?") and _BIRTH_ASKED_R52_RE.search(previous)):
        return []
    roman = [Span(m.start(), m.end(), "DATE_OF_BIRTH") for m in _ROMAN_DATE_R53_RE.finditer(text)]
    if not roman:
        return []
    return roman + [Span(m.start(), m.end(), "DATE_OF_BIRTH") for m in _DATE_R52_RE.finditer(text)]


# --- homes ------------------------------------------------------------------------------------

_CAPITAL_TOEVOEGING_R53_RE = re.compile(
    r"(?P<nr>\b(?:[Nn]r\.?|[Nn]ummer)[ ]?)?(?<![\w-])(?P<n>[1-9]\d{0,2})-?[A-D](?![\w])"
)
_CAPITAL_GATE_R53_RE = re.compile(r"\d-?[A-D](?![\w])")
_SAID_AGAIN_R53_RE = re.compile(r"[ ]*[.!]?[ ]*$")
_STREET_ASKED_R53_RE = re.compile(r"welke[ ]straat|\badres\b|\baddress\b")
_STREET_ANSWER_R53_RE = re.compile(
    r"[ ]*((?:[A-Z][a-zà-ÿ]{3,})(?:[ ][A-Z][a-zà-ÿ]+)?[ ][1-9]\d{0,2}[a-d]?)"
    r"(?=[ ]*(?:$|[.,!]|[ ][A-Z][a-zà-ÿ]+[ ]*[.!]?$))"
)
_INTRODUCED_R53_RE = re.compile(
    r"\bik[ ]ben[ ][A-Z][a-zà-ÿ]+[.,][ ]+([A-Z][a-zà-ÿ]{3,}(?:[ ][A-Z][a-zà-ÿ]+)?[ ][1-9]\d{0,2}"
    r"[a-d]?)[ ]*[.!]?$"
)
# "lijsterbes 5-III": a floor in Roman numerals after a street and number
_ROMAN_FLOOR_R53_RE = re.compile(
    r"(?<![\w])((?:[A-Za-z][a-zà-ÿ]{3,}[ ])?[1-9]\d{0,2}-(?:I|II|III|IV|V|VI))(?![\w-])"
)
_LOWER_STREET_R53_RE = re.compile(
    r"\b((?:oude|nieuwe|kleine|grote|lange|korte|hoge|lage)[ ]"
    r"(?:vaart|gracht|kade|dijk|weg|markt|haven|sluis|straat|steeg|singel|es|veld|kamp)"
    r"[ ][1-9]\d{0,2}[a-d]?)(?![\w]|[ ]?(?:keer|x|maal|uur|meter|m\b|km))"
)


def _homes(text: str, previous: str, spans: list[Span], houses: set[int]) -> list[Span]:
    out = []
    if ("A" in text or "B" in text or "C" in text or "D" in text) and _CAPITAL_GATE_R53_RE.search(
        text
    ):
        for m in _CAPITAL_TOEVOEGING_R53_RE.finditer(text):
            if m.group("nr") is not None:
                if not _NOT_A_HOME_BEFORE_R52_RE.search(text, max(0, m.start() - 20), m.start()):
                    out.append(Span(m.start(), m.end(), "ADDRESS"))
            elif int(m.group("n")) in houses and _SAID_AGAIN_R53_RE.match(text, m.end()):
                opening = text[: m.start("n")].rstrip()
                if not opening or opening[-1] in ".!?":
                    out.append(Span(m.start("n"), m.end(), "ADDRESS"))
    if previous.endswith("?") and _STREET_ASKED_R53_RE.search(previous.lower()):
        m = _STREET_ANSWER_R53_RE.match(text)
        if m is not None and street_suffix(m.group(1).split(" ", 1)[0]) is None:
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    if "k ben " in text:
        m = _INTRODUCED_R53_RE.search(text)
        if m is not None and street_suffix(m.group(1).split(" ", 1)[0]) is None:
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    if "-I" in text or "-V" in text:
        out += [Span(m.start(1), m.end(1), "ADDRESS") for m in _ROMAN_FLOOR_R53_RE.finditer(text)]
    if _has_old_or_new(text):
        for m in _LOWER_STREET_R53_RE.finditer(text):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    return out


# "Oosterboer 9 (Hennie Vos, dak)", "Kolderveen 51 (huurder Ferry Bos)": a home in a list
_HOME_OF_PERSON_R53_RE = re.compile(
    r"(?<![\w])([A-Z][a-zà-ÿ]{3,}(?:[ ][A-Z][a-zà-ÿ]+)?[ ][1-9]\d{0,2}[a-d]?)[ ]\("
    r"(?:(?:huurder|eigenaar|bewoner|bewoonster|mevr|mevrouw|dhr|meneer|fam)\.?[ ])?"
)
# "Woldstraat 51 2": a floor after the number, closing the message
_FLOOR_AFTER_R53_RE = re.compile(r"[ ][1-9][ ]*[.!]?$")


def _homes_of_persons(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    out = []
    starts = {s.start for s in spans if s.label == "PERSON"}
    for m in _HOME_OF_PERSON_R53_RE.finditer(text):
        if m.end() in starts and m.group(1).split(" ", 1)[0].lower() not in lex.not_names:
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    return out


def _with_floor(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for s in spans:
        if s.label == "ADDRESS" and text[s.end - 1 : s.end].isdigit():
            m = _FLOOR_AFTER_R53_RE.match(text, s.end)
            if m is not None:
                s = Span(s.start, s.end + 2, "ADDRESS")
        out.append(s)
    return out


# "en nr 11, mevr zomer?": a house number before its resident
_NUMBER_OF_RESIDENT_R53_RE = re.compile(
    r"\b(?:[Nn]r\.?|[Nn]ummer)[ ]?[1-9]\d{0,2}[a-d]?(?=,?[ ]+(?:mevr|mevrouw|dhr|meneer|mw|fam)\b)"
)
# "welke buren?" - "10, Kevin Bosch en ...": a bare number opening the answer, then its resident
_NEIGHBOURS_ASKED_R53_RE = re.compile(r"\bwelke[ ](?:buren|buurman|buurvrouw|huis|woning)\b")
_OPENING_NUMBER_R53_RE = re.compile(r"([1-9]\d{0,2}[a-d]?),?[ ]+")
# "Ab Bakker (22a)" in a list of persons and their homes in brackets
_BRACKETED_NUMBER_R53_RE = re.compile(r"[ ]\(((?:nr\.?[ ]?)?[1-9]\d{0,2}[a-d]?)\)")


def _numbers_of_residents(text: str, previous: str, spans: list[Span]) -> list[Span]:
    out = []
    person_starts = {s.start for s in spans if s.label == "PERSON"}
    if "mevr" in text or "dhr" in text or "mene" in text or " mw" in text or " fam" in text:
        out += [
            Span(m.start(), m.end(), "ADDRESS") for m in _NUMBER_OF_RESIDENT_R53_RE.finditer(text)
        ]
    if previous.endswith("?") and _NEIGHBOURS_ASKED_R53_RE.search(previous.lower()):
        m = _OPENING_NUMBER_R53_RE.match(text)
        if m is not None and m.end() in person_starts:
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    if "(" in text and any(
        s.label == "ADDRESS" and text[s.start - 1 : s.start] == "(" for s in spans if s.start
    ):
        ends = {s.end for s in spans if s.label == "PERSON"}
        for m in _BRACKETED_NUMBER_R53_RE.finditer(text):
            if m.start() in ends:
                out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    return out


def _has_old_or_new(text: str) -> bool:
    """Whether the text holds an opening word of _LOWER_STREET_R53_RE and a space, as substring
    tests in C (0.65 -> 0.25 us a message)."""
    return (
        "oude " in text
        or "nieuwe " in text
        or "kleine " in text
        or "grote " in text
        or "lange " in text
        or "korte " in text
        or "hoge " in text
        or "lage " in text
    )


# --- the chat ---------------------------------------------------------------------------------


def chat_rules_r53(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Round 53, in place (see the module's docstring)."""
    lex = lexicon.load()
    firsts, surnames = _chat_persons(texts, found, participants, lex)
    initials = _initials(firsts)
    names = firsts | initials
    token_names = _token_names(names)
    houses: set[int] = set()
    for index, text, spans, previous, has_digit in chat_messages(texts, found):
        labels = {s.label for s in spans}
        premises = _premises_asked(previous)
        if "PHONE" in labels and _ORG_LINE_GATE_R53_RE.search(text):
            spans = _without_org_lines(text, spans)
        if (
            "IBAN" in labels
            or (
                "ADDRESS" in labels
                and (premises or "(" in text or "loket" in text or "balie" in text)
            )
            or ("PERSON" in labels and _doubtful_persons(text, spans))
        ):
            spans = _not_persons(text, premises, spans, lex)
        more = _lower_persons(text, spans, lex)
        if ("PERSON" in labels and " en " in text) or ("ADDRESS" in labels and " bij " in text):
            more += _near_persons_and_homes(text, spans, lex)
        if "PERSON" in labels:
            if "(" in text:
                more += _homes_of_persons(text, spans, lex)
            if (" de " in text or " van d" in text or " ter " in text or " ten " in text) and (
                _may_list_particles(text)
            ):
                more += _listed_particles(text, lex)
        if names:
            low = text.lower()
            if len(low) == len(text):
                more += _known_names(text, low, spans, token_names, firsts, initials, lex)
        if _FIRST_CAP_GATE_R53_RE.search(text) or _FIRST_CAP_GATE_R53_RE.match(" " + text[:40]):
            more += _first_cap_names(text, spans, lex)
        friend = _has_friend_cue(text)
        sent = _may_send(text) and _SENT_GATE_R53_RE.search(text) is not None
        if friend or sent or ("PERSON" in labels and ("(" in text or ": " in text)):
            more += _named_after_cues(text, labels, friend, sent, lex)
        if len(text) < 60 and firsts:
            more += _clipped_names(text, spans, firsts, surnames, lex)
        if has_digit:
            more += _homes(text, "" if premises else previous, spans, houses)
            if (
                "(" in text
                or previous.endswith("?")
                or "mevr" in text
                or "dhr" in text
                or "mene" in text
                or " mw" in text
                or " fam" in text
            ):
                more += _numbers_of_residents(text, previous, spans)
            if "I" in text or "V" in text or "X" in text:
                more += _roman_birth_dates(text, previous)
        if more:
            spans = _merged(spans, more)
            if " bij " in text and "ADDRESS" not in labels:
                extra = _near_persons_and_homes(text, spans, lex)
                if extra:
                    spans = _merged(spans, extra)
        if "ADDRESS" in labels or more:
            spans = _with_floor(text, spans)
            for s in spans:
                if s.label == "ADDRESS":
                    n = _house_int(text[s.start : s.end])
                    if n is not None:
                        houses.add(n)
        found[index] = spans
