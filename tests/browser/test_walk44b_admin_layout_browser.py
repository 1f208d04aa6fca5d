"""Walk of stop 44, the admin at a laptop's size (1280 px wide):

- the nav sidebar (sticky, as high as the window, scrolling on its own) hid its last items
  ("Zaken") below its own edge, just above the footer, where no page scroll brought them;
- the list's "Contactgegeven van de gemeente toevoegen" button lay over the end of the title;
- the review queue's status ("Wacht op beoordeling door Informatiebeheer") was cut off, the
  list scrolling sideways.
"""

import pytest

from chats.constants import SubmissionStatus
from tests.browser.conftest import log_in_by_cookie
from tests.factories import MediaItemFactory, SubmissionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Each link of the nav sidebar, brought into the window by scrolling the page (as a reader of
# the page does, with the wheel or the scroll bar): where it is, and what is at its middle.
_NAV_ITEMS_IN_VIEW = """() => {
  const problems = [];
  for (const link of document.querySelectorAll("#nav-sidebar a")) {
    const before = link.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + before.top + before.height / 2 - window.innerHeight / 2);
    const box = link.getBoundingClientRect();
    const x = box.left + Math.min(10, box.width / 2), y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y);
    const inside = box.top >= 0 && box.bottom <= window.innerHeight;
    if (!inside || !hit || !(hit === link || link.contains(hit))) {
      problems.push(`${link.textContent.trim()}: ${Math.round(box.top)}-${Math.round(box.bottom)}`
        + ` of ${window.innerHeight}, under ${hit ? (hit.id || hit.className || hit.tagName) : "nothing"}`);
    }
  }
  return problems;
}"""


def _admin_page(browser, live_server, username: str, path: str, height: int = 800):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": height})
    page = context.new_page()
    page.set_default_timeout(20_000)
    log_in_by_cookie(page, live_server.url, username)
    page.goto(f"{live_server.url}{path}")
    return context, page


@pytest.mark.parametrize("height", [800, 600])
def test_every_item_of_the_nav_sidebar_can_be_seen_and_clicked(
    browser, live_server, make_user, height
):
    make_user("bea", "Beheerder", staff=True)
    context, page = _admin_page(
        browser, live_server, "bea", "/admin/chats/organisationcontact/", height
    )
    try:
        names = page.locator("#nav-sidebar a").all_inner_texts()
        assert "Zaken" in [name.strip() for name in names]
        assert page.evaluate(_NAV_ITEMS_IN_VIEW) == []
        # Nothing of the sidebar hidden in a scroll box of its own.
        assert page.evaluate(
            "(() => { const nav = document.getElementById('nav-sidebar');"
            " return nav.scrollHeight <= nav.clientHeight + 1; })()"
        )
    finally:
        context.close()


_TITLE_CLEAR_OF_TOOLS = """() => {
  const title = document.querySelector("#content h1").getBoundingClientRect();
  const overlaps = [];
  for (const tool of document.querySelectorAll(".object-tools a")) {
    const box = tool.getBoundingClientRect();
    if (box.left < title.right && box.right > title.left && box.top < title.bottom && box.bottom > title.top) {
      overlaps.push(tool.textContent.trim());
    }
  }
  return overlaps;
}"""


def test_the_list_title_and_its_add_button_read_as_dutch_and_do_not_overlap(
    browser, live_server, make_user
):
    make_user("bea", "Beheerder", staff=True)
    context, page = _admin_page(browser, live_server, "bea", "/admin/chats/organisationcontact/")
    try:
        assert page.inner_text("#content h1") == "Selecteer een contactgegeven om te wijzigen"
        assert page.inner_text(".object-tools a").strip().lower() == "contactgegeven toevoegen"
        assert page.evaluate(_TITLE_CLEAR_OF_TOOLS) == []
        # Any title, however long, stays clear of the buttons.
        page.evaluate(
            "document.querySelector('#content h1').textContent ="
            " 'Selecteer een contactgegeven van de gemeente om te wijzigen, of voeg er een toe"
            " met de knop'"
        )
        assert page.evaluate(_TITLE_CLEAR_OF_TOOLS) == []
    finally:
        context.close()


def test_the_review_queue_fits_a_1280_pixel_screen(browser, live_server, make_user):
    # As the walk's queue: a zaak number, counts, points of attention, loose screenshots.
    inge = make_user("inge", "Informatiebeheer", staff=True)
    SubmissionFactory(
        onderwerp="Voorbeeld: losliggende stoeptegels Prinsengracht",
        zaaknummer="Z-2024-000123",
        message_count=300,
        uncertain=True,
    )
    screenshots = SubmissionFactory(onderwerp="Boom Hoofdstraat screenshots", message_count=0)
    for _ in range(3):
        MediaItemFactory(submission=screenshots)
    SubmissionFactory(onderwerp="Vraag gesteld", status=SubmissionStatus.TERUG_NAAR_INDIENER)
    SubmissionFactory(onderwerp="Toegewezen", assigned_to=inge, zaaknummer="Z-2024-000124")
    context, page = _admin_page(
        browser, live_server, "inge", "/admin/chats/submission/?status=alle"
    )
    try:
        sizes = page.evaluate(
            """() => { const results = document.querySelector("#changelist .results");
              return {page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
                      list: [results.scrollWidth, results.clientWidth]}; }"""
        )
        assert sizes["page"][0] <= sizes["page"][1], sizes
        assert sizes["list"][0] <= sizes["list"][1], sizes
        status = page.locator("#result_list td.field-status_behandelaar").first
        assert status.inner_text().startswith("Te beoordelen")
        # The full status stays at hand, named.
        assert (
            status.locator("[title]").first.get_attribute("title")
            == "Wacht op beoordeling door Informatiebeheer"
        )
    finally:
        context.close()
