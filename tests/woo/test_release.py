"""The release of a Woo decision: exactly the selected documents, judged, with grounds as boxes,
inventarislijst in XLSX and CSV, and the verantwoording with SHA-256s."""

import csv
import hashlib
import io
import zipfile
from datetime import date, datetime

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from audit.models import AuditEvent
from chats.constants import MediaRelease, UploadKind
from chats.rendition import RenditionError
from tests.conftest import png_bytes
from tests.woo.conftest import SECRET_PHONE, made_and_downloaded
from woo.besluit import beoordeling_save, beoordeling_save_record, passage_add, passage_area_add
from woo.constants import Oordeel
from woo.release import csv_safe, inventory_csv, release_items, write_release_pdf
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def _body(response) -> bytes:
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def selection(make_record, zaak, woo_user, verzoek):
    """One whole record (3 messages, one outside the record) plus one single message of another,
    all judged."""
    whole = make_record(
        [
            "Eerste bericht over de kastanje.",
            "Tweede bericht, niet in het archiefstuk.",
            ("Derde: bel [TELEFOONNUMMER].", f"Derde: bel {SECRET_PHONE}."),
        ],
        zaak=zaak,
        excluded_seqs=(2,),
    )
    partly = make_record(["Niet gekozen bericht.", '=HYPERLINK("http://x") gekozen bericht.'])
    make_record(["Helemaal niet gekozen archiefstuk."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=whole.pk)
    selectie_add(
        user=woo_user,
        verzoek=verzoek,
        submission_id=partly.pk,
        message_id=partly.messages.get(seq=2).pk,
    )
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=whole.pk, oordeel=Oordeel.OPENBAAR
    )
    passage_add(
        user=woo_user,
        verzoek=verzoek,
        message_id=partly.messages.get(seq=2).pk,
        passage="gekozen",
        grond="5.2",
    )
    beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=partly.messages.get(seq=2).pk,
        oordeel=Oordeel.DEELS_OPENBAAR,
        gronden=["5.2", "5.1.2e"],
        toelichting="-persoonlijke opvatting",
    )
    return whole, partly


def test_release_items_are_exactly_the_selected_documents(verzoek, selection):
    whole, partly = selection
    items = release_items(verzoek)
    assert [(i.doc.submission_id, i.doc.seq) for i in items] == [
        (whole.pk, 1),
        (whole.pk, 3),
        (partly.pk, 2),
    ]
    assert [i.oordeel for i in items] == [
        Oordeel.OPENBAAR,
        Oordeel.DEELS_OPENBAAR,  # openbaar, but its phone number is blacked out
        Oordeel.DEELS_OPENBAAR,
    ]
    assert items[1].gronden == ("5.1.2e",)
    assert items[2].gronden == ("5.1.2e", "5.2")  # in the order of the law
    assert items[0].zaaknummer == "Z-2024-000123"


def test_the_csv_inventory_has_the_columns_of_the_reference_practice(
    woo_client, verzoek, selection
):
    whole, partly = selection
    response = made_and_downloaded(woo_client, verzoek, "csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(_body(response).decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Nr.", "Datum", "Document", "Onderwerp", "Archiefstuk", "Zaak", "Beoordeling",
        "Weigeringsgronden", "Reeds openbaar", "Link", "Opmerkingen",
    ]  # fmt: skip
    body = rows[1:]
    assert [row[2] for row in body] == [
        f"WA-{whole.pk:06d} bericht 2",
        f"WA-{whole.pk:06d} bericht 4",
        f"WA-{partly.pk:06d} bericht 3",
    ]
    assert body[0][5] == "Z-2024-000123"
    assert body[0][6] == "Openbaar" and body[2][6] == "Deels openbaar"
    assert body[2][7] == "5.1.2e; 5.2" and body[2][8] == "nee"
    # The remark starts with '-': a spreadsheet would read it as a formula.
    assert body[2][10] == "'-persoonlijke opvatting"


