"""Selection services of the review: one per way of selecting, each in one transaction, audited,
refused once the submission is decided; and the submitter's period pre-selected at processing."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from accounts.roles import INFORMATIEBEHEER, sync_roles
from audit.models import AuditEvent
from chats.constants import SelectionSource, SubmissionStatus
from chats.models import Message
from chats.processing import submission_process
from chats.review.errors import ReviewError
from chats.review.services import (
    date_order_confirm,
    selection_set_all,
    selection_set_day,
    selection_set_message,
    selection_set_period,
    selection_set_range,
    selection_set_search,
    selection_submitter_period,
)
from chats.services import IncomingFile, submission_create
from tests.conftest import SUBMISSION_FIELDS
from tests.factories import AMSTERDAM, UserFactory, processed_submission

pytestmark = pytest.mark.django_db


def selected(submission) -> list[int]:
    return list(
        Message.objects.filter(submission=submission, in_record=True)
        .order_by("seq")
        .values_list("seq", flat=True)
    )


def last_event():
    return AuditEvent.objects.filter(action="submission.selection_changed").latest("pk")


@pytest.fixture
def three_days():
    """Nine messages: three on each of 11, 12 and 13 March 2024 (09:00, 12:00, 23:30 local)."""
    submission = processed_submission(messages=9, with_photo=False)
    for message in Message.objects.filter(submission=submission):
        day, slot = divmod(message.seq, 3)
        hour, minute = ((9, 0), (12, 0), (23, 30))[slot]
        message.sent_at = datetime(2024, 3, 11 + day, hour, minute, tzinfo=AMSTERDAM)
        message.save(update_fields=["sent_at"])
    reviewer = UserFactory(username="voorbereiding")
    reviewer.groups.add(sync_roles()[INFORMATIEBEHEER])
    selection_set_all(submission_id=submission.pk, include=False, user=reviewer)
    return submission


def test_one_message_goes_in_and_out(three_days, ib):
    message = Message.objects.get(submission=three_days, seq=4)
    result = selection_set_message(
        submission_id=three_days.pk, message_id=message.pk, include=True, user=ib
    )
    assert (result.changed, result.selected, result.total) == (1, 1, 9)
    assert selected(three_days) == [4]
    event = last_event()
    assert event.actor == ib
    assert event.detail == {
        "selected": 1,
        "total": 9,
        "scope": "message",
        "include": True,
        "changed": 1,
    }
    selection_set_message(
        submission_id=three_days.pk, message_id=message.pk, include=False, user=ib
    )
    assert selected(three_days) == []
    three_days.refresh_from_db()
    assert three_days.selection_source == SelectionSource.INFORMATIEBEHEER


def test_a_message_of_another_chat_is_refused(three_days, ib):
    other = Message.objects.filter(submission=processed_submission()).first()
    with pytest.raises(ReviewError, match="hoort niet bij"):
        selection_set_message(
            submission_id=three_days.pk, message_id=other.pk, include=True, user=ib
        )
    assert other.in_record  # untouched


def test_a_range_in_either_order(three_days, ib):
    result = selection_set_range(
        submission_id=three_days.pk, first_seq=6, last_seq=2, include=True, user=ib
    )
    assert selected(three_days) == [2, 3, 4, 5, 6] and result.changed == 5
    selection_set_range(
        submission_id=three_days.pk, first_seq=3, last_seq=4, include=False, user=ib
    )
    assert selected(three_days) == [2, 5, 6]
    assert last_event().detail["scope"] == "range" and last_event().detail["include"] is False
    with pytest.raises(ReviewError, match="geen berichten met de nummers 51 tot en met 61"):
        selection_set_range(
            submission_id=three_days.pk, first_seq=50, last_seq=60, include=True, user=ib
        )


def test_a_whole_day_by_the_local_calendar(three_days, ib):
    # 23:30 in Amsterdam is 22:30 UTC: it belongs to the local day, not the next.
    selection_set_day(submission_id=three_days.pk, day=date(2024, 3, 12), include=True, user=ib)
    assert selected(three_days) == [3, 4, 5]
    selection_set_all(submission_id=three_days.pk, include=True, user=ib)
    selection_set_day(submission_id=three_days.pk, day=date(2024, 3, 11), include=False, user=ib)
    assert selected(three_days) == [3, 4, 5, 6, 7, 8]
    assert last_event().detail["scope"] == "day"
    with pytest.raises(ReviewError, match="geen berichten op 01-01-2020"):
        selection_set_day(submission_id=three_days.pk, day=date(2020, 1, 1), include=True, user=ib)


def test_the_messages_without_a_time_are_a_day_of_their_own(three_days, ib):
    Message.objects.filter(submission=three_days, seq=8).update(sent_at=None)
    selection_set_day(submission_id=three_days.pk, day=None, include=True, user=ib)
    assert selected(three_days) == [8]


def test_a_period_by_date_and_time(three_days, ib):
    start = datetime(2024, 3, 11, 12, 0, tzinfo=AMSTERDAM)
    end = datetime(2024, 3, 12, 12, 0, tzinfo=AMSTERDAM)
    result = selection_set_period(
        submission_id=three_days.pk, start=start, end=end, include=True, user=ib
    )
    assert selected(three_days) == [1, 2, 3, 4] and result.selected == 4
    assert last_event().detail["scope"] == "period"
    with pytest.raises(ReviewError, match="vóór het begin"):
        selection_set_period(
            submission_id=three_days.pk, start=end, end=start, include=True, user=ib
        )
    with pytest.raises(ReviewError, match="geen berichten"):
        selection_set_period(
            submission_id=three_days.pk,
            start=start - timedelta(days=30),
            end=start - timedelta(days=29),
            include=True,
            user=ib,
        )


def test_the_hits_of_a_search_case_insensitive(three_days, ib):
    wanted = sorted(
        Message.objects.filter(submission=three_days, text__icontains="boom").values_list(
            "seq", flat=True
        )
    )
    assert wanted  # the factory's chat talks about the tree
    result = selection_set_search(
        submission_id=three_days.pk, query=" BOOM ", include=True, user=ib
    )
    assert selected(three_days) == wanted and result.changed == len(wanted)
    event = last_event()
    assert event.detail["scope"] == "search" and "boom" not in str(event.detail).lower()
    with pytest.raises(ReviewError, match="ten minste 2 tekens"):
        selection_set_search(submission_id=three_days.pk, query="b", include=True, user=ib)
    with pytest.raises(ReviewError, match="Geen berichten gevonden met ‘olifant’"):
        selection_set_search(submission_id=three_days.pk, query="olifant", include=True, user=ib)


def test_all_and_none(three_days, ib):
    assert selection_set_all(submission_id=three_days.pk, include=True, user=ib).selected == 9
    assert selected(three_days) == list(range(9))
    assert selection_set_all(submission_id=three_days.pk, include=False, user=ib).changed == 9
    assert selected(three_days) == []
    assert last_event().detail["scope"] == "all"


def test_the_submitters_period_can_be_selected_again(three_days, ib):
    three_days.periode_van = date(2024, 3, 12)
    three_days.periode_tot = date(2024, 3, 13)
    three_days.save()
    result = selection_submitter_period(submission_id=three_days.pk, user=ib)
    assert selected(three_days) == [3, 4, 5, 6, 7, 8] and result.selected == 6
    three_days.refresh_from_db()
    assert three_days.selection_source == SelectionSource.PERIODE_INDIENER
    assert last_event().detail["scope"] == "submitter_period"


def test_without_a_submitters_period_there_is_nothing_to_select(three_days, ib):
    with pytest.raises(ReviewError, match="geen periode"):
        selection_submitter_period(submission_id=three_days.pk, user=ib)


@pytest.mark.parametrize(
    "action",
    [
        lambda s, ib: selection_set_message(
            submission_id=s.pk, message_id=s.messages.first().pk, include=True, user=ib
        ),
        lambda s, ib: selection_set_range(
            submission_id=s.pk, first_seq=0, last_seq=3, include=True, user=ib
        ),
        lambda s, ib: selection_set_day(
            submission_id=s.pk, day=date(2024, 3, 12), include=True, user=ib
        ),
        lambda s, ib: selection_set_period(
            submission_id=s.pk,
            start=timezone.now() - timedelta(days=9999),
            end=timezone.now(),
            include=True,
            user=ib,
        ),
        lambda s, ib: selection_set_search(submission_id=s.pk, query="boom", include=True, user=ib),
        lambda s, ib: selection_set_all(submission_id=s.pk, include=True, user=ib),
        lambda s, ib: selection_submitter_period(submission_id=s.pk, user=ib),
    ],
    ids=["message", "range", "day", "period", "search", "all", "submitter_period"],
)
@pytest.mark.parametrize("status", [SubmissionStatus.GEARCHIVEERD, SubmissionStatus.AFGEWEZEN])
def test_every_selection_action_is_refused_once_decided(three_days, ib, action, status):
    three_days.periode_van = date(2024, 3, 12)
    three_days.status = status
    three_days.save()
    events_before = AuditEvent.objects.count()
    with pytest.raises(ReviewError, match="kan niet meer worden gewijzigd"):
        action(three_days, ib)
    assert selected(three_days) == []
    assert AuditEvent.objects.count() == events_before


# --- the submitter's period, pre-selected at processing ----------------------------------------


def _process(user, path, **fields):
    submission = submission_create(
        user=user,
        files=[IncomingFile(path=path, client_name=path.name)],
        upload_kind="ios_export",
        **{**SUBMISSION_FIELDS, **fields},
    )
    submission_process(submission_id=submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.TE_BEOORDELEN, submission.failure_reason
    return submission


@pytest.fixture
def private_temp(settings, tmp_path):
    settings.ARCHIEF_TEMP_ROOT = tmp_path / "archief-tmp"
    settings.CLAMAV_SOCKET = ""
    settings.CLAMAV_HOST = ""
    settings.CLAMAV_REQUIRED = False


def test_processing_pre_selects_the_submitters_period(private_temp, medewerker, ios_export):
    # The export: three messages on 12 March, one on 13 March.
    submission = _process(
        medewerker, ios_export, periode_van=date(2024, 3, 13), periode_tot=date(2024, 3, 13)
    )
    assert selected(submission) == [3]
    assert submission.selection_source == SelectionSource.PERIODE_INDIENER
    assert not any(f["code"] == "period_without_messages" for f in submission.flags)


def test_processing_without_a_period_selects_everything(private_temp, medewerker, ios_export):
    submission = _process(medewerker, ios_export)
    assert selected(submission) == [0, 1, 2, 3]
    assert submission.selection_source == SelectionSource.ALLES


def test_a_period_without_messages_keeps_everything_and_says_so(
    private_temp, medewerker, ios_export
):
    submission = _process(medewerker, ios_export, periode_van=date(2025, 1, 1))
    assert selected(submission) == [0, 1, 2, 3]
    assert submission.selection_source == SelectionSource.ALLES
    [flag] = [f for f in submission.flags if f["code"] == "period_without_messages"]
    assert "01-01-2025" in flag["message"] and "alle berichten" in flag["message"]


def test_confirming_the_date_order_selects_the_submitters_period_again(ib):
    # Read as DMY the chat is on 3 December; the submitter meant 12 March (MDY).
    submission = processed_submission(
        uncertain=True, messages=3, periode_van=date(2024, 3, 12), periode_tot=date(2024, 3, 12)
    )
    Message.objects.filter(submission=submission).update(
        sent_at=datetime(2024, 12, 3, 10, 0, tzinfo=AMSTERDAM)
    )
    # Read as DMY, message 2 is on 4 December: after the swap it is 12 April, outside the period.
    Message.objects.filter(submission=submission, seq=2).update(
        sent_at=datetime(2024, 12, 4, 10, 0, tzinfo=AMSTERDAM)
    )
    date_order_confirm(submission_id=submission.pk, date_order="MDY", user=ib)
    assert selected(submission) == [0, 1]
    submission.refresh_from_db()
    assert submission.selection_source == SelectionSource.PERIODE_INDIENER
