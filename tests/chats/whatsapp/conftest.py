from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from chats.whatsapp import ParsedChat, parse_chat_file


@pytest.fixture
def chat_file(tmp_path: Path) -> Callable[..., Path]:
    """Write chat text to a file (exact bytes: no newline translation) and return its path."""
    counter = iter(range(1_000_000))

    def write(text: str, *, encoding: str = "utf-8", name: str | None = None) -> Path:
        path = tmp_path / (name or f"chat{next(counter)}.txt")
        path.write_bytes(text.encode(encoding))
        return path

    return write


@pytest.fixture
def parse_text(chat_file) -> Callable[..., ParsedChat]:
    """Parse chat text given as a string (lines joined with LF unless given as one string)."""

    def run(*lines: str, media_names=(), encoding: str = "utf-8") -> ParsedChat:
        text = "\n".join(lines) + "\n"
        return parse_chat_file(chat_file(text, encoding=encoding), media_names=media_names)

    return run
