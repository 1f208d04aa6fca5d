"""Image noise read as text is not redacted as personal data in a photo.

Found in a new-user walk (issue 12): a street scene with one licence plate pasted in came out
with about ten small blackouts besides the plate's, each withheld on ground 5.1.2e. Tesseract
reads the noisy background as scraps of "words" ("Mid", "ed Vanlee", "Jie LAN") at confidence
0-50 and the text detector took some of them for persons. A real note or sign reads at 90+.
"""

import io
from pathlib import Path

import pytest
from django.test import override_settings
from PIL import Image, ImageDraw, ImageFont

from chats.pipeline.build import redact_photo_and_text
from chats.redaction.images import strip_metadata
from demo.generators.photos import dutch_plate, place, street_scene


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def _redacted(image: Image.Image) -> tuple[bytes, dict]:
    clean = strip_metadata(_jpeg(image))
    with override_settings(ARCHIEF_OCR_PHOTOS=True):
        return redact_photo_and_text(
            clean.data, format=clean.format, known_names=[], replacements={}
        )


def _covers(region, box) -> bool:
    """Most of the plate (its characters; the box may leave out the edge of its band)."""
    width = min(region[2], box[2]) - max(region[0], box[0])
    height = min(region[3], box[3]) - max(region[1], box[1])
    area = (box[2] - box[0]) * (box[3] - box[1])
    return width > 0 and height > 0 and width * height >= 0.9 * area


@pytest.mark.parametrize("seed", [0, 2])
def test_a_street_scene_with_one_plate_has_only_the_plate_blacked_out(seed):
    scene = street_scene((4000, 3000), seed=seed)
    plate = place(scene, dutch_plate("12-ABC-3"), at=(1500, 1800), width=500)
    _data, read = _redacted(scene)
    layout = read["ocr_boxes"]
    assert any(_covers(region, plate) for region in layout["plates"])
    assert len(layout["plates"]) == 1
    assert not layout["faces"]
    # No text of the background is taken for personal data to black out.
    assert not read.get("ocr_spans"), [
        (read["ocr_text"][s.start : s.end], s.label) for s in read["ocr_spans"]
    ]


FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.skipif(not FONT.exists(), reason="DejaVu font not installed")
def test_a_note_in_a_noisy_scene_still_has_its_personal_data_blacked_out():
    """The guard of the fix: text in a noisy photo reads at 90+ and is still redacted (a
    smaller scene: tesseract on 12 MP can time out on a loaded machine)."""
    scene = street_scene((2000, 1500), seed=2)
    draw = ImageDraw.Draw(scene)
    draw.rectangle([200, 150, 1400, 450], fill=(245, 245, 235))
    font = ImageFont.truetype(str(FONT), 48)
    for n, line in enumerate(["Bewoner: Piet Zandstra", "Tel: 06 15499316"]):
        draw.text((240, 200 + 100 * n), line, fill=(20, 20, 20), font=font)
    plate = place(scene, dutch_plate("12-ABC-3"), at=(800, 1000), width=300)
    _data, read = _redacted(scene)
    assert any(_covers(region, plate) for region in read["ocr_boxes"]["plates"])
    assert {"PERSON", "PHONE"} <= {s.label for s in read["ocr_spans"]}
    assert "Zandstra" not in read["ocr_text_redacted"]
    assert "15499316" not in read["ocr_text_redacted"].replace(" ", "")
