"""Requests and their selections: what may be added, decisions, closing."""

import pytest

from audit.models import AuditEvent
from chats.constants import SubmissionStatus
from woo.besluit import beoordeling_save, beoordeling_save_record, verzoek_close
from woo.constants import Oordeel, VerzoekStatus
from woo.models import WooBeoordeling, WooSelectie
from woo.services import WooError, selectie_add, selectie_remove, verzoek_create

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
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    verzoek_close(user=woo_user, verzoek=verzoek)
    assert verzoek.status == VerzoekStatus.AFGEHANDELD and verzoek.afgehandeld_op
    with pytest.raises(WooError):
        selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    selectie.refresh_from_db()
    with pytest.raises(WooError):
        selectie_remove(user=woo_user, selectie=selectie)
    with pytest.raises(WooError):
        beoordeling_save(
            user=woo_user,
            verzoek=verzoek,
            message_id=record.messages.get().pk,
            oordeel=Oordeel.NIET_OPENBAAR,
            gronden=["5.2"],
        )
    with pytest.raises(WooError):
        verzoek_close(user=woo_user, verzoek=verzoek)


@pytest.mark.parametrize(
    ("oordeel", "gronden", "url", "refusal"),
    [
        (Oordeel.OPENBAAR, ["5.2"], "", "horen geen weigeringsgronden"),
        (Oordeel.NIET_OPENBAAR, [], "", "ten minste één weigeringsgrond"),
        (Oordeel.DEELS_OPENBAAR, ["5.2"], "", "ten minste één passage"),
        (Oordeel.REEDS_OPENBAAR, [], "", "vindplaats"),
        (Oordeel.NIET_OPENBAAR, ["9.9.9"], "", "Onbekende weigeringsgrond"),
        ("misschien", [], "", "Kies een beoordeling"),
    ],
)
def test_a_judgement_needs_what_the_law_asks(
    woo_user, verzoek, make_record, oordeel, gronden, url, refusal
):
    record = make_record(["Tekst zonder persoonsgegevens."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    with pytest.raises(WooError, match=refusal):
        beoordeling_save(
            user=woo_user,
            verzoek=verzoek,
            message_id=record.messages.get().pk,
            oordeel=oordeel,
            gronden=gronden,
            reeds_openbaar_url=url,
        )
    assert not WooBeoordeling.objects.exists()


def test_a_judgement_is_audited_and_replaced_not_duplicated(woo_user, verzoek, make_record):
    record = make_record(["Tekst."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    message = record.messages.get()
    for oordeel, gronden in ((Oordeel.OPENBAAR, []), (Oordeel.NIET_OPENBAAR, ["5.2"])):
        beoordeling_save(
            user=woo_user, verzoek=verzoek, message_id=message.pk, oordeel=oordeel, gronden=gronden
        )
    judged = WooBeoordeling.objects.get()
    assert (judged.oordeel, judged.gronden, judged.beoordeeld_door) == (
        Oordeel.NIET_OPENBAAR,
        ["5.2"],
        woo_user,
    )
    events = AuditEvent.objects.filter(action="woo_document.assessed").order_by("pk")
    assert [e.detail["oordeel"] for e in events] == ["openbaar", "niet_openbaar"]


def test_a_message_outside_the_selection_cannot_be_judged(woo_user, verzoek, make_record):
    record = make_record(["Gekozen.", "Niet gekozen."])
    selectie_add(
        user=woo_user,
        verzoek=verzoek,
        submission_id=record.pk,
        message_id=record.messages.get(seq=1).pk,
    )
    with pytest.raises(WooError, match="hoort niet bij de selectie"):
        beoordeling_save(
            user=woo_user,
            verzoek=verzoek,
            message_id=record.messages.get(seq=2).pk,
            oordeel=Oordeel.OPENBAAR,
        )


def test_deels_openbaar_is_given_per_document(woo_user, verzoek, make_record):
    record = make_record(["Een."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    with pytest.raises(WooError, match="per document"):
        beoordeling_save_record(
            user=woo_user,
            verzoek=verzoek,
            submission_id=record.pk,
            oordeel=Oordeel.DEELS_OPENBAAR,
            gronden=["5.2"],
        )


def test_removing_a_selection_removes_its_judgements(woo_user, verzoek, make_record):
    record = make_record(["Een.", "Twee."])
    selectie, _ = selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    assert WooBeoordeling.objects.count() == 2
    selectie_remove(user=woo_user, selectie=selectie)
    assert not WooBeoordeling.objects.exists()


def test_judging_a_whole_record_is_audited_as_number_ranges_not_ids_per_document(
    woo_user, verzoek, make_record
):
    """Stop 29 noticed: judging a 5,000-message record wrote one audit row of 199 KB, a list of
    internal ids nobody can read. The row names the record's messages as the pages number them."""
    record = make_record([f"Bericht {n}." for n in range(300)])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    first = record.messages.get(seq=41)
    beoordeling_save(user=woo_user, verzoek=verzoek, message_id=first.pk, oordeel=Oordeel.OPENBAAR)
    single = AuditEvent.objects.get(action="woo_document.assessed")
    assert single.detail["documents"] == [f"WA-{record.pk:06d} bericht {first.seq + 1}"]
    beoordeling_save_record(
        user=woo_user,
        verzoek=verzoek,
        submission_id=record.pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.2"],
    )
    bulk = AuditEvent.objects.filter(action="woo_document.assessed").latest("pk")
    shown = sorted(m.seq + 1 for m in record.messages.exclude(pk=first.pk))
    ranges = f"{shown[0]}-{first.seq}, {first.seq + 2}-{shown[-1]}"
    assert bulk.detail == {
        "documents": [f"WA-{record.pk:06d} berichten {ranges}"],
        "count": 299,
        "oordeel": "niet_openbaar",
        "gronden": ["5.2"],
    }
