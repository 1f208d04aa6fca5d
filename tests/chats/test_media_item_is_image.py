"""MediaItem.is_image: whether a page draws the attachment as an image (no database needed)."""

import pytest

from chats.models import MediaItem


@pytest.mark.parametrize(
    ("mime", "expected"),
    [
        ("image/png", True),
        ("image/jpeg", True),
        ("image/webp", True),
        ("audio/ogg", False),
        ("video/mp4", False),
        ("application/pdf", False),
        ("text/vcard", False),
        ("", False),
    ],
)
def test_is_image_says_whether_the_attachment_is_an_image(mime, expected):
    assert MediaItem(mime_type=mime).is_image is expected
