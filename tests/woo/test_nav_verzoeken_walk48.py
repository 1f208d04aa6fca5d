"""The main navigation has "Woo-verzoeken" for Woo officers (walk of stop 48: they had to go
through the search page's tabs to reach their requests), and for nobody else."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _nav(client) -> str:
    page = client.get(reverse("home")).content.decode()
    return re.search(r'<nav aria-label="Hoofdmenu".*?</nav>', page, re.S).group(0)


def test_a_woo_officer_has_the_link(woo_client):
    nav = _nav(woo_client)
    link = f'href="{reverse("woo:verzoek_list")}">Woo-verzoeken</a>'
    assert link in nav


def test_the_link_is_marked_on_the_requests_pages(woo_client):
    page = woo_client.get(reverse("woo:verzoek_list")).content.decode()
    nav = re.search(r'<nav aria-label="Hoofdmenu".*?</nav>', page, re.S).group(0)
    current = re.findall(r'<a class="nav-link active" aria-current="page" href="([^"]+)"', nav)
    assert current == [reverse("woo:verzoek_list")]


@pytest.mark.parametrize("role", ["Medewerker", "Informatiebeheer", "Beheerder"])
def test_others_do_not(logged_in, make_user, role):
    client = logged_in(make_user("iemand", role, staff=role != "Medewerker"))
    assert "Woo-verzoeken" not in _nav(client)
