"""Walk 52 (D3): "Bel gerust op 06-27465183" in a screenshot blacked out "gerust" as a name.
The screenshot rule for whom one calls ("ik bel Lepel op 038-...") took the adverb between
"bel" and "op" for the person called; an adverb that stands in that place ("gerust",
"gewoon", "maar") is no one's name. The text detector never flagged it."""

from __future__ import annotations

import io
import shutil

import pytesseract
import pytest
from PIL import Image

from chats.redaction import detect
from chats.redaction.images import _called_and_numbered_residents, redact_screenshot
from chats.redaction.ocr import ocr_image
from demo.generators.screenshots import render_whatsapp_screenshot

needs_tesseract = pytest.mark.skipif(
    shutil.which(pytesseract.pytesseract.tesseract_cmd) is None,
    reason="tesseract ontbreekt (Debian-pakketten tesseract-ocr en tesseract-ocr-nld)",
)

MESSAGE = "Bel gerust op 06-27465183"


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@needs_tesseract
def test_gerust_stays_readable_in_the_screenshot_and_the_number_does_not():
    shot = render_whatsapp_screenshot(messages=(("in", MESSAGE, "08:46"),))
    out = redact_screenshot(png(shot), detect=detect)

    start = out.ocr_text.index("gerust")
    assert not [(s, e, lab) for s, e, lab in out.spans if s < start + 6 and start < e]
    phone = out.ocr_text.index("06-27465183")
    assert any(s <= phone and lab == "PHONE" for s, e, lab in out.spans if phone < e)
    second = ocr_image(Image.open(io.BytesIO(out.data)))
    assert "gerust" in second.text
    assert "27465183" not in second.text


def test_the_text_detector_agrees():
    assert [s.label for s in detect(MESSAGE)] == ["PHONE"]


@pytest.mark.parametrize(
    "text",
    [
        "Bel gerust op 06-27465183",
        "bel gewoon even terug als het uitkomt",
        "Bel maar op 0522 123456",
        "Belt u rustig terug",
        "Bel dan vanmiddag terug",
        "Bel gauw terug",
    ],
)
def test_an_adverb_after_bel_is_no_person(text):
    assert not _called_and_numbered_residents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("ik bel Lepel op 038-4561234", "Lepel"), ("ik bel lepel even", "lepel")],
)
def test_whom_one_calls_is_still_a_person(text, name):
    start = text.index(name)
    assert (start, start + len(name), "PERSON") in _called_and_numbered_residents(text)
