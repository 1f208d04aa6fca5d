"""The review page in the admin and its actions, through the real URLs."""

from datetime import date

import pytest
from django.core import mail
from django.urls import reverse

from audit.models import AuditEvent
from chats.constants import RENDITION_KEY, FileRole, SubmissionStatus
from chats.models import MediaItem, Message, RedactionSpan, StoredFile
from tests.factories import SelectielijstResultaatFactory, ZaakFactory, processed_submission

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"admin:chats_submission_{name}", args=args)


def test_the_page_shows_the_chat_with_pseudonyms_and_every_redaction_and_logs_the_view(
    ib_client, submission
):
    response = ib_client.get(url("review", submission.pk))
    html = response.content.decode()
    assert "Deelnemer 1" in html and "Deelnemer 2" in html
    spans = RedactionSpan.objects.filter(submission=submission)
    for span in spans:
        assert f'data-span="{span.pk}"' in html
    assert 'data-label="[TELEFOONNUMMER]"' in html
    assert 'data-label="Deelnemer 1"' in html  # a participant's name reads as the pseudonym
    assert "Tekst in de afbeelding" in html
    assert url("media", submission.pk, MediaItem.objects.get(submission=submission).pk) in html
    event = AuditEvent.objects.get(action="submission.viewed")
    assert event.object_id == str(submission.pk) and event.actor.username == "inge"


def test_each_text_renders_exactly_its_original_characters(ib_client, submission):
    import re
    from html import unescape

    html = ib_client.get(url("review", submission.pk)).content.decode()
    for message in Message.objects.filter(submission=submission).exclude(text=""):
        block = re.search(
            rf'data-target="message" data-id="{message.pk}"[^>]*>(.*?)</div>', html, re.S
        ).group(1)
        assert unescape(re.sub(r"<[^>]+>", "", block)) == message.text


def test_markup_in_chat_text_is_escaped(ib_client, submission):
    message = Message.objects.get(submission=submission, seq=4)
    message.text = '<script>alert("x")</script>'
    message.save()
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;" in html


def test_one_click_undoes_a_redaction(ib_client, submission):
    span = RedactionSpan.objects.get(submission=submission, message__seq=0)
    response = ib_client.post(url("redaction_toggle", submission.pk, span.pk))
    assert response.status_code == 302 and response["Location"].endswith("#m-0")
    span.refresh_from_db()
    assert not span.active
    message = Message.objects.get(pk=span.message_id)
    assert "06-12345678" in message.text_redacted


def test_get_on_an_action_is_refused(ib_client, submission):
    span = RedactionSpan.objects.filter(submission=submission).first()
    assert ib_client.get(url("redaction_toggle", submission.pk, span.pk)).status_code == 405
    assert ib_client.get(url("archive", submission.pk)).status_code == 405


def test_a_span_of_another_submission_is_not_found(ib_client, submission):
    other = processed_submission()
    span = RedactionSpan.objects.filter(submission=other).first()
    assert ib_client.post(url("redaction_toggle", submission.pk, span.pk)).status_code == 404
    span.refresh_from_db()
    assert span.active


def test_a_selected_stretch_becomes_a_redaction(ib_client, submission):
    message = Message.objects.get(submission=submission, seq=4)
    start = message.text.index("Z-2024")
    response = ib_client.post(
        url("redaction_add", submission.pk),
        {
            "target": "message",
            "target_id": message.pk,
            "start": start,
            "end": start + 13,
            "label": "ADDRESS",
        },
    )
    assert response["Location"].endswith("#m-4")
    message.refresh_from_db()
    assert message.text_redacted.endswith("Zaak [ADRES].")


def test_an_overlapping_selection_gets_a_dutch_message(ib_client, submission):
    message = Message.objects.get(submission=submission, seq=0)
    start = message.text.index("06-")
    response = ib_client.post(
        url("redaction_add", submission.pk),
        {
            "target": "message",
            "target_id": message.pk,
            "start": start,
            "end": start + 5,
            "label": "PHONE",
        },
        follow=True,
    )
    assert "overlapt met een bestaande weglakking" in response.content.decode()


