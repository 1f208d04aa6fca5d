"""Issue 17's noise: what tesseract reads in a photo without text is not stored or searchable.

Photos in an export are read so the Woo search finds the text on a sign or a note. A photo of a
street, a hedge or a row of houses still gave tesseract scraps to read ("uu man", "ann", "De
...p ike", "% st, hi er"), which were stored and indexed. Only lines of real text are kept now,
and always the words under the personal data found, so nothing blacked out or replaced changes.
"""

import io
import re
from pathlib import Path

import pytest
from PIL import Image

from chats.pipeline.build import photo_text
from chats.redaction.ocr import OcrResult, OcrWord
from chats.redaction.photo_words import is_text_line, plausible_words
from demo.generators import photos


def _result(lines: list[list[tuple[str, float]]]) -> OcrResult:
    """An OcrResult of words (text, confidence), line by line, as words_to_result builds it."""
    words, parts, offset = [], [], 0
    for number, line in enumerate(lines):
        if number:
            parts.append("\n")
            offset += 1
        for position, (text, conf) in enumerate(line):
            if position:
                parts.append(" ")
                offset += 1
            words.append(
                OcrWord(
                    text=text,
                    left=100 * position,
                    top=60 * number,
                    width=90,
                    height=40,
                    conf=conf,
                    line_key=(1, 1, 1, number),
                    char_start=offset,
                    char_end=offset + len(text),
                )
            )
            parts.append(text)
            offset += len(text)
    return OcrResult(text="".join(parts), words=tuple(words))


# Lines as tesseract read them in generated photos: the texture's, then the signs'.
TEXTURE_LINES = [
    [("uu", 68), ("man", 44)],
    [("%", 87), ("©", 66), ("ef", 56), ("#", 0), ("md", 12)],
    [("ait", 68)],
    [("|", 94)],
    [("LF", 6), ("err", 32), ("TOETS", 19), ('ed"', 31)],
    [("Slgtere", 0), ("FEN", 0), ("Loef", 0)],
]
TEXT_LINES = [
    [("Kerkstraat", 95)],
    [("Let", 95), ("op!", 95)],
    [("omleiding", 57)],
    [("06", 96), ("12345678", 96)],
    [("art.", 95), ("461", 95), ("Wvsr", 67)],
]


@pytest.mark.parametrize("line", TEXTURE_LINES)
def test_a_line_of_texture_read_as_letters_is_no_text(line):
    assert not is_text_line(_result([line]).words)


@pytest.mark.parametrize("line", TEXT_LINES)
def test_a_line_of_a_sign_is_text(line):
    assert is_text_line(_result([line]).words)


def test_only_the_lines_of_text_are_kept_without_the_scraps_glued_to_them():
    read = _result([TEXTURE_LINES[0], [("Te", 95), ("koop", 95), ("IE", 13)], TEXTURE_LINES[1]])
    kept = plausible_words(read).result
    assert kept.text == "Te koop"
    assert [(w.text, w.char_start, w.char_end) for w in kept.words] == [
        ("Te", 0, 2),
        ("koop", 3, 7),
    ]
    # The words keep their boxes and lines, for the black boxes and the review's redraw.
    assert kept.words[1].left == read.words[3].left
    assert kept.words[1].line_key == read.words[3].line_key


def test_words_under_personal_data_are_kept_wherever_they_were_read():
    """What the detector found in the whole reading stays: the same words are replaced in the
    text and blacked out in the photo as before, even on a line that is otherwise texture."""
    read = _result(
        [
            [("ed", 20), ("Vanlee", 45), ("ad", 10)],
            [("Bewoner:", 95), ("Piet", 85), ("Zandstra", 94)],
            [("Tel:", 93), ("06-15499316", 80)],
        ]
    )
    text = read.text
    spans = [
        (text.index("Vanlee"), text.index("Vanlee") + 6, "PERSON"),
        (text.index("Piet"), text.index("Zandstra") + 8, "PERSON"),
        (text.index("15499316") - 3, text.index("15499316") + 8, "PHONE"),
    ]
    kept = plausible_words(read, spans)
    moved = [kept.result.text[s:e] for s, e, _label in kept.spans]
    assert moved == ["Vanlee", "Piet Zandstra", "06-15499316"]
    assert [label for _s, _e, label in kept.spans] == ["PERSON", "PERSON", "PHONE"]
    assert kept.result.text == "Vanlee\nBewoner: Piet Zandstra\nTel: 06-15499316"


