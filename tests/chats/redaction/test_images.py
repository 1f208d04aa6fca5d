"""Metadata stripping and the decode guards of chats.redaction.images (no tesseract needed)."""

from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image, ImageCms, ImageFile
from PIL.PngImagePlugin import PngInfo

from chats.redaction.images import (
    Box,
    ImageRejected,
    _within_one_edit,
    boxes_for_spans,
    detect_in_ocr,
    header_box,
    redraw_screenshot,
    strip_metadata,
)
from chats.redaction.ocr import OcrResult, OcrWord
from demo.generators.screenshots import render_whatsapp_screenshot

REPO_ROOT = Path(__file__).resolve().parents[3]
FIXTURES = REPO_ROOT / "tests" / "fixtures" / "images"
SHARED_HOSTILE = REPO_ROOT / ".." / "shared" / "corpus" / "hostile"

# Allowed chunks/segments in a derivative: pixels and what is needed to decode them, nothing else.
PNG_PIXEL_CHUNKS = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}
JPEG_PIXEL_MARKERS = {0xD8, 0xDB, 0xC4, 0xC0, 0xC1, 0xC2, 0xDD, 0xDA, 0xE0}  # E0 = JFIF header


def png_chunks(data: bytes) -> list[bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, pos = [], 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunks.append(kind)
        pos += 12 + length
    return chunks


def jpeg_markers(data: bytes) -> list[int]:
    """Marker bytes of the segments before the scan data."""
    assert data[:2] == b"\xff\xd8"
    markers, pos = [0xD8], 2
    while pos < len(data):
        assert data[pos] == 0xFF
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        pos += 2 + length
    return markers


def gps_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Apple"  # Make
    exif[0x0110] = "iPhone 13"  # Model
    exif[0x013B] = "Jan Testpersoon"  # Artist
    if orientation is not None:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (52.0, 41.0, 48.0)
    gps[3] = "E"
    gps[4] = (6.0, 11.0, 38.0)
    return exif


def gradient(size=(64, 48), mode="RGB") -> Image.Image:
    width, height = size
    img = Image.new("RGB", size)
    img.putdata(
        [(x * 4 % 256, y * 5 % 256, (x + y) % 256) for y in range(height) for x in range(width)]
    )
    return img.convert(mode)


def jpeg_with_declared_size(width: int, height: int) -> bytes:
    """A small real JPEG whose SOF0 header is patched to claim width x height pixels."""
    buf = io.BytesIO()
    gradient((16, 16)).save(buf, "JPEG")
    data = bytearray(buf.getvalue())
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, height, width)
    return bytes(data)


# --- PNG -------------------------------------------------------------------------------------


def test_png_gps_exif_and_text_chunks_are_removed_and_pixels_kept():
    original = gradient()
    info = PngInfo()
    info.add_text("Comment", "gemaakt bij Hoofdstraat 12")
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>Jan Testpersoon</x:xmpmeta>")
    buf = io.BytesIO()
    original.save(buf, "PNG", exif=gps_exif().tobytes(), pnginfo=info)
    assert b"eXIf" in png_chunks(buf.getvalue())

    clean = strip_metadata(buf.getvalue())

    assert clean.format == "PNG"
    assert (clean.width, clean.height) == original.size
    assert set(png_chunks(clean.data)) <= PNG_PIXEL_CHUNKS
    derivative = Image.open(io.BytesIO(clean.data))
    assert not derivative.getexif()
    assert not derivative.info
    assert derivative.tobytes() == original.tobytes()


def test_png_fixture_with_gps_exif_comes_out_clean():
    source = FIXTURES / "png_with_gps_exif.png"
    assert Image.open(source).getexif().get_ifd(0x8825)

    clean = strip_metadata(source)

    assert set(png_chunks(clean.data)) <= PNG_PIXEL_CHUNKS
    assert b"Testpersoon" not in clean.data
    assert Image.open(io.BytesIO(clean.data)).tobytes() == Image.open(source).tobytes()


