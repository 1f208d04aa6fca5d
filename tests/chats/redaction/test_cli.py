"""The command-line contract: JSON Lines in, spans per line out, in input order."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run_cli(records: list[dict], env_workers: str | None = None) -> list[dict]:
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    env = None
    if env_workers is not None:
        import os

        env = {**os.environ, "REDACTION_WORKERS": env_workers}
    proc = subprocess.run(
        [sys.executable, "-m", "chats.redaction"],
        input=payload,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_it_writes_spans_with_character_offsets_per_message():
    text = "Bel 06-12345678 🙈 of mail jan@home.nl"
    [out] = run_cli([{"id": "a1", "text": text}])
    assert out["id"] == "a1"
    assert [(s["label"], text[s["start"] : s["end"]]) for s in out["spans"]] == [
        ("PHONE", "06-12345678"),
        ("EMAIL", "jan@home.nl"),
    ]


def test_it_answers_every_line_including_empty_texts_and_skips_blank_lines():
    payload = [{"id": 1, "text": ""}, {"id": 2, "text": "ok"}, {"id": 3}]
    assert run_cli(payload) == [
        {"id": 1, "spans": []},
        {"id": 2, "spans": []},
        {"id": 3, "spans": []},
    ]


def test_long_input_goes_through_worker_processes_in_input_order():
    records = [{"id": i, "text": f"bericht {i}: bel 06-1234{i:04d}"} for i in range(700)]
    out = run_cli(records, env_workers="2")
    assert [o["id"] for o in out] == list(range(700))
    assert all(o["spans"][0]["label"] == "PHONE" for o in out)
