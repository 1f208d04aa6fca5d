"""Searching the index of archived records: ranked, grouped per record, highlighted.

PostgreSQL does full-text search with the Dutch configuration on the stored vector (GIN index).
To stay fast on millions of messages it ranks a bounded set of candidates, counts hits per
record with one grouped query, and builds snippets (ts_headline) only for the page shown.
The embedded SQLite default searches with LIKE (case-insensitive for ASCII) and ranks in
Python; the page tells the user so.
"""

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db import connection
from django.db.models import Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from chats.models import Submission

from .indexing import HIGHLIGHT_END, HIGHLIGHT_START, SEARCH_CONFIG, uses_postgres_search
from .models import SearchEntry
from .query import ParsedQuery
from .records import record_reference

# Messages ranked per search: beyond this the result is marked as incomplete and the user is
# asked to narrow the search. Ranking every match of a common word costs more than it tells.
CANDIDATE_LIMIT = 10000
RECORDS_PER_PAGE = 10
SNIPPETS_PER_RECORD = 3
SNIPPET_CHARS = 220
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


@dataclass(frozen=True)
class Snippet:
    """One hit shown under a record: a message or the text of an image, highlighted."""

    entry_id: int
    message_id: int | None
    media_id: int | None
    source: str
    seq: int
    sent_at: datetime | None
    html: SafeString


@dataclass(frozen=True)
class RecordHits:
    """A record with its number of hits and the best few shown."""

    submission: Submission
    hits: int
    rank: float
    snippets: tuple[Snippet, ...]

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


def render_highlight(marked: str) -> SafeString:
    """Escape text and turn our private highlight markers into <mark> tags (and nothing else)."""
    html = escape(marked)
    html = html.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>")
    return mark_safe(html)  # noqa: S308 - everything but our own tags is escaped above


def _page_numbers(page: int, pages: int) -> tuple[int, ...]:
    window = range(max(1, page - 3), min(pages, page + 3) + 1)
    return tuple(sorted({1, pages, *window})) if pages else ()


def search(
    query: ParsedQuery, filters: SearchFilters, *, page: int = 1, per_page: int = RECORDS_PER_PAGE
) -> SearchOutcome:
    """Records matching the query and filters, best first, one page of them with snippets."""
    full_text = uses_postgres_search()
    if query.is_empty and filters.is_empty:
        notice = ""
        if query.excluded:
            notice = "Geef ten minste één woord op dat wel moet voorkomen."
        return SearchOutcome((), 0, 0, False, 1, 0, full_text, notice=notice, searched=False)
    backend = _PostgresSearch(query, filters) if full_text else _SimpleSearch(query, filters)
    groups, capped = backend.groups()
    pages = max(1, math.ceil(len(groups) / per_page))
    page = min(max(1, page), pages)
    shown = groups[(page - 1) * per_page : page * per_page]
    snippets = backend.snippets([submission_id for submission_id, _, _ in shown])
    submissions = _records([submission_id for submission_id, _, _ in shown])
    records = tuple(
        RecordHits(
            submission=submissions[submission_id],
            hits=hits,
            rank=rank,
            snippets=tuple(snippets.get(submission_id, ())),
        )
        for submission_id, hits, rank in shown
        if submission_id in submissions
    )
    notice = ""
    if not groups and full_text and not query.is_empty and backend.only_stop_words():
        notice = (
            "Uw zoekopdracht bevat alleen veelvoorkomende woorden (zoals ‘de’ of ‘het’), "
            "waarop niet gezocht wordt. Voeg een specifieker woord toe."
        )
    return SearchOutcome(
        records=records,
        record_count=len(groups),
        hit_count=sum(hits for _, hits, _ in groups),
        capped=capped,
        page=page,
        pages=pages if groups else 0,
        full_text=full_text,
        notice=notice,
        page_numbers=_page_numbers(page, pages) if groups else (),
    )


def _records(submission_ids: list[int]) -> dict[int, Submission]:
    """The shown records with what the result list displays (archived ones only)."""
    if not submission_ids:
        return {}
    records = (
        Submission.objects.archived()
        .filter(pk__in=submission_ids)
        .select_related("zaak")
        .only(
            "pk",
            "onderwerp_redacted",
            "afdeling",
            "gesprekspartner",
            "periode_van",
            "periode_tot",
            "archived_at",
            "message_count",
            "zaak__zaaknummer",
            "zaak__omschrijving",
        )
    )
    return {record.pk: record for record in records}


