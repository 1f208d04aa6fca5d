"""Records selected for a Woo request are on legal hold from receipt until the objection and
appeal term after the decision has passed."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from chats.models import Submission
from tests.factories import WooVerzoekFactory
from woo.besluit import (
    beoordeling_save_record,
    bezwaar_register,
    bezwaar_settle,
    verzoek_close,
)
from woo.constants import Oordeel
from woo.legal_hold import LegalHoldError, held_submission_ids, is_on_legal_hold
from woo.services import WooError, selectie_add

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


def _decide(user, verzoek, record, *, on):
    beoordeling_save_record(
        user=user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    # A request is decided after it came in.
    verzoek.ontvangen_op = min(verzoek.ontvangen_op, on - timedelta(weeks=4))
    verzoek.save(update_fields=["ontvangen_op"])
    verzoek_close(user=user, verzoek=verzoek, besluit_op=on)


def test_the_hold_ends_six_weeks_after_the_decision(woo_user, verzoek, make_record):
    record = make_record(["Een."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    decided = timezone.localdate() - timedelta(weeks=7)
    _decide(woo_user, verzoek, record, on=decided)
    assert verzoek.bewaarplicht_tot == decided + timedelta(weeks=6)
    assert not is_on_legal_hold(record.pk)
    assert record.pk in held_submission_ids(on=decided + timedelta(weeks=6))


def test_an_objection_keeps_the_hold_until_six_weeks_after_it_is_settled(
    woo_user, verzoek, make_record
):
    record = make_record(["Een."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    decided = timezone.localdate() - timedelta(weeks=20)
    _decide(woo_user, verzoek, record, on=decided)
    bezwaar_register(user=woo_user, verzoek=verzoek, ingesteld_op=decided + timedelta(weeks=5))
    assert verzoek.bewaarplicht_tot is None and is_on_legal_hold(record.pk)
    settled = timezone.localdate() - timedelta(weeks=1)
    bezwaar_settle(user=woo_user, verzoek=verzoek, afgerond_op=settled)
    assert verzoek.bewaarplicht_tot == settled + timedelta(weeks=6)
    assert is_on_legal_hold(record.pk)
    assert record.pk not in held_submission_ids(on=settled + timedelta(weeks=6, days=1))


def test_an_objection_needs_a_decision_first(woo_user, verzoek):
    with pytest.raises(WooError, match="nadat op het verzoek is besloten"):
        bezwaar_register(user=woo_user, verzoek=verzoek, ingesteld_op=timezone.localdate())


def test_another_open_request_keeps_the_hold(woo_user, verzoek, make_record):
    record = make_record(["Een."])
    other = WooVerzoekFactory(nummer="WOO-10", onderwerp="Ook", aangemaakt_door=woo_user)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    selectie_add(user=woo_user, verzoek=other, submission_id=record.pk)
    _decide(woo_user, verzoek, record, on=timezone.localdate() - timedelta(weeks=7))
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
    _decide(woo_user, verzoek, record, on=timezone.localdate() - timedelta(weeks=7))
    Submission.objects.filter(pk=record.pk).delete()
    selectie.refresh_from_db()
    assert selectie.submission_id is None
    assert selectie.record_ref == f"WA-{record.pk:06d}"
