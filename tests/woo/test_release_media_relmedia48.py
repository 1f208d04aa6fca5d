"""Voice notes and videos in the release ZIP (relmedia48).

A voice note Informatiebeheer released and the Woo officer judged openbaar was named in the
release PDF ("vrijgegeven, maar niet in deze PDF op te nemen") but its file was never in the
ZIP, so the public never got it. It now goes into the ZIP under bijlagen/, named by document
number and kind (never by its original name), with its metadata stripped, named in the
inventarislijst and with its SHA-256 in the verantwoording. A withheld one, or one of a message
that is only deels openbaar (a recording cannot be partly blacked out), stays out."""

import csv
import hashlib
import io
import zipfile

import pytest
from django.test import override_settings
from django.urls import reverse
from pypdf import PdfReader

from chats.constants import MediaRelease
from demo.generators.documents import mp4_with_location, opus_voice_note
from tests.woo.conftest import attach_media, image_pdf
from woo.besluit import beoordeling_save, beoordeling_save_record
from woo.constants import Oordeel
from woo.release import build_release, release_names
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

VOICE_NAME = "bijlagen/document-1-bijlage-1-geluidsopname.opus"


@pytest.fixture
def record(make_record):
    record = make_record(["Kijk even.", "spraak", "video", "spraak 2", "verslag", "Dank u."])
    # The tags name a person: a derivative made before intake stripped them still has them.
    attach_media(
        record,
        1,
        mime="audio/ogg",
        content=opus_voice_note(),
        name="PTT-20240312-WA0002 Pieter Bakker.opus",
        release=MediaRelease.VRIJGEGEVEN,
    )
    attach_media(
        record,
        2,
        mime="video/mp4",
        content=mp4_with_location(),
        name="VID-20240312-WA0003.mp4",
        release=MediaRelease.ACHTERGEHOUDEN,
    )
    # Its caption names someone: the message is deels openbaar.
    attach_media(
        record,
        3,
        mime="audio/ogg",
        content=opus_voice_note(artist="Ria Mol"),
        name="PTT-20240312-WA0004.opus",
        release=MediaRelease.VRIJGEGEVEN,
        text="Spraakbericht van [NAAM]",
    )
    attach_media(
        record,
        4,
        mime="application/pdf",
        content=image_pdf(1),
        name="verslag.pdf",
        release=MediaRelease.GEANONIMISEERD,
    )
    return record


def _judged(woo_user, verzoek, record):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=record.messages.get(seq=2).pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2e"],
    )


def _built(verzoek, tmp_path):
    release = build_release(verzoek, tmp_path, made_by="Test")
    names = release_names(verzoek)
    archive = zipfile.ZipFile(release.path(names["zip"]))
    text = release.path(names["verantwoording"]).read_text(encoding="utf-8")
    rows = list(
        csv.reader(
            io.StringIO(release.path(names["csv"]).read_bytes().decode("utf-8-sig")),
            delimiter=";",
        )
    )
    return archive, text, rows


def test_a_released_voice_note_judged_openbaar_is_in_the_zip(woo_user, verzoek, record, tmp_path):
    _judged(woo_user, verzoek, record)
    archive, text, rows = _built(verzoek, tmp_path)
    media = [n for n in archive.namelist() if n.startswith("bijlagen/")]
    # Only the released voice note judged openbaar: not the withheld video, not the voice note
    # of the deels openbaar message, not the PDF attachment (its pages are in the PDF).
    assert media == [VOICE_NAME]
    assert not any("PTT" in n or "Pieter" in n or "VID" in n for n in archive.namelist())
    data = archive.read(VOICE_NAME)
    assert data.startswith(b"OggS")
    assert b"Pieter" not in data and b"Kerkstraat" not in data
    # The verantwoording gives its SHA-256.
    assert f"{VOICE_NAME}  SHA-256: {hashlib.sha256(data).hexdigest()}" in text
    # The inventarislijst names the file at its document.
    row = next(r for r in rows[1:] if r[0] == "1")
    assert VOICE_NAME in row[10]
    # The release PDF points to it instead of "niet in deze PDF op te nemen".
    reader = PdfReader(archive.open(release_names(verzoek)["pdf"]))
    pdf = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "als apart bestand bij dit besluit: bijlagen/document-1-bijlage-1" in pdf
    assert "niet in deze PDF op te nemen" not in pdf


def test_a_deels_openbaar_recording_stays_out_and_the_verantwoording_says_why(
    woo_user, verzoek, record, tmp_path
):
    _judged(woo_user, verzoek, record)
    archive, text, rows = _built(verzoek, tmp_path)
    assert not any(n.endswith("bijlage-3-geluidsopname.opus") for n in archive.namelist())
    assert "bericht 4 bijlage 3 (Geluidsopname): niet bijgevoegd" in text
    assert "kan niet gedeeltelijk worden weggelakt" in text
    row = next(r for r in rows[1:] if r[0] == "3")
    assert row[6] == "Deels openbaar" and "niet bijgevoegd" in row[10]
    # The withheld video is not named as a file at all.
    assert "video" not in " ".join(archive.namelist()).lower()


@override_settings(ARCHIEF_WOO_RELEASE_MEDIA_BYTES=10)
def test_recordings_over_the_size_limit_stay_out_and_are_named(woo_user, verzoek, record, tmp_path):
    _judged(woo_user, verzoek, record)
    archive, text, _ = _built(verzoek, tmp_path)
    assert not any(n.startswith("bijlagen/") for n in archive.namelist())
    assert "bericht 2 bijlage 1 (Geluidsopname): niet bijgevoegd" in text
    assert "groter worden dan 10 bytes" in text


@override_settings(ARCHIEF_WOO_RELEASE_MEDIA_BYTES=10)
def test_the_request_page_tells_the_officer_what_stayed_out(woo_client, woo_user, verzoek, record):
    _judged(woo_user, verzoek, record)
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert "Klaar: gemaakt op" in page
    note = page.split('id="export-opmerking">', 1)[1].split("</p>", 1)[0]
    assert note.startswith("2 geluidsopnamen of video&#x27;s van (deels) openbare berichten")
    assert "niet in de ZIP opgenomen" in note and "groter dan 10 bytes" in note
