"""What the reviewer reads on the review page: message numbers as shown beside the messages,
counts over a thousand with a dot (as everywhere else in the app)."""

from datetime import datetime

import pytest
from django.urls import reverse

from chats.models import Message
from chats.review.services import review_reject
from tests.factories import (
    AMSTERDAM,
    SelectielijstResultaatFactory,
    ZaakFactory,
    processed_submission,
)

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"admin:chats_submission_{name}", args=args)


def test_a_range_past_the_end_is_refused_with_the_numbers_typed(ib_client, submission):
    answer = ib_client.post(
        url("selection", submission.pk),
        {"actie": "bereik", "first": "50", "last": "60", "selecteren": "1"},
        HTTP_ACCEPT="application/json",
    )
    assert answer.status_code == 400
    assert answer.json()["error"] == "Er zijn geen berichten met de nummers 50 tot en met 60."


@pytest.fixture
def long_day():
    """1,500 messages on one day."""
    submission = processed_submission(messages=1500)
    Message.objects.filter(submission=submission).update(
        sent_at=datetime(2024, 3, 12, 10, 0, tzinfo=AMSTERDAM)
    )
    return submission


def test_the_counts_of_a_long_day_have_a_thousands_dot(ib_client, long_day):
    message = Message.objects.get(submission=long_day, seq=7)
    answer = ib_client.post(
        url("selection", long_day.pk),
        {"actie": "bericht", "bericht": message.pk, "selecteren": "0"},
        HTTP_ACCEPT="application/json",
    )
    assert answer.json()["message"] == (
        "1 bericht uit de selectie gehaald. Nu 1.499 van de 1.500 berichten geselecteerd voor "
        "het archiefstuk."
    )
    assert answer.json()["selected"] == 1499  # the number the page's script writes
    html = ib_client.get(url("review", long_day.pk)).content.decode()
    assert "dinsdag 12 maart 2024: <span" in html
    assert ">1.499</span> van de 1.500 berichten geselecteerd" in html


def test_the_archive_confirmation_counts_with_a_thousands_dot(ib_client, long_day):
    zaak = ZaakFactory(afgesloten=True)
    preview = ib_client.post(
        url("archive", long_day.pk),
        {"zaak": zaak.pk, "resultaat": SelectielijstResultaatFactory().pk},
    )
    assert "U archiveert <strong>1.500</strong> berichten" in preview.content.decode()


def test_the_selection_bar_and_the_day_list_group_thousands_too(ib_client):
    # Walk of stop 27 (5,001 messages): "5001 van 5001 berichten geselecteerd" and
    # "di 12 mrt 2024 — 1561 van 1561" above a heading that says "1.561 van 1.561".
    submission = processed_submission(messages=2000)  # one message a minute: two days
    Message.objects.filter(submission=submission, seq__gte=1500).update(in_record=False)
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert (
        'id="rv-selected-count">1.500</strong> van de <span id="rv-total-count">2.000</span>'
        in html
    )
    assert "— 885 van de 885 berichten geselecteerd</option>" in html
    assert "— 615 van de 1.115 berichten geselecteerd</option>" in html


def test_a_rejected_submission_says_its_messages_were_removed_not_that_an_archive_is_empty(
    ib_client, ib, django_capture_on_commit_callbacks
):
    # Walk 29: 'Dit archiefstuk bevat geen berichten (meer)' for something never archived.
    submission = processed_submission()
    with django_capture_on_commit_callbacks(execute=True):
        review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert "archiefstuk bevat geen berichten" not in html
    assert "De berichten zijn verwijderd na de afwijzing." in html
