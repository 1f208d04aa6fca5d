"""Word lists shipped in ``data/`` (built by ``data/build_lexicons.py``), loaded once per process."""

from __future__ import annotations

import _sre  # the regex engine's compiled form (round speed57: _compiled_alternation)
import bisect
import gzip
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from re import _compiler, _parser  # the regex engine's own parser (EndingGate) and compiler

DATA = Path(__file__).resolve().parent / "data"


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: how the word lists below are written."""
    return frozenset(text.split())


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with ASCII classes: the regex engine tests ``\\w``, ``\\d``, ``\\b`` and case
    by a table instead of Unicode's database (15-35% faster on the finders' hot patterns). On
    an ASCII text it finds what ``pattern`` finds, as long as no class of a case-insensitive
    pattern holds a non-ASCII letter whose other case is ASCII (the long s, the Kelvin sign,
    the dotted and dotless i); test_fast_patterns holds every twin to its pattern."""
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


def caseless_ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Round speed49: ``ascii_twin`` of a pattern that ignores case throughout, whose letters
    outside ASCII that its ignored case takes for ASCII ones (the dotless i of "kasım", the long
    s, the Kelvin sign, the dotted capital I) are written as those ASCII letters: on an ASCII
    text each matched only those letters, and so it finds what ``pattern`` finds."""
    if not pattern.flags & re.IGNORECASE or "(?-i" in pattern.pattern:
        raise ValueError("a pattern that ignores case throughout")
    folded = pattern.pattern.translate(_CASELESS_ASCII)
    return re.compile(folded, (pattern.flags & ~re.UNICODE) | re.ASCII)


# Round perf3: the letters outside ASCII that a case-insensitive pattern takes for an ASCII one
# (the dotted capital and the dotless i for "i", the long s for "s", the Kelvin sign for "k";
# test_fast_patterns checks there are no others), as that letter.
_CASELESS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def caseless(text: str) -> str:
    """``text`` in lower case as the substring gates before a case-insensitive pattern read it:
    wherever the pattern matches a word of lower-case letters, this text holds that word (on an
    ASCII text this is ``text.lower()``)."""
    if text.isascii():
        return text.lower()
    return text.translate(_CASELESS_ASCII).lower()


def holds_any(text: str, parts: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``parts``: the cheap gates before the finders' patterns (a
    plain loop of substring tests in C, about twice as fast as any() over a generator)."""
    for part in parts:  # noqa: SIM110 - a generator costs more
        if part in text:
            return True
    return False


def holds_any_re(parts: Iterable[str]) -> re.Pattern[str]:
    """Round speed46: one pattern of ``parts`` as plain strings, whose ``search(text) is not
    None`` answers as ``holds_any(text, parts)``. Faster than the loop where the parts open with
    few characters the regex engine skips ahead to in C (" twee", " drie", ...: 1.4 -> 0.45 us
    a message); slower where they open with many letters (keep holds_any there)."""
    return re.compile("|".join(re.escape(part) for part in parts))


