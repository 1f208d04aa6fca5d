"""Review services: redactions, selection, date order, decisions, archive flow and purge."""

import hashlib
import io
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone
from kombu.exceptions import OperationalError

from audit.models import AuditEvent
from chats import outcome, sweeps, tasks
from chats.constants import RENDITION_KEY, FileRole, SubmissionStatus
from chats.models import (
    MediaItem,
    Message,
    Participant,
    RedactionSpan,
    ReviewQuestion,
    StoredFile,
    Submission,
)
from chats.purge import originals_purge, submissions_due_for_purge
from chats.review.errors import ReviewError
from chats.review.selectors import archive_preview, message_ids_in_range
from chats.review.services import (
    date_order_confirm,
    messages_select,
    redaction_add,
    redaction_toggle,
    review_archive,
    review_reject,
    review_return_to_submitter,
)
from chats.services import submission_answer
from chats.signals import submission_archived
from tests.factories import SelectielijstResultaatFactory, ZaakFactory, processed_submission

pytestmark = pytest.mark.django_db

PII = ("06-12345678", "Jan Jansen", "Piet de Boer", "jan.jansen@example.nl", "Mila de Vries")


def _message(submission, seq):
    return Message.objects.get(submission=submission, seq=seq)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdfa_part(data: bytes) -> str | None:
    """The PDF/A part declared in the document's XMP metadata."""
    import re

    from pypdf import PdfReader

    xmp = PdfReader(io.BytesIO(data)).trailer["/Root"]["/Metadata"].get_object().get_data()
    match = re.search(rb"pdfaid:part(?:>|=\")(\d)", xmp)
    return match.group(1).decode() if match else None


# --- redactions ----------------------------------------------------------------------------------


