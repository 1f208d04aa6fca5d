"""A passage a Woo officer selects after an emoji is the passage blacked out (review rev44,
stop 44): besluit.js added the browser's UTF-16 offset (an emoji is two units) to the server's
character offset, so the passage sent was cut one character right per emoji and, when the same
words stood twice, the wrong occurrence was blacked out."""

import pytest

from woo.models import WooPassage
from woo.services import selectie_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = "😀👍 Het bod is veertig mille, echt veertig mille 🙈 en dat is veel."
PASSAGE = "veertig mille"


def test_the_second_of_two_passages_after_emoji_is_the_one_blacked_out(
    page, live_server, login, woo_user, verzoek, make_record, zaak
):
    chat = make_record([TEXT], zaak=zaak)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk)
    message = chat.messages.get()
    page.set_viewport_size({"width": 1280, "height": 900})
    login("woo")
    page.goto(f"{live_server.url}/woo/verzoeken/{verzoek.pk}/beoordelen/{chat.pk}/")
    # The second "veertig mille": select it by its place, not by the first match.
    page.evaluate(
        """([selector, needle]) => {
            const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
            let node;
            while ((node = walker.nextNode())) {
                const at = node.textContent.lastIndexOf(needle);
                if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + needle.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    return;
                }
            }
            throw new Error("not found");
        }""",
        [f'.woo-text[data-message="{message.pk}"]', PASSAGE],
    )
    page.locator(f'.woo-text[data-message="{message.pk}"]').dispatch_event("mouseup")
    form = page.locator(f'.woo-passage-form[data-message="{message.pk}"]')
    assert form.locator("input[name=passage]").input_value() == PASSAGE
    form.locator("select[name=grond]").select_option("5.1.2e")
    form.locator("button:has-text('Weglakken')").click()
    page.wait_for_load_state()
    passage = WooPassage.objects.get()
    second = TEXT.rindex(PASSAGE)
    assert (passage.start, passage.end) == (second, second + len(PASSAGE))
