"""The archive confirmation says whether more can be blacked out afterwards (nader
anonimiseren works only while the originals are kept): a reviewer who archives with the
originals purged at once must check the redactions now."""

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


def test_purged_at_archiving_the_confirmation_says_nothing_can_be_blacked_out_later(
    ib_client, settings
):
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(0)
    page = _confirmation(ib_client)
    assert "worden direct verwijderd" in page
    assert "Daarna kan in de tekst niets meer worden weggelakt" in page


def test_purged_later_the_confirmation_says_until_when_more_can_be_blacked_out(ib_client, settings):
    settings.ARCHIEF_PURGE_ORIGINALS_AFTER = timedelta(days=30)
    page = _confirmation(ib_client)
    assert "Tot dan kunt u nog meer weglakken (nader anonimiseren)" in page
    assert "Daarna kan in de tekst niets meer worden weggelakt" not in page
