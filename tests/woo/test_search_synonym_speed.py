"""Issue 17 (perfsearch): a search checks every synonym group against each typed word, several
times (its synonyms, their heads, their families). The word's forms (the word and the singulars
its plural may have) and its initials are the same for every group and every search: worked out
once per word and process, not once per group. The groups found are the same as before.
"""

import pytest

from woo import expansion
from woo.expansion import _group_forms, synonym_heads, synonym_key

GROUPS = [[f"woord{i}", f"ander{i}"] for i in range(200)] + [
    ["explosie", "ontploffing"],
    ["afvalprikker", "afvalgrijper"],
]


def _clear():
    for function in (_group_forms, expansion._initials):
        getattr(function, "cache_clear", lambda: None)()


@pytest.fixture(autouse=True)
def _fresh_caches():
    _clear()
    yield
    _clear()


def test_a_plural_still_finds_its_group():
    assert synonym_key("explosies", ["explosie", "ontploffing"])
    assert synonym_key("explosie", ["explosie", "ontploffing"])
    assert synonym_key("ontploffingen", ["explosie", "ontploffing"])
    assert not synonym_key("ontploffen", ["explosie", "ontploffing"])
    assert not synonym_key("explosies", ["ontploffing"])
    assert [g for g in GROUPS if synonym_key("explosies", g)] == [["explosie", "ontploffing"]]


def test_the_forms_of_a_word_are_worked_out_once_not_per_group(monkeypatch):
    calls = []
    singular_forms = expansion.singular_forms

    def counted(word):
        calls.append(word)
        return singular_forms(word)

    monkeypatch.setattr(expansion, "singular_forms", counted)
    assert synonym_heads("afvalprikkers", "afval", GROUPS) == ["grijper"]
    assert [g for g in GROUPS if synonym_key("afvalprikkers", g)] == [GROUPS[-1]]
    assert calls == ["afvalprikkers"]  # on main: once for every group, 400 times and more


def test_the_forms_cannot_be_changed_by_a_caller():
    forms = _group_forms("kroegen")
    assert forms == {"kroegen", "kroeg"}
    with pytest.raises(AttributeError):
        forms.add("x")


def test_initials_are_worked_out_once_per_word(monkeypatch):
    calls = []
    is_part = expansion._is_part

    def counted(part, words):
        calls.append(part)
        return is_part(part, words)

    monkeypatch.setattr(expansion, "_is_part", counted)
    first = expansion.initialisms("jeugdgezondheidszorg")
    assert "jgz" in first
    made = len(calls)
    assert made
    assert expansion.initialisms("jeugdgezondheidszorg") == first
    assert expansion.word_initialisms("jeugdgezondheidszorg") == expansion.word_initialisms(
        "jeugdgezondheidszorg"
    )
    assert len(calls) == made


@pytest.mark.django_db
def test_the_groups_are_read_every_search_and_split_only_when_changed(
    monkeypatch, django_assert_num_queries
):
    from woo.models import Synoniemgroep

    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="explosie, ontploffing")
    with django_assert_num_queries(1):
        first = expansion._synonyms()
    assert first == [["explosie", "ontploffing"]]
    calls = []
    split = expansion.synonym_words
    monkeypatch.setattr(expansion, "synonym_words", lambda text: calls.append(text) or split(text))
    with django_assert_num_queries(1):
        assert expansion._synonyms() == first  # read again, not split again
    assert calls == []
    Synoniemgroep.objects.create(woorden="Afvalprikker, afvalgrijper")
    assert expansion._synonyms() == [["afvalprikker", "afvalgrijper"], ["explosie", "ontploffing"]]
    assert calls == ["Afvalprikker, afvalgrijper", "explosie, ontploffing"]
