"""Zaak services: retention follows the inputs and overrides are audited."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from audit.models import AuditEvent
from tests.factories import SelectielijstResultaatFactory, UserFactory, ZaakFactory
from zaken.models import SelectielijstResultaat
from zaken.services import selectielijst_load, zaak_save, zaak_set_resultaat

pytestmark = pytest.mark.django_db


@pytest.fixture
def user(db):
    return UserFactory(username="ib")


def test_zaak_save_logs_creation_with_the_computed_date(user):
    zaak = ZaakFactory.build(
        zaaktype=None, einddatum=date(2024, 1, 31), resultaat=SelectielijstResultaatFactory()
    )
    zaak_save(zaak=zaak, user=user)
    event = AuditEvent.objects.get(action="zaak.created")
    assert event.object_id == str(zaak.pk)
    assert event.detail["archiefactiedatum"] == "2029-01-31"
    assert not AuditEvent.objects.filter(action="zaak.retention_overridden").exists()


def test_an_override_is_logged_with_before_after_and_reason(user):
    zaak = ZaakFactory(afgesloten=True)
    zaak.bewaartermijn_afwijkend = "P10Y"
    zaak.afwijking_reden = "Lopende juridische procedure"
    zaak_save(zaak=zaak, user=user)
    event = AuditEvent.objects.get(action="zaak.retention_overridden")
    assert event.detail["before"]["archiefactiedatum"] == "2029-03-13"
    assert event.detail["after"]["archiefactiedatum"] == "2034-03-13"
    assert event.detail["reason"] == "Lopende juridische procedure"
    assert event.actor == user


def test_an_override_without_reason_is_not_saved(user):
    zaak = ZaakFactory(afgesloten=True)
    zaak.brondatum_afwijkend = date(2025, 1, 1)
    with pytest.raises(ValidationError):
        zaak_save(zaak=zaak, user=user)
    zaak.refresh_from_db()
    assert zaak.brondatum_afwijkend is None
    assert not AuditEvent.objects.exists()


def test_setting_a_result_recomputes_and_logs(user):
    zaak = ZaakFactory(einddatum=date(2024, 3, 13))
    assert zaak.archiefactiedatum is None
    zaak_set_resultaat(
        zaak=zaak, resultaat=SelectielijstResultaatFactory(bewaartermijn="P28D"), user=user
    )
    zaak.refresh_from_db()
    assert zaak.archiefactiedatum == date(2024, 4, 10)
    event = AuditEvent.objects.get(action="zaak.changed")
    assert "resultaat" in event.detail["fields"] and "archiefactiedatum" in event.detail["fields"]


def test_the_shipped_selectielijst_loads_idempotently_with_exact_values():
    first = selectielijst_load()
    assert first.procestypen == 29
    assert first.resultaten_nieuw == 57
    second = selectielijst_load()
    assert second.resultaten_nieuw == 0 and second.resultaten_bijgewerkt == 57
    assert SelectielijstResultaat.objects.count() == 57
    sollicitatie = SelectielijstResultaat.objects.get(nummer="17.2.1")
    assert sollicitatie.bewaartermijn == "P28D"
    assert sollicitatie.procestype.nummer == 17
    assert sollicitatie.waardering == "vernietigen"
    assert str(sollicitatie).endswith("(vernietigen na 28 dagen)")
    blijvend = SelectielijstResultaat.objects.get(nummer="19.1.6")
    assert blijvend.waardering == "blijvend_bewaren" and blijvend.bewaartermijn == ""
    assert blijvend.api_url.startswith("https://selectielijst.openzaak.nl/api/v1/resultaten/")


def test_the_shipped_file_matches_the_research_copy():
    from tests.conftest import shared_path
    from zaken.services import SELECTIELIJST_FILE

    research = shared_path("data", "selectielijst_subset.json")
    assert SELECTIELIJST_FILE.read_bytes() == research.read_bytes()


def test_reloading_a_changed_termijn_recomputes_zaken_that_use_it(tmp_path):
    import json

    from zaken.services import SELECTIELIJST_FILE

    selectielijst_load()
    resultaat = SelectielijstResultaat.objects.get(nummer="15.1")
    zaak = ZaakFactory(
        zaaknummer="Z-2024-000001",
        omschrijving="Boom",
        einddatum=date(2024, 3, 13),
        resultaat=resultaat,
        zaaktype=None,
    )
    assert zaak.archiefactiedatum == date(2029, 3, 13)
    data = json.loads(SELECTIELIJST_FILE.read_text(encoding="utf-8"))
    for row in data["resultaten"]:
        if row["volledig_nummer"] == "15.1":
            row["bewaartermijn"] = "P7Y"
    changed = tmp_path / "selectielijst.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    selectielijst_load(path=changed)
    zaak.refresh_from_db()
    assert zaak.archiefactiedatum == date(2031, 3, 13)
