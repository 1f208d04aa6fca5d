"""The browser tests notice a Content-Security-Policy violation, and the real pages cause none."""

import pytest

from tests.browser.conftest import watch_csp
from tests.factories import WooVerzoekFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_harness_catches_an_inline_script_and_a_style_attribute(browser, live_server):
    context = browser.new_context()
    violations = watch_csp(context)
    page = context.new_page()
    policy = "default-src 'self'; script-src 'self'; style-src 'self'"
    page.route(
        f"{live_server.url}/csp-probe",
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            headers={"Content-Security-Policy": policy},
            body='<p style="color: red">x</p><script>document.title = "ran";</script>',
        ),
    )
    try:
        page.goto(f"{live_server.url}/csp-probe")
        page.wait_for_timeout(200)
        assert page.title() != "ran"
    finally:
        context.close()
    assert any("script-src" in v for v in violations), violations
    assert any("style-src" in v for v in violations), violations


def test_the_login_page_sends_the_policy(page, live_server):
    response = page.goto(f"{live_server.url}/accounts/login/")
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_closing_a_woo_request_still_asks_first(page, live_server, login, make_user):
    woo = make_user("woo", "Medewerker", "Woo-behandelaar")
    verzoek = WooVerzoekFactory(nummer="WOO-9", onderwerp="Bomen", aangemaakt_door=woo)
    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/")
    questions = []

    def answer(dialog, accept):
        questions.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda dialog: answer(dialog, False))
    page.click("button:has-text('Verzoek afhandelen')")
    page.wait_for_timeout(300)
    verzoek.refresh_from_db()
    assert verzoek.is_open and "Het besluit op WOO-9 vastleggen" in questions[0]

    page.once("dialog", lambda dialog: answer(dialog, True))
    page.click("button:has-text('Verzoek afhandelen')")
    page.wait_for_load_state()
    page.wait_for_timeout(300)
    verzoek.refresh_from_db()
    assert not verzoek.is_open and len(questions) == 2
