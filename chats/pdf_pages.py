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

from .redaction.images import REDACTED_WORDS, layout_on_redacted
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


def pdf_pages_drawn(source) -> tuple[int, int]:
    """How many pages of a PDF (its bytes or an open binary file) pdf_page_images draws, and
    its number of pages: a longer one goes out with its first PDF_MAX_PAGES only."""
    import pypdfium2 as pdfium  # imported on first use, as above

    document = pdfium.PdfDocument(source)
    try:
        total = len(document)
    finally:
        document.close()
    return min(total, PDF_MAX_PAGES), total


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


# Where a PDF's words stand on its pages once its original text is purged: the places under
# chats.redaction.documents.PDF_WORDS index the original text; these index the redacted text
# (MediaItem.ocr_text_redacted) of that length, so a passage a Woo officer blacks out in it is
# still painted on its pages in the release. Same rows: [start, end, page from 0, left, top,
# right, bottom, line] in pixels of the page's picture.
PDF_WORDS_REDACTED = "pdf_words_redacted"
PDF_REDACTED_LENGTH = "pdf_redacted_length"
# A word's page and line as one screenshot line number (a page has far fewer lines).
_LINES_A_PAGE = 100_000


def pdf_words_on_redacted(words, original: str, redacted: str) -> dict:
    """The places of a PDF's words indexed into its redacted text instead of the original that
    the purge removes (as a screenshot's: chats.redaction.images.layout_on_redacted): the words
    of one replaced stretch on one line are one place, no offset into the original is kept.
    Empty when there is nothing to keep."""
    as_layout = [
        [start, end, left, top, right - left, bottom - top, page * _LINES_A_PAGE + line]
        for start, end, page, left, top, right, bottom, line in (
            word
            for word in words or ()
            if len(word) == 8  # as documents.RedactedPdf.words
        )
    ]
    kept = layout_on_redacted({"words": as_layout}, original, redacted).get(REDACTED_WORDS)
    if not kept:
        return {}
    rows = [
        [start, end, line // _LINES_A_PAGE, left, top, left + width, top + height]
        + [line % _LINES_A_PAGE]
        for start, end, left, top, width, height, line in kept
    ]
    return {PDF_WORDS_REDACTED: rows, PDF_REDACTED_LENGTH: len(redacted)}


def without_redacted_places(layout: dict | None) -> dict | None:
    """`layout` without the places of a PDF's words kept on its redacted text, for when that
    text changes: they index the text as it was (the release then reads the pages again); None
    when it keeps none."""
    if not layout or not (PDF_WORDS_REDACTED in layout or PDF_REDACTED_LENGTH in layout):
        return None
    return {k: v for k, v in layout.items() if k not in (PDF_WORDS_REDACTED, PDF_REDACTED_LENGTH)}


def pdf_picture_sizes(data: bytes) -> list[tuple[int, int] | None]:
    """Per page of an image-only PDF (the redacted rebuild), the pixel size of its picture: the
    pixels its stored word places are in; None for a page without one."""
    # Imported on first use: only a release that paints on a PDF's pages asks.
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    sizes: list[tuple[int, int] | None] = []
    document = pdfium.PdfDocument(data)
    try:
        for index in range(min(len(document), PDF_MAX_PAGES)):
            page = document[index]
            try:
                picture = next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]), None)
                sizes.append(tuple(picture.get_px_size()) if picture is not None else None)
            finally:
                page.close()
    finally:
        document.close()
    return sizes
