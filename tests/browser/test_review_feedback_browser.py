"""What an action on the review page did is said where the reviewer is (walk 31).

In a 5,000-message chat 'Daar ook weglakken als [NAAM]' redacted the word at 50 other places and
came back to the message's #anchor, far down the page, while its confirmation ('Op 50 andere
plekken ook weggelakt') sat in the message list at the top of the page: the reviewer saw nothing
happen. Releasing an attachment (#b-…) was the same."""

import pytest
from playwright.sync_api import expect

from tests.browser.selection import select_text_in
from tests.factories import processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_confirmation_of_redacting_a_word_everywhere_is_in_view(
    page, live_server, login, make_user
):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(messages=42)
    page.set_viewport_size({"width": 1280, "height": 800})
    login("informatiebeheer")
    review = f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/"
    page.goto(f"{review}?bericht=34#m-34")
    select_text_in(page, "#m-34 .rv-text", "weggehaald")
    page.click("#rv-add-submit")
    page.wait_for_url("**#m-34")
    page.locator("#m-34").get_by_role("button", name="Daar ook weglakken").click()
    page.wait_for_url("**#m-34")

    confirmation = page.locator("ul.messagelist li.success")
    expect(confirmation).to_contain_text("andere plekken ook weggelakt")
    expect(confirmation).to_be_in_viewport()
    # The message it is about is still in view: the confirmation covers nothing of it.
    expect(page.locator("#m-34 .rv-head")).to_be_in_viewport()
    bar_bottom, head_top = page.evaluate(
        """() => [document.getElementById("rv-selection").getBoundingClientRect().bottom,
                  document.querySelector("#m-34 .rv-head").getBoundingClientRect().top]"""
    )
    assert head_top >= bar_bottom - 1


def test_a_search_in_the_chat_lands_at_its_results(page, live_server, login, make_user):
    # Walk 31: searching 'kademuur' came back at the top of the page, the 52 hits below the
    # submission's details; after following an attachment's link (#m-2600) the old anchor stayed
    # in the address as well.
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(messages=42)
    page.set_viewport_size({"width": 1280, "height": 800})
    login("informatiebeheer")
    review = f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/"
    page.goto(f"{review}?bericht=30#m-30")
    page.fill("#rv-search", "weggehaald")
    page.press("#rv-search", "Enter")
    page.wait_for_url("**zoek=weggehaald**")
    assert "#m-30" not in page.url
    title = page.locator("#rv-page-title")
    expect(title).to_contain_text("met ‘weggehaald’")
    expect(title).to_be_in_viewport()

    page.select_option("#rv-day", index=0)
    page.click("#rv-day-form button[type=submit]")
    page.wait_for_url("**dag=**")
    expect(page.locator("#rv-page-title")).to_be_in_viewport()


def test_the_next_page_of_a_day_opens_at_its_first_message(page, live_server, login, make_user):
    # Walk 31: 'volgende pagina ›' under message #200 opened page 2 at the top of the review
    # page, the submission's details, 200 messages' worth of scrolling away from #201.
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(messages=230)
    page.set_viewport_size({"width": 1280, "height": 800})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    page.locator(".rv-pager a[rel=next]").last.click()
    page.wait_for_url("**pagina=2**")
    expect(page.locator("#rv-page-title")).to_be_in_viewport()
    expect(page.locator("#m-200 .rv-head")).to_be_in_viewport()
