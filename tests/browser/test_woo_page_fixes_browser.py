"""The request dropdown on the Woo search page applies at once, by mouse and by keyboard."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_csp_violations, watch_csp
from tests.factories import WooVerzoekFactory
from woo.services import selectie_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_choosing_a_request_applies_without_pressing_zoeken(
    page,
    live_server,
    login,
    woo_user,
    make_record,
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
    woo_user,
    make_record,
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


def test_a_refused_passage_puts_its_reason_in_view_and_in_focus(
    page,
    live_server,
    login,
    woo_user,
    make_record,
):
    # Walk 28: a passage that is not in the text came back scrolled to its document with the
    # reason ("Deze tekst staat niet in ...") far above the viewport and focus on the page
    # itself: the officer saw and heard nothing happen.
    texts = [f"Bericht {n} over de boom aan de Hoofdstraat." for n in range(1, 30)]
    record = make_record(texts, onderwerp="Omgewaaide boom")
    verzoek = WooVerzoekFactory(nummer="WOO-1", onderwerp="Bomen", aangemaakt_door=woo_user)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    last = record.messages.order_by("seq").last()
    page.set_viewport_size({"width": 1280, "height": 800})
    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/beoordelen/{record.pk}/")
    page.fill(f"#passage-{last.pk}", "dit staat er niet in")
    with page.expect_navigation():
        page.click(f"form.woo-passage-form[data-message='{last.pk}'] button[type=submit]")
    page.wait_for_load_state()
    reason = page.locator(".alert-danger")
    expect(reason).to_contain_text("staat niet in")
    expect(reason).to_be_focused()
    expect(reason).to_be_in_viewport()
