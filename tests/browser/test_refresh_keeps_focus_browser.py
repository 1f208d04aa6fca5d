"""A page that follows a long job (an upload being processed, a Woo export being made) updates its
status in place: a keyboard or screen-reader user who moved on stays where they are (walk of
stop 33: a 5,000-message export took 88 s, and every 5 s the page reloaded and threw the focus
back to the top)."""

import pytest

from chats.constants import SubmissionStatus
from chats.models import Submission
from tests.factories import SubmissionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_progress_of_an_upload_updates_without_moving_the_focus(
    page, live_server, login, medewerker
):
    submission = SubmissionFactory(
        submitted_by=medewerker,
        status=SubmissionStatus.IN_VERWERKING,
        processed_at=None,
        progress_step="Bestanden uitpakken en controleren",
        progress_percent=10,
    )
    login("medewerker")
    page.goto(f"{live_server.url}/mijn-inzendingen/{submission.pk}/")
    back = page.get_by_role("link", name="← Mijn inzendingen")
    back.focus()
    page.evaluate("window.__same_document = true")
    Submission.objects.filter(pk=submission.pk).update(
        progress_step="Persoonsgegevens weglakken", progress_percent=45
    )
    page.get_by_text("Persoonsgegevens weglakken").wait_for(timeout=15_000)
    assert page.locator(".progress-bar").inner_text() == "45%"
    assert page.evaluate("window.__same_document === true"), "the page was reloaded"
    assert page.evaluate("document.activeElement.textContent") == "← Mijn inzendingen"

    # Once processing ends the page shows the outcome (a reload is fine then).
    Submission.objects.filter(pk=submission.pk).update(
        status=SubmissionStatus.TE_BEOORDELEN, progress_percent=100
    )
    page.locator("#uitkomst").wait_for(timeout=15_000)
    assert "Informatiebeheer beoordeelt het" in page.locator("#uitkomst").inner_text()
