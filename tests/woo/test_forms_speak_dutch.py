"""The Woo officer's forms are checked by the server, which says in Dutch what is missing
(tests/chats/test_forms_speak_dutch.py says why: a browser speaks its own language)."""

import pytest
from django.urls import reverse

from chats.constants import UploadKind
from tests.chats.test_forms_speak_dutch import forms_checked_by_the_browser
from tests.conftest import png_bytes
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def shot(make_record, make_media, woo_user, verzoek):
    record = make_record([], index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    media = make_media(record, None, original=png_bytes(200, 60), derived=png_bytes(200, 60))
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return record, media


def test_the_woo_assessment_and_request_pages_forms_are_checked_by_the_server(
    woo_client, verzoek, shot
):
    record, _ = shot
    for page in (
        reverse("woo:beoordelen", args=[verzoek.pk, record.pk]),
        reverse("woo:verzoek_detail", args=[verzoek.pk]),
    ):
        html = woo_client.get(page).content.decode()
        assert "<form" in html and forms_checked_by_the_browser(html) == []


def test_an_area_without_its_measures_is_refused_naming_each_in_dutch(woo_client, verzoek, shot):
    record, media = shot
    response = woo_client.post(
        reverse("woo:passage_area", args=[verzoek.pk, record.pk]),
        {"schermafbeelding": media.pk, "x": "", "y": "120", "breedte": "0", "hoogte": "abc"},
        follow=True,
    )
    page = response.content.decode()
    assert "Links (%): sleep over de afbeelding of vul de maat in." in page
    assert "Boven (%): vul een getal van 0 tot en met 100 in." in page
    assert "Breedte (%): vul een getal van 0,1 tot en met 100 in." in page
    assert "Hoogte (%): vul een getal van 0,1 tot en met 100 in." in page
    assert "Kies een grond uit de lijst; er is niets weggelakt." in page
    assert "Dit veld is verplicht" not in page
