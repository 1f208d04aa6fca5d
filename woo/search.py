"""Searching the index of archived records: ranked, grouped per record, highlighted.

PostgreSQL does full-text search with the Dutch configuration on the stored vector (GIN index).
To stay fast on millions of messages it ranks a bounded set of candidates, counts hits per
record with one grouped query, and builds snippets (ts_headline) only for the page shown.
The embedded SQLite default searches with LIKE (case-insensitive for ASCII) and ranks in
Python; the page tells the user so.
"""

import hashlib
import math
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from html import escape as html_escape
from operator import itemgetter
from typing import NamedTuple

from django.db import connection
from django.db.models import Q
from django.utils import timezone
from django.utils.safestring import SafeString

from accounts import prepared
from chats.constants import RENDITION_UNFINISHED, SubmissionStatus, UploadKind
from chats.models import MediaItem, Message, Participant, Submission
from zaken.models import Zaak

from .blackout import (
    PLACEHOLDER_TEXTS,
    hide_placeholders,
    hide_placeholders_sql,
    show_placeholders,
)
from .constants import EntrySource
from .expansion import STOP_WORDS, Expansion, expand, vocabulary_counts
from .indexing import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SEARCH_CONFIG,
    SUBJECT_SEQ,
    clean_index_text,
    entry_total,
    uses_postgres_search,
)
from .models import SearchEntry, SearchEntryWords, SearchRecord
from .query import ParsedQuery
from .records import record_reference
from .relevance import (
    CONTEXT_BEFORE,
    CONTEXT_MINUTES,
    CONTEXT_PER_RECORD,
    EXCHANGE_MIN_ARCHIVE,
    EXCHANGE_READ_AFTER,
    NEAR_HIT,
    OVERNIGHT_WRITERS_BELOW,
    content_share,
    context_anchors,
    exchange_candidates,
    exchange_candidates_of,
    hit_words,
    is_agenda_point,
    mark_words,
    nearest_content,
    opens_topic,
    related_entries,
    words_of,
)

# Messages ranked per search: beyond this the result is marked as incomplete and the user is
# asked to narrow the search. Ranking every match of a common word costs more than it tells.
CANDIDATE_LIMIT = 10000
# Heap pages after the last candidate grouped read for one more match (_PostgresSearch._more_candidates).
CAPPED_CHECK_PAGES = 64
RECORDS_PER_PAGE = 10
SNIPPETS_PER_RECORD = 3  # filters alone: the first messages of each record
HITS_PER_RECORD = 20
HITS_SHOWN = 5  # hits shown at once under a record; the rest one click away  # a text search lists every hit of a record, up to this many
MODE_CONVERSATION = "gesprek"  # every word somewhere in the chat
MODE_MESSAGE = "bericht"  # every word in one message
MODES = (MODE_CONVERSATION, MODE_MESSAGE)
FALLBACK_BELOW = 3  # fewer conversations with every word: also those with all words but one
# A query of this many words or more also lists apart the conversations that miss any one of
# them, not only the word most conversations hold (_missing_commonest): an officer adds
# qualifiers to the subject ("beleidsregel zonnepanelen binnenstad") and a chat names the
# subject with some of them; which one it leaves out the archive cannot tell. Two words since
# round 15: the word most conversations hold can be the subject's own name ("het anker
# fraude": the provider is named in every chat about the case, the fraud in three of seven).
ANY_MISSING_FROM = 2
# More conversations than this missing one word: the words are common, not a subject's, and
# listing them all would cost every search of them (1M-message archive); then only those
# missing the commonest word.
ANY_MISSING_AT_MOST = 50
# A query of this many words or more matches a conversation that misses one of them when its
# subject names all the others: a follow-up chat carries its subject in the onderwerp ("Molen
# roede") and answers without repeating it; the officer's qualifier ("schade") it never says
# (round 15, set 13). Of two words the subject would name half the query: listed apart.
SUBJECT_NAMES_FROM = 3
# Of a query of this many words or more, a conversation holding every word but one, the rarest
# among them, matches (_PostgresSearch._holding_rarest, round 20).
RAREST_HELD_FROM = 3
# Conversations holding every word whose subject words are read to tell the query's subject
# from a qualifier (_PostgresSearch._naming, round 21).
FULL_NAMED_READ = 50
# Of a query of this many words or more, a conversation writing two typed neighbours as typed
# and missing the other two is listed apart (_PostgresSearch._typed_pair_only, round 22); of
# three, two words are most of the query (round 21: with the third missing, a match).
PAIR_APART_FROM = 4
# Letters of a typed word whose compounds ending in it name it as a kind of it ("festival":
# "parkfestival"); a short word ends too many words ("bad": "zwembad", "ligbad").
MIN_KIND_HEAD = 5
# Writers of a team's running chat: its subject names the team (headed_subjects, round 58).
TEAM_WRITERS_FROM = 3
# Listed conversations whose record subject names the word most of them hold: from this many
# on, that word names several matters of the archive ("Steiger Reest", "Waterschap oevers
# Reest"), and a subject naming it alone is no match (_titled, round 60); named by one subject
# it is the follow-up chat of the request's own matter ("Melding sloot Koedijkslanden" for
# "winkelwagens sloot", set 35).
SUBJECTS_NAMING_MATTERS = 2
YEAR_BONUS = 0.75  # a conversation with a hit from a year typed with the words, or naming it
SNIPPET_CHARS = 220
_SPACE = re.compile(r"\s+")
# A candidate's flag column ("..., e.vector @@ %s::tsquery AS c0"): its name (groups).
_FLAG_NAME = re.compile(r" AS (\w+)")
_SCAN_SETTINGS = "SET LOCAL enable_seqscan = off; SET LOCAL max_parallel_workers_per_gather = 0;"
_HEADLINE_OPTIONS = (
    f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_END}, MaxWords=35, MinWords=15, "
    'ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "'
)


@dataclass(frozen=True)
class SearchFilters:
    """Filters on the denormalised record columns; empty values do not filter."""

    zaak_id: int | None = None
    zaaktype: str = ""
    afdeling: str = ""
    gesprekspartner: str = ""
    van: date | None = None
    tot: date | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.zaak_id is not None
            or self.zaaktype
            or self.afdeling
            or self.gesprekspartner
            or self.van
            or self.tot
        )

    def columns(self) -> dict[str, object]:
        """Equality filters on index columns; zaak_id 0 (an unknown zaak) matches nothing."""
        columns: dict[str, object] = {}
        if self.zaak_id is not None:
            columns["zaak_id"] = self.zaak_id
        for name in ("zaaktype", "afdeling", "gesprekspartner"):
            if getattr(self, name):
                columns[name] = getattr(self, name)
        return columns

    def period(self) -> tuple[datetime | None, datetime | None]:
        """[start, end) in the current time zone: whole local days."""
        tz = timezone.get_current_timezone()
        start = datetime.combine(self.van, time.min, tzinfo=tz) if self.van else None
        end = (
            datetime.combine(self.tot + timedelta(days=1), time.min, tzinfo=tz)
            if self.tot
            else None
        )
        return start, end


# A message that names a year, but none the officer typed with the words, is about another
# period ("de verkiezingen van 2026" for "verkiezing 2024"): no hit. A number in an amount, a
# measure or a digit group ("2000 euro", "€ 1950", "06 2015 3344", "2000 m2") names no year.
# One pattern for PostgreSQL's regex (ARE) and Python's (SQLite): no lookbehind, no \b or \m.
_NAMED_YEAR = (
    r"(?i)(^|[^0-9€.,/ -][ ]+|[^0-9a-z€.,/ -])(19|20)[0-9]{2}"
    r"(?![0-9]|[ ]*(euro|eur|,-|m2|m²|m3|km|kg|stuks|uur|[0-9]))"
)


def _years_sql(years: tuple[int, ...]) -> str:
    return r"\m(" + "|".join(str(year) for year in years) + r")\M"


def years_period(years: tuple[int, ...]) -> tuple[datetime, datetime]:
    """[start, end) of the typed years in the current time zone."""
    tz = timezone.get_current_timezone()
    start = datetime(min(years), 1, 1, tzinfo=tz)
    return start, datetime(max(years) + 1, 1, 1, tzinfo=tz)


class Snippet(NamedTuple):
    """One hit shown under a record: a message or the text of an image, highlighted.

    A named tuple: a results page makes ~500 (hits and their context), and a frozen
    dataclass's __init__ (object.__setattr__ per field) took ~3 µs each, a named tuple's ~1."""

    entry_id: int
    message_id: int | None
    media_id: int | None
    source: str
    seq: int
    sent_at: datetime | None
    html: SafeString
    related: bool = False  # no hit, but on the subject of the hits (woo.relevance)
    exchange: bool = False  # related as the continuation of a hit's exchange
    text: str = ""  # the indexed text of a hit (for context_anchors), not shown
    clauses: frozenset[int] = frozenset()  # the clauses of the query a hit meets (by index)
    words: str | None = None  # its words as stored (SearchEntryWords.woorden), if known


@dataclass(frozen=True)
class RecordHits:
    """A record with its number of hits and the best few shown."""

    submission: Submission
    hits: int
    rank: float
    snippets: tuple[Snippet, ...]
    unsearched: tuple[str, ...] = ()  # e.g. "2 spraakberichten": media without searchable text
    partial: bool = False  # holds all words of the query but one (the fallback)
    subject: SafeString | None = None  # the redacted subject, marked, when it holds a word
    everyday: bool = False  # holds every word, but only in small talk (see everyday_only)

    @property
    def related(self) -> int:
        return sum(1 for snippet in self.snippets if snippet.related)

    @property
    def shown(self) -> tuple[Snippet, ...]:
        """The snippets shown at once, in chat order: the first hits, and context only where
        fewer hits than HITS_SHOWN leave room (context early in a chat must not hide them)."""
        return self.shown_and_more()[0]

    @property
    def more(self) -> tuple[Snippet, ...]:
        return self.shown_and_more()[1]

    def shown_and_more(self) -> tuple[tuple[Snippet, ...], tuple[Snippet, ...]]:
        """`shown` and `more` at once (the result list needs both: one walk of the snippets)."""
        first = self._first_shown()
        shown: list[Snippet] = []
        more: list[Snippet] = []
        for i, snippet in enumerate(self.snippets):
            (shown if i in first else more).append(snippet)
        return tuple(shown), tuple(more)

    def _first_shown(self) -> frozenset[int]:
        hits = [i for i, snippet in enumerate(self.snippets) if not snippet.related]
        context = [i for i, snippet in enumerate(self.snippets) if snippet.related]
        return frozenset((hits + context)[:HITS_SHOWN])

    @property
    def reference(self) -> str:
        return record_reference(self.submission.pk)


@dataclass(frozen=True)
class SearchOutcome:
    records: tuple[RecordHits, ...]
    record_count: int
    hit_count: int
    capped: bool
    page: int
    pages: int
    full_text: bool
    notice: str = ""
    searched: bool = True
    page_numbers: tuple[int, ...] = field(default=())
    mode: str = MODE_CONVERSATION
    also: tuple[str, ...] = ()  # words added to the search ("ook gezocht op")
    corrections: tuple[tuple[str, str], ...] = ()  # (typed, archive word) for unknown words
    partial_count: int = 0  # conversations with all words but one (listed apart, no hits)
    years: tuple[int, ...] = ()  # typed next to the words: a hint of the period, not searched
    own_names: tuple[str, ...] = ()  # "gemeente" typed next to other words: not searched
    # Typed words no conversation holds; the others listed the conversations apart (round 18).
    absent: tuple[str, ...] = ()

    @property
    def years_text(self) -> str:
        """The typed years as the page names them: "2025", "2024–2025"."""
        if not self.years:
            return ""
        first, last = min(self.years), max(self.years)
        return str(first) if first == last else f"{first}–{last}"

    @property
    def full_records(self) -> tuple["RecordHits", ...]:
        return tuple(
            record for record in self.records if not record.partial and not record.everyday
        )

    @property
    def everyday_records(self) -> tuple["RecordHits", ...]:
        return tuple(record for record in self.records if record.everyday)

    @property
    def partial_records(self) -> tuple["RecordHits", ...]:
        return tuple(record for record in self.records if record.partial)


def render_highlight(marked: str) -> SafeString:
    """Escape text and turn our private highlight markers into <mark> tags (and nothing else).

    The standard library's escape, which Django's wraps (lazy-string handling that cost a tenth
    of a results page of ~500 hits); SafeString itself for the same reason, which is what
    mark_safe gives for a str (its lazy-string check took 4 of the 4.5 µs, ~2 ms a page).

    Every highlight is made on text whose redaction placeholders are hidden (one character
    each, woo.blackout.hide_placeholders), so no mark falls inside one; they are written out
    here."""
    html = html_escape(show_placeholders(str(marked)), quote=True)
    html = html.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>")
    return SafeString(html)  # everything but our own tags is escaped above


def _page_numbers(page: int, pages: int) -> tuple[int, ...]:
    window = range(max(1, page - 3), min(pages, page + 3) + 1)
    return tuple(sorted({1, pages, *window})) if pages else ()


def search(
    query: ParsedQuery,
    filters: SearchFilters,
    *,
    page: int = 1,
    per_page: int = RECORDS_PER_PAGE,
    mode: str = MODE_CONVERSATION,
) -> SearchOutcome:
    """Records matching the query and filters, best first, one page of them with every hit.

    `mode` "gesprek": a record matches when each word (or one of its alternatives) occurs
    somewhere in it; "bericht": all words in one message.
    """
    full_text = uses_postgres_search()
    mode = mode if mode in MODES else MODE_CONVERSATION
    if query.is_empty and filters.is_empty:
        notice = ""
        if query.excluded:
            notice = "Geef ten minste één woord op dat wel moet voorkomen."
        return SearchOutcome(
            (), 0, 0, False, 1, 0, full_text, notice=notice, searched=False, mode=mode
        )
    expansion = expand(query, archive_size=entry_total)
    backend_class = _PostgresSearch if full_text else _SimpleSearch
    backend = backend_class(query, filters, expansion, mode)
    extra = {
        "mode": mode,
        "also": tuple(expansion.also),
        "corrections": tuple(expansion.corrections.items()),
        "years": query.years,
        "own_names": query.own_names,
    }
    if not query.is_empty and backend.empty and query.years:
        # "in 2025": set apart, the year left only common words; it is what is looked for.
        query = query.with_years_as_words()
        expansion = expand(query, archive_size=entry_total)
        backend = backend_class(query, filters, expansion, mode)
        extra.update(also=tuple(expansion.also), corrections=tuple(expansion.corrections.items()))
        extra["years"] = ()
    if not query.is_empty and backend.empty:
        notice = (
            "Uw zoekopdracht bevat alleen veelvoorkomende woorden (zoals ‘de’ of ‘het’), "
            "waarop niet gezocht wordt. Voeg een specifieker woord toe."
        )
        return SearchOutcome((), 0, 0, False, 1, 0, full_text, notice=notice, **extra)
    groups, capped = backend.groups()
    pages = max(1, math.ceil(len(groups) / per_page))
    page = min(max(1, page), pages)
    shown = groups[(page - 1) * per_page : page * per_page]
    shown_ids = [submission_id for submission_id, _, _ in shown]
    snippets = backend.snippets(shown_ids)
    submissions, unsearched, writers, kernwoorden = _records_and_media(shown_ids)
    subjects = {}
    if not query.is_empty:
        # Marked in the subject as it is now (what the page shows), not the indexed copy.
        subjects = backend.subjects(
            {sid: record.onderwerp_redacted for sid, record in submissions.items()}
        )
    everyday: set[int] = set()
    if mode == MODE_CONVERSATION and not query.is_empty:
        full = [sid for sid in shown_ids if sid not in backend.partial_ids]
        exclude = getattr(backend, "any", "")
        texts = {sid: record.onderwerp_redacted for sid, record in submissions.items()}
        own_subjects = backend.headed_subjects(subjects, texts)
        headed = {sid for sid in full if sid in own_subjects}
        anchors = anchor_snippets(snippets)
        counts = {sid: hits for sid, hits, _ in shown}
        everyday = everyday_only(full, snippets, anchors, headed, counts)
        for sid, kept in anchors.items():
            if sid in full and sid not in everyday:
                snippets[sid] = list(kept)  # a content hit shown, small talk of the words not
        full = [sid for sid in full if sid not in everyday]
        # Only a headed conversation's subject words are shown (samenhang, related_shown);
        # there they are on the subject, so each anchors an exchange like a hit.
        related = related_snippets(
            anchors,
            related_shown(full, headed),
            exclude,
            headed,
            kernwoorden=kernwoorden,
        )
        for sid, extra_snippets in related.items():
            anchors[sid] = [*anchors.get(sid, ()), *extra_snippets]
            snippets[sid] = _merged_snippets(snippets.get(sid, ()), extra_snippets)
        of_two = _of_two(writers, full) if writers is not None else None
        for sid, extra_snippets in exchange_snippets(anchors, full, headed, of_two).items():
            snippets[sid] = _merged_snippets(snippets.get(sid, ()), extra_snippets)
    records = tuple(
        RecordHits(
            submission=submissions[submission_id],
            hits=hits,
            rank=rank,
            snippets=tuple(snippets.get(submission_id, ())),
            unsearched=unsearched.get(submission_id, ()),
            partial=submission_id in backend.partial_ids,
            subject=subjects.get(submission_id),
            everyday=submission_id in everyday,
        )
        for submission_id, hits, rank in shown
        if submission_id in submissions
    )
    partial = backend.partial_ids & {sid for sid, _, _ in groups}
    return SearchOutcome(
        records=records,
        record_count=len(groups) - len(partial),
        hit_count=sum(hits for sid, hits, _ in groups if sid not in partial),
        partial_count=len(partial),
        capped=capped,
        page=page,
        pages=pages if groups else 0,
        full_text=full_text,
        page_numbers=_page_numbers(page, pages) if groups else (),
        absent=tuple(backend.absent) if groups else (),
        **extra,
    )


