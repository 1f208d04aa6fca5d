"""A search link with ?verzoek=<pk> of a handled (afgehandeld) request: the page says the
request is handled and hits can't be added, with a link to it. On main it silently showed
'(geen verzoek gekozen)'."""

import re
from html import unescape

import pytest
from django.urls import reverse

from woo.constants import VerzoekStatus

pytestmark = pytest.mark.django_db


def _notice(html: str) -> str | None:
    found = re.search(r'<div[^>]*id="verzoek-afgehandeld"[^>]*>(.*?)</div>', html, re.S)
    return found and unescape(found[1])


def _search(client, **params) -> str:
    return client.get(reverse("woo:search"), {"q": "boom", **params}).content.decode()


def test_a_handled_request_in_the_link_is_named_with_a_link_to_it(woo_client, verzoek):
    type(verzoek).objects.filter(pk=verzoek.pk).update(status=VerzoekStatus.AFGEHANDELD)
    html = _search(woo_client, verzoek=verzoek.pk)
    notice = _notice(html)
    assert notice is not None
    assert "WOO-2025-007" in notice
    assert "is afgehandeld" in notice
    assert "geen treffers meer worden toegevoegd" in notice
    assert f'href="{reverse("woo:verzoek_detail", args=[verzoek.pk])}"' in notice
    assert 'id="verzoek-gekozen"' not in html


def test_an_open_request_gets_no_notice(woo_client, verzoek):
    html = _search(woo_client, verzoek=verzoek.pk)
    assert _notice(html) is None
    assert 'id="verzoek-gekozen"' in html


@pytest.mark.parametrize("value", ["", "abc", "999999"])
def test_no_notice_without_a_handled_request(woo_client, verzoek, value):
    assert _notice(_search(woo_client, verzoek=value)) is None
