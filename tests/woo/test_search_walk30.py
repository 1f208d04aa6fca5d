"""A word that ends in a function word is no compound with that word as its head (walk of stop
30: 'centimeter', once in a PDF, was also searched as 'centime' and 'ter', and 'ter plaatse'
made 639 hits in a 5,000-message chat)."""

import pytest
from django.utils.safestring import mark_safe

from woo.expansion import _split
from woo.query import parse_query
from woo.search import RecordHits, SearchFilters, Snippet, search
from woo.templatetags.woo_tags import _hit_items


@pytest.mark.parametrize(
    ("word", "function_word"),
    [
        ("centimeter", "ter"),
        ("bezitter", "ter"),
        ("parkeerder", "der"),
        ("meppelder", "der"),
        ("babysitter", "ter"),
        ("veluwenaar", "naar"),
        ("schalmen", "men"),
    ],
)
def test_a_function_word_is_no_head(word, function_word):
    assert _split(word, {function_word: 40}) is None


@pytest.mark.parametrize(
    ("word", "parts"),
    [("ijzermijn", ("ijzer", "mijn")), ("middenmeer", ("midden", "meer"))],
)
def test_a_noun_that_is_also_a_stop_word_stays_a_head(word, parts):
    # 'mijn' (a mine) and 'meer' (a lake) are nouns as well.
    assert _split(word, {parts[1]: 40}) == parts


@pytest.mark.django_db
def test_a_measure_finds_no_messages_about_being_on_the_spot(make_record):
    on_the_spot = make_record(["Handhaving is om 10 uur ter plaatse", "Ik ga ter controle mee"])
    wall = make_record(["De scheur is 40 centimeter lang", "Wordt gestut"])
    outcome = search(parse_query("centimeter"), SearchFilters())
    found = [record.submission.pk for record in outcome.full_records]
    assert wall.pk in found
    assert on_the_spot.pk not in found
    assert "ter" not in outcome.also


def snippet(seq: int, *, related: bool) -> Snippet:
    return Snippet(
        entry_id=seq,
        message_id=seq,
        media_id=None,
        source="message",
        seq=seq,
        sent_at=None,
        html=mark_safe(f"bericht {seq}"),
        related=related,
        exchange=related,
    )


def test_the_hits_of_a_record_are_shown_before_their_context_is():
    # Walk of stop 30: 'kademuur' in a 5,000-message chat showed five messages of context from
    # the chat's start and hid both hits (a PDF and a message) behind 'Nog 24 berichten'.
    context = [snippet(seq, related=True) for seq in (3, 4, 6, 7, 9, 11, 12)]
    hits = [snippet(1200, related=False), snippet(3272, related=False)]
    tail = [snippet(3273, related=True)]
    record = RecordHits(
        submission=None, hits=2, rank=1.0, snippets=(*context, hits[0], hits[1], *tail)
    )
    assert [s.seq for s in record.shown] == [3, 4, 6, 1200, 3272]
    assert [s.seq for s in record.more] == [7, 9, 11, 12, 3273]


def test_more_hits_than_fit_show_the_first_hits_in_chat_order():
    snippets = [snippet(seq, related=seq % 2 == 0) for seq in range(1, 15)]
    record = RecordHits(submission=None, hits=7, rank=1.0, snippets=tuple(snippets))
    assert [s.seq for s in record.shown] == [1, 3, 5, 7, 9]
    assert len(record.shown) + len(record.more) == 14
    assert [s.seq for s in record.more] == [2, 4, 6, 8, 10, 11, 12, 13, 14]


def ocr_snippet(*, message_id):
    return Snippet(
        entry_id=8,
        message_id=message_id,
        media_id=31,
        source="ocr",
        seq=1200,
        sent_at=None,
        html=mark_safe("De scheur in de <mark>kademuur</mark>"),
    )


def hit_label(snippet) -> str:
    html = _hit_items(
        [snippet], False, None, "/woo/archiefstukken/3/", "q", None, None, False, None
    )
    return html.split('text-nowrap">', 1)[1].split("<", 1)[0]


def test_text_read_from_an_attachment_is_labelled_as_an_attachments():
    # The index's 'ocr' entries hold a PDF's text as well as a photo's; the hit of a PDF sent
    # in the chat was labelled '· afbeelding' (walk of stop 30). A loose screenshot stays one.
    assert hit_label(ocr_snippet(message_id=77)) == "#1201 · bijlage"
    assert hit_label(ocr_snippet(message_id=None)) == "#1201 · afbeelding"
