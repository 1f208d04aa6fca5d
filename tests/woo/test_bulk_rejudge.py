"""Judging a whole record again (walk 29).

A 5,000-message record judged 'Openbaar' in one action kept offering 'Alle nog niet beoordeelde
documenten tegelijk beoordelen'; applying it said '0 documenten beoordeeld' and changed nothing.
An officer who then found the whole chat out of scope had to judge 5,000 documents one by one,
although the action can take the assessed ones along (`ook_beoordeelde`).
"""

import pytest
from django.urls import reverse

from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel
from woo.models import WooBeoordeling
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def selected(woo_user, verzoek, make_record):
    record = make_record(["Eerste bericht.", "Tweede bericht.", "Derde bericht."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return record


def _bulk_form(client, verzoek, record) -> str:
    html = client.get(reverse("woo:beoordelen", args=[verzoek.pk, record.pk])).content.decode()
    action = 'action="' + reverse("woo:beoordeling_record", args=[verzoek.pk, record.pk]) + '"'
    start = html.rindex("<details", 0, html.index(action))
    return html[start : html.index("</form>", start)]


def test_a_record_judged_in_part_offers_to_take_the_judged_documents_along(
    woo_client, woo_user, verzoek, selected
):
    message = selected.messages.order_by("seq").first()
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=selected.pk, oordeel=Oordeel.OPENBAAR
    )
    WooBeoordeling.objects.filter(verzoek=verzoek).exclude(message=message).delete()
    bulk = _bulk_form(woo_client, verzoek, selected)
    assert "Alle nog niet beoordeelde documenten van dit archiefstuk tegelijk beoordelen" in bulk
    assert 'name="ook_beoordeelde" value="1"' in bulk
    assert "Ook het document dat al beoordeeld is opnieuw beoordelen" in bulk


def test_a_record_judged_whole_offers_to_judge_it_again_and_does(
    woo_client, woo_user, verzoek, selected
):
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=selected.pk, oordeel=Oordeel.OPENBAAR
    )
    bulk = _bulk_form(woo_client, verzoek, selected)
    assert "nog niet beoordeelde" not in bulk
    assert "Alle documenten van dit archiefstuk tegelijk opnieuw beoordelen" in bulk
    assert '<input type="hidden" name="ook_beoordeelde" value="1">' in bulk
    response = woo_client.post(
        reverse("woo:beoordeling_record", args=[verzoek.pk, selected.pk]),
        {"oordeel": Oordeel.BUITEN_VERZOEK, "ook_beoordeelde": "1"},
        follow=True,
    )
    assert "3 documenten beoordeeld als buiten het verzoek." in response.content.decode()
    assert set(WooBeoordeling.objects.values_list("oordeel", flat=True)) == {Oordeel.BUITEN_VERZOEK}


def test_a_record_not_judged_at_all_has_no_take_along_choice(woo_client, verzoek, selected):
    bulk = _bulk_form(woo_client, verzoek, selected)
    assert "Alle nog niet beoordeelde documenten van dit archiefstuk tegelijk beoordelen" in bulk
    assert "ook_beoordeelde" not in bulk
