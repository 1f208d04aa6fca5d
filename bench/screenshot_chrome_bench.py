"""How much of the phone's chrome reaches a screenshot's text, before and after
chats.pipeline.screenshot_text, on the generator's screenshot sets.

Every OCR line is placed by where the generator draws things (fractions of the width, so scaled
copies count too): the status bar, the header's second line (presence, a group's members), the
Web chat list (left 30%); any other line is message text. Counted: chrome lines in the text
before and after, message lines cut (must be 0) and must-keep items readable before that are
gone after (must be 0; the chat list's are not counted). The shots of a set
are different chats, so chats.pipeline.screenshot_overlap must find no overlap between two
consecutive ones. Run: python -m bench.screenshot_chrome_bench tuning check blind3 blind17
"""

from __future__ import annotations

import io
import sys
from collections import Counter

from PIL import Image

from chats.pipeline.results import MediaOut
from chats.pipeline.screenshot_overlap import drop_overlaps
from chats.pipeline.screenshot_text import chrome_ranges, without_chrome
from chats.redaction.images import ocr_layout, text_lines
from chats.redaction.ocr import ocr_image
from demo.generators.screenshot_set import SETS, render_set


def _bands(layout: str, width: int) -> tuple[float, float, float]:
    """(status bar bottom, header middle, header bottom) in pixels of the shot."""
    if layout == "ios":
        return 141 / 1170 * width, (141 + 66) / 1170 * width, 273 / 1170 * width
    if layout == "android":
        return 63 / 1080 * width, (63 + 73) / 1080 * width, 210 / 1080 * width
    return 0.0, 55 / 1920 * width, 0.09 * width


def place(line, layout: str, size: tuple[int, int]) -> str:
    width, _ = size
    status, header_mid, header_end = _bands(layout, width)
    middle = (min(w.top for w in line) + max(w.bottom for w in line)) / 2
    centre = (min(w.left for w in line) + max(w.right for w in line)) / 2
    if layout == "web" and centre < 0.3 * width:
        return "chat list"
    if middle < status:
        return "status bar"
    if middle < header_end:
        return "header subtitle" if middle > header_mid else "header title"
    return "message"


def measure(name: str) -> Counter:
    counts: Counter = Counter()
    media = []
    for seq, shot in enumerate(render_set(SETS[name])):
        image = Image.open(io.BytesIO(shot.data)).convert("RGB")
        ocr = ocr_image(image)
        cut = set(chrome_ranges(ocr.words, image.size))
        item = MediaOut(
            seq=seq,
            name=shot.name,
            mime="image/png",
            ocr_text=ocr.text,
            ocr_text_redacted=ocr.text,
            ocr_boxes=ocr_layout(ocr.words, None, size=image.size),
            chrome=tuple(sorted(cut)),
        )
        media.append(without_chrome(item, {}))
        kept_text = "\n".join(
            ocr.text[line[0].char_start : line[-1].char_end]
            for line in text_lines(ocr.words)
            if (line[0].char_start, line[-1].char_end) not in cut
        )
        for line in text_lines(ocr.words):
            where = place(line, shot.layout, image.size)
            removed = (line[0].char_start, line[-1].char_end) in cut
            counts[f"{where} before"] += 1
            counts[f"{where} after"] += not removed
            if not removed and where in ("status bar", "header subtitle", "chat list"):
                print(
                    f"  {where} kept:", shot.name, ocr.text[line[0].char_start : line[-1].char_end]
                )
            if removed and where == "message":
                print(
                    "  message line cut:",
                    shot.name,
                    ocr.text[line[0].char_start : line[-1].char_end],
                )
        # Must-keep items read in message lines (the chat list's are chrome, rightly cut).
        in_messages = "\n".join(
            ocr.text[line[0].char_start : line[-1].char_end]
            for line in text_lines(ocr.words)
            if place(line, shot.layout, image.size) == "message"
        )
        flat_before, flat_after = " ".join(in_messages.split()), " ".join(kept_text.split())
        for item in shot.items:
            if item.kind == "keep" and item.rects and " ".join(item.text.split()) in flat_before:
                counts["keep items read"] += 1
                if " ".join(item.text.split()) not in flat_after:
                    counts["keep items lost"] += 1
                    print("  keep item lost:", shot.name, item.text)
    # The shots of a set are different chats: any overlap found between two is a false one.
    counts["overlaps found (all false)"] = len(drop_overlaps(media, {})[1])
    return counts


def main(names: list[str]) -> None:
    total: Counter = Counter()
    for name in names:
        counts = measure(name)
        total.update(counts)
        print(name, dict(sorted(counts.items())))
    print("total", dict(sorted(total.items())))


if __name__ == "__main__":
    main(sys.argv[1:] or ["tuning"])