class EndingGate:
    """Round speed48: a cheap test before a pattern of word endings, ``(?:alt|alt|...)$``,
    searched in one word: ``may_match(word)`` is False only where ``pattern.search(word)`` is
    None. Such a pattern gives the regex engine nothing to skip ahead to (its alternatives open
    with "\\w*" runs or ignore case), so it tries every alternative at every letter: ~25 us a
    word it has not seen (_COMPANY_PARTS). Here an alternative that ends in plain letters can
    match only where the word ends in them, and any other only where the word holds its longest
    run of plain letters: str.endswith and substring tests in C, on an ASCII word (outside ASCII
    a case-insensitive pattern also takes letters whose case folds to ASCII ones)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.ignore_case = bool(pattern.flags & re.IGNORECASE)
        self.endings, self.parts = _ending_gate_parts(pattern)

    def may_match(self, word: str) -> bool:
        if not word.isascii() or "\n" in word:
            return True  # (also "$", which matches before a closing newline)
        if self.ignore_case:
            word = word.lower()
        return word.endswith(self.endings) or holds_any(word, self.parts)


def spaced(words: Iterable[str]) -> str:
    """Round speed56: ``words`` as literal text with one or more spaces between them, for a
    pattern of many names (not one with re.VERBOSE). " +" compiles to the same code as "[ ]+"
    (the parser makes a class of one character a literal) but parses faster: a chat's name
    patterns are compiled for each chat, ~30% less time for this part of them."""
    return " +".join(map(re.escape, words))


class WordAlternation:
    """Round speed51: ``(?<![before])(?:alternative|...)after`` (a chat's names: hundreds of
    alternatives), searched on an ASCII text in a form the regex engine can skip through.

    The plain form opens with a look-behind, so the engine has no character to skip ahead to: it
    tries the look-behind and every alternative at every character (~30 us a message for the
    chat's names that ignore case). The ASCII form opens with a class of the characters the
    alternatives can open with (in either case where the pattern ignores case), so the engine
    skips to them in C; it asks the look-behind of the character before that one, then tries only
    the alternatives whose first character matches that one (in their order, without their first
    character), behind look-behinds for it in a small tree. On an ASCII text it finds what the
    plain form finds (test_fast_speed51 holds the two together); outside ASCII the plain form is
    searched. Each form is compiled when it is first searched (compiling costs what some hundred
    searches save, and a small chat may never search some of its name patterns). Round speed54:
    the ASCII form is made only once the plain form has served ``ASCII_AFTER`` searches of ASCII
    texts: it takes ~1.8 times as long to compile as the plain form and saves ~1.6 us a search
    of a chat's names, so in a chat of twenty messages (~16 searches a pattern over its two
    passes) it never paid back; a long chat pays the plain form's compiling and its first
    searches (detect_chat's instructions a message: 20 chats of 20 messages -13.7%, a chat of 100
    -1.7%, a chat of 1,300 +1.3%; after 60 searches the first and last -13.9% and +0.25%, after
    200 -12.7% and +2.8%)."""

    __slots__ = ("_ascii", "_form", "_plain", "_plain_searches")

    # (searches of ASCII texts by the plain form before the ASCII form is made)
    ASCII_AFTER = 100

    def __init__(
        self, before: str, alternatives: Iterable[str], after: str, flags: int = 0
    ) -> None:
        # (round speed56: an alternative repeated is tried only where the same one before it
        # failed, at the same place, so it fails too: left out, the pattern finds the same and
        # compiles faster; "van der wal" of "van der Wal" and "Van der Wal" in lower case)
        self._form = (before, tuple(dict.fromkeys(alternatives)), after, flags)
        self._plain: re.Pattern[str] | None = None
        self._ascii: re.Pattern[str] | None = None
        self._plain_searches = 0

    @property
    def pattern(self) -> re.Pattern[str]:
        """The plain form."""
        if self._plain is None:
            self._plain = _compiled_alternation(*self._form)
        return self._plain

    @property
    def ascii_pattern(self) -> re.Pattern[str]:
        """The form for an ASCII text (the plain form where no other can be made)."""
        if self._ascii is None:
            self._ascii = _ascii_alternation(*self._form) or self.pattern
        return self._ascii

    def _for(self, text: str) -> re.Pattern[str]:
        """The form to search ``text`` with (both find the same)."""
        if self._ascii is not None and text.isascii():
            return self._ascii
        if not text.isascii():
            return self.pattern
        if self._plain_searches < self.ASCII_AFTER:
            self._plain_searches += 1
            return self.pattern
        return self.ascii_pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._for(text).finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self._for(text).search(text)


def _plain_alternation(
    before: str, alternatives: tuple[str, ...], after: str, flags: int
) -> re.Pattern[str]:
    """WordAlternation's plain form as ``re.compile`` makes it from its text."""
    return re.compile(rf"(?<![{before}])(?:{'|'.join(alternatives)}){after}", flags)


