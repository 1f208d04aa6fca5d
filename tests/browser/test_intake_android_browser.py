"""An employee submits an Android export with 300 media files from a phone-sized browser."""

import pytest

from chats.models import StoredFile, Submission
from tests.conftest import ANDROID_CHAT, jpeg_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_form(page, kind: str) -> None:
    page.check(f"input[name=upload_kind][value={kind}]")
    page.fill("#id_onderwerp", "Omgewaaide boom Hoofdstraat")
    page.fill("#id_omschrijving", "Groepsapp van de buitendienst met foto’s.")
    page.select_option("#id_gesprekspartner", "collega")
    page.select_option("#id_afdeling", "openbare_ruimte")
    page.check("#id_vraag_werkproces")
    page.select_option("#id_elders_vastgelegd", "nee")
    page.check("#id_bevestiging_verwijderen")


def test_an_android_export_with_300_media_files_is_submitted(
    page, live_server, login, medewerker, tmp_path, settings
):
    # Tasks run in the server thread here: the upload is the point, not 300 photos' OCR.
    settings.ARCHIEF_OCR_PHOTOS = False
    chat = tmp_path / "WhatsApp-chat met Buitendienst.txt"
    chat.write_text(ANDROID_CHAT, encoding="utf-8")
    paths = [chat]
    photo = jpeg_bytes(16, 16)
    for i in range(300):
        path = tmp_path / f"IMG-20240312-WA{i:04d}.jpg"
        path.write_bytes(photo)
        paths.append(path)

    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    fill_form(page, "android_export")
    page.set_input_files("input[name=files]", [str(p) for p in paths])
    with page.expect_navigation(url="**/mijn-inzendingen/*/", timeout=180_000):
        page.click("input[type=submit]", no_wait_after=True)
    assert "Het gesprek is ontvangen" in page.content()
    submission = Submission.objects.get()
    assert submission.upload_kind == "android_export"
    assert StoredFile.objects.filter(submission=submission, role="origineel").count() == 301


def test_only_a_photo_as_android_export_says_what_is_missing(
    page, live_server, login, medewerker, tmp_path
):
    photo = tmp_path / "IMG-20240312-WA0001.jpg"
    photo.write_bytes(jpeg_bytes())
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    fill_form(page, "android_export")
    page.set_input_files("input[name=files]", str(photo))
    page.click("input[type=submit]")
    page.wait_for_load_state()
    text = page.locator("#id_files ~ .invalid-feedback, .invalid-feedback").first.inner_text()
    assert "chatbestand (.txt" in text and "Schermafbeeldingen" in text
    assert Submission.objects.count() == 0
