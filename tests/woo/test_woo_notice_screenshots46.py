"""Walk 46: a Woo notice about a screenshot record ("Schermafbeelding 2 van 3") links to that
screenshot on the review page (its anchor is #b-<id>, not a message's #m-<n>), and the Woo
form asks for the screenshot's number, not a "Berichtnummer" the record does not show."""

import html
import re

import pytest
from django.urls import reverse

from chats.constants import MediaRelease, UploadKind
from tests.conftest import png_bytes
from woo.models import WooMelding

pytestmark = pytest.mark.django_db

TEXT = "Op de tweede schermafbeelding staat een telefoonnummer."


@pytest.fixture
def shots(make_record, make_media):
    record = make_record([], index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    items = [
        make_media(
            record, None, original=png_bytes(60 + n, 40), derived=png_bytes(60 + n, 30), ocr=f"S{n}"
        )
        for n in range(4)
    ]
    # The first is withheld: Woo shows the other three as "Schermafbeelding 1-3 van 3".
    items[0].release = MediaRelease.ACHTERGEHOUDEN
    items[0].derived = None
    items[0].save(update_fields=["release", "derived"])
    return record, items


def test_a_notice_on_a_screenshot_record_links_to_the_screenshot(shots, woo_user, ib_client):
    record, items = shots
    notice = WooMelding.objects.create(
        submission=record, nummer=2, tekst=TEXT, gemeld_door=woo_user
    )
    review = reverse("admin:chats_submission_review", args=[record.pk])
    page = ib_client.get(reverse("admin:woo_woomelding_change", args=[notice.pk])).content.decode()
    link = re.search(r'href="([^"]+)">Schermafbeelding 2 op de beoordelingspagina', page)
    assert link, page
    # Woo's second screenshot is the record's third (the first is withheld).
    assert html.unescape(link.group(1)) == f"{review}?dag=afbeeldingen#b-{items[2].pk}"
    assert "#m-" not in link.group(1) and "Bericht #2" not in page
    listing = ib_client.get(reverse("admin:woo_woomelding_changelist")).content.decode()
    assert "Schermafbeelding 2 op de beoordelingspagina" in listing
    shown = ib_client.get(html.unescape(link.group(1))).content.decode()
    assert f'id="b-{items[2].pk}"' in shown


def test_a_screenshot_number_the_record_does_not_have_goes_to_its_screenshots(
    shots, woo_user, ib_client
):
    record, _ = shots
    notice = WooMelding.objects.create(
        submission=record, nummer=9, tekst=TEXT, gemeld_door=woo_user
    )
    review = reverse("admin:chats_submission_review", args=[record.pk])
    page = ib_client.get(reverse("admin:woo_woomelding_change", args=[notice.pk])).content.decode()
    assert f'href="{review}?dag=afbeeldingen"' in page
    assert "Schermafbeelding 9 (niet gevonden) op de beoordelingspagina" in page


def test_the_woo_form_asks_for_the_screenshot_number(shots, woo_client, make_record):
    record, _ = shots
    page = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert "Nummer van de schermafbeelding (niet verplicht)" in page
    assert "Berichtnummer" not in page
    wrong = woo_client.post(
        reverse("woo:record_notice", args=[record.pk]),
        {"berichtnummer": "twee", "tekst": TEXT},
        follow=True,
    ).content.decode()
    assert "Vul het nummer van de schermafbeelding in cijfers in" in wrong
    chat = make_record(["Goedemorgen."])
    assert (
        "Berichtnummer (niet verplicht)"
        in woo_client.get(reverse("woo:record", args=[chat.pk])).content.decode()
    )
