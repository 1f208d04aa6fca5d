"""Names of organisations, buildings and systems that are never a person.

``data/organisations.txt`` holds the ones the project knows ("De Sprong", "Mobi Zorg", "Rova");
the municipality adds its own through ``OrganisationContacts.names`` (kept by Beheer). A person
the name finder reports inside such a name is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from chats.redaction import lexicon
from chats.redaction.spans import Span


def shipped_names() -> tuple[str, ...]:
    """The names in ``data/organisations.txt`` ('#' lines are comments)."""
    lines = (lexicon.DATA / "organisations.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _alternative(name: str, dutch_words: frozenset[str]) -> str:
    return "|".join(_alternatives(name, dutch_words))


def _alternatives(name: str, dutch_words: frozenset[str]) -> list[str]:
    words = name.split()
    body = lexicon.spaced(words)
    # "Rova" is also written "rova"; "De Sprong" only with its capitals ("de sprong" is a jump).
    if len(words) == 1 and name.lower() not in dutch_words:
        return [f"(?i:{body})"]
    # ... but written as one word in any case ("mobizorg", "DeSprong"), unless that is a word.
    joined = "".join(words)
    if len(words) > 1 and joined.lower() not in dutch_words:
        return [body, f"(?i:{re.escape(joined)})"]
    return [body]


def _first_letter(name: str) -> str:
    """The ASCII letter (lower case) that the name's first character is in either case ("k"
    for "K" and for the Kelvin sign), or "" for a digit, a quote or another letter."""
    for form in (name[0].lower(), name[0].upper().lower()):
        if form[0].isascii() and form[0].isalpha():
            return form[0]
    return ""


def _by_first_letter(names: list[str], alternatives: list[str]) -> str:
    """The names' alternatives, in their order, grouped by their first letter behind a look-ahead
    for it: the engine tries two dozen look-aheads at each word instead of every name (hundreds;
    most of the pattern's time). No character opens names of two groups, and a group keeps its
    names' order, so the pattern matches what the plain alternation of ``alternatives`` does."""
    groups: dict[str, list[str]] = {}
    for name, alternative in zip(names, alternatives, strict=True):
        groups.setdefault(_first_letter(name), []).append(alternative)
    return "|".join(
        f"(?=(?i:{letter}))(?:{'|'.join(alts)})" if letter else f"(?:{'|'.join(alts)})"
        for letter, alts in groups.items()
    )


@lru_cache(maxsize=16)
def organisation_pattern(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One pattern for the shipped names plus ``extra`` (the municipality's own list)."""
    dutch = lexicon.load().dutch_words
    names = sorted({n.strip() for n in (*shipped_names(), *extra) if n.strip()}, key=len)
    longest_first = list(reversed(names))
    body = _by_first_letter(longest_first, [_alternative(n, dutch) for n in longest_first])
    pattern = re.compile(rf"(?<![\w@.])(?:{body})(?![\w@])")
    # Round speed51: on an ASCII text, the same names as a WordAlternation's ASCII form (the
    # plain alternation of the names, longest first, which the groups above match alike).
    every = [alt for name in longest_first for alt in _alternatives(name, dutch)]
    _ASCII_BY_ID[id(pattern)] = (pattern, lexicon.WordAlternation(r"\w@.", every, r"(?![\w@])"))
    _NEEDED_WORDS[pattern] = organisation_words(extra)
    _NEEDED_BY_ID[id(pattern)] = (pattern, _NEEDED_WORDS[pattern])
    return pattern


@lru_cache(maxsize=16)
def organisation_words(extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The words of organisation_pattern(extra)'s names of which a text must hold one as a word
    of its own (in some case) to hold a name: each name's longest word, and the name written as
    one word. Round speed57: read without compiling the pattern (may_name_organisation)."""
    needed = set()
    for name in {n.strip() for n in (*shipped_names(), *extra) if n.strip()}:
        parts = _WORD_RE.findall(name.lower())
        if parts:
            needed.add(max(parts, key=len))
            needed.add("".join(parts))
    return frozenset(needed)


def may_name_organisation(text: str, needed: frozenset[str]) -> bool:
    """False only where ``without_organisations`` returns the persons as they are, since
    ``text`` holds none of the ``needed`` words (organisation_words) that its pattern's names
    need: its own first test. Round speed57: a chat with a firm among its participants makes
    its own organisation pattern (the shipped names and the firm, ~25 ms to compile its two
    forms), which the detector now compiles only where a text passes this test."""
    low = text.lower()
    words = (_ASCII_WORD_RE if low.isascii() else _WORD_RE).findall(low)
    return not needed.isdisjoint(words)


# ("\w+" as "\w\w*": a pattern opening with a class lets the regex engine skip to it in C;
# one opening with a repeat is tried at every character. Round speed48.)
_WORD_RE = re.compile(r"\w\w*")
_ASCII_WORD_RE = lexicon.ascii_twin(_WORD_RE)  # on an ASCII text (faster, the same words)
_NEEDED_WORDS: dict[re.Pattern[str], frozenset[str]] = {}
# The same by the pattern's id (the entry keeps the pattern, so the id stays its own): hashing a
# pattern hashes all of its compiled code, tens of microseconds for this one.
_NEEDED_BY_ID: dict[int, tuple[re.Pattern[str], frozenset[str]]] = {}


# Round speed51: each pattern's names as a WordAlternation, by its id (the entry keeps the
# pattern, so the id stays its own).
_ASCII_BY_ID: dict[int, tuple[re.Pattern[str], lexicon.WordAlternation]] = {}


def _ascii_form(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``'s form for an ASCII text where organisation_pattern made it; else itself."""
    entry = _ASCII_BY_ID.get(id(pattern))
    return entry[1].ascii_pattern if entry is not None and entry[0] is pattern else pattern


def _needed_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    entry = _NEEDED_BY_ID.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    return _NEEDED_WORDS.get(pattern)


def without_organisations(
    text: str, persons: Iterable[Span], pattern: re.Pattern[str]
) -> list[Span]:
    """``persons`` minus those inside (or overlapping) an organisation's name in ``text``."""
    persons = list(persons)
    if not persons:
        return persons
    needed = _needed_words(pattern)
    low = text.lower()
    words = (_ASCII_WORD_RE if low.isascii() else _WORD_RE).findall(low)
    if needed is not None and needed.isdisjoint(words):
        return persons
    names = [m.span() for m in (_ascii_form(pattern) if text.isascii() else pattern).finditer(text)]
    if not names:
        return persons
    kept = []
    for person in persons:
        inside = [(s, e) for s, e in names if person.start < e and s < person.end]
        if (
            not inside
            or _surname_after_title(text, person, inside)
            or _surname_after_first_name(text, person, inside)
        ):
            kept.append(person)
            continue
        # "Bouwhuis van GroenLinks-PvdA": the name ends before "van <organisation>".
        first = min(s for s, _ in inside)
        head = _TRAILING_LINK_RE.sub("", text[person.start : first])
        # What is left must still be a name: one capitalised word or several words.
        if first > person.start and head and (head[:1].isupper() or len(head.split()) > 1):
            if _role_of_the_named(text, person.start, head, text[person.start : first]):
                continue
            if head.lower() in _ARTICLES_ALONE:
                continue  # Round 39: "De Icare auto": the article of the organisation's name

            kept.append(Span(person.start, person.start + len(head), person.label))
    return kept


_WORD_BEFORE_RE = re.compile(r"([\w.]+)[ ]+$")
# Where a sentence opens: the text's start, or after a full stop, "!", "?" or a colon.
_SENTENCE_OPENS_RE = re.compile(r"(?:^|[.!?:][ ]+)$")


def _role_of_the_named(text: str, start: int, head: str, before_name: str) -> bool:
    """Round 39: "Schipper van de Johanna belt", "Beheerder van het Dorpshuis": an everyday
    word opening the sentence, then "van de"/"van het" and the organisation's name, is a role
    there (its capital only the sentence's), no person; "Bouwhuis van GroenLinks" stays."""
    low = head.lower()
    lex = lexicon.load()
    return (
        " " not in head
        and low in lex.dutch_words
        and low not in lex.first_names
        and before_name.rstrip().lower().endswith((" van de", " van het"))
        and _SENTENCE_OPENS_RE.search(text, max(0, start - 3), start) is not None
    )


# English titles beside the Dutch ones of lexicon.TITLES
_ENGLISH_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "mister", "sir", "madam"})


def _surname_after_title(text: str, person: Span, inside: list[tuple[int, int]]) -> bool:
    """review45: "mevrouw Cargill", "Mw. Ogterop", "Mrs Strukton": a title names a person whose
    surname, one word, a firm or a building also bears."""
    if len(inside) != 1:
        return False
    start, end = inside[0]
    if end != person.end or start < person.start or " " in text[start:end]:
        return False
    head = text[person.start : start].strip().lower()
    if head:
        return head in lexicon.TITLES or head in _ENGLISH_TITLES
    return _title_before(text, start)


def _surname_after_first_name(text: str, person: Span, inside: list[tuple[int, int]]) -> bool:
    """review46: "Els Vermeiren", "Jan Spie", "Dirk Heras": a first name right before one word
    an organisation bears, closing the span, makes that word a surname (a firm so listed is
    named alone or after its kind, "bij Heras", "hekwerk van Heras")."""
    if len(inside) != 1:
        return False
    start, end = inside[0]
    value = text[start:end]
    if end != person.end or start <= person.start or " " in value or value.isupper():
        return False
    head = text[person.start : start].split()
    first_names = lexicon.load().first_names
    return 1 <= len(head) <= 2 and all(w[:1].isupper() and w.lower() in first_names for w in head)


def _title_before(text: str, start: int) -> bool:
    match = _WORD_BEFORE_RE.search(text, max(0, start - 12), start)
    if match is None:
        return False
    if match.group(1) in _VESSEL_PREFIXES:
        return False  # Round 39: "MS Johanna" is a motor ship, no Ms
    word = match.group(1).lower()
    return word in lexicon.TITLES or word in _ENGLISH_TITLES


_VESSEL_PREFIXES = frozenset({"MS", "MV", "M.S.", "M.V."})
_ARTICLES_ALONE = frozenset({"de", "het", "'t", "den", "der", "een", "die", "deze"})


# What links a name to the organisation after it: "Bouwhuis van", "Jan Bos (", "Els bij".
_TRAILING_LINK_RE = re.compile(r"(?:[ ]+(?:van|bij|uit|namens|de|der|den|het|'t))*[\W_]*$")


def firm_names(participants: Iterable[str]) -> tuple[str, ...]:
    """Firms and teams in participants' names: "Aannemer Roelofs - Kees Boer" -> ("Roelofs",),
    "Leverancier Catering De Smit" -> ("Catering De Smit",), "Team Afval" -> ("Afval",)."""
    out = []
    for name in participants:
        for part in re.split(r"[ ]+[-–|/][ ]+|[()]", name or ""):
            words = part.split()
            if len(words) > 1 and (
                words[0].lower() in _FIRM_ROLES
                or (
                    words[0].lower().endswith(_BODY_ENDINGS)
                    # review45: not a person saved by the club they are of ("Tennisclub Anja",
                    # "IJsclub Marieke Okonkwo"): a first name opens what follows
                    and words[1].lower() not in lexicon.load().first_names
                )
            ):
                out.append(" ".join(words[1:]))
    return tuple(out)


# "Team Begraafplaatsen", "Afdeling Burgerzaken": a team of the organisation is no person either
# ("Marja van Begraafplaatsen" is Marja).
_FIRM_ROLES = frozenset(
    {"aannemer", "leverancier", "firma", "fa.", "bedrijf", "hoveniersbedrijf", "team", "afdeling"}
)

# Round 35: "Carnavalsvereniging De Kaaiknuppels", "Stichting Buurtkracht", "IJsclub Nooitgedacht":
# a club or foundation as a participant is no person ("namens CV De Kaaiknuppels").
_BODY_ENDINGS = ("vereniging", "stichting", "club")


# "Schouwburg Ogterop", "Sporthal Koedijk": a building or body named by its kind and one word.
_INSTITUTION_NAMED_RE = re.compile(
    r"(?<![\w-])(?:Schouwburg|Theater|Museum|Bibliotheek|Sporthal|Zwembad|Sportpark|Zorgcentrum|"
    r"Woonzorgcentrum|Verpleeghuis|Wijkcentrum|Buurthuis|Dorpshuis|Kinderopvang|Basisschool|"
    r"Camping|Manege|Jachthaven|Stichting|Vereniging|Woningstichting|Woningcorporatie|"
    # Round 39: more kinds of child care and school
    r"Kinderdagverblijf|Peuterspeelzaal|Kindcentrum|Gastouderbureau|Speeltuin)"
    # (Round 39: or two capitalised words, "Kinderopvang Dikkertje Dap")
    r"[ ]+([A-Z][a-zà-ÿ]{3,}(?:[ ][A-Z][a-zà-ÿ]{2,})?)(?![\w-]|[ ][A-Z])"
)
# Round 39: "Schip Johanna", "MS Johanna", "het vrachtschip Hendrika": a vessel named after
# a person, whose name alone elsewhere in the chat is the vessel ("de schipper van de Johanna").
_VESSEL_NAMED_RE = re.compile(
    r"(?<![\w-])(?:[Ss]chip|[Mm]otorschip|[Vv]rachtschip|[Bb]innenvaartschip|[Tt]ankschip|"
    r"[Dd]uwbak|[Ss]leepboot|MS|M\.S\.|MV|M\.V\.|ms\.|mv\.)[ ]+([A-Z][a-zà-ÿ]{2,})(?![\w-]|[ ][A-Z])"
)


# Round 46: "sint komt met de boot van Arend, de Johanna", "hun tjalk, de Hendrika": a boat named
# with its article after the boat (and its owner), no person.
_BOAT_NAMED_RE = re.compile(
    r"(?<![\w-])(?:[Bb]oot|[Ss]chip|[Ss]loep|[Pp]raam|[Tt]jalk|[Ss]chuit|[Ww]oonboot|[Ss]toomboot|"
    r"[Kk]otter|[Vv]let|[Bb]otter|[Aa]ak)(?:[ ]+van[ ]+[A-Z][\w-]+)?[ ]*,?[ ]+de[ ]+"
    r"([A-Z][a-zà-ÿ]{2,})(?![\w-]|[ ][A-Z])"
)
_BOAT_WORDS = ("oot", "chip", "sloep", "praam", "jalk", "chuit", "otter", "let ", "aak ")


def _may_name_a_vessel(text: str) -> bool:
    """A cheap test before _VESSEL_NAMED_RE: one of its ship words or abbreviations."""
    return (
        "chip" in text
        or "MS " in text
        or "MV " in text
        or "M." in text
        or "ms. " in text
        or "mv. " in text
        or "uwbak" in text
        or "leepboot" in text
    )


def institutions_named(texts: Iterable[str]) -> tuple[str, ...]:
    """The one-word names a chat gives buildings and bodies by their kind ("Schouwburg
    Ogterop" -> "Ogterop"): that word alone elsewhere in the chat is the place ("als Ogterop
    akkoord is"), unless it is a listed first name or surname (a person may share it)."""
    lex = lexicon.load()
    out = []
    texts = list(texts)
    out += _firms_answered(texts, lex)
    for text in texts:
        if not text:
            continue
        for match in _INSTITUTION_NAMED_RE.finditer(text):
            lows = match.group(1).lower().split()
            # (of two words, the first no first name: "Kinderopvang Dikkertje Dap", not
            # "Kinderopvang Anja Bakker")
            if lows[0] not in lex.first_names and (len(lows) > 1 or lows[0] not in lex.surnames):
                out.append(match.group(1))
        if _may_name_a_vessel(text):
            out += [m.group(1) for m in _VESSEL_NAMED_RE.finditer(text)]
        if any(w in text for w in _BOAT_WORDS):
            out += [m.group(1) for m in _BOAT_NAMED_RE.finditer(text)]
        if "€" in text:
            out += _payees(text, lex)
    return tuple(dict.fromkeys(out))


# Round 45: "aannemer?" - "Van Gelder, uitvoerder Roelof Kok": a question for a firm by its
# trade alone, and the name opening the answer before a comma or full stop.
_FIRM_ASKED_RE = re.compile(
    r"^[ ]*(?:en[ ]+)?(?:wie[ ]+is[ ]+(?:de|het)[ ]+|welke[ ]+|welk[ ]+)?"
    r"(?:aannemer|onderaannemer|leverancier|installateur|uitvoerend[ ]+bedrijf|bedrijf|firma|"
    r"transporteur|sloper|hovenier|loonwerker|dakdekker|schilder)[ ]*\?[ ]*$",
    re.I,
)
_FIRM_ANSWER_RE = re.compile(r"^[ ]*((?:[Vv]an[ ](?:de[ ]|der[ ])?|De[ ])?[A-Z][\w'-]+)[ ]*[,.]")


def _firms_answered(texts: list[str], lex: lexicon.Lexicon) -> list[str]:
    """Round 45: the firm that answers a question for a trade (no first name)."""
    out = []
    for question, answer in zip(texts, texts[1:], strict=False):
        if not question or not answer or _FIRM_ASKED_RE.match(question) is None:
            continue
        match = _FIRM_ANSWER_RE.match(answer)
        if match is not None and match.group(1).split()[0].lower() not in lex.first_names:
            out.append(match.group(1))
    return out


# Round 45: "betalingen: Van Wijnen € 48.210,00, Heijmans € 12.990,50, Ploeg Groen € 3.145,00":
# names each right before an amount, two or more in a row, are the payees of a payment run.
_PAYEE_RE = re.compile(
    r"(?:^|[:,;\n][ ]*|[ ]-[ ])((?:van[ ]|Van[ ]|De[ ])?[A-Z][\w'-]+(?:[ ][A-Z][\w'-]+)?)[ ]*€[ ]?\d"
)


def _payees(text: str, lex: lexicon.Lexicon) -> list[str]:
    """Round 45: the firms a list of payments names (no first name opening a payee)."""
    names = [m.group(1) for m in _PAYEE_RE.finditer(text)]
    if len(names) < 2:
        return []
    return [n for n in names if n.split()[0].lower() not in lex.first_names]


@lru_cache(maxsize=1)
def _listed_acronyms() -> frozenset[str]:
    """The organisations listed by their acronym alone ("GGD", "UWV", "COA")."""
    return frozenset(n for n in shipped_names() if n.isupper() and n.isalpha() and len(n) >= 2)


_ACRONYM_BEFORE_RE = re.compile(r"(?<![\w@.-])([A-Z]{2,6})[ ]+$")


def without_branches_of_acronyms(text: str, persons: list[Span]) -> list[Span]:
    """Round 41: "GGD IJsselland", "UWV Drenthe", "COA Zwolle": one capitalised word (no first
    name) right after an organisation known by its acronym names its region or branch, no
    person; "GGD Marieke", "KPN Jansen" (a first name, a common surname) are left."""
    kept = []
    for person in persons:
        # (cheap first: a capital letter, then a space, right before the person)
        if person.start < 3 or not text[person.start - 2].isupper():
            kept.append(person)
            continue
        value = text[person.start : person.end]
        lex = lexicon.load()
        match = _ACRONYM_BEFORE_RE.search(text, max(0, person.start - 8), person.start)
        if (
            match is not None
            and match.group(1) in _listed_acronyms()
            and " " not in value
            and value[:1].isupper()
            and value.lower() not in lex.first_names
            and value.lower() not in lex.common_surnames
        ):
            continue
        kept.append(person)
    return kept
