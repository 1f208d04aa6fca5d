"""The start page after login tells an employee that Informatiebeheer waits for their answer
(found walking the app as a new employee, stop 38): the page showed only the two cards, so a
question was seen only by opening 'Mijn inzendingen' or the e-mail."""

import pytest
from django.urls import reverse

from chats.review import services as review
from tests.factories import SubmissionFactory

pytestmark = pytest.mark.django_db


def test_the_start_page_links_each_submission_with_an_open_question(
    logged_in, medewerker, ib, make_user
):
    asked = SubmissionFactory(submitted_by=medewerker, onderwerp="Stoeptegels Prinsengracht")
    SubmissionFactory(submitted_by=medewerker, onderwerp="Boom Hoofdstraat")  # nothing asked
    other = SubmissionFactory(submitted_by=make_user("collega", "Medewerker"), onderwerp="Markt")
    for submission in (asked, other):
        review.review_return_to_submitter(
            submission_id=submission.pk, question="Welke zaak?", user=ib
        )

    page = logged_in(medewerker).get(reverse("home")).content.decode()

    assert "Informatiebeheer heeft een vraag over uw inzending" in page
    assert f'href="{reverse("submission_detail", args=[asked.pk])}"' in page
    assert "Stoeptegels Prinsengracht" in page
    assert "Boom Hoofdstraat" not in page and "Markt" not in page


def test_the_start_page_says_nothing_when_no_question_waits(logged_in, medewerker):
    SubmissionFactory(submitted_by=medewerker, onderwerp="Boom Hoofdstraat")
    page = logged_in(medewerker).get(reverse("home")).content.decode()
    assert "een vraag over uw inzending" not in page
