"""Walkthrough as a new Woo officer (stop 34), in a real browser.

The hit bar said "1 treffer voor ‘bomenkap stationsweg’, en 2 berichten in samenhang", and
"Volgende" then said "treffer 2 van 3", "treffer 3 van 3": three treffers where the bar said
one. With samenhang among the marked messages the position counts marked messages, and the
message it stops at says it is samenhang.
"""

import pytest

from tests.factories import WooVerzoekFactory
from tests.woo.test_search_relevance import _bomenkap_chat

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_stepping_through_hits_and_samenhang_does_not_call_samenhang_a_hit(
    page,
    live_server,
    login,
    woo_user,
    make_record,
):
    chat = _bomenkap_chat(make_record)
    login("woo")
    page.goto(f"{live_server.url}/woo/archiefstukken/{chat.pk}/?zoek=bomenkap+stationsweg")
    assert "1 treffer voor" in page.inner_text("#treffers")
    positions = []
    for _ in range(3):
        page.click("#treffer-volgende")
        positions.append(page.inner_text("#treffer-positie"))
    # What the three are, since stop 44 (the walk read "bericht 23 van 88" next to "59 treffers").
    assert positions == [
        f"gemarkeerd bericht {n} van 3 (1 treffer, 2 in samenhang)" for n in (1, 2, 3)
    ]
    current = page.locator(".woo-hit-current")
    assert current.locator(".woo-related-badge").inner_text() in ("samenhang", "vervolg")
    # Focus is on the message, so a screen reader reads it with its badge.
    assert page.evaluate("document.activeElement.classList.contains('woo-hit-current')")


def test_stepping_through_hits_alone_still_says_treffer(
    page,
    live_server,
    login,
    woo_user,
    make_record,
):
    chat = make_record(["De kastanje is ziek.", "Wat nu?", "De kastanje gaat eruit."])
    login("woo")
    page.goto(f"{live_server.url}/woo/archiefstukken/{chat.pk}/?zoek=kastanje")
    page.click("#treffer-volgende")
    page.click("#treffer-volgende")
    assert page.inner_text("#treffer-positie") == "treffer 2 van 2"


def test_the_letter_keys_step_only_with_the_focus_in_the_hits(
    page,
    live_server,
    login,
    woo_user,
    make_record,
):
    """WCAG 2.1.4: "n" and "p" jumped through the hits wherever the focus was (speech input
    sends letters too); now only with the focus in the hit bar or the conversation."""
    chat = make_record(["De kastanje is ziek.", "Wat nu?", "De kastanje gaat eruit."])
    login("woo")
    page.goto(f"{live_server.url}/woo/archiefstukken/{chat.pk}/?zoek=kastanje")
    before = page.inner_text("#treffer-positie")
    page.keyboard.press("n")  # focus on the page itself
    assert page.inner_text("#treffer-positie") == before
    page.focus(".breadcrumb a")
    page.keyboard.press("n")
    assert page.inner_text("#treffer-positie") == before
    assert page.locator(".woo-hit-current").count() == 0
    page.click("#treffer-volgende")
    assert page.inner_text("#treffer-positie") == "treffer 1 van 2"
    page.keyboard.press("n")  # the focus is on the hit now
    assert page.inner_text("#treffer-positie") == "treffer 2 van 2"
    page.keyboard.press("p")
    assert page.inner_text("#treffer-positie") == "treffer 1 van 2"


def test_the_sticky_hit_bar_leaves_most_of_a_phone_screen_to_the_conversation(
    page,
    live_server,
    login,
    woo_user,
    make_record,
):
    """On a phone (390 x 844) the sticky hit bar, with its hint on the keys and the pages, was
    340 px high: 40% of the screen stayed covered while reading the conversation."""
    texts = [f"Bericht {n} over de buitendienst." for n in range(1, 40)]
    # Far enough down that showing a hit scrolls the page (the record's data is below the chat).
    texts[15] = texts[30] = "De kastanje aan de Kerkstraat is ziek."
    chat = make_record(texts)
    login("woo")
    page.goto(f"{live_server.url}/woo/archiefstukken/{chat.pk}/?zoek=kastanje+kerkstraat")
    # Measured on the page as it settles, not mid-way: the layout once the fonts are in, and
    # each click once the smooth scroll of the one before has ended. The bar read 121.8 px from
    # the top once in CI under load: a click on the still moving bar makes Playwright retry with
    # instant scrolls of its own, which can stop a smooth scroll where it is.
    page.evaluate("document.fonts.ready.then(() => true)")
    page.click("#treffer-volgende")
    _wait_for_the_scroll_to_end(page)
    page.click("#treffer-volgende")
    _wait_for_the_scroll_to_end(page)
    assert page.inner_text("#treffer-positie") == "treffer 2 van 2"
    # Stuck at the top while the conversation scrolls under it.
    bar = page.locator("#treffers").bounding_box()
    assert bar["y"] == 0
    assert bar["height"] <= 844 * 0.15, bar  # 190 px on main, 81 px without the hint
    hit = page.locator(".woo-hit-current").bounding_box()
    assert hit["y"] >= bar["y"] + bar["height"]
    # The hint is still on the page, under the bar.
    assert "toetsen" in page.inner_text(".woo-hit-hint")


