"""PDFs rebuilt image-only with personal data blacked out; audio/video without metadata."""

import io
import shutil

import pypdfium2 as pdfium
import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from chats.redaction import detect, documents
from chats.redaction.avmeta import MetadataNotStripped, strip_av_metadata
from chats.redaction.documents import DocumentRejected, redact_pdf
from demo.generators.documents import (
    LETTER_SECRETS,
    MP4_LOCATION,
    mp4_with_location,
    ogg_crc,
    opus_voice_note,
    scanned_pdf,
    text_pdf,
)
from demo.generators.screenshots import FONT_REGULAR

needs_tesseract = pytest.mark.skipif(
    shutil.which(pytesseract.pytesseract.tesseract_cmd) is None,
    reason="tesseract ontbreekt (Debian-pakketten tesseract-ocr en tesseract-ocr-nld)",
)
DEJAVU = str(FONT_REGULAR)
ANNOTATED = "Willemijn Terpstra BSN 238474008"


def _read_back(data: bytes) -> str:
    """What a person reads on the rebuilt pages (OCR of each page)."""
    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(
            pytesseract.image_to_string(page.render(scale=2).to_pil(), lang="nld") for page in pdf
        )
    finally:
        pdf.close()


def _with_annotation(subtype: str, text: str = ANNOTATED) -> bytes:
    """The letter with an annotation (a comment box, a stamp, a filled-in form field) whose
    appearance shows `text` on the page; the page's own text layer does not hold it."""
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf()))
    helvetica = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    appearance = StreamObject()
    appearance.set_data(f"BT /Helv 14 Tf 5 10 Td ({text}) Tj ET".encode())
    appearance.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (0, 0, 400, 30)]),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): helvetica})}
            ),
        }
    )
    annotation = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject(subtype),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (50, 500, 450, 530)]),
            NameObject("/F"): NumberObject(4),
            NameObject("/Contents"): TextStringObject(text),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(appearance)}),
        }
    )
    if subtype == "/Widget":
        annotation[NameObject("/FT")] = NameObject("/Tx")
        annotation[NameObject("/T")] = TextStringObject("naam")
        annotation[NameObject("/V")] = TextStringObject(text)
    ref = writer._add_object(annotation)
    writer.pages[0][NameObject("/Annots")] = ArrayObject([ref])
    if subtype == "/Widget":
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
            {NameObject("/Fields"): ArrayObject([ref])}
        )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@needs_tesseract
@pytest.mark.parametrize("subtype", ["/FreeText", "/Stamp", "/Widget", "/Square"])
def test_text_an_annotation_shows_on_the_page_is_blacked_out_too(subtype):
    # PDFium drew every annotation's appearance (a comment box, a stamp, a form field's value)
    # into the rebuilt page, but only the page's own text was given to the detector: the
    # name and BSN in the annotation came out readable in the 'geanonimiseerd' PDF.
    original = _with_annotation(subtype)
    if subtype != "/Widget":  # a form field is drawn by a viewer's form layer, not here
        assert "238474008" in _read_back(original).replace(" ", "")
    result = redact_pdf(original, detect=detect)
    assert (1, "BSN") in result.spans
    read = _read_back(result.data)
    assert "238474008" not in read.replace(" ", "") and "Terpstra" not in read
    assert "gemeente" in read.lower() or "boom" in read.lower()  # the letter itself is kept


