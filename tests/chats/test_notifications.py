"""Scheduled e-mails: Informatiebeheer's daily digest and the reminder of an unanswered question.
Dutch, no chat text, scheduled by beat."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from chats import tasks
from chats.constants import SubmissionStatus
from chats.models import Message, ReviewQuestion
from chats.notifications import informatiebeheer_digest_send, question_reminders_send
from chats.review.services import review_return_to_submitter
from tests.factories import SubmissionFactory, UserFactory, processed_submission

pytestmark = pytest.mark.django_db


def test_beat_schedules_the_digest_and_the_reminders():
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {"chats.tasks.send_informatiebeheer_digest", "chats.tasks.send_question_reminders"} <= (
        scheduled
    )


def test_the_digest_counts_new_failed_and_waiting_without_chat_text(settings):
    settings.ARCHIEF_INFORMATIEBEHEER_EMAIL = "di@meppel.example"
    now = timezone.now()
    fresh = processed_submission(onderwerp="Geheime boom")
    SubmissionFactory(mislukt=True, created_at=now - timedelta(days=3))
    old = SubmissionFactory(created_at=now - timedelta(days=10), afdeling="ruimte")
    SubmissionFactory(gearchiveerd=True, created_at=now - timedelta(days=30))

    tasks.send_informatiebeheer_digest()

    [message] = mail.outbox
    assert message.to == ["di@meppel.example"]
    assert "dagelijks overzicht" in message.subject
    body = message.body
    assert "Nieuw ingestuurd (afgelopen 24 uur): 1" in body
    assert "Verwerking mislukt: 1" in body
    assert "Wacht al langer dan 7 dagen op beoordeling: 1" in body
    assert f"inzending {old.pk} (Ruimte en leefomgeving, 10 dagen geleden ingestuurd)" in body
    assert f"/admin/chats/submission/{fresh.pk}/beoordelen/" in body
    assert "Geheime boom" not in body
    for text in Message.objects.values_list("text", flat=True):
        assert not text or text not in body


def test_no_digest_when_there_is_nothing_to_report():
    SubmissionFactory(gearchiveerd=True, created_at=timezone.now() - timedelta(days=30))
    assert informatiebeheer_digest_send() is False
    assert mail.outbox == []


def test_an_unanswered_question_gets_one_reminder(ib, django_capture_on_commit_callbacks):
    owner = UserFactory(username="indiener", email="indiener@meppel.example")
    submission = processed_submission(submitted_by=owner)
    with django_capture_on_commit_callbacks(execute=True):
        review_return_to_submitter(
            submission_id=submission.pk, question="Welke zaak, mevrouw Jansen?", user=ib
        )
    mail.outbox.clear()
    question = ReviewQuestion.objects.get()

    assert question_reminders_send() == 0  # not yet due
    later = timezone.now() + timedelta(days=6)
    assert question_reminders_send(now=later) == 1
    [message] = mail.outbox
    assert message.to == ["indiener@meppel.example"]
    assert "Herinnering" in message.subject
    assert f"/mijn-inzendingen/{submission.pk}/" in message.body
    assert "mevrouw Jansen" not in message.body
    assert question_reminders_send(now=later + timedelta(days=3)) == 0  # once only
    question.refresh_from_db()
    assert question.reminded_at is not None


def test_an_answered_question_gets_no_reminder(ib, medewerker):
    from chats.services import submission_answer

    submission = processed_submission(submitted_by=medewerker)
    review_return_to_submitter(submission_id=submission.pk, question="Welke zaak?", user=ib)
    submission_answer(submission_id=submission.pk, user=medewerker, answer="Z-1")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    assert question_reminders_send(now=timezone.now() + timedelta(days=30)) == 0
