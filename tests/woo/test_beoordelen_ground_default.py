"""Walk 46: a ground list on the judging page showed "5.1.1a: eenheid van de Kroon" as its
choice (the first option: no option selected), so a quick submit blacked out on an absurd
ground. Every ground list of the page preselects the deliberate default, the ground of personal
data (grounds.PERSONAL_DATA, 5.1.2e, as the intake's redactions get), also after a refused
passage whose ground was empty or unknown; a passage without a known ground is refused in Dutch."""

import re

import pytest
from django.urls import reverse

from chats.constants import UploadKind
from tests.conftest import png_bytes
from woo import grounds
from woo.models import WooPassage
from woo.services import selectie_add

pytestmark = pytest.mark.django_db

SELECT = re.compile(r'<select[^>]*name="grond"[^>]*>.*?</select>', re.S)


@pytest.fixture(autouse=True)
def own_store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _selected(html: str) -> list[list[str]]:
    """Per ground list of the page (the new-blackout ones), the values selected."""
    return [
        re.findall(r'<option value="([^"]+)" selected', select)
        for select in SELECT.findall(html)
        if 'id="grond-' not in select  # a stored blackout's own ground list shows its ground
    ]


@pytest.fixture
def records(woo_user, verzoek, make_record, make_media):
    chat = make_record(["Mevrouw Kooistra belt over de kastanje."], index=False)
    make_media(
        chat,
        chat.messages.get(),
        original=png_bytes(50, 40),
        derived=png_bytes(50, 41),
        ocr="Briefje van de buurman over de kastanje",
        ocr_redacted="Briefje van de buurman over de kastanje",
    )
    shots = make_record([], index=False)
    shots.upload_kind = UploadKind.SCREENSHOTS
    shots.save(update_fields=["upload_kind"])
    make_media(
        shots,
        None,
        original=png_bytes(52, 40),
        derived=png_bytes(52, 41),
        ocr="Afspraak bij de kastanje",
        ocr_redacted="Afspraak bij de kastanje",
    )
    for record in (chat, shots):
        selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return chat, shots


def test_every_ground_list_preselects_the_ground_of_personal_data(woo_client, verzoek, records):
    assert grounds.PERSONAL_DATA == "5.1.2e"
    kinds = set()
    for record in records:
        html = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content
        html = html.decode()
        kinds |= set(re.findall(r'id="(passage|ocr|gebied)-grond-', html))
        chosen = _selected(html)
        assert chosen and all(values == [grounds.PERSONAL_DATA] for values in chosen), chosen
    assert kinds == {"passage", "ocr", "gebied"}  # text, text read from an image, an area


@pytest.mark.parametrize("posted", ["", "5.9.9z"])
def test_a_passage_refused_for_its_ground_comes_back_with_the_default_ground(
    woo_client, verzoek, records, posted
):
    chat, _ = records
    message = chat.messages.get()
    response = woo_client.post(
        reverse("woo:passage", args=[verzoek.pk, chat.pk]),
        {"bericht": message.pk, "passage": "kastanje", "grond": posted, "anker": "bericht-1"},
        follow=True,
    )
    html = response.content.decode()
    assert not WooPassage.objects.exists()
    assert "Kies een grond uit de lijst" in html
    select = next(s for s in SELECT.findall(html) if f'id="passage-grond-{message.pk}"' in s)
    assert re.findall(r'<option value="([^"]+)" selected', select) == [grounds.PERSONAL_DATA]
    assert 'value="kastanje"' in html  # the typed passage is kept to correct


@pytest.mark.parametrize("name", ["passage_ocr", "passage_area"])
def test_an_image_blackout_without_a_ground_is_refused_in_dutch(woo_client, verzoek, records, name):
    _, shots = records
    shot = shots.media.get()
    data = (
        {"afbeelding": shot.pk, "passage": "Afspraak", "grond": ""}
        if name == "passage_ocr"
        else {"schermafbeelding": shot.pk, "x": 1, "y": 1, "breedte": 5, "hoogte": 5}
    )
    response = woo_client.post(
        reverse(f"woo:{name}", args=[verzoek.pk, shots.pk]), data, follow=True
    )
    assert not WooPassage.objects.exists()
    assert "Kies een grond uit de lijst" in response.content.decode()


def test_a_blackout_on_a_ground_no_longer_listed_shows_it_and_is_not_changed_silently(
    woo_client, woo_user, verzoek, records
):
    """Its own ground list showed the list's first ground (5.1.1a) as chosen; 'Grond wijzigen'
    then moved it to that ground."""
    chat, _ = records
    message = chat.messages.get()
    WooPassage.objects.create(
        verzoek=verzoek, message=message, start=8, end=17, grond="5.1.9x", aangemaakt_door=woo_user
    )
    html = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, chat.pk])).content.decode()
    select = next(s for s in SELECT.findall(html) if 'id="grond-bericht-' in s)
    assert (
        '<option value="" selected>5.1.9x: niet meer in de lijst; kies een grond</option>' in select
    )
    assert re.findall(r'<option value="([^"]*)" selected', select) == [""]
    response = woo_client.post(
        reverse("woo:passage_grond", args=[verzoek.pk, chat.pk]),
        {"bericht": message.pk, "start": 8, "grond": ""},
        follow=True,
    )
    assert "Kies een grond uit de lijst; de grond is niet gewijzigd." in response.content.decode()
    assert WooPassage.objects.get().grond == "5.1.9x"
