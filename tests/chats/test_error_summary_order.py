"""The upload form's error summary says first what is wrong, then what to do. On main, a PNG
with a renamed .exe gave a summary that began 'Kies daarna ook de bestanden opnieuw, zonder
‘foto.jpg’…' with no earlier step for 'daarna' to follow."""

import re
from html import unescape

import pytest
from django.urls import reverse

from chats.models import Submission
from tests.conftest import SUBMISSION_FIELDS, png_bytes

pytestmark = pytest.mark.django_db


def _summary_text(html: str) -> str:
    found = re.search(r'<div[^>]*id="foutoverzicht".*?</div>', html, re.S)
    text = re.sub(r"<[^>]+>", "\n", unescape(found[0]))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _post(client, tmp_path, files: dict[str, bytes], **fields) -> str:
    handles = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        handles.append((tmp_path / name).open("rb"))
    try:
        return client.post(
            reverse("submission_new"),
            {**SUBMISSION_FIELDS, "upload_kind": "screenshots", **fields, "files": handles},
        ).content.decode()
    finally:
        for handle in handles:
            handle.close()


def test_a_refused_file_is_named_before_what_to_do_next(client, medewerker, tmp_path):
    client.force_login(medewerker)
    exe = b"MZ\x90\x00" + b"\x00" * 60 + b"PE\x00\x00" + b"\x00" * 200
    html = _post(
        client,
        tmp_path,
        {"scherm.png": png_bytes(16, 16), "foto.jpg": exe},
        bevestiging_verwijderen="on",
    )
    assert Submission.objects.count() == 0
    lines = _summary_text(html).splitlines()
    assert lines[0] == "Het formulier is nog niet goed ingevuld"
    what_is_wrong = next(i for i, line in enumerate(lines) if "‘foto.jpg’" in line)
    what_to_do = next(i for i, line in enumerate(lines) if "opnieuw" in line)
    assert what_is_wrong < what_to_do
    assert "opnieuw" not in lines[what_is_wrong]
    assert lines[what_to_do] == (
        "Kies de bestanden opnieuw, zonder ‘foto.jpg’: ‘scherm.png’. "
        "Ze worden pas bewaard als alles klopt."
    )
    assert "daarna" not in _summary_text(html)


def test_daarna_follows_the_points_to_correct(client, medewerker, tmp_path):
    client.force_login(medewerker)
    html = _post(client, tmp_path, {"scherm.png": png_bytes(16, 16)}, onderwerp="")
    lines = _summary_text(html).splitlines()
    field_error = next(i for i, line in enumerate(lines) if "Onderwerp" in line)
    what_to_do = next(i for i, line in enumerate(lines) if "daarna" in line)
    assert field_error < what_to_do
    assert lines[what_to_do] == (
        "Verbeter eerst wat hierboven staat. Kies daarna ook de bestanden opnieuw: die worden "
        "pas bewaard als alles klopt."
    )
