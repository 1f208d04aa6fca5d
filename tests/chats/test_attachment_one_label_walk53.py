"""Walk 53: one attachment had several names on the review page: 'afbeelding 3' in the summary
of 'Gebied weglakken' (and the other hidden labels), 'bijlage 3' in its form, while it downloads
as bijlage-3.jpg. Every label of the file now uses one name: 'bijlage N' for a message's
attachment (as its download), the file's own ('Schermafbeelding 1') in a screenshots upload."""

import re
import shutil
from types import SimpleNamespace

import pytest
from django.urls import reverse

from chats.media_labels import download_name
from chats.templatetags.archief import bijlage_label
from tests.chats.test_review_image_areas import shot  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


def test_a_messages_attachment_is_named_as_its_download():
    photo = SimpleNamespace(message_id=7, seq=2, mime_type="image/jpeg")
    assert bijlage_label(photo) == "bijlage 3"
    assert download_name(photo.seq, photo.mime_type) == "bijlage-3.jpg"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract ontbreekt")
def test_every_label_of_a_file_on_the_review_page_names_it_alike(shot, ib_client):  # noqa: F811
    html = ib_client.get(
        reverse("admin:chats_submission_review", args=[shot.submission_id])
    ).content.decode()
    figure = re.search(rf'<figure class="rv-media" id="b-{shot.pk}">.*?</figure>', html, re.S)
    assert figure
    text = figure.group(0)
    assert "afbeelding 1" not in text.replace("Schermafbeelding 1", "")
    assert "bijlage 1" not in text
    assert 'Gebied weglakken<span class="visually-hidden"> in Schermafbeelding 1' in text
    assert "Gebied in Schermafbeelding 1 weglakken" in text
