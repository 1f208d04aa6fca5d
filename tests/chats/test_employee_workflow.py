"""The employee's side of the review workflow: a failed or rejected submission sent again with
the form pre-filled, the one-time form token, possible duplicates, answering a question in the
app, and the texts of every status on the submission's page."""

import re
import uuid

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from audit.models import AuditEvent
from chats.constants import SubmissionStatus
from chats.models import ReviewQuestion, StoredFile, Submission
from chats.pipeline.build import media_missing_message
from chats.review import services as review
from tests.conftest import INTAKE_FORM
from tests.factories import SubmissionFactory, processed_submission

pytestmark = pytest.mark.django_db

FORM = {"upload_kind": "screenshots", **INTAKE_FORM}


def post_form(client, path, **fields):
    with path.open("rb") as fh:
        return client.post(reverse("submission_new"), {**FORM, **fields, "files": [fh]})


def token_of(html: str) -> str:
    return re.search(r'name="form_token" value="([0-9a-f-]{36})"', html).group(1)


# --- 1. a failed submission is no dead end ---------------------------------------------------


def test_informatiebeheer_rejects_a_failed_submission_with_a_reason(ib_client, medewerker):
    failed = SubmissionFactory(mislukt=True, submitted_by=medewerker)
    page = ib_client.get(reverse("admin:chats_submission_review", args=[failed.pk]))
    assert 'id="rv-reject"' in page.content.decode()

    response = ib_client.post(
        reverse("admin:chats_submission_reject", args=[failed.pk]),
        {"reason": "onvolledig", "note": "De export is leeg; stuur schermafbeeldingen."},
    )
    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.status == SubmissionStatus.AFGEWEZEN
    assert "stuur schermafbeeldingen" in failed.review_note
    # The failure's explanation stays for the employee.
    assert failed.failure_reason == "De verwerking is mislukt."
    assert AuditEvent.objects.filter(action="submission.rejected").count() == 1


def test_the_employee_sees_why_and_can_submit_again_with_the_form_filled_in(
    client, ib, medewerker, screenshot
):
    failed = SubmissionFactory(
        mislukt=True,
        submitted_by=medewerker,
        onderwerp="Lantaarnpaal kapot",
        omschrijving="Afspraak over reparatie.",
        gesprekspartner="ketenpartner",
        afdeling="openbare_ruimte",
        zaaknummer="Z-2024-000777",
        vraag_rechten=True,
        elders_vastgelegd="nee",
    )
    review.review_reject(
        submission_id=failed.pk, reason="onvolledig", note="Stuur schermafbeeldingen.", user=ib
    )
    client.force_login(medewerker)
    detail = client.get(reverse("submission_detail", args=[failed.pk])).content.decode()
    assert "Stuur schermafbeeldingen." in detail
    assert "De verwerking was mislukt" in detail
    assert "alleen het opgeschoonde archiefstuk is bewaard" not in detail
    assert f"?opnieuw={failed.pk}" in detail

    form = client.get(reverse("submission_new"), {"opnieuw": failed.pk}).content.decode()
    assert 'value="Lantaarnpaal kapot"' in form
    assert "Afspraak over reparatie." in form
    assert 'value="Z-2024-000777"' in form
    assert re.search(r'name="vraag_rechten"[^>]*checked', form)
    assert re.search(r'value="ketenpartner"[^>]*selected|selected[^>]*value="ketenpartner"', form)
    assert not re.search(r'name="bevestiging_verwijderen"[^>]*checked', form)
    assert f'name="opnieuw" value="{failed.pk}"' in form

    response = post_form(
        client,
        screenshot,
        onderwerp="Lantaarnpaal kapot",
        opnieuw=failed.pk,
        form_token=token_of(form),
    )
    assert response.status_code == 302
    again = Submission.objects.exclude(pk=failed.pk).get()
    assert again.resubmission_of == failed
    assert again.onderwerp == "Lantaarnpaal kapot"


