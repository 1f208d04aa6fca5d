"""Digest of what screenshot redaction outputs, per screenshot of a rendered set.

Usage: .venv/bin/python bench/screenshot_digest.py --set tuning [--out FILE] [--limit N]

For each screenshot of the set (demo/generators/screenshot_set.py) it runs `redact_screenshot`
as bench/screenshot_bench.py does and prints one line: the screenshot's name, a digest of its
black boxes (with their labels), a digest of the redacted PNG, a digest of the OCR text and the
CPU seconds the redaction took (this process and tesseract). Two runs' files compare with
`diff <(cut -f1-4 a) <(cut -f1-4 b)`: a speed-up that keeps the output keeps every line. Only
digests and figures are printed, never the text or the items: it is safe on a blind set.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# As in screenshot_bench: the pipeline worker has OpenCV loaded before the first screenshot.
import chats.redaction.photos  # noqa: E402, F401
from bench.screenshot_bench import cpu_seconds  # noqa: E402
from chats.redaction.images import redact_screenshot  # noqa: E402
from demo.generators.screenshot_set import MUNICIPAL_KEEP_VALUES, SETS, render_set  # noqa: E402


def digest(value: bytes | str) -> str:
    data = value.encode() if isinstance(value, str) else value
    return hashlib.sha256(data).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=sorted(SETS), default="tuning")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    config = SETS[args.set]
    shots = render_set(config)
    if args.limit:
        shots = shots[: args.limit]
    keep = MUNICIPAL_KEEP_VALUES + config.keep_values
    lines, cpu = [], []
    for shot in shots:
        cpu0 = cpu_seconds()
        red = redact_screenshot(shot.data, known_names=(), keep_values=keep)
        cpu.append(cpu_seconds() - cpu0)
        boxes = ";".join(f"{b.left},{b.top},{b.right},{b.bottom},{b.label}" for b in red.boxes)
        line = "\t".join(
            (shot.name, digest(boxes), digest(red.data), digest(red.ocr_text), f"{cpu[-1]:.3f}")
        )
        lines.append(line)
        print(line, flush=True)
    summary = (
        f"{config.name}: {len(shots)} screenshots, cpu median {statistics.median(cpu):.3f}, "
        f"worst {max(cpu):.3f}, total {sum(cpu):.2f}"
    )
    print(summary)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
