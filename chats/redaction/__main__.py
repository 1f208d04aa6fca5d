"""Command line: JSON Lines {"id", "text"} on stdin -> {"id", "spans": [...]} on stdout."""

from __future__ import annotations

import json
import sys

from chats.redaction.detector import default_detector


def main() -> int:
    """Read messages from stdin and write their spans to stdout, one JSON object per line."""
    detector = default_detector()
    out = sys.stdout
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        record = json.loads(line)
        spans = detector.detect(record.get("text") or "")
        result = {
            "id": record.get("id"),
            "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in spans],
        }
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
