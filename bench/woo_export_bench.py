"""Benchmark: the release of a Woo decision over 5,000 messages from 20 records.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wt_i13 .venv/bin/python bench/woo_export_bench.py
    ... bench/woo_export_bench.py --records 4 --messages 250      # quick

Creates a throw-away test database on PostgreSQL (the export runs in a child process, which
needs the same database), generates --records archived chats of --messages messages each (with
a few cleaned photos; `demo.generators.records`), one in ten messages with a phone number that
was redacted, and a Woo request selecting every record whole. A Woo officer judges every
record openbaar, one in ten messages niet openbaar on 5.2 and blacks out a passage in one in
twenty. Then the child builds the whole release (PDF/A, inventarislijst XLSX and CSV,
verantwoording, ZIP: `woo.release.build_release`) and reports its wall time and peak RSS
(ru_maxrss). Goals: at most 60 s; memory bounded (the PDF is made in parts, so peak RSS should
not grow with the number of messages: compare a run with --messages 50).

Then the task path, as production runs it: a real `celery worker` (solo pool) on Redis
(--broker, default redis://127.0.0.1:6379/9; set it to your own database number) against the
same database; the officer's "Besluit exporteren" (`woo.release_jobs.release_request`) and the
task `woo.tasks.make_release`, timed from queueing until the release is stored ("klaar"), with
the worker's peak RSS (VmHWM). --no-worker skips it.
"""

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meppel_archief.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="woo-export-bench-media-"))
os.environ.setdefault("ARCHIEF_TEMP_ROOT", tempfile.mkdtemp(prefix="woo-export-bench-tmp-"))

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

MiB = 1024 * 1024


def child(verzoek_id: int) -> None:
    """Run in its own process: the whole release, measured."""
    from woo.models import WooVerzoek
    from woo.release import build_release, release_directory

    verzoek = WooVerzoek.objects.get(pk=verzoek_id)
    started, cpu_started = time.perf_counter(), time.process_time()
    with release_directory() as tmp:
        release = build_release(verzoek, Path(tmp), made_by="benchmark")
        sizes = {name: (Path(tmp) / name).stat().st_size for name in release.files}
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - started,
                "cpu_seconds": time.process_time() - cpu_started,
                "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                "documents": release.documents,
                "records": release.records,
                "sizes": sizes,
            }
        )
    )