def test_png_exif_orientation_is_applied_before_stripping():
    original = gradient((40, 20))
    buf = io.BytesIO()
    original.save(buf, "PNG", exif=gps_exif(orientation=6).tobytes())

    clean = strip_metadata(buf.getvalue())

    derivative = Image.open(io.BytesIO(clean.data))
    assert derivative.size == (20, 40)
    assert derivative.tobytes() == original.transpose(Image.Transpose.ROTATE_270).tobytes()


def test_palette_png_keeps_its_transparency_and_pixels():
    original = gradient(mode="RGB").quantize(16)
    buf = io.BytesIO()
    original.save(buf, "PNG", transparency=3, exif=gps_exif().tobytes())

    clean = strip_metadata(buf.getvalue())

    derivative = Image.open(io.BytesIO(clean.data))
    assert derivative.mode == "P"
    assert derivative.info == {"transparency": 3}
    assert derivative.tobytes() == original.tobytes()
    assert set(png_chunks(clean.data)) <= PNG_PIXEL_CHUNKS


def test_embedded_colour_profile_is_converted_and_dropped():
    original = gradient()
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    original.save(buf, "PNG", icc_profile=srgb)
    assert b"iCCP" in png_chunks(buf.getvalue())

    clean = strip_metadata(buf.getvalue())

    assert b"iCCP" not in png_chunks(clean.data)
    derivative = Image.open(io.BytesIO(clean.data)).convert("RGB")
    # sRGB to sRGB: colours stay within rounding of the original.
    worst = max(abs(a - b) for a, b in zip(derivative.tobytes(), original.tobytes(), strict=True))
    assert worst <= 2


def test_animated_png_keeps_its_first_frame_only():
    frames = [gradient(), Image.new("RGB", (64, 48), (255, 0, 0))]
    buf = io.BytesIO()
    frames[0].save(buf, "PNG", save_all=True, append_images=frames[1:], exif=gps_exif().tobytes())

    clean = strip_metadata(buf.getvalue())

    assert set(png_chunks(clean.data)) <= PNG_PIXEL_CHUNKS  # no acTL/fcTL/fdAT either
    assert Image.open(io.BytesIO(clean.data)).tobytes() == frames[0].tobytes()


# --- JPEG ------------------------------------------------------------------------------------


def test_jpeg_with_orientation_6_is_rotated_and_has_no_metadata():
    # Left half red, right half blue; orientation 6 means "rotate 90 degrees clockwise to show".
    original = Image.new("RGB", (80, 40), (220, 20, 20))
    original.paste((20, 20, 220), (40, 0, 80, 40))
    buf = io.BytesIO()
    original.save(
        buf,
        "JPEG",
        exif=gps_exif(orientation=6).tobytes(),
        comment=b"Jan Testpersoon",
        xmp=b"<x:xmpmeta>Jan Testpersoon</x:xmpmeta>",
        icc_profile=ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes(),
    )
    assert {0xE1, 0xE2, 0xFE} <= set(jpeg_markers(buf.getvalue()))

    clean = strip_metadata(io.BytesIO(buf.getvalue()))

    assert clean.format == "JPEG"
    assert (clean.width, clean.height) == (40, 80)
    assert set(jpeg_markers(clean.data)) <= JPEG_PIXEL_MARKERS
    assert b"Testpersoon" not in clean.data
    derivative = Image.open(io.BytesIO(clean.data))
    assert not derivative.getexif()
    top, bottom = derivative.getpixel((20, 10)), derivative.getpixel((20, 70))
    assert top[0] > 150 and top[2] < 100  # red on top: the left edge was turned to the top
    assert bottom[2] > 150 and bottom[0] < 100


def test_cmyk_jpeg_becomes_rgb_jpeg():
    buf = io.BytesIO()
    gradient(mode="CMYK").save(buf, "JPEG", exif=gps_exif().tobytes())

    clean = strip_metadata(buf.getvalue())

    assert clean.format == "JPEG"
    assert Image.open(io.BytesIO(clean.data)).mode == "RGB"
    assert set(jpeg_markers(clean.data)) <= JPEG_PIXEL_MARKERS


