"""Benchmark: how long the admin's "archiveren" request takes for a long chat, inline vs queued.

Creates a throw-away test database with the demo zaken (`load_demo_zaken`), a reviewed chat of
--messages messages, and posts the confirmed archive decision as Informatiebeheer twice on fresh
copies: once with eager tasks (the rendition runs inside the request, as before the task existed)
and once with the task queued (what a deployment with a worker does); then runs the queued task
and times it. Run:

    .venv/bin/python bench/archive_request_bench.py --messages 2000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/meppel_bench .venv/bin/python bench/archive_request_bench.py
"""

import argparse
import io
import os
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
from django.test.utils import setup_test_environment  # noqa: E402


def archive_once(client, chat, zaak, *, queued: bool) -> float:
    """Post the confirmed decision; returns the request's wall time in seconds."""
    from chats import tasks

    sent = []
    real_delay = tasks.complete_archive.delay
    if queued:
        tasks.complete_archive.delay = sent.append
    try:
        started = time.perf_counter()
        response = client.post(
            f"/admin/chats/submission/{chat.pk}/beoordelen/archiveren/",
            {"zaak": zaak.pk, "bevestigd": "1"},
        )
        elapsed = time.perf_counter() - started
    finally:
        tasks.complete_archive.delay = real_delay
    assert response.status_code == 302, response.status_code
    chat.refresh_from_db()
    assert chat.status == "gearchiveerd"
    assert (chat.rendition_state == "bezig") == queued, chat.rendition_state
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2_000)
    args = parser.parse_args()

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        from accounts.roles import sync_roles
        from bench.review_queue_bench import long_chat
        from chats.archiving import archive_complete
        from zaken.models import Zaak

        groups = sync_roles()
        user = get_user_model().objects.create_user("inge", password="x", is_staff=True)
        user.groups.add(groups["Informatiebeheer"])
        client = Client()
        client.force_login(user)
        print(f"database: {connection.vendor}; {args.messages} messages")
        # Closed demo zaken with a selectielijst result: what a chat is archived to.
        call_command("load_demo_zaken", stdout=io.StringIO())
        closed = Zaak.objects.filter(einddatum__isnull=False, resultaat__isnull=False)
        first, second = closed.order_by("zaaknummer")[:2]

        inline = archive_once(client, long_chat(args.messages), first, queued=False)
        print(f"archive request, rendition inline (eager): {inline:6.2f} s")
        chat = long_chat(args.messages)
        queued = archive_once(client, chat, second, queued=True)
        print(f"archive request, rendition queued:         {queued:6.2f} s")
        started = time.perf_counter()
        assert archive_complete(submission_id=chat.pk).done
        print(f"the task afterwards (PDF, checksums):      {time.perf_counter() - started:6.2f} s")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