def _vm_hwm_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def task_path(verzoek, *, broker: str, database_url: str, log: Path) -> dict:
    """Queue the release to a real worker and wait until it is stored; seconds and peak RSS."""
    from celery import current_app

    from woo.constants import ReleaseStatus
    from woo.models import WooRelease
    from woo.release_jobs import release_request

    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="demo.harness.settings",
        DATABASE_URL=database_url,
        CELERY_BROKER_URL=broker,
    )
    handle = log.open("wb")
    worker = subprocess.Popen(
        [str(Path(sys.executable).parent / "celery"), "-A", "meppel_archief", "worker",
         "--pool=solo", "--loglevel=INFO", "--without-gossip", "--without-mingle",
         "--without-heartbeat", f"--hostname=woobench{os.getpid()}@%h"],
        cwd=REPO_ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 90
        while b"ready." not in log.read_bytes():
            if worker.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("worker did not start: " + log.read_text(errors="replace")[-2000:])
            time.sleep(0.3)
        idle_kb = _vm_hwm_kb(worker.pid)
        release, created = release_request(user=verzoek.aangemaakt_door, verzoek=verzoek)
        assert created, "a release for this assessment existed already"
        started = time.perf_counter()
        # To the worker's broker (these test settings would run the task eagerly in here).
        with current_app.connection_for_write(url=broker) as connection:
            current_app.send_task(
                "woo.tasks.make_release", args=[release.pk], connection=connection
            )
        while True:
            release.refresh_from_db()
            if release.status != ReleaseStatus.BEZIG:
                break
            if time.perf_counter() - started > 600 or worker.poll() is not None:
                raise SystemExit("no release: " + log.read_text(errors="replace")[-3000:])
            time.sleep(0.25)
        seconds = time.perf_counter() - started
        peak_kb = _vm_hwm_kb(worker.pid)
    finally:
        if worker.poll() is None:
            os.kill(worker.pid, signal.SIGTERM)
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.kill(worker.pid, signal.SIGKILL)
                worker.wait()
        handle.close()
    if release.status != ReleaseStatus.KLAAR:
        raise SystemExit(f"release failed: {release.foutmelding}")
    files = {f.name: f.size for f in WooRelease.objects.get(pk=release.pk).files.all()}
    return {"seconds": seconds, "peak_rss_kb": peak_kb, "idle_rss_kb": idle_kb, "sizes": files}


def seed(records: int, messages: int):
    """Archived chats, a request selecting them whole, and the officer's judgements."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from accounts.roles import sync_roles
    from chats.constants import MediaRelease, RenditionState, SubmissionStatus
    from chats.models import MediaItem, Message, Submission
    from demo.generators.records import generated_chat
    from woo.besluit import beoordeling_save, beoordeling_save_record, passage_add
    from woo.constants import Oordeel
    from woo.services import selectie_add, verzoek_create

    groups = sync_roles()
    users = get_user_model().objects
    woo = users.create_user("wouter", password="x", first_name="Wouter", last_name="Smit")
    woo.groups.add(groups["Woo-behandelaar"])
    chats = []
    for n in range(records):
        chat = generated_chat(user=woo, messages=messages, photos=3, seed=n)
        chats.append(chat)
    Submission.objects.filter(pk__in=[c.pk for c in chats]).update(
        status=SubmissionStatus.GEARCHIVEERD,
        archived_at=timezone.now(),
        rendition_state=RenditionState.KLAAR,
    )
    # Processing would have made redacted derivatives of the photos: Woo may see them.
    MediaItem.objects.filter(submission__in=chats).update(release=MediaRelease.GEANONIMISEERD)
    phones = Message.objects.filter(submission__in=chats, kind="text", seq__endswith=3)
    for message in phones:
        message.text_redacted = f"{message.text_redacted} Bel [TELEFOONNUMMER]."
    Message.objects.bulk_update(phones, ["text_redacted"], batch_size=1000)

    verzoek = verzoek_create(
        user=woo, nummer="WOO-BENCH-1", onderwerp="Alles", ontvangen_op=timezone.localdate()
    )
    for chat in chats:
        selectie_add(user=woo, verzoek=verzoek, submission_id=chat.pk)
    for chat in chats:
        texts = list(
            Message.objects.filter(submission=chat, kind="text").values_list(
                "pk", "seq", "text_redacted"
            )
        )
        for pk, seq, text in texts:
            words = text.split()
            if seq % 20 == 7 and len(words) > 3:
                passage_add(
                    user=woo, verzoek=verzoek, message_id=pk, passage=words[2], grond="5.1.2i"
                )
            if seq % 10 == 5:
                beoordeling_save(
                    user=woo,
                    verzoek=verzoek,
                    message_id=pk,
                    oordeel=Oordeel.NIET_OPENBAAR,
                    gronden=["5.2"],
                )
        beoordeling_save_record(
            user=woo, verzoek=verzoek, submission_id=chat.pk, oordeel=Oordeel.OPENBAAR
        )
    return verzoek


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20)
    parser.add_argument("--messages", type=int, default=250, help="per record")
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/9")
    parser.add_argument("--no-worker", action="store_true", help="skip the task path")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    if connection.vendor != "postgresql":
        raise SystemExit("Set DATABASE_URL to a PostgreSQL server: the export runs in a child.")
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    test_db = connection.settings_dict["NAME"]
    try:
        started = time.perf_counter()
        verzoek = seed(args.records, args.messages)
        print(
            f"seeded {args.records} records x {args.messages} messages and judged them: "
            f"{time.perf_counter() - started:.1f} s"
        )
        connection.close()
        env = dict(os.environ, DATABASE_URL=_database_url(test_db))
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, __file__, "--child", str(verzoek.pk)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - started
        if result.returncode:
            raise SystemExit(result.stderr[-3000:])
        report = json.loads(result.stdout.strip().splitlines()[-1])
        print(
            f"release (PDF/A + XLSX + CSV + verantwoording + ZIP): {report['seconds']:.1f} s "
            f"(CPU {report['cpu_seconds']:.1f} s; child process {wall:.1f} s; goal <= 60 s)"
        )
        print(f"documents: {report['documents']} from {report['records']} records")
        print(f"peak RSS of the export process (ru_maxrss): {report['peak_rss_kb'] / 1024:.0f} MB")
        for name, size in report["sizes"].items():
            print(f"  {name}: {size / MiB:.2f} MiB")
        if not args.no_worker:
            task = task_path(
                verzoek,
                broker=args.broker,
                database_url=env["DATABASE_URL"],
                log=Path(os.environ["ARCHIEF_TEMP_ROOT"]) / "woo-bench-worker.log",
            )
            print(
                f"task path (queued -> stored by a real worker, solo pool): {task['seconds']:.1f} s "
                f"(goal <= 60 s)"
            )
            print(
                f"peak RSS of the worker (VmHWM): {task['peak_rss_kb'] / 1024:.0f} MB "
                f"(idle after start: {task['idle_rss_kb'] / 1024:.0f} MB)"
            )
            for name, size in task["sizes"].items():
                print(f"  stored {name}: {size / MiB:.2f} MiB")
        print(f"load average (1, 5, 15 min): {os.getloadavg()} on {os.cpu_count()} CPUs")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def _database_url(name: str) -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


if __name__ == "__main__":
    main()
