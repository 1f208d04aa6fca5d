"""The sticky hit bar of a Woo record opened from the search never covers the help line under
it (walk of stop 48: scrolled a little, or opened at a hit near the top, the line on 'Volgende'
and the keys n and p sat half under the bar). Checked at 800, 1280 and 1920 px wide, at every
scroll position over the top of the page: the bar and the line, and the notes on what the
search could not look into, never overlap."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The boxes of the bar and of each help line at a scroll position; the overlap in pixels.
_OVERLAPS = """(y) => {
  window.scrollTo({ top: y, behavior: "instant" });
  const bar = document.getElementById("treffers").getBoundingClientRect();
  const found = [];
  for (const line of document.querySelectorAll(".woo-hit-hint, .woo-unsearched")) {
    const box = line.getBoundingClientRect();
    const overlap = Math.min(bar.bottom, box.bottom) - Math.max(bar.top, box.top);
    if (overlap > 0.5) { found.push([y, Math.round(overlap)]); }
  }
  return found;
}"""


@pytest.mark.parametrize("width", [800, 1280, 1920])
def test_the_hit_bar_never_covers_the_help_line(
    page, live_server, login, woo_user, verzoek, make_record, width
):
    texts = [f"Bericht {n} over iets anders, lang genoeg voor een regel." for n in range(1, 40)]
    texts[1] = "Het asbest in de kelder moet weg."
    record = make_record(texts)
    login("woo")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/woo/archiefstukken/{record.pk}/?zoek=asbest&verzoek={verzoek.pk}")
    assert page.locator(".woo-hit-hint").is_visible()
    covered = []
    for y in range(0, 700, 10):
        covered += page.evaluate(_OVERLAPS, y)
    assert covered == [], f"(scroll, px under the bar) at {width} px: {covered[:5]}"
