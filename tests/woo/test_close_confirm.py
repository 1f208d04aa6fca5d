"""'Verzoek afhandelen' asks the officer to confirm the decision only when the request can be
closed (walk of stop 33: with documents still unassessed the browser first asked 'Het besluit
vastleggen en het verzoek afhandelen? Daarna kunt u niets meer ...', and after 'OK' the page
said it could not be done)."""

import re

import pytest
from django.urls import reverse

from woo.besluit import beoordeling_save_record
from woo.constants import Oordeel
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


def _close_form(client, verzoek) -> str:
    html = client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    action = reverse("woo:verzoek_close", args=[verzoek.pk])
    forms = re.findall(r"<form [^>]*>", html)
    found = [form for form in forms if f'action="{action}"' in form]
    assert len(found) == 1, forms
    return found[0]


@pytest.fixture
def record(make_record, woo_user, verzoek):
    record = make_record(["Eerste bericht over het bod.", "Tweede bericht."])
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk)
    return record


def test_no_confirmation_is_asked_while_documents_are_unassessed(woo_client, verzoek, record):
    assert "data-confirm" not in _close_form(woo_client, verzoek)
    # The button still answers, with the reason, at the list of what is left.
    response = woo_client.post(reverse("woo:verzoek_close", args=[verzoek.pk]), follow=True)
    assert "nog-te-beoordelen" in response.redirect_chain[-1][0]
    verzoek.refresh_from_db()
    assert verzoek.is_open


def test_the_decision_is_confirmed_once_everything_is_assessed(
    woo_client, woo_user, verzoek, record
):
    beoordeling_save_record(
        user=woo_user, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    assert "data-confirm=" in _close_form(woo_client, verzoek)