def test_the_xlsx_inventory_lists_documents_records_and_grounds(woo_client, verzoek, selection):
    whole, partly = selection
    response = made_and_downloaded(woo_client, verzoek, "xlsx")
    workbook = load_workbook(io.BytesIO(_body(response)))
    assert workbook.sheetnames == ["Inventarislijst", "Archiefstukken", "Weigeringsgronden"]
    # Its metadata names the municipality, as the PDFs do, not the spreadsheet library (walk 48).
    assert workbook.properties.creator == "Gemeente Meppel"
    assert workbook.properties.title == f"Inventarislijst {verzoek.nummer}"
    rows = list(workbook["Inventarislijst"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Nr.", "Datum", "Document") and len(rows) == 4
    assert rows[3][6:8] == ("Deels openbaar", "5.1.2e; 5.2")
    records = list(workbook["Archiefstukken"].iter_rows(values_only=True))[1:]
    assert [(r[0], r[3]) for r in records] == [
        (f"WA-{whole.pk:06d}", "Deels openbaar"),
        (f"WA-{partly.pk:06d}", "Deels openbaar"),
    ]
    legend = list(workbook["Weigeringsgronden"].iter_rows(values_only=True))[1:]
    assert [r[0] for r in legend] == ["5.1.2e", "5.2"]
    # Dates are dates a spreadsheet can sort and filter (they were text), shown Dutch style;
    # the columns are wide enough to read (every one was 13 characters).
    sheet = workbook["Inventarislijst"]
    assert isinstance(rows[1][1], datetime)
    assert sheet["B2"].number_format == "dd-mm-yyyy hh:mm"
    assert sheet.column_dimensions["C"].width >= 20 and sheet.column_dimensions["D"].width >= 30


def test_the_pdf_holds_the_released_text_with_ground_boxes(woo_client, verzoek, selection):
    response = made_and_downloaded(woo_client, verzoek, "pdf")
    assert response["Content-Type"] == "application/pdf"
    text = _text(_body(response))
    for expected in ("Eerste bericht over de kastanje.", "Derde: bel 5.1.2e", "5.2 bericht."):
        assert expected in text
    for absent in ("Tweede bericht", "Niet gekozen", "Helemaal niet", SECRET_PHONE, "TELEFOON"):
        assert absent not in text
    assert "WOO-2025-007" in text


def test_the_pdf_is_pdf_a(woo_client, verzoek, selection):
    pdf = _body(made_and_downloaded(woo_client, verzoek, "pdf"))
    reader = PdfReader(io.BytesIO(pdf))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "pdfaid:part" in xmp


def test_the_zip_holds_everything_and_the_verantwoording_hashes_it(
    woo_client, woo_user, verzoek, selection
):
    whole, partly = selection
    archive = zipfile.ZipFile(io.BytesIO(_body(made_and_downloaded(woo_client, verzoek, "zip"))))
    names = sorted(archive.namelist())
    slug = "woo-2025-007"  # the request's own number: downloads of several requests stay apart
    assert names == sorted(
        [
            f"{slug}-besluit-documenten.pdf",
            f"{slug}-inventarislijst.xlsx",
            f"{slug}-inventarislijst.csv",
            f"{slug}-verantwoording.txt",
            f"{slug}-verantwoording.pdf",
        ]
    )
    account = archive.read(f"{slug}-verantwoording.txt").decode()
    for name in [n for n in names if "verantwoording" not in n]:
        assert f"{name}  SHA-256: {hashlib.sha256(archive.read(name)).hexdigest()}" in account
    assert f"WA-{whole.pk:06d}" in account and f"WA-{partly.pk:06d}" in account
    assert f"beoordeeld door {woo_user.get_username()}" in account
    assert f"WA-{partly.pk:06d} bericht 3: tekens 23-30 op grond van 5.2; door " in account
    event = AuditEvent.objects.filter(action="woo_verzoek.exported").last()
    assert event.detail["format"] == "besluit" and event.detail["documents"] == 3
    assert (
        event.detail["files"][f"{slug}-verantwoording.txt"]
        == hashlib.sha256(account.encode()).hexdigest()
    )


def test_a_failed_pdf_is_audited_as_failed(woo_client, woo_user, verzoek, selection, monkeypatch):
    def refuse(*args, **kwargs):
        raise RenditionError("De PDF kon niet worden gemaakt.")

    monkeypatch.setattr("woo.release.write_release_pdf", refuse)
    response = made_and_downloaded(woo_client, verzoek, "pdf")
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="woo_verzoek.export_failed")
    assert (event.result, event.detail, event.actor) == ("mislukt", {"format": "besluit"}, woo_user)
    assert not AuditEvent.objects.filter(action="woo_verzoek.exported").exists()


def test_an_unknown_release_file_is_not_found(woo_client, verzoek):
    assert woo_client.get(reverse("woo:release", args=[verzoek.pk, "exe"])).status_code == 404


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+31612345678", "'+31612345678"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tverborgen", "'\tverborgen"),
        ("\rregel", "'\rregel"),
        ("gewone tekst", "gewone tekst"),
        ("a=b", "a=b"),
        (12, "12"),
        (None, ""),
    ],
)
def test_cells_cannot_start_a_formula(value, expected):
    assert csv_safe(value) == expected


