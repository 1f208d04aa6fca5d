"""The archive confirmation in the browser (walk of stop 44): an offer left open on the review
page ("Daar ook weglakken") is repeated there with a way back that shows it again; "Terug" comes
back with the zaak and the selectielijst result still chosen (the result list is rebuilt by
script for the zaak: the choice must survive that)."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.selection import select_text_in
from tests.factories import SelectielijstResultaatFactory, ZaakFactory, processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_open_offer_and_terug_on_the_archive_confirmation(page, live_server, login, make_user):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    zaak = ZaakFactory(zaaknummer="Z-2024-000777", afgesloten=True)
    resultaat = SelectielijstResultaatFactory(nummer="15.2", naam="Afgebroken")
    submission = processed_submission(messages=42, zaaknummer="Z-2024-000777")
    page.set_viewport_size({"width": 1280, "height": 900})
    login("informatiebeheer")
    review = f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/"
    page.goto(review)

    # Black out "Hoofdstraat" once by hand; the page offers the other places and is left open.
    select_text_in(page, "#m-0 .rv-text", "Hoofdstraat")
    page.select_option("#rv-add-label", "ADDRESS")
    page.click("#rv-add-submit")
    page.wait_for_url("**#m-0")
    expect(page.locator("#rv-alike-text")).to_contain_text("‘Hoofdstraat’ is op nog")

    # Archive with the zaak the employee named (suggested) and a result chosen.
    expect(page.locator("#id_zaak")).to_have_value(str(zaak.pk))
    page.select_option("#id_resultaat", str(resultaat.pk))
    page.get_by_role("button", name="Archiveren…").click()
    page.wait_for_url("**/archiveren/")
    offer = page.locator("#rv-confirm-alike")
    expect(offer).to_contain_text("‘Hoofdstraat’ is op nog 6 andere plekken in dit gesprek")
    expect(offer).to_contain_text("niet weggelakt")

    # Terug: the choices are still made, after the result list was rebuilt for the zaak.
    page.get_by_role("link", name="Terug", exact=True).click()
    page.wait_for_load_state("networkidle")
    expect(page.locator("#id_zaak")).to_have_value(str(zaak.pk))
    expect(page.locator("#id_resultaat")).to_have_value(str(resultaat.pk))

    # Again to the confirmation, and from the open offer back to its message to handle it.
    page.get_by_role("button", name="Archiveren…").click()
    page.wait_for_url("**/archiveren/")
    page.locator("#rv-confirm-alike a").click()
    page.wait_for_url(re.compile(r".*#m-0$"))
    page.get_by_role("button", name="Daar ook weglakken als [ADRES]").click()
    page.wait_for_url("**#m-0")
    expect(page.locator("body")).to_contain_text("andere plekken ook weggelakt")
    page.get_by_role("button", name="Archiveren…").click()
    page.wait_for_url("**/archiveren/")
    expect(page.locator("#rv-confirm-alike")).to_have_count(0)
