"""Benchmark: the review queue page with 10,000 waiting submissions (PostgreSQL).

Creates a throw-away test database (test_<name of DATABASE_URL's database>), fills it with
--waiting submissions awaiting review (+ --others in other statuses, each with redactions and an
attachment), then requests the queue page as Informatiebeheer and prints the number of SQL
queries and the time per request for a few common views. Also times the review page of one
long chat (--messages). Run:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/meppel_bench .venv/bin/python bench/review_queue_bench.py
"""

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meppel_archief.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

STATUSES_OTHER = ("gearchiveerd", "afgewezen", "mislukt", "terug_naar_indiener", "ontvangen")
AFDELINGEN = ("bestuur", "dienstverlening", "ruimte", "samenleving", "openbare_ruimte")
PARTNERS = ("inwoner", "collega", "ketenpartner", "leverancier", "bestuurder")


def fill(waiting: int, others: int) -> None:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from chats.models import MediaItem, Message, Participant, RedactionSpan, Submission

    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"mw{i}", email=f"mw{i}@meppel.example") for i in range(50)
    )
    now = timezone.now()
    rows = []
    for i in range(waiting + others):
        status = "te_beoordelen" if i < waiting else STATUSES_OTHER[i % len(STATUSES_OTHER)]
        rows.append(
            Submission(
                submitted_by=users[i % len(users)],
                upload_kind="ios_export",
                onderwerp=f"Gesprek {i} over de {('boom', 'vergunning', 'subsidie')[i % 3]}",
                omschrijving="Een wat langere omschrijving van het gesprek. " * 20,
                gesprekspartner=PARTNERS[i % len(PARTNERS)],
                afdeling=AFDELINGEN[i % len(AFDELINGEN)],
                elders_vastgelegd="nee",
                zaaknummer=f"Z-2024-{i:06d}" if i % 4 == 0 else "",
                status=status,
                created_at=now - timedelta(minutes=i * 7),
                date_order_uncertain=i % 17 == 0,
                flags=[{"code": "x", "message": "Controleer de datums."}] if i % 9 == 0 else [],
                message_count=3,
            )
        )
    submissions = Submission.objects.bulk_create(rows, batch_size=2000)
    participants = Participant.objects.bulk_create(
        (
            Participant(submission=s, seq=0, name="Jan Jansen", pseudonym="Deelnemer 1")
            for s in submissions
        ),
        batch_size=2000,
    )
    messages = Message.objects.bulk_create(
        (
            Message(
                submission=s,
                seq=n,
                participant=p,
                kind="text",
                text="Bel me op 06-12345678",
                text_redacted="Bel me op [TELEFOONNUMMER]",
            )
            for s, p in zip(submissions, participants, strict=True)
            for n in range(3)
        ),
        batch_size=5000,
    )
    RedactionSpan.objects.bulk_create(
        (
            RedactionSpan(submission_id=m.submission_id, message=m, start=10, end=21, label="PHONE")
            for m in messages
        ),
        batch_size=5000,
    )
    MediaItem.objects.bulk_create(
        (
            MediaItem(submission=s, seq=0, name="foto.jpg", mime_type="image/jpeg")
            for s in submissions
        ),
        batch_size=5000,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def long_chat(messages: int):
    from django.contrib.auth import get_user_model

    from chats.models import Message, Participant, RedactionSpan, Submission

    submission = Submission.objects.create(
        submitted_by=get_user_model().objects.first(),
        upload_kind="ios_export",
        onderwerp="Lange chat",
        omschrijving="-",
        gesprekspartner="inwoner",
        afdeling="ruimte",
        elders_vastgelegd="nee",
        status="te_beoordelen",
    )
    people = [
        Participant.objects.create(
            submission=submission, seq=i, name=f"Persoon {i}", pseudonym=f"Deelnemer {i + 1}"
        )
        for i in range(3)
    ]
    rows = Message.objects.bulk_create(
        Message(
            submission=submission,
            seq=n,
            participant=people[n % 3],
            kind="text",
            text=f"Bericht {n}: bel Jan op 06-12345678 of mail jan@example.nl",
            text_redacted=f"Bericht {n}: bel [NAAM] op [TELEFOONNUMMER] of mail [E-MAILADRES]",
        )
        for n in range(messages)
    )
    spans = []
    for message in rows:
        text = message.text
        for needle, label in (
            ("Jan", "PERSON"),
            ("06-12345678", "PHONE"),
            ("jan@example.nl", "EMAIL"),
        ):
            at = text.index(needle)
            spans.append(
                RedactionSpan(
                    submission=submission,
                    message=message,
                    start=at,
                    end=at + len(needle),
                    label=label,
                )
            )
    RedactionSpan.objects.bulk_create(spans, batch_size=5000)
    return submission


def measure(client, url: str, repeat: int) -> tuple[int, float, float, float]:
    """Queries per request, median and p95 wall time, median time spent in SQL (all in ms)."""
    client.get(url)  # warm-up
    times, counts, sql = [], set(), []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = time.perf_counter() - started
        assert response.status_code == 200, (url, response.status_code)
        times.append(elapsed * 1000)
        counts.add(len(queries))
        sql.append(sum(float(q["time"]) for q in queries.captured_queries) * 1000)
    times.sort()
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    return max(counts), statistics.median(times), p95, statistics.median(sql)


def explain(client, url: str) -> None:
    """EXPLAIN ANALYZE every SELECT on chats_submission that the page runs."""
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    for query in queries.captured_queries:
        if "chats_submission" not in query["sql"]:
            continue
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS OFF) " + query["sql"])
            print("\n" + query["sql"][:160] + " ...")
            for (line,) in cursor.fetchall():
                print("   ", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--waiting", type=int, default=10_000)
    parser.add_argument("--others", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--messages", type=int, default=2_000, help="messages in the long chat")
    parser.add_argument(
        "--explain", action="store_true", help="print the query plans of the first queue page"
    )
    args = parser.parse_args()

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from django.test import Client

        from accounts.roles import sync_roles

        groups = sync_roles()
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.create_user("inge", password="x", is_staff=True)
        user.groups.add(groups["Informatiebeheer"])
        started = time.perf_counter()
        fill(args.waiting, args.others)
        print(
            f"database: {connection.vendor}; filled {args.waiting} waiting + {args.others} other "
            f"submissions in {time.perf_counter() - started:.1f} s"
        )
        client = Client()
        client.force_login(user)
        base = "/admin/chats/submission/"
        middle = max(1, args.waiting // 50 // 2)
        views = [
            ("queue, first page (oldest first)", base),
            (f"queue, page {middle}", f"{base}?p={middle}"),
            (
                "filter afdeling + gesprekspartner",
                base + "?afdeling=ruimte&gesprekspartner__exact=inwoner",
            ),
            (
                "filter wacht > 7 dagen + datum onzeker",
                base + "?wacht=7&date_order_uncertain__exact=1",
            ),
            ("search 'vergunning'", base + "?q=vergunning"),
            ("search zaaknummer", base + "?q=Z-2024-000400"),
            ("all statuses", base + "?status=alle"),
        ]
        print(f"{'view':45} {'queries':>7} {'median ms':>10} {'p95 ms':>8} {'SQL ms':>7}")
        row = "{:45} {:7d} {:10.1f} {:8.1f} {:7.1f}"
        for label, url in views:
            print(row.format(label, *measure(client, url, args.repeat)))
        if args.explain and connection.vendor == "postgresql":
            explain(client, base)
        chat = long_chat(args.messages)
        figures = measure(client, f"{base}{chat.pk}/beoordelen/", max(3, args.repeat // 4))
        print(row.format(f"review page, {args.messages} messages", *figures))

        from chats.archiving import record_messages
        from chats.rendition import render_messages_pdf

        started = time.perf_counter()
        pdf = render_messages_pdf(title="Lange chat", metadata=[], messages=record_messages(chat))
        print(
            f"PDF/A rendition of {args.messages} messages: {time.perf_counter() - started:.1f} s, "
            f"{len(pdf) / 1024:.0f} KiB"
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