def test_source_can_be_a_path(tmp_path):
    path = tmp_path / "foto.jpg"
    gradient().save(path, "JPEG", exif=gps_exif().tobytes())

    clean = strip_metadata(path)

    assert clean.format == "JPEG"
    assert set(jpeg_markers(clean.data)) <= JPEG_PIXEL_MARKERS


# --- WebP ------------------------------------------------------------------------------------


def test_webp_with_exif_and_xmp_is_reencoded_without_them():
    sticker = gradient(mode="RGBA")
    sticker.putalpha(128)
    buf = io.BytesIO()
    sticker.save(buf, "WEBP", exif=gps_exif().tobytes(), xmp=b"<x:xmpmeta>Jan</x:xmpmeta>")
    assert b"EXIF" in buf.getvalue()

    clean = strip_metadata(buf.getvalue())

    assert clean.format == "WEBP"
    assert b"EXIF" not in clean.data and b"XMP " not in clean.data and b"ICCP" not in clean.data
    derivative = Image.open(io.BytesIO(clean.data))
    assert derivative.mode == "RGBA"
    assert derivative.size == (64, 48)


def test_animated_webp_sticker_stays_animated_without_metadata():
    frames = [Image.new("RGBA", (64, 64), (i * 60, 0, 0, 255)) for i in range(4)]
    buf = io.BytesIO()
    frames[0].save(
        buf,
        "WEBP",
        save_all=True,
        append_images=frames[1:],
        duration=80,
        loop=0,
        exif=gps_exif().tobytes(),
    )

    clean = strip_metadata(buf.getvalue())

    assert clean.format == "WEBP"
    assert b"EXIF" not in clean.data
    derivative = Image.open(io.BytesIO(clean.data))
    assert derivative.n_frames == 4


# --- HEIC ------------------------------------------------------------------------------------


def heic_bytes(image: Image.Image, **params) -> bytes:
    pillow_heif = pytest.importorskip("pillow_heif", reason="pillow_heif is niet geïnstalleerd")
    if not pillow_heif.libheif_info().get("encoders"):
        pytest.skip("pillow_heif heeft geen HEIC-encoder om een testbestand te maken")
    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    image.save(buf, "HEIF", quality=90, **params)
    return buf.getvalue()


def test_heic_photo_becomes_jpeg_without_exif():
    data = heic_bytes(gradient(), exif=gps_exif().tobytes())
    assert data[4:8] == b"ftyp"

    clean = strip_metadata(data)

    assert clean.format == "JPEG"
    assert (clean.width, clean.height) == (64, 48)
    assert set(jpeg_markers(clean.data)) <= JPEG_PIXEL_MARKERS
    assert b"Apple" not in clean.data


