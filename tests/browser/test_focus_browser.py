"""Focus visible (WCAG 2.4.7, 1.4.11): every keyboard stop shows an outline of at least 2 px
whose colour contrasts at least 3:1 with what is behind it; form field borders and checkboxes
are at least 3:1 against the page."""

import pytest

from tests.factories import WooVerzoekFactory, processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Contrast ratio helpers run in the page: the colour of an element's outline against the first
# opaque background behind it.
_COLOUR_JS = """
const parse = (c) => { const m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
const lum = ({r, g, b}) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
                             return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
const ratio = (x, y) => { const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p); return (a + 0.05) / (b + 0.05); };
const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
                             if (c.a > 0.5) { return c; } } return {r: 255, g: 255, b: 255, a: 1}; };
"""

_FOCUS_JS = (
    "() => {"
    + _COLOUR_JS
    + """
  const el = document.activeElement;
  if (!el || el === document.body) { return null; }
  const s = getComputedStyle(el);
  const width = s.outlineStyle === "none" ? 0 : parseFloat(s.outlineWidth);
  const behind = background(el.parentElement || el);
  return {what: el.outerHTML.slice(0, 90), width, contrast: width ? ratio(parse(s.outlineColor), behind) : 0};
}"""
)


def focus_stops(page, stops: int) -> list[dict]:
    seen = []
    for _ in range(stops):
        page.keyboard.press("Tab")
        info = page.evaluate(_FOCUS_JS)
        if info is None:
            break
        seen.append(info)
    return seen


def weak(stops: list[dict]) -> list[str]:
    return [
        f"{s['what']}: {s['width']} px, {s['contrast']:.2f}:1"
        for s in stops
        if s["width"] < 2 or s["contrast"] < 3
    ]


def test_every_stop_on_the_intake_form_shows_a_focus_of_at_least_3_to_1(
    page, live_server, login, medewerker
):
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    stops = focus_stops(page, 40)
    assert len(stops) >= 20
    assert not weak(stops), "\n".join(weak(stops))


def test_every_stop_on_the_review_page_and_the_admin_list_shows_a_focus_of_at_least_3_to_1(
    page, live_server, login, make_user
):
    make_user("ib", "Informatiebeheer", staff=True)
    submission = processed_submission()
    page.set_viewport_size({"width": 1280, "height": 900})
    login("ib")
    problems = []
    for path in [
        "/admin/chats/submission/",
        f"/admin/chats/submission/{submission.pk}/beoordelen/",
    ]:
        page.goto(live_server.url + path)
        stops = focus_stops(page, 45)
        assert len(stops) >= 15, path
        problems += [f"{path} {line}" for line in weak(stops)]
    assert not problems, "\n".join(problems)


def test_form_borders_and_checkboxes_are_at_least_3_to_1(page, live_server, login, medewerker):
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    contrasts = page.evaluate(
        "() => {"
        + _COLOUR_JS
        + """
  return [...document.querySelectorAll("main input:not([type=hidden]), main select, main textarea")]
    .map((el) => ({what: el.id, contrast: ratio(parse(getComputedStyle(el).borderTopColor), background(el.parentElement))}));
}"""
    )
    assert len(contrasts) > 10
    low = [c for c in contrasts if c["contrast"] < 3]
    assert not low, low


def test_every_stop_on_the_woo_pages_shows_a_focus_of_at_least_3_to_1(
    page,
    live_server,
    login,
    make_user,
    make_record,
):
    woo = make_user("woo", "Medewerker", "Woo-behandelaar")
    record = make_record(["Er komen twaalf laadpalen aan de Stationsweg."], onderwerp="Laadpalen")
    verzoek = WooVerzoekFactory(nummer="WOO-2025-042", aangemaakt_door=woo)
    login("woo")
    problems = []
    for path in [
        "/woo/zoeken/?q=laadpalen",
        f"/woo/archiefstukken/{record.pk}/?q=laadpalen",
        "/woo/verzoeken/",
        f"/woo/verzoeken/{verzoek.pk}/",
    ]:
        page.goto(live_server.url + path)
        stops = focus_stops(page, 30)
        assert len(stops) >= 5, path
        problems += [f"{path} {line}" for line in weak(stops)]
    assert not problems, "\n".join(problems)


def test_admin_form_borders_are_at_least_3_to_1(page, live_server, login, make_user):
    make_user("ib", "Informatiebeheer", staff=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    login("ib")
    page.goto(f"{live_server.url}/admin/zaken/zaak/add/")
    contrasts = page.evaluate(
        "() => {"
        + _COLOUR_JS
        + """
  return [...document.querySelectorAll("#content input[type=text], #content select:not(.admin-autocomplete), #content textarea, #content .select2-selection")]
    .map((el) => ({what: el.name || el.className, contrast: ratio(parse(getComputedStyle(el).borderTopColor), background(el.parentElement))}));
}"""
    )
    assert len(contrasts) >= 3
    low = [c for c in contrasts if c["contrast"] < 3]
    assert not low, low
