"""A PDF uploaded among screenshots is no screenshot on the Woo pages nor in the archive PDF's
metadata (walk 52): the judging page headed it "Schermafbeelding 2 van 2", the record page's
image text said so too, and the archive PDF's row "Aantal schermafbeeldingen in dit
archiefstuk" counted it. Named as the review page names it (media_labels.upload_file_label)."""

import pytest
from django.urls import reverse

from chats.archiving import _rendition_metadata, record_entry_count
from chats.constants import UploadKind
from tests.conftest import png_bytes
from tests.factories import MediaItemFactory, ZaakFactory
from tests.woo.conftest import image_pdf
from woo.documents import documents
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def own_store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def shots(make_record):
    record = make_record([], index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    # Stored from 0, as the pipeline stores them.
    MediaItemFactory(
        submission=record,
        seq=0,
        message=None,
        name="Screenshot_1.png",
        mime_type="image/png",
        derived__content=png_bytes(52, 41),
        derived__filename="derived-1.png",
        derived__mime_type="image/png",
    )
    MediaItemFactory(
        submission=record,
        seq=1,
        message=None,
        name="brief.pdf",
        mime_type="application/pdf",
        derived__content=image_pdf(1),
        derived__filename="derived-brief.pdf",
        derived__mime_type="application/pdf",
    )
    return record


def test_the_judging_page_names_the_pdf_a_document(woo_client, woo_user, verzoek, shots):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=shots.pk)
    assert [d.label for d in documents(verzoek)] == [
        "Schermafbeelding 1 van 2",
        "PDF-document 2 van 2",
    ]
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, shots.pk])).content
    page = page.decode()
    assert "PDF-document 2 van 2" in page
    assert "Schermafbeelding 2 van 2" not in page


def test_the_record_page_names_the_pdf_a_document(woo_client, shots):
    page = woo_client.get(reverse("woo:record", args=[shots.pk])).content.decode()
    assert 'alt="Schermafbeelding 1 (opgeschoond)"' in page
    # Linked, not drawn (walk 53: an <img> of a PDF is a broken image).
    assert ">PDF-document 2 openen</a>" in page


def test_the_archive_pdfs_metadata_counts_the_pdf_apart(shots, woo_user):
    zaak = ZaakFactory(afgesloten=True)
    rows = dict(
        _rendition_metadata(
            shots, zaak, zaak.compute_archiefactie(), woo_user, record_entry_count(shots)
        )
    )
    assert rows["Aantal schermafbeeldingen in dit archiefstuk"] == "1"
    assert rows["Aantal PDF-documenten in dit archiefstuk"] == "1"
