"""Filling the search index from archived records: redacted text only, never originals."""

import logging
import time
from collections.abc import Iterable, Iterator

from django.db import connection, transaction
from django.db.models import Q

from chats.constants import MEDIA_RELEASE_SERVABLE, SubmissionStatus, UploadKind
from chats.models import MediaItem, Message, Submission
from zaken.models import Zaak

from .blackout import HIDDEN_PLACEHOLDERS, hide_placeholders, hide_placeholders_sql
from .constants import SEARCH_CONFIG, EntrySource
from .expansion import vocabulary_changed, vocabulary_counts, vocabulary_words
from .models import SearchEntry, SearchEntryWords, SearchRecord, Woord
from .relevance import is_agenda_point, subject_words, words_of

logger = logging.getLogger(__name__)

BATCH_SIZE = 2000
# Private-use characters mark highlights in snippets (see search.py); they must never occur in
# indexed text, or a message could smuggle in its own highlight (nor may the characters that
# stand for a placeholder in search, woo.blackout.hide_placeholders).
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"
_STRIP = str.maketrans(
    {"\x00": " ", HIGHLIGHT_START: " ", HIGHLIGHT_END: " "}
    | dict.fromkeys(HIDDEN_PLACEHOLDERS, " ")
)


def uses_postgres_search() -> bool:
    """Full-text search needs PostgreSQL; the embedded SQLite default searches with LIKE."""
    return connection.vendor == "postgresql"


def clean_index_text(text: str) -> str:
    """Text as stored in the index: without NUL and without our highlight markers."""
    return (text or "").translate(_STRIP).strip()


class DutchVector:
    """to_tsvector('dutch', <text>) as a value to save; lighter than SearchVector(Value(...)).

    The insert compiler takes anything with resolve_expression/as_sql as a value; bulk inserts
    of a million entries spend noticeable time building full expression trees.
    """

    contains_column_references = False
    contains_aggregate = False
    contains_over_clause = False

    def __init__(self, text: str):
        self.text = text

    def resolve_expression(self, *args, **kwargs):
        return self

    def as_sql(self, compiler, connection):
        return f"to_tsvector('{SEARCH_CONFIG}'::regconfig, %s)", [self.text]


def vector_for(text: str) -> DutchVector | None:
    """The value for SearchEntry.vector: to_tsvector() on PostgreSQL, None on SQLite; of the
    words only, never of a redaction placeholder's (woo.blackout.hide_placeholders)."""
    if not uses_postgres_search():
        return None
    return DutchVector(hide_placeholders(text))


def zaaktype_key(zaak: Zaak | None) -> str:
    """The zaaktype a search filters on: its identificatie (e.g. MELDING-OR), or ""."""
    if zaak is None or zaak.zaaktype is None:
        return ""
    return zaak.zaaktype.identificatie


def refresh_zaak_columns(*, zaak) -> int:
    """Follow a changed zaaktype in the index entries of the zaak's records."""
    SearchRecord.objects.filter(zaak_id=zaak.pk).exclude(zaaktype=zaaktype_key(zaak)).update(
        zaaktype=zaaktype_key(zaak)
    )
    return (
        SearchEntry.objects.filter(zaak_id=zaak.pk)
        .exclude(zaaktype=zaaktype_key(zaak))
        .update(zaaktype=zaaktype_key(zaak))
    )


def record_filter_columns(submission: Submission) -> dict:
    """The denormalised filter columns every entry of this record carries."""
    return {
        "submission_id": submission.pk,
        "zaak_id": submission.zaak_id,
        "zaaktype": zaaktype_key(submission.zaak),
        "afdeling": submission.afdeling or "",
        "gesprekspartner": submission.gesprekspartner or "",
    }


def record_messages(submission_id: int):
    """The messages that belong to the archived record (DI's selection)."""
    return Message.objects.filter(submission_id=submission_id, in_record=True)


