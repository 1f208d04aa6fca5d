"""Walk of stop 56: what a new Woo officer tripped over in a real browser."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG_LINK = "https://www.meppel.nl/" + "a" * 300 + "?x=" + "b" * 200


def test_a_hit_with_a_long_link_wraps_inside_its_result_on_a_desktop(
    browser, live_server, woo_user, make_record
):
    # A message quoting a long link (no spaces) pushed the results page sideways to 2,369 px
    # on a 1,280 px screen: the hit's text is a flex item, which did not shrink below its
    # longest word. (On a phone the same text wrapped.)
    from tests.browser.conftest import log_in_by_cookie

    make_record([f"Zie de vergunning op {LONG_LINK}"], onderwerp="Vergunning")
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        log_in_by_cookie(page, live_server.url, "woo")
        # (a word of the message: PostgreSQL reads the link as one host and path, not "meppel")
        page.goto(f"{live_server.url}/woo/zoeken/?q=vergunning")
        assert page.locator(".woo-snippet").count() == 1
        width = page.evaluate("document.scrollingElement.scrollWidth")
        snippet = page.locator(".woo-snippet").bounding_box()
        card = page.locator(".woo-snippet").locator("xpath=ancestor::*[contains(@class,'card')][1]")
        box = card.bounding_box()
    finally:
        context.close()
    assert width <= 1280
    assert snippet["x"] + snippet["width"] <= box["x"] + box["width"] + 1
