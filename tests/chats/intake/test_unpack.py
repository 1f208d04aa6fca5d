"""extract_zip: streaming to generated names, counting real bytes, cleaning up on refusal."""

import gzip
import hashlib
import os
import tracemalloc
import zlib

import pytest

from chats.intake import IntakeError, Limits, check_upload_file, extract_zip
from tests.fixtures.intake import files
from tests.fixtures.intake.zipgen import Entry, build_zip, quoted_overlap_zip


def snapshot(root) -> dict[str, tuple[int, int]]:
    """Every file and directory under root with its size and mtime."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            found[os.path.relpath(path, root)] = (st.st_size, st.st_mtime_ns)
    return found


@pytest.fixture
def workspace(tmp_path):
    """A private root holding the upload and the destination; everything else must stay put."""
    dest = tmp_path / "dest"
    dest.mkdir()
    return tmp_path, dest


def export_entries() -> list[Entry]:
    return [
        Entry("_chat.txt", files.CHAT_IOS),
        Entry("00000004-PHOTO-2024-03-15-10-03-01.jpg", files.image_bytes("JPEG")),
        Entry("00000007-AUDIO-2024-03-15-10-07-45.opus", files.OPUS),
        Entry("00000010-STICKER-2024-03-15-10-11-02.webp", files.image_bytes("WEBP"), method=0),
        Entry("00000013-Sanne Voorbeeld.vcf", files.VCARD),
    ]


def test_it_extracts_every_member_byte_identical_under_generated_names(workspace):
    root, dest = workspace
    upload = root / "export.zip"
    upload.write_bytes(build_zip(export_entries()))
    extracted = extract_zip(upload, dest)
    assert [m.name for m in extracted] == [e.name for e in export_entries()]
    for member, entry in zip(extracted, export_entries(), strict=True):
        assert member.path.parent == dest
        assert member.path.name.startswith("member-")
        assert member.path.read_bytes() == entry.data
        assert member.size == len(entry.data)
        assert member.sha256 == hashlib.sha256(entry.data).hexdigest()
        # Each member then goes through the same per-file check as an upload.
        check_upload_file(member.path, member.name)
    assert [m.mime for m in extracted] == [
        "text/plain",
        "image/jpeg",
        "audio/ogg",
        "image/webp",
        "text/vcard",
    ]
    assert sorted(os.listdir(dest)) == sorted(m.path.name for m in extracted)


def test_it_skips_directory_entries(workspace):
    root, dest = workspace
    upload = root / "export.zip"
    upload.write_bytes(build_zip([Entry("media/", b""), Entry("media/IMG-1.jpg", b"\xff\xd8x")]))
    extracted = extract_zip(upload, dest)
    assert [m.name for m in extracted] == ["media/IMG-1.jpg"]


@pytest.mark.parametrize(
    "hostile",
    [
        Entry("../../../KANARIE-traversal.txt", b"KANARIE"),
        Entry("/tmp/KANARIE-absolute.txt", b"KANARIE"),
        Entry("..\\..\\KANARIE-backslash.txt", b"KANARIE"),
        Entry("KANARIE-link.jpg", b"/etc/hostname", method=0, mode=0o120777),
    ],
)
def test_nothing_is_written_outside_dest_dir_for_hostile_members(workspace, hostile):
    root, dest = workspace
    upload = root / "in" / "export.zip"
    upload.parent.mkdir()
    upload.write_bytes(build_zip([Entry("_chat.txt", files.CHAT_IOS), hostile]))
    before = snapshot(root.parent)
    with pytest.raises(IntakeError):
        extract_zip(upload, dest)
    assert snapshot(root.parent) == before
    assert os.listdir(dest) == []


def test_a_bomb_with_lying_sizes_stops_at_the_declared_size_with_bounded_memory(workspace):
    root, dest = workspace
    upload = root / "bomb.zip"
    # 200 MiB of zeros declared as 1,000 bytes: passes every directory check.
    zeros = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\x00" * (1024 * 1024)
    payload = b"".join(zeros.compress(chunk) for _ in range(200)) + zeros.flush()
    data = bytearray(build_zip([Entry("IMG.jpg", b"", method=0)]))
    # Swap the (empty) stored entry for the deflated bomb with declared size 1000.
    upload.write_bytes(_replace_payload(bytes(data), payload, declared_size=1000))
    tracemalloc.start()
    try:
        with pytest.raises(IntakeError) as info:
            extract_zip(upload, dest)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.value.code == "zip_too_large"
    assert peak < 4 * 1024 * 1024
    assert os.listdir(dest) == []


def test_a_large_honest_member_streams_with_bounded_memory(workspace):
    root, dest = workspace
    upload = root / "export.zip"
    text = files.CHAT_IOS + b"a" * (40 * 1024 * 1024)
    upload.write_bytes(build_zip([Entry("_chat.txt", text)]))
    del text
    tracemalloc.start()
    try:
        extracted = extract_zip(upload, dest)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert extracted[0].size == len(files.CHAT_IOS) + 40 * 1024 * 1024
    assert peak < 4 * 1024 * 1024


@pytest.mark.parametrize(
    "inner",
    [
        build_zip([Entry("_chat.txt", b"binnen")]),
        b"7z\xbc\xaf\x27\x1c" + b"\x00" * 40,
        b"Rar!\x1a\x07\x01\x00" + b"\x00" * 40,
        gzip.compress(b"x" * 100, mtime=0),
        b"\x00" * 257 + b"ustar\x0000" + b"\x00" * 100,
    ],
    # Named ids: a test id must be the same in every pytest-xdist process (a gzip stream held
    # the second it was made, and two processes collected different tests).
    ids=["zip", "7z", "rar", "gzip", "tar"],
)
def test_it_refuses_a_nested_archive_by_content_whatever_its_name(workspace, inner):
    root, dest = workspace
    upload = root / "export.zip"
    upload.write_bytes(
        build_zip([Entry("_chat.txt", files.CHAT_IOS), Entry("00000009-Offerte.pdf", inner)])
    )
    with pytest.raises(IntakeError) as info:
        extract_zip(upload, dest)
    assert info.value.code == "zip_nested"
    assert os.listdir(dest) == []


def test_it_refuses_a_crc_mismatch_and_removes_what_it_wrote(workspace):
    root, dest = workspace
    upload = root / "export.zip"
    upload.write_bytes(
        build_zip([Entry("_chat.txt", files.CHAT_IOS), Entry("IMG.jpg", b"\xff\xd8abc", crc=1)])
    )
    with pytest.raises(IntakeError) as info:
        extract_zip(upload, dest)
    assert info.value.code == "zip_damaged"
    assert os.listdir(dest) == []


def test_it_refuses_a_member_shorter_than_declared(workspace):
    root, dest = workspace
    upload = root / "export.zip"
    upload.write_bytes(build_zip([Entry("_chat.txt", files.CHAT_IOS, declared_size=5000)]))
    with pytest.raises(IntakeError) as info:
        extract_zip(upload, dest)
    assert info.value.code == "zip_damaged"


def test_it_refuses_overlapping_entries_without_inflating(workspace, monkeypatch):
    from chats.intake import unpack

    root, dest = workspace
    upload = root / "overlap.zip"
    upload.write_bytes(quoted_overlap_zip(30, b"\x00" * 500_000))

    def must_not_inflate(*args, **kwargs):
        raise AssertionError("inflated a member of an overlapping archive")

    monkeypatch.setattr(unpack, "_stream_member", must_not_inflate)
    with pytest.raises(IntakeError) as info:
        extract_zip(upload, dest)
    assert info.value.code == "zip_overlap"


def test_it_never_follows_a_symlink_planted_in_dest_dir(workspace):
    root, dest = workspace
    outside = root / "outside.txt"
    outside.write_bytes(b"ongewijzigd")
    os.symlink(outside, dest / "member-00000")
    upload = root / "export.zip"
    upload.write_bytes(build_zip([Entry("_chat.txt", files.CHAT_IOS)]))
    with pytest.raises(OSError):
        extract_zip(upload, dest)
    assert outside.read_bytes() == b"ongewijzigd"


def test_the_unpacked_limit_applies_to_declared_sizes(workspace):
    root, dest = workspace
    upload = root / "export.zip"
    upload.write_bytes(build_zip(export_entries()))
    with pytest.raises(IntakeError) as info:
        extract_zip(upload, dest, limits=Limits(max_unpacked_total=100))
    assert info.value.code == "zip_too_large"
    assert os.listdir(dest) == []


def _replace_payload(zip_bytes: bytes, payload: bytes, *, declared_size: int) -> bytes:
    """Rebuild a one-entry zip with a raw deflate payload and a forged uncompressed size."""
    import struct

    name_len = struct.unpack_from("<H", zip_bytes, 26)[0]
    name = zip_bytes[30 : 30 + name_len]
    crc = 0
    local = struct.pack(
        "<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 0x800, 8, 0, 0x5821, crc, len(payload),
        declared_size, name_len, 0,
    ) + name  # fmt: skip
    central = struct.pack(
        "<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 3, 20, 0, 0x800, 8, 0, 0x5821, crc,
        len(payload), declared_size, name_len, 0, 0, 0, 0, 0o100644 << 16, 0,
    ) + name  # fmt: skip
    body = local + payload
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central), len(body), 0)
    return body + central + end


def test_verify_zip_inflates_everything_without_writing(workspace):
    from chats.intake import verify_zip

    root, _ = workspace
    upload = root / "export.zip"
    upload.write_bytes(build_zip(export_entries()))
    before = snapshot(root)
    assert [m.name for m in verify_zip(upload)] == [e.name for e in export_entries()]
    assert snapshot(root) == before


def test_verify_zip_finds_what_only_inflating_shows(workspace):
    from chats.intake import verify_zip

    root, _ = workspace
    upload = root / "export.zip"
    upload.write_bytes(
        build_zip([Entry("_chat.txt", files.CHAT_IOS), Entry("IMG.jpg", b"\xff\xd8abc", crc=7)])
    )
    with pytest.raises(IntakeError) as info:
        verify_zip(upload)
    assert info.value.code == "zip_damaged"
