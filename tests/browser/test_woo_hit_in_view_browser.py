"""Opened at a hit (from the search results), the hit is in view, not under the sticky hit bar
(walk of stop 31: at a 5,000-message record the browser's own jump to #bericht-2500 put the
message at the top of the window, under the bar that lists the hits)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_hit_opened_from_the_results_is_below_the_hit_bar(
    page,
    live_server,
    login,
    woo_user,
    make_record,
):
    texts = [f"Bericht {n} over de buitendienst." for n in range(1, 400)]
    texts[250] = "De lantaarnpaalvoet bij de school is afgebroken."
    record = make_record(texts, onderwerp="Lantaarnpaal")
    login("woo")
    page.set_viewport_size({"width": 1366, "height": 800})
    page.goto(f"{live_server.url}/woo/zoeken/?q=lantaarnpaalvoet")
    page.locator(f"a[href*='/woo/archiefstukken/{record.pk}/'][href*='#bericht-']").first.click()
    page.wait_for_load_state("load")
    # hits.js centres the hit in the frame after load (after the browser's own jump to the anchor
    # put it under the bar): wait until the hit is in view below the bar, not a fixed 500 ms.
    page.wait_for_function(
        """() => {
            const hit = document.querySelector(".woo-hit").getBoundingClientRect();
            const bar = document.querySelector("#treffers").getBoundingClientRect();
            return hit.top >= bar.bottom && hit.bottom <= innerHeight;
        }""",
        timeout=5_000,
    )
    hit = page.locator(".woo-hit").first
    bar = page.locator("#treffers").bounding_box()
    box = hit.bounding_box()
    assert box["y"] >= bar["y"] + bar["height"], (box, bar)
    assert box["y"] + box["height"] <= 800
