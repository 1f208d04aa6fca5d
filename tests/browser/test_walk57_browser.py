"""Walk of stop 57, the admin at a laptop's size (1280 px wide):

- the zaken list, where Informatiebeheer looks for the zaken whose records are due for
  destruction or transfer, needed 1,206 px for its nine columns in 631: the archiefnominatie,
  the archiefactiedatum and the number of conversations lay off to the right, the list
  scrolling sideways.
"""

from datetime import date

import pytest

from tests.browser.conftest import log_in_by_cookie
from tests.factories import ZaakFactory, ZaaktypeFactory
from zaken.models import Zaak

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("role", ["Informatiebeheer", "Beheerder"])  # Beheer: with actions
def test_the_zaken_list_fits_a_1280_pixel_screen(browser, live_server, make_user, role):
    # As the demo's zaken: long descriptions, a long zaaktype and department, every date set.
    make_user("inge", role, staff=True)
    overleg = ZaaktypeFactory(
        identificatie="OVERLEG", omschrijving="Bestuurlijk overleg met derden"
    )
    ZaakFactory(
        afgesloten=True,
        zaaknummer="Z-2025-000901",
        omschrijving="Overleg wethouder met ondernemersvereniging binnenstad",
        zaaktype=overleg,
        afdeling="samenleving",
    )
    ZaakFactory(afgesloten=True, omschrijving="Melding omgewaaide boom Hoofdstraat")
    Zaak.objects.update(einddatum=date(2025, 2, 28), archiefactiedatum=date(2026, 2, 28))
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        log_in_by_cookie(page, live_server.url, "inge")
        page.goto(f"{live_server.url}/admin/zaken/zaak/")
        sizes = page.evaluate(
            """() => { const results = document.querySelector("#changelist .results");
              return {page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
                      list: [results.scrollWidth, results.clientWidth]}; }"""
        )
        assert sizes["page"][0] <= sizes["page"][1], sizes
        assert sizes["list"][0] <= sizes["list"][1], sizes
        # What the list is for stays in it: the date, the nominatie, the zaaktype, the afdeling.
        row = page.locator("#result_list tbody tr", has_text="Z-2025-000901").inner_text()
        for shown in (
            "Overleg wethouder",
            "Bestuurlijk overleg met derden",
            "Samenleving (sociaal domein)",
            "Vernietigen",
        ):
            assert shown in row, row
    finally:
        context.close()


def test_the_audit_log_fits_a_1280_pixel_screen(browser, live_server, make_user):
    # Walk of stop 57: Beheer's audit log needed 706 px in 631; "Vanaf" (where the action came
    # from) lay off to the right, the list scrolling sideways.
    from audit import events
    from tests.factories import SubmissionFactory

    make_user("bea", "Beheerder", staff=True)
    submission = SubmissionFactory(onderwerp="Boom Hoofdstraat")
    events.submission_received(submission=submission, actor=None, files=3)
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        log_in_by_cookie(page, live_server.url, "bea")
        page.goto(f"{live_server.url}/admin/audit/auditevent/")
        sizes = page.evaluate(
            """() => { const results = document.querySelector("#changelist .results");
              return [results.scrollWidth, results.clientWidth]; }"""
        )
        assert sizes[0] <= sizes[1], sizes
        assert page.locator("#result_list thead th", has_text="Vanaf").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize(
    ("role", "path"),
    [
        ("Beheerder", "/admin/woo/wooverzoek/"),
        ("Informatiebeheer", "/admin/zaken/selectielijstresultaat/"),
    ],
)
def test_the_request_and_selectielijst_lists_fit_a_1280_pixel_screen(
    browser, live_server, make_user, role, path
):
    # Walk of stop 57: the admin's Woo requests needed 781 px in 631 (the legal hold's text cut
    # off, the maker's name off to the right); the selectielijst 1,074 (its procestype hidden).
    from tests.factories import (
        ProcestypeFactory,
        SelectielijstResultaatFactory,
        WooVerzoekFactory,
    )

    make_user("inge", role, staff=True)
    WooVerzoekFactory(onderwerp="Subsidies voor buurtfeesten in 2024")
    proces = ProcestypeFactory(
        jaar=2020, nummer=19, naam="Secretariaat voeren en gegevens administreren / verwerken"
    )
    SelectielijstResultaatFactory(
        procestype=proces,
        nummer="11.1.6",
        naam="Verleend",
        omschrijving="Omgevingsvergunning voor activiteit milieu, bouw, sloop, monument,"
        " handelsreclame en strijdig gebruik en/of aanleg",
        waardering="bewaren",
        bewaartermijn="",
    )
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        log_in_by_cookie(page, live_server.url, "inge")
        page.goto(f"{live_server.url}{path}")
        sizes = page.evaluate(
            """() => { const results = document.querySelector("#changelist .results");
              return [results.scrollWidth, results.clientWidth]; }"""
        )
        assert sizes[0] <= sizes[1], sizes
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/admin/auth/user/", "/admin/axes/accesslog/"])
def test_beheers_user_and_login_lists_fit_a_1280_pixel_screen(
    browser, live_server, make_user, path
):
    # Walk of stop 57, left by the walk and taken up after it: Beheer's users needed 853 px in
    # 631 and the login logs 802, their last columns off to the right.
    from axes.models import AccessLog
    from django.utils import timezone

    make_user("bea", "Beheerder", staff=True)
    for name in ("gerrit.van.der.zwaluw", "annemarie.bosch-de.groot"):
        make_user(name, "Medewerker")
    agent = (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
    )
    AccessLog.objects.create(
        username="annemarie.bosch-de.groot",
        ip_address="10.123.45.67",
        user_agent=agent,
        http_accept="text/html,application/xhtml+xml",
        path_info="/accounts/login/",
        attempt_time=timezone.now(),
    )
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        log_in_by_cookie(page, live_server.url, "bea")
        page.goto(f"{live_server.url}{path}")
        sizes = page.evaluate(
            """() => { const results = document.querySelector("#changelist .results");
              return [results.scrollWidth, results.clientWidth]; }"""
        )
        assert sizes[0] <= sizes[1], sizes
    finally:
        context.close()
