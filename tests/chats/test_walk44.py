"""Found walking the review page as a new user (walk 44): a colleague named by user name, a note
about the originals that was not true with a purge period, and counts in bare numbers."""

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from chats.constants import RenditionState, SubmissionStatus
from chats.models import MediaItem, Message, Submission
from chats.outcome import send_review_outcome
from chats.purge import originals_purge_day
from tests.factories import SubmissionFactory, processed_submission

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _review(client, submission) -> str:
    url = reverse("admin:chats_submission_review", args=[submission.pk])
    return client.get(url).content.decode()


def _rendition_note(html: str) -> str:
    part = re.search(r'<div[^>]*id="rv-rendition"[^>]*>(.*?)</div>', html, re.S)
    assert part, "no note about the PDF being made"
    return " ".join(re.sub(r"<[^>]+>", " ", part[1]).split())


def test_an_attachments_release_names_the_colleague_not_the_user_name(ib_client, ib):
    ib.first_name, ib.last_name = "Inge", "Bakker"
    ib.save(update_fields=["first_name", "last_name"])
    submission = processed_submission()
    MediaItem.objects.filter(submission=submission).update(
        released_by=ib, released_at=timezone.now()
    )
    html = _review(ib_client, submission)
    assert "(Inge Bakker, " in html
    assert "(inge, " not in html


@pytest.fixture
def being_made():
    """An archived record whose PDF is being made, archived on 1 December 2026 at 14:00."""
    return processed_submission(
        gearchiveerd=True,
        archived_at=datetime(2026, 12, 1, 14, 0, tzinfo=AMSTERDAM),
        rendition_state=RenditionState.BEZIG,
    )


def test_without_a_purge_period_the_note_says_the_originals_go_with_the_pdf(
    ib_client, being_made, settings
):
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(0)
    note = _rendition_note(_review(ib_client, being_made))
    assert "Daarna worden de originelen verwijderd." in note


def test_with_a_purge_period_the_note_says_when_the_originals_go(ib_client, settings):
    # Walk 44: with ARCHIEF_PURGE_ORIGINALS_AFTER_DAYS=30 the note said "de originelen worden
    # verwijderd" as the PDF was made: they stay thirty days (for nader anonimiseren).
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(days=30)
    yesterday = timezone.localdate() - timedelta(days=1)
    archived = datetime.combine(yesterday, time(14, 0), tzinfo=AMSTERDAM)
    submission = processed_submission(
        gearchiveerd=True, archived_at=archived, rendition_state=RenditionState.BEZIG
    )
    note = _rendition_note(_review(ib_client, submission))
    # Due thirty days later at 14:00; the nightly purge (02:30) removes them the day after.
    day = date_format(yesterday + timedelta(days=31), "j F Y")
    assert f"De originelen worden op {day} verwijderd." in note
    assert "de originelen worden verwijderd" not in note


def test_a_pdf_made_again_after_the_purge_says_the_originals_are_gone(
    ib_client, being_made, settings
):
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(days=30)
    purged = datetime(2027, 1, 1, 2, 31, tzinfo=AMSTERDAM)
    Submission.objects.filter(pk=being_made.pk).update(
        originals_purged_at=purged, decision_followed_up_at=purged
    )
    note = _rendition_note(_review(ib_client, being_made))
    assert "De originelen zijn op 1 januari 2027 verwijderd." in note
    assert "worden" not in note.split("De originelen", 1)[1].split(".", 1)[0]
    # The submitter was told at archiving; a PDF made again does not tell them again.
    assert "indiener krijgt bericht" not in note


def test_the_purge_day_follows_the_nightly_run(being_made, settings):
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(days=30)
    early = datetime(2026, 12, 1, 12, 0, tzinfo=AMSTERDAM)
    assert str(originals_purge_day(being_made, now=early)) == "2027-01-01"
    being_made.archived_at = datetime(2026, 12, 1, 1, 0, tzinfo=AMSTERDAM)
    # Due at 01:00, before the run of 02:30 that night.
    assert str(originals_purge_day(being_made, now=early)) == "2026-12-31"
    # Overdue (the PDF took long): not in the past, but the coming night.
    late = datetime(2027, 2, 3, 12, 0, tzinfo=AMSTERDAM)
    assert str(originals_purge_day(being_made, now=late)) == "2027-02-04"
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(0)
    assert originals_purge_day(being_made, now=early) is None