def test_truncated_heic_is_rejected_not_kept():
    data = heic_bytes(gradient((256, 256)))

    with pytest.raises(ImageRejected) as caught:
        strip_metadata(data[: len(data) // 2])

    assert caught.value.code in {"undecodable", "heic_unsupported"}


# --- rejections ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "WEBP", "GIF"])
def test_truncated_image_is_rejected_with_dutch_message(kind):
    buf = io.BytesIO()
    gradient((200, 200)).save(buf, kind)
    truncated = buf.getvalue()[: len(buf.getvalue()) // 2]

    with pytest.raises(ImageRejected) as caught:
        strip_metadata(truncated)

    assert caught.value.code == "undecodable"
    assert "beschadigd" in caught.value.message


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"Dit is gewoon tekst, geen afbeelding.",
        b"<svg onload=alert(1)></svg>",
        b"MZ\x90\x00" * 64,
    ],
    ids=["empty", "text", "svg", "exe"],
)
def test_non_images_are_rejected_as_unsupported(data):
    with pytest.raises(ImageRejected) as caught:
        strip_metadata(data)

    assert caught.value.code == "unsupported_format"
    assert "geen afbeelding" in caught.value.message


def test_formats_phones_do_not_send_are_refused():
    buf = io.BytesIO()
    gradient().save(buf, "TIFF")

    with pytest.raises(ImageRejected) as caught:
        strip_metadata(buf.getvalue())

    assert caught.value.code == "unsupported_format"


def fail_on_decode(monkeypatch):
    def refuse(self):
        raise AssertionError("pixel data was decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)


def test_declared_60000_by_60000_jpeg_is_rejected_before_decoding(monkeypatch):
    data = jpeg_with_declared_size(60000, 60000)
    fail_on_decode(monkeypatch)

    with pytest.raises(ImageRejected) as caught:
        strip_metadata(data)

    assert caught.value.code == "too_large"
    assert caught.value.message == "De afbeelding is te groot (meer dan 40 megapixels)."


def test_image_over_our_limit_but_under_pillows_is_rejected_before_decoding(monkeypatch):
    data = jpeg_with_declared_size(7000, 7000)  # 49 MP: Pillow alone would decode it
    fail_on_decode(monkeypatch)

    with pytest.raises(ImageRejected) as caught:
        strip_metadata(data)

    assert caught.value.code == "too_large"


def test_pixel_limit_is_a_parameter():
    buf = io.BytesIO()
    gradient((100, 100)).save(buf, "PNG")

    with pytest.raises(ImageRejected) as caught:
        strip_metadata(buf.getvalue(), max_pixels=5_000)

    assert "0.005 megapixels" in caught.value.message
    assert strip_metadata(buf.getvalue(), max_pixels=10_000).width == 100


def test_huge_dimensions_fixture_is_rejected():
    with pytest.raises(ImageRejected) as caught:
        strip_metadata(FIXTURES / "jpeg_huge_dimensions.jpg")

    assert caught.value.code == "too_large"


def test_animation_with_too_many_pixels_in_total_is_rejected():
    frames = [Image.new("RGB", (100, 100), (i, 0, 0)) for i in range(10)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:])

    with pytest.raises(ImageRejected) as caught:
        strip_metadata(buf.getvalue(), max_pixels=50_000)

    assert caught.value.code == "too_large"


# --- ../shared hostile corpus ----------------------------------------------------------------


def shared_file(name: str) -> Path:
    if not SHARED_HOSTILE.is_dir():
        pytest.skip("../shared ontbreekt")
    return SHARED_HOSTILE / name


@pytest.mark.shared
def test_shared_png_with_gps_exif_is_cleaned_with_pixels_unchanged():
    source = shared_file("png_with_gps_exif.png")

    clean = strip_metadata(source)

    assert set(png_chunks(clean.data)) <= PNG_PIXEL_CHUNKS
    assert Image.open(io.BytesIO(clean.data)).tobytes() == Image.open(source).tobytes()


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("jpeg_huge_dimensions.jpg", "too_large"),
        ("exe_renamed.jpg", "unsupported_format"),
        ("svg_script_renamed.png", "unsupported_format"),
    ],
)
def test_shared_hostile_images_are_rejected(name, code):
    with pytest.raises(ImageRejected) as caught:
        strip_metadata(shared_file(name))

    assert caught.value.code == code


@pytest.mark.shared
@pytest.mark.parametrize(
    "name",
    [
        "android_bundle_control/IMG-20240318-WA0001.jpg",
        "android_bundle_control/STK-20240318-WA0003.webp",
    ],
)
def test_shared_legitimate_media_is_accepted(name):
    clean = strip_metadata(shared_file(name))

    assert clean.format in {"JPEG", "WEBP"}
    assert Image.open(io.BytesIO(clean.data)).size == (clean.width, clean.height)


# --- box mapping (with a stand-in OCR result, no tesseract) -----------------------------------


def word(text, left, top, line, start, width=50, height=20):
    return OcrWord(text, left, top, width, height, 90.0, (1, 1, 1, line), start, start + len(text))