def related_shown(full: list[int], headed: set[int]) -> list[int]:
    """The conversations whose related messages (samenhang: a subject word of the
    conversation, woo.relevance.related_entries) are shown: those headed by their subject.

    In a conversation not headed by its subject the words shared with its hits belong to
    several topics in a team chat (politie, burgemeester, loods), and its hits' own exchanges
    already show their replies. Measured on set 7 (unseen when round 9 began): these related
    messages were 24 relevant lines among 142, the exchanges they anchored 4 among 215; sets 4
    and 5 lose 6 and 11 relevant lines without them, set 3 one, sets 1 and 2 none (precision
    rises on every set)."""
    return [sid for sid in full if sid in headed]


def topic_openers(hits: dict[int, list]) -> dict[int, set[int]]:
    """Per conversation: the seqs of its hits (with their text) that open a topic
    (woo.relevance.opens_topic); their exchange takes nothing before them."""
    return {
        sid: {hit.seq for hit in rows if hit.text and opens_topic(hit.text)}
        for sid, rows in hits.items()
    }


def _merged_snippets(shown, extra) -> list[Snippet]:
    """The shown snippets and the extra ones (context), each entry once, in chat order."""
    seen = {snippet.entry_id for snippet in shown}
    merged = [*shown, *(snippet for snippet in extra if snippet.entry_id not in seen)]
    return sorted(merged, key=lambda s: (s.seq, s.entry_id))


def anchor_snippets(snippets: dict[int, list]) -> dict[int, list]:
    """Per conversation: its hits (Snippet or RecordHit) that may anchor context
    (woo.relevance.context_anchors): those with a content word. An archive too small to tell
    small talk keeps them all."""
    total = entry_total() if snippets else 0
    if total < EXCHANGE_MIN_ARCHIVE:
        return {sid: list(hits) for sid, hits in snippets.items()}
    words = {hit.entry_id: _words(hit) for hits in snippets.values() for hit in hits}
    counts = vocabulary_counts(set().union(*words.values())) if words else {}
    shares = {word: count / total for word, count in counts.items()}
    kept = context_anchors(words, shares, content_share(total))
    result = {}
    for sid, hits in snippets.items():
        anchors = [hit for hit in hits if hit.entry_id in kept]
        if anchors:
            result[sid] = anchors
    return result


def _words(hit) -> set[str]:
    """The words of a hit (Snippet or RecordHit): as stored, else from its text."""
    stored = getattr(hit, "words", None)
    return set(stored.split()) if stored is not None else words_of(hit.text)


def everyday_only(
    full: list[int],
    snippets: dict[int, list[Snippet]],
    anchors: dict[int, list[Snippet]],
    headed: set[int] = frozenset(),
    hit_counts: dict[int, int] | None = None,
) -> set[int]:
    """The shown conversations that hold a word of the query only in small talk: of the hits
    that meet one of its clauses (Snippet.clauses), none has a content word (anchor_snippets),
    and the subject holds no word of the query. That word is in the conversation only as
    everyday talk ("Kunnen we het na de vakantie oppakken?" for "vakantieverhuur"), no sign
    that it is about the query; such conversations are listed apart (their lines no hits),
    below those whose hits carry content, and get no context.

    Judged only when every hit was read (`hit_counts`: the conversation's hits, if known), and
    only when a shown conversation has a content hit or a subject with a word of the query (a
    query of common words only leaves nothing to set them apart from)."""
    if not any(sid in anchors or sid in headed for sid in full):
        return set()
    result = set()
    for sid in full:
        hits = snippets.get(sid) or []
        if not hits or sid in headed:
            continue
        if hit_counts is not None and hit_counts.get(sid, 0) > len(hits):
            continue
        content = {hit.entry_id for hit in anchors.get(sid, ())}
        clauses = {i for hit in hits for i in hit.clauses}
        if not clauses and not content:
            result.add(sid)  # the clauses not known: every hit is small talk
            continue
        for clause in clauses:
            if not any(hit.entry_id in content for hit in hits if clause in hit.clauses):
                result.add(sid)
                break
    return result


RELATED_READ_LIMIT = 3000  # entries of one conversation read to find related messages
RELATED_PER_RECORD = 10
CANDIDATES_PER_RECORD = 80  # exchange candidates of one conversation whose words are read
# A conversation headed by its subject: its content messages are taken from its first
# messages, and twice as many are shown as of another conversation (round 10: set 8's
# follow-up chats carry 30 to 60 lines on their subject; 80 found no more of them than 40,
# and showed 70 more wrong lines of team chats headed by a common word such as "college").
HEADED_READ = CANDIDATES_PER_RECORD
HEADED_CONTEXT = 2 * CONTEXT_PER_RECORD


def word_shares(words: set[str]) -> dict[str, float]:
    """Per word: the share of the archive's messages that hold it (from the vocabulary)."""
    if not words:
        return {}
    total = max(1, entry_total())
    return {word: count / total for word, count in vocabulary_counts(words).items()}


def related_by_record(
    hits: dict[int, set[int]],
    exclude: str = "",
    headed: set[int] = frozenset(),
    kernwoorden: dict[int, str] | None = None,
) -> dict[int, list[tuple[tuple, tuple[str, ...]]]]:
    """Per conversation (submission id -> entry ids of its hits): its related entries as
    ((id, message_id, media_id, source, seq, sent_at, text), shared subject words), in order.
    `headed`: conversations whose subject holds a word of the query; they get related entries
    without hits too (the subject stands for the hit: found through it alone, the conversation
    would otherwise show only its opening).

    PostgreSQL reads them with one query from the subject words stored per conversation
    (woo.indexing.kernwoorden_refresh), leaving out the hits (`exclude`, tsquery text); the
    embedded SQLite default computes the subject words from the conversation's messages.
    `kernwoorden`: the stored subject words of the page's records as already read with them
    (_records_and_media), or None to read them here.
    """
    hits = {**{sid: set() for sid in headed}, **hits}
    if not hits:
        return {}
    if uses_postgres_search():
        return _related_postgres(hits, exclude, headed, kernwoorden)
    return _related_simple(hits, headed)


def _subject_words_postgres(
    hits: dict[int, set[int]], headed: set[int], kernwoorden: dict[int, str] | None = None
) -> dict[int, str]:
    """Per conversation: its stored subject words (kernwoorden) that count for related
    messages; not headed, only those its hits, the messages next to them or its subject hold
    (woo.relevance.related_entries). Two queries for the page: the stored words, the texts
    of the hits, their neighbours and the subjects; one when the stored words came with the
    page's records (`kernwoorden`, _records_and_media)."""
    with connection.cursor() as cursor:
        stored = _stored_subject_words(cursor, list(hits), kernwoorden)
        hit_ids = [
            e for sid, ids in hits.items() if sid in stored and sid not in headed for e in ids
        ]
        texts: dict[int, list[set[str]]] = {}
        if hit_ids:
            table_ = SearchEntry._meta.db_table
            # The subject words each holds, as stored (SearchEntryWords: the same as those of
            # its text, computed with the record's kernwoorden); the text where not stored.
            cursor.execute(
                f"""
                SELECT x.submission_id, CASE WHEN w.entry_id IS NULL THEN x.text END,
                       w.kernwoorden
                FROM (
                    SELECT DISTINCT n.id, n.submission_id, n.text
                    FROM {table_} h
                    JOIN {table_} n ON n.submission_id = h.submission_id
                      AND n.seq BETWEEN h.seq - %s AND h.seq + %s
                      AND n.source <> '{EntrySource.ONDERWERP}'
                    WHERE h.id = ANY(%s)
                    UNION
                    SELECT id, submission_id, text FROM {table_}
                    WHERE submission_id = ANY(%s) AND seq = {SUBJECT_SEQ}
                      AND source = '{EntrySource.ONDERWERP}'
                ) x
                LEFT JOIN {SearchEntryWords._meta.db_table} w ON w.entry_id = x.id
                """,
                [NEAR_HIT, NEAR_HIT, hit_ids, list({sid for sid in hits if sid not in headed})],
            )
            for sid, text, entry_words in cursor.fetchall():
                words = set(entry_words.split()) if entry_words is not None else words_of(text)
                texts.setdefault(sid, []).append(words)
    result = {}
    for sid, words in stored.items():
        if sid not in headed:
            words &= hit_words(texts.get(sid, []))
        if words:
            result[sid] = " ".join(sorted(words))
    return result


def _stored_subject_words(
    cursor, submission_ids: list[int], kernwoorden: dict[int, str] | None
) -> dict[int, set[str]]:
    """Per record that has them: its stored subject words (SearchRecord.kernwoorden), from
    `kernwoorden` when it holds every record asked (read with the page's records: a round trip
    less), else read."""
    if kernwoorden is not None and all(sid in kernwoorden for sid in submission_ids):
        return {sid: set(kernwoorden[sid].split()) for sid in submission_ids if kernwoorden[sid]}
    cursor.execute(
        f"SELECT submission_id, kernwoorden FROM {SearchRecord._meta.db_table} "
        "WHERE submission_id = ANY(%s) AND kernwoorden <> ''",
        [submission_ids],
    )
    return {sid: set(words.split()) for sid, words in cursor.fetchall()}


def _related_postgres(
    hits: dict[int, set[int]],
    exclude: str,
    headed: set[int],
    kernwoorden: dict[int, str] | None = None,
) -> dict:
    subject = _subject_words_postgres(hits, headed, kernwoorden)
    if not subject:
        return {}
    not_hit = "AND NOT e.vector @@ %s::tsquery" if exclude else ""
    sql = f"""
        SELECT t.id, t.message_id, t.media_id, t.source, t.seq, t.sent_at, t.text,
               r.submission_id, r.kernwoorden, w.kernwoorden
        FROM (
            SELECT x.submission_id, x.kernwoorden,
                   to_tsquery('{SEARCH_CONFIG}', replace(x.kernwoorden, ' ', ' | ')) AS q
            FROM unnest(%s::bigint[], %s::text[]) AS x(submission_id, kernwoorden)
            OFFSET 0
        ) r
        -- The conversation's own entries in chat order, each tested until RELATED_PER_RECORD
        -- are found: not a GIN scan of every message with one of its subject words (111,918
        -- rows on the 1M-message bench), nor a test of every message of a long conversation.
        JOIN LATERAL (
            SELECT e.id, e.message_id, e.media_id, e.source, e.seq, e.sent_at, e.text
            FROM (
                SELECT id, message_id, media_id, source, seq, sent_at, text, vector
                FROM {SearchEntry._meta.db_table}
                WHERE submission_id = r.submission_id AND source <> '{EntrySource.ONDERWERP}'
                ORDER BY seq, id
                OFFSET 0
            ) e
            WHERE e.vector @@ r.q {not_hit}
            ORDER BY e.seq, e.id
            LIMIT %s
        ) t ON TRUE
        LEFT JOIN {SearchEntryWords._meta.db_table} w ON w.entry_id = t.id
        ORDER BY r.submission_id, t.seq, t.id
    """
    params: list = [list(subject), list(subject.values())]
    if exclude:
        params.append(exclude)
    params.append(RELATED_PER_RECORD)
    result: dict[int, list] = {}
    with connection.cursor() as cursor:
        _run(cursor, "related", sql, params)  # prepared per text (PREPARED_SHAPES)
        for *row, sid, kernwoorden, stored in cursor.fetchall():
            # The subject words it holds as stored (SearchEntryWords), else from its text.
            words = set(stored.split()) if stored is not None else words_of(row[6])
            shared = tuple(sorted(words & set(kernwoorden.split())))
            if shared:  # the stemmed match without a written one is left out
                result.setdefault(sid, []).append((tuple(row), shared))
    return result


def _related_simple(hits: dict[int, set[int]], headed: set[int] = frozenset()) -> dict:
    rows = list(
        SearchEntry.objects.filter(submission_id__in=list(hits))
        .order_by("submission_id", "seq", "pk")
        .values_list(
            "pk", "message_id", "media_id", "source", "seq", "sent_at", "text", "submission_id"
        )
    )
    by_record: dict[int, list[tuple]] = {}
    words: dict[int, set[str]] = {}
    titles: dict[int, set[str]] = {}  # the words of each record's subject
    for row in rows:
        if row[3] == EntrySource.ONDERWERP:
            titles[row[7]] = words_of(row[6])
            continue
        per_record = by_record.setdefault(row[7], [])
        if len(per_record) < RELATED_READ_LIMIT:
            per_record.append(row[:7])
            words[row[0]] = words_of(row[6])
    shares = word_shares(set().union(*words.values()) if words else set())
    result: dict[int, list] = {}
    for sid, entries in by_record.items():
        found = related_entries(
            [(row[0], words[row[0]]) for row in entries],
            hits[sid],
            shares,
            titles.get(sid, set()),
            headed=sid in headed,
        )
        shared = {item.entry_id: item.words for item in found[:RELATED_PER_RECORD]}
        result[sid] = [(row, shared[row[0]]) for row in entries if row[0] in shared]
    return result


def related_snippets(
    snippets: dict[int, list[Snippet]],
    submission_ids: list[int],
    exclude: str = "",
    headed: set[int] = frozenset(),
    *,
    kernwoorden: dict[int, str] | None = None,
) -> dict[int, list[Snippet]]:
    """Per conversation: its related messages (woo.relevance) as snippets, marked related;
    also for those `headed` by their subject without hits. `kernwoorden`: related_by_record."""
    hits = {
        sid: {hit.entry_id for hit in snippets[sid]} for sid in submission_ids if snippets.get(sid)
    }
    headed = {sid for sid in headed if sid in submission_ids}
    result: dict[int, list[Snippet]] = {}
    for sid, rows in related_by_record(hits, exclude, headed, kernwoorden).items():
        for (entry_id, message_id, media_id, source, seq, sent_at, text), words in rows:
            marked = _window(mark_words(text, words, HIGHLIGHT_START, HIGHLIGHT_END))
            result.setdefault(sid, []).append(
                Snippet(entry_id, message_id, media_id, source, seq, sent_at, _marked(marked), True)
            )
    return result


