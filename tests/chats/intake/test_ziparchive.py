"""inspect_zip: judging an archive from its directory before anything is inflated."""

import io
import time
import zipfile

import pytest

from chats.intake import IntakeError, Limits, inspect_zip
from tests.fixtures.intake import files
from tests.fixtures.intake.zipgen import (
    S_IFCHR,
    S_IFLNK,
    Entry,
    build_zip,
    many_members_zip,
    quoted_overlap_zip,
)


@pytest.fixture
def write(tmp_path):
    def _write(data: bytes, name: str = "upload.zip"):
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return _write


def refusal(path, **limits) -> IntakeError:
    with pytest.raises(IntakeError) as info:
        inspect_zip(path, limits=Limits(**limits))
    return info.value


def export_entries() -> list[Entry]:
    return [
        Entry("_chat.txt", files.CHAT_IOS),
        Entry("00000004-PHOTO-2024-03-15-10-03-01.jpg", files.image_bytes("JPEG")),
        Entry("00000007-AUDIO-2024-03-15-10-07-45.opus", files.OPUS),
        Entry("00000013-Sanne Voorbeeld.vcf", files.VCARD, method=0),
    ]


def test_it_lists_the_members_of_a_normal_export(write):
    members = inspect_zip(write(build_zip(export_entries())))
    assert [m.name for m in members] == [e.name for e in export_entries()]
    assert members[0].size == len(files.CHAT_IOS)
    assert members[0].header_offset == 0
    assert all(m.data_offset > m.header_offset for m in members)


def test_it_reads_archives_written_by_pythons_zipfile_including_directories(write):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("media/", b"")
        zf.writestr("media/IMG-1.jpg", files.image_bytes("JPEG"))
        zf.writestr("_chat.txt", files.CHAT_IOS)
    members = inspect_zip(write(buf.getvalue()))
    assert [(m.name, m.is_dir) for m in members] == [
        ("media/", True),
        ("media/IMG-1.jpg", False),
        ("_chat.txt", False),
    ]


def test_it_reads_a_zip64_end_record(write):
    members = inspect_zip(write(build_zip(export_entries(), zip64=True)))
    assert len(members) == 4


def test_it_refuses_too_many_members_from_the_end_record_fast(write, monkeypatch):
    path = write(many_members_zip(66_000))
    # The count must come from the (Zip64) end record: no ZipFile, no per-entry parsing.
    monkeypatch.setattr(zipfile, "ZipFile", None)
    started = time.perf_counter()
    error = refusal(path)
    elapsed = time.perf_counter() - started
    assert error.code == "zip_too_many_members"
    assert error.message == (
        "Het ZIP-bestand bevat te veel bestanden (maximaal 10.000). "
        "Dit is geen normale WhatsApp-export."
    )
    assert elapsed < 0.1


def test_member_limit_is_inclusive(write):
    path = write(many_members_zip(20))
    assert len(inspect_zip(path, limits=Limits(max_members=20))) == 20
    assert refusal(path, max_members=19).code == "zip_too_many_members"


@pytest.mark.parametrize(
    "name",
    [
        "../../../etc/passwd",
        "/tmp/KANARIE-absolute.txt",
        "..\\..\\KANARIE-backslash.txt",
        "C:/KANARIE.txt",
        b"IMG\x00.exe.jpg",
        "IMG-0002\nFAKE LOG LINE.jpg",
        "foto\u202egpj.exe",
        "a/b/c/d/e/f/g/h/i/j.jpg",
    ],
)
def test_it_refuses_hostile_member_names(write, name):
    path = write(build_zip([Entry("_chat.txt", files.CHAT_IOS), Entry(name, b"KANARIE")]))
    error = refusal(path)
    assert error.code == "zip_bad_names"
    assert error.message == "Het ZIP-bestand bevat ongeldige bestandsnamen en is daarom geweigerd."


def test_it_refuses_a_nul_name_that_python_would_show_as_a_real_member(write):
    # CPython cuts the name at NUL: 'IMG.jpg\x00.exe' would look like 'IMG.jpg'.
    path = write(build_zip([Entry("IMG.jpg", b"a"), Entry(b"IMG.jpg\x00.exe", b"b")]))
    assert refusal(path).code == "zip_bad_names"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("IMG.jpg", "IMG.jpg"),
        ("IMG.jpg", "img.JPG"),
        ("caf\u00e9.jpg", "cafe\u0301.jpg"),
        ("a", "a/b"),
    ],
)
def test_it_refuses_names_that_collide_after_normalisation(write, first, second):
    path = write(build_zip([Entry(first, b"1"), Entry(second, b"2")]))
    assert refusal(path).code == "zip_bad_names"


