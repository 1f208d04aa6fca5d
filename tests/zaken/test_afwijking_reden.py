"""The reason typed for a retention that departs from the selectielijst reaches the audit log
redacted: the log is kept for good, and the reason can name the resident whose case it is.
Zaken has no detector; chats answers its signal, with the persons of the zaak's records known."""

import pytest

from audit.models import AuditEvent
from chats.redaction import detect
from tests.factories import (
    MessageFactory,
    RedactionSpanFactory,
    SubmissionFactory,
    UserFactory,
    ZaakFactory,
)
from zaken.services import zaak_save

pytestmark = pytest.mark.django_db


def _override(zaak, reason: str) -> dict:
    zaak.bewaartermijn_afwijkend = "P20Y"
    zaak.afwijking_reden = reason
    zaak_save(zaak=zaak, user=UserFactory(username="ib"))
    return AuditEvent.objects.get(action="zaak.retention_overridden").detail


def test_a_name_in_the_reason_is_redacted_before_it_is_logged():
    reason = "Bezwaar van mevrouw Henriëtte Kloosterman (06-12345678) loopt nog"
    detail = _override(ZaakFactory(afgesloten=True), reason)
    assert "Bezwaar van mevrouw" in detail["reason"] and "loopt nog" in detail["reason"]
    for secret in ("Henriëtte", "Kloosterman", "06-12345678"):
        assert secret not in detail["reason"], detail["reason"]


def test_the_reason_knows_the_persons_of_the_zaaks_records():
    reason = "Vos is akkoord met langer bewaren"
    assert not detect(reason)
    zaak = ZaakFactory(afgesloten=True)
    submission = SubmissionFactory(zaak=zaak)
    text = "Ik sprak vandaag Kees Vos over de schutting."
    start = text.index("Kees Vos")
    RedactionSpanFactory(
        message=MessageFactory(submission=submission, text=text),
        start=start,
        end=start + len("Kees Vos"),
    )
    detail = _override(zaak, reason)
    assert "akkoord met langer bewaren" in detail["reason"]
    assert "Vos" not in detail["reason"], detail["reason"]
    zaak.refresh_from_db()
    assert zaak.afwijking_reden == reason