def test_an_empty_request_exports_only_the_header(verzoek):
    content = inventory_csv(release_items(verzoek)).decode("utf-8-sig")
    assert content.strip().count("\n") == 0


def test_the_pdf_shows_the_cleaned_image_and_ocr_with_boxes(
    woo_user, verzoek, make_record, make_media
):
    record = make_record(["Zie de foto."])
    make_media(
        record,
        record.messages.get(),
        original=png_bytes(50, 40),
        derived=png_bytes(60, 30),
        ocr=f"Bel {SECRET_PHONE}",
        ocr_redacted="Bel [TELEFOONNUMMER]",
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    buffer = io.BytesIO()
    write_release_pdf(buffer, verzoek, release_items(verzoek))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert [(i.image.width, i.image.height) for p in reader.pages for i in p.images] == [(60, 30)]
    text = _text(buffer.getvalue())
    assert "Bel 5.1.2e" in text and SECRET_PHONE not in text and "TELEFOON" not in text


def test_a_withheld_message_takes_its_images_with_it(woo_user, verzoek, make_record, make_media):
    record = make_record(["Zie de foto."])
    make_media(record, record.messages.get(), original=png_bytes(50, 40), derived=png_bytes(60, 30))
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user,
        verzoek=verzoek,
        submission_id=record.pk,
        oordeel=Oordeel.NIET_OPENBAAR,
        gronden=["5.1.2i"],
    )
    buffer = io.BytesIO()
    write_release_pdf(buffer, verzoek, release_items(verzoek))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert [i for p in reader.pages for i in p.images] == []
    assert "Bericht niet openbaar (5.1.2i)" in _text(buffer.getvalue())


