"""OCR of screenshots and their redaction, proven with a second OCR pass over the redacted image."""

from __future__ import annotations

import io
import re
import shutil

import pytesseract
import pytest
from PIL import Image

from chats.redaction import tesseract_api
from chats.redaction.images import HEADER_LABEL, ImageRejected, redact_screenshot
from chats.redaction.ocr import (
    CHAT_BLOCKS,
    CHAT_LIST_BLOCKS,
    TESSERACT_INPUT_FORMAT,
    OcrFailed,
    OcrResult,
    ocr_image,
    prepare_for_ocr,
    words_to_result,
)
from demo.generators.screenshots import (
    NEUTRAL_WORD,
    RESIDENT_EMAIL,
    RESIDENT_FIRST_NAME,
    RESIDENT_NAME,
    RESIDENT_PHONE,
    RESIDENT_POSTCODE,
    render_whatsapp_screenshot,
)

needs_tesseract = pytest.mark.skipif(
    shutil.which(pytesseract.pytesseract.tesseract_cmd) is None,
    reason="tesseract ontbreekt (Debian-pakketten tesseract-ocr en tesseract-ocr-nld)",
)

KNOWN_NAMES = (RESIDENT_NAME,)


def tsv(words):
    """A tesseract image_to_data dict for (text, left, top, width, height, line_num) tuples."""
    data = {
        k: []
        for k in (
            "level",
            "page_num",
            "block_num",
            "par_num",
            "line_num",
            "word_num",
            "left",
            "top",
            "width",
            "height",
            "conf",
            "text",
        )
    }
    for n, (text, left, top, width, height, line) in enumerate(words):
        for key, value in (
            ("level", 5),
            ("page_num", 1),
            ("block_num", 1),
            ("par_num", 1),
            ("line_num", line),
            ("word_num", n),
            ("left", left),
            ("top", top),
            ("width", width),
            ("height", height),
            ("conf", 91.5),
            ("text", text),
        ):
            data[key].append(value)
    return data


def png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def digits_per_line(text: str) -> list[str]:
    return [re.sub(r"\D", "", line) for line in text.splitlines()]


def assert_no_personal_data_readable(text: str) -> None:
    lowered = text.lower()
    phone = re.sub(r"\D", "", RESIDENT_PHONE)[2:]  # "48213957": shared by 06- and +31 6 forms
    windows = {phone[i : i + 5] for i in range(len(phone) - 4)}
    for line in digits_per_line(text):
        assert not any(w in line for w in windows), "part of the phone number is readable"
    for part in RESIDENT_NAME.lower().split():
        if len(part) > 2:  # "de" is an ordinary Dutch word
            assert not re.search(rf"\b{part}\b", lowered), f"name part {part!r} is readable"
    assert not re.search(r"\w@\w", text), "an e-mail address is readable"
    assert "example" not in lowered and "devries" not in lowered, "the e-mail address is readable"
    assert RESIDENT_POSTCODE[:4] not in text, "the postcode is readable"


# --- without tesseract -----------------------------------------------------------------------


def test_words_are_joined_per_line_with_offsets_into_the_text():
    data = tsv(
        [
            ("Bel", 10, 10, 40, 20, 1),
            ("me", 60, 10, 30, 20, 1),
            ("op", 10, 40, 30, 20, 2),
            ("06-48213957", 50, 40, 150, 20, 2),
            ("  ", 0, 0, 0, 0, 2),
        ]
    )

    result = words_to_result(data, scale=1, size=(300, 100))

    assert result.text == "Bel me\nop 06-48213957"
    assert [w.text for w in result.words] == ["Bel", "me", "op", "06-48213957"]
    for w in result.words:
        assert result.text[w.char_start : w.char_end] == w.text
    assert result.words[0].line_key != result.words[2].line_key


def test_boxes_of_an_upscaled_image_map_back_rounding_outwards():
    data = tsv([("henk", 21, 41, 99, 31, 1)])

    (w,) = words_to_result(data, scale=2, size=(100, 100)).words

    assert (w.left, w.top, w.right, w.bottom) == (10, 20, 60, 36)


def test_ligatures_are_folded_so_offsets_stay_consistent():
    result = words_to_result(
        tsv([("ﬁets", 0, 0, 10, 10, 1), ("kapot", 20, 0, 10, 10, 1)]), scale=1, size=(50, 50)
    )

    assert result.text == "fiets kapot"
    assert result.words[1].char_start == 6


