"""The record page leads back to the search the officer came from and to the request.

Walkthrough: from "Zoeken en toevoegen" for WOO-2025-001, searching "feest" and opening
WA-000002, the only way back was the breadcrumb "Zoeken": an empty search page, without the
words, and no link to the request at all.
"""

import html

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def chat(make_record):
    return make_record(["De kastanje aan de Kerkstraat wordt gekapt.", "Wanneer?"])


def test_the_breadcrumb_returns_to_the_search_and_the_request(woo_client, verzoek, chat):
    page = woo_client.get(
        reverse("woo:record", args=[chat.pk]),
        {"zoek": "kastanje kerkstraat", "verzoek": verzoek.pk, "per": "bericht"},
    ).content.decode()
    crumbs = html.unescape(page.split('aria-label="kruimelpad"')[1].split("</nav>")[0])
    assert f'href="{reverse("woo:verzoek_detail", args=[verzoek.pk])}"' in crumbs
    assert verzoek.nummer in crumbs
    assert (
        f'href="{reverse("woo:search")}?q=kastanje+kerkstraat&verzoek={verzoek.pk}&per=bericht"'
        in crumbs
    )


def test_without_a_search_or_request_the_breadcrumb_is_the_plain_search(woo_client, chat):
    page = woo_client.get(reverse("woo:record", args=[chat.pk])).content.decode()
    crumbs = page.split('aria-label="kruimelpad"')[1].split("</nav>")[0]
    assert f'href="{reverse("woo:search")}"' in crumbs
    assert "verzoeken" not in crumbs
