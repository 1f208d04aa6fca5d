"""On a search page of the review, where the hits are marked in the text, selecting text across a
hit still blacks out exactly the characters selected (the marks are pieces with their own offset)."""

import pytest

from chats.models import RedactionSpan
from tests.factories import processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _box(page, selector: str, needle: str, *, end: bool) -> tuple[float, float]:
    """The screen point at the start (or end) of `needle` in the text node under `selector` that holds it."""
    return page.evaluate(
        """([selector, needle, end]) => {
            const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.textContent.indexOf(needle);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + needle.length);
                    const r = range.getBoundingClientRect();
                    return [end ? r.right - 1 : r.left + 1, (r.top + r.bottom) / 2];
                }
            }
            return null;
        }""",
        [selector, needle, end],
    )


def test_a_selection_across_a_marked_hit_blacks_out_what_was_selected(
    page, live_server, login, make_user
):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(onderwerp="Omgewaaide boom Hoofdstraat")
    page.set_viewport_size({"width": 1366, "height": 900})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/?zoek=boom")
    text = "#m-0 .rv-text"
    assert page.locator(f"{text} mark.rv-hit").inner_text() == "boom"
    # From inside the marked hit to the street after it.
    page.locator(text).scroll_into_view_if_needed()
    start = _box(page, f"{text} mark.rv-hit", "oom", end=False)
    stop = _box(page, text, "Hoofdstraat", end=True)
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(*stop, steps=8)
    page.mouse.up()
    page.locator("#rv-add").wait_for(state="visible")
    assert page.locator("#rv-add-text").inner_text() == "oom aan de Hoofdstraat"
    page.select_option("#rv-add-label", "ADDRESS")
    page.click("#rv-add-submit")
    page.wait_for_load_state()
    page.locator("#m-0 mark.rv-red.on[data-label='[ADRES]']").wait_for()
    span = RedactionSpan.objects.get(submission=submission, message__seq=0, label="ADDRESS")
    assert span.message.text[span.start : span.end] == "oom aan de Hoofdstraat"