def _merged_ranges(seqs: list[int], after: int, before: int = 0) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for seq in sorted(set(seqs)):
        low = max(0, seq - before)
        if ranges and low <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], seq + after))
        else:
            ranges.append((low, seq + after))
    return ranges


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for low, high in sorted(spans):
        if merged and low <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def exchange_by_record(
    anchors: dict[int, list[tuple[int, int]]],
    headed: set[int] = frozenset(),
    openers: dict[int, set[int]] | None = None,
    of_two: set[int] | None = None,
) -> dict[int, list[tuple]]:
    """Per conversation (submission id -> its hits as (entry id, seq)): the messages that carry
    on a hit's exchange (woo.relevance.exchange_entries) as rows
    (id, message_id, media_id, source, seq, sent_at, text), in order.

    `headed`: conversations whose subject holds a word of the query. The subject the employee
    gave names what the whole conversation is about: its content messages from the start (not
    only the exchanges of its hits, nor only its opening) are taken, small talk skipped.
    `openers`: per conversation, the seqs of anchors that open a topic (topic_openers).
    `of_two`: the chats of two among them (_of_two), where the caller read their writers
    already; else they are read here (_chats_of_two)."""
    anchors = {sid: list(anchors.get(sid, ())) for sid in {*anchors, *headed}}
    for sid in headed:
        anchors[sid].append((None, SUBJECT_SEQ))
    archive = entry_total() if anchors else 0
    if archive < EXCHANGE_MIN_ARCHIVE:
        return {}
    ranges = []
    for sid, hits in anchors.items():
        spans = _merged_ranges([seq for _, seq in hits], EXCHANGE_READ_AFTER, CONTEXT_BEFORE)
        if sid in headed:  # about the subject from the start: its first messages are read
            spans = _merged_spans([*spans, (SUBJECT_SEQ, SUBJECT_SEQ + HEADED_READ)])
        ranges += [(sid, low, high) for low, high in spans]
    if not ranges:
        return {}
    # PostgreSQL: every entry of the windows with its text and stored words in one query (most
    # of them are candidates); the embedded SQLite default: first only the times, then the
    # texts of the candidates.
    read: list[tuple] = []
    days = None  # the local day of each window entry, in `rows` order (PostgreSQL)
    if uses_postgres_search():
        # Their times as microseconds since the epoch (_window_entries): numbers, not ~1,100
        # datetimes, are compared; the local day of each from its hour's offset.
        read, read_words = _window_entries(ranges)
        rows = map(_WINDOW_FIELDS, read)  # walked once, below: no list of ~1,100 tuples
        days = _local_days([row[5] for row in read])
    else:
        condition = Q()
        for sid, low, high in ranges:
            condition |= Q(submission_id=sid, seq__gte=low, seq__lte=high)
        rows = list(
            SearchEntry.objects.filter(condition)
            .order_by("submission_id", "seq", "pk")
            .values_list("pk", "sent_at", "submission_id", "source", "seq")
        )
    per_record: dict[int, list[tuple]] = {}
    record_days: dict[int, list] = {}  # per_record's local days (PostgreSQL)
    opening: dict[int, set[int]] = {}  # the first messages of a headed conversation
    subject_ids: dict[int, int] = {}  # the subject is an anchor (if headed), never context
    subject_source = str(EntrySource.ONDERWERP)  # once: ~1,200 rows a page
    opening_last = SUBJECT_SEQ + HEADED_READ
    # The rows come conversation by conversation (chat order): each one's lists are looked up
    # when the conversation changes, not for each of a page's ~1,000 rows.
    current = entries = entry_days = None
    for (entry_id, sent_at, sid, source, seq), day in zip(
        rows, days if days is not None else [None] * len(rows), strict=True
    ):
        if source == subject_source:
            subject_ids[sid] = entry_id
            if sid not in headed:
                continue
        elif sid in headed and seq <= opening_last:
            first = opening.get(sid)
            if first is None:  # not setdefault: no empty set made for each of its rows
                first = opening[sid] = set()
            first.add(entry_id)
        if sid != current or entries is None:
            current = sid
            entries = per_record.get(sid)
            if entries is None:
                entries = per_record[sid] = []
                if days is not None:
                    record_days[sid] = []
            entry_days = record_days.get(sid)
        entries.append((entry_id, sent_at))
        if entry_days is not None:
            entry_days.append(day)
    wanted: list[int] = []
    if of_two is None:
        of_two = _chats_of_two(list(per_record))
    for sid, entries in per_record.items():
        anchor_ids = {entry_id for entry_id, _ in anchors[sid]}
        if sid in headed and sid in subject_ids:
            anchor_ids.add(subject_ids[sid])
        # After an anchor the messages of its day (in a chat of two, of the next day too) are
        # read (EXCHANGE_READ_AFTER); nearest_content follows the exchange among them reply by
        # reply.
        if days is None:
            candidates = exchange_candidates(
                entries,
                anchor_ids,
                after=EXCHANGE_READ_AFTER,
                minutes_after=2 * _DAY_MINUTES if sid in of_two else _DAY_MINUTES,
                days_apart=sid in of_two,
            )
        else:
            candidates = exchange_candidates_of(
                entries,
                record_days[sid],
                anchor_ids,
                after=EXCHANGE_READ_AFTER,
                span=_SPAN_US,
                span_after=2 * _DAY_US if sid in of_two else _DAY_US,
                days_apart=sid in of_two,
            )
        # Enough to fill CONTEXT_PER_RECORD after skipping small talk, without reading the
        # words of a whole long conversation. The candidates come in chat order, each once:
        # only a headed conversation's opening is merged in by walking its entries again.
        first = opening.get(sid)
        if first:
            chosen = set(candidates) | (first - anchor_ids)
            wanted += [e for e, _ in entries if e in chosen][:CANDIDATES_PER_RECORD]
        else:
            wanted += candidates[:CANDIDATES_PER_RECORD]
    if not wanted:
        return {}
    if read:
        # In chat order (the window query's), as _entries_with_words gives them.
        chosen_ids = set(wanted)
        rows = [row for row in read if row[0] in chosen_ids]
        # The stored words as read (woorden by entry id, the ids of agenda points):
        # _small_talk_and_agenda looks up only these rows' (woorden is never NULL: a
        # string_agg would skip it).
        stored = read_words
    else:
        rows, stored = _entries_with_words(wanted)
    candidates: dict[int, list[tuple]] = {}
    for row in rows:
        candidates.setdefault(row[7], []).append(row[:7])
    total = max(1, archive)
    threshold = content_share(total)
    small_talk, agenda = _small_talk_and_agenda(rows, stored, total, threshold)
    result: dict[int, list[tuple]] = {}
    for sid, entries in candidates.items():
        kept = [row for row in entries if row[0] not in small_talk]
        # The content messages nearest to an anchor (the opening of a headed one: all).
        anchor_seqs = [s for _, s in anchors[sid]]
        anchor_set = set(anchor_seqs)
        # Another numbered agenda point, or a message that opens another topic, is no part of
        # the exchange, nor is what follows it; a hit that opens a topic answers nothing before
        # it (`openers`).
        barriers = [
            row[4]
            for row in kept
            if row[4] not in anchor_set and (row[0] in agenda or opens_topic(row[6]))
        ]
        barrier_set = set(barriers)
        kept = [row for row in kept if row[4] not in barrier_set]
        near = nearest_content(
            [(row[0], row[4]) for row in kept],
            anchor_seqs,
            barrier_seqs=barriers,
            opener_seqs=sorted((openers or {}).get(sid, ())),
            times=_times_of(
                kept, per_record.get(sid, ()), anchors[sid], days is not None, record_days.get(sid)
            ),
            span=_SPAN_US if days is not None else timedelta(minutes=CONTEXT_MINUTES),
            overnight=sid in of_two,
        )
        first = opening.get(sid, set())
        kept = [row for row in kept if row[0] in near or row[0] in first]
        if kept:
            result[sid] = kept[: HEADED_CONTEXT if sid in headed else CONTEXT_PER_RECORD]
    if days is not None:  # the times as the database gives a timestamp, for the page
        zone = connection.timezone
        result = {
            sid: [(*row[:5], _datetime_of(row[5], zone), row[6]) for row in kept]
            for sid, kept in result.items()
        }
    return result


def _times_of(
    rows: list[tuple], entries, anchors: list[tuple], in_us: bool, entry_days=None
) -> dict[int, tuple]:
    """seq -> (sent_at, local day as a number) of the content rows (id, …, seq, …) and the
    anchors ((entry id, seq)), from their times in `entries` ((entry id, sent_at), as the
    windows were read), to follow an exchange reply by reply (relevance.nearest_content); only
    these few get a day, not every entry of the windows. `in_us`: times as microseconds since
    the epoch (PostgreSQL); `entry_days`: the local day of each of `entries` where already
    known (_local_days of the windows, in the same order): not worked out again."""
    wanted = {entry_id: seq for entry_id, seq in anchors if entry_id is not None}
    wanted.update((row[0], row[4]) for row in rows)
    if in_us and entry_days is not None:
        return {
            seq: (at, day)
            for (entry_id, at), day in zip(entries, entry_days, strict=True)
            if (seq := wanted.get(entry_id)) is not None
        }
    pairs = [(seq, at) for entry_id, at in entries if (seq := wanted.get(entry_id)) is not None]
    if in_us:
        days = _local_days([at for _, at in pairs])
    else:
        zone = timezone.get_current_timezone()
        days = [at.astimezone(zone).date().toordinal() if at else None for _, at in pairs]
    return {seq: (at, day) for (seq, at), day in zip(pairs, days, strict=True)}


def _chats_of_two(submission_ids: list[int]) -> set[int]:
    """Of these conversations, those with fewer writers than a team's running chat
    (OVERNIGHT_WRITERS_BELOW): their exchanges carry over one night."""
    return _of_two(_writer_counts(submission_ids), submission_ids)


def _of_two(writers: dict[int, int], submission_ids) -> set[int]:
    """Of these conversations, those with fewer `writers` (submission id -> count, as
    _writer_counts gives them; none: 0) than a team's running chat (OVERNIGHT_WRITERS_BELOW)."""
    return {sid for sid in submission_ids if writers.get(sid, 0) < OVERNIGHT_WRITERS_BELOW}


def _writer_counts(submission_ids: list[int]) -> dict[int, int]:
    """Submission id -> its number of writers (participants), for those that have any. Plain
    SQL both databases understand (a page's ten or so ids): the ORM's aggregate cost more to
    build than the query takes."""
    if not submission_ids:
        return {}
    ids = [int(sid) for sid in submission_ids]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT submission_id, count(*) FROM {Participant._meta.db_table} "
            f"WHERE submission_id IN ({', '.join(['%s'] * len(ids))}) GROUP BY submission_id",
            ids,
        )
        return dict(cursor.fetchall())


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_HOUR_US = 3_600_000_000
_DAY_US = 86_400_000_000
_SPAN_US = CONTEXT_MINUTES * 60_000_000  # relevance.exchange_candidates' span
_DAY_MINUTES = 24 * 60
# zone -> (hour since the epoch -> its UTC offset in µs): per zone, so that each of a page's
# ~1,100 times is one lookup of an int, no (zone, hour) tuple made and hashed.
_hour_offsets: dict[object, dict[int, int]] = {}


def _datetime_of(us: int | None, zone) -> datetime | None:
    """A time read as microseconds since the epoch, as the database gives a timestamp."""
    return None if us is None else (_EPOCH + timedelta(microseconds=us)).astimezone(zone)


