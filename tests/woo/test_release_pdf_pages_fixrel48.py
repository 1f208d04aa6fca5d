"""PDF attachments' pages in the Woo release (fixrel48): only a redacted rebuild the archive
checked is drawn; a PDF Informatiebeheer released unchecked (its drawn, unredacted pages) is
named, not shown; the blackouts' grounds are the ones of its placeholders."""

import io
from datetime import UTC, datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from pypdf import PdfReader

from chats.constants import MediaRelease
from chats.selectors import pdf_pages_releasable
from tests.woo.conftest import attach_media, image_pdf
from woo.besluit import beoordeling_save_record, passage_area_add
from woo.constants import Oordeel
from woo.release import build_release
from woo.services import WooError, selectie_add

pytestmark = pytest.mark.django_db


def _pdf_record(make_record, *, release, key="media-0-redacted", ocr=""):
    record = make_record(["De boom is omgewaaid.", "verslag"])
    media = attach_media(
        record,
        1,
        mime="application/pdf",
        content=image_pdf(2),
        name="verslag.pdf",
        release=release,
        ocr_redacted=ocr,
    )
    media.derived.derived_key = key
    media.derived.save(update_fields=["derived_key"])
    return record, media


def _released(verzoek, woo_user, record, tmp_path) -> tuple[PdfReader, str, str]:
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    release = build_release(verzoek, tmp_path, made_by="Medewerker Woo")
    pdf = next(n for n in release.files if n.endswith(".pdf") and "verantwoording" not in n)
    reader = PdfReader(io.BytesIO(release.path(pdf).read_bytes()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    account = next(n for n in release.files if n.endswith(".txt"))
    return reader, text, release.path(account).read_text(encoding="utf-8")


def test_an_unchecked_pdf_released_by_informatiebeheer_shows_no_pages(
    woo_user, verzoek, make_record, tmp_path
):
    # The drawn-pages copy of a PDF that could not be checked, released as is.
    record, media = _pdf_record(make_record, release=MediaRelease.VRIJGEGEVEN, key="media-0-pages")
    assert not pdf_pages_releasable(media)
    reader, text, account = _released(verzoek, woo_user, record, tmp_path)
    assert not [i for p in reader.pages for i in p.images]
    assert "niet automatisch gecontroleerd" in text
    assert "opvraagbaar" in text
    assert "niet automatisch gecontroleerd" in account
    assert "niet terug te vinden" not in account


def test_a_checked_pdf_released_after_a_look_shows_its_pages(
    woo_user, verzoek, make_record, tmp_path
):
    # A redacted rebuild held back for active content, then released by Informatiebeheer.
    record, media = _pdf_record(make_record, release=MediaRelease.VRIJGEGEVEN)
    assert pdf_pages_releasable(media)
    reader, _, _ = _released(verzoek, woo_user, record, tmp_path)
    # Both pages drawn at 150 dpi from pages of 120 and 121 points.
    assert {i.image.width for p in reader.pages for i in p.images} == {251, 253}


def test_no_pages_while_a_passage_is_still_readable(make_record):
    _, media = _pdf_record(make_record, release=MediaRelease.GEANONIMISEERD)
    media.passage_readable_since = datetime(2026, 12, 6, tzinfo=UTC)
    assert not pdf_pages_releasable(media)


def test_a_pdf_attachment_without_text_is_judged_as_a_whole(
    woo_client, woo_user, verzoek, make_record
):
    # No text to select a passage in (pdfmark49: a passage of a PDF's text can be blacked out),
    # and no area can be drawn on its pages: the page says to judge it as a whole.
    record, media = _pdf_record(make_record, release=MediaRelease.GEANONIMISEERD)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    with pytest.raises(WooError, match="PDF-bijlage lakt u geen gebied weg"):
        passage_area_add(
            user=woo_user,
            verzoek=verzoek,
            media_id=media.pk,
            x=0.1,
            y=0.1,
            breedte=0.2,
            hoogte=0.2,
            grond="5.2",
        )
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content
    assert "als geheel" in page.decode()


def test_the_pages_name_the_grounds_of_their_blackouts(woo_user, verzoek, make_record, tmp_path):
    # A BSN is withheld on 5.1.1e, not on 5.1.2e.
    record, _ = _pdf_record(
        make_record, release=MediaRelease.GEANONIMISEERD, ocr="Aanvraag met BSN [BSN]."
    )
    _, text, _ = _released(verzoek, woo_user, record, tmp_path)
    assert "In deze bijlage zijn persoonsgegevens weggelakt (5.1.1e)." in text


def test_the_account_says_why_a_pdf_s_pages_could_not_be_drawn(
    woo_user, verzoek, make_record, tmp_path
):
    record, media = _pdf_record(make_record, release=MediaRelease.GEANONIMISEERD)
    media.derived.file.save("derived-kapot.pdf", ContentFile(b"%PDF-1.4 kapot"), save=True)
    _, text, account = _released(verzoek, woo_user, record, tmp_path)
    assert "de pagina's konden niet worden getekend" in text
    assert "bijlage 1: pagina's niet opgenomen, het document kon niet worden getekend" in account
    assert "niet terug te vinden" not in account
