"""Archiving in two steps: the decision in the request, the PDF, checksums and purge in a task."""

import gc
import io
import time
import weakref
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from audit.models import AuditEvent
from chats import archiving, sweeps, tasks
from chats.archiving import archive_complete
from chats.constants import (
    RENDITION_KEY,
    FileRole,
    RenditionState,
    SubmissionStatus,
    UploadKind,
)
from chats.models import StoredFile, Submission
from chats.purge import submissions_due_for_purge
from chats.rendition import RenditionError
from chats.review.services import review_archive
from chats.signals import submission_archived
from tests.factories import (
    MediaItemFactory,
    StoredFileFactory,
    SubmissionFactory,
    ZaakFactory,
    processed_submission,
)

pytestmark = pytest.mark.django_db


class Queue:
    """Stands in for complete_archive.delay: records ids instead of running the task."""

    def __init__(self):
        self.sent: list[int] = []

    def __call__(self, submission_id):
        self.sent.append(submission_id)


@pytest.fixture
def queue(monkeypatch):
    fake = Queue()
    monkeypatch.setattr(tasks.complete_archive, "delay", fake)
    return fake


@pytest.fixture
def signals():
    received = []
    submission_archived.connect(
        lambda **kw: received.append(kw["submission_id"]), weak=False, dispatch_uid="completion"
    )
    yield received
    submission_archived.disconnect(dispatch_uid="completion")


@pytest.fixture
def renders(monkeypatch):
    calls = []
    real = archiving.write_messages_pdf

    def counting(output, **kwargs):
        report = real(output, **kwargs)
        calls.append(report.messages)
        return report

    monkeypatch.setattr(archiving, "write_messages_pdf", counting)
    return calls


def _archive(submission, ib, capture):
    with capture(execute=True):
        review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
    submission.refresh_from_db()


def test_without_eager_tasks_the_request_only_decides_and_the_task_completes(
    client, ib, submission, queue, renders, signals, django_capture_on_commit_callbacks
):
    client.force_login(ib)
    zaak = ZaakFactory(afgesloten=True)
    originals = list(
        StoredFile.objects.filter(submission=submission, role=FileRole.ORIGINAL).values_list(
            "file", flat=True
        )
    )
    started = time.perf_counter()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:chats_submission_archive", args=[submission.pk]),
            {"zaak": zaak.pk, "bevestigd": "1"},
            follow=True,
        )
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert "Het archiefstuk (PDF) wordt nu gemaakt" in response.content.decode()

    # The decision is on record; nothing heavy ran and the record is not complete yet.
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GEARCHIVEERD and submission.zaak == zaak
    assert submission.rendition_state == RenditionState.BEZIG
    assert queue.sent == [submission.pk]
    assert renders == [] and signals == [] and mail.outbox == []
    assert not StoredFile.objects.filter(submission=submission, derived_key=RENDITION_KEY).exists()
    assert all(default_storage.exists(name) for name in originals)
    assert not submissions_due_for_purge(now=timezone.now() + timedelta(days=1)).exists()
    assert elapsed < 5
    page = client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    assert "Het archiefstuk (PDF) wordt gemaakt…" in page.content.decode()
    assert (
        client.get(reverse("admin:chats_submission_rendition", args=[submission.pk])).status_code
        == 404
    )
    client.force_login(submission.submitted_by)
    mine = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert "Het archiefstuk (PDF) wordt gemaakt…" in mine
    assert "van uw telefoon verwijderen" not in mine

    # The worker runs the task: PDF with checksum, purge, mail, signal.
    with django_capture_on_commit_callbacks(execute=True):
        tasks.complete_archive.run(submission.pk)
    submission.refresh_from_db()
    assert submission.rendition_state == RenditionState.KLAAR
    assert submission.rendition_done_at is not None and submission.rendition_error == ""
    pdf = StoredFile.objects.get(submission=submission, derived_key=RENDITION_KEY)
    assert default_storage.open(pdf.file.name).read().startswith(b"%PDF")
    assert submission.originals_purged_at is not None
    assert not any(default_storage.exists(name) for name in originals)
    assert renders == [6] and signals == [submission.pk] and len(mail.outbox) == 1
    mine = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert "wordt gemaakt" not in mine and "van uw telefoon verwijderen" in mine


