"""The record page draws an image attachment as a thumbnail and offers a voice note as a link
to open, deciding by MediaItem.is_image."""

import pytest
from django.urls import reverse

from chats.constants import MediaRelease
from tests.factories import png_bytes
from tests.woo.conftest import attach_media

pytestmark = pytest.mark.django_db


def test_an_image_is_drawn_and_a_voice_note_is_a_link_to_open(make_record, woo_client):
    record = make_record(["foto", "spraak", "Dank u."])
    photo = attach_media(
        record,
        1,
        mime="image/jpeg",
        content=png_bytes(),
        name="IMG-20240312-WA0001.jpg",
        release=MediaRelease.GEANONIMISEERD,
    )
    voice = attach_media(
        record,
        2,
        mime="audio/ogg",
        content=b"inhoud spraak",
        name="PTT-20240312-WA0002.opus",
        release=MediaRelease.VRIJGEGEVEN,
    )

    page = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()

    photo_url = reverse("woo:record_media", args=[record.pk, photo.pk])
    voice_url = reverse("woo:record_media", args=[record.pk, voice.pk])
    assert f'<img src="{photo_url}"' in page
    assert f'<img src="{voice_url}"' not in page
    assert f'<a href="{voice_url}">Geluidsopname openen</a>' in page
    assert f'<a href="{photo_url}">Afbeelding openen</a>' not in page
