"""Issue 17, round 2: next/previous hit on the record page crosses its pages.

Failed on main: page links dropped the search (no hits marked on page 2) and the hit bar only
knew the hits of the page shown.
"""

import re

import pytest
from django.urls import reverse

from woo import records

pytestmark = pytest.mark.django_db


@pytest.fixture
def paged_record(make_record, monkeypatch):
    """25 messages on pages of 10; the hits ("asbest") are #2, #15 and #24."""
    monkeypatch.setattr(records, "RECORD_PAGE_SIZE", 10, raising=False)
    texts = [f"Bericht {n} over iets anders." for n in range(1, 26)]
    for n in (2, 15, 24):
        texts[n - 1] = f"Bericht {n}: het asbest in de kelder."
    return make_record(texts)


def hit_seqs(html: str) -> list[int]:
    return [int(n) - 1 for n in re.findall(r'woo-hit[^"]*" id="bericht-nr-(\d+)"', html)]


def test_next_and_previous_hit_lead_to_the_pages_holding_them(woo_client, paged_record):
    url = reverse("woo:record", args=[paged_record.pk])
    first = woo_client.get(url, {"zoek": "asbest"}).content.decode()
    assert hit_seqs(first) == [2]
    assert 'data-hits="3"' in first and 'data-before="0"' in first
    assert "data-previous-url" not in first
    next_url = re.search(r'data-next-url="([^"]+)"', first).group(1).replace("&amp;", "&")
    assert next_url == f"{url}?pagina=2&zoek=asbest#bericht-nr-16"
    # Page links keep the search, so the hits stay marked.
    assert "?pagina=2&amp;zoek=asbest" in first

    second = woo_client.get(next_url.split("#")[0]).content.decode()
    assert hit_seqs(second) == [15]
    assert 'data-before="1"' in second
    previous_url = re.search(r'data-previous-url="([^"]+)"', second).group(1)
    assert previous_url.replace("&amp;", "&") == f"{url}?pagina=1&zoek=asbest#bericht-nr-3"
    assert re.search(r'data-next-url="[^"]*bericht-nr-25"', second)


def test_a_jump_to_a_message_keeps_the_search(woo_client, paged_record):
    url = reverse("woo:record", args=[paged_record.pk])
    response = woo_client.get(url, {"bericht": 24, "zoek": "asbest", "per": "bericht"})
    assert response["Location"] == f"{url}?pagina=3&zoek=asbest&per=bericht#bericht-nr-25"
    html = woo_client.get(response["Location"].split("#")[0]).content.decode()
    assert hit_seqs(html) == [24]
