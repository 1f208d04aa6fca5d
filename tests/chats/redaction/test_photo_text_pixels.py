"""Personal data written in a photo (a note, a sign) is blacked out in the photo's pixels.

Found in a walk through the app: a photographed note in an iPhone export ("Tel: 06 15499316",
"7944 HT Meppel") came out with the text read and redacted for search, but the photo itself,
which the record page, the archive PDF and the Woo release show, still showed the number and
the postcode.
"""

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from chats.pipeline.build import photo_text
from chats.redaction.images import redraw_screenshot
from chats.redaction.ocr import ocr_image

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="DejaVu font not installed")


def photo_of_note(lines, size=(1600, 1200)) -> bytes:
    image = Image.new("RGB", size, (120, 130, 95))
    draw = ImageDraw.Draw(image)
    draw.rectangle([200, 250, 1400, 950], fill=(245, 245, 235))
    font = ImageFont.truetype(str(FONT), 54)
    for n, line in enumerate(lines):
        draw.text((240, 300 + 90 * n), line, fill=(20, 20, 20), font=font)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


NOTE = [
    "MELDING KERKSTRAAT 12",
    "Bewoner: Piet Zandstra",
    "Tel: 06 15499316",
    "7944 HT Meppel",
    "Boom staat scheef",
]


def read(data: bytes) -> str:
    with Image.open(io.BytesIO(data)) as image:
        return ocr_image(image).text


def test_personal_data_in_a_photo_is_blacked_out_in_its_pixels():
    found = photo_text(photo_of_note(NOTE), known_names=[], replacements={})
    assert "[TELEFOONNUMMER]" in found["ocr_text_redacted"]
    seen = read(found["data"])
    assert "15499316" not in seen.replace(" ", "")
    assert "7944" not in seen
    assert "Zandstra" not in seen
    # What is not personal stays readable.
    assert "scheef" in seen


def test_the_stored_layout_redraws_the_photo_when_a_redaction_is_switched_off():
    original = photo_of_note(NOTE)
    found = photo_text(original, known_names=[], replacements={})
    layout = found["ocr_boxes"]
    assert layout["words"]
    kept = [(s.start, s.end, s.label) for s in found["ocr_spans"] if s.label != "PHONE"]
    redrawn = redraw_screenshot(io.BytesIO(original), layout=layout, spans=kept)
    seen = read(redrawn.data)
    assert "15499316" in seen.replace(" ", "")
    assert "7944" not in seen


def test_a_photo_without_personal_data_in_its_text_is_left_as_it_was():
    data = photo_of_note(["GESLOTEN WEGENS", "WERKZAAMHEDEN"])
    found = photo_text(data, known_names=[], replacements={})
    assert found["ocr_spans"] == ()
    assert "data" not in found


def test_text_half_covered_by_a_plate_box_is_still_found_and_blacked_out():
    """Walkthrough: the plate finder took a whole note for a plate and covered the top half of
    its postcode line; read after that, "7944 HT" became "1944 TIN", was not recognised, and
    the lower half of the digits stayed legible. The text is read before boxes are painted."""
    original = photo_of_note(NOTE)
    with Image.open(io.BytesIO(original)) as opened:
        derivative = opened.convert("RGB")
    # The postcode line starts at y=570; black out everything above its middle.
    ImageDraw.Draw(derivative).rectangle([0, 0, 1600, 592], fill=(0, 0, 0))
    buffer = io.BytesIO()
    derivative.save(buffer, "JPEG", quality=90)
    found = photo_text(original, known_names=[], replacements={}, paint_on=buffer.getvalue())
    assert "[POSTCODE]" in found["ocr_text_redacted"]
    assert "7944" not in read(found["data"])


def test_a_photographed_note_is_no_licence_plate():
    """Walkthrough: the plate finder blacked out most of a photographed note (dark characters on
    a light field pass its contrast test), covering half of a postcode line."""
    import numpy as np

    from chats.redaction.photos import find_plates

    with Image.open(io.BytesIO(photo_of_note(NOTE))) as image:
        assert find_plates(np.array(image.convert("RGB"))) == []


def test_reading_the_text_while_faces_and_plates_are_looked_for_changes_nothing():
    """The pipeline reads a photo's text in a thread while OpenCV looks for faces and plates;
    the derivative and the OCR fields are those of doing one after the other."""
    from chats.pipeline.build import redact_photo_and_text
    from chats.redaction.photos import redact_photo

    original = photo_of_note(NOTE)
    redacted = redact_photo(original, format="JPEG").data
    one_by_one = photo_text(original, known_names=[], replacements={}, paint_on=redacted)
    expected = one_by_one.pop("data"), one_by_one
    together = redact_photo_and_text(original, format="JPEG", known_names=[], replacements={})
    assert together == expected
    assert "[TELEFOONNUMMER]" in together[1]["ocr_text_redacted"]