def test_after_archiving_the_queue_says_which_record_and_links_to_its_page(
    client, ib, submission, queue, django_capture_on_commit_callbacks
):
    """Informatiebeheer lands on the queue (triage goes on); the success message names the
    record and links to its review page, where the PDF's progress shows; it is a status."""
    import re

    client.force_login(ib)
    zaak = ZaakFactory(afgesloten=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:chats_submission_archive", args=[submission.pk]),
            {"zaak": zaak.pk, "bevestigd": "1"},
            follow=True,
        )
    assert response.redirect_chain[-1][0] == reverse("admin:chats_submission_changelist")
    html = response.content.decode()
    status = re.search(r'<div role="status"[^>]*>(.*?)</div>', html, re.S)
    assert status, "the messages are not a status region"
    success = re.search(r'<li class="success">(.*?)</li>', status.group(1), re.S).group(1)
    review = reverse("admin:chats_submission_review", args=[submission.pk])
    assert f"Inzending {submission.pk}" in success and submission.onderwerp in success
    assert zaak.zaaknummer in success and "wordt nu gemaakt" in success
    link = re.search(rf'<a href="{re.escape(review)}">([^<]+)</a>', success)
    assert link and "voortgang" in link.group(1)
    page = client.get(review).content.decode()
    assert "Het archiefstuk (PDF) wordt gemaakt…" in page


def test_the_task_run_twice_gives_one_pdf_and_one_purge(
    ib, submission, queue, renders, signals, django_capture_on_commit_callbacks
):
    _archive(submission, ib, django_capture_on_commit_callbacks)
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            tasks.complete_archive.run(submission.pk)
    assert renders == [6]
    files = StoredFile.objects.filter(submission=submission, derived_key=RENDITION_KEY)
    assert files.count() == 1
    folder = files.get().file.name.rsplit("/", 1)[0]
    pdfs = [name for name in default_storage.listdir(folder)[1] if name.endswith(".pdf")]
    assert pdfs == ["archiefstuk.pdf"]
    assert AuditEvent.objects.filter(action="originals.purged").count() == 1
    assert AuditEvent.objects.filter(action="rendition.created").count() == 1
    assert signals == [submission.pk] and len(mail.outbox) == 1
    assert archive_complete(submission_id=submission.pk).skipped == "niet_nodig"


def test_a_failing_pdf_puts_the_record_on_hold_with_a_dutch_message_and_a_retry(
    client, ib, submission, monkeypatch, signals, django_capture_on_commit_callbacks
):
    def broken(output, **kwargs):
        raise RenditionError("De PDF is te groot.")

    monkeypatch.setattr(archiving, "write_messages_pdf", broken)
    _archive(submission, ib, django_capture_on_commit_callbacks)  # eager: the task runs inline
    assert submission.rendition_state == RenditionState.MISLUKT
    assert "Het archiefstuk (PDF) kon niet worden gemaakt" in submission.rendition_error
    assert AuditEvent.objects.get(action="rendition.failed").result == "pdf_fout"
    assert signals == [] and submission.originals_purged_at is None

    client.force_login(ib)
    page = client.get(reverse("admin:chats_submission_review", args=[submission.pk])).content
    assert "kon niet worden gemaakt" in page.decode() and b"rv-rendition-retry" in page
    on_hold = client.get(
        reverse("admin:chats_submission_changelist"),
        {"status": "gearchiveerd", "rendition_state__exact": "mislukt"},
    )
    assert submission.onderwerp in on_hold.content.decode()
    # The queue says so under the status, also without the filter.
    queue = client.get(reverse("admin:chats_submission_changelist"), {"status": "gearchiveerd"})
    assert (
        'class="rv-tag rv-tag-warn">Archiefstuk kon niet worden gemaakt' in queue.content.decode()
    )
    busy = client.get(
        reverse("admin:chats_submission_changelist"),
        {"status": "gearchiveerd", "rendition_state__exact": "bezig"},
    )
    assert submission.onderwerp not in busy.content.decode()

    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:chats_submission_archive_retry", args=[submission.pk]), follow=True
        )
    assert "wordt opnieuw gemaakt" in response.content.decode()
    submission.refresh_from_db()
    assert submission.rendition_state == RenditionState.KLAAR
    assert signals == [submission.pk] and submission.originals_purged_at is not None
    queue = client.get(reverse("admin:chats_submission_changelist"), {"status": "gearchiveerd"})
    assert "rv-tag-warn" not in queue.content.decode()
    assert AuditEvent.objects.filter(action="rendition.retried").exists()


