"""A passage selected after an emoji is blacked out whole (review rev44, stop 44).

The browser counts an emoji as two UTF-16 units, the server as one character: review.js sent
the selection in UTF-16 units, so after an emoji the server cut one character too far right
("Hoi 😀 J[NAAM]komt"), before and after the purge, and an archived record cannot undo it."""

import pytest
from django.utils import timezone

from chats.constants import SubmissionStatus
from chats.models import Message, RedactionSpan
from tests.factories import processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EMOJI = "😀👍 "  # two characters outside the BMP: four UTF-16 units


def _emoji_first(submission) -> Message:
    """Put the emoji at the start of message 0, its spans moved along (original and redacted)."""
    message = Message.objects.get(submission=submission, seq=0)
    message.text = EMOJI + message.text
    message.text_redacted = EMOJI + message.text_redacted
    message.save(update_fields=["text", "text_redacted"])
    for span in RedactionSpan.objects.filter(message=message):
        span.start += len(EMOJI)
        span.end += len(EMOJI)
        span.save(update_fields=["start", "end"])
    return message


def _select(page, selector: str, needle: str) -> None:
    """Select `needle` in the first text node under `selector` as a DOM Range (what a drag
    makes; a drag's end point moves when the emoji font arrives late) and release the mouse."""
    page.evaluate(
        """([selector, needle]) => {
            const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.textContent.indexOf(needle);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + needle.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    document.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
                    return;
                }
            }
            throw new Error("not found: " + needle);
        }""",
        [selector, needle],
    )


def _black_out(page, live_server, submission, needle: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    _select(page, "#m-0 .rv-text", needle)
    page.locator("#rv-add").wait_for(state="visible")
    assert page.locator("#rv-add-text").inner_text() == needle
    page.select_option("#rv-add-label", "ADDRESS")
    page.click("#rv-add-submit")
    page.wait_for_load_state()
    # Under review the mark shows the original words, after the purge the placeholder.
    page.locator(
        "#m-0 mark.rv-red.on[data-label='[ADRES]'], #m-0 mark.rv-red.on:has-text('[ADRES]')"
    ).wait_for()


def test_a_passage_after_an_emoji_under_review_is_blacked_out_whole(
    page, live_server, login, make_user
):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(onderwerp="Omgewaaide boom")
    message = _emoji_first(submission)
    login("informatiebeheer")
    _black_out(page, live_server, submission, "Hoofdstraat")
    span = RedactionSpan.objects.get(message=message, label="ADDRESS")
    assert message.text[span.start : span.end] == "Hoofdstraat"
    message.refresh_from_db()
    assert message.text_redacted.startswith(EMOJI + "Goedemorgen, de boom aan de [ADRES] is")


def test_a_passage_after_an_emoji_is_blacked_out_whole_once_the_originals_are_purged(
    page, live_server, login, make_user
):
    from chats.purge import originals_purge

    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(
        onderwerp="Omgewaaide boom",
        status=SubmissionStatus.GEARCHIVEERD,
        archived_at=timezone.now(),
    )
    message = _emoji_first(submission)
    originals_purge(submission_id=submission.pk)
    login("informatiebeheer")
    _black_out(page, live_server, submission, "Hoofdstraat")
    message.refresh_from_db()
    assert message.text_redacted == (
        EMOJI + "Goedemorgen, de boom aan de [ADRES] is omgewaaid. Bel me op [TELEFOONNUMMER]."
    )
