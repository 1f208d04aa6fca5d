"""Walk 46: a decided request whose exported screenshot Informatiebeheer withheld afterwards
(a Woo officer reported a leak) was stuck: the screenshot's judgement lapsed, the judging page of
a decided request had no forms, and export was refused for good. The officer now judges the
changed document on the decided request (audited as after the decision) and remakes the export;
every other judgement of the decision stays as it was."""

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from chats.constants import UploadKind
from chats.review.services import media_withhold
from tests.conftest import png_bytes
from woo.besluit import beoordeling_save_record, verzoek_close
from woo.constants import Oordeel, ReleaseStatus
from woo.models import WooBeoordeling, WooRelease
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def own_store(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def decided(woo_client, woo_user, ib, verzoek, make_record, make_media):
    """A text record and a screenshot record, judged openbaar, decided and exported; then
    Informatiebeheer withholds the screenshot."""
    chat = make_record(["De boom aan de Kerkweg is gesnoeid."], index=False)
    shots = make_record([], index=False)
    shots.upload_kind = UploadKind.SCREENSHOTS
    shots.save(update_fields=["upload_kind"])
    shot = make_media(shots, None, original=png_bytes(60, 40), derived=png_bytes(60, 41))
    for record in (chat, shots):
        selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
        beoordeling_save_record(
            user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
        )
    verzoek_close(user=woo_user, verzoek=verzoek)
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    assert WooRelease.objects.get(verzoek=verzoek).status == ReleaseStatus.KLAAR
    media_withhold(submission_id=shots.pk, media_id=shot.pk, user=ib)
    return chat, shots, shot


def _judge(client, verzoek, record, **ids):
    data = {"oordeel": Oordeel.NIET_OPENBAAR, "gronden": ["5.1.2e"], **ids}
    return client.post(reverse("woo:beoordeling", args=[verzoek.pk, record.pk]), data, follow=True)


def test_the_withheld_screenshot_of_a_decided_request_can_be_judged_again(
    woo_client, verzoek, decided
):
    _, shots, shot = decided
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert "Nog 1 document niet beoordeeld" in page
    assert "na het besluit" in page  # the page says why and what to do
    judging = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, shots.pk]))
    html = judging.content.decode()
    assert reverse("woo:beoordeling", args=[verzoek.pk, shots.pk]) in html  # a form for it
    assert "Beoordeel haar opnieuw" in html
    # The form starts at the judgement it can get now, not at the lapsed 'openbaar'.
    assert f'id="oordeel-schermafbeelding-{shot.pk}-niet_openbaar" checked' in html
    assert f'id="oordeel-schermafbeelding-{shot.pk}-openbaar" checked' not in html
    response = _judge(woo_client, verzoek, shots, schermafbeelding=shot.pk)
    assert ": Niet openbaar." in response.content.decode()
    assert WooBeoordeling.objects.get(verzoek=verzoek, media=shot).oordeel == Oordeel.NIET_OPENBAAR
    verzoek.refresh_from_db()
    assert not verzoek.is_open  # the decision stands
    event = AuditEvent.objects.filter(action="woo_document.assessed").latest("pk")
    assert event.detail.get("na_besluit") is True
    # The export is made again and served.
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    release = WooRelease.objects.get(verzoek=verzoek)
    assert release.status == ReleaseStatus.KLAAR
    pdf = woo_client.get(reverse("woo:release", args=[verzoek.pk, "pdf"]))
    assert pdf.status_code == 200 and pdf.streaming


def test_the_other_judgements_of_a_decided_request_stay_as_decided(woo_client, verzoek, decided):
    chat, _, _ = decided
    message = chat.messages.get()
    before = WooBeoordeling.objects.get(verzoek=verzoek, message=message).oordeel
    judging = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, chat.pk]))
    assert reverse("woo:beoordeling", args=[verzoek.pk, chat.pk]) not in judging.content.decode()
    response = _judge(woo_client, verzoek, chat, bericht=message.pk)
    assert "afgehandeld" in response.content.decode()
    assert WooBeoordeling.objects.get(verzoek=verzoek, message=message).oordeel == before


def test_a_refused_judgement_after_the_decision_comes_back_at_its_form(
    woo_client, verzoek, decided
):
    _, shots, shot = decided
    response = woo_client.post(
        reverse("woo:beoordeling", args=[verzoek.pk, shots.pk]),
        {"oordeel": Oordeel.OPENBAAR, "schermafbeelding": shot.pk},
        follow=True,
    )
    html = response.content.decode()
    assert f'id="fout-schermafbeelding-{shot.pk}"' in html
    assert "Niet opgeslagen: Deze schermafbeelding is door Informatiebeheer achtergehouden" in html
    assert WooBeoordeling.objects.get(verzoek=verzoek, media=shot).oordeel == Oordeel.OPENBAAR
