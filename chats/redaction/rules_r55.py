"""Round 55: causes behind the errors of blind_text_53, as rules over a chat's found spans.

- persons: a common surname that no dictionary knows, said in lower case anywhere ("gaat naar
  hendriks.", "die vermeulen bijstand"; not a firm: "hendriks bouw"); a lower-case first name
  opening a clause with a person's verb ("ja joost had ...", "ok. roos krijgt ..."); a surname
  of no dictionary opening a clause before a verb, or of a Slavic or Romanian ending; a word the
  chat knows as a person's, where a person stands ("ok. pinas heeft ...", "snel is er ook bij?"
  of "Jelle Snel"); a surname in a case's or a role's slot ("dossier pruim:", "melder van der
  laan.", "fenna, molenaar hoofdstraat:"); a first name before its home ("kees van de
  Zuideinde 88"); a surname with its body in brackets among persons ("Kampman (politie)"); the
  name cell of a table whose header names it ("naam;adres;geb", "Jansma, P.;..."); an initial
  after a surname ("Postma K.", "Hoekstra-Bos M."); a short particle before a name ("v.d.
  berg");
- what is no person's: a storm's name after "storm" ("storm eunice"; "bij storm is ..."); a firm
  named after its owner ("Veenstra Houtwerk", "Smit & Kraai") or listed with firms ("Eneco,
  Ziggo, Wehkamp"); a street of the chat's homes before a number; a chat's verb ("je appt"); a
  team's mailbox of ordinary words at the municipality ("raadsvragen@meppel.nl");
- birth dates: the date cell of a table whose header names a birth date ("geb.datum"); a date
  answering a birth question; a date of a foreign month said of a person ("hij is 1 ocak
  1950"); not a date in the future ("trouwdatum 18-09-2034");
- homes: a house number with a letter or a floor after "op" where a person lives ("boven op
  3a", "woont op 14-C", "op 61 boven"); a house number in words ("ik woon op zeventien",
  "Kerkweg zeventien"); "my house is number 48"; "nummer 14 b" after "ik woon op de Molenweg";
  "v." before a street ("v. Karnebeekstraat 12"); not a shop or the business ("Markt 14 is een
  winkel", "... is de zaak") nor an event with its year ("Meppeler Braderie 2027");
- accounts: a body's by what is said around it (", dat is van de vereniging"; answering
  "Welk rekeningnummer hebben jullie?").

Each rule is gated by a cheap string test (the one-word rules by one set look-up of the
message's words); the chat pass calls ``chat_rules_r55`` once per chat, after round 54's rules.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence

from chats.redaction import lexicon
from chats.redaction.birthdates import _FOREIGN_MONTHS, MONTH_NAMES
from chats.redaction.lexicon import holds_any, street_suffix
from chats.redaction.online import _organisation_words
from chats.redaction.rules_r51 import _covered
from chats.redaction.rules_r52 import _merged
from chats.redaction.rules_r54 import _NUMBER_WORDS_R54, _chat_surnames, _replaced
from chats.redaction.spans import Span, chat_messages, resolve

# --- persons ----------------------------------------------------------------------------------

# "hendriks bouw", "smit b.v.": a firm named after its owner
_FIRM_AFTER_R55_RE = re.compile(
    r"[ ](?:bouw|bv|b\.v\.|installatie|installaties|transport|techniek|schilders|"
    r"schildersbedrijf|loodgieters|tuinen|hoveniers|makelaardij|verhuur|catering|vof|en[ ]zn|"
    r"&[ ]zn)\b"
)
# a person's verb after a first name opening a clause ("ja joost had ...")
_PERSON_VERBS_R55 = (
    r"heeft|had|is|was|zegt|zei|krijgt|kreeg|ontvangt|ontving|woont|woonde|komt|kwam|wil|"
    r"wilde|gaat|ging|belt|belde|betaalt|koopt|kocht|zit|werkt|werkte|doet|deed|moet|kan|"
    r"slaapt|verhuist|verhuisde|staat"
)
# "Postma K.", "Hoekstra-Bos M.", "v.d. Berg A.": an initial after a surname
_INITIAL_AFTER_R55_RE = re.compile(r"[ ](?:[A-Z]\.){1,3}(?=$|[ ;,\t)])")
# "Hoekstra-Bos M.": a surname (double) and an initial, found by neither
_SURNAME_INITIAL_R55_RE = re.compile(
    r"(?<![\w.-])([A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]{2,})?[ ](?:[A-Z]\.){1,3})(?=$|[ ;,\t)])"
)
# "v.d. berg", "v. Karnebeekstraat": a short particle before a found name or street
_SHORT_PARTICLE_BEFORE_R55_RE = re.compile(r"(?:^|(?<=[ (]))(?:v\.d\.|v/d|vd|v\.)[ ]$", re.I)
# "Dijkstra Kaarsmakerij", "Kroeze Houtwerk": a firm's trade after its owner's name
_TRADE_AFTER_R55_RE = re.compile(
    r"[ ][A-Z][a-z]*(?:werk|bouw|techniek|service|transport|makerij|handel|design|catering|"
    r"verhuur|advies|installatie|installaties|schilders|hoveniers|tuinen|timmerwerk|bakkerij|"
    r"slagerij|kwekerij|zorg)\b"
)
# "Bos & Brink": the partners' names of a firm
_AMPERSAND_R55_RE = re.compile(r"[A-Z][a-zà-ÿ]+[ ]&[ ][A-Z][a-zà-ÿ]+")
# verbs of chatting, read as names ("dat je appt")
_CHAT_VERBS_R55 = frozenset(("appt", "appte", "appten", "geappt", "whatsappt", "mailt", "sms't"))
# "storm eunice", "Storm Eunice": a storm's name
_STORM_R55_RE = re.compile(r"\b[Ss]torm[ ]([A-Za-z][a-z]{2,})\b")
# "bij storm is ...": weather, no person
_WEATHER_BEFORE_R55_RE = re.compile(r"\b(?i:bij|door|tijdens|vanwege|na|van[ ]de|de)[ ]$")
_WEATHER_R55 = frozenset(("storm", "regen", "hagel", "sneeuw", "wind", "vorst", "mist"))
_BEFORE_PERSON_R55_RE = re.compile(r"\b(?i:mevrouw|meneer|mevr\.?|mr\.?|dhr\.?|familie|fam\.?)[ ]$")
# a person's title, read as the second partner of a firm ("Jansen & Dhr. Bakker")
_TITLES_R55 = frozenset(("mevrouw", "meneer", "mevr", "mr", "dhr", "familie", "fam", "heer"))


class _Cover:
    """Which characters the found spans cover, made on the first question (most messages ask
    none)."""

    __slots__ = ("_bytes", "_spans", "_text")

    def __init__(self, text: str, spans: list[Span]) -> None:
        self._text, self._spans, self._bytes = text, spans, None

    def find(self, _one: int, start: int, end: int) -> int:
        if self._bytes is None:
            self._bytes = _covered(self._text, self._spans)
        return self._bytes.find(1, start, end)


_WORD_R55_RE = re.compile(r"(?<![\w@./-])[a-zà-ÿ][a-zà-ÿśłźżćń]{2,}(?![\w@-]|\.\w)")
_VERB_AFTER_R55_RE = re.compile(rf"[ ](?:{_PERSON_VERBS_R55})\b")
_CLAUSE_BEFORE_R55_RE = re.compile(r"(?:^|[.!?:;][ ])$")
_OPENER_BEFORE_R55_RE = re.compile(
    r"(?:^|[.!?:;,][ ]|\b(?:ja|nee|ok|oke|en|maar|dus|want|vrouw|man|zoon|dochter|partner)[ ])$"
)
_VAN_DE_VERB_AFTER_R55_RE = re.compile(
    rf"[ ]van[ ]de[ ][a-z]+[ ](?:{_PERSON_VERBS_R55}|neemt|doet|maakt)\b"
)
_FOREIGN_ENDINGS_R55 = ("ska", "ski", "cka", "cki", "czyk", "wicz", "enko", "czuk", "chuk", "escu")


def _no_word(word: str, lex: lexicon.Lexicon) -> bool:
    return (
        word in lex.dutch_words
        or word in lex.frequent_words
        or word in lex.places
        or word in lex.not_names
    )


_FOREIGN_GATE_R55_RE = re.compile(r"(?:sk[ai]|ck[ai]|czyk|wicz|enko|czuk|chuk|escu)(?![\w@-])")
_CANDIDATES_R55: dict[int, frozenset[str]] = {}


def _candidates(lex: lexicon.Lexicon) -> frozenset[str]:
    """The words ``_word_persons`` may take for a name before the chat is known (one set, so
    that the other words of a message cost one look-up)."""
    found = _CANDIDATES_R55.get(id(lex))
    if found is None:
        surnames = frozenset(
            w
            for w in lex.surnames | lex.common_surnames
            if len(w) >= 4 and w not in lex.first_names and not _no_word(w, lex)
        )
        firsts = frozenset(
            w
            for w in lex.common_first_names
            if not (w in lex.common_surnames and w in lex.dutch_words)
            and w not in lex.frequent_words
            and w not in lex.places
            and w not in lex.not_names
        )
        found = _CANDIDATES_R55[id(lex)] = surnames | firsts
    return found


def _word_persons(
    text: str,
    cover: _Cover,
    lex: lexicon.Lexicon,
    known: Callable[[], frozenset[str]],
    surnames: Callable[[], frozenset[str]],
) -> list[Span]:
    """Persons said as one lower-case word, in one pass over the message's words:
    - a common surname no dictionary knows, anywhere ("gaat naar hendriks."; not "hendriks
      bouw");
    - a first name opening a clause before a person's verb ("ja joost had");
    - a surname of no dictionary opening a clause before a verb or "van de ..." and a verb
      ("eikelboom van de school neemt ..."), or of a Slavic or Romanian ending anywhere
      ("kowalska");
    - a word the chat knows as a person's, where a person stands ("ok. pinas heeft ...")."""
    out: list[Span] = []
    candidates = _candidates(lex)
    chat_words = known()
    words = _WORD_R55_RE.findall(text)
    if (
        candidates.isdisjoint(words)
        and chat_words.isdisjoint(words)
        and not (
            max(map(len, words), default=0) >= 7
            and holds_any(text, _FOREIGN_ENDINGS_R55)
            and _FOREIGN_GATE_R55_RE.search(text)
        )
    ):
        return out  # (most messages: one look-up of their words in C)
    for m in _WORD_R55_RE.finditer(text):
        word = m.group()
        if (
            word not in candidates
            and word not in chat_words
            and not word.endswith(_FOREIGN_ENDINGS_R55)
        ):
            continue
        start, end = m.start(), m.end()
        if (
            word in lex.common_surnames
            and len(word) >= 4
            and (
                word not in lex.first_names
                and not _no_word(word, lex)
                and not _FIRM_AFTER_R55_RE.match(text, end)
                and cover.find(1, start, end) < 0
            )
        ):
            out.append(Span(start, end, "PERSON"))
            continue
        if word in lex.common_first_names and (
            not (word in lex.common_surnames and word in lex.dutch_words)
            and word not in lex.frequent_words
            and word not in lex.places
            and word not in lex.not_names
            and _VERB_AFTER_R55_RE.match(text, end)
            and _OPENER_BEFORE_R55_RE.search(text, max(0, start - 9), start)
            and cover.find(1, start, end) < 0
        ):
            out.append(Span(start, end, "PERSON"))
            continue
        foreign = len(word) >= 7 and word.endswith(_FOREIGN_ENDINGS_R55)
        if (
            (foreign or (word in lex.surnames and len(word) >= 4))
            and (word not in lex.first_names and not _no_word(word, lex))
            and (
                foreign
                or (
                    _CLAUSE_BEFORE_R55_RE.search(text, max(0, start - 2), start)
                    and (
                        _VERB_AFTER_R55_RE.match(text, end)
                        or _VAN_DE_VERB_AFTER_R55_RE.match(text, end)
                    )
                )
            )
            and cover.find(1, start, end) < 0
        ):
            out.append(Span(start, end, "PERSON"))
            continue
        if word in known() and cover.find(1, start, end) < 0:
            after = _KNOWN_AFTER_R55_RE.match(text, end) is not None
            # ("mooi is er ook bij?" of "Jelmer Mooi"; not "de winter komt", "schipper is
            # Geert Schipper")
            if (word in lex.frequent_words or word in lex.dutch_words) and (
                not after
                or word not in surnames()
                or _ARTICLE_BEFORE_R55_RE.search(text, max(0, start - 8), start)
                or word.capitalize() in text
            ):
                continue
            if not after and not _KNOWN_BEFORE_R55_RE.search(text, max(0, start - 8), start):
                continue
            out.append(Span(start, end, "PERSON"))
    return out


_INITIAL_GATE_R55_RE = re.compile(r"[ ][A-Z]\.")


def _surnames_with_initials(text: str, lex: lexicon.Lexicon) -> list[Span]:
    out = []
    for m in _SURNAME_INITIAL_R55_RE.finditer(text):
        parts = m.group(1).split(" ", 1)[0].lower().split("-")
        if parts[0] in lex.surnames and all(
            p not in lex.places and p not in lex.not_names and p not in lex.first_names
            for p in parts
        ):
            out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


# "melder vlieg niet noemen", "dossier pruim:", "huisbezoek pinas zuiderparkweg",
# "eigenaar de lange zit ...": a surname in lower case in a case's or a role's slot
_SLOT_R55_RE = re.compile(
    r"\b(?:melder|melding|dossier|huisbezoek|intake|eigenaar|eigenares|penningmeester|voorzitter|"
    r"secretaris|aanvrager|aanvraagster|klager|klaagster)[ ]"
    r"((?:(?:de|van|van[ ]der|van[ ]de|van[ ]den|ter|ten)[ ])?([a-z][a-zà-ÿ]{2,}))"
    r"(?=[ ]*(?:[.,:;!?]|$)|[ ](?:niet|zit|is|heeft|zegt|wil|woont|komt|belde|belt)\b|[ ][a-z]+(?:straat|weg|laan|plein|dijk|kade|singel)\b)"
)
_SLOT_PARTS_R55 = ("melder", "melding", "dossier", "huisbezoek", "intake", "eigena", "penningm",
                   "voorzitter", "secretaris", "aanvra", "klag")  # fmt: skip


_SLOT_VERB_AFTER_R55_RE = re.compile(r"[ ](?:zit|is|heeft|zegt|wil|woont|komt|belde|belt)\b")


def _slot_surnames(text: str, cover: _Cover, lex: lexicon.Lexicon) -> list[Span]:
    out = []
    for m in _SLOT_R55_RE.finditer(text):
        word = m.group(2)
        particle = m.group(1) != word
        if cover.find(1, m.start(1), m.end(1)) >= 0:
            continue
        if word in lex.frequent_words and not particle:
            continue
        if word in lex.places or (
            not particle and (word in lex.not_names or word in lex.first_names)
        ):
            continue
        lead = m.group(1)[: len(m.group(1)) - len(word)].strip()
        if (
            particle
            and lead not in ("van der", "van den", "ter", "ten")
            and (word not in lex.surnames or word in lex.frequent_words or word in lex.dutch_words)
        ):
            continue
        if (
            word in lex.dutch_words
            and not particle
            and _SLOT_VERB_AFTER_R55_RE.match(text, m.end(1))
        ):
            continue  # ("eigenaar woning is ...": a thing's owner)
        if particle or word in lex.surnames:
            out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


# "kees van de Zuideinde 88": a first name before its home
_FIRST_BEFORE_HOME_R55_RE = re.compile(r"(?:^|(?<=[ ]))([a-z]{3,})[ ]van[ ](?:de[ ]|het[ ])?$")
# "Kamphuis (politie), ...": a surname with its body in brackets, among persons
_SURNAME_BRACKET_R55_RE = re.compile(r"(?<![\w-])([A-Z][a-zà-ÿ]{3,})[ ]\([A-Za-z][\w ]{1,20}\)")
# "fenna, molenaar hoofdstraat:": a colleague asked about a case, its surname and street
_ASKED_CASE_R55_RE = re.compile(r"^[a-z]{2,12},[ ]([a-z][a-zà-ÿ]{3,})[ ]([a-z]{4,}):")


def _persons_by_context(
    text: str, spans: list[Span], cover: _Cover, lex: lexicon.Lexicon
) -> list[Span]:
    out = []
    if " van " in text:
        for s in spans:
            if s.label == "ADDRESS" and text.endswith(" ", 0, s.start):
                m = _FIRST_BEFORE_HOME_R55_RE.search(text, max(0, s.start - 24), s.start)
                if (
                    m is not None
                    and m.group(1) in lex.common_first_names
                    and m.group(1) not in lex.frequent_words
                    and cover.find(1, m.start(1), m.end(1)) < 0
                ):
                    out.append(Span(m.start(1), m.end(1), "PERSON"))
    if " (" in text and any(s.label == "PERSON" for s in spans):
        for m in _SURNAME_BRACKET_R55_RE.finditer(text):
            word = m.group(1).lower()
            if (
                word in lex.surnames
                and (word not in lex.dutch_words or word in lex.common_surnames)
                and word not in lex.frequent_words
                and word not in lex.places
                and word not in lex.not_names
                and word not in lex.first_names
                and cover.find(1, m.start(1), m.end(1)) < 0
            ):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    if ":" in text:
        m = _ASKED_CASE_R55_RE.match(text)
        if m is not None:
            word, where = m.group(1), m.group(2)
            if (
                word in lex.surnames
                and word not in lex.frequent_words
                and word not in lex.places
                and (street_suffix(where) is not None or where in lex.places)
                and cover.find(1, m.start(1), m.end(1)) < 0
            ):
                out.append(Span(m.start(1), m.end(1), "PERSON"))
    return out


def _chat_person_words(
    texts: Sequence[str], found: list[list[Span]], lex: lexicon.Lexicon, storms: frozenset[str]
) -> frozenset[str]:
    """The lower-case words the chat's found persons are made of ("dijkhuis" of "Kees
    Dijkhuis"), names only."""
    names = set()
    for text, spans in zip(texts, found, strict=True):
        for s in spans:
            if s.label == "PERSON":
                parts = text[s.start : s.end].lower().split()
                for w in parts:
                    if len(w) >= 3 and w.isalpha() and (w in lex.surnames or w in lex.first_names):
                        names.add(w)
                if len(parts) == 2 and parts[0] in lex.first_names and parts[1].isalpha():
                    names.add(parts[1])  # ("Jelmer Mooi")
    return frozenset(
        n
        for n in names
        if n not in lex.not_names
        and n not in lex.places
        and n not in _WEATHER_R55
        and n not in _CHAT_VERBS_R55
        and n not in storms
    )


_KNOWN_BEFORE_R55_RE = re.compile(r"(?:^|[.!?:;][ ]|\b(?:ja|nee|ok|maar|want|dus)[ ])$")
_KNOWN_AFTER_R55_RE = re.compile(rf"[ ](?:{_PERSON_VERBS_R55})\b(?![ ]het\b)")
_ARTICLE_BEFORE_R55_RE = re.compile(
    r"\b(?i:de|het|een|die|deze|dat|onze|mijn|zijn|haar|eigen|als)[ ]$"
)


_PARTICLE_SURNAME_R55_RE = re.compile(r"(?<![\w.])(?:v\.d\.|v/d)[ ]([a-z][a-zà-ÿ]{2,})(?![\w])")


def _particle_surnames(text: str, cover: _Cover, lex: lexicon.Lexicon) -> list[Span]:
    """A lower-case surname after "v.d." ("die van v.d. berg")."""
    out = []
    for m in _PARTICLE_SURNAME_R55_RE.finditer(text):
        if m.group(1) in lex.surnames and m.group(1) not in lex.places:
            out.append(Span(m.start(), m.end(), "PERSON"))
    return out


def _widened(text: str, spans: list[Span]) -> list[Span]:
    """Found names and streets made whole: an initial after a surname, "v.d." before."""
    changed = False
    out = []
    for s in spans:
        start, end = s.start, s.end
        if s.label == "PERSON":
            m = _INITIAL_AFTER_R55_RE.match(text, end)
            if m is not None and text[start:end][-1:].isalpha():
                end = m.end()
        if s.label in ("PERSON", "ADDRESS") and start >= 2 and text[start - 1] == " ":
            m = _SHORT_PARTICLE_BEFORE_R55_RE.search(text, max(0, start - 6), start)
            if m is not None:
                start = m.start()
        if (start, end) != (s.start, s.end):
            changed = True
            s = Span(start, end, s.label)
        out.append(s)
    return resolve(out) if changed else spans


def _storms(
    texts: Sequence[str], participants: Sequence[str], lex: lexicon.Lexicon
) -> tuple[frozenset[str], frozenset[str]]:
    """The first names the chat gives storms ("storm eunice"), and those of them no participant
    has: those are storms wherever they stand ("na Eunice:"), the others only after "storm"."""
    names = set()
    for text in texts:
        if "torm " in text:
            for m in _STORM_R55_RE.finditer(text):
                word = m.group(1).lower()
                if (word in lex.first_names and word not in lex.common_surnames) or (
                    word not in lex.surnames
                    and word not in lex.dutch_words
                    and word not in lex.places
                    and word not in lex.frequent_words
                ):
                    names.add(word)
    if not names:
        return frozenset(), frozenset()
    own = {p.split()[0].lower() for p in participants if p.strip()}
    return frozenset(names), frozenset(names - own)


def _no_persons(
    text: str,
    spans: list[Span],
    storms: tuple[frozenset[str], frozenset[str]],
    lex: lexicon.Lexicon,
) -> list[Span]:
    out = []
    for s in spans:
        if s.label == "PERSON":
            value = text[s.start : s.end]
            low = value.lower()
            if low in _CHAT_VERBS_R55:
                continue
            if storms[0] and not _BEFORE_PERSON_R55_RE.search(text, max(0, s.start - 10), s.start):
                words = low.split()
                if (len(words) == 2 and words[0] == "storm" and words[1] in storms[0]) or (
                    len(words) == 1
                    and words[0] in storms[0]
                    and text.endswith(("storm ", "Storm "), 0, s.start)
                ):
                    continue
            if (
                value in _WEATHER_R55
                and _WEATHER_BEFORE_R55_RE.search(text, max(0, s.start - 8), s.start)
                and not text[s.end : s.end + 1].isupper()
            ):
                continue
            if (
                value[:1].isupper()
                and " " not in value
                and _TRADE_AFTER_R55_RE.match(text, s.end)
                and not _BEFORE_PERSON_R55_RE.search(text, max(0, s.start - 10), s.start)
            ):
                continue  # ("Dijkstra Kaarsmakerij"; not "Anja Mulder Jeugdzorg")
            if "&" in text and low not in lex.first_names:
                m = _AMPERSAND_R55_RE.search(text, max(0, s.start - 30))
                if (
                    m is not None
                    and m.start() <= s.start
                    and s.end <= m.end()
                    and not any(
                        w.lower() in lex.first_names or w.lower() in _TITLES_R55
                        for w in m.group().split(" & ")
                    )
                    # (not "Mevr. Jansen & Dhr. Bakker")
                    and not _BEFORE_PERSON_R55_RE.search(text, max(0, m.start() - 10), m.start())
                ):
                    continue  # ("Bos & Brink")
        out.append(s)
    return out


_LIST_ITEM_BEFORE_R55_RE = re.compile(r"(?:^|[ ])(?:([A-Z][\w&-]+),[ ])?([A-Z][\w&-]+),[ ]$")
_LIST_ITEM_AFTER_R55_RE = re.compile(r",[ ]([A-Z][\w&-]+)(?![\w])")


def _no_firms_in_lists(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    """Not a person: one capitalised word listed with firms ("Essent, Vodafone, Wehkamp")."""
    firms = _organisation_words()
    out = []
    for s in spans:
        if s.label == "PERSON" and " " not in text[s.start : s.end]:
            items = []
            m = _LIST_ITEM_BEFORE_R55_RE.search(text, max(0, s.start - 40), s.start)
            if m is not None:
                items += [g.lower() for g in m.groups() if g]
            m = _LIST_ITEM_AFTER_R55_RE.match(text, s.end)
            if m is not None:
                items.append(m.group(1).lower())
            if (
                any(i in firms for i in items)
                and all(i in firms or i in lex.not_names for i in items)
                and text[s.start : s.end].lower() not in lex.first_names
                # (a common surname is a person's: "Essent, Vodafone, Hendriks")
                and (
                    text[s.start : s.end].lower() in firms
                    or text[s.start : s.end].lower() not in lex.common_surnames
                )
                and not _BEFORE_PERSON_R55_RE.search(text, max(0, s.start - 10), s.start)
            ):
                continue  # (not "mevr Blok, GGD keuring")
        out.append(s)
    return out


def _chat_streets(texts: Sequence[str], found: list[list[Span]]) -> frozenset[str]:
    """The street words of the chat's homes, lower-cased ("kaapje" of "Kaapje 7a")."""
    streets = set()
    for text, spans in zip(texts, found, strict=True):
        for s in spans:
            if s.label == "ADDRESS":
                head = text[s.start : s.end].split(" ", 1)[0].lower()
                if head.isalpha() and len(head) >= 4:
                    streets.add(head)
    return frozenset(streets)


_NUMBER_AFTER_R55_RE = re.compile(r"[ ]\d")


def _no_street_persons(text: str, spans: list[Span], streets: frozenset[str]) -> list[Span]:
    """Not a person: a street of the chat's homes before a number ("kaapje 7: ...")."""
    return [
        s
        for s in spans
        if not (
            s.label == "PERSON"
            and text[s.start : s.end].lower() in streets
            and _NUMBER_AFTER_R55_RE.match(text, s.end)
        )
    ]


# "raadsvragen@meppel.nl": a compound of ordinary words at the municipality's domain
_MUNICIPAL_MAIL_R55_RE = re.compile(r"^([a-z]{6,})@(?:gemeente)?([a-z]+)\.nl$")


def _person_mailbox(local: str, lex: lexicon.Lexicon) -> bool:
    """Whether a mailbox's name ends in a common surname or is a first name glued to a surname
    ("wethouderbakker", "hansbakker"): a person's, no team's."""
    return any(
        local[i:] in lex.common_surnames
        or (local[:i] in lex.first_names and local[i:] in lex.surnames)
        for i in range(3, len(local) - 2)
    )


def _no_team_mail(text: str, spans: list[Span], lex: lexicon.Lexicon) -> list[Span]:
    out = []
    for s in spans:
        if s.label == "EMAIL":
            m = _MUNICIPAL_MAIL_R55_RE.match(text[s.start : s.end].lower())
            if (
                m is not None
                and m.group(2) in lex.places
                and m.group(1) not in lex.surnames
                and m.group(1) not in lex.first_names
                and lexicon.is_compound(m.group(1))
                and not _person_mailbox(m.group(1), lex)
            ):
                continue
        out.append(s)
    return out


# --- tables -----------------------------------------------------------------------------------

_BIRTH_HEADER_R55_RE = re.compile(
    r"^(?:geb|geb\.|geboren|geboortedatum|geb\.?[ ]?datum|geb\.?dat\.?|dob|date[ ]of[ ]birth)$"
)
_NAME_HEADERS_R55 = frozenset(
    ("naam", "leerling", "cliënt", "client", "bewoner", "aanvrager", "deelnemer", "kind",
     "persoon", "debiteur", "huurder")
)  # fmt: skip
_DATE_CELL_R55_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d\d")
_NAME_CELL_R55_RE = re.compile(
    r"(?:(?:van|de|der|den|ter|ten|v\.d\.|van[ ]der|van[ ]den|van[ ]de)[ ])?"
    r"[A-Z][a-zà-ÿ]+(?:[- ][A-Z][a-zà-ÿ]+){0,2}(?:,[ ]?(?:[A-Z]\.){1,3})?"
)


def _header(text: str) -> tuple[str, int, int] | None:
    """A table's header: its separator, its birth column and its name column (-1: none)."""
    sep = "\t" if "\t" in text else ";"
    cells = [c.strip().lower() for c in text.split(sep)]
    if len(cells) < 3 or any(not c or any(ch.isdigit() for ch in c) for c in cells):
        return None
    birth = next((k for k, c in enumerate(cells) if _BIRTH_HEADER_R55_RE.match(c)), -1)
    if birth < 0:
        return None
    name = next((k for k, c in enumerate(cells) if c in _NAME_HEADERS_R55), -1)
    return sep, birth, name


def _table_row(text: str, header: tuple[str, int, int]) -> list[Span]:
    sep, birth, name = header
    out = []
    at = 0
    for k, cell in enumerate(text.split(sep)):
        lead = len(cell) - len(cell.lstrip())
        value = cell.strip()
        start = at + lead
        if k == birth and _DATE_CELL_R55_RE.fullmatch(value):
            out.append(Span(start, start + len(value), "DATE_OF_BIRTH"))
        elif k == name and _NAME_CELL_R55_RE.fullmatch(value):
            out.append(Span(start, start + len(value), "PERSON"))
        at += len(cell) + len(sep)
    return out


# --- homes ------------------------------------------------------------------------------------

# "boven op 3a", "woont op 14-C"
_LETTERED_HOUSE_R55_RE = re.compile(
    r"(?<![\w])op[ ]([1-9]\d{0,3}(?:[a-df-zA-Z]|e(?![ ][A-Za-z])|-[A-Za-z]|[ ](?:boven|beneden)))"
    r"(?![\w-])"
)
_LIVES_R55_RE = re.compile(r"\b(?:woon|woont|wonen|woonde|blijft|boven|beneden)\b")
# "ik woon op zeventien"
_WORDS_HOUSE_R55_RE = re.compile(
    rf"\b(?:woon|woont|wonen|woonde)[ ]op[ ]({_NUMBER_WORDS_R54})(?![\w])", re.I
)
# "Kerkweg zeventien"
_STREET_WORDS_R55_RE = re.compile(rf"(?<![\w])([A-Z][a-zà-ÿ]{{2,}}[ ]{_NUMBER_WORDS_R54})(?![\w])")
# "de Kastanjelaan twee keer afgezet": a count, no house number
_COUNT_AFTER_R55_RE = re.compile(r"[ ]+(?:keer|maal|x|dagen|weken|uur|man|auto's|bomen)\b")
_NUMBER_WORD_PARTS_R55 = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
                          "negen", "tien", "elf", "twaalf", "tig")  # fmt: skip
# "my house is number 48"
_ENGLISH_HOUSE_R55_RE = re.compile(
    r"\b(?i:my[ ]house[ ]is|i[ ]live[ ]at|we[ ]live[ ]at)[ ](?:at[ ])?"
    r"((?i:number|nr\.?|no\.?)[ ]?[1-9]\d{0,3}[a-zA-Z]?)(?![\w])"
)
# "Markt 12 staat leeg", "... is een winkel", "... is de zaak"
_NO_HOME_AFTER_R55_RE = re.compile(
    r"[ ]+(?:is|was)[ ]+(?:nu[ ])?(?:een[ ](?:winkel|bedrijfspand|kantoor|"
    r"loods|bedrijf|horecazaak|zaak|kantoorpand|winkelpand)|de[ ]zaak)\b"
)
_YEAR_NUMBER_R55_RE = re.compile(r"[ ](?:19|20)\d\d$")


# "nummer 8 c" answering "ik woon op de Dolderweg": the house number of a street just said
_NUMBER_ALONE_R55_RE = re.compile(
    r"^((?:nummer|nr\.?|huisnummer)[ ]?[1-9]\d{0,3}(?:[ ]?[a-zA-Z])?)[ .!]*$"
)
_LIVES_ON_STREET_R55_RE = re.compile(
    r"\b(?:woon|woont|wonen)[ ](?:op|aan)[ ](?:de[ ]|het[ ])?([A-Za-z][a-zà-ÿ]{3,})"
)


def _more_homes(text: str, previous: str, spans: list[Span], has_digit: bool) -> list[Span]:
    out = []
    if has_digit and not spans and "woon" in previous:
        m = _NUMBER_ALONE_R55_RE.match(text)
        if m is not None:
            said = _LIVES_ON_STREET_R55_RE.search(previous)
            if said is not None and street_suffix(said.group(1).lower()) is not None:
                out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    if has_digit and "op " in text:
        lives = None
        for m in _LETTERED_HOUSE_R55_RE.finditer(text):
            if lives is None:
                lives = _LIVES_R55_RE.search(text) is not None or any(
                    s.label == "PERSON" for s in spans
                )
            if lives:
                out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    if has_digit and ("house" in text or "live" in text):
        for m in _ENGLISH_HOUSE_R55_RE.finditer(text):
            out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    if ("woon" in text or "woon" in previous or "nummer" in previous) and holds_any(
        text, _NUMBER_WORD_PARTS_R55
    ):
        # (where a home is talked of: "Welk huisnummer woont u?", "ik woon op ...")
        if "woon" in text:
            for m in _WORDS_HOUSE_R55_RE.finditer(text):
                out.append(Span(m.start(1), m.end(1), "ADDRESS"))
        for m in _STREET_WORDS_R55_RE.finditer(text):
            head, number = m.group(1).split(" ", 1)
            if (
                street_suffix(head.lower()) is not None
                and number not in ("een", "één")
                and not _COUNT_AFTER_R55_RE.match(text, m.end(1))
            ):
                out.append(Span(m.start(1), m.end(1), "ADDRESS"))
    return out


def _no_homes(text: str, spans: list[Span]) -> list[Span]:
    out = []
    lives = None
    for s in spans:
        if s.label == "ADDRESS" and _NO_HOME_AFTER_R55_RE.match(text, s.end):
            if lives is None:
                # (a shop below a home: "mevrouw Smit woont Markt 14 is een winkel met ...")
                lives = _LIVES_R55_RE.search(text) is not None
            if not lives:
                continue
        if (
            s.label == "ADDRESS"
            and _YEAR_NUMBER_R55_RE.search(text, s.start, s.end)
            and street_suffix(text[s.start : s.end].split(" ", 1)[0].lower()) is None
        ):
            continue
        out.append(s)
    return out


# --- birth dates and accounts -----------------------------------------------------------------

_FOUR_DIGIT_YEAR_R55_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BODIES_R55 = r"(?:stichting|vereniging|club|kerk|school|dorpshuis|buurthuis|bv|fonds|coöperatie)"
_BODY_AFTER_R55_RE = re.compile(
    r"[ ,]*(?:dat|die|deze)[ ](?:is|staat)[ ](?:van|op[ ]naam[ ]van)[ ](?:de|het|onze|ons)[ ]"
    rf"{_BODIES_R55}\b"
)
_BODY_R55_RE = re.compile(rf"{_BODIES_R55}\b", re.I)
_ACCOUNT_R55_RE = re.compile(r"\b(?i:rekeningnummer|rekening|iban)\b")
_JULLIE_R55_RE = re.compile(r"\bjullie\b")


def _body_asked(previous: str) -> bool:
    """Whether ``previous`` asks a body ("jullie") its account, in a question that names an
    account and "jullie" (each question read once: no scan to a far "?" per cue word)."""
    for question in previous.split("?")[:-1]:
        question = question.rsplit(".", 1)[-1].rsplit("!", 1)[-1]
        account = _ACCOUNT_R55_RE.search(question)
        if account is not None and _JULLIE_R55_RE.search(question, account.end()):
            return True
    return False


_OWN_R55_RE = re.compile(r"\b(?i:mijn|m'n|eigen|privé|prive|ik)\b")


_DATE_R55_RE = re.compile(
    r"(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./]((?:19|20)\d\d)(?![\w/-]|[.]\d)"
)
_BIRTH_ASKED_R55_RE = re.compile(r"(?i:geboortedatum|geboren|geb\.?datum|date[ ]of[ ]birth)")


def _birth_asked(previous: str) -> bool:
    """Whether a question of ``previous`` asks a birth date (each question read once); not one
    that gives the date itself ("Is de geboortedatum 3-4-1960?": the answer's date is another)."""
    for question in previous.split("?")[:-1]:
        question = question.rsplit(".", 1)[-1].rsplit("!", 1)[-1]
        if _BIRTH_ASKED_R55_RE.search(question) and not _DATE_R55_RE.search(question):
            return True
    return False


_FOREIGN_MONTH_R55 = "|".join(sorted(map(re.escape, _FOREIGN_MONTHS), key=len, reverse=True))
# "hij is 1 ocak 1950": a date of a foreign month said of a person
_FOREIGN_IS_DATE_R55_RE = re.compile(
    r"\b(?:is|ben|zijn|was|geboren|born)[ ]((?:0?[1-9]|[12]\d|3[01])\.?[ ]"
    rf"(?i:{_FOREIGN_MONTH_R55})[ ](?:19|20)\d\d)(?![\w])"
)


_DUTCH_MONTHS_R55 = frozenset(MONTH_NAMES) | frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december")
)  # fmt: skip


