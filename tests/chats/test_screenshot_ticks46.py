"""Walk 46: WhatsApp's read ticks after a message's time are read by OCR as "/ /" or "//", and
that noise stood in the review page, Woo and the release PDF. They are cut from a screenshot's
text with its word places, as the phone's chrome is."""

import pytest

from chats.pipeline.results import MediaOut, SpanOut
from chats.pipeline.screenshot_text import tick_ranges, without_chrome


def _cut(text: str) -> str:
    kept, position = [], 0
    for start, end in tick_ranges(text):
        kept.append(text[position:start])
        position = end
    return "".join([*kept, text[position:]])


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Top, bedankt!\n09:26 / /", "Top, bedankt!\n09:26"),
        ("We sturen een monteur.\n09:25 //\nTot dan", "We sturen een monteur.\n09:25\nTot dan"),
        ("Prima 14.02 v", "Prima 14.02"),
        ("Dank u 9:05 W", "Dank u 9:05"),
        ("Klaar 10:40 ✓✓", "Klaar 10:40"),
        ("Goed 11:11 \\ /", "Goed 11:11"),
    ],
)
def test_read_ticks_after_a_time_are_noise(read, meant):
    assert _cut(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Kom je om 09:15 / 09:30?",
        "Om 09:15 vandaag",
        "Route A/B //",  # no time before it
        "Prijs 1.000 //",
        "09:15",
    ],
)
def test_a_message_that_only_looks_like_it_keeps_its_text(text):
    assert tick_ranges(text) == ()


def test_the_ticks_go_from_the_text_its_spans_and_its_word_places():
    text = "Bel 0612345678\n09:15 / /\nOk"
    words = [
        [0, 3, 10, 10, 30, 12, 0],
        [4, 14, 45, 10, 100, 12, 0],
        [15, 20, 10, 30, 40, 12, 1],
        [21, 22, 55, 30, 8, 12, 1],
        [23, 24, 65, 30, 8, 12, 1],
        [25, 27, 10, 50, 20, 12, 2],
    ]
    item = MediaOut(
        seq=0,
        name="Screenshot.png",
        mime="image/png",
        ocr_text=text,
        ocr_text_redacted="Bel [TELEFOONNUMMER]\n09:15 / /\nOk",
        ocr_spans=(SpanOut(4, 14, "PHONE"),),
        ocr_boxes={"words": words, "header": None, "plates": [], "size": [200, 70]},
    )
    kept = without_chrome(item, {})
    assert kept.ocr_text == "Bel 0612345678\n09:15\nOk"
    assert kept.ocr_text_redacted == "Bel [TELEFOONNUMMER]\n09:15\nOk"
    assert kept.ocr_spans == (SpanOut(4, 14, "PHONE"),)
    assert [row[:2] for row in kept.ocr_boxes["words"]] == [[0, 3], [4, 14], [15, 20], [21, 23]]
    assert "cut_boxes" not in kept.ocr_boxes  # no span was cut
