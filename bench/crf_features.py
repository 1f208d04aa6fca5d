"""Features, gate and merge of the CRF experiment (``bench/crf_experiment.py``, issue 12).

A learned second opinion on persons: a CRF (python-crfsuite) that only ADDS PERSON spans the
rules missed. Not part of the product (the experiment's keep-criteria were not met, see
``bench/crf_experiment.md``); written as it would have been wired: after ``resolve`` in
``Detector.detect``, ``find`` on the message, ``without_organisations`` on its spans, ``added``.

Features: the word (shape, capitals, position, suffix), membership of the detector's own word
lists, the neighbouring words, the chat (participants and names seen as a person elsewhere) and
the rules' own labels on the token and its neighbours. The model is asked only about the tokens
around a word no rule covered that could be a name (``_candidates``, ``windows``); its spans
never replace a rule span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from chats.redaction.lexicon import Lexicon, load, words
from chats.redaction.spans import Span

# Marginal probability of a person tag from which a token is added: what the experiment's
# selection (leave-one-set-out over blind_text_3 ... 6) chose.
THRESHOLD = 0.1

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[^\w\s]")
_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
_NAME_WORD_RE = re.compile(r"[^\W\d_]+")
_UPPER_RE = re.compile(r"[A-ZÀ-Þ]")
_LOWER_RE = re.compile(r"[a-zß-ÿ]")
_DIGIT_RE = re.compile(r"\d")
_REPEAT_RE = re.compile(r"(.)\1{2,}")
_CUES = words(
    """dhr meneer mevrouw mevr mw mr dr fam familie heer wethouder raadslid burgemeester griffier
    echtpaar collega buurman buurvrouw melder bewoner bewoonster eigenaar huurder zoon dochter
    moeder vader broer zus partner man vrouw opa oma tante oom neef nicht klant inwoner
    aanvrager cliënt client juf meester agent wijkagent boer schilder aannemer
    naam heet genaamd groet gr groetjes vriendelijke mvg"""
)
# Offices of the royal house and the church (as ``names._OFFICES``): a name only with a title
# or a first name, which the rules see.
_OFFICES = words("koning koningin prins prinses kroonprins kroonprinses keizer keizerin paus")
PARTICLES = words("van de der den ter ten te 'de 't in het")
_SENTENCE_END = frozenset(".!?:")
# The model is asked about the tokens within this reach of a candidate only (its features see
# two tokens either side).
WINDOW = 3


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for every word and punctuation mark."""
    # One split (gap, token, gap, token, ..., gap) is cheaper than a match object per token.
    parts = _SPLIT_RE.split(text)
    out = []
    pos = len(parts[0])
    for k in range(1, len(parts), 2):
        word = parts[k]
        end = pos + len(word)
        out.append((pos, end, word))
        pos = end + len(parts[k + 1])
    return out


def known_words(names: Iterable[str]) -> frozenset[str]:
    """The lower-cased words of the chat's known persons, without tussenvoegsels."""
    out: set[str] = set()
    for name in names:
        out.update(w.lower() for w in _NAME_WORD_RE.findall(name))
    return frozenset(out - PARTICLES)


def _shape(word: str) -> str:
    shape = _DIGIT_RE.sub("d", _LOWER_RE.sub("x", _UPPER_RE.sub("X", word)))
    return _REPEAT_RE.sub(r"\1\1", shape)


@lru_cache(maxsize=50_000)
def _own(word: str) -> tuple[str, ...]:
    """The word's own features: identity, shape, suffix, capitals and the lists it is on."""
    lex = _lexicon()
    low = word.lower()
    f = [f"w={low}", f"shape={_shape(word)}", f"suf3={low[-3:]}"]
    if word[:1].isupper():
        f.append("cap")
    if word.isupper() and len(word) > 1:
        f.append("upper")
    if not word[:1].isalnum():
        f.append(f"punct={word}")
    if low in lex.first_names:
        f.append("first")
        if low in lex.common_first_names:
            f.append("cfirst")
    if low in lex.surnames:
        f.append("sur")
        if low in lex.common_surnames:
            f.append("csur")
    if low in lex.places:
        f.append("place")
    if low in lex.frequent_words:
        f.append("freq")
    if low in lex.not_names:
        f.append("notname")
    if low in lex.dutch_words:
        f.append("dutch")
    if low in lex.proper_nouns:
        f.append("proper")
    if low in PARTICLES:
        f.append("particle")
    if low in _CUES:
        f.append("cue")
    return tuple(f)