def record_media(submission: Submission):
    """Media of the record Woo may see: attached to a selected message, or screenshots that are
    the record; not set apart, and not withheld (the text read from a withheld photo is as little
    Woo's as the photo)."""
    in_record = Q(message__in_record=True)
    if submission.upload_kind == UploadKind.SCREENSHOTS:
        in_record |= Q(message__isnull=True)
    return MediaItem.objects.filter(
        in_record,
        submission_id=submission.pk,
        flagged=False,
        release__in=MEDIA_RELEASE_SERVABLE,
    )


def _subject_entry(submission: Submission) -> SearchEntry | None:
    subject = clean_index_text(submission.onderwerp_redacted)
    if not subject:
        return None
    first = (
        record_messages(submission.pk)
        .exclude(sent_at__isnull=True)
        .order_by("sent_at")
        .values_list("sent_at", flat=True)
        .first()
    )
    return SearchEntry(
        source=EntrySource.ONDERWERP,
        seq=SUBJECT_SEQ,
        sent_at=first,
        text=subject,
        vector=vector_for(subject),
        **record_filter_columns(submission),
    )


def _entries(submission: Submission) -> Iterator[SearchEntry]:
    columns = record_filter_columns(submission)
    subject = _subject_entry(submission)
    if subject is not None:
        yield subject
    messages = record_messages(submission.pk).exclude(text_redacted="")
    for message_id, seq, sent_at, text in messages.values_list(
        "pk", "seq", "sent_at", "text_redacted"
    ).iterator(chunk_size=BATCH_SIZE):
        text = clean_index_text(text)
        if text:
            yield SearchEntry(
                message_id=message_id,
                source=EntrySource.MESSAGE,
                seq=seq,
                sent_at=sent_at,
                text=text,
                vector=vector_for(text),
                **columns,
            )
    media = record_media(submission).exclude(ocr_text_redacted="")
    for media_id, message_id, media_seq, message_seq, sent_at, text in media.values_list(
        "pk", "message_id", "seq", "message__seq", "message__sent_at", "ocr_text_redacted"
    ):
        text = clean_index_text(text)
        if text:
            yield SearchEntry(
                message_id=message_id,
                media_id=media_id,
                source=EntrySource.OCR,
                seq=message_seq if message_seq is not None else media_seq,
                sent_at=sent_at,
                text=text,
                vector=vector_for(text),
                **columns,
            )


# The record's redacted subject (Submission.onderwerp_redacted, what Woo sees above the record)
# is one more entry: source "onderwerp", no message, seq 0, dated at the record's first message
# (a period filter counts it with the conversation's start). It counts towards the conversation
# (every word somewhere in subject or messages) but is never a hit, a snippet or context: the
# search reads it apart and marks it in the record's title. Only the redacted subject: the
# original may name a person.
SUBJECT_SEQ = 0


def bulk_insert_entries(entries: Iterable[SearchEntry], *, batch_size: int = BATCH_SIZE) -> int:
    """Insert entries in batches; returns how many."""
    count = 0
    batch: list[SearchEntry] = []
    for entry in entries:
        batch.append(entry)
        if len(batch) >= batch_size:
            SearchEntry.objects.bulk_create(batch)
            count += len(batch)
            batch = []
    if batch:
        SearchEntry.objects.bulk_create(batch)
        count += len(batch)
    return count


# Set-based indexing on PostgreSQL: the database reads the redacted text and computes the vector
# itself, so no text travels to Python and back. The per-record filter columns come in as arrays.
# The releases whose media Woo may see (chats.selectors), as an SQL list of literals.
_SERVABLE_SQL = ", ".join(f"'{release}'" for release in MEDIA_RELEASE_SERVABLE)
_MARKERS = HIGHLIGHT_START + HIGHLIGHT_END + HIDDEN_PLACEHOLDERS
_CLEAN_SQL = (
    "btrim(translate({col}, U&'"
    + "".join(f"\\{ord(char):04X}" for char in _MARKERS)
    + "', '"
    + " " * len(_MARKERS)
    + "'), E' \\t\\r\\n')"
)
_RECORDS_SQL = (
    "unnest(%s::bigint[], %s::bigint[], %s::text[], %s::text[], %s::text[], %s::boolean[]) "
    "AS c(submission_id, zaak_id, zaaktype, afdeling, gesprekspartner, screenshots)"
)
# What the vectors and the vocabulary read of an entry's text: its words, not its placeholders.
_HIDDEN_TEXT = hide_placeholders_sql("x.text")
_COLUMNS = (
    "submission_id, message_id, media_id, source, seq, sent_at, text, vector, "
    "zaak_id, zaaktype, afdeling, gesprekspartner"
)


