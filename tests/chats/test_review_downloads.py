"""The trail of what Informatiebeheer opens: every attachment served and the archive PDF."""

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from chats.models import MediaItem

pytestmark = pytest.mark.django_db


def test_every_attachment_served_on_the_review_page_is_an_audit_row(ib_client, ib, submission):
    media = MediaItem.objects.select_related("derived").get(submission=submission)
    response = ib_client.get(
        reverse("admin:chats_submission_media", args=[submission.pk, media.pk])
    )
    assert response.status_code == 200
    b"".join(response.streaming_content)
    row = AuditEvent.objects.get(action="media.downloaded")
    assert (row.actor, row.object_type, row.object_id) == (ib, "chats.mediaitem", str(media.pk))
    assert row.detail == {
        "submission_id": submission.pk,
        "seq": media.seq,
        "stored_file_id": media.derived_id,
        "sha256": media.derived.sha256,
        "role": "review",
    }


def test_an_attachment_that_is_not_served_writes_no_row(ib_client, submission):
    media = MediaItem.objects.get(submission=submission)
    MediaItem.objects.filter(pk=media.pk).update(derived=None)
    url = reverse("admin:chats_submission_media", args=[submission.pk, media.pk])
    assert ib_client.get(url).status_code == 404
    assert not AuditEvent.objects.filter(action="media.downloaded").exists()
