"""A real `celery worker` on a private Redis and PostgreSQL: kill -9, Redis outages, canaries.

These start their own redis-server, database, worker and beat processes and stop them by pid.
"""

import os
import signal
import time
from pathlib import Path

import pytest

from demo.generators.exports import write_ios_export
from demo.harness.processes import Beat, Worker, wait_for

pytestmark = pytest.mark.slow

CANARY = "KANARIE-CHAOS-5d1e"


def statuses(app, ids: list[int]) -> dict[int, str]:
    rows = app.database.query("SELECT id, status FROM chats_submission WHERE id = ANY(%s)", (ids,))
    return dict(rows)


def all_reach(app, ids: list[int], status: str, *, timeout: float, logs: tuple = ()) -> None:
    try:
        wait_for(
            lambda: set(statuses(app, ids).values()) == {status},
            timeout=timeout,
            what=f"submissions {ids} to reach {status}",
        )
    except AssertionError as exc:
        # Enough to tell a hang from a slow machine when this fails in CI.
        activity = app.database.query(
            "SELECT pid, state, wait_event_type, left(query, 120) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        tails = [log.read_text(errors="replace")[-3000:] for log in logs if log.exists()]
        raise AssertionError(
            f"{exc}; now {statuses(app, ids)}; db activity {activity}; logs: {tails}"
        ) from None


def files_containing(root: Path, needle: bytes) -> list[Path]:
    found = []
    for path in root.rglob("*") if root.exists() else []:
        if path.is_file() and needle in path.read_bytes():
            found.append(path)
    return found


@pytest.fixture
def worker(app, tmp_path):
    handle = Worker(app, tmp_path / "worker.log")
    handle.start()
    yield handle
    handle.stop()


def test_a_real_worker_processes_uploads_without_leaking_chat_text(app, worker, tmp_path):
    exports = [
        write_ios_export(tmp_path / f"chat{i}.zip", messages=n, photos=p, canary=CANARY)
        for i, (n, p) in enumerate([(40, 2), (300, 5), (1500, 10)])
    ]
    results = app.ingest(*exports)
    assert [r["accepted"] for r in results] == [True, True, True]
    ids = [r["submission"] for r in results]
    all_reach(app, ids, "te_beoordelen", timeout=90, logs=(worker.log,))

    counts = dict(
        app.database.query(
            "SELECT submission_id, count(*) FROM chats_message WHERE submission_id = ANY(%s) "
            "GROUP BY submission_id",
            (ids,),
        )
    )
    assert [counts[i] for i in ids] == [40, 300, 1500]
    # The canary is in the message table (the protected store) ...
    assert app.database.query(
        "SELECT count(*) FROM chats_message WHERE text LIKE %s", (f"%{CANARY}%",)
    )[0][0]
    # ... and nowhere else: not in Redis, not in the worker's log, not in temp files.
    assert CANARY.encode() not in app.redis.dump_everything()
    assert CANARY.encode() not in worker.log.read_bytes()
    assert files_containing(app.temp_root, CANARY.encode()) == []
    assert not list(app.temp_root.glob("sub-*"))


def test_killing_the_worker_child_mid_task_still_gives_exactly_one_result(app, worker, tmp_path):
    messages, photos = 6_000, 12
    export = write_ios_export(
        tmp_path / "groot.zip", messages=messages, photos=photos, canary=CANARY
    )
    [result] = app.ingest(export)
    submission_id = result["submission"]

    def busy():
        rows = app.database.query(
            "SELECT status, progress_percent, attempts FROM chats_submission WHERE id = %s",
            (submission_id,),
        )
        status, percent, attempts = rows[0]
        return status == "in_verwerking" and percent >= 30 and attempts == 1

    wait_for(busy, timeout=60, interval=0.05, what="processing to be under way")
    [child] = worker.children()
    os.kill(child, signal.SIGKILL)

    all_reach(app, [submission_id], "te_beoordelen", timeout=120, logs=(worker.log,))
    [(attempts, message_count)] = app.database.query(
        "SELECT attempts, message_count FROM chats_submission WHERE id = %s", (submission_id,)
    )
    assert attempts == 2
    [(rows, distinct)] = app.database.query(
        "SELECT count(*), count(DISTINCT seq) FROM chats_message WHERE submission_id = %s",
        (submission_id,),
    )
    assert rows == distinct == message_count == messages
    [(derived,)] = app.database.query(
        "SELECT count(*) FROM chats_storedfile WHERE submission_id = %s AND role = 'afgeleid'",
        (submission_id,),
    )
    assert derived == photos
    # One file per derived row: the killed attempt left nothing behind in storage or temp.
    [(uuid,)] = app.database.query(
        "SELECT uuid FROM chats_submission WHERE id = %s", (submission_id,)
    )
    on_disk = list((app.media_root / "submissions" / str(uuid) / "afgeleid").iterdir())
    assert len(on_disk) == photos
    wait_for(
        lambda: not list(app.temp_root.glob(f"sub-{submission_id}-*")),
        timeout=10,
        what="the temp dir of the killed attempt to be gone",
    )
    # The lost worker is logged (WorkerLostError), the chat text is not.
    log = worker.log.read_bytes()
    assert b"WorkerLostError" in log
    assert CANARY.encode() not in log
    assert files_containing(app.temp_root, CANARY.encode()) == []


def test_uploads_while_redis_is_down_are_all_processed_after_it_returns(app, worker, tmp_path):
    exports = [
        write_ios_export(tmp_path / f"tijdens-storing-{i}.zip", messages=60, photos=1)
        for i in range(3)
    ]
    app.redis.stop()
    results, seconds = app.ingest_timed(*exports)
    # Accepted and stored although the broker is away, without making the user wait long: the
    # publish gives up within seconds (short socket timeouts, two quick retries). Timed per
    # upload inside the process: Python's start-up is no wait of the user's and, on a loaded
    # machine, took most of the 30 s this test once allowed for all three.
    assert [(r["accepted"], r["status"], r["errors"]) for r in results] == [
        (True, "ontvangen", [])
    ] * 3
    assert len(seconds) == 3
    assert max(seconds) < 15, seconds
    ids = [r["submission"] for r in results]
    time.sleep(3)  # the worker's sweeper ticks meanwhile and cannot queue: nothing is lost
    assert set(statuses(app, ids).values()) == {"ontvangen"}

    app.redis.start()  # empty, as Redis here keeps nothing on restart
    all_reach(app, ids, "te_beoordelen", timeout=90, logs=(worker.log,))
    [(total,)] = app.database.query(
        "SELECT count(*) FROM chats_message WHERE submission_id = ANY(%s)", (ids,)
    )
    assert total == 3 * 60


def test_beat_sweeps_without_a_broker_and_queues_once_it_returns(app, tmp_path):
    exports = [write_ios_export(tmp_path / f"beat-{i}.zip", messages=30) for i in range(2)]
    app.redis.stop()
    beat = Beat(app, tmp_path / "beat.log")
    beat.start()  # starts although Redis is down: the sweep does not go through the broker
    try:
        ids = [r["submission"] for r in app.ingest(*exports)]
        time.sleep(3)
        assert beat.process.poll() is None
        app.redis.start()
        # Beat's sweeper (not a worker: none runs) puts both on the queue.
        wait_for(lambda: app.redis.client().llen("celery") >= 2, timeout=30,
                 what="beat's sweeper to queue the submissions")  # fmt: skip
        assert set(statuses(app, ids).values()) == {"ontvangen"}
    finally:
        beat.stop()
    worker = Worker(app, tmp_path / "worker.log")
    worker.start()
    try:
        all_reach(app, ids, "te_beoordelen", timeout=60, logs=(worker.log, beat.log))
    finally:
        worker.stop()


def test_a_real_worker_makes_the_archive_pdf_after_the_decision(app, worker, tmp_path):
    from chats.constants import RENDITION_KEY

    export = write_ios_export(tmp_path / "klein.zip", messages=30, photos=1, canary=CANARY)
    [result] = app.ingest(export)
    submission_id = result["submission"]
    all_reach(app, [submission_id], "te_beoordelen", timeout=90, logs=(worker.log,))

    # The decision in its own process, as the admin request makes it: the PDF goes to the worker.
    decided = app.manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model\n"
        "from django.core.management import call_command\n"
        "from accounts.roles import INFORMATIEBEHEER, sync_roles\n"
        "from chats.review.services import review_archive\n"
        "from demo.chats.loader import confirm_parsed_date_order\n"
        "from zaken.models import Zaak\n"
        "call_command('load_demo_zaken')\n"
        # Only Informatiebeheer decides on records (accounts/duties.py).
        "reviewer, _ = get_user_model().objects.get_or_create(username='di-chaos')\n"
        "reviewer.groups.add(sync_roles()[INFORMATIEBEHEER])\n"
        # Archiving waits for a confirmed day-month order (kept as parsed).
        f"confirm_parsed_date_order({submission_id}, reviewer)\n"
        f"review_archive(submission_id={submission_id}, "
        "zaak=Zaak.objects.get(zaaknummer='Z-2024-000123'), user=reviewer)\n",
    )
    assert decided.returncode == 0, decided.stderr[-2000:]
    state = "SELECT status, rendition_state FROM chats_submission WHERE id = %s"
    wait_for(
        lambda: app.database.query(state, (submission_id,))[0] == ("gearchiveerd", "klaar"),
        timeout=90,
        what="the worker to finish the archived record",
    )
    pdfs = app.database.query(
        "SELECT count(*) FROM chats_storedfile WHERE submission_id = %s AND derived_key = %s",
        (submission_id, RENDITION_KEY),
    )
    assert pdfs[0][0] == 1
    assert CANARY.encode() not in app.redis.dump_everything()
