"""The request page's export summary says what its count counts: 'PDF/A, 6 documenten' counted
documents judged niet openbaar or buiten het verzoek too, which the PDF holds only as a one-line
stub. Now: '6 documenten, waarvan 4 (deels) openbaar'."""

import re
from html import unescape

import pytest
from django.urls import reverse

from woo.besluit import beoordeling_save, beoordeling_save_record
from woo.constants import Oordeel
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def _count(client, verzoek) -> str:
    html = client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    return unescape(re.search(r'<span id="export-aantal">(.*?)</span>', html, re.S)[1])


def test_the_export_count_says_how_many_documents_are_released(
    woo_client, woo_user, verzoek, make_record
):
    texts = ["Boom omgewaaid", "Foto gemaakt", "Kraan besteld", "Overleg", "Privé", "Lunch"]
    record = make_record(texts)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    messages = list(record.messages.order_by("seq"))
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=messages[4].pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2e"],
    )
    beoordeling_save(
        user=woo_user, verzoek=verzoek, message_id=messages[5].pk, oordeel=Oordeel.BUITEN_VERZOEK
    )
    assert _count(woo_client, verzoek) == "6 documenten, waarvan 4 (deels) openbaar"


def test_all_released_needs_no_second_number(woo_client, woo_user, verzoek, make_record):
    record = make_record(["Boom omgewaaid", "Foto gemaakt"])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    assert _count(woo_client, verzoek) == "2 documenten"


def test_before_the_assessment_no_released_count_is_claimed(
    woo_client, woo_user, verzoek, make_record
):
    # "12 documenten, waarvan 0 (deels) openbaar" before any judgement said something untrue
    record = make_record(["Boom omgewaaid", "Foto gemaakt", "Kraan besteld"])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    assert _count(woo_client, verzoek) == "3 documenten"
