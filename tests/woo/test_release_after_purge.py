"""Issue 12: a passage the Woo officer blacks out in the text read from a photo never reaches
the released material, also once the record's originals are purged.

The photo is made and read the way processing does (chats.pipeline.build.photo_text: real OCR,
its personal data blacked out in the pixels, the word boxes stored), the originals are purged
the way production purges them (chats.purge.originals_purge, which takes the original OCR text
and its word boxes), and the release is built as the export does (woo.release.build_release).
Every file of the release is then read back: the PDF's text, the text OCR reads in each picture
in the PDF, the inventory (CSV, XLSX), the verantwoording (text and PDF) and the ZIP's members.
"""

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader

from chats.models import MediaItem
from chats.pipeline.build import photo_text
from chats.purge import originals_purge
from chats.redaction.ocr import ocr_image
from tests.woo.conftest import ocr_passages_judged
from woo.besluit import beoordeling_save_record, passage_add
from woo.constants import Oordeel
from woo.release import build_release
from woo.services import selectie_add

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not FONT.exists(), reason="DejaVu font not installed"),
]

# The word the Woo officer blacks out (not personal data: the archive leaves it readable).
SECRET = "Vertrouwelijk"
NOTE = [
    "MELDING KERKSTRAAT",
    "Tel: 06 15499316",
    f"Advies {SECRET} kappen",
    "Boom staat scheef",
]


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def photo_of_note(lines=NOTE) -> bytes:
    image = Image.new("RGB", (1400, 800), (120, 130, 95))
    draw = ImageDraw.Draw(image)
    draw.rectangle([100, 100, 1300, 700], fill=(245, 245, 235))
    font = ImageFont.truetype(str(FONT), 54)
    for n, line in enumerate(lines):
        draw.text((140, 150 + 110 * n), line, fill=(20, 20, 20), font=font)
    return _png(image)


def read_picture(data: bytes) -> str:
    with Image.open(io.BytesIO(data)) as image:
        return ocr_image(image.convert("RGB")).text


@pytest.fixture
def photo_record(make_record, make_media):
    """An archived record whose one message carries a photographed note, processed as the
    pipeline does."""
    record = make_record(["Zie de foto van het briefje"], index=False)
    message = record.messages.get()
    original = photo_of_note()
    found = photo_text(original, known_names=[], replacements={})
    assert SECRET in found["ocr_text"] and "[TELEFOONNUMMER]" in found["ocr_text_redacted"]
    derived = Image.open(io.BytesIO(found["data"])).convert("RGB")
    media = make_media(
        record,
        message,
        original=original,
        derived=_png(derived),
        ocr=found["ocr_text"],
        ocr_redacted=found["ocr_text_redacted"],
    )
    media.ocr_boxes = found["ocr_boxes"]
    media.save(update_fields=["ocr_boxes"])
    return record, media


@pytest.fixture
def purged_photo_record(photo_record):
    """The photo record after the production purge: the purge period passed before the request
    came in (a selected record is on hold)."""
    record, media = photo_record
    assert not originals_purge(submission_id=record.pk).on_hold
    media.refresh_from_db()
    return record, media


def _redact_and_release(verzoek, woo_user, record, media, tmp_path) -> dict[str, bytes]:
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    ocr_passages_judged(woo_user, verzoek, media, (SECRET, "5.1.2i"))
    release = build_release(verzoek, tmp_path, made_by="Medewerker Woo")
    return {name: release.path(name).read_bytes() for name in release.files}


def _readable(name: str, data: bytes) -> list[tuple[str, str]]:
    """(where, text) of everything a reader of `name` can get at: text and pictures' OCR."""
    if name.endswith(".pdf"):
        reader = PdfReader(io.BytesIO(data))
        found = [(f"{name} tekst", " ".join(p.extract_text() or "" for p in reader.pages))]
        found.append(
            (f"{name} metadata", " ".join(str(v) for v in (reader.metadata or {}).values()))
        )
        for page in reader.pages:
            for picture in page.images:
                found.append((f"{name} afbeelding {picture.name}", read_picture(picture.data)))
        return found
    if name.endswith((".zip", ".xlsx")):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            found = [(f"{name} namen", " ".join(archive.namelist()))]
            for member in archive.namelist():
                found += _readable(f"{name}/{member}", archive.read(member))
            return found
    return [(name, data.decode("utf-8", errors="replace"))]


