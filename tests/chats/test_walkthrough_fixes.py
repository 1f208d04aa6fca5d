"""Defects from the QA walkthrough as new users (intake and review). Each test failed on main."""

import zipfile
from datetime import date

import pytest
from django.urls import reverse

from chats.constants import SubmissionStatus
from chats.intake import IntakeError, check_upload_file
from chats.models import Message, Submission
from chats.review import services
from chats.review.errors import ReviewError
from chats.templatetags.archief import form_errors
from tests.conftest import INTAKE_FORM
from tests.factories import SelectielijstResultaatFactory, ZaakFactory, processed_submission
from tests.fixtures.intake import files

pytestmark = pytest.mark.django_db

FORM = {"upload_kind": "screenshots", **INTAKE_FORM}


def url(name, *args):
    return reverse(f"admin:chats_submission_{name}", args=args)


# --- 1. the review page says why no decision can be taken ---------------------------------


def test_beheer_is_told_separation_of_duties_not_that_the_chat_is_still_processing(
    beheerder_client, submission
):
    html = beheerder_client.get(url("review", submission.pk)).content.decode()
    assert "Als Beheerder kunt u niet beoordelen of archiveren (functiescheiding)." in html
    assert "wordt nog verwerkt" not in html


def test_a_chat_still_in_processing_says_so(ib_client):
    submission = processed_submission(status=SubmissionStatus.IN_VERWERKING)
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert "wordt nog verwerkt" in html and "functiescheiding" not in html


# --- 2. archiving waits for the confirmed date order ----------------------------------------


@pytest.fixture
def uncertain(submission):
    submission.date_order_uncertain = True
    submission.detected_format = {**(submission.detected_format or {}), "date_order": "DMY"}
    submission.save(update_fields=["date_order_uncertain", "detected_format"])
    return submission


@pytest.fixture
def zaak():
    return ZaakFactory(
        zaaknummer="Z-2024-000321",
        einddatum=date(2024, 8, 31),
        resultaat=SelectielijstResultaatFactory(bewaartermijn="P5Y"),
    )


def test_the_service_refuses_to_archive_while_the_date_order_is_unconfirmed(uncertain, zaak, ib):
    with pytest.raises(ReviewError) as info:
        services.review_archive(submission_id=uncertain.pk, zaak=zaak, user=ib)
    assert "datumvolgorde" in info.value.message.lower()
    uncertain.refresh_from_db()
    assert uncertain.status == SubmissionStatus.TE_BEOORDELEN and uncertain.zaak_id is None


def test_archiving_is_refused_before_the_confirmation_page_with_a_link_to_the_question(
    ib_client, uncertain, zaak
):
    for data in ({"zaak": zaak.pk}, {"zaak": zaak.pk, "bevestigd": "1"}):
        response = ib_client.post(url("archive", uncertain.pk), data, follow=True)
        html = response.content.decode()
        assert "Bevestig eerst de datumvolgorde" in html
        assert 'href="#rv-date-order"' in html
        assert "Archiveren bevestigen" not in html
    uncertain.refresh_from_db()
    assert uncertain.status == SubmissionStatus.TE_BEOORDELEN


def test_the_date_order_question_says_archiving_waits_for_it(ib_client, uncertain):
    html = ib_client.get(url("review", uncertain.pk)).content.decode()
    assert "Archiveren kan pas als de datumvolgorde is bevestigd" in html


def test_after_the_confirmation_archiving_goes_ahead(ib_client, uncertain, zaak):
    ib_client.post(url("date_order", uncertain.pk), {"date_order": "DMY"})
    response = ib_client.post(url("archive", uncertain.pk), {"zaak": zaak.pk})
    assert response.status_code == 200 and "Bevestig eerst de datumvolgorde" not in (
        response.content.decode()
    )


# --- 3. the intake form's error summary -----------------------------------------------------


def test_the_error_summary_of_an_empty_form_follows_the_order_of_the_form(client, medewerker):
    client.force_login(medewerker)
    response = client.post(reverse("submission_new"), {})
    labels = [e["label"] for e in form_errors(response.context["form"])]
    assert labels[:3] == ["Wat uploadt u?", "Bestanden", "Onderwerp"]


def test_the_reason_error_belongs_to_the_group_not_to_the_fourth_checkbox(client, medewerker):
    client.force_login(medewerker)
    response = client.post(reverse("submission_new"), {**FORM, "vraag_besluit": ""})
    form = response.context["form"]
    assert "vraag_werkproces" not in form.errors
    (entry,) = [e for e in form_errors(form) if "ten minste één reden" in e["message"]]
    assert entry["label"] == "Redenen om te bewaren"
    assert entry["anchor"] == "id_vraag_besluit"
    html = response.content.decode()
    assert 'id="redenen-fout"' in html
    assert html.count("Vink ten minste één reden aan") == 2  # summary and the group itself


def test_choose_the_files_again_only_when_files_had_been_chosen(client, medewerker, screenshot):
    client.force_login(medewerker)
    html = client.post(reverse("submission_new"), {}).content.decode()
    assert "Kies daarna ook de bestanden opnieuw" not in html
    with screenshot.open("rb") as fh:
        html = client.post(
            reverse("submission_new"), {**FORM, "onderwerp": "", "files": [fh]}
        ).content.decode()
    assert "Kies daarna ook de bestanden opnieuw" in html


# --- 4. a file type that is not allowed, versus content that does not fit its extension -----


def test_an_executable_is_refused_as_a_type_that_is_not_allowed(tmp_path):
    path = tmp_path / "upload"
    path.write_bytes(files.PE_STUB)
    with pytest.raises(IntakeError) as info:
        check_upload_file(path, "wrong.exe")
    assert info.value.code == "type_not_allowed"
    message = info.value.message
    assert "‘wrong.exe’" in message and "past niet bij de extensie" not in message
    assert "Toegestaan zijn" in message and ".zip" in message and "pdf" in message


