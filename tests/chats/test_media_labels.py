"""Dutch names for attachment types instead of MIME types."""

import pytest

from chats.media_labels import media_label


@pytest.mark.parametrize(
    "mime, label",
    [
        ("audio/ogg", "Geluidsopname"),
        ("video/mp4", "Video"),
        ("image/webp", "Afbeelding"),
        ("application/pdf", "PDF-document"),
        ("text/x-vcard", "Contactkaart"),
        ("TEXT/VCARD", "Contactkaart"),
        ("application/octet-stream", "Bijlage"),
        ("", "Bijlage"),
        (None, "Bijlage"),
    ],
)
def test_media_label_names_the_kind_in_dutch(mime, label):
    assert media_label(mime) == label
