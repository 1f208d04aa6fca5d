"""`manage.py load_demo_zaken`: the selectielijst and the demo zaken, repeatable."""

import io
from datetime import date

import pytest
from django.core.management import call_command

from zaken.models import Zaak

pytestmark = pytest.mark.django_db


def test_load_demo_zaken_gives_zaken_with_type_result_and_computed_dates_and_is_repeatable():
    for _ in range(2):
        call_command("load_demo_zaken", stdout=io.StringIO())
    boom = Zaak.objects.get(zaaknummer="Z-2024-000123")
    assert boom.zaaktype.procestype.nummer == 15
    assert boom.resultaat.nummer == "15.1"
    assert boom.archiefactiedatum == date(2029, 3, 13)
    open_zaak = Zaak.objects.get(zaaknummer="Z-2024-000456")
    assert open_zaak.einddatum is None and open_zaak.archiefactiedatum is None
    assert Zaak.objects.count() == 5


def test_load_demo_zaken_leaves_zaken_changed_in_the_admin_alone():
    call_command("load_demo_zaken", stdout=io.StringIO())
    Zaak.objects.filter(zaaknummer="Z-2024-000123").update(omschrijving="Gewijzigd")
    call_command("load_demo_zaken", stdout=io.StringIO())
    assert Zaak.objects.get(zaaknummer="Z-2024-000123").omschrijving == "Gewijzigd"
