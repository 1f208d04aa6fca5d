"""Benchmark: judging and exporting one Woo record of ~5,000 documents (PostgreSQL).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt_sjudge .venv/bin/python bench/woo_judge_bench.py
    ... bench/woo_judge_bench.py --messages 500 --repeat 3        # quick
    ... bench/woo_judge_bench.py --profile fresh                  # cProfile of one view
    ... bench/woo_judge_bench.py --others 4                       # 4 more records in the request

Creates a throw-away test database (test_<name of DATABASE_URL's database>), one archived chat
of --messages messages (a few cleaned photos; `demo.generators.records`), one in ten messages
with a redacted phone number, and a Woo request selecting the record whole; one in twenty
messages has a blacked-out passage. Then, through django.test.Client as a logged-in Woo officer
(Woo-behandelaar), the real views, each --repeat times (median server time, statements per
request):

- judge the whole record at once, fresh (every document 'openbaar'; the judgements are removed
  before each run) and again over earlier judgements ('ook beoordeelde', 'niet openbaar' 5.2);
- judging one document (a message in the middle of the record);
- the request page and the assessment page of the record (first page);
- 'Besluit exporteren' up to queueing the job (release_make_post; the queueing itself is
  replaced by a no-op: making the files is bench/woo_export_bench.py's part; the releases are
  removed before each run, so each run starts a new job);
- a download while the export is stale (release_download: it starts the job, as above).

Goal: every click within ~1 s at this size.

Figures: 4,900 documents (4,900 messages, 3 with a photo), --repeat 5, PostgreSQL 127.0.0.1, two
cores shared with other work, so wall times move a lot (the CPU time of the Django process is
steadier). Main and the branch run one after the other, load 9.4-10.8 (`uptime`):

    view                              before (main 1b9b228)          after (branch sjudge)
                                      statements  median  CPU ms     statements  median  CPU ms
    judge whole record, fresh            28        993 ms   302         19        279 ms    45
    judge whole record again             19        318 ms    56         22        217 ms    38
    judge one document                   23         88 ms    30         20         34 ms    11
    request page                         25        943 ms   347         21        386 ms   163
    assessment page of the record        25       1078 ms   383         21        644 ms   253
    export start (to queueing)           20        402 ms   147         19        135 ms    49
    download, export stale               31        601 ms   281         25        159 ms    53

Two earlier pairs (load 8.9-11.6) gave medians of 1304/1573 -> 420/513 ms (judge fresh),
1336/787 -> 462/616 ms (request page), 1632/1329 -> 751/903 ms (assessment page), 587/438 ->
168/209 ms (export start). 'Judge again' binds no id lists any more but reads the selection
for its update (3 statements more); its time is the database rewriting 4,900 rows.

With --others 4 (five records in the request, 24,500 documents; load 5.7), before -> after,
median ms (CPU ms): judge fresh 732 (261) -> 287 (45); judge one 77 (32) -> 27 (9); request
page 3428 (1402) -> 1421 (645); assessment page 2122 (949) -> 526 (220): it reads only its
record's judgements now; export start 1350 (579) -> 380 (150); stale download 2666 (1206) ->
405 (160). The request page of so large a request is still over the goal: it derives every
document's effective judgement (woo.release.release_items) for the record lines.

Stop 32 (main ab8eeea -> with the change; --others 4 --repeat 3, one after the other, load
6.9-7.0 with seven helpers at work): the judgements are read as plain values (one statement for
the judgements, one for their officers' names) instead of 24,500 model instances, which
cProfile showed to be about half of the request page. Median ms (CPU ms): request page 4133
(861) -> 2155 (683); assessment page 1099 (293) -> 1061 (237); export start 1186 (224) -> 933
(205); stale download 1286 (246) -> 697 (214); judge fresh 539 (51) -> 384 (54). Statements
unchanged (19-25). The request page of 24,500 documents is still over the ~1 s goal.

Stop 33 (main fc413d4 -> branch judge33 6c538a3; --others 4 --repeat 3, one after the other,
load 12.5-13.2 with eight helpers at work): the request page no longer builds every document's
release item (cutting 24,500 texts) for its record lines: one grouped query from the
judgements' side counts per record the documents by judgement and by whether they withhold
something (placeholder, passage, photo area or OCR text, a ground given), which is what makes
'openbaar' 'deels openbaar' (woo.assessment._counts; a test compares it with release_items for
every source of a blackout). Its subqueries do not depend on the row: per-row EXISTS made
PostgreSQL cost the query at 170,000 and JIT-compile it (~100 ms, 2 s when a correlated
subquery kept the model's ordering). The assessment page takes its record's counts and
judgement from the same query and reads only its fifty documents' judgements; the assessment
state (export start, stale download) hashes with one encoder and decodes each distinct grounds
text once (the same digest, pinned by a test). Median ms (CPU ms): request page 2969 (669) ->
289 (26); assessment page 1058 (283) -> 643 (153); export start 904 (217) -> 942 (219): what
remains is hashing 24,500 judgements (the digest stored releases have); stale download 1039
(224) -> 739 (164); judge fresh 1014 (97) -> 772 (70); judge again 539 (52) -> 684 (58); judge
one 99 (17) -> 100 (21). Statements: request page 21 -> 17, assessment page 21 -> 23.

Where the time went (cProfile, EXPLAIN ANALYZE: every SELECT here takes a few ms): judging
made 4,900 model instances and bound 55,000 parameters (now one INSERT from arrays); the
request page and the assessment page read the documents and the judgements two or three times
and bound lists of 4,900 ids (Django resolves each: ~0.3 s), and joined the officer into every
judgement; the unassessed check before an export built every document (now one count in the
database); a download of a stale export hashed the assessment twice. What remains is
mostly the database writing 4,900 rows (and their deferred foreign-key checks at commit) and,
on the pages, making 4,900 judgement objects and the template.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meppel_archief.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="woo-judge-bench-media-"))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def seed(messages: int, others: int = 0):
    """One archived chat selected whole in a request; phone numbers redacted, some passages;
    `others` more chats of as many messages in the request, judged 'openbaar'."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from accounts.roles import sync_roles
    from chats.constants import MediaRelease, RenditionState, SubmissionStatus
    from chats.models import MediaItem, Message, Submission
    from demo.generators.records import generated_chat
    from woo.besluit import beoordeling_save_record
    from woo.constants import PassageBron
    from woo.models import WooPassage
    from woo.services import selectie_add, verzoek_create

    groups = sync_roles()
    woo = get_user_model().objects.create_user(
        "wouter", password="x", first_name="Wouter", last_name="Smit"
    )
    woo.groups.add(groups["Woo-behandelaar"])
    chat = generated_chat(user=woo, messages=messages, photos=3, seed=1)
    Submission.objects.filter(pk=chat.pk).update(
        status=SubmissionStatus.GEARCHIVEERD,
        archived_at=timezone.now(),
        rendition_state=RenditionState.KLAAR,
    )
    MediaItem.objects.filter(submission=chat).update(release=MediaRelease.GEANONIMISEERD)
    phones = Message.objects.filter(submission=chat, kind="text", seq__endswith=3)
    for message in phones:
        message.text_redacted = f"{message.text_redacted} Bel [TELEFOONNUMMER]."
    Message.objects.bulk_update(phones, ["text_redacted"], batch_size=1000)
    verzoek = verzoek_create(
        user=woo, nummer="WOO-BENCH-1", onderwerp="Alles", ontvangen_op=timezone.localdate()
    )
    selectie_add(user=woo, verzoek=verzoek, submission_id=chat.pk)
    passages = []
    for pk, seq, text in Message.objects.filter(submission=chat, kind="text").values_list(
        "pk", "seq", "text_redacted"
    ):
        words = text.split()
        if seq % 20 == 7 and len(words) > 3:
            start = text.index(words[2])
            passages.append(
                WooPassage(
                    verzoek=verzoek,
                    message_id=pk,
                    start=start,
                    end=start + len(words[2]),
                    grond="5.1.2i",
                    bron=PassageBron.HANDMATIG,
                    aangemaakt_door=woo,
                )
            )
    WooPassage.objects.bulk_create(passages)
    for n in range(others):
        more = generated_chat(user=woo, messages=messages, photos=3, seed=n + 2)
        Submission.objects.filter(pk=more.pk).update(
            status=SubmissionStatus.GEARCHIVEERD,
            archived_at=timezone.now(),
            rendition_state=RenditionState.KLAAR,
        )
        selectie_add(user=woo, verzoek=verzoek, submission_id=more.pk)
        beoordeling_save_record(
            user=woo, verzoek=verzoek, submission_id=more.pk, oordeel="openbaar"
        )
    return woo, verzoek, chat


