"""Informatiebeheer's daily work in headless Chromium: the queue fits a 1280 px screen, and the
selectielijst result list follows the zaak chosen in the autocomplete."""

import pytest

from chats.constants import SubmissionStatus
from tests.factories import (
    ProcestypeFactory,
    SelectielijstResultaatFactory,
    SubmissionFactory,
    ZaakFactory,
    ZaaktypeFactory,
    processed_submission,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_queue_fits_1280_pixels(page, live_server, login, make_user):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer")
    first = processed_submission(
        onderwerp="Omgewaaide boom aan de Hoofdstraat bij de kerk en de bibliotheek",
        zaaknummer="Z-2024-000123",
        afdeling="sociaal_domein",
        flags=[{"code": "x", "message": "Een bericht is afgekapt."}],
        date_order_uncertain=True,
    )
    SubmissionFactory(
        onderwerp="Nogmaals de boom", duplicate_of=first, status=SubmissionStatus.TE_BEOORDELEN
    )
    page.set_viewport_size({"width": 1280, "height": 800})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/")
    widths = page.evaluate(
        """() => ({
            page: document.documentElement.scrollWidth,
            view: window.innerWidth,
            table: document.querySelector('#result_list').getBoundingClientRect().right,
            columns: document.querySelectorAll('#result_list thead th').length,
        })"""
    )
    assert widths["page"] <= widths["view"], widths
    assert widths["table"] <= widths["view"], widths
    assert page.is_visible("text=mogelijk dubbel van")


def test_the_result_list_follows_the_chosen_zaak(page, live_server, login, make_user):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer")
    SelectielijstResultaatFactory(nummer="15.1", naam="Uitgevoerd")
    verleend = SelectielijstResultaatFactory(
        procestype=ProcestypeFactory(nummer=11, naam="Toestemming verlenen"),
        nummer="11.1",
        naam="Verleend",
    )
    ZaakFactory(
        zaaknummer="Z-2024-000900",
        omschrijving="Vergunning dakkapel",
        zaaktype=ZaaktypeFactory(
            identificatie="VERGUNNING", omschrijving="Vergunning", procestype=verleend.procestype
        ),
    )
    submission = processed_submission(zaaknummer="Z-2024-000901")
    ZaakFactory(zaaknummer="Z-2024-000901", omschrijving="Melding boom")
    page.set_viewport_size({"width": 1366, "height": 900})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    labels = page.eval_on_selector_all("#id_resultaat option", "os => os.map(o => o.textContent)")
    assert any("15.1 Uitgevoerd" in label for label in labels)
    assert not any("11.1 Verleend" in label for label in labels)

    # Choose the other zaak in the autocomplete, with the keyboard.
    page.click("#rv-decide .select2-selection")
    page.keyboard.type("dakkapel")
    page.wait_for_selector(".select2-results__option--highlighted:has-text('Z-2024-000900')")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#id_resultaat option')]"
        ".some(o => o.textContent.includes('11.1 Verleend'))"
    )
    labels = page.eval_on_selector_all("#id_resultaat option", "os => os.map(o => o.textContent)")
    assert not any("15.1 Uitgevoerd" in label for label in labels)
    assert "Toestemming verlenen" in page.inner_text("#rv-resultaat-status")
