"""`make run` (no broker): tasks run in a background thread of the web process, so an upload's
request returns at once and the status page shows the processing, as with a real worker."""

import threading

from celery import shared_task
from django.test import override_settings

from meppel_archief.celery import app

started = threading.Event()
release = threading.Event()
finished = threading.Event()
seen: dict[str, object] = {}


@shared_task(name="tests.background.wait_for_release")
def wait_for_release(value: int) -> int:
    seen["thread"] = threading.current_thread()
    seen["value"] = value
    started.set()
    release.wait(timeout=10)
    finished.set()
    return value


@shared_task(name="tests.background.fails")
def fails() -> None:
    started.set()
    raise RuntimeError("boom")


def _reset():
    for event in (started, release, finished):
        event.clear()
    seen.clear()


@override_settings(ARCHIEF_EAGER_IN_BACKGROUND=True)
def test_delay_returns_before_the_task_has_run_and_the_task_runs_in_another_thread():
    assert app.conf.task_always_eager
    _reset()
    wait_for_release.delay(7)
    assert started.wait(timeout=10)
    # The task is still waiting, yet delay() has returned: it runs beside the caller.
    assert not finished.is_set()
    release.set()
    assert finished.wait(timeout=10)
    assert seen["value"] == 7
    assert seen["thread"] is not threading.current_thread()


@override_settings(ARCHIEF_EAGER_IN_BACKGROUND=True)
def test_a_failing_background_task_is_logged_and_does_not_reach_the_caller(caplog):
    _reset()
    fails.delay()
    assert started.wait(timeout=10)
    for thread in threading.enumerate():
        if thread.name.startswith("eager-task-"):
            thread.join(timeout=10)
    assert "boom" in caplog.text or "RuntimeError" in caplog.text


@override_settings(ARCHIEF_EAGER_IN_BACKGROUND=False)
def test_without_the_setting_eager_tasks_run_in_the_callers_thread():
    _reset()
    release.set()
    wait_for_release.delay(3)
    assert finished.is_set()
    assert seen["thread"] is threading.current_thread()


def _join_background_threads() -> None:
    for thread in threading.enumerate():
        if thread.name.startswith("eager-task-"):
            thread.join(timeout=10)


@override_settings(ARCHIEF_EAGER_IN_BACKGROUND=True)
def test_make_run_retries_a_crashed_processing_in_its_background_thread(monkeypatch):
    """`make run` has no worker and no sweep: a processing that crashed (or met a service that
    was down) was left "Wacht op een nieuwe poging" for good. Its thread now retries it, with
    the worker's backoff, until it is done or processing gives up (ARCHIEF_MAX_ATTEMPTS)."""
    from chats import tasks
    from chats.pipeline.errors import TransientFailure
    from chats.processing import ProcessingCrashed

    outcomes = [ProcessingCrashed("photos.py:158"), TransientFailure("scanner down"), None]
    calls = []

    def process(*, submission_id):
        calls.append(submission_id)
        outcome = outcomes[len(calls) - 1]
        if outcome is not None:
            raise outcome

    monkeypatch.setattr(tasks, "submission_process", process)
    monkeypatch.setattr(tasks, "retry_delay", lambda retries: 0)
    tasks.process_submission.delay(41)
    _join_background_threads()
    assert calls == [41, 41, 41]


@override_settings(ARCHIEF_EAGER_IN_BACKGROUND=True)
def test_make_run_stops_retrying_after_the_workers_number_of_retries(monkeypatch):
    from chats import tasks
    from chats.pipeline.errors import TransientFailure

    calls = []

    def process(*, submission_id):
        calls.append(submission_id)
        raise TransientFailure("scanner down")

    monkeypatch.setattr(tasks, "submission_process", process)
    monkeypatch.setattr(tasks, "retry_delay", lambda retries: 0)
    tasks.process_submission.delay(42)
    _join_background_threads()
    assert len(calls) == 1 + tasks.MAX_RETRIES


@override_settings(ARCHIEF_EAGER_IN_BACKGROUND=False)
def test_an_eager_task_in_the_callers_thread_is_not_retried_there(monkeypatch):
    # Tests and load_demo run tasks inline: a failure is logged once, the caller is not held up.
    from chats import tasks
    from chats.processing import ProcessingCrashed

    calls = []

    def process(*, submission_id):
        calls.append(submission_id)
        raise ProcessingCrashed("x")

    monkeypatch.setattr(tasks, "submission_process", process)
    tasks.process_submission.delay(43)
    assert calls == [43]
