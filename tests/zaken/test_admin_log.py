"""The admin's own history (django_admin_log: 'Recente acties', kept for good) names a zaak by
its zaaknummer, not by its description, which can name the resident of the case; what changed
is in the audit log."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from tests.factories import SelectielijstResultaatFactory, ZaaktypeFactory

pytestmark = pytest.mark.django_db


def test_the_admin_history_names_a_zaak_by_its_number(ib_client):
    resultaat = SelectielijstResultaatFactory(bewaartermijn="P1Y6M")
    response = ib_client.post(
        reverse("admin:zaken_zaak_add"),
        {
            "zaaknummer": "Z-2024-000999",
            "omschrijving": "Bezwaar mw. Henriëtte Kloosterman tegen naheffing",
            "zaaktype": ZaaktypeFactory(procestype=resultaat.procestype).pk,
            "afdeling": "openbare_ruimte",
            "startdatum": "01-08-2024",
            "einddatum": "31-08-2024",
            "resultaat": resultaat.pk,
            "bewaartermijn_afwijkend": "",
            "brondatum_afwijkend": "",
            "afwijking_reden": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = LogEntry.objects.get()
    assert entry.object_repr == "Z-2024-000999"
    assert "Kloosterman" not in entry.change_message
