"""Reading archived records for Woo officers: redacted text and derived files only."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import connection
from django.db.models import Count, Prefetch, QuerySet
from django.db.models.functions import TruncDate
from django.http import Http404
from django.utils import timezone

from accounts import prepared
from chats.constants import (
    RENDITION_PENDING,
    RENDITION_UNFINISHED,
    RenditionState,
    ServingRole,
    SubmissionStatus,
    UploadKind,
)
from chats.models import MediaItem, Message, Submission
from chats.selection import day_start
from chats.selectors import servable_file, servable_media, servable_media_q

from .models import WooSelectie, WooVerzoek
from .models import record_reference as record_reference  # where woo's modules import it from


@dataclass(frozen=True)
class NotSearchable:
    """Archived records search cannot see, because a record counts as archived only once its
    PDF is there: `being_made` (still being made, or waiting after an outage) and `failed`
    (on hold until Informatiebeheer makes it again)."""

    being_made: int
    failed: int


def records_not_searchable() -> NotSearchable:
    """Both counts in one query, read from the index of the unfinished records. Asked on every
    search page: plain SQL (the ORM's building of this aggregate cost more than the query)."""
    pending = [str(state) for state in RENDITION_PENDING]
    unfinished = [str(state) for state in RENDITION_UNFINISHED]
    with connection.cursor() as cursor:
        # Prepared once per connection (accounts.prepared), with the states written in: the
        # plan uses the partial index of the unfinished records only for those very values.
        prepared.execute(
            cursor,
            "woo_records_not_searchable",
            f"SELECT count(CASE WHEN rendition_state IN ({_placeholders(pending)}) THEN 1 END), "
            "count(CASE WHEN rendition_state = %s THEN 1 END) "
            f"FROM {Submission._meta.db_table} "
            f"WHERE status = %s AND rendition_state IN ({_placeholders(unfinished)}) "
            # A record made again after a change stays searchable (chats.models.
            # readable_record_q): only a first PDF not made yet keeps it out.
            "AND rendition_done_at IS NULL",
            [
                *pending,
                str(RenditionState.MISLUKT),
                str(SubmissionStatus.GEARCHIVEERD),
                *unfinished,
            ],
            inline=True,
        )
        being_made, failed = cursor.fetchone()
    return NotSearchable(being_made=being_made, failed=failed)


def _placeholders(values: list) -> str:
    return ", ".join(["%s"] * len(values))


def archived_record(submission_id: int) -> Submission:
    """An archived record with its zaak; 404 for anything not archived."""
    try:
        return (
            Submission.objects.archived()
            .select_related("zaak", "reviewed_by")
            .get(pk=submission_id)
        )
    except Submission.DoesNotExist as exc:
        raise Http404("Archiefstuk niet gevonden.") from exc


def visible_media() -> QuerySet[MediaItem]:
    """Media a Woo officer may see: a redacted derivative or one Informatiebeheer released."""
    # The one rule for every serving path lives in chats.selectors (servable_file).
    return servable_media(for_role=ServingRole.WOO)


def withheld_media() -> QuerySet[MediaItem]:
    """Media a Woo officer may not open, with only what the page says of them: their kind."""
    return (
        MediaItem.objects.exclude(servable_media_q(for_role=ServingRole.WOO))
        .only("pk", "message_id", "seq", "mime_type", "release")
        .order_by("seq")
    )


# Messages on one page of the record view: a 50,000-message record opens as fast as a short one.
RECORD_PAGE_SIZE = 200


@dataclass(frozen=True)
class MessagePage:
    """One page of a record's messages, with what the page navigation needs."""

    messages: list[Message]
    number: int  # 1-based
    num_pages: int
    count: int  # messages in the record
    per_page: int
    first_date: date | None  # of the record's first and last message, for the date picker
    last_date: date | None

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.num_pages

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def start_index(self) -> int:
        """The position (1-based) in the record of the page's first message."""
        return (self.number - 1) * self.per_page + 1 if self.messages else 0

    @property
    def end_index(self) -> int:
        return self.start_index + len(self.messages) - 1 if self.messages else 0

    def nearby_pages(self, around: int = 2) -> list[int | None]:
        """Page numbers to link: the first, the last and a few around this one; None is a gap."""
        wanted = {1, self.num_pages, *range(self.number - around, self.number + around + 1)}
        pages = sorted(p for p in wanted if 1 <= p <= self.num_pages)
        shown: list[int | None] = []
        for page in pages:
            if shown and page - shown[-1] > 1:
                shown.append(None)
            shown.append(page)
        return shown


@dataclass(frozen=True)
class RecordView:
    submission: Submission
    page: MessagePage
    loose_media: list[MediaItem]
    hold_requests: list[str]
    # The files of a screenshots upload Informatiebeheer withheld: named, never shown.
    withheld_loose_media: tuple[MediaItem, ...] = ()

    @property
    def is_screenshots(self) -> bool:
        return self.submission.upload_kind == UploadKind.SCREENSHOTS

    @property
    def withheld_loose(self) -> int:
        return len(self.withheld_loose_media)

    @property
    def loose_files(self) -> list[tuple[MediaItem, bool]]:
        """The files of a screenshots upload in their order, each with whether it is shown
        (False: withheld, named with the withheld note in its place)."""
        return sorted(
            [(item, True) for item in self.loose_media]
            + [(item, False) for item in self.withheld_loose_media],
            key=lambda pair: pair[0].seq,
        )

    @property
    def messages(self) -> list[Message]:
        """The messages on the page shown."""
        return self.page.messages


def _record_messages(submission: Submission) -> QuerySet[Message]:
    return Message.objects.filter(submission=submission, in_record=True)


def record_page_of_seq(submission: Submission, seq: int, *, per_page: int | None = None) -> int:
    """The page on which the message with volgnummer `seq` stands (the nearest one after it
    when that message is not in the record)."""
    per_page = per_page or RECORD_PAGE_SIZE
    before = _record_messages(submission).filter(seq__lt=seq).count()
    return before // per_page + 1


def record_last_seq(submission: Submission) -> int | None:
    """The volgnummer of the record's last message; None for a record without messages."""
    return _record_messages(submission).order_by("seq").values_list("seq", flat=True).last()


def record_days(submission: Submission) -> tuple[date, date] | None:
    """The days (Dutch time) of the record's first and last message; None without messages."""
    ends = _record_messages(submission).order_by("seq").values_list("sent_at", flat=True)
    first, last = ends.first(), ends.last()
    if first is None or last is None:
        return None
    return timezone.localdate(first), timezone.localdate(last)


def record_seq_on_date(submission: Submission, day: date) -> int | None:
    """The volgnummer of the record's first message sent on or after `day` (Dutch time); the
    last message when all were sent before it; None for a record without messages."""
    start = timezone.make_aware(datetime.combine(day, time.min))
    messages = _record_messages(submission).order_by("seq").values_list("seq", flat=True)
    found = messages.filter(sent_at__gte=start).first()
    return found if found is not None else messages.last()  # the first message's seq is 0


def record_page(
    submission: Submission, *, number: int = 1, per_page: int | None = None
) -> MessagePage:
    """One page of the record's selected messages, with pseudonyms and their cleaned media.

    Reads only that page (the count and the first and last message come from the index on
    submission and volgnummer), so it costs the same for 50 or 50,000 messages.
    """
    per_page = per_page or RECORD_PAGE_SIZE
    selected = _record_messages(submission)
    count = selected.count()
    num_pages = max(1, -(-count // per_page))
    number = max(1, min(number, num_pages))
    offset = (number - 1) * per_page
    messages = list(
        selected.select_related("participant")
        .only(
            "pk",
            "seq",
            "sent_at",
            "kind",
            "text_redacted",
            "edited",
            "participant__pseudonym",
            "submission_id",
        )
        .prefetch_related(
            Prefetch("media", queryset=visible_media(), to_attr="visible_media"),
            Prefetch("media", queryset=withheld_media(), to_attr="withheld_media"),
        )
        .order_by("seq")[offset : offset + per_page]
    )
    ends = selected.order_by("seq").values_list("sent_at", flat=True)
    first, last = (ends.first(), ends.reverse().first()) if count else (None, None)
    return MessagePage(
        messages=messages,
        number=number,
        num_pages=num_pages,
        count=count,
        per_page=per_page,
        first_date=timezone.localdate(first) if first else None,
        last_date=timezone.localdate(last) if last else None,
    )


def record_view(submission: Submission, *, page: int = 1) -> RecordView:
    """The record as a chat: one page of selected messages and the loose screenshots."""
    loose_media, withheld_loose = [], ()
    if submission.upload_kind == UploadKind.SCREENSHOTS:
        loose_media = list(visible_media().filter(submission=submission, message__isnull=True))
        withheld_loose = tuple(withheld_media().filter(submission=submission, message__isnull=True))
    holds = list(
        WooSelectie.objects.holding()
        .filter(submission=submission)
        .values_list("verzoek__nummer", flat=True)
    )
    # A request holding several messages of this record is named once.
    return RecordView(
        submission,
        record_page(submission, number=page),
        loose_media,
        sorted(set(holds)),
        withheld_loose,
    )


def record_media_item(submission_id: int, media_id: int) -> MediaItem:
    """A shown media item of an archived record (derived file only); 404 otherwise."""
    submission = archived_record(submission_id)
    media = (
        visible_media()
        .select_related("derived", "message")
        .filter(submission=submission, pk=media_id)
        .first()
    )
    if media is None:
        raise Http404("Bijlage niet gevonden.")
    in_record = (media.message is not None and media.message.in_record) or (
        media.message is None and submission.upload_kind == UploadKind.SCREENSHOTS
    )
    if not in_record or servable_file(media, for_role=ServingRole.WOO) is None:
        raise Http404("Bijlage niet gevonden.")
    return media


@dataclass(frozen=True)
class HitNavigation:
    """Where the hits of a search lie relative to the page shown: how many come before it and
    the nearest one on an earlier and on a later page (volgnummers), for next/previous."""

    before: int
    previous_seq: int | None
    next_seq: int | None


def hit_navigation(hit_seqs: list[int], page: MessagePage) -> HitNavigation:
    """Next/previous hit across the record's pages: the hits are those of the whole record."""
    if not page.messages:
        return HitNavigation(0, None, None)
    first, last = page.messages[0].seq, page.messages[-1].seq
    earlier = [seq for seq in hit_seqs if seq < first]
    later = [seq for seq in hit_seqs if seq > last]
    return HitNavigation(
        before=len(earlier),
        previous_seq=max(earlier) if earlier else None,
        next_seq=min(later) if later else None,
    )


@dataclass(frozen=True)
class InRequest:
    """What of some records a request already holds: whole records and single messages."""

    records: frozenset[int] = frozenset()
    messages: frozenset[int] = frozenset()

    def holds(self, submission_id: int, message_id: int | None = None) -> bool:
        return submission_id in self.records or (
            message_id is not None and message_id in self.messages
        )


def unsearched_message_media(
    submission: Submission, limit: int, *, withheld: bool = False
) -> tuple[list[tuple], int]:
    """The media of the record's messages whose content search cannot see (no text read from
    them; held-back media aside), as woo.search.unsearched_media counts them on the results:
    the first `limit` as (message seq, MIME type) in the conversation's order, and how many.
    Those the officer may open, or with `withheld` those Informatiebeheer has not released
    (the officer cannot listen to or look at them, only ask for them)."""
    media = MediaItem.objects.filter(
        submission=submission, message__in_record=True, flagged=False, ocr_text_redacted=""
    )
    servable = servable_media_q(for_role=ServingRole.WOO)
    media = media.exclude(servable) if withheld else media.filter(servable)
    first = list(
        media.order_by("message__seq", "seq").values_list("message__seq", "mime_type")[:limit]
    )
    return first, (len(first) if len(first) < limit else media.count())


def days_in_request(submission_id: int, held: InRequest, shown) -> frozenset[str]:
    """The (local) days among the `shown` messages, as 'YYYY-MM-DD', of which the request
    already holds every message of the record: the page offers "Hele dag" for the others only.
    One query, and none while the request holds no single message of the record."""
    if submission_id in held.records or not held.messages:
        return frozenset()
    tz = timezone.get_current_timezone()
    days = {timezone.localtime(m.sent_at, tz).date() for m in shown if m.sent_at}
    if not days:
        return frozenset()
    start = datetime.combine(min(days), time.min, tzinfo=tz)
    end = datetime.combine(max(days), time.min, tzinfo=tz) + timedelta(days=1)
    missing: dict[date, bool] = dict.fromkeys(days, False)
    rows = Message.objects.filter(
        submission_id=submission_id, in_record=True, sent_at__gte=start, sent_at__lt=end
    ).values_list("pk", "sent_at")
    for pk, sent_at in rows:
        day = timezone.localtime(sent_at, tz).date()
        if day in missing and pk not in held.messages:
            missing[day] = True
    return frozenset(day.isoformat() for day, gap in missing.items() if not gap)


def day_message_counts(submission_id: int, shown) -> dict[str, int]:
    """How many messages of the record each (local) day of the `shown` messages holds, by
    'YYYY-MM-DD': "Hele dag toevoegen" says how many documents it adds. One grouped query
    (a day may hold thousands of messages), as chats.review.selectors.transcript_overview."""
    tz = timezone.get_current_timezone()
    days = {timezone.localtime(m.sent_at, tz).date() for m in shown if m.sent_at}
    if not days:
        return {}
    rows = (
        Message.objects.filter(
            submission_id=submission_id,
            in_record=True,
            sent_at__gte=day_start(min(days)),
            sent_at__lt=day_start(max(days) + timedelta(days=1)),
        )
        .annotate(day=TruncDate("sent_at", tzinfo=tz))
        .values("day")
        .annotate(total=Count("pk"))
        .order_by()
        .values_list("day", "total")
    )
    return {day.isoformat(): total for day, total in rows}


def in_request(verzoek: WooVerzoek | None, submission_ids) -> InRequest:
    """One query: which of `submission_ids` (whole) and which of their messages `verzoek` holds."""
    if verzoek is None:
        return InRequest()
    rows = WooSelectie.objects.filter(
        verzoek=verzoek, submission_id__in=list(submission_ids)
    ).values_list("submission_id", "message_id")
    return InRequest(
        records=frozenset(s for s, m in rows if m is None),
        messages=frozenset(m for _, m in rows if m is not None),
    )


def record_subjects(submission_ids) -> dict[int, str]:
    """The redacted subject (onderwerp) of each of these records, by id: what Woo may read."""
    return dict(
        Submission.objects.filter(pk__in=list(submission_ids)).values_list(
            "pk", "onderwerp_redacted"
        )
    )


def hits_with_nothing_to_add(
    submission_id: int, held: InRequest, hit_messages, groups: dict[int, list[int]], around: int
) -> frozenset[int]:
    """Of the hits shown (`hit_messages`), those whose per-hit action would add nothing: every
    message it adds is in the request already. A hit with vervolg adds its group (`groups`:
    hit message id -> the message ids "Met vervolg toevoegen" adds); another hit adds itself
    with the `around` messages of the record before and after it ("Met 3 berichten ervoor en
    erna toevoegen", services.selectie_add_context). Three queries, for the page's hits."""
    out = {pk for pk, ids in groups.items() if ids and set(ids) <= held.messages}
    candidates = [m for m in hit_messages if m.pk in held.messages and m.pk not in groups]
    if not candidates:
        return frozenset(out)
    low, high = min(m.seq for m in candidates), max(m.seq for m in candidates)
    messages = Message.objects.filter(submission_id=submission_id, in_record=True)
    before = messages.filter(seq__lt=low).order_by("-seq").values_list("pk", flat=True)[:around]
    middle = messages.filter(seq__gte=low, seq__lte=high).order_by("seq")
    after = messages.filter(seq__gt=high).order_by("seq").values_list("pk", flat=True)[:around]
    rows = [*reversed(list(before)), *middle.values_list("pk", flat=True), *after]
    index = {pk: n for n, pk in enumerate(rows)}
    for message in candidates:
        n = index.get(message.pk)
        if n is not None and set(rows[max(0, n - around) : n + around + 1]) <= held.messages:
            out.add(message.pk)
    return frozenset(out)
