"""LOG_LEVEL=DEBUG (a setting of the deployment) logs nothing a photo's metadata says."""

import io
import logging

from PIL import Image

from chats.redaction.images import strip_metadata


def _photo_with_exif() -> bytes:
    exif = Image.Exif()
    exif[0x013B] = "Lammert Hofsteenge"  # Artist
    exif[0x010E] = "BSN 238477009"  # ImageDescription
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (0, 120, 200)).save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def test_reading_a_photo_at_debug_level_logs_none_of_its_exif(caplog):
    # Pillow logs every EXIF tag it reads, with its value, at DEBUG.
    photo = _photo_with_exif()
    with caplog.at_level(logging.DEBUG):
        strip_metadata(photo)
    assert "Hofsteenge" not in caplog.text and "238477009" not in caplog.text
