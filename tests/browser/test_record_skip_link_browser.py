"""Record pages (the Woo officer's and Informatiebeheer's review page), keyboard only: a "Naar
het gesprek" skip link is the first stop of Tab and lands in the conversation, and Tab reaches
the conversation before the sidebar, and the screen shows them in that order at every width."""

import pytest

from tests.factories import WooVerzoekFactory, ZaakFactory, processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Where the element that has focus sits: "gesprek", "zijbalk" or "" (elsewhere).
_WHERE = """([conversation, sidebar]) => {
    const e = document.activeElement;
    if (e.closest(conversation)) return "gesprek";
    if (e.closest(sidebar)) return "zijbalk";
    return "";
}"""


def _tab_order(page, conversation: str, sidebar: str, limit: int = 80) -> list[str]:
    """From the top of the page: where each Tab stop is, until both regions were reached."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        where = page.evaluate(_WHERE, [conversation, sidebar])
        if where and where not in seen:
            seen.append(where)
        if len(seen) == 2:
            break
    return seen


def _skip_link_goes_to_the_conversation(page, conversation: str) -> None:
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Naar het gesprek"
    page.keyboard.press("Enter")
    assert page.evaluate(
        "(s) => document.activeElement === document.querySelector(s)", conversation
    )
    page.keyboard.press("Tab")  # the next stop is inside the conversation
    assert page.evaluate("(s) => !!document.activeElement.closest(s)", conversation)


def _box(page, selector: str) -> dict:
    return page.locator(selector).bounding_box()


def test_the_woo_record_page_starts_with_a_skip_link_and_tabs_the_conversation_first(
    page,
    live_server,
    login,
    woo_user,
    make_record,
):
    zaak = ZaakFactory(zaaknummer="Z-2024-000123")
    record = make_record(["De boom aan de Hoofdstraat is omgewaaid.", "Ik kom kijken."], zaak=zaak)
    verzoek = WooVerzoekFactory(nummer="WOO-1", onderwerp="Bomen", aangemaakt_door=woo_user)
    page.set_viewport_size({"width": 1366, "height": 900})
    login("woo")
    url = f"{live_server.url}/woo/archiefstukken/{record.pk}/?verzoek={verzoek.pk}"
    page.goto(url)
    # The sidebar has things to Tab to (the zaak link, the request chooser), so has the chat.
    assert page.locator("#gegevens a, #gegevens select").count() >= 2
    assert page.locator("#gesprek button").count() >= 2

    _skip_link_goes_to_the_conversation(page, "#gesprek")
    page.goto(url)
    assert _tab_order(page, "#gesprek", "#gegevens") == ["gesprek", "zijbalk"]

    # On the screen the order is the page's (WCAG 1.3.2, 2.4.3): the sidebar right of the
    # conversation on a wide screen ...
    chat, side = _box(page, "#gesprek"), _box(page, "#gegevens")
    assert side["x"] >= chat["x"] + chat["width"] - 1 and abs(side["y"] - chat["y"]) < 5
    # ... and below it, never above, where they no longer fit side by side (a phone: 375 px).
    for width in (375, 576, 768, 991):
        page.set_viewport_size({"width": width, "height": 844})
        chat, side = _box(page, "#gesprek"), _box(page, "#gegevens")
        assert side["y"] >= chat["y"] + chat["height"] - 1, f"{width} px"


def test_the_review_page_starts_with_a_skip_link_to_the_conversation(
    page, live_server, login, make_user
):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(onderwerp="Omgewaaide boom Hoofdstraat")
    page.set_viewport_size({"width": 1366, "height": 900})
    login("informatiebeheer")
    url = f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/"
    page.goto(url)

    _skip_link_goes_to_the_conversation(page, "#rv-conversation")
    page.goto(url)
    assert _tab_order(page, "#rv-conversation", ".rv-side") == ["gesprek", "zijbalk"]
    chat, side = _box(page, "#rv-conversation"), _box(page, ".rv-side")
    assert side["x"] >= chat["x"] + chat["width"] - 1
