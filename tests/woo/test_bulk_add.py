"""Adding a day or all hits of a record adds many messages at once: a fixed number of queries
and one audit event listing them, not ten queries and an audit event per message (walkthrough:
"Hele dag toevoegen" of 1,544 messages took 25.5 s)."""

from datetime import date

import pytest

from audit.actions import AuditAction
from audit.models import AuditEvent
from woo.models import WooSelectie
from woo.services import WooError, selectie_add, selectie_add_day, selectie_add_messages

pytestmark = pytest.mark.django_db


def _added_events():
    return AuditEvent.objects.filter(action=AuditAction.WOO_SELECTIE_ADDED)


def test_a_day_of_many_messages_takes_a_fixed_number_of_queries(
    woo_user, verzoek, make_record, django_assert_max_num_queries
):
    record = make_record([f"Bericht {n} over de laadpaal" for n in range(300)])
    with django_assert_max_num_queries(25):
        added, already = selectie_add_day(
            user=woo_user, verzoek=verzoek, submission_id=record.pk, day=date(2024, 3, 12)
        )
    assert (added, already) == (300, 0)
    assert WooSelectie.objects.filter(verzoek=verzoek, submission=record).count() == 300
    seqs = sorted(WooSelectie.objects.filter(verzoek=verzoek).values_list("message_seq", flat=True))
    assert seqs == [m.seq for m in record.messages.order_by("seq")]
    event = _added_events().get()
    assert event.detail["submission_id"] == record.pk
    assert sorted(event.detail["message_ids"]) == sorted(
        record.messages.values_list("pk", flat=True)
    )


def test_messages_already_in_the_request_are_counted_and_not_audited_again(
    woo_user, verzoek, make_record
):
    record = make_record(["een", "twee", "drie", "vier"])
    ids = list(record.messages.order_by("seq").values_list("pk", flat=True))
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=ids[0])
    added, already = selectie_add_messages(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, message_ids=ids
    )
    assert (added, already) == (3, 1)
    assert sorted(_added_events().order_by("pk").last().detail["message_ids"]) == sorted(ids[1:])
    assert selectie_add_messages(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, message_ids=ids
    ) == (0, 4)
    assert _added_events().count() == 2  # nothing added, nothing audited


def test_a_message_of_another_record_refuses_the_whole_batch(woo_user, verzoek, make_record):
    record = make_record(["een", "twee"])
    other = make_record(["elders"])
    ids = [*record.messages.values_list("pk", flat=True), other.messages.get().pk]
    with pytest.raises(WooError, match="hoort niet bij het archiefstuk"):
        selectie_add_messages(
            user=woo_user, verzoek=verzoek, submission_id=record.pk, message_ids=ids
        )
    assert not WooSelectie.objects.filter(verzoek=verzoek).exists()
    assert not _added_events().exists()


def test_a_whole_record_in_the_request_holds_its_messages_already(woo_user, verzoek, make_record):
    record = make_record(["een", "twee"])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    ids = list(record.messages.values_list("pk", flat=True))
    assert selectie_add_messages(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, message_ids=ids
    ) == (0, 2)
    assert WooSelectie.objects.filter(verzoek=verzoek).count() == 1