@lru_cache(maxsize=512)
def _compiled_alternation(
    before: str, alternatives: tuple[str, ...], after: str, flags: int
) -> re.Pattern[str]:
    """Round speed57: WordAlternation's plain form, equal to ``_plain_alternation`` (the same
    text, flags and compiled code: re.Pattern compares all three), made faster. A chat's name
    patterns are compiled per chat (their names are the chat's own), and the regex engine's
    parser and compiler are Python: of compiling ~5 of them a chat, ~60% went to the look-behind
    and the look-ahead around the names, which are the same in every chat (a handful of kinds).
    Those are parsed and compiled once per kind (_wrapper); per chat only the alternation of the
    names is, and the parts are joined as the engine's compiler joins the items of a pattern
    (each item's code stands on its own: its jumps are relative). Kept as re.compile where the
    names hold a group (numbered per pattern) or the engine is another one than this was built
    for (_SAME_AS_RE, checked once at import); test_fast_speed57 holds the two equal. The cache
    by form serves a chat's participants' patterns again in the next chat."""
    if _SAME_AS_RE:
        try:
            made = _joined_alternation(before, alternatives, after, int(flags))
        except Exception:  # noqa: BLE001 - re.compile below raises the engine's own error
            made = None
        if made is not None:
            return made
    return _plain_alternation(before, alternatives, after, flags)


@lru_cache(maxsize=64)
def _wrapper(before: str, after: str, flags: int) -> tuple[tuple, list[int], tuple, list[int]]:
    """The parsed items of a WordAlternation's look-behind and of what follows its names, and
    the compiled code of each."""
    parsed = _parser.parse(rf"(?<![{before}])(?:x){after}", flags)
    if parsed.state.groups != 1 or len(parsed.data) < 2:
        raise ValueError("a look-behind, the names, then items without groups")
    head, tail = parsed.data[:1], parsed.data[2:]
    head_code: list[int] = []
    _compiler._compile(head_code, head, parsed.state.flags | flags)
    tail_code: list[int] = []
    _compiler._compile(tail_code, tail, parsed.state.flags | flags)
    return tuple(head), head_code, tuple(tail), tail_code


def _joined_alternation(
    before: str, alternatives: tuple[str, ...], after: str, flags: int
) -> re.Pattern[str] | None:
    """``_plain_alternation``'s pattern from the cached parts of _wrapper and the names parsed
    and compiled alone; None where the names hold a group."""
    head, head_code, tail, tail_code = _wrapper(before, after, flags)
    body = _parser.parse(f"(?:{'|'.join(alternatives)})", flags)
    state = body.state
    if state.groups != 1 or state.grouprefpos:
        return None
    whole = _parser.SubPattern(state, [*head, *body.data, *tail])
    all_flags = state.flags | flags
    code: list[int] = []
    _compiler._compile_info(code, whole, all_flags)
    code += head_code
    _compiler._compile(code, body.data, all_flags)
    code += tail_code
    code.append(_compiler.SUCCESS)
    text = rf"(?<![{before}])(?:{'|'.join(alternatives)}){after}"
    return _sre.compile(text, all_flags, code, 0, {}, (None,))


def _same_as_re() -> bool:
    """Whether _joined_alternation makes what re.compile does, on forms of each kind."""
    forms = [
        (r"\w@./", ("anna bakker", "anna", r"de +vries"), r"(?![\w@/]|\.\w|-\d)", re.I),
        (r"\w@./'-", ("Bakker", r"van +Dam"), r"(?![\w@/]|\.\w|-\w)", 0),
        (r"^\W_", ("Anna",), "", 0),
    ]
    try:
        return all(
            _joined_alternation(*form[:3], int(form[3])) == _plain_alternation(*form)
            for form in forms
        )
    except Exception:  # noqa: BLE001 - another engine: keep re.compile
        return False


_SAME_AS_RE = _same_as_re()


def _ascii_alternation(
    before: str, alternatives: tuple[str, ...], after: str, flags: int
) -> re.Pattern[str] | None:
    """WordAlternation's ASCII form, or None where an alternative does not open with one plain
    character (then the plain form serves)."""
    heads = []
    for alternative in alternatives:
        head = _plain_head(alternative, flags)
        if head is None:
            return None
        heads.append(head)
    # For each ASCII character, the alternatives that may open with it (in their order); the
    # characters with the same alternatives share a group.
    openings: dict[str, list[int]] = {}
    for i, (matched, _) in enumerate(heads):
        for char in matched:
            openings.setdefault(char, []).append(i)
    groups: dict[tuple[int, ...], list[str]] = {}
    for char, opening in sorted(openings.items()):
        groups.setdefault(tuple(opening), []).append(char)
    if not groups:
        return re.compile("(?!)", flags)  # nothing to find on an ASCII text
    if "\n" in set().union(*groups.values()):
        return None  # (the look-behind below reads the opening character by ".")
    if len(groups) == 1:
        ((opening, chars),) = groups.items()
        body = "|".join(heads[i][1] for i in opening)
    else:
        body = _dispatch(
            [(chars, "|".join(heads[i][1] for i in opening)) for opening, chars in groups.items()]
        )
    everything = _char_class(sorted({c for chars in groups.values() for c in chars}))
    return re.compile(rf"(?-i:{everything})(?<![{before}].)(?:{body}){after}", flags)


