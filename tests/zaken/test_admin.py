"""The zaken admin: Informatiebeheer creates zaken; retention is computed and audited."""

from datetime import date

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from tests.factories import SelectielijstResultaatFactory, ZaakFactory, ZaaktypeFactory
from zaken.models import Zaak

pytestmark = pytest.mark.django_db


def test_informatiebeheer_creates_a_zaak_and_sees_the_computed_date(ib_client):
    resultaat = SelectielijstResultaatFactory(bewaartermijn="P1Y6M")
    zaaktype = ZaaktypeFactory(procestype=resultaat.procestype)
    response = ib_client.post(
        reverse("admin:zaken_zaak_add"),
        {
            "zaaknummer": "Z-2024-000999",
            "omschrijving": "Melding losliggende stoeptegel",
            "zaaktype": zaaktype.pk,
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
    zaak = Zaak.objects.get(zaaknummer="Z-2024-000999")
    assert zaak.archiefactiedatum == date(2026, 2, 28)
    assert AuditEvent.objects.filter(action="zaak.created", object_id=str(zaak.pk)).exists()
    page = ib_client.get(reverse("admin:zaken_zaak_change", args=[zaak.pk]))
    assert "31-08-2024 + 1 jaar en 6 maanden = 28-02-2026" in page.content.decode()


def test_the_override_form_demands_a_reason(ib_client):
    zaak = ZaakFactory(afgesloten=True)
    response = ib_client.post(
        reverse("admin:zaken_zaak_change", args=[zaak.pk]),
        {
            "zaaknummer": zaak.zaaknummer,
            "omschrijving": zaak.omschrijving,
            "zaaktype": zaak.zaaktype_id,
            "afdeling": zaak.afdeling,
            "startdatum": "01-01-2024",
            "einddatum": "13-03-2024",
            "resultaat": zaak.resultaat_id,
            "bewaartermijn_afwijkend": "P10Y",
            "brondatum_afwijkend": "",
            "afwijking_reden": "",
        },
    )
    assert response.status_code == 200
    assert "Geef een reden op" in response.content.decode()
    zaak.refresh_from_db()
    assert zaak.bewaartermijn_afwijkend == ""


def test_the_changelist_lists_zaken_with_their_dates(ib_client):
    ZaakFactory(afgesloten=True, omschrijving="Boom Hoofdstraat")
    response = ib_client.get(reverse("admin:zaken_zaak_changelist"))
    assert response.status_code == 200
    assert "Boom Hoofdstraat" in response.content.decode()


def test_informatiebeheer_can_read_but_not_edit_the_selectielijst(ib_client):
    resultaat = SelectielijstResultaatFactory()
    assert (
        ib_client.get(reverse("admin:zaken_selectielijstresultaat_changelist")).status_code == 200
    )
    response = ib_client.post(
        reverse("admin:zaken_selectielijstresultaat_change", args=[resultaat.pk]),
        {"nummer": "15.1", "naam": "X", "bewaartermijn": "P1Y"},
    )
    assert response.status_code == 403


def test_the_zaak_page_links_its_conversations(ib_client):
    from tests.factories import SubmissionFactory

    zaak = ZaakFactory(afgesloten=True)
    submission = SubmissionFactory(zaak=zaak, onderwerp="Boom omgewaaid")
    html = ib_client.get(reverse("admin:zaken_zaak_change", args=[zaak.pk])).content.decode()
    assert "Boom omgewaaid" in html
    assert reverse("admin:chats_submission_review", args=[submission.pk]) in html


def test_the_zaak_list_filters_the_zaken_whose_archiefactiedatum_has_come(ib_client):
    # Walk of stop 27: a records manager looking for what must be destroyed or transferred had
    # only the date drill-down; nothing listed the zaken whose archiefactiedatum has passed.
    due = ZaakFactory(zaaknummer="Z-2019-000001")
    later = ZaakFactory(zaaknummer="Z-2025-000002")
    open_ = ZaakFactory(zaaknummer="Z-2026-000003")
    Zaak.objects.filter(pk=due.pk).update(archiefactiedatum=date(2024, 1, 1))
    Zaak.objects.filter(pk=later.pk).update(archiefactiedatum=date(2099, 1, 1))
    Zaak.objects.filter(pk=open_.pk).update(archiefactiedatum=None)
    url = reverse("admin:zaken_zaak_changelist")
    page = ib_client.get(url).content.decode()
    assert "Archiefactiedatum verstreken" in page
    shown = ib_client.get(url, {"archiefactie": "verstreken"}).content.decode()
    assert "Z-2019-000001" in shown
    assert "Z-2025-000002" not in shown and "Z-2026-000003" not in shown
    unknown = ib_client.get(url, {"archiefactie": "onbekend"}).content.decode()
    assert "Z-2026-000003" in unknown and "Z-2019-000001" not in unknown


def test_the_zaken_without_a_zaaktype_are_filtered_by_a_named_choice(ib_client):
    # Walk of stop 57: under "Zaaktype" the last choice read "-" (Django's empty value), which
    # says nothing to Informatiebeheer.
    ZaakFactory(zaaknummer="Z-2026-000001", zaaktype=None)
    ZaakFactory(zaaknummer="Z-2026-000002")
    url = reverse("admin:zaken_zaak_changelist")
    page = ib_client.get(url).content.decode()
    assert 'zaaktype__isnull=True">Zonder zaaktype</a>' in page
    assert 'zaaktype__isnull=True">-</a>' not in page
    shown = ib_client.get(url, {"zaaktype__isnull": "True"}).content.decode()
    assert "Z-2026-000001" in shown and "Z-2026-000002" not in shown