@lru_cache(maxsize=50_000)
def _near(word: str, d: int) -> tuple[str, ...]:
    """A neighbour's features, prefixed with its distance (the suffix left out)."""
    return tuple(f"{d}:{x}" for x in _own(word) if not x.startswith("suf3="))


@lru_cache(maxsize=50_000)
def _around(word: str) -> tuple[str, ...]:
    """A neighbour's flags without its distance: what lies around the word, either side."""
    return tuple(x for x in _own(word) if not x.startswith(("w=", "shape=", "suf3=")))


# The word lists the features read: the detector's (``use_lexicon`` switches them, for the
# experiment that rebuilds a past version's model).
_LEXICON: list[Lexicon] = []


def _lexicon() -> Lexicon:
    if not _LEXICON:
        _LEXICON.append(load())
    return _LEXICON[0]


def use_lexicon(lex: Lexicon) -> None:
    """Compute features with ``lex`` from now on (clears the feature caches)."""
    _LEXICON[:] = [lex]
    _own.cache_clear()
    _near.cache_clear()
    _around.cache_clear()


def features(
    toks: Sequence[tuple[int, int, str]],
    rule_labels: Sequence[str],
    known: frozenset[str],
    lo: int = 0,
    hi: int | None = None,
) -> list[list[str]]:
    """One feature list per token of ``toks[lo:hi]`` (its neighbours outside that range count);
    ``rule_labels`` is the rules' label on each token or 'O'."""
    words = [w for _, _, w in toks]
    is_known = [w.lower() in known for w in words]
    n = len(toks)
    out = []
    for i in range(lo, n if hi is None else hi):
        word = words[i]
        f = ["bias", *_own(word), f"rule={rule_labels[i]}"]
        if is_known[i]:
            f.append("known")
        if i == 0:
            f.append("BOS")
        elif words[i - 1] in _SENTENCE_END:
            f.append("sent_start")
        if i == n - 1:
            f.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f += _near(words[j], d)
                f += _around(words[j])
                f.append(f"{d}:rule={rule_labels[j]}")
                if is_known[j]:
                    f.append(f"{d}:known")
        out.append(f)
    return out


def rule_labels(toks: Sequence[tuple[int, int, str]], spans: Sequence[Span]) -> list[str]:
    """The label of the rule span over each token, or 'O' (``spans`` sorted, non-overlapping)."""
    labels = []
    k = 0
    for start, end, _ in toks:
        while k < len(spans) and spans[k].end <= start:
            k += 1
        labels.append(spans[k].label if k < len(spans) and spans[k].start < end else "O")
    return labels


def _candidates(toks, labels, lex: Lexicon, known: frozenset[str]) -> list[int]:
    """Tokens no rule covered that could be (part of) a name (the chat's known persons are left
    to the rules): a capitalised word next to a person the rules found (the rest of that name may have
    leaked); a word after a cue word ("buurman kok"); a capitalised word after a sentence's first
    word; a first name or surname of the lists opening a sentence that is no ordinary word
    ("Mol komt morgen" is left to the rules and the chat), or a first name in lower case. Frequent words and cue words are never one."""
    n = len(toks)
    out = []
    for i, (_, _, word) in enumerate(toks):
        if labels[i] != "O" or not word[:1].isalpha():
            continue
        low = word.lower()
        if low in known or low in lex.frequent_words or low in _CUES:
            # The rules decide on the chat's known persons (also where the word is an everyday
            # one: "Ben er over 10 minuten").
            continue
        upper = word[:1].isupper()
        next_to_person = (i > 0 and labels[i - 1] == "PERSON") or (
            i + 1 < n and labels[i + 1] == "PERSON"
        )
        if (upper and next_to_person) or (i > 0 and toks[i - 1][2].lower() in _CUES):
            out.append(i)
        elif upper:
            if (i > 0 and toks[i - 1][2] not in _SENTENCE_END) or (
                (low in lex.first_names or low in lex.surnames) and low not in lex.dutch_words
            ):
                out.append(i)
        elif low in lex.first_names:
            out.append(i)
    return out


