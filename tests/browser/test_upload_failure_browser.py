"""When the upload does not arrive (connection lost, the proxy's 413/502/504), the employee reads
it in Dutch on the form itself, with the form still filled in, and can simply send it again."""

from pathlib import Path

import pytest

from chats.models import Submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ERROR_PAGES = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "fout"


def _fill(page, live_server, export):
    page.goto(f"{live_server.url}/bewaren/")
    page.check("input[name=upload_kind][value=ios_export]")
    page.set_input_files("input[name=files]", str(export))
    page.fill("#id_onderwerp", "Omgewaaide boom Hoofdstraat")
    page.fill("#id_omschrijving", "Inwoner meldt een omgewaaide boom.")
    page.select_option("#id_gesprekspartner", "inwoner")
    page.select_option("#id_afdeling", "openbare_ruimte")
    page.check("#id_vraag_besluit")
    page.select_option("#id_elders_vastgelegd", "nee")
    page.check("#id_bevestiging_verwijderen")


def _send(page):
    page.click("input[type=submit]")


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        ("connectionreset", "de verbinding met het archief is verbroken"),
        (413, "groter dan het archief in één keer aanneemt"),
        (502, "Het archief is even niet bereikbaar. Uw gesprek is niet aangekomen"),
        (504, "Misschien is uw gesprek wel aangekomen"),
    ],
)
def test_a_failed_upload_says_so_in_dutch_and_keeps_the_form(
    page, live_server, login, medewerker, ios_export, failure, expected
):
    login("medewerker")
    _fill(page, live_server, ios_export)

    def fail(route):
        if route.request.method != "POST":
            return route.continue_()
        if failure == "connectionreset":
            return route.abort("connectionreset")
        page_file = ERROR_PAGES / f"{failure}.html"
        return route.fulfill(
            status=failure, body=page_file.read_text(), content_type="text/html; charset=utf-8"
        )

    page.route("**/bewaren/", fail)
    _send(page)
    alert = page.locator("#upload-mislukt")
    alert.wait_for(state="visible")
    assert expected in alert.inner_text()
    assert "Niet verstuurd." in alert.inner_text()
    assert alert.locator("a[href='/mijn-inzendingen/']").count() == 1
    # Still the form, still filled in, the button usable again: sending again is one click.
    assert page.input_value("#id_onderwerp") == "Omgewaaide boom Hoofdstraat"
    assert page.locator("input[type=submit]").is_enabled()
    assert Submission.objects.count() == 0

    page.unroute("**/bewaren/")
    _send(page)
    page.wait_for_url("**/mijn-inzendingen/*/")
    assert "Het gesprek is ontvangen" in page.content()
    assert Submission.objects.count() == 1
