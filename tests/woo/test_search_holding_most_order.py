"""Review 45, defect 1: `_PostgresSearch._holding_most` read CANDIDATE_LIMIT records holding any
word of the query with LIMIT and no ORDER BY, so which records it weighed (and listed apart)
depended on the heap order: past the limit, a conversation holding more words than all the
others read could be left out while those holding fewer were listed. It now reads the records
holding the most words first (newest first among equals), the order its intent needs.

Fails on main 1bce1751 (PostgreSQL): the first four records in heap order came back.
"""

import pytest
from django.db import connection

from tests.woo.test_search_round19 import filler, ids, run

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="_holding_most is the PostgreSQL search's"
    ),
]

QUERY = "tulpen vijver bankje fontein"


def _four_one_word_chats_then_one_with_two(make_record):
    """Each word written somewhere, never three together (no record holds all words but one);
    the chat holding two words is stored last, so it is the last in heap order."""
    filler(make_record)
    singles = [
        make_record(["De tulpen staan er prachtig bij", "Ok"]),
        make_record(["Er ligt afval in de vijver", "Ik bel"]),
        make_record(["Het bankje bij de school is stuk", "Jammer"]),
        make_record(["De fontein spuit weer", "Mooi"]),
    ]
    both = make_record(["Bij de vijver is een nieuw bankje geplaatst", "Prima"])
    return singles, both


def test_past_the_candidate_limit_the_record_holding_most_words_is_read_first(
    make_record, monkeypatch
):
    singles, both = _four_one_word_chats_then_one_with_two(make_record)
    # Fewer candidates than records holding a word: the limit decides which are weighed.
    monkeypatch.setattr("woo.search.CANDIDATE_LIMIT", 4)
    outcome = run(QUERY)
    listed = ids(outcome.partial_records)
    assert both.pk in listed
    assert not set(listed) & {chat.pk for chat in singles}
    assert not outcome.full_records


def test_within_the_limit_the_result_is_the_same(make_record):
    # Guard: with every candidate read, the chat holding the most words is listed alone.
    singles, both = _four_one_word_chats_then_one_with_two(make_record)
    outcome = run(QUERY)
    listed = ids(outcome.partial_records)
    assert both.pk in listed
    assert not set(listed) & {chat.pk for chat in singles}
