"""Found walking the app as new users would (walk 41)."""

import pytest
from django.urls import reverse

from chats.constants import MediaRelease
from tests.factories import MediaItemFactory, ZaakFactory, processed_submission

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"admin:chats_submission_{name}", args=args)


def test_a_withheld_screenshot_is_not_counted_as_going_into_the_record(ib_client):
    """Informatiebeheer withheld one of four screenshots ('Woo en het archiefstuk krijgen de
    bijlage niet'), and the same page went on saying '4 schermafbeeldingen in het archiefstuk'
    and 'Alle schermafbeeldingen gaan mee in het archiefstuk'; the archiving confirmation said
    'U archiveert 4 schermafbeeldingen' too."""
    submission = processed_submission(messages=0, with_photo=False, upload_kind="screenshots")
    for seq in range(4):
        MediaItemFactory(
            submission=submission,
            seq=seq,
            message=None,
            ocr_text="Tekst",
            release=MediaRelease.ACHTERGEHOUDEN if seq == 0 else MediaRelease.GEANONIMISEERD,
        )
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert 'id="rv-screenshot-count">3</strong> schermafbeeldingen in het archiefstuk' in html
    assert "1 achtergehouden" in html
    assert "Alle schermafbeeldingen gaan mee in het archiefstuk." not in html
    zaak = ZaakFactory(afgesloten=True)
    preview = ib_client.post(url("archive", submission.pk), {"zaak": zaak.pk}).content.decode()
    assert "U archiveert <strong>3</strong> schermafbeeldingen" in preview