def test_small_screenshots_are_upscaled_and_dark_mode_is_inverted():
    small_dark = render_whatsapp_screenshot(540, 1200, dark=True)

    prepared = prepare_for_ocr(small_dark)

    assert prepared.scale == 2
    assert prepared.image.size == (1080, 2400)
    assert prepared.image.mode == "L"
    assert prepared.inverted_rows == 1200  # every row of a dark-mode chat is dark
    assert prepared.image.getpixel((540, 1800)) > 128  # dark background became light


def test_a_screenshot_a_bit_narrower_than_a_phone_is_upscaled_to_phone_width_not_doubled():
    # A 864-wide copy of a 1080-wide screenshot: doubling it made tesseract read 7 megapixels
    # (and pytesseract encode them) for text a factor 1.25 already brings to phone size.
    narrow = render_whatsapp_screenshot(1080, 2400).resize((864, 1920))

    prepared = prepare_for_ocr(narrow)

    assert prepared.image.size == (1080, 2400)
    assert prepared.scale == 1.25


def test_boxes_of_an_image_upscaled_by_a_fraction_map_back_rounding_outwards():
    data = tsv([("henk", 25, 50, 100, 30, 1)])

    (w,) = words_to_result(data, scale=1.25, size=(864, 1920)).words

    assert (w.left, w.top, w.right, w.bottom) == (20, 40, 100, 64)


def test_tesseract_gets_an_uncompressed_image(monkeypatch):
    # pytesseract writes the image to a file for tesseract: PNG compression of a screenshot
    # cost more than a tenth of a second, and tesseract decoded it again.
    formats = []

    def fake(image, **kwargs):
        formats.append(image.format)
        return tsv([])

    monkeypatch.setattr(pytesseract, "image_to_data", fake)
    monkeypatch.setattr(tesseract_api, "reader", lambda **kwargs: None)

    ocr_image(render_whatsapp_screenshot(540, 1200))

    assert formats == ["PPM"]


@needs_tesseract
def test_the_uncompressed_input_reads_exactly_as_the_png_did():
    # A format that carries a resolution (BMP: 96 dpi) changes tesseract's layout analysis.
    gray = prepare_for_ocr(render_whatsapp_screenshot()).image
    config = "--psm 3 -c tessedit_do_invert=0"
    gray.format = "PNG"
    as_png = pytesseract.image_to_data(gray, lang="nld", config=config)
    gray.format = TESSERACT_INPUT_FORMAT
    as_input = pytesseract.image_to_data(gray, lang="nld", config=config)

    assert as_input == as_png


def _desktop_screenshot() -> Image.Image:
    """Two panes side by side, as WhatsApp Web shows them: a light chat list, a dark chat."""
    desktop = Image.new("RGB", (1600, 1000), "white")
    desktop.paste(render_whatsapp_screenshot(540, 1200).crop((0, 150, 540, 1150)), (0, 0))
    dark = render_whatsapp_screenshot(1080, 2400, dark=True).crop((0, 300, 1060, 1300))
    desktop.paste(dark, (540, 0))
    return desktop


@needs_tesseract
@pytest.mark.parametrize("desktop", [False, True], ids=["phone", "desktop"])
def test_the_library_reads_exactly_what_the_tesseract_program_reads(monkeypatch, desktop):
    # The C API keeps the model loaded between screenshots (~0.25 s CPU each); its words,
    # boxes, confidences and line numbers must be the program's, for both panes of a desktop.
    image = _desktop_screenshot() if desktop else render_whatsapp_screenshot()

    through_library = ocr_image(image)
    monkeypatch.setattr(tesseract_api, "reader", lambda **kwargs: None)
    through_program = ocr_image(image)

    assert through_library == through_program
    blocks = {w.line_key[1] >= CHAT_LIST_BLOCKS for w in through_library.words}
    assert blocks == ({True, False} if desktop else {False})
    if desktop:
        assert min(w.line_key[1] for w in through_library.words) > CHAT_BLOCKS


@needs_tesseract
def test_a_read_past_its_deadline_raises_ocr_failed_and_the_next_read_works():
    image = render_whatsapp_screenshot()

    with pytest.raises(OcrFailed):
        ocr_image(image, timeout=0.001)

    assert NEUTRAL_WORD in ocr_image(image).text


def test_only_the_dark_header_rows_of_a_light_screenshot_are_inverted():
    light = render_whatsapp_screenshot()

    prepared = prepare_for_ocr(light)

    assert prepared.scale == 1
    assert 0 < prepared.inverted_rows < light.height * 0.15
    assert prepared.image.getpixel((1000, 150)) > 128  # green header bar is now light
    assert prepared.image.getpixel((540, 2000)) > 200  # chat wallpaper untouched


