"""What the queue says in its columns: a submission of seconds ago, and the points to look at
readable without a mouse (not only in a tooltip)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.constants import UploadKind
from tests.factories import MediaItemFactory, SubmissionFactory

pytestmark = pytest.mark.django_db

QUEUE = "admin:chats_submission_changelist"
NOTICE = "Uit de export is niet zeker af te leiden of de dag of de maand voorop staat."


def test_a_submission_of_seconds_ago_is_zojuist_not_zero_minutes(ib_client):
    SubmissionFactory(onderwerp="Net binnen", created_at=timezone.now() - timedelta(seconds=20))
    SubmissionFactory(onderwerp="Ouder", created_at=timezone.now() - timedelta(minutes=5))
    html = ib_client.get(reverse(QUEUE)).content.decode()
    assert "0\xa0minuten geleden" not in html and "0 minuten geleden" not in html
    assert ">zojuist</span>" in html
    assert "5\xa0minuten geleden" in html


def test_the_points_to_look_at_are_text_in_the_row_not_only_a_tooltip(ib_client):
    SubmissionFactory(
        onderwerp="Twijfel",
        flags=[{"code": "date_order_uncertain", "message": NOTICE}],
        date_order_uncertain=True,
    )
    html = ib_client.get(reverse(QUEUE)).content.decode()
    cell = html.split('class="field-aandachtspunten"')[1].split("</td>")[0]
    assert "<summary>1 punt</summary>" in cell
    assert f"<li>{NOTICE}</li>" in cell
    assert "title=" not in cell


def test_screenshots_are_counted_as_screenshots_not_as_zero_messages(ib_client):
    shots = SubmissionFactory(
        onderwerp="Schermafbeeldingen", upload_kind=UploadKind.SCREENSHOTS, message_count=0
    )
    MediaItemFactory(submission=shots)
    MediaItemFactory(submission=shots)
    html = ib_client.get(reverse(QUEUE)).content.decode()
    cell = html.split('class="field-inhoud"')[1].split("</td>")[0]
    assert "2 schermafbeeldingen" in cell
    assert "0 berichten" not in cell and "bijlage" not in cell
