"""The record page put the "samenhang" badge on every message with a related line, also on one
whose other line is a hit (a message's text related, its attachment's text holding the word):
the hit bar counted it as a hit and the message said it held none of the words (review of stop
34). A message with a hit gets no samenhang badge."""

from django.urls import reverse
from django.utils.safestring import mark_safe

from woo import views
from woo.search import RecordHit


def test_a_message_with_a_hit_gets_no_samenhang_badge(make_record, woo_client, monkeypatch):
    chat = make_record(["Foto van de zieke kastanje", "Ok"])
    message = chat.messages.get(seq=1)

    def hits(query, submission_id, mode):
        return [
            RecordHit(message.pk, None, message.seq, "bericht", mark_safe("Foto"), True, 1),
            RecordHit(message.pk, 1, message.seq, "ocr", mark_safe("<mark>x</mark>"), False, 2),
        ]

    monkeypatch.setattr(views, "record_hits", hits)
    page = woo_client.get(reverse("woo:record", args=[chat.pk]), {"zoek": "kastanje"})
    html = page.content.decode()
    assert page.context["direct_count"] == 1
    assert "woo-related-badge" not in html
