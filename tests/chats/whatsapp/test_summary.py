"""Summary counts without building the message list, and constant memory while streaming."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from chats.whatsapp import iter_chat_file, parse_chat_file
from chats.whatsapp.summary import summarize

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "whatsapp"


def test_summary_agrees_with_the_full_parse():
    path = FIXTURES / "public" / "nl_android_24h_dd-mm-yyyy__minvws_carol.txt"
    chat = parse_chat_file(path)

    summary = summarize(path)

    assert summary["messages"] == len(chat.messages)
    for kind, count in summary["kinds"].items():
        assert count == sum(1 for m in chat.messages if m.kind == kind)
    assert summary["participants"] == [
        {"name": p.name, "messages": p.message_count} for p in chat.participants
    ]
    assert summary["first_sent_at"] == chat.messages[0].sent_at.isoformat()
    assert summary["last_sent_at"] == chat.messages[-1].sent_at.isoformat()


def _write_chat(path: Path, n: int) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(f"[13-03-2023 {i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}] ")
            f.write(f"Deelnemer {i % 7}: bericht {i} met wat tekst erbij 😊\n")
    return path


def _peak_while_streaming(path: Path) -> int:
    tracemalloc.start()
    try:
        _fmt, stream = iter_chat_file(path)
        count = sum(1 for _ in stream)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count > 0
    return peak


def test_streaming_memory_does_not_grow_with_the_number_of_messages(tmp_path):
    # Both files span many read chunks; the larger one has four times the messages.
    small = _peak_while_streaming(_write_chat(tmp_path / "small.txt", 25_000))
    large = _peak_while_streaming(_write_chat(tmp_path / "large.txt", 100_000))

    assert large < small * 1.5
