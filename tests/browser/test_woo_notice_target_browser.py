"""A Woo notice ("Persoonsgegeven gezien?") opens the review page at the message it names, marked
and focused, so Informatiebeheer blacks the word out there (walk of stop 44: the page opened at
the day, the message was not to be told from its neighbours)."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chats.constants import SubmissionStatus
from tests.factories import processed_submission
from woo.models import WooMelding

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_notice_link_focuses_the_message_it_names(page, live_server, login, make_user):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    woo = make_user("woo", "Medewerker", "Woo-behandelaar")
    submission = processed_submission(
        messages=42, status=SubmissionStatus.GEARCHIVEERD, archived_at=timezone.now()
    )
    notice = WooMelding.objects.create(
        submission=submission, nummer=31, tekst="Een naam in bericht 31.", gemeld_door=woo
    )
    page.set_viewport_size({"width": 1280, "height": 800})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/woo/woomelding/{notice.pk}/change/")
    expect(page.locator("body")).to_contain_text(f"WA-{submission.pk:06d}")
    page.get_by_role("link", name="Bericht #31 op de beoordelingspagina").click()
    page.wait_for_url("**#m-30")
    page.wait_for_load_state("load")
    message = page.locator("#m-30")
    expect(message).to_have_class(re.compile(r"\brv-here\b"))
    expect(message).to_be_focused()
    expect(message.locator(".rv-head")).to_be_in_viewport()
    assert page.locator(".rv-here").count() == 1