def test_missing_tesseract_raises_ocr_failed_in_dutch(monkeypatch):
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    monkeypatch.setattr(tesseract_api, "reader", lambda **kwargs: None)

    with pytest.raises(OcrFailed) as caught:
        ocr_image(Image.new("L", (200, 100), 255))

    assert "tesseract ontbreekt" in caught.value.message


def test_undecodable_screenshot_is_rejected_before_ocr():
    with pytest.raises(ImageRejected):
        redact_screenshot(png(render_whatsapp_screenshot(270, 600))[:500], detect=lambda t, **k: [])


# --- with tesseract --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def light_screenshot() -> Image.Image:
    return render_whatsapp_screenshot()


@pytest.fixture(scope="module")
def light_ocr(light_screenshot) -> OcrResult:
    return ocr_image(light_screenshot)


@needs_tesseract
def test_ocr_reads_the_dutch_chat_and_offsets_point_at_each_word(light_ocr, light_screenshot):
    text = light_ocr.text

    for expected in (NEUTRAL_WORD, RESIDENT_PHONE, RESIDENT_EMAIL, RESIDENT_NAME, "Z-2024-001873"):
        assert expected in text
    width, height = light_screenshot.size
    for w in light_ocr.words:
        assert text[w.char_start : w.char_end] == w.text
        assert 0 <= w.left < w.right <= width and 0 <= w.top < w.bottom <= height


@needs_tesseract
def test_ocr_of_a_small_copy_gives_boxes_in_the_small_copys_pixels(light_ocr, light_screenshot):
    small = light_screenshot.resize((540, 1200), Image.Resampling.LANCZOS)

    small_ocr = ocr_image(small)

    big = next(w for w in light_ocr.words if w.text == NEUTRAL_WORD)
    little = next(w for w in small_ocr.words if w.text == NEUTRAL_WORD)
    for a, b in ((little.left, big.left), (little.top, big.top), (little.right, big.right)):
        assert abs(a * 2 - b) <= 8


@needs_tesseract
def test_ocr_reads_a_dark_mode_screenshot():
    result = ocr_image(render_whatsapp_screenshot(dark=True))

    assert NEUTRAL_WORD in result.text
    assert RESIDENT_EMAIL in result.text


@needs_tesseract
def test_only_the_header_is_blacked_out_when_nothing_is_detected(light_screenshot):
    redacted = redact_screenshot(png(light_screenshot), detect=lambda text, **kwargs: [])

    assert redacted.boxes[0].label == HEADER_LABEL
    # Without the detector only the screenshot's own rules find anything: the first name in
    # "Ik ben Henk de Vries" (a first name inside a sentence), then its mention in the header;
    # since walk 49 the header's title over the contact's bare number, and the e-mail address
    # made of that name.
    found = {redacted.ocr_text[s:e] for s, e, _ in redacted.spans}
    assert found <= {RESIDENT_FIRST_NAME, RESIDENT_NAME, RESIDENT_EMAIL}
    assert RESIDENT_PHONE in redacted.ocr_text
    image = Image.open(io.BytesIO(redacted.data)).convert("RGB")
    box = redacted.boxes[0]
    assert image.crop((box.left, box.top, box.right, box.bottom)).getextrema() == ((0, 0),) * 3


# --- end to end with the real text detector, proven by a second OCR pass ---------------------


def real_detect():
    from chats.redaction import detect

    return detect


@pytest.fixture(scope="module")
def redacted_light(light_screenshot):
    return redact_screenshot(png(light_screenshot), known_names=KNOWN_NAMES, detect=real_detect())


@needs_tesseract
def test_redacted_screenshot_has_no_readable_phone_name_email_or_postcode(redacted_light):
    second = ocr_image(Image.open(io.BytesIO(redacted_light.data)))

    assert_no_personal_data_readable(second.text)
    assert NEUTRAL_WORD in second.text
    assert "Z-2024-001873" in second.text  # a zaaknummer is part of the record


@needs_tesseract
def test_redaction_returns_the_original_ocr_text_and_spans_on_it(redacted_light):
    text = redacted_light.ocr_text

    assert RESIDENT_PHONE in text and RESIDENT_EMAIL in text
    labels = {label for _, _, label in redacted_light.spans}
    assert {"PHONE", "EMAIL", "PERSON"} <= labels
    phone_start = text.index(RESIDENT_PHONE)
    assert any(s <= phone_start < e for s, e, label in redacted_light.spans if label == "PHONE")
    assert {b.label for b in redacted_light.boxes} >= {HEADER_LABEL, "PHONE", "EMAIL", "PERSON"}


