"""Parsing what a Woo officer types into a search query; pure Python, no Django.

The syntax is PostgreSQL's websearch syntax with a Dutch `of`: words, `"exacte zin"`, `-woord`
and `of` between alternatives. The parser never fails: whatever is typed (quotes, backslashes,
SQL or HTML fragments, control characters) becomes a query that is safe to pass on as a bound
parameter, and the same structure drives the simple search on SQLite.
"""

import re
import unicodedata
from dataclasses import dataclass, replace

from .lexicon import compound_head

MAX_QUERY_LENGTH = 200
MAX_TERMS = 16

# Characters that separate words for the simple (SQLite) search; the PostgreSQL parser decides
# for itself. Hyphens and dots stay inside a word so that "Z-2024-000123" survives.
_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$", re.UNICODE)
_OR_WORDS = {"of", "or"}
# Between words these say what every query does already (all words together, as the help
# says): typed as a connective ("boom AND tak", "boom en tak") they are not looked for.
_AND_WORDS = {"and", "en"}
# Dutch writes the plural and the genitive of a word ending in a vowel with an apostrophe
# ("camera's", "foto’s", "boa's"): the word itself is what is looked for. PostgreSQL's parser
# cuts "camera's" into "camera" and a letter "s" that nearly every conversation holds.
_APOSTROPHE_S = re.compile(r"(?<=\w)['’‘`´]s$", re.IGNORECASE)
# A year (or a span of years) an officer adds to the subject: "bomenkap 2025", "2024-2025".
_YEAR = re.compile(r"^((?:19|20)\d\d)(?:[-/–]((?:19|20)\d\d))?$")
MAX_YEAR_SPAN = 5
# The archive's own organisation: its teams' chats seldom name it ("we zijn niet bereikbaar",
# not "de gemeente is onbereikbaar"), while residents and the press write "de gemeente" all
# the time; typed next to other words it keeps out the teams' chats and narrows nothing else.
# (The town's name is not here: a word no chat holds is already left out, round 18.)
OWN_NAMES = frozenset({"gemeente"})


@dataclass(frozen=True)
class Term:
    """A word or an exact phrase; `negated` for a term that must not occur."""

    text: str
    phrase: bool = False
    negated: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    """A cleaned query: AND over `clauses` (each an OR of terms), none of `excluded`."""

    raw: str
    clauses: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]
    truncated: bool
    # Years typed next to other words: a hint of the period, no word that must occur.
    years: tuple[int, ...] = ()
    # The organisation's own names typed next to other words (OWN_NAMES): no word that must occur.
    own_names: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.clauses

    def websearch(self) -> str:
        """The query in PostgreSQL websearch syntax (Dutch `of` written as `or`)."""
        parts = [" or ".join(_quote(term) for term in clause) for clause in self.clauses]
        parts += ["-" + _quote(term) for term in self.excluded]
        return " ".join(parts)

    def positive_terms(self) -> tuple[Term, ...]:
        return tuple(term for clause in self.clauses for term in clause)

    def with_years_as_words(self) -> "ParsedQuery":
        """The query with its typed years searched as words again (one clause, any of them)."""
        if not self.years:
            return self
        years = tuple(Term(str(year)) for year in self.years)
        return replace(self, clauses=(*self.clauses, years), years=())


def _quote(term: Term) -> str:
    return f'"{term.text}"' if term.phrase else term.text


def clean_text(raw: str) -> tuple[str, bool]:
    """Drop control characters (NUL included), normalise and cap the length."""
    text = unicodedata.normalize("NFC", raw or "")
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else ch
        for ch in text
    )
    text = " ".join(text.split())
    truncated = len(text) > MAX_QUERY_LENGTH
    return text[:MAX_QUERY_LENGTH], truncated


def _word(token: str) -> str:
    # A backslash or a quote inside a word carries no meaning for a search; dropping them keeps
    # the websearch string we build unambiguous.
    token = _APOSTROPHE_S.sub("", _EDGE_PUNCTUATION.sub("", token))
    token = token.replace("\\", " ").replace('"', " ").replace("'", " ")
    return _EDGE_PUNCTUATION.sub("", " ".join(token.split()))


