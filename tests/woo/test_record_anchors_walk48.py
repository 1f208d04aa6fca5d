"""A message's anchor on the Woo record page is the number the page shows, from 1 (walk of stop
48: '#bericht-0' for the message the page calls #1). Every link to it says the same: the record
pages' own links, the search results and the request's selection. Old links (#bericht-<stored
seq>) are turned into the new anchor by static/woo/record.js (a browser test)."""

import re

import pytest
from django.urls import reverse

from woo.models import WooSelectie
from woo.records import record_reference

pytestmark = pytest.mark.django_db


@pytest.fixture
def record_from_zero(make_record):
    """A record numbered as the pipeline numbers it: seq 0, 1, 2."""
    record = make_record(
        ["Eerste bericht over de kastanje.", "Tweede bericht.", "Derde bericht."], index=False
    )
    for message in record.messages.order_by("seq"):
        message.seq -= 1
        message.save(update_fields=["seq"])
    from woo.indexing import index_submission

    index_submission(submission_id=record.pk)
    return record


def test_the_anchors_are_the_numbers_the_page_shows(woo_client, record_from_zero):
    html = woo_client.get(reverse("woo:record", args=[record_from_zero.pk])).content.decode()
    assert re.findall(r'id="bericht-nr-(\d+)"', html) == ["1", "2", "3"]
    assert not re.search(r'id="bericht-\d', html)
    # Each anchor sits on the message whose number the page shows.
    first = html[html.index('id="bericht-nr-1"') :]
    assert first.index("· #1") < first.index("Eerste bericht")


def test_the_jump_to_a_number_lands_on_its_anchor(woo_client, record_from_zero):
    url = reverse("woo:record", args=[record_from_zero.pk])
    assert woo_client.get(url, {"nummer": 1})["Location"].endswith("#bericht-nr-1")
    assert woo_client.get(url, {"bericht": 2})["Location"].endswith("#bericht-nr-3")


def test_a_search_result_links_to_the_number_it_shows(woo_client, record_from_zero):
    html = woo_client.get(reverse("woo:search"), {"q": "kastanje"}).content.decode()
    link = re.search(rf'/woo/archiefstukken/{record_from_zero.pk}/\?[^"]*#bericht-([\w-]+)"', html)
    assert link and link.group(1) == "nr-1"
    assert "· #1" in html


def test_the_selection_links_to_the_number_it_shows(
    woo_client, woo_user, record_from_zero, verzoek
):
    first = record_from_zero.messages.get(seq=0)
    WooSelectie.objects.create(
        verzoek=verzoek,
        submission=record_from_zero,
        record_ref=record_reference(record_from_zero.pk),
        message=first,
        message_seq=0,
        toegevoegd_door=woo_user,
    )
    html = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert f"?verzoek={verzoek.pk}&amp;bericht=0#bericht-nr-1" in html


def test_the_assessment_page_numbers_its_anchors_as_its_labels(
    woo_client, woo_user, record_from_zero, verzoek
):
    from woo.services import selectie_add

    selectie_add(user=woo_user, verzoek=verzoek, submission_id=record_from_zero.pk)
    url = reverse("woo:beoordelen", args=[verzoek.pk, record_from_zero.pk])
    html = woo_client.get(url).content.decode()
    assert re.findall(r'<article[^>]* id="bericht-nr-(\d+)"', html) == ["1", "2", "3"]
    first = html[html.index('id="bericht-nr-1"') :]
    assert first.index("Bericht 1") < first.index("Bericht 2")
    # Old links (#bericht-<stored seq>) are turned into these by the same script.
    assert "woo/record.js" in html
    # The request page's links to unassessed documents say the same.
    page = woo_client.get(reverse("woo:verzoek_detail", args=[verzoek.pk])).content.decode()
    assert f"{url}?bericht=0#bericht-nr-1" in page
