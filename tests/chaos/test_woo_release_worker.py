"""The release of a Woo decision made by a real `celery worker` on a private Redis and PostgreSQL:
queued by the web side, made once in the worker, every file stored with its SHA-256."""

import hashlib

import pytest

from demo.harness.processes import Worker, wait_for

pytestmark = pytest.mark.slow

# Runs in a `manage.py shell` of the app (harness settings: the real broker, not eager).
QUEUE_A_RELEASE = """
from django.contrib.auth import get_user_model
from django.utils import timezone
from accounts.roles import sync_roles
from chats.constants import MediaRelease, RenditionState, SubmissionStatus
from chats.models import MediaItem, Submission
from demo.generators.records import generated_chat
from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel
from woo.release_jobs import release_request
from woo.services import selectie_add, verzoek_create
from woo.tasks import enqueue_release

woo = get_user_model().objects.create_user("wobke", first_name="Wobke", last_name="Visser")
woo.groups.add(sync_roles()["Woo-behandelaar"])
chat = generated_chat(user=woo, messages=120, photos=2, seed=3)
Submission.objects.filter(pk=chat.pk).update(
    status=SubmissionStatus.GEARCHIVEERD,
    archived_at=timezone.now(),
    rendition_state=RenditionState.KLAAR,
)
MediaItem.objects.filter(submission=chat).update(release=MediaRelease.GEANONIMISEERD)
verzoek = verzoek_create(
    user=woo, nummer="WOO-WORKER-1", onderwerp="Alles", ontvangen_op=timezone.localdate()
)
selectie_add(user=woo, verzoek=verzoek, submission_id=chat.pk)
beoordeling_save_record(user=woo, verzoek=verzoek, submission_id=chat.pk, oordeel=Oordeel.OPENBAAR)
release, created = release_request(user=woo, verzoek=verzoek)
print("QUEUED", release.pk, created, enqueue_release(release.pk))
"""


@pytest.fixture
def worker(app, tmp_path):
    handle = Worker(app, tmp_path / "worker.log")
    handle.start()
    yield handle
    handle.stop()


def test_a_real_worker_makes_and_stores_the_release(app, worker):
    result = app.manage("shell", "-c", QUEUE_A_RELEASE, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("QUEUED"))
    _, release_id, created, queued = line.split()
    assert (created, queued) == ("True", "True")

    def status():
        rows = app.database.query(
            "SELECT status, foutmelding FROM woo_woorelease WHERE id = %s", (int(release_id),)
        )
        return rows[0] if rows and rows[0][0] != "bezig" else None

    final = wait_for(status, timeout=240, what="the worker to make the release")
    assert final == ("klaar", ""), worker.log.read_text(errors="replace")[-3000:]
    files = app.database.query(
        "SELECT kind, file, sha256, size FROM woo_wooreleasefile WHERE release_id = %s",
        (int(release_id),),
    )
    assert sorted(kind for kind, *_ in files) == sorted(
        ["pdf", "xlsx", "csv", "verantwoording", "verantwoording-pdf", "zip"]
    )
    for _, name, sha256, size in files:
        data = (app.media_root / name).read_bytes()
        assert (hashlib.sha256(data).hexdigest(), len(data)) == (sha256, size)
    # Only the id went through the broker: no chat text in the worker's log either.
    assert "Groepsapp" not in worker.log.read_text(errors="replace")