def _insert_sql() -> tuple[str, str, str]:
    entry = SearchEntry._meta.db_table
    message = Message._meta.db_table
    media = MediaItem._meta.db_table
    messages_sql = f"""
        INSERT INTO {entry} ({_COLUMNS})
        SELECT c.submission_id, m.id, NULL, '{EntrySource.MESSAGE}', m.seq, m.sent_at, x.text,
               to_tsvector('{SEARCH_CONFIG}', {_HIDDEN_TEXT}),
               c.zaak_id, c.zaaktype, c.afdeling, c.gesprekspartner
        FROM {_RECORDS_SQL}
        JOIN {message} m ON m.submission_id = c.submission_id AND m.in_record
        CROSS JOIN LATERAL (SELECT {_CLEAN_SQL.format(col="m.text_redacted")} AS text) x
        WHERE x.text <> ''
    """
    media_sql = f"""
        INSERT INTO {entry} ({_COLUMNS})
        SELECT c.submission_id, m.id, mi.id, '{EntrySource.OCR}', COALESCE(m.seq, mi.seq),
               m.sent_at, x.text, to_tsvector('{SEARCH_CONFIG}', {_HIDDEN_TEXT}),
               c.zaak_id, c.zaaktype, c.afdeling, c.gesprekspartner
        FROM {_RECORDS_SQL}
        JOIN {media} mi ON mi.submission_id = c.submission_id AND NOT mi.flagged
             AND mi.release IN ({_SERVABLE_SQL})
        LEFT JOIN {message} m ON m.id = mi.message_id
        CROSS JOIN LATERAL (SELECT {_CLEAN_SQL.format(col="mi.ocr_text_redacted")} AS text) x
        WHERE x.text <> '' AND (m.in_record OR (mi.message_id IS NULL AND c.screenshots))
    """
    submission = Submission._meta.db_table
    subject_sql = f"""
        INSERT INTO {entry} ({_COLUMNS})
        SELECT c.submission_id, NULL, NULL, '{EntrySource.ONDERWERP}', {SUBJECT_SEQ},
               (SELECT min(m.sent_at) FROM {message} m
                WHERE m.submission_id = c.submission_id AND m.in_record),
               x.text, to_tsvector('{SEARCH_CONFIG}', {_HIDDEN_TEXT}),
               c.zaak_id, c.zaaktype, c.afdeling, c.gesprekspartner
        FROM {_RECORDS_SQL}
        JOIN {submission} s ON s.id = c.submission_id
        CROSS JOIN LATERAL (SELECT {_CLEAN_SQL.format(col="s.onderwerp_redacted")} AS text) x
        WHERE x.text <> ''
    """
    return subject_sql, messages_sql, media_sql


def _records_params(records: list[dict]) -> list[list]:
    return [
        [r["submission_id"] for r in records],
        [r["zaak_id"] for r in records],
        [r["zaaktype"] for r in records],
        [r["afdeling"] for r in records],
        [r["gesprekspartner"] for r in records],
        [r["screenshots"] for r in records],
    ]