def test_someone_elses_submission_is_not_offered_for_resubmission(client, make_user, medewerker):
    other = SubmissionFactory(mislukt=True, onderwerp="Van een ander")
    client.force_login(medewerker)
    form = client.get(reverse("submission_new"), {"opnieuw": other.pk}).content.decode()
    assert "Van een ander" not in form
    assert f'name="opnieuw" value="{other.pk}"' not in form


# --- 4. idempotent submission and possible duplicates ----------------------------------------


def test_the_same_form_sent_twice_stores_one_submission(client, medewerker, screenshot):
    client.force_login(medewerker)
    token = token_of(client.get(reverse("submission_new")).content.decode())
    first = post_form(client, screenshot, form_token=token)
    second = post_form(client, screenshot, form_token=token)
    submission = Submission.objects.get()
    assert first["Location"] == second["Location"] == f"/mijn-inzendingen/{submission.pk}/"
    assert StoredFile.objects.count() == 1
    assert AuditEvent.objects.filter(action="submission.received").count() == 1
    page = client.get(second["Location"]).content.decode()
    assert "Dit formulier was al verstuurd" in page


def test_every_form_gets_its_own_token(client, medewerker):
    client.force_login(medewerker)
    first = token_of(client.get(reverse("submission_new")).content.decode())
    second = token_of(client.get(reverse("submission_new")).content.decode())
    assert first != second


def test_another_users_token_does_not_show_their_submission(client, make_user, screenshot):
    token = str(uuid.uuid4())
    owner = make_user("eigenaar", "Medewerker")
    client.force_login(owner)
    post_form(client, screenshot, form_token=token)
    client.force_login(make_user("ander", "Medewerker"))
    response = client.post(reverse("submission_new"), {**FORM, "form_token": token})
    assert response.status_code == 200  # the form again, with its errors; nothing of the owner's


def test_the_same_files_again_are_marked_as_a_possible_duplicate(
    client, admin_queue_client, medewerker, screenshot
):
    client.force_login(medewerker)
    post_form(client, screenshot, form_token=str(uuid.uuid4()), onderwerp="Eerste")
    post_form(client, screenshot, form_token=str(uuid.uuid4()), onderwerp="Tweede")
    first, second = Submission.objects.order_by("pk")
    assert first.duplicate_of is None
    assert second.duplicate_of == first

    Submission.objects.update(status=SubmissionStatus.TE_BEOORDELEN)
    queue = admin_queue_client.get(reverse("admin:chats_submission_changelist")).content.decode()
    assert "mogelijk dubbel" in queue
    assert reverse("admin:chats_submission_review", args=[first.pk]) in queue


def test_the_employee_is_told_when_the_same_files_were_sent_before(client, medewerker, screenshot):
    # walk37: Informatiebeheer saw "mogelijk dubbel van 3", the employee who sent the same files
    # twice was told nothing and could not tell whether the first upload had arrived.
    client.force_login(medewerker)
    post_form(client, screenshot, form_token=str(uuid.uuid4()), onderwerp="Eerste")
    post_form(client, screenshot, form_token=str(uuid.uuid4()), onderwerp="Tweede")
    first, second = Submission.objects.order_by("pk")
    page = client.get(reverse("submission_detail", args=[second.pk])).content.decode()
    notice = re.search(r'<div class="alert alert-info" id="dubbel">(.*?)</div>', page, re.S)
    assert notice, "no notice of the earlier upload"
    assert reverse("submission_detail", args=[first.pk]) in notice.group(1)
    assert "Eerste" in notice.group(1) and "dezelfde bestanden" in notice.group(1)
    page = client.get(reverse("submission_detail", args=[first.pk])).content.decode()
    assert 'id="dubbel"' not in page


