"""A PDF attachment's pages as images for a rendition: the archive PDF and the Woo release.

Both draw the attachment's redacted derivative (personal data blacked out in its pixels; never
the original, chats.selectors.servable_file decides), at most PDF_MAX_PAGES pages, and put the
attachment's redacted text under its last page. The caller reads the file; this module touches
no database.
"""

from __future__ import annotations

import io
import logging

from PIL import Image, ImageChops

from .rendition import RenderImage

logger = logging.getLogger(__name__)

PDF_TYPE = "application/pdf"
# Pages are drawn at the resolution the pipeline cleans them at
# (chats.redaction.documents.DEFAULT_DPI), and at most this many: a page is about 0.1-0.6 MB as
# PNG, held in memory until its part of the PDF is written (bench: 100 dense pages 0.3 MB each).
PDF_PAGE_DPI = 150
PDF_MAX_PAGES = 100
PDF_TEXT_HEADING = "Tekst in de bijlage"
PDF_PAGES_CUT = (
    "{label} (bijlage {number}): alleen de eerste {shown} van {total} pagina's zijn opgenomen."
)


def pdf_page_images(data: bytes) -> tuple[list[bytes], int]:
    """The first PDF_MAX_PAGES pages of a PDF as PNG images, and its number of pages."""
    # Imported on first use: only a record with a PDF attachment draws pages.
    import pypdfium2 as pdfium

    pages = []
    document = pdfium.PdfDocument(data)
    try:
        total = len(document)
        for index in range(min(total, PDF_MAX_PAGES)):
            page = document[index]
            try:
                image = page.render(scale=PDF_PAGE_DPI / 72).to_pil().convert("RGB")
            finally:
                page.close()
            out = io.BytesIO()
            # A grey page (most are: the redacted rebuild of a letter) as one channel, lossless,
            # half the RGB bytes; no `optimize`: it took 1.9 s a page for 3% less.
            _grey(image).save(out, format="PNG")
            pages.append(out.getvalue())
    finally:
        document.close()
    return pages, total


def _grey(image: Image.Image) -> Image.Image:
    """`image` as greyscale when its three channels are equal everywhere (nothing is lost)."""
    red, green, blue = image.split()
    if (
        ImageChops.difference(red, green).getbbox() is None
        and ImageChops.difference(green, blue).getbbox() is None
    ):
        return red
    return image


def pdf_attachment_images(
    data: bytes, *, label: str, number: int, text: dict, note: str = "", media_id: int
) -> tuple[list[RenderImage], bool]:
    """The attachment's pages ("PDF-document (bijlage 3), pagina 1 van 2"), `text` (RenderImage
    fields: its redacted text) under the last one and `note` in its caption; a caption alone
    when it cannot be drawn or has no pages. With whether its pages were drawn."""
    try:
        pages, total = pdf_page_images(data)
    except Exception:  # noqa: BLE001 - any PDF the reader cannot draw: its text still goes in
        logger.warning("PDF attachment %s could not be drawn", media_id)
        caption = f"{label} (bijlage {number}): de pagina's konden niet worden getekend."
        return [RenderImage(data=b"", mime_type="image/png", caption=caption, **text)], False
    images = []
    for index, page in enumerate(pages, start=1):
        caption = f"{label} (bijlage {number}), pagina {index} van {total}"
        last = index == len(pages)
        if last and note:
            caption = f"{caption}. {note}"
        if last and total > len(pages):
            caption = f"{caption}. " + PDF_PAGES_CUT.format(
                label=label, number=number, shown=len(pages), total=total
            )
        images.append(
            RenderImage(
                data=page,
                mime_type="image/png",
                caption=caption,
                page=True,
                **(text if last else {}),
            )
        )
    if not images:
        caption = f"{label} (bijlage {number}): het document heeft geen pagina's."
        images.append(RenderImage(data=b"", mime_type="image/png", caption=caption, **text))
    return images, True
