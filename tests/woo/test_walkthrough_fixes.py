"""Defects from the QA walkthrough as new users (Woo side): a word in two synonym groups, the
bewaarplicht list's title and '1 dagen' in the list of requests.

Each test failed on main.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from audit.models import AuditEvent
from woo.models import Synoniemgroep
from woo.synonyms import SynoniemgroepForm

pytestmark = pytest.mark.django_db

LIST = "/woo/synoniemen/"


def test_the_form_refuses_a_word_that_is_already_in_another_group():
    Synoniemgroep.objects.create(woorden="jongerenwerk, jeugdwerk, jw")
    form = SynoniemgroepForm(data={"woorden": "JW, jongeren werk"})
    assert not form.is_valid()
    (message,) = form.errors["woorden"]
    assert "‘jw’" in message and "‘jongerenwerk, jeugdwerk, jw’" in message


def test_a_word_that_only_contains_a_word_of_another_group_is_fine():
    Synoniemgroep.objects.create(woorden="jongerenwerk, jw")
    # "jongeren" holds "jongerenwerk"'s letters but is another word (not a starter group word).
    assert SynoniemgroepForm(data={"woorden": "jongerenraad, jeugdraad"}).is_valid()


def test_a_word_may_stay_in_its_own_group_when_that_group_is_changed():
    groep = Synoniemgroep.objects.create(woorden="jongerenwerk, jw")
    form = SynoniemgroepForm(data={"woorden": "jongerenwerk, jw, jeugdwerk"}, instance=groep)
    assert form.is_valid(), form.errors


def test_the_synonym_page_refuses_a_duplicate_word_and_names_the_other_group(woo_client):
    Synoniemgroep.objects.create(woorden="jongerenwerk, jw")
    before = Synoniemgroep.objects.count()
    response = woo_client.post(LIST, {"woorden": "JW, jeugdwerk"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "staat al in de groep ‘jongerenwerk, jw’" in html
    assert Synoniemgroep.objects.count() == before
    assert not AuditEvent.objects.filter(action="woo_synoniemgroep.created").exists()


def test_the_synonym_admin_refuses_a_duplicate_word_too(beheerder_client):
    Synoniemgroep.objects.create(woorden="linden, lindes")
    before = Synoniemgroep.objects.count()
    response = beheerder_client.post(
        reverse("admin:woo_synoniemgroep_add"), {"woorden": "bomen, Linden"}
    )
    assert response.status_code == 200
    assert "staat al in de groep ‘linden, lindes’" in response.content.decode()
    assert Synoniemgroep.objects.count() == before


def test_the_bewaarplicht_list_has_a_proper_title(ib_client):
    html = ib_client.get(reverse("admin:woo_bewaarplicht_changelist")).content.decode()
    assert "<h1>Archiefstukken onder bewaarplicht (Woo)</h1>" in html
    assert "om te bekijken" not in html


def test_the_list_of_requests_says_one_day_overdue_in_the_singular(woo_client, verzoek):
    from woo.verzoek_overview import termijn_of

    today = timezone.localdate()
    for back in range(20, 80):
        verzoek.ontvangen_op = today - timedelta(days=back)
        if termijn_of(verzoek, today=today).dagen_te_laat == 1:
            break
    else:  # pragma: no cover - the calendar always has such a day
        pytest.fail("no receipt date found that is one day overdue")
    verzoek.save()
    html = woo_client.get(reverse("woo:verzoek_list")).content.decode()
    assert "termijn overschreden (1 dag)" in html
    assert "1 dagen" not in html
