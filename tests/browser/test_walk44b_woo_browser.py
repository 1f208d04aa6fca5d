"""Walk of stop 44: under a search result, "Heel archiefstuk toevoegen aan WOO-…" was grey on
white beside the blue "Bericht toevoegen" buttons and looked disabled. It is a button like them,
at a contrast of at least 4.5:1 (WCAG 1.4.3)."""

import re

import pytest

from tests.factories import WooVerzoekFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgb(css: str) -> tuple[int, int, int]:
    return tuple(int(v) for v in re.findall(r"\d+", css)[:3])


def _contrast(one: str, other: str) -> float:
    a, b = sorted((_luminance(_rgb(one)), _luminance(_rgb(other))), reverse=True)
    return (a + 0.05) / (b + 0.05)


_STYLE = """(el) => { const s = getComputedStyle(el);
  return {color: s.color, border: s.borderTopColor, background: s.backgroundColor}; }"""


def test_the_whole_record_button_looks_like_the_other_add_buttons(
    page, live_server, login, woo_user, make_record
):
    verzoek = WooVerzoekFactory(nummer="WOO-2025-044", aangemaakt_door=woo_user)
    make_record(["De kastanje is ziek.", "De kastanje gaat eruit."], onderwerp="Kastanje")
    login("woo")
    page.goto(f"{live_server.url}/woo/zoeken/?q=kastanje&verzoek={verzoek.pk}")
    whole = page.locator(".woo-add-record").first.evaluate(_STYLE)
    message = page.locator(".woo-add-message").first.evaluate(_STYLE)
    assert whole == message
    background = whole["background"]
    if background.startswith("rgba(0, 0, 0, 0)"):
        background = "rgb(255, 255, 255)"  # the card's white through a transparent button
    assert _contrast(whole["color"], background) >= 4.5
    assert _contrast(whole["border"], background) >= 3