def _dispatch(groups: list[tuple[list[str], str]]) -> str:
    """The groups' bodies, each behind a look-behind for the characters that open it, in a tree
    of look-behinds (a few dozen groups: the engine asks a handful at each word, not all)."""
    if len(groups) <= 6:
        return "|".join(f"(?-i:(?<={_char_class(chars)}))(?:{body})" for chars, body in groups)
    size = max(6, math.isqrt(len(groups)) + 1)
    return "|".join(
        f"(?-i:(?<={_char_class(c for chars, _ in part for c in chars)}))(?:{_dispatch(part)})"
        for part in (groups[i : i + size] for i in range(0, len(groups), size))
    )


def _char_class(chars: Iterable[str]) -> str:
    return f"[{''.join(map(re.escape, chars))}]"


def _plain_head(alternative: str, flags: int) -> tuple[frozenset[str], str] | None:
    """The ASCII characters a pattern's alternative can open with and the rest of the
    alternative after that character, where it opens with one plain (or escaped) character that
    no quantifier follows, or does so inside "(?i:...)" around the whole alternative; else None."""
    if alternative.startswith("(?i:") and alternative.endswith(")"):
        inner = alternative[4:-1]
        if any(c in inner for c in "()|"):
            return None
        head = _plain_head(inner, flags | re.IGNORECASE)
        return None if head is None else (head[0], f"(?i:{head[1]})")
    if alternative[:1] == "\\":
        char = alternative[1:2]
        if not char or char.isalnum():
            return None  # a class such as \w or \d
        rest = alternative[2:]
    elif not alternative or alternative[0] in "()[].^$*+?{|":
        return None
    else:
        char, rest = alternative[0], alternative[1:]
    if rest[:1] and rest[0] in "*+?{":
        return None
    return _ascii_matches(char, flags), rest


@lru_cache(maxsize=1024)
def _ascii_matches(char: str, flags: int) -> frozenset[str]:
    """The ASCII characters that the plain character ``char`` matches in a pattern of ``flags``
    (in either case where it ignores case; the Kelvin sign takes "k" and "K")."""
    literal = re.compile(re.escape(char), flags)
    return frozenset(c for c in map(chr, range(128)) if literal.fullmatch(c) is not None)


