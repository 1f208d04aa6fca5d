"""The trail of what Woo officers take out: every attachment served and every export is a row."""

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from tests.conftest import png_bytes
from tests.woo.conftest import made_and_downloaded

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(make_record, zaak):
    return make_record(
        ["De boom aan de Hoofdstraat is omgewaaid.", "Wordt morgen opgeruimd."], zaak=zaak
    )


def test_every_attachment_served_to_a_woo_officer_is_an_audit_row(
    woo_client, woo_user, record, make_media
):
    message = record.messages.get(seq=1)
    media = make_media(record, message, original=b"ORIGINAL" + png_bytes(), derived=png_bytes())
    url = reverse("woo:record_media", args=[record.pk, media.pk])
    for _ in range(2):
        response = woo_client.get(url, REMOTE_ADDR="10.1.2.3")
        assert response.status_code == 200
        b"".join(response.streaming_content)
    rows = list(AuditEvent.objects.filter(action="media.downloaded").order_by("pk"))
    assert len(rows) == 2
    row = rows[0]
    assert (row.actor, row.object_type, row.object_id) == (
        woo_user,
        "chats.mediaitem",
        str(media.pk),
    )
    assert row.remote_addr == "10.1.2.3"
    assert row.detail == {
        "submission_id": record.pk,
        "seq": media.seq,
        "stored_file_id": media.derived_id,
        "sha256": media.derived.sha256,
        "role": "woo",
    }
    assert row.label == "Bijlage bekeken of gedownload"


def test_an_attachment_is_not_kept_in_the_browser(woo_client, record, make_media):
    # Stop 30: served with max-age=600, a photo Informatiebeheer withheld (because it showed
    # someone) stayed visible from the officer's browser cache for ten minutes, and views from
    # the cache left no audit row.
    message = record.messages.get(seq=1)
    media = make_media(record, message, original=png_bytes(), derived=png_bytes())
    response = woo_client.get(reverse("woo:record_media", args=[record.pk, media.pk]))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "max-age" not in response["Cache-Control"]


def test_a_refused_attachment_writes_no_download_row(client, make_user, record, make_media):
    message = record.messages.get(seq=1)
    media = make_media(record, message, original=b"ORIGINAL" + png_bytes(), derived=png_bytes())
    client.force_login(make_user("mila", "Medewerker"))
    assert client.get(reverse("woo:record_media", args=[record.pk, media.pk])).status_code == 403
    assert not AuditEvent.objects.filter(action="media.downloaded").exists()


@pytest.mark.parametrize("kind", ["pdf", "csv", "xlsx", "zip"])
def test_every_export_is_an_audit_row(woo_client, woo_user, verzoek, record, kind):
    from woo.besluit import beoordeling_save_record
    from woo.services import selectie_add

    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel="openbaar"
    )
    response = made_and_downloaded(woo_client, verzoek, kind)
    assert response.status_code == 200
    row = AuditEvent.objects.get(action="woo_verzoek.exported")
    assert (row.actor, row.object_id) == (woo_user, str(verzoek.pk))
    assert any(name.endswith(f".{kind}") for name in row.detail["files"])
