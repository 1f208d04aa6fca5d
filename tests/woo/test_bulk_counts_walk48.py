"""The message after judging a whole record at once reports the verdicts as they stand
(walk48): "Op alle ... toepassen" with "Openbaar" said "12 documenten beoordeeld als openbaar."
while 9 of them became "Deels openbaar" (personal data blacked out in them)."""

import pytest
from django.urls import reverse

from woo.constants import Oordeel
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def test_the_bulk_message_counts_each_verdict(make_record, woo_client, woo_user, verzoek):
    record = make_record(
        [
            "De boom is omgewaaid.",
            ("Bel [TELEFOONNUMMER].", "Bel 06-12345678."),
            ("Mail [E-MAILADRES].", "Mail a@b.nl."),
        ]
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    response = woo_client.post(
        reverse("woo:beoordeling_record", args=[verzoek.pk, record.pk]),
        {"oordeel": Oordeel.OPENBAAR},
        follow=True,
    )
    page = response.content.decode()
    assert "3 documenten beoordeeld als openbaar." not in page
    assert "1 openbaar" in page and "2 deels openbaar" in page