def _wait_for_the_scroll_to_end(page, *, still: int = 3, step_ms: int = 100) -> None:
    """Until the current hit is in the window and scrollY has not changed for `still` polls
    `step_ms` apart (at most 15 s). Polled with evaluate (the DevTools protocol): the page's CSP
    refused wait_for_function's expression now and then in CI (see
    test_adding_a_whole_record_from_the_results_keeps_the_officer_at_that_record)."""
    settled = """() => { const hit = document.querySelector('.woo-hit-current');
                         const box = hit && hit.getBoundingClientRect();
                         return [scrollY, !!box && box.top >= 0 && box.bottom <= innerHeight]; }"""
    last, unchanged = None, 0
    for _ in range(15_000 // step_ms):
        now, in_view = page.evaluate(settled)
        unchanged = unchanged + 1 if in_view and now == last else 0
        if unchanged >= still:
            return
        last = now
        page.wait_for_timeout(step_ms)
    raise AssertionError(f"the page was still scrolling to the hit after 15 s (scrollY {last})")


def test_adding_a_message_from_the_results_keeps_the_officer_at_that_hit(
    page,
    live_server,
    login,
    woo_user,
    make_record,
):
    """After "Bericht toevoegen" under the eighth result the page opened at the top of the
    results again: the officer scrolled back down after every message."""
    verzoek = WooVerzoekFactory(nummer="WOO-2025-034", aangemaakt_door=woo_user)
    for n in range(10):
        make_record([f"De kastanje bij school {n} is ziek.", "Wat nu?"], onderwerp=f"School {n}")
    login("woo")
    page.goto(f"{live_server.url}/woo/zoeken/?q=kastanje&per=bericht&verzoek={verzoek.pk}")
    button = page.locator(".woo-add-message").nth(7)
    message = button.locator("xpath=ancestor::li[1]").get_attribute("data-message")
    button.click()
    page.wait_for_load_state("load")
    # Until the scroll to the hit has ended (its first step already makes scrollY > 0, which
    # let the box below be read mid-scroll in CI), at most the old 300 ms plus headroom.
    page.wait_for_function(
        """id => { const el = document.getElementById(id);
                   if (!el) return false;
                   const top = el.getBoundingClientRect().top;
                   return scrollY > 0 && top >= 0 && top < 844; }""",
        arg=f"treffer-{message}",
        timeout=15000,
    )
    assert page.url.endswith(f"#treffer-{message}")
    assert page.evaluate("scrollY") > 0
    hit = page.locator(f"#treffer-{message}")
    assert hit.locator(".woo-in-request").count() == 1
    box = hit.bounding_box()
    assert 0 <= box["y"] < 844


def test_adding_a_whole_record_from_the_results_keeps_the_officer_at_that_record(
    page,
    live_server,
    login,
    woo_user,
    make_record,
):
    verzoek = WooVerzoekFactory(nummer="WOO-2025-035", aangemaakt_door=woo_user)
    for n in range(10):
        make_record([f"De kastanje bij school {n} is ziek."], onderwerp=f"School {n}")
    login("woo")
    page.goto(f"{live_server.url}/woo/zoeken/?q=kastanje&verzoek={verzoek.pk}")
    button = page.locator(".woo-add-record").nth(6)
    record = button.locator("xpath=ancestor::li[contains(@class, 'woo-result')]")
    pk = record.get_attribute("data-record")
    button.click()
    page.wait_for_load_state("load")
    # The scroll to the hit, instead of a fixed 300 ms. Polled with evaluate (the DevTools
    # protocol): wait_for_function with an expression string is evaluated in the page, which
    # the page's CSP (no 'unsafe-eval') refused now and then in CI.
    for _ in range(600):
        if page.evaluate("scrollY") > 0:
            break
        page.wait_for_timeout(25)
    assert page.url.endswith(f"#gesprek-{pk}")
    assert page.evaluate("scrollY") > 0
    assert "Heel archiefstuk in" in page.inner_text(f"#gesprek-{pk}")
