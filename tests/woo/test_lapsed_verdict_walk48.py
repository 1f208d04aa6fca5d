"""The judging page names the verdict the officer gave when it lapsed (walk48): a message judged
"Openbaar" that Informatiebeheer then blacked out a word in was shown as "Deels openbaar
(5.1.2e), maar daarna ... nader geanonimiseerd": the verdict as it would be now, not the one
given."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from chats.constants import RedactionSource
from chats.models import Message
from tests.factories import RedactionSpanFactory
from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel
from woo.models import WooBeoordeling
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def test_a_lapsed_judgement_names_the_verdict_given(make_record, woo_client, woo_user, verzoek):
    record = make_record(["De kastanje bij Jan Jansen.", "Tot morgen."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    WooBeoordeling.objects.filter(verzoek=verzoek).update(
        beoordeeld_op=timezone.now() - timedelta(minutes=5)
    )
    message = record.messages.get(seq=1)
    RedactionSpanFactory(
        submission=record,
        message=message,
        start=16,
        end=26,
        label="PERSON",
        source=RedactionSource.HANDMATIG,
        changed_at=timezone.now(),
    )
    Message.objects.filter(pk=message.pk).update(text_redacted="De kastanje bij [NAAM].")
    page = woo_client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content
    page = page.decode()
    assert 'Openbaar<span class="text-danger woo-redacted-since">, maar daarna' in page
    assert "Deels openbaar (5.1.2e)<span" not in page