class _PostgresSearch:
    def __init__(self, query: ParsedQuery, filters: SearchFilters):
        self.query = query
        self.filters = filters
        self.websearch = query.websearch()
        # A query of several plain words ranks messages with those words as an exact phrase
        # first: cover density alone can let a long message with scattered words win.
        words = [t.text for clause in query.clauses if len(clause) == 1 for t in clause]
        plain = all(len(clause) == 1 and not clause[0].phrase for clause in query.clauses)
        self.phrase = " ".join(words) if plain and len(words) > 1 else ""

    def _where(self, alias: str = "e") -> tuple[list[str], list]:
        clauses, params = [], []
        # Exclusions alone (with a filter) still exclude: "-dak" becomes !'dak'.
        if not self.query.is_empty or self.query.excluded:
            clauses.append(f"{alias}.vector @@ websearch_to_tsquery('{SEARCH_CONFIG}', %s)")
            params.append(self.websearch)
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
        sql = f"ts_rank_cd({alias}.vector, websearch_to_tsquery('{SEARCH_CONFIG}', %s), 1)"
        params = [self.websearch]
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
        # Filters alone: the newest messages first (the (zaak, sent_at) and sent_at indexes
        # serve this); a text query takes candidates as the GIN index yields them.
        order = "ORDER BY e.sent_at DESC NULLS LAST" if self.query.is_empty else ""
        sql = f"""
            WITH candidates AS (
                SELECT e.submission_id, {rank} AS rank
                FROM {table} e
                WHERE {" AND ".join(where)}
                {order}
                LIMIT %s
            ),
            kept AS (SELECT * FROM candidates LIMIT %s)
            SELECT submission_id, count(*) AS hits, max(rank) AS best,
                   (SELECT count(*) FROM candidates) AS total
            FROM kept
            GROUP BY submission_id
            ORDER BY best DESC, submission_id DESC
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [*rank_params, *where_params, CANDIDATE_LIMIT + 1, CANDIDATE_LIMIT])
            rows = cursor.fetchall()
        capped = bool(rows) and rows[0][3] > CANDIDATE_LIMIT
        return [(sid, hits, float(best)) for sid, hits, best, _ in rows], capped

    def snippets(self, submission_ids: list[int]) -> dict[int, list[Snippet]]:
        if not submission_ids:
            return {}
        where, where_params = self._where()
        rank, rank_params = self._rank()
        table = SearchEntry._meta.db_table
        if self.query.is_empty:
            headline, headline_params = "left(t.text, %s)", [SNIPPET_CHARS]
            order = "r.seq"
        else:
            headline = f"ts_headline('{SEARCH_CONFIG}', t.text, websearch_to_tsquery('{SEARCH_CONFIG}', %s), %s)"
            headline_params = [self.websearch, _HEADLINE_OPTIONS]
            order = "r.rank DESC, r.seq"
        sql = f"""
            SELECT t.id, t.submission_id, t.message_id, t.media_id, t.source, t.seq, t.sent_at,
                   {headline}
            FROM (
                SELECT r.*,
                       row_number() OVER (PARTITION BY r.submission_id ORDER BY {order}) AS n
                FROM (
                    SELECT e.id, e.submission_id, e.message_id, e.media_id, e.source, e.seq,
                           e.sent_at, e.text, {rank} AS rank
                    FROM {table} e
                    WHERE e.submission_id = ANY(%s) AND {" AND ".join(where)}
                ) r
            ) t
            WHERE t.n <= %s
            ORDER BY t.submission_id, t.n
        """
        params = [
            *headline_params,
            *rank_params,
            list(submission_ids),
            *where_params,
            SNIPPETS_PER_RECORD,
        ]
        result: dict[int, list[Snippet]] = {}
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for entry_id, sid, message_id, media_id, source, seq, sent_at, text in cursor:
                result.setdefault(sid, []).append(
                    Snippet(entry_id, message_id, media_id, source, seq, sent_at, _marked(text))
                )
        return result

    def only_stop_words(self) -> bool:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT numnode(websearch_to_tsquery('{SEARCH_CONFIG}', %s))", [self.websearch]
            )
            return cursor.fetchone()[0] == 0


def _marked(text: str) -> SafeString:
    if not text.endswith((".", "!", "?", "…")) and len(text) >= SNIPPET_CHARS:
        text += " …"
    return render_highlight(text)


class _SimpleSearch:
    """LIKE search for the embedded SQLite default: every word must occur, no stemming."""

    def __init__(self, query: ParsedQuery, filters: SearchFilters):
        self.query = query
        self.filters = filters
        self.needles = [term.text.lower() for term in query.positive_terms()]
        words = [t.text for clause in query.clauses if len(clause) == 1 for t in clause]
        self.phrase = " ".join(words).lower() if len(words) > 1 else ""

    def _queryset(self):
        entries = SearchEntry.objects.all()
        for clause in self.query.clauses:
            condition = Q()
            for term in clause:
                condition |= Q(text__icontains=term.text)
            entries = entries.filter(condition)
        for term in self.query.excluded:
            entries = entries.exclude(text__icontains=term.text)
        filters = self.filters
        entries = entries.filter(**filters.columns())
        start, end = filters.period()
        if start is not None:
            entries = entries.filter(sent_at__gte=start)
        if end is not None:
            entries = entries.filter(sent_at__lt=end)
        return entries

    def _score(self, text: str, sent_at: datetime | None) -> float:
        if self.query.is_empty:
            return sent_at.timestamp() if sent_at else 0.0
        lowered = text.lower()
        score = sum(lowered.count(needle) for needle in self.needles) / (1 + len(lowered) / 200)
        if self.phrase and self.phrase in lowered:
            score += 10.0
        return score

    def groups(self) -> tuple[list[tuple[int, int, float]], bool]:
        rows = list(
            self._queryset()
            .order_by("-sent_at", "-pk")
            .values_list("submission_id", "text", "sent_at")[: CANDIDATE_LIMIT + 1]
        )
        capped = len(rows) > CANDIDATE_LIMIT
        grouped: dict[int, list[float]] = {}
        for submission_id, text, sent_at in rows[:CANDIDATE_LIMIT]:
            grouped.setdefault(submission_id, []).append(self._score(text, sent_at))
        groups = [(sid, len(scores), max(scores)) for sid, scores in grouped.items()]
        groups.sort(key=lambda group: (-group[2], -group[0]))
        return groups, capped

    def snippets(self, submission_ids: list[int]) -> dict[int, list[Snippet]]:
        entries = self._queryset().filter(submission_id__in=submission_ids)
        by_record: dict[int, list[tuple[float, SearchEntry]]] = {}
        for entry in entries.order_by("submission_id", "seq")[: CANDIDATE_LIMIT * 2]:
            score = self._score(entry.text, entry.sent_at) if not self.query.is_empty else 0.0
            by_record.setdefault(entry.submission_id, []).append((score, entry))
        result = {}
        for submission_id, scored in by_record.items():
            scored.sort(key=lambda item: (-item[0], item[1].seq))
            result[submission_id] = [
                Snippet(
                    entry.pk,
                    entry.message_id,
                    entry.media_id,
                    entry.source,
                    entry.seq,
                    entry.sent_at,
                    _marked(highlight_simple(entry.text, self.needles)),
                )
                for _, entry in scored[:SNIPPETS_PER_RECORD]
            ]
        return result

    def only_stop_words(self) -> bool:
        return False


def highlight_simple(text: str, needles: list[str], width: int = SNIPPET_CHARS) -> str:
    """Mark every occurrence of the needles and cut a window around the first one."""
    needles = [needle for needle in needles if needle]
    if not needles:
        return text[:width]
    pattern = re.compile("|".join(re.escape(needle) for needle in needles), re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - width // 3) if first else 0
    window = text[start : start + width]
    marked = pattern.sub(lambda m: f"{HIGHLIGHT_START}{m.group(0)}{HIGHLIGHT_END}", window)
    return ("… " if start else "") + marked
