"""Walk 46: "Achterhouden" on an attachment of an archived record acted at once, while it takes
the attachment out of Woo and the record's PDF and makes Woo exports holding the record
outdated. Now a confirmation page says so first (plain form and link: keyboard and screen
reader work without script); only "Ja, achterhouden" withholds. While reviewing (not yet
archived) it still acts at once: nothing has left the review yet."""

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.constants import MediaRelease, SubmissionStatus
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def _url(submission, media):
    return reverse("admin:chats_submission_media_release", args=[submission.pk, media.pk])


@pytest.fixture
def archived():
    submission = processed_submission(messages=6)
    submission.status = SubmissionStatus.GEARCHIVEERD
    submission.archived_at = timezone.now()
    submission.save(update_fields=["status", "archived_at"])
    media = submission.media.get()
    assert media.release != MediaRelease.ACHTERGEHOUDEN
    return submission, media


def test_withholding_an_archived_attachment_asks_first_and_says_what_happens(ib_client, archived):
    submission, media = archived
    response = ib_client.post(_url(submission, media), {"achterhouden": "1"})
    assert response.status_code == 200
    media.refresh_from_db()
    assert media.release != MediaRelease.ACHTERGEHOUDEN  # nothing done yet
    html = response.content.decode()
    assert "Achterhouden bevestigen" in html
    assert "Woo" in html and "PDF" in html and "verouderd" in html
    assert f'action="{_url(submission, media)}"' in html
    assert 'name="bevestigd" value="1"' in html
    assert '<button type="submit" class="button default" id="rv-withhold-yes">' in html
    back = reverse("admin:chats_submission_review", args=[submission.pk])
    assert f'href="{back}' in html and "Nee, terug" in html
    assert "<script" not in html.split('id="rv-confirm"')[1].split("</form>")[0]


def test_withholding_an_archived_attachment_once_confirmed(ib_client, archived):
    submission, media = archived
    response = ib_client.post(
        _url(submission, media), {"achterhouden": "1", "bevestigd": "1"}, follow=True
    )
    media.refresh_from_db()
    assert media.release == MediaRelease.ACHTERGEHOUDEN
    notices = [str(m) for m in response.context["messages"]]
    assert any("is achtergehouden" in notice for notice in notices)


def test_withholding_while_reviewing_acts_at_once(ib_client):
    submission = processed_submission(messages=6)
    media = submission.media.get()
    response = ib_client.post(_url(submission, media), {"achterhouden": "1"})
    assert response.status_code == 302
    media.refresh_from_db()
    assert media.release == MediaRelease.ACHTERGEHOUDEN
