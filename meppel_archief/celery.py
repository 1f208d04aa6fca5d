"""Celery application; configuration comes from Django settings (CELERY_*)."""

import logging
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from celery import Celery, Task
from celery.signals import beat_init, worker_process_init, worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meppel_archief.settings.dev")

logger = logging.getLogger(__name__)


class AppTask(Task):
    """The project's task class: with no broker (`make run`) and ARCHIEF_EAGER_IN_BACKGROUND,
    a queued task runs in a thread of its own instead of inside the caller, so an upload's
    request returns at once and its status page shows the processing, as with a real worker."""

    def apply_async(self, args=None, kwargs=None, task_id=None, **options):
        if self.app.conf.task_always_eager and _eager_in_background():
            return _run_in_background(self, args, kwargs, task_id or str(uuid.uuid4()), options)
        return super().apply_async(args, kwargs, task_id=task_id, **options)


# Set by tasks_inline() for the thread that runs it.
_inline = threading.local()


@contextmanager
def tasks_inline() -> Iterator[None]:
    """Run the tasks this thread queues inside it, even with ARCHIEF_EAGER_IN_BACKGROUND: for a
    command that must have done all its work when it ends (`load_demo`), whose own run of a
    task would otherwise race the background one, and whose threads die with the process."""
    before = getattr(_inline, "on", False)
    _inline.on = True
    try:
        yield
    finally:
        _inline.on = before


def _eager_in_background() -> bool:
    # Imported here: this module loads before Django's settings are configured.
    from django.conf import settings

    if getattr(_inline, "on", False):
        return False
    return getattr(settings, "ARCHIEF_EAGER_IN_BACKGROUND", False)


def _run_in_background(task: Task, args, kwargs, task_id: str, options: dict):
    def run() -> None:
        # Imported here: this module loads before Django's apps are ready.
        from django.db import connections

        from chats.tasks import IN_BACKGROUND

        try:
            # The header tells the task that no worker or sweep will retry it (chats.tasks).
            headers = {**(options.pop("headers", None) or {}), IN_BACKGROUND: True}
            task.apply(args, kwargs, task_id=task_id, headers=headers, **options)
        except Exception:  # a thread has no caller to hand an error to: log it
            logger.exception("background task %s[%s] failed", task.name, task_id)
        finally:
            connections.close_all()

    threading.Thread(target=run, name=f"eager-task-{task_id}", daemon=True).start()
    return task.AsyncResult(task_id)


app = Celery("meppel_archief", task_cls=AppTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_ready.connect
def _start_sweeper_in_worker(**kwargs) -> None:
    # In the worker's main process, after the pool has forked: the sweep keeps running when the
    # consumer has lost Redis. Imported here: this module loads before Django's apps are ready.
    from chats.sweeps import start_sweeper

    start_sweeper()


@beat_init.connect
def _start_sweeper_in_beat(**kwargs) -> None:
    # Beat hosts the sweep too, so it runs with no worker up; it never goes through the broker.
    # Imported here: this module loads before Django's apps are ready.
    from chats.sweeps import start_sweeper

    start_sweeper()


@worker_process_init.connect
def _private_tempdir(**kwargs) -> None:
    # Libraries that write temp files (pytesseract) write below the app's temp root.
    from chats.pipeline.workspace import use_private_tempdir

    use_private_tempdir()
