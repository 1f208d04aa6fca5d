"""A message listed twice under a search result (its text and the text read from its attachment)
got the anchor id="treffer-<message>" twice: an HTML id must be unique (assistive technology
and the "next" link of an add form land on the first), review of stop 34. The first line of a
message carries it."""

import re

from django.urls import reverse

from woo.indexing import index_submission


def test_a_message_listed_twice_has_its_anchor_once(make_record, make_media, woo_client):
    chat = make_record(["De kastanje aan de Kerkweg is ziek, foto erbij", "Ok"])
    message = chat.messages.get(seq=1)
    read = "Kastanje Kerkweg: zwam aan de stam"
    make_media(chat, message, original=b"p", derived=b"p", ocr=read, ocr_redacted=read)
    index_submission(submission_id=chat.pk)
    html = woo_client.get(reverse("woo:search"), {"q": "kastanje"}).content.decode()
    lines = re.findall(rf'<li [^>]*data-message="{message.pk}"[^>]*>', html)
    assert len(lines) == 2  # the message's text and its attachment's
    assert html.count(f'id="treffer-{message.pk}"') == 1