def test_the_selection_count_says_what_it_counts(ib_client):
    # Walk 44: "34 van 43" in the day list, and a count that did not say of what.
    submission = processed_submission(messages=43)
    Message.objects.filter(submission=submission, seq__gte=34).update(in_record=False)
    html = _review(ib_client, submission)
    count = re.search(r'<p class="rv-count" id="rv-count">(.*?)</p>', html, re.S)[1]
    text = " ".join(re.sub(r"<[^>]+>", " ", count).split())
    assert text.startswith("34 van de 43 berichten geselecteerd voor het archiefstuk")
    day_list = html.split('id="rv-day"', 1)[1].split("</select>", 1)[0]
    options = re.findall(r"<option [^>]*>([^<]*)</option>", day_list)
    assert options and all(
        re.search(r"— \d+ van de \d+ berichten? geselecteerd$", option) for option in options
    ), options


def test_a_changed_selection_says_the_new_count_in_words(ib_client):
    submission = processed_submission()
    message = Message.objects.filter(submission=submission).first()
    answer = ib_client.post(
        reverse("admin:chats_submission_selection", args=[submission.pk]),
        {"actie": "bericht", "bericht": message.pk, "selecteren": "0"},
        HTTP_ACCEPT="application/json",
    ).json()
    total = Message.objects.filter(submission=submission).count()
    assert answer["message"] == (
        f"1 bericht uit de selectie gehaald. Nu {total - 1} van de {total} berichten "
        "geselecteerd voor het archiefstuk."
    )


def test_the_outcome_mail_greets_a_colleague_without_a_name_not_by_user_name(mailoutbox):
    # "Beste medewerker7," — an account without a first name was greeted by its user name.
    submission = SubmissionFactory(
        status=SubmissionStatus.AFGEWEZEN, submitted_by__first_name="", submitted_by__last_name=""
    )
    assert send_review_outcome(submission_id=submission.pk)
    body = mailoutbox[0].body
    assert body.startswith("Beste collega,")
    assert submission.submitted_by.username not in body


def _input_value(html: str, field_id: str) -> str:
    tag = re.search(rf'<input[^>]*\bid="{field_id}"[^>]*>', html)[0]
    value = re.search(r'\bvalue="([^"]*)"', tag)
    return value[1] if value else ""


def test_a_refused_range_comes_back_with_the_numbers_typed(ib_client):
    # The range form ("Bereik of periode selecteren") refused "van 3 t/m (empty)" and came back
    # folded away, its numbers gone.
    submission = processed_submission()
    html = ib_client.post(
        reverse("admin:chats_submission_selection", args=[submission.pk]),
        {"actie": "bereik", "first": "3", "last": "", "selecteren": "1"},
        follow=True,
    ).content.decode()
    assert "Vul bij het bereik twee berichtnummers in." in html
    assert re.search(r'<details class="rv-more" id="rv-more" open>', html)
    assert _input_value(html, "rv-range-first") == "3"
    assert _input_value(html, "rv-range-last") == ""
    # Once: the next visit shows the form folded and empty.
    again = _review(ib_client, submission)
    assert _input_value(again, "rv-range-first") == ""
    assert '<details class="rv-more" id="rv-more">' in again


def test_a_refused_period_comes_back_with_the_times_typed(ib_client):
    submission = processed_submission()
    html = ib_client.post(
        reverse("admin:chats_submission_selection", args=[submission.pk]),
        {"actie": "periode", "van": "2024-03-12T09:30", "tot": "", "selecteren": "1"},
        follow=True,
    ).content.decode()
    assert re.search(r'<details class="rv-more" id="rv-more" open>', html)
    assert _input_value(html, "rv-period-from") == "2024-03-12T09:30"


def test_a_refused_range_leaves_the_period_its_own_values(ib_client):
    submission = processed_submission()
    html = ib_client.post(
        reverse("admin:chats_submission_selection", args=[submission.pk]),
        {"actie": "bereik", "first": "3", "last": "", "selecteren": "1"},
        follow=True,
    ).content.decode()
    shown = _review(ib_client, submission)
    assert _input_value(html, "rv-period-from") == _input_value(shown, "rv-period-from")
