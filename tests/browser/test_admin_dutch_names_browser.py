"""The admin's search field is named in Dutch: Django's search form names it with an icon whose
alt text is the English "Search", which a screen reader reads as the field's name."""

import pytest
from playwright.sync_api import expect

from tests.factories import SubmissionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_queue_search_field_is_called_zoeken(page, live_server, login, make_user):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer")
    SubmissionFactory(onderwerp="Omgewaaide boom")
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/")
    expect(page.get_by_role("textbox", name="Zoeken", exact=True)).to_have_id("searchbar")
    assert page.get_by_role("img", name="Search").count() == 0