def _with_picture(text: str) -> bytes:
    """The letter with a picture of `text` (a photographed note, a scanned card) on its page:
    the page has a text layer, the picture's text is only in its pixels."""
    picture = Image.new("RGB", (900, 120), "white")
    font = ImageFont.truetype(DEJAVU, 40)
    ImageDraw.Draw(picture).text((10, 30), text, fill="black", font=font)
    as_pdf = io.BytesIO()
    picture.save(as_pdf, "PDF", resolution=150)
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf()))
    writer.pages[0].merge_transformed_page(
        PdfReader(as_pdf).pages[0], Transformation().translate(50, 60)
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@needs_tesseract
def test_text_in_a_picture_on_a_page_with_a_text_layer_is_blacked_out():
    # Only a page of pictures without text was refused as a scan; a page with a text layer had
    # its pictures checked for faces and plates alone, so a BSN and a name in a photographed
    # note were drawn into the 'geanonimiseerd' PDF readable.
    original = _with_picture("BSN 238474008 Terpstra")
    assert "238474008" in _read_back(original).replace(" ", "")
    result = redact_pdf(original, detect=detect, known_names=("Willemijn Terpstra",))
    assert (1, "BSN") in result.spans and (1, "PERSON") in result.spans
    read = _read_back(result.data)
    assert "238474008" not in read.replace(" ", "") and "Terpstra" not in read
    assert "Geachte" in read  # the letter itself is kept


def _with_lying_text_layer(lines: list[str]) -> bytes:
    """The letter with `lines`, whose font says (ToUnicode) every character is an 'x': drawn
    as written, read from the text layer as 'xxxx'."""
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf([lines])))
    cmap = StreamObject()
    cmap.set_data(
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"1 beginbfrange <20> <7E> <0078> endbfrange\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    font = writer.pages[0]["/Resources"]["/Font"]["/F1"].get_object()
    font[NameObject("/ToUnicode")] = writer._add_object(cmap)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@needs_tesseract
def test_text_the_text_layer_does_not_say_is_read_from_the_drawn_page():
    # Only the text layer was given to the detector: a font whose ToUnicode map says other
    # characters than it draws (a broken producer, or on purpose) hid a BSN that the rebuilt,
    # 'geanonimiseerd' page showed readable.
    original = _with_lying_text_layer(["Geachte heer, mevrouw,", "BSN: 238474008", "Groet"])
    assert "238474008" in _read_back(original).replace(" ", "")
    result = redact_pdf(original, detect=detect)
    assert (1, "BSN") in result.spans
    assert "238474008" not in _read_back(result.data).replace(" ", "")


def test_every_page_is_rebuilt_without_a_text_layer_or_metadata():
    pages = [["Pagina een", "BSN 111222333"], ["Pagina twee", "Bel 06-12345678"], ["Niets"]]
    result = redact_pdf(text_pdf(pages), detect=detect)
    assert result.pages == 3
    reader = PdfReader(io.BytesIO(result.data))
    assert len(reader.pages) == 3
    assert all(not (page.extract_text() or "").strip() for page in reader.pages)
    assert {label for _, label in result.spans} >= {"BSN", "PHONE"}
    assert (1, "BSN") in result.spans and (2, "PHONE") in result.spans
    assert not (reader.metadata or {}).get("/Title")
    for secret in LETTER_SECRETS:
        assert secret.encode() not in result.data


def test_the_same_pdf_gives_the_same_bytes():
    assert redact_pdf(text_pdf(), detect=detect).data == redact_pdf(text_pdf(), detect=detect).data


def test_a_scan_is_refused_in_dutch():
    with pytest.raises(DocumentRejected) as caught:
        redact_pdf(scanned_pdf(), detect=detect)
    assert caught.value.code == "pdf_scanned" and "scan" in caught.value.message


def test_a_scan_on_the_last_page_is_refused_before_any_page_is_read(monkeypatch):
    """Stop 29 noticed: a 50-page PDF with a scan as its last page had 49 pages drawn and read
    with OCR (2.5 s each) before it was refused. The cheap check runs over every page first."""
    writer = PdfWriter()
    for source in (text_pdf([["Verslag van het overleg."] * 3] * 3), scanned_pdf()):
        for page in PdfReader(io.BytesIO(source)).pages:
            writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    read = []
    monkeypatch.setattr(documents, "ocr_image", lambda image: read.append(image))
    with pytest.raises(DocumentRejected) as caught:
        redact_pdf(buffer.getvalue(), detect=detect)
    assert caught.value.code == "pdf_scanned" and "Pagina 4" in caught.value.message
    assert read == []


def test_the_words_of_every_page_come_with_their_personal_data_where_it_stands():
    """The pages' words for search, a blank line apart (a page that starts with empty lines
    loses them): every span found indexes the joined text, also on the pages after the first."""
    pages = [
        ["  ", "Notulen van het buurtoverleg over de speeltuin aan de Vaart."],
        [
            "Aanwezig was ook mevrouw Hoekstra van de bewonerscommissie.",
            "Rekening NL91ABNA0417164300.",
        ],
        ["Tot slot belde meneer Oosterhuis over het hek van de speeltuin."],
    ]
    redacted = redact_pdf(text_pdf(pages), detect=detect)
    assert redacted.text.startswith("Notulen van het buurtoverleg")
    assert redacted.text.count("\n\n") == 2
    found = {redacted.text[start:end]: label for start, end, label in redacted.text_spans}
    assert found == {
        "Hoekstra": "PERSON",
        "NL91ABNA0417164300": "IBAN",
        "Oosterhuis": "PERSON",
    }


def test_too_many_pages_are_refused():
    with pytest.raises(DocumentRejected, match="meer dan 2 pagina"):
        redact_pdf(text_pdf([["a"], ["b"], ["c"]]), detect=detect, max_pages=2)


def test_an_encrypted_or_broken_pdf_is_refused():
    writer = PdfWriter(clone_from=io.BytesIO(text_pdf()))
    writer.encrypt(user_password="geheim", owner_password="geheim", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    for data in (buffer.getvalue(), b"%PDF-1.4\nkapot"):
        with pytest.raises(DocumentRejected) as caught:
            redact_pdf(data, detect=detect)
        assert "wachtwoord" in caught.value.message


def test_a_video_loses_its_location_and_keeps_its_layout(tmp_path):
    src, dst = tmp_path / "a.mp4", tmp_path / "b.mp4"
    src.write_bytes(mp4_with_location())
    strip_av_metadata(src, dst, kind="mp4")
    data = dst.read_bytes()
    assert MP4_LOCATION not in data and b"Pieter" not in data
    assert len(data) == len(src.read_bytes())
    assert data[:8] == src.read_bytes()[:8]


def _mp4_box(kind: bytes, payload: bytes) -> bytes:
    return (8 + len(payload)).to_bytes(4, "big") + kind + payload


@pytest.mark.parametrize("kind", [b"free", b"skip", b"wide", b"Xtra", b"PICT", b"abcd"])
def test_a_video_keeps_no_text_in_padding_or_unknown_boxes(tmp_path, kind):
    # Only udta, meta, uuid and XMP_ were blanked: text in padding (where editors leave old
    # metadata), Microsoft's Xtra, a QuickTime preview or any unknown top-level box stayed in
    # the 'cleaned' video.
    src, dst = tmp_path / "a.mp4", tmp_path / "b.mp4"
    secret = b"Willemijn Terpstra 238474008"
    src.write_bytes(mp4_with_location() + _mp4_box(kind, secret))
    strip_av_metadata(src, dst, kind="mp4")
    data = dst.read_bytes()
    assert secret not in data
    assert len(data) == len(src.read_bytes()) and b"mdat" in data and b"moov" in data


def test_a_voice_note_loses_its_tags(tmp_path):
    src, dst = tmp_path / "a.opus", tmp_path / "b.opus"
    src.write_bytes(opus_voice_note())
    strip_av_metadata(src, dst, kind="ogg")
    data = dst.read_bytes()
    assert data.startswith(b"OggS") and b"Pieter" not in data and b"Kerkstraat" not in data


def test_a_broken_voice_note_is_reported(tmp_path):
    src = tmp_path / "a.opus"
    src.write_bytes(b"OggS" + b"\x00" * 40)
    with pytest.raises(MetadataNotStripped):
        strip_av_metadata(src, tmp_path / "b.opus", kind="ogg")


def _second_stream(artist: str) -> bytes:
    """An Ogg Opus stream of its own (another serial number), with a tag naming `artist`."""
    data = opus_voice_note(artist=artist)
    pages, offset = [], 0
    while offset < len(data):
        segments = data[offset + 26]
        length = 27 + segments + sum(data[offset + 27 : offset + 27 + segments])
        page = bytearray(data[offset : offset + length])
        page[14:18] = (2).to_bytes(4, "little")  # serial number
        page[22:26] = b"\x00\x00\x00\x00"
        page[22:26] = ogg_crc(bytes(page)).to_bytes(4, "little")
        pages.append(bytes(page))
        offset += length
    return b"".join(pages)


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param(lambda: _second_stream("Willemijn Terpstra 238474008"), id="chained stream"),
        pytest.param(lambda: b"TAG Willemijn Terpstra 238474008", id="bytes after the last page"),
    ],
)
def test_a_voice_note_with_more_than_its_one_stream_is_not_passed_on(tmp_path, extra):
    # mutagen empties the comment header of the first logical stream only: a second stream
    # chained after it, or bytes after the last page (an appended tag), came through in the
    # 'cleaned' voice note with the name and BSN in it.
    src, dst = tmp_path / "a.opus", tmp_path / "b.opus"
    src.write_bytes(opus_voice_note() + extra())
    try:
        strip_av_metadata(src, dst, kind="ogg")
    except MetadataNotStripped:
        return
    data = dst.read_bytes()
    assert b"Terpstra" not in data and b"238474008" not in data