def test_span_over_words_on_two_lines_gives_one_padded_box_per_line():
    # "bel Henk\nde Vries nu"
    ocr = OcrResult(
        text="bel Henk\nde Vries nu",
        words=(
            word("bel", 10, 100, 1, 0),
            word("Henk", 70, 100, 1, 4),
            word("de", 10, 130, 2, 9),
            word("Vries", 70, 130, 2, 12),
            word("nu", 130, 130, 2, 18),
        ),
    )

    boxes = boxes_for_spans(ocr, [(4, 17, "PERSON")], padding=0.1)

    assert boxes == [
        Box(left=68, top=98, right=122, bottom=122, label="PERSON"),
        Box(left=8, top=128, right=122, bottom=152, label="PERSON"),
    ]


def test_span_covering_part_of_a_word_blacks_out_the_whole_word():
    ocr = OcrResult(text="tel:0612345678", words=(word("tel:0612345678", 10, 10, 1, 0, width=200),))

    boxes = boxes_for_spans(ocr, [(4, 14, "PHONE")], size=(205, 100))

    assert boxes == [Box(left=6, top=6, right=205, bottom=34, label="PHONE")]


def test_header_band_only_on_tall_portrait_images_and_grows_over_cut_words():
    assert header_box((1920, 1080)) is None
    assert header_box((1080, 2400), fraction=0.09) == Box(0, 0, 1080, 216, "CONTACT_HEADER")
    straddling = word("Henk", 200, 200, 1, 0, height=40)  # 200..240 crosses y=216
    assert header_box((1080, 2400), [straddling], fraction=0.09).bottom == 242
    assert header_box((1000, 1600), min_aspect=1.5, fraction=0.1).bottom == 160


def test_header_band_of_a_long_scrolling_screenshot_follows_the_width():
    assert header_box((1080, 2400)).bottom == 276  # 11.5% of the height
    assert header_box((1080, 10000)).bottom == 292  # 0.27 x width, not 1,150 px of messages


def test_header_band_stops_at_the_lower_edge_of_the_header_bar():
    screenshot = Image.new("RGB", (1080, 2400), (239, 234, 226))
    screenshot.paste((0, 128, 105), (0, 0, 1080, 200))

    assert header_box(screenshot.size, image=screenshot).bottom == 200
    assert header_box(screenshot.size, image=Image.new("RGB", (1080, 2400))).bottom == 276


@pytest.mark.parametrize(
    ("kwargs", "bar_bottom"),
    [
        ({}, 211),
        ({"dark": True}, 211),
        ({"width": 1170, "height": 2532, "ios": True}, 274),
        ({"width": 1170, "height": 2532, "ios": True, "dark": True}, 274),
    ],
)
def test_header_band_covers_the_whole_bar_of_rendered_screenshots(kwargs, bar_bottom):
    screenshot = render_whatsapp_screenshot(**kwargs)

    assert header_box(screenshot.size, image=screenshot).bottom == bar_bottom


def test_header_band_ignores_giant_misread_boxes_and_can_be_switched_off():
    giant = word("|", 0, 100, 1, 0, width=1080, height=1500)
    assert header_box((1080, 2400), [giant]).bottom == 276
    assert header_box((1080, 2400), fraction=0) is None


def strict_phone_detector(text, *, known_names=()):
    """Stand-in detector that, like a real one, only accepts digits."""
    return [
        SimpleNamespace(start=m.start(), end=m.end(), label="PHONE")
        for m in re.finditer(r"\b06-?\d{8}\b", text)
    ]


def ocr_of(text: str) -> OcrResult:
    words, offset = [], 0
    for line_no, line in enumerate(text.split("\n")):
        for token in line.split(" "):
            words.append(word(token, 10 * offset, 30 * line_no, line_no, offset))
            offset += len(token) + 1
    return OcrResult(text=text, words=tuple(words))