def insert_entries_for_records(records: list[dict]) -> int:
    """PostgreSQL: insert the entries of several records in two statements; returns the count.

    `records` holds record_filter_columns() plus "screenshots" for each record; the caller has
    made sure they are archived and have no entries yet.
    """
    if not records:
        return 0
    params = _records_params(records)
    count = 0
    with connection.cursor() as cursor:
        for sql in _insert_sql():
            cursor.execute(sql, params)
            count += cursor.rowcount
        cursor.execute(_RECORD_SQL, [params[0]])
    return count


# One stripped vector per record (conversation search); phrases are checked on the entries.
_RECORD_SQL = """
    INSERT INTO woo_searchrecord
        (submission_id, vector, kernwoorden, zaak_id, zaaktype, afdeling, gesprekspartner)
    SELECT submission_id, strip(to_tsvector('dutch', string_agg({text}, ' '))), '',
           max(zaak_id), max(zaaktype), max(afdeling), max(gesprekspartner)
    FROM woo_searchentry WHERE submission_id = ANY(%s::bigint[])
    GROUP BY submission_id
    ON CONFLICT (submission_id) DO UPDATE SET vector = excluded.vector, zaak_id = excluded.zaak_id,
        zaaktype = excluded.zaaktype, afdeling = excluded.afdeling,
        gesprekspartner = excluded.gesprekspartner
""".format(text=hide_placeholders_sql("text"))


def index_submission(*, submission_id: int) -> int:
    """Replace the search entries of one submission; only an archived record gets any.

    Idempotent: running it twice gives the same entries. Returns the number of entries.
    """
    with transaction.atomic():
        # The row lock serialises two runs for the same record (a redelivered task), which
        # would otherwise both delete the old entries and both insert new ones.
        locked = Submission.objects.select_for_update().filter(pk=submission_id)
        list(locked.values_list("pk", flat=True))
        # The vocabulary follows the index: the old entries' words go out with them, so a
        # record indexed again counts once and one leaving the index takes its words along.
        vocabulary_remove(submission_ids=[submission_id])
        SearchEntryWords.objects.filter(submission_id=submission_id).delete()
        SearchEntry.objects.filter(submission_id=submission_id).delete()
        SearchRecord.objects.filter(submission_id=submission_id).delete()
        # The cached lookups (initials in use, ...) read the entries just removed; forgotten
        # now and again once committed, so no search in between refills them from the old rows.
        _forget_cached_vocabulary()
        submission = (
            Submission.objects.select_related("zaak__zaaktype")
            .filter(pk=submission_id, status=SubmissionStatus.GEARCHIVEERD)
            .first()
        )
        if submission is None:
            return 0
        if uses_postgres_search():
            columns = record_filter_columns(submission)
            columns["screenshots"] = submission.upload_kind == UploadKind.SCREENSHOTS
            count = insert_entries_for_records([columns])
        else:
            count = bulk_insert_entries(_entries(submission))
        vocabulary_add(submission_ids=[submission_id])
        kernwoorden_refresh(submission_ids=[submission_id])
    logger.info("woo index: submission %s has %d entries", submission_id, count)
    return count


def _forget_cached_vocabulary() -> None:
    vocabulary_changed()


def subject_refresh(*, submission_id: int) -> None:
    """Follow a changed redacted subject of an archived record: its subject entry and the
    conversation's vector (the messages' entries stay as they are)."""
    with transaction.atomic():
        submission = (
            Submission.objects.select_for_update(of=("self",))
            .select_related("zaak__zaaktype")
            .filter(pk=submission_id, status=SubmissionStatus.GEARCHIVEERD)
            .first()
        )
        if submission is None:
            return
        subject = SearchEntry.objects.filter(
            submission_id=submission_id, source=EntrySource.ONDERWERP
        )
        # The new subject entry is judged from its text until the words are recomputed.
        SearchEntryWords.objects.filter(entry_id__in=subject.values("pk")).delete()
        # The vocabulary follows: the old subject's words out, the new one's in (below).
        vocabulary_remove(submission_ids=[submission_id], source=EntrySource.ONDERWERP)
        subject.delete()
        _forget_cached_vocabulary()
        if uses_postgres_search():
            columns = record_filter_columns(submission)
            columns["screenshots"] = submission.upload_kind == UploadKind.SCREENSHOTS
            params = _records_params([columns])
            with connection.cursor() as cursor:
                cursor.execute(_insert_sql()[0], params)
                cursor.execute(_RECORD_SQL, [params[0]])
        else:
            entry = _subject_entry(submission)
            if entry is not None:
                entry.save()
        vocabulary_add(submission_ids=[submission_id], source=EntrySource.ONDERWERP)


