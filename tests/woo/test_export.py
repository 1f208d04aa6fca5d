"""Exports of a Woo request: exactly the selected messages, redacted, injection-safe CSV."""

import csv
import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from audit.models import AuditEvent
from chats.rendition import RenditionError
from tests.woo.conftest import SECRET_PHONE
from woo.constants import Besluit
from woo.export import csv_safe, export_messages, inventory_csv
from woo.services import selectie_add, selectie_decide

pytestmark = pytest.mark.django_db


@pytest.fixture
def selection(make_record, zaak, woo_user, verzoek):
    """One whole record (3 messages, one outside the record) plus one single message of another."""
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
    single, _ = selectie_add(
        user=woo_user,
        verzoek=verzoek,
        submission_id=partly.pk,
        message_id=partly.messages.get(seq=2).pk,
    )
    selectie_decide(
        user=woo_user,
        selectie=single,
        besluit=Besluit.DEELS_OPENBAAR,
        gronden=["5.1.2e", "5.2"],
        toelichting="-persoonlijke opvatting",
    )
    return whole, partly


def test_export_messages_are_exactly_the_selected_ones(verzoek, selection):
    whole, partly = selection
    items = export_messages(verzoek)
    assert [(i.submission_id, i.seq) for i in items] == [
        (whole.pk, 1),
        (whole.pk, 3),
        (partly.pk, 2),
    ]
    assert items[1].text == "Derde: bel [TELEFOONNUMMER]."
    assert items[2].besluit == Besluit.DEELS_OPENBAAR
    assert items[0].zaaknummer == "Z-2024-000123"