def test_undoing_a_redaction_shows_the_text_and_redoing_hides_it_again(submission, ib):
    span = RedactionSpan.objects.get(message__seq=0, submission=submission)
    assert "[TELEFOONNUMMER]" in _message(submission, 0).text_redacted

    redaction_toggle(span_id=span.pk, user=ib)
    message = _message(submission, 0)
    assert message.text_redacted == message.text
    span.refresh_from_db()
    assert not span.active and span.changed_by == ib

    redaction_toggle(span_id=span.pk, user=ib)
    assert "[TELEFOONNUMMER]" in _message(submission, 0).text_redacted
    actions = list(
        AuditEvent.objects.filter(object_id=str(submission.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions[-2:] == ["redaction.toggled", "redaction.toggled"]


def test_a_participant_name_becomes_the_pseudonym_not_a_placeholder(submission):
    assert _message(submission, 1).text_redacted == (
        "Dank u Deelnemer 1, we sturen vandaag iemand langs."
    )
    assert "[NAAM]" in _message(submission, 2).text_redacted  # Piet is no participant


def test_adding_a_redaction_by_hand_replaces_the_selected_text(submission, ib):
    message = _message(submission, 4)
    start = message.text.index("Z-2024-000123")
    span = redaction_add(
        submission_id=submission.pk,
        message_id=message.pk,
        start=start,
        end=start + len("Z-2024-000123"),
        label="ADDRESS",
        user=ib,
    )
    assert span.source == "handmatig"
    assert _message(submission, 4).text_redacted == "De boom is weggehaald. Zaak [ADRES]."
    event = AuditEvent.objects.get(action="redaction.added")
    assert event.detail["redaction_id"] == span.pk
    assert "Z-2024" not in str(event.detail)


def test_a_redaction_can_be_added_to_ocr_text(submission, ib):
    media = MediaItem.objects.get(submission=submission)
    redaction_add(
        submission_id=submission.pk, media_id=media.pk, start=21, end=25, label="PERSON", user=ib
    )
    media.refresh_from_db()
    assert media.ocr_text_redacted == "Bel [TELEFOONNUMMER] voor [NAAM]"


@pytest.mark.parametrize(
    ("start", "end", "label", "fragment"),
    [
        (60, 70, "PHONE", "overlapt"),  # overlaps the phone number
        (5, 3, "PHONE", "Selecteer"),
        (0, 999, "PHONE", "Selecteer"),
        (12, 13, "PHONE", "Selecteer"),  # only a space
        (0, 4, "GEHEIM", "Kies wat"),
    ],
)
def test_bad_new_redactions_are_refused_in_dutch(submission, ib, start, end, label, fragment):
    message = _message(submission, 0)
    with pytest.raises(ReviewError) as info:
        redaction_add(
            submission_id=submission.pk,
            message_id=message.pk,
            start=start,
            end=end,
            label=label,
            user=ib,
        )
    assert fragment in info.value.message
    assert RedactionSpan.objects.filter(message=message).count() == 1


def test_a_message_of_another_submission_cannot_be_redacted_through_this_one(submission, ib):
    other = processed_submission()
    with pytest.raises(ReviewError):
        redaction_add(
            submission_id=submission.pk,
            message_id=_message(other, 0).pk,
            start=0,
            end=4,
            label="PERSON",
            user=ib,
        )


# --- selection and date order ------------------------------------------------------------------


def test_selection_keeps_exactly_the_chosen_messages(submission, ib):
    ids = message_ids_in_range(submission_id=submission.pk, first_seq=4, last_seq=1)
    assert messages_select(submission_id=submission.pk, message_ids=ids, user=ib) == 4
    in_record = set(
        Message.objects.filter(submission=submission, in_record=True).values_list("seq", flat=True)
    )
    assert in_record == {1, 2, 3, 4}
    event = AuditEvent.objects.get(action="submission.selection_changed")
    assert event.detail == {"selected": 4, "total": 6}


def test_confirming_month_first_swaps_day_and_month_of_every_message(ib):
    submission = processed_submission(uncertain=True)
    before = _message(submission, 0).sent_at
    date_order_confirm(submission_id=submission.pk, date_order="MDY", user=ib)
    submission.refresh_from_db()
    assert not submission.date_order_uncertain
    assert submission.detected_format["date_order"] == "MDY"
    after = timezone.localtime(_message(submission, 0).sent_at)
    assert (after.month, after.day, after.hour, after.minute) == (12, 3, 9, 15)
    assert before != _message(submission, 0).sent_at


def test_confirming_the_parsers_order_changes_no_date(ib):
    submission = processed_submission(uncertain=True)
    before = list(Message.objects.filter(submission=submission).values_list("sent_at", flat=True))
    date_order_confirm(submission_id=submission.pk, date_order="DMY", user=ib)
    after = list(Message.objects.filter(submission=submission).values_list("sent_at", flat=True))
    assert before == after
    assert (
        AuditEvent.objects.get(action="submission.date_order_confirmed").detail["messages_changed"]
        == 0
    )


def test_a_swap_that_gives_an_impossible_date_is_refused(ib):
    submission = processed_submission(uncertain=True)
    message = _message(submission, 0)
    message.sent_at = message.sent_at.replace(day=25)
    message.save()
    with pytest.raises(ReviewError):
        date_order_confirm(submission_id=submission.pk, date_order="MDY", user=ib)
    submission.refresh_from_db()
    assert submission.date_order_uncertain


# --- archive ----------------------------------------------------------------------------------


def test_archive_preview_shows_the_retention_of_the_chosen_result():
    zaak = ZaakFactory(einddatum=date(2024, 8, 31))
    preview = archive_preview(
        zaak=zaak, resultaat=SelectielijstResultaatFactory(bewaartermijn="P1Y6M")
    )
    assert preview.archiefactiedatum == date(2026, 2, 28)
    zaak.refresh_from_db()
    assert zaak.resultaat_id is None  # nothing saved


def test_the_archive_flow_end_to_end(submission, ib, django_capture_on_commit_callbacks):
    zaak = ZaakFactory(einddatum=date(2024, 3, 13))
    resultaat = SelectielijstResultaatFactory(bewaartermijn="P5Y")
    ids = message_ids_in_range(submission_id=submission.pk, first_seq=0, last_seq=3)
    messages_select(submission_id=submission.pk, message_ids=ids, user=ib)
    originals = list(
        StoredFile.objects.filter(submission=submission, role=FileRole.ORIGINAL).values_list(
            "file", flat=True
        )
    )
    assert all(default_storage.exists(name) for name in originals)
    received = []
    submission_archived.connect(
        lambda **kw: received.append(kw["submission_id"]), weak=False, dispatch_uid="e2e-test"
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            review_archive(submission_id=submission.pk, zaak=zaak, resultaat=resultaat, user=ib)
    finally:
        submission_archived.disconnect(dispatch_uid="e2e-test")

    submission.refresh_from_db()
    zaak.refresh_from_db()
    assert submission.status == SubmissionStatus.GEARCHIVEERD
    assert submission.zaak == zaak and submission.reviewed_by == ib
    assert submission.archived_at is not None and submission.zaaknummer == zaak.zaaknummer
    assert zaak.resultaat == resultaat and zaak.archiefactiedatum == date(2029, 3, 13)

    # The PDF: stored with its SHA-256, PDF/A, only the selected messages, redacted.
    pdf_file = StoredFile.objects.get(submission=submission, derived_key=RENDITION_KEY)
    data = default_storage.open(pdf_file.file.name).read()
    assert data.startswith(b"%PDF")
    assert hashlib.sha256(data).hexdigest() == pdf_file.sha256 and pdf_file.size == len(data)
    assert pdfa_part(data) == "2"
    text = pdf_text(data)
    assert "[TELEFOONNUMMER]" in text and "Deelnemer 1" in text
    assert zaak.zaaknummer in text and "13-03-2029" in text
    assert "weggehaald" not in text  # message 4 was not selected
    for value in PII:
        assert value not in text

    # Originals purged: files gone, rows kept as tombstones; only the redacted record remains.
    assert not any(default_storage.exists(name) for name in originals)
    assert submission.originals_purged_at is not None
    assert not StoredFile.objects.filter(
        submission=submission, role=FileRole.ORIGINAL, purged_at__isnull=True
    ).exists()
    assert default_storage.exists(pdf_file.file.name)
    derived_photo = MediaItem.objects.get(submission=submission).derived
    assert derived_photo.purged_at is None and default_storage.exists(derived_photo.file.name)
    assert Message.objects.filter(submission=submission).count() == 4
    assert not Message.objects.filter(submission=submission).exclude(text="").exists()
    assert set(
        Participant.objects.filter(submission=submission).values_list("name", flat=True)
    ) == {
        "Deelnemer 1",
        "Deelnemer 2",
    }
    assert MediaItem.objects.get(submission=submission).ocr_text == ""
    remaining = " ".join(
        Message.objects.filter(submission=submission).values_list("text_redacted", flat=True)
    )
    for value in PII:
        assert value not in remaining

    # Signal, mail and audit.
    assert received == [submission.pk]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [submission.submitted_by.email]
    assert "gearchiveerd" in mail.outbox[0].subject
    assert zaak.zaaknummer in mail.outbox[0].body
    assert f"http://localhost:8000/mijn-inzendingen/{submission.pk}/" in mail.outbox[0].body
    for value in PII:
        assert value not in mail.outbox[0].body
    archived = AuditEvent.objects.get(action="submission.archived")
    assert archived.detail["archiefactiedatum"] == "2029-03-13"
    made = AuditEvent.objects.get(action="rendition.created")
    assert made.detail["pdf_sha256"] == pdf_file.sha256
    assert made.detail["files_checked"] == 2  # original + cleaned photo
    assert submission.rendition_state == "klaar" and submission.rendition_done_at is not None
    assert AuditEvent.objects.filter(action="originals.purged").exists()
    assert AuditEvent.objects.filter(action="zaak.changed", object_id=str(zaak.pk)).exists()


def test_a_changed_file_stops_the_record_from_completing_and_is_logged(
    submission, ib, django_capture_on_commit_callbacks
):
    stored = StoredFile.objects.get(submission=submission, role=FileRole.ORIGINAL)
    with default_storage.open(stored.file.name, "wb") as fh:
        fh.write(b"iets anders")
    received = []
    submission_archived.connect(
        lambda **kw: received.append(kw["submission_id"]), weak=False, dispatch_uid="sum-test"
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
    finally:
        submission_archived.disconnect(dispatch_uid="sum-test")
    submission.refresh_from_db()
    # The decision stands, but the record is on hold: no PDF, no purge, no signal, no mail.
    assert submission.status == SubmissionStatus.GEARCHIVEERD
    assert submission.rendition_state == "mislukt" and submission.rendition_done_at is None
    assert "controlesom" in submission.rendition_error
    event = AuditEvent.objects.get(action="rendition.failed")
    assert event.result == "controlesom_fout"
    assert not StoredFile.objects.filter(derived_key=RENDITION_KEY).exists()
    assert submission.originals_purged_at is None and default_storage.exists(stored.file.name)
    assert received == [] and mail.outbox == []
    assert not submissions_due_for_purge(now=submission.archived_at + timedelta(days=999)).exists()


def test_archiving_needs_a_result_and_a_selected_message(submission, ib):
    with pytest.raises(ReviewError) as info:
        review_archive(submission_id=submission.pk, zaak=ZaakFactory(), user=ib)
    assert "resultaat" in info.value.message
    messages_select(submission_id=submission.pk, message_ids=[], user=ib)
    MediaItem.objects.filter(submission=submission).update(message=None)
    MediaItem.objects.filter(submission=submission).delete()
    with pytest.raises(ReviewError) as info:
        review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
    assert "ten minste één bericht" in info.value.message


def test_a_result_outside_the_zaaktype_is_refused(submission, ib):
    from tests.factories import ProcestypeFactory

    other = SelectielijstResultaatFactory(
        procestype=ProcestypeFactory(nummer=11, naam="Toestemming verlenen"), nummer="11.1"
    )
    with pytest.raises(ReviewError) as info:
        review_archive(submission_id=submission.pk, zaak=ZaakFactory(), resultaat=other, user=ib)
    assert "procestype" in info.value.message


def test_with_a_purge_period_originals_stay_until_the_command_runs(
    submission, ib, settings, django_capture_on_commit_callbacks
):
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(days=30)
    with django_capture_on_commit_callbacks(execute=True):
        review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
    submission.refresh_from_db()
    assert submission.originals_purged_at is None
    assert not submissions_due_for_purge().exists()
    later = submission.archived_at + timedelta(days=30, seconds=1)
    assert list(submissions_due_for_purge(now=later)) == [submission]

    Submission.objects.filter(pk=submission.pk).update(
        archived_at=submission.archived_at - timedelta(days=31)
    )
    out = io.StringIO()
    call_command("purge_originals", stdout=out)
    assert "1 inzending" in out.getvalue()
    submission.refresh_from_db()
    assert submission.originals_purged_at is not None
    # Running again finds nothing: the purge is idempotent.
    assert originals_purge(submission_id=submission.pk).already_purged


@pytest.mark.parametrize("decision", ["archive", "reject"])
def test_the_purge_leaves_no_personal_data_in_what_was_typed_around_the_chat(
    decision, submission, ib, django_capture_on_commit_callbacks
):
    # The onderwerp and omschrijving were redacted, but "gesprek met (anders)", "waar
    # vastgelegd" and the question and answer between Informatiebeheer and the submitter stayed
    # as typed after the purge: a resident's name, BSN and phone number in the database.
    Submission.objects.filter(pk=submission.pk).update(
        gesprekspartner="anders",
        gesprekspartner_anders="Femke Rozendal 06-11223306",
        elders_vastgelegd="ja",
        elders_vastgelegd_waar="dossier Femke Rozendal, bsn 238476005",
    )
    ReviewQuestion.objects.create(
        submission=submission,
        asked_by=ib,
        question="Gaat het om Jan Jansen of om mevrouw Veenstra?",
        answer="Het gaat om Geesje Veenstra, BSN 238470003, 06-11223314",
    )
    with django_capture_on_commit_callbacks(execute=True):
        if decision == "archive":
            review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
        else:
            review_reject(
                submission_id=submission.pk,
                reason="anders",
                note="Dubbel met de melding van Femke Rozendal.",
                user=ib,
            )
    submission.refresh_from_db()
    assert submission.originals_purged_at is not None
    question = ReviewQuestion.objects.get(submission=submission)
    kept = " ".join(
        (
            submission.gesprekspartner_anders,
            submission.elders_vastgelegd_waar,
            submission.review_note,
            question.question,
            question.answer,
        )
    )
    for secret in ("Rozendal", "11223306", "238476005", "Veenstra", "238470003", "11223314"):
        assert secret not in kept
    assert "Jansen" not in question.question  # a participant, known by name in this chat
    # What is left still says what it was.
    assert submission.gesprekspartner_anders.startswith("[NAAM]")
    assert submission.elders_vastgelegd_waar.startswith("dossier [NAAM]")
    assert question.answer.startswith("Het gaat om [NAAM], BSN [BSN]")


@pytest.mark.parametrize("decision", ["archive", "reject"])
def test_the_purge_leaves_no_personal_data_in_the_zaaknummer_as_typed(
    decision, submission, ib, django_capture_on_commit_callbacks
):
    # The zaaknummer is free text on the form ("als u het weet"): an employee who does not know
    # it writes whose case it is. Archiving puts the zaak's own number there; a rejected
    # submission kept the typed value in the database after the purge.
    Submission.objects.filter(pk=submission.pk).update(
        zaaknummer="mw Femke Rozendal, bsn 238476005"
    )
    with django_capture_on_commit_callbacks(execute=True):
        if decision == "archive":
            review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
        else:
            review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    submission.refresh_from_db()
    assert submission.originals_purged_at is not None
    assert "Rozendal" not in submission.zaaknummer
    assert "238476005" not in submission.zaaknummer
    if decision == "reject":
        assert submission.zaaknummer.startswith("mw [NAAM]")


def test_the_nightly_task_purges_what_is_due(
    submission, ib, settings, django_capture_on_commit_callbacks
):
    from chats.tasks import purge_due_originals

    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(days=30)
    with django_capture_on_commit_callbacks(execute=True):
        review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
    purge_due_originals()
    submission.refresh_from_db()
    assert submission.originals_purged_at is None  # not due yet
    Submission.objects.filter(pk=submission.pk).update(
        archived_at=submission.archived_at - timedelta(days=31)
    )
    purge_due_originals()
    submission.refresh_from_db()
    assert submission.originals_purged_at is not None
    assert "purge-due-originals" in settings.CELERY_BEAT_SCHEDULE


# --- reject and return ------------------------------------------------------------------------


def test_rejecting_needs_a_reason_and_removes_everything(
    submission, ib, django_capture_on_commit_callbacks
):
    with pytest.raises(ReviewError):
        review_reject(submission_id=submission.pk, reason="", user=ib)
    with pytest.raises(ReviewError):
        review_reject(submission_id=submission.pk, reason="anders", note=" ", user=ib)
    names = list(StoredFile.objects.filter(submission=submission).values_list("file", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        review_reject(
            submission_id=submission.pk, reason="dubbel", note="Zie inzending 12.", user=ib
        )
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.AFGEWEZEN
    assert submission.review_note == "Dubbel ingediend. Zie inzending 12."
    assert not Message.objects.filter(submission=submission).exists()
    assert not Participant.objects.filter(submission=submission).exists()
    assert not any(default_storage.exists(name) for name in names)
    assert "niet gearchiveerd" in mail.outbox[0].subject
    assert "Dubbel ingediend" in mail.outbox[0].body
    assert AuditEvent.objects.get(action="submission.rejected").detail == {"reason": "dubbel"}


@pytest.fixture
def queued_decisions(monkeypatch):
    """What review decisions hand to the worker (after_review_decision.delay's arguments)."""
    queued = []
    monkeypatch.setattr(
        tasks.after_review_decision, "delay", lambda pk, purge=None: queued.append((pk, purge))
    )
    return queued


def test_rejecting_leaves_the_purge_and_the_mail_to_the_worker(
    submission, ib, queued_decisions, django_capture_on_commit_callbacks
):
    # A 5,000-message chat took 2.4 s to reject while its purge ran in the request (walk 27).
    with django_capture_on_commit_callbacks(execute=True):
        review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    assert queued_decisions == [(submission.pk, True)]
    assert Message.objects.filter(submission=submission).exists()  # the worker purges
    assert not mail.outbox
    tasks.after_review_decision(submission.pk, True)  # what the worker runs
    assert not Message.objects.filter(submission=submission).exists()
    assert "niet gearchiveerd" in mail.outbox[0].subject


def test_a_question_to_the_submitter_is_mailed_by_the_worker_and_purges_nothing(
    submission, ib, queued_decisions, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        review_return_to_submitter(submission_id=submission.pk, question="Welke zaak?", user=ib)
    assert queued_decisions == [(submission.pk, False)]


def _a_while_ago(submission):
    Submission.objects.filter(pk=submission.pk).update(
        reviewed_at=timezone.now() - timedelta(minutes=10)
    )


def test_a_rejection_whose_task_was_lost_is_purged_and_mailed_by_the_sweep(
    submission, ib, queued_decisions, django_capture_on_commit_callbacks, monkeypatch
):
    # Redis keeps nothing across a restart: the worker never saw the task (stop 28 left it).
    with django_capture_on_commit_callbacks(execute=True):
        review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    queued_decisions.clear()
    assert sweeps.sweep_unfollowed_decisions() == 0  # the worker may still be at it
    _a_while_ago(submission)
    assert sweeps.sweep_unfollowed_decisions() == 1
    assert queued_decisions == [(submission.pk, None)]
    assert sweeps.sweep_unfollowed_decisions() == 0  # another sweeper does not queue it again
    tasks.after_review_decision(submission.pk)  # what the worker runs: purge follows the status
    assert not Message.objects.filter(submission=submission).exists()
    assert "niet gearchiveerd" in mail.outbox[0].subject
    later = timezone.now() + timedelta(minutes=30)
    assert sweeps.sweep_unfollowed_decisions(now=later) == 0  # done: never mailed twice
    assert len(mail.outbox) == 1


def test_a_question_mail_that_failed_is_tried_again_by_the_sweep(
    submission, ib, queued_decisions, django_capture_on_commit_callbacks, monkeypatch
):
    with django_capture_on_commit_callbacks(execute=True):
        review_return_to_submitter(submission_id=submission.pk, question="Welke zaak?", user=ib)

    def smtp_down(self, *args, **kwargs):
        raise ConnectionRefusedError("smtp")

    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.EmailMessage.send", smtp_down)
        tasks.after_review_decision(submission.pk, False)
    assert not mail.outbox
    _a_while_ago(submission)
    queued_decisions.clear()
    assert sweeps.sweep_unfollowed_decisions() == 1
    tasks.after_review_decision(*queued_decisions[0])
    assert Message.objects.filter(submission=submission).exists()  # a question purges nothing
    (question,) = mail.outbox  # mailed now, once
    assert question.subject.startswith("Vraag over uw WhatsAppgesprek")
    later = timezone.now() + timedelta(minutes=30)
    assert sweeps.sweep_unfollowed_decisions(now=later) == 0


def test_a_mail_that_keeps_failing_is_tried_again_for_two_days_not_for_ever(
    submission, ib, queued_decisions, django_capture_on_commit_callbacks
):
    # Review 29: an address refused for good was mailed (and purged) every 5 minutes for ever.
    with django_capture_on_commit_callbacks(execute=True):
        review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    queued_decisions.clear()
    _a_while_ago(submission)
    day = timedelta(days=1)
    assert sweeps.sweep_unfollowed_decisions(now=timezone.now() + day) == 1
    assert sweeps.sweep_unfollowed_decisions(now=timezone.now() + 3 * day) == 0


def test_a_question_answered_before_its_task_ran_is_not_mailed_after_the_answer(
    submission, ib, queued_decisions, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        review_return_to_submitter(submission_id=submission.pk, question="Welke zaak?", user=ib)
    Submission.objects.filter(pk=submission.pk).update(status=SubmissionStatus.TE_BEOORDELEN)
    tasks.after_review_decision(*queued_decisions[0])  # a slow queue: it runs after the answer
    assert not mail.outbox


def test_a_submitter_without_an_address_is_no_follow_up_to_sweep(
    submission, ib, queued_decisions, django_capture_on_commit_callbacks
):
    submission.submitted_by.email = ""
    submission.submitted_by.save()
    with django_capture_on_commit_callbacks(execute=True):
        review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    tasks.after_review_decision(submission.pk, True)
    _a_while_ago(submission)
    assert sweeps.sweep_unfollowed_decisions() == 0


def test_a_record_asked_about_before_is_still_mailed_when_archived(
    submission, ib, django_capture_on_commit_callbacks
):
    # The question's follow-up was marked done; archiving is a decision of its own.
    with django_capture_on_commit_callbacks(execute=True):
        review_return_to_submitter(submission_id=submission.pk, question="Welke zaak?", user=ib)
    submission_answer(
        submission_id=submission.pk, user=submission.submitted_by, answer="Die van de boom."
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
    (archived,) = mail.outbox
    assert "gearchiveerd" in archived.subject


def test_a_second_task_that_starts_while_the_first_purges_does_not_mail_again(
    submission, ib, queued_decisions, django_capture_on_commit_callbacks, monkeypatch
):
    # A slow queue: the sweep queues the decision again at 5 minutes and a second worker
    # process takes it while the first is still purging a large chat. Both had passed the
    # 'followed up yet?' check, so both mailed.
    with django_capture_on_commit_callbacks(execute=True):
        review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    purge = outcome.originals_purge
    second = []

    def purge_while_the_sweeps_task_runs(**kwargs):
        result = purge(**kwargs)
        if not second:
            second.append(True)
            tasks.after_review_decision(submission.pk)  # the sweep's task, in between
        return result

    monkeypatch.setattr(outcome, "originals_purge", purge_while_the_sweeps_task_runs)
    tasks.after_review_decision(submission.pk, True)
    assert second
    assert len(mail.outbox) == 1


def test_with_the_broker_down_a_rejection_still_purges_and_mails_at_once(
    submission, ib, monkeypatch, django_capture_on_commit_callbacks
):
    def broker_down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(tasks.after_review_decision, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    assert not Message.objects.filter(submission=submission).exists()
    assert "niet gearchiveerd" in mail.outbox[0].subject


def test_returning_to_the_submitter_asks_a_question_and_keeps_the_submission_open(
    submission, ib, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        review_return_to_submitter(
            submission_id=submission.pk, question="Bij welke zaak hoort dit?", user=ib
        )
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TERUG_NAAR_INDIENER
    assert submission.review_note == "Bij welke zaak hoort dit?"
    assert "Vraag over uw WhatsAppgesprek" in mail.outbox[0].subject
    assert Message.objects.filter(submission=submission).exists()
    # Still reviewable: Informatiebeheer can archive it once the answer is in.
    zaak = ZaakFactory(afgesloten=True)
    review_archive(submission_id=submission.pk, zaak=zaak, user=ib)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GEARCHIVEERD


def test_a_decided_submission_cannot_be_changed_again(submission, ib):
    review_reject(submission_id=submission.pk, reason="niet_archiefwaardig", user=ib)
    span = RedactionSpan.objects.filter(submission=submission).first()
    for attempt in (
        lambda: review_archive(
            submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib
        ),
        lambda: review_return_to_submitter(submission_id=submission.pk, question="?", user=ib),
        lambda: messages_select(submission_id=submission.pk, message_ids=[], user=ib),
    ):
        with pytest.raises(ReviewError) as info:
            attempt()
        assert "Afgewezen" in info.value.message
    if span is not None:
        with pytest.raises(ReviewError):
            redaction_toggle(span_id=span.pk, user=ib)


def test_no_mail_without_an_address(submission, ib, django_capture_on_commit_callbacks):
    submission.submitted_by.email = ""
    submission.submitted_by.save()
    with django_capture_on_commit_callbacks(execute=True):
        review_return_to_submitter(submission_id=submission.pk, question="Welke zaak?", user=ib)
    assert mail.outbox == []


def test_an_export_processed_by_the_real_pipeline_archives(
    ios_export, medewerker, ib, django_capture_on_commit_callbacks
):
    from chats.services import IncomingFile, submission_create

    with django_capture_on_commit_callbacks(execute=True):
        created = submission_create(
            user=medewerker,
            files=[IncomingFile(path=ios_export, client_name=ios_export.name)],
            upload_kind="ios_export",
            onderwerp="Omgewaaide boom",
            omschrijving="Afspraak over het weghalen.",
            gesprekspartner="inwoner",
            afdeling="openbare_ruimte",
            elders_vastgelegd="nee",
        )
    created.refresh_from_db()
    assert created.status == SubmissionStatus.TE_BEOORDELEN, created.failure_reason
    with django_capture_on_commit_callbacks(execute=True):
        review_archive(submission_id=created.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
    created.refresh_from_db()
    assert created.status == SubmissionStatus.GEARCHIVEERD
    pdf = StoredFile.objects.get(submission=created, derived_key=RENDITION_KEY)
    text = pdf_text(default_storage.open(pdf.file.name).read())
    assert "De boom is weggehaald" in text
    assert "Jan Jansen" not in text and "Mila de Vries" not in text
    assert created.originals_purged_at is not None


def test_a_failing_listener_does_not_undo_or_break_the_archive(
    submission, ib, django_capture_on_commit_callbacks
):
    def broken(**kwargs):
        raise RuntimeError("index down")

    submission_archived.connect(broken, weak=False, dispatch_uid="broken-test")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            review_archive(submission_id=submission.pk, zaak=ZaakFactory(afgesloten=True), user=ib)
    finally:
        submission_archived.disconnect(dispatch_uid="broken-test")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GEARCHIVEERD
    assert len(mail.outbox) == 1


def test_a_question_mail_sends_replies_to_informatiebeheer(
    submission, ib, settings, django_capture_on_commit_callbacks
):
    settings.ARCHIEF_INFORMATIEBEHEER_EMAIL = "di@meppel.example"
    with django_capture_on_commit_callbacks(execute=True):
        review_return_to_submitter(
            submission_id=submission.pk, question="Welke zaak hoort hierbij?", user=ib
        )
    [message] = mail.outbox
    assert message.reply_to == ["di@meppel.example"]
    assert "di@meppel.example" in message.body
    assert "Welke zaak hoort hierbij?" in message.body
