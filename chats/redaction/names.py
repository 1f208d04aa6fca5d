"""Names of people: lexicons of first names and surnames, tussenvoegsels, titles and context cues."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from chats.redaction.lexicon import (
    PARTICLES,
    STRONG_STREET_SUFFIXES,
    TITLES,
    Lexicon,
    street_suffix,
)
from chats.redaction.spans import Span

# Words, "'t", and initials ("B.", "J.P.") as tokens; everything else is the gap between tokens.
_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,4}|[A-Z]\.(?=[ ]?[A-Za-z'])|'t\b|'s\b|[^\W\d_]+(?:['’-][^\W\d_]+)*"
)
# Particles inside a name; "ben"/"bin" are left out on purpose: "ik ben" is far more frequent.
_NAME_PARTICLES = PARTICLES - {"ben", "bin", "aan", "bij", "onder", "over", "voor", "op", "uit"}
# Only these particles may open a particle sequence ("op de" and "uit de" only after them).
_PARTICLE_OPENERS = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "in", "'t", "el", "al",
                               "von", "la", "le", "du", "da", "di", "dos", "das", "del", "vd", "op",
                               "uit", "'s"})  # fmt: skip
# Words after which the next word is a name even if no list knows it.
_STRONG_CUES: tuple[tuple[str, ...], ...] = (
    ("mijn", "naam", "is"),
    ("naam", "is"),
    ("naam",),
    ("heet",),
    ("genaamd",),
    ("ik", "ben"),
    ("met", "vriendelijke", "groet"),
    ("vriendelijke", "groet"),
    ("hartelijke", "groet"),
    ("groet",),
    ("groeten",),
    ("groetjes",),
    ("gr",),
    ("grt",),
    ("mvg",),
    ("tnv",),
    ("t.n.v",),
    ("namens",),
    ("aanvrager",),
    ("melder",),
    ("cliënt",),
    ("client",),
    ("contactpersoon",),
)
# Role words: the next capitalised word is a name when it is not an ordinary word.
_ROLE_CUES = frozenset(
    """collega buurman buurvrouw buren wethouder melder cliënt client chauffeur eigenaar verhuurder
    huurder bewoner bewoonster moeder vader dochter zoon zus broer oma opa tante oom neef nicht
    partner man vrouw vriend vriendin aanvrager medewerker stagiair stagiaire manager teamleider
    directeur juf meester klant inwoner inwoonster penningmeester voorzitter secretaris
    journalist leerling sollicitant mantelzorger contactpersoon beheerder huismeester
    opzichter uitvoerder monteur hovenier mevrouw meneer""".split()
)
# Lower-case words after which a lower-case first name that is also a word ("jan") is a name.
_LOWER_NAME_CUES = frozenset(
    """bel belt bellen met aan van voor vraag vraagt zeg zegt groet groeten groetjes gr grt mvg
    naam heet ben hoi hallo hey hee hi dag doei dank bedankt thx gefeliciteerd succes sorry
    namens collega buurman buurvrouw en of bij mail app appen sms tegen door""".split()
)
# Words after which a capitalised word no list knows is still a name: "chauffeur is Bouke".
_SLOT_CUES = _LOWER_NAME_CUES | {"is", "was", "heet", "heette"}
# Parts of company names: a capitalised run with one of these is an organisation, not a person.
_COMPANY_MARKERS = frozenset({"bv", "b.v", "b.v.", "vof", "v.o.f", "nv", "n.v", "holding", "groep",
                              "group", "bvba", "gmbh", "ltd", "inc", "cv", "c.v"})  # fmt: skip
_COMPANY_PARTS = re.compile(
    r"(?:service|bouw|beheer|techniek|installaties?|transport|advies|verhuur|groenvoorziening|"
    r"hoveniers?|schoonmaak|afval\w*|verzorging|handel|makelaars?|makelaardij|aannemers?\w*|"
    r"bedrijf|bedrijven|consultancy|solutions?|logistiek|stichting|vereniging|gemeente|wonen|"
    r"zorg|stratenmakers?|bestrating|schilders?|schildersbedrijf|loodgieters?|elektro\w*|"
    r"totaal|partners|media|design|holding|garage|kinderopvang|school|college|bank|"
    r"verzekeringen|verzekeraar|notarissen|notariaat|advocaten|accountants?|groep)$",
    re.I,
)
_SENTENCE_GAP_RE = re.compile(r"[.!?:;\n]|[^\x00-\u024f\s,'\"()\-]")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(TITLES) | {"geb", "nr", "tel", "ca", "bijv", "evt", "t.n.v", "tnv", "o.a"}


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str
    cap: bool  # capitalised word, not an all-caps acronym
    initial: bool  # "B." or "J.P."
    gap: str  # text between the previous token and this one
    sentence_start: bool


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    prev_end = 0
    prev_low = ""
    for match in _TOKEN_RE.finditer(text):
        word = match.group(0)
        gap = text[prev_end : match.start()]
        initial = word.endswith(".")
        cap = word[0].isupper() and (initial or not word.isupper() or len(word) == 1)
        if not toks:
            sentence_start = True
        elif gap.strip() == "." and prev_low in _ABBREVIATIONS:
            sentence_start = False
        else:
            sentence_start = bool(_SENTENCE_GAP_RE.search(gap))
        low = word.lower()
        toks.append(_Tok(match.start(), match.end(), word, low, cap, initial, gap, sentence_start))
        prev_end = match.end()
        prev_low = low
    return toks


class NameFinder:
    """Finds PERSON spans with the shipped lexicon plus a conversation's participant names."""

    def __init__(self, lex: Lexicon, known_names: Iterable[str] = ()) -> None:
        self.lex = lex
        self.known = _KnownNames(known_names, lex)

    def find(self, text: str, blocked: Iterable[Span] = ()) -> list[Span]:
        """PERSON spans in ``text``; tokens inside ``blocked`` spans (e-mail, URL) are skipped."""
        toks = _tokenize(text)
        blocked = list(blocked)
        skip = {
            i for i, t in enumerate(toks) if any(b.start < t.end and t.start < b.end for b in blocked)
        }
        skip |= self._company_tokens(toks)
        spans = self.known.find(text, toks, skip)
        i = 0
        while i < len(toks):
            if i in skip:
                i += 1
                continue
            end = self._name_at(toks, i, skip)
            if end is not None:
                first = i + 1 if toks[i].low.rstrip(".") in TITLES else i
                spans.append(Span(toks[first].start, toks[end - 1].end, "PERSON"))
                i = end
            else:
                i += 1
        return spans

    # --- rules -------------------------------------------------------------------------------

    def _name_at(self, toks: list[_Tok], i: int, skip: set[int]) -> int | None:
        """Token index after a name starting at ``i`` (or at i+1 after a title), or None."""
        tok = toks[i]
        lex = self.lex
        low = tok.low.rstrip(".")
        if low in TITLES or (low == "heer" and i > 0 and toks[i - 1].low == "de"):
            return self._after_title(toks, i + 1, skip)
        if tok.initial:
            end = self._surname_part(toks, i + 1, lower=False, skip=skip)
            return end
        if i in skip or len(low) < 2:
            return None
        if self._is_street_name(toks, i):
            return None
        cue = self._strong_cue_before(toks, i)
        if low in lex.first_names:
            return self._after_first_name(toks, i, skip, cue)
        if cue and self._unknown_name_word(tok):
            return self._extend(toks, i, skip, lower=not tok.cap)
        if tok.cap and not tok.sentence_start and self._role_before(toks, i) and self._unknown_name_word(tok):
            return self._extend(toks, i, skip, lower=False)
        if tok.cap and self._name_slot(toks, i) and self._proper_word(tok):
            # "uitvoerder is Bouke", "dank je Xandra": a name no list knows, in a name's place.
            return self._extend(toks, i, skip, lower=False)
        if tok.cap and low not in lex.dutch_words and low not in lex.places:
            # An unknown capitalised word followed by a listed surname: "Xandra Jansen".
            nxt = self._surname_part(toks, i + 1, lower=False, skip=skip, strong_only=True)
            if nxt is not None:
                return nxt
        return None

    def _after_first_name(self, toks: list[_Tok], i: int, skip: set[int], cue: bool) -> int | None:
        tok = toks[i]
        low = tok.low
        lex = self.lex
        frequent = low in lex.frequent_words
        if frequent and not tok.cap and not cue:
            return None  # "ik ben marloes": "ben" is the verb here
        end = self._extend(toks, i, skip, lower=not tok.cap)
        has_surname = end > i + 1
        if has_surname or cue:
            return end
        if tok.cap:
            # "Ben er over 10 min": an everyday word that is also a name needs a surname.
            return None if frequent else end
        if len(low) < 3 or frequent:
            return None
        if low in lex.dutch_words or low in lex.surnames:
            # "jan", "kees": also words; demand a slot where a name goes.
            if _next_to_number(toks, i):
                return None  # "15 jan"
            prev = toks[i - 1].low if i > 0 else ""
            at_end = i + 1 == len(toks)
            vocative = i == 0 and i + 1 < len(toks) and toks[i + 1].gap.startswith(",")
            if prev in _LOWER_NAME_CUES or at_end or vocative:
                return end
            return None
        return end

    def _after_title(self, toks: list[_Tok], j: int, skip: set[int]) -> int | None:
        """"dhr. Bert Veenstra", "mevr. Postma", "meneer Van der Veen", "mw. de Vries"."""
        while j < len(toks) and toks[j].low.rstrip(".") in TITLES:
            j += 1
        if j >= len(toks) or j in skip or toks[j].gap.strip(" .") != "":
            return None
        tok = toks[j]
        if tok.initial:
            return self._surname_part(toks, j + 1, lower=False, skip=skip)
        if tok.low in self.lex.first_names and tok.cap:
            return self._extend(toks, j, skip, lower=False)
        end = self._surname_part(toks, j, lower=not tok.cap, skip=skip, after_title=True)
        return end

    def _extend(self, toks: list[_Tok], i: int, skip: set[int], lower: bool) -> int:
        """End of a name that starts with the given word: more first names, particles, surname."""
        j = i + 1
        # A second first name: "Jan Willem", "Anne Marie".
        while (
            j < len(toks)
            and j not in skip
            and toks[j].gap == " "
            and toks[j].low in self.lex.first_names
            and toks[j].cap == (not lower)
            and toks[j].low not in self.lex.frequent_words
            and not self._is_street_name(toks, j)
            and self._surname_part(toks, j + 1, lower=lower, skip=skip) is not None
        ):
            j += 1
        end = self._surname_part(toks, j, lower=lower, skip=skip)
        return end if end is not None else j

    def _surname_part(
        self,
        toks: list[_Tok],
        j: int,
        *,
        lower: bool,
        skip: set[int],
        after_title: bool = False,
        strong_only: bool = False,
    ) -> int | None:
        """End index of "[particles] Surname" starting at token ``j``, or None."""

        def joined(k: int) -> bool:
            # After a title the gap may hold its full stop ("dhr. Jansen"); otherwise one space.
            return toks[k].gap == " " or (k == j and after_title)

        k = j
        while (
            k < len(toks)
            and k - j < 3
            and toks[k].low in _NAME_PARTICLES
            and (k > j or toks[k].low in _PARTICLE_OPENERS)
            and joined(k)
        ):
            k += 1
        if k >= len(toks) or k in skip or not joined(k):
            return None
        tok = toks[k]
        found = tuple(t.low for t in toks[j:k])
        if not self._surname_ok(tok, particles=found, lower=lower, strong_only=strong_only):
            return None
        end = k + 1
        # Double surname joined by a hyphen and a particle: "Kaya-de Vries".
        if (
            tok.low.endswith(("-de", "-van", "-ter"))
            and end < len(toks)
            and toks[end].gap == " "
            and self._surname_ok(toks[end], particles=("de",), lower=lower)
        ):
            end += 1
        return end

    def _surname_ok(
        self,
        tok: _Tok,
        *,
        particles: tuple[str, ...] = (),
        lower: bool,
        strong_only: bool = False,
    ) -> bool:
        """Whether ``tok`` can be the surname after a first name, initials, title or particles."""
        lex = self.lex
        low = tok.low
        if tok.initial or len(low) < 2 or low in _NOT_SURNAMES:
            return False
        if low in lex.frequent_words and not (tok.cap and particles):
            return False  # "jan even", but "Pieter van der Meer"
        if _is_street_word(low) and low not in lex.surnames:
            return False  # "Willem Alexanderlaan": a street
        if low in lex.places and low not in lex.surnames and particles in ((), ("van",)):
            return False  # "Henk van Rogat": where he is from
        if _COMPANY_PARTS.search(low) and low not in lex.surnames:
            return False
        if strong_only:
            return tok.cap and low in lex.surnames
        if tok.cap:
            return True
        if not lower:
            return False
        if low in lex.surnames or low in lex.proper_nouns:
            return True
        return low not in lex.dutch_words and len(low) >= 3

    # --- helpers -----------------------------------------------------------------------------

    def _unknown_name_word(self, tok: _Tok) -> bool:
        """A word no list knows as an ordinary word: usable as a name after a cue."""
        low = tok.low
        lex = self.lex
        if low in lex.frequent_words or low in lex.places or low in PARTICLES or low in TITLES:
            return False
        if tok.cap:
            return low not in lex.dutch_words or low in lex.surnames or low in lex.first_names
        return low not in lex.dutch_words and len(low) >= 3

    def _strong_cue_before(self, toks: list[_Tok], i: int) -> bool:
        for cue in _STRONG_CUES:
            n = len(cue)
            if i >= n and tuple(t.low.rstrip(".") for t in toks[i - n : i]) == cue:
                # The cue must be close: at most a comma, colon or full stop in between.
                if toks[i].gap.strip(" ,:.") == "" and "\n" not in toks[i].gap.strip(" "):
                    return True
        return False

    def _name_slot(self, toks: list[_Tok], i: int) -> bool:
        """A position where a name is expected: after "is", "met", "bel"...; a greeting; a signature."""
        tok = toks[i]
        if i > 0 and tok.gap == " " and toks[i - 1].low in _SLOT_CUES:
            return True
        nxt_gap = toks[i + 1].gap if i + 1 < len(toks) else ""
        if i == 0 and nxt_gap.startswith(","):
            return True  # "Bouke, kun jij ..."
        # A signature: the last word of the message, after the end of a sentence.
        return i + 1 == len(toks) and i > 0 and tok.sentence_start

    def _proper_word(self, tok: _Tok) -> bool:
        """A capitalised word that is no ordinary word, place, street or adjective."""
        low = tok.low
        lex = self.lex
        if len(low) < 3 or tok.text.isupper() or low in lex.dutch_words or low in lex.places:
            return False
        if low in lex.frequent_words or low in _NOT_SURNAMES or street_suffix(low) is not None:
            return False
        return not low.endswith(("se", "sche", "isch", "ië")) and not _COMPANY_PARTS.search(low)

    def _role_before(self, toks: list[_Tok], i: int) -> bool:
        return i > 0 and toks[i - 1].low in _ROLE_CUES and toks[i].gap == " "

    def _is_street_name(self, toks: list[_Tok], i: int) -> bool:
        """True for "Willem Alexanderlaan", "Jan van Goyenstraat", "Anne Frankstraat"."""
        k = i + 1
        while k < len(toks) and toks[k].gap == " " and toks[k].low in _NAME_PARTICLES:
            k += 1
        if k < len(toks) and toks[k].gap == " " and toks[k].cap:
            return _is_street_word(toks[k].low) and toks[k].low not in self.lex.surnames
        return False

    def _company_tokens(self, toks: list[_Tok]) -> set[int]:
        """Indexes of tokens in capitalised runs that name a company ("Groenservice Reest BV")."""
        out: set[int] = set()
        run: list[int] = []
        for idx, tok in enumerate(toks):
            capish = tok.cap or (tok.text.isupper() and len(tok.text) > 1)
            if capish and run and tok.gap in (" ", " & "):
                run.append(idx)
                continue
            if run and self._is_company(toks, run):
                out.update(run)
            run = [idx] if capish else []
        if run and self._is_company(toks, run):
            out.update(run)
        return out

    def _is_company(self, toks: list[_Tok], run: list[int]) -> bool:
        words = [toks[i].low for i in run]
        if any(w.rstrip(".") in _COMPANY_MARKERS or w in _COMPANY_MARKERS for w in words):
            return True
        nxt = run[-1] + 1
        if nxt < len(toks) and toks[nxt].low.rstrip(".") in _COMPANY_MARKERS:
            return True
        return any(
            _COMPANY_PARTS.search(w) and w not in self.lex.surnames and w not in self.lex.first_names
            for w in words
        )


