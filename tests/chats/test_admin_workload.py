"""Informatiebeheer shares the work: assign submissions to a colleague ("mijn werkvoorraad") and
reject several at once with one reason, after a confirmation page."""

import pytest
from django.core import mail
from django.urls import reverse

from audit.models import AuditEvent
from chats.constants import SubmissionStatus
from chats.models import Submission
from chats.review.errors import ReviewError
from chats.review.services import submission_assign
from tests.factories import SubmissionFactory, UserFactory

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:chats_submission_changelist")


def onderwerpen(response):
    return sorted(s.onderwerp for s in response.context["cl"].result_list)


def test_assign_to_me_and_filter_my_workload(ib_client, ib):
    mine = SubmissionFactory(onderwerp="Voor mij")
    SubmissionFactory(onderwerp="Voor niemand")
    ib_client.post(QUEUE, {"action": "assign_to_me", "_selected_action": [mine.pk]})
    mine.refresh_from_db()
    assert mine.assigned_to == ib
    assert onderwerpen(ib_client.get(QUEUE, {"werkvoorraad": "mijn"})) == ["Voor mij"]
    assert onderwerpen(ib_client.get(QUEUE, {"werkvoorraad": "niemand"})) == ["Voor niemand"]
    assert AuditEvent.objects.get(action="submission.assigned").detail == {"assignee_id": ib.pk}
    assert (
        "Inge" in ib_client.get(QUEUE).content.decode()
        or "inge" in ib_client.get(QUEUE).content.decode()
    )


def test_assign_to_a_colleague_through_a_confirmation_page(ib_client, make_user):
    colleague = make_user("kees", "Informatiebeheer")
    woo = make_user("wim", "Woo-behandelaar")
    one, two = SubmissionFactory(onderwerp="Een"), SubmissionFactory(onderwerp="Twee")
    page = ib_client.post(
        QUEUE, {"action": "assign_to_colleague", "_selected_action": [one.pk, two.pk]}
    )
    assert page.status_code == 200
    html = page.content.decode()
    assert "Toewijzen aan een collega" in html and "kees" in html and "wim" not in html
    ib_client.post(
        QUEUE,
        {
            "action": "assign_to_colleague",
            "post": "yes",
            "assignee": colleague.pk,
            "_selected_action": [one.pk, two.pk],
        },
    )
    assert set(Submission.objects.values_list("assigned_to", flat=True)) == {colleague.pk}
    with pytest.raises(ReviewError):
        submission_assign(submission_id=one.pk, assignee=woo, user=colleague)


def test_reject_several_with_one_reason(ib_client, django_capture_on_commit_callbacks):
    owner = UserFactory(username="indiener", email="indiener@meppel.example")
    first = SubmissionFactory(onderwerp="Eerste", submitted_by=owner)
    second = SubmissionFactory(onderwerp="Tweede", submitted_by=owner)
    archived = SubmissionFactory(onderwerp="Klaar", gearchiveerd=True)
    confirm = ib_client.post(
        QUEUE + "?status=alle",
        {"action": "reject_several", "_selected_action": [first.pk, second.pk, archived.pk]},
    )
    html = confirm.content.decode()
    assert confirm.status_code == 200 and "Inzendingen afwijzen" in html
    assert Submission.objects.filter(status=SubmissionStatus.AFGEWEZEN).count() == 0

    # No reason: the page again with a Dutch error, nothing rejected.
    again = ib_client.post(
        QUEUE + "?status=alle",
        {"action": "reject_several", "post": "yes", "_selected_action": [first.pk]},
    )
    assert "Kies een reden" in again.content.decode()
    assert Submission.objects.filter(status=SubmissionStatus.AFGEWEZEN).count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        response = ib_client.post(
            QUEUE + "?status=alle",
            {
                "action": "reject_several",
                "post": "yes",
                "reason": "dubbel",
                "note": "Staat al in zaak Z-1.",
                "_selected_action": [first.pk, second.pk, archived.pk],
            },
            follow=True,
        )
    text = response.content.decode()
    assert "2 inzendingen afgewezen" in text and "Niet afgewezen: ‘Klaar’" in text
    for submission in (first, second):
        submission.refresh_from_db()
        assert submission.status == SubmissionStatus.AFGEWEZEN
        assert submission.review_note == "Dubbel ingediend. Staat al in zaak Z-1."
    archived.refresh_from_db()
    assert archived.status == SubmissionStatus.GEARCHIVEERD
    assert AuditEvent.objects.filter(action="submission.rejected").count() == 2
    assert len(mail.outbox) == 2
