"""Bounded reading: long lines, huge messages, chunk boundaries, line numbers."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from chats.whatsapp import parse, parse_chat_file
from chats.whatsapp.encoding import DecodeStats, iter_text
from chats.whatsapp.formats import build_spec, probe_line
from chats.whatsapp.scanner import MAX_MESSAGE_CHARS, ScanState, scan

REPO_ROOT = Path(__file__).resolve().parents[3]
HOSTILE = REPO_ROOT / ".." / "shared" / "corpus" / "hostile"


def test_a_four_megabyte_line_is_cut_to_the_limit_and_the_next_message_survives(chat_file):
    long_line = "Dit is een heel lang bericht zonder regeleinde. " * 90_000  # ~4.3 MB
    path = chat_file(
        "[15-03-2024 10:30:00] Jan: " + long_line + "\n[15-03-2024 10:31:00] Fatima: Ontvangen\n"
    )

    start = time.perf_counter()
    chat = parse_chat_file(path)
    elapsed = time.perf_counter() - start

    long_message, after = chat.messages
    assert long_message.truncated is True
    assert len(long_message.text) <= MAX_MESSAGE_CHARS
    assert (after.author, after.text, after.line_no) == ("Fatima", "Ontvangen", 2)
    assert [w.code for w in chat.warnings] == ["truncated"]
    assert elapsed < 5


def test_a_long_multi_line_message_is_cut_and_later_lines_are_counted(chat_file):
    body = "\n".join(f"regel {i} " + "x" * 100 for i in range(3000))  # ~320 KB, 3000 lines
    path = chat_file("13-03-2023 10:30 - Jan: " + body + "\n13-03-2023 10:31 - Piet: daarna\n")

    chat = parse_chat_file(path)

    assert chat.messages[0].truncated is True
    assert chat.messages[1].line_no == 3001


@pytest.mark.parametrize("chunk_bytes", [7, 64, 1000])
def test_results_do_not_depend_on_where_chunks_end(chat_file, chunk_bytes):
    text = (
        "\u200e[13-03-2023 10:00:00] Jan: \u200e<bijgevoegd: 00000001-PHOTO.jpg>\n"
        "[13-03-2023 10:01:00] Piet: twee\nregels\r\n"
        "[13-03-2023 10:02:00] Jan: café ☕\n"
    )
    path = chat_file(text)
    expected = parse_chat_file(path).messages
    sig = probe_line(text.splitlines()[0])
    assert sig is not None
    stats = DecodeStats("utf-8")

    records = list(
        scan(iter_text(path, stats, chunk_bytes=chunk_bytes), build_spec(sig), ScanState("DMY"))
    )

    assert [(r[0], r[2], r[3]) for r in records] == [
        (m.line_no, m.author, m.kind) for m in expected
    ]


FIXTURES = REPO_ROOT / "tests" / "fixtures" / "whatsapp"


@pytest.mark.parametrize("chunk_bytes", [5, 33, 1024])
@pytest.mark.parametrize(
    "name", sorted(p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*.txt"))
)
def test_every_fixture_gives_the_same_messages_whatever_the_chunk_size(name, chunk_bytes):
    path = FIXTURES / name
    expected = parse_chat_file(path)
    sig = expected.format
    spec = build_spec(probe_line(_first_header_line(path, expected.encoding)))
    state = ScanState(sig.date_order)

    records = list(
        scan(iter_text(path, DecodeStats(expected.encoding), chunk_bytes=chunk_bytes), spec, state)
    )

    assert [(r[0], r[2], r[3], r[5]) for r in records] == [
        (m.line_no, m.author, m.kind, m.attachments) for m in expected.messages
    ]
    assert sorted(w.line_no for w in state.warnings) == sorted(
        w.line_no for w in expected.warnings if w.line_no
    )


def _first_header_line(path: Path, encoding: str) -> str:
    text = path.read_bytes().decode(encoding, "replace")
    return next(line for line in text.splitlines() if probe_line(line))


@pytest.mark.shared
def test_shared_long_line_export_parses_fast_with_the_message_after_it():
    path = HOSTILE / "chat_long_line.zip"
    if not path.exists():
        pytest.skip("../shared ontbreekt")

    start = time.perf_counter()
    chat = parse(path)
    elapsed = time.perf_counter() - start

    assert elapsed < 10
    assert any(m.truncated for m in chat.messages)
    assert chat.messages[-1].text == "Ontvangen, dank je."
    assert any("KANARIE-S-LL-d93fba" in m.text for m in chat.messages)


@pytest.mark.parametrize(
    ("length", "cut"),
    [(MAX_MESSAGE_CHARS - 1, False), (MAX_MESSAGE_CHARS, False), (MAX_MESSAGE_CHARS + 1, True)],
)
@pytest.mark.parametrize("last", [True, False])
def test_a_message_at_the_limit_is_cut_only_when_a_character_is_lost(chat_file, length, cut, last):
    # The newline that closes the file's last line is no character of the message: a message of
    # exactly the limit was reported cut ("Het is ingekort") although nothing was lost.
    body = "x" * length
    after = "" if last else "[15-03-2024 10:31:00] Fatima: Ontvangen\n"
    chat = parse_chat_file(chat_file(f"[15-03-2024 10:30:00] Jan: {body}\n{after}"))

    message = chat.messages[0]
    assert message.truncated is cut
    assert message.text == body[:MAX_MESSAGE_CHARS]
    assert [w.code for w in chat.warnings] == (["truncated"] if cut else [])