_DAY_WORD_YEAR_R55_RE = re.compile(r"\d[.]?[ ][^\W\d]+[ ](?:19|20)\d\d")


def _more_births(text: str, previous: str, cover: _Cover, year: int) -> list[Span]:
    out = []
    if "?" in previous and _birth_asked(previous):
        for m in _DATE_R55_RE.finditer(text):
            if int(m.group(1)) <= year and cover.find(1, m.start(), m.end()) < 0:
                out.append(Span(m.start(), m.end(), "DATE_OF_BIRTH"))
    if not _DAY_WORD_YEAR_R55_RE.search(text):
        return out
    for m in _FOREIGN_IS_DATE_R55_RE.finditer(text):
        month = m.group(1).split()[1].lower()
        if month not in _DUTCH_MONTHS_R55 and cover.find(1, m.start(1), m.end(1)) < 0:
            out.append(Span(m.start(1), m.end(1), "DATE_OF_BIRTH"))
    return out


def _no_future_births(text: str, spans: list[Span], year: int) -> list[Span]:
    out = []
    for s in spans:
        if s.label == "DATE_OF_BIRTH":
            m = _FOUR_DIGIT_YEAR_R55_RE.search(text, s.start, s.end)
            if m is not None and int(m.group()) > year:
                continue
        out.append(s)
    return out


