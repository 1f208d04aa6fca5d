"""A message that is only a photo is judged without a text field to black out a passage in
(walk32: on the assessment page of a 2,000-message chat with 15 photos, each photo said
"(geen tekst)" above the picture and offered "Passage weglakken: Selecteer de tekst in het
bericht hierboven", where there was no text to select)."""

import pytest
from django.urls import reverse

from tests.conftest import png_bytes
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def test_a_photo_without_text_offers_an_area_not_a_passage(
    make_record, make_media, woo_client, woo_user, verzoek
):
    record = make_record(["", "De gevel is opgeknapt."])
    photo_message, text_message = (record.messages.get(seq=seq) for seq in (1, 2))
    photo = make_media(record, photo_message, original=png_bytes(80, 40), derived=png_bytes(64, 32))
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content.decode()
    assert f'woo-area-form" data-media="{photo.pk}"' in page
    assert f'woo-passage-form" data-message="{photo_message.pk}"' not in page
    assert f'woo-passage-form" data-message="{text_message.pk}"' in page
    assert "(geen tekst)" not in page


def test_a_message_without_text_or_photo_still_says_so(make_record, woo_client, woo_user, verzoek):
    record = make_record(["", "De gevel is opgeknapt."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content.decode()
    assert page.count("(geen tekst)") == 1
