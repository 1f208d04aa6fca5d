"""Command line: JSON Lines {"id", "text"} on stdin -> {"id", "spans": [...]} on stdout.

Small inputs are handled in this process. From ``_BATCH`` lines on, the lines go to a pool of
worker processes forked after the lexicon is loaded (so they share it), in input order.
``REDACTION_WORKERS`` sets the number of workers (default: the number of CPUs, at most 4;
1 disables the pool).
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator

from chats.redaction.detector import default_detector

_BATCH = 256


def _result(line: str) -> str | None:
    """The output line for one input line (None for a blank line)."""
    line = line.strip()
    if not line:
        return None
    record = json.loads(line)
    spans = default_detector().detect(record.get("text") or "")
    result = {
        "id": record.get("id"),
        "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in spans],
    }
    return json.dumps(result, ensure_ascii=False)


def _workers() -> int:
    try:
        wanted = int(os.environ.get("REDACTION_WORKERS", "0"))
    except ValueError:
        wanted = 0
    return wanted if wanted > 0 else min(os.cpu_count() or 1, 4)


def _results(lines: Iterable[str]) -> Iterator[str | None]:
    """Results in input order; a process pool takes over when the input is long."""
    lines = iter(lines)
    head = list(itertools.islice(lines, _BATCH))
    workers = _workers()
    if len(head) < _BATCH or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(_result, head)
        yield from map(_result, lines)
        return
    # Forked children inherit the loaded lexicon instead of reading it again.
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_result, itertools.chain(head, lines), chunksize=64)


def main() -> int:
    """Read messages from stdin and write their spans to stdout, one JSON object per line."""
    default_detector()  # load the lexicon before any worker is forked
    out = sys.stdout
    for result in _results(sys.stdin):
        if result is not None:
            out.write(result + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
