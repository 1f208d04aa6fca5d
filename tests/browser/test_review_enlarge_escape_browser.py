"""The button "Vergroten" on the review page shows a screenshot at the page's width, which can
run far down the page. Escape made nothing smaller: a keyboard user had to find the button
again. Now Escape shrinks the enlarged image (focus on its button, inside its figure, or
nowhere) and puts focus back on "Vergroten"; Escape elsewhere (another part of the page) is
left alone."""

import pytest
from playwright.sync_api import expect

from chats.constants import UploadKind
from tests.conftest import png_bytes
from tests.factories import MediaItemFactory, SubmissionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shots(make_user):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = SubmissionFactory(upload_kind=UploadKind.SCREENSHOTS)
    items = [
        MediaItemFactory(
            submission=submission,
            seq=n,
            derived__content=png_bytes(360, 800),
            ocr_text="Hallo",
            ocr_text_redacted="Hallo",
        )
        for n in range(2)
    ]
    return submission, items


def _open(page, live_server, login, submission):
    page.set_viewport_size({"width": 1280, "height": 900})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")


def test_escape_shrinks_the_enlarged_image_and_focus_returns_to_its_button(
    page, live_server, login, shots
):
    submission, (first, _) = shots
    _open(page, live_server, login, submission)
    button = page.locator(f'.rv-enlarge[aria-controls="rv-shot-{first.pk}"]')
    shot = page.locator(f"#rv-shot-{first.pk}")

    # From the button itself.
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(shot).to_have_class("rv-shot woo-shot rv-large")
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_have_accessible_name("Vergroten (Schermafbeelding 1)")
    expect(button).to_be_focused()

    # From the link next to it ("Openen"), inside the same figure.
    button.click()
    page.keyboard.press("Tab")
    expect(page.locator(f"#b-{first.pk} .rv-shot-tools a")).to_be_focused()
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()

    # With nothing focused (the image itself was looked at).
    button.click()
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()


def test_escape_in_another_part_of_the_page_leaves_the_image_enlarged(
    page, live_server, login, shots
):
    submission, (first, second) = shots
    _open(page, live_server, login, submission)
    button = page.locator(f'.rv-enlarge[aria-controls="rv-shot-{first.pk}"]')
    button.click()
    other = page.locator(f'.rv-enlarge[aria-controls="rv-shot-{second.pk}"]')
    other.focus()
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(other).to_be_focused()
