"""Issue 17, round 40 (search40): causes found on set 23, fixed at the general level.

- A synonym of a typed compound that shares its modifier names the thing by another head
  ("afvalprikker, afvalgrijper"): a chat writing the head alone ("25 grijpers en zakken") was
  not found, as a chat writing the typed compound's own head is. The synonym's head is searched
  as the typed head is (woo.expansion.synonym_heads).
- The starter group "afvalgrijper, afvalprikker, afvalknijper", and "knal" in round 39's group
  "explosie, ontploffing" (migration 0022): "Wat een knal vannacht!", "de brief over de knal".
- A rare compound named after a separable verb ("afkoppel|subsidie" of "afkoppelen") found
  neither the verb nor its other compounds ("de afkoppelregeling"): the verb's past is split
  ("koppelde ... af"), so the archive showed it by no form the search took for a verb. Its
  participle ("afgekoppeld"), its noun in -ing and, where the stem with its particle is no word
  a plural could come from, its infinitive show the verb.

All 6 fail on main 0179deb2 (the guards inside them pass there).
"""

import pytest

from tests.woo.test_search_round19 import filler, ids, run
from woo.expansion import modifier_verb_forms


def test_a_synonym_with_the_same_modifier_gives_its_head():
    from woo.expansion import synonym_heads  # noqa: PLC0415 (absent on main)

    groups = [["afvalgrijper", "afvalprikker"], ["kraan", "hijskraan"]]
    assert synonym_heads("afvalprikkers", "afval", groups) == ["grijper"]
    # The typed word's own singular is no other head; nor a synonym with another modifier.
    assert synonym_heads("afvalprikker", "afval", [["afvalprikker", "prikstok"]]) == []
    assert synonym_heads("bouwkraan", "bouw", groups) == []


@pytest.mark.django_db
def test_a_synonym_compounds_head_finds_the_chat_that_writes_it_alone(make_record):
    from woo.models import Synoniemgroep  # noqa: PLC0415 (the test's own group)

    Synoniemgroep.objects.create(woorden="fietsenstalling, fietsenkelder")
    cellar = make_record(["De kelder onder het station staat vol", "Ik bel de NS"])
    make_record(["De fietsen staan op de stoep", "Lastig"])
    outcome = run("fietsenstallingen")
    assert "kelder" in outcome.also
    assert cellar.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_litter_pickers_are_also_the_grabbers_a_chat_hands_out(make_record):
    make_record(["Zaterdag gaan we afval prikken langs de vaart", "Vorige keer 40 zakken geprikt"])
    scouts = make_record(["25 grijpers en zakken liggen klaar op de werf", "Top, dank"])
    make_record(["De zakken voor het oud papier zijn op", "Ik bestel ze"])
    for day in ("maandag", "dinsdag", "woensdag"):
        # "afval" is common, so the head is the compound's rarer part (round 14).
        make_record([f"Het afval wordt {day} opgehaald", "Prima"])
    outcome = run("afvalprikkers")
    assert scouts.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_an_explosion_is_also_the_bang_people_heard(make_record):
    street = make_record(["Wat een knal vannacht! Iedereen oké?", "Onze ramen liggen eruit"])
    make_record(["De ramen van het stadhuis worden gewassen", "Mooi"])
    outcome = run("explosies")
    assert street.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_a_compound_of_a_separable_verb_finds_its_other_compounds(make_record):
    filler(make_record)
    make_record(["Wij willen de regenpijp afkoppelen", "Dat kan met subsidie"])
    page = make_record(["De webpagina over de afkoppelregeling staat live", "Mooi"])
    outcome = run("afkoppelsubsidie")
    assert "afkoppelen" in outcome.also
    assert page.pk in ids(outcome.full_records)


def test_a_separable_verbs_infinitive_shows_a_verb_only_where_no_noun_has_that_plural():
    # "afkoppel" is no word: "afkoppelen" can only be the verb; its participle shows it too.
    assert modifier_verb_forms("afkoppelsubsidie", {"afkoppelen": 2}, 4) == {"afkoppelen"}
    assert modifier_verb_forms("afkoppelsubsidie", {"afgekoppeld": 1}, 4) == {"afgekoppeld"}
    # Guards: "stemmen" may be the plural of "stem" (round 17), and so may "opstappen" be of
    # "opstap", a dictionary word.
    assert modifier_verb_forms("stempas", {"stemmen": 2}, 4) == set()
    assert modifier_verb_forms("opstapregeling", {"opstappen": 2}, 4) == set()