def test_the_first_of_two_duplicates_names_the_later_one_and_its_status(
    client, admin_queue_client, medewerker, screenshot
):
    # Walkthrough: the same export sent twice; the second said "mogelijk dubbel van 3", was
    # archived, and then the first stood alone in the queue with nothing saying that its twin
    # was already archived: Informatiebeheer could archive the same conversation twice.
    client.force_login(medewerker)
    post_form(client, screenshot, form_token=str(uuid.uuid4()), onderwerp="Eerste")
    post_form(client, screenshot, form_token=str(uuid.uuid4()), onderwerp="Tweede")
    first, second = Submission.objects.order_by("pk")
    Submission.objects.filter(pk=first.pk).update(status=SubmissionStatus.TE_BEOORDELEN)
    Submission.objects.filter(pk=second.pk).update(status=SubmissionStatus.GEARCHIVEERD)
    page = admin_queue_client.get(
        reverse("admin:chats_submission_review", args=[first.pk])
    ).content.decode()
    assert "Mogelijk dubbel" in page
    assert reverse("admin:chats_submission_review", args=[second.pk]) in page
    assert f"inzending {second.pk}</a> (Gearchiveerd)" in page
    later = admin_queue_client.get(
        reverse("admin:chats_submission_review", args=[second.pk])
    ).content.decode()
    assert f"inzending {first.pk}</a> (Wacht op beoordeling door Informatiebeheer)" in later


def test_other_files_or_another_employee_are_no_duplicate(client, make_user, screenshot, tmp_path):
    from tests.conftest import png_bytes

    other = tmp_path / "ander.png"
    other.write_bytes(png_bytes(50, 30))
    client.force_login(make_user("een", "Medewerker"))
    post_form(client, screenshot, form_token=str(uuid.uuid4()))
    post_form(client, other, form_token=str(uuid.uuid4()))
    client.force_login(make_user("twee", "Medewerker"))
    post_form(client, screenshot, form_token=str(uuid.uuid4()))
    assert not Submission.objects.filter(duplicate_of__isnull=False).exists()


@pytest.fixture
def admin_queue_client(ib):
    from django.test import Client

    client = Client()
    client.force_login(ib)
    return client


def test_the_employee_hears_that_attachments_were_missing_before_deleting_the_chat(
    client, medewerker
):
    # Walkthrough: an Android .txt sent without its photo. Informatiebeheer saw "1 bijlage
    # waarnaar de chat verwijst, zit niet in de upload"; the employee read "U hoeft niets te
    # doen" after promising to delete the chat from the phone, and the photo would be gone.
    submission = processed_submission(submitted_by=medewerker)
    Submission.objects.filter(pk=submission.pk).update(
        flags=[{"code": "media_missing", "message": media_missing_message(1)}]
    )
    client.force_login(medewerker)
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert media_missing_message(1) in page
    assert "verwijder het gesprek nog niet van uw telefoon" in page
    # One attachment is not "ze" (walk 28): the sentence fits one and many.
    assert "bekijkt of ze nodig zijn" not in page
    assert "U hoeft niets te doen" not in page

    Submission.objects.filter(pk=submission.pk).update(flags=[])
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert "U hoeft niets te doen" in page and "nog niet van uw telefoon" not in page


def test_while_a_question_is_open_the_employee_also_hears_attachments_were_missing(
    client, medewerker
):
    # Walk 29: the notice only appeared after the employee had answered the question.
    submission = processed_submission(submitted_by=medewerker)
    Submission.objects.filter(pk=submission.pk).update(
        status=SubmissionStatus.TERUG_NAAR_INDIENER,
        flags=[{"code": "media_missing", "message": media_missing_message(2)}],
    )
    client.force_login(medewerker)
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert media_missing_message(2) in page
    assert "verwijder het gesprek nog niet van uw telefoon" in page


# --- 5. texts per status, answering a question in the app -----------------------------------


def test_a_rejected_submission_does_not_say_something_was_archived(
    client, ib, medewerker, django_capture_on_commit_callbacks
):
    submission = processed_submission(submitted_by=medewerker)
    with django_capture_on_commit_callbacks(execute=True):
        review.review_reject(submission_id=submission.pk, reason="dubbel", user=ib)
    submission.refresh_from_db()
    assert submission.originals_purged_at is not None
    client.force_login(medewerker)
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert "archiefstuk is bewaard" not in page
    assert "Er is niets van dit gesprek gearchiveerd" in page


