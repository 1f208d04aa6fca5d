"""The notice of an earlier upload of the same files (walk48): after Informatiebeheer rejected
the submission it stood next to "Afgewezen" saying "u hoeft niets te doen", and it quoted the
earlier one's status in lower case ("wacht op beoordeling door informatiebeheer")."""

import re

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from tests.factories import SubmissionFactory

pytestmark = pytest.mark.django_db


def _notice(client, submission) -> str:
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    found = re.search(r'<div class="alert alert-info" id="dubbel">(.*?)</div>', page, re.S)
    return found.group(1) if found else ""


def test_the_notice_quotes_the_status_as_written(client, medewerker):
    first = SubmissionFactory(submitted_by=medewerker, status=SubmissionStatus.TE_BEOORDELEN)
    second = SubmissionFactory(
        submitted_by=medewerker, status=SubmissionStatus.TE_BEOORDELEN, duplicate_of=first
    )
    client.force_login(medewerker)
    notice = _notice(client, second)
    assert "Wacht op beoordeling door Informatiebeheer" in notice
    assert "informatiebeheer)" not in notice


def test_no_stale_notice_once_the_submission_is_decided(client, medewerker):
    first = SubmissionFactory(submitted_by=medewerker, status=SubmissionStatus.TE_BEOORDELEN)
    second = SubmissionFactory(
        submitted_by=medewerker, status=SubmissionStatus.AFGEWEZEN, duplicate_of=first
    )
    client.force_login(medewerker)
    assert "u hoeft niets te doen" not in _notice(client, second)
