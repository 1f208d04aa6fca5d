"""The project's admin lists (the review queue, the Woo requests ...): a page number (?p=) past
the end shows the last page, and 0, negative and non-numeric ones the first, and the list says
so, as the site's own pages do (not silently page 1, nor Django's "?e=1" error redirect)."""

import pytest
from django.urls import reverse

from chats.admin import SubmissionAdmin
from tests.factories import SubmissionFactory, WooVerzoekFactory
from tests.paging import admin_notice, check_every_kind, getter
from woo.admin import WooVerzoekAdmin

pytestmark = pytest.mark.django_db


def test_the_review_queue(ib_client, monkeypatch):
    monkeypatch.setattr(SubmissionAdmin, "list_per_page", 2)
    for n in range(5):
        SubmissionFactory(onderwerp=f"Melding {n}")
    get = getter(ib_client, reverse("admin:chats_submission_changelist"))
    check_every_kind(get, last=3, param="p", notice=admin_notice)
    # The last page is what is shown: its one row, and the pager marks page 3.
    beyond = get({"p": "39"})
    assert "Melding 4" in beyond and "Melding 0" not in beyond
    assert '<span class="this-page">3</span>' in beyond


def test_the_woo_requests(beheerder_client, monkeypatch):
    monkeypatch.setattr(WooVerzoekAdmin, "list_per_page", 2)
    for n in range(5):
        WooVerzoekFactory(nummer=f"WOO-2025-{n:03d}")
    get = getter(beheerder_client, reverse("admin:woo_wooverzoek_changelist"))
    check_every_kind(get, last=3, param="p", notice=admin_notice)


def test_a_list_of_one_page_says_so_too(ib_client):
    SubmissionFactory(onderwerp="Melding 0")
    get = getter(ib_client, reverse("admin:chats_submission_changelist"))
    assert admin_notice(get({"p": "2"})) == "Pagina 2 bestaat niet; u ziet de laatste pagina (1)."
    assert "Melding 0" in get({"p": "2"})