def test_a_hung_pdf_writer_fails_the_job_with_a_dutch_reason_and_can_be_retried(
    client, ib, submission, monkeypatch, settings, signals, django_capture_on_commit_callbacks
):
    """A forked part writer that hangs is killed after its time: the record is put on hold
    with the reason for Informatiebeheer, nothing half-made is stored, and a retry works."""
    from chats import rendition

    def hangs(document, target):
        time.sleep(30)

    monkeypatch.setattr(rendition, "_write_part", hangs)
    monkeypatch.setattr(rendition, "_fork_is_safe", lambda: True)  # other tests' threads
    settings.ARCHIEF_RENDITION_WRITE_TIMEOUT_SECONDS = 0.5
    settings.ARCHIEF_RENDITION_WRITE_SECONDS_PER_PAGE = 0.0
    started = time.monotonic()
    _archive(submission, ib, django_capture_on_commit_callbacks)
    assert time.monotonic() - started < 20
    assert submission.rendition_state == RenditionState.MISLUKT
    assert "duurde langer dan" in submission.rendition_error
    assert "afgebroken" in submission.rendition_error
    assert AuditEvent.objects.get(action="rendition.failed").result == "pdf_fout"
    assert not StoredFile.objects.filter(submission=submission, derived_key=RENDITION_KEY).exists()
    assert signals == [] and submission.originals_purged_at is None
    assert list(settings.ARCHIEF_TEMP_ROOT.glob("*/*.pdf")) == []
    client.force_login(ib)
    page = client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    assert "afgebroken" in page.content.decode() and b"rv-rendition-retry" in page.content

    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:chats_submission_archive_retry", args=[submission.pk]))
    submission.refresh_from_db()
    assert submission.rendition_state == RenditionState.KLAAR
    assert signals == [submission.pk]


