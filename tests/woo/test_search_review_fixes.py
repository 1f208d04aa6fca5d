"""Review of round 11 (issue 17): a year with only common words, amounts that look like years,
and the cached vocabulary lookups after a record leaves the index. Each failed before its fix."""

import time

import pytest

from chats.constants import SubmissionStatus
from woo import expansion
from woo.indexing import index_submission
from woo.query import parse_query
from woo.search import SearchFilters, search


def run(text: str):
    return search(parse_query(text), SearchFilters(), per_page=50)


def ids(records) -> list[int]:
    return [record.submission.pk for record in records]


@pytest.mark.django_db
def test_a_year_with_only_common_words_is_searched_as_a_word(make_record):
    # "in 2025": with the year set apart nothing searchable would be left.
    named = make_record(["De bomenkap is uitgesteld tot in 2025", "Ok"])
    make_record(["De bomenkap is volgende week", "Ok"])
    outcome = run("in 2025")
    assert ids(outcome.full_records) == [named.pk]
    assert not outcome.notice  # not "alleen veelvoorkomende woorden"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "line",
    [
        "De bomenkap kost 2000 euro",
        "Bomenkap: € 1950 voor de aannemer",
        "Bomenkap, bel 06 2015 3344",
        "Bomenkap 2000 m2 bosplantsoen",
    ],
)
def test_an_amount_or_a_number_is_no_other_year(make_record, line):
    # "bomenkap 2025": only a message that names another year is about another period.
    chat = make_record([line, "Prima"])
    assert chat.pk in ids(run("bomenkap 2025").full_records)


@pytest.mark.django_db
def test_a_message_that_names_another_year_is_still_no_hit(make_record):
    other = make_record(["De bomenkap van 2023 was te laat", "Ja"])
    assert other.pk not in ids(run("bomenkap 2025").full_records)


@pytest.mark.django_db
def test_a_record_leaving_the_index_forgets_the_cached_lookups(
    make_record, django_capture_on_commit_callbacks
):
    record = make_record(["De bomenkap aan de Stationsweg", "Ok"])
    key = ("test", "initials", ("bk",))
    expansion._lookups_cache[key] = (time.monotonic(), {"bk"})
    record.status = SubmissionStatus.AFGEWEZEN
    record.save(update_fields=["status"])
    with django_capture_on_commit_callbacks(execute=True):
        index_submission(submission_id=record.pk)
    assert key not in expansion._lookups_cache
