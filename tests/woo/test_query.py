"""Parsing what a Woo officer types: websearch syntax with Dutch `of`, never failing."""

import pytest

from woo.query import MAX_QUERY_LENGTH, Term, parse_query


def test_plain_words_must_all_occur():
    query = parse_query("omgewaaide boom")
    assert query.clauses == ((Term("omgewaaide"),), (Term("boom"),))
    assert query.websearch() == "omgewaaide boom"


def test_dutch_of_becomes_websearch_or():
    query = parse_query("subsidie of vergunning asbest")
    assert query.clauses == ((Term("subsidie"), Term("vergunning")), (Term("asbest"),))
    assert query.websearch() == "subsidie or vergunning asbest"


def test_of_inside_a_phrase_stays_a_word():
    query = parse_query('"wel of niet"')
    assert query.clauses == ((Term("wel of niet", phrase=True),),)
    assert query.websearch() == '"wel of niet"'


def test_phrases_and_exclusions():
    query = parse_query('"bestemmingsplan centrum" -parkeren -"blauwe zone"')
    assert query.clauses == ((Term("bestemmingsplan centrum", phrase=True),),)
    assert query.excluded == (
        Term("parkeren", negated=True),
        Term("blauwe zone", phrase=True, negated=True),
    )
    assert query.websearch() == '"bestemmingsplan centrum" -parkeren -"blauwe zone"'


def test_only_exclusions_is_an_empty_query():
    query = parse_query("-boom")
    assert query.is_empty
    assert query.excluded == (Term("boom", negated=True),)


def test_an_unclosed_quote_runs_to_the_end():
    query = parse_query('boom "aan de hoofdstraat')
    assert query.clauses[-1] == (Term("aan de hoofdstraat", phrase=True),)


@pytest.mark.parametrize(
    "raw",
    [
        '"',
        '""""',
        "\\",
        "\\\\' OR 1=1; --",
        "'; DROP TABLE woo_searchentry; --",
        "<script>alert(1)</script>",
        "boom\x00storm",
        "of or OF",
        "- - -",
        "!!! &&& ||| <-> :*",
        "\u202eevil",
        "a" * 10_000,
    ],
)
def test_hostile_input_gives_a_clean_query(raw):
    query = parse_query(raw)
    text = query.websearch()
    assert "\x00" not in text and "\\" not in text and "'" not in text
    assert len(query.raw) <= MAX_QUERY_LENGTH
    # Quotes only ever appear as balanced pairs around a phrase.
    assert text.count('"') % 2 == 0


def test_long_input_is_truncated_and_says_so():
    query = parse_query("boom " * 100)
    assert query.truncated
    assert len(query.raw) <= MAX_QUERY_LENGTH


def test_control_characters_separate_words():
    query = parse_query("boom\x00storm\tregen")
    assert [term.text for term in query.positive_terms()] == ["boom", "storm", "regen"]


def test_punctuation_at_word_edges_is_dropped_but_inner_hyphens_stay():
    query = parse_query("(boom), Z-2024-000123!")
    assert [term.text for term in query.positive_terms()] == ["boom", "Z-2024-000123"]
