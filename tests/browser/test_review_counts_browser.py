"""The review page in Chromium: the keyboard button of a message names the number shown beside
it, and the day heading's count follows the checkboxes as the selection bar's does."""

import pytest
from playwright.sync_api import expect

from tests.factories import processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def review_page(page, live_server, login, make_user):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(onderwerp="Omgewaaide boom Hoofdstraat")
    page.set_viewport_size({"width": 1366, "height": 900})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    return page


def test_the_keyboard_redaction_button_names_the_message_number_shown(review_page):
    first = review_page.locator("#m-0")
    expect(first.locator(".rv-pick")).to_contain_text("#1")
    expect(first.locator(".rv-keyboard-add").first).to_have_attribute(
        "aria-label", "Tekst van bericht #1 weglakken…"
    )


def test_the_day_heading_counts_along_with_the_checkboxes(review_page):
    day = review_page.locator("#rv-day-selected")
    before = int(day.inner_text())
    review_page.locator("input[data-number='1']").click()
    expect(review_page.locator("#rv-selection-status")).to_contain_text("uit de selectie")
    expect(day).to_have_text(str(before - 1))
    review_page.locator("input[data-number='1']").click()
    expect(review_page.locator("#rv-selection-status")).to_contain_text("1 bericht geselecteerd")
    expect(day).to_have_text(str(before))


def test_the_keyboard_button_of_an_archived_record_names_the_message_number(
    page, live_server, login, make_user
):
    """Walk fixw2 (D): an archived record has no checkboxes; the button read "Tekst van bericht
    weglakken…" without its number."""
    from django.utils import timezone

    from chats.constants import SubmissionStatus

    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(
        onderwerp="Omgewaaide boom Hoofdstraat",
        status=SubmissionStatus.GEARCHIVEERD,
        archived_at=timezone.now(),
    )
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    third = page.locator("#m-2")
    expect(third.locator(".rv-pick")).to_have_count(0)
    expect(third.locator(".rv-keyboard-add").first).to_have_attribute(
        "aria-label", "Tekst van bericht #3 weglakken…"
    )
