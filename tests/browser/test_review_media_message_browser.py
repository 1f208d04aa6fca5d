"""A message that is only an attachment (a photo, a voice note) has no message text to black out, so the
keyboard's 'Weglakken…' button is not offered there (walk of stop 26: it was, on every photo
and voice note of a 5,000-message chat, and opened an empty dialog)."""

import pytest
from playwright.sync_api import expect

from chats.models import Message
from tests.factories import MediaItemFactory, processed_submission

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
    expect(buttons).to_have_attribute("aria-label", "Tekst in de afbeelding weglakken…")


def test_zwart_maken_names_a_pdfs_text_as_the_files(page, live_server, login, make_user):
    # A PDF's text is shown as 'Tekst in het bestand'; its keyboard button must not announce
    # 'de afbeelding' to a screen reader (walk of stop 30).
    make_user("informatiebeheer", "Informatiebeheer", staff=True)
    submission = processed_submission(messages=40)
    holder = Message.objects.filter(submission=submission, text="").order_by("seq").last()
    MediaItemFactory(
        submission=submission,
        seq=9,
        message=holder,
        mime_type="application/pdf",
        name="00000009-Offerte.pdf",
        derived__mime_type="application/pdf",
        derived__original_name="Offerte.pdf",
        ocr_text="Offerte herbestrating Jan Steenstraat",
        ocr_text_redacted="Offerte herbestrating [ADRES]",
    )
    login("informatiebeheer")
    page.goto(
        f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/"
        f"?bericht={holder.seq}#m-{holder.seq}"
    )
    expect(page.locator(f"#m-{holder.seq} figcaption")).to_contain_text("Tekst in het bestand")
    button = page.locator(f"#m-{holder.seq} .rv-text[data-target=media] + .rv-keyboard-add")
    expect(button).to_have_attribute("aria-label", "Tekst in het bestand weglakken…")
