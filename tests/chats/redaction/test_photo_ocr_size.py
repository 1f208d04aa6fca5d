"""A phone camera's 12 MP photo is read scaled down, its black boxes still where the text is.

Tesseract read a 4000x3000 photo at full size: up to 14 s CPU for a street scene with a sign,
past its 60 s timeout on a loaded machine, and a photo that timed out lost its text and the
blackout of the personal data in it. Photos are now read at most PHOTO_MAX_SIDE long, and the
word boxes are scaled back to the photo's own pixels.
"""

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from chats.pipeline.build import photo_text, read_photo
from chats.redaction import ocr, tesseract_api
from chats.redaction.ocr import PHOTO_MAX_SIDE, ocr_image
from demo.generators import photos

FONT = Path(photos.FONT_DIR, "DejaVuSans.ttf")

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="DejaVu font not installed")

NOTE = ["Melding Kerkstraat 12", "Bewoner: Piet Zandstra", "Tel: 06 15499316", "Boom staat scheef"]
NOTE_BOX = (900, 700, 3100, 1700)


def _photo_of_note() -> tuple[bytes, list[tuple[int, int, int, int]]]:
    """A 12 MP photo of a note on a wall of houses, and the box of each of its lines."""
    image = photos.houses_scene((4000, 3000), seed=4)
    draw = ImageDraw.Draw(image)
    draw.rectangle(NOTE_BOX, fill=(245, 245, 235))
    font = ImageFont.truetype(str(FONT), 110)
    boxes = []
    for n, line in enumerate(NOTE):
        at = (NOTE_BOX[0] + 100, NOTE_BOX[1] + 80 + 220 * n)
        draw.text(at, line, fill=(20, 20, 20), font=font)
        boxes.append(draw.textbbox(at, line, font=font))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue(), boxes


def test_a_12_megapixel_photo_is_read_at_most_photo_max_side_long(monkeypatch):
    sizes = []
    reader = tesseract_api.Reader.tsv

    def tsv(self, images, *, timeout):
        sizes.extend(image.size for image in images)
        return reader(self, images, timeout=timeout)

    monkeypatch.setattr(tesseract_api.Reader, "tsv", tsv)
    fallback = ocr._read_panes

    def read_panes(image, **kwargs):
        sizes.append(image.size)
        return fallback(image, **kwargs)

    monkeypatch.setattr(ocr, "_read_panes", read_panes)
    data, boxes = _photo_of_note()
    result = read_photo(data)
    assert sizes
    assert max(max(size) for size in sizes) <= PHOTO_MAX_SIDE
    # The words come back in the photo's own pixels, each inside the line it was painted on.
    for line, box in zip(NOTE, boxes, strict=True):
        first = line.split()[0]
        word = next(w for w in result.words if w.text == first)
        assert box[0] - 10 <= word.left and word.right <= box[2] + 10, (first, word, box)
        assert box[1] - 25 <= word.top and word.bottom <= box[3] + 25, (first, word, box)


def test_personal_data_in_a_12_megapixel_photo_is_blacked_out_at_full_size():
    """The black boxes, found on the scaled copy, cover the data on the full-size photo: a
    second reading of its pixels (the note, at full size) no longer finds it."""
    data, _boxes = _photo_of_note()
    found = photo_text(data, known_names=[], replacements={})
    assert {"PERSON", "PHONE"} <= {s.label for s in found["ocr_spans"]}
    with Image.open(io.BytesIO(found["data"])) as redacted:
        assert redacted.size == (4000, 3000)
        note = redacted.crop(
            (NOTE_BOX[0] - 50, NOTE_BOX[1] - 50, NOTE_BOX[2] + 50, NOTE_BOX[3] + 50)
        )
        seen = ocr_image(note).text
    assert "Zandstra" not in seen
    assert "15499316" not in seen.replace(" ", "")
    # What is not personal stays readable.
    assert "scheef" in seen
    assert "Melding" in seen
