"""Dutch query expansion from the archive's own vocabulary and the Woo team's synonym list.

For every typed word the search also looks for:
- words that begin with it (prefix: "jazz" finds "jazzfestival", "kap" finds "kapploeg");
- compounds that end with it ("sluiting" finds "woningsluiting"), taken from the vocabulary;
- the parts of a typed compound ("bomenkap" finds "kap" and "bomen"), when both parts are words
  of the archive;
- past participles that the Dutch stemmer does not join ("kappen" finds "gekapt");
- the other words of its synonym group ("sth" finds "statushouders");
- for a word the archive does not know, the closest word that it does (pg_trgm on PostgreSQL,
  difflib on the embedded SQLite default): "subisidie" finds "subsidie".

Everything added is reported, so the page can say "ook gezocht op: …".
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection

from .models import Synoniemgroep, Woord
from .query import ParsedQuery, Term

_WORD = re.compile(r"^\w+$", re.UNICODE)
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
DICTIONARY = "/usr/share/hunspell/nl.dic"  # Debian package hunspell-nl
SPELLING_SIMILARITY = 0.45
COMPLETIONS_PER_WORD = 8
MIN_PART = 3


@dataclass(frozen=True)
class Alternative:
    """One way a clause can match: `kind` is prefix, exact or phrase."""

    kind: str
    text: str


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


def _synonyms() -> list[list[str]]:
    return [group.word_list() for group in Synoniemgroep.objects.all()]


@functools.cache
def dictionary() -> frozenset[str]:
    """The Dutch word list of hunspell-nl (Debian), base forms in lower case; empty if absent."""
    try:
        lines = Path(DICTIONARY).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return frozenset()
    words = (line.split("/", 1)[0].strip().lower() for line in lines[1:])
    return frozenset(word for word in words if word.isalpha() and len(word) >= MIN_PART)


def _in_archive(words: set[str]) -> set[str]:
    if not words:
        return set()
    return set(Woord.objects.filter(woord__in=words).values_list("woord", flat=True))


def _known(words: set[str]) -> set[str]:
    """The words that are Dutch words: in the archive's vocabulary or in the word list."""
    return (words & dictionary()) | _in_archive(words)


def _has_prefix(word: str) -> bool:
    return Woord.objects.filter(woord__startswith=word).exists()


def _completions(word: str) -> list[str]:
    """Compounds in the archive that end with the word: "sluiting" -> "woningsluiting"."""
    if len(word) < 4:
        return []
    return list(
        Woord.objects.filter(woord__endswith=word)
        .exclude(woord=word)
        .extra(where=["length(woord) >= %s"], params=[len(word) + MIN_PART])  # noqa: S610
        .order_by("-berichten", "woord")
        .values_list("woord", flat=True)[:COMPLETIONS_PER_WORD]
    )


def _split(word: str) -> tuple[str, str] | None:
    """The compound's modifier and head, both words of the archive ("bomen", "kap")."""
    if len(word) < 2 * MIN_PART + 1:
        return None
    candidates = []
    for i in range(MIN_PART, len(word) - MIN_PART + 1):
        modifier, head = word[:i], word[i:]
        forms = [modifier]
        if modifier.endswith("s") and len(modifier) > MIN_PART + 1:
            forms.append(modifier[:-1])  # linking s: gladheid-s-bestrijding
        candidates.append((forms, head))
    known = _known({head for _, head in candidates} | {f for forms, _ in candidates for f in forms})
    best = None
    for forms, head in candidates:
        if head not in known:
            continue
        for form in forms:
            if form in known and (best is None or min(len(form), len(head)) > min(map(len, best))):
                best = (form, head)
    return best


def _participles(word: str) -> list[str]:
    """ge-…-t/-d forms of a verb or its stem: "kappen"/"kap" -> "gekapt"; only if in the archive."""
    if len(word) < 3 or not word.isalpha() or word.startswith("ge"):
        return []
    stem = word[:-2] if word.endswith("en") and len(word) > 4 else word
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # kapp -> kap
    forms = {f"ge{stem}{end}" for end in ("t", "d", "te", "de")}
    return sorted(_in_archive(forms))


def _closest(word: str) -> str:
    """The archive's word closest in spelling to an unknown word, or ""."""
    if len(word) < 4 or not word.isalpha():
        return ""
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


def _term_alternatives(term: Term, groups: list[list[str]], expansion: Expansion):
    word = term.text.lower()
    if term.phrase or not _WORD.match(word):
        yield Alternative("phrase", word), word
        return
    yield (Alternative("prefix", word) if len(word) >= 3 else Alternative("exact", word)), word
    for group in groups:
        if word in group:
            for other in group:
                if other != word:
                    expansion.note(other)
                    kind = "prefix" if _WORD.match(other) else "phrase"
                    yield Alternative(kind, other), other
    for form in _participles(word):
        expansion.note(form)
        yield Alternative("exact", form), form
    for compound in _completions(word):
        expansion.note(compound)
        yield Alternative("exact", compound), compound
    split = _split(word)
    if split:
        modifier, head = split
        for part in (head, modifier):
            if part in _WEAK_PARTS or len(part) < MIN_PART:
                continue
            expansion.note(part)
            yield Alternative("prefix", part), part
    if len(word) >= 4 and not _has_prefix(word):
        closest = _closest(word)
        if closest and closest != word:
            expansion.corrections[term.text] = closest
            expansion.note(closest)
            yield Alternative("prefix", closest), closest


def expand(query: ParsedQuery) -> Expansion:
    """The alternatives per clause of the query; the typed words themselves come first."""
    expansion = Expansion()
    groups = _synonyms() if not query.is_empty else []
    for clause in query.clauses:
        alternatives: list[Alternative] = []
        needles: list[str] = []
        for term in clause:
            for alternative, needle in _term_alternatives(term, groups, expansion):
                if alternative not in alternatives:
                    alternatives.append(alternative)
                    needles.append(needle)
        expansion.clauses.append(alternatives)
        expansion.needles.append(needles)
    for term in query.excluded:
        word = term.text.lower()
        kind = "phrase" if term.phrase or not _WORD.match(word) else "exact"
        expansion.excluded.append(Alternative(kind, word))
    typed = {t.text.lower() for t in query.positive_terms()}
    expansion.also = [word for word in expansion.also if word not in typed]
    return expansion


def vocabulary_words(texts) -> dict[str, int]:
    """Words and in how many of the texts they occur (lower case), for the SQLite default."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in {w.lower() for w in _TOKENS.findall(text or "")}:
            if 2 <= len(word) <= 100:
                counts[word] = counts.get(word, 0) + 1
    return counts
