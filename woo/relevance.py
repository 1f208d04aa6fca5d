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
from datetime import datetime, timedelta

from django.utils import timezone

from .blackout import hide_placeholders

_TOKENS = re.compile(r"\w+", re.UNICODE)
MIN_WORD = 3  # letters; numbers of two digits and more count too ("14", "13b")
MIN_IN_CHAT = 2  # a subject word occurs in at least this many messages of the conversation
LIFT = 6.0  # times more frequent in the conversation than in the archive
MAX_SHARE = 0.02  # a word in more than 2% of all messages of the archive is never a subject word
SHARE_FLOOR = 1e-6
NEAR_HIT = 2  # messages before and after a hit whose words count as the hit's subject


@dataclass(frozen=True)
class Related:
    """A related message: its index entry and the subject words it shares with the hits."""

    entry_id: int
    words: tuple[str, ...]


def words_of(text: str) -> set[str]:
    """The words of a text as the vocabulary (woo.Woord) stores them: lower case, unstemmed;
    a redaction placeholder's are none."""
    found = set()
    for word in _TOKENS.findall(hide_placeholders(text or "").lower()):
        if word.isdigit():
            if len(word) >= 2:
                found.add(word)
        elif len(word) >= MIN_WORD and len(word) <= 100 and "_" not in word:
            found.add(word)
    return found


def subject_words(
    per_text: list[set[str]], shares: Mapping[str, float], title: set[str] = frozenset()
) -> set[str]:
    """The conversation's subject words (from the words of each of its messages): frequent in
    it, rare in the archive; and the words of its record's subject (`title`, the redacted
    onderwerp) that a message uses, unless common in the archive.

    A message repeated word for word (a stock line sent twice: "Ik heb het telefoonnummer niet
    bij de hand") counts once: repeating it says nothing about the subject."""
    if not per_text:
        return set()
    distinct = {frozenset(words) for words in per_text}
    in_chat = Counter(word for words in distinct for word in words)
    n = len(per_text)
    subject = set()
    for word, count in in_chat.items():
        share = shares.get(word, 0.0)
        if share > MAX_SHARE:
            continue
        if word in title and share < CONTENT_SHARE:  # named by the subject, used, rare
            subject.add(word)
            continue
        if count < MIN_IN_CHAT:
            continue
        if (count / n) / max(share, SHARE_FLOOR) >= LIFT:
            subject.add(word)
    return subject


def related_entries(
    entries: list[tuple[int, set[str]]],
    hit_ids: set[int],
    shares: Mapping[str, float],
    title: set[str] = frozenset(),
    *,
    headed: bool = False,
) -> list[Related]:
    """The entries (id, words_of(text)) of a conversation with hits (or `headed`: found through
    its subject, which holds a word of the query) that are no hit themselves but hold one of
    the conversation's subject words, in the given order.

    Not headed, only the subject words that its hits or the messages next to them hold count
    (within NEAR_HIT messages), and those of the record's subject: a team chat's other topics
    have subject words of their own, which neither a hit's exchange nor its subject shares."""
    if not hit_ids and not headed:
        return []
    subject = subject_words([words for _, words in entries], shares, title)
    if not headed:
        positions = [i for i, (entry_id, _) in enumerate(entries) if entry_id in hit_ids]
        near = {j for i in positions for j in range(i - NEAR_HIT, i + NEAR_HIT + 1)}
        subject &= hit_words([words for i, (_, words) in enumerate(entries) if i in near]) | title
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


def hit_words(per_hit: list[set[str]]) -> set[str]:
    """The words of a conversation's hits and the messages next to them (each as words_of)."""
    return set().union(*per_hit) if per_hit else set()