def _tokens(text: str) -> list[tuple[str, bool, bool]]:
    """(text, is_phrase, negated) in order; an unclosed quote runs to the end."""
    tokens = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = False
        if text[i] == "-" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
        if text[i] == '"':
            end = text.find('"', i + 1)
            end = n if end == -1 else end
            words = [_word(part) for part in text[i + 1 : end].split()]
            phrase = " ".join(word for word in words if word)
            if phrase:
                tokens.append((phrase, " " in phrase, negated))
            i = end + 1
            continue
        end = i
        while end < n and not text[end].isspace() and text[end] != '"':
            end += 1
        word = _word(text[i:end])
        if word:
            for part in word.split():
                tokens.append((part, False, negated))
        i = end
    return tokens


# "dak- en thuislozen": a word whose head is left out before "en"/"of" and a compound.
_ELIDED = re.compile(r"(?<![\w-])(\w{2,})-\s+(en|of|&)\s+(\w{5,})(?![\w-])", re.IGNORECASE)


def complete_elisions(text: str) -> str:
    """ "dak- en thuislozen" -> "daklozen of thuislozen": the word gets the head of the compound
    after it, and either compound is enough (the officer names a group of both kinds)."""
    if "- " not in text:
        return text

    def complete(match: re.Match[str]) -> str:
        head = compound_head(match.group(3))
        if head is None:
            return match.group(0)
        return f"{match.group(1)}{head} of {match.group(3)}"

    return _ELIDED.sub(complete, text)


def parse_query(raw: str) -> ParsedQuery:
    """Parse a typed query; never raises."""
    text, truncated = clean_text(raw)
    text = complete_elisions(text)
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    count = 0
    for token, phrase, negated in _tokens(text):
        if not phrase and not negated and token.lower() in _OR_WORDS:
            join_next = bool(clauses)
            continue
        if not phrase and not negated and token.lower() in _AND_WORDS:
            join_next = False
            continue
        if count >= MAX_TERMS:
            truncated = True
            break
        count += 1
        term = Term(text=token, phrase=phrase, negated=negated)
        if negated:
            excluded.append(term)
            join_next = False
        elif join_next:
            clauses[-1].append(term)
            join_next = False
        else:
            clauses.append([term])
    clauses, years = _years_apart(clauses)
    clauses, own_names = _own_names_apart(clauses)
    return ParsedQuery(
        raw=text,
        clauses=tuple(tuple(clause) for clause in clauses),
        excluded=tuple(excluded),
        truncated=truncated,
        years=years,
        own_names=own_names,
    )


def _year_span(term: Term) -> tuple[int, ...]:
    """The years a plain typed word names ("2025", "2024-2025"), or none."""
    found = None if term.phrase or term.negated else _YEAR.match(term.text)
    if not found:
        return ()
    first = int(found.group(1))
    last = int(found.group(2) or first)
    if not 0 <= last - first <= MAX_YEAR_SPAN:
        return ()
    return tuple(range(first, last + 1))


def _years_apart(clauses: list[list[Term]]) -> tuple[list[list[Term]], tuple[int, ...]]:
    """The clauses without the years typed next to other words, and those years.

    A chat about the subject seldom names the year it happens in: as a word that must occur
    the year would lose it. Alone (or as an alternative: "2025 of 2026") it stays a word.
    """
    spans = [_year_span(clause[0]) if len(clause) == 1 else () for clause in clauses]
    if all(spans):
        return clauses, ()
    years = sorted({year for span in spans for year in span})
    return [clause for clause, span in zip(clauses, spans, strict=True) if not span], tuple(years)


def _own_names_apart(clauses: list[list[Term]]) -> tuple[list[list[Term]], tuple[str, ...]]:
    """The clauses without the organisation's own names typed next to other words, and those
    names ("gemeente onbereikbaar").

    The archive holds the chats of the municipality's own teams, which say "we", "bij ons",
    "de balie", and seldom "de gemeente" or "Meppel": as a word that must occur the name would
    lose them, as a year would (_years_apart). Alone, in an alternative or a phrase it stays.
    """
    own = [
        len(clause) == 1 and not clause[0].phrase and clause[0].text.lower() in OWN_NAMES
        for clause in clauses
    ]
    if all(own):
        return clauses, ()
    names = tuple(
        clause[0].text.lower() for clause, is_own in zip(clauses, own, strict=True) if is_own
    )
    return [clause for clause, is_own in zip(clauses, own, strict=True) if not is_own], names
