"""Messages are numbered from 1 wherever a person reads the number.

The pipeline stores a chat's messages with seq 0, 1, 2, ... (the parser's order); the record
page, the archive PDF, the review screen, the request's selection and the inventory showed that
seq as is, so the first message of every chat was "#0" / "Bericht 0".
"""

import pytest
from django.urls import reverse

from chats.rendition import RenderMessage, render_messages_html
from woo.documents import Document
from woo.models import WooSelectie
from woo.records import record_reference

pytestmark = pytest.mark.django_db


@pytest.fixture
def record_from_zero(make_record):
    """A record numbered as the pipeline numbers it: seq 0, 1, 2."""
    record = make_record(["Eerste bericht.", "Tweede bericht.", "Derde bericht."], index=False)
    for message in record.messages.order_by("seq"):
        message.seq -= 1
        message.save(update_fields=["seq"])
    return record


def test_the_record_page_shows_the_first_message_as_number_one(woo_client, record_from_zero):
    html = woo_client.get(reverse("woo:record", args=[record_from_zero.pk])).content.decode()
    assert "· #1" in html and "· #3" in html
    assert "· #0" not in html
    # The anchors are the numbers shown (stop 48); old links are mapped by record.js.
    assert 'id="bericht-nr-1"' in html and 'id="bericht-0"' not in html


def test_the_jump_form_takes_the_number_the_page_shows(woo_client, record_from_zero):
    url = reverse("woo:record", args=[record_from_zero.pk])
    response = woo_client.get(url, {"nummer": 1})
    assert response.status_code == 302
    assert response["Location"].endswith("#bericht-nr-1")
    # Rubbish or 0 is no message: the page itself.
    assert woo_client.get(url, {"nummer": 0}).status_code == 200
    assert woo_client.get(url, {"nummer": "x"}).status_code == 200


def test_the_record_pager_asks_for_the_shown_number(woo_client, make_record, monkeypatch):
    from woo import records

    monkeypatch.setattr(records, "RECORD_PAGE_SIZE", 2, raising=False)
    record = make_record(["een", "twee", "drie"], index=False)
    html = woo_client.get(reverse("woo:record", args=[record.pk])).content.decode()
    assert 'name="nummer"' in html and 'min="1"' in html


def test_a_document_of_a_request_is_labelled_from_one():
    assert Document(submission_id=4, seq=0, message_id=9).label == "Bericht 1"


def test_a_selected_message_is_named_from_one_and_linked_through_its_page(
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
    assert ", bericht 1</a>" in html
    # ?bericht= finds the page that holds the message (an anchor alone only works on page 1).
    assert f"?verzoek={verzoek.pk}&amp;bericht=0#bericht-nr-1" in html


def test_the_archive_pdf_numbers_messages_from_one():
    html = render_messages_html(
        title="t", metadata=[], messages=[RenderMessage(0, "Inwoner 1", "Goedemorgen")]
    )
    assert "#1</span>" in html and "#0</span>" not in html


def test_a_message_names_itself_from_one(record_from_zero):
    assert str(record_from_zero.messages.get(seq=0)).startswith("Bericht 1 ")