def _ending_gate_parts(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The endings and the inner parts of EndingGate, read from the pattern as the regex engine
    reads it (its own parser); ValueError where the pattern is no alternation closed by "$"."""
    if pattern.flags & re.MULTILINE:
        raise ValueError("'$' of a MULTILINE pattern also matches inside the text")
    items = list(_parser.parse(pattern.pattern, pattern.flags))
    if not items or items[-1] != (_parser.AT, _parser.AT_END):
        raise ValueError("not a pattern closed by '$'")
    body = items[:-1]
    branch = len(body) == 1 and body[0][0] == _parser.BRANCH
    alternatives = [list(alt) for alt in body[0][1][1]] if branch else [body]
    endings: list[str] = []
    parts: list[str] = []
    for ops in alternatives:
        runs = _literal_runs(ops)
        if ops and ops[-1][0] == _parser.LITERAL:
            endings.append(runs[-1])  # the match ends where the word ends: with these letters
        elif runs:
            parts.append(max(runs, key=len))  # letters every match of this alternative holds
        else:
            parts.append("")  # nothing to test: every word may match
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    if any(not s.isascii() for s in endings + parts):
        # (a case-insensitive letter outside ASCII, as the Kelvin sign, may match an ASCII one)
        return (), ("",)
    if ignore_case:
        endings, parts = [s.lower() for s in endings], [s.lower() for s in parts]
    return tuple(endings), tuple(parts)


def _literal_runs(ops: list) -> list[str]:
    """The runs of plain characters in a parsed sequence, in order (top level only)."""
    runs: list[str] = []
    run = ""
    for op, av in ops:
        if op == _parser.LITERAL:
            run += chr(av)
            continue
        if run:
            runs.append(run)
        run = ""
    if run:
        runs.append(run)
    return runs


# Tussenvoegsels, as single lower-case tokens; sequences ("van der", "van 't") are built from them.
PARTICLES = words(
    "van de der den het 't ter ten te in op uit aan bij onder over voor "
    "von la le du da di dos das del el al ben bin ibn abu 's d' vd v/d"
)

# Words before a name that are not part of it (guideline: titles and roles are excluded).
TITLES = words(
    "dhr dhr. heer meneer mnr mnr. mevr mevr. mevrouw mw mw. mej mej. juffrouw "
    "fam fam. familie dr dr. drs drs. ir ir. ing ing. mr mr. prof prof. ds ds."
)

# Endings of Dutch street names. Longest first so "straatweg" wins over "weg".
STREET_SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        words("""straatweg straat laan weg dijk plein gracht kade singel steeg pad hof park markt
            dreef erf baan wal veld brink horst hoek berg dal akker kamp oord burg stede weide
            wijk zoom rade haven dam brug poort boulevard allee promenade passage plantsoen
            hoven tuin tuinen gaarde erve esch veen vaart wetering diep sloot gang slop ring
            heem hoeve stee beek bosch bos donk hout schans wold wolde woud meer kolk einde ende
            maat maten landen hoogte helling made boog kaai straatje laantje pleintje paadje kampen akkers
            velden weiden hofje dijkje wijde kwartier oever oevers hage hagen zijde bossen drift"""),
        key=len,
        reverse=True,
    )
)


@dataclass(frozen=True)
class Lexicon:
    """All word lists the detectors use, lower-cased."""

    first_names: frozenset[str]  # all known first names
    common_first_names: frozenset[str]  # the frequent ones (hand-compiled and Faker)
    surnames: frozenset[str]  # all known surnames, without tussenvoegsel
    common_surnames: frozenset[str]
    places: frozenset[str]
    frequent_words: frozenset[str]
    not_names: frozenset[str]  # months, greetings, roles, brands: never a name
    dutch_words: frozenset[str]
    proper_nouns: frozenset[str]

    def is_person_name(self, low: str) -> bool:
        """A lower-cased word a name list knows as a person (a surname or a first name) that is
        no ordinary word, place or listed not-name: a person's name where it stands alone."""
        return (
            (low in self.surnames or low in self.first_names)
            and low not in self.not_names
            and low not in self.frequent_words
            and low not in self.places
        )


def _read(name: str) -> frozenset[str]:
    path = DATA / name
    raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    return frozenset(raw.decode("utf-8").split())


@cache
def load() -> Lexicon:
    """The shipped lexicon (read once; about 0.3 s)."""
    common_first = _read("first_names.txt")
    common_surnames = _read("surnames.txt")
    return Lexicon(
        first_names=common_first | _read("first_names_extra.txt.gz"),
        common_first_names=common_first,
        surnames=common_surnames | _read("surnames_extra.txt.gz"),
        common_surnames=common_surnames,
        places=_read("places.txt"),
        frequent_words=_read("frequent_words.txt"),
        not_names=_read("not_names.txt"),
        dutch_words=_read("dutch_words.txt.gz"),
        proper_nouns=_read("proper_nouns.txt.gz"),
    )


@cache
def person_names() -> frozenset[str]:
    """The words ``Lexicon.is_person_name`` holds true, read without the rest of the lexicon:
    Woo search asks only this (walk 50), and the whole lexicon costs a web worker ~80 MB and
    ~0.8 s on its first search."""
    names = (
        _read("first_names.txt")
        | _read("first_names_extra.txt.gz")
        | _read("surnames.txt")
        | _read("surnames_extra.txt.gz")
    )
    return names - _read("not_names.txt") - _read("frequent_words.txt") - _read("places.txt")


# Endings that only ever close a street name; other endings (-bos, -meer, -veld) also end
# ordinary words, so those need a capital or a word that is not in the dictionary.
STRONG_STREET_SUFFIXES = words(
    "straatweg straat laan weg dijk plein gracht kade singel steeg dreef boulevard allee"
)
_SUFFIX_RE = re.compile("(?:" + "|".join(STREET_SUFFIXES) + ")$")


@cache
def _sorted_dutch_words() -> tuple[str, ...]:
    return tuple(sorted(load().dutch_words))


@cache
def _longest_dutch_word() -> int:
    return max(map(len, load().dutch_words), default=0)


@lru_cache(maxsize=50_000)
def is_cut_compound(low: str) -> bool:
    """'kinderdagverblij': a compound whose end OCR or a cut-off title lost, a dictionary word
    and the start of another one (of four letters or more each)."""
    dutch = load().dutch_words
    # Head and tail are each at most a dictionary word (and a linking s/e) long: a longer word
    # is none, and each cut slices the word anew, quadratic in its length (a 100,000-letter
    # word took seconds).
    if len(low) > 2 * _longest_dutch_word() + 1:
        return False
    ordered = _sorted_dutch_words()
    for i in range(4, len(low) - 3):
        head, tail = low[:i], low[i:]
        if head in dutch or (head[-1] in "se" and head[:-1] in dutch):
            at = bisect.bisect_left(ordered, tail)
            if at < len(ordered) and ordered[at].startswith(tail) and ordered[at] != tail:
                return True
    return False


# The first parts of Dutch compounds that link with "-er-" (the old plural: kinderen, eieren,
# bladeren, liederen, kalveren, runderen): 'kinderburgemeester', 'eierdoos', 'liederenbundel'.
_ER_LINKED = frozenset(["kinder", "eier", "blader", "lieder", "kalver", "runder", "volker"])


@lru_cache(maxsize=50_000)
def is_compound(low: str) -> bool:
    """'strooiroute', 'raadsinformatiebrief': two dictionary words glued together (a noun),
    also with the linking "-er-" of a few old plurals ('kinderburgemeester': kind-er-)."""
    dutch = load().dutch_words
    # As in is_cut_compound: no longer than two dictionary words and a linking letter.
    if len(low) > 2 * _longest_dutch_word() + 1:
        return False
    for i in range(3, len(low) - 2):
        head, tail = low[:i], low[i:]
        if tail in dutch and (
            head in dutch
            or (head[-1] in "se" and head[:-1] in dutch)
            or (head in _ER_LINKED and len(tail) >= 5)
        ):
            return True
    return False


@lru_cache(maxsize=50_000)
def street_suffix(word: str) -> str | None:
    """The street-name ending of ``word`` (any case), if it has one."""
    match = _SUFFIX_RE.search(word.lower())
    return match.group(0) if match else None


@lru_cache(maxsize=50_000)
def has_singular(low: str) -> bool:
    """A plural noun's singular is a word ("kozijnen" -> kozijn, "producties" -> productie,
    "gereedschappen" -> gereedschap, "straten" -> straat, "huizen" -> huis, "inbraken" ->
    inbraak); a participle that ends the same way has none ("gevonden", "geschreven")."""
    dutch = load().dutch_words
    if low.endswith("s"):
        # Not after -en: "namens", "volgens", "tijdens" are prepositions, not plurals.
        singular = low[:-2] if low.endswith("'s") else low[:-1]
        return singular in dutch and not singular.endswith("en")
    if not low.endswith("en"):
        return False
    return any(c in dutch for c in en_stems(low))


# A number and the word it counts ("3 weken", "4 kinderen", "12 jaar"), read from a position.
_COUNT_AFTER_RE = re.compile(r"[ ]*\d+[ ]+([a-z]+)")
# Units a count takes, and plurals has_singular does not derive ("kinderen").
_COUNTED_UNITS = words("jr jaar keer maal euro eur kg km cm m p pers kinderen kids uren")


def counts_a_noun(text: str, pos: int) -> bool:
    """Whether the number at ``pos`` counts the word after it ("June 3 weken", "Juni 2 dagen
    geleden", "August 5 euro"): a count, no day of a month."""
    match = _COUNT_AFTER_RE.match(text, pos)
    if match is None:
        return False
    word = match.group(1)
    return word in _COUNTED_UNITS or (len(word) > 3 and has_singular(word))


def en_stems(low: str) -> set[str]:
    """The stems a word ending in -en may have, spelled as on their own: "gereedschappen" ->
    gereedschap, "straten" -> straat, "huizen" -> huis, "gooien" -> gooi (the singular of a
    plural noun, the first person of a verb)."""
    stem = low[:-2]
    candidates = {stem}
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        candidates.add(stem[:-1])  # gereedschapp-en
    if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        candidates.add(stem[:-1] + stem[-2] + stem[-1])  # strat-en -> straat
    candidates |= {c[:-1] + {"v": "f", "z": "s"}[c[-1]] for c in list(candidates) if c[-1:] in "vz"}
    return candidates


# Compounds naming an event: "Reestpop" (a river + "pop"), "Sinterklaasintocht", "Kermisdagen".
_EVENT_COMPOUND_RE = re.compile(
    r"[^\W\d_]{3,}(?:pop|fest|festival|intocht|optocht|kermis|feest|feesten|braderie|parade|"
    r"dagen|daagse|festijn|spektakel|toernooi|jamboree|carnaval|marathon|triathlon|"
    # Round 33: one day of it ("Opschoondag 2027", "Burendag 2026", "Sportdag 2027")
    r"dag)"
    # Round 30: a recurring evening or market day ("de Meppeler Donderdagavond 2027")
    r"|(?:[^\W\d_]+)?(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:avond|avonden|markt|middag)"
)


def is_event_compound(low: str) -> bool:
    """Whether ``low`` (lower case) is a compound naming an event ("reestpop", "paasintocht")."""
    return _EVENT_COMPOUND_RE.fullmatch(low) is not None


# Car makes: "Citroën C3, AM-12-34" (a vehicle cue before a plate), "Fiat 500" (no street).
CAR_MAKES = words("""citroën citroen peugeot renault volkswagen opel ford toyota fiat kia hyundai
    skoda seat audi bmw mercedes volvo nissan mazda suzuki dacia tesla mitsubishi honda""")


# Function words that also spell a noun with a diminutive ("niet"/"nietje", "wel"/"welletje",
# "kan"/"kannetje", "haar"/"haartje"): after a possessive they are the verb or adverb.
_NOUN_HOMOGRAPHS = words("""niet was wel weer toch net zo kan wil moet gaat hem haar ze dat dit
    morgen al ook nog dan maar even eens""")


@lru_cache(maxsize=20_000)
def looks_like_noun(low: str) -> bool:
    """'fiets', 'buurman', 'kinderen': a word of the language that has a diminutive ('fietsje'), a
    plural ("auto's", 'buurmannen') or is the plural of a noun; the lexicon has no parts of speech,
    so 'gisteren', 'gesproken', 'bellen', 'heeft' (no diminutive, no plural) are no noun."""
    dutch = load().dutch_words
    if low not in dutch or low in _NOUN_HOMOGRAPHS or len(low) < 2:
        return False
    if _has_diminutive(low, dutch) or low + "'s" in dutch or low + low[-1] + "en" in dutch:
        return True
    if low.endswith("je") and (low[:-2] in dutch or low[:-3] in dutch):
        return True  # a diminutive itself: 'hondje'
    if low.endswith("s") and _has_diminutive(low[:-1], dutch):
        return True  # 'sleutels'
    if low.endswith("en"):
        # 'kinderen', 'jassen', 'tuinen' (not 'fietsen', 'bellen': 'fietst', 'belt' are verbs)
        stem = low[:-2]
        for base in (stem, stem[:-1], low[:-4]):
            verb = stem + "t" in dutch or stem[:-1] + "t" in dutch
            if len(base) > 1 and _has_diminutive(base, dutch) and not verb:
                return True
    return False


def _has_diminutive(low: str, dutch: frozenset[str]) -> bool:
    return any(low + end in dutch for end in ("je", "tje", "pje", "kje", "etje", low[-1:] + "etje"))