_SURNAME_SAFE_STREET_SUFFIXES = STRONG_STREET_SUFFIXES - {"dijk"}
# Words that look like surnames in some list but in these chats are not.
_NOT_SURNAMES = frozenset(
    """gemeente meppel bsn iban kvk zaak melding factuur wethouder team afdeling whatsapp tel mail
    geb geboren adres postcode kenteken""".split()
)


def _is_street_word(low: str) -> bool:
    """A word ending like a street ("...straat", "...laan"); "-veld", "-hof" also end surnames."""
    suffix = street_suffix(low)
    return suffix in _SURNAME_SAFE_STREET_SUFFIXES and len(low) > len(suffix) + 1


def _next_to_number(toks: list[_Tok], i: int) -> bool:
    """True when a digit touches the word (month abbreviations: "15 jan", "jan 2024")."""
    tok = toks[i]
    before = tok.gap.strip()
    after = toks[i + 1].gap.strip() if i + 1 < len(toks) else ""
    return any(ch.isdigit() for ch in before[-3:] + after[:3])


class _KnownNames:
    """A conversation's participant names: full names, first names alone, any case."""

    def __init__(self, names: Iterable[str], lex: Lexicon) -> None:
        phrases: set[str] = set()
        for name in names:
            words = [w for w in _TOKEN_RE.findall(name or "") if w.lower().rstrip(".") not in TITLES]
            if not words:
                continue
            lows = [w.lower() for w in words]
            # A one-word name that is an everyday word ("Mama", "Buitendienst") is left out:
            # replacing it everywhere would black out ordinary text.
            if len(words) > 1 or _name_like(lows[0], lex):
                phrases.add(" ".join(lows))
            if _name_like(lows[0], lex):
                phrases.add(lows[0])  # the first name alone
            if len(words) > 1 and _name_like(lows[-1], lex) and words[-1][0].isupper():
                start = 1
                while start < len(lows) - 1 and lows[start] not in PARTICLES:
                    start += 1
                phrases.add(" ".join(lows[start:]) if start < len(lows) - 1 else lows[-1])
        self.pattern: re.Pattern[str] | None = None
        if phrases:
            alternatives = sorted(phrases, key=len, reverse=True)
            body = "|".join(r"[ ]+".join(map(re.escape, p.split(" "))) for p in alternatives)
            self.pattern = re.compile(rf"(?<![\w@.])(?:{body})(?![\w@]|\.\w)", re.I)

    def find(self, text: str, toks: list[_Tok], skip: set[int]) -> list[Span]:
        """Every mention of a participant name, whatever its case."""
        if self.pattern is None:
            return []
        return [Span(m.start(), m.end(), "PERSON") for m in self.pattern.finditer(text)]


def _name_like(low: str, lex: Lexicon) -> bool:
    """A word that can stand for a person on its own: a known name, or no everyday word."""
    if len(low) < 2 or low in lex.frequent_words or low in PARTICLES or low in lex.places:
        return False
    return low in lex.first_names or low in lex.surnames or low not in lex.dutch_words
