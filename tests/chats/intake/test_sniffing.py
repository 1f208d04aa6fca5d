"""Type by content: libmagic plus the allowlist kinds and the text fallback."""

import pytest

from chats.intake import sniff
from chats.intake.sniffing import looks_like_text
from tests.fixtures.intake import files


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (files.image_bytes("JPEG"), "jpeg"),
        (files.image_bytes("PNG"), "png"),
        (files.image_bytes("WEBP"), "webp"),
        (files.image_bytes("HEIF"), "heic"),
        (files.OPUS, "ogg"),
        (files.VCARD, "vcard"),
        (files.CHAT_IOS, "text"),
        (files.CHAT_ANDROID, "text"),
        (files.pdf_bytes(), "pdf"),
        (b"PK\x05\x06" + b"\x00" * 18, "zip"),
    ],
)
def test_sniff_maps_allowed_content_to_its_kind(tmp_path, data, kind):
    path = tmp_path / "f"
    path.write_bytes(data)
    assert sniff(path).kind == kind
    assert sniff(data).kind == kind


@pytest.mark.parametrize(
    "data",
    [
        files.SVG_SCRIPT,
        files.HTML,
        files.PE_STUB,
        files.ELF_STUB,
        b"\x1f\x8b\x08\x00" + b"\x00" * 20,
        b"{\\rtf1\\ansi {\\object\\objemb hallo}}",
        b'<?xml version="1.0"?><chat/>',
    ],
)
def test_sniff_gives_no_kind_to_active_or_executable_content(tmp_path, data):
    path = tmp_path / "f"
    path.write_bytes(data)
    assert sniff(path).kind is None


def test_sniff_reads_a_chat_with_a_nul_byte_and_broken_utf8_as_text(tmp_path):
    data = files.CHAT_IOS + b"[15-03-2024 10:05:00] Jan: kapot \xc3( en \xff en \x00 nul\n"
    path = tmp_path / "chat.txt"
    path.write_bytes(data)
    assert sniff(path).kind == "text"


def test_sniff_reports_an_empty_file_without_kind(tmp_path):
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"")
    assert sniff(path) == sniff(b"")
    assert sniff(path).kind is None


def test_looks_like_text_refuses_random_binary():
    import random

    noise = random.Random(7).randbytes(4096)
    assert not looks_like_text(noise)
    assert looks_like_text("Grüße uit Meppel\n".encode() * 50)
