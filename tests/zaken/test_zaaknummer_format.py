"""A zaak's number has the zaaksysteem's form Z-jaar-volgnummer (Z-2024-000123): a malformed
one is refused at the field with a Dutch reason when a zaak is created or its number changed;
a zaak stored earlier with another number still loads and can still be edited."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.factories import SelectielijstResultaatFactory, ZaakFactory, ZaaktypeFactory
from zaken.models import Zaak
from zaken.services import zaak_save, zaak_set_resultaat

pytestmark = pytest.mark.django_db


def _post(client, url, nummer, resultaat):
    return client.post(
        url,
        {
            "zaaknummer": nummer,
            "omschrijving": "Melding losliggende stoeptegel",
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


def _field_error(html: str) -> str:
    """The error text the admin shows at the zaaknummer field."""
    found = re.search(
        r'<ul class="errorlist"[^>]*id="id_zaaknummer_error"[^>]*>(.*?)</ul>', html, re.S
    )
    if found is None:
        found = re.search(
            r'field-zaaknummer.*?<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S
        )
    assert found, "no error at the zaaknummer field"
    return re.sub(r"<[^>]+>", "", found.group(1))


@pytest.mark.parametrize(
    "nummer",
    ["Z-2024-12", "Z-24-000123", "2024-000123", "Z-2024-0001234", "Z 2024 000123", "Z-2024-00012a"],
)
def test_the_admin_refuses_a_malformed_zaaknummer_at_the_field(ib_client, nummer):
    resultaat = SelectielijstResultaatFactory(bewaartermijn="P1Y")
    response = _post(ib_client, reverse("admin:zaken_zaak_add"), nummer, resultaat)
    assert response.status_code == 200
    error = _field_error(response.content.decode())
    assert "Z-2024-000123" in error  # the form it must have, by example
    assert not Zaak.objects.exists()


def test_a_short_sequence_number_gets_the_padded_number_suggested(ib_client):
    resultaat = SelectielijstResultaatFactory(bewaartermijn="P1Y")
    response = _post(ib_client, reverse("admin:zaken_zaak_add"), "Z-2024-12", resultaat)
    assert "Bedoelt u Z-2024-000012?" in _field_error(response.content.decode())


def test_a_well_formed_zaaknummer_is_kept_in_capitals_without_spaces(ib_client):
    resultaat = SelectielijstResultaatFactory(bewaartermijn="P1Y")
    response = _post(ib_client, reverse("admin:zaken_zaak_add"), " z-2024-000124 ", resultaat)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Zaak.objects.get().zaaknummer == "Z-2024-000124"


def test_changing_a_number_into_a_malformed_one_is_refused(ib):
    zaak = ZaakFactory(zaaknummer="Z-2024-000321")
    zaak.zaaknummer = "Z-2024-321"
    with pytest.raises(ValidationError) as raised:
        zaak_save(zaak=zaak, user=ib)
    assert "zaaknummer" in raised.value.message_dict
    assert Zaak.objects.get(pk=zaak.pk).zaaknummer == "Z-2024-000321"


def test_a_zaak_stored_with_an_older_number_still_loads_and_can_be_edited(ib, ib_client):
    """Numbers from before the check (or from another zaaksysteem) stay as they are: archiving
    a record to such a zaak gives it a resultaat (zaak_save validates the zaak)."""
    zaak = ZaakFactory(zaaknummer="Z-2024-000700")
    Zaak.objects.filter(pk=zaak.pk).update(zaaknummer="zk-17-3")
    zaak = Zaak.objects.get(pk=zaak.pk)
    resultaat = SelectielijstResultaatFactory(
        bewaartermijn="P1Y", procestype=zaak.zaaktype.procestype
    )
    zaak_set_resultaat(zaak=zaak, resultaat=resultaat, user=ib)
    assert Zaak.objects.get(pk=zaak.pk).resultaat == resultaat
    page = ib_client.get(reverse("admin:zaken_zaak_change", args=[zaak.pk]))
    assert page.status_code == 200
    assert "zk-17-3" in page.content.decode()
    assert Zaak.objects.get(pk=zaak.pk).zaaknummer == "zk-17-3"