def windows(candidates: Sequence[int], n: int, reach: int = WINDOW) -> list[tuple[int, int]]:
    """Token ranges [lo, hi) around the candidates (``reach`` tokens either side), merged."""
    out: list[tuple[int, int]] = []
    for c in candidates:
        lo, hi = max(0, c - reach), min(n, c + reach + 1)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def learned_spans(tagger, toks, threshold: float, labels: Sequence[str]) -> list[Span]:
    """Spans of consecutive tokens whose marginal probability of one label's tags (B and I) is
    at least ``threshold``; ``tagger`` already holds the sequence."""
    spans: list[Span] = []
    start = end = -1
    current = ""
    for i, (tok_start, tok_end, _) in enumerate(toks):
        label, best = "", 0.0
        for lab in labels:
            p = tagger.marginal(f"B-{lab}", i) + tagger.marginal(f"I-{lab}", i)
            if p > best:
                label, best = lab, p
        if best < threshold:
            label = ""
        if start >= 0 and label != current:
            spans.append(Span(start, end, current))
            start = -1
        if label:
            if start < 0:
                start, current = tok_start, label
            end = tok_end
    if start >= 0:
        spans.append(Span(start, end, current))
    return spans


def worth_adding(text: str, span: Span, lex: Lexicon, known: frozenset[str]) -> bool:
    """A learned span needs a word that is neither one of the chat's known persons (the rules
    decide on those, "Die job is klaar" with participant Job Koning), nor a word that is never a
    name (an office, a month, a role: "Koning komt om 10 uur")."""
    for word in _NAME_WORD_RE.findall(text[span.start : span.end]):
        low = word.lower()
        if low not in known and low not in lex.not_names and low not in PARTICLES | _OFFICES:
            return True
    return False


def added(rules: Sequence[Span], extra: Iterable[Span], blocked: Sequence[Span] = ()) -> list[Span]:
    """``rules`` with the learned spans added where they cover what no rule span covers; an
    added span overlapping rule spans of its own label is merged with them, one overlapping a
    span of another label or a ``blocked`` one (a link) is dropped."""
    out = list(rules)
    for span in extra:
        if any(b.start < span.end and span.start < b.end for b in blocked):
            continue
        touching = [s for s in out if s.start < span.end and span.start < s.end]
        if any(s.label != span.label for s in touching):
            continue
        covered = sum(min(s.end, span.end) - max(s.start, span.start) for s in touching)
        if covered >= span.end - span.start:
            continue
        start = min([span.start, *(s.start for s in touching)])
        end = max([span.end, *(s.end for s in touching)])
        out = [s for s in out if s not in touching]
        out.append(Span(start, end, span.label))
    return sorted(out, key=lambda s: s.start)


class LearnedPersons:
    """A trained model; ``find`` is what the detector would call."""

    def __init__(self, model: Path, threshold: float = THRESHOLD) -> None:
        import pycrfsuite  # a compiled extension the product does not depend on

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model))
        self.threshold = threshold
        self.labels = tuple(sorted({t[2:] for t in self.tagger.labels() if t != "O"}))

    def find(
        self, text: str, spans: Sequence[Span], lex: Lexicon, known: frozenset[str]
    ) -> list[Span]:
        """The spans the model tags in ``text`` around words the rules left open that could be
        a name (``spans``: the rules', sorted); ``added`` decides which are kept."""
        toks = tokens(text)
        if not toks:
            return []
        labels = rule_labels(toks, spans)
        candidates = _candidates(toks, labels, lex, known)
        if not candidates:
            return []
        extra: list[Span] = []
        for lo, hi in windows(candidates, len(toks)):
            self.tagger.set(features(toks, labels, known, lo, hi))
            extra += learned_spans(self.tagger, toks[lo:hi], self.threshold, self.labels)
        return [span for span in extra if worth_adding(text, span, lex, known)]
