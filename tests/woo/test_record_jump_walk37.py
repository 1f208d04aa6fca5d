"""The record page's "Naar datum" goes to the first message of that day. The pipeline numbers
messages from 0, and a first message with volgnummer 0 was taken for "none on or after that
day": the chat's first day, or any day before it, went to the last message (walk37: a
4,200-message record, 12 March 2024 opened page 21 of 21)."""

from datetime import date

from django.urls import reverse

from chats.models import Message
from woo.records import record_seq_on_date


def _numbered_from_zero(submission):
    for message in Message.objects.filter(submission=submission).order_by("seq"):
        message.seq -= 1
        message.save(update_fields=["seq"])


def test_the_first_day_goes_to_the_first_message(make_record):
    record = make_record(["Eerste bericht", "Tweede bericht", "Derde bericht"])
    _numbered_from_zero(record)
    assert record_seq_on_date(record, date(2024, 3, 12)) == 0
    assert record_seq_on_date(record, date(2023, 1, 1)) == 0
    assert record_seq_on_date(record, date(2030, 1, 1)) == 2


def test_naar_datum_on_the_first_day_opens_the_first_page(make_record, woo_client):
    record = make_record(["Eerste bericht", "Tweede bericht", "Derde bericht"])
    _numbered_from_zero(record)
    url = reverse("woo:record", args=[record.pk])
    response = woo_client.get(url, {"datum": "2024-03-12"})
    assert response.status_code == 302
    assert "pagina=1" in response["Location"]
    assert response["Location"].endswith("#bericht-nr-1")


def test_naar_bericht_past_the_last_message_says_so(make_record, woo_client):
    # "Naar bericht #" 99999 said "Pagina 22 bestaat niet; u ziet de laatste pagina (21)": the
    # officer typed a message number, not a page.
    record = make_record(["Eerste bericht", "Tweede bericht", "Derde bericht"])
    _numbered_from_zero(record)
    url = reverse("woo:record", args=[record.pk])
    response = woo_client.get(url, {"nummer": "99999"}, follow=True)
    html = response.content.decode()
    assert "Bericht #99.999 bestaat niet in dit archiefstuk; het laatste is #3." in html
    assert "bestaat niet; u ziet de laatste pagina" not in html
    assert response.redirect_chain[-1][0].endswith("#bericht-nr-3")
