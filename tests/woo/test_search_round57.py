"""Issue 17, round 57 (woo57): causes found on set 34, fixed at the general level.

- Neighbours, the press and the officers name a farm's manure digester differently: the request
  says "mestvergister", a chat "die biogasinstallatie" or "de vergister" (set 34's R9: a chat
  about the neighbours' mail held only "biogasinstallatie" and was no hit of "mestvergister").
  Migration 0038 adds the group "mestvergister, vergister, biogasinstallatie": the compound is
  in it itself, as a typed compound does not take the synonyms of its head alone (round 56:
  only the compound with the other head, where the archive writes it).
- Flower baskets on lamp posts are "bloemmanden" to one writer and "bloembakken" to the next
  (set 34's R6). Migration 0038 adds "bloemmand, bloembak, hanging basket".
- A group's phrase ("hanging basket", "openbare verlichting") is met by the two words typed
  without quotes: the group's other words join both their clauses, so one message holding one
  of them meets the two (set 34's R6: "hanging baskets" never found "de hangende bloembakken";
  expansion._with_group_phrases).

Its remove takes away only what its add wrote; a team's own group with one of the words stands
and keeps the starter group out.

- A compound's modifier, searched as a word prefix ("schaap" of "schaapskudde" finds
  "schaapherder"), is also searched in its plural, the other linking form, where the archive
  writes that plural: "de schapenkeutels" (set 34's R7: "schaapskudde" did not list the chat
  "Mest fietspad"; expansion._with_exact_plurals).
- A modifier that says whose a thing is in a municipality's archive ("gemeente", "dienst") is no
  part searched alone: "dienstauto" found "Dienstrooster januari" and "de vroege diensten",
  "gemeenteauto" "het is gemeentegrond" (set 34's R10: 55% precision; expansion._OWNER_MODIFIERS).

Without migration 0038 or these two changes, the tests that are no guards fail.
"""

import importlib

import pytest

from tests.woo.test_search_round19 import filler, ids, run


def _digester_chats(make_record):
    filler(make_record)
    plant = make_record(
        [
            "De biogasinstallatie bij de kalverhouderij bromt 's nachts, drie buren bellen",
            "Ik stuur de milieu-inspecteur erheen",
        ]
    )
    make_record(["De kalverhouderij zoekt nog personeel voor de zomer", "Ok"])
    return plant


@pytest.mark.django_db
def test_the_digester_of_the_request_is_the_biogas_plant_of_the_chat(make_record):
    plant = _digester_chats(make_record)
    outcome = run("mestvergister")
    assert ids(outcome.full_records) == [plant.pk]


@pytest.mark.django_db
def test_the_officers_short_word_finds_the_biogas_plant_too(make_record):
    plant = _digester_chats(make_record)
    outcome = run("vergister")
    assert ids(outcome.full_records) == [plant.pk]


@pytest.mark.django_db
def test_guard_without_the_group_the_biogas_plant_is_no_digester(make_record):
    from woo.models import Synoniemgroep  # noqa: PLC0415

    Synoniemgroep.objects.all().delete()
    plant = _digester_chats(make_record)
    outcome = run("mestvergister")
    assert plant.pk not in ids(outcome.full_records)


@pytest.mark.django_db
def test_the_flower_baskets_of_the_request_are_the_flower_boxes_of_the_chat(make_record):
    filler(make_record)
    boxes = make_record(
        ["Op de Kerkbrug zijn twee bloembakken van de leuning gestolen", "Ik meld het bij de wijk"]
    )
    make_record(["De leuning van de Kerkbrug is geverfd", "Mooi"])
    outcome = run("bloemmanden")
    assert ids(outcome.full_records) == [boxes.pk]


@pytest.mark.django_db
def test_the_round_57_starter_groups_never_clobber_the_teams_own_groups_and_can_be_undone():
    from django.apps import apps  # noqa: PLC0415

    from woo.models import Synoniemgroep  # noqa: PLC0415

    migration = importlib.import_module("woo.migrations.0038_round57_starter_synonyms")
    Synoniemgroep.objects.all().delete()
    Synoniemgroep.objects.create(woorden="bloembak, plantenbak")
    migration.add(apps, None)
    assert sorted(g.woorden for g in Synoniemgroep.objects.all()) == [
        "bloembak, plantenbak",
        "mestvergister, vergister, biogasinstallatie",
    ]
    Synoniemgroep.objects.create(woorden="silo, voeropslag")
    migration.remove(apps, None)
    assert sorted(g.woorden for g in Synoniemgroep.objects.all()) == [
        "bloembak, plantenbak",
        "silo, voeropslag",
    ]


