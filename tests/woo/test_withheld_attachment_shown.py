"""On the record page a Woo officer reads why an attachment cannot be opened (walk of stop 26:
the search said of a voice note "beluister of bekijk ze in het gesprek", and the conversation
then only said "Bijlage: niet te bekijken in deze weergave", with no word of what it was, that
Informatiebeheer withheld it, or whom to ask)."""

import pytest

from chats.constants import MediaRelease, MessageKind
from tests.factories import MediaItemFactory, MessageFactory

pytestmark = pytest.mark.django_db


def _media_message(record, seq):
    return MessageFactory(
        submission=record,
        seq=seq,
        kind=MessageKind.MEDIA,
        text="",
        text_redacted="",
        participant=record.participants.first(),
        sent_at=record.messages.get(seq=1).sent_at,
    )


def test_a_withheld_voice_note_says_what_it_is_and_whom_to_ask(make_record, woo_client):
    record = make_record(["De Reestbrug gaat dicht."])
    MediaItemFactory(
        submission=record,
        message=_media_message(record, 2),
        mime_type="audio/ogg",
        name="PTT-20241023-WA0001.opus",
        release=MediaRelease.ACHTERGEHOUDEN,
    )
    _media_message(record, 3)  # an export without its media: only the reference came

    page = woo_client.get(f"/woo/archiefstukken/{record.pk}/").content.decode()
    assert "Geluidsopname niet vrijgegeven" in page
    assert "vraag Informatiebeheer om vrijgave" in page
    assert "Bijlage niet meegestuurd" in page
    assert "niet te bekijken in deze weergave" not in page
