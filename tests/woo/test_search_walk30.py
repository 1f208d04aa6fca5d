"""A word that ends in a function word is no compound with that word as its head (walk of stop
30: 'centimeter', once in a PDF, was also searched as 'centime' and 'ter', and 'ter plaatse'
made 639 hits in a 5,000-message chat)."""

import pytest

from woo.expansion import _split
from woo.query import parse_query
from woo.search import SearchFilters, search


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