def _paving_chats(make_record):
    filler(make_record)
    pavers = make_record(
        ["De stratenmakers beginnen maandag aan de klinkers van de markt", "Mooi, eindelijk"]
    )
    make_record(["De straat achter de bibliotheek is dicht voor de kraan", "Tot wanneer?"])
    make_record(["Het werk aan de brug duurt een week langer", "Jammer"])
    make_record(["De straten in Koedijkslanden worden dinsdag geveegd", "Top"])
    return pavers


@pytest.mark.django_db
def test_a_modifier_also_begins_compounds_in_its_plural(make_record):
    # "straat" of "straatwerk" is "straten" in "stratenmakers": the stemmer keeps "stratenmaker"
    # apart from "straat", and the modifier's prefix "straat" is no prefix of it. The archive
    # writes the plural "straten" (another chat), so its compounds are searched.
    from woo.expansion import expand  # noqa: PLC0415
    from woo.query import parse_query  # noqa: PLC0415

    pavers = _paving_chats(make_record)
    clause = expand(parse_query("straatwerk")).clauses[0]
    assert ("word_prefix", "straten") in {(a.kind, a.text) for a in clause}
    outcome = run("straatwerk")
    assert pavers.pk in ids([*outcome.full_records, *outcome.partial_records])


@pytest.mark.django_db
def test_guard_no_plural_prefix_the_archive_does_not_write(make_record):
    # No chat writes "straten": the modifier is searched as before.
    from woo.expansion import expand  # noqa: PLC0415
    from woo.query import parse_query  # noqa: PLC0415

    filler(make_record)
    make_record(["De straat achter de bibliotheek is dicht voor de kraan", "Tot wanneer?"])
    make_record(["Het werk aan de brug duurt een week langer", "Jammer"])
    clause = expand(parse_query("straatwerk")).clauses[0]
    assert "straten" not in {a.text for a in clause}


def _found(outcome) -> list[int]:
    return ids([*outcome.full_records, *outcome.partial_records])


@pytest.mark.django_db
def test_the_owner_modifier_of_a_compound_finds_no_other_compound_of_its_owner(make_record):
    # "dienst" of "dienstfiets" says whose the bicycle is: the duty roster is no hit, the
    # bicycle is.
    filler(make_record)
    roster = make_record(["Het dienstrooster voor de kerst staat online", "Dank, ik kijk"])
    bike = make_record(["De fiets van de handhaver is gestolen bij het station", "Aangifte?"])
    outcome = run("dienstfiets")
    assert roster.pk not in _found(outcome)
    assert bike.pk in _found(outcome)


@pytest.mark.django_db
def test_the_municipality_as_modifier_finds_no_council_meeting(make_record):
    filler(make_record)
    council = make_record(["De gemeenteraad vergadert dinsdag over de begroting", "Ok"])
    garden = make_record(["De tuin achter het stadhuis is verwilderd, wie maait?", "Wij"])
    outcome = run("gemeentetuin")
    assert council.pk not in _found(outcome)
    assert garden.pk in _found(outcome)


@pytest.mark.django_db
def test_guard_the_owner_word_as_head_of_a_compound_is_still_searched(make_record):
    filler(make_record)
    service = make_record(["Ik heb de dienst gebeld, ze komen morgen langs", "Top"])
    make_record(["De klanten bij de markt klagen over de kraan", "Ik kijk"])
    outcome = run("klantendienst")
    assert service.pk in _found(outcome)


def _card_chats(make_record):
    from woo.models import Synoniemgroep  # noqa: PLC0415

    Synoniemgroep.objects.create(woorden="waarschuwing, gele kaart")
    filler(make_record)
    warned = make_record(["Hij kreeg een waarschuwing van de boa bij de haven", "Terecht"])
    make_record(["De kaart van de wijk is gedrukt", "Mooi"])
    make_record(["De gele bus rijdt vandaag niet", "Jammer"])
    return warned


@pytest.mark.django_db
def test_two_typed_words_that_a_group_holds_as_its_phrase(make_record):
    warned = _card_chats(make_record)
    assert ids(run("gele kaart").full_records) == [warned.pk]
    assert warned.pk in ids(run("gele kaarten haven").full_records)


@pytest.mark.django_db
def test_guard_words_not_next_to_each_other_are_no_phrase(make_record):
    warned = _card_chats(make_record)
    assert warned.pk not in ids(run("kaart gele").full_records)


@pytest.mark.django_db
def test_a_starter_groups_phrase_typed_without_quotes(make_record):
    # "openbare verlichting" is a phrase of an earlier starter group with "lichtmast".
    filler(make_record)
    mast = make_record(["De lichtmast bij de school is omver gereden", "Ik zet het af"])
    make_record(["De school vraagt om een extra oversteek", "Ik kijk"])
    assert mast.pk in ids(run("openbare verlichting").full_records)
