"""Review 45, defect 5: each process keeps the archive's vocabulary counts and lookups (spelling
suggestions, compounds, names) for VOCABULARY_CACHE_SECONDS. Only the process that indexed a
record (or blacked out more after the purge) forgot its cache; every other worker kept answering
from the old words for up to a minute. A shared version (woo.models.VocabularyVersion) is now
raised after every committed change of the vocabulary or the synonym list, and each search reads
it once (one primary-key lookup): a process whose cache was read under an older version forgets
it.

Two processes are simulated in one: "process A" reads the vocabulary, "process B" changes it
(with the in-process forgetting B does for itself), then A's module-level memo is put back as A
still holds it. The first test fails on main 1bce1751 (A kept its count of one).
"""

import pytest

from tests.woo.test_tighten_purged import (  # noqa: F401 - fixtures
    _black_out,
    own_store,
    purged,
)
from woo import expansion
from woo.expansion import vocabulary_cache_clear, vocabulary_counts
from woo.query import parse_query
from woo.search import SearchFilters, search

pytestmark = pytest.mark.django_db

MEMOS = ("_counts_cache", "_lookups_cache", "_vocabulary_synced")


def _process_state() -> dict:
    """What a process holds in memory of the vocabulary (copies)."""
    return {name: dict(getattr(expansion, name, {})) for name in MEMOS}


def _become(state: dict) -> None:
    """Hold exactly `state` in memory, as the other process would."""
    for name, memo in state.items():
        if hasattr(expansion, name):
            getattr(expansion, name).clear()
            getattr(expansion, name).update(memo)


def _shared_version() -> int:
    return getattr(expansion, "vocabulary_version", lambda: 0)()


def test_a_record_indexed_by_another_process_counts_at_the_next_search_here(
    make_record, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_record(["De kastanje op het plein bloeit", "Mooi"])
    vocabulary_cache_clear()
    search(parse_query("plein"), SearchFilters())  # process A searches: its caches fill
    assert vocabulary_counts({"kastanje"}) == {"kastanje": 1}
    process_a = _process_state()

    with django_capture_on_commit_callbacks(execute=True):  # process B indexes a record
        make_record(["Nog een kastanje bij de school", "Ok"])
    _become(process_a)  # A never ran B's in-process forgetting
    assert vocabulary_counts({"kastanje"}) == {"kastanje": 1}  # A's memo, as held

    search(parse_query("plein"), SearchFilters())  # A's next search
    assert vocabulary_counts({"kastanje"}) == {"kastanje": 2}


def test_unchanged_the_cache_is_kept_and_checking_costs_one_query(
    make_record, django_capture_on_commit_callbacks, django_assert_num_queries
):
    with django_capture_on_commit_callbacks(execute=True):
        make_record(["De kastanje op het plein bloeit", "Mooi"])
    expansion.vocabulary_cache_sync()
    assert vocabulary_counts({"kastanje"}) == {"kastanje": 1}
    with django_assert_num_queries(1):
        expansion.vocabulary_cache_sync()
        assert vocabulary_counts({"kastanje"}) == {"kastanje": 1}  # from the memo


def test_an_edited_synonym_group_raises_the_shared_version(
    woo_user, django_capture_on_commit_callbacks
):
    from woo.synonyms import SynoniemgroepForm, synoniemgroep_delete, synoniemgroep_save

    before = _shared_version()
    form = SynoniemgroepForm(data={"woorden": "kwispelstaart, zwiepstaart", "toelichting": ""})
    assert form.is_valid(), form.errors
    with django_capture_on_commit_callbacks(execute=True):
        groep = synoniemgroep_save(form=form, user=woo_user)
    saved = _shared_version()
    assert saved > before
    with django_capture_on_commit_callbacks(execute=True):
        synoniemgroep_delete(groep=groep, user=woo_user)
    assert _shared_version() > saved


def test_not_before_commit(woo_user, django_capture_on_commit_callbacks):
    # Raised only once the change is committed: a process reading before then reads old words.
    from woo.synonyms import SynoniemgroepForm, synoniemgroep_save

    before = _shared_version()
    form = SynoniemgroepForm(data={"woorden": "kwispelstaart, zwiepstaart", "toelichting": ""})
    assert form.is_valid(), form.errors
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        synoniemgroep_save(form=form, user=woo_user)
    assert _shared_version() == before
    assert callbacks


def test_a_blackout_after_the_purge_raises_the_shared_version(
    purged,  # noqa: F811 - the fixture imported above
    ib_client,
    django_capture_on_commit_callbacks,
):
    # The tightened record is indexed again: every process forgets the word at its next search.
    before = _shared_version()
    with django_capture_on_commit_callbacks(execute=True):
        _black_out(ib_client, purged)
    assert _shared_version() > before
