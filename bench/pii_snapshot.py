"""Snapshot of every span the personal-data detector predicts, to check that a change to its
speed leaves its output byte-identical.

    .venv/bin/python bench/pii_snapshot.py /tmp/before.txt
    ... change ...
    .venv/bin/python bench/pii_snapshot.py /tmp/after.txt && cmp /tmp/before.txt /tmp/after.txt

Covers every JSONL in tests/fixtures/pii/ and ../shared/corpus/pii/, detected in-process with
each chat's context (as the pipeline does) and once more each message alone, plus the varied
messages of bench/pii_bench.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pii_bench import messages  # noqa: E402
from pii_score import load_corpus, predict_in_chats  # noqa: E402

from chats.redaction import detect  # noqa: E402


def corpora() -> list[Path]:
    found = sorted((ROOT / "tests" / "fixtures" / "pii").glob("*.jsonl"))
    return found + sorted((ROOT / ".." / "shared" / "corpus" / "pii").glob("*.jsonl"))


def _spans(spans) -> str:
    return " ".join(f"{s['start']}-{s['end']}:{s['label']}" for s in spans)


def snapshot_lines(bench_messages: int) -> list[str]:
    lines = []
    for path in corpora():
        records = load_corpus(path)
        in_chats = predict_in_chats(records)
        for record in records:
            alone = [
                {"start": s.start, "end": s.end, "label": s.label} for s in detect(record["text"])
            ]
            lines.append(f"{path.name} {record['id']} chat  {_spans(in_chats[record['id']])}")
            lines.append(f"{path.name} {record['id']} alone {_spans(alone)}")
    for index, text in enumerate(messages(bench_messages)):
        found = [{"start": s.start, "end": s.end, "label": s.label} for s in detect(text)]
        lines.append(f"bench {index} {_spans(found)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="file to write the spans to")
    parser.add_argument("-n", type=int, default=2000, help="varied bench messages to add")
    args = parser.parse_args(argv)
    lines = snapshot_lines(args.n)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
