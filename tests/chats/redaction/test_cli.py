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


def test_records_of_one_chat_are_detected_with_the_chat_as_context():
    # Without context "mol" is an ordinary word; a participant "Gerrit Mol" makes it the person,
    # as the processing pipeline (detect_chat) sees it.
    chat = [
        {"id": "c1", "text": "bel mol even", "chat": "x", "participants": ["Gerrit Mol"]},
        {"id": "c2", "text": "Ok, dank", "chat": "x", "participants": ["Gerrit Mol"]},
        {"id": "s1", "text": "bel mol even"},
    ]
    out = {o["id"]: o["spans"] for o in run_cli(chat)}
    assert [(s["start"], s["end"], s["label"]) for s in out["c1"]] == [(4, 7, "PERSON")]
    assert out["c2"] == []
    assert out["s1"] == []


def test_chats_in_long_input_keep_their_context_in_worker_processes():
    records = []
    for n in range(300):
        people = [f"Gerrit Mol{n % 2 and 'l' or ''}"]
        records.append({"id": f"{n}a", "text": "Goedemorgen", "chat": n, "participants": people})
        records.append({"id": f"{n}b", "text": "bel mol even", "chat": n, "participants": people})
    out = run_cli(records, env_workers="2")
    assert [o["id"] for o in out] == [r["id"] for r in records]
    by_id = {o["id"]: o["spans"] for o in out}
    assert all(
        by_id[f"{n}b"] == ([] if n % 2 else [{"start": 4, "end": 7, "label": "PERSON"}])
        for n in range(300)
    )
