"""Walk 46: a word blacked out by hand in one screenshot's text is offered for blacking out in
the other screenshots of the record too ("Daar ook weglakken"), as the README promises: on the
review page and, once archived, when Informatiebeheer blacks out more (nader anonimiseren).
Only a message's redaction was offered; a screenshot's was not."""

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus, UploadKind
from chats.models import MediaItem
from tests.factories import MediaItemFactory, SubmissionFactory

pytestmark = pytest.mark.django_db

WORD = "Reestbrug"


@pytest.fixture
def shots():
    submission = SubmissionFactory(upload_kind=UploadKind.SCREENSHOTS)
    texts = [
        f"Goedemorgen\nDe {WORD} is kapot\n09:12",
        f"Welke kant van de {WORD}?\n09:14",
        "Aan de kant van de bakker\n09:15",
    ]
    items = [
        MediaItemFactory(submission=submission, seq=n, ocr_text=t, ocr_text_redacted=t)
        for n, t in enumerate(texts)
    ]
    return submission, items


def _black_out(client, item: MediaItem, word: str) -> str:
    start = item.ocr_text.index(word)
    add = reverse("admin:chats_submission_redaction_add", args=[item.submission_id])
    response = client.post(
        add,
        {
            "target": "media",
            "target_id": item.pk,
            "start": start,
            "end": start + len(word),
            "label": "ADDRESS",
        },
    )
    return client.get(response["Location"]).content.decode()


def _offer_button(page: str) -> str:
    return page.split('id="rv-alike"', 1)[1].split("</form>", 1)[0]


@pytest.mark.parametrize("status", [SubmissionStatus.TE_BEOORDELEN, SubmissionStatus.GEARCHIVEERD])
def test_a_word_blacked_out_in_a_screenshot_is_offered_in_the_others(ib_client, shots, status):
    submission, (first, second, third) = shots
    submission.status = status
    submission.save(update_fields=["status"])
    page = _black_out(ib_client, first, WORD)
    assert f"‘{WORD}’ is op nog 1 andere plek in dit gesprek niet weggelakt." in page
    assert "Daar ook weglakken als [ADRES]" in _offer_button(page)
    # Shown with the screenshot it was blacked out in.
    assert page.index(f'id="b-{first.pk}"') < page.index('id="rv-alike"')

    url = reverse(
        "admin:chats_submission_redaction_add_alike",
        args=[submission.pk, first.redactions.get().pk],
    )
    done = ib_client.post(url, follow=True).content.decode()
    assert f"Op 1 andere plek ook weggelakt: ‘{WORD}’." in done
    second.refresh_from_db()
    third.refresh_from_db()
    assert WORD not in second.ocr_text_redacted and "[ADRES]" in second.ocr_text_redacted
    assert third.redactions.count() == 0


def test_after_the_purge_a_passage_blacked_out_in_a_screenshot_is_offered_in_the_others(
    ib_client, shots
):
    from django.utils import timezone

    from chats.review.text import text_version

    submission, (first, second, _third) = shots
    submission.status = SubmissionStatus.GEARCHIVEERD
    submission.originals_purged_at = timezone.now()
    submission.save(update_fields=["status", "originals_purged_at"])
    text = first.ocr_text_redacted
    start = text.index(WORD)
    add = reverse("admin:chats_submission_redaction_add", args=[submission.pk])
    response = ib_client.post(
        add,
        {
            "target": "media",
            "target_id": first.pk,
            "start": start,
            "end": start + len(WORD),
            "label": "ADDRESS",
            "versie": text_version(text),
        },
    )
    page = ib_client.get(response["Location"]).content.decode()
    assert f"‘{WORD}’ is op nog 1 andere plek in dit gesprek niet weggelakt." in page
    offer = _offer_button(page)
    assert "Daar ook weglakken als [ADRES]" in offer
    assert page.index(f'id="b-{first.pk}"') < page.index('id="rv-alike"')