def _no_body_accounts(
    text: str, previous: str, spans: list[Span], body_in_chat: bool
) -> list[Span]:
    asked = None
    out = []
    for s in spans:
        if s.label == "IBAN":
            if _BODY_AFTER_R55_RE.match(text, s.end) and not _OWN_R55_RE.search(text, s.end):
                continue  # (not "..., die is van de club maar staat op mijn naam")
            if asked is None:
                # ("jullie" is a household as well: only where a body is in the chat or named)
                asked = (
                    "jullie" in previous
                    and (body_in_chat or _BODY_R55_RE.search(previous + " " + text) is not None)
                    and _body_asked(previous)
                    and not _OWN_R55_RE.search(text)
                )
            if asked:
                continue
        out.append(s)
    return out


# --- the chat ---------------------------------------------------------------------------------


_NO_LABELS_R55: frozenset[str] = frozenset()


def _firm_chosen(word: str, previous: str, lex: lexicon.Lexicon) -> bool:
    """Whether a lower-case ``word`` answers a question offering firms, one named by it
    ("Bouwbedrijf Smit of Jansen Bouw?" - "smit, die was goedkoper"); not a person offered
    ("Jan Smit of Piet Jansen?")."""
    if not word.islower():
        return False
    named = re.search(rf"([A-Z][\w-]+)[ ]{re.escape(word.capitalize())}(?![\w])", previous)
    return named is not None and named.group(1).lower() not in lex.first_names


