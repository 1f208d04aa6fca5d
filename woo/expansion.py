"""Dutch query expansion from the archive's own vocabulary and the Woo team's synonym list.

For every typed word the search also looks for:
- words that begin with it (prefix: "jazz" finds "jazzfestival", "kap" finds "kapploeg");
- compounds that end with it ("sluiting" finds "woningsluiting"), taken from the vocabulary;
- the parts of a typed compound ("bomenkap" finds "kap" and "bomen"), when both parts are words
  of the archive;
- past participles that the Dutch stemmer does not join ("kappen" finds "gekapt");
- the other words of its synonym group ("sth" finds "statushouders");
- its initialism, when the archive uses one ("jeugdgezondheidszorg" finds "jgz"; two letters
  only where a conversation uses them with what they stand for: "pg", "de loods" → "dl");
- the forms of the strong verb it is made from ("inbraak" finds "ingebroken", "inbreker"),
  and for a doer in -rder what is done ("vervoerder" finds "vervoer");
- for a word the archive does not know, the closest word that it does (pg_trgm on PostgreSQL,
  difflib on the embedded SQLite default): "subisidie" finds "subsidie";
- the other number of a noun whose plural changes its vowel or takes -eren, which the
  stemmer keeps apart ("graven" finds "graf", "stad" finds "steden", "kind" "kinderen").

Everything added is reported, so the page can say "ook gezocht op: …".
"""

from __future__ import annotations

import difflib
import functools
import itertools
import math
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import F, Q

from accounts import prepared
from chats.redaction import lexicon as name_lexicon

from .blackout import hide_placeholders
from .constants import SEARCH_CONFIG
from .irregular_plurals import PLURALS_OF, SINGULARS_OF
from .lexicon import INFLECTIONS, MIN_PART, common_words, dictionary, known_word
from .models import (
    SearchEntry,
    SearchRecord,
    Synoniemgroep,
    VocabularyVersion,
    Woord,
    synonym_words,
)
from .query import ParsedQuery, Term
from .relevance import content_share

_WORD = re.compile(r"^\w+$", re.UNICODE)
# A compound written with hyphens between words: "proces-verbaal", "procureur-generaal".
_HYPHENATED = re.compile(r"^[^\W\d_]{2,}(?:-[^\W\d_]{2,}){1,2}$", re.UNICODE)
_TOKENS = re.compile(r"\w+", re.UNICODE)
# Compound parts that are too common to search on their own ("meerkosten" is not about "meer").
_WEAK_PARTS = frozenset(
    [
        "meer",
        "over",
        "onder",
        "voor",
        "door",
        "niet",
        "veel",
        "alle",
        "zelf",
        "weer",
        "heel",
        "half",
        "hoofd",
        "extra",
        "groot",
        "klein",
        "nieuw",
        "oud",
        "eigen",
    ]
)
# Modifiers that say whose a thing is in a municipality's own archive, not what it is: a
# "gemeenteauto" or "dienstauto" is a car of the municipality, searched by its head; the
# modifier alone finds the organisation's every other compound ("gemeentegrond",
# "dienstrooster", "diensten"), lines about something else (round 57, set 34's R10: 55%
# precision). Still searched as the head of a compound ("buitendienst") and as typed.
_OWNER_MODIFIERS = frozenset(["gemeente", "gemeentelijk", "dienst"])
# Prefixes of size that make a kind of the word they precede: a "minibos" is a "bos", a
# "minibus" a "bus", a "megastal" a "stal". The head is what the chats call the thing ("het
# bos"); the prefix alone means nothing, so it is no part searched (round 58, set 35's R1:
# "minibos aanplant" did not list the chats that write "het bos" of the tiny forest). A head of
# three letters is too short for the balanced cut of other compounds, so these are cut apart.
_SIZE_MODIFIERS = frozenset(["mini", "micro", "mega"])
# Prepositions and adverbs that make a word of their own of the word they precede: no modifier
# of a compound ("achterstand" is no "stand", "tegenvaller" no "valler", "buitendienst" no
# kind of "dienst" one searches for). Shorter ones are no part anyway (MIN_PART) or are nouns
# too ("weg", "toe").
_PARTICLE_MODIFIERS = frozenset(
    ["achter", "boven", "binnen", "buiten", "tussen", "tegen", "samen", "terug", "onder", "over"]
    + ["door", "voor", "rond", "mede"]
)
# Suffixes that make an adjective or an abstract noun of a word: no head of a compound, though
# some are words of their own ("gevaar|lijk" is no corpse, "gemeen|schap" no shelf).
_SUFFIX_HEADS = frozenset(
    ["lijk", "lijke", "heid", "heden", "baar", "bare", "loos", "loze", "zaam", "zame"]
    + ["achtig", "achtige", "schap", "schappen"]
    # The Latin -iteit: "autoriteit" is no "autorit|eit" (round 18's report).
    + ["eit", "iteit", "eiten", "iteiten"]
    # The doer's -aar ("inzamel|aar", "wandel|aar": no ear of corn) and the verbs in -eren
    # ("verwijd|eren" is "verwijder|en", nobody honours anything): round 41, set 24.
    + ["aar", "aars", "eren"]
)
# Articles, pronouns, prepositions and verb forms that are never a noun: no head of a compound
# ("centime|ter", "parkeer|der", "zwolle|naar"), which would search the chat's "ter plaatse".
# Stop words that are nouns too stay heads ("ijzer|mijn", "midden|meer", "hand|was").
_FUNCTION_HEADS = frozenset(
    ["de", "het", "een", "der", "den", "ter", "ten", "naar", "men", "eens", "werd", "dat"]
    + ["die", "dit", "wat", "wie", "hun", "zij", "hij", "ons", "uw", "dan", "toen", "maar"]
)
# The stop words of PostgreSQL's Dutch configuration (tsearch_data/dutch.stop): not searched,
# so not expanded either ("van" must not make "vandaag" a word the conversation has to hold).
_DUTCH_STOP = """
    de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar
    om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar
    haar naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden
    toch al waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier
    wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand
    geweest andere
"""
_STOP_WORDS = frozenset(_DUTCH_STOP.split())
STOP_WORDS = _STOP_WORDS  # for the search's typed phrases (woo.search._typed_pairs)
# Short words written far more often as themselves than as anyone's initials: the stop words,
# pronouns, verb forms and interjections of chat Dutch. The archive uses "we" with any head
# ("we lopen de ronde"), so initials_in_use cannot tell them apart: "wiel|erronde" made "we"
# the initials of "wielerronde" and every "we gaan ..." a hit (stop 38, set 20).
WORDS_NOT_INITIALS = frozenset(w for w in _STOP_WORDS if len(w) <= 3) | frozenset(
    ["we", "wij", "jij", "zij", "jou", "ga", "oké", "ok", "oh", "eh", "ah", "ha", "hè", "hé", "hoi"]
)
SPELLING_SIMILARITY = 0.45
COMPLETIONS_PER_WORD = 8
SPLIT_BELOW = 3  # messages: a compound that occurs less often is also searched by its parts
# Messages: a compound typed alone that occurs less often is also searched by its parts, with
# the clause of its rarer part (_rarer_part_clause) keeping the commoner part's conversations
# apart. Round 50 (set 29: "watertoren" in 4 messages, "de toren aan het Zuideinde" in the
# other conversations about its sale).
SPLIT_ALONE_BELOW = 5
VERB_PREFIX_FROM = 4  # letters of a verb's stem searched as a word prefix ("tank…", not "lig…")
# A typed word this long is also searched as a prefix of the stemmed word (stationsweg:*);
# a shorter one only finds the archive's words that start with it and continue with a Dutch
# word or an ending ("kap": kapploeg, kappen; never "kapot").
PREFIX_FROM = 6
# Endings after a typed word that still make the same word (inflections, diminutives).
_ENDINGS = frozenset(
    [
        "e",
        "en",
        "s",
        "es",
        "n",
        "t",
        "d",
        "te",
        "de",
        "ten",
        "den",
        "er",
        "ers",
        "ere",
        "st",
        "ste",
        "je",
        "jes",
        "tje",
        "tjes",
        "etje",
        "etjes",
        "ing",
        "ingen",
    ]
)
_INFLECTIONS = INFLECTIONS


@dataclass(frozen=True)
class Alternative:
    """One way a clause can match: `kind` is prefix (of the stemmed word), word_prefix (of the
    word as written), exact, phrase, or together (words that must be in one message, as
    tsquery text: _head_together)."""

    kind: str
    text: str
    # The typed word itself (or the archive's spelling of an unknown one); the other
    # alternatives weigh less in the ranking.
    typed: bool = field(default=False, compare=False)
    # A part of the typed compound, or a head found with another word (a wider thing: "park"
    # of "zonnepark", "geluid" of "geluidsoverlast"), not the typed word's own forms, compounds,
    # synonyms or initials (woo.search: a conversation holding the typed words, round 21).
    part: bool = field(default=False, compare=False)
    # A word of the typed word's synonym group, or one of its forms (_synonym_alternatives,
    # head_synonyms): it finds what the typed word names, but a conversation's subject holding
    # only it is not about the request's thing (woo.search: headed, round 56).
    synonym: bool = field(default=False, compare=False)


@dataclass
class Expansion:
    """The typed query with what was added to it."""

    clauses: list[list[Alternative]] = field(default_factory=list)
    excluded: list[Alternative] = field(default_factory=list)
    also: list[str] = field(default_factory=list)  # added words, for "ook gezocht op"
    corrections: dict[str, str] = field(default_factory=dict)  # typed word -> suggestion
    needles: list[list[str]] = field(default_factory=list)  # per clause: substrings (SQLite)

    def note(self, word: str) -> None:
        if word not in self.also:
            self.also.append(word)


# The groups as last read and their words (_synonyms): (stored texts, words per group).
_synonyms_read: list = [(), []]


_SYNONYM_TEXTS_SQL = f"SELECT woorden FROM {Synoniemgroep._meta.db_table} ORDER BY woorden"


def _synonyms(stored: tuple[str, ...] | None = None) -> list[list[str]]:
    """The synonym groups' words, in the groups' order. Read on every search: one plain query
    (the ORM's building of it and its model instances cost more than the query itself), so an
    edited group counts at once; `stored`: their texts as this search read them already
    (_version_and_synonym_texts). Split into words only when the stored texts differ from the
    last read (the same list is shared then: callers must not change it)."""
    if stored is None:
        with connection.cursor() as cursor:
            cursor.execute(_SYNONYM_TEXTS_SQL)
            stored = tuple(woorden for (woorden,) in cursor.fetchall())
    if stored != _synonyms_read[0]:
        _synonyms_read[:] = [stored, [synonym_words(woorden) for woorden in stored]]
    return _synonyms_read[1]


INITIALS_FROM = 3  # letters: an initialism of two ("pv", "dl") stands for too many things
INITIAL_PART = 4  # letters of a part the initials are taken from ("ver|gun|ning" is no cut)
_PART_ENDINGS = ("en", "s", "e", "n")  # inflections and linking letters after a part


def _is_part(part: str, words: frozenset[str]) -> bool:
    """Whether a piece of a compound is a Dutch word of INITIAL_PART letters or more, perhaps
    inflected or with a linking s."""
    if len(part) < INITIAL_PART:
        return False
    if part in words:
        return True
    return any(
        part.endswith(end) and len(part) - len(end) >= INITIAL_PART and part[: -len(end)] in words
        for end in _PART_ENDINGS
    )


@functools.lru_cache(maxsize=4096)
def _initials(word: str) -> frozenset[str]:
    """The initials of every way to cut the word into two to five Dutch words (_is_part).
    Kept per process: a pure function of the word (the dictionary is fixed), asked several
    times a search."""
    if len(word) < 2 * INITIAL_PART or not word.isalpha():
        return frozenset()
    words = dictionary()

    @functools.cache
    def cuts(start: int) -> frozenset[str]:
        # The initials of every way to cut word[start:] into parts (at most five).
        found = set()
        for end in range(start + INITIAL_PART, len(word) + 1):
            if not _is_part(word[start:end], words):
                continue
            if end == len(word):
                found.add(word[start])
            else:
                found |= {word[start] + rest for rest in cuts(end) if len(rest) < 5}
        return frozenset(found)

    return frozenset(initials for initials in cuts(0) if len(initials) >= 2)


def initialisms(word: str) -> set[str]:
    """The initials of the typed compound cut into three or more Dutch words, that are no
    Dutch word themselves: "jeugdgezondheidszorg" (jeugd|gezondheids|zorg) → "jgz",
    "leerlingenvervoer" (leer|lingen|vervoer) → "llv". Every way to cut the word counts; the
    search keeps those the archive uses as a word."""
    words = dictionary()
    return {
        initials
        for initials in _initials(word)
        if len(initials) >= INITIALS_FROM and initials not in words and initials != word
    }


def word_initialisms(word: str) -> set[str]:
    """The initials of three letters or more of the typed compound that are a Dutch word
    themselves: "mer" (milieu|effect|rapportage), "hap" (huis|artsen|post). A word stands for
    itself more often than for the compound: the search takes them only where a conversation
    of the archive uses them together with the compound (initials_in_use)."""
    words = dictionary()
    return {
        initials
        for initials in _initials(word)
        if len(initials) >= INITIALS_FROM and initials in words and initials != word
    }


def hyphen_inflections(word: str) -> set[str]:
    """A word written with a hyphen inflected in its last part, as candidates (the search keeps
    those the archive holds): "e-bike" → "e-bikes", "pop-up" → "pop-ups". The Dutch stemmer
    keeps the -s of a loanword's plural after an -e ("e-bikes" stays "e-bikes", "e-bike" is
    "e-bik"), so the typed word, searched as a phrase, missed its plural. Round 65 (set 40:
    "e-bike gestolen schuur" listed neither chat writing "2 e-bikes weg", "14 e-bikes")."""
    if "-" not in word or not word.replace("-", "").isalpha():
        return set()
    tail = word.rsplit("-", 1)[1]
    if len(tail) < 2:
        return set()
    return {word + ending for ending in _INFLECTIONS}


INITIALISM_HEAD_FROM = 4  # letters of the noun after an initialism ("ketel", not "pot" of "wc-pot")
# Short prefixes written with a hyphen that are no initials: an "ex-wethouder" is no "wethouder".
_NOT_INITIALISMS = frozenset(["ex", "co", "oud", "non", "pro", "pre", "vice", "anti"])


def initialism_tail(word: str) -> str:
    """The noun after an initialism in a word written with a hyphen, as a candidate (the search
    keeps it where the archive holds it): "cv-ketel" → "ketel", "hr-ketel" → "ketel",
    "wc-pot" → "", "pvc-buis" → "buis". The initials name the kind, the noun the thing, and a
    chat names it by the noun once the kind is known ("Ja, ketel stuk", "de nieuwe ketel
    hangt"). Not a prefix that is a word or no initials ("oud-wethouder", "ex-wethouder",
    "pop-up"), not a noun the dictionary lacks ("e-bike": "bike"). Round 66 (set 41)."""
    parts = word.split("-")
    if len(parts) != 2:
        return ""
    initials, noun = parts
    if not (initials.isalpha() and 2 <= len(initials) <= 3 and noun.isalpha()):
        return ""
    if initials in _NOT_INITIALISMS or initials in WORDS_NOT_INITIALS:
        return ""
    if len(initials) == 3 and initials in dictionary() and any(c in "aeiou" for c in initials):
        return ""  # "pop", "led", "oud": a word ("pvc", "gft": initials the dictionary lists)
    if len(noun) < INITIALISM_HEAD_FROM or noun not in dictionary():
        return ""
    return noun


def initialism_candidates(word: str) -> set[str]:
    """The words initialism_head looks up (in the one vocabulary statement): the typed word and
    its noun."""
    noun = initialism_tail(word)
    return {word, noun} if noun else set()


def initialism_head(word: str, counts: dict[str, int]) -> str:
    """The noun of a typed word of an initialism and a noun (initialism_tail), where the
    archive holds the noun and seldom the typed word (fewer than SPLIT_BELOW messages), as a
    rare compound is searched by its head (_split_alone): "dorpshuis rogat cv-ketel" finds the
    chat "Rogat" that says "Ja, ketel stuk" and the supplier's "nieuwe HR-ketel"."""
    noun = initialism_tail(word)
    if not noun or counts.get(word, 0) >= SPLIT_BELOW or not counts.get(noun):
        return ""
    return noun


def hyphen_initials(compound: str) -> str:
    """The initials of a hyphenated compound: "proces-verbaal" → "pv"."""
    return "".join(part[0] for part in compound.split("-"))


def hyphenated_forms(compound: str, counts: dict[str, int]) -> list[str]:
    """A hyphenated compound as words apart, and its plural, whose first part Dutch inflects
    ("processen-verbaal", "procureurs-generaal"), where the archive holds that form: as
    phrases, which find it with and without the hyphen."""
    first, rest = compound.split("-", 1)
    tail = " ".join(rest.split("-"))
    plurals = (form for form in inflected_forms(first) if form.endswith(("en", "s")))
    forms = sorted(form for form in plurals if counts.get(form))
    return [f"{form} {tail}" for form in [first, *forms]]


def short_initialisms(word: str) -> set[str]:
    """The two initials of the typed compound cut into two Dutch words ("dorpshuis" → "dh").
    Two letters stand for many things: the search takes them only where a conversation of the
    archive uses them together with the compound or its head (initials_in_use)."""
    return {initials for initials in _initials(word) if len(initials) == 2}


CLIPPED_PART = 5  # letters of each part a clipped name is taken from ("slui|ting" is no cut)


def clippings(word: str) -> set[str]:
    """The typed compound cut into two Dutch words, clipped to the first two letters of each
    ("kinder|burgemeester" → "kibu", written "kiBu"), that are no Dutch word or stop word: the
    office's short name for a long compound. Four letters stand for other things too: the
    search takes them only where a conversation of the archive uses them together with the
    compound or its head (initials_in_use). Round 39 (set 23: "kiBu activiteiten")."""
    if len(word) < 2 * CLIPPED_PART or not word.isalpha():
        return set()
    words = dictionary()
    found = set()
    for cut in range(CLIPPED_PART, len(word) - CLIPPED_PART + 1):
        first, second = word[:cut], word[cut:]
        if _is_part(first, words) and second in words and len(second) >= CLIPPED_PART:
            clipped = first[:2] + second[:2]
            if clipped not in words and clipped not in _STOP_WORDS:
                found.add(clipped)
    return found


