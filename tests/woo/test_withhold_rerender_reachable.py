"""Withholding a photo of an archived record makes its PDF again (chats.review.services.
_rendition_redo). Until the worker has done so the record stayed out of everything Woo reads
(new-user walk, issue 17): the record page answered 404, the request page lost its links and
the search counted the record ("1 gesprek met 1 treffer") but listed none. A record whose PDF
was made once stays readable while it is made again; its page says the PDF is being remade."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.constants import RENDITION_KEY, FileRole, MessageKind, RenditionState
from chats.review.services import media_withhold
from tests.conftest import png_bytes
from tests.factories import StoredFileFactory
from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel
from woo.models import WooRelease
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

WORD = "lichtmast"


@pytest.fixture(autouse=True)
def own_store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _photo_message(record):
    message = record.messages.get(seq=2)
    message.kind = MessageKind.MEDIA
    message.save(update_fields=["kind"])
    return message


@pytest.fixture
def withheld(make_record, make_media, ib):
    """An archived record (PDF made) whose photo Informatiebeheer just withheld; the worker
    has not made the PDF again yet."""
    record = make_record([f"De {WORD} aan de Kerkstraat is kapot.", ""])
    photo = make_media(
        record,
        _photo_message(record),
        original=png_bytes(60, 40),
        derived=png_bytes(60, 41),
    )
    record.rendition_state = RenditionState.KLAAR
    record.rendition_done_at = timezone.now() - timedelta(days=1)
    record.save(update_fields=["rendition_state", "rendition_done_at"])
    media_withhold(submission_id=record.pk, media_id=photo.pk, user=ib)
    record.refresh_from_db()
    assert record.rendition_state == RenditionState.BEZIG
    return record, photo


def test_the_record_page_stays_and_says_the_pdf_is_remade(woo_client, withheld):
    record, photo = withheld
    response = woo_client.get(reverse("woo:record", args=[record.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "niet vrijgegeven" in page
    assert reverse("woo:record_media", args=[record.pk, photo.pk]) not in page
    assert "wordt opnieuw gemaakt" in page


def test_the_search_lists_the_record_it_counts(woo_client, withheld):
    record, _ = withheld
    page = woo_client.get(reverse("woo:search"), {"q": WORD}).content.decode()
    assert f"/woo/archiefstukken/{record.pk}/" in page


def test_the_request_keeps_its_links(woo_client, woo_user, make_record, make_media, ib, verzoek):
    record = make_record([f"De {WORD} staat scheef.", "Zie de foto."])
    photo = make_media(
        record, record.messages.get(seq=2), original=png_bytes(61, 40), derived=png_bytes(61, 41)
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    record.rendition_state = RenditionState.KLAAR
    record.rendition_done_at = timezone.now()
    record.save(update_fields=["rendition_state", "rendition_done_at"])
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert f"/woo/archiefstukken/{record.pk}/" in page
    before = page.count("Beoordelen")
    media_withhold(submission_id=record.pk, media_id=photo.pk, user=ib)
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert f"/woo/archiefstukken/{record.pk}/" in page
    assert page.count("Beoordelen") == before


def test_a_record_being_archived_the_first_time_stays_out(woo_client, make_record):
    """The first PDF not made yet: the record is not complete and Woo does not see it."""
    record = make_record([f"De {WORD} is weg."])
    record.rendition_state = RenditionState.BEZIG
    record.save(update_fields=["rendition_state"])
    assert woo_client.get(reverse("woo:record", args=[record.pk])).status_code == 404


def test_a_release_made_meanwhile_does_not_hash_the_pdf_before_the_change(
    woo_client, woo_user, verzoek, make_record
):
    """The record is exported while its PDF is being made again (as _rendition_redo leaves
    it): the verantwoording does not give the SHA-256 of the PDF made before the change."""
    record = make_record([f"De {WORD} aan de Kerkstraat is kapot."])
    old = StoredFileFactory(
        submission=record,
        role=FileRole.DERIVED,
        derived_key=RENDITION_KEY,
        content=b"%PDF-1.7 de versie met de foto",
        original_name="archiefstuk.pdf",
        mime_type="application/pdf",
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    record.rendition_state = RenditionState.BEZIG
    record.rendition_done_at = timezone.now() - timedelta(days=1)
    record.save(update_fields=["rendition_state", "rendition_done_at"])
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    release = WooRelease.objects.get(verzoek=verzoek)
    account = release.files.get(kind="verantwoording").file.open("rb").read().decode()
    assert old.sha256 not in account
    assert "archiefversie wordt opnieuw gemaakt" in account
