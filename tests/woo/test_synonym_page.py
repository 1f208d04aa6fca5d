"""Issue 17, round 2: the Woo team keeps the search's synonym list on a page of the Woo app.

Failed on main: only Beheer could edit it, in the admin, without an audit event.
"""

import pytest
from django.urls import reverse

from audit.models import AuditEvent
from woo.models import Synoniemgroep
from woo.query import parse_query
from woo.search import SearchFilters, search

pytestmark = pytest.mark.django_db

LIST = "/woo/synoniemen/"


def test_the_woo_officer_adds_a_group_and_search_uses_it(woo_client, make_record):
    chat = make_record(["De projectgroep voor de Jaarmarkt 2025 is compleet."])
    response = woo_client.post(
        LIST, {"woorden": " Jaarmarkt 2025 , MJ25,mj25 ", "toelichting": "projectcode"}
    )
    assert response.status_code == 302
    groep = Synoniemgroep.objects.get(woorden="jaarmarkt 2025, mj25")
    event = AuditEvent.objects.get(action="woo_synoniemgroep.created")
    assert event.detail == {"words": ["jaarmarkt 2025", "mj25"]}
    assert event.object_id == str(groep.pk)
    outcome = search(parse_query("MJ25"), SearchFilters())
    assert [r.submission.pk for r in outcome.records] == [chat.pk]
    assert "jaarmarkt 2025" in outcome.also
    page = woo_client.get(LIST).content.decode()
    assert "jaarmarkt 2025, mj25" in page
    assert 'href="/woo/synoniemen/"' in woo_client.get("/woo/zoeken/").content.decode()


def test_the_woo_officer_changes_and_deletes_a_group_with_audit(woo_client):
    groep = Synoniemgroep.objects.create(woorden="jongerenwerk, jw")
    edit = reverse("woo:synoniem_edit", args=[groep.pk])
    assert woo_client.get(edit).status_code == 200
    response = woo_client.post(edit, {"woorden": "jongerenwerk, jw, jeugdwerk"})
    assert response.status_code == 302
    groep.refresh_from_db()
    assert groep.word_list() == ["jongerenwerk", "jw", "jeugdwerk"]
    changed = AuditEvent.objects.get(action="woo_synoniemgroep.changed")
    assert changed.detail["before"] == ["jongerenwerk", "jw"]
    response = woo_client.post(reverse("woo:synoniem_delete", args=[groep.pk]))
    assert response.status_code == 302
    assert not Synoniemgroep.objects.filter(pk=groep.pk).exists()
    deleted = AuditEvent.objects.get(action="woo_synoniemgroep.deleted")
    assert deleted.object_id == str(groep.pk)
    assert deleted.detail == {"words": ["jongerenwerk", "jw", "jeugdwerk"]}


def test_a_group_needs_two_words_and_says_so_in_dutch(woo_client):
    before = Synoniemgroep.objects.count()
    response = woo_client.post(LIST, {"woorden": "alleen"})
    assert response.status_code == 400
    assert "Geef ten minste twee woorden op" in response.content.decode()
    assert Synoniemgroep.objects.count() == before
    assert not AuditEvent.objects.filter(action__startswith="woo_synoniemgroep").exists()


def test_other_roles_may_not_edit_the_list(logged_in, make_user):
    groep = Synoniemgroep.objects.create(woorden="statushouders, sth")
    before = Synoniemgroep.objects.count()
    client = logged_in(make_user("mw", "Medewerker"))
    assert client.get(LIST).status_code == 403
    assert client.post(LIST, {"woorden": "a, b"}).status_code == 403
    assert client.post(reverse("woo:synoniem_delete", args=[groep.pk])).status_code == 403
    assert Synoniemgroep.objects.count() == before


def test_changes_in_the_admin_are_audited_too(beheerder_client):
    response = beheerder_client.post(
        reverse("admin:woo_synoniemgroep_add"), {"woorden": "lindes, linden"}
    )
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="woo_synoniemgroep.created").count() == 1
