"""Reflow (WCAG 1.4.10): at 320 CSS pixels wide no main page scrolls sideways; wide tables and
the review page's parts scroll or wrap inside their own box."""

import pytest
from django.utils import timezone

from tests.browser.conftest import log_in_by_cookie
from tests.factories import WooVerzoekFactory, ZaakFactory, processed_submission
from woo.models import Synoniemgroep

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "geheim-wachtwoord-123"


@pytest.fixture
def narrow(browser, live_server):
    context = browser.new_context(locale="nl-NL", viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


def login(page, base, username):
    log_in_by_cookie(page, base, username, PASSWORD)


def too_wide(page, base, paths) -> list[str]:
    """The pages (of `paths`) whose document is wider than the 320 px viewport."""
    wide = []
    for path in paths:
        response = page.goto(base + path)
        assert response.ok, (path, response.status)
        page.wait_for_load_state()
        width = page.evaluate("document.scrollingElement.scrollWidth")
        if width > 320:
            culprits = page.evaluate(
                """() => [...document.querySelectorAll('body *')]
                    .filter((el) => el.getBoundingClientRect().right > 321)
                    .filter((el) => el.parentElement.getBoundingClientRect().right <= 321)
                    .slice(0, 4).map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                        + (el.className && el.className.baseVal === undefined ? '.' + el.className.split(' ').join('.') : ''))"""
            )
            wide.append(f"{path}: {width} px ({', '.join(culprits)})")
    return wide


def test_medewerker_pages_reflow_at_320_px(narrow, live_server, make_user):
    user = make_user("medewerker", "Medewerker")
    submission = processed_submission(submitted_by=user, onderwerp="Omgewaaide boom Hoofdstraat")
    base = live_server.url
    wide = too_wide(narrow, base, ["/accounts/login/", "/toegankelijkheid/"])
    login(narrow, base, "medewerker")
    wide += too_wide(
        narrow,
        base,
        ["/", "/bewaren/", "/mijn-inzendingen/", f"/mijn-inzendingen/{submission.pk}/"],
    )
    narrow.goto(base + "/bewaren/")
    narrow.click("main [type=submit]")
    narrow.wait_for_load_state()
    if narrow.evaluate("document.scrollingElement.scrollWidth") > 320:
        wide.append("/bewaren/ with errors")
    assert not wide, "\n".join(wide)


def test_informatiebeheer_pages_reflow_at_320_px(narrow, live_server, make_user):
    make_user("ib", "Informatiebeheer", staff=True)
    submission = processed_submission(onderwerp="Omgewaaide boom Hoofdstraat")
    long_chat = processed_submission(onderwerp="Lang gesprek", messages=140)
    ZaakFactory(zaaknummer="Z-2024-000123")
    base = live_server.url
    login(narrow, base, "ib")
    review = f"/admin/chats/submission/{submission.pk}/beoordelen/"
    wide = too_wide(
        narrow,
        base,
        [
            "/admin/",
            "/admin/chats/submission/",
            "/admin/chats/submission/overzicht/",
            review,
            review + "?zoek=boom",
            f"/admin/chats/submission/{long_chat.pk}/beoordelen/",
            "/admin/zaken/zaak/",
        ],
    )
    # The zaak autocomplete, open, fits too.
    narrow.goto(base + review)
    narrow.click("#rv-decide .select2-selection")
    narrow.fill(".select2-search__field", "000123")
    narrow.locator(".select2-results__option", has_text="Z-2024-000123").wait_for()
    if narrow.evaluate("document.scrollingElement.scrollWidth") > 320:
        wide.append("review page with the zaak autocomplete open")
    assert not wide, "\n".join(wide)


def test_woo_pages_reflow_at_320_px(narrow, live_server, make_user, make_record):
    woo = make_user("woo", "Medewerker", "Woo-behandelaar")
    zaak = ZaakFactory(zaaknummer="Z-2024-000200", startdatum=timezone.localdate())
    record = make_record(
        ["Er komen twaalf laadpalen aan de Stationsweg.", "Ik bel je straks."],
        zaak=zaak,
        onderwerp="Laadpalen Stationsweg",
    )
    verzoek = WooVerzoekFactory(
        nummer="WOO-2025-042", onderwerp="Laadpalen in de hele gemeente", aangemaakt_door=woo
    )
    WooVerzoekFactory(nummer="WOO-2025-043", onderwerp="Bomen", aangemaakt_door=woo)
    Synoniemgroep.objects.create(
        woorden="kap, kappen, vellen, bomenkap", toelichting="Bomen kappen en alles wat erbij hoort"
    )
    base = live_server.url
    login(narrow, base, "woo")
    wide = too_wide(
        narrow,
        base,
        [
            "/woo/zoeken/",
            "/woo/zoeken/?q=laadpalen",
            f"/woo/archiefstukken/{record.pk}/?q=laadpalen",
            "/woo/verzoeken/",
            "/woo/synoniemen/",
            f"/woo/verzoeken/{verzoek.pk}/",
        ],
    )
    assert not wide, "\n".join(wide)


def test_beheerder_pages_reflow_at_320_px(narrow, live_server, make_user):
    make_user("bea", "Beheerder", staff=True)
    other = make_user("jan", "Medewerker")
    base = live_server.url
    login(narrow, base, "bea")
    wide = too_wide(
        narrow,
        base,
        [
            "/admin/auth/user/",
            f"/admin/auth/user/{other.pk}/change/",
            "/admin/woo/synoniemgroep/",
            "/admin/audit/auditevent/",
        ],
    )
    assert not wide, "\n".join(wide)