def test_the_employee_answers_the_question_in_the_app(
    client, ib, admin_queue_client, medewerker, django_capture_on_commit_callbacks
):
    ib_client = admin_queue_client
    submission = processed_submission(submitted_by=medewerker)
    medewerker.email = "medewerker@meppel.example"
    medewerker.save()
    with django_capture_on_commit_callbacks(execute=True):
        review.review_return_to_submitter(
            submission_id=submission.pk, question="Bij welke zaak hoort dit?", user=ib
        )
    assert "pagina van uw inzending" in mail.outbox[-1].body
    client.force_login(medewerker)
    page = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert "Bij welke zaak hoort dit?" in page
    assert reverse("submission_answer", args=[submission.pk]) in page

    response = client.post(
        reverse("submission_answer", args=[submission.pk]), {"answer": "Zaak Z-2024-000123."}
    )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN
    question = ReviewQuestion.objects.get(submission=submission)
    assert question.answer == "Zaak Z-2024-000123." and question.answered_at is not None
    assert AuditEvent.objects.filter(action="submission.answered").count() == 1

    review_page = ib_client.get(
        reverse("admin:chats_submission_review", args=[submission.pk])
    ).content.decode()
    assert "Zaak Z-2024-000123." in review_page
    queue = ib_client.get(reverse("admin:chats_submission_changelist")).content.decode()
    assert "antwoord ontvangen" in queue


def test_an_empty_answer_gets_a_dutch_error_and_nothing_changes(client, ib, medewerker):
    submission = processed_submission(submitted_by=medewerker)
    review.review_return_to_submitter(submission_id=submission.pk, question="Welke zaak?", user=ib)
    client.force_login(medewerker)
    response = client.post(reverse("submission_answer", args=[submission.pk]), {"answer": "  "})
    assert response.status_code == 400
    assert "Schrijf uw antwoord op de vraag." in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TERUG_NAAR_INDIENER


def test_only_the_submitter_can_answer(client, ib, make_user, medewerker):
    submission = processed_submission(submitted_by=medewerker)
    review.review_return_to_submitter(submission_id=submission.pk, question="Welke zaak?", user=ib)
    client.force_login(make_user("ander", "Medewerker"))
    response = client.post(reverse("submission_answer", args=[submission.pk]), {"answer": "x"})
    assert response.status_code == 404
    assert not ReviewQuestion.objects.filter(answered_at__isnull=False).exists()


def test_an_answer_without_an_open_question_is_refused(client, medewerker):
    submission = processed_submission(submitted_by=medewerker)
    client.force_login(medewerker)
    response = client.post(
        reverse("submission_answer", args=[submission.pk]), {"answer": "Hoi"}, follow=True
    )
    assert "geen vraag" in response.content.decode()
    assert submission.questions.count() == 0


def test_a_question_asked_before_questions_were_rows_can_be_answered(client, ib, medewerker):
    submission = processed_submission(
        submitted_by=medewerker,
        status=SubmissionStatus.TERUG_NAAR_INDIENER,
        review_note="Oude vraag?",
        reviewed_by=ib,
        reviewed_at=timezone.now(),
    )
    client.force_login(medewerker)
    assert (
        "Oude vraag?"
        in client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    )
    client.post(reverse("submission_answer", args=[submission.pk]), {"answer": "Antwoord."})
    question = ReviewQuestion.objects.get()
    assert (question.question, question.answer, question.asked_by) == (
        "Oude vraag?",
        "Antwoord.",
        ib,
    )


def test_the_review_page_shows_an_answered_question_once_and_not_as_a_review_note(
    client, ib, admin_queue_client, medewerker
):
    """Walk 29: after the answer the review page listed the question under 'Vragen aan de
    indiener' and again as 'Toelichting beoordeling', as if it were the reviewer's verdict."""
    submission = processed_submission(submitted_by=medewerker)
    review.review_return_to_submitter(
        submission_id=submission.pk, question="Welke boom aan de Reestlaan?", user=ib
    )
    client.force_login(medewerker)
    client.post(reverse("submission_answer", args=[submission.pk]), {"answer": "Nummer 12."})
    page = admin_queue_client.get(
        reverse("admin:chats_submission_review", args=[submission.pk])
    ).content.decode()
    assert page.count("Welke boom aan de Reestlaan?") == 1
    assert "Toelichting beoordeling" not in page
