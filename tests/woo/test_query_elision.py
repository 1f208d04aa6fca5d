"""A word written with its shared head left out ("dak- en thuislozen", "brand- en
rookmelders") is searched as the whole compound, either one (round 18's report: "dak- en
thuislozen" searched "dak", which found every "dakdekker")."""

import pytest

from woo.query import Term, parse_query


@pytest.mark.parametrize(
    ("typed", "clause"),
    [
        ("dak- en thuislozen", ("daklozen", "thuislozen")),
        ("brand- en rookmelders", ("brandmelders", "rookmelders")),
        ("Bouw- of woningtoezicht", ("Bouwtoezicht", "woningtoezicht")),
    ],
)
def test_the_elided_word_gets_the_head_of_the_next_and_either_is_enough(typed, clause):
    query = parse_query(typed)
    assert query.clauses == (tuple(Term(word) for word in clause),)


def test_the_rest_of_the_query_stays_as_typed():
    query = parse_query("opvang dak- en thuislozen 2024")
    assert query.clauses[0] == (Term("opvang"),)
    assert query.clauses[1] == (Term("daklozen"), Term("thuislozen"))


@pytest.mark.parametrize("typed", ["Z-2024-000123 en bezwaar", "e-mail en brief", "zuid- en"])
def test_hyphens_inside_words_and_a_dangling_hyphen_are_left_alone(typed):
    words = [term.text for clause in parse_query(typed).clauses for term in clause]
    assert "daklozen" not in words
    assert all(not word.endswith("-") for word in words)
    assert parse_query("Z-2024-000123 en bezwaar").clauses[0] == (Term("Z-2024-000123"),)
