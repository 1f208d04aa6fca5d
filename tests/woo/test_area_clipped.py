"""The Woo officer's area that reaches beyond the image is cut off at its edge, and the message
says so (as on Informatiebeheer's review page, tests/chats/test_review_area_clipped.py)."""

import pytest
from django.urls import reverse

from tests.conftest import png_bytes
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

CUT = "Het gebied liep buiten de afbeelding"


def test_the_woo_officer_is_told_too(make_record, make_media, woo_user, woo_client, verzoek):
    record = make_record(["Zie de foto."])
    photo = make_media(
        record, record.messages.get(), original=png_bytes(80, 40), derived=png_bytes(64, 32)
    )
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    response = woo_client.post(
        reverse("woo:passage_area", args=[verzoek.pk, record.pk]),
        {
            "schermafbeelding": photo.pk,
            "x": 60,
            "y": 0,
            "breedte": 50,
            "hoogte": 20,
            "grond": "5.1.2e",
        },
        follow=True,
    )
    notices = [str(m) for m in response.context["messages"]]
    assert any(CUT in n and "breedte 40 % en hoogte 20 %" in n for n in notices), notices
