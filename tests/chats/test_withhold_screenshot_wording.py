"""A screenshot is named as one wherever its withholding is spoken of: the confirmation page,
the message after it and the list of withheld items on the review page said "Afbeelding (losse
bijlage)", which is what a loose photo in an export is, not a screenshot of the conversation."""

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.constants import MediaRelease, SubmissionStatus, UploadKind
from tests.factories import MediaItemFactory, SubmissionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def shots():
    submission = SubmissionFactory(upload_kind=UploadKind.SCREENSHOTS)
    return submission, [
        MediaItemFactory(submission=submission, seq=n, ocr_text="Hallo", ocr_text_redacted="Hallo")
        for n in range(2)
    ]


def _url(submission, media):
    return reverse("admin:chats_submission_media_release", args=[submission.pk, media.pk])


def test_the_confirmation_names_the_screenshot(ib_client, shots):
    submission, (_, second) = shots
    submission.status = SubmissionStatus.GEARCHIVEERD
    submission.archived_at = timezone.now()
    submission.save(update_fields=["status", "archived_at"])
    html = ib_client.post(_url(submission, second), {"achterhouden": "1"}).content.decode()
    what = html.split('id="rv-withhold-what"', 1)[1].split("</p>", 1)[0]
    assert "<strong>Schermafbeelding 2</strong>" in what
    assert "losse bijlage" not in html


def test_the_message_and_the_withheld_list_name_the_screenshot(ib_client, shots):
    submission, (first, _) = shots
    response = ib_client.post(_url(submission, first), {"achterhouden": "1"}, follow=True)
    first.refresh_from_db()
    assert first.release == MediaRelease.ACHTERGEHOUDEN
    notices = [str(m) for m in response.context["messages"]]
    assert any(n.startswith("Schermafbeelding 1 is achtergehouden") for n in notices), notices
    page = ib_client.get(reverse("admin:chats_submission_review", args=[submission.pk]))
    listed = page.content.decode().split('id="rv-withheld"', 1)[1].split("</div>", 1)[0]
    assert "Schermafbeelding 1</a>" in listed
    assert "losse bijlage" not in listed
    assert "1 schermafbeelding achtergehouden" in listed


def test_a_loose_photo_of_an_export_keeps_its_name(ib_client):
    submission = SubmissionFactory(upload_kind=UploadKind.IOS_EXPORT)
    photo = MediaItemFactory(submission=submission, seq=0)
    response = ib_client.post(_url(submission, photo), {"achterhouden": "1"}, follow=True)
    notices = [str(m) for m in response.context["messages"]]
    assert any(n.startswith("Afbeelding (losse bijlage) is achtergehouden") for n in notices)
