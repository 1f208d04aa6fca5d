"""Walk 50 (C): a Woo attachment download is named as the page names it ("bijlage 2" is
bijlage-2.pdf), with the extension of what is served, as Informatiebeheer's download.

Failed on main: a PDF the page called "bijlage 2" came as "bijlage-<id>" without extension (an
audio note the same), and an image as the internal "derived-….jpg"."""

import pytest
from django.urls import reverse

from chats.constants import MediaRelease
from tests.woo.conftest import attach_media, image_pdf

pytestmark = pytest.mark.django_db

KINDS = [
    # (message, mime, file name, release, expected download name)
    (1, "image/jpeg", "IMG-20240312-WA0001.jpg", MediaRelease.GEANONIMISEERD, "bijlage-1.jpg"),
    (2, "application/pdf", "Brief.pdf", MediaRelease.GEANONIMISEERD, "bijlage-2.pdf"),
    (3, "audio/ogg", "PTT-20240312-WA0002.opus", MediaRelease.VRIJGEGEVEN, "bijlage-3.opus"),
    (4, "video/mp4", "VID-20240312-WA0003.mp4", MediaRelease.VRIJGEGEVEN, "bijlage-4.mp4"),
]


@pytest.fixture
def record(make_record):
    record = make_record(["foto", "brief", "spraak", "video", "Dank u."])
    for seq, mime, name, release, _ in KINDS:
        content = image_pdf(1) if mime == "application/pdf" else f"inhoud {name}".encode()
        attach_media(record, seq, mime=mime, content=content, name=name, release=release)
    return record


@pytest.mark.parametrize(("seq", "mime", "expected"), [(k[0], k[1], k[4]) for k in KINDS])
def test_a_download_is_named_as_the_page_names_the_attachment(
    woo_client, record, seq, mime, expected
):
    media = record.media.get(message__seq=seq)
    response = woo_client.get(reverse("woo:record_media", args=[record.pk, media.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == mime
    disposition = response["Content-Disposition"]
    assert f'filename="{expected}"' in disposition
    # An image still opens in the browser; the others are saved.
    assert disposition.startswith("inline" if mime.startswith("image/") else "attachment")
    # The number is the one the request's pages give it ("bijlage {{ media.seq|add:1 }}").
    assert expected == f"bijlage-{media.seq + 1}.{expected.rsplit('.', 1)[1]}"
