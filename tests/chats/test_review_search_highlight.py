"""A search within the chat on the review page marks where each hit stands in the messages
(walk of stop 33: 642 hits for 'bestrating' and nothing in the text said where the word was)."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from chats.models import Message
from tests.factories import MediaItemFactory, processed_submission

pytestmark = pytest.mark.django_db


def review(client, submission, **params):
    url = reverse("admin:chats_submission_review", args=[submission.pk])
    return client.get(url, params).content.decode()


class Pieces(HTMLParser):
    """The top-level pieces of each `.rv-text` block: (data-o, classes, text) per piece."""

    def __init__(self):
        super().__init__()
        self.blocks: dict[str, list[list]] = {}
        self.block: str | None = None
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.block is None:
            if "rv-text" in (attrs.get("class") or "").split():
                self.block = f"{attrs['data-target']}-{attrs['data-id']}"
                self.blocks[self.block] = []
                self.depth = 0
            return
        self.depth += 1
        if self.depth == 1:
            self.blocks[self.block].append([attrs.get("data-o"), attrs.get("class") or "", ""])

    def handle_endtag(self, tag):
        if self.block is None:
            return
        if self.depth == 0:
            self.block = None
        else:
            self.depth -= 1

    def handle_data(self, data):
        if self.block is not None and self.depth >= 1:
            self.blocks[self.block][-1][2] += data


def pieces_of(html: str) -> dict[str, list[list]]:
    parser = Pieces()
    parser.feed(html)
    return parser.blocks


def test_every_hit_of_the_search_is_marked_in_its_message(ib_client):
    submission = processed_submission(messages=12)
    html = review(ib_client, submission, zoek="BOOM")
    hits = Message.objects.filter(submission=submission, text__icontains="boom")
    blocks = pieces_of(html)
    for message in hits:
        pieces = blocks[f"message-{message.pk}"]
        marked = [text for _, css, text in pieces if "rv-hit" in css.split()]
        assert marked == ["boom"] * message.text.lower().count("boom"), message.text


def test_the_marked_pieces_keep_the_offsets_the_selection_script_reads(ib_client):
    # The redaction script maps a selection to the original text through each piece's data-o:
    # a hit must be a piece of its own, with its own offset, and the pieces together the text.
    submission = processed_submission(messages=6)
    html = review(ib_client, submission, zoek="an")
    blocks = pieces_of(html)
    checked = 0
    for message in Message.objects.filter(submission=submission, text__icontains="an"):
        pieces = blocks[f"message-{message.pk}"]
        assert "".join(text for _, _, text in pieces) == message.text
        for offset, _, text in pieces:
            assert message.text[int(offset) : int(offset) + len(text)] == text
        checked += any("rv-hit" in css.split() for _, css, _ in pieces)
    assert checked >= 3


def test_a_hit_in_an_attachments_text_is_marked_too(ib_client):
    submission = processed_submission(messages=20)
    holder = Message.objects.filter(submission=submission, text="").order_by("seq").last()
    item = MediaItemFactory(
        submission=submission,
        seq=7,
        message=holder,
        mime_type="application/pdf",
        ocr_text="Rapport rioolputdeksel Vledderstraat, opgesteld door de buitendienst.",
        ocr_text_redacted="Rapport rioolputdeksel [ADRES], opgesteld door de buitendienst.",
    )
    blocks = pieces_of(review(ib_client, submission, zoek="RioolPut"))
    marked = [text for _, css, text in blocks[f"media-{item.pk}"] if "rv-hit" in css.split()]
    assert marked == ["rioolput"]


def test_without_a_search_nothing_is_marked_as_a_hit(ib_client):
    submission = processed_submission(messages=12)
    assert "rv-hit" not in review(ib_client, submission)
