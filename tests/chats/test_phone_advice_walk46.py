"""One piece of advice about the phone (walk 46): the employee deletes the chat from the phone
once it is archived (the e-mail and the archived page say so), never earlier. The upload form's
promise, the page under review and the notice of missing attachments agree."""

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.forms import SubmissionForm
from chats.models import ReviewQuestion, Submission
from chats.pipeline.build import media_missing_message
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def test_the_upload_form_promises_to_delete_once_archived():
    field = SubmissionForm().fields["bevestiging_verwijderen"]
    assert "zodra het gesprek is gearchiveerd" in field.label
    assert "na het uploaden" not in field.label
    assert "zodra het gesprek is gearchiveerd" in field.error_messages["required"]


def test_under_review_the_page_says_to_keep_the_chat_until_it_is_archived(client, medewerker):
    submission = processed_submission(submitted_by=medewerker)
    client.force_login(medewerker)
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert "Verwijder het gesprek pas van uw telefoon als het is gearchiveerd" in page


def test_after_an_answer_nothing_to_do_is_not_followed_by_a_warning(client, medewerker, ib):
    submission = processed_submission(submitted_by=medewerker)
    ReviewQuestion.objects.create(
        submission=submission,
        question="Welke zaak?",
        asked_by=ib,
        answer="Z-1",
        answered_at=timezone.now(),
    )
    Submission.objects.filter(pk=submission.pk).update(
        flags=[{"code": "media_missing", "message": media_missing_message(1)}]
    )
    client.force_login(medewerker)
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert "Uw antwoord is ontvangen" in page
    assert "verwijder het gesprek nog niet van uw telefoon" in page
    assert "U hoeft niets te doen" not in page
