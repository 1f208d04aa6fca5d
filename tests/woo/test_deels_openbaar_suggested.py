"""After a passage of a document is blacked out, its judgement form suggests 'Deels openbaar'
(pre-selected) while the document is judged 'Openbaar' or not yet; an explicit other judgement
('Niet openbaar') is never overridden."""

import re

import pytest
from django.urls import reverse

from woo.besluit import beoordeling_save
from woo.constants import Oordeel
from woo.models import WooBeoordeling
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def selected(make_record, woo_user, verzoek):
    record = make_record(["Het bod was 40.000 euro, zei de wethouder.", "Tot morgen."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return record


def _checked(client, verzoek, record, seq: int) -> str:
    """The judgement checked in message `seq`'s form ('' when none)."""
    html = client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content.decode()
    found = re.findall(rf'id="oordeel-bericht-nr-{seq + 1}-(\w+)" checked', html)
    assert len(found) <= 1
    return found[0] if found else ""


def _black_out(client, verzoek, record, seq: int, passage: str) -> None:
    message = record.messages.get(seq=seq)
    response = client.post(
        reverse("woo:passage", args=[verzoek.pk, record.pk]),
        {"bericht": message.pk, "passage": passage, "grond": "5.1.2b"},
    )
    assert response.status_code == 302


def test_an_unjudged_document_with_a_blacked_out_passage_suggests_deels_openbaar(
    woo_client, verzoek, selected
):
    assert _checked(woo_client, verzoek, selected, 1) == ""
    _black_out(woo_client, verzoek, selected, 1, "40.000 euro")
    html = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, selected.pk])).content
    assert "Voorgesteld: <strong>deels openbaar</strong>" in html.decode()
    assert _checked(woo_client, verzoek, selected, 1) == Oordeel.DEELS_OPENBAAR
    # The other message has nothing blacked out: no suggestion there.
    assert _checked(woo_client, verzoek, selected, 2) == ""


def test_a_document_judged_openbaar_suggests_deels_openbaar_after_a_blackout(
    woo_client, woo_user, verzoek, selected
):
    message = selected.messages.get(seq=1)
    beoordeling_save(user=woo_user, verzoek=verzoek, message_id=message.pk, oordeel="openbaar")
    assert _checked(woo_client, verzoek, selected, 1) == Oordeel.OPENBAAR
    _black_out(woo_client, verzoek, selected, 1, "40.000 euro")
    assert _checked(woo_client, verzoek, selected, 1) == Oordeel.DEELS_OPENBAAR


def test_an_explicit_niet_openbaar_is_never_overridden(woo_client, woo_user, verzoek, selected):
    message = selected.messages.get(seq=1)
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=message.pk,
        oordeel="niet_openbaar",
        gronden=["5.1.2e"],
    )
    _black_out(woo_client, verzoek, selected, 1, "40.000 euro")
    assert _checked(woo_client, verzoek, selected, 1) == Oordeel.NIET_OPENBAAR
    html = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, selected.pk])).content
    assert "Voorgesteld" not in html.decode()


def test_saving_the_suggestion_stores_deels_openbaar(woo_client, verzoek, selected):
    _black_out(woo_client, verzoek, selected, 1, "40.000 euro")
    message = selected.messages.get(seq=1)
    response = woo_client.post(
        reverse("woo:beoordeling", args=[verzoek.pk, selected.pk]),
        {"bericht": message.pk, "oordeel": _checked(woo_client, verzoek, selected, 1)},
    )
    assert response.status_code == 302
    assert WooBeoordeling.objects.get(message=message).oordeel == Oordeel.DEELS_OPENBAAR
    assert _checked(woo_client, verzoek, selected, 1) == Oordeel.DEELS_OPENBAAR