def test_it_refuses_a_local_name_that_differs_from_the_directory(write):
    entry = Entry("IMG-1.jpg", b"x", local_name=b"../../evil.jpg")
    assert refusal(write(build_zip([entry]))).code == "zip_damaged"


def test_it_refuses_symlinks(write):
    link = Entry(
        "00000006-PHOTO-2024-03-15-10-06-00.jpg", b"/etc/hostname", method=0, mode=S_IFLNK | 0o777
    )
    error = refusal(write(build_zip([Entry("_chat.txt", files.CHAT_IOS), link])))
    assert error.code == "zip_symlink"
    assert "symbolische links" in error.message


def test_it_refuses_device_files(write):
    device = Entry("dev.jpg", b"", method=0, mode=S_IFCHR | 0o600)
    assert refusal(write(build_zip([device]))).code == "zip_special_file"


def test_it_refuses_encrypted_members(write):
    entry = Entry("_chat.txt", b"\x12" * 40, method=8, flags=0x801)
    error = refusal(write(build_zip([entry])))
    assert error.code == "zip_encrypted"
    assert error.message == (
        "Het ZIP-bestand is met een wachtwoord beveiligd. Upload de export zonder wachtwoord."
    )


@pytest.mark.parametrize("method", [12, 14, 99, 93])
def test_it_refuses_compression_methods_other_than_stored_and_deflate(write, method):
    error = refusal(write(build_zip([Entry("_chat.txt", b"abc", method=method)])))
    assert error.code in ("zip_unsupported", "zip_encrypted")  # 99 is AES encryption


@pytest.mark.parametrize("name", ["export.zip", "a.7z", "b.RAR", "c.tar.gz", "d.tgz"])
def test_it_refuses_nested_archives_by_name(write, name):
    error = refusal(write(build_zip([Entry("_chat.txt", files.CHAT_IOS), Entry(name, b"data")])))
    assert error.code == "zip_nested"
    assert error.message == (
        "Het ZIP-bestand bevat zelf weer een archief. Geneste archieven worden niet uitgepakt."
    )


def test_it_refuses_a_declared_total_above_the_unpacked_limit(write):
    entries = [Entry(f"{i}.jpg", b"\xff" * 1000, declared_size=600_000) for i in range(2)]
    error = refusal(write(build_zip(entries)), max_unpacked_total=1_000_000)
    assert error.code == "zip_too_large"
    assert error.message == (
        "Het ZIP-bestand wordt na uitpakken groter dan toegestaan (maximaal 1000000 bytes). "
        "Controleer of u de juiste WhatsApp-export hebt gekozen."
    )


def test_it_refuses_a_media_member_with_a_bomb_ratio_without_claiming_it_is_too_large(write):
    # 3 MiB unpacked, far below the 1 GB limit: the message names the ratio, not the size.
    entry = Entry("IMG.jpg", b"\x00" * (3 * 1024 * 1024))
    error = refusal(write(build_zip([entry])))
    assert error.code == "zip_ratio"
    assert error.message == (
        "Het ZIP-bestand is verdacht sterk ingepakt: een bestand erin wordt bij uitpakken meer "
        "dan 100 keer zo groot. Daarom is het om veiligheidsredenen geweigerd. "
        "Controleer of u de juiste WhatsApp-export hebt gekozen."
    )
    assert "groter dan toegestaan" not in error.message


def test_a_bomb_above_the_unpacked_limit_gets_the_true_size_message(write):
    # Both checks apply; the size is the one the user can check, and it is true.
    entry = Entry("IMG.jpg", b"\x00" * (3 * 1024 * 1024))
    error = refusal(write(build_zip([entry])), max_unpacked_total=2 * 1024 * 1024)
    assert error.code == "zip_too_large"
    assert "groter dan toegestaan (maximaal 2 MB)" in error.message


def test_it_allows_a_highly_compressible_chat_text_within_the_chat_limit(write):
    # One 4 MiB message of a repeated character is a long line, not a bomb.
    entry = Entry("_chat.txt", files.CHAT_IOS + b"a" * (4 * 1024 * 1024))
    assert inspect_zip(write(build_zip([entry])))[0].size > 4 * 1024 * 1024


def test_it_refuses_chat_text_above_the_chat_limit(write):
    entry = Entry("_chat.txt", files.CHAT_IOS * 10)
    assert refusal(write(build_zip([entry])), max_chat_text=1000).code == "chat_too_large"