@pytest.fixture
def screenshot_record(make_record, make_media, zaak):
    """An archived screenshot record: no messages, two cleaned screenshots with OCR text."""
    record = make_record([], zaak=zaak, index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    for width, ocr in ((61, "Eerste schermafbeelding"), (62, "Tweede schermafbeelding")):
        make_media(
            record,
            None,
            original=png_bytes(width, 40),
            derived=png_bytes(width, 30),
            ocr=f"{ocr}, bel {SECRET_PHONE}",
            ocr_redacted=f"{ocr}, bel [TELEFOONNUMMER]",
        )
    return record


def test_a_screenshot_area_is_painted_over_and_its_ocr_text_left_out(
    woo_user, verzoek, screenshot_record
):
    first, second = screenshot_record.media.order_by("seq")
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=screenshot_record.pk)
    passage_area_add(
        user=woo_user,
        verzoek=verzoek,
        media_id=first.pk,
        x=0,
        y=0,
        breedte=1,
        hoogte=0.5,
        grond="5.1.2h",
    )
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=screenshot_record.pk, oordeel=Oordeel.OPENBAAR
    )
    items = release_items(verzoek)
    # Both screenshots had a phone number the archive blacked out: 5.1.2e on both.
    assert [(i.oordeel, i.gronden) for i in items] == [
        (Oordeel.DEELS_OPENBAAR, ("5.1.2e", "5.1.2h")),
        (Oordeel.DEELS_OPENBAAR, ("5.1.2e",)),
    ]
    buffer = io.BytesIO()
    write_release_pdf(buffer, verzoek, items)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    images = [i.image for p in reader.pages for i in p.images]
    assert sorted(image.width for image in images) == [61, 62]
    painted = next(image for image in images if image.width == 61).convert("RGB")
    assert painted.getpixel((30, 5)) == (17, 17, 17)  # the top half is black
    assert painted.getpixel((30, 25)) != (17, 17, 17)
    text = _text(buffer.getvalue())
    assert "Eerste schermafbeelding" not in text  # OCR text under a painted area: left out
    assert "Tweede schermafbeelding, bel 5.1.2e" in text


def test_a_passage_overlapping_another_is_refused(woo_user, verzoek, make_record):
    from woo.services import WooError

    record = make_record(["Het bod is veertigduizend euro."])
    message = record.messages.get()
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    passage_add(
        user=woo_user,
        verzoek=verzoek,
        message_id=message.pk,
        passage="veertigduizend",
        grond="5.1.2b",
    )
    with pytest.raises(WooError, match="overlapt"):
        passage_add(
            user=woo_user,
            verzoek=verzoek,
            message_id=message.pk,
            passage="bod is veertig",
            grond="5.1.2b",
        )


def test_withheld_screenshot_images_never_reach_the_pdf(woo_user, verzoek, screenshot_record):
    first, second = screenshot_record.media.order_by("seq")
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=screenshot_record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=screenshot_record.pk, oordeel=Oordeel.OPENBAAR
    )
    # Withheld after it was judged openbaar (a withheld one cannot be judged so: test_walk41b).
    second.release = MediaRelease.ACHTERGEHOUDEN
    second.save(update_fields=["release"])
    buffer = io.BytesIO()
    write_release_pdf(buffer, verzoek, release_items(verzoek))
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert [i.image.width for p in reader.pages for i in p.images] == [61]
    assert "Schermafbeelding niet beschikbaar" in _text(buffer.getvalue())


def test_release_files_are_named_after_the_request_number(verzoek):
    from woo.release import release_names

    assert release_names(verzoek)["pdf"] == "woo-2025-007-besluit-documenten.pdf"
    verzoek.nummer = "2026/12 Stationsweg"
    assert release_names(verzoek)["zip"] == "woo-2026-12-stationsweg-besluit.zip"


def test_a_screenshot_has_a_date_in_the_inventarislijst(woo_user, verzoek, screenshot_record):
    """A screenshot has no time of its own: the day heading it shows, else the one day the
    employee gave as the period (never the day it was stored: test_inventory_screenshot_dates)."""
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=screenshot_record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=screenshot_record.pk, oordeel="openbaar"
    )
    screenshot_record.periode_van = screenshot_record.periode_tot = date(2024, 9, 11)
    screenshot_record.save(update_fields=["periode_van", "periode_tot"])
    rows = list(
        csv.reader(
            io.StringIO(inventory_csv(release_items(verzoek)).decode("utf-8-sig")), delimiter=";"
        )
    )
    assert [row[1] for row in rows[1:]] == ["11-09-2024", "11-09-2024"]
