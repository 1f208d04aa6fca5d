"""The archive confirmation, walk of stop 48: it lists the attachments and screenshots that go
into the record, split into those Woo and the archive PDF get and those withheld, so the
archivist knows what leaves before confirming. Attachments of messages left out of the record
are not listed: they go nowhere."""

import re

import pytest
from django.urls import reverse

from chats.constants import MediaRelease
from chats.models import MediaItem, Message
from tests.factories import (
    MediaItemFactory,
    SelectielijstResultaatFactory,
    ZaakFactory,
    processed_submission,
)

pytestmark = pytest.mark.django_db


def _confirmation(client, submission) -> str:
    choice = {
        "zaak": ZaakFactory(afgesloten=True).pk,
        "resultaat": SelectielijstResultaatFactory().pk,
    }
    response = client.post(reverse("admin:chats_submission_archive", args=[submission.pk]), choice)
    assert response.status_code == 200
    return response.content.decode()


def _block(page: str, block_id: str) -> str:
    found = re.search(rf'<div[^>]*id="{block_id}".*?</div>', page, re.S)
    assert found, f"the confirmation has #{block_id}"
    return found.group(0)


def test_it_lists_released_and_withheld_attachments_apart(ib_client):
    submission = processed_submission(messages=12)
    photo = MediaItem.objects.get(submission=submission, seq=0)  # cleaned: goes to Woo
    voice = MediaItemFactory(
        submission=submission,
        seq=1,
        message=Message.objects.get(submission=submission, seq=4),
        mime_type="audio/ogg",
        release=MediaRelease.ACHTERGEHOUDEN,
    )
    card = MediaItemFactory(
        submission=submission,
        seq=2,
        message=Message.objects.get(submission=submission, seq=7),
        mime_type="text/vcard",
        release=MediaRelease.NOOIT,
    )
    page = _confirmation(ib_client, submission)
    block = _block(page, "rv-confirm-media")
    released = re.search(r'<ul id="rv-confirm-released">.*?</ul>', block, re.S).group(0)
    withheld = re.search(r'<ul id="rv-confirm-withheld">.*?</ul>', block, re.S).group(0)
    assert f"Afbeelding bij bericht #{photo.message.seq + 1}" in released
    assert "Geluidsopname bij bericht #5" in withheld
    assert "Contactkaart bij bericht #8" in withheld
    assert "Geluidsopname" not in released and "Contactkaart" not in released
    assert "Afbeelding" not in withheld
    # Each links to its message on the review page, to release or withhold it there.
    assert f'href="{reverse("admin:chats_submission_review", args=[submission.pk])}' in withheld
    assert f"#m-{voice.message.seq}" in withheld and f"#m-{card.message.seq}" in withheld
    assert "<strong>1</strong> gaat mee naar Woo en in het archiefstuk" in block
    assert "<strong>2</strong> achtergehouden: niet naar Woo en niet in de PDF" in block


def test_a_message_left_out_of_the_record_takes_its_attachment_with_it(ib_client):
    submission = processed_submission(messages=12)
    left_out = Message.objects.get(submission=submission, seq=4)
    left_out.in_record = False
    left_out.save(update_fields=["in_record"])
    MediaItemFactory(
        submission=submission,
        seq=1,
        message=left_out,
        mime_type="audio/ogg",
        release=MediaRelease.ACHTERGEHOUDEN,
    )
    block = _block(_confirmation(ib_client, submission), "rv-confirm-media")
    assert "Geluidsopname" not in block


def test_loose_screenshots_are_listed_by_number(ib_client):
    submission = processed_submission(messages=6, with_photo=False, upload_kind="screenshots")
    MediaItemFactory(submission=submission, seq=0)
    MediaItemFactory(submission=submission, seq=1, release=MediaRelease.ACHTERGEHOUDEN)
    block = _block(_confirmation(ib_client, submission), "rv-confirm-media")
    released = re.search(r'<ul id="rv-confirm-released">.*?</ul>', block, re.S).group(0)
    withheld = re.search(r'<ul id="rv-confirm-withheld">.*?</ul>', block, re.S).group(0)
    assert "Schermafbeelding 1" in released and "Schermafbeelding 2" not in released
    assert "Schermafbeelding 2" in withheld


def test_without_attachments_nothing_is_listed(ib_client):
    submission = processed_submission(messages=6, with_photo=False)
    assert 'id="rv-confirm-media"' not in _confirmation(ib_client, submission)
