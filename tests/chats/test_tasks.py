"""Tasks, the sweep and its thread: ids only through the broker, nothing lost, nothing twice."""

import json
import os
import subprocess
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from chats import sweeps, tasks
from chats.constants import SubmissionStatus, UploadKind
from chats.models import Submission
from chats.pipeline import workspace
from chats.pipeline.errors import TransientFailure
from chats.services import IncomingFile, submission_create

FIELDS = {
    "onderwerp": "Omgewaaide boom",
    "omschrijving": "Melding van een inwoner.",
    "gesprekspartner": "inwoner",
    "afdeling": "openbare_ruimte",
    "elders_vastgelegd": "nee",
    "bevestiging_verwijderen": True,
}


class FakeBroker:
    """Stands in for process_submission.delay: records ids, or fails like a dead Redis."""

    def __init__(self, *, down: bool = False):
        self.down = down
        self.sent: list[int] = []

    def __call__(self, submission_id):
        if self.down:
            raise ConnectionError("Error 111 connecting to 127.0.0.1:6399")
        self.sent.append(submission_id)


@pytest.fixture
def broker(monkeypatch):
    fake = FakeBroker()
    monkeypatch.setattr(tasks.process_submission, "delay", fake)
    return fake


@pytest.fixture
def waiting(db, medewerker, screenshot):
    """A submission stored ten minutes ago whose task never arrived."""
    submission = submission_create(
        user=medewerker,
        files=[IncomingFile(path=screenshot, client_name=screenshot.name)],
        upload_kind=UploadKind.SCREENSHOTS,
        **FIELDS,
    )
    Submission.objects.filter(pk=submission.pk).update(
        status_changed_at=timezone.now() - timedelta(minutes=10)
    )
    return submission


def test_the_task_message_holds_only_the_id(broker, db):
    # What goes to Redis: the task name and its arguments. Nothing else may be in them.
    signature = tasks.process_submission.s(42)
    assert signature.args == (42,)
    assert json.dumps(dict(signature)) == json.dumps(
        {
            "task": "chats.tasks.process_submission",
            "args": [42],
            "kwargs": {},
            "options": {},
            "subtask_type": None,
            "immutable": False,
        }
    )


