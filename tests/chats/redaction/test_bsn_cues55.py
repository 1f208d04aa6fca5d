"""Review 55: an old BSN (or sofinummer) written with its leading 0 left off, eight digits by
four, after the word BSN and a few words naming whose it is ("burgerservicenummer moeder
1234 5672") is a BSN when the 0 put back passes the 11-proef; a BSN in dotted groups opening
with a 0 ("bsn 04.996.9444") is one too. Numbers of their own (012345672 and 049969444 pass)."""

import pytest

from chats.redaction.detector import detect
from chats.redaction.identifiers import find_bsns


def labelled(text: str) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in detect(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("burgerservicenummer moeder 1234 5672", "1234 5672"),
        ("bsn vader: 1234 5672", "1234 5672"),
        ("BSN van mijn dochter 1234 5672", "1234 5672"),
        ("bsn zoon: 1234 5672", "1234 5672"),
        ("Het bsn-nummer van haar partner is 1234 5672", "1234 5672"),
        ("sofinummer van zijn vader: 1234 5672", "1234 5672"),
        ("bsn 1234 5672", "1234 5672"),
        ("BSN: 1234.5672", "1234.5672"),
        ("Graag nog het bsn moeder: 1234 5672, dan kan ik verder.", "1234 5672"),
        ("bsn moeder 12345672", "12345672"),
    ],
)
def test_eight_digits_passing_the_11_proef_with_their_0_after_a_bsn_cue_are_a_bsn(text, number):
    assert ("BSN", number) in labelled(text)
    assert [text[s.start : s.end] for s in find_bsns(text)] == [number]


@pytest.mark.parametrize(
    "text",
    ["bsn 04.996.9444", "BSN: 04.996.9444", "bsn moeder: 04.996.9444", "Mijn BSN is 04.996.9444."],
)
def test_a_bsn_in_dotted_groups_opening_with_a_0_after_the_cue_is_a_bsn(text):
    assert ("BSN", "04.996.9444") in labelled(text)


@pytest.mark.parametrize(
    "text",
    [
        "KvK 5065 0088",
        "KvK moeder 5065 0088",
        "factuur 1234 5672",
        "bsn volgt, factuur 1234 5672",
        "bedrag: 1234 5672 euro",
        "zaaknummer 1234 5672",
        "bel 0522 2456 of 06 1234 5672",
        "geboren 12-05-1980, bsn volgt",
        # eight digits whose 0 put back fails the 11-proef
        "bsn 1234 5673",
        "bsn moeder 1234 5673",
        "burgerservicenummer vader: 12345673",
        # a name, not the word sofi(nummer); a relation word that is not whose BSN it is
        "Sofie: 1234 5672",
        "bsn moeder volgt morgen 1234 5672",
    ],
)
def test_other_eight_digit_numbers_stay(text):
    assert not [v for label, v in labelled(text) if label == "BSN"]
