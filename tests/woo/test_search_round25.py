"""Issue 17, round 39 (search39): causes found on set 23, fixed at the general level.

- A compound whose head is a doer in -er(s) the archive never writes ("afvalprikkers") found
  nothing: the chats say what the doers do ("zwerfvuil prikken", "geprikt"). Such a head is
  searched as its verb's forms too (woo.expansion.agent_verb_forms).
- A synonym's verb forms were not searched: "ontploffing" of a group finds "ontploft".
- The office's clipped name of a compound ("kiBu" for "kinderburgemeester": two letters of
  each part) was not searched, also where a conversation writes it with the compound.
- Starter groups "zwerfafval, zwerfvuil" and "explosie, ontploffing" (migration 0021).
- A typed plural ("explosies") did not open the synonym group of its singular ("explosie").

All 8 fail on main d96ada66.
"""

import pytest

from tests.woo.test_search_round19 import ids, postgres_only, run


@pytest.mark.django_db
def test_a_doer_compound_is_searched_by_what_the_doers_do(make_record):
    litter = make_record(["Zaterdag gaan we afval prikken langs de vaart", "Gisteren al geprikt"])
    bins = make_record(["Het afval wordt dinsdag opgehaald", "Prima"])
    outcome = run("afvalprikkers")
    assert litter.pk in ids(outcome.full_records)
    assert bins.pk not in ids(outcome.full_records)


def test_a_doer_noun_names_its_verb_only_where_a_verb_form_is_held():
    from woo.expansion import agent_verb_forms, agent_verb_held  # noqa: PLC0415 (absent on main)

    assert {"prikken", "geprikt", "prikt"} <= agent_verb_forms("prikkers")
    assert agent_verb_forms("water") == frozenset()
    # "kamen" of "kamer" is a past of "komen": an infinitive alone shows no verb.
    assert agent_verb_held("kamer", {"kamen": 4}) == set()
    assert agent_verb_held("prikkers", {"geprikt": 2, "prikken": 1}) == {"geprikt", "prikken"}


@pytest.mark.django_db
def test_a_synonym_is_also_searched_by_its_verb_forms(make_record):
    from woo.models import Synoniemgroep  # noqa: PLC0415 (the test's own group)

    Synoniemgroep.objects.create(woorden="inspectie, keuring")
    checked = make_record(["De lift is vorige week gekeurd", "Mooi"])
    make_record(["De lift staat stil", "Ik bel de monteur"])
    outcome = run("inspectie")
    assert checked.pk in ids(outcome.full_records)
    assert "gekeurd" in outcome.also


@pytest.mark.django_db
def test_an_explosion_is_also_what_went_off(make_record):
    street = make_record(["Er is iets ontploft onder een auto", "Politie is er al"])
    outcome = run("explosie")
    assert street.pk in ids(outcome.full_records)


@pytest.mark.django_db
def test_litter_is_also_zwerfvuil(make_record):
    team = make_record(["Het zwerfvuilteam heeft 31 zakken gevuld", "Top"])
    for place in ("de Markt", "het station", "de vaart"):
        # Used often, so searched as it is, not by its parts ("zwerf" would find "zwerfvuil").
        make_record([f"Veel zwerfafval bij {place}", "Ik meld het"])
    outcome = run("zwerfafval")
    assert team.pk in ids(outcome.full_records)


def test_a_compound_is_clipped_to_two_letters_of_each_part():
    from woo.expansion import clippings  # noqa: PLC0415 (absent on main)

    assert clippings("kinderburgemeester") == {"kibu"}
    assert clippings("sluiting") == set()  # "slui|ting": no two words of five letters
    assert clippings("werkweek") == set()


@postgres_only
@pytest.mark.django_db
def test_the_clipped_name_in_use_finds_the_chat_that_writes_it_only(make_record):
    make_record(["Oproep kinderburgemeester gaat naar de scholen", "31 aanmeldingen voor kiBu!"])
    activities = make_record(["Lieke knipt het lint bij de speeltuin", "Leuk"], onderwerp="kiBu")
    outcome = run("kinderburgemeester")
    assert "kibu" in outcome.also
    assert activities.pk in ids(outcome.full_records) + ids(outcome.partial_records)


@pytest.mark.django_db
def test_a_typed_plural_finds_the_synonyms_of_its_singular(make_record):
    from woo.models import Synoniemgroep  # noqa: PLC0415 (the test's own group)

    Synoniemgroep.objects.create(woorden="brug, viaduct")
    station = make_record(["Het viaduct bij het station is dicht", "Ik kijk morgen"])
    outcome = run("bruggen")
    assert "viaduct" in outcome.also
    assert station.pk in ids(outcome.full_records)