def _leaks(files: dict[str, bytes], secret: str) -> list[str]:
    return [
        where
        for name, data in files.items()
        for where, text in _readable(name, data)
        if secret.lower() in " ".join(text.split()).lower()
    ]


def _pictures(files: dict[str, bytes]) -> list[str]:
    pdf = next(data for name, data in files.items() if name.endswith("-documenten.pdf"))
    return [read_picture(i.data) for p in PdfReader(io.BytesIO(pdf)).pages for i in p.images]


def _assert_the_photo_is_released_without_the_passage(files: dict[str, bytes]) -> None:
    assert _leaks(files, SECRET) == []
    # The photo itself is released, with the rest of its note readable.
    pictures = _pictures(files)
    assert len(pictures) == 1 and "scheef" in pictures[0]


def test_before_the_purge_the_officers_passage_is_nowhere_in_the_release(
    woo_user, verzoek, photo_record, tmp_path
):
    record, media = photo_record
    files = _redact_and_release(verzoek, woo_user, record, media, tmp_path)
    _assert_the_photo_is_released_without_the_passage(files)


def test_after_the_purge_the_officers_passage_is_nowhere_in_the_release(
    woo_user, verzoek, purged_photo_record, tmp_path
):
    record, media = purged_photo_record
    assert media.ocr_text == ""  # the production purge took the original OCR text
    files = _redact_and_release(verzoek, woo_user, record, media, tmp_path)
    _assert_the_photo_is_released_without_the_passage(files)


def test_a_record_purged_before_the_places_were_kept_is_read_again(
    woo_user, verzoek, purged_photo_record, tmp_path
):
    """Records purged before the word places were kept have none: the released photo is read
    again and the passage painted where that reading has it."""
    record, media = purged_photo_record
    MediaItem.objects.filter(pk=media.pk).update(ocr_boxes={})  # as the old purge left it
    files = _redact_and_release(verzoek, woo_user, record, media, tmp_path)
    _assert_the_photo_is_released_without_the_passage(files)


def test_a_passage_whose_place_is_not_known_withholds_the_image_and_says_so(
    woo_user, verzoek, purged_photo_record, tmp_path
):
    """Kept places that no longer fit the text and a reading without the passage (here: the
    text says more than the picture shows): the photo is not released, a line says so, and the
    verantwoording names it."""
    record, media = purged_photo_record
    media.ocr_text_redacted = media.ocr_text_redacted.replace(SECRET, f"{SECRET} Geheimhouding")
    media.save(update_fields=["ocr_text_redacted"])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    ocr_passages_judged(woo_user, verzoek, media, ("Geheimhouding", "5.1.2i"))
    release = build_release(verzoek, tmp_path, made_by="Medewerker Woo")
    files = {name: release.path(name).read_bytes() for name in release.files}
    assert _pictures(files) == []
    assert _leaks(files, "Geheimhouding") == [] and _leaks(files, SECRET) == []
    pdf = next(data for name, data in files.items() if name.endswith("-documenten.pdf"))
    shown = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Afbeelding niet openbaar (5.1.2i)" in shown
    account = next(data for name, data in files.items() if name.endswith(".txt")).decode()
    assert f"bijlage {media.seq + 1}: afbeelding niet openbaar gemaakt" in account


def test_a_passage_in_a_purged_records_message_is_in_no_released_file(
    make_record, woo_user, verzoek, tmp_path
):
    """The same door for a message's own text: the officer's passage is in no file of the
    release (PDF text, inventory, verantwoording, ZIP), after the purge as before it."""
    record = make_record([f"Het advies is {SECRET} en gaat naar de raad"], index=False)
    assert not originals_purge(submission_id=record.pk).on_hold
    message = record.messages.get()
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    passage_add(
        user=woo_user,
        verzoek=verzoek,
        message_id=message.pk,
        passage=SECRET,
        start=message.text_redacted.index(SECRET),
        grond="5.2",
    )
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    release = build_release(verzoek, tmp_path, made_by="Medewerker Woo")
    files = {name: release.path(name).read_bytes() for name in release.files}
    assert _leaks(files, SECRET) == []
    assert _leaks(files, "gaat naar de raad")  # the rest of the message is released