# GIN indexes normally take new rows into a pending list that every search reads row by row until
# it is merged (at 4 MB, or by (auto)vacuum). After archiving one long chat, 10,000 pending entries
# doubled the time of a one-word search on the 1M-message bench. The search's GIN indexes are
# therefore built with fastupdate off (migration woo 0010): a new row goes straight into the
# index, at a small cost to the worker that indexes. (gin_clean_pending_list would need the
# index's owner, which the application's database role is not: issue 14.)
SEARCH_GIN_INDEXES = ("woo_entry_vector_gin", "woo_record_vector_gin", "woo_woord_trgm")


_VOCABULARY_UPSERT = (
    "INSERT INTO {table} (woord, berichten) {rows} "
    "ON CONFLICT (woord) DO UPDATE SET berichten = {table}.berichten + excluded.berichten"
)


# "MA" (Meppel Archief) + 3: apart from the processing (+1) and media store (+2) locks.
_VOCABULARY_LOCK = (0x4D41_0003, 1)


def _lock_vocabulary(cursor) -> None:
    """Vocabulary writes queue behind one lock until their transaction ends: two workers
    indexing records whose words cross would otherwise lock the same rows in opposite order
    (a deadlock, and a record left unindexed). SQLite serialises writers itself."""
    if connection.vendor == "postgresql":
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", list(_VOCABULARY_LOCK))


def _ts_stat_rows(ids: list[int], source: EntrySource | None = None) -> tuple[str, list[str]]:
    """PostgreSQL rows (word, ndoc): each word of these records' entries (of one source only,
    when given) and how many hold it."""
    only = f" AND source = '{EntrySource(source).value}'" if source else ""
    inner = (
        f"SELECT to_tsvector('simple', {hide_placeholders_sql('text')}) FROM woo_searchentry "
        f"WHERE submission_id IN ({', '.join(map(str, ids))}){only}"
    )
    return "SELECT word, ndoc FROM ts_stat(%s) WHERE length(word) BETWEEN 2 AND 100", [inner]


def _vocabulary_entries(ids: list[int], source: EntrySource | None):
    entries = SearchEntry.objects.filter(submission_id__in=ids)
    return entries.filter(source=source) if source else entries


def _counted_in_python(ids: list[int], source: EntrySource | None = None) -> list[tuple[str, int]]:
    """The same as (word, count) pairs, counted in Python: the embedded SQLite default (small
    archives only)."""
    texts = _vocabulary_entries(ids, source).values_list("text", flat=True)
    return list(vocabulary_words(texts.iterator()).items())


def vocabulary_add(*, submission_ids: list[int], source: EntrySource | None = None) -> None:
    """Add the words of these records' index entries (of one source only, when given) to the
    archive's vocabulary (woo.Woord).

    The vocabulary feeds compound splitting and spelling suggestions; `vocabulary_remove`
    takes the same words out again before a record's entries are replaced or dropped.
    """
    ids = [int(pk) for pk in submission_ids]
    if not ids:
        return
    _forget_cached_vocabulary()
    table = Woord._meta.db_table
    with connection.cursor() as cursor:
        _lock_vocabulary(cursor)
        if uses_postgres_search():
            rows, params = _ts_stat_rows(ids, source)
            cursor.execute(_VOCABULARY_UPSERT.format(table=table, rows=rows), params)
        else:
            sql = _VOCABULARY_UPSERT.format(table=table, rows="VALUES (%s, %s)")
            cursor.executemany(sql, _counted_in_python(ids, source))


