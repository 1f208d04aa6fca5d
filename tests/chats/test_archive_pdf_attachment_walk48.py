"""The archive PDF holds a PDF attachment's redacted pages and text (walk48).

The walk: a record with a PDF document in its WhatsApp export was archived; its archiefstuk
said only "Bijlagen: PDF-document (bijlage 2)", so the record's long-term form lacked the
document's content. Photos were in it with their text; a PDF attachment now is too, drawn from
its redacted derivative (never the original), and a withheld one is named with why, no content.
"""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from chats import pdf_pages
from chats.constants import RENDITION_KEY, UploadKind
from chats.models import StoredFile
from chats.review.services import media_withhold
from demo.generators.documents import LETTER_SECRETS, text_pdf
from tests.chats import test_attachments as _flow
from tests.chats.test_attachments import _android_export, _item, _processed

pytestmark = pytest.mark.django_db

# The fixtures of the end-to-end flow in tests/chats/test_attachments.py.
archived, employee = _flow.archived, _flow.employee
private_temp_root = _flow.private_temp_root


def _archive_pdf(submission) -> PdfReader:
    stored = StoredFile.objects.get(submission=submission, derived_key=RENDITION_KEY)
    with stored.file.open("rb") as fh:
        return PdfReader(io.BytesIO(fh.read()))


def _text(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def _export_with_two_page_letter(tmp_path: Path) -> list[Path]:
    paths = _android_export(tmp_path)
    letter = text_pdf(
        [
            ["Geachte heer Pieter Bakker,", "Bel ons op 06-12345678 over de aanvraag."],
            ["Tweede pagina van de brief over de boom."],
        ]
    )
    next(p for p in paths if p.suffix == ".pdf").write_bytes(letter)
    return paths


def test_the_archive_pdf_holds_a_pdf_attachments_redacted_pages_and_text(
    employee, archived, tmp_path
):
    submission = _processed(
        employee, _export_with_two_page_letter(tmp_path), UploadKind.ANDROID_EXPORT
    )
    item = _item(submission, ".pdf")
    assert "aanvraag" in item.ocr_text_redacted
    submission = archived(submission)

    reader = _archive_pdf(submission)
    text = _text(reader)
    number = item.seq + 1
    assert f"PDF-document (bijlage {number}), pagina 1 van 2" in text
    assert f"PDF-document (bijlage {number}), pagina 2 van 2" in text
    assert "Tekst in de bijlage" in text
    assert "over de aanvraag" in text
    assert "Tweede pagina van de brief" in text
    for secret in ("Pieter", "Bakker", "06-12345678"):
        assert secret not in text
    # Its two A4 pages as images drawn at 150 dpi (595 x 842 points: about 1240 x 1754 pixels).
    # (WeasyPrint shares one resource dictionary between pages: each page lists every image.)
    images = {i.data: i.image.size for p in reader.pages for i in p.images}
    assert len(images) == 2
    assert all(1230 < w < 1250 and 1745 < h < 1765 for w, h in images.values())
    # The archive PDF stays PDF/A.
    assert b"pdfaid" in reader.xmp_metadata.stream.get_data()


def test_a_withheld_pdf_attachment_is_named_with_why_and_not_shown(
    employee, ib, archived, tmp_path
):
    submission = _processed(
        employee, _export_with_two_page_letter(tmp_path), UploadKind.ANDROID_EXPORT
    )
    item = _item(submission, ".pdf")
    media_withhold(submission_id=submission.pk, media_id=item.pk, user=ib)
    submission = archived(submission)

    reader = _archive_pdf(submission)
    text = _text(reader)
    assert f"PDF-document (bijlage {item.seq + 1}): achtergehouden door Informatiebeheer" in text
    assert "Tekst in de bijlage" not in text
    assert "aanvraag" not in text and "Tweede pagina" not in text
    for secret in LETTER_SECRETS:
        assert secret not in text
    assert not any(p.images for p in reader.pages)


def test_pages_past_the_cap_are_left_out_and_the_caption_says_so(monkeypatch):
    monkeypatch.setattr(pdf_pages, "PDF_MAX_PAGES", 2)
    images, drawn = pdf_pages.pdf_attachment_images(
        text_pdf([["een"], ["twee"], ["drie"]]),
        label="PDF-document",
        number=3,
        text={"ocr_text": "een twee drie", "ocr_heading": pdf_pages.PDF_TEXT_HEADING},
        media_id=1,
    )
    assert drawn and len(images) == 2 and all(i.page for i in images)
    assert images[-1].caption == (
        "PDF-document (bijlage 3), pagina 2 van 3. PDF-document (bijlage 3): alleen de eerste "
        "2 van 3 pagina's zijn opgenomen."
    )
    # The text (all of it: it is read from the whole document) stands under the last page.
    assert [i.ocr_text for i in images] == ["", "een twee drie"]
