"""display_name, extensions and archive member-name rules."""

import pytest

from chats.intake import display_name
from chats.intake.names import extension, member_name_problem


def test_display_name_escapes_the_right_to_left_override():
    assert display_name("screenshot_\u202egnp.exe") == "screenshot_<U+202E>gnp.exe"


def test_display_name_escapes_nul_and_line_breaks_so_logs_cannot_be_forged():
    assert display_name("scherm\x00.html.png") == "scherm<U+0000>.html.png"
    shown = display_name("scherm.png\r\nX-Injected: 1")
    assert "\r" not in shown and "\n" not in shown
    assert shown == "scherm.png<U+000D><U+000A>X-Injected: 1"


@pytest.mark.parametrize(
    ("client_name", "expected"),
    [
        ("../../uploads/../../x.png", "x.png"),
        ("C:\\Users\\jan\\Pictures\\foto.jpg", "foto.jpg"),
        ("/etc/passwd", "passwd"),
        ("map/", "map"),
        ("", "bestand"),
        ("///", "bestand"),
    ],
)
def test_display_name_drops_every_path_part(client_name, expected):
    assert display_name(client_name) == expected


def test_display_name_truncates_long_names_but_keeps_the_extension():
    shown = display_name("b" * 260 + ".png")
    assert len(shown) <= 80
    assert shown.endswith("….png")


def test_display_name_never_cuts_an_escape_sequence_in_half():
    shown = display_name("\u202e" * 40 + ".png")
    assert len(shown) <= 80
    assert shown.endswith("….png")
    assert shown[: -len("….png")].replace("<U+202E>", "") == ""


def test_display_name_keeps_ordinary_dutch_and_emoji_names():
    assert display_name("Notulen overleg één.pdf") == "Notulen overleg één.pdf"
    assert display_name("Familie 👨\u200d👩\u200d👧.vcf") == "Familie 👨\u200d👩\u200d👧.vcf"


def test_extension_is_lower_case_and_taken_from_the_base_name():
    assert extension("map.d/FOTO.JPG") == "jpg"
    assert extension(".bashrc") == ""
    assert extension("geen_extensie") == ""
    assert extension("foto.PNG ") == "png"


@pytest.mark.parametrize(
    "raw",
    [
        b"../../../etc/passwd",
        b"/tmp/KANARIE-absolute.txt",
        b"..\\..\\KANARIE-backslash.txt",
        b"C:/Windows/win.ini",
        b"IMG\x00.exe.jpg",
        b"IMG-0002\nFAKE LOG LINE.jpg",
        b"foto\xe2\x80\xaegpj.exe",  # U+202E
        b"a//b.jpg",
        b"./a.jpg",
        b"a/./b.jpg",
        b"",
        b"/".join([b"d"] * 9) + b"/x.jpg",
    ],
)
def test_member_name_problem_refuses_hostile_names(raw):
    name = raw.decode("utf-8")
    assert member_name_problem(raw, name, max_depth=8, max_length=512) is not None


@pytest.mark.parametrize(
    "name",
    [
        "_chat.txt",
        "00000004-PHOTO-2024-03-15-10-03-01.jpg",
        "media/IMG-1.jpg",
        "map/",
        "Sanne ☺.vcf",
    ],
)
def test_member_name_problem_accepts_ordinary_export_names(name):
    assert member_name_problem(name.encode(), name, max_depth=8, max_length=512) is None
