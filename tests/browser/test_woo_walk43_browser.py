"""Found walking the Woo search as a new officer (walk43)."""

import pytest

from tests.factories import WooVerzoekFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_half_typed_date_filter_is_named_in_dutch_not_by_the_browser(
    page,
    live_server,
    login,
    woo_user,
    make_record,
):
    """A date filter typed half ('03' and no month or year) stopped the search with the
    browser's own bubble, in the browser's language ("Please enter a valid value. The field is
    incomplete or has an invalid date."), which a screen reader does not keep. The page now
    names the field in Dutch next to it and keeps focus there; the search is not sent (sent, the
    half date would reach the server empty and the filter be dropped unseen)."""
    make_record(["De boom aan de Prinsengracht is omgewaaid."])
    page.set_viewport_size({"width": 1280, "height": 900})
    login("woo")
    page.goto(f"{live_server.url}/woo/zoeken/?q=boom")
    address = page.url
    page.locator("summary", has_text="Filters").click()
    van = page.get_by_label("Van", exact=True)
    van.click()
    page.keyboard.type("03")
    page.get_by_label("Zoekwoorden").press("Enter")

    message = page.locator("#id_van-onvolledig")
    message.wait_for()
    assert message.inner_text() == (
        "Van: vul de hele datum in (dag, maand en jaar) of maak het veld leeg."
    )
    assert van.get_attribute("aria-invalid") == "true"
    assert "id_van-onvolledig" in van.get_attribute("aria-describedby").split()
    assert page.evaluate("document.activeElement.id") == "id_van"
    assert page.url == address

    # Emptied, the search goes and the message is gone.
    page.evaluate("document.getElementById('id_van').value = ''")
    with page.expect_navigation():
        page.get_by_label("Zoekwoorden").press("Enter")
    assert page.locator("#id_van-onvolledig").count() == 0


def test_zoeken_en_toevoegen_is_a_button_of_its_own_height(
    page,
    live_server,
    login,
    woo_user,
):
    """On the request page 'Zoeken en toevoegen' was stretched to the height of the decision's
    date field and button beside it: a tall blue block with its text at the top."""
    verzoek = WooVerzoekFactory(nummer="WOO-2026-014", onderwerp="Bestrating Zuideinde")
    page.set_viewport_size({"width": 1280, "height": 900})
    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/")
    search = page.get_by_role("link", name="Zoeken en toevoegen").bounding_box()
    close = page.get_by_role("button", name="Verzoek afhandelen").bounding_box()
    assert abs(search["height"] - close["height"]) <= 2, (search, close)
    # Side by side on one line, their bottoms level.
    assert abs((search["y"] + search["height"]) - (close["y"] + close["height"])) <= 2
