"""Celery application; configuration comes from Django settings (CELERY_*)."""

import os

from celery import Celery
from celery.signals import beat_init, worker_process_init, worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "meppel_archief.settings.dev")

app = Celery("meppel_archief")
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
