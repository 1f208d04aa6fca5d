"""A lost broker: what never reached it is queued again at once, not after ARCHIEF_SWEEP_AFTER."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from chats import sweeps, tasks
from chats.constants import SubmissionStatus, UploadKind
from chats.models import Submission
from chats.services import IncomingFile, submission_create
from tests.chats.test_tasks import FIELDS, FakeBroker


def _state(**kwargs):
    from chats.broker import BrokerState  # imported here: the test module also runs against main

    return BrokerState(**kwargs)


@pytest.fixture
def broker(monkeypatch, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    fake = FakeBroker()
    monkeypatch.setattr(tasks.process_submission, "delay", fake)
    return fake


def _upload(user, screenshot, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return submission_create(
            user=user,
            files=[IncomingFile(path=screenshot, client_name=screenshot.name)],
            upload_kind=UploadKind.SCREENSHOTS,
            **FIELDS,
        )


def test_a_failed_queueing_is_marked_on_the_submission(
    broker, db, medewerker, screenshot, django_capture_on_commit_callbacks
):
    broker.down = True
    submission = _upload(medewerker, screenshot, django_capture_on_commit_callbacks)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ONTVANGEN
    assert submission.enqueued_at is None
    assert submission.queue_failed_at is not None


def test_the_sweep_queues_a_failed_queueing_at_once_without_the_grace(
    broker, db, medewerker, screenshot, django_capture_on_commit_callbacks
):
    broker.down = True
    submission = _upload(medewerker, screenshot, django_capture_on_commit_callbacks)
    broker.down = False
    # Seconds after the upload, far within ARCHIEF_SWEEP_AFTER (5 minutes).
    assert sweeps.sweep_once() == 1
    assert broker.sent == [submission.pk]
    submission.refresh_from_db()
    assert submission.queue_failed_at is None
    assert submission.enqueued_at is not None
    # A second sweeper (beat, the other worker) does not queue it again.
    assert sweeps.sweep_once() == 0
    assert broker.sent == [submission.pk]


def test_a_sweep_while_the_broker_is_still_down_keeps_the_mark(
    broker, db, medewerker, screenshot, django_capture_on_commit_callbacks
):
    broker.down = True
    submission = _upload(medewerker, screenshot, django_capture_on_commit_callbacks)
    assert sweeps.sweep_unqueued() == 0
    submission.refresh_from_db()
    assert submission.queue_failed_at is not None
    broker.down = False
    assert sweeps.sweep_unqueued() == 1


def test_the_sweep_queues_nothing_while_the_broker_does_not_answer(
    broker, db, medewerker, screenshot, django_capture_on_commit_callbacks
):
    broker.down = True
    _upload(medewerker, screenshot, django_capture_on_commit_callbacks)
    broker.down = False
    assert sweeps.sweep_once(broker=_state(reachable=False)) == 0
    assert broker.sent == []


def test_after_a_broker_restart_what_was_queued_before_is_queued_again_once(
    broker, db, medewerker, screenshot, django_capture_on_commit_callbacks
):
    submission = _upload(medewerker, screenshot, django_capture_on_commit_callbacks)
    assert broker.sent == [submission.pk]
    Submission.objects.filter(pk=submission.pk).update(
        enqueued_at=timezone.now() - timedelta(seconds=40)
    )
    restarted = _state(reachable=True, started_at=timezone.now() - timedelta(seconds=5))
    assert sweeps.sweep_once(broker=restarted) == 1
    assert sweeps.sweep_once(broker=restarted) == 0
    assert broker.sent == [submission.pk, submission.pk]


def test_a_broker_that_ran_all_along_gets_nothing_twice(
    broker, db, medewerker, screenshot, django_capture_on_commit_callbacks
):
    submission = _upload(medewerker, screenshot, django_capture_on_commit_callbacks)
    running = _state(reachable=True, started_at=timezone.now() - timedelta(days=3))
    assert sweeps.sweep_once(broker=running) == 0
    assert broker.sent == [submission.pk]


def test_the_sweeper_thread_looks_often_while_the_broker_is_down(
    transactional_db, monkeypatch, settings
):
    states = []

    def probe(**kwargs):
        states.append(time.monotonic())
        return _state(reachable=False)

    monkeypatch.setattr(sweeps, "broker_state", probe)
    monkeypatch.setattr(sweeps, "BROKER_DOWN_INTERVAL", 0.05)
    thread = sweeps.Sweeper(interval=0.2)
    started = time.monotonic()
    thread.start()
    try:
        # Within 1 s (stopped as soon as there are 8 rather than always waiting the second out).
        while len(states) < 8 and time.monotonic() - started < 1.0:
            time.sleep(0.01)
    finally:
        thread.stop()
        thread.join(timeout=5)
    # First tick after 0.2 s, then every 0.05 s: well over the 5 ticks a fixed interval gives.
    assert len(states) >= 8
