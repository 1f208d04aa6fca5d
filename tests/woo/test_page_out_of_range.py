"""Every paginated Woo page: a page number past the end shows the last page, and 0, negative
and non-numeric ones the first, and the page says so (status 200, as before, but not silently)."""

import pytest
from django.urls import reverse

from tests.paging import check_every_kind, getter, site_notice
from woo import assessment, besluit_views, records, search
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def test_the_record_page(woo_client, make_record, monkeypatch):
    monkeypatch.setattr(records, "RECORD_PAGE_SIZE", 2, raising=False)
    record = make_record([f"Bericht {n}" for n in range(5)], index=False)
    get = getter(woo_client, reverse("woo:record", args=[record.pk]))
    check_every_kind(get, last=3)
    # What is shown is the last page, and the pager says so.
    assert "Pagina 3 van 3" in get({"pagina": "39"})


def test_the_search_results(woo_client, make_record, monkeypatch):
    monkeypatch.setitem(search.search.__kwdefaults__, "per_page", 1)
    for n in range(3):
        make_record([f"De laadpaal {n} aan de Stationsweg is kapot."])
    url = reverse("woo:search")
    check_every_kind(getter(woo_client, url, q="laadpaal"), last=3)
    # No results: no page to speak of.
    empty = woo_client.get(url, {"q": "zonnepaneel", "pagina": "39"}).content.decode()
    assert site_notice(empty) == ""


def test_the_assessment_page(woo_client, woo_user, verzoek, make_record, monkeypatch):
    monkeypatch.setattr(assessment, "PAGE_SIZE", 2)
    record = make_record([f"Bericht {n}" for n in range(5)])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    get = getter(woo_client, reverse("woo:beoordelen", args=[verzoek.pk, record.pk]))
    check_every_kind(get, last=3)


def test_the_selection_of_a_request(woo_client, woo_user, verzoek, make_record, monkeypatch):
    monkeypatch.setattr(besluit_views, "SELECTION_PAGE_SIZE", 2)
    for n in range(5):
        record = make_record([f"Bericht {n}"])
        selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    get = getter(woo_client, reverse("woo:verzoek_detail", args=[verzoek.pk]))
    check_every_kind(get, last=3, param="selectie", of=" van de selectie")
