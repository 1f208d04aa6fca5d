"""A 5,000-message chat reviewed in Chromium: a period plus the hits of a search are selected on
the paged transcript, it is archived, and the PDF holds exactly those messages."""

import io
import re
from datetime import datetime, timedelta

import pytest
from django.core.files.storage import default_storage
from playwright.sync_api import expect

from chats.constants import RENDITION_KEY, SubmissionStatus
from chats.models import Message, StoredFile
from demo.generators.review import review_chat, sent_at
from tests.factories import AMSTERDAM, SelectielijstResultaatFactory, ZaakFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

QUERY = "klachten over de Markt"
PERIOD = (
    datetime(2024, 3, 12, 14, 0, tzinfo=AMSTERDAM),
    datetime(2024, 3, 12, 15, 30, tzinfo=AMSTERDAM),
)


def pdf_seqs(data: bytes) -> set[int]:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    # The PDF numbers messages from #1 (seq 0).
    return {int(number) - 1 for number in re.findall(r"#(\d+)", text)}


def test_a_long_chat_is_selected_by_period_and_search_and_archived(
    page, live_server, login, make_user
):
    user = make_user("informatiebeheer", "Medewerker", "Informatiebeheer", staff=True)
    submission = review_chat(user=user, messages=5000, photos=20, onderwerp="Werkgroep Markt")
    zaak = ZaakFactory(zaaknummer="Z-2024-000777", omschrijving="Klachten Markt")
    resultaat = SelectielijstResultaatFactory(nummer="15.1", bewaartermijn="P5Y")
    # What the reviewer should end up with, worked out here from the generator, not the app.
    start, end = PERIOD
    in_period = {seq for seq in range(5000) if start <= sent_at(seq) <= end + timedelta(seconds=59)}
    hits = {
        seq
        for seq, text in Message.objects.filter(submission=submission).values_list("seq", "text")
        if QUERY.lower() in text.lower()
    }
    assert 100 < len(in_period) < 200 and 20 < len(hits) < 300
    expected = in_period | hits

    page.set_viewport_size({"width": 1366, "height": 900})
    login("informatiebeheer")
    page.goto(f"{live_server.url}/admin/chats/submission/{submission.pk}/beoordelen/")
    count = page.locator("#rv-selected-count")
    expect(count).to_have_text("5.000")
    assert page.locator(".rv-pick").count() == 200  # one page, not 5,000 messages

    # None, then the period (date and time, from the page's own form).
    page.click("button[data-select=none]")
    expect(count).to_have_text("0")
    page.click("#rv-more summary")
    page.fill("#rv-period-from", start.strftime("%Y-%m-%dT%H:%M"))
    page.fill("#rv-period-to", end.strftime("%Y-%m-%dT%H:%M"))
    page.click("#rv-period button[value='1']")
    expect(count).to_have_text(str(len(in_period)))

    # Search within the chat, then select every hit (on all pages of hits).
    page.fill("#rv-search", QUERY)
    page.press("#rv-search", "Enter")
    expect(page.locator("#rv-page-title")).to_contain_text(f"{len(hits)} berichten met")
    page.click("#rv-search-select button[value='1']")
    expect(count).to_have_text(str(len(expected)))
    # The count stays in view while the transcript scrolls.
    page.mouse.wheel(0, 20_000)
    expect(count).to_be_in_viewport()

    # Archive to the zaak.
    page.click("#rv-decide .select2-selection")
    page.fill(".select2-search__field", "000777")
    page.locator(".select2-results__option", has_text="Z-2024-000777").click()
    page.select_option("#id_resultaat", str(resultaat.pk))
    page.click("#rv-archive-button")
    expect(page.locator("#rv-confirm-what")).to_contain_text(f"{len(expected)} berichten")
    page.click("#rv-confirm-button")
    page.wait_for_url("**/admin/chats/submission/", timeout=120_000)
    assert "is gearchiveerd bij zaak Z-2024-000777" in page.content()

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GEARCHIVEERD and submission.zaak == zaak
    assert submission.rendition_state == "klaar", submission.rendition_error
    pdf = StoredFile.objects.get(submission=submission, derived_key=RENDITION_KEY)
    assert pdf_seqs(default_storage.open(pdf.file.name).read()) == expected