def test_a_span_inside_a_word_keeps_its_characters():
    read = _result([[("x", 5)], [("Tel:06-15499316", 80)]])
    start = read.text.index("06")
    kept = plausible_words(read, [(start, start + 11, "PHONE")])
    (span,) = kept.spans
    assert kept.result.text[span[0] : span[1]] == "06-15499316"


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def _words(text: str) -> list[str]:
    """The words a search could find: placeholders ([NAAM]) are none."""
    return re.findall(r"[^\W_]+", re.sub(r"\[[A-Z]+\]", " ", text))


# Scenes without text that tesseract reads scraps of (each stored words before the fix) and a
# few it reads nothing of.
SCENES_WITHOUT_TEXT = [
    (lambda: photos.street_scene((1600, 1200), seed=0), "straat"),
    (lambda: photos.houses_scene(seed=0), "huizen 0"),
    (lambda: photos.houses_scene(seed=3), "huizen 3"),
    (lambda: photos.foliage(seed=1), "heg 1"),
    (lambda: photos.foliage(seed=3), "heg 3"),
    (lambda: photos.tree_scene(seed=3), "boom"),
    (lambda: photos.face_portrait(seed=0), "gezicht"),
]


@pytest.mark.parametrize(
    "make", [m for m, _ in SCENES_WITHOUT_TEXT], ids=[i for _, i in SCENES_WITHOUT_TEXT]
)
def test_a_photo_without_text_stores_no_searchable_text(make):
    found = photo_text(_jpeg(make()), known_names=[], replacements={})
    assert _words(found.get("ocr_text_redacted", "")) == [], found.get("ocr_text")
    # A scrap the detector took for personal data is kept (and stays blacked out, as before),
    # replaced by its placeholder: at most that one word is stored.
    assert len(found.get("ocr_text", "").split()) <= len(found.get("ocr_spans", ()))


WHITE = ((245, 245, 235), (20, 20, 20))
SIGNS = [
    (["Fietspad afgesloten"], lambda: photos.tree_scene(seed=3), 3, "DejaVuSans.ttf", 64, 2.0),
    (
        ["Verzegeld op last van", "de burgemeester"],
        lambda: photos.houses_scene(seed=2),
        2,
        "DejaVuSerif.ttf",
        56,
        1.5,
    ),
    (
        ["Melding openbare ruimte", "Bel 14 0522"],
        lambda: photos.houses_scene(seed=7),
        7,
        "DejaVuSansCondensed.ttf",
        64,
        -1.3,
    ),
]


@pytest.mark.skipif(not Path(photos.FONT_DIR, "DejaVuSans.ttf").exists(), reason="no DejaVu")
@pytest.mark.parametrize("lines, scene, seed, font, height, angle", SIGNS)
def test_the_words_of_a_photographed_sign_stay_findable(lines, scene, seed, font, height, angle):
    image = photos.sign_photo(
        lines, scene(), seed=seed, font=font, text_height=height, colours=WHITE, angle=angle
    )
    found = photo_text(_jpeg(image), known_names=[], replacements={})
    stored = found["ocr_text_redacted"]
    assert _words(stored) == _words(" ".join(lines))


@pytest.mark.skipif(not Path(photos.FONT_DIR, "DejaVuSans.ttf").exists(), reason="no DejaVu")
def test_the_photo_is_blacked_out_exactly_as_from_the_whole_reading():
    """Keeping fewer words changes nothing of the privacy: the pixels painted are those of the
    spans found in all tesseract read (as before), and each is replaced in the text kept."""
    from chats.pipeline.build import _read_with_confidence, detect, read_photo
    from chats.redaction.images import detect_in_ocr, paint_spans

    image = photos.sign_photo(
        ["Bewoner: Piet Zandstra", "Tel: 06 15499316", "Boom staat scheef"],
        photos.houses_scene(seed=3),
        seed=3,
        text_height=56,
        colours=WHITE,
    )
    data = _jpeg(image)
    whole = read_photo(data)
    spans = [
        span
        for span in detect_in_ocr(whole, known_names=[], detect=detect)
        if _read_with_confidence(whole, span[0], span[1])
    ]
    assert {"PERSON", "PHONE"} <= {label for _s, _e, label in spans}
    found = photo_text(data, known_names=[], replacements={}, ocr=whole)
    assert found["data"] == paint_spans(data, whole, spans, out_format="JPEG")
    assert len(found["ocr_spans"]) == len(spans)
    assert [found["ocr_text"][s.start : s.end] for s in found["ocr_spans"]] == [
        whole.text[s:e] for s, e, _label in spans
    ]
    assert "Zandstra" not in found["ocr_text_redacted"]
    assert "scheef" in found["ocr_text_redacted"]
