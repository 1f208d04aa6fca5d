""" "Mijn inzendingen" in pages: hundreds of uploads are not one endless page; the pager is a
labelled navigation, and a page number that does not exist shows the nearest page and says so."""

import re

import pytest
from django.urls import reverse

from chats import views
from tests.factories import SubmissionFactory
from tests.paging import check_every_kind, getter

pytestmark = pytest.mark.django_db


@pytest.fixture
def five_uploads(medewerker, monkeypatch):
    """Five submissions of the employee, two a page: three pages, the newest first."""
    monkeypatch.setattr(views, "SUBMISSION_PAGE_SIZE", 2)
    return [
        SubmissionFactory(submitted_by=medewerker, onderwerp=f"Inzending {n}") for n in range(5)
    ]


def _subjects(html: str) -> list[str]:
    return re.findall(r">(Inzending \d)</a>", html)


def test_the_list_shows_one_page_at_a_time(client, medewerker, five_uploads):
    client.force_login(medewerker)
    get = getter(client, reverse("submission_list"))
    assert _subjects(get({})) == ["Inzending 4", "Inzending 3"]
    assert _subjects(get({"pagina": "2"})) == ["Inzending 2", "Inzending 1"]
    assert _subjects(get({"pagina": "3"})) == ["Inzending 0"]


def test_the_pager_is_a_labelled_navigation(client, medewerker, five_uploads):
    client.force_login(medewerker)
    html = getter(client, reverse("submission_list"))({"pagina": "2"})
    nav = re.search(
        r'<nav[^>]*aria-label="Pagina\'s van uw inzendingen"[^>]*>(.*?)</nav>', html, re.S
    )
    assert nav, "no labelled pager"
    pager = nav.group(1)
    assert 'aria-current="page"' in pager and ">2<" in pager
    assert 'href="?pagina=1" rel="prev"' in pager and 'href="?pagina=3" rel="next"' in pager
    assert "Inzendingen 3–4 van 5" in html
    assert "Inzending 5 van 5" in getter(client, reverse("submission_list"))({"pagina": "3"})


def test_a_page_that_does_not_exist_shows_the_nearest_and_says_so(client, medewerker, five_uploads):
    client.force_login(medewerker)
    get = getter(client, reverse("submission_list"))
    check_every_kind(get, last=3)
    assert _subjects(get({"pagina": "39"})) == ["Inzending 0"]


def test_one_page_has_no_pager(client, medewerker):
    SubmissionFactory(submitted_by=medewerker, onderwerp="Inzending 1")
    client.force_login(medewerker)
    html = getter(client, reverse("submission_list"))({})
    assert "Inzending 1" in html and "Pagina's van uw inzendingen" not in html