def _dark_share(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    pixels = list(image.convert("L").crop(box).get_flattened_data())
    return sum(1 for p in pixels if p < 60) / len(pixels)


def test_a_box_added_later_is_painted_where_its_words_stand_on_any_page():
    """The places of the pages' words come with their text, so a box added to the text later
    (by Informatiebeheer) is painted over those words, also on a later page; a span that
    touches no known word cannot be painted."""
    pages = [
        ["Notulen van het buurtoverleg over de speeltuin aan de Vaart."],
        ["Tot slot belde de buurman over het hek van de speeltuin."],
    ]
    redacted = redact_pdf(text_pdf(pages), detect=detect)
    start = redacted.text.index("buurman")
    end = start + len("buurman")
    touched = [w for w in redacted.words if w[0] < end and w[1] > start]
    assert [w[2] for w in touched] == [1]  # the second page
    painted = documents.paint_spans(
        redacted.data, redacted.words, [(start, end)], text=redacted.text
    )
    images, _ = documents._page_images(painted)
    before, _ = documents._page_images(redacted.data)
    assert [im.size for im in images] == [im.size for im in before]
    _, _, page, left, top, right, bottom, _ = touched[0]
    assert _dark_share(before[1], (left, top, right, bottom)) < 0.5
    assert _dark_share(images[1], (left, top, right, bottom)) > 0.95
    # The first page is unchanged but for its compression.
    assert _dark_share(images[0], (0, 0, *images[0].size)) < 0.1
    assert documents.paint_spans(redacted.data, [], [(start, end)], text=redacted.text) is None


def test_a_span_into_a_page_without_word_places_is_not_painted_in_part():
    # Review 49: the second page's words have no place (as a rotated page's); a span from the
    # first page into it touches placed words, yet its rest could not be painted.
    pages = [
        ["Notulen van het buurtoverleg over de speeltuin aan de Vaart."],
        ["Tot slot belde de buurman over het hek van de speeltuin."],
    ]
    redacted = redact_pdf(text_pdf(pages), detect=detect)
    start = redacted.text.index("Vaart")
    end = redacted.text.index("buurman") + len("buurman")
    first_page = [w for w in redacted.words if w[2] == 0]
    assert (
        documents.paint_spans(redacted.data, first_page, [(start, end)], text=redacted.text) is None
    )
