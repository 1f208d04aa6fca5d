"""Informatiebeheer reviews a processed export in headless Chromium and archives it to a zaak."""

from datetime import date

import pytest
from playwright.sync_api import expect

from chats.constants import RENDITION_KEY, SubmissionStatus
from chats.models import Message, RedactionSpan, StoredFile
from tests.factories import SelectielijstResultaatFactory, ZaakFactory, processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _drag_select(page, selector: str, needle: str) -> None:
    """Select `needle` inside the first text node under `selector` with a real mouse drag."""
    box = page.evaluate(
        """([selector, needle]) => {
            const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.textContent.indexOf(needle);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + needle.length);
                    const r = range.getBoundingClientRect();
                    return [r.left, r.top, r.right, r.bottom];
                }
            }
            return null;
        }""",
        [selector, needle],
    )
    assert box is not None, needle
    left, top, right, bottom = box
    middle = (top + bottom) / 2
    page.mouse.move(left + 1, middle)
    page.mouse.down()
    page.mouse.move(right - 1, middle, steps=8)
    page.mouse.up()


def test_informatiebeheer_reviews_and_archives_a_processed_export(
    page, live_server, login, make_user
):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(onderwerp="Omgewaaide boom Hoofdstraat")
    zaak = ZaakFactory(
        zaaknummer="Z-2024-000123",
        omschrijving="Melding omgewaaide boom Hoofdstraat",
        einddatum=date(2024, 3, 13),
    )
    resultaat = SelectielijstResultaatFactory(nummer="15.1", bewaartermijn="P5Y")
    page.set_viewport_size({"width": 1366, "height": 900})
    login("informatiebeheer")

    # The queue lists the export; open it.
    page.goto(f"{live_server.url}/admin/chats/submission/")
    page.click("text=Omgewaaide boom Hoofdstraat")
    page.wait_for_url("**/beoordelen/")
    assert "Deelnemer 1" in page.content()

    # Undo one redaction with one click: the phone number turns out to be the office's.
    phone = page.locator("#m-0 mark.rv-red.on")
    assert phone.count() == 1
    phone.click()
    page.wait_for_load_state()
    page.locator("#m-0 mark.rv-red.off").wait_for()
    phone_span = RedactionSpan.objects.get(submission=submission, message__seq=0)
    assert not phone_span.active

    # Redact something the detector missed by selecting it: the street name.
    _drag_select(page, "#m-0 .rv-text", "Hoofdstraat")
    page.locator("#rv-add").wait_for(state="visible")
    assert page.locator("#rv-add-text").inner_text() == "Hoofdstraat"
    page.select_option("#rv-add-label", "ADDRESS")
    page.click("#rv-add-submit")
    page.wait_for_load_state()
    page.locator("#m-0 mark.rv-red.on[data-label='[ADRES]']").wait_for()

    # Select messages #1..#4: none, then a click and a shift-click (saved at once, no reload).
    page.click("button[data-select=none]")
    page.wait_for_load_state()
    expect(page.locator("#rv-selected-count")).to_have_text("0")
    page.locator("input[data-number='1']").click()
    expect(page.locator("#rv-selected-count")).to_have_text("1")
    page.locator("input[data-number='4']").click(modifiers=["Shift"])
    expect(page.locator("#rv-selected-count")).to_have_text("4")
    expect(page.locator("#rv-selection-status")).to_contain_text("Nu 4 van de 6 berichten")

    # Attach the zaak through the autocomplete and choose the selectielijst result.
    page.click("#rv-decide .select2-selection")
    page.fill(".select2-search__field", "000123")
    page.locator(".select2-results__option", has_text="Z-2024-000123").click()
    page.select_option("#id_resultaat", str(resultaat.pk))
    page.click("#rv-archive-button")

    # The retention is shown before confirming.
    page.locator("#rv-confirm").wait_for()
    assert page.locator("#rv-archiefactiedatum").inner_text() == "13-03-2029"
    page.click("#rv-confirm-button")
    page.wait_for_url("**/admin/chats/submission/")
    assert "is gearchiveerd bij zaak Z-2024-000123" in page.content()

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GEARCHIVEERD
    assert submission.zaak == zaak and submission.originals_purged_at is not None
    kept = Message.objects.filter(submission=submission).order_by("seq")
    assert list(kept.values_list("seq", flat=True)) == [0, 1, 2, 3]
    first = kept.first().text_redacted
    assert "06-12345678" in first and "[ADRES]" in first and "Hoofdstraat" not in first
    assert StoredFile.objects.filter(submission=submission, derived_key=RENDITION_KEY).exists()

    # The record's PDF opens from the (now read-only) review page.
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    response = page.request.get(live_server.url + page.locator("#rv-pdf").get_attribute("href"))
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")


def test_a_refused_archive_puts_its_reason_in_view_and_in_focus(
    page, live_server, login, make_user
):
    # Walk 28: archiving with a zaak that has no result yet came back scrolled to the decide card
    # while the reason ("Deze zaak heeft nog geen resultaat ...") sat above the viewport, and focus
    # was on the page itself: a keyboard or screen-reader user heard nothing.
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(onderwerp="Omgewaaide boom Hoofdstraat")
    zaak = ZaakFactory(zaaknummer="Z-2024-000777", resultaat=None)
    page.set_viewport_size({"width": 1280, "height": 800})
    login("informatiebeheer")
    page.goto(
        f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/?zaak={zaak.pk}"
    )
    page.focus("#rv-archive-button")
    page.keyboard.press("Enter")
    page.wait_for_url("**#rv-decide")
    reason = page.locator(".messagelist li.error")
    expect(reason).to_contain_text("Deze zaak heeft nog geen resultaat")
    expect(page.locator(".messagelist")).to_be_focused()
    expect(reason).to_be_in_viewport()
