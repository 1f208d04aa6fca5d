"""Walk 49: a chat's header bar (contact name and number) that no message repeats, and a street
whose house number wraps to the bubble's next line, blacked out in screenshots; proven with a
second OCR pass over the redacted image."""

from __future__ import annotations

import io
import re
import shutil

import pytesseract
import pytest
from PIL import Image

from chats.redaction import detect
from chats.redaction.images import _chat_header_names, redact_screenshot
from chats.redaction.ocr import OcrResult, OcrWord, ocr_image
from demo.generators.screenshots import RESIDENT_NAME, render_whatsapp_screenshot

needs_tesseract = pytest.mark.skipif(
    shutil.which(pytesseract.pytesseract.tesseract_cmd) is None,
    reason="tesseract ontbreekt (Debian-pakketten tesseract-ocr en tesseract-ocr-nld)",
)

HEADER_NUMBER = "+31 6 48213957"
# The walk's screenshots: neither the name nor the number of the header in any message.
WALK_MESSAGES = (
    ("in", "Goedemorgen, bij de Haveltermade 12 ligt al dagen grofvuil op straat.", "09:12"),
    ("out", "Dank voor uw melding. Mag ik uw naam en telefoonnummer?", "09:15"),
    ("in", "Ik ben Aaltje Brinkhuis, bel gerust 06-28471935", "09:17"),
)
LAYOUTS = {
    "android_short": {"height": 1600},
    "android": {"height": 2400},
    "android_dark": {"height": 2400, "dark": True},
    "android_dark_short": {"height": 1600, "dark": True},
    "iphone": {"width": 1170, "height": 2532, "ios": True},
    "iphone_dark_short": {"width": 1170, "height": 1800, "ios": True, "dark": True},
    "scaled": {"width": 720, "height": 1600},
}


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def redacted(request):
    shot = render_whatsapp_screenshot(
        messages=WALK_MESSAGES, date_chip="5 DECEMBER 2026", **LAYOUTS[request.param]
    )
    out = redact_screenshot(png(shot), detect=detect)
    second = ocr_image(Image.open(io.BytesIO(out.data)))
    return out, second


def covered(out, text: str, label: str) -> bool:
    """A span of `label` lies over `text` in the screenshot's OCR text."""
    start = out.ocr_text.index(text)
    return any(s <= start and start + len(text) <= e for s, e, lab in out.spans if lab == label)


@needs_tesseract
def test_the_header_is_part_of_the_ocr_text(redacted):
    out, _second = redacted

    assert RESIDENT_NAME in out.ocr_text
    assert HEADER_NUMBER in out.ocr_text
    # Where the screenshot shows it: above the chat.
    assert out.ocr_text.index(RESIDENT_NAME) < out.ocr_text.index("Goedemorgen")


@needs_tesseract
def test_the_header_name_and_number_are_detected_and_no_longer_readable(redacted):
    out, second = redacted

    assert covered(out, RESIDENT_NAME, "PERSON")
    assert covered(out, HEADER_NUMBER, "PHONE")
    for part in ("Henk", "Vries", "48213957", "+31"):
        assert part not in second.text
    assert "Goedemorgen" in second.text  # the chat itself stays readable


@needs_tesseract
def test_a_street_with_its_number_on_the_next_line_is_blacked_out_whole(redacted):
    out, second = redacted

    # The bubble's lines are read joined: "Haveltermade\n12" is one address.
    assert any(
        lab == "ADDRESS" and "Haveltermade" in out.ocr_text[s:e] and "12" in out.ocr_text[s:e]
        for s, e, lab in out.spans
    )
    assert "Haveltermade" not in second.text
    assert "12" not in [w.text for w in second.words]  # the house number, not "09:12"
    assert "grofvuil" in second.text


@pytest.mark.parametrize(
    "text",
    [
        "Goedemorgen, bij de Haveltermade 12 ligt al dagen grofvuil op straat.",
        "Er staat een container op de Schiphorst 7 sinds gisteren",
        "bij het Nijentap 8 staat water",
    ],
)
def test_a_hamlets_house_after_a_preposition_and_an_article_is_an_address(text):
    assert any(
        s.label == "ADDRESS" and re.search(r"\d", text[s.start : s.end]) for s in detect(text)
    )


def test_a_count_after_a_hamlet_after_bij_de_is_no_address():
    text = "We zijn bij de Schiphorst 3 keer langs geweest."
    assert not [s for s in detect(text) if s.label == "ADDRESS"]


def header_ocr(title: str, subtitle: str) -> OcrResult:
    words, offset = [], 0
    for line, (top, text) in enumerate(((80, title), (140, subtitle)), start=1):
        for part in text.split():
            words.append(
                OcrWord(part, 220, top, 60, 30, 95.0, (1, 2, 1, line), offset, offset + len(part))
            )
            offset += len(part) + 1
    return OcrResult(text=f"{title}\n{subtitle}", words=tuple(words))


@pytest.mark.parametrize(
    ("title", "expected"),
    [("< Henk de Vries", "Henk de Vries"), ("Henk", "Henk"), ("Aaltje Brinkhuis", None)],
)
def test_a_title_over_a_bare_phone_number_is_the_contacts_name(title, expected):
    subtitle = HEADER_NUMBER if expected else "Gemeente Meppel"
    ocr = header_ocr(title, subtitle)
    names = {ocr.text[s:e] for s, e, label in _chat_header_names(ocr) if label == "PERSON"}
    assert names == ({expected} if expected else set())


def test_a_plain_word_or_an_organisation_over_a_number_is_no_name():
    for title in ("Gemeente Meppel", "Afval"):
        assert not _chat_header_names(header_ocr(title, "0522 459 459"))
