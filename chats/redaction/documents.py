"""PDF attachments made safe to keep: every page rendered to an image, personal data blacked out
where the text layer says it is, faces and plates in pictures on the page handled as in photos,
and an image-only PDF rebuilt from those pages. No text layer, no metadata, no scripts, forms or
embedded files survive: the result holds only the pixels of the redacted pages.

A PDF whose pages cannot be checked this way is refused with a Dutch reason (the pipeline then
withholds it until Informatiebeheer releases it): encrypted, unreadable, too many pages, or a
page that holds pictures but no text (a scan: its text is in the pixels, not in a text layer).

Every page is also read with OCR after it is drawn, like a photo: what the text layer does not
say is drawn too (a picture of a letter, an ID card or a note; text whose font maps its
characters to other ones; text drawn as outlines) and has its personal data blacked out; when
OCR cannot run, the PDF is refused.

What is drawn is what was read: annotations (comment boxes, stamps, form fields with their
values) are first flattened into the page's content, so their text is in the text layer the
detector reads; nothing else is drawn over the page.

pypdfium2 (Apache-2.0/BSD, PDFium as in Chromium, shipped inside the wheel) reads and renders;
Pillow writes the new PDF.
"""

from __future__ import annotations

import io
import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageDraw

from chats.redaction.images import boxes_for_spans, detect_in_ocr
from chats.redaction.ocr import OcrFailed, ocr_image
from chats.redaction.photos import redact_image

DEFAULT_DPI = 150
DEFAULT_MAX_PAGES = 50
# A page is rendered at DEFAULT_DPI, smaller when it would exceed this many pixels.
MAX_PAGE_PIXELS = 12_000_000
# A page with pictures and fewer characters than this is taken for a scan.
MIN_TEXT_CHARS = 20
# Black boxes reach this many points beyond the characters' own boxes.
PAD_POINTS = 1.5
JPEG_QUALITY = 85

MESSAGE_UNREADABLE = "Het PDF-bestand kan niet worden gelezen (beschadigd of met een wachtwoord)."
MESSAGE_TOO_MANY_PAGES = (
    "Het PDF-bestand heeft meer dan {max} pagina's en is daarom niet automatisch opgeschoond."
)
MESSAGE_SCANNED = (
    "Pagina {page} van het PDF-bestand is een scan of afbeelding zonder tekstlaag; "
    "persoonsgegevens daarin kunnen niet automatisch worden gevonden."
)
MESSAGE_EMPTY = "Het PDF-bestand heeft geen pagina's."
MESSAGE_PAGE_UNREAD = (
    "De tekst op pagina {page} van het PDF-bestand kon niet automatisch worden gelezen; "
    "persoonsgegevens daarin kunnen niet automatisch worden gevonden."
)
MESSAGE_ANNOTATIONS = (
    "De opmerkingen of formuliervelden op pagina {page} van het PDF-bestand konden niet worden "
    "gelezen; persoonsgegevens daarin kunnen niet automatisch worden gevonden."
)


