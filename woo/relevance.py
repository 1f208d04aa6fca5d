"""Messages of a conversation that belong to the subject of its hits without repeating the words.

People answer "klaar, alle 14 gekapt" without writing "bomenkap" again. Within one conversation
that holds every word of a query, such replies still share the conversation's own subject words
with the hits: "14", "essen", "hoorzitting". A word is a subject word of the conversation when
the conversation uses it far more often than the archive as a whole does (and the archive as a
whole seldom does); small talk ("morgen", "overleg", "printer") is common everywhere and never
counts. In a conversation that holds every word of the query, a message that is no hit but holds
one of its subject words is "related": shown with the hits, marked as such. (Measured on the
first blind set: requiring the subject word to occur in a hit as well found fewer relevant
messages at the same precision.)

Pure Python on texts and word counts, so both search backends (and a test) can call it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_TOKENS = re.compile(r"\w+", re.UNICODE)
MIN_WORD = 3  # letters; numbers of two digits and more count too ("14", "13b")
MIN_IN_CHAT = 2  # a subject word occurs in at least this many messages of the conversation
LIFT = 6.0  # times more frequent in the conversation than in the archive
MAX_SHARE = 0.02  # a word in more than 2% of all messages of the archive is never a subject word
SHARE_FLOOR = 1e-6


@dataclass(frozen=True)
class Related:
    """A related message: its index entry and the subject words it shares with the hits."""

    entry_id: int
    words: tuple[str, ...]


def words_of(text: str) -> set[str]:
    """The words of a text as the vocabulary (woo.Woord) stores them: lower case, unstemmed."""
    found = set()
    for word in _TOKENS.findall((text or "").lower()):
        if word.isdigit():
            if len(word) >= 2:
                found.add(word)
        elif len(word) >= MIN_WORD and len(word) <= 100 and "_" not in word:
            found.add(word)
    return found


def subject_words(per_text: list[set[str]], shares: Mapping[str, float]) -> set[str]:
    """The conversation's subject words (from the words of each of its messages): frequent in
    it, rare in the archive."""
    if not per_text:
        return set()
    in_chat = Counter(word for words in per_text for word in words)
    n = len(per_text)
    subject = set()
    for word, count in in_chat.items():
        if count < MIN_IN_CHAT:
            continue
        share = shares.get(word, 0.0)
        if share > MAX_SHARE:
            continue
        if (count / n) / max(share, SHARE_FLOOR) >= LIFT:
            subject.add(word)
    return subject


def related_entries(
    entries: list[tuple[int, set[str]]],
    hit_ids: set[int],
    shares: Mapping[str, float],
) -> list[Related]:
    """The entries (id, words_of(text)) of a conversation with hits that are no hit themselves
    but hold one of the conversation's subject words, in the given order."""
    if not hit_ids:
        return []
    subject = subject_words([words for _, words in entries], shares)
    if not subject:
        return []
    related = []
    for entry_id, words in entries:
        if entry_id in hit_ids:
            continue
        shared = words & subject
        if shared:
            related.append(Related(entry_id, tuple(sorted(shared))))
    return related


def mark_words(text: str, words: Iterable[str], start: str, end: str) -> str:
    """Mark every whole-word occurrence of the words (case-insensitive) with start/end."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return text
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    return pattern.sub(lambda m: f"{start}{m.group(0)}{end}", text)
