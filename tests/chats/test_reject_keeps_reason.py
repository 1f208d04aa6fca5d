"""Rejecting with 'Anders' but no explanation is refused ('Licht de reden ‘Anders’ toe.');
the review page then came back with no reason chosen, so the reviewer had to pick 'Anders'
again (found walking the review as Informatiebeheer, stop 38)."""

import re

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from tests.factories import processed_submission

pytestmark = pytest.mark.django_db


def test_a_refused_rejection_keeps_the_chosen_reason(ib_client):
    submission = processed_submission()
    response = ib_client.post(
        reverse("admin:chats_submission_reject", args=[submission.pk]),
        {"reason": "anders", "note": ""},
        follow=True,
    )
    page = response.content.decode()
    assert "Licht de reden ‘Anders’ toe." in page
    checked = re.findall(r'<input type="radio" name="reason" value="(\w+)"[^>]* checked', page)
    assert checked == ["anders"]
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN


def _checked_reasons(page: str) -> list[str]:
    radios = re.findall(r'<input type="radio" name="reason" value="(\w+)"[^>]*>', page)
    assert len(radios) >= 2, "the rejection form and its reasons are on the page"
    return re.findall(r'<input type="radio" name="reason" value="(\w+)"[^>]* checked', page)


def test_the_review_page_ignores_an_unknown_reason_in_the_address(ib_client):
    submission = processed_submission()
    url = reverse("admin:chats_submission_review", args=[submission.pk])
    assert _checked_reasons(ib_client.get(f"{url}?reden=onzin").content.decode()) == []
    # A known reason in the address is chosen, so the pattern above does see a choice.
    assert _checked_reasons(ib_client.get(f"{url}?reden=anders").content.decode()) == ["anders"]
