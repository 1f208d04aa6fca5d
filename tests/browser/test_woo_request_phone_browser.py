"""On a phone the request page's list of archiefstukken shows each one's judgement and its
'Beoordelen' button on screen (walk32: at 390 px the table scrolled sideways inside its box and
the judgement and the buttons, the page's main way on, stood outside the screen)."""

import pytest

from woo.services import selectie_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_record_rows_fit_a_phone(
    page,
    live_server,
    login,
    woo_user,
    verzoek,
    make_record,
):
    for n in range(2):
        record = make_record([f"De boom aan de Hoofdstraat {n} is omgewaaid."])
        selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/")
    width = page.viewport_size["width"]
    buttons = page.get_by_role("link", name="Beoordelen")
    assert buttons.count() == 2
    for index in range(2):
        box = buttons.nth(index).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
    judgement = page.locator("td.woo-oordeel").first
    box = judgement.bounding_box()
    assert box["x"] + box["width"] <= width, box
    # Each value says what it is once the header row is out of sight.
    before = judgement.evaluate("cell => getComputedStyle(cell, '::before').content")
    assert "Beoordeling (afgeleid)" in before
    # Nothing on the page scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
