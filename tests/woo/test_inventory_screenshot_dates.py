"""Walk fixw2 (B): the inventarislijst dates a screenshot by the day the screenshot shows, never
by the day it was uploaded.

Failed on main: a screenshot record without a period got the upload day as its documents'
date ("06-12-2026" for a chat of March 2024).
"""

import csv
import io
from datetime import date

import pytest

from chats.constants import UploadKind
from tests.conftest import png_bytes
from woo.besluit import beoordeling_save_record
from woo.documents import screenshot_day
from woo.release import inventory_csv, release_items
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def _dates(verzoek) -> list[str]:
    text = inventory_csv(release_items(verzoek)).decode("utf-8-sig")
    return [row[1] for row in list(csv.reader(io.StringIO(text), delimiter=";"))[1:]]


@pytest.fixture
def shots(make_record, make_media, zaak, woo_user, verzoek):
    record = make_record([], zaak=zaak, index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    for ocr in (
        "Rioolputje\n12 MAART 2024\nDe put aan de Kerkstraat is weer verstopt\n09:14",
        "Klopt, we komen morgen kijken\n09:20",
    ):
        make_media(
            record, None, original=png_bytes(), derived=png_bytes(), ocr=ocr, ocr_redacted=ocr
        )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel="openbaar"
    )
    return record


def test_a_screenshot_is_dated_by_its_date_chip_else_datum_onbekend(verzoek, shots):
    assert shots.created_at.date() != date(2024, 3, 12)
    assert _dates(verzoek) == ["12-03-2024", "datum onbekend"]


def test_the_period_the_employee_gave_is_no_screenshot_date_unless_one_day(verzoek, shots):
    shots.periode_van, shots.periode_tot = date(2024, 3, 1), date(2024, 3, 31)
    shots.save(update_fields=["periode_van", "periode_tot"])
    assert _dates(verzoek) == ["12-03-2024", "datum onbekend"]
    shots.periode_van = shots.periode_tot = date(2024, 3, 13)
    shots.save(update_fields=["periode_van", "periode_tot"])
    assert _dates(verzoek) == ["12-03-2024", "13-03-2024"]


@pytest.mark.parametrize(
    ("ocr", "day"),
    [
        ("12 MAART 2024", date(2024, 3, 12)),
        ("di 12 mrt. 2024", date(2024, 3, 12)),
        ("dinsdag 12 maart 2024", date(2024, 3, 12)),
        ("12-03-2024", date(2024, 3, 12)),
        ("12/3/2024", date(2024, 3, 12)),
        # Without a year WhatsApp means the latest such day: not after the upload.
        ("di 12 mrt.", date(2024, 3, 12)),
        ("28 DECEMBER", date(2023, 12, 28)),
        # Not a day heading: a date inside a message, a relative day, nothing.
        ("Kom je op 12 maart 2024 kijken?", None),
        ("VANDAAG", None),
        ("GISTEREN", None),
        ("31 februari 2024", None),
        ("", None),
    ],
)
def test_the_day_heading_of_a_screenshot(ocr, day):
    assert screenshot_day(f"Kerkstraat\n{ocr}\nHallo\n10:02", uploaded=date(2024, 6, 1)) == day


@pytest.mark.parametrize(
    "ocr",
    [
        # Messages above the first heading are of an earlier day: that heading does not date them.
        "Kerkstraat\nDe put is verstopt\n09:14\n12 MAART 2024\nWe komen kijken\n10:02",
        "Nog even over gisteren 21:40\n12 MAART 2024\nHallo\n10:02",
    ],
)
def test_a_heading_below_messages_is_not_their_date(ocr):
    assert screenshot_day(ocr, uploaded=date(2024, 6, 1)) is None


def test_a_heading_below_messages_falls_back_to_the_one_day_period(verzoek, shots):
    shot = shots.media.order_by("seq").first()
    text = "De put is verstopt\n09:14\n12 MAART 2024\nWe komen kijken\n10:02"
    shot.ocr_text = shot.ocr_text_redacted = text
    shot.save(update_fields=["ocr_text", "ocr_text_redacted"])
    assert _dates(verzoek) == ["datum onbekend", "datum onbekend"]
    shots.periode_van = shots.periode_tot = date(2024, 3, 13)
    shots.save(update_fields=["periode_van", "periode_tot"])
    assert _dates(verzoek) == ["13-03-2024", "13-03-2024"]