class DocumentRejected(Exception):
    """The document cannot be redacted automatically; `message` is Dutch for Informatiebeheer."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass(frozen=True)
class RedactedPdf:
    """An image-only PDF of the redacted pages and what was blacked out."""

    data: bytes
    pages: int
    spans: tuple[tuple[int, str], ...]  # (page number from 1, label) of each blacked-out item
    faces: int
    plates: int
    # The pages' words for search (the text layer, or what OCR read where there is none), pages
    # apart by a blank line, and the personal data found in it: (start, end, label).
    text: str = ""
    text_spans: tuple[tuple[int, int, str], ...] = ()
    # Where the words of `text` sit on the drawn pages, for painting a box Informatiebeheer adds
    # later (paint_spans): [start, end, page from 0, left, top, right, bottom, line] in pixels of
    # the page's image. No text. A rotated page's words are left out (not painted: withheld).
    words: tuple[tuple[int, ...], ...] = ()


@dataclass(frozen=True)
class _Page:
    image: Image.Image
    found: list[tuple[int, str]]
    faces: int
    plates: int
    text: str
    spans: list[tuple[int, int, str]]
    # [start, end, left, top, right, bottom, line] of the words of `text`, in the image's pixels.
    words: list[tuple[int, ...]] = ()


# detect(text, known_names=...) -> spans (start, end, label), as chats.redaction.detect.
DetectFn = Callable[..., Iterable]

PdfSource = str | os.PathLike | bytes


def _open(src: PdfSource) -> pdfium.PdfDocument:
    try:
        if isinstance(src, bytes):
            return pdfium.PdfDocument(src)
        return pdfium.PdfDocument(os.fspath(src))
    except pdfium.PdfiumError:
        raise DocumentRejected(MESSAGE_UNREADABLE, code="pdf_unreadable") from None


def _page_count_within(pdf: pdfium.PdfDocument, max_pages: int) -> int:
    """The number of pages; DocumentRejected for none or more than `max_pages`."""
    count = len(pdf)
    if count == 0:
        raise DocumentRejected(MESSAGE_EMPTY, code="pdf_empty")
    if count > max_pages:
        raise DocumentRejected(
            MESSAGE_TOO_MANY_PAGES.format(max=max_pages), code="pdf_too_many_pages"
        )
    return count


def _page_text(textpage) -> tuple[str, int]:
    count = textpage.count_chars()
    if count <= 0:
        return "", 0
    text = textpage.get_text_range(0, count, errors="replace")
    return text, count


def _has_pictures(page) -> bool:
    return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3))


def _line_boxes(textpage, start: int, end: int) -> list[tuple[float, float, float, float]]:
    """The boxes (left, bottom, right, top in points) of chars start..end, one per line."""
    boxes: list[list[float]] = []
    for index in range(start, end):
        left, bottom, right, top = textpage.get_charbox(index)
        if right <= left or top <= bottom:
            continue  # a generated space or line break has no box
        for box in boxes:
            # Same line: vertical overlap of more than half the smaller height.
            overlap = min(top, box[3]) - max(bottom, box[1])
            if overlap > 0.5 * min(top - bottom, box[3] - box[1]):
                box[0], box[1] = min(box[0], left), min(box[1], bottom)
                box[2], box[3] = max(box[2], right), max(box[3], top)
                break
        else:
            boxes.append([left, bottom, right, top])
    return [tuple(b) for b in boxes]


def redact_pdf(
    src: PdfSource,
    *,
    detect: DetectFn,
    dpi: int = DEFAULT_DPI,
    max_pages: int = DEFAULT_MAX_PAGES,
    pictures: bool = True,
    known_names: Sequence[str] = (),
) -> RedactedPdf:
    """Render, black out and rebuild `src`; raises DocumentRejected when it cannot be checked.

    `detect(text, known_names=...)` returns spans (start, end, label) of personal data in one
    page's text and in the text OCR reads on the drawn page; `known_names` are persons the chat
    established. With `pictures`, faces and plates in pages that hold pictures are
    blurred/blacked out too.
    """
    pdf = _open(src)
    try:
        count = _page_count_within(pdf, max_pages)
        _refuse_scans(pdf, count)  # before any page is drawn and read: that is the slow part
        pages: list[_Page] = []
        for number in range(count):
            page = _flattened_page(pdf, number)
            try:
                pages.append(
                    _redact_page(
                        page,
                        number + 1,
                        detect=detect,
                        dpi=dpi,
                        pictures=pictures,
                        known_names=tuple(known_names),
                    )
                )
            finally:
                page.close()
    finally:
        pdf.close()
    images = [p.image for p in pages]
    text, text_spans, words = _joined_text(pages)
    return RedactedPdf(
        _image_pdf(images, float(dpi)),
        count,
        tuple(f for p in pages for f in p.found),
        sum(p.faces for p in pages),
        sum(p.plates for p in pages),
        text=text,
        text_spans=text_spans,
        words=words,
    )


def _joined_text(
    pages: Sequence[_Page],
) -> tuple[str, tuple[tuple[int, int, str], ...], tuple[tuple[int, ...], ...]]:
    """The pages' texts, a blank line apart, with their spans and words moved to the joined
    text (a word also gets its page's number)."""
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    words: list[tuple[int, ...]] = []
    offset = 0
    for number, page in enumerate(pages):
        text = page.text.strip()
        if not text:
            continue
        cut = len(page.text) - len(page.text.lstrip())
        if parts:
            offset += 2  # the blank line before this page
        for start, end, label in page.spans:
            start, end = max(start - cut, 0), min(end - cut, len(text))
            if end > start:
                spans.append((offset + start, offset + end, label))
        for start, end, *box in page.words:
            start, end = max(start - cut, 0), min(end - cut, len(text))
            if end > start:
                words.append((offset + start, offset + end, number, *box))
        parts.append(text)
        offset += len(text)
    return "\n\n".join(parts), tuple(spans), tuple(words)


def _normalized(text: str) -> str:
    """PDFium's line breaks as plain ones, each character where it was (the character boxes
    are looked up by index)."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


def _check_not_scanned(page, number: int, text: str) -> bool:
    """Whether the page holds pictures; DocumentRejected when it is a scan (pictures and
    hardly any text: what it says is only in the pixels)."""
    has_pictures = _has_pictures(page)
    if has_pictures and len(text.strip()) < MIN_TEXT_CHARS:
        raise DocumentRejected(MESSAGE_SCANNED.format(page=number), code="pdf_scanned")
    return has_pictures


def _refuse_scans(pdf: pdfium.PdfDocument, count: int) -> None:
    """DocumentRejected for the first scanned page, found from the text layers alone."""
    for index in range(count):
        page = _flattened_page(pdf, index)
        try:
            textpage = page.get_textpage()
            try:
                text = _page_text(textpage)[0]
            finally:
                textpage.close()
            _check_not_scanned(page, index + 1, text)
        finally:
            page.close()


def _flattened_page(pdf: pdfium.PdfDocument, index: int):
    """Page `index` with its visible annotations merged into its content (PDFium wants the
    page loaded again after that); DocumentRejected when they cannot be merged."""
    page = pdf[index]
    try:
        flattened = pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY)
    finally:
        page.close()
    if flattened == pdfium_c.FLATTEN_FAIL:
        raise DocumentRejected(MESSAGE_ANNOTATIONS.format(page=index + 1), code="pdf_annotations")
    return pdf[index]


def _redact_page(
    page,
    number: int,
    *,
    detect: DetectFn,
    dpi: int,
    pictures: bool,
    known_names: tuple[str, ...] = (),
):
    rotation = page.get_rotation()
    if rotation:
        # Character boxes are in unrotated page space: render unrotated, turn the image after.
        page.set_rotation(0)
    left, bottom, right, top = page.get_cropbox()
    width_pt, height_pt = right - left, top - bottom
    scale = dpi / 72
    if width_pt * height_pt * scale * scale > MAX_PAGE_PIXELS:
        scale = math.sqrt(MAX_PAGE_PIXELS / (width_pt * height_pt))
    textpage = page.get_textpage()
    try:
        text = _normalized(_page_text(textpage)[0])
        has_pictures = _check_not_scanned(page, number, text)
        spans = list(detect(text, known_names=known_names)) if text.strip() else []
        rects = []
        for span in spans:
            for box in _line_boxes(textpage, span.start, span.end):
                rects.append(box)
        layer_words = (
            _layer_words(textpage, text, to_pixels=_to_pixels(left, top, scale))
            if not rotation and len(text.strip()) >= MIN_TEXT_CHARS
            else []
        )
    finally:
        textpage.close()
    # Only the page's content, which the text above was read from: annotations were merged
    # into it; one that was not (hidden on screen) is not drawn either.
    bitmap = page.render(scale=scale, draw_annots=False, may_draw_forms=False)
    image = bitmap.to_pil().convert("RGB")
    bitmap.close()
    draw = ImageDraw.Draw(image)
    for box_left, box_bottom, box_right, box_top in rects:
        draw.rectangle(
            (
                math.floor((box_left - left - PAD_POINTS) * scale),
                math.floor((top - box_top - PAD_POINTS) * scale),
                math.ceil((box_right - left + PAD_POINTS) * scale),
                math.ceil((top - box_bottom + PAD_POINTS) * scale),
            ),
            fill="black",
        )
    page_faces = page_plates = 0
    # What is drawn but not in the text layer (a picture's text, a font that maps its
    # characters to other ones, outlines) is only read from the pixels.
    found = [(number, str(s.label)) for s in spans]
    read_text, read_spans, read_words = _black_out_read_text(image, number, detect, known_names)
    found += [(number, label) for _, _, label in read_spans]
    if pictures and has_pictures:
        image, found_faces, found_plates = redact_image(image)
        page_faces, page_plates = len(found_faces), len(found_plates)
    if rotation:
        image = image.rotate(-rotation, expand=True)
    if len(text.strip()) >= MIN_TEXT_CHARS:
        search_text = text
        search_spans = [(s.start, s.end, str(s.label)) for s in spans]
        search_words = layer_words
    else:  # little or no text layer: the words are what OCR read on the page
        search_text, search_spans = read_text, read_spans
        search_words = [] if rotation else read_words
    return _Page(image, found, page_faces, page_plates, search_text, search_spans, search_words)


_WORD = re.compile(r"\S+")


def _to_pixels(left: float, top: float, scale: float):
    """Points (left, bottom, right, top) on the page to pixels (left, top, right, bottom) of its
    image drawn at `scale`."""

    def convert(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
        box_left, box_bottom, box_right, box_top = box
        return (
            math.floor((box_left - left) * scale),
            math.floor((top - box_top) * scale),
            math.ceil((box_right - left) * scale),
            math.ceil((top - box_bottom) * scale),
        )

    return convert


def _layer_words(textpage, text: str, *, to_pixels) -> list[tuple[int, ...]]:
    """[start, end, left, top, right, bottom, line] of each word of the text layer (a word
    broken over two lines is two parts); a word whose box does not overlap the previous one's
    height starts a new line."""
    words: list[tuple[int, ...]] = []
    line, last = 0, None
    for match in _WORD.finditer(text):
        for box in _line_boxes(textpage, match.start(), match.end()):
            if last is not None:
                overlap = min(box[3], last[3]) - max(box[1], last[1])
                if overlap <= 0.5 * min(box[3] - box[1], last[3] - last[1]):
                    line += 1
            last = box
            words.append((match.start(), match.end(), *to_pixels(box), line))
    return words


def _black_out_read_text(
    image: Image.Image, number: int, detect: DetectFn, known_names: tuple[str, ...]
) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, ...]]]:
    """Black out, in place, the personal data OCR reads on the drawn page (what the text layer
    held is black already); returns the text read, the spans found in it and its words."""
    try:
        ocr = ocr_image(image)
    except OcrFailed:
        raise DocumentRejected(
            MESSAGE_PAGE_UNREAD.format(page=number), code="pdf_page_unread"
        ) from None
    if not ocr.text.strip():
        return "", [], []
    spans = detect_in_ocr(ocr, known_names=known_names, detect=detect)
    draw = ImageDraw.Draw(image)
    for box in boxes_for_spans(ocr, spans, size=image.size):
        draw.rectangle((box.left, box.top, box.right - 1, box.bottom - 1), fill="black")
    lines: dict[tuple[int, int, int, int], int] = {}
    words = [
        (w.char_start, w.char_end, w.left, w.top, w.right, w.bottom)
        + (lines.setdefault(w.line_key, len(lines)),)
        for w in ocr.words
    ]
    return ocr.text, [(start, end, str(label)) for start, end, label in spans], words


# The drawn-pages copy of a PDF that could not be checked: at most this many pages (a longer one
# keeps no copy: Informatiebeheer cannot read or release it), at this resolution.
COPY_MAX_PAGES = 4 * DEFAULT_MAX_PAGES
COPY_DPI = 110


def drawn_pages_copy(
    src: PdfSource, *, dpi: int = COPY_DPI, max_pages: int = COPY_MAX_PAGES
) -> bytes:
    """The pages of `src` as drawn, unredacted, as a new image-only PDF.

    What Informatiebeheer reads of a PDF that could not be checked, and what a release gives
    Woo: exactly what was seen. The document's metadata and XMP, attached files, scripts, form
    data, annotations that are not drawn and the text layer are not carried over. Each page is
    compressed as it is drawn, so a long document never holds more than one page's pixels.
    DocumentRejected when it cannot be drawn (no pages, more than `max_pages`, unreadable).
    """
    pdf = _open(src)
    out = pdfium.PdfDocument.new()
    try:
        for index in range(_page_count_within(pdf, max_pages)):
            page = _flattened_page(pdf, index)
            try:
                width_pt, height_pt = page.get_size()
                scale = dpi / 72
                if width_pt * height_pt * scale * scale > MAX_PAGE_PIXELS:
                    scale = math.sqrt(MAX_PAGE_PIXELS / (width_pt * height_pt))
                bitmap = page.render(scale=scale, draw_annots=False, may_draw_forms=False)
                image = bitmap.to_pil().convert("RGB")
                bitmap.close()
            finally:
                page.close()
            jpeg = io.BytesIO()
            image.save(jpeg, format="JPEG", quality=JPEG_QUALITY)
            image.close()
            jpeg.seek(0)
            drawn = out.new_page(width_pt, height_pt)
            picture = pdfium.PdfImage.new(out)
            picture.load_jpeg(jpeg, inline=True)
            picture.set_matrix(pdfium.PdfMatrix().scale(width_pt, height_pt))
            drawn.insert_obj(picture)
            drawn.gen_content()
            drawn.close()
        buffer = io.BytesIO()
        out.save(buffer)
        return buffer.getvalue()
    finally:
        out.close()
        pdf.close()


# The key of a PDF's words in MediaItem.ocr_boxes (a screenshot's layout has "words").
PDF_WORDS = "pdf_words"
# Black boxes painted later reach this many pixels beyond the words' own boxes.
PAINT_PAD_PIXELS = 3


def words_cover(text: str, words: Sequence[Sequence[int]], start: int, end: int) -> bool:
    """Whether every non-space character of text[start:end] lies inside one of `words` (each
    starting with its start and end in `text`): a page whose words have no known place (a
    rotated one) has its text but no words, and a stretch into it cannot be painted whole."""
    inside = [False] * max(end - start, 0)
    for word in words:
        for at in range(max(int(word[0]), start), min(int(word[1]), end)):
            inside[at - start] = True
    return all(inside[at - start] or text[at].isspace() for at in range(start, min(end, len(text))))


def paint_spans(
    data: bytes, words: Sequence[Sequence[int]], spans: Iterable[tuple[int, int]], *, text: str
) -> bytes | None:
    """The image-only PDF `data` (made by redact_pdf) with a black box over the words each
    span of its text (`text`) touches (`words` as RedactedPdf.words), one box per line; None
    when a span has a character outside every word whose place is known (a rotated page): the
    pages cannot show it hidden."""
    boxes: dict[int, list[tuple[int, int, int, int]]] = {}
    for start, end in spans:
        if not words_cover(text, words, start, end):
            return None
        touched: dict[tuple[int, int], list[Sequence[int]]] = {}
        for word in words:
            if word[0] < end and word[1] > start:
                touched.setdefault((word[2], word[7]), []).append(word)
        if not touched:
            return None
        for (page, _line), on_line in touched.items():
            boxes.setdefault(page, []).append(
                (
                    min(w[3] for w in on_line) - PAINT_PAD_PIXELS,
                    min(w[4] for w in on_line) - PAINT_PAD_PIXELS,
                    max(w[5] for w in on_line) + PAINT_PAD_PIXELS,
                    max(w[6] for w in on_line) + PAINT_PAD_PIXELS,
                )
            )
    images, dpi = _page_images(data)
    for page, page_boxes in boxes.items():
        if page >= len(images):
            return None
        draw = ImageDraw.Draw(images[page])
        for box in page_boxes:
            draw.rectangle(box, fill="black")
    return _image_pdf(images, dpi)


def _image_pdf(images: Sequence[Image.Image], dpi: float) -> bytes:
    """An image-only PDF of `images`, one a page, at `dpi`."""
    buffer = io.BytesIO()
    images[0].save(
        buffer,
        format="PDF",
        save_all=True,
        append_images=list(images[1:]),
        resolution=dpi,
        quality=JPEG_QUALITY,
        # No title or dates: the same input gives the same bytes (and checksum) every time.
        title=None,
        creationDate=None,
        modDate=None,
    )
    return buffer.getvalue()


def _page_images(data: bytes) -> tuple[list[Image.Image], float]:
    """The one picture of each page of an image-only PDF, in its own pixels, and its
    resolution (dots per inch)."""
    pdf = _open(data)
    images: list[Image.Image] = []
    dpi = float(DEFAULT_DPI)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                picture = next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]))
                bitmap = picture.get_bitmap(render=False)
                images.append(bitmap.to_pil().convert("RGB"))
                bitmap.close()
                dpi = images[-1].width / (page.get_size()[0] / 72)
            finally:
                page.close()
    finally:
        pdf.close()
    return images, dpi


def pdf_page_count(src: PdfSource) -> int:
    """Number of pages, or DocumentRejected when the PDF cannot be read."""
    pdf = _open(src)
    try:
        return len(pdf)
    finally:
        pdf.close()


__all__: Sequence[str] = (
    "DocumentRejected",
    "drawn_pages_copy",
    "RedactedPdf",
    "PDF_WORDS",
    "paint_spans",
    "pdf_page_count",
    "redact_pdf",
)
