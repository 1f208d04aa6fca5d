"""Benchmark: reviewing a 50,000-message chat with 300 photos (PostgreSQL).

Creates a throw-away test database with the demo zaken, generates the chat as processing leaves
it (`demo.generators.review`), and as Informatiebeheer measures through the real admin URLs:

- the review page's first page: server time (median of --repeat) and HTML size;
  goals ≤ 300 ms and ≤ 200 KB;
- a later day page and a search within the chat;
- selecting a 20,000-message range (in and out again, each a single request; goal ≤ 2 s);
- the two requests of the archive decision (the retention preview, then the confirmed decision
  with the PDF task queued, as with a worker; goal ≤ 2 s each);
- rejecting a second chat of the same size (the purge of its originals and the submitter's
  e-mail queued for the worker, as with a broker; goal ≤ 2 s).

The rendition itself runs in the worker and is measured by the archive benchmarks. Run:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/meppel_bench .venv/bin/python bench/review_size_bench.py
"""

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meppel_archief.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

GOAL_PAGE_MS, GOAL_PAGE_KB, GOAL_REQUEST_S = 300, 200, 2.0


def timed(call):
    """(response, seconds, queries) of one request."""
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = call()
        elapsed = time.perf_counter() - started
    return response, elapsed, len(queries)


def page_figures(client, url: str, repeat: int) -> tuple[float, float, int, int]:
    """Median and max server time (ms), HTML size (bytes) and queries of a GET."""
    client.get(url)  # warm-up
    times, size, count = [], 0, 0
    for _ in range(repeat):
        response, elapsed, count = timed(lambda: client.get(url))
        assert response.status_code == 200, (url, response.status_code)
        times.append(elapsed * 1000)
        size = len(response.content)
    return statistics.median(times), max(times), size, count


def verdict(ok: bool) -> str:
    return "ok" if ok else "TE TRAAG/GROOT"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=50_000)
    parser.add_argument("--photos", type=int, default=300)
    parser.add_argument("--range", type=int, default=20_000, dest="range_size")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        from accounts.roles import sync_roles
        from chats import tasks
        from chats.models import Message
        from demo.generators.review import review_chat
        from zaken.models import Zaak

        groups = sync_roles()
        user = get_user_model().objects.create_user("inge", password="x", is_staff=True)
        user.groups.add(groups["Informatiebeheer"])
        call_command("load_demo_zaken", stdout=io.StringIO())
        started = time.perf_counter()
        chat = review_chat(user=user, messages=args.messages, photos=args.photos)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(
            f"database: {connection.vendor}; generated {args.messages} messages + "
            f"{args.photos} photos in {time.perf_counter() - started:.1f} s"
        )
        client = Client()
        client.force_login(user)
        base = f"/admin/chats/submission/{chat.pk}/beoordelen/"

        print(f"\n{'GET':40} {'median ms':>9} {'max ms':>8} {'KB':>7} {'queries':>7}")
        for label, url in (
            ("review page, first page", base),
            ("a later day, page 3", f"{base}?dag=2024-03-20&pagina=3"),
            ("search within the chat ('Woo')", f"{base}?zoek=Woo"),
        ):
            median, worst, size, count = page_figures(client, url, args.repeat)
            print(f"{label:40} {median:9.1f} {worst:8.1f} {size / 1024:7.1f} {count:7d}")
            if url == base:
                first_ok = median <= GOAL_PAGE_MS and size <= GOAL_PAGE_KB * 1024
                print(
                    f"{'':40} goal ≤ {GOAL_PAGE_MS} ms and ≤ {GOAL_PAGE_KB} KB: {verdict(first_ok)}"
                )

        selection = f"{base}selectie/"
        low = args.messages // 5
        high = low + args.range_size - 1
        print(f"\n{'POST':40} {'seconds':>9} {'changed':>8} {'queries':>7}")
        client.post(selection, {"actie": "niets"})
        for include in ("1", "0", "1"):
            response, elapsed, count = timed(
                lambda include=include: client.post(
                    selection,
                    {"actie": "bereik", "first": low, "last": high, "selecteren": include},
                    HTTP_ACCEPT="application/json",
                )
            )
            assert response.status_code == 200, response.content
            label = f"range of {args.range_size} {'in' if include == '1' else 'out'}"
            print(f"{label:40} {elapsed:9.2f} {response.json()['changed']:8d} {count:7d}")
            assert elapsed <= GOAL_REQUEST_S * 5, "far too slow"
        selected = Message.objects.filter(submission=chat, in_record=True).count()
        assert selected == args.range_size, selected

        zaak = Zaak.objects.filter(einddatum__isnull=False, resultaat__isnull=False).first()
        archive = f"{base}archiveren/"
        response, preview_s, count = timed(lambda: client.post(archive, {"zaak": zaak.pk}))
        assert response.status_code == 200 and b"rv-confirm" in response.content
        print(f"{'archive: retention preview':40} {preview_s:9.2f} {'':8} {count:7d}")
        queued = []
        real_delay = tasks.complete_archive.delay
        tasks.complete_archive.delay = queued.append
        try:
            response, decide_s, count = timed(
                lambda: client.post(archive, {"zaak": zaak.pk, "bevestigd": "1"})
            )
        finally:
            tasks.complete_archive.delay = real_delay
        assert response.status_code == 302 and queued == [chat.pk], (response.status_code, queued)
        chat.refresh_from_db()
        assert chat.status == "gearchiveerd"
        print(f"{'archive: decision (PDF task queued)':40} {decide_s:9.2f} {'':8} {count:7d}")

        rejected = review_chat(user=user, messages=args.messages, photos=args.photos, seed=6)
        queued = []
        real_delay = tasks.after_review_decision.delay
        tasks.after_review_decision.delay = lambda *a, **kw: queued.append(a[0])
        try:
            response, reject_s, count = timed(
                lambda: client.post(
                    f"/admin/chats/submission/{rejected.pk}/beoordelen/afwijzen/",
                    {"reason": "niet_archiefwaardig"},
                )
            )
        finally:
            tasks.after_review_decision.delay = real_delay
        assert response.status_code == 302 and queued == [rejected.pk], (
            response.status_code,
            queued,
        )
        rejected.refresh_from_db()
        assert rejected.status == "afgewezen", rejected.status
        print(f"{'reject (purge and e-mail queued)':40} {reject_s:9.2f} {'':8} {count:7d}")
        print(
            f"{'':40} goal ≤ {GOAL_REQUEST_S:.0f} s per request: "
            f"{verdict(max(preview_s, decide_s, reject_s) <= GOAL_REQUEST_S)}"
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
