"""Found walking the intake form on a phone as a new employee (walk 41)."""

import pytest

from chats.models import StoredFile, Submission
from tests.conftest import ANDROID_CHAT, jpeg_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_wrong_upload_kind_keeps_the_chosen_export_files(
    page, live_server, login, medewerker, tmp_path, settings
):
    """'Schermafbeeldingen' ticked for an Android export: the form said to pick the export
    instead, and emptied the file field ('Kies daarna ook de bestanden opnieuw'), although the
    files were the right ones; with an export of hundreds of photos that is the hard part."""
    settings.ARCHIEF_OCR_PHOTOS = False  # the form is the point, not the photos' OCR
    chat = tmp_path / "WhatsApp-chat met Buitendienst.txt"
    chat.write_text(ANDROID_CHAT, encoding="utf-8")
    paths = [chat]
    for i in range(2):
        path = tmp_path / f"IMG-20240312-WA{i:04d}.jpg"
        path.write_bytes(jpeg_bytes(16, 16))
        paths.append(path)

    page.set_viewport_size({"width": 390, "height": 844})
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    page.check("input[name=upload_kind][value=screenshots]")
    page.fill("#id_onderwerp", "Omgewaaide boom Hoofdstraat")
    page.fill("#id_omschrijving", "Groepsapp van de buitendienst met foto’s.")
    page.select_option("#id_gesprekspartner", "collega")
    page.select_option("#id_afdeling", "openbare_ruimte")
    page.check("#id_vraag_werkproces")
    page.select_option("#id_elders_vastgelegd", "nee")
    page.check("#id_bevestiging_verwijderen")
    page.set_input_files("input[name=files]", [str(p) for p in paths])
    page.click("input[type=submit]")
    summary = page.locator("#foutoverzicht")
    summary.wait_for()
    text = summary.inner_text()
    assert "hoort bij een WhatsApp-export" in text
    assert "De gekozen bestanden staan er nog" in text
    # The summary leads to the choice that was wrong, which is marked, not the files.
    link = summary.get_by_role("link", name="hoort bij een WhatsApp-export")
    assert link.get_attribute("href") == "#id_upload_kind_0"
    assert page.evaluate("document.querySelector('#id_files').files.length") == 3
    assert Submission.objects.count() == 0

    page.check("input[name=upload_kind][value=android_export]")
    with page.expect_navigation(url="**/mijn-inzendingen/*/"):
        page.click("input[type=submit]", no_wait_after=True)
    submission = Submission.objects.get()
    assert submission.upload_kind == "android_export"
    assert StoredFile.objects.filter(submission=submission, role="origineel").count() == 3
