"""The Zaak model keeps its archiefactiedatum in step with its inputs."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from tests.factories import ProcestypeFactory, SelectielijstResultaatFactory, ZaakFactory
from zaken.models import Zaak

pytestmark = pytest.mark.django_db


def test_saving_computes_nominatie_termijn_brondatum_and_archiefactiedatum():
    zaak = ZaakFactory(afgesloten=True)
    zaak.refresh_from_db()
    assert zaak.archiefnominatie == "vernietigen"
    assert zaak.bewaartermijn == "P5Y"
    assert zaak.brondatum == date(2024, 3, 13)
    assert zaak.archiefactiedatum == date(2029, 3, 13)


def test_changing_an_input_moves_the_date_even_with_update_fields():
    zaak = ZaakFactory(afgesloten=True)
    zaak.einddatum = date(2024, 2, 29)
    zaak.save(update_fields=["einddatum"])
    zaak.refresh_from_db()
    assert zaak.archiefactiedatum == date(2029, 2, 28)

    zaak.resultaat = SelectielijstResultaatFactory(nummer="15.2", bewaartermijn="P6M")
    zaak.save()
    zaak.refresh_from_db()
    assert zaak.archiefactiedatum == date(2024, 8, 29)


def test_an_override_without_a_reason_is_refused():
    zaak = ZaakFactory(afgesloten=True, bewaartermijn_afwijkend="P10Y")
    with pytest.raises(ValidationError) as info:
        zaak.full_clean()
    assert "afwijking_reden" in info.value.message_dict


def test_a_result_from_another_procestype_is_refused():
    other = SelectielijstResultaatFactory(
        procestype=ProcestypeFactory(nummer=11, naam="Toestemming verlenen"), nummer="11.1"
    )
    zaak = ZaakFactory(resultaat=other)
    with pytest.raises(ValidationError) as info:
        zaak.full_clean()
    assert "resultaat" in info.value.message_dict


def test_an_einddatum_before_the_startdatum_is_refused():
    zaak = ZaakFactory(startdatum=date(2024, 5, 1), einddatum=date(2024, 4, 30))
    with pytest.raises(ValidationError) as info:
        zaak.full_clean()
    assert "einddatum" in info.value.message_dict


def test_a_malformed_override_termijn_is_refused_with_a_dutch_message():
    zaak = ZaakFactory.build(bewaartermijn_afwijkend="tien jaar", afwijking_reden="test")
    with pytest.raises(ValidationError) as info:
        zaak.full_clean()
    assert "geen geldige bewaartermijn" in str(info.value.message_dict["bewaartermijn_afwijkend"])


def test_due_for_archiefactie_uses_the_given_day():
    due = ZaakFactory(afgesloten=True)  # 2029-03-13
    ZaakFactory()  # open: no date
    assert list(Zaak.objects.due_for_archiefactie(on=date(2029, 3, 13))) == [due]
    assert not Zaak.objects.due_for_archiefactie(on=date(2029, 3, 12)).exists()


def test_results_sort_by_number_parts_not_as_text():
    for nummer in ("15.1.10", "15.1.9", "15.1", "15.2"):
        SelectielijstResultaatFactory(nummer=nummer)
    from zaken.models import SelectielijstResultaat

    assert list(SelectielijstResultaat.objects.values_list("nummer", flat=True)) == [
        "15.1",
        "15.1.9",
        "15.1.10",
        "15.2",
    ]
