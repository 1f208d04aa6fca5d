"""Encodings, damaged bytes, NULs, line ends."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from chats.whatsapp import parse, parse_chat_file

REPO_ROOT = Path(__file__).resolve().parents[3]
HOSTILE = REPO_ROOT / ".." / "shared" / "corpus" / "hostile"

CHAT = (
    "[15-03-2024 10:00:00] Jan Testpersoon: Handhaving is om 14:00 ter plaatse bij café De Drie\n"
    "[15-03-2024 10:01:00] Fatima: Prima, één punt, geen bijlagen ½ uur ©\n"
)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("cp1252", b""),
    ],
)
def test_text_decodes_without_mojibake(tmp_path, encoding, bom):
    path = tmp_path / "chat.txt"
    path.write_bytes(bom + CHAT.encode(encoding))

    chat = parse_chat_file(path)

    assert [m.author for m in chat.messages] == ["Jan Testpersoon", "Fatima"]
    assert "café" in chat.messages[0].text
    assert chat.messages[1].text == "Prima, één punt, geen bijlagen ½ uur ©"
    assert chat.decode_errors == 0


def test_crlf_line_ends_are_normalised(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"12-03-2023 14:09 - Jan: regel 1\r\nregel 2\r\n12-03-2023 14:10 - Jan: b\r\n")

    chat = parse_chat_file(path)

    assert chat.messages[0].text == "regel 1\nregel 2"


def test_invalid_utf8_is_replaced_counted_and_reported(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(
        "[15-03-2024 10:00:00] Jan: café \u200e".encode()
        + b"\xff\xc3(\n[15-03-2024 10:01:00] Piet: ok\n"
    )

    chat = parse_chat_file(path)

    assert chat.encoding == "utf-8"
    assert chat.decode_errors == 2
    assert chat.messages[0].text == "café \ufffd\ufffd("
    assert any(w.code == "decode_errors" for w in chat.warnings)


def test_nul_characters_are_removed_and_reported(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"[15-03-2024 10:00:00] Jan Test\x00persoon: NUL ->\x00<-\n")

    chat = parse_chat_file(path)

    assert (chat.messages[0].author, chat.messages[0].text) == ("Jan Testpersoon", "NUL -><-")
    assert chat.nul_chars_removed == 2
    assert any(w.code == "nul_removed" for w in chat.warnings)


def _hostile(name: str) -> Path:
    path = HOSTILE / name
    if not path.exists():
        pytest.skip("../shared ontbreekt")
    return path


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "canary", "flagged"),
    [
        ("chat_latin1.txt", "KANARIE-S-ENC-4029e0", False),
        ("chat_utf16le_bom.txt", "KANARIE-S-ENC-e9cb74", False),
        ("chat_invalid_utf8.txt", "KANARIE-S-ENC-a8fb51", True),
    ],
)
def test_shared_encoding_cases_keep_accents_and_the_canary(name, canary, flagged):
    chat = parse(_hostile(name))

    texts = "\n".join(m.text for m in chat.messages)
    assert canary in texts
    assert "café" in texts
    assert "Ã" not in texts  # no mojibake
    assert (chat.decode_errors > 0) is flagged
    assert any(w.code == "decode_errors" for w in chat.warnings) is flagged


def test_one_nul_character_and_one_unreadable_character_are_reported_in_the_singular(tmp_path):
    # Walk 28: the review queue said "1 onzichtbare nul-tekens zijn uit de tekst verwijderd."
    path = tmp_path / "chat.txt"
    path.write_bytes("[15-03-2024 10:00:00] Jan: café NUL ->\x00<- en ".encode() + b"\xff(\n")

    chat = parse_chat_file(path)

    said = {w.code: w.message for w in chat.warnings}
    assert said["nul_removed"] == "1 onzichtbaar nul-teken is uit de tekst verwijderd."
    assert said["decode_errors"].startswith("1 teken in het chatbestand kon niet worden gelezen")
