"""A refused file empties the whole file field (a browser never fills one again): the form
says which files were refused and names the others, to be chosen again. On main it said only
'Kies daarna ook de bestanden opnieuw', and with the refused file's name alone the employee
had to remember which of the other files had been chosen."""

import re
from html import unescape

import pytest
from django.urls import reverse

from chats.models import Submission
from tests.conftest import ANDROID_CHAT, SUBMISSION_FIELDS, jpeg_bytes

pytestmark = pytest.mark.django_db


def _summary(html: str) -> str:
    found = re.search(r'id="foutoverzicht".*?</div>', html, re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", unescape(found[0])))


def _choose(html: str) -> str:
    """What the summary says to do with the files (its first paragraph)."""
    return unescape(re.search(r"<p[^>]*data-summary-extra>(.*?)</p>", html, re.S)[1])


def _files(tmp_path, *names: str) -> list:
    paths = []
    for name in names:
        path = tmp_path / name
        if name.endswith(".txt"):
            path.write_text(ANDROID_CHAT, encoding="utf-8")
        elif name.endswith(".jpg"):
            path.write_bytes(jpeg_bytes(16, 16))
        else:
            path.write_bytes(b"PK\x03\x04 geen chat")
        paths.append(path)
    return paths


def _post(client, paths, **fields):
    handles = [path.open("rb") for path in paths]
    try:
        return client.post(
            reverse("submission_new"),
            {**SUBMISSION_FIELDS, "upload_kind": "android_export", **fields, "files": handles},
        ).content.decode()
    finally:
        for handle in handles:
            handle.close()


def test_the_form_names_the_refused_file_and_the_files_to_choose_again(
    client, medewerker, tmp_path
):
    client.force_login(medewerker)
    paths = _files(
        tmp_path,
        "WhatsApp-chat met Buitendienst.txt",
        "IMG-20240312-WA0000.jpg",
        "notities.docx",
        "IMG-20240312-WA0001.jpg",
    )
    html = _post(client, paths)
    assert Submission.objects.count() == 0
    assert "‘notities.docx’ is geen toegestaan bestandstype" in _summary(html)
    choose = _choose(html)
    assert "zonder ‘notities.docx’" in choose
    for name in (
        "WhatsApp-chat met Buitendienst.txt",
        "IMG-20240312-WA0000.jpg",
        "IMG-20240312-WA0001.jpg",
    ):
        assert f"‘{name}’" in choose
    assert choose.count("‘notities.docx’") == 1


def test_a_long_list_of_files_to_choose_again_is_cut_short(client, medewerker, tmp_path):
    client.force_login(medewerker)
    photos = [f"IMG-20240312-WA{i:04d}.jpg" for i in range(30)]
    paths = _files(tmp_path, "WhatsApp-chat met Buitendienst.txt", "notities.docx", *photos)
    choose = _choose(_post(client, paths))
    assert "‘WhatsApp-chat met Buitendienst.txt’" in choose
    assert "en nog 21 andere bestanden" in choose
    assert "‘IMG-20240312-WA0029.jpg’" not in choose


def test_only_refused_files_chosen_asks_for_other_files(client, medewerker, tmp_path):
    client.force_login(medewerker)
    choose = _choose(_post(client, _files(tmp_path, "notities.docx"), upload_kind="screenshots"))
    assert "‘notities.docx’" in choose
    assert "andere bestanden" in choose or "ander bestand" in choose
