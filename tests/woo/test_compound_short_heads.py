"""A dictionary word is not cut before a short head the archive does not hold (round 18's
report: "autoriteit" was searched as "autorit" and "eit", which the results page listed under
"Ook gezocht op" and which find car rides, or nothing)."""

import pytest

from woo.expansion import _split


@pytest.mark.parametrize("word", ["autoriteit", "prioriteit", "majoriteit"])
def test_no_cut_before_a_short_head_the_archive_lacks(word):
    assert _split(word, {"rit": 3}) is None


def test_a_short_head_the_archive_holds_still_counts():
    # Round 18's own case: "datalek" finds "het lek".
    assert _split("datalek", {"lek": 4}) == ("data", "lek")


@pytest.mark.parametrize(
    ("word", "counts"),
    [
        ("herstellen", {"herstellen": 536}),
        ("opstellen", {}),
        ("terugbellen", {}),
        ("vastleggen", {}),
        ("bestellen", {"bestellen": 4}),
    ],
)
def test_a_doubled_consonant_and_an_ending_is_no_head(word, counts):
    # walk37: "bestrating herstellen" said "Ook gezocht op: len" (the verb cut as
    # "herstel|len"), "afspraken vastleggen" "gen, vastleg"; "len" and "gen" are the verb's
    # doubled consonant and ending, not a word of the compound.
    assert _split(word, counts) is None
