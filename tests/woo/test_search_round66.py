"""Issue 17, round 66 (woo66): causes found on set 41, fixed at the general level.

- A word of an initialism and a noun written with a hyphen is also searched by the noun where
  the archive seldom holds the typed word, as a rare compound is by its head: "cv-ketel" finds
  "Ja, ketel stuk" and "een nieuwe HR-ketel". Not after a prefix that is a word or no initials
  ("oud-wethouder", "ex-wethouder") and not a noun the dictionary lacks
  (`expansion.initialism_head`).
- A typed plural also finds the compounds of its singular: "luizen" finds "Tegen bladluis?";
  the stemmer keeps "luis" and "luiz" apart, and the plural's own compounds ("bladluizen") end
  in the plural only (`expansion.singular_compounds`).
- A compound the dictionary knows is cut after a linking s as after a modifier of five letters,
  where the archive holds the head: "raad|s|vergadering" (a modifier of four, "raad", was too
  short a cut for a dictionary word, so the rare compound had no parts); not "baby|s|itter".
- A word of nine letters has its slips of a letter left out or swapped, as one of ten had
  (`expansion.TYPING_SLIP_FROM`): "kerstboom markt" finds "Markt: kersboom ligt dwars over de
  kramen".
- Migration 0047 adds the starter groups "vakantiegeld, vakantietoeslag", "ambtsketen,
  burgemeesterketen, ambtsketting", "skatebaan, skatepark" and "ontruiming, evacuatie".

Without the change to woo.expansion or migration 0047 the tests that are no guards fail.
"""

import importlib

import pytest
from django.db import connection

from tests.woo.expanded import expanded_texts as _texts
from tests.woo.test_search_round19 import filler, ids, run
from woo import expansion
from woo.models import Synoniemgroep

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="een chat met alle woorden: PostgreSQL's zoekindex"
)


def test_an_initialism_and_a_noun_have_the_noun():
    assert expansion.initialism_tail("cv-ketel") == "ketel"
    assert expansion.initialism_tail("hr-ketel") == "ketel"
    assert expansion.initialism_tail("pvc-buis") == "buis"
    assert expansion.initialism_tail("ov-chipkaart") == "chipkaart"


def test_guard_a_prefix_that_is_a_word_or_no_initials_gives_no_noun():
    assert expansion.initialism_tail("oud-wethouder") == ""
    assert expansion.initialism_tail("ex-wethouder") == ""
    assert expansion.initialism_tail("pop-up") == ""
    assert expansion.initialism_tail("led-lamp") == ""  # "led" is a word
    assert expansion.initialism_tail("e-bike") == ""  # one letter; "bike" no Dutch word
    assert expansion.initialism_tail("wc-pot") == ""  # a noun of three letters
    assert expansion.initialism_tail("covid-19") == ""
    assert expansion.initialism_tail("ketel") == ""


def test_guard_an_initialism_the_archive_holds_often_is_not_cut():
    assert expansion.initialism_head("cv-ketel", {"cv-ketel": 1, "ketel": 4}) == "ketel"
    assert expansion.initialism_head("cv-ketel", {"cv-ketel": 9, "ketel": 4}) == ""
    assert expansion.initialism_head("cv-ketel", {"cv-ketel": 1}) == ""  # no "ketel" held


@needs_postgres
def test_a_typed_initialism_and_noun_finds_the_noun(make_record):
    filler(make_record)
    boiler = make_record(["Het buurthuis in Rogat is dicht, de ketel is stuk", "Hoe lang?"])
    make_record(["In het buurthuis hangt een nieuwe cv-ketel van de leverancier", "Mooi"])
    make_record(["Het buurthuis krijgt nieuwe stoelen", "Fijn"])
    outcome = run("buurthuis cv-ketel")
    assert boiler.pk in ids(outcome.full_records)
    assert "ketel" in _texts("buurthuis cv-ketel")


@needs_postgres
def test_guard_a_former_alderman_is_no_alderman(make_record):
    filler(make_record)
    make_record(["De oud-wethouder opent de nieuwe brug", "Mooi"])
    alderman = make_record(["De wethouder opent de nieuwe brug", "Leuk"])
    assert alderman.pk not in ids(run("oud-wethouder brug").full_records)
    assert "wethouder" not in _texts("oud-wethouder brug")


def test_a_typed_plural_has_the_singular_of_its_compounds():
    assert "luis" in expansion.plural_singulars("luizen")
    assert expansion.singular_compounds("luizen", {"luis": ["bladluis"]}) == ["bladluis"]
    assert expansion.singular_compounds("muizen", {"muis": ["veldmuis"]}) == ["veldmuis"]
    assert expansion.singular_compounds("reizen", {"reis": ["dienstreis"]}) == ["dienstreis"]