def vocabulary_remove(*, submission_ids: list[int], source: EntrySource | None = None) -> None:
    """Take the words of these records' current index entries (of one source only, when
    given) out of the vocabulary: counts go down, and a word no entry holds any more is
    dropped."""
    ids = [int(pk) for pk in submission_ids]
    if not ids or not _vocabulary_entries(ids, source).exists():
        return
    _forget_cached_vocabulary()
    table = Woord._meta.db_table
    with connection.cursor() as cursor:
        _lock_vocabulary(cursor)
        if uses_postgres_search():
            rows, params = _ts_stat_rows(ids, source)
            cursor.execute(
                f"UPDATE {table} SET berichten = {table}.berichten - counted.ndoc "
                f"FROM ({rows}) AS counted WHERE {table}.woord = counted.word",
                params,
            )
        else:
            cursor.executemany(
                f"UPDATE {table} SET berichten = berichten - %s WHERE woord = %s",
                [(count, word) for word, count in _counted_in_python(ids, source)],
            )
        cursor.execute(f"DELETE FROM {table} WHERE berichten <= 0")


def vocabulary_rebuild() -> int:
    """Rebuild the vocabulary from the whole index (after a bulk load); returns the word count."""
    Woord.objects.all().delete()
    vocabulary_changed()
    if uses_postgres_search():
        table = Woord._meta.db_table
        rows = "SELECT word, ndoc FROM ts_stat(%s) WHERE length(word) BETWEEN 2 AND 100"
        inner = (
            f"SELECT to_tsvector('simple', {hide_placeholders_sql('text')}) FROM woo_searchentry"
        )
        with connection.cursor() as cursor:
            cursor.execute(_VOCABULARY_UPSERT.format(table=table, rows=rows), [inner])
    else:
        ids = list(SearchEntry.objects.values_list("submission_id", flat=True).distinct())
        vocabulary_add(submission_ids=ids)
    kernwoorden_refresh()
    return Woord.objects.count()


KERNWOORDEN_MAX = 200  # subject words kept per record


ESTIMATE_FROM = 10000  # entries: from here on the archive's size is PostgreSQL's estimate
ESTIMATE_CACHE_SECONDS = 60.0
_estimate_cache: dict[str, tuple[float, int]] = {}


def entry_total_cache_clear() -> None:
    _estimate_cache.clear()


def entry_total() -> int:
    """How many messages and image texts the index holds, the records' subjects not counted
    (word shares are shares of messages). PostgreSQL's estimate on a large archive: an exact
    count of a million rows costs more than the rest of indexing a record; there the subjects
    are estimated as one per conversation row. The estimate is kept per process for
    ESTIMATE_CACHE_SECONDS: every search asks for it."""
    if uses_postgres_search():
        database = connection.settings_dict.get("NAME") or ""
        cached = _estimate_cache.get(database)
        now = time.monotonic()
        if cached and now - cached[0] < ESTIMATE_CACHE_SECONDS:
            return cached[1]
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT max(reltuples) FILTER (WHERE relname = %s), "
                "max(reltuples) FILTER (WHERE relname = %s) "
                "FROM pg_class WHERE relname IN (%s, %s)",
                [SearchEntry._meta.db_table, SearchRecord._meta.db_table] * 2,
            )
            entries, records = cursor.fetchone()
        if entries and entries >= ESTIMATE_FROM:
            total = int(entries - max(0, records or 0))
            _estimate_cache[database] = (now, total)
            return total
    return SearchEntry.objects.exclude(source=EntrySource.ONDERWERP).count()


