"""A Woo officer tells the records of a request apart by their reference (WA-000004) and their
subject, never by a bare database id ("van archiefstuk 4")."""

import re

import pytest
from django.urls import reverse

from woo.models import SearchEntry
from woo.services import selectie_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(make_record):
    return make_record(["De brug gaat dicht.", "Tot morgen."], onderwerp="Brug Hoofdstraat")


def test_an_index_entry_names_the_record_by_its_reference(record):
    entry = SearchEntry.objects.filter(submission=record, message__isnull=False).first()
    label = str(entry)
    assert f"van archiefstuk WA-{record.pk:06d}" in label
    assert not re.search(rf"archiefstuk {record.pk}\b", label)


def test_the_request_page_shows_reference_and_subject(woo_client, woo_user, verzoek, record):
    message = record.messages.get(seq=2)
    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record.pk, message_id=message.pk)
    html = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    reference = f"WA-{record.pk:06d}"
    # The records table and the selection list both say which record it is.
    assert re.search(rf'data-label="Archiefstuk">{reference}<div[^>]*>Brug Hoofdstraat</div>', html)
    assert re.search(
        rf'{reference}, bericht \d+</a> <span class="woo-selectie-onderwerp">· Brug Hoofdstraat',
        html,
    )
    assert not re.search(rf"archiefstuk {record.pk}\b", html)
