"""The outcome mail to the submitter: sent once, and a failure stays out of the logs' detail."""

import logging
import smtplib
import threading

import pytest
from django.core.mail import get_connection
from django.db import connection

from chats import outcome, tasks
from chats.constants import SubmissionStatus
from chats.models import Submission
from chats.outcome import send_review_outcome
from tests.factories import SubmissionFactory

pytestmark = pytest.mark.django_db


def test_a_refused_address_returns_false_and_logs_no_address(monkeypatch, caplog):
    submission = SubmissionFactory(status=SubmissionStatus.AFGEWEZEN)
    address = submission.submitted_by.email

    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPRecipientsRefused({address: (550, b"unknown user " + address.encode())})

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    with caplog.at_level(logging.INFO, logger="chats.outcome"):
        assert send_review_outcome(submission_id=submission.pk) is False
    assert f"submission {submission.pk}" in caplog.text
    assert address not in caplog.text


@pytest.mark.parametrize(
    "status",
    [SubmissionStatus.TE_BEOORDELEN, SubmissionStatus.AFGEWEZEN, SubmissionStatus.GEARCHIVEERD],
)
def test_the_mail_names_the_redacted_onderwerp_not_what_the_employee_typed(status, mailoutbox):
    # The question and the rejection are mailed before the originals go (and the archive
    # too when there is a purge period): the onderwerp as typed can name a resident.
    submission = SubmissionFactory(
        status=status,
        onderwerp="Klacht Gerrit Smeenge 06-11223305",
        onderwerp_redacted="Klacht [NAAM] [TELEFOONNUMMER]",
        review_note="Om wie gaat het?",
    )
    assert send_review_outcome(submission_id=submission.pk) is True
    (mail,) = mailoutbox
    for text in (mail.subject, mail.body):
        assert "Smeenge" not in text and "11223305" not in text
        assert "Klacht [NAAM] [TELEFOONNUMMER]" in text


def test_a_mail_server_that_does_not_answer_cannot_hold_the_worker_for_good(settings):
    # The outcome mail is sent with the submission's row locked (one mail per decision); with
    # Django's default (no timeout) a silent SMTP server held it until the task's hard limit.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert 0 < get_connection().timeout <= 60


def test_the_mail_quotes_the_question_without_the_residents_data(mailoutbox):
    # Red team 29: Informatiebeheer's question, as typed, named the resident and a number.
    submission = SubmissionFactory(
        status=SubmissionStatus.TERUG_NAAR_INDIENER,
        onderwerp_redacted="Klacht over een boom",
        review_note="Gaat dit over mevrouw Gerda Smeenge (06-11223305) of een ander adres?",
    )
    assert send_review_outcome(submission_id=submission.pk) is True
    (mail,) = mailoutbox
    assert "Smeenge" not in mail.body and "11223305" not in mail.body
    assert "Gaat dit over mevrouw" in mail.body and "of een ander adres?" in mail.body


@pytest.mark.django_db(transaction=True)
def test_two_workers_on_one_decision_mail_the_submitter_once(monkeypatch):
    # The sweep queues a decision again when it is not followed up after 5 minutes; on a slow
    # queue the first task then still runs, and another worker process takes the second.
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")
    submission = SubmissionFactory(
        status=SubmissionStatus.TERUG_NAAR_INDIENER, review_note="Welke zaak?"
    )
    sending, go_on = threading.Event(), threading.Event()
    sent = []

    def slow_send(submission):
        if not sending.is_set():
            sending.set()
            go_on.wait(10)
        sent.append(submission.pk)
        return True

    monkeypatch.setattr(outcome, "_mail_outcome", slow_send)

    def worker():
        try:
            tasks.after_review_decision(submission.pk, False)
        finally:
            connection.close()

    first = threading.Thread(target=worker)
    first.start()
    assert sending.wait(10)
    second = threading.Thread(target=worker)
    second.start()
    second.join(1.0)
    assert second.is_alive()  # waits for the first one's e-mail
    go_on.set()
    first.join(10)
    second.join(10)
    assert sent == [submission.pk]
    assert Submission.objects.get(pk=submission.pk).decision_followed_up_at is not None
