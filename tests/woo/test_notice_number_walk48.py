"""A notice's message number must be one of the record (walk48: "Persoonsgegeven gezien? Meld
het" accepted 99 on a 12-message record)."""

import pytest
from django.urls import reverse

from woo.models import WooMelding

pytestmark = pytest.mark.django_db


def _post(client, record, **data):
    return client.post(reverse("woo:record_notice", args=[record.pk]), data, follow=True)


def test_a_number_the_record_does_not_have_is_refused(make_record, woo_client):
    record = make_record([f"Bericht {n}." for n in range(12)])
    page = _post(woo_client, record, berichtnummer="99", tekst="Een naam staat erin.")
    page = page.content.decode()
    assert "heeft geen bericht 99" in page and "de melding is niet verstuurd" in page
    assert not WooMelding.objects.exists()
    _post(woo_client, record, berichtnummer="#5", tekst="Een naam staat erin.")
    assert WooMelding.objects.get().nummer == 5
