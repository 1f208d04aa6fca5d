"""The benchmark's generated chat: what processing would leave, of any size."""

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from chats.constants import MessageKind, SubmissionStatus
from demo.generators.records import generated_chat
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_generated_chat_has_its_messages_and_cleaned_photos():
    chat = generated_chat(user=UserFactory(), messages=60, photos=4)
    assert chat.status == SubmissionStatus.TE_BEOORDELEN
    assert chat.messages.count() == 60
    assert list(chat.messages.values_list("seq", flat=True)) == list(range(60))
    photos = chat.messages.filter(kind=MessageKind.MEDIA)
    assert photos.count() == 4
    for item in chat.media.select_related("derived", "message"):
        assert item.message.kind == MessageKind.MEDIA
        with default_storage.open(item.derived.file.name, "rb") as fh:
            image = Image.open(fh)
            assert image.format == "JPEG" and not image.getexif()
    assert chat.messages.exclude(kind=MessageKind.MEDIA).filter(text_redacted="").count() == 0
