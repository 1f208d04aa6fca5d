"""Linking attachment names to uploaded files."""

from __future__ import annotations

import unicodedata

import pytest

from chats.whatsapp.media import MediaIndex, is_safe_name


def test_exact_and_case_or_normalisation_differences_link():
    nfd = unicodedata.normalize("NFD", "00000013-Sanne Privé.vcf")
    index = MediaIndex(["IMG-20240318-WA0001.JPG", nfd, "sub/dir/PTT-20240318-WA0002.opus"])

    assert index.link("IMG-20240318-WA0001.jpg") == "IMG-20240318-WA0001.JPG"
    assert index.link("00000013-Sanne Privé.vcf") == nfd
    assert index.link("PTT-20240318-WA0002.opus") == "PTT-20240318-WA0002.opus"
    assert index.link("STK-20240318-WA0003.webp") is None


def test_android_name_with_a_trailing_dot_links_to_the_one_file_it_starts():
    index = MediaIndex(["DOC-20220502-WA0006.pdf", "DOC-20220502-WA0007.pdf"])

    assert index.link("DOC-20220502-WA0006.") == "DOC-20220502-WA0006.pdf"


@pytest.mark.parametrize("name", ["../../../etc/passwd", "/etc/passwd", "a\\b.jpg", "x\ny.jpg", ""])
def test_names_with_paths_or_control_characters_never_link(name):
    index = MediaIndex(["passwd", "b.jpg", "y.jpg"])

    assert is_safe_name(name) is False
    assert index.link(name) is None