def test_a_message_and_a_range_set_the_selection_without_a_field_per_message(ib_client, submission):
    ib_client.post(url("selection", submission.pk), {"actie": "niets"})
    message = Message.objects.get(submission=submission, seq=0)
    answer = ib_client.post(
        url("selection", submission.pk),
        {"actie": "bericht", "bericht": message.pk, "selecteren": "1"},
        HTTP_ACCEPT="application/json",
    )
    assert answer.json()["selected"] == 1 and answer.json()["total"] == 6
    ib_client.post(
        url("selection", submission.pk),
        {"actie": "bereik", "first": "4", "last": "6", "selecteren": "1"},
    )
    # The range is typed (or shift-clicked) in the numbers shown beside the messages: #4 is seq 3.
    assert list(
        Message.objects.filter(submission=submission, in_record=True)
        .order_by("seq")
        .values_list("seq", flat=True)
    ) == [0, 3, 4, 5]


def test_the_review_page_numbers_messages_from_one_and_its_range_asks_for_those(
    ib_client, submission
):
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert 'aria-label="Bericht 1 in het archiefstuk"> #1</label>' in html
    assert 'data-number="1"' in html
    assert 'name="first" id="rv-range-first" inputmode="numeric"' in html
    assert '<input type="number" min="1" name="first"' in html
    answer = ib_client.post(
        url("selection", submission.pk), {"actie": "bereik", "first": "0", "last": "2"}
    )
    assert answer.status_code in (200, 302)
    assert Message.objects.get(submission=submission, seq=0).in_record  # nothing changed


def test_date_order_is_confirmed_from_the_page(ib_client):
    submission = processed_submission(uncertain=True)
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert "Datumvolgorde bevestigen" in html
    assert "Dag en maand zijn niet zeker." in html
    ib_client.post(url("date_order", submission.pk), {"date_order": "MDY"})
    submission.refresh_from_db()
    assert not submission.date_order_uncertain
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert "Datumvolgorde bevestigen" not in html and "Dag en maand zijn niet zeker." not in html


def test_archiving_shows_the_retention_first_then_archives_on_confirmation(
    ib_client, submission, django_capture_on_commit_callbacks
):
    zaak = ZaakFactory(zaaknummer="Z-2024-000321", einddatum=date(2024, 8, 31))
    resultaat = SelectielijstResultaatFactory(nummer="15.2", bewaartermijn="P1Y6M")
    ib_client.post(
        url("selection", submission.pk),
        {"actie": "bereik", "first": "4", "last": "6", "selecteren": "0"},
    )
    preview = ib_client.post(
        url("archive", submission.pk), {"zaak": zaak.pk, "resultaat": resultaat.pk}
    )
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "28-02-2026" in html and "1 jaar en 6 maanden" in html and "Vernietigen" in html
    assert Message.objects.filter(submission=submission, in_record=True).count() == 3
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN  # nothing decided yet

    with django_capture_on_commit_callbacks(execute=True):
        done = ib_client.post(
            url("archive", submission.pk),
            {"zaak": zaak.pk, "resultaat": resultaat.pk, "bevestigd": "1"},
        )
    assert done.status_code == 302 and done["Location"] == reverse(
        "admin:chats_submission_changelist"
    )
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GEARCHIVEERD and submission.zaak == zaak
    assert len(mail.outbox) == 1

    # The archived record: read-only page with the redacted text and the PDF.
    page = ib_client.get(url("review", submission.pk)).content.decode()
    assert "PDF van het archiefstuk" in page and 'class="rv-pick"' not in page
    # The zaak it was archived under, not labelled as what the employee typed.
    assert "<dt>Zaak</dt><dd>Z-2024-000321" in page and "Zaaknummer (indiener)" not in page
    assert "06-12345678" not in page and "Jan Jansen" not in page
    pdf = ib_client.get(url("rendition", submission.pk))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert b"".join(pdf.streaming_content).startswith(b"%PDF")
    assert AuditEvent.objects.filter(action="submission.viewed", detail__view="pdf").exists()


