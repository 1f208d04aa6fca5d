"""A message that is only an attachment (a photo, a voice note) has no message text to black out, so the
keyboard's 'Zwart maken…' button is not offered there (walk of stop 26: it was, on every photo
and voice note of a 5,000-message chat, and opened an empty dialog)."""

import pytest
from playwright.sync_api import expect

from tests.factories import processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_zwart_maken_is_offered_on_text_only(page, live_server, login, make_user):
    make_user("informatiebeheer", "Informatiebeheer", staff=True)
    submission = processed_submission()  # seq 3 is a photo without text
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    expect(page.locator("#m-0 .rv-keyboard-add")).to_have_count(1)
    expect(page.locator("#m-3 .rv-media")).to_have_count(1)
    # The photo's text read by OCR keeps its button; the message's empty text gets none.
    buttons = page.locator("#m-3 .rv-keyboard-add")
    expect(buttons).to_have_count(1)
    expect(buttons).to_have_attribute("aria-label", "Tekst in de afbeelding zwart maken…")