def mark_words(text: str, words: Iterable[str], start: str, end: str) -> str:
    """Mark every whole-word occurrence of the words (case-insensitive) with start/end; never
    inside a redaction placeholder, which comes back hidden (woo.blackout.hide_placeholders)."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return text
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    return pattern.sub(lambda m: f"{start}{m.group(0)}{end}", hide_placeholders(text))


# Exchange context: the messages that carry on an exchange a hit starts ("Waardoor?",
# "380.000, waarvan 140.000 uit de reserve") share no word with the request. Among the few
# messages after a hit, those with a content word are taken; small talk (only words that are
# common in the archive: "Prima", "Koffie?", "Ik bel je straks") is skipped, and the next hit
# ends the exchange.
CONTEXT_AFTER = 15  # messages after a hit that are looked at
CONTEXT_MINUTES = 120  # ... and within this time after it, on the same day
# Round 62: an exchange is followed reply by reply. After a hit, the messages of its day are
# read up to EXCHANGE_READ_AFTER, and a content message carries the exchange on when it comes
# within CONTEXT_AFTER messages and CONTEXT_MINUTES of the exchange's previous message (the hit
# or its last reply), not of the hit: "Was hij versleuteld?" at 8.58, "Bitlocker staat aan ..."
# at 10.20, "Stonden er bestanden lokaal op?" at 11.00, each an answer to the one before, with a
# dozen lines of other talk between them (set 36's R1: the window of 15 messages and 120 minutes
# after the hit cut the exchange after its first reply).
EXCHANGE_READ_AFTER = 40
# ... and in a chat of two (fewer writers than a team's running chat) the exchange carries
# over one night: two people pick up next morning where they left off ("Gevangen, zit in een
# kist" at 7.34 after "Niet aankomen, we zijn er over 30 minuten" at 17.31), where in a team
# chat the next day's first message is as often about another matter.
OVERNIGHT_WRITERS_BELOW = 3
CONTEXT_BEFORE = 15  # messages before a hit that are looked at (the hit answers them)
CONTEXT_PER_RECORD = 20  # messages of one conversation shown as context at most
CONTENT_BEFORE = 2  # content messages before an anchor in its exchange (what it answers)
CONTENT_AFTER = 5  # content messages after an anchor in its exchange
CONTENT_SHARE = 0.005  # a word in fewer than 0.5% of the archive's messages is a content word
CONTENT_MIN_MESSAGES = 3  # ... and in a small archive, a word in at most three messages
EXCHANGE_MIN_ARCHIVE = 200  # below this many messages the archive cannot tell small talk


def content_share(total: int) -> float:
    """Below this share of the archive's messages a word is a content word; in a small
    archive a word in at most CONTENT_MIN_MESSAGES messages counts as rare too."""
    return max(CONTENT_SHARE, (CONTENT_MIN_MESSAGES + 0.5) / max(1, total))


def is_small_talk(
    words: set[str], shares: Mapping[str, float], threshold: float = CONTENT_SHARE
) -> bool:
    """Whether a message (its words_of) holds no content word: nothing rare in the archive."""
    return not any(shares.get(word, 0.0) < threshold for word in words)


def content_words(
    words: Iterable[str], shares: Mapping[str, float], threshold: float = CONTENT_SHARE
) -> set[str]:
    """Of these words, those rare in the archive: a message holding one is no small talk
    (is_small_talk(m) is m.isdisjoint(content_words(m)), checked at once for many messages)."""
    return {word for word in words if shares.get(word, 0.0) < threshold}


def context_anchors(
    hits: Mapping[int, set[str]], shares: Mapping[str, float], threshold: float = CONTENT_SHARE
) -> set[int]:
    """The hits (entry id -> words_of(text)) that may anchor context (samenhang, vervolg): those
    with a content word. A hit of small talk ("Hij staat in het zaaksysteem", "Kunnen we het na
    de vakantie oppakken?") matched a common word of the query; it says nothing about a subject,
    so the messages around it are no exchange on it and their words no subject of it."""
    rare = content_words(set().union(*hits.values()) if hits else (), shares, threshold)
    return {entry_id for entry_id, words in hits.items() if not words.isdisjoint(rare)}


def exchange_candidates(
    entries: list[tuple[int, datetime | None]],
    anchor_ids: set[int],
    *,
    after: int = CONTEXT_AFTER,
    before: int = CONTEXT_BEFORE,
    minutes: int = CONTEXT_MINUTES,
    minutes_after: int | None = None,
    days_apart: bool = False,
) -> list[int]:
    """The entries (id, sent_at), in chat order, in the exchange of an anchor (a hit): within
    `after` messages and `minutes` (after it: `minutes_after`, if given) after it on the same
    day, before the next anchor."""
    zone = timezone.get_current_timezone()
    # The local day of each entry, at once: nearly every entry of the windows is compared
    # (a results page: ~1,100 entries, ~1,000 of them).
    days = [at.astimezone(zone).date().toordinal() if at else None for _, at in entries]
    return exchange_candidates_of(
        entries,
        days,
        anchor_ids,
        after=after,
        before=before,
        span=timedelta(minutes=minutes),
        span_after=None if minutes_after is None else timedelta(minutes=minutes_after),
        days_apart=days_apart,
    )


def exchange_candidates_of(
    entries: list[tuple],
    days: list,
    anchor_ids: set[int],
    *,
    after: int = CONTEXT_AFTER,
    before: int = CONTEXT_BEFORE,
    span=timedelta(minutes=CONTEXT_MINUTES),
    span_after=None,
    days_apart: bool = False,
) -> list[int]:
    """exchange_candidates with the local day of each entry given (`days`, in the same order;
    anything compared for equality): the entries' times may also be numbers (microseconds
    since the epoch, `span` in microseconds too), as the search reads them (woo.search).
    `span_after`: the time after an anchor that bounds its candidates, if not `span` (a
    followed exchange is bounded by its day here and reply by reply in nearest_content);
    `days_apart`: after an anchor the next day's entries are candidates too (days are then
    numbers, the next day one more). Each entry is listed once (as the windows are read)."""
    if span_after is None:
        span_after = span
    chosen: list[int] = []  # positions in `entries`
    seen: set[int] = set()
    for index, (entry_id, sent_at) in enumerate(entries):
        if entry_id not in anchor_ids:
            continue
        for offset, (next_id, next_at) in enumerate(entries[index + 1 : index + 1 + after]):
            if next_id in anchor_ids:
                break
            if (
                sent_at is not None
                and next_at is not None
                and (
                    next_at - sent_at > span_after
                    or (
                        days[index + 1 + offset] - days[index] > 1
                        if days_apart
                        else days[index + 1 + offset] != days[index]
                    )
                )
            ):
                break
            if next_id not in seen:
                seen.add(next_id)
                chosen.append(index + 1 + offset)
        for offset in range(1, before + 1):
            if index - offset < 0:
                break
            prev_id, prev_at = entries[index - offset]
            if prev_id in anchor_ids:
                break
            if (
                sent_at is not None
                and prev_at is not None
                and (sent_at - prev_at > span or days[index - offset] != days[index])
            ):
                break
            if prev_id not in seen:
                seen.add(prev_id)
                chosen.append(index - offset)
    # In chat order: by position (each entry is listed once), no map of ids to positions.
    chosen.sort()
    return [entries[i][0] for i in chosen]


_AGENDA_POINT = re.compile(r"^\s*\d{1,2}[.)]\s+\S")


def is_agenda_point(text: str) -> bool:
    """Whether a message opens a numbered point ("2. Inschrijving ...", "3) Begroting"): in a
    chat of agenda points each is a subject of its own, where an exchange ends."""
    return bool(_AGENDA_POINT.match(text or ""))


_TOPIC_LABEL = re.compile(r"^\s*[^\W\d_][\w'’ .&-]{1,29}:\s+\S")
_TOPIC_SHIFT = re.compile(
    r"\b(andere vraag|ander punt|ander onderwerp|iets anders|trouwens|overigens)\b", re.IGNORECASE
)
# Parts of those words that the lower-cased text holds wherever _TOPIC_SHIFT matches: without one
# of them it cannot. Its case-insensitive search costs ~30 µs for a message of 200 characters and
# a results page tests ~400 of them (1M-message bench); `in` on the lowered text ~1 µs. Letters
# whose case-insensitive matches go beyond A-Z are left out ("s" also matches "ſ"), except the "i"
# of "overigens", written out in its three lower-cased forms ("I", "İ", "ı").
_TOPIC_SHIFT_PARTS = ("ander", "trouwen", "overig", "overi\u0307g", "over\u0131g")


def opens_topic(text: str) -> bool:
    """Whether a message opens a topic of its own: a label before a colon ("De Loods: dicht
    tot ...", "Andere vraag: ...", "Nog iets: ...") or words that turn to another topic
    ("trouwens", "ander punt"). In a team chat such a message starts a side topic; measured on
    set 7, 7 of the 50 labelled messages shown as vervolg were relevant, and 63 of the 66
    shown as hits (a labelled message that holds a word of the query is about it)."""
    text = text or ""
    if ":" in text and _TOPIC_LABEL.match(text):  # a label needs its colon
        return True
    lowered = text.lower()
    # A plain loop: any() over a generator cost twice as much (~400 messages a results page).
    for part in _TOPIC_SHIFT_PARTS:
        if part in lowered:
            return bool(_TOPIC_SHIFT.search(text))
    return False


def nearest_content(
    rows: list[tuple[int, int]],
    anchor_seqs: list[int],
    *,
    before: int = CONTENT_BEFORE,
    after: int = CONTENT_AFTER,
    barrier_seqs: list[int] = (),
    opener_seqs: list[int] = (),
    times: Mapping[int, tuple] | None = None,
    span=None,
    overnight: bool = False,
    gap: int = CONTEXT_AFTER,
) -> set[int]:
    """Of the content messages (entry id, seq) around the anchors: those within `after`
    content messages after an anchor or `before` before one, counted without small talk and
    without crossing another anchor, nor a barrier (`barrier_seqs`: another numbered agenda
    point or topic: is_agenda_point, opens_topic). An anchor that opens a topic (`opener_seqs`, opens_topic:
    "Even over de markt: ...") answers nothing before it: none are taken before it.

    A team chat's side topic ("Andere vraag: wie gaat er donderdag naar ...?", its answer)
    often sits a few content messages away from the hits, inside the window of 15 messages:
    an exchange is the few content messages that follow a hit, and the question or two it
    answers, not every content message of the window.

    `times` (seq -> (sent_at, local day), of the anchors and the content messages) with `span`:
    the exchange after an anchor is followed reply by reply (round 62): it ends at the first
    content message sent more than `span` or `gap` messages after the exchange's previous
    message (the anchor or the last reply taken), or on another day; `overnight` (a chat of
    two): the first one of the day after the anchor's carries it on (one night, not night after
    night). Days are numbers, the next day one more."""
    openers = set(opener_seqs)
    events = sorted(
        [(seq, 3 if seq in openers else 0, None) for seq in anchor_seqs]
        + [(seq, 2, None) for seq in barrier_seqs]
        + [(seq, 1, e) for e, seq in rows]
    )
    kept: set[int] = set()
    for ordered, limit, backward in (
        (events, after, False),
        (list(reversed(events)), before, True),
    ):
        count = None
        follow = times is not None and not backward
        last = None  # (sent_at, day) of the exchange's previous message (followed)
        first = None  # ... and of its anchor
        last_seq = 0
        for seq, kind, entry_id in ordered:
            if kind == 0 or (kind == 3 and not backward):
                count = 0
                last = first = times.get(seq) if follow else None
                last_seq = seq
            elif kind in (2, 3):
                count = None
            elif count is not None:
                # Overnight: only from the anchor's own day (one night).
                night = overnight and last is not None and first is not None and last[1] == first[1]
                if follow and (
                    seq - last_seq > gap or not _carries_on(last, times.get(seq), span, night)
                ):
                    count = None
                    continue
                count += 1
                if count <= limit:
                    kept.add(entry_id)
                    if follow:
                        last, last_seq = times.get(seq), seq
    return kept


def _carries_on(
    previous: tuple | None, current: tuple | None, span, overnight: bool = False
) -> bool:
    """Whether a message ((sent_at, day)) carries on an exchange whose previous message is
    `previous`: sent on its day and within `span` after it, or (`overnight`) on the next day;
    either time unknown: it does."""
    if previous is None or current is None or previous[0] is None or current[0] is None:
        return True
    if current[1] == previous[1]:
        return current[0] - previous[0] <= span
    return overnight and current[1] == previous[1] + 1


def exchange_entries(
    entries: list[tuple[int, datetime | None, set[str]]],
    anchor_ids: set[int],
    shares: Mapping[str, float],
    *,
    after: int = CONTEXT_AFTER,
    minutes: int = CONTEXT_MINUTES,
    limit: int = CONTEXT_PER_RECORD,
    threshold: float = CONTENT_SHARE,
) -> list[int]:
    """The entries (id, sent_at, words_of(text)), in chat order, that carry on the exchange of
    an anchor (exchange_candidates) and are no small talk; at most `limit`."""
    words = {entry_id: entry_words for entry_id, _, entry_words in entries}
    candidates = exchange_candidates(
        [(entry_id, sent_at) for entry_id, sent_at, _ in entries],
        anchor_ids,
        after=after,
        minutes=minutes,
    )
    content = [c for c in candidates if not is_small_talk(words[c], shares, threshold)]
    position = {entry_id: i for i, (entry_id, _, _) in enumerate(entries)}
    near = nearest_content(
        [(c, position[c]) for c in content], [position[a] for a in anchor_ids if a in position]
    )
    return [c for c in content if c in near][:limit]