def test_the_csv_inventory_lists_exactly_the_selected_messages(woo_client, verzoek, selection):
    whole, partly = selection
    response = woo_client.get(reverse("woo:export_csv", args=[verzoek.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:6] == ["Nr.", "Archiefstuk", "Bericht", "Datum", "Zaak", "Beoordeling"]
    body = rows[1:]
    assert [(row[1], row[2]) for row in body] == [
        (f"WA-{whole.pk:06d}", "1"),
        (f"WA-{whole.pk:06d}", "3"),
        (f"WA-{partly.pk:06d}", "2"),
    ]
    assert body[0][4] == "Z-2024-000123"
    assert body[0][5] == "Nog niet beoordeeld"
    assert body[2][5] == "Deels openbaar"
    assert "5.1 lid 2e" in body[2][6] and "5.2" in body[2][6]
    # The toelichting starts with '-': a spreadsheet would read it as a formula.
    assert body[2][7] == "'-persoonlijke opvatting"
    assert SECRET_PHONE not in text


def test_the_pdf_holds_exactly_the_selected_messages_redacted(woo_client, verzoek, selection):
    response = woo_client.get(reverse("woo:export_pdf", args=[verzoek.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    for expected in ("Eerste bericht over de kastanje.", "gekozen bericht.", "TELEFOONNUMMER"):
        assert expected in text
    for absent in ("Tweede bericht", "Niet gekozen bericht", "Helemaal niet gekozen", SECRET_PHONE):
        assert absent not in text
    assert "WOO-2025-007" in text
    whole, partly = selection
    assert f"WA-{whole.pk:06d} · Deelnemer A" in text
    assert f"WA-{partly.pk:06d} · Deelnemer A" in text


def test_exports_are_audited(woo_client, woo_user, verzoek, selection):
    woo_client.get(reverse("woo:export_csv", args=[verzoek.pk]))
    woo_client.get(reverse("woo:export_pdf", args=[verzoek.pk]))
    events = AuditEvent.objects.filter(action="woo_verzoek.exported").order_by("pk")
    assert [e.detail for e in events] == [
        {"format": "csv", "messages": 3, "records": 2},
        {"format": "pdf", "messages": 3, "records": 2},
    ]
    assert all(e.actor == woo_user and e.object_id == str(verzoek.pk) for e in events)


def test_a_failed_pdf_export_is_audited_as_failed(
    woo_client, woo_user, verzoek, selection, monkeypatch
):
    def refuse(*args):
        raise RenditionError("De PDF kon niet worden gemaakt.")

    monkeypatch.setattr("woo.views.export_pdf", refuse)
    response = woo_client.get(reverse("woo:export_pdf", args=[verzoek.pk]))
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="woo_verzoek.export_failed")
    assert (event.result, event.detail, event.actor) == ("mislukt", {"format": "pdf"}, woo_user)
    assert not AuditEvent.objects.filter(action="woo_verzoek.exported").exists()


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
def test_csv_cells_cannot_start_a_formula(value, expected):
    assert csv_safe(value) == expected


def test_an_empty_request_exports_only_the_header(verzoek):
    content = inventory_csv(verzoek, export_messages(verzoek)).decode("utf-8-sig")
    assert content.strip().count("\n") == 0


def test_the_pdf_shows_the_cleaned_image_of_a_selected_message(
    woo_user, verzoek, make_record, make_media
):
    from tests.conftest import png_bytes
    from woo.export import export_pdf

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
    reader = PdfReader(io.BytesIO(export_pdf(verzoek, export_messages(verzoek))))
    images = [image for page in reader.pages for image in page.images]
    assert [(image.image.width, image.image.height) for image in images] == [(60, 30)]
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "[TELEFOONNUMMER]" in text and SECRET_PHONE not in text


@pytest.fixture
def screenshot_record(make_record, make_media, zaak):
    """An archived screenshot record: no messages, two cleaned screenshots with OCR text."""
    from chats.constants import UploadKind
    from tests.conftest import png_bytes

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


def test_a_screenshot_record_is_in_both_exports(
    woo_client, woo_user, verzoek, screenshot_record, make_record
):
    from woo.export import export_message_count

    chat = make_record(["Een gewoon bericht."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=screenshot_record.pk)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=chat.pk)
    assert export_message_count(verzoek) == 3

    response = woo_client.get(reverse("woo:export_csv", args=[verzoek.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))[1:]
    assert [(row[0], row[1], row[2], row[4]) for row in rows] == [
        ("1", f"WA-{screenshot_record.pk:06d}", "Schermafbeelding 1 van 2", "Z-2024-000123"),
        ("2", f"WA-{screenshot_record.pk:06d}", "Schermafbeelding 2 van 2", "Z-2024-000123"),
        ("3", f"WA-{chat.pk:06d}", "1", ""),
    ]

    response = woo_client.get(reverse("woo:export_pdf", args=[verzoek.pk]))
    reader = PdfReader(io.BytesIO(response.content))
    images = [image for page in reader.pages for image in page.images]
    assert sorted(image.image.width for image in images) == [61, 62]
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert f"WA-{screenshot_record.pk:06d} · Schermafbeelding 1 van 2" in text
    assert "Tweede schermafbeelding, bel [TELEFOONNUMMER]" in text
    assert SECRET_PHONE not in text and "tijd onbekend" not in text
    assert "Aantal schermafbeeldingen 2" in text
    event = AuditEvent.objects.filter(action="woo_verzoek.exported").order_by("pk").last()
    assert event.detail == {"format": "pdf", "messages": 3, "records": 2}


def test_the_pdf_leaves_out_images_that_are_withheld(woo_user, verzoek, make_record, make_media):
    from chats.constants import MediaRelease
    from tests.conftest import png_bytes
    from woo.export import export_pdf

    record = make_record(["Zie de foto's."])
    message = record.messages.get()
    shown = make_media(record, message, original=png_bytes(50, 40), derived=png_bytes(60, 30))
    withheld = make_media(record, message, original=png_bytes(50, 40), derived=png_bytes(70, 35))
    withheld.release = MediaRelease.ACHTERGEHOUDEN
    withheld.save(update_fields=["release"])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    reader = PdfReader(io.BytesIO(export_pdf(verzoek, export_messages(verzoek))))
    sizes = [(i.image.width, i.image.height) for page in reader.pages for i in page.images]
    assert sizes == [(60, 30)]
    assert shown.release == MediaRelease.GEANONIMISEERD
