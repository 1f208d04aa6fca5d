"""Walk 50 (A): what the archive blacked out on the pages of a PDF attachment carries its ground
code in the decision's documents PDF, as on a screenshot or photo ("een weggelakte passage is
een zwart vak met de code van de weigeringsgrond").

Failed on main: the pages' boxes were plain black; only the caption listed the codes."""

import io

import pytest
from PIL import Image, ImageDraw

from chats.constants import MediaRelease
from chats.redaction.documents import PDF_WORDS
from tests.woo.conftest import attach_media
from woo.release import _render_pdf

pytestmark = pytest.mark.django_db

WIDTH, HEIGHT = 400, 300
# "Bel 06-12345678 nu, BSN 123456782.": the rebuild blacked out the number and the BSN.
ORIGINAL = "Bel 06-12345678 nu, BSN 123456782."
REDACTED = "Bel [TELEFOONNUMMER] nu, BSN [BSN]."
PHONE_BOX = (60, 100, 210, 130)
BSN_BOX = (120, 180, 300, 210)
WORDS = [
    # start, end, page, left, top, right, bottom, line (pixels of the rebuild's picture)
    [0, 3, 0, 10, 100, 50, 130, 0],
    [4, 15, 0, *PHONE_BOX, 0],
    [16, 19, 0, 220, 100, 260, 130, 0],
    [20, 23, 0, 10, 180, 100, 210, 1],
    [24, 34, 0, *BSN_BOX, 1],
]


def _rebuild() -> bytes:
    """An image-only PDF of one page as processing made it: the personal data black."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    for box in (PHONE_BOX, BSN_BOX):
        draw.rectangle(box, fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="PDF")
    return out.getvalue()


@pytest.fixture
def media(make_record):
    record = make_record(["brief", "Dank u."])
    item = attach_media(
        record,
        1,
        mime="application/pdf",
        content=_rebuild(),
        name="brief.pdf",
        release=MediaRelease.GEANONIMISEERD,
        ocr_redacted=REDACTED,
    )
    item.derived.derived_key = "media-0-redacted"
    item.derived.save(update_fields=["derived_key"])
    item.ocr_text = ORIGINAL
    item.ocr_boxes = {PDF_WORDS: WORDS}
    item.save(update_fields=["ocr_text", "ocr_boxes"])
    return item


def _light(image: Image.Image, box) -> int:
    left, top, right, bottom = box
    return sum(
        1 for x in range(left, right) for y in range(top, bottom) if image.getpixel((x, y)) > 200
    )


def _scaled(box, image: Image.Image):
    sx, sy = image.width / WIDTH, image.height / HEIGHT
    left, top, right, bottom = box
    # A little inside the box: its edges may be anti-aliased.
    return (int(left * sx) + 3, int(top * sy) + 3, int(right * sx) - 3, int(bottom * sy) - 3)


def test_the_archives_blackouts_on_a_pdfs_pages_carry_their_code(media):
    images, sha, why = _render_pdf(media)
    assert sha and not why
    [page] = images
    image = Image.open(io.BytesIO(page.data)).convert("L")
    for box in (PHONE_BOX, BSN_BOX):
        inside = _scaled(box, image)
        area = (inside[2] - inside[0]) * (inside[3] - inside[1])
        # The code is written in white in the box; the rest of it stays black.
        assert 20 < _light(image, inside) < 0.5 * area
    # Still named in the caption, each on its own ground.
    assert "(5.1.1e, 5.1.2e)" in page.caption


def test_without_the_word_places_the_pages_still_go_out_black(media):
    # An attachment archived before its words' places were kept: the boxes stay plain black
    # (the caption names their grounds); the pages are not withheld for it.
    media.ocr_boxes = {}
    media.save(update_fields=["ocr_boxes"])
    images, sha, why = _render_pdf(media)
    assert sha and not why
    [page] = images
    image = Image.open(io.BytesIO(page.data)).convert("L")
    assert _light(image, _scaled(PHONE_BOX, image)) == 0
    assert "(5.1.1e, 5.1.2e)" in page.caption