def chat_rules_r55(
    texts: Sequence[str], found: list[list[Span]], participants: Sequence[str]
) -> None:
    """Round 55, in place (see the module's docstring)."""
    lex = lexicon.load()
    storms = _storms(texts, participants, lex)
    year = datetime.datetime.now(tz=datetime.UTC).year
    header: tuple[str, int, int] | None = None
    cache: list[frozenset[str]] = []

    surnames_cache: list[frozenset[str]] = []
    streets_cache: list[frozenset[str]] = []

    def streets() -> frozenset[str]:
        if not streets_cache:
            streets_cache.append(_chat_streets(texts, found))
        return streets_cache[0]

    def chat_surnames() -> frozenset[str]:
        if not surnames_cache:
            surnames_cache.append(_chat_surnames(texts, found, participants, lex))
        return surnames_cache[0]

    def known() -> frozenset[str]:
        if not cache:
            cache.append(_chat_person_words(texts, found, lex, storms[0]))
        return cache[0]

    for index, text, spans, previous, has_digit in chat_messages(texts, found):
        if "\t" in text or ";" in text:
            if header is not None and has_digit and header[0] in text:
                row = _table_row(text, header)
                if row:
                    spans = _replaced(spans, row)
            else:
                header = _header(text) if not has_digit else None
        else:
            header = None
        labels = {s.label for s in spans} if spans else _NO_LABELS_R55
        if "PERSON" in labels:
            spans = _no_persons(text, spans, storms, lex)
            if has_digit and streets():
                spans = _no_street_persons(text, spans, streets())
            if ", " in text:
                spans = _no_firms_in_lists(text, spans, lex)
        if "EMAIL" in labels:
            spans = _no_team_mail(text, spans, lex)
        if "ADDRESS" in labels and has_digit:
            spans = _no_homes(text, spans)
        if "DATE_OF_BIRTH" in labels:
            spans = _no_future_births(text, spans, year)
        if "IBAN" in labels:
            spans = _no_body_accounts(
                text, previous, spans, any(_BODY_R55_RE.search(p) for p in participants)
            )
        if "PERSON" in labels or "ADDRESS" in labels:
            spans = _widened(text, spans)
        cover = _Cover(text, spans)
        more = _word_persons(text, cover, lex, known, chat_surnames)
        if more and " of " in previous and "?" in previous:
            more = [s for s in more if not _firm_chosen(text[s.start : s.end], previous, lex)]
        if "v.d. " in text or "v/d " in text:
            more += _particle_surnames(text, cover, lex)
        if holds_any(text, _SLOT_PARTS_R55):
            more += _slot_surnames(text, cover, lex)
        if has_digit:
            more += _more_births(text, previous, cover, year)
        if " van " in text or " (" in text or ":" in text:
            more += _persons_by_context(text, spans, cover, lex)
        more += _more_homes(text, previous, spans, has_digit)
        if _INITIAL_GATE_R55_RE.search(text):
            more += _surnames_with_initials(text, lex)
        if more:
            spans = _merged(spans, more)
        found[index] = spans
