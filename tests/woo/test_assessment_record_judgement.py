"""The record's derived judgement on its assessment page agrees with the request page and the
release (walk 28: after "Openbaar" for every message of a chat whose personal data was redacted
at archiving, the request page said "Deels openbaar" and the record's own page "Openbaar")."""

import pytest
from django.urls import reverse

from woo.assessment import assessment_page, record_lines
from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def test_public_with_redacted_personal_data_is_partly_public_on_the_record_page(
    woo_client, woo_user, verzoek, make_record
):
    record = make_record([("Bel [TELEFOONNUMMER] over de boom", "Bel 06-12345678 over de boom")])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )

    [line] = record_lines(verzoek)
    assert line.oordeel == Oordeel.DEELS_OPENBAAR
    assert assessment_page(verzoek, record.pk).record_oordeel == Oordeel.DEELS_OPENBAAR
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content
    assert '<strong id="record-oordeel">Deels openbaar</strong>' in page.decode()
