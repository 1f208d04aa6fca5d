"""Review 50: a street Informatiebeheer marks by hand takes the house number after it, but no
year ("Hoofdstraat 2024") or date ("Kerkstraat 12 mei"); and it does so the same way when the
mark is made in the redacted text of a purged record (the reviewer is told in both)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.constants import SubmissionStatus
from chats.models import Message, RedactionSpan
from chats.review.text import text_version, with_house_number
from tests.factories import processed_submission


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        # A year is no house number: four digits from 1900 to 2099 without a toevoeging.
        ("Hoofdstraat 2024", "Hoofdstraat"),
        ("sinds de Kerkstraat 2019 in gebruik", "Kerkstraat"),
        ("de Kerkstraat 1998 was nog rustig", "Kerkstraat"),
        ("Kerkstraat 2019-2020 opgebroken", "Kerkstraat"),
        # A day before a month is a date ("op de Kerkstraat 12 mei").
        ("op de Kerkstraat 12 mei geveegd", "Kerkstraat"),
        ("Kerkstraat 3 Januari", "Kerkstraat"),
        # A real four-digit house number, or a year-like one with a toevoeging, is taken.
        ("Hoofdstraat 1012 ligt vuil", "Hoofdstraat 1012"),
        ("Hoofdstraat 2100", "Hoofdstraat 2100"),
        ("Hoofdstraat 1950a", "Hoofdstraat 1950a"),
        ("Kerkstraat 12 ligt", "Kerkstraat 12"),
        ("Kerkstraat 12 meer naar achteren", "Kerkstraat 12"),
    ],
)
def test_a_year_or_a_date_after_the_marked_street_is_no_house_number(text, marked):
    start = text.index(marked.split()[0])
    end = start + len(marked.split()[0])
    assert text[start : with_house_number(text, start, end, "ADDRESS", [])] == marked


NOTE = "Het huisnummer erna (‘12’) is meegenomen in de weglakking."
TEXT = "Het grofvuil ligt bij de haveltermade 12 al dagen."


def _message(purged: bool):
    submission = processed_submission()
    message = submission.messages.order_by("seq").first()
    RedactionSpan.objects.filter(message=message).delete()  # the factory's, into its own text
    Message.objects.filter(pk=message.pk).update(text=TEXT, text_redacted=TEXT)
    if purged:
        submission.status = SubmissionStatus.GEARCHIVEERD
        submission.originals_purged_at = timezone.now()
        submission.save(update_fields=["status", "originals_purged_at"])
        Message.objects.filter(pk=message.pk).update(text="")
    return submission, message


@pytest.mark.django_db
@pytest.mark.parametrize("purged", [False, True], ids=["voor-opschonen", "na-opschonen"])
def test_the_number_is_covered_and_said_on_both_paths(ib_client, purged):
    """Review 50: after the purge (the mark made in the redacted text) the number stayed."""
    submission, message = _message(purged)
    start = TEXT.index("haveltermade")
    data = {
        "target": "message",
        "target_id": message.pk,
        "start": start,
        "end": start + len("haveltermade"),
        "label": "ADDRESS",
    }
    if purged:
        data["versie"] = text_version(TEXT)
    response = ib_client.post(
        reverse("admin:chats_submission_redaction_add", args=[submission.pk]), data
    )
    page = ib_client.get(response["Location"]).content.decode()
    assert NOTE in page
    message.refresh_from_db()
    assert "12" not in message.text_redacted
    assert message.text_redacted == "Het grofvuil ligt bij de [ADRES] al dagen."
    span = RedactionSpan.objects.get(message=message, source="handmatig")
    assert (span.start, span.end) == (start, start + len("haveltermade 12"))


@pytest.mark.django_db
def test_after_the_purge_a_street_in_the_onderwerp_takes_its_number_too(ib_client):
    submission, _ = _message(purged=True)
    onderwerp = "Grofvuil haveltermade 12"
    submission.onderwerp_redacted = submission.onderwerp = onderwerp
    submission.save(update_fields=["onderwerp_redacted", "onderwerp"])
    start = onderwerp.index("haveltermade")
    response = ib_client.post(
        reverse("admin:chats_submission_redaction_add", args=[submission.pk]),
        {
            "target": "onderwerp",
            "target_id": submission.pk,
            "start": start,
            "end": start + len("haveltermade"),
            "label": "ADDRESS",
            "versie": text_version(onderwerp),
        },
    )
    page = ib_client.get(response["Location"]).content.decode()
    assert NOTE in page
    submission.refresh_from_db()
    assert submission.onderwerp_redacted == "Grofvuil [ADRES]"
