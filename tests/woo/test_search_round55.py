"""Issue 17, round 55 (w55): a cause found on set 33, fixed at the general level.

- A typed weak participle also finds the noun its verb is made of, where the archive holds it:
  Dutch makes a verb of a noun as it is ("het lek" → "lekken", "gelekt"). Set 33's R5 queries
  "vertrouwelijke nota gelekt" and "uitgelekt" did not list the chat "Onderzoek lek", which
  names the leak, never the leaking (expansion.participle_stem, the inverse of
  _participle_forms). The word must be a verb: a particle before its ge- ("uitgelekt") or a
  form only the verb has in the archive ("lekkende", "uitlekken"); "gezond" is no
  participle of "zon".

On main fffb22dc the module fails on its import; with participle_stem made to find nothing,
the two tests that are no guards fail.
"""

import pytest

from tests.woo.test_search_round19 import filler, ids, run
from woo.expansion import participle_stem


def test_a_participle_after_a_particle_names_its_noun():
    assert participle_stem("uitgelekt", {"lek": 3}) == "lek"


def test_a_bare_participle_needs_a_form_only_the_verb_has():
    assert participle_stem("gelekt", {"lek": 3}) is None
    assert participle_stem("gelekt", {"lek": 3, "lekkende": 1}) == "lek"
    assert participle_stem("gelekt", {"lek": 3, "doorlekken": 1}) == "lek"


def test_guard_no_participle_no_noun():
    # "gezond" finds no "zon": the plural "zonnen" shows no verb "zonnen".
    assert participle_stem("gezond", {"zon": 9, "zonnen": 3}) is None
    assert participle_stem("gewond", {"won": 9, "wonden": 4}) is None
    assert participle_stem("bestuurd", {"stuur": 9}) is None


@pytest.mark.django_db
def test_uitgelekt_lists_the_chat_that_names_the_leak(make_record):
    filler(make_record)
    leak = make_record(
        [
            "Wie is de bron van het lek naar de krant over de begroting?",
            "Geen idee, ik zoek het uit",
        ]
    )
    make_record(["De begroting gaat dinsdag naar de raad", "Top"])
    outcome = run("uitgelekt")
    assert leak.pk in ids([*outcome.full_records, *outcome.partial_records])


@pytest.mark.django_db
def test_gelekt_with_another_word_finds_the_leak_where_the_verb_is_written(make_record):
    filler(make_record)
    leak = make_record(["Het lek over het rapport wordt onderzocht", "Dank"])
    make_record(["Een lekkende kraan in de kantine, graag een loodgieter", "Komt eraan"])
    roads = make_record(["Het rapport over de wegen is klaar", "Mooi"])
    outcome = run("rapport gelekt")
    # The chat holding both is a full match; the one holding only "rapport" is not.
    assert leak.pk in ids(outcome.full_records)
    assert roads.pk not in ids(outcome.full_records)


@pytest.mark.django_db
def test_guard_a_bare_participle_without_the_verb_in_the_archive_keeps_to_itself(make_record):
    # "gekapt" alone: nothing in the archive shows "kappen" as a verb besides the typed word,
    # so "de kap van de lamp" is no hit.
    filler(make_record)
    lamp = make_record(["De kap van de lamp in de hal is kapot", "Ik bestel een nieuwe"])
    trees = make_record(["De bomen aan de Gasthuisstraat zijn gekapt", "Eindelijk"])
    outcome = run("gekapt")
    found = ids([*outcome.full_records, *outcome.partial_records])
    assert trees.pk in found
    assert lamp.pk not in found
