"""Walk fixw2 (C): in the decision's documents PDF every blackout of a released image is a box
with its ground code, the code wholly readable.

Failed on main: what the archive blacked out in a screenshot (a phone number, the contact header)
was released black without a code, and an officer's box at the top of the image had its code
drawn where it could not be read whole.
"""

import io

import pytest
from PIL import Image, ImageDraw

from chats.constants import UploadKind
from woo.release import Area, _label_place, _render_image

pytestmark = pytest.mark.django_db

WIDTH, HEIGHT = 400, 300
# "Bel 06-12345678 nu": the number's word sits at (60, 100)-(210, 130) and was blacked out.
PHONE_BOX = (60, 100, 210, 130)
HEADER = (0, 0, WIDTH, 40)


def _png(*black: tuple[int, int, int, int]) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    for box in black:
        draw.rectangle(box, fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def shot(make_record, make_media, zaak):
    record = make_record([], zaak=zaak, index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    media = make_media(
        record,
        None,
        original=_png(),
        derived=_png(HEADER, PHONE_BOX),  # as processing blacked it out
        ocr="Bel 06-12345678 nu",
        ocr_redacted="Bel [TELEFOONNUMMER] nu",
    )
    media.ocr_boxes = {
        "words": [
            [0, 3, 10, 100, 40, 30, 0],
            [4, 15, 60, 100, 150, 30, 0],
            [16, 18, 220, 100, 30, 30, 0],
        ],
        "header": list(HEADER),
        "plates": [],
        "size": [WIDTH, HEIGHT],
    }
    media.image_blacked_out = True
    media.save(update_fields=["ocr_boxes", "image_blacked_out"])
    return media


def _image(render) -> Image.Image:
    return Image.open(io.BytesIO(render.data)).convert("L")


def _light_pixels(image: Image.Image, box) -> int:
    left, top, right, bottom = box
    return sum(
        1 for x in range(left, right) for y in range(top, bottom) if image.getpixel((x, y)) > 200
    )


def test_what_the_archive_blacked_out_carries_its_code(shot):
    render, _ = _render_image(shot)
    image = _image(render)
    # The code is written in white inside the black boxes (on main they stayed plain black).
    assert _light_pixels(image, (62, 102, 208, 128)) > 20
    assert _light_pixels(image, (2, 2, WIDTH - 2, 38)) > 20
    # The rest of the number's box stays black: nothing of the number shows.
    assert _light_pixels(image, (62, 102, 208, 128)) < 0.5 * 146 * 26


def test_an_officers_box_at_the_top_edge_has_its_code_below_it(shot):
    # A thin box at the top: its code does not fit in it, and there is no room above it.
    area = Area(x=0.5, y=0.0, breedte=0.3, hoogte=0.02, grond="5.1.2i", media_id=shot.pk)
    render, _ = _render_image(shot, (area,))
    image = _image(render)
    left, right = int(0.5 * WIDTH), int(0.8 * WIDTH)
    assert all(image.getpixel((x, 2)) < 60 for x in range(left + 1, right - 1))  # box is black
    # The label stands on a black tag right below it, wholly in the image.
    below = (left, 7, right, 40)
    assert _light_pixels(image, below) > 10


@pytest.mark.parametrize(
    ("box", "where"),
    [
        ((10, 100, 200, 160), "inside"),  # room enough
        ((10, 100, 30, 108), "above"),  # too small, room above
        ((10, 0, 200, 6), "below"),  # at the top edge
    ],
)
def test_a_label_is_placed_wholly_in_view(box, where):
    x, y, tag = _label_place(box, (40, 14), (WIDTH, HEIGHT))
    assert x >= 0 and x + 40 <= WIDTH and y >= 0 and y + 14 <= HEIGHT
    if where == "inside":
        assert tag is None and box[0] <= x and x + 40 <= box[2]
        assert box[1] <= y and y + 14 <= box[3]
    elif where == "above":
        assert tag is not None and y + 14 <= box[1]
    else:
        assert tag is not None and y >= box[3]