def kernwoorden_refresh(*, submission_ids: list[int] | None = None) -> int:
    """(Re)compute the subject words (woo.relevance) of these records, or of all; PostgreSQL
    only (the embedded SQLite default computes them while searching). Returns the records done.

    They depend on the whole archive's vocabulary, so a record indexed into a young archive is
    best done again later: `manage.py woo_kernwoorden` (also run by vocabulary_rebuild). The
    words of each entry that the search needs (woo.models.SearchEntryWords) are stored with
    them.
    """
    if not uses_postgres_search():
        return 0
    # The subject words come from the messages; the record's subject (not a message) names
    # some of them.
    entries = SearchEntry.objects.order_by("submission_id", "seq", "pk")
    records = SearchRecord.objects.all()
    if submission_ids is not None:
        entries = entries.filter(submission_id__in=submission_ids)
        records = records.filter(submission_id__in=submission_ids)
    total = max(1, entry_total())
    shares: dict[str, float] | None = None
    if submission_ids is None:  # everything: the whole vocabulary at once
        shares = {w: n / total for w, n in Woord.objects.values_list("woord", "berichten")}
    known = set(records.values_list("submission_id", flat=True))
    done = 0
    batch: list[SearchRecord] = []
    words_batch: list[tuple] = []

    def finish(sid: int, texts: list[tuple[int, int, str, str, set[str]]]) -> None:
        nonlocal done
        if sid not in known:
            return
        per_text = [words for _, _, source, _, words in texts if source != EntrySource.ONDERWERP]
        title = set()
        for _, _, source, _, words in texts:
            if source == EntrySource.ONDERWERP:
                title = words
        lookup = shares
        if lookup is None:
            words = set().union(*per_text) if per_text else set()
            lookup = {w: n / total for w, n in vocabulary_counts(words).items()}
        subject = sorted(subject_words(per_text, lookup, title))[:KERNWOORDEN_MAX]
        batch.append(SearchRecord(submission_id=sid, kernwoorden=" ".join(subject)))
        words_batch.extend(entry_words(sid, texts, set(subject)))
        done += 1
        if len(batch) >= BATCH_SIZE:
            SearchRecord.objects.bulk_update(batch, ["kernwoorden"])
            batch.clear()
        if len(words_batch) >= BATCH_SIZE:
            entry_words_insert(words_batch)
            words_batch.clear()

    stale = SearchEntryWords.objects.all()
    if submission_ids is not None:
        stale = stale.filter(submission_id__in=submission_ids)
    stale.delete()
    current, texts = None, []
    rows = entries.values_list("submission_id", "pk", "seq", "source", "text")
    for sid, entry_id, seq, source, text in rows.iterator(chunk_size=BATCH_SIZE):
        if sid != current:
            if current is not None:
                finish(current, texts)
            current, texts = sid, []
        texts.append((entry_id, seq, source, text, words_of(text)))
    if current is not None:
        finish(current, texts)
    if batch:
        SearchRecord.objects.bulk_update(batch, ["kernwoorden"])
    if words_batch:
        entry_words_insert(words_batch)
    return done


def entry_words(
    sid: int, texts: list[tuple[int, int, str, str, set[str]]], subject: set[str]
) -> list[tuple[int, int, int, str, bool, str]]:
    """The SearchEntryWords rows (entry_id, submission_id, seq, woorden, agenda, kernwoorden)
    of one record's entries (id, seq, source, text, words_of(text)), with the record's subject
    words."""
    return [
        (
            entry_id,
            sid,
            seq,
            " ".join(sorted(words)),
            is_agenda_point(text),
            " ".join(sorted(words & subject)),
        )
        for entry_id, seq, _source, text, words in texts
    ]


def entry_words_insert(rows: list[tuple[int, int, int, str, bool, str]]) -> None:
    """Insert SearchEntryWords rows (as entry_words gives them) in one statement, as arrays:
    model instances and bulk_create took a second for a record of 10,000 messages."""
    table = SearchEntryWords._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (entry_id, submission_id, seq, woorden, agenda, kernwoorden) "
            "SELECT * FROM unnest(%s::bigint[], %s::bigint[], %s::integer[], %s::text[], "
            "%s::boolean[], %s::text[])",
            [list(column) for column in zip(*rows, strict=True)],
        )