def test_an_executable_named_as_a_photo_is_still_a_mismatch(tmp_path):
    path = tmp_path / "upload"
    path.write_bytes(files.PE_STUB)
    with pytest.raises(IntakeError) as info:
        check_upload_file(path, "foto.jpg")
    assert info.value.code == "type_mismatch"
    assert "de inhoud past niet bij de extensie" in info.value.message


@pytest.mark.parametrize("name", ["Verslag overleg.docx", "Planning.xlsx", "Notulen.odt"])
def test_an_office_document_is_refused_as_a_type_that_is_not_allowed(tmp_path, name):
    # A Word or Excel file is a ZIP inside: its content is a type the form takes, but its
    # extension is not. The employee must hear which files are allowed, not that the content
    # "does not fit the extension" (which reads as: your file is broken).
    path = tmp_path / "upload"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(IntakeError) as info:
        check_upload_file(path, name)
    assert info.value.code == "type_not_allowed"
    message = info.value.message
    assert f"‘{name}’" in message and "past niet bij de extensie" not in message
    assert "Toegestaan zijn" in message and ".zip" in message


# --- 6. singular and plural -----------------------------------------------------------------


def test_the_review_queue_says_1_bijlage(ib_client, submission):
    html = ib_client.get(url("changelist")).content.decode()
    assert "1 bijlage<" in html and "1 bijlagen" not in html


def test_the_selection_message_says_1_bericht(ib_client, submission):
    message = Message.objects.filter(submission=submission, in_record=True).first()
    response = ib_client.post(
        url("selection", submission.pk),
        {"actie": "bericht", "bericht": message.pk, "selecteren": "0"},
        HTTP_ACCEPT="application/json",
    )
    assert response.json()["message"].startswith("1 bericht uit de selectie gehaald.")


def test_the_missing_media_flag_counts_in_dutch():
    from chats.pipeline.build import media_missing_message

    assert media_missing_message(1).startswith("1 bijlage waarnaar de chat verwijst, zit niet")
    assert media_missing_message(4).startswith("4 bijlagen waarnaar de chat verwijst, zitten")


def test_the_bulk_reject_confirmation_counts_in_dutch(ib_client, submission):
    response = ib_client.post(
        url("changelist"), {"action": "reject_several", "_selected_action": [submission.pk]}
    )
    html = response.content.decode()
    assert "1 inzending af" in html and "inzending(en)" not in html


# --- 8. the retention in words only ---------------------------------------------------------


def test_the_archive_confirmation_shows_the_retention_in_dutch_only(ib_client, submission, zaak):
    html = ib_client.post(url("archive", submission.pk), {"zaak": zaak.pk}).content.decode()
    assert "5 jaar" in html and "P5Y" not in html


# --- 9. the thank-you message matches the status --------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_after_eager_processing_the_message_says_the_chat_is_processed(
    client, medewerker, screenshot
):
    # As in `make run`: real commits, so processing runs (eagerly) inside the upload request.
    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        response = client.post(reverse("submission_new"), {**FORM, "files": [fh]}, follow=True)
    assert Submission.objects.get().status == SubmissionStatus.TE_BEOORDELEN
    html = response.content.decode()
    assert "wordt nu verwerkt" not in html
    assert "Het gesprek is ontvangen en verwerkt" in html


def test_while_processing_still_runs_the_message_says_so(client, medewerker, screenshot):
    client.force_login(medewerker)
    with screenshot.open("rb") as fh:
        response = client.post(reverse("submission_new"), {**FORM, "files": [fh]}, follow=True)
    assert Submission.objects.get().status == SubmissionStatus.ONTVANGEN
    assert "wordt nu verwerkt" in response.content.decode()


def test_the_error_summary_reads_as_dutch_after_a_question_or_a_sentence(client, medewerker):
    client.force_login(medewerker)
    html = client.post(reverse("submission_new"), {}).content.decode()
    assert "Wat uploadt u? Dit veld is verplicht." in html
    assert "Onderwerp: Dit veld is verplicht." in html
    assert "(ik krijg daarvan een e-mail): Bevestig dat u" in html
    assert "?:" not in html and ".:" not in html


def test_beheer_on_a_failed_chat_is_told_why_it_cannot_act_not_how_to(beheerder_client):
    from tests.factories import SubmissionFactory

    failed = SubmissionFactory(mislukt=True)
    html = beheerder_client.get(url("review", failed.pk)).content.decode()
    assert "Verwerking mislukt." in html
    assert "Als Beheerder kunt u niet beoordelen of archiveren (functiescheiding)." in html
    assert "Opnieuw verwerken" not in html.split('id="rv-outcome"')[1]


# --- the keyboard box "Weglakken…" describes its own Tab order ----------------------------


def test_the_keyboard_redaction_help_names_the_kind_before_the_button(ib_client):
    # From the text field, Tab reaches 'Soort' first and only then 'Weglakken'. The help said
    # "Tab dan naar 'Weglakken'": one Tab and Enter then did nothing, on the kind's list.
    submission = processed_submission()
    html = ib_client.get(url("review", submission.pk)).content.decode()
    start = html.index('id="rv-add-source-help"')
    help_text = html[start : html.index("</p>", start)]
    assert "‘Soort’" in help_text and "‘Weglakken’" in help_text
    assert help_text.index("‘Soort’") < help_text.index("‘Weglakken’")
    # And the fields do stand in that order in the box.
    assert html.index('id="rv-add-label"') < html.index('id="rv-add-submit"')