def _local_days(times: list[int | None]) -> list[int | None]:
    """The local day (days since the epoch, in the current time zone) of each time read as
    microseconds since the epoch: what `.astimezone(zone).date()` tells apart, from the UTC
    offset of the time's hour, found once per hour (an hour in which the offset changes is
    not stored: each of its times is converted)."""
    zone = timezone.get_current_timezone()
    offsets = _hour_offsets.setdefault(zone, {})
    days: list[int | None] = []
    for us in times:
        if us is None:
            days.append(None)
            continue
        offset = offsets.get(us // _HOUR_US)
        if offset is None:
            offset = _hour_offset(zone, us)
        days.append((us + offset) // _DAY_US)
    return days


def _hour_offset(zone, us: int) -> int:
    hour = us // _HOUR_US
    start = _EPOCH + timedelta(microseconds=hour * _HOUR_US)
    first = start.astimezone(zone).utcoffset()
    last = (start + timedelta(microseconds=_HOUR_US - 1)).astimezone(zone).utcoffset()
    if first != last:  # the offset changes within this hour: this time's own
        return (_EPOCH + timedelta(microseconds=us)).astimezone(zone).utcoffset() // _ONE_US
    offsets = _hour_offsets.setdefault(zone, {})
    if len(offsets) > 100_000:
        offsets.clear()
    offsets[hour] = offset = first // _ONE_US
    return offset


_ONE_US = timedelta(microseconds=1)


def _window_entries(
    ranges: list[tuple[int, int, int]],
) -> tuple[list[tuple], tuple[dict[int, str], set[int]]]:
    """The entries of the windows (submission id, lowest seq, highest seq) in chat order, as
    rows (id, message_id, media_id, source, seq, sent_at as microseconds since the epoch, text,
    submission_id, then three columns of no use), each once; and the stored words of those
    that have them (SearchEntryWords): id -> woorden, with the ids of the agenda points.

    One query: reading the times first and then the candidates' texts by id took a second
    round trip and the planning of hundreds of ids, for about as many rows (1M-message bench).
    The stored words are read by the same ranges (their seq), as one row of joined strings, and
    matched here by id: joined to each of the ~800 entries of a results page by id, their
    lookups and the sort took most of the query (1M-message bench). A stored row without a
    seq is not read; its entry is judged from its text, with the same outcome. The rows are
    returned as read, not copied with their words appended (~1,100 a results page)."""
    with connection.cursor() as cursor:
        _run(  # prepared once per connection (PREPARED_SHAPES)
            cursor,
            "windows",
            f"""
            WITH r AS MATERIALIZED (
                SELECT * FROM unnest(%s::int[], %s::int[], %s::int[]) AS r(sid, low, high)
            )
            SELECT e.id, e.message_id, e.media_id, e.source, e.seq,
                   (extract(epoch FROM e.sent_at) * 1000000)::bigint, e.text,
                   e.submission_id, NULL::text, NULL::text, NULL::text
            FROM r JOIN {SearchEntry._meta.db_table} e
              ON e.submission_id = r.sid AND e.seq BETWEEN r.low AND r.high
            UNION ALL
            SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   string_agg(w.entry_id::text, ','), string_agg(w.woorden, '|'),
                   string_agg(CASE WHEN w.agenda THEN '1' ELSE '0' END, '')
            FROM r JOIN {SearchEntryWords._meta.db_table} w
              ON w.submission_id = r.sid AND w.seq BETWEEN r.low AND r.high
            """,
            [[r[0] for r in ranges], [r[1] for r in ranges], [r[2] for r in ranges]],
        )
        rows = cursor.fetchall()
    stored: dict[int, str] = {}
    agenda: set[int] = set()
    # The stored words, aggregated in one row (NULL for none): as a rule the last.
    words = rows.pop() if rows and rows[-1][0] is None else None
    if words is None:
        words = next((row for row in rows if row[0] is None), None)
        rows = [row for row in rows if row[0] is not None]
    if words is not None and words[8] is not None:
        # Joined strings, not arrays: psycopg2 parsed the ~1,000 elements of each array at
        # about twice the cost. Words are \w+ (words_of): none holds the "|".
        # The words by id and the agenda points apart: no (woorden, flag) pair made for each.
        ids = list(map(int, words[8].split(",")))
        stored = dict(zip(ids, words[9].split("|"), strict=True))
        agenda = {i for i, flag in zip(ids, words[10], strict=True) if flag == "1"}
    # Each entry once (two overlapping windows of a conversation would read it twice), in chat
    # order: submission, seq, id.
    entries = sorted({row[0]: row for row in rows}.values(), key=_CHAT_ORDER)
    return entries, (stored, agenda)


_CHAT_ORDER = itemgetter(7, 4, 0)  # submission, seq, id
_WINDOW_FIELDS = itemgetter(0, 5, 7, 3, 4)  # id, sent_at, submission, source, seq


def _entries_with_words(
    entry_ids: list[int],
) -> tuple[list[tuple], tuple[dict[int, str], set[int]]]:
    """The entries as rows (id, message_id, media_id, source, seq, sent_at, text,
    submission_id) in chat order, and their stored words where known (SearchEntryWords):
    id -> woorden, with the ids of the agenda points. For the embedded SQLite default (PostgreSQL reads them with the
    windows, _window_entries): plain SQL both understand, no array literal."""
    table = SearchEntry._meta.db_table
    words_table = SearchEntryWords._meta.db_table
    ids = [int(i) for i in entry_ids]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.id, e.message_id, e.media_id, e.source, e.seq, e.sent_at, e.text, "
            f"e.submission_id, w.woorden, w.agenda FROM {table} e "
            f"LEFT JOIN {words_table} w ON w.entry_id = e.id "
            f"WHERE e.id IN ({', '.join(['%s'] * len(ids))}) "
            "ORDER BY e.submission_id, e.seq, e.id",
            ids,
        )
        rows = cursor.fetchall()
    stored = {row[0]: row[8] for row in rows if row[8] is not None}
    agenda = {row[0] for row in rows if row[8] is not None and row[9]}
    return [row[:8] for row in rows], (stored, agenda)


def _id_array(ids) -> str:
    """Ids as one array literal ('{1,2,3}'): hundreds of ids passed as a list (IN (…) or
    ARRAY[…]) are each a constant that PostgreSQL parses and plans, about a millisecond more
    for the 700 entries of a results page's exchanges (1M-message bench)."""
    return "{" + ",".join(str(int(i)) for i in ids) + "}"


def _small_talk_and_agenda(
    rows: list[tuple], stored: tuple[dict[int, str], set[int]], total: int, threshold: float
) -> tuple[set[int], set[int]]:
    """Of the entries (rows with the id first and the text seventh): those of small talk
    (woo.relevance.is_small_talk) and those that open a numbered agenda point; from their
    stored words where known (`stored`: id -> woorden, and the ids of agenda points among
    them), else from their text."""
    stored_words, stored_agenda = stored
    # Each row's words as read (a list: isdisjoint takes any iterable; no set per row).
    words, agenda, every = {}, set(), set()
    for row in rows:
        entry_id = row[0]
        known = stored_words.get(entry_id)
        if known is not None:
            held = known.split()
            if entry_id in stored_agenda:
                agenda.add(entry_id)
        else:
            held = words_of(row[6])
            if is_agenda_point(row[6]):
                agenda.add(entry_id)
        words[entry_id] = held
        every.update(held)
    counts = vocabulary_counts(every) if every else {}
    # content_words with the shares as count / total (0.0 for a word the vocabulary lacks):
    # is_small_talk for all rows at once.
    rare = {word for word in every if counts.get(word, 0) / total < threshold}
    small_talk = {entry_id for entry_id, held in words.items() if rare.isdisjoint(held)}
    return small_talk, agenda


def exchange_snippets(
    snippets: dict[int, list[Snippet]],
    submission_ids: list[int],
    headed: set[int] = frozenset(),
    of_two: set[int] | None = None,
) -> dict[int, list[Snippet]]:
    """Per conversation: the messages that carry on the exchange of a hit (or of the subject,
    for those `headed` by it), marked related; `of_two` as exchange_by_record takes it."""
    anchors = {
        sid: [(hit.entry_id, hit.seq) for hit in snippets[sid]]
        for sid in submission_ids
        if snippets.get(sid)
    }
    openers = topic_openers({sid: snippets[sid] for sid in anchors})
    result: dict[int, list[Snippet]] = {}
    for sid, rows in exchange_by_record(anchors, headed, openers, of_two).items():
        for entry_id, message_id, media_id, source, seq, sent_at, text in rows:
            result.setdefault(sid, []).append(
                Snippet(
                    entry_id,
                    message_id,
                    media_id,
                    source,
                    seq,
                    sent_at,
                    _marked(_window(text)),
                    related=True,
                    exchange=True,
                )
            )
    return result


_MEDIA_LABELS = (
    ("audio/", "spraakbericht", "spraakberichten"),
    ("video/", "video", "video's"),
    ("image/", "afbeelding zonder leesbare tekst", "afbeeldingen zonder leesbare tekst"),
    ("", "bijlage", "bijlagen"),
)


def unsearched_action(labels: tuple[str, ...]) -> str:
    """What the officer does with unsearched media in the conversation: listen to voice notes,
    view the rest ("beluister die", "bekijk die", "beluister of bekijk die")."""
    audio = {singular for prefix, singular, _ in _MEDIA_LABELS if prefix == "audio/"}
    audio |= {plural for prefix, _, plural in _MEDIA_LABELS if prefix == "audio/"}
    kinds = {label.split(" ", 1)[-1] in audio for label in labels}
    if kinds == {True}:
        return "beluister die"
    if True in kinds:
        return "beluister of bekijk die"
    return "bekijk die"


def unsearched_media(submission_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Per record: its media whose content search cannot see, counted ("2 spraakberichten")."""
    if not submission_ids:
        return {}
    # In the record: attached to a message kept in it, or a screenshot of a screenshots upload.
    # One plain query: the ORM's building of this one (joins, Q objects) cost more than the
    # database took (1M-message bench).
    ids = [int(i) for i in submission_ids]
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT m.submission_id, m.mime_type
            FROM {MediaItem._meta.db_table} m
            JOIN {Submission._meta.db_table} s ON s.id = m.submission_id
            LEFT JOIN {Message._meta.db_table} g ON g.id = m.message_id
            WHERE (g.in_record OR (m.message_id IS NULL AND s.upload_kind = %s))
              AND NOT m.flagged AND m.ocr_text_redacted = ''
              AND m.submission_id IN ({", ".join(["%s"] * len(ids))})
            """,
            [UploadKind.SCREENSHOTS.value, *ids],
        )
        rows = cursor.fetchall()
    return _unsearched_labels(rows)


# A record's writers, a column of _record_rows for _records_and_media (as _writer_counts
# counts them).
_WRITERS = f"SELECT count(*) FROM {Participant._meta.db_table} p WHERE p.submission_id = s.id"

# A record's stored subject words, a column of _record_rows for _records_and_media (as
# _stored_subject_words reads them; NULL without its SearchRecord).
_SUBJECT_WORDS = (
    f"SELECT r.kernwoorden FROM {SearchRecord._meta.db_table} r WHERE r.submission_id = s.id"
)

# The media of a record that search cannot see (unsearched_media), for _records_and_media:
# attached to a message kept in the record, or a screenshot of a screenshots upload.
_UNSEARCHED_MIME_TYPES = f"""
    SELECT array_agg(m.mime_type)
    FROM {MediaItem._meta.db_table} m
    LEFT JOIN {Message._meta.db_table} g ON g.id = m.message_id
    WHERE m.submission_id = s.id
      AND (g.in_record OR (m.message_id IS NULL AND s.upload_kind = %s))
      AND NOT m.flagged AND m.ocr_text_redacted = ''
"""


def _unsearched_labels(rows) -> dict[int, tuple[str, ...]]:
    """Per record (rows of submission id, mime type): its unsearched media counted by kind."""
    counts: dict[int, dict[str, int]] = {}
    for submission_id, mime in rows:
        for prefix, _singular, _plural in _MEDIA_LABELS:
            if mime.startswith(prefix):
                per_record = counts.setdefault(submission_id, {})
                per_record[prefix] = per_record.get(prefix, 0) + 1
                break
    result = {}
    for submission_id, per_record in counts.items():
        labels = []
        for prefix, singular, plural in _MEDIA_LABELS:
            n = per_record.get(prefix, 0)
            if n:
                labels.append(f"{n} {singular if n == 1 else plural}")
        result[submission_id] = tuple(labels)
    return result


# What the result list displays of a record and its zaak, in the models' field order
# (Model.from_db takes the values of a subset of fields in that order).
_RECORD_SHOWN = {
    "id",
    "onderwerp_redacted",
    "afdeling",
    "gesprekspartner",
    "periode_van",
    "periode_tot",
    "archived_at",
    "message_count",
    "zaak_id",
}
_RECORD_FIELDS = tuple(
    f.attname for f in Submission._meta.concrete_fields if f.attname in _RECORD_SHOWN
)
_ZAAK_FIELDS = tuple(
    f.attname
    for f in Zaak._meta.concrete_fields
    if f.attname in {"id", "zaaknummer", "omschrijving"}
)


def _records_and_media(
    submission_ids: list[int],
) -> tuple[
    dict[int, Submission],
    dict[int, tuple[str, ...]],
    dict[int, int] | None,
    dict[int, str] | None,
]:
    """The shown records (_records), their unsearched media (unsearched_media), their
    number of writers (as _writer_counts; a chat of two carries its exchange over one night)
    and their stored subject words (for related messages, _stored_subject_words; "" for none).

    PostgreSQL: one query, the media's types gathered, the writers counted and the subject words
    read per record: three round trips less a page (each costs more wall time than the query
    itself on a busy server, 1M-message bench). The embedded SQLite default: no writers nor
    subject words (None), read where they are needed."""
    if not submission_ids:
        return {}, {}, {}, {}
    if not uses_postgres_search():
        return _records(submission_ids), unsearched_media(submission_ids), None, None
    rows = _record_rows(
        submission_ids,
        f", ({_WRITERS}), ({_UNSEARCHED_MIME_TYPES}), ({_SUBJECT_WORDS})",
        [UploadKind.SCREENSHOTS.value],
    )
    media = [(row[0], mime) for row in rows for mime in row[-2] or ()]
    writers = {row[0]: row[-3] for row in rows if row[-3]}
    kernwoorden = {row[0]: row[-1] or "" for row in rows}
    records = _records_from_rows([row[:-3] for row in rows])
    return records, _unsearched_labels(media), writers, kernwoorden


def _records(submission_ids: list[int]) -> dict[int, Submission]:
    """The shown records with what the result list displays (archived ones only), with their
    zaak.

    PostgreSQL: one plain query, the records made as the ORM makes them (Model.from_db, the
    zaak cached on its field as select_related does): building the ORM's query took ~2 ms of
    CPU a page, the query itself well under one (1M-message bench). The embedded SQLite default
    returns dates as text to a plain query: there the ORM, which converts them."""
    if not submission_ids:
        return {}
    ids = [int(i) for i in submission_ids]
    if not uses_postgres_search():
        records = (
            Submission.objects.archived()
            .filter(pk__in=ids)
            .select_related("zaak")
            .only(*_RECORD_FIELDS, *(f"zaak__{name}" for name in _ZAAK_FIELDS))
        )
        return {record.pk: record for record in records}
    return _records_from_rows(_record_rows(ids))


def _record_rows(submission_ids: list[int], extra: str = "", extra_params=()) -> list[tuple]:
    """The archived records' shown fields and their zaak's as rows (PostgreSQL), the id first;
    `extra`: more columns after them (SQL starting with a comma, its parameters)."""
    unfinished = [str(state) for state in RENDITION_UNFINISHED]
    columns = ", ".join(
        [*(f"s.{name}" for name in _RECORD_FIELDS), *(f"z.{name}" for name in _ZAAK_FIELDS)]
    )
    with connection.cursor() as cursor:
        # Prepared once per connection (accounts.prepared): parsing and planning this
        # query took about twice its execution, every results page (1M-message bench).
        prepared.execute(
            cursor,
            "woo_record_rows_media" if extra else "woo_record_rows",
            f"SELECT {columns}{extra} FROM {Submission._meta.db_table} s "
            f"LEFT JOIN {Zaak._meta.db_table} z ON z.id = s.zaak_id "
            "WHERE s.status = %s AND (s.rendition_state <> ALL(%s) OR s.rendition_done_at IS NOT NULL) "
            "AND s.id = ANY(%s::bigint[])",
            [
                *extra_params,
                str(SubmissionStatus.GEARCHIVEERD),
                unfinished,
                [int(i) for i in submission_ids],
            ],
        )
        return cursor.fetchall()


def _records_from_rows(rows: list[tuple]) -> dict[int, Submission]:
    """Records made from _record_rows as the ORM makes them, their zaak on the field."""
    alias = connection.alias
    zaak_field = Submission._meta.get_field("zaak")
    n = len(_RECORD_FIELDS)
    result = {}
    for row in rows:
        record = Submission.from_db(alias, _RECORD_FIELDS, row[:n])
        zaak = Zaak.from_db(alias, _ZAAK_FIELDS, row[n:]) if row[n] is not None else None
        zaak_field.set_cached_value(record, zaak)
        result[record.pk] = record
    return result


def _records_with_subject_vector(table: str, where: list[str]) -> str:
    """The search records meeting `where` (alias r) as a FROM item, each with its stored
    subject words as a tsvector (r.subject_vector) for _named_sql's flags: made once per
    record, behind OFFSET 0, not once per flag (a to_tsvector per clause and record was most
    of a query's statement of several words: 1M-message bench, ~58 -> ~37 ms backend CPU for
    four words). The same records, read by the same scan."""
    return (
        f"(SELECT r.*, to_tsvector('{SEARCH_CONFIG}', r.kernwoorden) AS subject_vector"
        f" FROM {table} r WHERE {' AND '.join(where)} OFFSET 0) r"
    )


def _holding_most_sql(n: int, where: list[str]) -> str:
    """The records matching `where` with, per clause of n, whether they hold it: those holding
    the most clauses first, the newest first among equals, at most CANDIDATE_LIMIT (a LIMIT
    without an order kept whichever rows the heap gave first). Params: the n clauses, those of
    `where`, the limit."""
    held = ", ".join(f"r.vector @@ %s::tsquery AS h{i}" for i in range(n))
    count = " + ".join(f"h{i}::int" for i in range(n))
    return (
        f"SELECT * FROM (SELECT r.submission_id, {held} FROM {SearchRecord._meta.db_table} r"
        f" WHERE {' AND '.join(where)}) held ORDER BY {count} DESC, submission_id DESC LIMIT %s"
    )


class _PostgresSearch:
    """Full-text search on the GIN-indexed vector with the expanded query as tsquery constants.

    The expansion's alternatives are turned into tsquery text by PostgreSQL itself (Dutch
    stemming, prefixes, phrases) in one round trip; the searches then use them as constants.
    """

    def __init__(self, query: ParsedQuery, filters: SearchFilters, expansion: Expansion, mode: str):
        self.query = query
        self.filters = filters
        self.mode = mode
        # A query of several plain words ranks messages with those words as an exact phrase
        # first: cover density alone can let a long message with scattered words win.
        words = [t.text for clause in query.clauses if len(clause) == 1 for t in clause]
        plain = all(len(clause) == 1 and not clause[0].phrase for clause in query.clauses)
        self.phrase = " ".join(words) if plain and len(words) > 1 else ""
        resolved = self._resolve(expansion)
        self.clauses, self.loose, self.excluded, self.typed, self.typed_clauses = resolved[:5]
        self.labels = resolved[5]  # per clause: its typed words, as the page names them
        # Per clause: its alternatives but the parts of a typed compound (Alternative.part).
        self.whole = resolved[6]
        # Per clause: its typed words as written (stemmed, no prefixes) and the compounds the
        # search adds that end in one ("parkfestival" of "festival": a kind of it), round 21.
        self.written = [
            _or([typed.replace(":*", ""), kinds])
            for typed, kinds in zip(self.typed_clauses, resolved[8], strict=True)
        ]
        self.kinds = list(resolved[8])  # per clause: the compounds naming a kind of its word
        # One word the search adds to two neighbouring clauses at once: it stands for both
        # ("ap" for "autoriteit persoonsgegevens"), as a typed phrase does (round 21).
        self.joint = ""
        if len(self.clauses) >= RAREST_HELD_FROM:
            added = resolved[7]
            self.joint = _or(
                sorted({t for a, b in zip(added, added[1:], strict=False) for t in a & b})
            )
        self.partial = False  # conversations missing one word are included (see _conversations)
        self.partial_ids: set[int] = set()
        # Typed words no conversation holds (_absent_fallback), and the clauses a conversation
        # listed apart must then meet.
        self.absent: list[str] = []
        self._held: list[bool] | None = None  # per clause: held by any conversation (read once)
        self.needed = len(self.clauses) - 1
        # Conversations listed apart whose subject words name a word of the query
        # (_records_matching): they match (round 19).
        self.named: set[int] = set()
        self.few = False  # fewer than FALLBACK_BELOW conversations hold every word
        # The clause most of the listed conversations hold, where it is a qualifier (_naming);
        # -1: none (a tie, or the word the conversations holding every word are about).
        self.common = -1
        self.written_counts: list[int] = []  # per clause: listed conversations holding it as typed
        self.any = _or(self.clauses)
        # The query but its synonyms: what heads a conversation by its subject (headed_subjects).
        self.own = resolved[9]
        # Every clause of it, of a query of two words or more (headed_subjects); else "".
        self.own_every = resolved[10]
        self.every = " & ".join(f"( {c} )" for c in self.clauses)
        # Two typed words next to each other, as phrases (_typed_pairs, round 21).
        self.pairs = _typed_pairs(query) if len(self.clauses) >= RAREST_HELD_FROM else []

    @staticmethod
    def _resolve(expansion: Expansion) -> tuple:
        """(clauses, the clauses with phrases loosened to all-words, exclusions, the typed words
        only, the typed words per clause) as tsquery text; per clause its typed words; per
        clause its alternatives but the parts of a typed compound, as tsquery text; and per
        clause the tsquery texts of the alternatives the search adds."""
        alternatives = [a for clause in expansion.clauses for a in clause] + expansion.excluded
        if not alternatives:
            return [], [], "", "", [], [], [], [], [], "", ""
        texts = _tsquery_texts(alternatives)
        exact, loose = [], []
        for alternative in alternatives:
            exact.append(texts.pop(0))
            loose.append(texts.pop(0) if alternative.kind == "phrase" else exact[-1])
        clauses, loosened, typed, labels, whole, added, kinds = [], [], [], [], [], [], []
        own: list[str] = []  # per clause: its alternatives but the synonyms
        for clause in expansion.clauses:
            n = len(clause)
            combined = _or(exact[:n])
            if combined:  # a clause of stop words only is left out, as websearch does
                clauses.append(combined)
                labels.append(" of ".join(a.text for a in clause if a.typed) or clause[0].text)
                loosened.append(_or(loose[:n]))
                typed.append(_or([t for t, a in zip(exact[:n], clause, strict=True) if a.typed]))
                whole.append(_or([t for t, a in zip(loose[:n], clause, strict=True) if not a.part]))
                added.append(
                    {t for t, a in zip(exact[:n], clause, strict=True) if not a.typed and t}
                )
                kinds.append(
                    _or([t for t, a in zip(exact[:n], clause, strict=True) if _kind_of(a, clause)])
                )
                own.append(
                    _or([t for t, a in zip(exact[:n], clause, strict=True) if not a.synonym])
                )
            exact, loose = exact[n:], loose[n:]
        return (
            clauses,
            loosened,
            _or(exact),
            _or(typed),
            typed,
            labels,
            whole,
            added,
            kinds,
            _or(own),
            " & ".join(f"( {text} )" for text in own if text) if len(own) > 1 else "",
        )

    @property
    def empty(self) -> bool:
        return not self.clauses

    def _match(self, alias: str = "e") -> tuple[list[str], list]:
        if self.mode == MODE_MESSAGE or len(self.clauses) == 1:
            clauses, params = [f"{alias}.vector @@ %s::tsquery"], [self.every]
        else:
            clauses, params = [f"{alias}.vector @@ %s::tsquery"], [self.any]
        if self.excluded:
            clauses.append(f"NOT {alias}.vector @@ %s::tsquery")
            params.append(self.excluded)
        if self.query.years:
            clauses.append(f"NOT ({alias}.text ~ %s AND NOT {alias}.text ~ %s)")
            params += [_NAMED_YEAR, _years_sql(self.query.years)]
        return clauses, params

    def _where(self, alias: str = "e") -> tuple[list[str], list]:
        if not self.query.is_empty:
            clauses, params = self._match(alias)
        elif self.excluded:
            # Exclusions alone (with a filter) still exclude.
            clauses, params = [f"NOT {alias}.vector @@ %s::tsquery"], [self.excluded]
        else:
            clauses, params = [], []
        if self.query.is_empty:  # filters alone list messages; the subject is none
            clauses.append(f"{alias}.source <> '{EntrySource.ONDERWERP}'")
        filters = self.filters
        for column, value in filters.columns().items():
            clauses.append(f"{alias}.{column} = %s")
            params.append(value)
        start, end = filters.period()
        if start is not None:
            clauses.append(f"{alias}.sent_at >= %s")
            params.append(start)
        if end is not None:
            clauses.append(f"{alias}.sent_at < %s")
            params.append(end)
        return clauses, params

    def _rank(self, alias: str = "e") -> tuple[str, list]:
        if self.query.is_empty:
            # Only filters: newest records first.
            return f"extract(epoch from coalesce({alias}.sent_at, 'epoch'))", []
        # ts_rank, not ts_rank_cd: cover density costs ten times more on thousands of
        # candidates (1M-message bench). Words added by the expansion weigh half.
        if not self.typed or self.typed == self.any:  # nothing added: one ts_rank will do
            sql, params = f"1.5 * ts_rank({alias}.vector, %s::tsquery, 1)", [self.any]
        else:
            sql = (
                f"ts_rank({alias}.vector, %s::tsquery, 1)"
                f" + 0.5 * ts_rank({alias}.vector, %s::tsquery, 1)"
            )
            params = [self.typed, self.any]
        if self.phrase:
            sql += (
                f" + CASE WHEN {alias}.vector @@ phraseto_tsquery('{SEARCH_CONFIG}', %s) "
                "THEN 1.0 ELSE 0.0 END"
            )
            params.append(self.phrase)
        return sql, params

    def groups(self) -> tuple[list[tuple[int, int, float]], bool]:
        where, where_params = self._where()
        rank, rank_params = self._rank()
        table = SearchEntry._meta.db_table
        conversation = (
            self.mode == MODE_CONVERSATION and not self.query.is_empty and len(self.clauses) > 1
        )
        chats, chat_params = "", []
        if conversation:
            ids = self._conversations()
            if not ids:
                return [], False
            chats, chat_params = "AND e.submission_id = ANY(%s::bigint[])", [_id_array(ids)]
        flags, flag_params, having, bonus = "", [], "", "0"
        if conversation:
            # Which clause each hit satisfies: a chat matches when every clause is met
            # somewhere in it; all of them in one message, or on one day, ranks higher. All
            # in one message (allc) is every clause's flag at once (_days_cte): `every` is the
            # clauses joined by &, which a vector meets when it meets each of them.
            flags = "".join(f", e.vector @@ %s::tsquery AS c{i}" for i in range(len(self.clauses)))
            flag_params = list(self.clauses)
            # The record's subject names a typed word as written (round 19): only where few
            # conversations hold every word (the fallback of _conversations); with enough of
            # them, a subject naming one of two words is half the query (round 15).
            # Not the word most of the listed conversations hold (self.common, round 60): a
            # subject naming it alone ("Laptops raadsleden", "Steiger Reest") is about another
            # matter of that word; only with a rarer word of the query held as well.
            titled, titled_common = self._titled(ids) if self.few else ("", "")
            subject = f", e.source = '{EntrySource.ONDERWERP}' AND e.vector @@ %s::tsquery"
            for text, name in ((titled, "tsub"), (titled_common, "tsubc")):
                if text:
                    flags += f"{subject} AS {name}"
                    flag_params.append(text)
                else:
                    flags += f", FALSE AS {name}"
            rarer = " OR ".join(
                f"bool_or(c{i})" for i in range(len(self.clauses)) if i != self.common
            )
            titled_sql = f"bool_or(tsub) OR (bool_or(tsubc) AND ({rarer or 'FALSE'}))"
            if self.pairs or self.joint:
                phrases = [f"phraseto_tsquery('{SEARCH_CONFIG}', %s)" for _ in self.pairs]
                if self.joint:
                    phrases.append("%s::tsquery")
                flags += f", e.vector @@ ({' || '.join(phrases)}) AS pair"
                flag_params += [*self.pairs, *([self.joint] if self.joint else [])]
            else:
                flags += ", FALSE AS pair"
            met = " + ".join(f"bool_or(c{i})::int" for i in range(len(self.clauses)))
            n = len(self.clauses)
            if n >= SUBJECT_NAMES_FROM:
                # Its subject names every word but one as typed: a match (SUBJECT_NAMES_FROM).
                # As typed, so that one word of the subject meets no two clauses ("fietsplan"
                # is no "fietsdepot" and "fiets" both). Only the subject's entry is tested.
                for i, typed in enumerate(self.typed_clauses):
                    if typed:
                        flags += (
                            f", CASE WHEN e.source = '{EntrySource.ONDERWERP}'"
                            f" THEN e.vector @@ %s::tsquery END AS t{i}"
                        )
                        flag_params.append(typed)
                    else:
                        flags += f", NULL::bool AS t{i}"
                named = " + ".join(f"coalesce(bool_or(t{i}), false)::int" for i in range(n))
                met = f"(CASE WHEN {named} >= {n - 1} THEN {n} ELSE {met} END)"
            named = f"submission_id = ANY('{_id_array(sorted(self.named))}'::bigint[])"
            # Listed apart, but its subject words name a typed word (_named_sql): a match.
            # Listed apart, but two words typed next to each other are written so in one of its
            # messages (_typed_pairs): a match.
            held = met
            met = (
                f"(CASE WHEN ({named} OR {titled_sql} OR bool_or(pair))"
                f" AND {met} = {n - 1} THEN {n} ELSE {met} END)"
            )
            if n >= PAIR_APART_FROM and self.pairs:
                # Two typed words written so in one message, the other two missing: listed
                # apart (_typed_pair_only, round 22).
                met = f"(CASE WHEN bool_or(pair) AND {held} = {n - 2} THEN {n - 1} ELSE {met} END)"
            # A conversation that holds every clause in its words but meets one only across
            # messages (a head "together" with another word, _head_together; a phrase's words
            # apart) misses that clause: listed apart, as one missing it altogether would be.
            having = f"HAVING {met} >= {self.needed}"
            # Conversations with every word come before those missing one (the fallback).
            bonus = (
                f"CASE WHEN {met} = {len(self.clauses)} THEN 2.0 ELSE 0.0 END"
                " + CASE WHEN bool_or(allc) THEN 1.0 ELSE 0.0 END"
                " + CASE WHEN bool_or(together) THEN 0.5 ELSE 0.0 END"
            )
        if self.query.years:
            # A year typed with the words: conversations with a hit from that year, or naming
            # it, first (YEAR_BONUS: after all words in one message, before one day).
            start, end = years_period(self.query.years)
            flags += (
                ", (e.sent_at >= %s AND e.sent_at < %s OR e.vector @@ to_tsquery('simple', %s))"
                " AS inyear"
            )
            flag_params += [start, end, " | ".join(str(y) for y in self.query.years)]
            bonus += f" + CASE WHEN bool_or(inyear) THEN {YEAR_BONUS} ELSE 0.0 END"
        if self.query.is_empty:
            return self._newest_groups(
                where, where_params, rank, rank_params, flags, flag_params, bonus
            )
        where_sql = f"{' AND '.join(where) or 'TRUE'} {chats}"
        # "One day" is a day in the archive's time zone, as the record page shows the messages
        # (_local_days): not the session's UTC day (review55b: 23:59 and 00:00 in Meppel were
        # one day, 01:59 and 02:00 two).
        day_columns = (
            ", date_trunc('day', c.sent_at AT TIME ZONE %s) AS day" if conversation else ""
        )
        day_params = [timezone.get_current_timezone_name()] if conversation else []
        # A conversation search groups its candidates per day first (_days_cte), then per
        # conversation: the counts are summed (as bigint, as count(*) gives them).
        hits_sql, count_sql = (
            ("sum(hits)::bigint", "sum(n)::bigint")
            if conversation
            else ("count(*) FILTER (WHERE NOT subj)", "count(*)")
        )
        flags_held = _FLAG_NAME.findall(flags)  # the flags' names, for the days' bool_or
        # The first CANDIDATE_LIMIT candidates grouped as they are read: not first stored in a
        # tuplestore (a CTE read twice) to be counted (1M-message bench, the statement's
        # backend CPU: asbest 20.0 -> 17.3 ms, subsidie 23.3 -> 20.0, stop 40). Whether more match (capped) follows from the count and
        # the last heap page grouped (_more_candidates). Also the groups the HAVING of a
        # conversation search leaves out are counted: the filter is applied after the totals.
        sql = f"""
            WITH kept AS (
                SELECT c.* {day_columns} FROM (
                    SELECT e.submission_id, {"e.sent_at, " if conversation else ""}e.ctid AS at,
                           {rank} AS rank,
                           e.source = '{EntrySource.ONDERWERP}' AS subj {flags}
                    FROM {table} e
                    WHERE {where_sql}
                    LIMIT %s
                ) c
                LIMIT %s
            )
            {self._days_cte(flags_held) if conversation else ""}
            SELECT submission_id, hits, best, total, met, last FROM (
                SELECT g.*, sum(g.n) OVER () AS total, max(g.at) OVER () AS last FROM (
                    SELECT submission_id, {hits_sql} AS hits,
                           max(rank) + 0.05 * ln({count_sql}) + {bonus} AS best,
                           {met if conversation else "0"} AS met,
                           {count_sql} AS n, max(at) AS at
                    FROM {"kept_days" if conversation else "kept"}
                    GROUP BY submission_id
                ) g
            ) t
            {f"WHERE met >= {self.needed}" if having else ""}
            ORDER BY best DESC, submission_id DESC
        """
        params = [
            *day_params,
            *rank_params,
            *flag_params,
            *where_params,
            *chat_params,
            CANDIDATE_LIMIT + 1,
            CANDIDATE_LIMIT,
        ]
        # In autocommit, the settings and the query sent as one string are one (implicit)
        # transaction: the settings end with it, without a BEGIN and a COMMIT round trip.
        in_transaction = not connection.get_autocommit()
        with connection.cursor() as cursor:
            # The candidates come from the GIN index. For an OR of common words (with their
            # prefixes) the planner expects a sequential scan to reach the LIMIT sooner; it
            # evaluates the query on a third of the archive instead (1M-message bench: 130-180
            # ms against 50-80 ms through the index). Without parallel workers: their rows
            # arrive in varying order, so where the LIMIT cuts, the same search listed other
            # conversations each time. In the same round trip as the query.
            cursor.execute(f"{_SCAN_SETTINGS} {sql}", params)
            rows = cursor.fetchall()
            if in_transaction:
                # An outer transaction carries on.
                cursor.execute("RESET enable_seqscan; RESET max_parallel_workers_per_gather")
        capped = bool(rows) and rows[0][3] >= CANDIDATE_LIMIT
        if capped:
            capped = self._more_candidates(where_sql, [*where_params, *chat_params], rows[0][5])
        if conversation:
            self.partial_ids = {row[0] for row in rows if row[4] < len(self.clauses)}
        return [(sid, hits, float(best)) for sid, hits, best, _, _, _ in rows], capped

    def _more_candidates(self, where_sql: str, params: list, last: str) -> bool:
        """Whether more entries match than the CANDIDATE_LIMIT grouped (which are all that
        match when fewer were grouped). `last`: the highest heap position (ctid) of those
        grouped. An entry that matches on a later heap page is none of them: the next
        CAPPED_CHECK_PAGES pages are read for one (a TID range scan; a common word, the only
        kind that fills the limit, soon has one). Without one there, the matches are counted
        up to CANDIDATE_LIMIT + 1, as before. Exact whatever order the entries were read in."""
        page = int(last.strip("()").split(",")[0])
        in_transaction = not connection.get_autocommit()
        table = SearchEntry._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                "SET LOCAL enable_bitmapscan = off; SET LOCAL enable_indexscan = off; "
                "SET LOCAL enable_seqscan = off; SET LOCAL max_parallel_workers_per_gather = 0; "
                f"SELECT EXISTS (SELECT 1 FROM {table} e WHERE {where_sql}"
                " AND e.ctid >= %s::tid AND e.ctid < %s::tid)",
                [*params, f"({page + 1},0)", f"({page + 1 + CAPPED_CHECK_PAGES},0)"],
            )
            more = cursor.fetchone()[0]
            if not more:
                # (in a transaction the check's SET LOCALs still hold: the count goes through
                # the GIN index again, not a disabled sequential scan of the whole table)
                if in_transaction:
                    cursor.execute("RESET enable_bitmapscan; RESET enable_indexscan")
                cursor.execute(
                    f"{_SCAN_SETTINGS} SELECT count(*) FROM (SELECT 1 FROM {table} e"
                    f" WHERE {where_sql} LIMIT %s) c",
                    [*params, CANDIDATE_LIMIT + 1],
                )
                more = cursor.fetchone()[0] > CANDIDATE_LIMIT
            if in_transaction:
                cursor.execute(
                    "RESET enable_bitmapscan; RESET enable_indexscan; RESET enable_seqscan; "
                    "RESET max_parallel_workers_per_gather"
                )
        return more

    def _newest_groups(
        self, where, where_params, rank, rank_params, flags, flag_params, bonus
    ) -> tuple[list[tuple[int, int, float]], bool]:
        """Filters alone: the newest CANDIDATE_LIMIT entries grouped (by their time, not read in
        heap order: counted from the candidates as read)."""
        sql = f"""
            WITH candidates AS (
                SELECT e.submission_id, {rank} AS rank,
                       e.source = '{EntrySource.ONDERWERP}' AS subj {flags}
                FROM {SearchEntry._meta.db_table} e
                WHERE {" AND ".join(where) or "TRUE"}
                ORDER BY e.sent_at DESC NULLS LAST
                LIMIT %s
            ),
            kept AS (SELECT * FROM candidates LIMIT %s)
            SELECT submission_id, count(*) FILTER (WHERE NOT subj) AS hits,
                   max(rank) + 0.05 * ln(count(*)) + {bonus} AS best,
                   (SELECT count(*) FROM candidates) AS total
            FROM kept
            GROUP BY submission_id
            ORDER BY best DESC, submission_id DESC
        """
        with connection.cursor() as cursor:
            params = [
                *rank_params,
                *flag_params,
                *where_params,
                CANDIDATE_LIMIT + 1,
                CANDIDATE_LIMIT,
            ]
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        capped = bool(rows) and rows[0][3] > CANDIDATE_LIMIT
        return [(sid, hits, float(best)) for sid, hits, best, _ in rows], capped

    def _conversations(self) -> list[int]:
        """The records whose words include every clause (the per-record vector, GIN).

        When fewer than FALLBACK_BELOW records have every word, records with all words but
        one are taken as well (shown after them, marked): a chat seldom repeats every word of
        a request, and a redacted place name would otherwise hide it. Otherwise those that
        miss only the clause most conversations hold (_missing_commonest).
        """
        ids = self._records_matching(" & ".join(f"( {c} )" for c in self.loose))
        if len(ids) < FALLBACK_BELOW and len(self.loose) > 1:
            self.partial = True
            self.few = True
            n = len(self.loose)
            all_but_one = [
                " & ".join(f"( {c} )" for j, c in enumerate(self.loose) if j != i) for i in range(n)
            ]
            ids = self._records_matching(_or(all_but_one), named=True)
            if not ids:
                ids = self._absent_fallback()
            if not ids:
                ids = self._holding_most()
        elif len(self.loose) > 1:
            extra = self._missing_commonest(ids)
            if extra:
                self.partial = True
                ids = [*ids, *extra]
        placed = self._typed_pair_only(ids)
        if placed:
            self.partial = True
            ids = [*ids, *placed]
        return ids

    def _typed_pair_only(self, listed: list[int]) -> list[int]:
        """Of a query of PAIR_APART_FROM words or more, the records not yet listed that write two
        words typed next to each other as the officer typed them in one message ("de pony van
        de Oude Vaart" of "paarden weiland oude vaart"), listed apart (groups: the pair counts
        for the words it misses but one): the phrase names where or what the subject is, a chat
        missing both other words is about it all the same. At most ANY_MISSING_AT_MOST of them:
        a phrase more conversations write names no subject. Round 22 (set 20). One statement,
        only for queries of four words or more."""
        if len(self.loose) < PAIR_APART_FROM or not (self.pairs or self.joint):
            return []
        entries, records = SearchEntry._meta.db_table, SearchRecord._meta.db_table
        phrases = [f"phraseto_tsquery('{SEARCH_CONFIG}', %s)" for _ in self.pairs]
        params = list(self.pairs)
        if self.joint:
            # One word standing for two typed neighbours ("watergeven" of "water geven", the
            # archive's compound of them; "ap" of "autoriteit persoonsgegevens") is the pair
            # written as one: as the ranking counts it (bool_or(pair)), round 49 (set 28).
            phrases.append("%s::tsquery")
            params.append(self.joint)
        where = [f"e.vector @@ ({' || '.join(phrases)})"]
        for column, value in self.filters.columns().items():
            where.append(f"r.{column} = %s")
            params.append(value)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT DISTINCT e.submission_id FROM {entries} e JOIN {records} r"
                f" ON r.submission_id = e.submission_id WHERE {' AND '.join(where)} LIMIT %s",
                [*params, ANY_MISSING_AT_MOST + len(listed) + 1],
            )
            found = [row[0] for row in cursor.fetchall()]
        shown = set(listed)
        placed = [pk for pk in found if pk not in shown]
        return placed if len(placed) <= ANY_MISSING_AT_MOST else []

    def _absent_fallback(self) -> list[int]:
        """When no conversation holds all words but one: the words no conversation holds at
        all (a name the archive redacts, a word nobody there writes) are left out of the count,
        and the conversations holding every other word but one are listed apart, when the
        archive holds at least half the words. Such a word cannot tell conversations apart;
        with it the query listed nothing though the others name the subject ("meerwerk
        aannemer tijhuis": the firm's name is redacted everywhere). Round 18 (set 16). One
        statement (the GIN index per word), only on this path."""
        held = self._held_anywhere()
        kept = [c for c, is_held in zip(self.loose, held, strict=True) if is_held]
        if 2 * len(kept) < len(self.loose) or len(kept) == len(self.loose):
            return []  # at least half the words: one of three names no subject
        self.absent = [w for w, is_held in zip(self.labels, held, strict=True) if not is_held]
        self.needed = max(1, len(kept) - 1)
        if len(kept) == 1:
            return self._records_matching(kept[0])
        n = len(kept)
        return self._records_matching(
            _or([" & ".join(f"( {c} )" for j, c in enumerate(kept) if j != i) for i in range(n)])
        )

    def _holding_most(self) -> list[int]:
        """When no conversation holds every word but one, not even leaving out the words none
        holds (_absent_fallback): the conversations holding the most words of the query, listed
        apart, at most ANY_MISSING_AT_MOST of them. Each word is written somewhere but never two
        together: the officer's words are not the chats' ("tijdelijke huisvesting medewerkers"
        of chats writing "tijdelijk in de Smeengekade", "Huisvesting en facilitair", "de 180
        mensen"), and an empty page hides the chats that name a side of the subject. Listed
        apart, not matched: none of their lines is a hit. Of RAREST_HELD_FROM words or more (of
        two, the fallback lists those holding one already). Round 53 (set 31). One statement on
        the records' GIN index, only on this path."""
        n = len(self.loose)
        if n < RAREST_HELD_FROM:
            return []
        where, params = ["r.vector @@ %s::tsquery"], [_or(self.loose)]
        for column, value in self.filters.columns().items():
            where.append(f"r.{column} = %s")
            params.append(value)
        with connection.cursor() as cursor:
            cursor.execute(_holding_most_sql(n, where), [*self.loose, *params, CANDIDATE_LIMIT])
            rows = cursor.fetchall()
        if not all(self._held_anywhere()):
            return []  # a word none holds: _absent_fallback's (round 18: one of three, nothing)
        counts = {row[0]: sum(1 for flag in row[1:] if flag) for row in rows}
        most = max(counts.values(), default=0)
        holding = [pk for pk, count in counts.items() if count == most]
        if len(holding) > ANY_MISSING_AT_MOST:
            return []
        self.needed = most
        return holding

    def _missing_commonest(self, full: list[int]) -> list[int]:
        """The records that hold every clause but the one most of the matching conversations
        hold (none when two clauses are held equally often), listed apart like the fallback's:
        the rarer words name the subject ("het Wold", "KCC") where the common one ("recreatiepark",
        "wachttijden") is left unsaid. Round 10, set 8: three of its eleven chats not found.
        A query of ANY_MISSING_FROM clauses or more: those missing any one, up to
        ANY_MISSING_AT_MOST of them (round 14, set 12: the subject's word was the one every
        such chat held; round 15, set 13: of two words, the subject's name was the
        commonest)."""
        table = SearchRecord._meta.db_table
        n = len(self.loose)
        every = " & ".join(f"( {c} )" for c in self.loose)
        all_but_one = _or(
            [" & ".join(f"( {c} )" for j, c in enumerate(self.loose) if j != i) for i in range(n)]
        )
        flags = ", ".join("r.vector @@ %s::tsquery" for _ in self.loose)
        named, named_params = self._named_sql()
        where, params = (
            ["r.vector @@ %s::tsquery", "NOT r.vector @@ %s::tsquery"],
            [all_but_one, every],
        )
        for column, value in self.filters.columns().items():
            where.append(f"r.{column} = %s")
            params.append(value)
        subjects, subject_params = self._full_named_sql(full)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT r.submission_id, {flags}, {', '.join(named)}, {subjects} "
                f"FROM {_records_with_subject_vector(table, where)} LIMIT %s",
                [*self.loose, *named_params, *subject_params, *params, CANDIDATE_LIMIT],
            )
            named_rows = cursor.fetchall()
        rows = [row[: 1 + n] for row in named_rows]
        counts = [len(full) + sum(1 for row in rows if row[1 + i]) for i in range(n)]
        full_named = list(named_rows[0][-n:]) if named_rows else [False] * n
        self.named |= self._naming([row[:-n] for row in named_rows], counts, full_named)
        if n >= ANY_MISSING_FROM and len(rows) <= ANY_MISSING_AT_MOST:
            return [row[0] for row in rows]
        commonest = max(counts)
        if counts.count(commonest) > 1:
            return []
        missing = counts.index(commonest)
        return [row[0] for row in rows if not row[1 + missing]]

    def covers(self, submission_id: int) -> bool:
        """Whether the record holds every word of the query (not only all but one)."""
        table = SearchRecord._meta.db_table
        every = " & ".join(f"( {c} )" for c in self.loose)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT r.vector @@ %s::tsquery FROM {table} r WHERE r.submission_id = %s",
                [every, submission_id],
            )
            row = cursor.fetchone()
        return bool(row and row[0])

    def _records_matching(self, tsquery: str, *, named: bool = False) -> list[int]:
        """The records whose words meet `tsquery`; `named`: also note those whose subject
        words name a word of the query (self.named, _named_sql), in the same statement."""
        table = SearchRecord._meta.db_table
        where, params = ["r.vector @@ %s::tsquery"], [tsquery]
        for column, value in self.filters.columns().items():
            where.append(f"r.{column} = %s")
            params.append(value)
        columns, column_params = "", []
        records = f"{table} r WHERE {' AND '.join(where)}"
        if named:
            records = _records_with_subject_vector(table, where)
            # Per clause: held, and named by the subject words (_naming); last, held as written
            # (_titled).
            flags, flag_params = self._named_sql()
            held = ", ".join("r.vector @@ %s::tsquery" for _ in self.loose)
            columns, column_params = f", {held}, {', '.join(flags)}", [*self.loose, *flag_params]
            for written in self.written:
                columns += ", r.vector @@ %s::tsquery" if written else ", FALSE"
                column_params += [written] if written else []
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT r.submission_id {columns} FROM {records} LIMIT %s",
                [*column_params, *params, CANDIDATE_LIMIT],
            )
            rows = cursor.fetchall()
        if named:
            n = len(self.loose)
            self.written_counts = [sum(1 for row in rows if row[i - n]) for i in range(n)]
            rows = [row[:-n] for row in rows]
            counts = [sum(1 for row in rows if row[1 + i]) for i in range(n)]
            self.named |= self._naming(rows, counts)
        return [row[0] for row in rows]

    def _naming(
        self, rows: list[tuple], counts: list[int], full_named: list[bool] | None = None
    ) -> set[int]:
        """The records of `rows` (id, held per clause, named per clause) whose subject words
        name a typed word; the word of the clause most of the listed conversations hold
        (`counts`, per clause; none set apart on a tie) only where the record holds a rarer
        word of the query as well. A conversation holding that word alone is what a team's
        running chat is about anyway ("klachten", "meldingen"): naming it says nothing of the
        request (round 19 let "melding arbeidsinspectie" match a glasvezel team's chat, set 15
        R3 100% → 39% precision). Round 20: document frequency among the conversations the
        query lists, from the statement that lists them.

        Round 21 (set 19 lost 12 lines to round 20): that word is a qualifier only where
        conversations hold every word of the query and none of them has it among its subject
        words (`full_named`, per clause; from `rows` when they hold those conversations). In
        "bevers dijk" the beaver is what the chats holding both words are about, so the allotment
        club's chat whose subject words name it matches; in "strooien klachten" the complaints
        are no subject word of the gritting chat, so the complaints line stays listed apart.
        Where no conversation holds every word, no word is a qualifier of theirs."""
        n = len(self.loose)
        commonest = max(counts, default=0)
        common = counts.index(commonest) if commonest and counts.count(commonest) == 1 else -1
        if full_named is None:  # the conversations holding every word are among the rows
            full = [row for row in rows if all(row[1 + j] for j in range(n))]
            full_named = [any(row[1 + n + i] for row in full) for i in range(n)]
            if not full:
                full_named = [True] * n
        if common >= 0 and full_named[common]:
            common = -1  # the word the matching conversations are about: no qualifier
        self.common = common
        named = set()
        for row in rows:
            rarer = any(row[1 + j] for j in range(n) if j != common)
            if any(row[1 + n + i] for i in range(n) if i != common or rarer):
                named.add(row[0])
        return named | self._holding_rarest(rows, counts) | self._holding_every_held(rows, counts)

    def _holding_rarest(self, rows: list[tuple], counts: list[int]) -> set[int]:
        """Of a query of RAREST_HELD_FROM words or more: the records of `rows` that hold every
        word but one, the rarest among them (`counts`: the fewest of the listed conversations
        hold it, of the words any of them holds; each of a tie; none when all are held alike).
        The rarest word names the subject ("dwangsom", "last"), the one left out is the
        officer's own ("bewoning" against "de woning", "9 personen"): a match. Round 20
        (set 18)."""
        n = len(self.loose)
        if n < RAREST_HELD_FROM:
            return set()
        # A word none of them holds is left out, as a word no conversation holds is (round 18,
        # _absent_fallback): it tells none of them apart.
        fewest = min((c for c in counts if c), default=0)
        if fewest == max(counts, default=0):
            return set()  # no word is rarer than another (round 14's guard: listed apart)
        rarest = [i for i in range(n) if counts[i] == fewest]
        return {
            row[0]
            for row in rows
            if sum(1 for i in range(n) if row[1 + i]) == n - 1 and any(row[1 + i] for i in rarest)
        }

    def _held_anywhere(self) -> list[bool]:
        """Per clause: whether any conversation holds it (the GIN index per word, one
        statement, read once per search: _absent_fallback and _holding_most ask it in turn)."""
        if self._held is None:
            table = SearchRecord._meta.db_table
            exists = ", ".join(
                f"EXISTS (SELECT 1 FROM {table} r WHERE r.vector @@ %s::tsquery)"
                for _ in self.loose
            )
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT {exists}", list(self.loose))
                self._held = list(cursor.fetchone())
        return self._held

    def _holding_every_held(self, rows: list[tuple], counts: list[int]) -> set[int]:
        """The records of `rows` that hold every word of the query but those none of the
        listed conversations holds (`counts`), where at least one word is held by none and
        more than one word is typed. Such a word tells none of them apart ("herinrichting
        Zomerdijk": the chats say "de Zomerdijk gaat dicht", "de nieuwe vakken"): the others
        name the subject, a match. Round 18 listed them apart (a word no conversation holds,
        _absent_fallback), round 20 left such a word out of the rarest (_holding_rarest).
        Round 21 (sets 16 and 17)."""
        n = len(self.loose)
        # Only a typed word is left out (a compound's rarer part the search adds is required,
        # round 14), and the others are held by more than a part of a typed compound:
        # "participatie zonnepark" makes no match of a chat about a park.
        if not rows:
            return set()
        anywhere = rows[0][1 + 3 * n : 1 + 4 * n]
        unheld = {
            i
            for i in range(n)
            if not counts[i] and self.typed_clauses[i] and (n < RAREST_HELD_FROM or not anywhere[i])
        }
        if n < 2 or not unheld or len(unheld) == n:
            return set()
        matched = {
            row[0] for row in rows if all(row[1 + 2 * n + i] for i in range(n) if i not in unheld)
        }
        if matched:
            self._name_absent(unheld, anywhere)
        return matched

    def _name_absent(self, unheld: set[int], anywhere) -> None:
        """Name the words left out (_holding_every_held) that no conversation holds, as
        _absent_fallback does ("In geen gesprek: …"). Of two words the statement did not ask
        (its column is TRUE): asked here, only on this path."""
        held = list(anywhere) if len(self.loose) >= RAREST_HELD_FROM else self._held_anywhere()
        self.absent = [self.labels[i] for i in sorted(unheld) if not held[i]]

    def _full_named_sql(self, full: list[int]) -> tuple[str, list]:
        """Per clause, as columns: whether the subject words of one of the first
        FULL_NAMED_READ conversations holding every word name its typed word (_naming).
        Uncorrelated: PostgreSQL computes each once for the statement."""
        columns, params = [], []
        ids = _id_array(full[:FULL_NAMED_READ])
        for written in self.written:
            if not written:
                columns.append("FALSE")
                continue
            columns.append(
                f"EXISTS (SELECT 1 FROM {SearchRecord._meta.db_table} f"
                " WHERE f.submission_id = ANY(%s::bigint[]) AND f.kernwoorden <> ''"
                f" AND to_tsvector('{SEARCH_CONFIG}', f.kernwoorden) @@ %s::tsquery)"
            )
            params += [ids, written]
        return ", ".join(columns), params

    def _typed_as_written(self) -> str:
        """The typed words as tsquery text, stemmed, not as prefixes: "rupsbaan" names no
        "rupsen"."""
        return _or([written for written in self.written if written])

    def _titled(self, ids: list[int]) -> tuple[str, str]:
        """The typed words a record's subject may name (_typed_as_written) as tsquery text:
        those of every clause but the commonest (self.common), and that one's apart.

        The commonest as written too: a clause's count holds what the search adds to the word
        (a compound's parts: "bijensteek" is held wherever "bijen" and "steek" are), the
        subject names the word as typed (set 34: the chat "Bijensteek" for "bijensteek
        medewerker"), counted in the statement that lists them (_records_matching). The
        subjects naming it: one statement on the listed records' subject entries (the GIN index
        on the entries' words, or their primary keys), on this path only."""
        common = self.common
        if common >= 0 and self.written[common] and ids and self.written_counts:
            counts = list(self.written_counts)
            entries = SearchEntry._meta.db_table
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT count(*) FROM (SELECT 1 FROM {entries} s"
                    f" WHERE s.submission_id = ANY(%s::bigint[]) AND s.seq = {SUBJECT_SEQ}"
                    f" AND s.source = '{EntrySource.ONDERWERP}' AND s.vector @@ %s::tsquery"
                    " LIMIT %s) x",
                    [_id_array(ids), self.written[common], SUBJECTS_NAMING_MATTERS],
                )
                subjects = cursor.fetchone()[0]
            for i, written in enumerate(self.written):
                if not written:
                    counts[i] = 0
            if counts[common] < max(counts) or counts.count(counts[common]) > 1:
                common = -1  # as written another word is as common: no qualifier
            elif subjects < SUBJECTS_NAMING_MATTERS:
                # One subject names it: the follow-up chat of the request's matter, where it
                # names the word itself; a kind of it ("Tuinslang" of "slang") is another matter.
                typed = self.typed_clauses[common].replace(":*", "")
                others = [w for i, w in enumerate(self.written) if w and i != common]
                return _or([*others, typed]), self.kinds[common] or ""
        if common < 0:
            return self._typed_as_written(), ""
        others = [w for i, w in enumerate(self.written) if w and i != common]
        return _or(others), self.written[common]

    def _named_sql(self) -> tuple[list[str], list]:
        """Whether a record's subject words (kernwoorden: frequent in it, rare in the archive,
        woo.relevance.subject_words) hold a typed word of the query: a conversation listed
        apart for missing another word is about that one ("Kermis oktober" names "kermis"
        for "kermis standplaatsen", though "standplaats" is written once, elsewhere), so it
        matches and its lines are hits. PostgreSQL only (the stored subject words).
        Round 19 (set 17). Per clause (round 20: _naming leaves out the commonest). On the
        records as _records_with_subject_vector gives them (r.subject_vector)."""
        flags, params = [], []
        for written in self.written:
            if not written:
                flags.append("FALSE")
                continue
            flags.append("(r.kernwoorden <> '' AND r.subject_vector @@ %s::tsquery)")
            params.append(written)
        # Per clause: held by an alternative that is no part of a typed compound (the typed
        # word, its forms, its compounds, synonyms and initials: _holding_every_held, round 21).
        for whole, loose in zip(self.whole, self.loose, strict=True):
            flags.append("r.vector @@ %s::tsquery")
            params.append(whole or loose)
        # Per clause: whether any conversation holds it (uncorrelated: computed once, a probe of
        # the GIN index as _absent_fallback's); of three words or more the listed ones hold
        # two, so a word none of them holds may still be in another (_holding_every_held).
        # As typed: the words the search adds ("lig" of "voormalige") say nothing of it.
        table = SearchRecord._meta.db_table
        for typed, loose in zip(self.typed_clauses, self.loose, strict=True):
            if len(self.loose) < RAREST_HELD_FROM:
                flags.append("TRUE")  # of two words any conversation holding one is listed
                continue
            flags.append(f"EXISTS (SELECT 1 FROM {table} x WHERE x.vector @@ %s::tsquery)")
            params.append(typed or loose)
        return flags, params

    def _days_cte(self, flags: list[str]) -> str:
        """The candidates of a conversation search grouped per conversation and day: their
        counts, best rank, last heap position and each of the `flags` (bool_or: a
        conversation meets a flag when one of its days does), whether one message meets every
        clause (allc) and whether one day does (together). Grouped once per day, not a
        window over each candidate's day: the same groups, less work (1M-message bench)."""
        clauses = range(len(self.clauses))
        held = "".join(f", bool_or({flag}) AS {flag}" for flag in flags)
        every_message = " AND ".join(f"c{i}" for i in clauses)
        every_day = " AND ".join(f"bool_or(c{i})" for i in clauses)
        return f"""
            , kept_days AS (
                SELECT submission_id, count(*) FILTER (WHERE NOT subj) AS hits,
                       count(*) AS n, max(rank) AS rank, max(at) AS at {held},
                       bool_or({every_message}) AS allc, ({every_day}) AS together
                FROM kept
                GROUP BY submission_id, day
            )
        """

    def snippets(self, submission_ids: list[int]) -> dict[int, list[Snippet]]:
        if not submission_ids:
            return {}
        where, where_params = self._where()
        table = SearchEntry._meta.db_table
        if self.query.is_empty:
            # Enough to cut it between words (_window) below.
            headline, headline_params = f"left({_HIDDEN_T}, %s)", [2 * SNIPPET_CHARS]
            limit = SNIPPETS_PER_RECORD
        else:
            headline = f"ts_headline('{SEARCH_CONFIG}', {_HIDDEN_T}, %s::tsquery, %s)"
            headline_params = [self.any, _HEADLINE_OPTIONS]
            limit = HITS_PER_RECORD
        # Which clauses of the query each hit meets, as bits (everyday_only).
        met = [(i, clause) for i, clause in enumerate(self.clauses) if clause]
        mask = " + ".join(
            f"(CASE WHEN e.vector @@ %s::tsquery THEN {1 << i} ELSE 0 END)" for i, _ in met
        )
        # Per conversation its entries in chat order, each tested until `limit` hits are
        # found: a long conversation's other messages are not read (as in _related_postgres).
        sql = f"""
            SELECT t.id, t.submission_id, t.message_id, t.media_id, t.source, t.seq, t.sent_at,
                   {headline}, t.text, t.clauses, w.woorden
            FROM unnest(%s::bigint[]) AS s(submission_id)
            JOIN LATERAL (
                SELECT e.id, e.submission_id, e.message_id, e.media_id, e.source, e.seq,
                       e.sent_at, e.text, {mask or "0"} AS clauses
                FROM (
                    SELECT id, submission_id, message_id, media_id, source, seq, sent_at, text,
                           vector, zaak_id, zaaktype, afdeling, gesprekspartner
                    FROM {table}
                    WHERE submission_id = s.submission_id AND source <> '{EntrySource.ONDERWERP}'
                    ORDER BY seq, id
                    OFFSET 0
                ) e
                WHERE {" AND ".join(where) or "TRUE"}
                ORDER BY e.seq, e.id
                LIMIT %s
            ) t ON TRUE
            LEFT JOIN {SearchEntryWords._meta.db_table} w ON w.entry_id = t.id
            ORDER BY t.submission_id, t.seq, t.id
        """
        params = [
            *headline_params,
            list(submission_ids),
            *(clause for _, clause in met),
            *where_params,
            limit,
        ]
        result: dict[int, list[Snippet]] = {}
        with connection.cursor() as cursor:
            _run(cursor, "hits", sql, params)  # prepared per text (PREPARED_SHAPES)
            for row in cursor:
                entry_id, sid, message_id, media_id, source, seq, sent_at, html, text = row[:9]
                bits, words = row[9:]
                if self.query.is_empty:
                    html = _window(html)
                result.setdefault(sid, []).append(
                    Snippet(
                        entry_id,
                        message_id,
                        media_id,
                        source,
                        seq,
                        sent_at,
                        _marked(html),
                        text=text,
                        clauses=frozenset(i for i, _ in met if bits & (1 << i)),
                        words=words,
                    )
                )
        return result

    def subjects(self, texts: dict[int, str]) -> dict[int, SafeString]:
        """Per record (id -> its redacted subject): the subject with the query's words marked,
        for those that hold one."""
        texts = {sid: clean_index_text(text) for sid, text in texts.items()}
        texts = {sid: text for sid, text in texts.items() if text}
        if not texts or self.query.is_empty:
            return {}
        sql = f"""
            SELECT x.sid, ts_headline('{SEARCH_CONFIG}', {_HIDDEN_X}, %s::tsquery, %s)
            FROM unnest(%s::bigint[], %s::text[]) AS x(sid, text)
            WHERE to_tsvector('{SEARCH_CONFIG}', {_HIDDEN_X}) @@ %s::tsquery
        """
        params = [self.any, _FULL_HEADLINE_OPTIONS, list(texts), list(texts.values()), self.any]
        with connection.cursor() as cursor:
            _run(cursor, "subjects", sql, params)  # prepared per text (PREPARED_SHAPES)
            return {sid: render_highlight(text) for sid, text in cursor.fetchall()}

    def headed_subjects(self, subjects: dict[int, SafeString], texts: dict[int, str]) -> set[int]:
        """Of the records whose subject holds a word of the query (subjects), those whose
        subject holds one that is no synonym the search adds: a team chat named "Team
        vergunningen en erfgoed" is not about a "monument" because the team's list makes
        "erfgoed" a synonym of it; headed, every line of its own subject words was shown with
        the hits (round 56, set 33: R4's precision 82% -> 57% with the group). No query when
        the query has no synonyms.

        Round 58: a conversation of TEAM_WRITERS_FROM writers or more is a team's running chat,
        named after the team ("Team handhaving boa's", "Buitendienst wijkteam Noord"), not
        after one of its subjects: its subject heads it only where it holds every word of the
        query. Headed by the team's word of "werkkleding buitendienst", the outdoor team's
        chat showed its first lines and the lines of its own subject words, about gritting
        and fountains (set 35's R12: 32% precision). A chat of two is named after what it is
        about ("Werkkleding") and is headed by any word of the query, as before. No query
        when the query has one word and no synonyms."""
        if not subjects or (self.own == self.any and not self.own_every):
            return set(subjects)
        if not self.own:
            return set()
        texts = {sid: clean_index_text(texts[sid]) for sid in subjects if sid in texts}
        vector = f"to_tsvector('{SEARCH_CONFIG}', {_HIDDEN_X})"
        team = ""
        params: list = [list(texts), list(texts.values()), self.own]
        if self.own_every:
            team = (
                f" AND ({vector} @@ %s::tsquery OR (SELECT count(*) FROM"
                f" {Participant._meta.db_table} p WHERE p.submission_id = x.sid) < %s)"
            )
            params += [self.own_every, TEAM_WRITERS_FROM]
        sql = f"""
            SELECT x.sid FROM unnest(%s::bigint[], %s::text[]) AS x(sid, text)
            WHERE {vector} @@ %s::tsquery{team}
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {sid for (sid,) in cursor.fetchall()}

    def only_stop_words(self) -> bool:
        return self.empty


def _kind_of(alternative, clause) -> bool:
    """Whether an alternative names the typed word of its clause as written or a kind of it: a
    compound the search adds that ends in the typed word ("parkfestival" of "festival"), no
    part and no prefix completion ("rupsbaan" is no kind of "rupsen")."""
    if alternative.typed:
        return False  # the typed word itself is taken as written (without its prefix)
    if alternative.part or alternative.kind != "exact":
        return False
    text = alternative.text
    return any(
        a.typed
        and len(a.text) >= MIN_KIND_HEAD
        and len(text) > len(a.text)
        and text.endswith(a.text)
        for a in clause
    )


def _typed_pairs(query: ParsedQuery) -> list[str]:
    """Each two words typed next to each other (stop words between them kept), as the text of a
    phrase: "kort geding" and "geding aanbesteding" of "kort geding aanbesteding". A
    conversation missing one word of a query of three or more but writing two of its words as
    the officer typed them ("dagvaarding in kort geding") holds one thing the query names, not
    two words by chance: a match (_PostgresSearch.groups). Round 21 (set 16)."""
    words = [
        clause[0].text
        for clause in query.clauses
        if len(clause) == 1 and not clause[0].phrase and " " not in clause[0].text
    ]
    if len(words) != len(query.clauses):
        return []  # an OR or a phrase: the typed order says nothing of adjacency
    content = [i for i, word in enumerate(words) if word.lower() not in STOP_WORDS]
    return [" ".join(words[i : j + 1]) for i, j in zip(content, content[1:], strict=False)]


# What PostgreSQL makes of an alternative as tsquery text (parser, Dutch stemmer) does not change
# while the process runs, and paging through results or searching again asks for it again: kept
# per database (bounded), so a search makes one round trip less.
TSQUERY_CACHE_SIZE = 10_000
_tsquery_cache: dict[tuple[str, str, str], tuple[str, ...]] = {}


def _tsquery_parts(alternative) -> tuple[list[str], list[str]]:
    if alternative.kind == "phrase":
        parts = [
            f"phraseto_tsquery('{SEARCH_CONFIG}', %s)::text",
            f"plainto_tsquery('{SEARCH_CONFIG}', %s)::text",
        ]
        return parts, [alternative.text, alternative.text]
    if alternative.kind == "word_prefix":
        return ["to_tsquery('simple', %s)::text"], [alternative.text + ":*"]
    if alternative.kind == "together":  # already tsquery syntax (woo.expansion._head_together)
        return [f"to_tsquery('{SEARCH_CONFIG}', %s)::text"], [alternative.text]
    suffix = ":*" if alternative.kind == "prefix" else ""
    return [f"to_tsquery('{SEARCH_CONFIG}', %s)::text"], [alternative.text + suffix]


def _tsquery_texts(alternatives: list) -> list[str]:
    """The tsquery text of each alternative (Expansion), for a phrase followed by it loosened
    to all words; those not known yet from PostgreSQL in one round trip."""
    database = connection.settings_dict.get("NAME") or ""
    keys = [(database, a.kind, a.text) for a in alternatives]
    if len(_tsquery_cache) + len(keys) > TSQUERY_CACHE_SIZE:
        _tsquery_cache.clear()
    missing = {
        key: a for key, a in zip(keys, alternatives, strict=True) if key not in _tsquery_cache
    }
    if missing:
        parts, params, sizes = [], [], []
        for alternative in missing.values():
            more, values = _tsquery_parts(alternative)
            parts += more
            params += values
            sizes.append(len(more))
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {', '.join(parts)}", params)
            row = list(cursor.fetchone())
        for key, size in zip(missing, sizes, strict=True):
            _tsquery_cache[key], row = tuple(row[:size]), row[size:]
    return [text for key in keys for text in _tsquery_cache[key]]


def _or(texts: list[str]) -> str:
    return " | ".join(f"( {text} )" for text in texts if text)


# The texts the database highlights, their placeholders hidden (render_highlight).
_HIDDEN_T = hide_placeholders_sql("t.text")
_HIDDEN_X = hide_placeholders_sql("x.text")


def _marked(text: str) -> SafeString:
    if not text.endswith((".", "!", "?", "…")) and len(text) >= SNIPPET_CHARS:
        text += " …"
    return render_highlight(text)


# The texts of the search's statements built per query (the hits, their subjects, the
# exchange's windows, the related messages: one text per shape of query, its clauses and
# filters) with the name each is prepared under (accounts.prepared); the values, the query's
# tsqueries among them, are EXECUTE's parameters. Parsing and planning them was ~0.3-0.5 ms of
# backend CPU each, ~0.9 ms a request (1M-message bench, stop 57); their generic plans are the
# custom ones (the conversations' LATERAL index scans on (submission_id, seq)), the rows the
# same. A few dozen shapes in practice; past PREPARED_SHAPES a text is sent as it is, so a
# connection holds no unbounded set of statements.
PREPARED_SHAPES = 64
_prepared_shapes: dict[str, str] = {}


def _run(cursor, kind: str, sql: str, params: list) -> None:
    """cursor.execute(sql, params), as a statement prepared per text (`kind`: its name's
    start) while fewer than PREPARED_SHAPES texts are."""
    name = _prepared_shapes.get(sql)
    if name is None and len(_prepared_shapes) < PREPARED_SHAPES:
        digest = hashlib.sha1(sql.encode(), usedforsecurity=False).hexdigest()[:16]
        name = _prepared_shapes[sql] = f"woo_{kind}_{digest}"
    if name is None:
        cursor.execute(sql, params)
    else:
        prepared.execute(cursor, name, sql, params)


class _SimpleSearch:
    """LIKE search for the embedded SQLite default: substrings, no stemming."""

    def __init__(self, query: ParsedQuery, filters: SearchFilters, expansion: Expansion, mode: str):
        self.query = query
        self.filters = filters
        self.mode = mode
        self.clauses = [
            _with_hyphens([n.lower() for n in needles]) for needles in expansion.needles
        ]
        # Per clause the needles of the typed words (SUBJECT_NAMES_FROM).
        self.typed_clauses = [
            [n.lower() for a, n in zip(alternatives, needles, strict=False) if a.typed]
            for alternatives, needles in zip(expansion.clauses, expansion.needles, strict=True)
        ]
        self.labels = [
            " of ".join(a.text for a in clause if a.typed) or (clause[0].text if clause else "")
            for clause in expansion.clauses
        ]
        self.absent: list[str] = []  # typed words no conversation holds (_absent_fallback)
        self.partial_ids: set[int] = set()
        self.needles = [needle for clause in self.clauses for needle in clause]
        words = [t.text for clause in query.clauses if len(clause) == 1 for t in clause]
        self.phrase = " ".join(words).lower() if len(words) > 1 else ""

    @property
    def empty(self) -> bool:
        return not self.clauses

    def _queryset(self):
        entries = SearchEntry.objects.all()
        if self.mode == MODE_MESSAGE or len(self.clauses) == 1:
            for clause in self.clauses:
                entries = entries.filter(_any_of(clause))
        elif self.clauses:
            entries = entries.filter(_any_of(self.needles))
        for term in self.query.excluded:
            if term.text.lower() not in self.excluded_in_python:
                entries = entries.exclude(text__icontains=term.text)
        if self.query.years:
            typed = "|".join(str(year) for year in self.query.years)
            entries = entries.exclude(
                Q(text__regex=_NAMED_YEAR) & ~Q(text__regex=rf"\b({typed})\b")
            )
        if self.query.is_empty:  # filters alone list messages; the subject is none
            entries = entries.exclude(source=EntrySource.ONDERWERP)
        filters = self.filters
        entries = entries.filter(**filters.columns())
        start, end = filters.period()
        if start is not None:
            entries = entries.filter(sent_at__gte=start)
        if end is not None:
            entries = entries.filter(sent_at__lt=end)
        return entries

    def covers(self, submission_id: int) -> bool:
        """Whether the record holds every word of the query (not only all but one)."""
        met: set[int] = set()
        texts = SearchEntry.objects.filter(submission_id=submission_id).values_list(
            "text", flat=True
        )
        for text in texts:
            met |= self._clauses_met(text)
        return len(met) == len(self.clauses)

    def _clauses_met(self, text: str) -> set[int]:
        lowered = hide_placeholders(text).lower()
        return {i for i, clause in enumerate(self.clauses) if any(n in lowered for n in clause)}

    @cached_property
    def excluded_in_python(self) -> frozenset[str]:
        """The words left out ("-naam") that LIKE would also find inside a placeholder: those
        are left out by `matches`, which reads the text without its placeholders."""
        placeholders = PLACEHOLDER_TEXTS.lower()
        terms = {term.text.lower() for term in self.query.excluded}
        return frozenset(term for term in terms if term and term in placeholders)

    def matches(self, text: str) -> bool:
        """Whether a text LIKE found holds the query's words outside its placeholders (LIKE
        reads them as text: "mail" finds "[E-MAILADRES]"), and none left out."""
        if self.excluded_in_python:
            lowered = hide_placeholders(text).lower()
            if any(term in lowered for term in self.excluded_in_python):
                return False
        if self.query.is_empty:
            return True
        met = self._clauses_met(text)
        needed = len(self.clauses) if self.mode == MODE_MESSAGE or len(self.clauses) == 1 else 1
        return len(met) >= needed

    def _typed_met(self, text: str) -> set[int]:
        lowered = hide_placeholders(text).lower()
        return {i for i, typed in enumerate(self.typed_clauses) if any(n in lowered for n in typed)}

    def _score(self, text: str, sent_at: datetime | None) -> float:
        if self.query.is_empty:
            return sent_at.timestamp() if sent_at else 0.0
        lowered = hide_placeholders(text).lower()
        score = sum(lowered.count(needle) for needle in self.needles) / (1 + len(lowered) / 200)
        if self.phrase and self.phrase in lowered:
            score += 10.0
        if len(self._clauses_met(text)) == len(self.clauses):
            score += 1.0
        if self.query.years and self._in_years(lowered, sent_at):
            score += YEAR_BONUS
        return score

    def _in_years(self, lowered: str, sent_at: datetime | None) -> bool:
        start, end = years_period(self.query.years)
        typed = "|".join(str(year) for year in self.query.years)
        return bool(sent_at and start <= sent_at < end) or bool(
            re.search(rf"\b({typed})\b", lowered)
        )

    @staticmethod
    def _holding_most(met: dict[int, set[int]], n: int, needed: int) -> int:
        """The words a conversation must hold: as _PostgresSearch._holding_most, the most any
        holds where every word is held somewhere but none holds `needed` (round 53)."""
        held = set().union(*met.values()) if met else set()
        most = max((len(found) for found in met.values()), default=0)
        holding = sum(1 for found in met.values() if len(found) == most)
        if n < RAREST_HELD_FROM or len(held) < n or not 0 < most < needed:
            return needed
        return most if holding <= ANY_MISSING_AT_MOST else needed

    def groups(self) -> tuple[list[tuple[int, int, float]], bool]:
        rows = list(
            self._queryset()
            .order_by("-sent_at", "-pk")
            .values_list("submission_id", "text", "sent_at", "source")[: CANDIDATE_LIMIT + 1]
        )
        capped = len(rows) > CANDIDATE_LIMIT
        grouped: dict[int, list[float]] = {}
        met: dict[int, set[int]] = {}
        subjects: dict[int, int] = {}  # the subject is no hit: not counted
        n = len(self.clauses)
        for submission_id, text, sent_at, source in rows[:CANDIDATE_LIMIT]:
            if not self.matches(text):
                continue  # LIKE found a word only inside a placeholder ("mail" in [E-MAILADRES])
            grouped.setdefault(submission_id, []).append(self._score(text, sent_at))
            met.setdefault(submission_id, set()).update(self._clauses_met(text))
            if source == EntrySource.ONDERWERP:
                subjects[submission_id] = 1
                named = self.mode == MODE_CONVERSATION and n >= SUBJECT_NAMES_FROM
                if named and len(self._typed_met(text)) >= n - 1:  # SUBJECT_NAMES_FROM
                    met[submission_id] = set(range(n))
        full = [sid for sid in grouped if self.query.is_empty or len(met[sid]) == n]
        needed = n
        commonest = None  # the clause whose absence alone still lists a conversation
        if self.mode == MODE_CONVERSATION and n > 1 and len(full) < FALLBACK_BELOW:
            needed = n - 1  # the fallback, as on PostgreSQL
            held = set().union(*met.values()) if met else set()
            if n <= 2 * len(held) < 2 * n and all(len(found) < needed for found in met.values()):
                # Words no conversation holds are left out of the count (_absent_fallback).
                needed = max(1, len(held) - 1)
                self.absent = [label for i, label in enumerate(self.labels) if i not in held]
            needed = self._holding_most(met, n, needed)
        elif self.mode == MODE_CONVERSATION and n > 1:
            counts = [sum(1 for sid in grouped if i in met[sid]) for i in range(n)]
            partial = sum(1 for sid in grouped if len(met[sid]) == n - 1)
            if n >= ANY_MISSING_FROM and partial <= ANY_MISSING_AT_MOST:
                needed = n - 1
            elif counts.count(max(counts)) == 1:
                commonest = counts.index(max(counts))
        self.partial_ids = {sid for sid in grouped if n and len(met[sid]) < n}
        groups = [
            (
                sid,
                len(scores) - subjects.get(sid, 0),
                max(scores) + (100.0 if len(met[sid]) == n else 0.0),
            )
            for sid, scores in grouped.items()
            if self.query.is_empty
            or len(met[sid]) >= needed
            or (commonest is not None and met[sid] == set(range(n)) - {commonest})
        ]
        groups.sort(key=lambda group: (-group[2], -group[0]))
        return groups, capped

    def snippets(self, submission_ids: list[int]) -> dict[int, list[Snippet]]:
        entries = (
            self._queryset()
            .filter(submission_id__in=submission_ids)
            .exclude(source=EntrySource.ONDERWERP)
        )
        limit = SNIPPETS_PER_RECORD if self.query.is_empty else HITS_PER_RECORD
        result: dict[int, list[Snippet]] = {}
        for entry in entries.order_by("submission_id", "seq", "pk"):
            if not self.matches(entry.text):
                continue
            hits = result.setdefault(entry.submission_id, [])
            if len(hits) >= limit:
                continue
            hits.append(
                Snippet(
                    entry.pk,
                    entry.message_id,
                    entry.media_id,
                    entry.source,
                    entry.seq,
                    entry.sent_at,
                    _marked(highlight_simple(entry.text, self.needles)),
                    text=entry.text,
                    clauses=frozenset(self._clauses_met(entry.text)),
                )
            )
        return result

    def subjects(self, texts: dict[int, str]) -> dict[int, SafeString]:
        """Per record (id -> its redacted subject): the subject with the query's words marked,
        for those that hold one."""
        if self.query.is_empty:
            return {}
        result = {}
        for sid, text in texts.items():
            text = clean_index_text(text)
            if text and any(needle in hide_placeholders(text).lower() for needle in self.needles):
                result[sid] = render_highlight(mark_all(text, self.needles))
        return result

    def headed_subjects(self, subjects: dict[int, SafeString], texts: dict[int, str]) -> set[int]:
        """As _PostgresSearch.headed_subjects; here every subject that holds a word."""
        return set(subjects)

    def only_stop_words(self) -> bool:
        return False


def _with_hyphens(needles: list[str]) -> list[str]:
    """A needle of two words also as one hyphenated compound: the expansion writes
    'procureurs generaal' where a chat writes 'procureurs-generaal' (LIKE has no tokenizer)."""
    extra = [n.replace(" ", "-") for n in needles if " " in n]
    return needles + [n for n in extra if n not in needles]


def _any_of(needles: list[str]) -> Q:
    condition = Q()
    for needle in needles:
        condition |= Q(text__icontains=needle)
    return condition


def highlight_simple(text: str, needles: list[str], width: int = SNIPPET_CHARS) -> str:
    """Mark every occurrence of the needles and cut a window around the first one (placeholders
    hidden: see render_highlight)."""
    text = hide_placeholders(text)
    needles = [needle for needle in needles if needle]
    if not needles:
        return text if len(text) <= width else _cut(text, 0, width)
    pattern = re.compile("|".join(re.escape(needle) for needle in needles), re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - width // 3) if first else 0
    window = _cut(text, start, start + width, keep=first.start() if first else 0)
    return pattern.sub(lambda m: f"{HIGHLIGHT_START}{m.group(0)}{HIGHLIGHT_END}", window)


@dataclass(frozen=True)
class RecordHit:
    """A hit inside one record: the message (or its image text) with every match marked."""

    message_id: int | None
    media_id: int | None
    seq: int
    source: str
    html: SafeString
    related: bool = False  # no hit, but on the subject of the hits (woo.relevance)
    entry_id: int | None = None
    exchange: bool = False  # related as the continuation of a hit's exchange
    text: str = ""  # the indexed text of a hit (for context_anchors), not shown


_FULL_HEADLINE_OPTIONS = f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_END}, HighlightAll=true"


def record_hits(query: ParsedQuery, submission_id: int, *, mode: str = MODE_CONVERSATION):
    """Every hit of the query in one record, in chat order, with the whole text highlighted.

    The same matching as the result list: per conversation every message with one of the
    words (or their alternatives) is a hit, per message only those with all of them.
    """
    if query.is_empty:
        return []
    mode = mode if mode in MODES else MODE_CONVERSATION
    filters = SearchFilters()
    expansion = expand(query, archive_size=entry_total)
    entries = SearchEntry.objects.filter(submission_id=submission_id)
    hits = []
    if uses_postgres_search():
        backend = _PostgresSearch(query, filters, expansion, mode)
        if backend.empty:
            return []
        where, params = backend._match()
        sql = f"""
            SELECT e.message_id, e.media_id, e.seq, e.source,
                   ts_headline('{SEARCH_CONFIG}', {hide_placeholders_sql("e.text")}, %s::tsquery, %s),
                   e.id, e.text
            FROM (
                SELECT id, message_id, media_id, seq, source, text, vector
                FROM {SearchEntry._meta.db_table}
                WHERE submission_id = %s AND source <> '{EntrySource.ONDERWERP}'
                OFFSET 0
            ) e
            WHERE {" AND ".join(where)}
            ORDER BY e.seq, e.id
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [backend.any, _FULL_HEADLINE_OPTIONS, submission_id, *params])
            for message_id, media_id, seq, source, html, entry_id, text in cursor:
                hits.append(
                    RecordHit(
                        message_id,
                        media_id,
                        seq,
                        source,
                        render_highlight(html),
                        False,
                        entry_id,
                        text=text,
                    )
                )
        return _with_related(hits, backend, submission_id, mode)
    backend = _SimpleSearch(query, filters, expansion, mode)
    if backend.empty:
        return []
    entries = entries.exclude(source=EntrySource.ONDERWERP)
    for entry in backend._queryset().filter(pk__in=entries.values("pk")).order_by("seq", "pk"):
        if not backend.matches(entry.text):
            continue
        marked = mark_all(entry.text, backend.needles)
        hits.append(
            RecordHit(
                entry.message_id,
                entry.media_id,
                entry.seq,
                entry.source,
                render_highlight(marked),
                False,
                entry.pk,
                text=entry.text,
            )
        )
    return _with_related(hits, backend, submission_id, mode)


