"""Speed of the personal-data detector: CLI start-up time and messages per second.

    .venv/bin/python bench/pii_bench.py                 # 5,000 messages
    .venv/bin/python bench/pii_bench.py -n 20000 --workers 1

Messages are the labelled corpora (../shared/corpus/pii/dev.jsonl when present, and the
challenge sets in tests/fixtures/pii/) with names and numbers varied, repeated to the
requested count. Throughput is measured through the CLI (``python -m chats.redaction``, as
an outside checker runs it) and in-process; start-up is the time the CLI needs for a single
message.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [
    ROOT / ".." / "shared" / "corpus" / "pii" / "dev.jsonl",
    ROOT / "tests" / "fixtures" / "pii" / "challenge.jsonl",
    ROOT / "tests" / "fixtures" / "pii" / "challenge2.jsonl",
]
FIRST = ["Anna", "Bert", "Cor", "Dineke", "Eelco", "Fenna", "Gerrit", "Hilde", "Ivo", "Jantien"]
LAST = ["Bakker", "Dijkstra", "van Dam", "Hofstra", "Kroeze", "de Lange", "Meijer", "Zwiers"]
PLAIN = [
    "ok",
    "Top, dank je!",
    "Ik ben er over 10 minuten",
    "Kun je de notulen van vanochtend rondsturen?",
    "De boom op de Molenweg is weggehaald, melding kan dicht.",
    "Vergadering verplaatst naar donderdag 14:00, zelfde ruimte",
    "Graag voor vrijdag reageren, dan kan het mee in de raadsinformatiebrief",
]


def messages(count: int, seed: int = 1) -> list[str]:
    """``count`` realistic messages: corpus texts with names varied, plus plain chatter."""
    rnd = random.Random(seed)
    base: list[str] = list(PLAIN)
    for path in CORPORA:
        if path.exists():
            base += [
                json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()
            ]
    out = []
    while len(out) < count:
        text = rnd.choice(base)
        if rnd.random() < 0.5:
            text = f"{text} Groet, {rnd.choice(FIRST)} {rnd.choice(LAST)}"
        out.append(text)
    return out


def run_cli(lines: list[str], workers: int | None) -> float:
    """Wall time of the CLI over ``lines`` (start-up included)."""
    payload = "".join(
        json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(lines)
    )
    env = dict(os.environ)
    if workers:
        env["REDACTION_WORKERS"] = str(workers)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "chats.redaction"],
        input=payload,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    elapsed = time.perf_counter() - started
    produced = sum(1 for line in proc.stdout.splitlines() if line.strip())
    if produced != len(lines):
        raise SystemExit(f"CLI wrote {produced} lines for {len(lines)} messages")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5000, help="number of messages")
    parser.add_argument("--workers", type=int, default=None, help="REDACTION_WORKERS for the CLI")
    args = parser.parse_args(argv)

    texts = messages(args.n)
    startups = [run_cli(texts[:1], args.workers) for _ in range(3)]
    startup = statistics.median(startups)
    total = run_cli(texts, args.workers)
    cli_rate = len(texts) / max(total - startup, 1e-9)

    sys.path.insert(0, str(ROOT))
    from chats.redaction.detector import Detector

    detector = Detector()
    started = time.perf_counter()
    for text in texts:
        detector.detect(text)
    inproc_rate = len(texts) / (time.perf_counter() - started)

    print(f"messages                  {len(texts)}")
    print(
        f"CLI start-up (1 message)  {startup:.2f} s   (runs: {', '.join(f'{s:.2f}' for s in startups)})"
    )
    print(f"CLI total                 {total:.2f} s")
    print(f"CLI messages/s            {cli_rate:,.0f}   (after start-up; goal >= 5,000)")
    print(f"in-process messages/s     {inproc_rate:,.0f}   (one process)")
    print(f"CPUs                      {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
