"""CPU of reading a 12 MP photo with tesseract at full size and scaled down (ocr_image's
`max_side`), alternated per photo in one process, and the words of a painted sign still read.

Usage: nice -n 10 .venv/bin/python bench/photo_ocr_size_bench.py [MAX_SIDE ...]   (default 2800)

libtesseract runs in this process (chats.redaction.tesseract_api), so time.process_time counts
its CPU. Stop 51 (load ~7 on 2 cores, 9 photos of 4000x3000: street scenes and rows of houses
with a sign, street scenes without): full size CPU median 2.10 s, worst 16.69 s (wall 58.4 s,
at the 60 s timeout); 2800: median 0.93 s, worst 2.41 s; 2500: median 0.65 s, worst 1.65 s;
the sign's 8 words read on all 6 sign photos at every size. Again at load ~9: full size median
1.85 s, worst 15.87 s (wall 58.8 s); 2800: median 0.92 s, worst 2.35 s (wall worst 8.0 s).
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from chats.redaction.ocr import PHOTO_MAX_SIDE, ocr_image  # noqa: E402
from demo.generators import photos  # noqa: E402

FONT = Path(photos.FONT_DIR, "DejaVuSans.ttf")
SIGN = ["Bewoner: Piet Zandstra", "Tel: 06 15499316", "Fietspad afgesloten"]


def _with_sign(scene: Image.Image) -> Image.Image:
    draw = ImageDraw.Draw(scene)
    draw.rectangle([600, 500, 3000, 1300], fill=(245, 245, 235))
    font = ImageFont.truetype(str(FONT), 90)
    for n, line in enumerate(SIGN):
        draw.text((680, 560 + 230 * n), line, fill=(20, 20, 20), font=font)
    return scene


def _as_jpeg(image: Image.Image) -> Image.Image:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=90)
    return Image.open(io.BytesIO(buffer.getvalue()))


def main(sides: list[int | None]) -> None:
    size = (4000, 3000)
    cases = []
    for seed in range(3):
        cases.append(
            (f"street+sign {seed}", _as_jpeg(_with_sign(photos.street_scene(size, seed=seed))))
        )
        cases.append(
            (f"houses+sign {seed}", _as_jpeg(_with_sign(photos.houses_scene(size, seed=seed))))
        )
        cases.append((f"street {seed}", _as_jpeg(photos.street_scene(size, seed=seed + 10))))
    ocr_image(Image.new("RGB", (300, 100), "white"))  # the model loaded once, outside the timing
    cpu: dict = {side: [] for side in sides}
    read: dict = dict.fromkeys(sides, 0)
    expected = sum(len(line.split()) for line in SIGN) * sum("sign" in name for name, _ in cases)
    for name, image in cases:
        row = []
        for side in sides:
            start_cpu, start = time.process_time(), time.perf_counter()
            words = set(ocr_image(image, max_side=side).text.split())
            cpu[side].append(time.process_time() - start_cpu)
            wall = time.perf_counter() - start
            hit = sum(w in words for line in SIGN for w in line.split()) if "sign" in name else 0
            read[side] += hit
            row.append(
                f"{side or 'full'}: CPU {cpu[side][-1]:5.2f} s, wall {wall:5.2f} s, {hit} words"
            )
        print(f"{name:15} | " + " | ".join(row), flush=True)
    for side in sides:
        print(
            f"max_side {side or 'full'}: CPU median {statistics.median(cpu[side]):.2f} s, "
            f"worst {max(cpu[side]):.2f} s; sign words read {read[side]}/{expected}"
        )


if __name__ == "__main__":
    main([None, *([int(a) for a in sys.argv[1:]] or [PHOTO_MAX_SIDE])])