def test_guard_no_compound_whose_first_part_is_no_word():
    assert expansion.singular_compounds("graven", {"graaf": ["telegraaf"]}) == []
    assert expansion.plural_singulars("bus") == set()
    assert expansion.plural_singulars("fiets") == set()  # no plural


@needs_postgres
def test_a_typed_plural_finds_a_compound_of_its_singular(make_record):
    filler(make_record)
    aphid = make_record(["Kun je lieveheersbeestjes leveren voor de lindes?", "Tegen bladluis?"])
    make_record(["De lindes aan de Kerkweg worden gesnoeid", "Mooi"])
    make_record(["Weer luizen in de klas van groep 3", "Bah"])  # the typed plural held
    outcome = run("luizen lindes")
    assert aphid.pk in ids(outcome.full_records)
    assert "bladluis" in _texts("luizen lindes")


@needs_postgres
def test_a_rare_dictionary_compound_is_cut_after_its_linking_s(make_record):
    filler(make_record)
    council = make_record(["De raad is ontruimd, de vergadering is geschorst", "Gaan we door?"])
    make_record(["Agenda voor de raadsvergadering van dinsdag", "Dank"])
    make_record(["Het stadhuis is ontruimd na een brandmelding", "Iedereen buiten"])
    outcome = run("ontruimd raadsvergadering")
    assert council.pk in ids(outcome.full_records)
    assert {"raad", "vergadering"} <= _texts("ontruimd raadsvergadering")


def test_guard_an_s_that_begins_the_head_is_no_linking_s():
    assert expansion._split_word("babysitter", {"ter": 40}) is None  # "sitter", not "itter"
    assert expansion._split_word("babysitter", {"baby": 2}) is None  # no "itter" held


def test_guard_a_dictionary_word_without_a_linking_s_keeps_its_strict_cut():
    counts = {"renovatie": 1, "ren": 3, "ovatie": 1}
    assert expansion._split_word("renovatie", counts) is None


def test_a_word_of_nine_letters_has_its_typing_slips():
    assert "kersboom" in expansion.letter_slips("kerstboom")
    assert "kertsboom" in expansion.letter_slips("kerstboom")  # two letters swapped


def test_guard_a_word_of_eight_letters_has_no_letter_left_out():
    assert not {slip for slip in expansion.letter_slips("vrachtje") if len(slip) < 8}
    assert "vracthje" not in expansion.letter_slips("vrachtje")  # no two letters swapped


@needs_postgres
def test_a_typed_word_of_nine_letters_finds_its_slip(make_record):
    filler(make_record)
    slip = make_record(["Markt: kersboom ligt dwars over de kramen, ik zet af met lint", "Oei"])
    make_record(["De markt is morgen een uur langer open", "Mooi"])
    make_record(["De kerstboom in de hal is versierd", "Gezellig"])
    outcome = run("kerstboom markt")
    assert slip.pk in ids(outcome.full_records)  # on main listed apart, "markt" alone


def test_holiday_pay_a_chain_a_skate_park_and_a_clearing_have_their_other_names():
    assert "vakantietoeslag" in _texts("vakantiegeld")
    assert {"burgemeesterketen", "ambtsketting"} <= _texts("ambtsketen")
    assert "skatepark" in _texts("skatebaan")
    assert "evacuatie" in _texts("ontruiming")


def test_guard_without_the_groups_holiday_pay_has_no_other_name():
    Synoniemgroep.objects.all().delete()
    assert "vakantietoeslag" not in _texts("vakantiegeld")


def test_the_round_66_starter_groups_never_clobber_the_teams_own_and_can_be_undone():
    from django.apps import apps  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0048_round66_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    own = Synoniemgroep.objects.create(woorden="ontruiming, ontruimen")  # the team's own group
    migration.add(apps, None)
    assert set(Synoniemgroep.objects.values_list("woorden", flat=True)) == {
        "ontruiming, ontruimen",
        "vakantiegeld, vakantietoeslag",
        "ambtsketen, burgemeesterketen, ambtsketting",
        "skatebaan, skatepark",
    }
    migration.remove(apps, None)
    assert list(Synoniemgroep.objects.values_list("woorden", flat=True)) == [
        "ontruiming, ontruimen"
    ]
    own.refresh_from_db()
    assert own.woorden == "ontruiming, ontruimen"