@pytest.mark.parametrize("misread", ["O6-48213957", "06-4821395S", "o6-482l3957", "06-4B213957"])
def test_phone_numbers_with_letters_misread_for_digits_are_still_found(misread):
    text = f"bel me op {misread} na vijven"

    spans = detect_in_ocr(ocr_of(text), known_names=(), detect=strict_phone_detector)

    assert spans == ((10, 21, "PHONE"),)


def test_digit_repair_leaves_words_and_short_numbers_alone():
    text = "Bos 12 Olst SO Z-2024-001873 om 09:15"

    spans = detect_in_ocr(ocr_of(text), known_names=(), detect=strict_phone_detector)

    assert spans == ()


def test_known_name_misread_by_one_letter_is_still_found():
    text = "Ik ben Henk de Vrles, groet\nHENK VRIES"

    spans = detect_in_ocr(ocr_of(text), known_names=("Henk de Vries",), detect=lambda t, **k: [])

    # The misread surname by its near miss, the first name and "VRIES" as established parts;
    # "Henk de Vrles" is one name, grown over its tussenvoegsel.
    assert spans == (
        (7, 20, "PERSON"),
        (28, 32, "PERSON"),
        (33, 38, "PERSON"),
    )


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("vries", "vrles", True),
        ("vries", "vries", True),
        ("vries", "vriess", True),
        ("vries", "vris", True),
        ("vries", "fries", True),
        ("vries", "friets", False),
        ("jansen", "janssens", False),
        ("", "a", True),
    ],
)
def test_one_edit_distance(a, b, close):
    assert _within_one_edit(a, b) is close
    assert _within_one_edit(b, a) is close


