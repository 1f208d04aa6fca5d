"""Keyboard only: the intake form filled in and sent, and a redaction added and undone."""

import re

import pytest

from chats.models import RedactionSpan, Submission
from tests.factories import processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def tab_to(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching `selector` has focus (fails after `limit` presses)."""
    for _ in range(limit):
        if page.evaluate(
            "(s) => document.activeElement && document.activeElement.matches(s)", selector
        ):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} never got focus with Tab")


def pick_with_arrows(page, selector: str, value: str) -> None:
    """Focus is on a <select>: press ArrowDown until it holds `value`."""
    tab_to(page, selector)
    for _ in range(40):
        if page.evaluate("(s) => document.querySelector(s).value", selector) == value:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"{value} not reached in {selector} with the arrow keys")


def test_the_intake_form_is_filled_in_and_sent_with_the_keyboard_only(
    page, live_server, login, medewerker, ios_export
):
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    # The skip link is the first stop and jumps past the menu.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Naar hoofdinhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "hoofdinhoud"

    # Sending it empty: the error summary takes focus, the title says so, its links reach fields.
    tab_to(page, "main [type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.title().startswith("Fout: ")
    page.wait_for_function(
        "document.activeElement && document.activeElement.id === 'foutoverzicht'"
    )
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "id_upload_kind_0"

    # Now the whole form, keyboard only (the file picker is the one thing a test cannot type).
    page.keyboard.press("Space")  # the first upload kind, then the arrows to the iOS export
    for _ in range(5):
        if page.is_checked("input[name=upload_kind][value=ios_export]"):
            break
        page.keyboard.press("ArrowDown")
    assert page.is_checked("input[name=upload_kind][value=ios_export]")
    page.set_input_files("#id_files", str(ios_export))
    tab_to(page, "#id_onderwerp")
    page.keyboard.type("Omgewaaide boom Hoofdstraat")
    page.keyboard.press("Tab")
    page.keyboard.type("Inwoner meldt een omgewaaide boom.")
    pick_with_arrows(page, "#id_gesprekspartner", "inwoner")
    pick_with_arrows(page, "#id_afdeling", "openbare_ruimte")
    tab_to(page, "#id_vraag_besluit")
    page.keyboard.press("Space")
    pick_with_arrows(page, "#id_elders_vastgelegd", "nee")
    tab_to(page, "#id_bevestiging_verwijderen")
    page.keyboard.press("Space")
    tab_to(page, "main [type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert not page.locator("#foutoverzicht, #upload-error").count(), page.locator(
        "main"
    ).inner_text()
    assert re.search(r"/mijn-inzendingen/\d+/", page.url), page.url
    submission = Submission.objects.get()
    assert submission.onderwerp == "Omgewaaide boom Hoofdstraat"
    assert submission.gesprekspartner == "inwoner" and submission.afdeling == "openbare_ruimte"
    assert submission.elders_vastgelegd == "nee"


def test_a_redaction_is_added_and_undone_with_the_keyboard_only(
    page, live_server, login, make_user
):
    make_user("ib", "Informatiebeheer", staff=True)
    submission = processed_submission(onderwerp="Omgewaaide boom Hoofdstraat")
    page.set_viewport_size({"width": 1280, "height": 900})
    login("ib")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    text = page.locator("#m-0 .rv-text").inner_text()
    at = text.index("Hoofdstraat")

    # Tab to the message's "Weglakken…" button and open the box.
    tab_to(page, "#m-0 .rv-keyboard-add", limit=120)
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "rv-add-source"
    # Select "Hoofdstraat" with the caret: Home, right to its start, then Shift+Right.
    page.keyboard.press("Control+Home")
    for _ in range(at):
        page.keyboard.press("ArrowRight")
    for _ in range(len("Hoofdstraat")):
        page.keyboard.press("Shift+ArrowRight")
    assert page.locator("#rv-add-text").inner_text() == "Hoofdstraat"
    page.keyboard.press("Tab")  # the kind of personal data
    assert page.evaluate("document.activeElement.id") == "rv-add-label"
    page.keyboard.type("[ADRES]")
    tab_to(page, "#rv-add-submit")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    added = page.locator("#m-0 mark.rv-red.on[data-label='[ADRES]']")
    added.wait_for()
    span = RedactionSpan.objects.get(message__seq=0, label="ADDRESS")
    assert span.active and text[span.start : span.end] == "Hoofdstraat"
    # Focus came back to the new mark, which says it is applied.
    page.wait_for_function(
        "(id) => document.activeElement && document.activeElement.dataset.span === id",
        arg=str(span.pk),
    )
    assert added.get_attribute("aria-pressed") == "true"

    # Undo it: Enter on the focused mark.
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.locator(f"mark.rv-red.off[data-span='{span.pk}']").wait_for()
    span.refresh_from_db()
    assert not span.active
    page.wait_for_function(
        "(id) => document.activeElement && document.activeElement.dataset.span === id"
        " && document.activeElement.getAttribute('aria-pressed') === 'false'",
        arg=str(span.pk),
    )


def test_the_keyboard_box_asks_for_a_selection_before_saving(page, live_server, login, make_user):
    make_user("ib", "Informatiebeheer", staff=True)
    submission = processed_submission()
    page.set_viewport_size({"width": 1280, "height": 900})
    login("ib")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    before = RedactionSpan.objects.count()
    page.locator("#m-0 .rv-keyboard-add").focus()
    page.keyboard.press("Enter")
    tab_to(page, "#rv-add-submit")
    page.keyboard.press("Enter")
    assert page.locator("#rv-add-error").inner_text() == "Selecteer eerst de tekst die weg moet."
    assert page.evaluate("document.activeElement.id") == "rv-add-source"
    page.keyboard.press("Escape")
    assert page.locator("#rv-add").is_hidden()
    assert page.evaluate("document.activeElement.className").startswith("button rv-keyboard-add")
    assert RedactionSpan.objects.count() == before


@pytest.mark.parametrize("width", [1280, 320])
def test_the_keyboard_box_label_is_not_covered_by_its_text_area(
    page, live_server, login, make_user, width
):
    """QA walkthrough: the label's second line sat under the text area (failed on main)."""
    make_user("ib", "Informatiebeheer", staff=True)
    submission = processed_submission()
    page.set_viewport_size({"width": width, "height": 900})
    login("ib")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    page.locator("#m-0 .rv-keyboard-add").focus()
    page.keyboard.press("Enter")
    # The text area has focus: its focus ring (outline and white halo) is painted outside it.
    assert page.evaluate("document.activeElement.id") == "rv-add-source"
    text_bottom, area_top, ring = page.evaluate(
        """() => {
            const label = document.querySelector("label[for='rv-add-source']");
            const range = document.createRange();
            range.selectNodeContents(label);
            const area = document.getElementById("rv-add-source");
            const s = getComputedStyle(area);
            const shadow = (s.boxShadow.match(/-?[\\d.]+px/g) || []).map(parseFloat);
            return [
                Math.max(...[...range.getClientRects()].map((r) => r.bottom)),
                area.getBoundingClientRect().top,
                Math.max(
                    parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset),
                    shadow.length >= 4 ? shadow[3] : 0,
                ),
            ];
        }"""
    )
    # All of the label's text (both lines in the narrow box) stays clear of the focus ring.
    assert ring > 0
    assert text_bottom <= area_top - ring, (text_bottom, area_top, ring)
