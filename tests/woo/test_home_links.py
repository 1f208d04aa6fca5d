"""The start page leads a Woo officer to the requests, not only to the search.

Walkthrough: the Woo card on the start page offered only 'Zoeken'; the requests, where an
officer's work starts (WOO-2025-001), were one tab further, behind the search page.
"""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_woo_card_links_to_the_requests(woo_client):
    page = woo_client.get(reverse("home")).content.decode()
    assert f'href="{reverse("woo:search")}"' in page
    assert f'href="{reverse("woo:verzoek_list")}"' in page


def test_an_employee_without_woo_rights_sees_no_woo_links(logged_in, medewerker):
    page = logged_in(medewerker).get(reverse("home")).content.decode()
    assert reverse("woo:verzoek_list") not in page
