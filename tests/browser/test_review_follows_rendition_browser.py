"""Informatiebeheer's review page of a record whose PDF is being made updates the PDF's status
in place: the keyboard focus stays where the user left it (walk of stop 34: the admin page
still reloaded itself every 10 s while a 5,000-message PDF was made)."""

import pytest

from chats.constants import RENDITION_KEY, FileRole, RenditionState
from chats.models import Submission
from tests.factories import StoredFileFactory, processed_submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_review_page_follows_the_pdf_without_moving_the_focus(page, live_server, login, ib):
    archived = processed_submission(gearchiveerd=True, rendition_state=RenditionState.BEZIG)
    login("inge")
    page.goto(f"{live_server.url}/admin/chats/submission/{archived.pk}/beoordelen/")
    assert "wordt gemaakt" in page.locator("#rv-rendition").inner_text()
    queue = page.get_by_role("link", name="Beoordelingswachtrij")
    queue.focus()
    page.evaluate("window.__same_document = true")
    # An outage while the PDF is made: the status part shows it without a reload.
    Submission.objects.filter(pk=archived.pk).update(rendition_error="De PDF-dienst hapert.")
    page.get_by_text("De PDF-dienst hapert.").wait_for(timeout=25_000)
    assert page.evaluate("window.__same_document === true"), "the page was reloaded"
    assert page.evaluate("document.activeElement.textContent") == "Beoordelingswachtrij"

    # Once the PDF is made the page shows its link (a reload is fine then).
    StoredFileFactory(
        submission=archived,
        role=FileRole.DERIVED,
        derived_key=RENDITION_KEY,
        original_name="archiefstuk.pdf",
        mime_type="application/pdf",
        content=b"%PDF-1.7 archiefstuk",
    )
    Submission.objects.filter(pk=archived.pk).update(
        rendition_state=RenditionState.KLAAR, rendition_error=""
    )
    page.locator("#rv-pdf").wait_for(timeout=25_000)
