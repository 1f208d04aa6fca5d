"""Span type, labels, placeholders and overlap resolution."""

import dataclasses

import pytest

from chats.redaction.spans import LABELS, PLACEHOLDERS, Span, chat_messages, resolve


def test_every_label_has_a_dutch_placeholder():
    assert set(PLACEHOLDERS) == set(LABELS)
    assert PLACEHOLDERS["PERSON"] == "[NAAM]"
    assert PLACEHOLDERS["PHONE"] == "[TELEFOONNUMMER]"


def test_a_span_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Span(0, 3, "PERSON").start = 1  # type: ignore[misc]


def test_resolve_merges_overlapping_spans_of_one_label():
    assert resolve([Span(0, 5, "PERSON"), Span(3, 9, "PERSON")]) == [Span(0, 9, "PERSON")]


def test_resolve_lets_the_stronger_label_win_and_keeps_what_sticks_out():
    spans = resolve([Span(0, 20, "PERSON"), Span(5, 10, "EMAIL")])
    assert spans == [Span(0, 5, "PERSON"), Span(5, 10, "EMAIL"), Span(10, 20, "PERSON")]


def test_resolve_drops_a_weaker_span_inside_a_stronger_one():
    assert resolve([Span(0, 14, "ADDRESS"), Span(0, 6, "PERSON")]) == [Span(0, 14, "ADDRESS")]


def test_resolve_returns_sorted_spans():
    spans = resolve([Span(20, 25, "BSN"), Span(0, 3, "PERSON"), Span(10, 12, "POSTCODE")])
    assert [s.start for s in spans] == [0, 10, 20]


def test_chat_messages_walks_the_messages_with_text_and_the_one_before_each():
    texts = ["Geboortedatum?", "12-03-1961", "", "ok", "٣ uur"]
    found = [[], [Span(0, 10, "DATE_OF_BIRTH")], [], [], []]
    walked = list(chat_messages(texts, found))
    assert walked == [
        (0, "Geboortedatum?", [], "", False),
        (1, "12-03-1961", [Span(0, 10, "DATE_OF_BIRTH")], "Geboortedatum?", True),
        # (an empty message: the next one has no message before it)
        (3, "ok", [], "", False),
        # (a digit of any script, as the chat passes' "\d" read it)
        (4, "٣ uur", [], "ok", True),
    ]
    assert walked[1][2] is found[1]
