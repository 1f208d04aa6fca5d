"""Area blackouts on photos attached to messages: assessed as part of the message's document,
painted into the pixels of the released (redacted) derivative, like screenshots."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from chats.constants import MediaRelease
from tests.conftest import png_bytes
from tests.woo.conftest import SECRET_PHONE
from woo.besluit import beoordeling_save, beoordeling_save_record, passage_area_add
from woo.constants import Oordeel
from woo.release import inventory_csv, release_items, verantwoording_text, write_release_pdf
from woo.services import WooError, selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo_message(make_record, make_media, woo_user, verzoek):
    record = make_record(["Zie de foto van de gevel.", "Tweede bericht."])
    message = record.messages.get(seq=1)
    photo = make_media(
        record,
        message,
        original=png_bytes(80, 40),
        derived=png_bytes(64, 32),
        ocr=f"Bel {SECRET_PHONE}",
        ocr_redacted="Bel [TELEFOONNUMMER]",
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return record, message, photo


def _area(woo_user, verzoek, photo, **kwargs):
    return passage_area_add(
        user=woo_user,
        verzoek=verzoek,
        media_id=photo.pk,
        x=0,
        y=0,
        breedte=1,
        hoogte=0.5,
        grond=kwargs.get("grond", "5.1.2h"),
    )


def test_an_area_on_a_message_photo_is_painted_into_the_released_pixels(
    woo_user, verzoek, photo_message
):
    record, message, photo = photo_message
    _area(woo_user, verzoek, photo)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    items = release_items(verzoek)
    assert [(i.doc.message_id, i.oordeel, i.gronden) for i in items] == [
        # The photo's phone number, blacked out by the archive, adds 5.1.2e.
        (message.pk, Oordeel.DEELS_OPENBAAR, ("5.1.2e", "5.1.2h")),
        (record.messages.get(seq=2).pk, Oordeel.OPENBAAR, ()),
    ]
    buffer = io.BytesIO()
    write_release_pdf(buffer, verzoek, items)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    images = [i.image.convert("RGB") for p in reader.pages for i in p.images]
    assert [(i.width, i.height) for i in images] == [(64, 32)]  # the derivative, not the original
    assert images[0].getpixel((40, 4)) == (17, 17, 17)  # top half black
    assert images[0].getpixel((40, 28)) != (17, 17, 17)
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "Bel" not in text and SECRET_PHONE not in text  # the OCR text under an area: left out
    rows = inventory_csv(items).decode("utf-8-sig")
    assert 'Deels openbaar;"5.1.2e; 5.1.2h"' in rows
    account = verantwoording_text(verzoek, items, outputs={}, images={}, made_by="test")
    assert (
        f"WA-{record.pk:06d} bericht 2 bijlage {photo.seq + 1}: gebied op grond van 5.1.2h"
        in account
    )


def test_deels_openbaar_is_possible_with_only_a_photo_area(woo_user, verzoek, photo_message):
    record, message, photo = photo_message
    with pytest.raises(WooError, match="ten minste één passage"):
        beoordeling_save(
            user=woo_user,
            verzoek=verzoek,
            message_id=record.messages.get(seq=2).pk,
            oordeel=Oordeel.DEELS_OPENBAAR,
            gronden=["5.1.2h"],
        )
    _area(woo_user, verzoek, photo)
    saved = beoordeling_save(
        user=woo_user,
        verzoek=verzoek,
        message_id=message.pk,
        oordeel=Oordeel.DEELS_OPENBAAR,
        gronden=["5.1.2h"],
    )
    assert saved.oordeel == Oordeel.DEELS_OPENBAAR


def test_a_photo_of_an_unselected_message_or_a_withheld_photo_is_refused(
    woo_user, verzoek, make_record, make_media, photo_message
):
    other = make_record(["Niet gekozen, met foto."])
    loose = make_media(other, other.messages.get(), original=png_bytes(), derived=png_bytes())
    with pytest.raises(WooError, match="hoort niet bij de selectie"):
        _area(woo_user, verzoek, loose)
    _, _, photo = photo_message
    photo.release = MediaRelease.ACHTERGEHOUDEN
    photo.derived = None
    photo.save(update_fields=["release", "derived"])
    with pytest.raises(WooError, match="geen afbeelding die voor Woo is vrijgegeven"):
        _area(woo_user, verzoek, photo)


def test_the_assessment_page_lets_the_officer_draw_on_a_message_photo(
    woo_client, woo_user, verzoek, photo_message
):
    record, message, photo = photo_message
    url = reverse("woo:beoordelen", args=[verzoek.pk, record.pk])
    page = woo_client.get(url).content.decode()
    assert f'class="woo-shot woo-photo me-2 mb-2" data-media="{photo.pk}"' in page
    assert f'class="row g-2 align-items-end mb-3 woo-area-form" data-media="{photo.pk}"' in page
    response = woo_client.post(
        reverse("woo:passage_area", args=[verzoek.pk, record.pk]),
        {
            "schermafbeelding": photo.pk,
            "x": 10,
            "y": 10,
            "breedte": 50,
            "hoogte": 20,
            "grond": "5.1.2e",
        },
        follow=True,
    )
    page = response.content.decode()
    assert "Gebied weggelakt op grond van 5.1.2e" in page
    assert f"Gebied in bijlage {photo.seq + 1}: <strong>5.1.2e</strong>" in page


def test_personal_data_blacked_out_in_a_photo_makes_its_document_deels_openbaar(
    woo_user, verzoek, photo_message
):
    """The photo's OCR text had a phone number: the archive blacked it out (text and pixels),
    so the message's document is released partly, on 5.1.2e, like a message whose own text
    had one (walkthrough: the inventory said "Openbaar" without a ground)."""
    record, message, photo = photo_message
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    items = {i.doc.message_id: i for i in release_items(verzoek)}
    assert (items[message.pk].oordeel, items[message.pk].gronden) == (
        Oordeel.DEELS_OPENBAAR,
        ("5.1.2e",),
    )
    other = record.messages.get(seq=2)
    assert (items[other.pk].oordeel, items[other.pk].gronden) == (Oordeel.OPENBAAR, ())
