"""Generating a realistic archive straight into the database: archived records + index entries.

For benchmarks and demos only (`manage.py seed_archive`). Rows are written with bulk_create in
batches; index entries are built from the same generated messages with the same columns and
vector expression that `woo.indexing.index_submission` uses, so a seeded archive searches exactly
like one built record by record.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import chain

from django.contrib.auth import get_user_model
from django.db import transaction

from accounts.organisation import AFDELINGEN
from chats.constants import Gesprekspartner, RenditionState, SubmissionStatus, UploadKind
from chats.models import Message, Participant, Submission
from woo.constants import EntrySource
from woo.indexing import (
    SUBJECT_SEQ,
    bulk_insert_entries,
    clean_index_text,
    insert_entries_for_records,
    uses_postgres_search,
    vocabulary_rebuild,
)
from woo.models import SearchEntry
from zaken.models import Procestype, SelectielijstResultaat, Zaak, Zaaktype

from .words import TOPICS, ChatGenerator, Topic

SEED_USERNAME = "archief-generator"
AFDELING_KEYS = tuple(key for key, _ in AFDELINGEN)


@dataclass(frozen=True)
class SeedReport:
    records: int
    messages: int
    entries: int
    zaken: int
    seconds: float


@dataclass(frozen=True)
class _SeedZaak:
    pk: int
    zaaknummer: str
    zaaktype: str
    topic: Topic
    start: datetime


def _seed_user():
    user, _ = get_user_model().objects.get_or_create(
        username=SEED_USERNAME,
        defaults={"first_name": "Archief", "last_name": "Generator", "is_active": False},
    )
    return user


def _zaaktype(topic: Topic) -> Zaaktype:
    """The seeded zaaktype for a topic, tied to the newest procestype of its number."""
    procestype = Procestype.objects.filter(nummer=topic.procestype).order_by("-jaar").first()
    zaaktype, _ = Zaaktype.objects.get_or_create(
        identificatie=topic.zaaktype,
        defaults={"omschrijving": topic.zaaktype_omschrijving, "procestype": procestype},
    )
    return zaaktype


def _resultaat(zaaktype: Zaaktype) -> SelectielijstResultaat | None:
    if zaaktype.procestype_id is None:
        return None
    return zaaktype.procestype.resultaten.exclude(waardering="").order_by("sort_key").first()


def _seed_zaken(gen: ChatGenerator, count: int, years: tuple[int, int]) -> list[_SeedZaak]:
    existing = set(Zaak.objects.values_list("zaaknummer", flat=True))
    zaaktypen = {topic.key: _zaaktype(topic) for topic in TOPICS}
    resultaten = {zaaktype.pk: _resultaat(zaaktype) for zaaktype in zaaktypen.values()}
    rng = gen.rng
    rows, meta = [], []
    number = 0
    for _ in range(count):
        topic = gen.topic()
        year = rng.randint(*years)
        number += 1
        zaaknummer = f"Z-{year}-{number:06d}"
        while zaaknummer in existing:
            number += 1
            zaaknummer = f"Z-{year}-{number:06d}"
        existing.add(zaaknummer)
        start = datetime(year, 1, 1, 8, tzinfo=UTC) + timedelta(days=rng.randint(0, 330))
        zaaktype = zaaktypen[topic.key]
        zaak = Zaak(
            zaaknummer=zaaknummer,
            omschrijving=gen.onderwerp(topic, year),
            zaaktype=zaaktype,
            resultaat=resultaten[zaaktype.pk],
            afdeling=topic.afdeling,
            startdatum=start.date(),
            einddatum=start.date() + timedelta(days=rng.randint(20, 200)),
        )
        zaak.apply_archiefactie()
        rows.append(zaak)
        meta.append((zaaknummer, zaaktype.identificatie, topic, start))
    Zaak.objects.bulk_create(rows, batch_size=1000)
    pks = dict(
        Zaak.objects.filter(zaaknummer__in=[m[0] for m in meta]).values_list("zaaknummer", "pk")
    )
    return [_SeedZaak(pks[num], num, zt, topic, start) for num, zt, topic, start in meta]


def _record_sizes(rng: random.Random, total: int, per_record: int) -> list[int]:
    """Record lengths with a long tail (most chats are short, a few are very long)."""
    sizes = []
    while total > 0:
        size = max(2, min(int(rng.expovariate(1 / per_record)) + 1, per_record * 8))
        size = min(size, total)
        sizes.append(size)
        total -= size
    return sizes


def seed_archive(
    *,
    messages: int,
    per_record: int = 50,
    seed: int = 42,
    batch_size: int = 5000,
    years: tuple[int, int] = (2019, 2025),
    progress: Callable[[str], None] | None = None,
) -> SeedReport:
    """Write `messages` archived messages in records with zaken, plus their index entries."""
    started = time.monotonic()
    gen = ChatGenerator(seed)
    rng = gen.rng
    user = _seed_user()
    zaken = _seed_zaken(gen, max(5, messages // (per_record * 10)), years)
    sizes = _record_sizes(rng, messages, per_record)
    partners = [value for value, _ in Gesprekspartner.choices]
    done_messages = done_entries = 0
    index = 0
    while index < len(sizes):
        batch_sizes = []
        while index < len(sizes) and sum(batch_sizes) < batch_size:
            batch_sizes.append(sizes[index])
            index += 1
        with transaction.atomic():
            entries = _write_batch(gen, user, zaken, partners, batch_sizes)
        done_messages += sum(batch_sizes)
        done_entries += entries
        if progress is not None:
            progress(f"{done_messages} / {messages} berichten")
    # The search's vocabulary (compounds, spelling) from the whole index, once at the end.
    vocabulary_rebuild()
    return SeedReport(
        records=len(sizes),
        messages=done_messages,
        entries=done_entries,
        zaken=len(zaken),
        seconds=time.monotonic() - started,
    )


def _write_batch(gen, user, zaken, partners, sizes) -> int:
    rng = gen.rng
    submissions, plans = [], []
    for size in sizes:
        zaak = rng.choice(zaken)
        topic = zaak.topic
        start = zaak.start + timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 600))
        # Message times: a few minutes to a few hours apart.
        times = []
        moment = start
        for _ in range(size):
            moment += timedelta(seconds=int(rng.expovariate(1 / 2400)) + 5)
            times.append(moment)
        archived_at = times[-1] + timedelta(days=rng.randint(1, 30))
        onderwerp = gen.onderwerp(topic, start.year)
        submissions.append(
            Submission(
                submitted_by=user,
                created_at=times[-1] + timedelta(hours=2),
                upload_kind=rng.choice((UploadKind.IOS_EXPORT, UploadKind.ANDROID_EXPORT)),
                onderwerp=onderwerp,
                # Generated subjects hold no personal data: the redacted one (what Woo sees,
                # and what the search indexes) is the same.
                onderwerp_redacted=onderwerp,
                omschrijving="Gegenereerd archiefstuk (testgegevens).",
                omschrijving_redacted="Gegenereerd archiefstuk (testgegevens).",
                gesprekspartner=rng.choice(partners),
                zaaknummer=zaak.zaaknummer,
                afdeling=topic.afdeling if rng.random() < 0.85 else rng.choice(AFDELING_KEYS),
                elders_vastgelegd="nee",
                periode_van=times[0].date(),
                periode_tot=times[-1].date(),
                status=SubmissionStatus.GEARCHIVEERD,
                rendition_state=RenditionState.KLAAR,
                status_changed_at=archived_at,
                processed_at=times[-1] + timedelta(hours=3),
                message_count=size,
                zaak_id=zaak.pk,
                reviewed_by=user,
                reviewed_at=archived_at,
                archived_at=archived_at,
            )
        )
        plans.append((zaak, topic, times))
    Submission.objects.bulk_create(submissions)

    participants = []
    for submission in submissions:
        for seq in range(1, rng.randint(2, 4) + 1):
            participants.append(
                Participant(
                    submission_id=submission.pk,
                    seq=seq,
                    name=f"Deelnemer {seq}",
                    pseudonym=f"Deelnemer {chr(64 + seq)}",
                )
            )
    Participant.objects.bulk_create(participants)
    by_submission: dict[int, list[int]] = {}
    for participant in participants:
        by_submission.setdefault(participant.submission_id, []).append(participant.pk)

    message_rows = []
    for submission, (_zaak, topic, times) in zip(submissions, plans, strict=True):
        people = by_submission[submission.pk]
        for seq, sent_at in enumerate(times, start=1):
            generated = gen.message(topic, sent_at.year)
            message_rows.append(
                Message(
                    submission_id=submission.pk,
                    seq=seq,
                    line_no=seq,
                    sent_at=sent_at,
                    participant_id=rng.choice(people),
                    kind="text",
                    text=generated.text,
                    text_redacted=generated.text_redacted,
                    in_record=rng.random() < 0.96,
                )
            )
    Message.objects.bulk_create(message_rows)

    records = [
        {
            "submission_id": submission.pk,
            "zaak_id": zaak.pk,
            "zaaktype": zaak.zaaktype,
            "afdeling": submission.afdeling,
            "gesprekspartner": submission.gesprekspartner,
            "screenshots": False,
        }
        for submission, (zaak, _, _) in zip(submissions, plans, strict=True)
    ]
    if uses_postgres_search():
        return insert_entries_for_records(records)
    columns = {record.pop("submission_id"): record for record in records}
    for record in columns.values():
        record.pop("screenshots")
    first: dict[int, datetime] = {}
    for message in message_rows:
        if message.in_record:
            first.setdefault(message.submission_id, message.sent_at)
    subjects = [  # the record's subject, as woo.indexing makes it
        SearchEntry(
            submission_id=submission.pk,
            source=EntrySource.ONDERWERP,
            seq=SUBJECT_SEQ,
            sent_at=first.get(submission.pk),
            text=clean_index_text(submission.onderwerp_redacted),
            **columns[submission.pk],
        )
        for submission in submissions
        if clean_index_text(submission.onderwerp_redacted)
    ]
    messages = (
        SearchEntry(
            submission_id=message.submission_id,
            message_id=message.pk,
            source=EntrySource.MESSAGE,
            seq=message.seq,
            sent_at=message.sent_at,
            text=clean_index_text(message.text_redacted),
            **columns[message.submission_id],
        )
        for message in message_rows
        if message.in_record
    )
    return bulk_insert_entries(chain(subjects, messages))
