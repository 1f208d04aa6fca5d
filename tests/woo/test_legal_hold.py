"""Records selected for an open Woo request are on legal hold; closing the request lifts it."""

import pytest
from django.db import transaction

from chats.models import Submission
from tests.factories import WooVerzoekFactory
from woo.legal_hold import LegalHoldError, is_on_legal_hold
from woo.services import selectie_add, verzoek_close

pytestmark = pytest.mark.django_db


def test_whole_records_and_records_of_single_messages_are_on_hold(woo_user, verzoek, make_record):
    whole = make_record(["Een."])
    partly = make_record(["Twee.", "Drie."])
    free = make_record(["Vier."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=whole.pk)
    selectie_add(
        user=woo_user,
        verzoek=verzoek,
        submission_id=partly.pk,
        message_id=partly.messages.get(seq=2).pk,
    )
    assert is_on_legal_hold(whole.pk) and is_on_legal_hold(partly.pk)
    assert not is_on_legal_hold(free.pk)


def test_closing_the_request_lifts_the_hold(woo_user, verzoek, make_record):
    record = make_record(["Een."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    verzoek_close(user=woo_user, verzoek=verzoek)
    assert not is_on_legal_hold(record.pk)


def test_another_open_request_keeps_the_hold(woo_user, verzoek, make_record):
    record = make_record(["Een."])
    other = WooVerzoekFactory(nummer="WOO-10", onderwerp="Ook", aangemaakt_door=woo_user)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    selectie_add(user=woo_user, verzoek=other, submission_id=record.pk)
    verzoek_close(user=woo_user, verzoek=verzoek)
    assert is_on_legal_hold(record.pk)


def test_deleting_a_record_on_hold_is_refused(woo_user, verzoek, make_record):
    record = make_record(["Een."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    # A savepoint of our own: the refused delete rolls back only its own work.
    with pytest.raises(LegalHoldError) as refused, transaction.atomic():
        Submission.objects.filter(pk=record.pk).delete()
    assert "bewaarplicht" in refused.value.message
    assert Submission.objects.filter(pk=record.pk).exists()


def test_after_the_hold_a_destroyed_record_stays_on_the_inventory(woo_user, verzoek, make_record):
    record = make_record(["Een."])
    selectie, _ = selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    verzoek_close(user=woo_user, verzoek=verzoek)
    Submission.objects.filter(pk=record.pk).delete()
    selectie.refresh_from_db()
    assert selectie.submission_id is None
    assert selectie.record_ref == f"WA-{record.pk:06d}"
