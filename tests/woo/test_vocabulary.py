"""The archive's vocabulary (woo.Woord, behind compound splitting and spelling suggestions)
follows the index: a record indexed again counts once, and a record that leaves the index takes
its words with it. Both failed before: counts only grew, so the words of a record taken out of
the archive stayed available to suggestions until a full `vocabulary_rebuild`."""

import threading

import pytest
from django.db import connection, connections, transaction

from chats.constants import SubmissionStatus
from woo.indexing import index_submission, vocabulary_add, vocabulary_remove
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


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="rijvergrendeling en deadlocks: alleen PostgreSQL"
)
@pytest.mark.django_db(transaction=True)
def test_two_workers_indexing_again_at_once_do_not_deadlock(make_record):
    """Indexing again takes the old words out and puts the new ones in, in one transaction. Two
    workers doing so for records whose words cross (A: out "zwaluwnest", in "kikkerpoel"; B:
    the other way round) locked the same vocabulary rows in opposite order: a deadlock, and one
    record left unindexed. Vocabulary writes now queue behind one lock per transaction."""
    first = make_record(["zwaluwnest"], onderwerp="Zwaluwnest")
    second = make_record(["kikkerpoel"], onderwerp="Kikkerpoel")
    assert counts("zwaluwnest", "kikkerpoel") == {"zwaluwnest": 2, "kikkerpoel": 2}
    a_holds, b_holds = threading.Event(), threading.Event()
    errors = []

    def worker_a():
        try:
            with transaction.atomic():
                vocabulary_remove(submission_ids=[first.pk])
                a_holds.set()
                b_holds.wait(timeout=3)  # B cannot take its lock while A holds the vocabulary
                vocabulary_add(submission_ids=[second.pk])
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    def worker_b():
        try:
            a_holds.wait(timeout=10)
            with transaction.atomic():
                vocabulary_remove(submission_ids=[second.pk])
                b_holds.set()
                vocabulary_add(submission_ids=[first.pk])
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker_a), threading.Thread(target=worker_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    # A: zwaluwnest out, kikkerpoel in; B: kikkerpoel out, zwaluwnest in: back where they began.
    assert counts("zwaluwnest", "kikkerpoel") == {"zwaluwnest": 2, "kikkerpoel": 2}


@pytest.mark.django_db
def test_a_corrected_subject_moves_its_words_in_the_vocabulary(make_record):
    # Left from stop 26: Informatiebeheer's corrected subject was searched at once, but the
    # vocabulary kept the old subject's words (suggested forever) and never learnt the new ones.
    record = make_record(["Klaar voor vandaag"], onderwerp="Piketdienst zomer")
    assert counts("piketdienst", "zomer", "winter") == {"piketdienst": 1, "zomer": 1}
    record.onderwerp_redacted = "Piketdienst winter"
    record.save(update_fields=["onderwerp_redacted"])
    assert counts("piketdienst", "zomer", "winter") == {"piketdienst": 1, "winter": 1}