def test_archiving_without_a_zaak_or_result_explains_what_is_missing(ib_client, submission):
    response = ib_client.post(url("archive", submission.pk), {"selectie": "1"}, follow=True)
    assert "Kies de zaak" in response.content.decode()
    response = ib_client.post(
        url("archive", submission.pk), {"selectie": "1", "zaak": ZaakFactory().pk}, follow=True
    )
    assert "nog geen resultaat" in response.content.decode()


def test_a_result_of_another_procestype_is_refused_before_the_confirmation(ib_client, submission):
    from tests.factories import ProcestypeFactory

    zaak = ZaakFactory()
    other = SelectielijstResultaatFactory(
        procestype=ProcestypeFactory(nummer=11, naam="Toestemming verlenen"), nummer="11.1"
    )
    response = ib_client.post(
        url("archive", submission.pk),
        {"selectie": "1", "zaak": zaak.pk, "resultaat": other.pk},
        follow=True,
    )
    html = response.content.decode()
    assert "past niet bij het zaaktype" in html
    assert 'name="bevestigd"' not in html  # no confirmation page for a wrong result
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN


def test_the_zaak_the_employee_named_is_suggested(ib_client):
    zaak = ZaakFactory(zaaknummer="Z-2024-000555")
    submission = processed_submission(zaaknummer="z-2024-000555")
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert f'<option value="{zaak.pk}" selected>' in html


def test_the_zaak_autocomplete_answers_informatiebeheer(ib_client):
    ZaakFactory(zaaknummer="Z-2024-000888", omschrijving="Lantaarnpaal Kerkplein")
    response = ib_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "lantaarn",
            "app_label": "chats",
            "model_name": "submission",
            "field_name": "zaak",
        },
    )
    assert response.status_code == 200
    assert "Z-2024-000888" in response.json()["results"][0]["text"]


