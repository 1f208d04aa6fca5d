"""The outcome mail to the submitter: sent once, and a failure stays out of the logs' detail."""

import logging
import smtplib

import pytest

from chats.constants import SubmissionStatus
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
