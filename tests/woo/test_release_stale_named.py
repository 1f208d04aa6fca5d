"""The "Verouderd" notice on the request page named every change that could have made the
export outdated ("de selectie, een beoordeling, … gewijzigd, of op het verzoek besloten
(datum)"), also a decision taken before the export was made. It now names what did: the
decision on the request by its kenmerk and date when it came after the export, the judgements,
passages or selection changed since, or what Informatiebeheer withheld or blacked out since."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.conftest import png_bytes
from tests.woo import test_release_jobs as jobs
from woo.besluit import beoordeling_save, beoordeling_save_record, passage_add
from woo.constants import Oordeel
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

# The export tests' fixtures: a store of its own, a judged record; and how the page exports.
own_store, judged, _make = jobs.own_store, jobs.judged, jobs._make


def _status(client, verzoek) -> str:
    page = client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    return page.split('id="export-status"', 1)[1].split("</p>", 1)[0]


def _close(client, verzoek) -> None:
    day = timezone.localdate().isoformat()
    client.post(reverse("woo:verzoek_close", args=[verzoek.pk]), {"datum": day})


def test_a_decision_after_the_export_is_named_by_its_request_and_date(woo_client, verzoek, judged):
    _make(woo_client, verzoek)
    _close(woo_client, verzoek)
    status = _status(woo_client, verzoek)
    today = timezone.localdate()
    assert "Verouderd" in status
    assert f"het besluit op {verzoek.nummer} van {today.day} " in status
    assert "beoordeling" not in status and "Informatiebeheer" not in status


def test_changed_judgements_and_passages_are_named_and_no_decision(
    woo_client, woo_user, verzoek, judged
):
    _make(woo_client, verzoek)
    message = judged.messages.get(seq=2)
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=message.pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2b"],
    )
    passage_add(
        user=woo_user, verzoek=verzoek, message_id=message.pk, passage="veertig", grond="5.2"
    )
    status = _status(woo_client, verzoek)
    assert "1 beoordeling gegeven of gewijzigd" in status
    assert "1 passage weggelakt" in status
    assert "besluit" not in status


def test_a_withhold_after_a_decision_names_informatiebeheer_not_the_decision(
    woo_client, woo_user, ib, verzoek, make_record, make_media
):
    from chats.review.services import media_withhold  # the review's service, as on its page

    record = make_record(["Foto van de gevel bij de markt.", "Dank voor de foto."])
    photo = make_media(
        record, record.messages.get(seq=1), original=png_bytes(), derived=png_bytes(30, 20)
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    _close(woo_client, verzoek)
    _make(woo_client, verzoek)  # exported after the decision: it carries the date
    media_withhold(submission_id=record.pk, media_id=photo.pk, user=ib)
    status = _status(woo_client, verzoek)
    assert "Verouderd" in status
    assert "Informatiebeheer 1 bijlage achtergehouden of vrijgegeven" in status
    assert "besluit" not in status
