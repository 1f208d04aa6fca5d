"""The employee's own page says how many messages went into the archived record, not only how
many were sent (walk of stop 44: "Berichten 300" while Informatiebeheer archived 298)."""

import re

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from chats.models import Message
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def _berichten(client, submission) -> str:
    client.force_login(submission.submitted_by)
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    found = re.search(r"<dt[^>]*>Berichten</dt><dd[^>]*>(.*?)</dd>", page)
    assert found, "the page names the messages"
    return found.group(1)


def test_archived_with_some_left_out_says_how_many_of_how_many(client):
    submission = processed_submission(messages=12)
    Message.objects.filter(submission=submission, seq__in=(3, 4)).update(in_record=False)
    assert _berichten(client, submission) == "12"  # still under review: what was sent
    submission.status = SubmissionStatus.GEARCHIVEERD
    submission.save(update_fields=["status"])
    assert _berichten(client, submission) == "10 van 12 berichten gearchiveerd"


def test_archived_whole_says_all_were_archived(client):
    submission = processed_submission(messages=12)
    submission.status = SubmissionStatus.GEARCHIVEERD
    submission.save(update_fields=["status"])
    assert _berichten(client, submission) == "12 berichten gearchiveerd"


def _screenshots(client, submission) -> str:
    client.force_login(submission.submitted_by)
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    found = re.search(r"<dt[^>]*>Schermafbeeldingen</dt><dd[^>]*>(.*?)</dd>", page)
    assert found, "the page names the screenshots"
    return found.group(1)


def test_a_screenshot_upload_says_how_many_screenshots(client):
    """Walk fixw2 (F): an export showed "Berichten 11", a screenshot upload no count at all."""
    from chats.constants import MediaRelease, UploadKind
    from tests.factories import MediaItemFactory, SubmissionFactory

    submission = SubmissionFactory(upload_kind=UploadKind.SCREENSHOTS)
    shots = [MediaItemFactory(submission=submission, seq=seq, message=None) for seq in range(3)]
    assert _screenshots(client, submission) == "3"
    shots[1].release = MediaRelease.ACHTERGEHOUDEN
    shots[1].save(update_fields=["release"])
    submission.status = SubmissionStatus.GEARCHIVEERD
    submission.save(update_fields=["status"])
    assert _screenshots(client, submission) == "2 van 3 schermafbeeldingen gearchiveerd"
    shots[1].release = MediaRelease.VRIJGEGEVEN
    shots[1].save(update_fields=["release"])
    assert _screenshots(client, submission) == "3 schermafbeeldingen gearchiveerd"
