"""The audit log names a Woo request by its number, as every Woo page does (walk 31: Beheer read
'Woo-verzoek 2' on every row of WOO-2026-031, while the search above the list asks for
'WOO-2024-017')."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from audit.models import AuditEvent
from tests.factories import WooVerzoekFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:audit_auditevent_changelist")


def object_cells(html: str) -> list[str]:
    return re.findall(r'<td class="field-object_shown">([^<]*)</td>', html)


def test_a_request_row_shows_the_requests_number(beheerder_client):
    verzoek = WooVerzoekFactory(nummer="WOO-2026-031")
    AuditEvent.objects.create(
        action="woo.verzoek_created", object_type="woo.wooverzoek", object_id=str(verzoek.pk)
    )
    cells = object_cells(beheerder_client.get(CHANGELIST).content.decode())
    assert "Woo-verzoek WOO-2026-031" in cells
    assert f"Woo-verzoek {verzoek.pk}" not in cells


def test_a_request_that_no_longer_exists_is_shown_by_its_id(beheerder_client):
    AuditEvent.objects.create(
        action="woo.verzoek_created", object_type="woo.wooverzoek", object_id="999"
    )
    assert "Woo-verzoek 999" in object_cells(beheerder_client.get(CHANGELIST).content.decode())


def test_the_numbers_of_a_page_cost_one_query(beheerder_client):
    for n in range(30):
        verzoek = WooVerzoekFactory(nummer=f"WOO-2026-{n:03d}")
        AuditEvent.objects.create(
            action="woo.verzoek_created", object_type="woo.wooverzoek", object_id=str(verzoek.pk)
        )
    with CaptureQueriesContext(connection) as queries:
        html = beheerder_client.get(CHANGELIST).content.decode()
    assert "Woo-verzoek WOO-2026-029" in object_cells(html)
    asked = [q["sql"] for q in queries.captured_queries if '"woo_wooverzoek"' in q["sql"]]
    assert len(asked) == 1
