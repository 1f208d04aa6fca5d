# ruff: noqa: F811 - the fixtures imported from test_tighten_purged are used as arguments
"""Browser walk fixw1, defect 2: a decided request judged a message "Openbaar"; Informatiebeheer
then blacked out a word in it (nader anonimiseren). The request page said "Verouderd", but a new
export and the verantwoording said "Deels openbaar (5.1.2e); beoordeeld door <officer>",
crediting the officer with a judgement he never made.

Now, as for a screenshot withheld after the decision, a judgement that releases a document
lapses when Informatiebeheer blacks out more of it after it was judged: it counts as not
assessed, the export waits, the judging page of the decided request offers a form for that
message only (audited as after the decision), and the new export credits the new judgement.

The first two tests fail on main 0da17dd2 (the third guards that a later judgement holds).
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from audit.models import AuditEvent
from chats.review.services import Place, redacted_text_tighten
from chats.review.text import text_version
from tests.woo.test_tighten_purged import (  # noqa: F401 - fixtures
    TEXTS,
    WORD,
    _remade,
    own_store,
    purged,
    woo_client,
)
from woo.besluit import beoordeling_save, beoordeling_save_record, verzoek_close
from woo.constants import Oordeel, ReleaseStatus
from woo.documents import judgements, unassessed_count
from woo.models import WooBeoordeling, WooRelease
from woo.services import WooError, selectie_add

pytestmark = pytest.mark.django_db


def _tighten(record, ib, seq=1, word="kastanje"):
    message = record.messages.get(seq=seq)
    start = message.text_redacted.index(word)
    place = Place(
        "message", message.pk, start, start + len(word), text_version(message.text_redacted)
    )
    redacted_text_tighten(submission_id=record.pk, place=place, label="PERSON", user=ib)
    _remade(record)  # the worker makes the record's PDF again
    return message


@pytest.fixture
def decided(purged, woo_client, woo_user, verzoek):
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=purged.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=purged.pk, oordeel=Oordeel.OPENBAAR
    )
    # Judged a while ago (the officer's judgement precedes Informatiebeheer's change).
    WooBeoordeling.objects.filter(verzoek=verzoek).update(
        beoordeeld_op=timezone.now() - timedelta(minutes=5)
    )
    verzoek_close(user=woo_user, verzoek=verzoek)
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    assert WooRelease.objects.get(verzoek=verzoek).status == ReleaseStatus.KLAAR
    verzoek.refresh_from_db()
    return purged


def test_a_message_redacted_after_the_decision_loses_its_judgement(
    decided, ib, woo_client, verzoek
):
    message = _tighten(decided, ib)
    by_message, _ = judgements(verzoek)
    assert by_message[message.pk].holds is False
    assert by_message[decided.messages.get(seq=2).pk].holds is True  # the other stays
    assert unassessed_count(verzoek) == 1
    # No export credits the officer with a judgement he never made: it waits for his.
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    body = woo_client.get(reverse("woo:release", args=[verzoek.pk, "verantwoording"]))
    content = b"".join(body.streaming_content) if body.streaming else body.content
    assert "Deels openbaar (5.1.2e); beoordeeld door" not in content.decode()
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert "Nog 1 document niet beoordeeld" in page


def test_the_officer_judges_it_again_on_the_decided_request_and_the_export_follows(
    decided, ib, woo_client, woo_user, verzoek
):
    message = _tighten(decided, ib)
    judging = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, decided.pk]))
    html = judging.content.decode()
    assert reverse("woo:beoordeling", args=[verzoek.pk, decided.pk]) in html  # a form for it
    assert "nader geanonimiseerd" in html
    response = woo_client.post(
        reverse("woo:beoordeling", args=[verzoek.pk, decided.pk]),
        {"oordeel": Oordeel.OPENBAAR, "bericht": message.pk},
        follow=True,
    )
    assert ": Openbaar." in response.content.decode()
    event = AuditEvent.objects.filter(action="woo_document.assessed").latest("pk")
    assert event.detail.get("na_besluit") is True
    assert unassessed_count(verzoek) == 0
    verzoek.refresh_from_db()
    assert not verzoek.is_open
    woo_client.post(reverse("woo:release_make", args=[verzoek.pk]))
    assert WooRelease.objects.get(verzoek=verzoek).status == ReleaseStatus.KLAAR
    # The other message keeps its decided judgement: no form for it.
    other = decided.messages.get(seq=2)
    with pytest.raises(WooError):
        beoordeling_save(
            user=woo_user,
            verzoek=verzoek,
            message_id=other.pk,
            oordeel=Oordeel.NIET_OPENBAAR,
            gronden=["5.1.2e"],
        )


def test_a_judgement_made_after_the_redaction_holds(decided, ib, verzoek, woo_user):
    assert TEXTS and WORD  # the record's texts (imported with the fixture)
    message = _tighten(decided, ib)
    WooBeoordeling.objects.filter(verzoek=verzoek, message=message).update(
        beoordeeld_op=timezone.now() + timedelta(seconds=1)
    )
    by_message, _ = judgements(verzoek)
    assert by_message[message.pk].holds is True
    assert unassessed_count(verzoek) == 0
