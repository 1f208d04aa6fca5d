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
    assert "Weggelakt in het gearchiveerde archiefstuk" in page.content()
    assert "Hoofdstraat" not in Message.objects.get(submission=submission, seq=0).text_redacted


def test_informatiebeheer_blacks_out_more_in_the_redacted_text_once_the_originals_are_purged(
    page, live_server, login, make_user
):
    """The originals purged at archiving (the default): the passage is selected in the redacted
    text, as before the purge, and replaced there by the placeholder of the kind chosen."""
    from audit.models import AuditEvent
    from chats.purge import originals_purge

    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(
        onderwerp="Omgewaaide boom Hoofdstraat",
        status=SubmissionStatus.GEARCHIVEERD,
        archived_at=timezone.now(),
    )
    originals_purge(submission_id=submission.pk)
    assert Message.objects.get(submission=submission, seq=0).text == ""
    page.set_viewport_size({"width": 1366, "height": 900})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    tighten = page.locator("#rv-tighten").inner_text()
    assert "Nader anonimiseren." in tighten
    assert "u lakt weg in de geanonimiseerde tekst" in tighten

    # What was blacked out is no button: a click leaves it as it is.
    phone = page.locator("#m-0 mark.rv-red.on")
    assert phone.count() == 1
    assert phone.inner_text() == "[TELEFOONNUMMER]"
    assert phone.get_attribute("role") is None
    phone.click()
    assert "/beoordelen/" in page.url

    _drag_select(page, "#m-0 .rv-text", "Hoofdstraat")
    page.locator("#rv-add").wait_for(state="visible")
    assert page.locator("#rv-add-text").inner_text() == "Hoofdstraat"
    page.select_option("#rv-add-label", "ADDRESS")
    page.click("#rv-add-submit")
    page.wait_for_load_state()
    page.locator("#m-0 mark.rv-red.on", has_text="[ADRES]").wait_for()
    assert "Weggelakt in het gearchiveerde archiefstuk" in page.content()
    assert "Hoofdstraat" not in page.locator("#m-0 .rv-text").inner_text()
    assert Message.objects.get(submission=submission, seq=0).text_redacted == (
        "Goedemorgen, de boom aan de [ADRES] is omgewaaid. Bel me op [TELEFOONNUMMER]."
    )
    span = RedactionSpan.objects.get(submission=submission, on_redacted=True)
    assert (span.label, span.active) == ("ADDRESS", True)
    event = AuditEvent.objects.filter(action="redaction.added").latest("pk")
    assert event.detail["reason"] == "nader anonimiseren"
    assert "Hoofdstraat" not in str(event.detail)


def test_informatiebeheer_blacks_out_more_in_the_onderwerp_once_the_originals_are_purged(
    page, live_server, login, make_user
):
    """Review 45: the onderwerp Woo and the PDF show is selected on the review page like a
    message's redacted text, and replaced there by the placeholder."""
    from chats.models import Submission
    from chats.purge import originals_purge

    make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = processed_submission(
        onderwerp="Omgewaaide boom Hoofdstraat",
        status=SubmissionStatus.GEARCHIVEERD,
        archived_at=timezone.now(),
    )
    originals_purge(submission_id=submission.pk)
    page.set_viewport_size({"width": 1366, "height": 900})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    button = page.locator("#rv-typed-onderwerp + button.rv-keyboard-add")
    assert button.get_attribute("aria-label") == "Onderwerp weglakken…"

    _drag_select(page, "#rv-typed-onderwerp", "Hoofdstraat")
    page.locator("#rv-add").wait_for(state="visible")
    assert page.locator("#rv-add-text").inner_text() == "Hoofdstraat"
    page.select_option("#rv-add-label", "ADDRESS")
    page.click("#rv-add-submit")
    page.wait_for_load_state()
    page.locator("#rv-typed-onderwerp mark.rv-red.on", has_text="[ADRES]").wait_for()
    assert "Woo toont de tekst niet meer" in page.content()
    submission = Submission.objects.get(pk=submission.pk)
    assert submission.onderwerp_redacted == "Omgewaaide boom [ADRES]"
    assert submission.onderwerp == "Omgewaaide boom [ADRES]"
