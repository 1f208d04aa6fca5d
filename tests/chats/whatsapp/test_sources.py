"""Upload shapes: iOS zip, Android folder or file list, single text file, broken archives."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from chats.whatsapp import WhatsAppParseError, looks_like_chat, parse

REPO_ROOT = Path(__file__).resolve().parents[3]
HOSTILE = REPO_ROOT / ".." / "shared" / "corpus" / "hostile"

IOS_CHAT = (
    "[15-03-2024 10:00:00] Team: \u200eBerichten en oproepen worden end-to-end versleuteld.\n"
    "[15-03-2024 10:10:59] Pieter: \u200e<bijgevoegd: 00000004-PHOTO-2024-03-15-10-03-01.jpg>\n"
    "[15-03-2024 10:15:58] Sanne: Mail volgt\n"
)
ANDROID_CHAT = (
    "15-03-2024 10:19 - Pieter: IMG-20240318-WA0001.jpg (bestand bijgevoegd)\n"
    "15-03-2024 10:20 - Sanne: Mail volgt\n"
)


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_ios_zip_is_parsed_with_its_media_linked(tmp_path):
    upload = _zip(
        tmp_path / "WhatsApp Chat - Team.zip",
        {"_chat.txt": IOS_CHAT.encode(), "00000004-PHOTO-2024-03-15-10-03-01.jpg": b"\xff\xd8"},
    )

    chat = parse(upload)

    assert [m.kind for m in chat.messages] == ["system", "media", "text"]
    assert chat.messages[1].linked_files == ("00000004-PHOTO-2024-03-15-10-03-01.jpg",)


def test_android_folder_and_file_list_link_the_loose_media(tmp_path):
    (tmp_path / "WhatsApp-chat met Team.txt").write_text(ANDROID_CHAT, encoding="utf-8")
    (tmp_path / "IMG-20240318-WA0001.jpg").write_bytes(b"\xff\xd8")

    from_folder = parse(tmp_path)
    from_list = parse(sorted(tmp_path.iterdir()))

    for chat in (from_folder, from_list):
        assert chat.messages[0].linked_files == ("IMG-20240318-WA0001.jpg",)
        assert [p.name for p in chat.participants] == ["Pieter", "Sanne"]


def test_a_file_list_without_a_chat_text_is_refused(tmp_path):
    photo = tmp_path / "IMG-20240318-WA0001.jpg"
    photo.write_bytes(b"\xff\xd8")
    notes = tmp_path / "notities.txt"
    notes.write_text("naam,functie\nJan,handhaver\n", encoding="utf-8")

    with pytest.raises(WhatsAppParseError) as info:
        parse([photo, notes])

    assert "WhatsApp" in info.value.message


def test_two_chats_in_one_upload_are_refused(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ANDROID_CHAT, encoding="utf-8")

    with pytest.raises(WhatsAppParseError) as info:
        parse(tmp_path)

    assert info.value.code == "many_chats"


@pytest.mark.parametrize(
    "members",
    [
        {"foto.jpg": b"x"},
        {"../../etc/passwd": IOS_CHAT.encode()},
        {"_chat.txt": b"naam,functie\nJan,handhaver\n"},
    ],
)
def test_zips_without_a_usable_chat_are_refused_in_dutch(tmp_path, members):
    upload = _zip(tmp_path / "x.zip", members)

    with pytest.raises(WhatsAppParseError) as info:
        parse(upload)

    assert info.value.message.startswith(("Het ZIP", "In dit ZIP", "Dit tekstbestand"))


def test_a_truncated_zip_is_refused(tmp_path):
    good = _zip(tmp_path / "good.zip", {"_chat.txt": IOS_CHAT.encode() * 50})
    broken = tmp_path / "broken.zip"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])

    with pytest.raises(WhatsAppParseError) as info:
        parse(broken)

    assert info.value.code == "bad_archive"


def test_looks_like_chat_is_a_cheap_structure_check(tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_text(IOS_CHAT, encoding="utf-8")
    csv = tmp_path / "lijst.txt"
    csv.write_text("naam,functie,telefoon\nJan,handhaver,06\n", encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")

    assert looks_like_chat(chat) is True
    assert looks_like_chat(csv) is False
    assert looks_like_chat(empty) is False
    assert looks_like_chat(tmp_path / "bestaat-niet.txt") is False


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "canary"),
    [
        ("control_ios_export.zip", "KANARIE-S-OK-IOS-3ab5a3"),
        ("android_bundle_control", "KANARIE-S-OK-AND-4fefc8"),
        ("chat_content_injection.zip", "KANARIE-S-CI-4a8cb5"),
    ],
)
def test_shared_legitimate_uploads_parse_with_their_canary(name, canary):
    path = HOSTILE / name
    if not path.exists():
        pytest.skip("../shared ontbreekt")

    chat = parse(path)

    assert any(canary in m.text for m in chat.messages)
    linked = [f for m in chat.messages for f in m.linked_files]
    if name != "chat_content_injection.zip":
        assert linked and all(linked)


@pytest.mark.shared
@pytest.mark.parametrize(
    "name",
    [
        "empty_chat.txt",
        "not_a_chat.txt",
        "zip_truncated.zip",
        "zip_path_traversal.zip",
        "zip_encrypted_zipcrypto.zip",
        "zip_symlink.zip",
        "zip_member_names_nul_newline.zip",
        "zipbomb_zeros.zip",
    ],
)
def test_shared_hostile_uploads_are_refused_with_a_dutch_message(name):
    path = HOSTILE / name
    if not path.exists():
        pytest.skip("../shared ontbreekt")

    with pytest.raises(WhatsAppParseError) as info:
        parse(path)

    assert info.value.message and "Traceback" not in info.value.message


def test_a_text_document_sent_in_the_chat_is_not_taken_for_the_chat(tmp_path):
    upload = _zip(
        tmp_path / "export.zip",
        {
            "00000007-Aantekeningen.txt": b"Notulen overleg\nPunt 1: stoeptegels\n",
            "WhatsApp Chat - Team.txt": IOS_CHAT.encode("utf-8-sig"),
        },
    )

    chat = parse(upload)

    assert [m.author for m in chat.messages][1:] == ["Pieter", "Sanne"]
