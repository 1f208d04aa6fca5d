"""Walk 50 (D): a message whose text the archive changed (a name pseudonymised: "Hoi Rik," is
"Hoi Inwoner 2,") is deels openbaar on 5.1.2e, in the inventory, on the request page and as
the assessment form's default; also after the purge emptied its original text.

Failed on main: judged 'openbaar', it stood in the inventarislijst as Openbaar without a ground
(only a placeholder such as [NAAM] counted as a blackout)."""

import pytest

from chats.models import Message
from tests.factories import RedactionSpanFactory
from woo.assessment import assessment_page, record_lines
from woo.besluit import beoordeling_save, beoordeling_save_record
from woo.constants import Oordeel
from woo.release import inventory_rows, release_items
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(make_record):
    record = make_record([("Hoi Inwoner 2, de boom ligt er nog.", "Hoi Rik, de boom ligt er nog.")])
    message = record.messages.get(seq=1)
    RedactionSpanFactory(message=message, start=4, end=7, label="PERSON")
    return record


@pytest.mark.parametrize("purged", [False, True], ids=["voor-opschonen", "na-opschonen"])
def test_a_pseudonymised_message_is_deels_openbaar(woo_user, verzoek, record, purged):
    if purged:
        Message.objects.filter(submission=record).update(text="")
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    # The form's default, before any judgement: deels openbaar.
    [row] = assessment_page(verzoek, record.pk).rows
    assert row.preselected == Oordeel.DEELS_OPENBAAR
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    [item] = release_items(verzoek)
    assert (item.oordeel, item.gronden) == (Oordeel.DEELS_OPENBAAR, ("5.1.2e",))
    [inventory] = inventory_rows([item])
    assert inventory[6:8] == ("Deels openbaar", "5.1.2e")
    [line] = record_lines(verzoek)
    assert line.oordeel == Oordeel.DEELS_OPENBAAR
    [row] = assessment_page(verzoek, record.pk).rows
    assert (row.oordeel, row.gronden) == (Oordeel.DEELS_OPENBAAR, ["5.1.2e"])


def test_a_message_the_archive_did_not_change_stays_openbaar(woo_user, verzoek, make_record):
    record = make_record(["De boom ligt er nog."])
    # A redaction Informatiebeheer switched off changed nothing.
    RedactionSpanFactory(message=record.messages.get(seq=1), start=4, end=8, active=False)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    [item] = release_items(verzoek)
    assert (item.oordeel, item.gronden) == (Oordeel.OPENBAAR, ())
    [line] = record_lines(verzoek)
    assert line.oordeel == Oordeel.OPENBAAR


def test_the_officer_may_judge_a_pseudonymised_message_deels_openbaar(woo_user, verzoek, record):
    # What the form suggests can be saved: the pseudonymised name is the withheld part.
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    message = record.messages.get(seq=1)
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=message.pk,
        oordeel=Oordeel.DEELS_OPENBAAR,
        gronden=["5.1.2e"],
    )
    [item] = release_items(verzoek)
    assert (item.oordeel, item.gronden) == (Oordeel.DEELS_OPENBAAR, ("5.1.2e",))