@needs_tesseract
def test_redacted_image_is_a_png_of_the_same_size_without_metadata(
    redacted_light, light_screenshot
):
    image = Image.open(io.BytesIO(redacted_light.data))

    assert image.format == "PNG"
    assert image.size == light_screenshot.size == (redacted_light.width, redacted_light.height)
    assert not image.info.get("exif") and not image.info.get("icc_profile")


@needs_tesseract
def test_small_dark_mode_screenshot_is_redacted_too():
    small_dark = render_whatsapp_screenshot(540, 1200, dark=True)

    redacted = redact_screenshot(png(small_dark), known_names=KNOWN_NAMES, detect=real_detect())

    second = ocr_image(Image.open(io.BytesIO(redacted.data)))
    assert_no_personal_data_readable(second.text)
    assert NEUTRAL_WORD in second.text


@needs_tesseract
def test_iphone_header_with_contact_name_and_number_is_blacked_out():
    iphone = render_whatsapp_screenshot(1170, 2532, ios=True)

    redacted = redact_screenshot(png(iphone), detect=lambda text, **kwargs: [])

    assert redacted.ocr_text.count(RESIDENT_NAME) == 2  # header and message, before redaction
    assert "+31 6 48213957" in redacted.ocr_text
    second = ocr_image(Image.open(io.BytesIO(redacted.data)))
    # No detector here: the header band hides name and number; the screenshot's own rule finds
    # the name in the message ("Ik ben Henk de Vries": a first name inside a sentence).
    assert second.text.count(RESIDENT_NAME) == 0
    assert "+31" not in second.text


# --- photos inside a screenshot: plates -------------------------------------------------------


def screenshot_with_a_parked_car(
    width: int = 1080, plate: str = "GX-482-N"
) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A light chat screenshot with a sent photo of a car whose yellow Dutch plate reads `plate`;
    returns the image and the rectangle of the plate's yellow field (right of its blue band)."""
    from PIL import ImageDraw  # only these photo tests draw on the screenshot

    from demo.generators.screenshots import FONT_BOLD, _font

    image = render_whatsapp_screenshot(width, round(width * 20 / 9))
    s = width / 1080
    draw = ImageDraw.Draw(image)
    photo = (round(420 * s), round(1500 * s), round(1020 * s), round(1950 * s))
    draw.rectangle(photo, fill=(170, 190, 205))
    draw.rounded_rectangle(
        (photo[0] + 60 * s, photo[1] + 200 * s, photo[2] - 60 * s, photo[3] - 30 * s),
        radius=round(24 * s),
        fill=(40, 70, 140),
    )
    font = _font(FONT_BOLD, round(36 * s))
    text_w = draw.textlength(plate, font=font)
    left = round((photo[0] + photo[2]) / 2 - text_w / 2 - 30 * s)
    top = round(photo[3] - 110 * s)
    rect = (left, top, round(left + text_w + 48 * s), round(top + 54 * s))
    draw.rectangle(rect, fill=(245, 192, 10), outline=(25, 25, 25))
    draw.rectangle((rect[0], rect[1], rect[0] + round(18 * s), rect[3]), fill=(0, 51, 153))
    draw.text((rect[0] + round(28 * s), rect[1] + round(8 * s)), plate, font=font, fill=(0, 0, 0))
    return image, (rect[0] + round(18 * s), *rect[1:])


@needs_tesseract
@pytest.mark.parametrize("width", [1080, 450])
def test_a_plate_on_a_photo_inside_a_screenshot_is_blacked_out(width):
    image, (left, top, right, bottom) = screenshot_with_a_parked_car(width)

    redacted = redact_screenshot(png(image), detect=real_detect())

    out = Image.open(io.BytesIO(redacted.data)).convert("L")
    inner = (left + 2, top + 2, right - 2, bottom - 2)
    assert out.crop(inner).getextrema() == (0, 0)
    assert redacted.plates


@needs_tesseract
def test_a_redrawn_screenshot_keeps_the_photos_plate_blacked_out():
    from chats.redaction.images import ocr_layout, redraw_screenshot  # only this test redraws

    image, (left, top, right, bottom) = screenshot_with_a_parked_car()
    redacted = redact_screenshot(png(image), detect=real_detect())

    layout = ocr_layout(redacted.words, redacted.header, redacted.plates)
    redrawn = redraw_screenshot(png(image), layout=layout, spans=())

    out = Image.open(io.BytesIO(redrawn.data)).convert("L")
    assert out.crop((left + 2, top + 2, right - 2, bottom - 2)).getextrema() == (0, 0)
