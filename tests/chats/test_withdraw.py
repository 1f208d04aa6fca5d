"""An employee withdraws ("Intrekken") an upload Informatiebeheer has not started to review:
confirmed first, by POST only; the files go (inside the submission's own folder only), an
audit entry stays, and the submission leaves the review queue. Not once review started."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from audit.models import AuditEvent
from chats.constants import SubmissionStatus
from chats.models import Message, StoredFile, Submission
from chats.review import services as review
from tests.factories import SubmissionFactory, processed_submission

pytestmark = pytest.mark.django_db


def withdraw_url(submission):
    return reverse("submission_withdraw", args=[submission.pk])


def test_the_list_offers_withdrawing_a_waiting_upload(logged_in, medewerker):
    waiting = processed_submission(submitted_by=medewerker, onderwerp="Boom Hoofdstraat")
    archived = SubmissionFactory(submitted_by=medewerker, gearchiveerd=True)
    html = logged_in(medewerker).get(reverse("submission_list")).content.decode()
    assert f'href="{withdraw_url(waiting)}"' in html
    assert "Intrekken" in html
    assert withdraw_url(archived) not in html


def test_the_confirmation_says_what_happens_to_the_data_and_deletes_nothing(logged_in, medewerker):
    waiting = processed_submission(submitted_by=medewerker)
    response = logged_in(medewerker).get(withdraw_url(waiting))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wat er gebeurt als u de inzending intrekt" in html
    assert "worden direct verwijderd" in html
    assert "Informatiebeheer ziet de inzending niet meer" in html
    # Review 45: backups keep the files until they are pruned (README: ARCHIEF_BACKUP_KEEP_DAYS).
    assert "bewaren de bestanden nog tot ze worden opgeruimd: uiterlijk 35 dagen" in html
    assert 'method="post"' in html and "Ja, inzending intrekken" in html
    assert Submission.objects.filter(pk=waiting.pk).exists()


def test_withdrawing_removes_the_files_and_the_record_and_writes_the_audit_log(
    logged_in, medewerker, ib_client, django_capture_on_commit_callbacks
):
    waiting = processed_submission(submitted_by=medewerker, onderwerp="Boom Hoofdstraat")
    names = [f.file.name for f in StoredFile.objects.filter(submission=waiting)]
    assert names and all(default_storage.exists(n) for n in names)
    folder = f"submissions/{waiting.uuid}"

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = logged_in(medewerker).post(withdraw_url(waiting))
    # Review 45: nothing is deleted before the transaction commits.
    assert all(default_storage.exists(n) for n in names)
    for callback in callbacks:
        callback()
    assert not default_storage.exists(folder)  # the whole folder of the upload is gone

    assert response.status_code == 302 and response.url == reverse("submission_list")
    assert not Submission.objects.filter(pk=waiting.pk).exists()
    assert not Message.objects.filter(submission_id=waiting.pk).exists()
    assert not any(default_storage.exists(n) for n in names)
    event = AuditEvent.objects.get(action="submission.withdrawn")
    assert event.object_id == str(waiting.pk) and event.actor_id == medewerker.pk
    assert event.detail == {"files": len(names), "status": "te_beoordelen"}
    page = logged_in(medewerker).get(response.url).content.decode()
    assert "is ingetrokken" in page
    # Gone from Informatiebeheer's queue.
    queue = ib_client.get(reverse("admin:chats_submission_changelist")).content.decode()
    assert "Boom Hoofdstraat" not in queue


@pytest.mark.parametrize("status", [SubmissionStatus.ONTVANGEN, SubmissionStatus.MISLUKT])
def test_an_upload_waiting_for_processing_or_failed_can_be_withdrawn(logged_in, medewerker, status):
    waiting = processed_submission(submitted_by=medewerker, status=status)
    assert logged_in(medewerker).post(withdraw_url(waiting)).status_code == 302
    assert not Submission.objects.filter(pk=waiting.pk).exists()


def test_a_get_never_withdraws_and_other_methods_are_refused(logged_in, medewerker):
    waiting = processed_submission(submitted_by=medewerker)
    client = logged_in(medewerker)
    client.get(withdraw_url(waiting))
    assert client.delete(withdraw_url(waiting)).status_code == 405
    assert Submission.objects.filter(pk=waiting.pk).exists()


def test_someone_elses_upload_cannot_be_withdrawn(logged_in, make_user, medewerker):
    waiting = processed_submission(submitted_by=medewerker)
    other = make_user("ander", "Medewerker")
    assert logged_in(other).post(withdraw_url(waiting)).status_code == 404
    assert Submission.objects.filter(pk=waiting.pk).exists()


@pytest.mark.parametrize(
    ("state", "says"),
    [
        ({"status": SubmissionStatus.GEARCHIVEERD}, "al gearchiveerd"),
        ({"status": SubmissionStatus.AFGEWEZEN}, "al afgewezen"),
        ({"status": SubmissionStatus.IN_VERWERKING}, "wordt op dit moment verwerkt"),
        (
            {"status": SubmissionStatus.TERUG_NAAR_INDIENER},
            "beoordeling van deze inzending begonnen",
        ),
    ],
)
def test_once_decided_or_under_way_it_says_why_in_dutch(logged_in, medewerker, state, says):
    record = processed_submission(submitted_by=medewerker, **state)
    client = logged_in(medewerker)
    page = client.get(withdraw_url(record)).content.decode()
    assert says in page and "Ja, inzending intrekken" not in page
    response = client.post(withdraw_url(record), follow=True)
    assert says in response.content.decode()
    assert Submission.objects.filter(pk=record.pk).exists()
    assert not AuditEvent.objects.filter(action="submission.withdrawn").exists()


def test_once_informatiebeheer_started_the_review_it_cannot_be_withdrawn(logged_in, medewerker, ib):
    record = processed_submission(submitted_by=medewerker)
    review.submission_assign(submission_id=record.pk, assignee=ib, user=ib)
    client = logged_in(medewerker)
    assert (
        "Intrekken"
        not in client.get(reverse("submission_detail", args=[record.pk])).content.decode()
    )
    response = client.post(withdraw_url(record), follow=True)
    assert "beoordeling van deze inzending begonnen" in response.content.decode()
    assert Submission.objects.filter(pk=record.pk).exists()


def test_a_stored_name_outside_the_submissions_folder_is_never_deleted(logged_in, medewerker):
    waiting = processed_submission(submitted_by=medewerker)
    outside = default_storage.save("elders/niet-van-deze-inzending.txt", _content())
    StoredFile.objects.filter(submission=waiting).update(file=outside)
    assert logged_in(medewerker).post(withdraw_url(waiting)).status_code == 302
    assert not Submission.objects.filter(pk=waiting.pk).exists()
    assert default_storage.exists(outside)
    default_storage.delete(outside)


def _content():
    from django.core.files.base import ContentFile

    return ContentFile(b"blijft staan")


def test_the_list_decides_withdrawable_uploads_in_a_few_queries(
    logged_in, medewerker, ib, django_assert_max_num_queries
):
    waiting = [processed_submission(submitted_by=medewerker) for _ in range(4)]
    review.submission_assign(submission_id=waiting[0].pk, assignee=ib, user=ib)
    client = logged_in(medewerker)
    with django_assert_max_num_queries(15):
        html = client.get(reverse("submission_list")).content.decode()
    assert withdraw_url(waiting[0]) not in html
    assert all(withdraw_url(w) in html for w in waiting[1:])


def test_a_redaction_changed_by_informatiebeheer_counts_as_review_started(
    logged_in, medewerker, ib
):
    record = processed_submission(submitted_by=medewerker)
    span = record.redactions.first()
    review.redaction_toggle(span_id=span.pk, user=ib)
    response = logged_in(medewerker).post(withdraw_url(record), follow=True)
    assert "beoordeling van deze inzending begonnen" in response.content.decode()
    assert Submission.objects.filter(pk=record.pk).exists()


def test_the_old_link_of_a_withdrawn_upload_says_it_was_withdrawn(logged_in, make_user, medewerker):
    """Walk 49: the link to a withdrawn upload (from an e-mail, a bookmark) gave a bare 404."""
    waiting = processed_submission(submitted_by=medewerker, onderwerp="Boom Hoofdstraat")
    detail = reverse("submission_detail", args=[waiting.pk])
    client = logged_in(medewerker)
    client.post(withdraw_url(waiting))
    client.get(reverse("submission_list"))  # shows the one-time "is ingetrokken" message
    response = client.get(detail)
    html = response.content.decode()
    assert response.status_code == 410
    assert "Deze inzending hebt u ingetrokken" in html
    assert "Boom Hoofdstraat" not in html  # the subject is gone with the rest
    assert f'href="{reverse("submission_list")}"' in html
    # Anyone else still gets the 404 that tells nothing.
    other = make_user("ander", "Medewerker")
    assert logged_in(other).get(detail).status_code == 404
    never = reverse("submission_detail", args=[waiting.pk + 1000])
    assert client.get(never).status_code == 404


def test_the_back_button_to_intrekken_after_withdrawing_says_it_was_withdrawn(
    logged_in, make_user, medewerker
):
    """Walk 51: back to "Intrekken" after withdrawing gave a 404 (Django's English debug page
    in development); it says, in Dutch and with a 410, that the upload was withdrawn."""
    waiting = processed_submission(submitted_by=medewerker, onderwerp="Boom Hoofdstraat")
    client = logged_in(medewerker)
    client.post(withdraw_url(waiting))
    client.get(reverse("submission_list"))  # shows the one-time "is ingetrokken" message
    withdrawals = AuditEvent.objects.count()
    for response in (client.get(withdraw_url(waiting)), client.post(withdraw_url(waiting))):
        html = response.content.decode()
        assert response.status_code == 410
        assert "Deze inzending hebt u ingetrokken" in html
        assert "Boom Hoofdstraat" not in html
    # The second POST withdrew nothing again: no audit entry, no message of success.
    assert AuditEvent.objects.count() == withdrawals
    assert "is ingetrokken" not in client.get(reverse("submission_list")).content.decode()
    other = make_user("ander", "Medewerker")
    assert logged_in(other).get(withdraw_url(waiting)).status_code == 404
    assert logged_in(other).post(withdraw_url(waiting)).status_code == 404
