"""Stop 55 (issue 17, the 1M-message bench): a search of several words does less work in
PostgreSQL, with the same results.

- The candidates of a conversation search are grouped per conversation and day, then per
  conversation (no window over every candidate's day); "all words in one message" follows
  from each clause's flag, not from a test of every clause at once on each candidate.
- The stored subject words of a record are made into a tsvector once per record, not once per
  typed word (_named_sql's flags).

The ranking tests hold on main as well: they pin what the cheaper statements must keep.
"""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from woo.query import parse_query
from woo.search import SearchFilters, search

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="de zoekopdracht per gesprek in deze vorm is PostgreSQL",
)


def run(text: str):
    return search(parse_query(text), SearchFilters(), per_page=50)


def ids(records) -> list[int]:
    return [record.submission.pk for record in records]


def filler(make_record) -> None:
    """Enough messages that a word of four is rare in the archive (relevance.MAX_SHARE)."""
    for i in range(6):
        make_record([f"Overleg {i}.{j} over de planning van week {j}" for j in range(40)])


@pytest.mark.django_db
def test_one_message_before_one_day_before_days_apart(make_record):
    # Minutes apart (make_record): one day. Every word in one message ranks first, then every
    # word on one day, then the words spread over the chat's days.
    apart = make_record(
        ["Het zwembad gaat open.", *["Dit staat los van alles."] * 1500, "Meerkosten!"],
    )
    one_day = make_record(["Het zwembad gaat open.", "Dit staat los van alles.", "Meerkosten!"])
    one_message = make_record(["De meerkosten van het zwembad zijn bekend."])
    outcome = run("zwembad meerkosten")
    assert ids(outcome.records) == [one_message.pk, one_day.pk, apart.pk]
    assert [record.hits for record in outcome.records] == [1, 2, 2]


@postgres_only
@pytest.mark.django_db
def test_a_conversation_search_groups_its_candidates_per_day_without_a_window(make_record):
    make_record(["Het zwembad gaat open.", "Meerkosten!"])
    with CaptureQueriesContext(connection) as captured:
        outcome = run("zwembad meerkosten")
    assert outcome.record_count == 1
    grouped = [q["sql"] for q in captured.captured_queries if "kept_days" in q["sql"]]
    assert len(grouped) == 1
    assert "GROUP BY submission_id, day" in grouped[0]
    assert " OVER w" not in grouped[0]


@postgres_only
@pytest.mark.django_db
def test_the_subject_words_are_made_a_tsvector_once_per_record(make_record):
    # As round 19's test: "braderie kramen" lists the fair's chat apart for "kramen", its
    # subject words name "braderie": it matches. The statement that tells makes the subject
    # words' tsvector once, for both typed words.
    from woo.indexing import kernwoorden_refresh

    fair = make_record(
        [
            "De braderie komt dit jaar op zaterdag",
            "Hoeveel deelnemers heeft de braderie?",
            "Veertig, de braderie loopt tot vijf uur",
            "Stroom voor de braderie regelt de elektricien",
            "Top",
        ],
        start=datetime(2024, 5, 1, 9, tzinfo=UTC),
    )
    other = make_record(["De kramen op de weekmarkt staan scheef", "Ik kijk"])
    filler(make_record)
    kernwoorden_refresh()
    with CaptureQueriesContext(connection) as captured:
        outcome = run("braderie kramen")
    assert fair.pk in ids(outcome.full_records)
    assert other.pk in ids(outcome.partial_records)
    named = [q["sql"] for q in captured.captured_queries if "subject_vector" in q["sql"]]
    assert named
    for sql in named:
        assert sql.count("to_tsvector('dutch', r.kernwoorden)") == 1
        assert sql.count("r.subject_vector @@") == 2  # one per typed word


@postgres_only
@pytest.mark.django_db
def test_one_day_is_a_day_in_the_archives_time_zone(make_record):
    # Review55b: "every word on one day" is a day as the record page shows it (Europe/Amsterdam,
    # _local_days), not a UTC day. Minutes apart either side of midnight: one just after UTC
    # midnight (02:00 in Meppel, both on 22 June), one around Meppel's midnight (both 21 June
    # in UTC).
    local_day = make_record(
        ["Het zwembad gaat open.", "Meerkosten!"], start=datetime(2024, 6, 21, 23, 58, tzinfo=UTC)
    )
    across_midnight = make_record(
        ["Het zwembad gaat open.", "Meerkosten!"], start=datetime(2024, 6, 21, 21, 58, tzinfo=UTC)
    )
    outcome = run("zwembad meerkosten")
    assert ids(outcome.records) == [local_day.pk, across_midnight.pk]