def _with_related(hits: list[RecordHit], backend, submission_id: int, mode: str) -> list[RecordHit]:
    """The hits plus the conversation's related messages, as the result list shows them: per
    conversation, and only in a conversation that holds every word."""
    if mode != MODE_CONVERSATION or not backend.covers(submission_id):
        return hits
    subject = Submission.objects.filter(pk=submission_id).values_list(
        "onderwerp_redacted", flat=True
    )
    texts = {submission_id: subject.first() or ""}
    headed = backend.headed_subjects(backend.subjects(texts), texts)
    if not hits and not headed:
        return hits
    kept = anchor_snippets({submission_id: hits}).get(submission_id, [])
    hit_ids = {submission_id: {hit.entry_id for hit in kept}} if kept else {}
    rows = []
    if related_shown([submission_id], headed):
        rows = related_by_record(hit_ids, getattr(backend, "any", ""), headed).get(
            submission_id, []
        )
    shown = {hit.entry_id for hit in hits}
    extra = [
        RecordHit(
            message_id,
            media_id,
            seq,
            source,
            render_highlight(mark_words(text, words, HIGHLIGHT_START, HIGHLIGHT_END)),
            True,
            entry_id,
        )
        for (entry_id, message_id, media_id, source, seq, _sent_at, text), words in rows
        if entry_id not in shown
    ]
    anchors = {submission_id: [(h.entry_id, h.seq) for h in [*kept, *extra] if h.entry_id]}
    openers = topic_openers({submission_id: kept})
    extra += [
        RecordHit(
            message_id,
            media_id,
            seq,
            source,
            render_highlight(text),
            True,
            entry_id,
            exchange=True,
        )
        for entry_id, message_id, media_id, source, seq, _sent_at, text in exchange_by_record(
            anchors, headed, openers
        ).get(submission_id, [])
        if entry_id not in shown
    ]
    return sorted([*hits, *extra], key=lambda hit: (hit.seq, hit.entry_id or 0))


