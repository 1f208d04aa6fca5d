"""The review page lists the attachments that wait for Informatiebeheer to release them, with a
link to each (walk of stop 26: in a 5,000-message chat over 83 days the one voice note, withheld
until released, could only be found by paging through the days)."""

import pytest
from django.urls import reverse

from chats.constants import MediaRelease
from chats.models import Message
from tests.factories import MediaItemFactory, processed_submission

pytestmark = pytest.mark.django_db


def test_withheld_attachments_are_listed_with_a_link_to_their_message(ib_client):
    submission = processed_submission(messages=600)
    message = Message.objects.get(submission=submission, seq=520)
    MediaItemFactory(
        submission=submission,
        message=message,
        mime_type="audio/ogg",
        name="PTT-20241023-WA0001.opus",
        release=MediaRelease.ACHTERGEHOUDEN,
    )
    url = reverse("admin:chats_submission_review", args=[submission.pk])
    page = ib_client.get(url).content.decode()
    assert 'id="rv-withheld"' in page
    assert '<a href="?bericht=520#m-520">Geluidsopname bij bericht #521</a>' in page
    # The link opens the page that holds the message.
    assert 'id="m-520"' in ib_client.get(url, {"bericht": "520"}).content.decode()


def test_nothing_is_listed_when_nothing_is_withheld(ib_client, submission):
    page = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    assert 'id="rv-withheld"' not in page.content.decode()
