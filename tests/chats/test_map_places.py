"""A place on a map typed or pasted into an ordinary message (not WhatsApp's location share)
reaches neither Woo nor the archive PDF: the link and the coordinates are redacted."""

from pathlib import Path

import pytest
from django.urls import reverse

from chats.constants import UploadKind
from tests.chats import test_attachments as attachments
from tests.chats.test_attachments import _processed

pytestmark = pytest.mark.django_db

private_temp_root = attachments.private_temp_root
employee, woo_client, archived = attachments.employee, attachments.woo_client, attachments.archived

HOME_LINK = "https://www.google.nl/maps/place/Oosterboerweg+7,+7943+KB+Meppel/@52.7134,6.2211,17z"
COORDINATES = "52.71342, 6.22107"


def _export(tmp_path: Path) -> list[Path]:
    chat = tmp_path / "WhatsApp-chat met Ria Oldenhof.txt"
    chat.write_text(
        "03-06-2024 08:12 - Ria Oldenhof: Het gaat om de sloot achter ons huis.\n"
        f"03-06-2024 08:13 - Ria Oldenhof: Hier is het: {HOME_LINK}\n"
        f"03-06-2024 08:20 - Mila de Vries: Dank, de ploeg komt naar {COORDINATES} toe.\n",
        encoding="utf-8",
    )
    return [chat]


def test_a_map_link_and_coordinates_in_a_message_reach_woo_redacted(
    employee, archived, woo_client, tmp_path
):
    submission = _processed(employee, _export(tmp_path), UploadKind.ANDROID_EXPORT)
    texts = " ".join(m.text_redacted for m in submission.messages.all())
    assert "sloot achter ons huis" in texts
    for secret in ("52.71", "Oosterboerweg", "7943", "maps"):
        assert secret not in texts, secret

    submission = archived(submission)
    page = woo_client.get(reverse("woo:record", args=[submission.pk])).content.decode()
    assert "sloot achter ons huis" in page
    for secret in ("52.71", "Oosterboerweg", "6.22"):
        assert secret not in page, secret
