"""Issue 17, round 71 (woo71): causes found on set 45, fixed at the general level.

- A short word with its last letter typed twice, a letter no Dutch word ends in twice ("pauww",
  "kauww"), is the word misspelt (`expansion.letter_slips`; before only from seven letters).
  Set 45: "Die pauww zat vanochtend trouwens op de kerk" was the only line of the neighbourhood
  app's chat naming the peacock, and no query listed the chat.
- Starter synonyms (migration 0050): a parking place is a "parkeervak" or "parkeerplek" to
  most; the tactile paving for the blind is "ribbellijnen", "ribbeltegels" to who lays or trips
  over it; a panna cage is a "voetbalkooi"; the rubber infill "rubberkorrels" or "rubbergruis".
  Set 45: "De noppen- en ribbeltegels zijn binnen", "Vragen D66 over de ribbellijnen bij het
  station", "Parklets: de bakken komen op de parkeervakken", "Voetbalkooi Berggierslanden is
  geleverd" were found by no query.
- A weak verb whose stem ends in a doubled vowel after another vowel ("evalueer", "financieer")
  has its infinitive with one ("evalueren"), as "maak" has "maken" (`expansion._infinitives`).
  Set 45: "dan evalueren we de park lets" was no form of "evaluatie" (the stem made
  "evalueeren"), and the café's chat about its parklet was listed apart for "parklets
  evaluatie".
- A proper name the dictionary holds ("Voorma") is no modifier of a word it knows whole
  ("voormalig"): there the modifier is a common word or one the archive holds
  (`expansion._split_word`). Set 45: "voormalig bankgebouw vergunning" searched "voorma",
  "lig" and "liggen".

Without the changes to woo.expansion the tests that are no guards fail.
"""

import pytest
from django.db import connection

from tests.woo.expanded import expanded_texts as _texts
from tests.woo.starter_groups import check_starter_groups_keep_the_teams_own
from tests.woo.test_search_round19 import filler, ids, run
from woo import expansion
from woo.models import Synoniemgroep

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="de Nederlandse stemmer: PostgreSQL's zoekindex"
)


def test_a_short_word_with_a_last_letter_no_word_doubles_typed_twice():
    assert "pauww" in expansion.letter_slips("pauw")
    assert "kauww" in expansion.letter_slips("kauw")
    assert "spijkk" in expansion.letter_slips("spijk")


def test_guard_no_final_slip_of_a_letter_words_end_in_twice():
    # "jazz", "grill", "boss": loanwords end so; a short word's other letters are no slip.
    assert "quizz" not in expansion.letter_slips("quiz")
    assert "grill" not in expansion.letter_slips("gril")
    assert "pauwe" not in expansion.letter_slips("pauw")
    assert not expansion.letter_slips("auw")  # three letters: too short


@needs_postgres
def test_a_short_word_misspelt_with_its_last_letter_twice_is_found(make_record):
    filler(make_record)
    for street in ("Tulpstraat", "Anjerstraat", "Meeuwenlaan", "Kerkweg"):
        make_record([f"De pauw zit op het dak aan de {street}", "Bel de dierenambulance"])
    slip = make_record(["Die pauww zat vanochtend op de kerk", "😂"])
    assert slip.pk in ids(run("pauw").full_records)  # on main not listed


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("parkeerplaats", "parkeervak"),
        ("geleidelijn", "ribbellijn"),
        ("blindengeleidelijn", "ribbeltegel"),
        ("voetbalkooi", "pannakooi"),
        ("rubbergranulaat", "rubberkorrel"),
    ],
)
def test_the_round_71_starter_groups_give_the_other_words(make_record, typed, other):
    filler(make_record)
    make_record([f"De {other}s bij het station", "Ok"])
    make_record([f"De {typed} bij het stadhuis", "Ok"])
    assert any(text.startswith(other) for text in _texts(typed)), _texts(typed)


@needs_postgres
def test_a_chat_writing_the_groups_other_word_is_found(make_record):
    filler(make_record)
    for street in ("Kanaalweg", "Stationsweg", "Hoofdstraat"):
        make_record([f"De geleidelijn aan de {street} ligt vol fietsen", "Ik bel"])
    ribbed = make_record(["Fietsen bij het station weer op de ribbellijnen", "Labels erop"])
    assert ribbed.pk in ids(run("geleidelijn fietsen").full_records)  # on main not listed


def test_guard_without_the_group_geleidelijn_has_no_other_words(make_record):
    Synoniemgroep.objects.all().delete()
    make_record(["De ribbellijnen bij het station", "Ok"])
    assert "ribbellijn" not in _texts("geleidelijn")


def test_the_round_71_starter_groups_never_clobber_the_teams_own_and_can_be_undone():
    check_starter_groups_keep_the_teams_own(
        "0050_round71_starter_synonyms",
        "ROUND_71_STARTER_SYNONYMS",
        "parkeervak, vak",
        "parkeerplek",
    )


def test_a_noun_in_atie_of_a_verb_in_ueren_has_its_verb():
    # "evaluatie": the stem "evalueer" (of "evalueert") makes "evalueren", not "evalueeren".
    assert {"evalueren", "evalueert", "evalueerde"} <= expansion.verb_forms("evaluatie")
    assert "evalueeren" not in expansion.verb_forms("evaluatie")


def test_guard_a_verb_in_eren_keeps_its_infinitive():
    assert "repareren" in expansion.verb_forms("reparatie")
    assert expansion._infinitives("maak") == {"maken"}
    assert "keuren" in expansion.verb_forms("keuring")


@needs_postgres
def test_a_chat_writing_the_verb_of_a_typed_noun_in_atie_is_found(make_record):
    filler(make_record)
    for street in ("Kanaalweg", "Stationsweg", "Hoofdstraat"):
        make_record([f"De evaluatie van de proef aan de {street} is klaar", "Mooi"])
    verb = make_record(["Tot eind september, dan evalueren we de proef", "Prima"])
    assert verb.pk in ids(run("proef evaluatie").full_records)  # on main listed apart


def test_a_name_the_dictionary_holds_is_no_modifier_of_a_word_it_knows_whole(make_record):
    filler(make_record)
    make_record(["De tent mag blijven liggen", "Ok"])
    make_record(["Het bankgebouw staat leeg", "Jammer"])
    texts = _texts("voormalig bankgebouw")
    assert not texts & {"voorma", "lig", "liggen"}, texts  # on main "Voorma|lig"


def test_guard_a_dictionary_compound_held_nowhere_is_still_split(make_record):
    filler(make_record)
    make_record(["Er is een lek bij schuldhulp gemeld", "Ik bel de FG"])
    assert "lek" in _texts("datalek")
