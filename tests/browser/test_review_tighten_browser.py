"""Issue 12, nader anonimiseren: Informatiebeheer blacks out a word the detector missed in an
archived record, by selecting it on the review page; a redaction there cannot be undone."""

import pytest
from django.utils import timezone

from chats.constants import SubmissionStatus
from chats.models import Message, RedactionSpan
from tests.browser.test_review_browser import _drag_select
from tests.factories import processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_informatiebeheer_blacks_out_more_in_an_archived_record(
    page, live_server, login, make_user
):
    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(
        onderwerp="Omgewaaide boom Hoofdstraat",
        status=SubmissionStatus.GEARCHIVEERD,
        archived_at=timezone.now(),
    )
    page.set_viewport_size({"width": 1366, "height": 900})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    assert "Nader anonimiseren." in page.locator("#rv-tighten").inner_text()

    # A redaction of the archived record is no button: a click leaves it applied.
    phone = page.locator("#m-0 mark.rv-red.on")
    assert phone.count() == 1
    assert phone.get_attribute("role") is None
    phone.click()
    assert "/beoordelen/" in page.url
    assert RedactionSpan.objects.get(submission=submission, message__seq=0).active

    _drag_select(page, "#m-0 .rv-text", "Hoofdstraat")
    page.locator("#rv-add").wait_for(state="visible")
    page.select_option("#rv-add-label", "ADDRESS")
    page.click("#rv-add-submit")
    page.wait_for_load_state()
    page.locator("#m-0 mark.rv-red.on[data-label='[ADRES]']").wait_for()
    assert "Weggelaten in het gearchiveerde archiefstuk" in page.content()
    assert "Hoofdstraat" not in Message.objects.get(submission=submission, seq=0).text_redacted
