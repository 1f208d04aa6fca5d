"""The 'Terug naar indiener' form says what is wrong at its field, as the reject form does:
on main its refusal stood at the top of the page only, the question was not marked invalid nor
described by the refusal, and a question that was too long was told to be missing."""

import re
from html import unescape

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def _tag(html: str, marker: str) -> str:
    """The opening tag that holds `marker`."""
    at = html.index(marker)
    return html[html.rindex("<", 0, at) : html.index(">", at) + 1]


def _return(client, submission, question: str) -> str:
    return client.post(
        reverse("admin:chats_submission_return", args=[submission.pk]),
        {"question": question},
        follow=True,
    ).content.decode()


def test_an_empty_question_is_marked_at_the_field(ib_client):
    submission = processed_submission(messages=2)
    html = _return(ib_client, submission, "   ")
    field = _tag(html, 'id="id_question"')
    assert 'aria-invalid="true"' in field
    assert 'aria-describedby="id_question_fout"' in field
    assert 'id="id_question_fout">Schrijf de vraag aan de indiener.</span>' in html
    # Only the refused form is marked: the reject form's fields are not.
    assert "aria-invalid" not in _tag(html, 'id="id_note"')
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN


def test_a_question_too_long_says_so_at_the_field_and_is_kept(ib_client):
    submission = processed_submission(messages=2)
    question = "Over welke zaak gaat dit gesprek? " * 70  # 2,380 characters
    html = _return(ib_client, submission, question)
    field = _tag(html, 'id="id_question"')
    assert 'aria-invalid="true"' in field
    error = re.search(r'id="id_question_fout">(.*?)</span>', html)[1]
    assert "te lang" in error and "2000" in error
    assert "Schrijf de vraag" not in error
    kept = re.search(r'<textarea name="question"[^>]*>(.*?)</textarea>', html, re.S)[1]
    assert unescape(kept).strip() == question.strip()


def test_a_valid_question_after_a_refusal_shows_no_error(ib_client):
    submission = processed_submission(messages=2)
    _return(ib_client, submission, "")
    html = ib_client.get(
        reverse("admin:chats_submission_review", args=[submission.pk])
    ).content.decode()
    assert "aria-invalid" not in _tag(html, 'id="id_question"')
    assert "id_question_fout" not in html