def timed(
    client, method: str, url: str, data=None, *, explain: int = 0
) -> tuple[float, float, int]:
    """Server time (the view through the test client), its CPU time in this process (less
    moved by other work on a shared machine) and statements of one request; with `explain`,
    EXPLAIN ANALYZE of that many of its slowest SELECTs is printed."""
    with CaptureQueriesContext(connection) as queries:
        started, cpu_started = time.perf_counter(), time.process_time()
        response = getattr(client, method)(url, data or {})
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    if response.status_code not in (200, 302):
        raise SystemExit(f"{method.upper()} {url}: {response.status_code}")
    if explain:
        slowest = sorted(queries.captured_queries, key=lambda q: -float(q["time"]))
        selects = [q for q in slowest if q["sql"].lstrip().upper().startswith("SELECT")]
        for query in selects[:explain]:
            print(f"  -- {float(query['time']) * 1000:.0f} ms: {query['sql'][:300]}")
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN ANALYZE " + query["sql"])
                print("\n".join("     " + row[0] for row in cursor.fetchall()))
    return seconds, cpu, len(queries)


def cases(verzoek, chat):
    """(label, method, url, data, prepare) of every measured view."""
    from django.urls import reverse

    from woo.constants import ReleaseStatus
    from woo.models import WooBeoordeling, WooRelease

    def unjudge():
        WooBeoordeling.objects.filter(verzoek=verzoek, submission=chat).delete()

    def judged_before():
        if not WooBeoordeling.objects.filter(verzoek=verzoek, submission=chat).exists():
            client_post_all(verzoek, chat)

    def no_release():
        judged_before()
        WooRelease.objects.filter(verzoek=verzoek).delete()

    def stale_release():
        no_release()
        WooRelease.objects.create(
            verzoek=verzoek,
            status=ReleaseStatus.KLAAR,
            grondslag="eerder",
            aangevraagd_door=verzoek.aangemaakt_door,
        )

    judge = reverse("woo:beoordeling_record", args=[verzoek.pk, chat.pk])
    messages = chat.messages.order_by("seq").values_list("pk", flat=True)
    middle = messages[len(messages) // 2]
    return [
        ("judge whole record, fresh", "post", judge, {"oordeel": "openbaar"}, unjudge),
        (
            "judge whole record again",
            "post",
            judge,
            {"oordeel": "niet_openbaar", "gronden": ["5.2"], "ook_beoordeelde": "1"},
            judged_before,
        ),
        (
            "judge one document",
            "post",
            reverse("woo:beoordeling", args=[verzoek.pk, chat.pk]),
            {"oordeel": "openbaar", "bericht": str(middle), "anker": "bericht-1"},
            judged_before,
        ),
        (
            "request page",
            "get",
            reverse("woo:verzoek_detail", args=[verzoek.pk]),
            None,
            judged_before,
        ),
        (
            "assessment page of the record",
            "get",
            reverse("woo:beoordelen", args=[verzoek.pk, chat.pk]),
            None,
            judged_before,
        ),
        (
            "export start (to queueing)",
            "post",
            reverse("woo:release_make", args=[verzoek.pk]),
            {},
            no_release,
        ),
        (
            "download, export stale (to the page)",
            "get",
            reverse("woo:release", args=[verzoek.pk, "pdf"]),
            None,
            stale_release,
        ),
    ]


def job_started(verzoek) -> None:
    """An export case that was refused measured the refusal, not the start."""
    from woo.constants import ReleaseStatus
    from woo.models import WooRelease

    if not WooRelease.objects.filter(verzoek=verzoek, status=ReleaseStatus.BEZIG).exists():
        raise SystemExit("the export did not start: is everything judged?")


def client_post_all(verzoek, chat) -> None:
    from woo.besluit import beoordeling_save_record

    beoordeling_save_record(
        user=verzoek.aangemaakt_door,
        verzoek=verzoek,
        submission_id=chat.pk,
        oordeel="openbaar",
        only_unassessed=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=4_900, help="messages in the record")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--others", type=int, default=0, help="more records of --messages in the request, judged"
    )
    parser.add_argument(
        "--explain", type=int, default=0, help="EXPLAIN ANALYZE the N slowest SELECTs of each"
    )
    parser.add_argument(
        "--profile", help="cProfile one view (a word of its label, e.g. 'fresh', 'export')"
    )
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Set DATABASE_URL to a PostgreSQL server.")
    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from django.test import Client
        from django.urls import reverse

        started = time.perf_counter()
        woo, verzoek, chat = seed(args.messages, args.others)
        from woo.documents import documents

        count = len(documents(verzoek))
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # plans as on a database that has been running a while
        print(f"seeded one record, {count} documents: {time.perf_counter() - started:.1f} s")
        client = Client()
        client.force_login(woo)
        # A running server has answered before: its first response collects and freezes what
        # start-up left (meppel_archief.memory), which is no part of any view's time.
        client.get(reverse("woo:verzoek_list"))
        print(f"{'view':36} {'statements':>10} {'median ms':>10} {'min ms':>8} {'CPU ms':>8}")
        # The job's files are woo_export_bench's part: here the view up to queueing.
        with mock.patch("woo.besluit_views.enqueue_release", lambda release_id: True):
            for label, method, url, data, prepare in cases(verzoek, chat):
                if args.profile:
                    if args.profile not in label:
                        continue
                    if prepare:
                        prepare()
                    profile = cProfile.Profile()
                    profile.enable()
                    timed(client, method, url, data)
                    profile.disable()
                    pstats.Stats(profile).sort_stats(
                        os.environ.get("BENCH_SORT", "cumulative")
                    ).print_stats(int(os.environ.get("BENCH_LINES", "40")))
                    continue
                times, cpus, statements = [], [], []
                for run in range(args.repeat):
                    if prepare:
                        prepare()
                    last = run == args.repeat - 1
                    seconds, cpu, n = timed(client, method, url, data, explain=args.explain * last)
                    times.append(seconds)
                    cpus.append(cpu)
                    if label.startswith("export"):  # a GET starts nothing (review 53)
                        job_started(verzoek)
                    statements.append(n)
                print(
                    f"{label:36} {statistics.median(statements):10.0f} "
                    f"{statistics.median(times) * 1000:10.0f} {min(times) * 1000:8.0f} "
                    f"{statistics.median(cpus) * 1000:8.0f}"
                )
        print(f"load average (1, 5, 15 min): {os.getloadavg()} on {os.cpu_count()} CPUs")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
