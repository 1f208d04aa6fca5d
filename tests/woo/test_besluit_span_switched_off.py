# ruff: noqa: F811 - the fixtures imported from test_tighten_purged are used as arguments
"""Review rfix2, finding 3: a Woo judgement lapsed only when Informatiebeheer ADDED a redaction
after it. Switching a redaction OFF after the judgement (redaction_toggle: active False,
changed_at now) makes text public the officer never saw: that judgement lapses too."""

from datetime import timedelta

import pytest
from django.utils import timezone

from chats.constants import RedactionSource
from chats.models import RedactionSpan
from tests.factories import RedactionSpanFactory
from tests.woo.test_besluit_redacted_after_decision import decided  # noqa: F401 - fixture
from tests.woo.test_tighten_purged import own_store, purged, woo_client  # noqa: F401 - fixtures
from woo.documents import judgements, unassessed_count
from woo.models import WooBeoordeling

pytestmark = pytest.mark.django_db


def _switched_off(record, *, at, source=RedactionSource.AUTOMATISCH):
    message = record.messages.get(seq=1)
    span = RedactionSpanFactory(
        submission=record, message=message, start=0, end=3, label="PERSON", source=source
    )
    RedactionSpan.objects.filter(pk=span.pk).update(active=False, changed_at=at)
    return message


@pytest.mark.parametrize("source", [RedactionSource.AUTOMATISCH, RedactionSource.HANDMATIG])
def test_a_redaction_switched_off_after_the_judgement_lapses_it(decided, verzoek, source):
    message = _switched_off(decided, at=timezone.now(), source=source)
    by_message, _ = judgements(verzoek)
    assert by_message[message.pk].holds is False
    assert by_message[decided.messages.get(seq=2).pk].holds is True
    assert unassessed_count(verzoek) == 1


def test_a_redaction_switched_off_before_the_judgement_changes_nothing(decided, verzoek):
    judged = WooBeoordeling.objects.filter(verzoek=verzoek).first().beoordeeld_op
    message = _switched_off(decided, at=judged - timedelta(minutes=1))
    by_message, _ = judgements(verzoek)
    assert by_message[message.pk].holds is True
    assert unassessed_count(verzoek) == 0
