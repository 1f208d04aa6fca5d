"""Walk of stop 57: what Informatiebeheer saw on the review page of a chat still in processing."""

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from tests.factories import SubmissionFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("status", [SubmissionStatus.ONTVANGEN, SubmissionStatus.IN_VERWERKING])
def test_a_chat_still_in_processing_is_not_said_to_hold_no_messages(ib_client, status):
    # A 5,000-message export opened while its processing ran said "Deze inzending bevat geen
    # berichten." under a heading "Losse afbeeldingen" and "Zo staat het gesprek in het
    # archiefstuk": none of it true yet.
    submission = SubmissionFactory(status=status, processed_at=None, progress_percent=45)
    html = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk])).content
    html = html.decode()
    assert "bevat geen berichten" not in html
    assert "Losse afbeeldingen</h3>" not in html
    assert "Zo staat het gesprek in het archiefstuk" not in html
    assert "Het gesprek staat hier zodra de verwerking klaar is" in html


def test_a_processed_chat_without_messages_still_says_so(ib_client):
    submission = SubmissionFactory(status=SubmissionStatus.TE_BEOORDELEN)
    html = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk])).content
    assert "Deze inzending bevat geen berichten." in html.decode()
