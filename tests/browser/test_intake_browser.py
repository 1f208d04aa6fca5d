"""An employee submits a small export through the form on a phone-sized screen."""

import pytest

from chats.models import Submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_medewerker_submits_an_export_and_finds_it_under_mijn_inzendingen(
    page, live_server, login, medewerker, ios_export
):
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    assert page.locator("h1").inner_text() == "WhatsAppgesprek bewaren"
    page.check("input[name=upload_kind][value=ios_export]")
    page.set_input_files("input[name=files]", str(ios_export))
    page.fill("#id_onderwerp", "Omgewaaide boom Hoofdstraat")
    page.fill("#id_omschrijving", "Inwoner meldt een omgewaaide boom; afspraak over weghalen.")
    # A follow-up question shows only when its answer asks for it (walk37: "Met wie dan?" and
    # "Waar staat het ook?" stood there for every answer).
    for choice, follow_up, shows in (
        ("#id_gesprekspartner", "#id_gesprekspartner_anders", "anders"),
        ("#id_elders_vastgelegd", "#id_elders_vastgelegd_waar", "ja"),
    ):
        assert page.locator(follow_up).is_hidden()
        page.select_option(choice, shows)
        assert page.locator(follow_up).is_visible()
        assert page.locator(f"label[for={follow_up[1:]}]").is_visible()
    page.fill("#id_gesprekspartner_anders", "iemand")
    page.select_option("#id_gesprekspartner", "inwoner")
    assert page.locator("#id_gesprekspartner_anders").is_hidden()
    page.select_option("#id_afdeling", "openbare_ruimte")
    page.check("#id_vraag_besluit")
    page.select_option("#id_elders_vastgelegd", "nee")
    assert page.locator("#id_elders_vastgelegd_waar").is_hidden()
    page.check("#id_bevestiging_verwijderen")
    page.click("input[type=submit], button[type=submit]:has-text('Gesprek bewaren')")
    page.wait_for_url("**/mijn-inzendingen/*/")
    # What a hidden follow-up held is not kept: the answer no longer asks for it.
    assert Submission.objects.get().gesprekspartner_anders == ""
    assert "Het gesprek is ontvangen" in page.content()

    page.goto(f"{live_server.url}/mijn-inzendingen/")
    row = page.locator("table tbody tr", has_text="Omgewaaide boom Hoofdstraat")
    assert row.count() == 1
    submission = Submission.objects.get()
    assert submission.submitted_by == medewerker
    assert submission.files.get(role="origineel").original_name == ios_export.name


def test_a_refused_file_shows_the_dutch_reason_in_the_browser(
    page, live_server, login, medewerker, tmp_path
):
    fake = tmp_path / "foto.jpg"
    fake.write_bytes(b"MZ" + b"\0" * 500)
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    page.check("input[name=upload_kind][value=screenshots]")
    page.set_input_files("input[name=files]", str(fake))
    page.fill("#id_onderwerp", "Test")
    page.fill("#id_omschrijving", "Test")
    page.select_option("#id_gesprekspartner", "collega")
    page.select_option("#id_afdeling", "anders")
    page.check("#id_vraag_werkproces")
    page.select_option("#id_elders_vastgelegd", "nee")
    page.check("#id_bevestiging_verwijderen")
    page.click("input[type=submit]")
    # The form is sent in the background (static/js/upload.js); its answer replaces the page.
    page.get_by_text("geen toegestaan bestandstype").first.wait_for()
    assert "geen toegestaan bestandstype" in page.content()
    assert Submission.objects.count() == 0
