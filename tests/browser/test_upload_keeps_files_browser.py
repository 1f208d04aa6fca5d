"""The form comes back with its messages (a question left open): the files the employee chose
are still in it, so 300 photos of an Android export need not be chosen again (walk37). Files
that were refused themselves are left out, the others kept (walk 46); a file too large is
refused before it is sent."""

import pytest

from chats.models import StoredFile, Submission
from tests.conftest import ANDROID_CHAT, jpeg_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _fill_all_but_the_confirmation(page, kind):
    page.check(f"input[name=upload_kind][value={kind}]")
    page.fill("#id_onderwerp", "Omgewaaide boom Hoofdstraat")
    page.fill("#id_omschrijving", "Groepsapp van de buitendienst met foto’s.")
    page.select_option("#id_gesprekspartner", "collega")
    page.select_option("#id_afdeling", "openbare_ruimte")
    page.check("#id_vraag_werkproces")
    page.select_option("#id_elders_vastgelegd", "nee")


def test_the_chosen_files_stay_when_a_question_was_left_open(
    page, live_server, login, medewerker, tmp_path, settings
):
    settings.ARCHIEF_OCR_PHOTOS = False  # the form is the point, not the photos' OCR
    chat = tmp_path / "WhatsApp-chat met Buitendienst.txt"
    chat.write_text(ANDROID_CHAT, encoding="utf-8")
    paths = [chat]
    for i in range(2):
        path = tmp_path / f"IMG-20240312-WA{i:04d}.jpg"
        path.write_bytes(jpeg_bytes(16, 16))
        paths.append(path)

    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    _fill_all_but_the_confirmation(page, "android_export")
    page.set_input_files("input[name=files]", [str(p) for p in paths])
    page.click("input[type=submit]")
    summary = page.locator("#foutoverzicht")
    summary.wait_for()
    assert "telefoon verwijdert" in summary.inner_text()
    assert "De gekozen bestanden staan er nog" in summary.inner_text()
    assert "Kies daarna ook de bestanden opnieuw" not in summary.inner_text()
    assert page.evaluate("document.querySelector('#id_files').files.length") == 3
    assert Submission.objects.count() == 0

    page.check("#id_bevestiging_verwijderen")
    with page.expect_navigation(url="**/mijn-inzendingen/*/"):
        page.click("input[type=submit]", no_wait_after=True)
    submission = Submission.objects.get()
    assert StoredFile.objects.filter(submission=submission, role="origineel").count() == 3


def test_refused_files_are_not_kept(page, live_server, login, medewerker, tmp_path):
    document = tmp_path / "notities.docx"
    document.write_bytes(b"PK\x03\x04 geen chat")
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    _fill_all_but_the_confirmation(page, "screenshots")
    page.check("#id_bevestiging_verwijderen")
    page.set_input_files("input[name=files]", str(document))
    page.click("input[type=submit]")
    summary = page.locator("#foutoverzicht")
    summary.wait_for()
    assert "geen toegestaan bestandstype" in summary.inner_text()
    assert "Kies de bestanden opnieuw" in summary.inner_text()
    assert page.evaluate("document.querySelector('#id_files').files.length") == 0


def test_the_others_stay_when_one_file_is_refused(page, live_server, login, medewerker, tmp_path):
    # Walk 46: after one refused file every file had to be chosen again.
    document = tmp_path / "notities.docx"
    document.write_bytes(b"PK\x03\x04 geen chat")
    shots = []
    for i in range(2):
        path = tmp_path / f"Screenshot_2024031{i}.jpg"
        path.write_bytes(jpeg_bytes(16, 16))
        shots.append(path)
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    _fill_all_but_the_confirmation(page, "screenshots")
    page.check("#id_bevestiging_verwijderen")
    page.set_input_files("input[name=files]", [str(shots[0]), str(document), str(shots[1])])
    page.click("input[type=submit]")
    summary = page.locator("#foutoverzicht")
    summary.wait_for()
    assert "geen toegestaan bestandstype" in summary.inner_text()
    assert "‘notities.docx’ is eruit gehaald" in summary.inner_text()
    names = page.evaluate(
        "Array.from(document.querySelector('#id_files').files).map(function (f) { return f.name; })"
    )
    assert names == [shots[0].name, shots[1].name]
    with page.expect_navigation(url="**/mijn-inzendingen/*/"):
        page.click("input[type=submit]", no_wait_after=True)
    assert StoredFile.objects.filter(role="origineel").count() == 2


def test_a_file_too_large_is_refused_before_it_is_sent(
    page, live_server, login, medewerker, tmp_path, settings
):
    settings.ARCHIEF_MAX_FILE_SIZE = 1024 * 1024
    big = tmp_path / "Screenshot_groot.png"
    big.write_bytes(b"\x89PNG" + b"0" * (1024 * 1024 + 10))
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    assert "Hooguit 1 MB per bestand" in page.content()
    _fill_all_but_the_confirmation(page, "screenshots")
    page.check("#id_bevestiging_verwijderen")
    page.set_input_files("input[name=files]", str(big))
    refusal = page.locator("#upload-mislukt")
    message = "Het bestand ‘Screenshot_groot.png’ is te groot (maximaal 1 MB per bestand)."
    assert refusal.inner_text() == message
    page.click("input[type=submit]")
    assert refusal.inner_text() == message
    assert page.locator("#upload-voortgang").is_hidden()
    assert page.evaluate("document.activeElement.id") == "upload-mislukt"
    assert Submission.objects.count() == 0
