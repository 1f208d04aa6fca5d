"""A Woo officer creates a request, searches, adds two messages and downloads the exports."""

import csv
import io

import pytest

from woo.models import WooSelectie

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_woo_officer_searches_adds_two_messages_and_downloads_the_export(
    page,
    live_server,
    login,
    woo_user,
    make_record,
    zaak,
):
    record = make_record(
        [
            "Er komen twaalf laadpalen aan de Stationsweg.",
            "Ik bel je straks.",
            "De laadpalen bij het Kerkplein volgen in het voorjaar.",
        ],
        zaak=zaak,
        onderwerp="Laadpalen Stationsweg",
    )
    make_record(["Niets over dit onderwerp."])

    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/")
    page.fill("#id_nummer", "WOO-2025-042")
    page.fill("#id_onderwerp", "Laadpalen in Meppel")
    page.fill("#id_ontvangen_op", "2025-03-01")
    page.click("button:has-text('Aanmaken')")
    page.wait_for_url("**/woo/verzoeken/*/")
    assert "Woo-verzoek WOO-2025-042 is aangemaakt." in page.content()

    page.click("a:has-text('Zoeken en toevoegen')")
    page.fill("#id_q", "laadpalen")
    page.click("button:has-text('Zoeken')")
    page.wait_for_load_state()
    result = page.locator(".woo-result")
    assert result.count() == 1
    assert "Laadpalen Stationsweg" in result.inner_text()
    assert page.locator(".woo-snippet mark").count() >= 2

    page.locator(".woo-add-message").nth(0).click()
    page.wait_for_load_state()
    assert "is toegevoegd aan WOO-2025-042" in page.content()
    # The added message now says so instead of offering itself again; the next one is first.
    assert page.locator(".woo-snippet .woo-in-request").count() == 1
    page.locator(".woo-add-message").nth(0).click()
    page.wait_for_load_state()
    assert "is toegevoegd aan WOO-2025-042" in page.content()
    assert page.locator(".woo-snippet .woo-in-request").count() == 2
    chosen = set(WooSelectie.objects.values_list("message__seq", flat=True))
    assert chosen == {1, 3}

    # The page's own link (at this phone width the menu's link is folded away).
    page.locator("a:visible", has_text="Woo-verzoeken").first.click()
    page.click("a:has-text('WOO-2025-042')")
    assert page.locator(".woo-selectie").count() == 2
    # Everything selected is judged before anything is exported.
    page.click(f"a:has-text('Beoordelen WA-{record.pk:06d}')")
    page.click("summary:has-text('Alle nog niet beoordeelde documenten')")
    page.locator("#oordeel-alles-openbaar").check()
    page.click("button:has-text('Op alle nog niet beoordeelde documenten toepassen')")
    page.wait_for_load_state()
    assert "2 documenten beoordeeld als openbaar." in page.content()
    page.click("a:has-text('WOO-2025-042')")
    page.click("#export-start")
    page.wait_for_load_state()
    assert "Klaar: gemaakt op" in page.locator("#export-status").inner_text()
    with page.expect_download() as csv_download:
        page.click("#export-csv")
    text = csv_download.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert [(row[2], row[6]) for row in rows[1:]] == [
        (f"WA-{record.pk:06d} bericht 2", "Openbaar"),
        (f"WA-{record.pk:06d} bericht 4", "Openbaar"),
    ]
    with page.expect_download() as pdf_download:
        page.click("#export-pdf")
    with open(pdf_download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