def hit_with_exchange(hits, message_id: int) -> list[int]:
    """The message of a hit (record_hits) with the messages shown as its vervolg: those marked
    vervolg between the hit before it and the hit after it, in chat order. What the result
    list shows around the hit (round 62: an exchange is followed reply by reply, so no fixed
    number of messages around it); [] when the message is no hit."""
    direct = [hit for hit in hits if not hit.related and hit.message_id is not None]
    seqs = sorted({hit.seq for hit in direct})
    own = [hit.seq for hit in direct if hit.message_id == message_id]
    if not own:
        return []
    seq = own[0]
    low = max((s for s in seqs if s < seq), default=-1)
    high = min((s for s in seqs if s > seq), default=None)
    ids = [message_id]
    for hit in hits:
        if (
            hit.related
            and hit.exchange
            and hit.message_id is not None
            and low < hit.seq
            and (high is None or hit.seq < high)
            and hit.message_id not in ids
        ):
            ids.append(hit.message_id)
    return ids


def _window(marked: str, width: int = SNIPPET_CHARS) -> str:
    """A window of marked text around its first mark, cut between words (marks are never cut
    in half)."""
    if len(marked) <= width:
        return marked
    first = marked.find(HIGHLIGHT_START)
    start = max(0, first - width // 3) if first > 0 else 0
    return _cut(marked, start, start + width, keep=max(first, 0))


def _cut(text: str, start: int, end: int, keep: int = 0) -> str:
    """text[start:end] widened or narrowed to whole words, with "… " before and " …" after
    where it is cut; `keep` is a position the window must still hold (the first mark)."""
    if start > 0 and not text[start - 1].isspace():
        space = _SPACE.search(text, start, max(keep, start))
        start = space.end() if space else start
    if end < len(text) and not text[end].isspace():
        spaces = [m.start() for m in _SPACE.finditer(text, max(start, keep) + 1, end)]
        end = spaces[-1] if spaces else end
    window = text[start:end].strip()
    opened, closed = window.find(HIGHLIGHT_START), window.find(HIGHLIGHT_END)
    if closed != -1 and (opened == -1 or closed < opened):
        window = HIGHLIGHT_START + window  # cut inside a marked phrase
    if window.count(HIGHLIGHT_START) > window.count(HIGHLIGHT_END):
        window += HIGHLIGHT_END
    return ("… " if start > 0 else "") + window + (" …" if end < len(text) else "")


def mark_all(text: str, needles: list[str]) -> str:
    """Mark every occurrence of the needles in the whole text (placeholders hidden: see
    render_highlight)."""
    text = hide_placeholders(text)
    needles = [needle for needle in needles if needle]
    if not needles:
        return text
    pattern = re.compile("|".join(re.escape(needle) for needle in needles), re.IGNORECASE)
    return pattern.sub(lambda m: f"{HIGHLIGHT_START}{m.group(0)}{HIGHLIGHT_END}", text)
