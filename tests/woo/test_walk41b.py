"""Found walking the Woo assessment of a record of screenshots (walk 41, left for walk 41b)."""

import re

import pytest
from django.urls import reverse

from chats.constants import MediaRelease, UploadKind
from tests.conftest import png_bytes
from woo.constants import Oordeel
from woo.models import WooBeoordeling
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def shots(woo_user, verzoek, make_record, make_media):
    """A selected record of two screenshots; Informatiebeheer withheld the second."""
    record = make_record([], index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    shown = make_media(record, None, original=png_bytes(61, 40), derived=png_bytes(61, 30))
    withheld = make_media(record, None, original=png_bytes(62, 40), derived=png_bytes(62, 30))
    withheld.release = MediaRelease.ACHTERGEHOUDEN
    withheld.save(update_fields=["release"])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return record, shown, withheld


def test_a_withheld_screenshot_cannot_be_judged_openbaar(woo_client, verzoek, shots):
    """The officer judged a screenshot Informatiebeheer withheld 'Openbaar': the document list
    said openbaar, the released file 'Schermafbeelding niet beschikbaar'."""
    record, _, withheld = shots
    response = woo_client.post(
        reverse("woo:beoordeling", args=[verzoek.pk, record.pk]),
        {"schermafbeelding": withheld.pk, "oordeel": Oordeel.OPENBAAR},
        follow=True,
    )
    assert not WooBeoordeling.objects.filter(media=withheld).exists()
    html = response.content.decode()
    assert "Niet opgeslagen: Deze schermafbeelding is door Informatiebeheer achtergehouden" in html
    # Niet openbaar, on a ground, is what it can get.
    woo_client.post(
        reverse("woo:beoordeling", args=[verzoek.pk, record.pk]),
        {"schermafbeelding": withheld.pk, "oordeel": Oordeel.NIET_OPENBAAR, "gronden": "5.1.2e"},
    )
    assert WooBeoordeling.objects.get(media=withheld).oordeel == Oordeel.NIET_OPENBAAR


def test_all_at_once_passes_over_a_withheld_screenshot_and_says_so(woo_client, verzoek, shots):
    record, shown, withheld = shots
    response = woo_client.post(
        reverse("woo:beoordeling_record", args=[verzoek.pk, record.pk]),
        {"oordeel": Oordeel.OPENBAAR},
        follow=True,
    )
    assert WooBeoordeling.objects.get(media=shown).oordeel == Oordeel.OPENBAAR
    assert not WooBeoordeling.objects.filter(media=withheld).exists()
    html = response.content.decode()
    assert "1 document beoordeeld als openbaar." in html
    assert "1 schermafbeelding is overgeslagen (schermafbeelding 2 van 2)" in html
    # Taking the judged along does not make it openbaar either.
    woo_client.post(
        reverse("woo:beoordeling_record", args=[verzoek.pk, record.pk]),
        {"oordeel": Oordeel.NIET_OPENBAAR, "gronden": "5.1.2e", "ook_beoordeelde": "1"},
    )
    woo_client.post(
        reverse("woo:beoordeling_record", args=[verzoek.pk, record.pk]),
        {"oordeel": Oordeel.OPENBAAR, "ook_beoordeelde": "1"},
    )
    assert WooBeoordeling.objects.get(media=shown).oordeel == Oordeel.OPENBAAR
    assert WooBeoordeling.objects.get(media=withheld).oordeel == Oordeel.NIET_OPENBAAR


def test_a_record_of_screenshots_shows_its_screenshots_not_missing_messages(
    woo_client, verzoek, shots
):
    """A record of screenshots said 'Dit archiefstuk bevat geen berichten', 'Berichten in het
    archiefstuk 0' and offered 'Berichten toevoegen aan': it has screenshots, not messages."""
    record, shown, _ = shots
    html = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert "bevat geen berichten" not in html
    assert "Berichten in het archiefstuk" not in html
    assert "Berichten toevoegen aan" not in html
    assert 'for="verzoek-keuze">Schermafbeeldingen toevoegen aan</label>' in html
    assert f'id="afbeelding-{shown.pk}"' in html
    assert "<dt>Schermafbeeldingen</dt><dd>2 (1 achtergehouden door Informatiebeheer)</dd>" in html


def test_a_screenshot_withheld_after_it_was_judged_openbaar_says_so(
    woo_client, woo_user, verzoek, shots
):
    """Informatiebeheer may still withhold a screenshot after the officer judged it openbaar:
    the document said 'Openbaar' while the release has 'Schermafbeelding niet beschikbaar'."""
    from woo.besluit import beoordeling_save

    record, shown, _ = shots
    beoordeling_save(user=woo_user, verzoek=verzoek, media_id=shown.pk, oordeel=Oordeel.OPENBAAR)
    shown.release = MediaRelease.ACHTERGEHOUDEN
    shown.save(update_fields=["release"])
    html = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content.decode()
    status = html[html.index(f'id="schermafbeelding-{shown.pk}"') :]
    status = re.sub(r"<[^>]+>", "", status[: status.index("</form>")])
    assert (
        "Openbaar, maar achtergehouden door Informatiebeheer: de openbaarmaking bevat deze "
        "schermafbeelding niet." in status
    )


def test_the_hits_of_a_screenshot_record_add_the_record_not_messages(
    woo_client, verzoek, make_record
):
    """In a record of screenshots the hit bar offered 'Alle 1 treffers toevoegen', which adds
    hit messages: there are none, and it answered 'geen treffers in dit archiefstuk'."""
    from tests.factories import MediaItemFactory
    from woo.indexing import index_submission

    record = make_record([], onderwerp="Melding", index=False)
    record.upload_kind = UploadKind.SCREENSHOTS
    record.save(update_fields=["upload_kind"])
    MediaItemFactory(
        submission=record,
        message=None,
        seq=0,
        mime_type="image/png",
        ocr_text_redacted="De lantaarnpaal bij de speeltuin is kapot.",
    )
    index_submission(submission_id=record.pk)
    html = woo_client.get(
        reverse("woo:record", args=[record.pk]), {"zoek": "lantaarnpaal", "verzoek": verzoek.pk}
    ).content.decode()
    # The bar up to the record's text (the help line stands above it since walk 48).
    bar = html[html.index('id="treffers"') :]
    bar = bar[: bar.index("\n</div>\n") if "\n</div>\n" in bar else len(bar)]
    assert "woo-add-hits" not in bar
    assert f'action="{reverse("woo:verzoek_add", args=[verzoek.pk])}"' in bar
    assert "Heel archiefstuk toevoegen aan WOO-2025-007</button>" in bar
