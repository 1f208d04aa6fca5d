"""The archive confirmation says where more can be blacked out afterwards (nader anonimiseren):
in the original text while it is kept, in the redacted text once it is purged; a reviewer who
archives with the originals purged at once is told to check the redactions now. Nothing is
undone after archiving."""

from datetime import timedelta

import pytest
from django.urls import reverse

from tests.factories import SelectielijstResultaatFactory, ZaakFactory, processed_submission

pytestmark = pytest.mark.django_db


def _confirmation(ib_client):
    submission = processed_submission()
    return ib_client.post(
        reverse("admin:chats_submission_archive", args=[submission.pk]),
        {"zaak": ZaakFactory(afgesloten=True).pk, "resultaat": SelectielijstResultaatFactory().pk},
    ).content.decode()


def test_purged_at_archiving_the_confirmation_says_more_is_blacked_out_in_the_redacted_text(
    ib_client, settings
):
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(0)
    page = _confirmation(ib_client)
    assert "worden direct verwijderd" in page
    assert "Daarna lakt u alleen nog weg in de geanonimiseerde tekst (nader anonimiseren)" in page
    assert "niets meer worden weggelakt" not in page
    assert "Een weglakking ongedaan maken kan na het archiveren niet meer" in page


def test_purged_later_the_confirmation_says_until_when_more_can_be_blacked_out(ib_client, settings):
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(days=30)
    page = _confirmation(ib_client)
    assert "Tot dan lakt u nog weg in de originele tekst" in page
    assert "daarna in de geanonimiseerde tekst (nader anonimiseren)" in page