def phrase_initialisms(terms: list[str]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The initials of two or three consecutive typed words ending in a word that is no stop
    word ("de wissel" → "dw"), per that last word: (initials, the run's words that are no stop
    words). Searched only where a conversation uses them with those words
    (initials_in_use)."""
    result: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for size in (2, 3):
        for i in range(len(terms) - size + 1):
            run = terms[i : i + size]
            if not all(_WORD.match(t) and t.isalpha() for t in run) or run[-1] in _STOP_WORDS:
                continue
            content = tuple(t for t in run if t not in _STOP_WORDS)
            initials = "".join(t[0] for t in run)
            result.setdefault(run[-1], []).append((initials, content))
    return result


def name_initials(run: tuple[str, ...]) -> set[str]:
    """The initials of a run of typed words where a word that begins with a Dutch word of
    INITIAL_PART letters or more gives the capital of its rest too: "Nieuw|veense Landen" →
    "nvl", as a place is named by the capitals of its parts. Of INITIALS_FROM letters or more,
    with at least one such cut (the plain initials are phrase_initialisms'), and no Dutch word
    themselves. Candidates: searched only where a message writes them with another typed word
    (_unwritten_runs). Round 65 (set 40: "Stichting Buurtfeest NVL" for "zomerfeest
    nieuwveense landen")."""
    words = dictionary()
    options = []
    for term in run:
        firsts = {term[0]}
        for cut in range(INITIAL_PART, len(term) - INITIAL_PART + 1):
            if term[:cut] in words and term[cut:] not in _STOP_WORDS:
                firsts.add(term[0] + term[cut])
        options.append(firsts)
    found = {""}
    for firsts in options:
        found = {done + first for done in found for first in firsts}
    plain = "".join(term[0] for term in run)
    # Initials that make a word stand for that word ("pad" of "paard aan|rijding").
    return {
        initials
        for initials in found
        if len(initials) >= INITIALS_FROM and initials not in words and initials != plain
    }


def initials_in_use(candidates: list[tuple[str, str, bool]]) -> set[int]:
    """Of the (initials, tsquery text of what they stand for, whether in one message) triples:
    the indexes of those whose initials the archive uses together with what they stand for,
    in one conversation or, for the initials of typed words ("De Wissel (DW)"), in one
    message: in a team chat "SP" (a party) and "sluiting" and "parkeergarage" meet by chance.
    PostgreSQL only; the embedded SQLite default takes none."""
    if not candidates or connection.vendor != "postgresql":
        return set()
    key = tuple(tuple(candidate) for candidate in candidates)
    return set(_vocabulary_lookup("initials", key, lambda: _read_initials_in_use(candidates)))


def _read_initials_in_use(candidates: list[tuple[str, str, bool]]) -> frozenset[int]:
    records, entries = SearchRecord._meta.db_table, SearchEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT x.n FROM unnest(%s::text[], %s::text[], %s::bool[]) WITH ORDINALITY "
            "AS x(initials, words, message, n) "
            f"WHERE (NOT x.message AND EXISTS (SELECT 1 FROM {records} r "
            f"WHERE r.vector @@ to_tsquery('{SEARCH_CONFIG}', x.initials) "
            f"AND r.vector @@ to_tsquery('{SEARCH_CONFIG}', x.words))) "
            f"OR (x.message AND EXISTS (SELECT 1 FROM {entries} e "
            f"WHERE e.vector @@ to_tsquery('{SEARCH_CONFIG}', x.initials) "
            f"AND e.vector @@ to_tsquery('{SEARCH_CONFIG}', x.words)))",
            [[c[0] for c in candidates], [c[1] for c in candidates], [c[2] for c in candidates]],
        )
        return frozenset(row[0] - 1 for row in cursor.fetchall())


# Vocabulary counts are read on every search (expansion, small talk): kept per process for a
# minute. They change only when a record is indexed or blacked out further (cleared here at
# once; other processes at their next search, vocabulary_cache_sync) and steer nothing but
# rarity thresholds and suggestions.
VOCABULARY_CACHE_SECONDS = 60.0
VOCABULARY_CACHE_WORDS = 50_000
_counts_cache: dict[tuple[str, str], tuple[float, int | None]] = {}


# What the archive's vocabulary and index say about a typed word (compounds ending in it, words
# starting with it, the closest spelling, the initials in use) is looked up again for every
# page of the same search and every repeated search: kept like the counts, for a minute and
# until this process indexes a record (1M-message bench: five lookups, the trigram ones the
# dearest, in every request).
VOCABULARY_LOOKUPS = 10_000
_lookups_cache: dict[tuple, tuple[float, object]] = {}


def vocabulary_cache_clear() -> None:
    """Forget the cached vocabulary counts and lookups (after the vocabulary changed)."""
    _counts_cache.clear()
    _lookups_cache.clear()


# Per database: the shared VocabularyVersion this process's caches were last checked against.
_vocabulary_synced: dict[str, int] = {}


def vocabulary_changed() -> None:
    """The vocabulary or the synonym list changed in this transaction: this process forgets its
    cache at once, and every process at its next search once the change is committed (the shared
    version is raised after commit: a process reading it before then reads the old words)."""
    vocabulary_cache_clear()
    transaction.on_commit(_vocabulary_version_raise)


def _vocabulary_version_raise() -> None:
    vocabulary_cache_clear()
    raised = VocabularyVersion.objects.filter(pk=1).update(version=F("version") + 1)
    if not raised:  # no row yet (an emptied database): the first
        VocabularyVersion.objects.bulk_create(
            [VocabularyVersion(pk=1, version=1)], ignore_conflicts=True
        )


def vocabulary_version() -> int:
    """The shared version of the vocabulary (one primary-key read)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT version FROM {VocabularyVersion._meta.db_table} WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else 0


def _version_and_synonym_texts() -> tuple[int, tuple[str, ...]]:
    """The shared vocabulary version (vocabulary_version) and the synonym groups' texts
    (_synonyms) in one round trip: a search of words asks both."""
    with connection.cursor() as cursor:
        prepared.execute(  # parsed and planned once per connection (accounts.prepared)
            cursor,
            "woo_vocabulary_synonyms",
            f"SELECT (SELECT version FROM {VocabularyVersion._meta.db_table} WHERE id = 1), "
            f"ARRAY({_SYNONYM_TEXTS_SQL})",
        )
        version, texts = cursor.fetchone()
    return version or 0, tuple(texts)


def vocabulary_cache_sync(version: int | None = None) -> None:
    """Once per search: forget this process's cached counts and lookups when another process
    changed the vocabulary or the synonyms since they were read (one cheap lookup; `version`:
    as read already)."""
    database = connection.settings_dict.get("NAME") or ""
    version = vocabulary_version() if version is None else version
    if _vocabulary_synced.get(database) != version:
        vocabulary_cache_clear()
        _vocabulary_synced[database] = version


def _vocabulary_lookup(kind: str, key, compute):
    """compute() for this kind of lookup and key, from the process's cache when read in the
    last VOCABULARY_CACHE_SECONDS. The result is shared: callers must not change it."""
    cache_key = (connection.settings_dict.get("NAME") or "", kind, key)
    now = time.monotonic()
    hit = _lookups_cache.get(cache_key)
    if hit is not None and now - hit[0] < VOCABULARY_CACHE_SECONDS:
        return hit[1]
    value = compute()
    if len(_lookups_cache) >= VOCABULARY_LOOKUPS:
        _lookups_cache.clear()
    _lookups_cache[cache_key] = (now, value)
    return value


def vocabulary_counts(words: set[str]) -> dict[str, int]:
    """How many messages hold each of the words (those the vocabulary knows).

    On PostgreSQL a join with the array of words: `woord IN (…)` made the planner take the
    trigram index for an equality, 30 ms instead of well under one on a 1M-message archive.
    Counts read in the last VOCABULARY_CACHE_SECONDS come from the process's cache.
    """
    if not words:
        return {}
    database = connection.settings_dict.get("NAME") or ""
    now = time.monotonic()
    result: dict[str, int] = {}
    missing: list[str] = []
    for word in words:
        hit = _counts_cache.get((database, word))
        if hit is not None and now - hit[0] < VOCABULARY_CACHE_SECONDS:
            if hit[1] is not None:
                result[word] = hit[1]
        else:
            missing.append(word)
    if not missing:
        return result
    found = _read_counts(missing)
    result.update(found)
    if len(_counts_cache) + len(missing) > VOCABULARY_CACHE_WORDS:
        _counts_cache.clear()
    for word in missing:
        _counts_cache[(database, word)] = (now, found.get(word))
    return result


def _read_counts(words: list[str]) -> dict[str, int]:
    if connection.vendor != "postgresql":
        return dict(Woord.objects.filter(woord__in=words).values_list("woord", "berichten"))
    table = Woord._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT v.woord, v.berichten FROM unnest(%s::text[]) AS w(woord) "
            f"JOIN {table} v ON v.woord = w.woord",
            [sorted(words)],
        )
        return dict(cursor.fetchall())


def _has_prefix(word: str) -> bool:
    return _vocabulary_lookup(
        "prefix", word, lambda: Woord.objects.filter(woord__startswith=word).exists()
    )


def _split_candidates(word: str) -> list[tuple[list[str], str]]:
    """Every way to cut the word in a modifier (with or without linking s) and a head."""
    if len(word) < 2 * MIN_PART + 1:
        return []
    candidates = []
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        modifier, head = word[:i], word[i:]
        forms = [modifier]
        if modifier.endswith("s") and len(modifier) > MIN_PART + 1:
            forms.append(modifier[:-1])  # linking s: gladheid-s-bestrijding
        candidates.append((forms, head))
    return candidates


def _split(word: str, counts: dict[str, int]) -> tuple[str, str] | None:
    """The compound's modifier and head (_split_word); a plural compound the dictionary lacks,
    and that has no split, as its singular where the archive or the dictionary holds that one's
    head
    ("betalings|achterstand" of "betalingsachterstanden": the dictionary has neither the
    compound nor "achterstanden"; round 50, set 29, where the query found nothing and the chats
    say "huurders met 1 maand achterstand")."""
    found = _split_word(word, counts)
    if found or word in dictionary():
        # A word the dictionary knows is no size compound ("minister" is no "mini|ster").
        return found
    found = _size_split(word, counts)
    if found:
        return found
    for base in plural_bases(word):
        found = _split_word(base, counts)
        if base in dictionary():
            # The singular the dictionary knows: split as that one is typed, or not at all.
            return found
        if found and (
            counts.get(found[1]) or (found[1] in dictionary() and _spelled_singular(word, base))
        ):
            # Or where the dictionary has the head of the singular the plural's spelling
            # gives: the plural is split as the singular typed would be ("textiel|container"
            # of "textielcontainers", which the dictionary lacks as "containers"; round 74,
            # set 47, where the query listed nothing), not "zonne|panel" of "zonnepanelen".
            return found
    return None


def _size_split(word: str, counts: dict[str, int]) -> tuple[str, str] | None:
    """A compound of a size prefix (_SIZE_MODIFIERS) and a word of the dictionary or the
    archive of MIN_PART letters or more: "mini|bos", "micro|chip"; else None."""
    for modifier in _SIZE_MODIFIERS:
        head = word[len(modifier) :]
        if not word.startswith(modifier) or len(head) < MIN_PART or head in _ENDINGS:
            continue
        if head in _SUFFIX_HEADS or head in _FUNCTION_HEADS:
            continue
        if head in dictionary() or counts.get(head):
            return modifier, head
    return None


def written_apart(word: str, counts: dict[str, int]) -> str:
    """The compound as its writer may split it in two words, "flits paal" of "flitspaal",
    "fiets brug" of "fietsbrug" (round 67, set 42: "Er moet een flits paal komen"), searched as
    a phrase; the stemmer joins "snelheids meting" to "snelheid meting". Only where the archive
    holds both parts as words, and not where a part is a word that makes no thing of its own
    next to another: a stop word, adverb or particle ("brand weer", "achter stand"), which as
    words apart are everyday Dutch ("de brand weer uit"). Else ""."""
    cut = _split(word, counts)
    if not cut or not _apart_parts(cut, counts):
        return ""
    return f"{cut[0]} {cut[1]}"


def _apart_parts(cut: tuple[str, str], counts: dict[str, int]) -> bool:
    """Whether the two parts, written as two words next to each other, name the compound
    (written_apart): both held as words, neither a word that makes no thing of its own."""
    for part in cut:
        if not part.isalpha() or part in _STOP_WORDS or part in _WEAK_PARTS:
            return False
        if part in _FUNCTION_HEADS or part in _SUFFIX_HEADS or part in _ENDINGS:
            return False
        if not counts.get(part):
            return False
    return cut[0] not in _PARTICLE_MODIFIERS


APART_MODIFIER_FROM = 4  # letters of its first word ("klim bos", not "uur werk")
# Letters of the second word after a first word of three: "vis passage", not "uur werk".
APART_HEAD_AFTER_SHORT = 6


def written_apart_forms(word: str, counts: dict[str, int]) -> list[str]:
    """The compound's phrases as its writer may split it (written_apart), and also at the
    other cuts where the first word is a word of the dictionary and both are held: a phrase
    needs the two words side by side, so it may cut where a split may not. The split cuts
    at its longest shortest part ("waterspeel|plaats"), while "De circulatiepomp van de water
    speelplaats" writes the compound at its first word; a head of three letters is too short
    for a split ("klim|bos") but not for "Onze zienswijze over het klim bos" (round 73, set
    46). A first word of APART_MODIFIER_FROM letters or more: a short one is too often a
    number's unit ("uur werk", "3 uur werk"); one of three only before a dictionary word of
    APART_HEAD_AFTER_SHORT letters or more ("die vis passage" for "vispassage", round 74, set 47:
    the dictionary knows "vispassage" whole, so its split wants a modifier of five letters and
    cuts "vispas|sage")."""
    split_apart = written_apart(word, counts)
    phrases = [split_apart] if split_apart else []
    for forms, head in _split_candidates(word):
        modifier = forms[0]
        if modifier not in dictionary() or len(modifier) < APART_MODIFIER_FROM - 1:
            continue
        if len(modifier) < APART_MODIFIER_FROM and (
            len(head) < APART_HEAD_AFTER_SHORT or head not in dictionary()
        ):
            continue
        phrase = f"{modifier} {head}"
        if phrase not in phrases and _apart_parts((modifier, head), counts):
            phrases.append(phrase)
    return phrases


def plural_bases(word: str) -> list[str]:
    """The singulars a plural compound the dictionary lacks may have, as candidates: the word
    without -en or -s ("achterstanden" → "achterstand"), after a doubled consonant first without
    the one it doubles ("sporthallen" → "sporthal", not "sporthall"; review 57)."""
    bases = []
    for ending in ("en", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 2 * MIN_PART + 1:
            stem = word[: -len(ending)]
            if ending == "en" and _doubled_consonant(stem):
                bases.append(stem[:-1])
            bases.append(stem)
    return bases


def _doubled_consonant(stem: str) -> bool:
    return stem[-1] == stem[-2] and stem[-1] not in "aeiouy"


def _spelled_singular(word: str, base: str) -> bool:
    """Whether `base` is the singular of the plural `word` by its spelling alone: a plural in -s
    ("containers"), or in -en after two consonants ("achterstanden") or with the doubled one
    undone ("hallen": "hal"). After a single vowel and consonant it may be either: "panelen" is
    the plural of "paneel", "zalen" of "zaal", "wegen" of "weg" (review 57)."""
    if not word.endswith("en") or len(base) != len(word) - 2:
        return True
    return not (base[-2] in "aeiouy" and base[-1] not in "aeiouy")


def _typed_name(word: str) -> bool:
    """Whether a typed word is a person's name: one of the redaction's name lists (no ordinary
    word, place or listed not-name), or one hunspell-nl writes only with a capital
    ("Dijkstra")."""
    return word in name_lexicon.person_names() or (
        word in dictionary() and word not in common_words()
    )


def _name_fragment(part: str) -> bool:
    """Whether a piece of a person's name (_typed_name) is no word to search on its own:
    shorter than INITIAL_PART letters ("tra") or one the dictionary does not write small (a
    name's genitive: "Dijks"). Walk 50 (issue 17): "Dijkstra" was searched as "dijks" and
    "tra" and listed a chat about the "Koedijkslanden". A name as the modifier of a typed
    compound stays a part ("juliana|brug")."""
    return len(part) < INITIAL_PART or part not in common_words()


def _capital_fragments(typed: str, split: tuple[str, str] | None, counts: dict[str, int]) -> bool:
    """Whether a cut of a word typed with a capital that the dictionary does not know (a name:
    "Waterstra") has a piece that is no word of its own there: shorter than INITIAL_PART
    letters ("tra", "sma") and not held by the archive (walk 50, issue 17). A name's longer
    pieces stay parts ("Julianabrug": "brug")."""
    return (
        bool(split)
        and typed[:1].isupper()
        and typed.lower() not in dictionary()
        and any(len(part) < INITIAL_PART and not counts.get(part) for part in split)
    )


def _split_word(word: str, counts: dict[str, int]) -> tuple[str, str] | None:
    """The compound's modifier and head, both Dutch words ("bomen", "kap"), longest parts first.

    An inflected form of a dictionary word is split as that word ("woningen" as "woning", which
    has no split), and of equally long splits the one with the longer modifier wins ("buurt|huis",
    not "buur|thuis").
    """
    words = dictionary()
    # A dictionary word the archive holds nowhere: the officer's word is not the archive's, and
    # its parts are the only way to find what the archive says ("datalek": "het lek"). Its
    # cuts need not be long (round 18, _loose_cut).
    unheld = not counts.get(word) and word in words
    name = _typed_name(word)
    for ending in _INFLECTIONS:
        base = word[: -len(ending)]
        if word.endswith(ending) and word not in words and base in words:
            word = base
            break
    # A word of the dictionary may be no compound at all ("renovatie" is not "ren|ovatie",
    # "sluiting" not "slui|ting"): it is only split with a modifier of five letters or more.
    whole = word in words
    best = None
    for forms, head in _split_candidates(word):
        if head in _ENDINGS or head in _SUFFIX_HEADS or head in _FUNCTION_HEADS:
            continue  # "sluit|ing" is no compound, "gevaar|lijk" and "centime|ter" none either
        if head not in counts and head not in words and not agent_verb_held(head, counts):
            continue  # a doer the archive names by its verb only ("prikkers": "prikken")
        for form in forms:
            if form in _PARTICLE_MODIFIERS:
                continue  # "achter|stand" is no kind of "stand", "samen|werking" no "werking"
            if form.endswith("s") and "s" + head in words:
                continue  # the s begins the head: "bouw|stop", not "bouws|top"
            if head[0] == form[-1] and head[1:] in _ENDINGS:
                continue  # a doubled consonant and an ending: "herstel|len", "vastleg|gen"
            if _verb_noun_cut(form, head, words):
                continue  # "aanrij|ding" is "aanrijd|ing", the noun of "aanrijden" (round 64)
            if name and (_name_fragment(form) or _name_fragment(head)):
                continue  # "dijks|tra" of "Dijkstra": a name's genitive and no word (walk 50)
            # A name the dictionary holds is no modifier of a word it knows whole ("Voorma" of
            # "voormalig", round 71): there the modifier is a common word or the archive's.
            known = form in counts or (form in common_words() if whole else form in words)
            # A three-letter part only next to a long one: "bomen|kap", not "kant|oor".
            balanced = min(len(form), len(head)) >= 4 or max(len(form), len(head)) >= 5
            if whole:
                # A linking s marks the cut ("raad|s|vergadering"): the modifier counts with it,
                # where the archive holds the head; not where the s may begin it ("baby|sitter",
                # not "baby|s|itter").
                linked = (
                    form + "s" in forms
                    and len(head) >= 5
                    and bool(counts.get(head))
                    and "s" + head not in words
                )
                balanced = len(form) + linked >= 5
            if unheld and not balanced:
                # Not where the dropped linking s begins a word: "bouw|stop", not "bouw|top".
                dropped = form != modifier_of(forms)
                balanced = _loose_cut(form, head, counts) and not (dropped and "s" + head in words)
            # Longest shortest part; then without a linking s; then the longer modifier.
            key = (min(len(form), len(head)), form == modifier_of(forms), len(form))
            if known and balanced and (best is None or key >= best[0]):
                best = (key, (form, head))
    return best[1] if best else None


def _verb_noun_cut(modifier: str, head: str, words: frozenset[str]) -> bool:
    """Whether a cut falls inside a verb's noun in -ing: a head of one consonant and "ing"
    ("ding", "ring") after a modifier that is that verb without the consonant and its "-en"
    ("aanrij|ding" of "aanrijden", "uitbrei|ding" of "uitbreiden"). Round 64 (set 39:
    "aanrijding" was searched as "aanrij" and "ding", "dat ding" in any chat)."""
    if len(head) != 4 or not head.endswith("ing") or head[0] in "aeiouy":
        return False
    verb = modifier + head[0] + "en"
    return verb in words or any(
        verb.startswith(particle) and verb[len(particle) :] in words for particle in _VERB_PARTICLES
    )


def _loose_cut(modifier: str, head: str, counts: dict[str, int]) -> bool:
    """Whether a short cut of a dictionary compound the archive holds nowhere still counts:
    both parts dictionary words no shorter than MIN_PART ("data|lek", "olie|lek", "gas|lek"),
    the head one the archive holds (what the search would find), and the modifier no prefix,
    verb particle or weak part. A compound the archive holds keeps the strict cuts ("kant|oor" of
    "kantoor", "ren|ovatie" of "renovatie"): there the parts would dilute a word that finds
    its own conversations. Round 18 (set 16: "datalek" listed nothing; the chats say "een
    meldplichtig lek", "het lek bij schuldhulp")."""
    words = dictionary()
    return (
        min(len(modifier), len(head)) >= MIN_PART
        and modifier in words
        and head in words
        and bool(counts.get(head))
        and modifier not in _WEAK_PARTS
        and modifier not in _PREFIXES  # "her|indeling" is an "indeling" again, no compound
        and modifier not in _PARTICLES  # "weg|afsluiting": away as often as a road
    )


def linking_s_variants(word: str) -> set[str]:
    """The compound written with or without a linking s between two Dutch words, as
    candidates (the search keeps those the archive holds): "raadzaal" / "raadszaal",
    "stadhuis" / "stadshuis". Both are written for the same thing; the stemmer joins neither.
    Not where the s begins the head ("bouw|stop" is no "bouwtop")."""
    if not word.isalpha():
        return set()
    words = dictionary()
    variants = set()
    for forms, head in _split_candidates(word):
        if head not in words or "s" + head in words:
            continue
        modifier = modifier_of(forms)
        if len(forms) > 1 and forms[1] in words:
            variants.add(forms[1] + head)  # raads|zaal → raadzaal
        elif modifier in words and not modifier.endswith("s"):
            variants.add(modifier + "s" + head)  # raad|zaal → raadszaal
    return variants - {word}


def linking_n_variants(word: str) -> set[str]:
    """The compound written with or without the n of a linking -en-, as candidates (the
    search keeps those the archive holds): "pannenkoek" / "pannekoek", "speelautomatenhal" /
    "speelautomatehal". The spelling before 1995 (and a common slip since) drops the n; both
    name the same thing and the stemmer joins neither. Only before a head of the dictionary,
    with a modifier of four letters or more before the linking letters."""
    if not word.isalpha():
        return set()
    words = dictionary()
    variants = set()
    for forms, head in _split_candidates(word):
        if head not in words:
            continue
        modifier = modifier_of(forms)
        if modifier.endswith("en") and len(modifier) >= 6 and not modifier.endswith("een"):
            variants.add(modifier[:-1] + head)  # speelautomaten|hal → speelautomatehal
        elif modifier.endswith("e") and len(modifier) >= 5 and not modifier.endswith("ee"):
            variants.add(modifier + "n" + head)  # panne|koek → pannenkoek
    return variants - {word}


NAME_READ = SPLIT_BELOW  # texts read to tell a rare compound that is a name


def is_name(word: str, occurrences: int) -> bool:
    """Whether the archive writes a rare word as a name: with a capital wherever it stands
    inside a sentence ("aan de Zomerdijk", "bij de Lindenlaan"). A street or a place is
    written as it is; its parts ("zomer", "dijk") are no other way to say it. Reads the texts
    of at most NAME_READ entries (one lookup, cached)."""
    if not occurrences or not word.isalpha():
        return False
    return _vocabulary_lookup("name", word, lambda: _read_is_name(word))


def _read_is_name(word: str) -> bool:
    return _written_as_name(word, _name_texts(word))


def _name_texts(word: str) -> list[str]:
    """The texts of at most NAME_READ entries holding the word."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT text FROM {SearchEntry._meta.db_table} "
                f"WHERE vector @@ plainto_tsquery('{SEARCH_CONFIG}', %s) LIMIT %s",
                [word, NAME_READ],
            )
            texts = [row[0] for row in cursor.fetchall()]
    else:
        texts = list(
            SearchEntry.objects.filter(text__icontains=word).values_list("text", flat=True)[
                :NAME_READ
            ]
        )
    return texts


def _written_as_name(word: str, texts: list[str]) -> bool:
    # Inside a sentence: after a word and a space, not after a full stop or a colon.
    inside = re.compile(rf"(?<=[\w,] )({re.escape(word)})\b", re.IGNORECASE)
    found = [match.group(1) for text in texts for match in inside.finditer(text)]
    return bool(found) and all(form[0].isupper() for form in found)


def _is_word_head(head: str, counts: dict[str, int]) -> bool:
    """Whether a cut's head is a word: the archive's or the dictionary's, perhaps inflected
    ("beurten" of "tankbeurten", whose singular the dictionary holds)."""
    words = dictionary()
    if head in _ENDINGS or head in _SUFFIX_HEADS or len(head) < MIN_PART:
        return False
    if head in counts or head in words:
        return True
    return any(head.endswith(e) and head[: -len(e)] in words for e in _INFLECTIONS)


@functools.cache
def _modifier_verbs(word: str) -> tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]:
    """Per cut of a compound whose modifier may be the stem of a weak verb ("tank|pas",
    "stem|pas", "tank|beurten"): (the stem, the head, the verb's forms the search keeps where
    the archive holds them, the forms that show it is a verb: _verb_evidence)."""
    if not word.isalpha() or len(word) < 2 * MIN_PART + 1:
        return ()
    verbs = []
    for forms, head in _split_candidates(word):
        stem = modifier_of(forms)
        if stem in _PARTICLE_MODIFIERS or stem in _WEAK_PARTS or stem in _STOP_WORDS:
            continue
        for infinitive in _infinitives(stem):
            if _is_strong(infinitive):
                continue
            found = {infinitive} | _weak_forms(stem, infinitive, "")
            verbs.append((stem, head, frozenset(found), _past_forms(stem, infinitive)))
        verbs += _particle_modifier_verbs(stem, head)
    return tuple(verbs)


def _particle_modifier_verbs(stem: str, head: str) -> list[tuple[str, str, frozenset, frozenset]]:
    """A modifier that is the stem of a separable verb ("afkoppel|subsidie" of "afkoppelen",
    "opruim|actie" of "opruimen"): its infinitive, participle ("afgekoppeld") and noun in -ing.
    Its pasts split ("koppelde ... af"), so they show nothing. Its infinitive shows a verb where
    the stem with its particle is no word (no "afkoppel" of which "afkoppelen" is a plural) and
    the verb without its particle is one ("koppelen"): round 40, set 23 ("afkoppelsubsidie"
    against "de afkoppelregeling" and "afkoppelen", with no past in the archive)."""
    verbs = []
    for particle in sorted(_VERB_PARTICLES):
        base = stem[len(particle) :]
        if not stem.startswith(particle) or len(base) < MIN_PART or base in _STOP_WORDS:
            continue
        for infinitive in _infinitives(base):
            if _is_strong(infinitive):
                continue
            noun = particle + infinitive[:-2] + "ing"
            participle = _weak_forms(base, infinitive, particle)
            evidence = participle | {noun}
            if infinitive in dictionary() and stem not in dictionary():
                evidence.add(particle + infinitive)
            found = {particle + infinitive, noun} | participle
            verbs.append((stem, head, frozenset(found), frozenset(evidence)))
    return verbs


def _past_forms(stem: str, infinitive: str) -> frozenset[str]:
    """The pasts of a weak verb ("tankte", "stemden"): forms only a verb has. Not its present
    in -t, which many nouns end in as well ("ruit" is no form of a verb "ruien", so "ruiming"
    is no "rui|ming"), nor its participle, which may be a noun ("gerecht" of "recht|bank"), nor
    an infinitive, which may be a plural ("stemmen")."""
    past = stem + ("t" if _voiceless(stem, infinitive) else "d") + "e"
    return frozenset({past, past + "n"})


def modifier_verb_candidates(word: str) -> set[str]:
    """Every form modifier_verb_forms may look up for the word (one vocabulary statement)."""
    return {
        form
        for _, head, found, evidence in _modifier_verbs(word)
        if _is_word_head(head, {})
        for form in found | evidence
    }


def modifier_verb_forms(word: str, counts: dict[str, int], threshold: int) -> set[str]:
    """The forms of the verb a rare compound is named after, as the archive holds them: a
    "tankpas" is what one "tankt" with, a "stempas" what one has "gestemd" with; the archive
    says "wie heeft er in Hoogeveen getankt?" and "de pas", never the compound. Only a verb the
    archive shows to be one (a past, which only a verb has: "tankte"), after a head that is a
    word, and only a verb of content (each form held by fewer than `threshold` messages: the
    stems of "werk|plaats" or "rij|bewijs" are everyday verbs, no subject). Round 17 (set 15:
    "tankpas", "tankbeurten" against "tankt", "getankt", "tanken")."""
    return {form for _, forms in named_verbs(word, counts, threshold) for form in forms} - {word}


def named_verbs(word: str, counts: dict[str, int], threshold: int) -> list[tuple[str, set[str]]]:
    """The verbs a rare compound is named after (modifier_verb_forms): (the stem, its forms the
    archive holds)."""
    found = []
    for stem, head, forms, evidence in _modifier_verbs(word):
        if not _is_word_head(head, counts) or not any(counts.get(form) for form in evidence):
            continue
        held = {form for form in forms if counts.get(form)}
        if all(counts[form] < threshold for form in held):
            found.append((stem, held))
    return found


def _hyphen_tail(word: str) -> str:
    """The last part of a word written with a hyphen ("mailadressen" of "e-mailadressen"), if
    it is long enough to be a compound; else ""."""
    if "-" not in word:
        return ""
    tail = word.rsplit("-", 1)[1]
    return tail if tail.isalpha() and len(tail) >= 2 * MIN_PART + 1 else ""


def hyphen_tail_candidates(word: str) -> set[str]:
    """The words _hyphenated_head may look up (one vocabulary statement)."""
    tail = _hyphen_tail(word)
    if not tail:
        return set()
    return {tail} | {part for forms, head in _split_candidates(tail) for part in (*forms, head)}


def _hyphenated_head(word: str, counts: dict[str, int]) -> str | None:
    """The head of a compound written with a hyphen whose last part is a compound itself,
    where the archive seldom holds that part: "e-mailadressen" is a kind of "adressen", which
    the chats say ("143 zichtbare adressen"). As a rare compound is searched by its head
    (_term_alternatives), the hyphen only hid the head. Round 18 (set 16)."""
    tail = _hyphen_tail(word)
    if not tail or counts.get(tail, 0) >= SPLIT_BELOW:
        return None
    split = _split(tail, counts)
    if not split:
        return None
    head = split[1]
    if head in _WEAK_PARTS or not counts.get(head):
        return None
    return head


def _inner_head(head: str, counts: dict[str, int]) -> str | None:
    """The head of a split compound's head, where the archive seldom holds that head itself:
    a compound of three words is cut after its first ("kunst|grasveld", "tuin|huisdak"), and
    what the thing is, is its last word ("het veld", "het dak"), which the chats say. Only a
    head the archive holds. Round 18 (set 16: "kunstgrasveld" against "hun veld is van 2019",
    "de club wil de wethouder bij de eerste paal van het veld")."""
    if counts.get(head, 0) >= SPLIT_BELOW:
        return None
    split = _split(head, counts)
    if not split:
        return None
    inner = split[1]
    if inner in _WEAK_PARTS or len(inner) < MIN_PART or not counts.get(inner):
        return None
    return inner


def _named_by_head(name: str, part: str) -> bool:
    """Whether a rare name is searched by its head all the same: a name the dictionary writes
    small is an institution of a kind ("de Arbeidsinspectie", "de Milieudienst"), which people
    call by its head ("tot de inspectie is geweest", "de dienst belde"). A street or a place
    ("Zomerdijk", "Lindenlaan") the dictionary lacks or writes as a name; its head is no other
    way to say it. Round 17 (set 15: the name rule of round 16 lost the chat that says "de
    inspectie" for "melding arbeidsinspectie")."""
    return name in common_words() and name.endswith(part)


# The kinds of street a name ends in: "de Eendracht" is the Eendrachtstraat to those who work
# there, "bij de Lariks" the Lariksweg. Round 49 (set 28: "de pompkelder bij de Eendracht").
_STREET_HEADS = ("straat", "weg", "laan", "plein", "kade", "singel", "gracht", "steeg")
STREET_NAME_FROM = 5  # letters of the name left ("Kerk|straat" → "kerk" names no street)


def street_short_candidates(word: str) -> set[str]:
    """The names a street may go by without its kind: "eendracht" of "eendrachtstraat"."""
    return {
        word[: -len(head)]
        for head in _STREET_HEADS
        if word.endswith(head) and len(word) - len(head) >= STREET_NAME_FROM
    }


def street_short_name(word: str, counts: dict[str, int]) -> str:
    """The short name of a typed street the archive writes as a name ("bij de Eendracht" for
    the Eendrachtstraat), else "". A plain word ("station" of "stationsweg", "markt" of
    "marktplein") is written small inside a sentence: no short name (is_name)."""
    for short in sorted(street_short_candidates(word)):
        if counts.get(short) and _is_street_short(short):
            return short
    return ""


def _is_street_short(short: str) -> bool:
    """Whether the archive writes a street's short name as the street's: a name (is_name)
    after "de" ("bij de Eendracht", "op de Wheem"). A village or a place the street is named
    after goes without it ("in Rogat", "Rogat: de berm"): the Rogatweg is not searched as
    "Rogat" (round 69, set 43). One lookup, as is_name's (it reads the same texts)."""
    return _vocabulary_lookup("street", short, lambda: _read_is_street_short(short))


def _read_is_street_short(short: str) -> bool:
    texts = _name_texts(short)
    return _written_as_name(short, texts) and any(
        re.search(rf"\bde {re.escape(short)}\b", text, re.IGNORECASE) for text in texts
    )


def modifier_of(forms: list[str]) -> str:
    """The modifier as cut from the word (the first form; the second drops a linking s)."""
    return forms[0]


def _participle_forms(word: str) -> set[str]:
    """ge-…-t/-d forms of a verb or its stem: "kappen"/"kap" -> "gekapt"."""
    if len(word) < 3 or not word.isalpha() or word.startswith("ge"):
        return set()
    stem = word[:-2] if word.endswith("en") and len(word) > 4 else word
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # kapp -> kap
    return {f"ge{stem}{end}" for end in ("t", "d", "te", "de")}


# Particles and the prefix "ver" a noun's verb takes in what happened to a thing: "uitgebrand",
# "afgebrand", "verbrande" of "brand" (round 64).
# Not "door": a fuse or a lamp is "doorgebrand", no fire ("doorbranden", "doorwerken").
_DONE_PARTICLES = ("uit", "af", "op", "aan")
DONE_FROM = 4  # letters of a noun whose particle participles are searched ("brand", not "lek")


def done_participles(noun: str) -> set[str]:
    """The participles with a particle or "ver" of the weak verb a noun names, with their
    adjective in -e, as candidates (the search keeps those the archive holds): "brand" →
    "uitgebrand", "afgebrande", "verbrande". Dutch makes a verb of a noun as it is ("de brand",
    "branden"), and a chat says what happened to the thing ("auto uitgebrand", "de verbrande
    containers") where the query names the event; the stemmer joins neither to "brand". The
    inverse, a typed participle finding its noun, is participle_stem (round 55). Round 64 (set
    39: "brandstichting haveltermade" listed the chats about the burnt-out cars apart)."""
    if len(noun) < DONE_FROM or not noun.isalpha() or noun in _STOP_WORDS:
        return set()
    end = "t" if noun.endswith(_VOICELESS) else "d"
    participle = noun if noun.endswith(("d", "t")) else noun + end
    forms = {particle + "ge" + participle for particle in _DONE_PARTICLES}
    forms.add("ver" + participle)
    return forms | {form + "e" for form in forms}


def _participle_stem_parts(word: str) -> tuple[str, str] | None:
    """(particle, stem) of a weak verb's participle: "gelekt" → ("", "lek"), "uitgelekt" →
    ("uit", "lek"), "gekapt" → ("", "kap"); None for any other word."""
    if not word.isalpha() or not word.endswith(("t", "d")):
        return None
    for particle, rest in _particle_parts(word):
        if particle and not rest.startswith("ge"):
            continue
        if rest.startswith("ge") and len(rest) >= 6:
            stem = rest[2:-1]
            # 't kofschip: -t after a voiceless sound, -d after any other.
            end = "t" if stem.endswith(_VOICELESS) else "d"
            if rest[-1] != end or len(stem) < 3 or stem in _STOP_WORDS:
                continue
            if stem in dictionary():
                return particle, stem
    return None


def _participle_stem_evidence(particle: str, stem: str) -> frozenset[str]:
    """Forms only the verb has, besides the participle without its particle: its present
    participle ("lekkende"), its present ("lekt") and the participle or infinitive after a
    particle ("uitgelekt", "uitlekken")."""
    forms = set()
    for infinitive in _infinitives(stem):
        forms |= {infinitive + "d", infinitive + "de"}
        forms |= {other + infinitive for other in _PARTICLES}
    if not stem.endswith(("t", "d")):
        forms.add(stem + "t")  # not the pasts: "wonden" is no past of "winnen" ("gewond")
    forms |= {other + "ge" + stem + end for other in _PARTICLES for end in ("t", "d")}
    return frozenset(forms - {particle + "ge" + stem + "t", particle + "ge" + stem + "d"})


def participle_stem_candidates(word: str) -> set[str]:
    """Every form participle_stem may look up for the word (one vocabulary statement)."""
    parts = _participle_stem_parts(word)
    return {parts[1], *_participle_stem_evidence(*parts)} if parts else set()


def participle_stem(word: str, counts: dict[str, int]) -> str | None:
    """The noun a typed weak participle is made of, where the archive holds it: Dutch makes a
    verb of a noun as it is ("het lek" → "lekken", "gelekt"), so a chat names the thing where
    the query names what happened (round 55, set 33: "vertrouwelijke nota gelekt" and
    "uitgelekt" did not list the chat "Onderzoek lek"). The inverse of _participle_forms ("kap"
    → "gekapt"). The word must be a verb: a particle before its ge- ("uitgelekt"), or a form
    only a verb has in the archive ("lekkende", "uitlekken"); "gezond" is no participle of
    "zon"."""
    parts = _participle_stem_parts(word)
    if not parts or not counts.get(parts[1]):
        return None
    particle, stem = parts
    if particle or any(counts.get(form) for form in _participle_stem_evidence(particle, stem)):
        return stem
    return None


def diminutives(word: str) -> set[str]:
    """The diminutives a noun may have, with their plural, which the Dutch stemmer does not
    join to it: "bus" → "busje", "boom" → "boompje", "bal" → "balletje", "deur" → "deurtje"
    (candidates: the search keeps those the archive holds)."""
    if len(word) < MIN_PART or not word.isalpha() or word in _WEAK_PARTS:
        return set()
    forms = {word + "je", word + "tje"}
    if word.endswith("m"):
        forms.add(word + "pje")
    vowels = re.findall(r"[aeiouy]+", word)
    if vowels and len(vowels[-1]) == 1 and word[-1] in "lmnrg" and word[-2] == vowels[-1]:
        # A short vowel: bal → balletje, brug → bruggetje (round 61, set 37: "het bruggetje"
        # of the chats was never the typed "brug").
        forms.add(word + word[-1] + "etje")
    if word.endswith("ng"):
        forms.add(word + "etje")  # ring → ringetje, ding → dingetje
    return forms | {form + "s" for form in forms}


DIMINUTIVE_BASE_FROM = 4  # letters of the noun a typed diminutive is searched as ("boot")
# Diminutives that are words of their own, no small form of their noun: an "etentje" is a
# dinner out, no little "eten" (which is mostly the verb: set 38's "eten wordt geregeld" was
# a hit for "declaratie burgemeester etentje"), a "toetje" a dessert.
_OWN_DIMINUTIVES = frozenset(
    ["meisje", "beetje", "tientje", "kwartje", "dubbeltje", "stuivertje", "etentje", "toetje"]
)


def diminutive_bases(word: str) -> set[str]:
    """The nouns a typed diminutive may be the small form of, the inverse of diminutives:
    "schuurtjes" → "schuur", "boompje" → "boom", "balletjes" → "bal", "ringetje" → "ring".
    The stemmer joins neither ("schuurtjes" stays "schuurtjes", "schuur" is "schur"), so an
    officer typing the small form ("inbraken schuurtjes") missed every chat writing "de schuur",
    "zes schuren". Only nouns of the dictionary of DIMINUTIVE_BASE_FROM letters or more
    ("meisje" is no small "meis", "beetje" no small "beet": no such noun in the dictionary,
    or a different word the archive keeps apart) whose diminutives give the typed word back.
    Candidates: the search keeps those the archive holds. Round 65 (set 40)."""
    if not word.isalpha() or not word.endswith(("je", "jes")) or word in _STOP_WORDS:
        return set()
    small = word[:-1] if word.endswith("s") else word
    if small in _OWN_DIMINUTIVES:
        return set()
    words = dictionary()
    # The longest ending first, and the first that gives a noun back: "balletje" is a small
    # "bal", "bruggetje" a small "brug" (not "brugge").
    for cut in ("etje", "pje", "tje", "je"):
        if not small.endswith(cut):
            continue
        base = small[: -len(cut)]
        nouns = [base[:-1]] if cut == "etje" and base[-1:] == base[-2:-1] else [base]
        found = {
            noun
            for noun in nouns
            if len(noun) >= (MIN_PART if cut == "etje" else DIMINUTIVE_BASE_FROM)
            and noun in words
            and small in diminutives(noun)
        }
        if found:
            return found
    return set()


IRREGULAR_HEAD_FROM = 3  # letters of a listed noun searched as a compound's head ("lid", not "ei")
IRREGULAR_MODIFIER_FROM = 3  # letters of that compound's modifier ("raads|lid", not "ge|lid")


@functools.cache
def irregular_number(word: str) -> frozenset[str]:
    """The other number of a noun whose plural the Dutch stemmer keeps apart from its singular
    (woo.irregular_plurals): "graven" → "graf", "graf" → "graven", "steden" → "stad", "kind"
    → "kinderen"; also as the head of a compound whose modifier is a word of the dictionary
    ("raadsleden" → "raadslid", "binnenstad" → "binnensteden", "massagraven" → "massagraf"),
    not after a particle or prefix, which makes a verb ("overleden", "uitgraven").
    Candidates: the search keeps those the archive holds. Round 68 (set 42's R5: the typed
    "graven" never found "het graf")."""
    if not word.isalpha():
        return frozenset()
    found = set(PLURALS_OF.get(word, ())) | set(SINGULARS_OF.get(word, ()))
    words = dictionary()
    for table in (PLURALS_OF, SINGULARS_OF):
        for base, others in table.items():
            if len(base) < IRREGULAR_HEAD_FROM or word == base or not word.endswith(base):
                continue
            modifier = word[: -len(base)]
            if modifier in _PARTICLES or modifier in _PREFIXES:
                continue  # a verb: "overleden" (died), "uitgraven" (to dig out)
            plain = modifier[:-1] if modifier.endswith("s") else modifier
            if len(plain) >= IRREGULAR_MODIFIER_FROM and (plain in words or modifier in words):
                found |= {modifier + other for other in others}
    return frozenset(found - {word})


def held_diminutive_bases(word: str, counts: dict[str, int]) -> set[str]:
    """The nouns of diminutive_bases the archive holds, as such or inflected ("zes schuren"
    where no chat writes "schuur")."""
    return {
        noun
        for noun in diminutive_bases(word)
        if counts.get(noun) or any(counts.get(form) for form in inflected_forms(noun))
    }


# Adjectives in -lijk of a noun that say something else than "of the noun" ("natuurlijk": of
# course; "eindelijk": at last; "persoonlijk": in person): never searched for the noun.
_SHIFTED_ADJECTIVES = frozenset(
    [
        "natuurlijk",
        "eindelijk",
        "uiteindelijk",
        "eigenlijk",
        "persoonlijk",
        "letterlijk",
        "vriendelijk",
        "werkelijk",
        "tijdelijk",
        "gewoonlijk",
        "behoorlijk",
        "waarschijnlijk",
    ]
)


def _shifted_adjective(word: str) -> bool:
    """Whether the word is one of _SHIFTED_ADJECTIVES, inflected or not: no form of the noun it
    begins with, though "lijk" is a word ("natuur|lijk" is no compound of "natuur")."""
    return any(word in (base, base + "e", base + "er") for base in _SHIFTED_ADJECTIVES)


# Words whose noun in -heid says something else than being so ("overheid": the government, not
# being over; "schoonheid": beauty, not cleanness; "gelegenheid", "minderheid", "waarheid").
_SHIFTED_QUALITIES = frozenset(["over", "waar", "schoon", "gelegen", "minder", "mens", "christen"])
QUALITY_FROM = 4  # letters of an adjective whose noun in -heid names it ("glad": "gladheid")


def quality_nouns(word: str) -> set[str]:
    """The noun in -heid an adjective makes, which the Dutch stemmer does not join to it: "glad"
    → "gladheid", "traag" → "traagheid" (candidates: the search keeps those the archive holds).
    Round 67 (set 42: "Fietsbrug De Wheem: gladheid, afsluiten tot de coating erop zit?" was
    never the typed "glad")."""
    if len(word) < QUALITY_FROM or not word.isalpha() or word.endswith("heid"):
        return set()
    if word in _STOP_WORDS or word in _WEAK_PARTS or word in _SHIFTED_QUALITIES:
        return set()
    return {word + "heid"}


ADJECTIVE_FROM = 5  # letters of a noun whose adjective in -(e)lijk names it ("nacht")


def noun_adjectives(word: str) -> set[str]:
    """The adjectives in -(e)lijk(s) a noun may have, inflected, which the Dutch stemmer does
    not join to it: "nacht" → "nachtelijke", "gemeente" → "gemeentelijk", "maand" →
    "maandelijkse" (candidates: the search keeps those the archive holds); not those whose sense
    moved away from the noun (_SHIFTED_ADJECTIVES). Round 61 (set 37: "Melding nachtelijke
    herrie" was never the typed "nacht")."""
    if len(word) < ADJECTIVE_FROM or not word.isalpha() or word in _WEAK_PARTS:
        return set()
    forms = set()
    for link in ("e", ""):
        base = word + link + "lijk"
        if base not in _SHIFTED_ADJECTIVES:
            forms |= {base, base + "e", base + "s", base + "se"}
    return forms


SLIP_FROM = 8  # letters of a word the archive may write with a letter typed twice
# Letters of a word whose doubled letter the archive may write once: a doubled consonant is the
# slip Dutch spelling invites most, also in a shorter word ("pollers" → "polers", round 63).
DOUBLED_SLIP_FROM = 7


def doubled_letter_slips(word: str) -> set[str]:
    """The word with one of a doubled letter left out, as chats misspell a long word
    ("coffeshop", "hernumering", "huisnumer"), and of its singular; no word of the dictionary
    ("mannen" is no slip of "manen"), no short word. Round 50 (set 29: "hernummering" found
    nothing, the chats write "de hernumering"; "coffeeshop" missed "die coffeshop"). From
    DOUBLED_SLIP_FROM letters (round 63, set 38: the council clerks' "de polers" of "pollers")."""
    if len(word) < DOUBLED_SLIP_FROM or not word.isalpha():
        return set()
    words = dictionary()
    slips = set()
    forms = {word} | singular_forms(word)
    forms |= {word[: -len(ending)] for ending in ("s", "en") if word.endswith(ending)}
    for form in forms:
        for i in range(len(form) - 1):
            if form[i] == form[i + 1]:
                slip = form[:i] + form[i + 1 :]
                if slip not in words and slip != word:
                    slips.add(slip)
    return slips


# Round 66: nine letters, not ten (set 41: the boa's "Markt: kersboom ligt dwars over de kramen"
# for "kerstboom omgewaaid markt"; a word of nine has as few slips that are words as one of ten).
TYPING_SLIP_FROM = 9  # letters of a word the archive may write with a letter left out or swapped
# No slips of a longer string: the longest Dutch compounds have ~35 letters, and a word's slips
# grow with its length squared (cached per word, so a typed run of hundreds of letters would
# fill the cache with megabytes).
SLIP_UP_TO = 40


# Letters no Dutch word ends in twice, nor a word Dutch borrowed ("jazz", "grill", "boss",
# "app" do): a short word ending so is the word with its last letter typed twice.
_NEVER_DOUBLED_AT_END = frozenset("hjkqvwx")
FINAL_SLIP_FROM = 4  # letters of a word whose last letter typed twice is a slip ("pauw")


def final_letter_slips(word: str) -> set[str]:
    """The word with its last letter typed twice where no word doubles it: "pauww", "kauww".
    Round 71, set 45: "Die pauww zat vanochtend trouwens op de kerk" was the only line naming
    the peacock in the neighbourhood app's chat, which no query listed."""
    if len(word) < FINAL_SLIP_FROM or not word.isalpha() or word[-1] not in _NEVER_DOUBLED_AT_END:
        return set()
    return {word + word[-1]}


@functools.lru_cache(maxsize=4096)
def letter_slips(word: str) -> frozenset[str]:
    """The misspellings of a long word chats make while typing, past its first letter: a letter
    typed twice ("grofvuill", "sluipverkeeer"), and in a word of TYPING_SLIP_FROM letters or
    more a letter left out ("muurschilering", "Betoncentale", "zaaksyteem") or two letters
    swapped ("burgerbearad"); of the word and of its singular, the doubled letter written once
    among them (doubled_letter_slips). No word of the dictionary nor an inflection of one
    ("klachte"), no short word. Round 51 (set 30: the communication team's "burgerbraad" and
    "muurschilering", the KCC's "grofvuill", the alderman's "Betoncentale" were found by no
    query). Kept per word (a pure function of it): ~0.1-0.3 ms of Python a word. A shorter
    word: only its last letter typed twice where no word doubles it (final_letter_slips)."""
    if len(word) < DOUBLED_SLIP_FROM:
        return frozenset(slip for slip in final_letter_slips(word) if not known_word(slip))
    if len(word) > SLIP_UP_TO or not word.isalpha():
        return frozenset()
    forms = {word} | singular_forms(word)
    forms |= {word[: -len(ending)] for ending in ("s", "en") if word.endswith(ending)}
    slips = doubled_letter_slips(word) | final_letter_slips(word)
    # A shorter word: only its doubled letter written once (doubled_letter_slips).
    for form in forms if len(word) >= SLIP_FROM else ():
        long = len(form) >= TYPING_SLIP_FROM
        for i in range(1, len(form)):
            slips.add(form[: i + 1] + form[i:])
            if long:
                slips.add(form[:i] + form[i + 1 :])
            if long and i + 1 < len(form) and form[i] != form[i + 1]:
                slips.add(form[:i] + form[i + 1] + form[i] + form[i + 2 :])
        # A final d written t and a final t written d: Dutch says both as t ("rookverbot",
        # round 58, set 35's R10: the chat about the smoking shelter wrote "het rookverbot").
        if form[-1] in "dt" and form[-2] not in "dt":
            slips.add(form[:-1] + {"d": "t", "t": "d"}[form[-1]])
    # Also no plural nor infinitive of a dictionary word with its consonant doubled, its v or z
    # written f or s ("aanpakken" of "aanpak" is no slip of "aanplakken", "terrassen" of
    # "terras" none of "terassen"): known_word takes only the plain endings.
    words = dictionary()
    return frozenset(
        slip
        for slip in slips
        if slip not in forms and not known_word(slip) and not singular_forms(slip) & words
    )


def _may_be_a_typo(word: str, occurrences: int, split) -> bool:
    """Whether a typed word is worth a spelling suggestion: the archive lacks it, it is no
    compound of known parts and no prefix of an archive word."""
    if occurrences or split or len(word) < 4:
        return False
    return not _has_prefix(word)


def _misspelt_compound(word: str, occurrences: int, split: tuple[str, str] | None) -> bool:
    """Whether a word the archive and the dictionary lack, cut into a part the archive holds
    and one it never writes, is a misspelling of the archive's closest word rather than a
    compound: that word keeps the held part ("lantaren|paal" → "lantaarnpaal": the archive
    writes "paal", never "lantaren"). Its split is then dropped for the spelling suggestion
    (_may_be_a_typo), as "geluidsoverlst" is corrected. Walk fix51d (issue 17): "lantarenpaal"
    was searched as "paal, lantaren". A compound of two held parts stays a compound
    ("fiets|paal", though the archive writes "fietspad")."""
    if occurrences or not split or word in dictionary():
        return False
    modifier, head = split
    held = vocabulary_counts({modifier, head})
    if bool(held.get(modifier)) == bool(held.get(head)):
        return False
    closest = _closest(word)
    if not _suggestion_fits(word, closest):
        return False
    return closest.endswith(head) if held.get(head) else closest.startswith(modifier)


def _suggestion_fits(word: str, closest: str) -> bool:
    """Whether the archive's closest word may stand in for the typed one. A word of the Dutch
    dictionary is no typo: only the word it ends in may stand in ("herindeling" → "indeling"),
    not a word merely spelled alike ("sloop" is no typo of "loopt")."""
    if not closest or closest == word:
        return False
    return word not in dictionary() or (len(closest) >= MIN_PART + 2 and word.endswith(closest))


def _closest(word: str) -> str:
    """The archive's word closest in spelling to an unknown word, or ""."""
    if len(word) < 4 or not word.isalpha():
        return ""
    return _vocabulary_lookup("closest", word, lambda: _read_closest(word))


def _read_closest(word: str) -> str:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT woord FROM woo_woord WHERE woord %% %s AND similarity(woord, %s) >= %s "
                "ORDER BY similarity(woord, %s) DESC, berichten DESC LIMIT 1",
                [word, word, SPELLING_SIMILARITY, word],
            )
            row = cursor.fetchone()
        return row[0] if row else ""
    words = list(Woord.objects.order_by("-berichten").values_list("woord", flat=True)[:20000])
    matches = difflib.get_close_matches(word, words, n=1, cutoff=0.8)
    return matches[0] if matches else ""


def _is_continuation(rest: str) -> bool:
    """Whether what follows a typed word inside a longer word makes that a form or a compound
    of it: an ending ("kap|pen"), or a Dutch word, perhaps after a linking s/e ("kap|ploeg",
    "gladheid|s|bestrijding"); not "kap|ot"."""
    if rest in _ENDINGS:
        return True
    words = dictionary()
    for link in ("", "s", "e", "en"):
        if rest.startswith(link):
            tail = rest[len(link) :]
            if len(tail) >= MIN_PART and tail in words:
                return True
    return False


@dataclass
class _Facts:
    """What the archive knows about the typed words, fetched in three queries for all of them."""

    counts: dict[str, int]
    completions: dict[str, list[str]]
    longer: dict[str, list[str]] = field(default_factory=dict)  # words that start with it
    # Initials of two letters (of a compound or of typed words ending in it) that a
    # conversation uses with what they stand for.
    defined: dict[str, list[str]] = field(default_factory=dict)
    # Per rare typed compound: the verbs it is named after, (stem, forms) (named_verbs).
    verbs: dict[str, list[tuple[str, set[str]]]] = field(default_factory=dict)


@functools.lru_cache(maxsize=4096)
def _group_forms(word: str) -> frozenset[str]:
    """The typed word and the singulars its plural may have ("explosies" → "explosie",
    "kroegen" → "kroeg"), as a synonym group writes a word. Kept per process (a pure function
    of the word): every search asks it of each typed word for every synonym group, several
    times (synonym_key)."""
    forms = {word} | singular_forms(word)
    if len(word) >= 5 and word.isalpha() and word.endswith("s"):
        forms.add(word[:-1])
    return frozenset(forms)


def synonym_key(word: str, group: list[str]) -> bool:
    """Whether the typed word is a word of the group, also as a plural of one: the team writes
    "explosie", the officer types "explosies" (round 39, set 23)."""
    return not _group_forms(word).isdisjoint(group)


def synonym_families(words: set[str], groups: list[list[str]]) -> dict[str, frozenset[str]]:
    """Per one-word synonym of a typed word: the forms of the strong verb it belongs to
    (word_family), searched with it as with a typed word: the group "diefstal, inbraak" finds
    "ingebroken" for "diefstal" (the search keeps those the archive holds)."""
    others = {
        other for group in groups if any(synonym_key(w, group) for w in words) for other in group
    } - words
    return {
        other: word_family(other) | verb_forms(other) | verb_evidence(other)
        for other in others
        if _WORD.match(other)
    }


def synonym_heads(word: str, modifier: str, groups: list[list[str]]) -> list[str]:
    """The heads of the typed compound's synonyms that share its modifier: where the team's
    group says "afvalprikker, afvalgrijper", a "prikker" of afval is a "grijper", and a chat
    writing "25 grijpers en zakken" names the thing without the modifier, as it names a typed
    compound by its head (round 40, set 23). Searched as the typed head is: in the compound's
    clause and, for a one-word query, as its rarer part."""
    heads: list[str] = []
    for group in groups:
        if not synonym_key(word, group):
            continue
        for other in group:
            rest = other[len(modifier) :] if other.startswith(modifier) else ""
            if (
                rest.startswith("s")
                and word[len(modifier) :].startswith("s")
                and rest[1:] in dictionary()
            ):
                # Both with a linking s: "geluid|s|wand" gives "wand" (round 41); not a head
                # that begins with an s ("water|speelplaats" gives no "peelplaats", round 73).
                rest = rest[1:]
            if (
                other not in _group_forms(word)
                and _WORD.match(other)
                and len(rest) >= MIN_PART
                and rest not in _WEAK_PARTS
                and not word.endswith(rest)
                and rest not in heads
            ):
                heads.append(rest)
    return heads


def _head_synonym_cuts(word: str, groups: list[list[str]]) -> Iterator[tuple[str, str]]:
    """Per cut of the typed word into a modifier and a head that is a word of a synonym group
    (_split_candidates): the modifier and the compound of it with each other one-word synonym
    of the head ("ijs", "ijsclub" of "ijs|vereniging" with the group "vereniging, club")."""
    if any(synonym_key(word, group) for group in groups):
        return  # the word's own synonyms stand for it (_synonyms_of)
    for forms, head in _split_candidates(word):
        if head in _WEAK_PARTS:
            continue
        for group in groups:
            if not synonym_key(head, group):
                continue
            for other in group:
                if other in _group_forms(head) or not _WORD.match(other) or len(other) < MIN_PART:
                    continue
                for form in forms:
                    yield form, form + other


def head_synonym_candidates(word: str, groups: list[list[str]]) -> set[str]:
    """The compounds head_synonyms may find, to look up in the archive's vocabulary."""
    return {compound for _, compound in _head_synonym_cuts(word, groups)}


def head_synonyms(word: str, counts: dict[str, int], groups: list[list[str]]) -> list[str]:
    """The typed compound with its head replaced by a synonym of that head, where the archive
    holds that compound as a word: where the team's list says "vereniging, club", the chats'
    "de ijsclub" is the request's "ijsvereniging" (round 56, set 33: "De ijsclub vraagt of ze
    open mogen blijven"). Dutch makes a compound of any synonym, and the team's list holds the
    plain words, not every compound of them. The modifier must be a word (of the archive or
    the dictionary) and the other compound one the archive writes, so a chance cut of the
    typed word makes none. Unlike a split (_split), a dictionary compound is cut with a short
    modifier too ("ijs"): here the archive's own compound is the evidence, not the parts."""
    return sorted(
        {
            compound
            for modifier, compound in _head_synonym_cuts(word, groups)
            if counts.get(compound, 0) > 0
            and compound != word
            and (modifier in counts or modifier in dictionary())
        }
    )


def _facts(
    words: set[str],
    phrases: dict[str, list[tuple[str, tuple[str, ...]]]] | None = None,
    also: set[str] = frozenset(),
    hyphenated: set[str] = frozenset(),
    archive_size: Callable[[], int] | None = None,
):
    wanted = set(words) | set(also)
    for compound in hyphenated:
        wanted |= inflected_forms(compound.split("-", 1)[0])  # its plural: hyphenated_forms
        wanted.add(hyphen_initials(compound))
    # (typed word, initials, tsquery of what they stand for, whether used in one message)
    short: list[tuple[str, str, str, bool]] = []
    # (typed word, initials, whether its head may stand for the compound too)
    typed_initials: list[tuple[str, str, bool]] = []
    for word in words:
        wanted |= _participle_forms(word)
        wanted |= done_participles(word)
        wanted |= {
            form for noun in diminutive_bases(word) for form in {noun} | inflected_forms(noun)
        }
        wanted |= participle_stem_candidates(word)
        wanted |= initialisms(word)
        wanted |= word_family(word)
        wanted |= irregular_number(word)
        wanted |= nationality_family(word)
        wanted |= verb_forms(word) | verb_evidence(word)
        wanted |= linking_s_variants(word)
        wanted |= linking_n_variants(word)
        wanted |= modifier_verb_candidates(word)
        wanted |= letter_slips(word)
        wanted |= set(plural_bases(word))
        wanted |= inflected_forms(word)  # the compound's own forms: _held_forms
        participle = participle_compound(word)
        if participle:  # participle_together
            wanted |= {participle[0]} | verb_all_forms(participle[1])
        wanted |= {forms[0] + "s" for forms, _ in _split_candidates(word)}
        for forms, head in [
            *_split_candidates(word),
            *(c for base in plural_bases(word) for c in _split_candidates(base)),
        ]:
            wanted |= {*forms, head} | agent_verb_forms(head) | word_family(head)
            # A cut that is no word has no diminutive to look up.
            for part in [head, *forms]:
                if part in dictionary():
                    wanted |= diminutives(part) | done_participles(part)
        typed_initials += [(word, initials, True) for initials in sorted(short_initialisms(word))]
        typed_initials += [(word, clipped, True) for clipped in sorted(clippings(word))]
        typed_initials += [(word, initials, False) for initials in sorted(word_initialisms(word))]
    for word, runs in (phrases or {}).items():
        for initials, content in runs:
            short.append((word, initials, " & ".join(content), True))
            if len(initials) == len(content):  # no stop word in the run
                wanted |= name_initials(content)
    wanted |= {item[1] for item in typed_initials} | {item[1] for item in short}
    counts = vocabulary_counts(wanted)
    # Also the compounds of a typed plural's singular (singular_compounds), in the same lookup.
    # And the compounds of a typed compound's head, the other kinds of its thing
    # (_head_together: "accublazers" of "bladblazers").
    heads = {split[1] for split in (_split(word, counts) for word in words) if split}
    completions = _completions(
        words | heads | {s for word in words for s in plural_singulars(word)}
    )
    for word, initials, with_head in typed_initials:
        if initials not in counts:
            continue
        # The compound (and what starts with it) or its head: "dh" with "dorpshuis", "huis".
        # Split with the archive's words: a plural modifier the dictionary lacks ("ouderen" of
        # "ouderenzorg", "toeristen" of "toeristenbelasting") is a part all the same (round 16,
        # set 14: "TB" with "belasting" in the tax team's chat). Initials that make a word
        # ("mer", "hap") stand for the compound only: the head with a word is too likely.
        head = _split(word, counts) if with_head else None
        meaning = f"{word}:*" + (f" | {head[1]}" if head else "")
        short.append((word, initials, meaning, False))
    for compound in sorted(hyphenated):
        # "pv" where a conversation uses it with "proces-verbaal" or "processen-verbaal" (its
        # words: the records' vectors hold no positions).
        meaning = " | ".join(
            f"( {' & '.join(phrase.split())} )" for phrase in hyphenated_forms(compound, counts)
        )
        short.append((compound, hyphen_initials(compound), meaning, False))
    # Per candidate the other typed words its initials stand for too (_unwritten_runs).
    runs_of: dict[int, tuple[str, ...]] = {}
    for word, initials, others, run in _unwritten_runs(words, phrases or {}, counts):
        runs_of[len(short)] = run
        short.append((word, initials, others, True))
    keep = [
        i for i, item in enumerate(short) if item[1] in counts and item[1] not in WORDS_NOT_INITIALS
    ]
    defined: dict[str, list[str]] = {}
    for n in sorted(initials_in_use([short[i][1:] for i in keep])):
        word, initials = short[keep[n]][:2]
        for key in (word, *runs_of.get(keep[n], ())):
            if initials not in defined.setdefault(key, []):
                defined[key].append(initials)
    verbs = _verbs_named(words, counts, archive_size)
    return _Facts(counts, completions, _longer_words(words), defined, verbs)


def _unwritten_runs(
    words: set[str], phrases: dict[str, list[tuple[str, tuple[str, ...]]]], counts: dict[str, int]
) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """The initials of typed words the archive never writes out (a word of the run it holds
    nowhere: "autoriteit persoonsgegevens"), to be searched where a message holds them with
    another typed word of the query ("Melding AP", "gemeld bij de AP" for "melding autoriteit
    persoonsgegevens"): the archive names the body by its initials only, and the query's
    other word says which body. Per run: (its last word, the initials, tsquery of the other
    typed words, the run's words the initials stand for). Round 18 (set 16: the query listed
    nothing; phrase_initialisms needs a message with the words written out)."""
    found = []
    for last, runs in phrases.items():
        for initials, content in runs:
            if len(content) < 2:
                continue
            # A place's initials from its words' capitals ("NVL" of "Nieuwveense Landen",
            # name_initials) are used that way also where the archive writes the name out
            # elsewhere: "Zomerfeest NVL" (round 65).
            named = name_initials(content) if len(initials) == len(content) else set()
            candidates = sorted(named & counts.keys())
            if not all(counts.get(word) for word in content):
                candidates.insert(0, initials)
            others = sorted(
                word for word in words - set(content) if word.isalpha() and word not in _STOP_WORDS
            )
            if others:
                meaning = " | ".join(f"{w}:*" if len(w) >= PREFIX_FROM else w for w in others)
                found += [(last, name, meaning, content) for name in candidates]
    return found


def _verbs_named(
    words: set[str], counts: dict[str, int], archive_size: Callable[[], int] | None
) -> dict[str, list[tuple[str, set]]]:
    """Per typed compound the archive seldom holds (SPLIT_BELOW): the forms of the verb it is
    named after that the archive holds as content words (modifier_verb_forms). `archive_size`
    gives the archive's messages (woo.indexing.entry_total, which imports this module), asked
    only for such a compound; without it none."""
    rare = [w for w in words if counts.get(w, 0) < SPLIT_BELOW and modifier_verb_candidates(w)]
    if not rare or archive_size is None:
        return {}
    total = archive_size()
    threshold = max(1, math.ceil(content_share(total) * total))
    found = {word: named_verbs(word, counts, threshold) for word in rare}
    return {word: verbs for word, verbs in found.items() if verbs}


# Prefixes that make another word of the one they precede, no compound of it: "vervangen" and
# "ontvangen" are no kind of "vangen", "vergunning" no "gunning", "ontruiming" no "ruiming".
# (A shorter prefix, "be-" or "ge-", is no completion anyway: MIN_PART; "her-" repeats the
# same thing: "hermeting" is a "meting".)
_MEANING_PREFIXES = frozenset(["ver", "ont"])


def _completions(words: set[str]) -> dict[str, list[str]]:
    """Per typed word: the archive's words that end in it (compounds, most used first)."""
    return _vocabulary_lookup("completions", tuple(sorted(words)), lambda: _read_completions(words))


def _read_completions(words: set[str]) -> dict[str, list[str]]:
    completions: dict[str, list[str]] = {word: [] for word in words}
    long_enough = [word for word in words if len(word) >= 4]
    if long_enough:
        condition = Q()
        for word in long_enough:
            condition |= Q(woord__endswith=word)
        rows = (
            Woord.objects.filter(condition)
            .exclude(woord__in=long_enough)
            .order_by("-berichten", "woord")
            .values_list("woord", flat=True)[: COMPLETIONS_PER_WORD * len(long_enough) * 4]
        )
        for found in rows:
            for word in long_enough:
                if (
                    found.endswith(word)
                    and len(found) >= len(word) + MIN_PART
                    and found[: -len(word)] not in _MEANING_PREFIXES
                    and len(completions[word]) < COMPLETIONS_PER_WORD
                ):
                    completions[word].append(found)
    return completions


# A country, its people and its adjective, which the Dutch stemmer does not join ("oekraïne",
# "oekraïners", "oekraïense"): a request about the shelter of "Oekraïners" is answered by chats
# that say "Oekraïense ontheemden" or "uit Oekraïne". One country a line; the forms are searched
# where the archive holds them.
_NATIONALITIES = """
oekraïne oekraïner oekraïners oekraïens oekraïense
polen pools poolse
roemenië roemeen roemenen roemeens roemeense
bulgarije bulgaar bulgaren bulgaars bulgaarse
litouwen litouwer litouwers litouws litouwse
hongarije hongaar hongaren hongaars hongaarse
syrië syriër syriërs syrisch syrische
eritrea eritreeër eritreeërs eritrees eritrese
afghanistan afghaan afghanen afghaans afghaanse
somalië somaliër somaliërs somalisch somalische
turkije turk turken turks turkse
marokko marokkaan marokkanen marokkaans marokkaanse
rusland rus russen russisch russische
duitsland duitser duitsers duits duitse
irak irakees irakezen iraaks iraakse
iran iraniër iraniërs iraans iraanse
"""


def _nationality_table() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for line in _NATIONALITIES.split("\n"):
        forms = frozenset(line.split())
        for form in forms:
            table[form] = table.get(form, frozenset()) | forms
    return table


_NATIONALITY_FAMILIES = _nationality_table()


def nationality_family(word: str) -> frozenset[str]:
    """The country, people and adjective a typed word is one of, without the word itself."""
    return _NATIONALITY_FAMILIES.get(word, frozenset()) - {word}


# The strong and irregular verbs whose nouns and forms the Dutch stemmer does not join
# ("inbraak", "inbreken", "ingebroken"; "afsluiting", "afgesloten"): infinitive, present stem,
# past singular and plural, past participle, and after the colon the nouns made from them.
# A star: a verb so common that only its forms with a particle or prefix are searched ("stand"
# finds no "staan", "afstand" finds "afstaan").
_VERB_FORMS = """
bevelen beveel beval bevalen bevolen: bevel
bieden bied bood boden geboden: bod bieding
*binden bind bond bonden gebonden: band binding
breken breek brak braken gebroken: braak breuk
*dragen draag droeg droegen gedragen: dracht
drijven drijf dreef dreven gedreven:
dringen dring drong drongen gedrongen:
*gaan ga ging gingen gegaan: gang
*geven geef gaf gaven gegeven: gave gift
grijpen grijp greep grepen gegrepen: greep
*hangen hang hing hingen gehangen:
heffen hef hief hieven geheven: heffing
*houden houd hield hielden gehouden: houding
kiezen kies koos kozen gekozen: keuze kiezing
klagen klaag klaagde klaagden geklaagd: klacht
*komen kom kwam kwamen gekomen: komst
laden laad laadde laadden geladen: lading
*laten laat liet lieten gelaten: lating
*liggen lig lag lagen gelegen: ligging
*lopen loop liep liepen gelopen: loop
meten meet mat maten gemeten: meting
*nemen neem nam namen genomen: name
*rijden rijd reed reden gereden: rit rijding
*roepen roep riep riepen geroepen: roep
schieten schiet schoot schoten geschoten: schot
schrijven schrijf schreef schreven geschreven: schrift schrijving
*slaan sla sloeg sloegen geslagen: slag
sluiten sluit sloot sloten gesloten: sluiting slot
snijden snijd sneed sneden gesneden: snede
spreken spreek sprak spraken gesproken: spraak
*staan sta stond stonden gestaan: stand
*steken steek stak staken gestoken: steek
stelen steel stal stalen gestolen: diefstal
sterven sterf stierf stierven gestorven: sterfte
stoten stoot stootte stootten gestoten: stoot
treden treed trad traden getreden: trede
*trekken trek trok trokken getrokken: trek tocht
*vallen val viel vielen gevallen: val
vangen vang ving vingen gevangen: vangst
varen vaar voer voeren gevaren: vaart
vechten vecht vocht vochten gevochten:
vliegen vlieg vloog vlogen gevlogen:
verliezen verlies verloor verloren verloren: verlies
*vinden vind vond vonden gevonden: vondst
*vragen vraag vroeg vroegen gevraagd: vraag
werpen werp wierp wierpen geworpen: worp
*wijzen wijs wees wezen gewezen: wijzing
winnen win won wonnen gewonnen: winst
*zien zie zag zagen gezien: zicht
zinken zink zonk zonken gezonken:
*zitten zit zat zaten gezeten: zitting
"""
# Particles that make a verb of their own ("inbreken", "afsluiten": the participle has ge- after
# the particle) and prefixes that take no ge- ("ontslaan": "ontslagen").
_PARTICLES = frozenset(
    ["aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit"]
    + ["vast", "voor", "weg"]
)
_PREFIXES = frozenset(["be", "ver", "ont", "her", "er"])


@functools.cache
def _verbs() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The table: per verb (its forms: infinitive, stem, pasts, participle; its nouns)."""
    verbs = []
    for line in _VERB_FORMS.strip().splitlines():
        forms, _, nouns = line.partition(":")
        verbs.append((tuple(forms.split()), tuple(nouns.split())))
    return tuple(verbs)


def _third_person(stem: str) -> str:
    """sluit → sluit, breek → breekt, sla → slaat, zie → ziet."""
    if stem.endswith("t"):
        return stem
    if stem[-1] in "aeou" and stem[-2:] != "ie":
        return stem + stem[-1] + "t"
    return stem + "t"


def _family_forms(forms: tuple[str, ...], nouns: tuple[str, ...], prefix: str) -> set[str]:
    infinitive, stem, past, pasts, participle = (form.lstrip("*") for form in forms)
    if prefix in _PREFIXES and participle.startswith("ge"):
        participle = participle[2:]  # ont-slagen, ver-loren
    found = {infinitive, participle, *nouns}
    if prefix:
        # Without one a past is often a noun of its own ("sloot", "stal"), and the present
        # is everyday talk ("de winkel sluit om zes").
        found |= {stem, _third_person(stem), past, pasts}
    if infinitive.endswith("en"):
        found.add(infinitive[:-2] + "er")  # inbreker, aanvrager
    return {prefix + form for form in found}


@functools.cache
def word_family(word: str) -> frozenset[str]:
    """The forms of the strong or irregular verb a typed word belongs to, with its particle or
    prefix ("inbraak" → "inbreken", "ingebroken", "inbreker"; "afsluiting" → "afgesloten";
    "ontslag" → "ontslagen"), without the word itself: Dutch makes nouns of these verbs by a
    change of vowel, which the stemmer does not join. Only a particle or prefix may come
    before the verb's form; another compound ("fietsdiefstal") is left alone. A doer in -rder has what is
    done as its family ("vervoerder" → "vervoer")."""
    if len(word) < 4 or not word.isalpha():
        return frozenset()
    typed = {word} | {word[: -len(end)] for end in ("en", "s", "e") if word.endswith(end)}
    # The doer of a verb whose stem ends in r, and what is done: "vervoerder" → "vervoer",
    # "verhuurders" → "verhuur".
    doers = {form[:-3] for form in typed if form.endswith("rder") and len(form) >= 8}
    doers = frozenset(base for base in doers if base in dictionary())
    if doers:
        return doers
    for forms, nouns in _verbs():
        common = forms[0].startswith("*")
        infinitive, stem, past, pasts, participle = (form.lstrip("*") for form in forms)
        bases = {infinitive, stem, past, pasts, *nouns}
        for form in typed:
            for base in bases | {participle, participle[2:]}:
                if not form.endswith(base) or len(base) < 3:
                    continue
                prefix = form[: -len(base)]
                if base == participle[2:] and base != participle and prefix not in _PREFIXES:
                    continue  # "sloten" only after a prefix that takes no ge-
                if base == participle and prefix in _PREFIXES:
                    continue
                if (prefix and prefix not in _PARTICLES | _PREFIXES) or (common and not prefix):
                    continue
                return frozenset(_family_forms(forms, nouns, prefix) - {word})
    return frozenset()


# Particles a weak verb's participle or noun may begin with ("afgekeurd", "goedkeuring").
_VERB_PARTICLES = _PARTICLES | {"goed", "samen", "vrij", "tegen", "onder"}
_INSEPARABLE = ("be", "ver", "ont", "her")  # prefixes that take no ge- ("verbouwd")
_STRONG_BEFORE = frozenset({""} | _PARTICLES | _PREFIXES)
_VOICELESS = ("t", "k", "f", "s", "ch", "p")  # 't kofschip: the participle ends in -t


PARTICIPLE_MODIFIER_FROM = 3  # letters of the word before a compound participle ("laag|vliegend")
PARTICIPLE_VERB_FROM = 5  # letters of its verb's infinitive ("vliegen", not "gaan")


def participle_compound(word: str) -> tuple[str, str] | None:
    """A compound present participle cut into the word before it and its verb's infinitive,
    both words of the dictionary: "laagvliegende" → ("laag", "vliegen"), "hardrijdend" →
    ("hard", "rijden"); not after a particle or prefix ("aanhoudende": a verb of its own).
    None otherwise."""
    if not word.isalpha() or word in _STOP_WORDS:
        return None
    base = word[:-1] if word.endswith("ende") else word if word.endswith("end") else ""
    infinitive = base[:-1]  # "laagvliegen"
    for cut in range(PARTICIPLE_MODIFIER_FROM, len(infinitive) - PARTICIPLE_VERB_FROM + 1):
        modifier, verb = infinitive[:cut], infinitive[cut:]
        if (
            verb.endswith("en")
            and modifier not in _STOP_WORDS | _PARTICLES | _PREFIXES
            and modifier in dictionary()
            and verb in dictionary()
        ):
            return modifier, verb
    return None


def verb_all_forms(infinitive: str) -> frozenset[str]:
    """The forms of a verb, as candidates: of a strong verb of the table its infinitive, stem,
    third person, pasts and participle ("vliegen", "vlieg", "vliegt", "vloog", "vlogen",
    "gevlogen"); of another the weak forms (verb_forms)."""
    for forms, _ in _verbs():
        if forms[0].lstrip("*") == infinitive:
            infinitive, stem, past, pasts, participle = (form.lstrip("*") for form in forms)
            return frozenset([infinitive, stem, _third_person(stem), past, pasts, participle])
    return frozenset([infinitive]) | verb_forms(infinitive)


def participle_together(word: str, counts: dict[str, int]) -> str:
    """A compound present participle as its two words in one message, the verb in any of its
    forms the archive holds: "laagvliegende straaljagers" is "de straaljagers vlogen zo laag"
    (round 70, set 44: the chats about the low-flying jets never write "laagvliegend"). As
    tsquery text; "" when the word is none or the archive holds no form of its verb."""
    compound = participle_compound(word)
    if not compound:
        return ""
    modifier, verb = compound
    held = sorted(form for form in verb_all_forms(verb) if counts.get(form))
    return f"{modifier} & ( {' | '.join(held)} )" if held and counts.get(modifier) else ""


def _strong_infinitives() -> frozenset[str]:
    return frozenset(forms[0].lstrip("*") for forms, _ in _verbs())


def _is_strong(infinitive: str) -> bool:
    """Whether the infinitive is a strong verb of the table, perhaps after its particle or
    prefix ("verkiezen", "afsluiten")."""
    return any(
        infinitive.endswith(strong) and infinitive[: -len(strong)] in _STRONG_BEFORE
        for strong in _strong_infinitives()
    )


def _infinitives(stem: str) -> set[str]:
    """The infinitives a weak verb's stem may have: "keur" → "keuren", "maak" → "maken",
    "kap" → "kappen", "reis" → "reizen", "lever" → "leveren" (the archive tells which is one)."""
    if stem[-1] in "aeiouy":
        # Only a stem in a vowel pair and i: "groei" → "groeien", "waai" → "waaien".
        return {stem + "en"} if stem[-1] == "i" and stem[-2] in "aeou" else set()
    vowels = re.findall(r"[aeiouy]+", stem)
    last = vowels[-1] if vowels else ""
    if not last or not stem.endswith(last + stem[len(stem.rstrip("bcdfghjklmnpqrstvwxz")) :]):
        return set()
    tail = stem[len(stem.rstrip("bcdfghjklmnpqrstvwxz")) :]  # the closing consonants
    voiced = {"f": "v", "s": "z"}.get(stem[-1]) if len(tail) == 1 or tail[-2] in "lrn" else None
    if len(tail) > 1:
        found = {stem + "en"}  # meld → melden, bestrijd → bestrijden
    elif len(last) >= 2 and last[-2] == last[-1]:
        # maak → maken; evalueer → evalueren, financieer → financieren (round 71, set 45: "dan
        # evalueren we de park lets" was no form of "evaluatie", its stem "evalueer" made
        # "evalueeren")
        found = {stem[:-2] + stem[-1] + "en"}
    elif len(last) == 1:
        found = {stem + stem[-1] + "en"}  # kap → kappen
        if len(vowels) > 1:
            found.add(stem + "en")  # lever → leveren (bestel → bestellen)
    else:
        found = {stem + "en"}  # keur → keuren
    if voiced:
        found |= {form[:-3] + voiced + "en" for form in found if form[-3] == stem[-1]}
    return found


def _closed_stems(base: str) -> set[str]:
    """The stem of a weak verb from its infinitive without -en ("keur", "kapp", "won", "lever"):
    a doubled consonant written once ("kap"), a long vowel of an open syllable written double in
    a one-syllable stem ("woon"), a voiced end written voiceless ("reiz" → "reis")."""
    if len(base) < 3 or not base.isalpha():
        return set()
    if base[-1] == base[-2] and base[-1] not in "aeiouy":
        return {base[:-1]}
    stem = {"v": base[:-1] + "f", "z": base[:-1] + "s"}.get(base[-1], base)
    vowels = re.findall(r"[aeiouy]+", stem)
    last = vowels[-1] if vowels else ""
    if len(last) != 1 or last not in "aeou" or stem[-1] in "aeiouy" or stem[-2] != last:
        return {stem}
    long = stem[:-2] + last * 2 + stem[-1]  # won → woon, betal → betaal
    if last != "e" or len(vowels) == 1:
        return {long}
    return {stem, long}  # lever (leveren), beheer (beheren): the archive tells


def _voiceless(stem: str, infinitive: str) -> bool:
    """'t kofschip: the participle and past end in -t/-te after a voiceless sound of the verb
    (its infinitive: "reizen" → "gereisd", "fietsen" → "gefietst")."""
    return infinitive[:-2].endswith(_VOICELESS) and stem.endswith(_VOICELESS)


def _weak_forms(stem: str, infinitive: str, particle: str) -> set[str]:
    """Participle, noun in -ing, and (without a particle) the present and past of a weak verb."""
    ge = "" if stem.startswith(_INSEPARABLE) else "ge"
    t = "t" if _voiceless(stem, infinitive) else "d"
    participle = stem if stem.endswith(("d", "t")) else stem + t
    forms = {particle + ge + participle}
    if not particle:
        past = stem + t + "e"
        forms |= {stem if stem.endswith("t") else stem + "t", past, past + "n"}
    return forms


def _verb_evidence(stem: str, infinitive: str, particle: str) -> frozenset[str]:
    """Forms only a verb has: its noun in -ing, its pasts and its present in -t (not a stem
    that already ends in t or d: "recht"), with and without its particle. An infinitive alone
    may be a plural noun ("rechten", "middelen")."""
    t = "t" if _voiceless(stem, infinitive) else "d"
    past = stem + t + "e"
    evidence = {infinitive[:-2] + "ing", past, past + "n"}
    if not stem.endswith(("d", "t")):
        evidence.add(stem + "t")
    return frozenset(evidence | {particle + infinitive[:-2] + "ing"})


def _particle_parts(word: str) -> list[tuple[str, str]]:
    """(particle, rest) for the word as it is and after each particle it may begin with."""
    parts = [("", word)]
    for particle in _VERB_PARTICLES:
        if word.startswith(particle) and len(word) - len(particle) >= 5:
            parts.append((particle, word[len(particle) :]))
    return parts


ACTION_BASE_FROM = 4  # letters before "-atie" of a noun whose verb is in -eren ("repar|atie")


def _action_noun(rest: str) -> bool:
    """Whether a word is a noun in -atie(s) with a verb in -eren ("reparatie", "registraties");
    not a short one ("locatie", "relatie": no "loceren", "releren")."""
    for ending in ("aties", "atie"):
        if rest.endswith(ending):
            return len(rest) - len(ending) >= ACTION_BASE_FROM
    return False


def _verb_stems(rest: str) -> set[str]:
    """The weak verb stems a word (without particle) may be a form of: a noun in -ing(en)
    ("keuring"), an infinitive ("keuren") or a participle ("gekeurd", "gemeld", "verbouwd"),
    a noun in -atie(s) of a verb in -eren ("reparatie" → "repareer", round 63)."""
    if _action_noun(rest):
        return {rest[: rest.rindex("atie")] + "eer"}
    if rest.endswith(("ingen", "ing")):
        return _closed_stems(rest[: -5 if rest.endswith("ingen") else -3])
    if rest.endswith("en") and not rest.startswith("ge"):
        return _closed_stems(rest[:-2])
    if rest.endswith(("d", "t")) and rest.startswith(("ge", *_INSEPARABLE)):
        inner = rest[2:] if rest.startswith("ge") else rest
        # "gekeurd": keur; "gemeld": meld (a stem in d or t takes no second one).
        return {stem for stem in (inner[:-1], inner) if len(stem) >= 3}
    return set()


@functools.cache
def verb_forms(word: str) -> frozenset[str]:
    """The forms of the weak verb a typed participle, noun in -ing or infinitive belongs to,
    which the Dutch stemmer does not join: "gekeurd" → "keuren", "keuring", "keurt";
    "afgekeurd" → "afkeuren", "afkeuring"; "keuring" → "gekeurd", "keuren"; "keuren" →
    "keuring". Candidates: the search keeps those the archive holds (verb_family)."""
    return frozenset(form for *_, forms in _verb_candidates(word) for form in forms) - {word}


def verb_evidence(word: str) -> frozenset[str]:
    """The forms whose presence in the archive shows that a candidate of verb_forms is a verb."""
    return frozenset(form for _, evidence, _ in _verb_candidates(word) for form in evidence)


@functools.cache
def _verb_candidates(
    word: str,
) -> tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]:
    """Per possible verb: (its infinitive and noun in -ing, the forms that show it is a verb
    (_verb_evidence), every form)."""
    if len(word) < 5 or not word.isalpha() or word in _STOP_WORDS:
        return ()
    verbs = []
    for particle, rest in _particle_parts(word):
        for stem in _verb_stems(rest):
            if len(stem) < 3 or stem in _STOP_WORDS:
                continue
            for infinitive in _infinitives(stem):
                if _is_strong(infinitive):
                    continue  # "gebied" is no form of "bieden" (geboden)
                # The plural in -ingen the stemmer joins to the noun itself.
                names = {particle + infinitive, particle + infinitive[:-2] + "ing"}
                forms = names | _weak_forms(stem, infinitive, particle)
                evidence = _verb_evidence(stem, infinitive, particle)
                if _action_noun(rest):
                    # The noun names its verb and is one of its forms, as one in -ing is: "de
                    # reparatie" of "gerepareerd" (set 38: the mechanic's "Gerepareerd" of a
                    # wheelchair was found by no "rolstoel reparatie").
                    names.add(word)
                    evidence = evidence | {word}
                verbs.append((frozenset(names), evidence, frozenset(forms)))
    return tuple(verbs)


def verb_family(word: str, counts: dict[str, int]) -> set[str]:
    """The forms of verb_forms the archive holds, of a verb whose infinitive or noun in -ing
    it holds (a word like "gezicht" is no participle of a verb "zichten") and that is shown to
    be a verb by a form only a verb has (_verb_evidence: "gerecht" finds no "rechten", which
    may be the plural of "recht"). A typed noun in -ing is such a form itself."""
    found: set[str] = set()
    for names, evidence, forms in _verb_candidates(word):
        # The typed noun or infinitive names the verb itself; a participle needs the archive.
        named = word in names or any(counts.get(name) for name in names)
        if named and (word in evidence or any(counts.get(form) for form in evidence)):
            found |= {form for form in forms if counts.get(form)}
    return found - {word}


AGENT_FROM = 5  # letters of a doer's noun in -er ("prikker"): "meer", "beer" are none


@functools.cache
def agent_verb_forms(noun: str) -> frozenset[str]:
    """The forms of the verb a doer's noun in -er(s) is made of, as candidates (the search
    keeps those the archive holds): "prikkers" → "prikken", "geprikt", "prikt"; "rapers" →
    "rapen"; "grijper" → "grijpen", "gegrepen". Both the noun (singular) and the verb must be
    Dutch words. A compound with such a head is what one does to its modifier: an
    "afvalprikker" is who "prikt" litter ("zwerfvuil prikken"), a word a chat rarely writes
    (round 39, set 23: "afvalprikkers" listed nothing)."""
    single = noun[:-1] if noun.endswith("ers") else noun
    if not single.endswith("er") or len(single) < AGENT_FROM or not single.isalpha():
        return frozenset()
    words = dictionary()
    if single not in words:
        return frozenset()
    forms: set[str] = set()
    for stem in _closed_stems(single[:-2]):
        for infinitive in _infinitives(stem):
            if infinitive not in words:
                continue
            if _is_strong(infinitive):
                forms |= {infinitive} | word_family(infinitive)
            else:
                forms |= {infinitive} | _weak_forms(stem, infinitive, "")
    return frozenset(forms - {noun, single})


def agent_verb_held(noun: str, counts: dict[str, int]) -> set[str]:
    """The forms of agent_verb_forms the archive holds, where it holds one that is no
    infinitive (which may be another word: "kamen" of "kamer" is a past of "komen")."""
    held = {form for form in agent_verb_forms(noun) if counts.get(form)}
    return held if any(not form.endswith("en") for form in held) else set()


_LONG_VOWELS = frozenset(["aa", "ee", "oo", "uu", "ie", "ei", "ij", "ui", "ou", "au", "eu", "oe"])


def plural_stems(word: str) -> list[str]:
    """The stems of a noun's plural that differ from the noun: a final f or s after l, r, n or
    a long vowel becomes v or z ("wolf" → "wolv|en", "huis" → "huiz|en"), a long vowel then
    written single ("graaf" → "grav|en"); after a short vowel the consonant doubles instead
    ("les" → "lessen": no other stem). Before another consonant a long vowel written double is
    written single ("paal" → "pal|en"). The plural also opens compounds: "wolvenverhaal"."""
    if len(word) < 3 or not word.isalpha():
        return []
    if word[-1] not in "fs":
        # A long vowel written double before the last consonant is written single in the
        # open syllable of the plural: "paal" → "pal|en", "boom" → "bom|en".
        double = len(word) >= 4 and word[-3] == word[-2] and word[-2] in "aeou"
        return [word[:-2] + word[-1]] if double and word[-1] not in "aeiouy" else []
    if word[-2] not in "lrn" and word[-3:-1] not in _LONG_VOWELS:
        return []
    voiced = "v" if word[-1] == "f" else "z"
    stems = [word[:-1] + voiced]
    if len(word) >= 4 and word[-3] == word[-2] and word[-2] in "aeou":
        stems.append(word[:-2] + voiced)
    return stems


_OPEN_VOWELS = "aeou"


SINGULAR_COMPOUND_FROM = 4  # letters of a singular whose compounds a typed plural finds


def plural_singulars(word: str) -> set[str]:
    """The singulars of a typed plural whose compounds the search looks up (one lookup with the
    typed words' compounds, _completions): those the dictionary knows, of
    SINGULAR_COMPOUND_FROM letters or more ("luizen" → "luis")."""
    return {
        single
        for single in singular_forms(word)
        if single != word and len(single) >= SINGULAR_COMPOUND_FROM and single in dictionary()
    }


def singular_compounds(word: str, completions: dict[str, list[str]]) -> list[str]:
    """The archive's compounds of a typed plural's singular (plural_singulars) whose modifier is
    a word of the dictionary: "luizen" also finds "tegen bladluis?", where the stemmer keeps
    "luis" and "luiz" apart and the plural's compounds ("bladluizen") end in the plural only.
    Round 66 (set 41: the chat that says "bladluis" and "22 lindes" for "luizen lindebomen").
    Not a compound whose first part is no word ("para|graaf" of "graven")."""
    found: list[str] = []
    for single in sorted(plural_singulars(word)):
        for compound in completions.get(single, ()):
            modifier = compound[: -len(single)]
            modifier = (
                modifier[:-1]
                if modifier.endswith("s") and modifier[:-1] in dictionary()
                else modifier
            )
            if modifier in dictionary() and compound not in found:
                found.append(compound)
    return found


def singular_forms(word: str) -> set[str]:
    """The singulars a plural in -en may have, as written: the Dutch stemmer does not always
    bring both to one stem ("standplaatsen" → "standplaats", but "standplaats" →
    "standplat"), so a typed plural missed every chat writing the singular. The ending
    dropped, a doubled consonant written single ("kermissen" → "kermis"), v and z as f and s
    ("wolven" → "wolf", "huizen" → "huis"), and a vowel of an open syllable written double
    ("palen" → "paal"). Candidates only: the archive's vocabulary decides. Round 19 (set 17:
    "kermis standplaatsen" against "de standplaats van de botsauto's").

    Also of a plural in -s of a noun ending in -e after a consonant ("routes" → "route"): the
    stemmer keeps an -s after a vowel ("fatbikes") but drops the singular's -e ("fatbik"), so
    the two never met. Round 20 (set 18: "fatbikes overlast" against "het fatbikeverbod").

    Also of a noun ending in a diphthong with i: "hoosbuien" → "hoosbui", "kooien" → "kooi".
    Round 42 (set 25: "hoosbuien" against "de hoosbui")."""
    if len(word) >= 6 and word.isalpha() and word.endswith("es") and word[-3] not in "aeiouy":
        return {word[:-1]}
    if len(word) < 5 or not word.isalpha() or not word.endswith("en"):
        return set()
    base = word[:-2]
    if base[-2:] in ("ai", "ei", "oi", "ui"):
        return {base}  # "buien" → "bui", "kraaien" → "kraai": the stemmer keeps both apart
    if base[-1] in "aeiouy":
        return set()
    if base[-1] == base[-2]:
        return {base[:-1]}
    if base[-1] in "vz":
        base = base[:-1] + ("f" if base[-1] == "v" else "s")
    if len(base) >= 3 and base[-2] in _OPEN_VOWELS and base[-3] not in "aeiouy":
        return {base[:-1] + base[-2] + base[-1]}  # "bom|en" → "boom" ("bom" has "bommen")
    return {base}


def _longer_words(words: set[str]) -> dict[str, list[str]]:
    """Per typed word: the archive's words that start with it and continue as a form or a
    compound of it (most used first); also those that start with its plural's stem
    (plural_stems) and continue with the plural's ending ("wolven", "wolvenverhaal")."""
    return _vocabulary_lookup("longer", tuple(sorted(words)), lambda: _read_longer_words(words))


_NAMING_STREET_HEADS = ("straat", "weg", "laan", "steeg", "singel")


def _named_street(rest: str) -> bool:
    """Whether what follows a typed word makes a street named after it: the Rogatweg is no
    Rogat, the Kerkstraat no church, the Schoolstraat no school (round 69, set 43: "tractorpulling
    rogat" showed the lines about the road surface of the Rogatweg). A square, a quay or a
    canal ("havenkade") is where its thing is: those stay."""
    return any(rest in (head, f"s{head}") for head in _NAMING_STREET_HEADS)


def _read_longer_words(words: set[str]) -> dict[str, list[str]]:
    longer: dict[str, list[str]] = {word: [] for word in words}
    candidates = [word for word in words if len(word) >= MIN_PART and word.isalpha()]
    if not candidates:
        return longer
    starts = {word: [(word, "")] for word in candidates}
    for word in candidates:
        starts[word] += [(stem, "e") for stem in plural_stems(word)]
    condition = Q()
    for start, _ in (pair for pairs in starts.values() for pair in pairs):
        condition |= Q(woord__startswith=start)
    rows = (
        Woord.objects.filter(condition)
        .exclude(woord__in=candidates)
        .order_by("-berichten", "woord")
        .values_list("woord", flat=True)[: COMPLETIONS_PER_WORD * len(candidates) * 8]
    )
    # Forms the stemmer does not join to the word nor an ending makes (round 61).
    derived = {
        word: diminutives(word) | noun_adjectives(word) | quality_nouns(word) for word in candidates
    }
    for found in rows:
        for word in candidates:
            for start, opening in starts[word]:
                rest = found[len(start) :]
                if (
                    found.startswith(start)
                    and rest.startswith(opening)
                    and len(longer[word]) < COMPLETIONS_PER_WORD
                    and found not in longer[word]
                    and (_is_continuation(rest) or found in derived[word])
                    and not _shifted_adjective(found)
                    and not _named_street(rest)
                ):
                    longer[word].append(found)
    return longer


def _synonyms_of(word: str, groups: list[list[str]]) -> Iterator[Alternative]:
    """The other words of `word`'s synonym groups, as searched: a phrase, else a prefix when
    long enough."""
    for group in groups:
        if synonym_key(word, group):
            for other in group:
                if other == word:
                    continue
                if not _WORD.match(other):
                    yield Alternative("phrase", other, synonym=True)
                else:
                    kind = "prefix" if len(other) >= PREFIX_FROM else "exact"
                    yield Alternative(kind, other, synonym=True)


def _synonym_alternatives(word: str, groups: list[list[str]], facts: _Facts, expansion: Expansion):
    """The other words of the typed word's synonym groups, each with its verb's forms."""
    for synonym in _synonyms_of(word, groups):
        other = synonym.text
        expansion.note(other)
        yield synonym, other
        # Its verb's forms too: "ontploffing" of "explosie, ontploffing" finds
        # "er is iets ontploft" (round 39, set 23), as for a typed word.
        family = word_family(other) & facts.counts.keys()
        if _WORD.match(other):
            family |= verb_family(other, facts.counts)
        for form in sorted(family):
            expansion.note(form)
            yield Alternative("exact", form, synonym=True), form


def _held_forms(word: str, counts: dict[str, int]) -> int:
    """The messages that write the typed word or one of its inflected forms (inflected_forms,
    looked up with the typed words, _facts), which the search finds as the typed word: the
    archive writing "waterfietsen" in twelve messages does not seldom hold a typed "waterfiets",
    written so once, and searching it by "water" and "fiets" on their own showed "iemand in het
    water" (round 70, set 44)."""
    return counts.get(word, 0) + sum(counts.get(form, 0) for form in inflected_forms(word))


def _split_alone(word: str, counts: dict[str, int]) -> tuple[str, str] | None:
    """The split of a compound typed alone (_split): where the archive holds it in fewer than
    SPLIT_BELOW messages; in fewer than SPLIT_ALONE_BELOW only where the archive holds its head
    on its own, as often as its modifier or less ("toren" of "watertoren", not "water"): the
    conversations call the thing by its head, and the head is the part required."""
    occurrences = counts.get(word, 0)
    if occurrences >= SPLIT_ALONE_BELOW:
        return None
    split = _split(word, counts)
    if occurrences < SPLIT_BELOW or not split:
        return split
    modifier, head = split
    return split if 0 < counts.get(head, 0) <= counts.get(modifier, 0) else None


COMPOUND_MODIFIER_FROM = 8  # letters of a compound's modifier that names its thing ("zeepkisten")


def _is_compound(word: str) -> bool:
    """Whether the word is two words of the dictionary of MIN_PART letters or more, the second
    perhaps a plural ("zeep|kisten", "huif|kar"), not one word the dictionary knows whole."""
    words = dictionary()
    if word in words:
        return False
    for forms, head in _split_candidates(word):
        heads = {head, *plural_bases(head)} if len(head) > MIN_PART + 1 else {head}
        weak = head in _ENDINGS or head in _SUFFIX_HEADS or head in _FUNCTION_HEADS
        if forms[0] in words and heads & words and not weak:
            return True
    return False


def compound_modifier(word: str, counts: dict[str, int]) -> str:
    """The modifier of a typed compound the archive uses (not split) where that modifier is a
    compound itself, held as a word: a thing of its own, which a chat names without the head
    ("de zeepkisten" of the "zeepkistenrace": "Heeft iemand gehoord hoe het is met die vrouw
    van de zeepkisten?", round 73, set 46), as a rare compound is searched by its parts. Not a
    plain word ("water" of "watertaxi"): that names every other thing. Else ""."""
    cut = _split(word, counts)
    if not cut:
        return ""
    modifier = cut[0]
    if len(modifier) < COMPOUND_MODIFIER_FROM or not counts.get(modifier):
        return ""
    return modifier if _is_compound(modifier) else ""


SHORTHAND_HEAD_FROM = 8  # letters of a head that may stand for its compound ("bemiddeling")


def shorthand_head(word: str, counts: dict[str, int]) -> str:
    """The head of a compound the archive uses (not split), where the archive writes that head
    on its own less often than the compound: there the head is the chats' shorthand for the
    compound's thing ("Dan sluiten wij het dossier, dit is niet meer voor bemiddeling" in a chat
    about buurtbemiddeling, round 54, set 32), not a wider thing ("kosten", "park"), which the
    archive would write more often than any one of its compounds. A long head only."""
    occurrences = counts.get(word, 0)
    if occurrences < SPLIT_BELOW:
        return ""
    split = _split(word, counts)
    if not split:
        return ""
    modifier, head = split
    if len(head) < SHORTHAND_HEAD_FROM or head in _WEAK_PARTS or is_name(word, occurrences):
        return ""
    return head if 0 < counts.get(head, 0) < occurrences else ""


def action_agents(action: str) -> set[str]:
    """Who does what a noun in -ing names, singular and plural, where the dictionary has the
    doer: "bemiddeling" → "bemiddelaar(s)", "hulpverlening" → "hulpverlener(s)". A chat about buurtbemiddeling says "te weinig
    bemiddelaars" (round 54, set 32)."""
    if not action.endswith("ing") or len(action) < SHORTHAND_HEAD_FROM:
        return set()
    stem = action[:-3]
    doers = {stem + "aar", stem + "er"} & dictionary()
    return doers | {doer + "s" for doer in doers}


def _compound_name(word: str, occurrences: int, facts: _Facts) -> bool:
    """Whether a rare compound is a name (is_name), not where the archive also holds it as a
    diminutive: nobody writes a street or a foundation small. "Stichting Fietspont De
    Schiphorst" is the compound's one occurrence, but the chats' "het fietspontje" says it is
    a thing, and a thing is named by its parts too ("de pont", round 54, set 32)."""
    return is_name(word, occurrences) and not _written_small(word, facts)


def _written_small(word: str, facts: _Facts) -> bool:
    """Whether the archive holds the word as a diminutive ("fietspontje" of "fietspont")."""
    return not diminutives(word).isdisjoint(facts.longer.get(word, ()))


def _term_alternatives(
    term: Term, groups: list[list[str]], facts: _Facts, expansion: Expansion, alone: bool = False
):
    """The alternatives of a typed term; `alone`: the only word of the query."""
    word = term.text.lower()
    if term.phrase or not _WORD.match(word):
        yield Alternative("phrase", word, typed=True), word
        for form in [] if term.phrase else sorted(hyphen_inflections(word) & facts.counts.keys()):
            # "e-bikes" of "e-bike": the stemmer leaves the plural's -s (hyphen_inflections).
            expansion.note(form)
            yield Alternative("phrase", form), form
        if not term.phrase and _HYPHENATED.match(word):
            # Its plural (the first part inflected) and its initials in use (round 16, set 14:
            # "proces-verbaal" found neither "2 processen verbaal" nor "het pv").
            for phrase in hyphenated_forms(word, facts.counts)[1:]:
                expansion.note(phrase)
                yield Alternative("phrase", phrase), phrase
            for initials in facts.defined.get(word, ()):
                expansion.note(initials)
                yield Alternative("exact", initials), initials
        head = None if term.phrase else _hyphenated_head(word, facts.counts)
        head = head or (None if term.phrase else initialism_head(word, facts.counts))
        if head:
            expansion.note(head)
            yield Alternative("exact", head), head
        if not term.phrase and _HYPHENATED.match(word):
            # A word written with a hyphen has its synonyms as any typed word: "pop-upwinkel"
            # of "pop-upwinkel, pop-up, tijdelijke winkel" (round 45, set 26: the query found
            # nothing, the chats say "Eerste pop-up open!").
            yield from _synonym_alternatives(word, groups, facts, expansion)
        return
    prefix = len(word) >= PREFIX_FROM
    yield Alternative("prefix" if prefix else "exact", word, typed=True), word
    if word in _STOP_WORDS:
        return
    # Also for a long word: the stemmed prefix misses compounds whose stem differs ("school" is
    # stemmed "schol", "schoolbestuur" "schoolbestur").
    for found in facts.longer.get(word, ()):
        if found[len(word) :] not in _ENDINGS:
            expansion.note(found)
        yield Alternative("exact", found), found
    yield from _synonym_alternatives(word, groups, facts, expansion)
    counts = facts.counts
    for compound in head_synonyms(word, counts, groups):
        # "ijsclub" for "ijsvereniging" where the team's list says "vereniging, club".
        expansion.note(compound)
        kind = "prefix" if len(compound) >= PREFIX_FROM else "exact"
        yield Alternative(kind, compound, synonym=True), compound
    related = (
        _participle_forms(word) | done_participles(word) | word_family(word)
    ) | nationality_family(word)
    related |= irregular_number(word)  # "graf" of "graven", "steden" of "stad" (round 68)
    related &= counts.keys()
    related |= held_diminutive_bases(word, counts)  # "schuur" of "schuurtjes" (round 65)
    for form in sorted(related | verb_family(word, counts)):
        expansion.note(form)
        yield Alternative("exact", form), form
    stem = participle_stem(word, counts)
    if stem:
        expansion.note(stem)
        yield Alternative("exact", stem), stem
    for form in sorted(word_family(word)):
        if word.startswith(form) and word[len(form) :] in ("der", "ders") and len(form) >= 5:
            # What a doer does also opens compounds: "vervoer" of "vervoerder" finds
            # "vervoersklachten" (its unstemmed prefix, as the modifier of a split compound).
            expansion.note(form)
            yield Alternative("word_prefix", form), form
    for compound in facts.completions.get(word, ()):
        expansion.note(compound)
        yield Alternative("exact", compound), compound
    for compound in singular_compounds(word, facts.completions):
        # "bladluis" of "luizen" (round 66): the compounds of the typed plural's singular.
        expansion.note(compound)
        yield Alternative("exact", compound), compound
    for single in sorted(singular_forms(word) & counts.keys()):
        # "standplaatsen" also as "standplaats" (stemmed "standplat"), round 19; "fatbikes" as
        # "fatbike" and its compounds ("fatbikeverbod"), a prefix like the typed word, round 20.
        if single != word:
            expansion.note(single)
            kind = "prefix" if prefix and word.endswith("es") else "exact"
            yield Alternative(kind, single), single
    for variant in sorted((linking_s_variants(word) | linking_n_variants(word)) & counts.keys()):
        # "raadzaal" as the archive writes it, "raadszaal" (round 16, set 14).
        expansion.note(variant)
        yield Alternative("prefix" if prefix else "exact", variant), variant
    for apart in written_apart_forms(word, counts):
        # "Er moet een flits paal komen" for "flitspaal" (round 67, set 42); "het klim bos"
        # for "klimbos", "de water speelplaats" for "waterspeelplaats" (round 73, set 46).
        expansion.note(apart)
        yield Alternative("phrase", apart), apart
    for slip in sorted(letter_slips(word) & counts.keys()):
        # The archive's misspelling of the word: "de hernumering", "die coffeshop" (round 50),
        # "de muurschilering", "over grofvuill" (round 51).
        expansion.note(slip)
        yield Alternative("prefix" if prefix else "exact", slip), slip
    for initials in [*sorted(initialisms(word) & counts.keys()), *facts.defined.get(word, ())]:
        # "jgz" for "jeugdgezondheidszorg": the archive's own abbreviation of the compound.
        expansion.note(initials)
        yield Alternative("exact", initials), initials
    street = street_short_name(word, counts)
    if street:
        expansion.note(street)
        yield Alternative("exact", street), street
    occurrences = counts.get(word, 0)
    # A compound the archive uses often is searched as it is; a rare or unknown one by its parts.
    split = _split_alone(word, counts) if alone else None
    if not alone and occurrences < SPLIT_BELOW:
        split = _split(word, counts)
    # Written seldom as typed but often in another form ("waterfietsen"): the archive names
    # the thing by the compound, and a chat that does not calls it by its head ("de fietsen"),
    # not by its modifier ("water"): searched by the head only (round 70, _held_forms).
    head_only = bool(split) and not alone and _held_forms(word, counts) >= SPLIT_BELOW
    if _capital_fragments(term.text, split, counts):
        split = None
    if _misspelt_compound(word, occurrences, split):
        split = None  # "lantarenpaal": the archive's "lantaarnpaal" is suggested (walk fix51d)
    if not split:
        short = shorthand_head(word, counts)
        if short:
            expansion.note(short)
            yield Alternative("exact", short, part=True), short
            for agent in sorted(
                action_agents(short) & vocabulary_counts(action_agents(short)).keys()
            ):
                expansion.note(agent)
                yield Alternative("exact", agent, part=True), agent
    # Not a name typed with a capital ("Kinderopvangweg"): its parts are no things.
    own = "" if split or term.text[:1].isupper() else compound_modifier(word, counts)
    if own:
        # "de zeepkisten" for "zeepkistenrace" (round 73, set 46).
        expansion.note(own)
        yield Alternative("exact", own, part=True), own
    # A name ("aan de Zomerdijk") is searched by the parts that are names too ("aan de
    # Koedijk" for "Koedijkslanden"), not by plain words ("zomer", "dijk"): round 16.
    name = bool(split) and _compound_name(word, occurrences, facts)
    if split:
        modifier, head = split
        for part in (head, modifier):
            if part in _STREET_HEADS and len(part) >= MIN_PART and part.isalpha():
                # A street's kind is in every street name: "straat" of "straatverlichting"
                # found "Kamperstraat" (walk fix51d, issue 17). It counts only in a message
                # that holds the other part too ("de verlichting in onze straat").
                other = head if part == modifier else modifier
                if name and not is_name(other, counts.get(other, 0)):
                    continue  # "Lindenlaan", a name: not "de linden ... laan" (round 16)
                if other.isalpha() and other not in _WEAK_PARTS and len(other) >= MIN_PART:
                    yield Alternative("together", f"{part} & {other}", part=True), other
                continue
            if part in _WEAK_PARTS or len(part) < MIN_PART or (head_only and part != head):
                continue
            if part == modifier and (part in _OWNER_MODIFIERS or part in _SIZE_MODIFIERS):
                continue
            if name and not is_name(part, counts.get(part, 0)) and not _named_by_head(word, part):
                continue
            expansion.note(part)
            # The head of a size prefix with its forms as written ("bos", "bosje", "bossen",
            # which the stemmer does not join to "bos").
            kind = "word_prefix" if modifier in _SIZE_MODIFIERS else "exact"
            yield Alternative(kind, part, part=True), part
            # What happened to the part's thing: "uitgebrand" of "brand" (round 64).
            for form in sorted(set() if name else done_participles(part) & counts.keys()):
                expansion.note(form)
                yield Alternative("exact", form, part=True), form
        for other_head in [] if name else synonym_heads(word, modifier, groups):
            expansion.note(other_head)
            yield Alternative("prefix", other_head, part=True), other_head
        # A doer's head also as its verb: "afvalprikkers" as "zwerfvuil prikken" (round 39).
        for form in sorted(set() if name else agent_verb_held(head, counts)):
            expansion.note(form)
            yield Alternative("exact", form, part=True), form
        # A head whose verb changes its vowel also as that verb: "gezondheidsklachten" as
        # "klagen over hoofdpijn" (round 63, set 38), as the typed "klachten" finds "klagen".
        for form in sorted(set() if name else word_family(head) & counts.keys()):
            expansion.note(form)
            yield Alternative("exact", form, part=True), form
        inner = None if name else _inner_head(head, counts)
        if inner:
            expansion.note(inner)
            yield Alternative("exact", inner, part=True), inner
        # "bus" of "bestelbus" also as "het busje" (a typed word has it in facts.longer), and
        # "boot" of "bootwrak" as "het bootje" (round 16, set 14).
        smalls = (
            set() if name else diminutives(head) | (set() if head_only else diminutives(modifier))
        )
        for small in sorted(smalls & counts.keys()):
            expansion.note(small)
            yield Alternative("exact", small, part=True), small
        plain = name and not is_name(modifier, counts.get(modifier, 0))
        if (
            not plain
            and not head_only
            and len(modifier) >= 5
            and modifier not in _WEAK_PARTS
            and modifier not in _OWNER_MODIFIERS
            and modifier not in _SIZE_MODIFIERS
        ):
            # "storm" of "stormschade" also finds "stormhout" (its unstemmed prefix).
            yield Alternative("word_prefix", modifier, part=True), modifier
    for stem, forms in facts.verbs.get(word, ()):
        # "tankpas" also as "getankt", "tankte": what it is named after; and as the other
        # compounds of that act ("tankkaart", "tankstation"): the stem is a content word's
        # (round 17, set 15).
        for form in sorted(forms - {word}):
            expansion.note(form)
            yield Alternative("exact", form), form
        if len(stem) >= VERB_PREFIX_FROM:
            expansion.note(stem)
            yield Alternative("word_prefix", stem), stem
    together = participle_together(word, counts)
    if together:
        # "laagvliegende" as "vlogen zo laag" in one message (round 70).
        yield Alternative("together", together, part=True), word
    # A word whose strong verb's forms the archive holds is no typo ("aanrijding": "aangereden").
    # Nor is a diminutive whose noun the archive holds ("schuurtjes": "zes schuren").
    held = word_family(word) & counts.keys() or held_diminutive_bases(word, counts)
    if not held and _may_be_a_typo(word, occurrences, split):
        closest = _closest(word)
        if _suggestion_fits(word, closest):
            expansion.corrections[term.text] = closest
            expansion.note(closest)
            yield Alternative("prefix", closest, typed=True), closest


# Modifiers that only add to what their head names: "meerkosten" and "extrakosten" are costs,
# "meerwerk" is work. With a named thing, the head is what a message says: "de kosten van de
# brug" for "kaapbrug meerkosten" (round 43, _head_together).
_ADDING_MODIFIERS = ("meer", "extra")


def added_head(word: str) -> str:
    """The head of a compound whose modifier only adds to it ("meer|kosten" → "kosten"), a
    word of the dictionary of MIN_PART letters or more; else ""."""
    for modifier in _ADDING_MODIFIERS:
        rest = word[len(modifier) :]
        if word.startswith(modifier) and len(rest) >= MIN_PART and rest in dictionary():
            return rest
    return ""


def _head_together(
    term: Term, query: ParsedQuery, facts: _Facts
) -> tuple[Alternative, str, dict[int, Alternative]] | None:
    """For a compound the archive uses often (so not searched by its parts) typed with other
    words: its head together with one of those words in one message ("zwerfkatten oevers":
    "de katten op Oevers"; "geluidsoverlast warmtepompen": "overlast van de warmtepomp").
    A message that names the head with another word of the query speaks of the compound's
    thing; the head alone would find every chat with "katten", "overlast" or "schade". No
    SQLite needle: the embedded default searches substrings and cannot ask for both.

    So too for a rare compound the archive writes as a name (round 43, set 25: "Kaapbrug"),
    which is not searched by its parts (round 16): the people who use the bridge call it "de
    brug" ("de kosten van de brug", "sinds de brug dicht is"). There the other words count
    with the head of a compound whose modifier only adds ("kosten" of "meerkosten",
    added_head), and the head with such a word stands for both: it joins that word's clause
    too. Returns the alternative, the head (for "ook gezocht op") and, for a name, per clause
    of another word (its index in the query) the head together with that word; or None."""
    word = term.text.lower()
    if term.phrase or not _WORD.match(word):
        return None
    occurrences = facts.counts.get(word, 0)
    split = _split(word, facts.counts)
    if not split:
        return None
    head = split[1]
    if head in _WEAK_PARTS or head in _STOP_WORDS or not head.isalpha():
        return None
    named = occurrences < SPLIT_BELOW
    if named and (
        not is_name(word, occurrences)
        or _named_by_head(word, head)
        or is_name(head, facts.counts.get(head, 0))
    ):
        return None  # a rare compound has its parts as alternatives already
    others = []
    partners: dict[int, Alternative] = {}
    for index, clause in enumerate(query.clauses):
        forms = []
        for other in clause:
            text = other.text.lower()
            if other is term or other.phrase or not _WORD.match(text) or text in _STOP_WORDS:
                continue
            if not text.isalnum():
                continue
            forms.append(f"{text}:*" if len(text) >= PREFIX_FROM else text)
            if named and added_head(text):
                forms.append(added_head(text))
        others += forms
        if named and any(added_head(form.removesuffix(":*")) for form in forms):
            text = f"{head} & ( {' | '.join(forms)} )"
            partners[index] = Alternative("together", text, part=True)
    if not others:
        return None
    kinds = [] if named else other_kinds(word, head, facts.completions)
    heads = f"( {' | '.join([head, *kinds])} )" if kinds else head
    return Alternative("together", f"{heads} & ( {' | '.join(others)} )", part=True), head, partners


def other_kinds(word: str, head: str, completions: dict[str, list[str]]) -> list[str]:
    """The archive's other compounds of a typed compound's head, whose modifier is a word of the
    dictionary: the other kinds of its thing. With another typed word in one message they speak
    of the thing too: "Vanaf november willen we alleen elektrisch, jullie werken nog met
    benzineblazers" for "elektrische bladblazers" (round 69, set 43: the contractor's chat
    writes "accublazers", "benzineblazers" and "8 blazers", never "bladblazers")."""
    words = dictionary()
    kinds = []
    for compound in completions.get(head, ()):
        modifier = compound[: -len(head)]
        bare = modifier[:-1] if modifier.endswith("s") and modifier[:-1] in words else modifier
        if (
            compound != word
            and len(bare) >= MIN_PART
            and bare.isalpha()
            and bare in words
            and bare not in _WEAK_PARTS
            and not word.startswith(bare)
        ):
            kinds.append(compound)
    return kinds


MODIFIER_TOGETHER_FROM = 5  # letters of a modifier that names the thing ("stroom", not "auto")


def _modifier_together(
    term: Term,
    query: ParsedQuery,
    facts: _Facts,
    together: Alternative,
    groups: list[list[str]] = (),
) -> Alternative | None:
    """For a compound the archive uses often, typed with other words (_head_together): its
    modifier, too, together with one of those words in one message, where the modifier is the
    thing and the head what befell it: "stroomstoring binnenstad" is "de binnenstad zit zonder
    stroom", "de pasjeslezers in de binnenstad hebben geen stroom" (round 64, set 39: the chats
    of the power cut that never write "storing" were listed apart). A modifier of
    MODIFIER_TOGETHER_FROM letters or more that the dictionary knows, no weak, owner, size or
    particle modifier; not for a rare compound written as a name. The other words count with
    the words of their synonym groups: "de stroom is uit in het centrum" where the team's list
    says "binnenstad, centrum". The modifier with the head itself counts too: the compound
    written as its two parts in one message. None otherwise."""
    word = term.text.lower()
    if facts.counts.get(word, 0) < SPLIT_BELOW:
        return None
    split = _split(word, facts.counts)
    if not split:
        return None
    modifier, head = split
    if (
        len(modifier) < MODIFIER_TOGETHER_FROM
        or not modifier.isalpha()
        or modifier in _WEAK_PARTS | _OWNER_MODIFIERS | _SIZE_MODIFIERS | _PARTICLE_MODIFIERS
        or modifier in _STOP_WORDS
        or modifier not in dictionary()
        or not together.text.startswith((f"{head} & ", f"( {head} | "))
    ):
        return None
    others = together.text.split(" & ( ", 1)[1][: -len(" )")].split(" | ")
    for clause in query.clauses:
        for other in clause:
            if other is term or other.phrase:
                continue
            for synonym in _synonyms_of(other.text.lower(), groups):
                text = synonym.text + (":*" if synonym.kind == "prefix" else "")
                if synonym.kind != "phrase" and text not in others:
                    others.append(text)
    # And with its own head: the compound written as its two parts in one message, not next to
    # each other ("Waterstof: vrachtwagens naar het tankstation", round 70, set 44).
    others.append(head)
    return Alternative("together", f"{modifier} & ( {' | '.join(others)} )", part=True)


def _rarer_part_clause(
    term: Term, facts: _Facts, groups: list[list[str]] = ()
) -> tuple[list[Alternative], list[str]] | None:
    """For a query of one word, a compound searched by its parts (rare in the archive,
    _term_alternatives): one clause more, the compound or its rarer part (fewer messages of
    the archive hold it), so that a conversation holding only the commoner part ("fiets" of
    "fietswrakken") misses a word: it is listed apart, its lines are no hits. Both parts stay
    alternatives of the compound's own clause, as hits where the conversation holds the rarer
    one too. Not with other words: they already say what the conversation is about
    ("camera's stationsgebied" finds "de camera bij het station"). None when the compound is
    not split, a part is weak, or the archive holds neither part as it is."""
    word = term.text.lower()
    if term.phrase or not _WORD.match(word) or word in _STOP_WORDS:
        return None
    counts = facts.counts
    split = _split_alone(word, counts)
    if _capital_fragments(term.text, split, counts):
        return None
    if not split or _compound_name(word, counts.get(word, 0), facts):
        return None
    modifier, head = split
    if any(part in _WEAK_PARTS or len(part) < MIN_PART for part in split):
        return None
    # A doer's head the archive names by its verb only is held as that verb (round 39); a head
    # the archive names by a synonym's head only ("kelder" of "fietsenkelder" for
    # "fietsenstalling") as that head (round 40).
    acts = agent_verb_held(head, counts)
    others = synonym_heads(word, modifier, groups)
    other_found = sum(_found_counts(others, counts).values()) if others else 0
    named = acts or other_found
    singles = linking_en_singulars(modifier)
    held = [
        part
        for part in (head, modifier)
        if part not in _STREET_HEADS  # in every street name: "Kamper|straat" (walk fix51d)
        and (counts.get(part) or (part == head and named) or (part == modifier and singles))
    ]
    if not held:
        return None
    # The part the archive holds as it is, the rarer of two: "doden" of "dodenherdenking" is
    # stemmed as "dode" ("een dode kat") where the archive lacks it, "herdenking" is the one.
    # Rarer as the search finds it, with its inflected forms: "zorg" as written is rare, but
    # it finds every "ik maak me zorgen" (round 15, set 13: "zorgfraude"). Held as often,
    # the head (first) is the one: a "zorgfraude" is a kind of "fraude".
    found = _found_counts(held, counts)
    if acts:
        found[head] = found.get(head, 0) + sum(counts[form] for form in acts)
    if other_found:
        found[head] = found.get(head, 0) + other_found
    if singles and modifier in found:
        found[modifier] += sum(singles.values())
    rarer = min(held, key=lambda part: found[part])
    if head in held and _written_small(word, facts):
        # A thing the chats write small ("het fietspontje") is named by its head ("de pont",
        # "het pontje"), whichever part is rarer: "fiets" would be any bicycle (round 54).
        rarer = head
    kind = "prefix" if len(word) >= PREFIX_FROM else "exact"
    alternatives = [Alternative(kind, word, typed=True), Alternative("exact", rarer)]
    needles = [word, rarer]
    for longer in [*facts.longer.get(word, ()), *facts.completions.get(word, ())]:
        alternatives.append(Alternative("exact", longer))
        needles.append(longer)
    # The compound's initials in use stand for the whole word, so for its rarer part too
    # ("EPR" is an "eikenprocessierups"); round 19 (set 17: the chat "EPR 2025" was listed
    # apart, its 19 lines no hits).
    for initials in [*sorted(initialisms(word) & counts.keys()), *facts.defined.get(word, ())]:
        if Alternative("exact", initials) not in alternatives:
            alternatives.append(Alternative("exact", initials))
            needles.append(initials)
    # So do the words of its synonym groups: the team's "noodaggregaat, aggregaat" says that
    # a conversation about "de aggregaat" is about the thing, without the rarer part "nood"
    # (round 47, set 27: the chat "Aggregaat Zuidwoldhuis" was never listed).
    for synonym in _synonyms_of(word, groups):
        if synonym not in alternatives:
            alternatives.append(synonym)
            needles.append(synonym.text)
    # And the compound with its head named by a synonym ("schietclub" for "schietvereniging"
    # where the team's list says "vereniging, club"): the thing under its other name, as in the
    # compound's own clause (head_synonyms); round 74, set 47: "Ledenvergadering schietclub
    # heeft ingestemd" was no hit of "schietvereniging".
    for compound in head_synonyms(word, counts, groups):
        kind = "prefix" if len(compound) >= PREFIX_FROM else "exact"
        if Alternative(kind, compound) not in alternatives:
            alternatives.append(Alternative(kind, compound, synonym=True))
            needles.append(compound)
    if rarer == head:
        for form in sorted(acts):
            alternatives.append(Alternative("exact", form))
            needles.append(form)
        for small in sorted(diminutives(head) & counts.keys()):
            alternatives.append(Alternative("exact", small))
            needles.append(small)
        # A rare head that is a compound itself is a kind of its own head ("processie|rups":
        # "de rups"), what the thing is, as in the compound's own clause (round 19, set 17).
        inner = _inner_head(head, counts)
        if inner:
            alternatives.append(Alternative("exact", inner))
            needles.append(inner)
        # The head of a synonym with the same modifier ("grijper" of "afvalgrijper" for
        # "afvalprikkers"), round 40.
        for other_head in others:
            alternatives.append(Alternative("prefix", other_head))
            needles.append(other_head)
        if (
            not counts.get(modifier)
            and counts.get(modifier + "s")
            and len(modifier) >= 5
            and modifier not in _WEAK_PARTS
        ):
            # A noun modifier the archive writes in its plural in -s and its other compounds
            # only, never alone ("luiers", "luierbak", "luierproef" for "luiercontainers"): a
            # conversation holding those is about the thing too (round 50, set 29). Not a
            # verb's stem ("sproei" of "sproeiverbod": "sproeien" is the act, not the ban).
            alternatives.append(Alternative("word_prefix", modifier))
            needles.append(modifier)
    elif len(modifier) >= 5:
        # "storm" of "stormschade" also as "stormhout" (as in the compound's own clause).
        alternatives.append(Alternative("word_prefix", modifier))
        needles.append(modifier)
    if rarer == modifier:
        for single in sorted(singles):
            alternatives.append(Alternative("exact", single))
            needles.append(single)
    return alternatives, needles


def linking_en_singulars(modifier: str) -> dict[str, int]:
    """A compound's modifier written with a linking -en, the plural's form ("vlaggen" of
    "vlaggenprotocol", "boeken" of "boekenkast"), as its singulars the archive holds, with
    their message counts: a chat names the thing alone in the singular ("over de vlag en het
    protocol"), and the Dutch stemmer keeps the two apart ("vlagg", "vlag"). Round 53 (set 31:
    "vlaggenprotocol" listed the council questions about "de vlag en het protocol" apart)."""
    if modifier in _WEAK_PARTS or not modifier.endswith("en"):
        return {}
    found = vocabulary_counts(singular_forms(modifier))
    return {single: count for single, count in found.items() if count}


def inflected_forms(word: str) -> set[str]:
    """The forms of a word that the Dutch stemmer makes the same word, as candidates (the
    search keeps those the archive holds): its inflections ("zorg" → "zorgen", "zorgs"), with
    a doubled consonant after a short vowel ("kap" → "kappen") and the plural's stem
    ("huis" → "huizen", plural_stems)."""
    forms = {word + ending for ending in _INFLECTIONS}
    vowels = re.findall(r"[aeiouy]+", word)
    short = bool(vowels) and len(vowels[-1]) == 1 and word.endswith(vowels[-1] + word[-1])
    if word.isalpha() and short and word[-1] not in "aeiouy":
        forms |= {word + word[-1] + "en", word + word[-1] + "e"}  # kap → kappen
    forms |= {stem + "en" for stem in plural_stems(word)}
    return forms


def _found_counts(parts: list[str], counts: dict[str, int]) -> dict[str, int]:
    """Per part: the messages that hold it or one of its inflected forms (as the search finds
    it), from the vocabulary; one lookup (cached) for the forms not counted yet."""
    forms = {part: inflected_forms(part) for part in parts}
    wanted = {form for found in forms.values() for form in found} - counts.keys()
    known = {**counts, **vocabulary_counts(wanted)}
    return {
        part: known.get(part, 0) + sum(known.get(form, 0) for form in forms[part]) for part in parts
    }


def modifier_pairs(query: ParsedQuery) -> dict[int, str]:
    """Per clause of a common modifier typed apart ("oud" of "oud papier", _WEAK_PARTS) before a
    plain word: the compound the two make ("oudpapier"). Where the archive holds it the two are
    one clause, the compound or the word it ends in: a chat about "de papierwagen" of the
    clubs is about oud papier without "oud" (set 10 R2), as "oudpapier" typed is searched by
    "papier" without its weak modifier (_term_alternatives)."""
    pairs = {}
    for i, (first, second) in enumerate(itertools.pairwise(query.clauses)):
        if len(first) != 1 or len(second) != 1 or first[0].phrase or second[0].phrase:
            continue
        modifier, word = first[0].text.lower(), second[0].text.lower()
        if modifier in _WEAK_PARTS and _WORD.match(word) and len(word) >= MIN_PART:
            pairs[i] = modifier + word
    return pairs


def expand(query: ParsedQuery, archive_size: Callable[[], int] | None = None) -> Expansion:
    """The alternatives per clause of the query; the typed words themselves come first.
    `archive_size`: how many messages the archive holds, asked only when needed (_verbs_named)."""
    synonym_texts = None
    if query.is_empty:
        vocabulary_cache_sync()
    elif connection.vendor == "postgresql":  # the version and the synonyms in one round trip
        version, synonym_texts = _version_and_synonym_texts()
        vocabulary_cache_sync(version)
    else:
        vocabulary_cache_sync()
    expansion = Expansion()
    pairs = modifier_pairs(query)
    if query.is_empty:
        groups, facts = [], _Facts({}, {})
    else:
        groups = _synonyms(synonym_texts)
        words = {
            t.text.lower()
            for t in query.positive_terms()
            if not t.phrase and _WORD.match(t.text.lower())
        }
        terms = [t.text.lower() for clause in query.clauses if len(clause) == 1 for t in clause]
        phrases = phrase_initialisms(terms) if len(terms) == len(query.clauses) else {}
        families = synonym_families(words, groups)
        also = {form for forms in families.values() for form in forms} | set(pairs.values())
        hyphenated = {
            t.text.lower()
            for t in query.positive_terms()
            if not t.phrase and _HYPHENATED.match(t.text.lower())
        }
        tails = {
            form
            for t in query.positive_terms()
            if not t.phrase
            for form in hyphen_tail_candidates(t.text.lower())
            | initialism_candidates(t.text.lower())
        }
        also |= tails
        also |= {
            form
            for t in query.positive_terms()
            if not t.phrase
            for form in hyphen_inflections(t.text.lower())
        }
        also |= {form for word in words for form in singular_forms(word)}
        also |= {short for word in words for short in street_short_candidates(word)}
        # The heads of the typed compounds' synonyms with the same modifier (synonym_heads).
        also |= {
            form
            for word in words
            for forms, _ in _split_candidates(word)
            for modifier in forms
            for other in synonym_heads(word, modifier, groups)
            for form in {other} | inflected_forms(other)
        }
        # The typed compounds with their head replaced by a synonym of it (head_synonyms).
        also |= {form for word in words for form in head_synonym_candidates(word, groups)}
        facts = (
            _facts(words, phrases, also, hyphenated, archive_size)
            if words or hyphenated or tails
            else _Facts({}, {})
        )
    joined = {i + 1: word for i, word in pairs.items() if facts.counts.get(word)}
    parts: list[tuple[list[Alternative], list[str]]] = []  # split compounds' rarer parts
    joint: dict[int, Alternative] = {}  # per clause of the query: a name's head with its word
    positions: dict[int, int] = {}  # per clause of the query: its place in the expansion
    for index, clause in enumerate(query.clauses):
        if index + 1 in joined:
            continue  # the modifier: its compound is searched with the next word
        alternatives: list[Alternative] = []
        needles: list[str] = []
        if index in joined:
            clause = (*clause, Term(joined[index]))
            expansion.note(joined[index])
        for term in clause:
            alone = len(query.clauses) == 1 and len(clause) == 1
            for alternative, needle in _term_alternatives(term, groups, facts, expansion, alone):
                if alternative not in alternatives:
                    alternatives.append(alternative)
                    needles.append(needle)
        if len(clause) == 1:
            together = _head_together(clause[0], query, facts)
            if together:
                expansion.note(together[1])
                alternatives.append(together[0])
                joint.update(together[2])
                by_modifier = _modifier_together(clause[0], query, facts, together[0], groups)
                if by_modifier:
                    alternatives.append(by_modifier)
        positions[index] = len(expansion.clauses)
        expansion.clauses.append(alternatives)
        expansion.needles.append(needles)
        if len(query.clauses) == 1 and len(clause) == 1:
            required = _rarer_part_clause(clause[0], facts, groups)
            if required:
                parts.append(required)
    for index, alternative in joint.items():
        # One message with a name's head and another word meets that word's clause as well as
        # the name's (_head_together).
        if index in positions and alternative not in expansion.clauses[positions[index]]:
            expansion.clauses[positions[index]].append(alternative)
    for alternatives, needles in parts:
        expansion.clauses.append(alternatives)
        expansion.needles.append(needles)
    _with_group_phrases(query, groups, positions, expansion)
    _with_exact_plurals(expansion)
    for term in query.excluded:
        word = term.text.lower()
        kind = "phrase" if term.phrase or not _WORD.match(word) else "exact"
        expansion.excluded.append(Alternative(kind, word))
    typed = {t.text.lower() for t in query.positive_terms()}
    expansion.also = [word for word in expansion.also if word not in typed]
    return expansion


def _with_group_phrases(
    query: ParsedQuery, groups: list[list[str]], positions: dict[int, int], expansion: Expansion
) -> None:
    """Two typed words next to each other that a synonym group holds as one of its phrases
    ("hanging baskets" of the group "bloemmand, bloembak, hanging basket"): the group's other
    words in the clauses of both, so that one message holding one of them meets the two. A
    group's phrase was met only when typed between quotes; an officer types the words (round
    57, set 34's R6: "hanging baskets" never found "de hangende bloembakken")."""
    for index in range(len(query.clauses) - 1):
        pair = query.clauses[index : index + 2]
        if any(len(clause) != 1 or clause[0].phrase for clause in pair):
            continue
        if index not in positions or index + 1 not in positions:
            continue
        first, last = (clause[0].text.lower() for clause in pair)
        typed = {f"{first} {form}" for form in _group_forms(last)}
        for group in groups:
            if typed.isdisjoint(group):
                continue
            for other in group:
                if other in typed:
                    continue
                if _WORD.match(other):
                    kind = "prefix" if len(other) >= PREFIX_FROM else "exact"
                else:
                    kind = "phrase"
                alternative = Alternative(kind, other, synonym=True)
                expansion.note(other)
                for place in (positions[index], positions[index + 1]):
                    if alternative not in expansion.clauses[place]:
                        expansion.clauses[place].append(alternative)
                        expansion.needles[place].append(other)


def exact_plurals(word: str) -> set[str]:
    """The plurals in -en a word searched exactly may have, as candidates (inflected_forms):
    the Dutch stemmer cuts a singular's final s and f, and a double vowel, where the plural
    keeps them ("rups" → "rup", "rupsen" → "rups"; "reis" → "reis", "reizen" → "reiz"), so an
    exact word never met its plural. A typed word is a prefix and meets most of them."""
    if not word.isalpha() or len(word) < 3:
        return set()
    return {form for form in inflected_forms(word) if form.endswith("en")}


# A prefix of the stemmed word misses the same plurals: "zaalprijs:*" is no prefix of the stem
# "zaalprijz" of "zaalprijzen", "reis:*" none of "reiz" (round 47, set 27).
_PLURAL_KINDS = frozenset(["exact", "prefix"])


def _with_exact_plurals(expansion: Expansion) -> None:
    """Each exact or prefix word of the expansion (a compound's part or head, a form, a
    synonym, a typed word) also as the plurals the archive holds (exact_plurals): what the
    search counted as found (_found_counts) is what it finds. Round 46 (set 25: "processierups"
    by its head "rups" never met "die rupsen in de bomen"), round 47 for a prefix (set 27: the
    synonym "zaalprijs" never met "de hogere zaalprijzen"). One cached vocabulary lookup."""
    clauses = expansion.clauses
    wanted = {
        alternative.text: exact_plurals(alternative.text)
        for clause in clauses
        for alternative in clause
        if alternative.kind in _PLURAL_KINDS or alternative.kind == "word_prefix"
    }
    held = vocabulary_counts({form for forms in wanted.values() for form in forms})
    if not held:
        return
    for clause, needles in zip(clauses, expansion.needles, strict=False):
        written = {alternative.text for alternative in clause}
        prefixes = {a.text for a in clause if a.kind in ("prefix", "word_prefix")}
        for alternative in list(clause):
            if alternative.kind == "word_prefix":
                # A compound's modifier also in its plural, the other linking form: "schaap" of
                # "schaapskudde" also begins "de schapenwei", "schapenmest" (round 57, set 34:
                # "schaapskudde" listed nothing of a chat about "de schapenkeutels").
                for form in sorted(wanted.get(alternative.text, set()) & held.keys() - prefixes):
                    clause.append(Alternative("word_prefix", form, part=alternative.part))
                    needles.append(form)
                    prefixes.add(form)
                continue
            if alternative.kind not in _PLURAL_KINDS:
                continue
            for form in sorted(wanted.get(alternative.text, set()) & held.keys() - written):
                plural = Alternative("exact", form, part=alternative.part)
                clause.append(plural)
                needles.append(form)
                written.add(form)


def vocabulary_words(texts) -> dict[str, int]:
    """Words and in how many of the texts they occur (lower case), for the SQLite default;
    a redaction placeholder's are none."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in {w.lower() for w in _TOKENS.findall(hide_placeholders(text or ""))}:
            if 2 <= len(word) <= 100:
                counts[word] = counts.get(word, 0) + 1
    return counts