def test_a_storage_outage_is_noted_and_left_for_the_sweep(
    ib, submission, monkeypatch, django_capture_on_commit_callbacks
):
    def outage(output, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(archiving, "write_messages_pdf", outage)
    _archive(submission, ib, django_capture_on_commit_callbacks)
    assert submission.rendition_state == RenditionState.STORING
    assert "storing" in submission.rendition_error


def test_a_task_retries_a_passing_failure_with_backoff(monkeypatch):
    from django.db import OperationalError

    def failing(*, submission_id):
        raise OperationalError("server closed the connection")

    retries = []

    def fake_retry(*, countdown, exc):
        retries.append(countdown)
        return RuntimeError("retry scheduled")

    monkeypatch.setattr(tasks, "archive_complete", failing)
    monkeypatch.setattr(tasks.complete_archive, "retry", fake_retry)
    tasks.complete_archive.push_request(retries=2, is_eager=False)
    try:
        with pytest.raises(RuntimeError, match="retry scheduled"):
            tasks.complete_archive.run(7)
    finally:
        tasks.complete_archive.pop_request()
    assert 3 <= retries[0] <= 8


def test_the_sweep_picks_up_an_unfinished_rendition_and_not_one_on_hold(
    ib, submission, queue, django_capture_on_commit_callbacks
):
    _archive(submission, ib, django_capture_on_commit_callbacks)
    assert queue.sent == [submission.pk]
    assert sweeps.sweep_unfinished_archives() == 0  # just queued
    later = timezone.now() + timedelta(minutes=10)
    assert sweeps.sweep_unfinished_archives(now=later) == 1
    assert sweeps.sweep_unfinished_archives(now=later) == 0  # once per period
    assert queue.sent == [submission.pk, submission.pk]
    Submission.objects.filter(pk=submission.pk).update(
        rendition_state=RenditionState.MISLUKT, rendition_error="Controlesom klopt niet."
    )
    assert sweeps.sweep_unfinished_archives(now=later + timedelta(minutes=10)) == 0


def test_too_many_attempts_end_on_hold(
    ib, submission, queue, settings, django_capture_on_commit_callbacks
):
    _archive(submission, ib, django_capture_on_commit_callbacks)
    Submission.objects.filter(pk=submission.pk).update(
        rendition_attempts=settings.ARCHIEF_MAX_ATTEMPTS
    )
    assert archive_complete(submission_id=submission.pk).skipped == "mislukt"
    submission.refresh_from_db()
    assert submission.rendition_state == RenditionState.MISLUKT
    assert "pogingen" in submission.rendition_error


def test_a_record_counts_as_archived_only_once_its_pdf_is_made(
    ib, submission, queue, django_capture_on_commit_callbacks
):
    from chats.models import Message

    _archive(submission, ib, django_capture_on_commit_callbacks)
    assert submission.rendition_state == RenditionState.BEZIG
    # Woo pages and exports read archived(): a record without its PDF is not there yet.
    assert not Submission.objects.archived().filter(pk=submission.pk).exists()
    assert not Message.objects.archived().filter(submission=submission).exists()
    archive_complete(submission_id=submission.pk)
    assert Submission.objects.archived().filter(pk=submission.pk).exists()
    assert Message.objects.archived().filter(submission=submission).exists()


# --- archive and rendition at any size ----------------------------------------------------------


def _pdf_text(submission) -> str:
    stored = StoredFile.objects.get(submission=submission, derived_key=RENDITION_KEY)
    with default_storage.open(stored.file.name, "rb") as fh:
        reader = PdfReader(io.BytesIO(fh.read()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_rendition_holds_one_part_of_the_messages_in_memory_at_a_time(
    ib, queue, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """A long record is rendered in parts: never all its messages (and images) at once."""
    import weasyprint

    settings.ARCHIEF_RENDITION_PART_MESSAGES = 10
    submission = processed_submission(messages=60)
    alive: weakref.WeakSet = weakref.WeakSet()

    class Tracked(archiving.RenderMessage):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            alive.add(self)

    monkeypatch.setattr(archiving, "RenderMessage", Tracked)
    in_memory_at_render = []
    real_render = weasyprint.HTML.render

    def spying_render(self, *args, **kwargs):
        gc.collect()
        in_memory_at_render.append(len(alive))
        return real_render(self, *args, **kwargs)

    monkeypatch.setattr(weasyprint.HTML, "render", spying_render)
    _archive(submission, ib, django_capture_on_commit_callbacks)
    assert archive_complete(submission_id=submission.pk).done
    # Six parts of ten; while one is rendered at most that part (plus one read ahead) exists.
    assert len(in_memory_at_render) == 6
    assert max(in_memory_at_render) <= 11
    text = _pdf_text(submission)
    # Numbered from 1 as a person counts (the stored seq starts at 0).
    positions = [text.index(f"#{number}\n") for number in range(1, 61)]
    assert positions == sorted(positions)
    assert " ".join(text.split()).count("Aantal berichten in dit archiefstuk 60") == 1
    assert AuditEvent.objects.get(action="rendition.created").detail["messages"] == 60


def test_a_storage_error_while_reading_images_is_an_outage_not_a_broken_pdf(
    ib, submission, monkeypatch, django_capture_on_commit_callbacks
):
    def unreadable(*args, **kwargs):
        raise OSError("storage unreachable")

    monkeypatch.setattr(archiving, "_images", unreadable)
    _archive(submission, ib, django_capture_on_commit_callbacks)
    assert submission.rendition_state == RenditionState.STORING


def test_a_screenshot_record_shows_its_screenshots_as_screenshots(
    ib, queue, django_capture_on_commit_callbacks
):
    submission = SubmissionFactory(upload_kind=UploadKind.SCREENSHOTS)
    StoredFileFactory(submission=submission)
    for _ in range(2):
        MediaItemFactory(submission=submission, message=None, ocr_text_redacted="Tekst")
    _archive(submission, ib, django_capture_on_commit_callbacks)
    assert archive_complete(submission_id=submission.pk).done
    text = _pdf_text(submission)
    assert "Schermafbeelding 1 van 2" in text and "Schermafbeelding 2 van 2" in text
    assert "tijd onbekend" not in text
    assert " ".join(text.split()).count("Aantal schermafbeeldingen in dit archiefstuk 2") == 1


def test_the_pdf_title_and_metadata_carry_the_redacted_onderwerp_and_the_purge_drops_the_typed_one(
    ib, submission, queue, signals, monkeypatch, django_capture_on_commit_callbacks
):
    # Issue 12: the onderwerp an employee typed was the archive PDF's title and metadata.
    submission.onderwerp = "Boom bij Piet Kraai, bsn 111222333"
    submission.onderwerp_redacted = "Boom bij [NAAM], bsn [BSN]"
    submission.omschrijving = "Piet Kraai belde op 06-12345678."
    submission.omschrijving_redacted = "[NAAM] belde op [TELEFOONNUMMER]."
    submission.save()
    seen = {}
    real = archiving.write_messages_pdf

    def capturing(output, **kwargs):
        seen.update(kwargs, metadata=list(kwargs["metadata"]))
        return real(output, **{**kwargs, "metadata": seen["metadata"]})

    monkeypatch.setattr(archiving, "write_messages_pdf", capturing)
    review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
    with django_capture_on_commit_callbacks(execute=True):
        tasks.complete_archive.run(submission.pk)
    assert seen["title"] == "WhatsAppgesprek: Boom bij [NAAM], bsn [BSN]"
    shown = " ".join(value for _, value in seen["metadata"])
    assert "Kraai" not in shown and "111222333" not in shown
    submission.refresh_from_db()
    assert submission.originals_purged_at is not None
    assert submission.onderwerp == "Boom bij [NAAM], bsn [BSN]"
    assert submission.omschrijving == "[NAAM] belde op [TELEFOONNUMMER]."


def test_an_archive_the_broker_never_got_is_queued_at_the_next_sweep(
    ib, submission, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []

    def broker_down(submission_id):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6399")

    monkeypatch.setattr(tasks.complete_archive, "delay", broker_down)
    _archive(submission, ib, django_capture_on_commit_callbacks)
    assert submission.rendition_state == RenditionState.BEZIG
    assert submission.queue_failed_at is not None
    monkeypatch.setattr(tasks.complete_archive, "delay", sent.append)
    # Seconds later, not after ARCHIEF_SWEEP_AFTER.
    assert sweeps.sweep_once() == 1
    assert sent == [submission.pk]
    assert sweeps.sweep_once() == 0


@pytest.mark.django_db(transaction=True)
def test_the_pdf_is_rendered_outside_any_transaction(ib, submission, queue, monkeypatch):
    # make run (fresh clone, 5,000 messages): the PDF took 80 s inside the transaction that locks
    # the record; SQLite takes its one write lock at BEGIN, so every page that writes (a login,
    # an audit row) failed with "database is locked" after 20 s until the PDF was stored.
    real = archiving.write_messages_pdf
    seen = []

    def rendering(output, **kwargs):
        seen.append(connection.in_atomic_block)
        return real(output, **kwargs)

    monkeypatch.setattr(archiving, "write_messages_pdf", rendering)
    review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
    assert archive_complete(submission_id=submission.pk).done
    assert seen == [False]
    submission.refresh_from_db()
    assert submission.rendition_state == RenditionState.KLAAR
