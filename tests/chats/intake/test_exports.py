"""check_zip_export and check_chat_texts: the chat of an export, found without unpacking."""

import io
import tracemalloc
import zipfile

import pytest

from chats.intake import (
    IntakeError,
    check_chat_texts,
    check_zip_export,
    inspect_zip,
    read_member_head,
)
from chats.whatsapp import errors as parse_errors
from tests.fixtures.intake import files


def make_zip(tmp_path, members: dict[str, bytes], name="export.zip"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def judge(tmp_path, members: dict[str, bytes]):
    path = make_zip(tmp_path, members)
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    try:
        return check_zip_export(path, inspect_zip(path), scratch_dir=scratch)
    finally:
        assert list(scratch.iterdir()) == []  # the samples are removed again


def test_the_chat_of_an_iphone_and_an_android_zip_is_found(tmp_path):
    ios = {"_chat.txt": files.CHAT_IOS, "00000003-PHOTO.jpg": files.image_bytes("JPEG")}
    assert judge(tmp_path, ios).name == "_chat.txt"
    android = {
        "Map/WhatsApp-chat met Team.txt": files.CHAT_ANDROID,
        "Map/IMG-20240318-WA0001.jpg": files.image_bytes("JPEG"),
    }
    assert judge(tmp_path, android).name == "Map/WhatsApp-chat met Team.txt"


@pytest.mark.parametrize(
    "members",
    [{"map/": b""}, {"__MACOSX/._x": b"\0\5\26\7", ".DS_Store": b"\0\0\0\1Bud1", "a/": b""}],
)
def test_a_zip_with_only_folders_or_platform_files_is_empty(tmp_path, members):
    with pytest.raises(IntakeError) as info:
        judge(tmp_path, members)
    assert info.value.code == "zip_empty"


def test_a_zip_without_a_chat_text_is_refused(tmp_path):
    with pytest.raises(IntakeError) as info:
        judge(tmp_path, {"IMG-1.jpg": files.image_bytes("JPEG"), "notes.txt": b"Lijstje\nmelk\n"})
    assert info.value.code == "zip_no_chat"
    assert "geen WhatsApp-chat" in info.value.message


def test_several_chats_need_one_named_as_whatsapp_names_it(tmp_path):
    assert judge(tmp_path, {"_chat.txt": files.CHAT_IOS, "oud.txt": files.CHAT_IOS}).name == (
        "_chat.txt"
    )
    with pytest.raises(IntakeError) as info:
        judge(tmp_path, {"a.txt": files.CHAT_IOS, "b.txt": files.CHAT_IOS})
    assert (info.value.code, info.value.message) == ("many_chats", parse_errors.MANY_CHATS)


def test_loose_texts_need_exactly_one_chat(tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_bytes(files.CHAT_ANDROID)
    notes = tmp_path / "notulen.txt"
    notes.write_bytes(b"Notulen\n")
    assert check_chat_texts([notes, chat], ["notulen.txt", "chat.txt"]) == 1
    with pytest.raises(IntakeError) as info:
        check_chat_texts([notes], ["notulen.txt"])
    assert (info.value.code, info.value.message) == ("not_a_chat", parse_errors.NOT_A_CHAT)


def test_only_the_head_of_a_large_chat_member_is_inflated(tmp_path):
    line = files.CHAT_ANDROID.splitlines(keepends=True)[0]
    big = line * (40 * 1024 * 1024 // len(line))  # 40 MiB of chat text
    path = make_zip(tmp_path, {"WhatsApp-chat met Team.txt": big})
    (member,) = inspect_zip(path)
    tracemalloc.start()
    try:
        head = read_member_head(path, member, 256 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert head == big[: 256 * 1024]
    assert peak < 2 * 1024 * 1024


def test_a_stored_member_head_is_read_as_is(tmp_path):
    path = tmp_path / "stored.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("_chat.txt", files.CHAT_IOS)
    path.write_bytes(buffer.getvalue())
    (member,) = inspect_zip(path)
    assert read_member_head(path, member, 10) == files.CHAT_IOS[:10]
