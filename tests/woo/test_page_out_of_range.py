"""Every paginated Woo page: a page number past the end shows the last page, and 0, negative
and non-numeric ones the first, and the page says so (status 200, as before, but not silently)."""

import re

import pytest
from django.urls import reverse

from woo import assessment, besluit_views, records, search
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def _notice(html: str) -> str:
    """The text of the page's status messages (the site renders Django messages this way)."""
    return " ".join(
        re.sub(r"<[^>]+>", "", found)
        for found in re.findall(r'<div class="alert alert-warning" role="status">(.*?)</div>', html)
    )


def _check_every_kind(get, *, last: int, param: str = "pagina", of: str = "") -> None:
    """`get(params)` gives the page's HTML; `last` is its last page (at least 2); `of` names
    the list on a page with more than one."""
    assert _notice(get({})) == ""
    assert _notice(get({param: "2"})) == ""
    assert _notice(get({param: str(last)})) == ""
    assert _notice(get({param: "39"})) == (
        f"Pagina 39{of} bestaat niet; u ziet de laatste pagina ({last})."
    )
    assert _notice(get({param: "0"})) == f"Pagina 0{of} bestaat niet; u ziet de eerste pagina."
    assert _notice(get({param: "-3"})) == f"Pagina -3{of} bestaat niet; u ziet de eerste pagina."
    assert _notice(get({param: "abc"})) == (
        f"‘abc’ is geen paginanummer{of}; u ziet de eerste pagina."
    )
    assert _notice(get({param: "9" * 40})) == (
        f"Pagina {'9' * 20}…{of} bestaat niet; u ziet de laatste pagina ({last})."
    )


def _ok(client, url):
    def get(params):
        response = client.get(url, params)
        assert response.status_code == 200
        return response.content.decode()

    return get


def test_the_record_page(woo_client, make_record, monkeypatch):
    monkeypatch.setattr(records, "RECORD_PAGE_SIZE", 2, raising=False)
    record = make_record([f"Bericht {n}" for n in range(5)], index=False)
    get = _ok(woo_client, reverse("woo:record", args=[record.pk]))
    _check_every_kind(get, last=3)
    # What is shown is the last page, and the pager says so.
    assert "Pagina 3 van 3" in get({"pagina": "39"})


def test_the_search_results(woo_client, make_record, monkeypatch):
    monkeypatch.setitem(search.search.__kwdefaults__, "per_page", 1)
    for n in range(3):
        make_record([f"De laadpaal {n} aan de Stationsweg is kapot."])
    url = reverse("woo:search")

    def get(params):
        response = woo_client.get(url, {"q": "laadpaal", **params})
        assert response.status_code == 200
        return response.content.decode()

    _check_every_kind(get, last=3)
    # No results: no page to speak of.
    empty = woo_client.get(url, {"q": "zonnepaneel", "pagina": "39"}).content.decode()
    assert _notice(empty) == ""


def test_the_assessment_page(woo_client, woo_user, verzoek, make_record, monkeypatch):
    monkeypatch.setattr(assessment, "PAGE_SIZE", 2)
    record = make_record([f"Bericht {n}" for n in range(5)])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    get = _ok(woo_client, reverse("woo:beoordelen", args=[verzoek.pk, record.pk]))
    _check_every_kind(get, last=3)


def test_the_selection_of_a_request(woo_client, woo_user, verzoek, make_record, monkeypatch):
    monkeypatch.setattr(besluit_views, "SELECTION_PAGE_SIZE", 2)
    for n in range(5):
        record = make_record([f"Bericht {n}"])
        selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    get = _ok(woo_client, reverse("woo:verzoek_detail", args=[verzoek.pk]))
    _check_every_kind(get, last=3, param="selectie", of=" van de selectie")
