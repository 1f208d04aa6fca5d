"""Requests and their selections: what may be added, decisions, closing."""

import pytest

from audit.models import AuditEvent
from chats.constants import SubmissionStatus
from woo.constants import Besluit, VerzoekStatus
from woo.models import WooSelectie
from woo.services import (
    WooError,
    selectie_add,
    selectie_decide,
    selectie_remove,
    verzoek_close,
    verzoek_create,
)

pytestmark = pytest.mark.django_db


def test_creating_a_request_is_audited_and_numbers_are_unique(woo_user):
    from datetime import date

    verzoek = verzoek_create(
        user=woo_user, nummer="WOO-2025-001", onderwerp="Windmolens", ontvangen_op=date(2025, 2, 3)
    )
    assert AuditEvent.objects.filter(
        action="woo_verzoek.created", object_id=str(verzoek.pk)
    ).exists()
    with pytest.raises(WooError) as refused:
        verzoek_create(
            user=woo_user, nummer="WOO-2025-001", onderwerp="x", ontvangen_op=date.today()
        )
    assert "bestaat al" in refused.value.message


def test_adding_a_record_twice_gives_one_selection(woo_user, verzoek, make_record):
    record = make_record(["Tekst."])
    first, created = selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    again, created_again = selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    assert created and not created_again and first.pk == again.pk
    assert first.record_ref == f"WA-{record.pk:06d}" and first.whole_record


def test_a_message_of_a_selected_record_is_already_in(woo_user, verzoek, make_record):
    record = make_record(["Een.", "Twee."])
    whole, _ = selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    message = record.messages.get(seq=2)
    selectie, created = selectie_add(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=message.pk
    )
    assert not created and selectie.pk == whole.pk


@pytest.mark.parametrize("status", [SubmissionStatus.TE_BEOORDELEN, SubmissionStatus.AFGEWEZEN])
def test_only_archived_records_can_be_added(woo_user, verzoek, make_record, status):
    record = make_record(["Tekst."], status=status)
    with pytest.raises(WooError):
        selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)


def test_a_message_outside_the_record_or_of_another_record_is_refused(
    woo_user, verzoek, make_record
):
    record = make_record(["Wel.", "Niet."], excluded_seqs=(2,))
    other = make_record(["Ander."])
    for message_id in (record.messages.get(seq=2).pk, other.messages.get().pk):
        with pytest.raises(WooError):
            selectie_add(
                user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=message_id
            )
    assert not WooSelectie.objects.exists()


def test_a_closed_request_cannot_change(woo_user, verzoek, make_record):
    record = make_record(["Tekst."])
    selectie, _ = selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    verzoek_close(user=woo_user, verzoek=verzoek)
    assert verzoek.status == VerzoekStatus.AFGEHANDELD and verzoek.afgehandeld_op
    with pytest.raises(WooError):
        selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    selectie.refresh_from_db()
    with pytest.raises(WooError):
        selectie_remove(user=woo_user, selectie=selectie)
    with pytest.raises(WooError):
        selectie_decide(user=woo_user, selectie=selectie, besluit=Besluit.OPENBAAR, gronden=[])
    with pytest.raises(WooError):
        verzoek_close(user=woo_user, verzoek=verzoek)


def test_an_openbaar_decision_drops_grounds(woo_user, verzoek, make_record):
    record = make_record(["Tekst."])
    selectie, _ = selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    selectie_decide(user=woo_user, selectie=selectie, besluit=Besluit.OPENBAAR, gronden=["5.2"])
    selectie.refresh_from_db()
    assert selectie.besluit == Besluit.OPENBAAR and selectie.gronden == []
    assert AuditEvent.objects.filter(action="woo_selectie.decided").count() == 1
