"""A screenshot found by the search has an add button on its own line, as a message found has
'Bericht toevoegen' (walk of stop 48: in the results per bericht only the button at the foot of
the conversation added it). A screenshot is selected with its record's other screenshots (a
request selects a screenshot record whole), and the button says so."""

import re

import pytest
from django.urls import reverse

from chats.constants import UploadKind
from tests.conftest import png_bytes
from woo.indexing import index_submission
from woo.models import WooSelectie

pytestmark = pytest.mark.django_db


@pytest.fixture
def screenshots(make_record, make_media):
    record = make_record([], index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    for text in ("De kastanje valt om.", "Goedemorgen allemaal."):
        make_media(
            record, None, original=png_bytes(), derived=png_bytes(), ocr=text, ocr_redacted=text
        )
    index_submission(submission_id=record.pk)
    return record


def _hit_line(woo_client, verzoek, per: str) -> str:
    params = {"q": "kastanje", "per": per, "verzoek": verzoek.pk}
    html = woo_client.get(reverse("woo:search"), params).content.decode()
    line = re.search(r'<li class="woo-snippet[^"]*"[^>]*>.*?</li>', html, re.S)
    assert line, "the screenshot is a hit"
    return line.group(0)


@pytest.mark.parametrize("per", ["bericht", "gesprek"])
def test_a_screenshot_hit_has_an_add_button(woo_client, verzoek, screenshots, per):
    line = _hit_line(woo_client, verzoek, per)
    form = re.search(r'<form method="post" action="([^"]+)">(.*?)</form>', line, re.S)
    assert form, line
    assert form.group(1) == reverse("woo:verzoek_add", args=[verzoek.pk])
    assert f'name="archiefstuk" value="{screenshots.pk}"' in form.group(2)
    assert 'name="bericht"' not in form.group(2)
    assert "Schermafbeeldingen toevoegen" in form.group(2)
    assert "alle schermafbeeldingen van WA-" in form.group(2)
    # Back at this line after adding.
    media = screenshots.media.get(seq=1)
    assert f'id="treffer-afbeelding-{media.pk}"' in line
    assert f"#treffer-afbeelding-{media.pk}" in form.group(2)


def test_adding_it_selects_its_record_and_the_line_says_so(woo_client, verzoek, screenshots):
    line = _hit_line(woo_client, verzoek, "bericht")
    form = re.search(r'<form method="post" action="([^"]+)">(.*?)</form>', line, re.S)
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', form.group(2)))
    fields["next"] = fields["next"].replace("&amp;", "&")
    response = woo_client.post(form.group(1), fields)
    assert response.status_code == 302
    assert WooSelectie.objects.filter(
        verzoek=verzoek, submission=screenshots, message__isnull=True
    ).exists()
    line = _hit_line(woo_client, verzoek, "bericht")
    assert "<form" not in line
    assert f"In {verzoek.nummer}" in line


def test_without_a_request_chosen_there_is_no_button(woo_client, screenshots):
    html = woo_client.get(reverse("woo:search"), {"q": "kastanje", "per": "bericht"})
    line = re.search(r'<li class="woo-snippet[^"]*"[^>]*>.*?</li>', html.content.decode(), re.S)
    assert "<form" not in line.group(0)