def test_enqueue_notes_when_it_queued(broker, waiting, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    assert tasks.enqueue_processing(waiting.pk) is True
    waiting.refresh_from_db()
    assert broker.sent == [waiting.pk]
    assert waiting.enqueued_at is not None


def test_enqueue_survives_a_dead_broker(broker, waiting, caplog):
    broker.down = True
    assert tasks.enqueue_processing(waiting.pk) is False
    assert "ConnectionError" in caplog.text
    waiting.refresh_from_db()
    assert waiting.status == SubmissionStatus.ONTVANGEN


def test_the_sweep_queues_what_waited_too_long_and_only_that(broker, waiting, medewerker, tmp_path):
    fresh_png = tmp_path / "vers.png"
    fresh_png.write_bytes(Path(waiting.files.get().file.path).read_bytes())
    fresh = submission_create(
        user=medewerker,
        files=[IncomingFile(path=fresh_png, client_name="vers.png")],
        upload_kind=UploadKind.SCREENSHOTS,
        **FIELDS,
    )
    done = Submission.objects.filter(pk=fresh.pk)
    assert sweeps.sweep_stuck() == 1
    assert broker.sent == [waiting.pk]
    assert done.get().status == SubmissionStatus.ONTVANGEN  # too recent to sweep


def test_several_sweepers_queue_a_submission_once_per_period(broker, waiting):
    assert sweeps.sweep_stuck() == 1
    assert sweeps.sweep_stuck() == 0  # the second sweeper (beat, another worker) skips it
    assert broker.sent == [waiting.pk]
    later = timezone.now() + timedelta(minutes=6)
    assert sweeps.sweep_stuck(now=later) == 1  # still stuck a period later: queued again
    assert broker.sent == [waiting.pk, waiting.pk]


def test_a_sweep_with_the_broker_down_leaves_the_submission_for_the_next_one(broker, waiting):
    broker.down = True
    assert sweeps.sweep_stuck() == 0
    waiting.refresh_from_db()
    assert waiting.enqueued_at is None
    broker.down = False
    assert sweeps.sweep_stuck() == 1
    assert broker.sent == [waiting.pk]


def test_the_sweep_also_takes_over_an_attempt_that_died(broker, waiting):
    Submission.objects.filter(pk=waiting.pk).update(
        status=SubmissionStatus.IN_VERWERKING,
        attempts=1,
        status_changed_at=timezone.now() - timedelta(minutes=30),
    )
    assert sweeps.sweep_stuck() == 1


def test_the_sweeper_thread_runs_without_a_broker(transactional_db, broker, waiting):
    broker.down = True
    thread = sweeps.Sweeper(interval=0.05)
    thread.start()
    try:
        deadline = time.monotonic() + 5
        while thread.ticks < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert thread.ticks >= 2
        broker.down = False
        deadline = time.monotonic() + 5
        while not broker.sent and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        thread.stop()
        thread.join(timeout=5)
    assert broker.sent == [waiting.pk]


def test_a_database_outage_does_not_stop_the_sweeper(monkeypatch, caplog):
    def db_down(**kwargs):
        from django.db import OperationalError

        raise OperationalError("could not connect to server")

    monkeypatch.setattr(sweeps, "sweep_unqueued", db_down)
    monkeypatch.setattr(sweeps, "sweep_stuck", db_down)
    assert sweeps.sweep_once() == 0
    assert "OperationalError" in caplog.text


def test_a_task_retries_a_failing_service_with_backoff(monkeypatch):
    calls = []

    def failing(*, submission_id):
        calls.append(submission_id)
        raise TransientFailure("scanner unavailable")

    retries = []

    def fake_retry(*, countdown, exc):
        retries.append(countdown)
        return RuntimeError("retry scheduled")

    monkeypatch.setattr(tasks, "submission_process", failing)
    monkeypatch.setattr(tasks.process_submission, "retry", fake_retry)
    tasks.process_submission.push_request(retries=3, is_eager=False)
    try:
        with pytest.raises(RuntimeError, match="retry scheduled"):
            tasks.process_submission.run(7)
    finally:
        tasks.process_submission.pop_request()
    assert calls == [7]
    assert 6 <= retries[0] <= 16


def test_retry_delays_grow_and_are_capped():
    delays = [tasks.retry_delay(n) for n in range(12)]
    assert delays[0] <= 2 and delays[3] >= 12
    assert max(delays) <= tasks.RETRY_BACKOFF_MAX


def test_stale_temp_dirs_of_dead_attempts_are_removed(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "t"
    root = workspace.temp_root()
    old = root / "sub-5-abc"
    old.mkdir()
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    running = root / "sub-6-def"
    running.mkdir()
    dead = subprocess.Popen(["true"])
    dead.wait()
    (root / f"proc-{dead.pid}").mkdir()
    (root / f"proc-{os.getpid()}").mkdir()
    assert workspace.remove_stale(older_than_seconds=3600) == 2
    assert sorted(p.name for p in root.iterdir()) == sorted(["sub-6-def", f"proc-{os.getpid()}"])


def test_a_workspace_is_private_and_always_removed(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "t"
    with pytest.raises(ZeroDivisionError), workspace.workspace(9) as path:
        assert oct(path.stat().st_mode & 0o777) == "0o700"
        assert path.parent == settings.ARCHIEF_TEMP_ROOT
        (path / "x").write_text("chat")
        1 / 0  # noqa: B018
    assert list(settings.ARCHIEF_TEMP_ROOT.iterdir()) == []


def test_the_sweep_command_processes_stuck_submissions_in_the_embedded_default(waiting):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("sweep_submissions", stdout=out)
    assert out.getvalue().strip() == "1 inzending opnieuw in de wachtrij gezet."
    waiting.refresh_from_db()
    assert waiting.status == SubmissionStatus.TE_BEOORDELEN  # tasks run in-process here
