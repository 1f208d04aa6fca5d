"""Issue 17, speed (stop 53): the exchange around the hits and the result list do less work a
request (no map of every window entry to its position, no (woorden, agenda) pair per stored
row, the snippets under a result walked once for the shown and the folded ones); what they
give is pinned here, as main gave it."""

from datetime import UTC, datetime, timedelta

import pytest

from woo import search as search_module
from woo.relevance import exchange_candidates, exchange_candidates_of
from woo.search import HITS_SHOWN, RecordHits, Snippet, _small_talk_and_agenda


def test_the_candidates_come_in_chat_order_whatever_order_they_are_found_in():
    """The context after the first hit is found first, that before the second hit after the
    context after it: the list is in the chat's order all the same."""
    start = datetime(2024, 3, 12, 9, 0, tzinfo=UTC)
    entries = [(10 + i, start + timedelta(minutes=i)) for i in range(10)]
    # Hits 10 and 15: 11 and 12 follow 10; 16 and 17 follow 15; 14 and 13 come before 15.
    assert exchange_candidates(entries, {10, 15}, after=2, before=2) == [11, 12, 13, 14, 16, 17]
    # As the search reads them: times in microseconds since the epoch, days given.
    us = [(entry_id, int(at.timestamp() * 1_000_000)) for entry_id, at in entries]
    days = [0] * len(us)
    span = 120 * 60_000_000
    assert exchange_candidates_of(us, days, {15, 10}, after=2, before=2, span=span) == [
        11,
        12,
        13,
        14,
        16,
        17,
    ]
    # The next day ends the exchange; a chat of two carries it over one night.
    days = [0] * 6 + [1] * 4
    assert exchange_candidates_of(us, days, {14}, after=3, before=0, span=span) == [15]
    assert exchange_candidates_of(
        us, days, {14}, after=3, before=0, span=span, days_apart=True
    ) == [15, 16, 17]


def test_small_talk_and_agenda_points_from_stored_words_and_from_text(monkeypatch):
    counts = {"koffie": 500, "prima": 800, "dank": 900, "asbest": 3, "kelder": 7}
    monkeypatch.setattr(search_module, "vocabulary_counts", lambda words: counts)
    rows = [
        (1, None, None, "bericht", 1, 0, "Koffie?"),
        (2, None, None, "bericht", 2, 0, "Asbest in de kelder"),
        (3, None, None, "bericht", 3, 0, "1. Begroting"),
        (4, None, None, "bericht", 4, 0, "Prima, dank"),
        (5, None, None, "bericht", 5, 0, "2. Asbest"),
        (6, None, None, "bericht", 6, 0, "Zeldzaamwoord"),
    ]
    # Stored words decide where they are (entry 2's made small talk on purpose, entry 4's
    # made content); entries 5 and 6 are judged from their text.
    stored = ({1: "koffie", 2: "prima", 3: "begroting", 4: "asbest"}, {3})
    small_talk, agenda = _small_talk_and_agenda(rows, stored, 1000, 0.01)
    assert small_talk == {1, 2}
    assert agenda == {3, 5}
    # No stored words: everything from the text.
    small_talk, agenda = _small_talk_and_agenda(rows, ({}, set()), 1000, 0.01)
    assert small_talk == {1, 4}
    assert agenda == {3, 5}


def _snippet(seq: int, related: bool) -> Snippet:
    return Snippet(seq, seq, None, "bericht", seq, None, f"tekst {seq}", related=related)


def test_the_shown_and_folded_snippets_of_a_result():
    # Context early in the chat, more hits than are shown at once.
    snippets = tuple(_snippet(seq, related=seq in (1, 2, 6)) for seq in range(1, 12))
    result = RecordHits(submission=None, hits=8, rank=1.0, snippets=snippets)
    shown, more = result.shown_and_more()
    assert [s.seq for s in shown] == [3, 4, 5, 7, 8][:HITS_SHOWN]
    assert [s.seq for s in more] == [1, 2, 6, 9, 10, 11]
    assert (shown, more) == (result.shown, result.more)
    few = RecordHits(submission=None, hits=2, rank=1.0, snippets=snippets[:4])
    assert [s.seq for s in few.shown] == [1, 2, 3, 4] and few.more == ()


@pytest.mark.django_db
def test_a_page_with_exchanges_is_the_same_as_main_gave(make_record, woo_client):
    """A headed conversation (its opening merged with the hits' exchanges) and one that is not:
    the context shown, in chat order, as main 2910635a showed it."""
    from tests.woo.small_talk import archive_with_small_talk
    from woo.query import parse_query
    from woo.search import SearchFilters, search

    archive_with_small_talk(make_record)
    make_record(
        [
            "Morgen begint de bomenkap aan de Stationsweg.",
            "Koffie?",
            "Hoeveel essen gaan er om?",
            "Waardoor moeten ze weg?",
            "Ik werk morgen thuis",
            "Veertien essen, allemaal ziek door de essentaksterfte.",
            "Top, dank je",
            "1. Begroting groenonderhoud",
            "De maaiploeg rijdt vrijdag.",
        ],
        onderwerp="Bomenkap Stationsweg",
    )
    make_record(
        [
            "De aannemer meldt dat de renovatie van het zwembad duurder wordt.",
            "Koffie?",
            "Waardoor?",
            "Asbest in de kelder en de staalprijzen.",
            "Prima",
            "De bomenkap in het park is uitgesteld.",
        ]
    )
    shown = {
        q: [
            [(s.seq, s.related) for s in record.snippets]
            for record in search(parse_query(q), SearchFilters()).records
        ]
        for q in ("bomenkap", "essen", "renovatie zwembad")
    }
    assert shown == EXPECTED_SHOWN
    assert woo_client.get("/woo/zoeken/", {"q": "bomenkap"}).status_code == 200


EXPECTED_SHOWN = {
    # Headed by its subject: the hit, its exchange and the opening's content messages.
    "bomenkap": [
        [(1, False), (3, True), (4, True), (6, True), (9, True)],
        [(3, True), (4, True), (6, False)],
    ],
    "essen": [[(1, True), (3, False), (4, True), (6, False)]],
    "renovatie zwembad": [[(1, False), (3, True), (4, True), (6, True)]],
}
