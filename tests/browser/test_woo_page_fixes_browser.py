"""The request dropdown on the Woo search page applies at once, by mouse and by keyboard."""

import pytest

from tests.browser.conftest import assert_no_csp_violations, watch_csp
from tests.factories import WooVerzoekFactory
from tests.woo.conftest import make_record, woo_user  # noqa: F401 - fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_choosing_a_request_applies_without_pressing_zoeken(
    page,
    live_server,
    login,
    woo_user,  # noqa: F811 - fixture imported above
    make_record,  # noqa: F811
):
    make_record(["De boom aan de Hoofdstraat is omgewaaid."], onderwerp="Omgewaaide boom")
    first = WooVerzoekFactory(nummer="WOO-1", onderwerp="Bomen", aangemaakt_door=woo_user)
    second = WooVerzoekFactory(nummer="WOO-2", onderwerp="Wegen", aangemaakt_door=woo_user)

    login("woo")
    page.goto(f"{live_server.url}/woo/zoeken/?q=omgewaaid")
    assert page.locator(".woo-add-message").count() == 0
    # Mouse (or touch): the choice applies at once.
    with page.expect_navigation():
        page.select_option("#id_verzoek", str(first.pk))
    assert f"verzoek={first.pk}" in page.url and "q=omgewaaid" in page.url
    assert page.locator(".woo-add-message").count() == 1
    assert "WOO-1" in page.locator("#verzoek-gekozen").inner_text()

    # Keyboard: arrows browse without reloading, Enter applies.
    page.focus("#id_verzoek")
    url = page.url
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(300)
    assert page.url == url
    with page.expect_navigation():
        page.keyboard.press("Enter")
    chosen = page.locator("#id_verzoek").input_value()
    assert chosen in (str(first.pk), str(second.pk), "")
    assert f"verzoek={chosen}" in page.url


def test_without_javascript_the_kiezen_button_applies_the_choice(
    browser,
    live_server,
    woo_user,  # noqa: F811
    make_record,  # noqa: F811
):
    make_record(["De boom aan de Hoofdstraat is omgewaaid."], onderwerp="Omgewaaide boom")
    verzoek = WooVerzoekFactory(nummer="WOO-1", onderwerp="Bomen", aangemaakt_door=woo_user)
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    violations = watch_csp(context)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_username", "woo")
        page.fill("#id_password", "geheim-wachtwoord-123")
        page.click("button[type=submit]")
        page.goto(f"{live_server.url}/woo/zoeken/?q=omgewaaid")
        page.select_option("#id_verzoek", str(verzoek.pk))
        page.click("#verzoek-kiezen")
        page.wait_for_load_state()
        assert f"verzoek={verzoek.pk}" in page.url
        assert page.locator(".woo-add-message").count() == 1
    finally:
        context.close()
    assert_no_csp_violations(violations)
