"""The 'Weglakken…' button under the text read from a screenshot starts on a line of its own
(walk of stop 33: it stood glued to the last OCR line, 'Bericht @Zwart maken…', as if part of the
text)."""

import pytest

from chats.models import Message
from tests.factories import MediaItemFactory, processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_button_under_an_attachments_text_is_below_the_text(
    page, live_server, login, make_user
):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(messages=8)
    holder = Message.objects.filter(submission=submission, text="").order_by("seq").last()
    item = MediaItemFactory(
        submission=submission,
        seq=7,
        message=holder,
        mime_type="application/pdf",
        ocr_text="Rapport rioolputdeksel\nopgesteld door de buitendienst. Bericht",
        ocr_text_redacted="Rapport rioolputdeksel\nopgesteld door de buitendienst. Bericht",
    )
    page.set_viewport_size({"width": 1366, "height": 900})
    login("informatiebeheer")
    page.goto(
        f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/?bericht={holder.seq}"
    )
    text = page.locator(f".rv-ocr[data-id='{item.pk}']")
    button = page.locator(f"#b-{item.pk} .rv-keyboard-add")
    text_box, button_box = text.bounding_box(), button.bounding_box()
    assert button_box["y"] >= text_box["y"] + text_box["height"] - 1, (text_box, button_box)
