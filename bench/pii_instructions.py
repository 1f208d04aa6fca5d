"""Fixed work for counting the personal-data detector's instructions under valgrind.

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        .venv/bin/python bench/pii_instructions.py detect 1300
    ... the same with 0, and the difference divided by 1300 is the instructions per message.

``detect``: Detector.detect over 300 bench messages to warm up, then ``N`` more. ``chat``:
detect_chat over a 100-message warm-up chat, then the next ``N`` bench messages as chats of
twenty (participants "Anna Bakker" and "Gerrit Meijer", as rounds speed51-53 measured). Run each
with ``0`` for the baseline (imports, lexicon, warm-up), and subtract.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pii_bench import messages  # noqa: E402

from chats.redaction import detect_chat  # noqa: E402
from chats.redaction.detector import Detector  # noqa: E402

PARTICIPANTS = ("Anna Bakker", "Gerrit Meijer")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("detect", "chat"))
    parser.add_argument("n", type=int, help="messages measured (0 for the baseline)")
    parser.add_argument("--chat-size", type=int, default=20)
    args = parser.parse_args(argv)
    texts = messages(300 + args.n)
    warm, measured = texts[:300], texts[300:]
    if args.mode == "detect":
        detector = Detector()
        for text in warm:
            detector.detect(text)
        for text in measured:
            detector.detect(text)
    else:
        detect_chat(warm[:100], participants=PARTICIPANTS)
        for at in range(0, len(measured), args.chat_size):
            detect_chat(measured[at : at + args.chat_size], participants=PARTICIPANTS)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