def test_it_refuses_overlapping_entries_before_inflating(write, monkeypatch):
    import zlib

    path = write(quoted_overlap_zip(20, b"\x00" * 200_000))
    monkeypatch.setattr(zlib, "decompressobj", None)  # inflating would now crash the test
    error = refusal(path)
    assert error.code == "zip_overlap"
    assert "groter dan toegestaan" in error.message


def test_it_refuses_two_entries_sharing_one_local_header(write):
    data = bytearray(build_zip([Entry("a.jpg", b"1" * 50), Entry("b.jpg", b"2" * 50)]))
    # Point the second central entry's local-header offset at the first entry.
    second = data.rfind(b"PK\x01\x02")
    data[second + 42 : second + 46] = b"\x00\x00\x00\x00"
    assert refusal(write(bytes(data))).code == "zip_overlap"


def test_it_refuses_a_stub_before_the_first_entry(write):
    path = write(build_zip(export_entries(), prefix=b"MZ" + b"\x00" * 500))
    assert refusal(path).code == "zip_prefix_data"


def test_it_refuses_a_zip_appended_to_another_file_with_unadjusted_offsets(write):
    path = write(files.pdf_bytes() + build_zip(export_entries()))
    assert refusal(path).code in ("zip_prefix_data", "zip_damaged")


@pytest.mark.parametrize("keep", [0.3, 0.5, 0.9])
def test_it_refuses_a_truncated_zip(write, keep):
    data = build_zip(export_entries())
    error = refusal(write(data[: int(len(data) * keep)]))
    assert error.code == "zip_damaged"
    assert error.message == (
        "Het ZIP-bestand is beschadigd of onvolledig. "
        "Exporteer de chat opnieuw en probeer het nog eens."
    )


def test_it_refuses_trailing_bytes_after_the_end_record(write):
    assert refusal(write(build_zip(export_entries()) + b"junk")).code == "zip_damaged"


def test_it_refuses_an_empty_archive(write):
    assert refusal(write(build_zip([]))).code == "zip_empty"


def test_it_refuses_non_zip_content(write):
    assert refusal(write(files.CHAT_IOS)).code == "zip_damaged"
    assert refusal(write(b"")).code == "zip_damaged"


def test_it_refuses_fullwidth_dots_that_normalise_to_traversal(write):
    path = write(build_zip([Entry("\uff0e\uff0e/\uff0e\uff0e/KANARIE.txt", b"x")]))
    assert refusal(path).code == "zip_bad_names"


def test_it_refuses_a_windows_reparse_point(write):
    entry = Entry("link.jpg", b"C:\\Windows", method=0, mode=0, create_system=0)
    data = bytearray(build_zip([entry]))
    central = data.rfind(b"PK\x01\x02")
    data[central + 38 : central + 42] = (0x400 | 0x20).to_bytes(4, "little")
    assert refusal(write(bytes(data))).code == "zip_symlink"


def test_it_refuses_an_encrypted_central_directory(write):
    assert refusal(write(build_zip([Entry("a.txt", b"x", flags=0x2800)]))).code == "zip_encrypted"


def test_the_refusal_names_the_offending_member_display_safe(write):
    path = write(
        build_zip([Entry("_chat.txt", files.CHAT_IOS), Entry("IMG-2\nNEP LOGREGEL.jpg", b"x")])
    )
    error = refusal(path)
    assert error.member == "IMG-2<U+000A>NEP LOGREGEL.jpg"
    assert "\n" not in str(error)


class _Unseekable(io.RawIOBase):
    """A write-only stream that cannot seek, so zipfile writes data descriptors."""

    def __init__(self):
        self.buffer = bytearray()

    def writable(self):
        return True

    def write(self, data):
        self.buffer += data
        return len(data)


def test_it_accepts_members_with_data_descriptors(write, tmp_path):
    from chats.intake import extract_zip

    stream = _Unseekable()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as zf:
        for entry in export_entries():
            zf.writestr(entry.name, entry.data)
    data = bytes(stream.buffer)
    assert data.count(b"PK\x07\x08") == len(export_entries())
    path = write(data)
    members = inspect_zip(path)
    assert all(m.flag_bits & 0x8 for m in members)
    dest = tmp_path / "dest"
    dest.mkdir()
    extracted = extract_zip(path, dest)
    assert [m.path.read_bytes() for m in extracted] == [e.data for e in export_entries()]
