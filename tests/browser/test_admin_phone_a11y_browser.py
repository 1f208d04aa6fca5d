"""The admin pages Informatiebeheer works in pass axe-core at a phone's width too (walk of stop 33:
at 390 px the queue's 'Alles tonen' link was told apart from the text around it by colour only)."""

import pytest

from tests.browser.axe import describe, run_axe
from tests.factories import processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "geheim-wachtwoord-123"


@pytest.mark.parametrize("width", [390, 320])
def test_the_queue_and_the_review_search_pass_axe_on_a_phone(
    browser, live_server, make_user, width
):
    make_user("ib", "Informatiebeheer", staff=True)
    submission = processed_submission(onderwerp="Omgewaaide boom Hoofdstraat", messages=30)
    processed_submission(onderwerp="Losliggende stoeptegels")
    context = browser.new_context(
        locale="nl-NL", viewport={"width": width, "height": 844}, bypass_csp=True
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        page.goto(live_server.url + "/accounts/login/")
        page.fill("#id_username", "ib")
        page.fill("#id_password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_load_state()
        problems = []
        for state, path in (
            ("wachtrij", "/admin/chats/submission/"),
            ("wachtrij gezocht", "/admin/chats/submission/?q=boom"),
            (
                "beoordelingspagina zoeken",
                f"/admin/chats/submission/{submission.pk}/beoordelen/?zoek=boom",
            ),
        ):
            page.goto(live_server.url + path)
            page.wait_for_load_state()
            problems += describe(f"{state} ({width} px)", run_axe(page))
        assert not problems, "\n".join(problems)
    finally:
        context.close()
