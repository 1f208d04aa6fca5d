"""The project's admin lists (the review queue, the Woo requests ...): a page number (?p=) past
the end shows the last page, and 0, negative and non-numeric ones the first, and the list says
so, as the site's own pages do (not silently page 1, nor Django's "?e=1" error redirect)."""

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from audit.admin import AuditEventAdmin
from audit.events import user_login_failed
from chats.admin import SubmissionAdmin
from chats.admin_paging import AskedPageChangeList
from tests.factories import SubmissionFactory, WooVerzoekFactory, ZaakFactory
from tests.paging import admin_notice, check_every_kind, getter
from woo.admin import WooVerzoekAdmin
from zaken.admin import ZaakAdmin

pytestmark = pytest.mark.django_db


LISTS = [
    # (the admin, its list, who reads it, one row of it)
    (
        SubmissionAdmin,
        "admin:chats_submission_changelist",
        "ib_client",
        lambda n: SubmissionFactory(onderwerp=f"Melding {n}"),
    ),
    (
        WooVerzoekAdmin,
        "admin:woo_wooverzoek_changelist",
        "beheerder_client",
        lambda n: WooVerzoekFactory(nummer=f"WOO-2025-{n:03d}", onderwerp=f"Melding {n}"),
    ),
    # On main these three lists answered a page past the end with Django's redirect to "?e=1",
    # which shows "Databasefout" (the layers kept the paging of chats out of zaken, accounts and
    # audit: the admin site now gives it to every list it registers).
    (
        ZaakAdmin,
        "admin:zaken_zaak_changelist",
        "beheerder_client",
        lambda n: ZaakFactory(omschrijving=f"Melding {n}"),
    ),
    (
        AuditEventAdmin,
        "admin:audit_auditevent_changelist",
        "beheerder_client",
        lambda n: user_login_failed(username=f"onbekend{n}", known=False),
    ),
]


def test_every_admin_list_treats_its_page_number_alike(rf: RequestFactory, admin_user):
    """Every list of the admin, the ones added later too, shows the nearest page and says so."""
    request = rf.get("/")
    request.user = admin_user
    plain = [
        type(model_admin).__name__
        for model_admin in admin.site._registry.values()
        if not issubclass(model_admin.get_changelist(request), AskedPageChangeList)
    ]
    assert plain == []


@pytest.mark.parametrize("model_admin, url, reader, row", LISTS)
def test_a_page_that_does_not_exist_shows_the_nearest_and_says_so(
    request, monkeypatch, model_admin, url, reader, row
):
    monkeypatch.setattr(model_admin, "list_per_page", 2)
    for n in range(5):
        row(n)
    get = getter(request.getfixturevalue(reader), reverse(url))
    check_every_kind(get, last=3, param="p", notice=admin_notice)
    # The last page is what is shown, and the pager marks it.
    assert '<span class="this-page">3</span>' in get({"p": "39"})


def test_the_review_queue_shows_its_last_rows_for_a_page_past_the_end(ib_client, monkeypatch):
    monkeypatch.setattr(SubmissionAdmin, "list_per_page", 2)
    for n in range(5):
        SubmissionFactory(onderwerp=f"Melding {n}")
    beyond = getter(ib_client, reverse("admin:chats_submission_changelist"))({"p": "39"})
    assert "Melding 4" in beyond and "Melding 0" not in beyond


def test_a_list_of_one_page_says_so_too(ib_client):
    SubmissionFactory(onderwerp="Melding 0")
    get = getter(ib_client, reverse("admin:chats_submission_changelist"))
    assert admin_notice(get({"p": "2"})) == "Pagina 2 bestaat niet; u ziet de laatste pagina (1)."
    assert "Melding 0" in get({"p": "2"})