def test_image_modules_import_without_django():
    code = (
        "import sys, chats.redaction.images, chats.redaction.ocr; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_truncated_image_is_rejected_even_after_weasyprint_was_imported(monkeypatch):
    # WeasyPrint sets Pillow's process-wide LOAD_TRUNCATED_IMAGES on import (same worker process).
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    buffer = io.BytesIO()
    Image.new("RGB", (200, 200), (10, 200, 30)).save(buffer, format="PNG")
    truncated = buffer.getvalue()[: len(buffer.getvalue()) // 2]
    with pytest.raises(ImageRejected):
        strip_metadata(truncated)
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True


def test_a_redacted_screenshot_is_written_with_fast_png_compression(monkeypatch):
    # zlib's default level took a quarter second on a large screenshot that came as JPEG.
    levels = []
    save = Image.Image.save

    def spy(self, fp, format=None, **params):
        if format == "PNG":
            levels.append(params.get("compress_level"))
        return save(self, fp, format=format, **params)

    monkeypatch.setattr(Image.Image, "save", spy)
    screenshot = io.BytesIO()
    render_whatsapp_screenshot(540, 1200).save(screenshot, format="JPEG")
    layout = {"words": [[0, 3, 10, 300, 60, 20, 0]], "header": None}

    redraw_screenshot(screenshot.getvalue(), layout=layout, spans=[(0, 3, "PERSON")])

    assert levels == [1]


# --- sender labels by their colour (drawn text, stand-in OCR words) ---------------------------


def drawn_lines(lines: list[tuple[str, tuple[int, int, int]]], background=(255, 255, 255)):
    """An image with each (text, colour) line drawn in bold, and the OCR result of its words."""
    from PIL import ImageDraw, ImageFont  # only these tests draw text themselves

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 32)
    image = Image.new("RGB", (700, 60 * len(lines) + 20), background)
    draw = ImageDraw.Draw(image)
    words, text, offset = [], [], 0
    for line_no, (line, colour) in enumerate(lines):
        x, top = 20, 20 + 60 * line_no
        for token in line.split(" "):
            left, upper, right, lower = draw.textbbox((x, top), token, font=font)
            draw.text((x, top), token, font=font, fill=colour)
            words.append(
                OcrWord(
                    token,
                    left,
                    upper,
                    right - left,
                    lower - upper,
                    90.0,
                    (1, 1, 1, line_no),
                    offset,
                    offset + len(token),
                )
            )
            offset += len(token) + 1
            x = right + 14
        text.append(line)
    return image, OcrResult(text="\n".join(text), words=tuple(words))


def redacted_words(image, ocr, from_char: int = 0) -> set[str]:
    """The words (from `from_char` on) blacked out with `image` given (sender colours looked
    at) or None."""
    from chats.redaction import detect  # the real detector, as the pipeline runs it

    spans = detect_in_ocr(ocr, known_names=(), detect=detect, image=image)
    return {
        w.text
        for w in ocr.words
        if w.char_start >= from_char
        and any(s < w.char_end and w.char_start < e for s, e, _ in spans)
    }


@pytest.mark.parametrize("background", [(255, 255, 255), (31, 44, 52)])
def test_a_sender_label_in_colour_is_a_person_also_an_everyday_or_lower_case_name(background):
    teal = (0, 137, 123) if background[0] > 128 else (100, 255, 218)
    text_colour = (17, 27, 33) if background[0] > 128 else (233, 237, 239)
    image, ocr = drawn_lines(
        [
            ("Ben Wortel", teal),
            ("Wortel hier. Het vervoer kwam niet.", text_colour),
            ("vink", (230, 81, 0)),
            ("De bus is te laat.", text_colour),
        ],
        background,
    )
    assert {"Ben", "Wortel", "vink"} <= redacted_words(image, ocr)
    # "Wortel hier.": the sender's everyday surname in a later bubble is hers too.
    second_line = ocr.text.index("\n") + 1
    assert "Wortel" in redacted_words(image, ocr, from_char=second_line)


def test_the_same_words_in_the_text_colour_are_no_sender():
    image, ocr = drawn_lines([("Ben Wortel", (17, 27, 33)), ("vink", (17, 27, 33))])
    assert redacted_words(image, ocr) == redacted_words(None, ocr)
    assert "vink" not in redacted_words(image, ocr)


def test_whatsapps_own_words_and_organisations_in_colour_are_no_sender():
    teal = (31, 122, 140)
    image, ocr = drawn_lines(
        [("Bericht Toevoegen", teal), ("Jij", teal), ("Gemeente Meppel", teal)]
    )
    assert redacted_words(image, ocr) == set()


def test_the_word_places_kept_past_the_purge_do_not_tell_the_length_of_a_hidden_word():
    """A name of three words blacked out on one line: the purge keeps one place for its
    placeholder on that line (as the blackout is one rectangle per line), not a box per word
    whose widths would tell how long each hidden word was."""
    from chats.redaction.images import REDACTED_WORDS, layout_on_redacted

    original = "Bel Jan de Vries\nof Anna morgen"
    redacted = "Bel [NAAM]\nof [NAAM] morgen"
    words = [  # [char_start, char_end, left, top, width, height, line] (ocr_layout)
        [0, 3, 5, 5, 20, 10, 0],
        [4, 7, 30, 5, 22, 10, 0],
        [8, 10, 56, 5, 12, 11, 0],
        [11, 16, 72, 4, 38, 10, 0],
        [17, 19, 5, 30, 12, 10, 1],
        [20, 24, 20, 30, 30, 10, 1],
        [25, 31, 55, 30, 40, 10, 1],
    ]
    kept = layout_on_redacted({"words": words, "header": None}, original, redacted)
    rows = [(redacted[s:e], place) for s, e, *place in kept[REDACTED_WORDS]]
    assert [place for _, place in rows] == [
        [5, 5, 20, 10, 0],
        [30, 4, 80, 12, 0],  # Jan, de and Vries: one box over the line
        [5, 30, 12, 10, 1],
        [20, 30, 30, 10, 1],  # Anna alone
        [55, 30, 40, 10, 1],
    ]
    assert [text for text, _ in rows[:3]] == ["Bel", "[NAAM]", "of"]
    assert rows[3][0] in "[NAAM]" and rows[4][0] == "morgen"
