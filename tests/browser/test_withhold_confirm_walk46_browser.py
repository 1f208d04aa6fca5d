"""Withholding an attachment of an archived record, by keyboard only (walk 46): 'Achterhouden'
opens a confirmation page that says what happens; 'Nee, terug' returns without a change and
'Ja, achterhouden' withholds. The page passes axe (WCAG 2.1 AA)."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chats.constants import MediaRelease, SubmissionStatus
from tests.browser.axe import describe, run_axe
from tests.factories import processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _press(page, name: str) -> None:
    """Move the focus there by Tab, as a keyboard user does, and press Enter."""
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.innerText") == name:
            page.keyboard.press("Enter")
            return
    raise AssertionError(f"{name!r} not reached by Tab")


def test_withholding_an_archived_attachment_by_keyboard(page, live_server, login, make_user):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(messages=6)
    submission.status = SubmissionStatus.GEARCHIVEERD
    submission.archived_at = timezone.now()
    submission.save(update_fields=["status", "archived_at"])
    media = submission.media.get()
    login("informatiebeheer")
    review = f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/"
    page.goto(review)
    page.locator(f"#b-{media.pk} button", has_text="Achterhouden").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#rv-withhold-gevolgen")).to_contain_text("verouderd")
    assert describe("bevestigen", run_axe(page)) == []
    media.refresh_from_db()
    assert media.release != MediaRelease.ACHTERGEHOUDEN

    _press(page, "Nee, terug")
    page.wait_for_url(f"**/beoordelen/**#b-{media.pk}")
    media.refresh_from_db()
    assert media.release != MediaRelease.ACHTERGEHOUDEN

    page.locator(f"#b-{media.pk} button", has_text="Achterhouden").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#rv-withhold-yes")).to_be_visible()
    _press(page, "Ja, achterhouden")
    page.wait_for_url(f"**#b-{media.pk}")
    expect(page.locator("body")).to_contain_text("is achtergehouden")
    media.refresh_from_db()
    assert media.release == MediaRelease.ACHTERGEHOUDEN