def test_reject_and_return_from_the_page(ib_client, django_capture_on_commit_callbacks):
    first, second = processed_submission(), processed_submission()
    response = ib_client.post(url("reject", first.pk), {"reason": "", "note": ""}, follow=True)
    assert "Kies een reden" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        ib_client.post(url("reject", first.pk), {"reason": "niet_archiefwaardig", "note": ""})
        ib_client.post(url("return", second.pk), {"question": "Welke zaak is dit?"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == SubmissionStatus.AFGEWEZEN
    assert second.status == SubmissionStatus.TERUG_NAAR_INDIENER
    assert len(mail.outbox) == 2


def test_thumbnails_come_from_the_cleaned_file_only(ib_client, submission):
    media = MediaItem.objects.get(submission=submission)
    response = ib_client.get(url("media", submission.pk, media.pk))
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    body = b"".join(response.streaming_content)
    assert body == StoredFile.objects.get(pk=media.derived_id).file.open("rb").read()
    # Without a cleaned file there is nothing to show, never the original.
    MediaItem.objects.filter(pk=media.pk).update(derived=None)
    assert ib_client.get(url("media", submission.pk, media.pk)).status_code == 404
    other = processed_submission()
    other_media = MediaItem.objects.get(submission=other)
    assert ib_client.get(url("media", submission.pk, other_media.pk)).status_code == 404
    assert StoredFile.objects.filter(submission=submission, role=FileRole.ORIGINAL).exists()


def test_employee_sees_the_outcome_on_mijn_inzendingen(
    client, ib, submission, django_capture_on_commit_callbacks
):
    from chats.review.services import review_archive

    zaak = ZaakFactory(afgesloten=True)
    with django_capture_on_commit_callbacks(execute=True):
        review_archive(submission_id=submission.pk, zaak=zaak, user=ib)
    client.force_login(submission.submitted_by)
    html = client.get(reverse("submission_detail", args=[submission.pk])).content.decode()
    assert f"Gearchiveerd bij zaak {zaak.zaaknummer}" in html
    assert not StoredFile.objects.filter(
        submission=submission, derived_key=RENDITION_KEY, purged_at__isnull=False
    ).exists()


def test_a_failed_submission_shows_its_reason_and_no_decisions(ib_client):
    submission = processed_submission(status=SubmissionStatus.MISLUKT)
    submission.failure_reason = "Het bestand is geen WhatsApp-export."
    submission.save()
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert "Het bestand is geen WhatsApp-export." in html
    assert "Opnieuw verwerken" in html
    assert 'id="rv-archive"' not in html


def test_informatiebeheer_corrects_the_redacted_onderwerp_from_the_info_section(
    ib_client, submission
):
    # Issue 12: the onderwerp could not be edited; now its redacted version can, audited.
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert "Geanonimiseerd onderwerp en omschrijving aanpassen" in html
    ib_client.post(
        url("free_text", submission.pk),
        {"onderwerp_redacted": "Boom bij [NAAM]", "omschrijving_redacted": "Melding van [NAAM]."},
    )
    submission.refresh_from_db()
    assert submission.onderwerp_redacted == "Boom bij [NAAM]"
    assert submission.omschrijving_redacted == "Melding van [NAAM]."
    event = AuditEvent.objects.get(action="submission.free_text_changed")
    assert event.detail == {"fields": ["onderwerp_redacted", "omschrijving_redacted"]}
    assert "Boom" not in str(event.detail)


def test_an_empty_redacted_onderwerp_is_refused(ib_client, submission):
    before = submission.onderwerp_redacted
    ib_client.post(url("free_text", submission.pk), {"onderwerp_redacted": " "})
    submission.refresh_from_db()
    assert submission.onderwerp_redacted == before
    assert not AuditEvent.objects.filter(action="submission.free_text_changed").exists()


def test_an_archived_submissions_free_text_can_no_longer_be_changed(ib_client):
    submission = processed_submission(gearchiveerd=True)
    before = submission.onderwerp_redacted
    ib_client.post(url("free_text", submission.pk), {"onderwerp_redacted": "Anders"})
    submission.refresh_from_db()
    assert submission.onderwerp_redacted == before


def test_the_confirmation_warns_when_the_chat_runs_outside_the_zaak(ib_client, submission):
    # The chat is of 12 March 2024; a zaak closed on 29 February 2024 is probably the wrong one.
    closed = ZaakFactory(
        zaaknummer="Z-2024-000401", startdatum=date(2024, 1, 2), einddatum=date(2024, 2, 29)
    )
    resultaat = SelectielijstResultaatFactory(nummer="15.2", bewaartermijn="P1Y6M")
    html = ib_client.post(
        url("archive", submission.pk), {"zaak": closed.pk, "resultaat": resultaat.pk}
    ).content.decode()
    assert 'id="rv-period-warning"' in html
    assert "Het gesprek (12-03-2024) valt na de einddatum van de zaak (29-02-2024)." in html

    later = ZaakFactory(zaaknummer="Z-2024-000402", startdatum=date(2024, 6, 1))
    html = ib_client.post(
        url("archive", submission.pk), {"zaak": later.pk, "resultaat": resultaat.pk}
    ).content.decode()
    assert "Het gesprek (12-03-2024) valt vóór de startdatum van de zaak (01-06-2024)." in html

    fitting = ZaakFactory(zaaknummer="Z-2024-000403", startdatum=date(2024, 3, 1))
    html = ib_client.post(
        url("archive", submission.pk), {"zaak": fitting.pk, "resultaat": resultaat.pk}
    ).content.decode()
    assert 'id="rv-period-warning"' not in html
