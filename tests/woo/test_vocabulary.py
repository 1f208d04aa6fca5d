"""The archive's vocabulary (woo.Woord, behind compound splitting and spelling suggestions)
follows the index: a record indexed again counts once, and a record that leaves the index takes
its words with it. Both failed before: counts only grew, so the words of a record taken out of
the archive stayed available to suggestions until a full `vocabulary_rebuild`."""

import pytest

from chats.constants import SubmissionStatus
from woo.indexing import index_submission
from woo.models import Woord


def counts(*words: str) -> dict[str, int]:
    return dict(Woord.objects.filter(woord__in=words).values_list("woord", "berichten"))


@pytest.mark.django_db
def test_indexing_a_record_again_counts_its_words_once(make_record):
    record = make_record(["De bomenkap aan de Stationsweg", "bomenkap klaar"])
    assert counts("bomenkap", "stationsweg") == {"bomenkap": 2, "stationsweg": 1}
    index_submission(submission_id=record.pk)
    index_submission(submission_id=record.pk)
    assert counts("bomenkap", "stationsweg") == {"bomenkap": 2, "stationsweg": 1}


@pytest.mark.django_db
def test_a_record_leaving_the_index_takes_its_words_along(make_record):
    leaving = make_record(["De bomenkap aan de Zwartewaterallee", "Kapvergunning verleend"])
    staying = make_record(["Bomenkap uitgesteld"])
    assert counts("bomenkap", "zwartewaterallee", "kapvergunning") == {
        "bomenkap": 2,
        "zwartewaterallee": 1,
        "kapvergunning": 1,
    }
    leaving.status = SubmissionStatus.AFGEWEZEN
    leaving.save(update_fields=["status"])
    index_submission(submission_id=leaving.pk)
    # Its own words are gone; a word another record still holds stays, counted for that one.
    assert counts("bomenkap", "zwartewaterallee", "kapvergunning") == {"bomenkap": 1}
    staying.refresh_from_db()
    assert staying.status == SubmissionStatus.GEARCHIVEERD
